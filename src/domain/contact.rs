//! The partner's own contact details for a request (never the customer's).

use serde::{Deserialize, Serialize};

/// Only e-mail: the programme has no phone support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ContactMethod {
    #[default]
    Email,
}

/// `preferredSupportLanguage` codes of the Azure Support API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SupportLanguage {
    #[default]
    EnUs,
    RuRu,
    DeDe,
    FrFr,
    EsEs,
    ItIt,
    JaJp,
    KoKr,
    PtBr,
    ZhHans,
}

impl SupportLanguage {
    pub const ALL: [SupportLanguage; 10] = [
        SupportLanguage::EnUs,
        SupportLanguage::RuRu,
        SupportLanguage::DeDe,
        SupportLanguage::FrFr,
        SupportLanguage::EsEs,
        SupportLanguage::ItIt,
        SupportLanguage::JaJp,
        SupportLanguage::KoKr,
        SupportLanguage::PtBr,
        SupportLanguage::ZhHans,
    ];

    /// The Azure Support API code, e.g. `en-us`, `zh-hans`.
    pub fn code(self) -> &'static str {
        match self {
            SupportLanguage::EnUs => "en-us",
            SupportLanguage::RuRu => "ru-ru",
            SupportLanguage::DeDe => "de-de",
            SupportLanguage::FrFr => "fr-fr",
            SupportLanguage::EsEs => "es-es",
            SupportLanguage::ItIt => "it-it",
            SupportLanguage::JaJp => "ja-jp",
            SupportLanguage::KoKr => "ko-kr",
            SupportLanguage::PtBr => "pt-br",
            SupportLanguage::ZhHans => "zh-hans",
        }
    }

    /// A code in any case, with `-` or `_` (`EN-US`, `ru_RU`), surrounding spaces ignored.
    pub fn from_code(code: &str) -> Option<SupportLanguage> {
        let code = code.trim().replace('_', "-");
        SupportLanguage::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(&code))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-3.
    pub country: String,
    /// IANA time zone name, e.g. `Europe/Berlin`.
    pub time_zone: String,
    pub support_language: SupportLanguage,
    pub preferred_contact_method: ContactMethod,
}

/// Countries a partner's contact is likely to be in: ISO 3166-1 alpha-3 code and English name,
/// in name order.
pub fn countries() -> &'static [(&'static str, &'static str)] {
    COUNTRIES
}

/// The English name of an alpha-3 country code, any case.
pub fn country_name(code: &str) -> Option<&'static str> {
    let code = code.trim();
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|&(_, name)| name)
}

/// The ISO 3166-1 alpha-2 code of an alpha-3 code of [`countries`] (any case), for the
/// browser's `Intl.DisplayNames`, which names regions in the partner's language.
pub fn region_code(alpha3: &str) -> Option<&'static str> {
    Some(match alpha3.trim().to_ascii_uppercase().as_str() {
        "ARG" => "AR",
        "AUS" => "AU",
        "AUT" => "AT",
        "BEL" => "BE",
        "BRA" => "BR",
        "BGR" => "BG",
        "CAN" => "CA",
        "CHL" => "CL",
        "CHN" => "CN",
        "COL" => "CO",
        "HRV" => "HR",
        "CZE" => "CZ",
        "DNK" => "DK",
        "EGY" => "EG",
        "EST" => "EE",
        "FIN" => "FI",
        "FRA" => "FR",
        "DEU" => "DE",
        "GRC" => "GR",
        "HKG" => "HK",
        "HUN" => "HU",
        "IND" => "IN",
        "IDN" => "ID",
        "IRL" => "IE",
        "ISR" => "IL",
        "ITA" => "IT",
        "JPN" => "JP",
        "KAZ" => "KZ",
        "KOR" => "KR",
        "LVA" => "LV",
        "LTU" => "LT",
        "LUX" => "LU",
        "MYS" => "MY",
        "MEX" => "MX",
        "NLD" => "NL",
        "NZL" => "NZ",
        "NGA" => "NG",
        "NOR" => "NO",
        "PHL" => "PH",
        "POL" => "PL",
        "PRT" => "PT",
        "ROU" => "RO",
        "RUS" => "RU",
        "SAU" => "SA",
        "SRB" => "RS",
        "SGP" => "SG",
        "SVK" => "SK",
        "SVN" => "SI",
        "ZAF" => "ZA",
        "ESP" => "ES",
        "SWE" => "SE",
        "CHE" => "CH",
        "TWN" => "TW",
        "THA" => "TH",
        "TUR" => "TR",
        "UKR" => "UA",
        "ARE" => "AE",
        "GBR" => "GB",
        "USA" => "US",
        "VNM" => "VN",
        _ => return None,
    })
}

const COUNTRIES: &[(&str, &str)] = &[
    ("ARG", "Argentina"),
    ("AUS", "Australia"),
    ("AUT", "Austria"),
    ("BEL", "Belgium"),
    ("BRA", "Brazil"),
    ("BGR", "Bulgaria"),
    ("CAN", "Canada"),
    ("CHL", "Chile"),
    ("CHN", "China"),
    ("COL", "Colombia"),
    ("HRV", "Croatia"),
    ("CZE", "Czechia"),
    ("DNK", "Denmark"),
    ("EGY", "Egypt"),
    ("EST", "Estonia"),
    ("FIN", "Finland"),
    ("FRA", "France"),
    ("DEU", "Germany"),
    ("GRC", "Greece"),
    ("HKG", "Hong Kong SAR"),
    ("HUN", "Hungary"),
    ("IND", "India"),
    ("IDN", "Indonesia"),
    ("IRL", "Ireland"),
    ("ISR", "Israel"),
    ("ITA", "Italy"),
    ("JPN", "Japan"),
    ("KAZ", "Kazakhstan"),
    ("KOR", "Korea"),
    ("LVA", "Latvia"),
    ("LTU", "Lithuania"),
    ("LUX", "Luxembourg"),
    ("MYS", "Malaysia"),
    ("MEX", "Mexico"),
    ("NLD", "Netherlands"),
    ("NZL", "New Zealand"),
    ("NGA", "Nigeria"),
    ("NOR", "Norway"),
    ("PHL", "Philippines"),
    ("POL", "Poland"),
    ("PRT", "Portugal"),
    ("ROU", "Romania"),
    ("RUS", "Russia"),
    ("SAU", "Saudi Arabia"),
    ("SRB", "Serbia"),
    ("SGP", "Singapore"),
    ("SVK", "Slovakia"),
    ("SVN", "Slovenia"),
    ("ZAF", "South Africa"),
    ("ESP", "Spain"),
    ("SWE", "Sweden"),
    ("CHE", "Switzerland"),
    ("TWN", "Taiwan"),
    ("THA", "Thailand"),
    ("TUR", "Türkiye"),
    ("UKR", "Ukraine"),
    ("ARE", "United Arab Emirates"),
    ("GBR", "United Kingdom"),
    ("USA", "United States"),
    ("VNM", "Vietnam"),
];

/// Common IANA time zone names for the "preferred time zone" field, west to east.
pub fn time_zones() -> &'static [&'static str] {
    TIME_ZONES
}

const TIME_ZONES: &[&str] = &[
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/Mexico_City",
    "America/New_York",
    "America/Toronto",
    "America/Bogota",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Atlantic/Reykjavik",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Africa/Lagos",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Brussels",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Prague",
    "Africa/Johannesburg",
    "Africa/Cairo",
    "Europe/Athens",
    "Europe/Bucharest",
    "Europe/Helsinki",
    "Europe/Kyiv",
    "Asia/Jerusalem",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Riyadh",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Tashkent",
    "Asia/Kolkata",
    "Asia/Almaty",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Novosibirsk",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Singapore",
    "Australia/Perth",
    "Asia/Tokyo",
    "Asia/Seoul",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Asia/Vladivostok",
    "Pacific/Auckland",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_round_trip() {
        let codes: Vec<&str> = SupportLanguage::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(
            codes,
            [
                "en-us", "ru-ru", "de-de", "fr-fr", "es-es", "it-it", "ja-jp", "ko-kr", "pt-br",
                "zh-hans"
            ]
        );
        for language in SupportLanguage::ALL {
            assert_eq!(SupportLanguage::from_code(language.code()), Some(language));
            assert_eq!(
                SupportLanguage::from_code(&language.code().to_uppercase()),
                Some(language)
            );
        }
        assert_eq!(
            SupportLanguage::from_code(" ru_RU "),
            Some(SupportLanguage::RuRu)
        );
        assert_eq!(
            SupportLanguage::from_code("zh-Hans"),
            Some(SupportLanguage::ZhHans)
        );
        assert_eq!(SupportLanguage::from_code("en"), None);
        assert_eq!(SupportLanguage::from_code(""), None);
        assert_eq!(SupportLanguage::default(), SupportLanguage::EnUs);
    }

    #[test]
    fn countries_are_alpha3_unique_and_sorted() {
        let list = countries();
        assert!(list.len() >= 40);
        for required in [
            "USA", "GBR", "DEU", "RUS", "FRA", "NLD", "POL", "UKR", "KAZ", "JPN", "IND", "BRA",
            "CAN", "AUS",
        ] {
            assert!(list.iter().any(|(c, _)| *c == required), "{required}");
        }
        for (code, name) in list {
            assert_eq!(code.len(), 3);
            assert!(code.chars().all(|c| c.is_ascii_uppercase()));
            assert!(!name.is_empty());
        }
        let mut codes: Vec<&str> = list.iter().map(|(c, _)| *c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), list.len());
        let names: Vec<&str> = list.iter().map(|(_, n)| *n).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        assert_eq!(country_name("deu"), Some("Germany"));
        assert_eq!(country_name(" GBR "), Some("United Kingdom"));
        assert_eq!(region_code(" gbr "), Some("GB"));
        assert!(countries()
            .iter()
            .all(|(code, _)| region_code(code).is_some()));
        assert_eq!(country_name("DE"), None);
    }

    #[test]
    fn time_zones_look_like_iana_names() {
        let zones = time_zones();
        assert!(zones.len() >= 30);
        assert!(zones.contains(&"Europe/Berlin"));
        assert!(zones.contains(&"UTC"));
        for zone in zones {
            assert!(!zone.is_empty() && !zone.contains(' '));
        }
        let mut unique = zones.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), zones.len());
    }
}
