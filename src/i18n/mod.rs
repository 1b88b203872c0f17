//! One localisation layer for every user-visible text. Screens read their texts through the
//! `use_*strings` functions, which follow the locale in context; adding a language means adding
//! one folder of values like `en/`, and no screen code. Texts are grouped by area, one file per
//! area, so that each screen's words are easy to find.

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

    /// The texts of the request forms, their steps and the profile's contact fields.
    pub fn forms(self) -> &'static FormStrings {
        match self {
            Locale::English => &en::FORMS,
        }
    }

    /// The texts of Help.
    pub fn help(self) -> &'static HelpStrings {
        match self {
            Locale::English => &en::HELP,
        }
    }

    /// The texts of the request lists, the detail and the confirmation.
    pub fn requests(self) -> &'static RequestStrings {
        match self {
            Locale::English => &en::REQUESTS,
        }
    }

    /// The tag handed to the browser's `Intl` for dates and numbers.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::English => "en-GB",
        }
    }
}

/// The texts of the frame and the customer picker, where the app opens, for one language. The
/// texts of the other parts ([`Locale::forms`], [`Locale::help`], [`Locale::requests`]) are
/// reached only from those parts, so each travels in its part's download.
pub struct Strings {
    pub app: AppStrings,
    pub customers: CustomerStrings,
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

pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}
