//! Component tests of the flow shell, the draft keeper and the app's context, in headless
//! Chromium: `cargo test --target wasm32-unknown-unknown --test browser_flow`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use partner_support_desk::backend::mock::{MockBackend, Storage};
use partner_support_desk::backend::Backend;
use partner_support_desk::config::MockOptions;
use partner_support_desk::context::provide_backend;
use partner_support_desk::domain::{ServiceFamily, SupportTopic};
use partner_support_desk::drafts::notices::{DraftNotices, DraftSaved};
use partner_support_desk::drafts::Draft;
use partner_support_desk::pages::azure_request::AzureRequest;
use partner_support_desk::pages::service_request_form::topic::TopicStep;
use partner_support_desk::pages::service_requests::ServiceRequests;
use support::{all, click, mount, one, sleep_ms, texts, tick, type_into, until};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The mock's Contoso GmbH.
const CONTOSO: &str = "5eed0000-0000-4000-8057-000000000000";

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn go_to(address: &str) {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
        .unwrap();
}

fn location() -> String {
    let location = web_sys::window().unwrap().location();
    format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    )
}

#[wasm_bindgen_test]
async fn a_page_without_a_backend_says_the_app_is_not_set_up_not_that_the_network_failed() {
    let root = mount(|| view! { <Router><ServiceRequests /></Router> });
    until(|| root.query_selector("[role=alert]").unwrap().is_some()).await;
    let text = one(&root, "[role=alert]").text_content().unwrap();
    assert!(
        text.contains("The app is not set up to reach its service"),
        "{text}"
    );
    assert!(!text.contains("connection"), "{text}");
    assert!(
        all(&root, "[role=alert] button").is_empty(),
        "trying again cannot help"
    );
}

#[wasm_bindgen_test]
async fn the_shell_keeps_steps_in_order_and_shows_the_steps_errors() {
    local_storage()
        .remove_item(&format!("psd.draft.v1.azure.{CONTOSO}"))
        .unwrap();
    go_to(&format!("/customers/{CONTOSO}/azure/new?step=review"));
    let root = mount(|| {
        provide_backend(Backend::Mock(MockBackend::with_storage(
            MockOptions::default(),
            Storage::Nowhere,
        )));
        view! {
            <Router>
                <Routes fallback=|| "not found">
                    <Route path=path!("/customers/:customer_id/azure/new") view=AzureRequest />
                </Routes>
            </Router>
        }
    });
    until(|| root.query_selector("#step-heading").unwrap().is_some()).await;
    // The review cannot come before Basics is complete.
    until(|| location().ends_with("?step=basics")).await;
    assert_eq!(texts(&root, "#step-heading"), ["Basics"]);
    assert_eq!(
        texts(&root, ".steps [aria-current=step]"),
        ["Basics"],
        "the current step is marked for screen readers"
    );

    click(&one(&root, "button[type=submit]"));
    until(|| root.query_selector(".error-summary a").unwrap().is_some()).await;
    assert_eq!(
        texts(&root, ".error-summary a"),
        [
            "Select an issue type",
            "Select the Azure subscription",
            "Select a problem type",
            "Enter a title for the request"
        ],
        "only this step's errors, in the order of its fields"
    );
    assert_eq!(
        one(&root, "#title")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    type_into(&one(&root, "#title"), "VM does not start");
    tick().await;
    assert!(location().ends_with("?step=basics"), "{}", location());
    go_to("/");
}

/// A form with one field, kept as a draft.
#[component]
fn NoteForm() -> impl IntoView {
    let (draft, initial) = Draft::open("test", "note", String::new);
    let text = RwSignal::new(initial);
    draft.watch(move || text.get());
    view! {
        <DraftNotices
            keeper=draft.keeper
            on_discard=move |_| text.set(draft.discard())
            on_take_theirs=move |_| draft.take_theirs().into_iter().for_each(|t| text.set(t))
            on_keep_mine=move |_| drop(draft.keep_mine())
        />
        <input id="text" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
        <DraftSaved keeper=draft.keeper />
    }
}

fn other_tab_writes(key: &str, value: Option<&str>) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(key));
    init.set_new_value(value);
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn a_draft_saves_once_typing_stops_and_says_when_another_tab_changes_it() {
    const KEY: &str = "psd.draft.v1.test.note";
    local_storage().remove_item(KEY).unwrap();
    let root = mount(NoteForm);
    tick().await;
    let input = one(&root, "#text");
    type_into(&input, "Restarted");
    tick().await;
    assert_eq!(local_storage().get_item(KEY).unwrap(), None, "not yet");
    type_into(&input, "Restarted the VM");
    sleep_ms(300).await;
    assert_eq!(local_storage().get_item(KEY).unwrap(), None, "still typing");
    until(|| local_storage().get_item(KEY).unwrap().is_some()).await;
    let stored = local_storage().get_item(KEY).unwrap().unwrap();
    assert!(
        stored.contains(r#""answers":"Restarted the VM""#),
        "{stored}"
    );
    assert!(texts(&root, ".draft-status")[0].starts_with("Draft saved "));

    // Another tab saves other words: this tab says so and stops writing.
    let theirs = r#"{"saved_at":1,"answers":"Restarted the VM twice"}"#;
    local_storage().set_item(KEY, theirs).unwrap();
    other_tab_writes(KEY, Some(theirs));
    until(|| root.query_selector("#draft-conflict").unwrap().is_some()).await;
    type_into(&input, "Mine");
    sleep_ms(700).await;
    assert_eq!(
        local_storage().get_item(KEY).unwrap().as_deref(),
        Some(theirs),
        "not overwritten silently"
    );
    let take = all(&root, "#draft-conflict button")
        .into_iter()
        .find(|b| b.text_content().unwrap().contains("other tab"))
        .unwrap();
    click(&take);
    tick().await;
    let value = js_sys::Reflect::get(&input, &"value".into())
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(value, "Restarted the VM twice");
    assert!(root.query_selector("#draft-conflict").unwrap().is_none());

    // The same answers saved by the other tab are no conflict.
    let same = r#"{"saved_at":2,"answers":"Restarted the VM twice"}"#;
    other_tab_writes(KEY, Some(same));
    tick().await;
    assert!(root.query_selector("#draft-conflict").unwrap().is_none());

    // Sent in the other tab: said too.
    other_tab_writes(KEY, None);
    until(|| root.query_selector("#draft-conflict").unwrap().is_some()).await;
    assert!(one(&root, "#draft-conflict")
        .text_content()
        .unwrap()
        .contains("sent or discarded in another tab"));
    local_storage().remove_item(KEY).unwrap();
}

/// Forty topics in three categories, one in ten common: "Mail flow 0", "Sign-in 1", ...
fn forty_topics() -> Vec<SupportTopic> {
    (0..40)
        .map(|i| SupportTopic {
            id: (100 + i).to_string(),
            name: format!("{} {i}", ["Mail flow", "Sign-in", "Invoice", "Sync"][i % 4]),
            description: String::new(),
            category: ["Exchange Online", "Identity", "Billing"][i % 3].to_owned(),
            family: ServiceFamily::Office365,
            common: i % 10 == 0,
        })
        .collect()
}

/// The topics shown (their choice not hidden), by value, in the order on the page.
fn topics_shown(root: &web_sys::Element) -> Vec<String> {
    all(root, "input[name=support-topic]")
        .into_iter()
        .filter(|input| {
            let choice = input.closest(".choice").unwrap().unwrap();
            let group = input.closest(".topic-group").unwrap().unwrap();
            !choice.has_attribute("hidden") && !group.has_attribute("hidden")
        })
        .map(|input| input.get_attribute("value").unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn the_topic_filter_shows_and_hides_the_same_choices_and_a_choice_stays_in_sight() {
    let selected = RwSignal::new(String::new());
    let root = mount(move || {
        view! { <TopicStep topics=forty_topics() selected=selected error=Signal::derive(|| None::<String>) /> }
    });
    tick().await;
    // The common topics, under their categories: 100 and 130 (Exchange Online), 110 (Identity),
    // 120 (Billing).
    assert_eq!(topics_shown(&root), ["100", "130", "110", "120"]);
    let common = all(&root, "input[name=support-topic]:not([hidden] *)");
    assert_eq!(common.len(), 4);
    assert_eq!(
        one(&root, "#support-topic").get_attribute("value").unwrap(),
        "100"
    );
    // Once the browser is idle, the rest are laid out, hidden, around the common ones, which are
    // not built again: a topic with the focus keeps it.
    common[1].focus().unwrap();
    until(|| all(&root, "input[name=support-topic]").len() == 40).await;
    let focused = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .active_element();
    assert!(
        common[1].is_same_node(focused.as_ref().map(|e| e.as_ref())),
        "the focus is lost"
    );
    assert_eq!(topics_shown(&root), ["100", "130", "110", "120"]);
    let visible = all(&root, "input[name=support-topic]:not([hidden] *)");
    assert!(
        visible
            .iter()
            .zip(&common)
            .all(|(a, b)| a.is_same_node(Some(b)))
            && visible.len() == 4,
        "the common topics built again"
    );

    let filter = one(&root, "#topic-filter");
    type_into(&filter, "sync");
    tick().await;
    let laid_out = all(&root, "input[name=support-topic]");
    assert_eq!(
        laid_out.len(),
        40,
        "every topic laid out once the filter asks"
    );
    let shown = topics_shown(&root);
    assert_eq!(shown.len(), 10);
    assert!(
        shown
            .iter()
            .all(|v| (v.parse::<usize>().unwrap() - 100) % 4 == 3),
        "{shown:?}"
    );
    // The first topic shown carries the field's id (the error summary's link), and only it.
    assert_eq!(all(&root, "#support-topic").len(), 1);
    assert_eq!(
        one(&root, "#support-topic").get_attribute("value").unwrap(),
        shown[0]
    );
    let label = one(&root, "label[for=support-topic]");
    assert_eq!(
        label.text_content().unwrap(),
        format!("Sync {}", shown[0].parse::<usize>().unwrap() - 100)
    );
    assert_eq!(texts(&root, ".status-line"), ["10 topics match"]);

    // Narrowing and widening the filter shows and hides the same elements.
    type_into(&filter, "sync 3");
    tick().await;
    // Sync 3, 39 (Exchange Online), 31 (Identity), 23, 35 (Billing): the laid-out order.
    assert_eq!(topics_shown(&root), ["103", "139", "131", "123", "135"]);
    let now = all(&root, "input[name=support-topic]");
    assert_eq!(now.len(), 40);
    assert!(
        now.iter()
            .zip(&laid_out)
            .all(|(a, b)| a.is_same_node(Some(b))),
        "no choice built again"
    );

    // A topic found behind "More..." stays in sight when the filter is cleared.
    type_into(&filter, "invoice 26");
    tick().await;
    assert_eq!(topics_shown(&root), ["126"]);
    click(&one(&root, "input[value='126']"));
    tick().await;
    assert_eq!(selected.get_untracked(), "126");
    type_into(&filter, "");
    tick().await;
    assert_eq!(topics_shown(&root).len(), 40);
    assert!(one(&root, "input[value='126']")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked());
    let more = one(&root, "button[aria-expanded]");
    assert_eq!(more.get_attribute("aria-expanded").unwrap(), "true");
    assert_eq!(texts(&root, ".status-line"), [""]);

    // When no topic is shown, the error's link leads to the filter, to clear it.
    type_into(&filter, "teams");
    tick().await;
    assert!(topics_shown(&root).is_empty());
    assert!(one(&root, "#support-topic").is_same_node(Some(&filter)));
    assert_eq!(texts(&root, "label[for=support-topic]"), ["Filter topics"]);
    type_into(&filter, "sign-in");
    tick().await;
    assert_eq!(
        one(&root, "#topic-filter").get_attribute("type").unwrap(),
        "search"
    );
    assert_eq!(
        one(&root, "#support-topic").get_attribute("name").unwrap(),
        "support-topic"
    );
}
