//! Counts as each language says them: CLDR's plural rules for whole numbers, and digit grouping.

use super::Locale;

/// CLDR's plural categories that English and Russian use for whole numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    One,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// The category of the whole number `n` in `locale` (CLDR `plurals.xml`).
    pub fn of(locale: Locale, n: usize) -> PluralCategory {
        match locale {
            Locale::English if n == 1 => PluralCategory::One,
            Locale::English => PluralCategory::Other,
            Locale::Russian => {
                let (last, last_two) = (n % 10, n % 100);
                if last == 1 && last_two != 11 {
                    PluralCategory::One
                } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
                    PluralCategory::Few
                } else {
                    PluralCategory::Many
                }
            }
        }
    }
}

/// The forms of one counted phrase, `{n}` standing for the number. English uses `one` and
/// `other`; Russian `one`, `few` and `many` (`other` is for fractions, which the app never counts).
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// English forms.
    pub const fn en(one: &'static str, other: &'static str) -> Plural {
        Plural {
            one,
            few: other,
            many: other,
            other,
        }
    }

    /// Russian forms: 1 клиент, 2 клиента, 5 клиентов.
    pub const fn ru(one: &'static str, few: &'static str, many: &'static str) -> Plural {
        Plural {
            one,
            few,
            many,
            other: few,
        }
    }

    pub fn pick(&self, locale: Locale, n: usize) -> &'static str {
        match PluralCategory::of(locale, n) {
            PluralCategory::One => self.one,
            PluralCategory::Few => self.few,
            PluralCategory::Many => self.many,
            PluralCategory::Other => self.other,
        }
    }
}

/// A whole number with the locale's digit grouping: `10,000`; in Russian `10 000` (a no-break
/// space, as `Intl.NumberFormat("ru-RU")` writes it). Four-digit numbers are grouped in English
/// only, as in CLDR's Russian data.
pub(super) fn group_digits(locale: Locale, n: usize) -> String {
    let digits = n.to_string();
    let separator = match locale {
        Locale::English => ',',
        Locale::Russian if digits.len() <= 4 => return digits,
        Locale::Russian => '\u{a0}',
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}
