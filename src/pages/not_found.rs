//! Shown for any address the app does not know.

use crate::components::page_heading::PageHeading;
use crate::i18n::use_strings;
use crate::routes::Route;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let s = use_strings();
    view! {
        <PageHeading title=s.app.not_found_title />
        <p>{s.app.not_found_body}</p>
        <p><A href=Route::Customers.href()>{s.app.not_found_link}</A></p>
    }
}
