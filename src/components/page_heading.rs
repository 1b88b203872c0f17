//! A page's title: the `<h1>` and the document title together, so they never disagree. After a
//! failed submit the document title starts with "Error: ".

use crate::components::document_title::DocumentTitle;
use crate::i18n::use_strings;
use leptos::prelude::*;

#[component]
pub fn PageHeading(
    #[prop(into)] title: Signal<String>,
    #[prop(into, optional)] has_errors: Signal<bool>,
) -> impl IntoView {
    let prefix = use_strings().app.error_prefix;
    let document_title = Signal::derive(move || {
        if has_errors.get() {
            format!("{prefix}{}", title.get())
        } else {
            title.get()
        }
    });
    view! {
        <DocumentTitle text=document_title />
        <h1 class="page-title">{title}</h1>
    }
}
