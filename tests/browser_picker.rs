//! The customer picker's combobox behaviour in headless Chromium:
//! `cargo test --target wasm32-unknown-unknown --test browser_picker`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_navigate;
use partner_support_desk::components::customer_picker::{Arrived, CustomerPicker, Reading};
use partner_support_desk::domain::{Cloud, Customer, Relationship};
use std::sync::{Arc, Mutex};
use support::{all, one, press, texts, tick, type_into, until};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const TENANT: &str = "8f3c2a71-5d4e-4b9a-a1c2-0e9f7d6b5a43";

fn customer(id: &str, name: &str, domain: &str) -> Customer {
    Customer {
        id: id.to_owned(),
        tenant_id: id.to_owned(),
        company_name: name.to_owned(),
        primary_domain: domain.to_owned(),
        other_domains: Vec::new(),
        relationship: Relationship::Reseller,
        cloud: Cloud::Global,
        country: None,
    }
}

fn few_customers() -> Vec<Customer> {
    vec![
        Customer {
            cloud: Cloud::Germany,
            ..customer("c-mueller", "Müller GmbH", "mueller.onmicrosoft.de")
        },
        customer("c-roga", "Рога и копыта", "rogaikopyta.onmicrosoft.com"),
        customer(TENANT, "Contoso Ltd", "contoso.com"),
        customer("c-fabrikam", "Fabrikam, Inc.", "fabrikam.com"),
        customer("c-mulligan", "Mulligan Bakery", "mulligan.ie"),
    ]
}

/// Mounts the picker in a router; returns the container, the input and what was picked.
async fn mount_picker(
    customers: Vec<Customer>,
) -> (HtmlElement, HtmlElement, Arc<Mutex<Vec<String>>>) {
    let picked = Arc::new(Mutex::new(Vec::new()));
    let sink = picked.clone();
    let root = support::mount(move || {
        let on_pick = Callback::new(move |id: String| sink.lock().unwrap().push(id));
        let customers = Signal::stored(Some(Arc::new(customers)));
        view! { <Router><CustomerPicker customers on_pick /></Router> }
    });
    tick().await;
    let input = one(&root, "input[role=combobox]");
    (root, input, picked)
}

/// Mounts the picker as the customers page does while it reads them page by page.
async fn mount_reading(
    customers: Signal<Option<Arc<Vec<Customer>>>>,
    arrived: Arrived,
) -> HtmlElement {
    let root = support::mount(move || {
        let on_pick = Callback::new(|_: String| {});
        view! { <Router><CustomerPicker customers arrived on_pick /></Router> }
    });
    tick().await;
    root
}

fn attr(element: &HtmlElement, name: &str) -> Option<String> {
    element.get_attribute(name)
}

fn status(root: &HtmlElement) -> String {
    one(root, "[role=status]")
        .text_content()
        .unwrap_or_default()
}

fn option_names(root: &HtmlElement) -> Vec<String> {
    texts(root, "[role=option] .picker__name")
}

fn selected_ids(root: &HtmlElement) -> Vec<String> {
    all(root, "[role=option][aria-selected=true]")
        .iter()
        .map(|o| o.id())
        .collect()
}

#[wasm_bindgen_test]
async fn the_combobox_is_labelled_and_wired_to_its_listbox() {
    let (root, input, _) = mount_picker(few_customers()).await;
    let label = one(&root, "label");
    assert_eq!(label.get_attribute("for"), Some(input.id()));
    assert_eq!(label.text_content().as_deref(), Some("Find a customer"));
    assert_eq!(attr(&input, "aria-autocomplete").as_deref(), Some("list"));
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    let listbox = one(&root, "[role=listbox]");
    assert_eq!(attr(&input, "aria-controls"), Some(listbox.id()));
    assert!(listbox.has_attribute("hidden"));
    assert!(attr(&input, "aria-activedescendant").is_none());
    assert_eq!(status(&root), "");
}

#[wasm_bindgen_test]
async fn while_customers_arrive_page_by_page_the_status_says_how_many() {
    let customers = RwSignal::new(None::<Arc<Vec<Customer>>>);
    let reading = RwSignal::new(Reading::Going);
    let arrived = Arrived {
        so_far: RwSignal::new(None),
        total: RwSignal::new(None),
        reading,
    };
    let root = mount_reading(customers.into(), arrived).await;
    assert_eq!(status(&root), "Loading your customers…");
    arrived.so_far.set(Some(500));
    arrived.total.set(Some(1_200));
    tick().await;
    assert_eq!(status(&root), "Loading your customers… 500 of 1,200 so far");
    // A service that does not say how many there are in all.
    arrived.so_far.set(Some(1_000));
    arrived.total.set(None);
    tick().await;
    assert_eq!(status(&root), "Loading your customers… 1,000 so far");
    customers.set(Some(Arc::new(few_customers())));
    reading.set(Reading::Done);
    tick().await;
    assert_eq!(status(&root), "");
}

#[wasm_bindgen_test]
async fn after_a_failed_page_the_customers_read_before_it_are_searched_and_the_status_says_so() {
    let customers = RwSignal::new(None::<Arc<Vec<Customer>>>);
    let reading = RwSignal::new(Reading::Going);
    let arrived = Arrived {
        so_far: RwSignal::new(Some(2)),
        total: RwSignal::new(Some(5)),
        reading,
    };
    let root = mount_reading(customers.into(), arrived).await;
    let input = one(&root, "input[role=combobox]");
    type_into(&input, "fab");
    tick().await;
    assert_eq!(status(&root), "Loading your customers… 2 of 5 so far");

    // The second page failed: the two read before it are searched, and the status says why the
    // others are missing, listed or not.
    customers.set(Some(Arc::new(few_customers()[3..].to_vec())));
    reading.set(Reading::Stopped);
    tick().await;
    let value = input.unchecked_ref::<web_sys::HtmlInputElement>().value();
    assert_eq!(value, "fab");
    assert_eq!(option_names(&root), ["Fabrikam, Inc."]);
    assert_eq!(status(&root), "1 customer matches");
    type_into(&input, "contoso");
    tick().await;
    assert!(option_names(&root).is_empty());
    assert_eq!(
        status(&root),
        "Only part of your customers could be read (2 of 5): the search covers those."
    );

    // Trying again: the rest arrive while what was typed stays.
    reading.set(Reading::Going);
    tick().await;
    assert_eq!(status(&root), "Loading your customers… 2 of 5 so far");
    customers.set(Some(Arc::new(few_customers())));
    reading.set(Reading::Done);
    type_into(&input, "contoso");
    tick().await;
    assert_eq!(option_names(&root), ["Contoso Ltd"]);
    assert_eq!(status(&root), "1 customer matches");
}

#[wasm_bindgen_test]
async fn when_no_page_could_be_read_the_own_organization_is_still_listed() {
    let arrived = Arrived {
        so_far: RwSignal::new(None),
        total: RwSignal::new(None),
        reading: RwSignal::new(Reading::Stopped),
    };
    let root = mount_reading(Signal::stored(Some(Arc::new(Vec::new()))), arrived).await;
    assert_eq!(
        status(&root),
        "Your customers could not be read, so only your own organization is listed."
    );
    let input = one(&root, "input[role=combobox]");
    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(option_names(&root), ["My organization: own subscriptions"]);
}

#[wasm_bindgen_test]
async fn typing_filters_opens_the_list_and_counts_the_matches() {
    let (root, input, _) = mount_picker(few_customers()).await;
    type_into(&input, "mul");
    tick().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("true"));
    assert!(!one(&root, "[role=listbox]").has_attribute("hidden"));
    assert_eq!(option_names(&root), ["Müller GmbH", "Mulligan Bakery"]);
    assert_eq!(status(&root), "2 customers match");
    // The Germany tag rides along with the domain.
    let meta = texts(&root, "[role=option] .picker__meta");
    assert_eq!(meta[0], "mueller.onmicrosoft.de Microsoft Cloud Germany");

    type_into(&input, "mulli");
    tick().await;
    assert_eq!(option_names(&root), ["Mulligan Bakery"]);
    assert_eq!(status(&root), "1 customer matches");
}

#[wasm_bindgen_test]
async fn the_own_organization_comes_first_for_an_empty_or_matching_query() {
    let (root, input, picked) = mount_picker(few_customers()).await;
    press(&input, "ArrowDown");
    tick().await;
    let names = option_names(&root);
    assert_eq!(names[0], "My organization: own subscriptions");
    assert_eq!(names.len(), 6);
    assert_eq!(status(&root), "5 customers match");

    type_into(&input, "my org");
    tick().await;
    assert_eq!(option_names(&root), ["My organization: own subscriptions"]);
    press(&input, "Enter");
    tick().await;
    assert_eq!(*picked.lock().unwrap(), ["my-organization"]);

    type_into(&input, "fabrikam");
    tick().await;
    assert_eq!(option_names(&root), ["Fabrikam, Inc."]);
}

#[wasm_bindgen_test]
async fn arrows_move_the_active_descendant_and_wrap() {
    let (root, input, _) = mount_picker(few_customers()).await;
    type_into(&input, "mul");
    tick().await;
    assert!(attr(&input, "aria-activedescendant").is_none());
    assert!(selected_ids(&root).is_empty());

    let ids: Vec<String> = all(&root, "[role=option]").iter().map(|o| o.id()).collect();
    assert_eq!(ids.len(), 2);
    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(attr(&input, "aria-activedescendant"), Some(ids[0].clone()));
    assert_eq!(selected_ids(&root), [ids[0].clone()]);

    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(attr(&input, "aria-activedescendant"), Some(ids[1].clone()));
    assert_eq!(selected_ids(&root), [ids[1].clone()]);

    press(&input, "ArrowDown"); // wraps to the first
    tick().await;
    assert_eq!(attr(&input, "aria-activedescendant"), Some(ids[0].clone()));

    press(&input, "ArrowUp"); // and back to the last
    tick().await;
    assert_eq!(attr(&input, "aria-activedescendant"), Some(ids[1].clone()));
    assert_eq!(selected_ids(&root), [ids[1].clone()]);
    assert_eq!(
        all(&root, "[role=option][aria-selected=false]").len(),
        1,
        "the other option says it is not selected"
    );
}

#[wasm_bindgen_test]
async fn typing_clears_the_highlight_even_on_an_option_that_stays_listed() {
    let (root, input, _) = mount_picker(few_customers()).await;
    type_into(&input, "mul");
    tick().await;
    press(&input, "ArrowDown");
    tick().await;
    let first = all(&root, "[role=option]")[0].id();
    assert_eq!(selected_ids(&root), std::slice::from_ref(&first));
    // The same two customers stay listed in the same places: the first is no longer selected.
    type_into(&input, "mull");
    tick().await;
    assert_eq!(all(&root, "[role=option]")[0].id(), first);
    assert!(selected_ids(&root).is_empty());
    assert!(attr(&input, "aria-activedescendant").is_none());
    press(&input, "ArrowUp");
    tick().await;
    let last = all(&root, "[role=option]")[1].id();
    assert_eq!(selected_ids(&root), [last]);
}

#[wasm_bindgen_test]
async fn pressing_on_the_list_keeps_the_focus_in_the_field_and_the_list_open() {
    let (root, input, _) = mount_picker(few_customers()).await;
    input.focus().unwrap();
    type_into(&input, "mul");
    tick().await;
    let mousedown = || {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        web_sys::Event::new_with_event_init_dict("mousedown", &init).unwrap()
    };
    // On an option, and on the list around the options (its padding, its scroll bar).
    for target in [
        one(&root, "[role=option] .picker__meta"),
        one(&root, "[role=listbox]"),
    ] {
        let not_cancelled = target.dispatch_event(&mousedown()).unwrap();
        assert!(
            !not_cancelled,
            "a press on {} would move the focus",
            target.tag_name()
        );
    }
    tick().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("true"));
    assert_eq!(option_names(&root).len(), 2);
}

fn shown(element: &HtmlElement) -> bool {
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(element)
        .unwrap()
        .unwrap();
    style.get_property_value("display").unwrap() != "none"
}

#[wasm_bindgen_test]
async fn typing_rewrites_the_listed_options_in_place_and_a_click_picks_what_is_shown() {
    let (root, input, picked) = mount_picker(few_customers()).await;
    support::load_style();
    press(&input, "ArrowDown");
    tick().await;
    let first = one(&root, "[role=option]");
    assert_eq!(first.id(), "customer-picker-option-0");
    assert!(first.class_list().contains("picker__option--own"));

    type_into(&input, "mul");
    tick().await;
    let options = all(&root, "[role=option]");
    assert!(options[0].is_same_node(Some(&first)), "the row is kept");
    assert_eq!(option_names(&root), ["Müller GmbH", "Mulligan Bakery"]);
    assert!(!first.class_list().contains("picker__option--own"));
    let badges = all(&root, "[role=option] .badge");
    assert_eq!(
        badges[0].text_content().as_deref(),
        Some("Microsoft Cloud Germany")
    );
    assert!(shown(&badges[0]));
    assert_eq!(badges[1].text_content().as_deref(), Some(""));
    assert!(
        !shown(&badges[1]),
        "no empty tag beside a customer outside Germany"
    );

    // Mulligan moves up into the first row, which drops the Germany tag.
    type_into(&input, "mulli");
    tick().await;
    let options = all(&root, "[role=option]");
    assert_eq!(options.len(), 1);
    assert!(options[0].is_same_node(Some(&first)));
    assert_eq!(option_names(&root), ["Mulligan Bakery"]);
    assert_eq!(
        texts(&root, "[role=option] .picker__meta")[0].trim(),
        "mulligan.ie"
    );
    assert!(!shown(&badges[0]));
    assert_eq!(attr(&first, "aria-posinset").as_deref(), Some("1"));
    assert_eq!(attr(&first, "aria-setsize").as_deref(), Some("1"));
    first.click();
    until(|| !picked.lock().unwrap().is_empty()).await;
    assert_eq!(*picked.lock().unwrap(), ["c-mulligan"]);
}

#[wasm_bindgen_test]
async fn escape_closes_the_list_then_clears_the_input() {
    let (root, input, _) = mount_picker(few_customers()).await;
    type_into(&input, "contoso");
    tick().await;
    press(&input, "ArrowDown");
    tick().await;
    press(&input, "Escape");
    tick().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    assert!(one(&root, "[role=listbox]").has_attribute("hidden"));
    assert!(attr(&input, "aria-activedescendant").is_none());
    let value = || input.unchecked_ref::<web_sys::HtmlInputElement>().value();
    assert_eq!(value(), "contoso");

    press(&input, "Escape");
    tick().await;
    assert_eq!(value(), "");

    // ArrowDown opens the list again.
    press(&input, "ArrowDown");
    tick().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn matching_ignores_diacritics_and_handles_cyrillic_and_tenant_ids() {
    let (root, input, _) = mount_picker(few_customers()).await;
    for (query, expected) in [
        ("muller", "Müller GmbH"),
        ("MUELLER", "Müller GmbH"),
        ("рога", "Рога и копыта"),
        ("КОПЫТА", "Рога и копыта"),
        ("8f3c2a71", "Contoso Ltd"),
        (TENANT, "Contoso Ltd"),
        ("rogaikopyta.onmicrosoft", "Рога и копыта"),
    ] {
        type_into(&input, query);
        tick().await;
        assert_eq!(option_names(&root), [expected], "query {query:?}");
    }
}

#[wasm_bindgen_test]
async fn no_match_says_what_to_try() {
    let (root, input, _) = mount_picker(few_customers()).await;
    type_into(&input, "  xyzzy ");
    tick().await;
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));
    assert!(all(&root, "[role=option]").is_empty());
    assert_eq!(
        status(&root),
        "No customer matches “xyzzy”. Check the spelling, or search by domain or tenant ID."
    );
}

#[wasm_bindgen_test]
async fn enter_picks_the_highlighted_customer_and_a_click_picks_too() {
    let (root, input, picked) = mount_picker(few_customers()).await;
    type_into(&input, "mul");
    tick().await;
    press(&input, "ArrowDown");
    press(&input, "ArrowDown");
    tick().await;
    press(&input, "Enter");
    tick().await;
    assert_eq!(*picked.lock().unwrap(), ["c-mulligan"]);
    assert_eq!(attr(&input, "aria-expanded").as_deref(), Some("false"));

    type_into(&input, "fab");
    tick().await;
    one(&root, "[role=option]").click();
    tick().await;
    assert_eq!(*picked.lock().unwrap(), ["c-mulligan", "c-fabrikam"]);

    // With exactly one option, Enter picks it without a highlight.
    type_into(&input, "копыта");
    tick().await;
    press(&input, "Enter");
    tick().await;
    assert_eq!(
        picked.lock().unwrap().last().map(String::as_str),
        Some("c-roga")
    );
}

#[wasm_bindgen_test]
async fn picking_can_navigate_to_the_service_management_screen() {
    let root = support::mount(|| {
        view! {
            <Router>
                {
                    let navigate = use_navigate();
                    let on_pick = Callback::new(move |id: String| {
                        navigate(&format!("/customers/{id}"), Default::default())
                    });
                    let customers = Signal::stored(Some(Arc::new(few_customers())));
                    view! { <CustomerPicker customers on_pick id="nav-picker" /> }
                }
            </Router>
        }
    });
    tick().await;
    let input = one(&root, "#nav-picker-input");
    type_into(&input, "fabrikam");
    tick().await;
    press(&input, "ArrowDown");
    press(&input, "Enter");
    support::until(|| {
        web_sys::window()
            .unwrap()
            .location()
            .pathname()
            .ok()
            .as_deref()
            == Some("/customers/c-fabrikam")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_large_list_renders_a_capped_window_with_set_size_and_positions() {
    let customers: Vec<Customer> = (0..500)
        .map(|i| {
            customer(
                &format!("gen-{i}"),
                &format!("Generated Customer {i:03}"),
                &format!("gen{i}.onmicrosoft.com"),
            )
        })
        .collect();
    let (root, input, picked) = mount_picker(customers).await;
    type_into(&input, "generated");
    tick().await;
    let options = all(&root, "[role=option]");
    assert_eq!(options.len(), 50);
    assert!(options
        .iter()
        .all(|o| attr(o, "aria-setsize").as_deref() == Some("500")));
    let positions: Vec<String> = options
        .iter()
        .filter_map(|o| attr(o, "aria-posinset"))
        .collect();
    assert_eq!(positions.first().map(String::as_str), Some("1"));
    assert_eq!(positions.last().map(String::as_str), Some("50"));
    assert_eq!(status(&root), "500 customers match");
    assert_eq!(
        texts(&root, ".picker__more"),
        ["Showing 50 of 500 – keep typing to narrow"]
    );
    assert!(
        one(&root, "[role=listbox]")
            .query_selector(".picker__more")
            .unwrap()
            .is_none(),
        "the line is outside the listbox"
    );

    // With the own organization listed, it counts in the set.
    type_into(&input, "");
    tick().await;
    let first = one(&root, "[role=option]");
    assert_eq!(attr(&first, "aria-setsize").as_deref(), Some("501"));

    // ArrowUp from a fresh list goes to the last rendered option.
    // "49" is in 049, 149, 249, 349, 449 and 490 to 499.
    type_into(&input, "customer 49");
    tick().await;
    assert_eq!(status(&root), "15 customers match");
    assert!(texts(&root, ".picker__more").is_empty());
    press(&input, "ArrowUp");
    tick().await;
    let last = all(&root, "[role=option]").pop().unwrap();
    assert_eq!(attr(&input, "aria-activedescendant"), Some(last.id()));
    press(&input, "Enter");
    tick().await;
    assert_eq!(*picked.lock().unwrap(), ["gen-499"]);

    type_into(&input, "customer 499");
    tick().await;
    assert_eq!(option_names(&root), ["Generated Customer 499"]);
    assert!(texts(&root, ".picker__more").is_empty());
}

#[wasm_bindgen_test]
async fn typing_before_the_customers_arrive_is_searched_when_they_do() {
    let customers = RwSignal::new(None::<Arc<Vec<Customer>>>);
    let root = support::mount(move || {
        let on_pick = Callback::new(|_: String| {});
        view! { <Router><CustomerPicker customers on_pick id="slow-picker" /></Router> }
    });
    tick().await;
    let input = one(&root, "input[role=combobox]");
    assert_eq!(status(&root), "Loading your customers…");
    type_into(&input, "mul");
    tick().await;
    assert_eq!(status(&root), "Loading your customers…");
    assert_eq!(option_names(&root), Vec::<String>::new());

    customers.set(Some(Arc::new(few_customers())));
    tick().await;
    let same_input = one(&root, "input[role=combobox]");
    assert!(
        same_input == input,
        "the field stays as the customers arrive"
    );
    assert_eq!(
        input
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|i| i.value()),
        Some("mul".to_owned())
    );
    assert_eq!(option_names(&root), ["Müller GmbH", "Mulligan Bakery"]);
    assert_eq!(status(&root), "2 customers match");
}

#[wasm_bindgen_test]
async fn a_new_list_of_customers_shows_at_once_even_in_the_same_places() {
    let before = vec![
        customer("c-1", "Alpine Ski Hire", "alpine.example"),
        customer("c-2", "Bluebell Florists", "bluebell.example"),
    ];
    let customers = RwSignal::new(Some(Arc::new(before)));
    let root = support::mount(move || {
        let on_pick = Callback::new(|_: String| {});
        view! { <Router><CustomerPicker customers on_pick id="reloaded-picker" /></Router> }
    });
    tick().await;
    let input = one(&root, "input[role=combobox]");
    type_into(&input, "example");
    tick().await;
    assert_eq!(
        option_names(&root),
        ["Alpine Ski Hire", "Bluebell Florists"]
    );

    // Sorted by name, the new customers take the same two places in the list.
    let after = vec![
        customer("c-3", "Aspen Dental", "aspen.example"),
        Customer {
            cloud: Cloud::Germany,
            ..customer("c-4", "Birke Bau GmbH", "birke.example")
        },
    ];
    customers.set(Some(Arc::new(after)));
    tick().await;
    assert_eq!(option_names(&root), ["Aspen Dental", "Birke Bau GmbH"]);
    assert_eq!(
        texts(&root, "[role=option] .picker__meta"),
        ["aspen.example", "birke.example Microsoft Cloud Germany"]
    );
}

#[wasm_bindgen_test]
async fn what_was_typed_into_the_static_shell_carries_on_in_the_picker() {
    let document = web_sys::window().unwrap().document().unwrap();
    let shell_root = document.create_element("div").unwrap();
    shell_root.set_inner_html(
        r#"<main><input id="customer-picker-input" type="text"></main><p class="lead">Shell</p>"#,
    );
    document.body().unwrap().append_child(&shell_root).unwrap();
    let field: web_sys::HtmlInputElement = document
        .get_element_by_id("customer-picker-input")
        .unwrap()
        .dyn_into()
        .unwrap();
    field.set_value("fabri");
    field.focus().unwrap();
    partner_support_desk::shell::keep(&shell_root);
    partner_support_desk::shell::take_down();
    assert_eq!(
        shell_root.child_element_count(),
        0,
        "the shell is taken down"
    );

    let (root, input, picked) = mount_picker(few_customers()).await;
    tick().await;
    let value = input
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| i.value());
    assert_eq!(value.as_deref(), Some("fabri"));
    assert_eq!(document.active_element().map(|e| e.id()), Some(input.id()));
    assert_eq!(option_names(&root), ["Fabrikam, Inc."]);
    press(&input, "Enter");
    until(|| !picked.lock().unwrap().is_empty()).await;
    assert_eq!(*picked.lock().unwrap(), ["c-fabrikam"]);
    assert_eq!(partner_support_desk::shell::take_typed(), None);
    shell_root.remove();
}
