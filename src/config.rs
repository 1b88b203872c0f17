//! Runtime configuration, read from `config.json` at start so that whoever deploys the static
//! files can change it without a rebuild. Parsing is pure and tested natively.

use serde::Deserialize;
use thiserror::Error;

/// Where the app sends its requests.
#[derive(Clone, Debug, PartialEq)]
pub enum BackendChoice {
    /// The in-browser demo backend.
    Mock(MockOptions),
    /// A server implementing the project's REST contract (`api/openapi.yaml`).
    Http {
        api_base_url: String,
        timeout_ms: u32,
    },
}

/// Knobs of the in-browser backend, for demos, tests and benchmarks.
#[derive(Clone, Debug, PartialEq, Default, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct MockOptions {
    /// Delay added to every call, in milliseconds.
    pub latency_ms: u32,
    /// Share of calls that fail with a server error, from 0 to 1.
    pub failure_rate: f64,
    /// Generate this many customers instead of the seed set (load and benchmark use).
    pub generated_customers: Option<u32>,
    /// Seed of the deterministic generator and failure injection.
    pub seed: u64,
    /// Faults to inject into given calls, for tests and demos of the error states.
    pub faults: Vec<MockFault>,
}

/// "The next `times` calls of `call` fail with `kind`."
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MockFault {
    pub call: MockCall,
    pub kind: FaultKind,
    #[serde(default = "one")]
    pub times: u32,
    /// With `kind` 429 or 503: the `Retry-After` seconds.
    #[serde(default)]
    pub retry_after: Option<u32>,
}

fn one() -> u32 {
    1
}

/// A call of the backend, named as the contract server's fault control names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MockCall {
    Customers,
    Customer,
    Subscriptions,
    Topics,
    Create,
    Requests,
    CustomerRequests,
    Request,
    Note,
}

/// How an injected call fails. `timeout` and `malformed` do the call's work first and lose or
/// break the answer, as a real server whose answer does not arrive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum FaultKind {
    #[serde(rename = "500")]
    ServerError,
    #[serde(rename = "503")]
    Busy,
    #[serde(rename = "429")]
    RateLimited,
    #[serde(rename = "timeout")]
    Timeout,
    #[serde(rename = "network")]
    Network,
    #[serde(rename = "malformed")]
    Malformed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    pub backend: BackendChoice,
    /// BCP 47 tag of the UI language the deployer chose (`en-GB`, `ru-RU`), if any: a partner's
    /// own choice comes first, the browser's languages after it.
    pub locale: Option<String>,
    /// Where a partner whose sign-in has expired signs in again (a deployment whose API signs
    /// the browser in, as a backend-for-frontend does); [`SIGN_IN_RETURN`] in it stands for the
    /// page to come back to. See [`AppConfig::sign_in_href`].
    pub sign_in_url: Option<String>,
}

/// What `signInUrl` may hold for the address of the page to come back to after signing in.
pub const SIGN_IN_RETURN: &str = "{returnUrl}";

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            backend: BackendChoice::Mock(MockOptions::default()),
            locale: None,
            sign_in_url: None,
        }
    }
}

const DEFAULT_TIMEOUT_MS: u32 = 15_000;

/// How long the app waits for a file of its own (`config.json`, a language's texts, a part of
/// the app) before it says so: the time limit of a call to the service.
pub const LOAD_TIME_LIMIT_MS: u32 = DEFAULT_TIMEOUT_MS;

/// What is wrong with a configuration file, in words the deployer can act on.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ConfigError {
    /// No answer in time, no connection, or a server that failed (5xx): trying again may help,
    /// unlike the other errors, which only whoever deployed the site can correct.
    #[error("config.json did not arrive: {0}")]
    NotArrived(String),
    #[error("config.json could not be loaded: {0}")]
    Unreachable(String),
    #[error("config.json is not valid JSON: {0}")]
    NotJson(String),
    #[error("config.json: {0}")]
    Invalid(String),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    backend: Option<String>,
    #[serde(default)]
    api_base_url: Option<String>,
    #[serde(default)]
    timeout_ms: Option<u32>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    mock: Option<MockOptions>,
    #[serde(default)]
    sign_in_url: Option<String>,
}

impl ConfigError {
    /// What an answer other than a success says: a server that failed or was busy (5xx, 408,
    /// 429) may answer next time; any other (404: no such file) is the deployer's to correct.
    pub fn from_status(status: u16, status_text: &str) -> ConfigError {
        let answered = format!("the server answered {status} {status_text}");
        if status >= 500 || status == 408 || status == 429 {
            ConfigError::NotArrived(answered)
        } else {
            ConfigError::Unreachable(answered)
        }
    }

    /// The file did not come, for a reason that may pass: trying again may help.
    pub fn may_pass(&self) -> bool {
        matches!(self, ConfigError::NotArrived(_))
    }
}

impl AppConfig {
    /// Parses the text of `config.json`.
    pub fn parse(text: &str) -> Result<AppConfig, ConfigError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ConfigError::NotJson(e.to_string()))?;
        if !value.is_object() {
            return Err(ConfigError::Invalid(
                "the file must hold a JSON object, such as {\"backend\": \"mock\"}".into(),
            ));
        }
        let raw: RawConfig =
            serde_json::from_value(value).map_err(|e| ConfigError::Invalid(e.to_string()))?;
        let locale = optional(raw.locale.as_deref(), is_language_tag, |tag| {
            format!(
                "\"locale\" must be a language tag such as \"en-GB\" or \"ru-RU\", not \"{tag}\""
            )
        })?;
        let backend = match raw.backend.as_deref().map(str::trim) {
            None | Some("mock") => {
                let mock = raw.mock.unwrap_or_default();
                if !(0.0..=1.0).contains(&mock.failure_rate) {
                    return Err(ConfigError::Invalid(
                        "\"mock.failureRate\" must be between 0 and 1".into(),
                    ));
                }
                BackendChoice::Mock(mock)
            }
            Some("http") => {
                let url = raw.api_base_url.as_deref().map(str::trim).unwrap_or("");
                if url.is_empty() {
                    return Err(ConfigError::Invalid(
                        "\"backend\" is \"http\", so \"apiBaseUrl\" must give the API's base URL"
                            .into(),
                    ));
                }
                if !is_web_address(url) {
                    return Err(ConfigError::Invalid(format!(
                        "\"apiBaseUrl\" must start with https://, http:// or /, not \"{url}\""
                    )));
                }
                BackendChoice::Http {
                    api_base_url: url.trim_end_matches('/').to_owned(),
                    timeout_ms: raw.timeout_ms.unwrap_or(DEFAULT_TIMEOUT_MS).max(1),
                }
            }
            Some(other) => {
                return Err(ConfigError::Invalid(format!(
                    "\"backend\" must be \"mock\" or \"http\", not \"{other}\""
                )))
            }
        };
        let sign_in_url = optional(raw.sign_in_url.as_deref(), is_web_address, |url| {
            format!("\"signInUrl\" must start with https://, http:// or /, not \"{url}\"")
        })?;
        Ok(AppConfig {
            backend,
            locale,
            sign_in_url,
        })
    }

    /// The address of the sign-in page for a partner on the page at `here` (its path and query),
    /// if the deployment has one: `signInUrl` with [`SIGN_IN_RETURN`] replaced by `here`,
    /// percent-encoded, so that signing in brings the partner back to the same page, where what
    /// they typed waits in its draft.
    pub fn sign_in_href(&self, here: &str) -> Option<String> {
        self.sign_in_url
            .as_deref()
            .map(|url| url.replace(SIGN_IN_RETURN, &crate::url_encoding::encode(here)))
    }
}

/// An optional text setting, trimmed: blank is not set; one that is not `valid` is refused with
/// `refusal` of it.
fn optional(
    value: Option<&str>,
    valid: fn(&str) -> bool,
    refusal: impl Fn(&str) -> String,
) -> Result<Option<String>, ConfigError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) if valid(text) => Ok(Some(text.to_owned())),
        Some(text) => Err(ConfigError::Invalid(refusal(text))),
    }
}

/// An address the app may send the partner or its calls to: `https://`, `http://` or a path
/// on its own origin.
fn is_web_address(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/')
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    primary_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_selects_the_mock_backend() {
        let config = AppConfig::parse(include_str!("../public/config.json")).unwrap();
        assert!(matches!(config.backend, BackendChoice::Mock(_)));
        assert_eq!(config.locale, None);
    }

    #[test]
    fn a_server_that_failed_may_answer_next_time_a_missing_file_will_not() {
        for status in [500, 502, 503, 504, 408, 429] {
            let error = ConfigError::from_status(status, "Busy");
            assert!(error.may_pass(), "{status}");
            assert_eq!(
                error.to_string(),
                format!("config.json did not arrive: the server answered {status} Busy")
            );
        }
        for status in [404, 403, 401, 400] {
            let error = ConfigError::from_status(status, "Not Found");
            assert!(!error.may_pass(), "{status}");
            assert_eq!(
                error.to_string(),
                format!("config.json could not be loaded: the server answered {status} Not Found")
            );
        }
        assert!(!ConfigError::NotJson("x".into()).may_pass());
        assert!(!ConfigError::Invalid("x".into()).may_pass());
    }

    #[test]
    fn an_empty_object_means_the_defaults() {
        assert_eq!(AppConfig::parse("{}").unwrap(), AppConfig::default());
    }

    #[test]
    fn http_backend_needs_a_base_url_and_drops_the_trailing_slash() {
        let config =
            AppConfig::parse(r#"{"backend":"http","apiBaseUrl":"https://api.example.com/v1/"}"#)
                .unwrap();
        assert_eq!(
            config.backend,
            BackendChoice::Http {
                api_base_url: "https://api.example.com/v1".into(),
                timeout_ms: DEFAULT_TIMEOUT_MS
            }
        );
        let err = AppConfig::parse(r#"{"backend":"http"}"#).unwrap_err();
        assert!(err.to_string().contains("apiBaseUrl"), "{err}");
    }

    #[test]
    fn relative_api_url_is_allowed_for_same_origin_deployments() {
        let config =
            AppConfig::parse(r#"{"backend":"http","apiBaseUrl":"/api/v1","timeoutMs":500}"#)
                .unwrap();
        assert_eq!(
            config.backend,
            BackendChoice::Http {
                api_base_url: "/api/v1".into(),
                timeout_ms: 500
            }
        );
    }

    #[test]
    fn mock_options_are_read() {
        let config = AppConfig::parse(
            r#"{"backend":"mock","mock":{"latencyMs":300,"failureRate":0.25,"generatedCustomers":10000,"seed":7}}"#,
        )
        .unwrap();
        assert_eq!(
            config.backend,
            BackendChoice::Mock(MockOptions {
                latency_ms: 300,
                failure_rate: 0.25,
                generated_customers: Some(10_000),
                seed: 7,
                faults: Vec::new(),
            })
        );
    }

    #[test]
    fn mock_faults_are_read() {
        let config = AppConfig::parse(
            r#"{"mock":{"faults":[{"call":"create","kind":"timeout","times":3},{"call":"customerRequests","kind":"429","retryAfter":2}]}}"#,
        )
        .unwrap();
        let BackendChoice::Mock(options) = config.backend else {
            panic!("mock expected");
        };
        assert_eq!(
            options.faults,
            [
                MockFault {
                    call: MockCall::Create,
                    kind: FaultKind::Timeout,
                    times: 3,
                    retry_after: None
                },
                MockFault {
                    call: MockCall::CustomerRequests,
                    kind: FaultKind::RateLimited,
                    times: 1,
                    retry_after: Some(2)
                }
            ]
        );
        for bad in [
            r#"{"mock":{"faults":[{"call":"delete","kind":"500"}]}}"#,
            r#"{"mock":{"faults":[{"call":"create","kind":"418"}]}}"#,
            r#"{"mock":{"faults":[{"call":"create"}]}}"#,
        ] {
            assert!(AppConfig::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn malformed_files_name_the_problem() {
        let cases = [
            ("{\"backend\": \"mock\",", "not valid JSON"),
            ("[1,2]", "JSON object"),
            ("\"mock\"", "JSON object"),
            (r#"{"backend":"ftp"}"#, "\"mock\" or \"http\""),
            (
                r#"{"backend":"http","apiBaseUrl":"javascript:alert(1)"}"#,
                "must start with",
            ),
            (r#"{"locale":"not a tag"}"#, "language tag"),
            (
                r#"{"signInUrl":"javascript:alert(1)"}"#,
                "\"signInUrl\" must start with https://, http:// or /, not \"javascript:alert(1)\"",
            ),
            (r#"{"mock":{"failureRate":2}}"#, "between 0 and 1"),
            (
                r#"{"mock":{"faults":[{"call":"nope","kind":"500"}]}}"#,
                "unknown variant `nope`",
            ),
            (r#"{"backnd":"mock"}"#, "unknown field `backnd`"),
            (r#"{"mock":{"latencyMs":"slow"}}"#, "invalid type"),
            ("", "not valid JSON"),
        ];
        for (text, expected) in cases {
            let err = AppConfig::parse(text).unwrap_err();
            assert!(err.to_string().contains(expected), "{text:?} gave {err}");
        }
    }

    #[test]
    fn the_sign_in_page_brings_the_partner_back_to_the_page_they_were_on() {
        let config = AppConfig::parse(
            r#"{"backend":"http","apiBaseUrl":"/support/api/v1",
                "signInUrl":" /support/api/signin?returnUrl={returnUrl} "}"#,
        )
        .unwrap();
        assert_eq!(
            config
                .sign_in_href("/support/customers/c1/azure/new?step=contact")
                .as_deref(),
            Some("/support/api/signin?returnUrl=%2Fsupport%2Fcustomers%2Fc1%2Fazure%2Fnew%3Fstep%3Dcontact")
        );
        let elsewhere = AppConfig::parse(
            r#"{"signInUrl":"https://login.example.com/start?rd={returnUrl}&app=psd"}"#,
        )
        .unwrap();
        assert_eq!(
            elsewhere.sign_in_href("/requests/6251").as_deref(),
            Some("https://login.example.com/start?rd=%2Frequests%2F6251&app=psd")
        );
        let fixed = AppConfig::parse(r#"{"signInUrl":"/signin"}"#).unwrap();
        assert_eq!(fixed.sign_in_href("/requests").as_deref(), Some("/signin"));
    }

    #[test]
    fn without_a_sign_in_page_there_is_no_sign_in_link() {
        for text in ["{}", r#"{"signInUrl":"  "}"#] {
            let config = AppConfig::parse(text).unwrap();
            assert_eq!(config.sign_in_url, None);
            assert_eq!(config.sign_in_href("/customers"), None);
        }
    }
}
