//! Helpers shared by the browser test files.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Mounts a view into a fresh container in the document and returns the container.
pub fn mount<F, N>(view: F) -> HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

/// Adds the app's stylesheet to the document, once, for tests of what is shown.
pub fn load_style() {
    let document = web_sys::window().unwrap().document().unwrap();
    if document.get_element_by_id("app-style").is_none() {
        let style = document.create_element("style").unwrap();
        style.set_id("app-style");
        style.set_text_content(Some(include_str!("../../style/main.css")));
        document.head().unwrap().append_child(&style).unwrap();
    }
}

/// Lets effects and spawned tasks run.
pub async fn tick() {
    sleep_ms(0).await;
    sleep_ms(0).await;
}

pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (up to ~3 s) until `condition` holds.
pub async fn until(mut condition: impl FnMut() -> bool) {
    for _ in 0..300 {
        if condition() {
            return;
        }
        sleep_ms(10).await;
    }
    panic!("condition not met in time");
}

pub fn one(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

pub fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_owned())
        .collect()
}

pub fn click(element: &HtmlElement) {
    element.click();
}

/// Types into an input as a user would: sets the value and fires `input`.
pub fn type_into(input: &HtmlElement, value: &str) {
    let input: &web_sys::HtmlInputElement = input.unchecked_ref();
    input.set_value(value);
    let event = web_sys::Event::new_with_event_init_dict("input", &{
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init
    })
    .unwrap();
    input.dispatch_event(&event).unwrap();
}

/// Presses a key on an element (keydown, bubbling).
pub fn press(element: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}
