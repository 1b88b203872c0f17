//! The UI languages the app ships, by themselves: their tags and names. Their texts are in
//! [`crate::i18n`]; the mock backend reads the language too, to answer in it as the service does.

/// A UI language the app ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    English,
    Russian,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::English, Locale::Russian];

    /// The shipped language of a BCP 47 tag (`ru`, `ru-RU`, `en-US`…), by its primary subtag;
    /// `None` for a language the app does not ship.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Locale::English),
            "ru" => Some(Locale::Russian),
            _ => None,
        }
    }

    /// The one tag of this language: `<html lang>`, the browser's `Intl` (dates, numbers), the
    /// saved choice, and the locale the HTTP backend is told (`X-Locale`, the agent locale).
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en-GB",
            Locale::Russian => "ru-RU",
        }
    }

    /// The language's name in itself, as the language switcher shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::English => "English",
            Locale::Russian => "Русский",
        }
    }
}
