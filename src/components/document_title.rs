//! The browser tab's title while a page is shown: "<page> – Partner Support Desk", or the
//! product's name alone when the page gives none.

use crate::i18n::use_strings;
use leptos::prelude::*;

/// Keeps `document.title` in step with `text` for as long as the page that renders it is shown.
#[component]
pub fn DocumentTitle(#[prop(into)] text: Signal<String>) -> impl IntoView {
    let product = use_strings().app.product_name;
    Effect::new(move |_| {
        let page = text.get();
        let title = if page.is_empty() {
            product.to_owned()
        } else {
            format!("{page} – {product}")
        };
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}
