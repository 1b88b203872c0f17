//! The backends in headless Chromium: the mock's persistence, idempotency and failure
//! injection, and the HTTP adapter against the contract server behind Prism's validating proxy.
//!
//! ```sh
//! tests/contract-server/start.sh
//! CHROMEDRIVER=/usr/bin/chromedriver CONTRACT_REQUIRED=1 \
//!   cargo test --target wasm32-unknown-unknown --test browser_backend
//! tests/contract-server/stop.sh
//! ```
//! Without `CONTRACT_REQUIRED=1` the HTTP tests are skipped (with a message) when the contract
//! server is not running, so a plain `cargo test --target wasm32-unknown-unknown` still works.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gloo_net::http::Request;
use partner_support_desk::backend::http::HttpBackend;
use partner_support_desk::backend::mock::{MockBackend, STORAGE_KEY};
use partner_support_desk::backend::{new_request_id, Backend, BackendError, CustomerQuery};
use partner_support_desk::config::{BackendChoice, MockOptions};
use partner_support_desk::domain::customer::OWN_ORGANIZATION_ID;
use partner_support_desk::domain::*;
use serde_json::{json, Value};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const API: &str = match option_env!("CONTRACT_API_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:4010/v1",
};
const CONTROL: &str = match option_env!("CONTRACT_CONTROL_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:4011",
};
/// Contoso GmbH in tests/contract-server/seed.mjs.
const CONTOSO: &str = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";

// ---------------------------------------------------------------------------------------------
// Helpers

fn contact() -> Contact {
    Contact {
        first_name: "Anna".into(),
        last_name: "Schmidt".into(),
        email: "anna.schmidt@partner.example".into(),
        phone: Some("+49 30 1234567".into()),
        country: "DEU".into(),
        time_zone: "Europe/Berlin".into(),
        support_language: SupportLanguage::DeDe,
        preferred_contact_method: ContactMethod::Email,
    }
}

fn office_request(customer_id: &str, title: &str) -> NewServiceRequest {
    NewServiceRequest {
        party: RequestParty::Customer {
            customer_id: customer_id.into(),
        },
        family: ServiceFamily::Office365,
        title: title.into(),
        description: "Since 09:00 UTC no mail reaches external recipients.".into(),
        severity: Severity::Critical,
        support_topic_id: Some("32444680".into()),
        support_topic_name: Some("Mail flow".into()),
        contact: contact(),
        azure: None,
        own_support_plan: None,
        attachment: None,
    }
}

fn own_azure_request() -> NewServiceRequest {
    NewServiceRequest {
        party: RequestParty::OwnOrganization,
        family: ServiceFamily::Azure,
        title: "Quota for our lab".into(),
        description: "32 more vCPUs in West Europe.".into(),
        severity: Severity::Minimal,
        support_topic_id: None,
        support_topic_name: None,
        contact: contact(),
        azure: Some(AzureDetails {
            issue_type: IssueType::ServiceAndSubscriptionLimits,
            azure_subscription_id: "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716".into(),
            service_id: String::new(),
            problem_type: "compute-vm-cores".into(),
            problem_subtype: String::new(),
            problem_start: None,
            advanced_diagnostic_consent: true,
            support_plan: SupportPlan::AzureSupportPlan,
        }),
        own_support_plan: Some(OwnSupportPlan {
            kind: OwnSupportPlanKind::MpnContract,
            id: "1234567".into(),
        }),
        attachment: None,
    }
}

fn clear_mock_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(STORAGE_KEY).unwrap();
}

/// A mock on the browser's storage that tries each call once, so that injected failures show.
fn mock(options: MockOptions) -> MockBackend {
    MockBackend::with_retry(
        options,
        partner_support_desk::backend::mock::Storage::default_for_platform(),
        partner_support_desk::backend::RetryPolicy::ONCE,
    )
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn http(timeout_ms: u32) -> HttpBackend {
    HttpBackend::new(API, timeout_ms, "en-US")
}

async fn control_get(action: &str) -> Value {
    let response = Request::get(&format!("{CONTROL}/__control/{action}"))
        .send()
        .await
        .unwrap();
    serde_json::from_str(&response.text().await.unwrap()).unwrap()
}

async fn control_post(action: &str, body: Value) {
    let response = Request::post(&format!("{CONTROL}/__control/{action}"))
        .header("Content-Type", "application/json")
        .body(body.to_string())
        .unwrap()
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200, "control {action}");
}

async fn fault(route: &str, kind: &str, times: u32, extra: Value) {
    let mut body = json!({ "route": route, "kind": kind, "times": times });
    if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
        body.extend(extra.clone());
    }
    control_post("fault", body).await;
}

/// The calls the contract server received on `route` since the last reset.
async fn calls(route: &str) -> Vec<Value> {
    let log = control_get("log").await;
    log.as_array()
        .unwrap()
        .iter()
        .filter(|c| c["route"] == route)
        .cloned()
        .collect()
}

/// Resets the contract server; `false` (test skipped) when it is not running and not required.
async fn contract_server() -> bool {
    let reachable = match Request::post(&format!("{CONTROL}/__control/reset"))
        .send()
        .await
    {
        Ok(response) => response.status() == 200,
        Err(_) => false,
    };
    if !reachable {
        if option_env!("CONTRACT_REQUIRED") == Some("1") {
            panic!("the contract server is not running at {CONTROL}: start tests/contract-server/start.sh");
        }
        console_log!(
            "SKIPPED: contract server not running at {CONTROL} (tests/contract-server/start.sh)"
        );
    }
    reachable
}

// ---------------------------------------------------------------------------------------------
// The in-browser mock

#[wasm_bindgen_test]
async fn mock_keeps_a_created_request_and_a_note_across_a_re_created_backend() {
    clear_mock_storage();
    let backend = mock(MockOptions::default());
    let customer = backend.all_customers().await.unwrap().remove(0);
    let created = backend
        .create_service_request(
            &office_request(&customer.id, "Persist me"),
            &new_request_id(),
        )
        .await
        .unwrap();
    backend
        .add_note(
            &created.id,
            "Still broken after the restart.",
            &new_request_id(),
        )
        .await
        .unwrap();
    let seed_request = backend
        .all_service_requests()
        .await
        .unwrap()
        .into_iter()
        .find(|r| r.id != created.id)
        .unwrap();
    backend
        .add_note(
            &seed_request.id,
            "A note on a seed request.",
            &new_request_id(),
        )
        .await
        .unwrap();

    let reloaded = Backend::from_config(&BackendChoice::Mock(MockOptions::default()), "en-US");
    let found = reloaded.service_request(&created.id).await.unwrap();
    assert_eq!(found.title, "Persist me");
    assert_eq!(
        found.notes.last().unwrap().text,
        "Still broken after the restart."
    );
    let listed = reloaded
        .customer_service_requests(&customer.id)
        .await
        .unwrap();
    assert!(listed.iter().any(|r| r.id == created.id));
    let seed_again = reloaded.service_request(&seed_request.id).await.unwrap();
    assert_eq!(
        seed_again.notes.last().unwrap().text,
        "A note on a seed request."
    );
    clear_mock_storage();
}

#[wasm_bindgen_test]
async fn mock_creates_once_per_request_id_even_after_a_reload() {
    clear_mock_storage();
    let backend = mock(MockOptions::default());
    let customer = backend.all_customers().await.unwrap().remove(3);
    let key = new_request_id();
    assert_eq!(key.len(), 36, "crypto.randomUUID: {key}");
    let before = backend.all_service_requests().await.unwrap().len();
    let first = backend
        .create_service_request(&office_request(&customer.id, "Once"), &key)
        .await
        .unwrap();
    let second = backend
        .create_service_request(&office_request(&customer.id, "Once"), &key)
        .await
        .unwrap();
    assert_eq!(first, second);
    let reloaded = mock(MockOptions::default());
    let third = reloaded
        .create_service_request(&office_request(&customer.id, "Once"), &key)
        .await
        .unwrap();
    assert_eq!(first.id, third.id);
    assert_eq!(
        reloaded.all_service_requests().await.unwrap().len(),
        before + 1
    );
    clear_mock_storage();
}

#[wasm_bindgen_test]
async fn mock_ignores_corrupt_storage() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(STORAGE_KEY, "{\"version\":1,\"created\":[{\"broken\"")
        .unwrap();
    let backend = mock(MockOptions::default());
    assert!(backend.all_service_requests().await.unwrap().len() >= 10);
    let customer = backend.all_customers().await.unwrap().remove(0);
    backend
        .create_service_request(
            &office_request(&customer.id, "After corruption"),
            &new_request_id(),
        )
        .await
        .unwrap();
    assert!(storage
        .get_item(STORAGE_KEY)
        .unwrap()
        .unwrap()
        .contains("After corruption"));
    clear_mock_storage();
}

#[wasm_bindgen_test]
async fn mock_injects_failures_deterministically_and_waits_for_latency() {
    clear_mock_storage();
    let always = mock(MockOptions {
        failure_rate: 1.0,
        ..MockOptions::default()
    });
    let error = always
        .support_topics(ServiceFamily::Office365)
        .await
        .unwrap_err();
    assert!(
        matches!(error, BackendError::Busy { status: 503, .. }),
        "{error:?}"
    );
    assert_eq!(
        (partner_support_desk::i18n::Locale::English
            .strings()
            .app
            .backend_error)(&error),
        "Microsoft's service is busy. Try again in a minute."
    );

    let outcomes = |backend: MockBackend| async move {
        let mut outcomes = Vec::new();
        for _ in 0..40 {
            outcomes.push(backend.support_topics(ServiceFamily::Azure).await.is_ok());
        }
        outcomes
    };
    let options = MockOptions {
        failure_rate: 0.5,
        seed: 11,
        ..MockOptions::default()
    };
    let a = outcomes(mock(options.clone())).await;
    let b = outcomes(mock(options)).await;
    assert_eq!(a, b, "the same seed fails the same calls");
    assert!(a.iter().any(|ok| *ok) && a.iter().any(|ok| !*ok));

    let slow = mock(MockOptions {
        latency_ms: 120,
        ..MockOptions::default()
    });
    let start = now_ms();
    slow.customer(OWN_ORGANIZATION_ID).await.unwrap_err();
    assert!(now_ms() - start >= 100.0, "latency {}", now_ms() - start);
}

#[wasm_bindgen_test]
async fn mock_generates_customers_for_load() {
    let backend = mock(MockOptions {
        generated_customers: Some(10_000),
        seed: 3,
        ..MockOptions::default()
    });
    let customers = backend.all_customers().await.unwrap();
    assert_eq!(customers.len(), 10_000);
    let page = backend
        .customers(&CustomerQuery {
            name_prefix: Some("рога".into()),
            page_size: 50,
            continuation: None,
        })
        .await
        .unwrap();
    assert_eq!(page.customers[0].company_name, "Рога и копыта");
}

// ---------------------------------------------------------------------------------------------
// The HTTP adapter against the contract server (through Prism, which answers 422 to any
// request that breaks api/openapi.yaml)

#[wasm_bindgen_test]
async fn http_creates_lists_reads_and_adds_a_note() {
    if !contract_server().await {
        return;
    }
    let backend = Backend::from_config(
        &BackendChoice::Http {
            api_base_url: API.into(),
            timeout_ms: 5_000,
        },
        "en-US",
    );
    let key = new_request_id();
    let created = backend
        .create_service_request(&office_request(CONTOSO, "Mail flow stopped"), &key)
        .await
        .unwrap();
    assert_eq!(created.title, "Mail flow stopped");
    assert_eq!(created.status, RequestStatus::Open);
    assert_eq!(created.severity, Some(Severity::Critical));
    assert_eq!(created.family, ServiceFamily::Office365);
    assert_eq!(created.customer_id.as_deref(), Some(CONTOSO));
    assert_eq!(created.customer_name.as_deref(), Some("Contoso GmbH"));
    assert!(created.created.is_some() && created.closed.is_none());

    let again = backend
        .create_service_request(&office_request(CONTOSO, "Mail flow stopped"), &key)
        .await
        .unwrap();
    assert_eq!(again.id, created.id, "same MS-RequestId, same request");

    let customer_requests = backend.customer_service_requests(CONTOSO).await.unwrap();
    assert!(customer_requests.iter().any(|r| r.id == created.id));
    assert!(customer_requests
        .iter()
        .all(|r| r.customer_id.as_deref() == Some(CONTOSO)));
    let all = backend.all_service_requests().await.unwrap();
    assert!(all.iter().any(|r| r.id == created.id));
    for status in [
        RequestStatus::Open,
        RequestStatus::Closed,
        RequestStatus::AttentionNeeded,
    ] {
        assert!(all.iter().any(|r| r.status == status), "{status:?}");
    }
    assert_eq!(backend.service_request(&created.id).await.unwrap(), created);

    let note_key = new_request_id();
    let noted = backend
        .add_note(&created.id, "Customer confirms the outage.", &note_key)
        .await
        .unwrap();
    assert_eq!(
        noted.notes.last().unwrap().text,
        "Customer confirms the outage."
    );
    assert!(noted.modified >= created.modified);
    let retried = backend
        .add_note(&created.id, "Customer confirms the outage.", &note_key)
        .await
        .unwrap();
    assert_eq!(
        retried.notes.len(),
        noted.notes.len(),
        "a retry adds nothing"
    );

    let count = control_get("count").await;
    assert_eq!(count["serviceRequests"], 5);
    assert_eq!(count["notes"], 1);
    let patch = &calls("note").await[0];
    assert_eq!(patch["headers"]["content-type"], "application/json");
    assert_eq!(patch["headers"]["ms-requestid"], note_key.as_str());
}

#[wasm_bindgen_test]
async fn http_a_key_reused_with_other_answers_names_the_request_filed() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    let key = new_request_id();
    let first = backend
        .create_service_request(&office_request(CONTOSO, "Mail flow stopped"), &key)
        .await
        .unwrap();
    let changed = office_request(CONTOSO, "Mail flow stopped since 09:00");
    assert_eq!(
        backend.create_service_request(&changed, &key).await,
        Err(BackendError::AlreadyFiled {
            request_id: first.id.clone()
        })
    );
    assert_eq!(control_get("count").await["serviceRequests"], 5);
    // The same answers still give the filed request.
    let again = backend
        .create_service_request(&office_request(CONTOSO, "Mail flow stopped"), &key)
        .await
        .unwrap();
    assert_eq!(again.id, first.id);

    let note_key = new_request_id();
    backend
        .add_note(&first.id, "First words", &note_key)
        .await
        .unwrap();
    assert_eq!(
        backend.add_note(&first.id, "Other words", &note_key).await,
        Err(BackendError::AlreadyFiled {
            request_id: first.id.clone()
        })
    );
    assert_eq!(control_get("count").await["notes"], 1);
}

#[wasm_bindgen_test]
async fn http_an_azure_request_says_its_issue_type() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    let own = backend
        .create_service_request(&own_azure_request(), &new_request_id())
        .await
        .unwrap();
    assert_eq!(own.issue_type, own_azure_request().issue_type());
    assert_eq!(own.incident_kind(), own_azure_request().incident_kind());
    let read = backend.service_request(&own.id).await.unwrap();
    assert_eq!(read.issue_type, own.issue_type);
}

#[wasm_bindgen_test]
async fn http_files_a_request_with_its_file_and_a_refused_file_is_a_bad_request() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    let file = Attachment {
        name: "quota-error.png".into(),
        size: 5,
        content_type: "image/png".into(),
        // "hello", base64.
        content: Some("aGVsbG8=".into()),
    };
    let with_file = NewServiceRequest {
        attachment: Some(file.clone()),
        ..own_azure_request()
    };
    let filed = backend
        .create_service_request(&with_file, &new_request_id())
        .await
        .unwrap();
    let named = |r: &partner_support_desk::domain::ServiceRequest| {
        r.attachments
            .iter()
            .map(|a| (a.name.clone(), a.size))
            .collect::<Vec<_>>()
    };
    assert_eq!(named(&filed), [("quota-error.png".to_owned(), 5)]);
    let read = backend.service_request(&filed.id).await.unwrap();
    assert_eq!(named(&read), named(&filed));
    let kept = control_get(&format!("attachment?request={}", filed.id)).await;
    assert_eq!(kept["content"], "aGVsbG8=");

    // A server keeps the portal's rules too, whatever a client checked.
    let script = NewServiceRequest {
        attachment: Some(Attachment {
            name: "fix.ps1".into(),
            ..file
        }),
        ..own_azure_request()
    };
    let refused = backend
        .create_service_request(&script, &new_request_id())
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, BackendError::BadRequest { message } if message.contains(".ps1")),
        "{refused:?}"
    );
}

#[wasm_bindgen_test]
async fn http_files_and_lists_the_partners_own_requests() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    let own = backend
        .create_service_request(&own_azure_request(), &new_request_id())
        .await
        .unwrap();
    assert_eq!(own.customer_id, None);
    assert_eq!(own.family, ServiceFamily::Azure);
    let listed = backend
        .customer_service_requests(OWN_ORGANIZATION_ID)
        .await
        .unwrap();
    assert!(listed.iter().any(|r| r.id == own.id));
    assert!(listed.iter().all(|r| r.customer_id.is_none()));
    let subscriptions = backend.subscriptions(OWN_ORGANIZATION_ID).await.unwrap();
    assert!(subscriptions
        .iter()
        .any(|s| s.family == ServiceFamily::Azure && s.azure_subscription_id.is_some()));
}

#[wasm_bindgen_test]
async fn http_reads_customers_page_by_page() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    let mut query = CustomerQuery {
        name_prefix: None,
        page_size: 3,
        continuation: None,
    };
    let mut names = Vec::new();
    let mut pages = 0;
    loop {
        let page = backend.customers(&query).await.unwrap();
        assert_eq!(page.total, Some(7));
        names.extend(page.customers.into_iter().map(|c| c.company_name));
        pages += 1;
        match page.continuation {
            Some(next) => query.continuation = Some(next),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(names.len(), 7);
    let second = &calls("customers").await[1];
    assert!(second["path"]
        .as_str()
        .unwrap()
        .contains("seekOperation=Next"));
    assert!(second["headers"]["ms-continuationtoken"].is_string());

    // Reading them all goes through the same pages, as the customers page does.
    let all = Backend::Http(backend.clone())
        .all_customers()
        .await
        .unwrap();
    assert_eq!(
        all.iter()
            .map(|c| c.company_name.clone())
            .collect::<Vec<_>>(),
        names
    );
    let germany = all.iter().find(|c| c.cloud == Cloud::Germany).unwrap();
    assert_eq!(germany.company_name, "Müller & Söhne Straßenbau");

    let filtered = backend
        .customers(&CustomerQuery {
            name_prefix: Some("рога".into()),
            page_size: 10,
            continuation: None,
        })
        .await
        .unwrap();
    assert_eq!(filtered.customers.len(), 1);
    assert_eq!(filtered.customers[0].company_name, "Рога и копыта");

    let contoso = backend.customer(CONTOSO).await.unwrap();
    assert_eq!(contoso.other_domains, ["contoso.de", "contoso.com"]);
    assert_eq!(contoso.country.as_deref(), Some("DE"));
    let subscriptions = backend.subscriptions(CONTOSO).await.unwrap();
    assert!(subscriptions
        .iter()
        .any(|s| s.family == ServiceFamily::Azure));
    let topics = backend
        .support_topics(ServiceFamily::Office365)
        .await
        .unwrap();
    assert!(topics.len() >= 4 && topics.iter().all(|t| t.family == ServiceFamily::Office365));
    assert!(topics.iter().any(|t| t.id == "32444680" && t.common));
}

#[wasm_bindgen_test]
async fn http_sends_the_partner_center_headers() {
    if !contract_server().await {
        return;
    }
    let backend = Backend::Http(http(5_000));
    backend.support_topics(ServiceFamily::Azure).await.unwrap();
    backend.set_access_token(Some("token-123".into()));
    backend.support_topics(ServiceFamily::Azure).await.unwrap();
    backend.set_access_token(None);
    backend.support_topics(ServiceFamily::Azure).await.unwrap();
    let topics = calls("topics").await;
    assert_eq!(topics.len(), 3);
    let headers: Vec<&Value> = topics.iter().map(|c| &c["headers"]).collect();
    assert!(headers[0].get("authorization").is_none());
    assert_eq!(headers[1]["authorization"], "Bearer token-123");
    assert!(headers[2].get("authorization").is_none());
    for h in &headers {
        assert_eq!(h["accept"], "application/json");
        assert_eq!(h["x-locale"], "en-US");
        assert_eq!(h["ms-requestid"].as_str().unwrap().len(), 36);
        assert_eq!(h["ms-correlationid"].as_str().unwrap().len(), 36);
        assert!(h.get("cookie").is_none());
    }
    assert_ne!(
        headers[0]["ms-requestid"], headers[1]["ms-requestid"],
        "a new MS-RequestId per call"
    );

    // The partner switches to Russian: the next calls say so.
    backend.set_locale("ru-RU");
    backend.support_topics(ServiceFamily::Azure).await.unwrap();
    let after = calls("topics").await;
    assert_eq!(after.len(), 4);
    assert_eq!(after[3]["headers"]["x-locale"], "ru-RU");
}

#[wasm_bindgen_test]
async fn http_maps_error_answers() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    fault("request", "404-json", 1, json!({})).await;
    assert_eq!(
        backend.service_request("625110300010001").await,
        Err(BackendError::NotFound)
    );
    assert_eq!(
        backend.service_request("999").await,
        Err(BackendError::NotFound),
        "a real 404"
    );
    assert_eq!(
        backend
            .customer("00000000-0000-4000-8000-000000000000")
            .await,
        Err(BackendError::NotFound)
    );

    fault("create", "400", 1, json!({})).await;
    let error = backend
        .create_service_request(&office_request(CONTOSO, "x"), &new_request_id())
        .await
        .unwrap_err();
    assert_eq!(
        error,
        BackendError::BadRequest {
            message: "Injected 400.".into()
        }
    );
    assert!((partner_support_desk::i18n::Locale::English
        .strings()
        .app
        .backend_error)(&error)
    .contains("Injected 400."));

    // A request that breaks api/openapi.yaml never reaches the server: Prism answers 422.
    let mut untitled = office_request(CONTOSO, "");
    untitled.title.clear();
    let before = control_get("count").await["creates"].clone();
    let error = backend
        .create_service_request(&untitled, &new_request_id())
        .await
        .unwrap_err();
    assert!(
        matches!(&error, BackendError::BadRequest { message } if message.contains("not valid")),
        "{error:?}"
    );
    assert_eq!(control_get("count").await["creates"], before);

    fault("requests", "401", 1, json!({})).await;
    assert_eq!(
        backend.all_service_requests().await,
        Err(BackendError::Unauthorized)
    );
    fault("requests", "403", 1, json!({})).await;
    assert_eq!(
        backend.all_service_requests().await,
        Err(BackendError::Forbidden)
    );
    fault("note", "409", 1, json!({})).await;
    assert_eq!(
        backend
            .add_note("625110300010001", "x", &new_request_id())
            .await,
        Err(BackendError::Conflict)
    );

    fault("requests", "500", 1, json!({})).await;
    let before = calls("requests").await.len();
    assert_eq!(
        backend.all_service_requests().await,
        Err(BackendError::Server {
            status: 500,
            message: Some("Internal Server Error".into())
        })
    );
    assert_eq!(
        calls("requests").await.len(),
        before + 1,
        "a 500 is not retried"
    );
}

#[wasm_bindgen_test]
async fn http_retries_busy_answers_and_honours_retry_after() {
    if !contract_server().await {
        return;
    }
    let backend = http(5_000);
    // A rate limit (429) and a busy service (503) alike.
    for status in [429_u16, 503] {
        let kind = status.to_string();
        let before = calls("topics").await.len();
        fault("topics", &kind, 1, json!({ "retryAfter": 1 })).await;
        let start = now_ms();
        let topics = backend.support_topics(ServiceFamily::Azure).await.unwrap();
        assert!(!topics.is_empty());
        assert!(
            now_ms() - start >= 950.0,
            "{status}: waited {} ms for Retry-After: 1",
            now_ms() - start
        );
        let attempts = calls("topics").await;
        assert_eq!(attempts.len(), before + 2, "{status}");
        assert_eq!(
            attempts[before]["headers"]["ms-requestid"],
            attempts[before + 1]["headers"]["ms-requestid"],
            "{status}: one operation"
        );

        fault("topics", &kind, 3, json!({ "retryAfter": 1 })).await;
        let error = backend
            .support_topics(ServiceFamily::Azure)
            .await
            .unwrap_err();
        let busy = |secs| BackendError::Busy {
            status,
            retry_after_secs: Some(secs),
        };
        assert_eq!(error, busy(1));
        assert_eq!(
            calls("topics").await.len(),
            before + 5,
            "{status}: three attempts at most"
        );

        fault("topics", &kind, 1, json!({ "retryAfter": 120 })).await;
        let error = backend
            .support_topics(ServiceFamily::Azure)
            .await
            .unwrap_err();
        assert_eq!(error, busy(120), "too long to wait: say so");
        assert_eq!(
            calls("topics").await.len(),
            before + 6,
            "{status}: not retried"
        );
        assert_eq!(
            (partner_support_desk::i18n::Locale::English
                .strings()
                .app
                .backend_error)(&error),
            "Microsoft's service is busy. Try again in 120 seconds."
        );
    }

    for kind in ["502", "503", "504"] {
        fault("customer", kind, 1, json!({ "retryAfter": 0 })).await;
        assert_eq!(
            backend.customer(CONTOSO).await.unwrap().id,
            CONTOSO,
            "{kind} is retried"
        );
    }
}

#[wasm_bindgen_test]
async fn http_reports_malformed_json_as_unreadable() {
    if !contract_server().await {
        return;
    }
    // Prism parses JSON answers itself and replaces a broken one with its own 500, so this
    // case talks to the contract server directly.
    let direct = HttpBackend::new(&format!("{CONTROL}/v1"), 5_000, "en-US");
    fault("requests", "malformed", 1, json!({})).await;
    let error = direct.all_service_requests().await.unwrap_err();
    assert!(matches!(error, BackendError::Unreadable(_)), "{error:?}");
    assert!(!error.is_retryable());
    assert_eq!(
        (partner_support_desk::i18n::Locale::English.strings().app.backend_error)(&error),
        "The server's answer could not be read. Try again; if it keeps happening, tell your administrator."
    );

    fault("requests", "malformed", 1, json!({})).await;
    let through_prism = http(5_000).all_service_requests().await.unwrap_err();
    assert!(
        matches!(through_prism, BackendError::Server { status: 500, .. }),
        "{through_prism:?}"
    );
}

#[wasm_bindgen_test]
async fn http_retries_a_timed_out_create_with_the_same_request_id() {
    if !contract_server().await {
        return;
    }
    let backend = http(1_000);
    // The server stores the request, then answers after 2.5 s: the answer is what gets lost.
    fault("create", "timeout", 1, json!({ "delayMs": 2_500 })).await;
    let key = new_request_id();
    let before = control_get("count").await["serviceRequests"]
        .as_u64()
        .unwrap();
    let created = backend
        .create_service_request(&office_request(CONTOSO, "Timed out once"), &key)
        .await
        .unwrap();
    assert_eq!(created.title, "Timed out once");
    let count = control_get("count").await;
    assert_eq!(
        count["serviceRequests"].as_u64().unwrap(),
        before + 1,
        "exactly one request"
    );
    assert_eq!(
        count["createRequestIds"],
        json!([key, key]),
        "the retry reused the MS-RequestId"
    );

    fault("request", "timeout", 3, json!({ "delayMs": 1_500 })).await;
    let start = now_ms();
    let error = http(400).service_request(&created.id).await.unwrap_err();
    assert_eq!(error, BackendError::Timeout);
    assert!(now_ms() - start < 4_000.0);
    assert_eq!(calls("request").await.len(), 3);
}
