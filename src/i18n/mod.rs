//! One localisation layer for every user-visible text. Screens read a `&'static Strings` from
//! context; adding a language means adding one folder of values like `en/`, and no screen code.
//! Texts are grouped by area, one file per area, so that each screen's words are easy to find.

mod app;
mod customers;
mod en;
mod forms;
mod help;
mod requests;

pub use app::AppStrings;
pub use customers::CustomerStrings;
pub use forms::FormStrings;
pub use help::HelpStrings;
pub use requests::RequestStrings;

use leptos::prelude::*;

/// A UI language the app ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    English,
}

impl Locale {
    /// Picks the closest shipped language for a BCP 47 tag; English when none fits.
    pub fn from_tag(_tag: &str) -> Locale {
        Locale::English
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Locale::English => &en::STRINGS,
        }
    }

    /// The tag handed to the browser's `Intl` for dates and numbers.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en-GB",
        }
    }
}

/// Every text the app shows, for one language, grouped by area.
pub struct Strings {
    pub app: AppStrings,
    pub customers: CustomerStrings,
    pub forms: FormStrings,
    pub help: HelpStrings,
    pub requests: RequestStrings,
}

/// The strings of the current language.
pub fn use_strings() -> &'static Strings {
    use_locale().strings()
}

pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}
