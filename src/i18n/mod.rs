//! One localisation layer for every user-visible text. Screens read their texts through the
//! `use_*strings` functions, which follow the locale in context; adding a language means adding
//! one folder of values like `en/`, and no screen code. Texts are grouped by area, one file per
//! area, so that each screen's words are easy to find.
//!
//! English is in the main download. Russian is a download of its own (`russian`), fetched only
//! when a partner chooses it (see [`load`]), so an English first visit carries none of it.

mod app;
mod customers;
mod en;
mod forms;
mod help;
mod language;
mod plural;
mod requests;
mod ru;
mod services;

pub use app::AppStrings;
pub use customers::CustomerStrings;
pub use forms::FormStrings;
pub use help::{HelpBlock, HelpSection, HelpStrings};
pub use language::{choose_locale, just_switched, Language, SAVED_LOCALE_KEY, STARTED_LOCALE_KEY};
pub use plural::{Plural, PluralCategory};
pub use requests::RequestStrings;
pub use services::ServiceStrings;

use leptos::prelude::*;
use std::sync::OnceLock;

pub use crate::locale::Locale;

/// A language's texts (the language itself, its tag and name, are in [`crate::locale`], which
/// the backends read too).
impl Locale {
    // Each accessor names only its own English table, so that a part's English texts stay in
    // that part's download.
    pub fn strings(self) -> &'static Strings {
        self.pick(&en::STRINGS, |texts| texts.strings)
    }

    /// The texts of the request forms, their steps and the profile's contact fields.
    pub fn forms(self) -> &'static FormStrings {
        self.pick(&en::FORMS, |texts| texts.forms)
    }

    /// The texts of Help.
    pub fn help(self) -> &'static HelpStrings {
        self.pick(&en::HELP, |texts| texts.help)
    }

    /// The texts of the request lists, the detail and the confirmation.
    pub fn requests(self) -> &'static RequestStrings {
        self.pick(&en::REQUESTS, |texts| texts.requests)
    }

    /// The texts of service management, and the service families' names.
    pub fn services(self) -> &'static ServiceStrings {
        self.pick(&en::SERVICES, |texts| texts.services)
    }

    /// This language's table of one area: `english`, or the downloaded language's.
    fn pick<T>(
        self,
        english: &'static T,
        downloaded: fn(&'static Texts) -> &'static T,
    ) -> &'static T {
        let texts = match self {
            Locale::English => None,
            Locale::Russian => RUSSIAN.get().copied(),
        };
        texts.map_or(english, downloaded)
    }

    /// "10,000" in English, "10 000" in Russian.
    pub fn number(self, n: usize) -> String {
        plural::group_digits(self, n)
    }

    /// The plural form of `n` by this language's rules, with `{n}` replaced by the number.
    pub fn count(self, n: usize, forms: &Plural) -> String {
        forms.pick(self, n).replace("{n}", &self.number(n))
    }
}

/// The texts of the frame and the customer picker, where the app opens, for one language. The
/// texts of the other parts ([`Locale::forms`], [`Locale::help`], [`Locale::requests`],
/// [`Locale::services`]) are
/// reached only from those parts, so English ones travel in their part's download.
pub struct Strings {
    pub app: AppStrings,
    pub customers: CustomerStrings,
}

/// Every text of one language.
pub struct Texts {
    pub strings: &'static Strings,
    pub forms: &'static FormStrings,
    pub help: &'static HelpStrings,
    pub requests: &'static RequestStrings,
    pub services: &'static ServiceStrings,
}

static RUSSIAN: OnceLock<&'static Texts> = OnceLock::new();

/// Makes `locale`'s texts available: immediate for English; for Russian, its download the first
/// time. `false` when that download failed (the app then stays in the language it speaks).
pub async fn load(locale: Locale) -> bool {
    match locale {
        Locale::English => true,
        Locale::Russian => {
            if RUSSIAN.get().is_some() {
                return true;
            }
            match download::russian().await {
                Ok(texts) => {
                    let _ = RUSSIAN.set(texts);
                    true
                }
                Err(_) => false,
            }
        }
    }
}

/// Whether `locale`'s texts are here (English always is).
pub fn is_loaded(locale: Locale) -> bool {
    locale == Locale::English || RUSSIAN.get().is_some()
}

mod download {
    use super::Texts;
    use wasm_split_helpers::SplitLoaderError;

    #[cfg(all(feature = "split", target_family = "wasm"))]
    #[wasm_split_helpers::wasm_split(russian, fallible)]
    pub fn russian() -> Result<&'static Texts, SplitLoaderError> {
        Ok(&super::ru::TEXTS)
    }

    #[cfg(not(all(feature = "split", target_family = "wasm")))]
    pub async fn russian() -> Result<&'static Texts, SplitLoaderError> {
        Ok(&super::ru::TEXTS)
    }
}

/// The strings of the current language.
pub fn use_strings() -> &'static Strings {
    use_locale().strings()
}

/// The form texts of the current language.
pub fn use_form_strings() -> &'static FormStrings {
    use_locale().forms()
}

/// The Help texts of the current language.
pub fn use_help_strings() -> &'static HelpStrings {
    use_locale().help()
}

/// The request texts of the current language.
pub fn use_request_strings() -> &'static RequestStrings {
    use_locale().requests()
}

/// The service management texts of the current language.
pub fn use_service_strings() -> &'static ServiceStrings {
    use_locale().services()
}

/// The language the page is rendered in. The app renders its pages afresh when the partner
/// switches language (see [`Language`]), so a page reads it once.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

#[cfg(test)]
mod tests;
