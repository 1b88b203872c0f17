//! Field types that accept whatever a real server sends and never fail: a value of the wrong
//! shape becomes "not given" instead of sinking the whole item.

use crate::domain::{RequestStatus, Severity, Timestamp};
use serde::de::{Deserialize, DeserializeOwned, Deserializer};
use serde_json::Value;

fn any_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    // `Value` accepts every JSON document, so this only fails on a broken deserializer.
    Value::deserialize(deserializer)
}

/// Text: a string (trimmed; blank is none) or a whole number (a topic id of `32444671`). A
/// number with a fraction is no text (and reading it so needs no float formatting in the app).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Option<String>);

impl Text {
    pub fn get(self) -> Option<String> {
        self.0
    }
    pub fn or_empty(self) -> String {
        self.0.unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Text(match any_value(deserializer)? {
            Value::String(s) if s.trim().is_empty() => None,
            Value::String(s) if s.trim().len() == s.len() => Some(s),
            Value::String(s) => Some(s.trim().to_owned()),
            Value::Number(n) => match (n.as_u64(), n.as_i64()) {
                (Some(whole), _) => Some(whole.to_string()),
                (None, Some(negative)) => Some(negative.to_string()),
                (None, None) => None,
            },
            _ => None,
        }))
    }
}

/// A yes/no: `true`, `"true"`, `1`; anything else is no.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Flag(pub bool);

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Flag(match any_value(deserializer)? {
            Value::Bool(b) => b,
            Value::String(s) => {
                matches!(s.trim().to_ascii_lowercase().as_str(), "true" | "yes" | "1")
            }
            Value::Number(n) => n.as_u64() == Some(1),
            _ => false,
        }))
    }
}

/// A count: a non-negative whole number, or one written as a string.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Count(pub Option<u32>);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Count(match any_value(deserializer)? {
            Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }))
    }
}

/// A date-time (see [`Timestamp::parse`]); `0001-01-01T00:00:00` and unreadable ones are none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct When(pub Option<Timestamp>);

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(When(match any_value(deserializer)? {
            Value::String(s) => Timestamp::parse(&s).ok().flatten(),
            _ => None,
        }))
    }
}

/// An object of type `T`, or none when the value is not one.
#[derive(Clone, Debug, PartialEq)]
pub struct Obj<T>(pub Option<T>);

impl<T> Default for Obj<T> {
    fn default() -> Self {
        Obj(None)
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Obj(match any_value(deserializer)? {
            value @ Value::Object(_) => serde_json::from_value(value).ok(),
            _ => None,
        }))
    }
}

/// A list whose items are read one by one; an item that cannot be read is left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Items<T>(pub Vec<T>);

impl<T> Default for Items<T> {
    fn default() -> Self {
        Items(Vec::new())
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Items<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Items(match any_value(deserializer)? {
            Value::Array(values) => values
                .into_iter()
                .filter_map(|value| serde_json::from_value(value).ok())
                .collect(),
            _ => Vec::new(),
        }))
    }
}

/// Severity as a word (`critical`), a letter (`A`) or Partner Center's integer (0..3 =
/// unknown, critical, moderate, minimal). Unknown values are none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WireSeverity(pub Option<Severity>);

impl<'de> Deserialize<'de> for WireSeverity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(WireSeverity(match any_value(deserializer)? {
            Value::String(s) => Severity::parse(&s),
            Value::Number(n) => match n.as_u64() {
                Some(1) => Some(Severity::Critical),
                Some(2) => Some(Severity::Moderate),
                Some(3) => Some(Severity::Minimal),
                _ => None,
            },
            _ => None,
        }))
    }
}

/// Status as a word in any case and spelling (`attention_needed`, `AttentionNeeded`) or
/// Partner Center's integer (0..3 = none, open, closed, attention needed). Unknown is none.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WireStatus(pub RequestStatus);

impl<'de> Deserialize<'de> for WireStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(WireStatus(match any_value(deserializer)? {
            Value::String(s) => status_from_word(&s),
            Value::Number(n) => match n.as_u64() {
                Some(1) => RequestStatus::Open,
                Some(2) => RequestStatus::Closed,
                Some(3) => RequestStatus::AttentionNeeded,
                _ => RequestStatus::None,
            },
            _ => RequestStatus::None,
        }))
    }
}

fn status_from_word(word: &str) -> RequestStatus {
    let word: String = word
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    match word.as_str() {
        "open" => RequestStatus::Open,
        "closed" => RequestStatus::Closed,
        "attentionneeded" => RequestStatus::AttentionNeeded,
        _ => RequestStatus::None,
    }
}

/// The wire word of a status, as Partner Center writes it.
pub fn status_word(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::None => "none",
        RequestStatus::Open => "open",
        RequestStatus::Closed => "closed",
        RequestStatus::AttentionNeeded => "attention_needed",
    }
}

/// The wire word of a severity.
pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "critical",
        Severity::Moderate => "moderate",
        Severity::Minimal => "minimal",
    }
}

/// Rewrites every object key to camelCase by lowering its first letter, so PascalCase bodies
/// (`CreatedDate`, `NewNote`) read like camelCase ones. When both spellings are present the
/// later one wins, as with any repeated key.
pub fn camel_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(key, value)| (lower_first(key), camel_keys(value)))
                .collect(),
        ),
        Value::Array(values) => Value::Array(values.into_iter().map(camel_keys).collect()),
        other => other,
    }
}

fn lower_first(key: String) -> String {
    match key.chars().next() {
        Some(first) if first.is_uppercase() => {
            let mut out: String = first.to_lowercase().collect();
            out.push_str(key.get(first.len_utf8()..).unwrap_or_default());
            out
        }
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "camelCase")]
    struct Sample {
        text: Text,
        flag: Flag,
        count: Count,
        when: When,
        severity: WireSeverity,
        status: WireStatus,
        items: Items<Text>,
    }

    fn sample(value: Value) -> Sample {
        serde_json::from_value(camel_keys(value)).unwrap()
    }

    #[test]
    fn wrong_shapes_become_not_given() {
        let s = sample(json!({
            "text": {"a": 1}, "flag": [true], "count": -3, "when": 5,
            "severity": true, "status": null, "items": "x"
        }));
        assert_eq!(s.text, Text(None));
        assert!(!s.flag.0);
        assert_eq!(s.count, Count(None));
        assert_eq!(s.when, When(None));
        assert_eq!(s.severity, WireSeverity(None));
        assert_eq!(s.status, WireStatus(RequestStatus::None));
        assert!(s.items.0.is_empty());
    }

    #[test]
    fn pascal_case_and_strings_for_numbers_are_read() {
        let s = sample(json!({
            "Text": "  spaced  ", "Flag": "True", "Count": "12",
            "When": "2015-11-24T01:07:00.863", "Severity": "Moderate",
            "Status": "AttentionNeeded", "Items": ["a", 2, null, "  "]
        }));
        assert_eq!(s.text.get().as_deref(), Some("spaced"));
        assert!(s.flag.0);
        assert_eq!(s.count, Count(Some(12)));
        assert_eq!(
            s.when.0.map(|t| t.to_iso8601()).as_deref(),
            Some("2015-11-24T01:07:00.863Z")
        );
        assert_eq!(s.severity, WireSeverity(Some(Severity::Moderate)));
        assert_eq!(s.status, WireStatus(RequestStatus::AttentionNeeded));
        assert_eq!(
            s.items.0,
            vec![
                Text(Some("a".into())),
                Text(Some("2".into())),
                Text(None),
                Text(None)
            ]
        );
    }

    #[test]
    fn whole_numbers_are_text_and_fractions_are_not() {
        let texts: Vec<_> = [json!(32444671), json!(-3), json!(0), json!(1.5), json!(2.0)]
            .into_iter()
            .map(|n| sample(json!({ "text": n })).text.0)
            .collect();
        assert_eq!(
            texts,
            [
                Some("32444671".to_owned()),
                Some("-3".to_owned()),
                Some("0".to_owned()),
                None,
                None
            ]
        );
    }

    #[test]
    fn integer_enums_follow_partner_center() {
        let severities: Vec<_> = (0..5)
            .map(|n| sample(json!({"severity": n})).severity.0)
            .collect();
        assert_eq!(
            severities,
            [
                None,
                Some(Severity::Critical),
                Some(Severity::Moderate),
                Some(Severity::Minimal),
                None
            ]
        );
        let statuses: Vec<_> = (0..5)
            .map(|n| sample(json!({"status": n})).status.0)
            .collect();
        assert_eq!(
            statuses,
            [
                RequestStatus::None,
                RequestStatus::Open,
                RequestStatus::Closed,
                RequestStatus::AttentionNeeded,
                RequestStatus::None
            ]
        );
        for word in [
            "attention_needed",
            "attentionNeeded",
            "AttentionNeeded",
            "ATTENTION-NEEDED",
        ] {
            assert_eq!(
                sample(json!({ "status": word })).status.0,
                RequestStatus::AttentionNeeded
            );
        }
        assert_eq!(
            sample(json!({"status": "escalated"})).status.0,
            RequestStatus::None
        );
        assert_eq!(sample(json!({"severity": "unknown"})).severity.0, None);
    }

    #[test]
    fn not_set_dates_are_none() {
        assert_eq!(
            sample(json!({"when": "0001-01-01T00:00:00"})).when,
            When(None)
        );
        assert_eq!(
            sample(json!({"when": "2015-11-25T06: 41: 12Z"})).when,
            When(None)
        );
        assert!(sample(json!({"when": "2016-12-22T20:31:17.24Z"}))
            .when
            .0
            .is_some());
    }

    #[test]
    fn camel_keys_only_touches_the_first_letter() {
        let value = camel_keys(json!({"NewNote": {"Text": "x"}, "iD": 1, "Überblick": [{"A": 1}]}));
        assert_eq!(
            value,
            json!({"newNote": {"text": "x"}, "iD": 1, "überblick": [{"a": 1}]})
        );
    }
}
