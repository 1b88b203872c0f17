//! Building the contract's URLs.

pub use crate::url_encoding::encode;

/// Partner Center's company-name filter for `GET /customers`.
pub fn company_name_filter(prefix: &str) -> String {
    serde_json::json!({ "Field": "CompanyName", "Value": prefix, "Operator": "starts_with" })
        .to_string()
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
