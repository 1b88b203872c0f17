//! Wire parsing never panics, whatever arrives.

use super::*;
use proptest::prelude::*;

/// Keys the parsers look for, in both spellings, plus noise.
const KEYS: &[&str] = &[
    "id",
    "Id",
    "items",
    "Items",
    "totalCount",
    "continuationToken",
    "title",
    "severity",
    "Status",
    "status",
    "notes",
    "text",
    "createdDate",
    "lastClosedDate",
    "companyProfile",
    "companyName",
    "domain",
    "customDomains",
    "cloud",
    "offerName",
    "entitlementId",
    "isTrial",
    "primaryContact",
    "productName",
    "customerId",
    "family",
    "common",
    "name",
    "zzz",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just("0001-01-01T00:00:00".to_owned()),
            Just("2015-11-24T01:07:00.863".to_owned()),
            Just("attention_needed".to_owned()),
            Just("critical".to_owned()),
            Just("Office 365".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| {
                Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

fn parse_everything(text: &str) {
    let _ = customer_page(text);
    let _ = customer(text);
    let _ = subscriptions(text);
    let _ = support_topics(text, ServiceFamily::Office365);
    let _ = service_request(text);
    let _ = service_requests(text, Some("c"));
    let _ = crate::backend::error::error_description(text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn json_documents_never_panic(value in json_value()) {
        let text = value.to_string();
        parse_everything(&text);
        // The same document as a collection of itself.
        parse_everything(&format!(r#"{{"items":[{text}],"totalCount":1}}"#));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
        parse_everything(&text);
    }

    #[test]
    fn json_ish_text_never_panics(text in r#"[\{\}\[\]":,0-9a-zA-Z \-TZ.]{0,120}"#) {
        parse_everything(&text);
    }
}
