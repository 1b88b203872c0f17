//! Component tests for the error summary, the request list, help and the profile, in headless
//! Chromium: `cargo test --target wasm32-unknown-unknown --test browser_requests`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use leptos::prelude::*;
use leptos_router::components::Router;
use partner_support_desk::components::error_summary::{ErrorSummary, FormError};
use partner_support_desk::components::request_list::RequestList;
use partner_support_desk::domain::{
    RequestStatus, ServiceFamily, ServiceRequest, Severity, Timestamp,
};
use partner_support_desk::pages::help::Help;
use partner_support_desk::pages::profile::Profile;
use support::{all, click, mount, one, texts, tick, type_into, until};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn active_element() -> Option<web_sys::Element> {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
}

fn active_id() -> String {
    active_element().map(|e| e.id()).unwrap_or_default()
}

/// The text of the element with the focus (a request link's is the request's number).
fn active_text() -> Option<String> {
    active_element().and_then(|e| e.text_content())
}

/// Sets the address the list reads its filters from, without reloading the test page.
fn set_query(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
}

/// Picks an option of a `<select>` as a user would: sets the value and fires `change`.
fn choose(select: &web_sys::HtmlElement, value: &str) {
    js_sys::Reflect::set(select, &"value".into(), &value.into()).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    select.dispatch_event(&event).unwrap();
}

fn value_of(control: &web_sys::HtmlElement) -> String {
    js_sys::Reflect::get(control, &"value".into())
        .unwrap()
        .as_string()
        .unwrap_or_default()
}

fn current_query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn error_summary_links_each_error_to_its_field_and_takes_focus() {
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    let root = mount(move || {
        view! {
            <ErrorSummary errors attempt />
            <label for="summary-title">"Title"</label>
            <input id="summary-title" type="text" />
            <label for="summary-email">"E-mail"</label>
            <input id="summary-email" type="text" />
        }
    });
    tick().await;
    assert!(
        root.query_selector(".error-summary").unwrap().is_none(),
        "hidden without errors"
    );

    errors.set(vec![
        FormError::new("summary-title", "Enter a title for the request"),
        FormError::new("summary-email", "Enter your e-mail address"),
    ]);
    attempt.set(1);
    tick().await;

    let summary = one(&root, ".error-summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(texts(&root, ".error-summary h2"), ["There is a problem"]);
    let links = all(&root, ".error-summary a");
    let hrefs: Vec<String> = links
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(hrefs, ["#summary-title", "#summary-email"]);
    assert_eq!(
        texts(&root, ".error-summary a"),
        ["Enter a title for the request", "Enter your e-mail address"]
    );
    until(document_active_is_summary).await;

    click(links.get(1).unwrap());
    tick().await;
    assert_eq!(active_id(), "summary-email");
    click(links.first().unwrap());
    tick().await;
    assert_eq!(active_id(), "summary-title");

    // The next failed submit moves focus back to the summary.
    attempt.set(2);
    until(document_active_is_summary).await;
}

fn document_active_is_summary() -> bool {
    web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element()
        .map(|e| e.class_list().contains("error-summary"))
        .unwrap_or(false)
}

fn seed_request(
    id: &str,
    title: &str,
    customer: Option<&str>,
    status: RequestStatus,
    severity: Severity,
    family: ServiceFamily,
    modified: i64,
) -> ServiceRequest {
    ServiceRequest {
        id: id.to_owned(),
        title: title.to_owned(),
        description: String::new(),
        severity: Some(severity),
        status,
        support_topic_id: None,
        support_topic_name: None,
        customer_id: customer.map(|c| format!("cust-{}", c.len())),
        customer_name: customer.map(str::to_owned),
        product_name: None,
        product_id: None,
        family,
        primary_contact: None,
        created: Some(Timestamp(modified)),
        modified: Some(Timestamp(modified)),
        closed: None,
        notes: Vec::new(),
        country_code: None,
        issue_type: None,
        attachments: Vec::new(),
    }
}

fn sample() -> Vec<ServiceRequest> {
    vec![
        seed_request(
            "7001",
            "Mail flow stopped",
            Some("Contoso GmbH"),
            RequestStatus::Open,
            Severity::Critical,
            ServiceFamily::Office365,
            1_700_000_000_000,
        ),
        seed_request(
            "7002",
            "<b>VPN</b> drops",
            Some("Müller AG"),
            RequestStatus::AttentionNeeded,
            Severity::Moderate,
            ServiceFamily::Azure,
            1_700_100_000_000,
        ),
        seed_request(
            "7003",
            "Invoice question",
            None,
            RequestStatus::Closed,
            Severity::Minimal,
            ServiceFamily::Office365,
            1_600_000_000_000,
        ),
    ]
}

#[wasm_bindgen_test]
async fn request_list_renders_a_row_per_request_newest_first_as_text() {
    set_query("");
    let root =
        mount(|| view! { <Router><RequestList requests=sample() show_customer=true /></Router> });
    tick().await;

    assert_eq!(
        texts(&root, "tbody .request-link"),
        ["7002", "7001", "7003"]
    );
    let first = one(&root, "tbody .request-link");
    assert_eq!(
        first.get_attribute("href").as_deref(),
        Some("/requests/7002")
    );
    // Titles are text, never markup.
    assert!(root.query_selector("tbody b").unwrap().is_none());
    assert_eq!(texts(&root, "tbody .request-title")[0], "<b>VPN</b> drops");
    assert_eq!(
        texts(&root, "tbody td[data-label=Customer]"),
        ["Müller AG", "Contoso GmbH", "My organization"]
    );
    assert_eq!(
        texts(&root, "tbody .badge")[..2],
        ["B – Moderate".to_owned(), "Attention needed".to_owned()]
    );
    let labels: Vec<String> = all(&root, "tbody tr:first-child td")
        .iter()
        .map(|td| td.get_attribute("data-label").unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        [
            "Request",
            "Title",
            "Customer",
            "Service",
            "Severity",
            "Status",
            "Last update"
        ]
    );
    let count = one(&root, "#request-count");
    assert_eq!(count.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(count.text_content().unwrap(), "3 service requests");
}

#[wasm_bindgen_test]
async fn request_list_search_and_filters_narrow_it_and_go_into_the_address() {
    set_query("");
    let root =
        mount(|| view! { <Router><RequestList requests=sample() show_customer=true /></Router> });
    tick().await;

    type_into(&one(&root, "#request-search"), "muller");
    tick().await;
    assert_eq!(texts(&root, "tbody .request-link"), ["7002"]);
    assert_eq!(
        one(&root, "#request-count").text_content().unwrap(),
        "1 of 3 service requests match"
    );
    assert_eq!(current_query(), "?q=muller");

    // A status that the match does not have: the "no match" state with a way out.
    choose(&one(&root, "#filter-status"), "closed");
    tick().await;
    assert_eq!(current_query(), "?status=closed&q=muller");
    assert_eq!(
        texts(&root, ".empty-state h2"),
        ["No request matches these filters"]
    );
    click(&one(&root, ".empty-state button"));
    tick().await;
    assert_eq!(current_query(), "");
    assert_eq!(all(&root, "tbody tr").len(), 3);
    assert_eq!(value_of(&one(&root, "#request-search")), "");
}

#[wasm_bindgen_test]
async fn request_list_reads_filters_and_sort_from_the_address() {
    set_query("?service=office-365&sort=oldest");
    let root =
        mount(|| view! { <Router><RequestList requests=sample() show_customer=false /></Router> });
    tick().await;
    assert_eq!(texts(&root, "tbody .request-link"), ["7003", "7001"]);
    assert!(root
        .query_selector("tbody td[data-label=Customer]")
        .unwrap()
        .is_none());
    assert_eq!(value_of(&one(&root, "#request-sort")), "oldest");
    assert_eq!(value_of(&one(&root, "#filter-service")), "office-365");
    assert_eq!(
        one(&root, "th[aria-sort]")
            .get_attribute("aria-sort")
            .as_deref(),
        Some("ascending")
    );
    set_query("");
}

/// `n` requests, numbered 8000 upwards, each updated after the one before; every other one is
/// about a VPN.
fn many(n: usize) -> Vec<ServiceRequest> {
    (0..n)
        .map(|i| {
            seed_request(
                &(8000 + i).to_string(),
                &format!("{} {i}", if i % 2 == 0 { "VPN drops" } else { "Mail flow" }),
                Some("Contoso GmbH"),
                RequestStatus::Open,
                Severity::Moderate,
                ServiceFamily::Azure,
                1_700_000_000_000 + i as i64 * 60_000,
            )
        })
        .collect()
}

#[wasm_bindgen_test]
async fn a_long_request_list_shows_a_page_at_a_time_and_the_focus_goes_to_the_next() {
    set_query("");
    let root =
        mount(|| view! { <Router><RequestList requests=many(120) show_customer=true /></Router> });
    tick().await;
    let links = || texts(&root, "tbody .request-link");
    assert_eq!(links().len(), 50);
    assert_eq!(links()[0], "8119");
    assert_eq!(links()[49], "8070");
    assert_eq!(
        one(&root, "#request-count").text_content().unwrap(),
        "120 service requests"
    );
    assert_eq!(
        texts(&root, ".list-more p"),
        ["Showing the first 50 of 120"]
    );
    let more = || one(&root, ".list-more button");
    assert_eq!(more().text_content().unwrap(), "Show 50 more requests");

    // The search and the rows below change as the partner types; the table stays the same one.
    let table = one(&root, "table");
    type_into(&one(&root, "#request-search"), "80");
    tick().await;
    assert!(table.is_same_node(Some(&one(&root, "table"))));
    assert_eq!(links().len(), 50);
    type_into(&one(&root, "#request-search"), "");
    tick().await;

    click(&more());
    until(|| links().len() == 100).await;
    assert_eq!(current_query(), "?shown=100");
    assert_eq!(links()[50], "8069");
    // The focus goes to the first request of the new page, so the keyboard carries on there.
    until(|| active_text().as_deref() == Some("8069")).await;
    assert_eq!(
        texts(&root, ".list-more p"),
        ["Showing the first 100 of 120"]
    );
    assert_eq!(more().text_content().unwrap(), "Show 20 more requests");
    click(&more());
    until(|| links().len() == 120).await;
    assert_eq!(current_query(), "?shown=150");
    assert!(root.query_selector(".list-more").unwrap().is_none());
    assert_eq!(links()[119], "8000");

    // Other filters start again at one page.
    type_into(&one(&root, "#request-search"), "vpn");
    tick().await;
    assert_eq!(current_query(), "?q=vpn");
    assert_eq!(links().len(), 50);
    assert_eq!(links()[0], "8118");
    assert_eq!(
        one(&root, "#request-count").text_content().unwrap(),
        "60 of 120 service requests match"
    );
    assert_eq!(texts(&root, ".list-more p"), ["Showing the first 50 of 60"]);
    assert_eq!(more().text_content().unwrap(), "Show 10 more requests");
    set_query("");
}

#[wasm_bindgen_test]
async fn back_on_a_long_list_it_shows_as_many_and_the_focus_is_on_the_request_opened() {
    set_query("?shown=100");
    partner_support_desk::browser::note_in_history("openedRequest", "8040");
    let root =
        mount(|| view! { <Router><RequestList requests=many(120) show_customer=false /></Router> });
    until(|| all(&root, "tbody tr").len() == 100).await;
    until(|| active_text().as_deref() == Some("8040")).await;
    // A request no longer listed (here: not matching) leaves the focus where it is.
    set_query("?q=vpn");
    partner_support_desk::browser::note_in_history("openedRequest", "8041");
    let narrowed =
        mount(|| view! { <Router><RequestList requests=many(120) show_customer=false /></Router> });
    until(|| all(&narrowed, "tbody tr").len() == 50).await;
    tick().await;
    assert_eq!(active_text().as_deref(), Some("8040"));
    set_query("");
}

#[wasm_bindgen_test]
async fn request_list_without_requests_says_so() {
    set_query("");
    let root =
        mount(|| view! { <Router><RequestList requests=Vec::new() show_customer=true /></Router> });
    tick().await;
    assert_eq!(texts(&root, ".empty-state h2"), ["No service requests yet"]);
    assert!(root.query_selector("table").unwrap().is_none());
    assert!(texts(&root, ".empty-state p")[0].contains("open a customer"));

    let customer = mount(|| {
        view! {
            <Router>
                <RequestList requests=Vec::new() show_customer=false empty_hint="Choose New service request." />
            </Router>
        }
    });
    tick().await;
    assert_eq!(
        texts(&customer, ".empty-state p"),
        ["Choose New service request."]
    );
}

#[wasm_bindgen_test]
async fn help_has_a_contents_list_and_the_response_time_table() {
    let root = mount(|| view! { <Router><Help /></Router> });
    tick().await;
    let headings = texts(&root, ".help-section h2");
    assert!(headings.len() >= 6, "{headings:?}");
    let toc = texts(&root, "nav.toc li a");
    assert_eq!(toc, headings, "the contents list every question");
    for link in all(&root, "nav.toc li a") {
        let target = link.get_attribute("href").unwrap();
        assert!(
            root.query_selector(&format!("h2{target}"))
                .unwrap()
                .is_some(),
            "{target}"
        );
    }
    assert_eq!(
        texts(&root, ".response-times caption"),
        ["Initial response times for critical technical incidents"]
    );
    assert_eq!(
        texts(&root, ".response-times tbody th"),
        ["A – Critical", "B – Moderate", "C – Minimal"]
    );
    assert_eq!(
        texts(&root, ".response-times__target"),
        ["2 hours", "4 hours", "8 hours"]
    );
}

#[wasm_bindgen_test]
async fn profile_shows_the_errors_of_an_empty_submit_with_the_error_title() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("psd.profile.v1").unwrap();
    let root = mount(|| view! { <Router><Profile /></Router> });
    tick().await;
    click(&one(&root, "form button[type=submit]"));
    tick().await;
    let hrefs: Vec<String> = all(&root, ".error-summary a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(&hrefs[..3], ["#first-name", "#last-name", "#email"]);
    assert_eq!(
        one(&root, "#first-name")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    until(|| {
        web_sys::window()
            .unwrap()
            .document()
            .unwrap()
            .title()
            .starts_with("Error: ")
    })
    .await;
    assert!(
        storage.get_item("psd.profile.v1").unwrap().is_none(),
        "nothing saved"
    );
}
