//! Building the contract's URLs.

pub use crate::url_encoding::encode;

/// Partner Center's company-name filter for `GET /customers`.
pub fn company_name_filter(prefix: &str) -> String {
    /// The filter as a struct of strings, not a `json!` value: serialising a `Value` would
    /// bring number formatting into the main download.
    #[derive(serde::Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct Filter<'a> {
        field: &'a str,
        operator: &'a str,
        value: &'a str,
    }
    // Serialising strings cannot fail.
    serde_json::to_string(&Filter {
        field: "CompanyName",
        operator: "starts_with",
        value: prefix,
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_reserved_and_non_ascii_bytes() {
        assert_eq!(encode("en-US"), "en-US");
        assert_eq!(encode("a b/c?d&e=f"), "a%20b%2Fc%3Fd%26e%3Df");
        assert_eq!(encode("Рога"), "%D0%A0%D0%BE%D0%B3%D0%B0");
        assert_eq!(
            encode(&company_name_filter("Cont")),
            "%7B%22Field%22%3A%22CompanyName%22%2C%22Operator%22%3A%22starts_with%22%2C%22Value%22%3A%22Cont%22%7D"
        );
    }
}
