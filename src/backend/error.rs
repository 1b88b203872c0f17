//! What can go wrong when talking to a backend, and the one place where an HTTP answer becomes
//! a typed error.

use thiserror::Error;

/// A failed backend call. `Display` is for logs; people read it in the words of `crate::i18n` (`AppStrings::backend_error`).
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum BackendError {
    #[error("network error")]
    Network,
    #[error("the request timed out")]
    Timeout,
    #[error("not signed in (401)")]
    Unauthorized,
    #[error("forbidden (403)")]
    Forbidden,
    #[error("not found (404)")]
    NotFound,
    #[error("conflict (409)")]
    Conflict,
    /// The idempotency key was used before with other answers: those were filed as
    /// `request_id` (409, `idempotency_key_reused`). Nothing new was created.
    #[error("idempotency key reused with another body (409): request {request_id}")]
    AlreadyFiled { request_id: String },
    /// The service turned the call away for now and did nothing: 429 (too many requests) or
    /// 503 (busy), with the seconds its `Retry-After` asks to wait, when it sent one.
    #[error("busy ({status}), retry after {retry_after_secs:?} s")]
    Busy {
        status: u16,
        retry_after_secs: Option<u32>,
    },
    #[error("bad request: {message}")]
    BadRequest { message: String },
    /// The body was larger than the service, or a proxy before it, takes (413): a request with
    /// a file, where the deployment's limit is below the 5 MB a file may have.
    #[error("request too large (413)")]
    TooLarge,
    #[error("server error {status}: {message:?}")]
    Server {
        status: u16,
        message: Option<String>,
    },
    #[error("unreadable answer: {0}")]
    Unreadable(String),
}

impl BackendError {
    /// Whether sending the same call again may succeed (quality.md: network errors, timeouts,
    /// 408, 429, 502, 503, 504).
    pub fn is_retryable(&self) -> bool {
        match self {
            BackendError::Network | BackendError::Timeout | BackendError::Busy { .. } => true,
            BackendError::Server { status, .. } => matches!(status, 502 | 504),
            _ => false,
        }
    }

    /// Whether a call that changes something (a create, a note) may have taken effect although
    /// it failed: the answer was lost (network, timeout), unreadable (the work was done), or a
    /// server or gateway failed part-way. Sending again with the same key is then the way to
    /// find out, and never files twice. Refusals (4xx, 429, 503 busy) took no effect.
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            BackendError::Network
                | BackendError::Timeout
                | BackendError::Unreadable(_)
                | BackendError::Server { .. }
        )
    }

    /// Maps an HTTP status that is not a success, its body and its `Retry-After` header.
    pub fn from_response(status: u16, body: &str, retry_after: Option<&str>) -> BackendError {
        let message = error_description(body);
        match status {
            401 => BackendError::Unauthorized,
            403 => BackendError::Forbidden,
            404 => BackendError::NotFound,
            408 => BackendError::Timeout,
            413 => BackendError::TooLarge,
            409 => match already_filed(body) {
                Some(request_id) => BackendError::AlreadyFiled { request_id },
                None => BackendError::Conflict,
            },
            429 | 503 => BackendError::Busy {
                status,
                retry_after_secs: retry_after.and_then(parse_retry_after),
            },
            400..=499 => BackendError::BadRequest {
                message: message.unwrap_or_default(),
            },
            _ => BackendError::Server { status, message },
        }
    }
}

/// The code of a 409 whose idempotency key was used before with a different body.
pub const KEY_REUSED_CODE: &str = "idempotency_key_reused";

/// The existing request's id from a 409 `idempotency_key_reused` body (`data[0]`, a string or
/// a number, or an object with an `id`).
fn already_filed(body: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(body.trim()).ok()?;
    let object = value.as_object()?;
    let field = |name: &str| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    };
    if field("code")?.as_str()? != KEY_REUSED_CODE {
        return None;
    }
    let first = field("data")?.as_array()?.first()?;
    let id = match first {
        serde_json::Value::String(s) => s.trim().to_owned(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Object(o) => o
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case("id"))
            .and_then(|(_, v)| v.as_str())?
            .trim()
            .to_owned(),
        _ => return None,
    };
    (!id.is_empty()).then_some(id)
}

/// `Retry-After` in delta-seconds. (The HTTP-date form is ignored: the browser's clock and the
/// server's may disagree, and the caller then falls back to its own backoff.)
pub fn parse_retry_after(value: &str) -> Option<u32> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u32>() {
        return Some(secs);
    }
    // Some servers send fractions ("1.5"); round up so the wait is never too short. Read as
    // digits, not as a float: float parsing would add its tables to every first visit.
    let (whole, fraction) = value.split_once('.')?;
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || (whole.is_empty() && fraction.is_empty()) {
        return None;
    }
    let whole = if whole.is_empty() {
        0
    } else {
        whole.parse::<u32>().ok()?
    };
    whole.checked_add(u32::from(fraction.bytes().any(|b| b != b'0')))
}

/// The readable part of an error body: Partner Center's `description` (HTML entities decoded),
/// a `message`, or an RFC 7807 `detail` (Prism's 422); else a short plain-text body. HTML pages
/// and JSON without any of these give `None`.
pub fn error_description(body: &str) -> Option<String> {
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(body) {
        let object = value.as_object()?;
        let text = object
            .iter()
            .filter(|(k, _)| {
                ["description", "message", "detail"]
                    .iter()
                    .any(|n| k.eq_ignore_ascii_case(n))
            })
            .find_map(|(_, v)| v.as_str())?;
        let text = decode_entities(text.trim());
        return (!text.is_empty()).then_some(text);
    }
    if body.starts_with('<') || body.chars().count() > 300 {
        return None;
    }
    Some(body.to_owned())
}

/// Decodes the few HTML entities Partner Center puts in descriptions (`We&#39;re sorry`).
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOT_FOUND: &str = include_str!("../../tests/fixtures/error-not-found.json");
    const QUOTA: &str = include_str!("../../tests/fixtures/error-license-quota.json");
    const BUSY_BODY: &str = r#"{"code":503,"description":"The service is busy.","data":[],"source":"PartnerSupportDesk"}"#;

    #[test]
    fn statuses_map_to_typed_errors() {
        assert_eq!(
            BackendError::from_response(401, "", None),
            BackendError::Unauthorized
        );
        assert_eq!(
            BackendError::from_response(403, "", None),
            BackendError::Forbidden
        );
        assert_eq!(
            BackendError::from_response(404, NOT_FOUND, None),
            BackendError::NotFound
        );
        assert_eq!(
            BackendError::from_response(408, "", None),
            BackendError::Timeout
        );
        assert_eq!(
            BackendError::from_response(409, "", None),
            BackendError::Conflict
        );
        // A proxy's own page, not the contract's JSON.
        let too_large = BackendError::from_response(
            413,
            "<html><head><title>413 Request Entity Too Large</title></head></html>",
            None,
        );
        assert_eq!(too_large, BackendError::TooLarge);
        assert!(!too_large.is_retryable() && !too_large.outcome_unknown());
        assert_eq!(
            BackendError::from_response(429, "", Some(" 30 ")),
            BackendError::Busy {
                status: 429,
                retry_after_secs: Some(30)
            }
        );
        assert_eq!(
            BackendError::from_response(429, "", Some("Wed, 21 Oct 2015 07:28:00 GMT")),
            BackendError::Busy {
                status: 429,
                retry_after_secs: None
            }
        );
        // A busy service's wait is honoured as a rate limit's is (RFC 9110 allows it on 503).
        assert_eq!(
            BackendError::from_response(503, BUSY_BODY, Some("5")),
            BackendError::Busy {
                status: 503,
                retry_after_secs: Some(5)
            }
        );
        assert_eq!(
            BackendError::from_response(503, "", None),
            BackendError::Busy {
                status: 503,
                retry_after_secs: None
            }
        );
        assert_eq!(
            BackendError::from_response(400, QUOTA, None),
            BackendError::BadRequest {
                message: "We're sorry, it looks like you've run out of licenses. Buy more licenses, and then try again.".into()
            }
        );
        assert_eq!(
            BackendError::from_response(422, "", None),
            BackendError::BadRequest {
                message: String::new()
            }
        );
        assert_eq!(
            BackendError::from_response(500, "Internal Server Error", None),
            BackendError::Server {
                status: 500,
                message: Some("Internal Server Error".into())
            }
        );
        assert_eq!(
            BackendError::from_response(502, "<html><body>Bad gateway</body></html>", None),
            BackendError::Server {
                status: 502,
                message: None
            }
        );
    }

    #[test]
    fn a_reused_key_names_the_request_already_filed() {
        let body = |data: &str| {
            format!(r#"{{"code":"idempotency_key_reused","description":"x","data":{data}}}"#)
        };
        let filed = |id: &str| BackendError::AlreadyFiled {
            request_id: id.into(),
        };
        assert_eq!(
            BackendError::from_response(409, &body(r#"["625120110000001"]"#), None),
            filed("625120110000001")
        );
        assert_eq!(
            BackendError::from_response(409, &body("[625120110000002]"), None),
            filed("625120110000002")
        );
        assert_eq!(
            BackendError::from_response(409, &body(r#"[{"Id":"6251"}]"#), None),
            filed("6251")
        );
        for other in [
            body("[]"),
            body(r#"[""]"#),
            body("null"),
            r#"{"code":409,"description":"The service request is closed.","data":[]}"#.into(),
            "Conflict".into(),
        ] {
            assert_eq!(
                BackendError::from_response(409, &other, None),
                BackendError::Conflict,
                "{other}"
            );
        }
        // Only a 409 means the key was reused.
        assert!(matches!(
            BackendError::from_response(400, &body(r#"["1"]"#), None),
            BackendError::BadRequest { .. }
        ));
    }

    #[test]
    fn a_lost_or_broken_answer_leaves_the_outcome_unknown() {
        let server = |status| BackendError::Server {
            status,
            message: None,
        };
        for unknown in [
            BackendError::Network,
            BackendError::Timeout,
            BackendError::Unreadable("cut off".into()),
            server(500),
            server(502),
            server(504),
        ] {
            assert!(unknown.outcome_unknown(), "{unknown:?}");
        }
        for refused in [
            BackendError::Busy {
                status: 503,
                retry_after_secs: None,
            },
            BackendError::Busy {
                status: 429,
                retry_after_secs: Some(2),
            },
            BackendError::BadRequest {
                message: String::new(),
            },
            BackendError::Unauthorized,
            BackendError::Forbidden,
            BackendError::NotFound,
            BackendError::Conflict,
            BackendError::AlreadyFiled {
                request_id: "1".into(),
            },
        ] {
            assert!(!refused.outcome_unknown(), "{refused:?}");
        }
    }

    #[test]
    fn retry_after_accepts_seconds_only() {
        assert_eq!(parse_retry_after("0"), Some(0));
        assert_eq!(parse_retry_after("120"), Some(120));
        assert_eq!(parse_retry_after("1.2"), Some(2));
        assert_eq!(parse_retry_after("1.0"), Some(1));
        assert_eq!(parse_retry_after(".5"), Some(1));
        assert_eq!(parse_retry_after("7."), Some(7));
        assert_eq!(parse_retry_after("4294967295.5"), None);
        assert_eq!(parse_retry_after("1.5.1"), None);
        assert_eq!(parse_retry_after("1e3"), None);
        assert_eq!(parse_retry_after("."), None);
        assert_eq!(parse_retry_after("-1"), None);
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after(""), None);
    }

    #[test]
    fn descriptions_come_from_json_or_short_text() {
        assert_eq!(
            error_description(NOT_FOUND).as_deref(),
            Some("Partner Organization with partner_id 9999999 could not be found")
        );
        assert_eq!(
            error_description(r#"{"Code":1,"Description":"Bad title"}"#).as_deref(),
            Some("Bad title")
        );
        assert_eq!(error_description(r#"{"code":"x"}"#), None);
        assert_eq!(
            error_description(r#"{"title":"Invalid request","detail":"Bad body"}"#).as_deref(),
            Some("Bad body")
        );
        assert_eq!(error_description("[1,2]"), None);
        assert_eq!(error_description("  "), None);
        assert_eq!(
            error_description("upstream timed out").as_deref(),
            Some("upstream timed out")
        );
    }

    #[test]
    fn only_transient_errors_are_retried() {
        let retryable = [
            BackendError::Network,
            BackendError::Timeout,
            BackendError::Busy {
                status: 429,
                retry_after_secs: None,
            },
            BackendError::Busy {
                status: 503,
                retry_after_secs: Some(3),
            },
            BackendError::Server {
                status: 502,
                message: None,
            },
            BackendError::Server {
                status: 504,
                message: None,
            },
        ];
        assert!(retryable.iter().all(BackendError::is_retryable));
        let final_ = [
            BackendError::Unauthorized,
            BackendError::Forbidden,
            BackendError::NotFound,
            BackendError::Conflict,
            BackendError::BadRequest {
                message: String::new(),
            },
            BackendError::Server {
                status: 500,
                message: None,
            },
            BackendError::Unreadable(String::new()),
        ];
        assert!(!final_.iter().any(BackendError::is_retryable));
    }
}
