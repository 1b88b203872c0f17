//! What a page shows when the backend could not give it its data, with a way to try again.

use crate::backend::BackendError;
use crate::i18n::use_strings;
use leptos::prelude::*;

#[component]
pub fn LoadError(error: BackendError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let s = use_strings();
    view! {
        <div class="notice notice--warning" role="alert">
            <h2>{s.app.load_failed_title}</h2>
            <p>{error.partner_message()}</p>
            <button type="button" class="button button--secondary" on:click=move |_| on_retry.run(())>
                {s.app.retry}
            </button>
        </div>
    }
}

/// The polite "Loading…" line shown while a page's data arrives.
#[component]
pub fn LoadingLine() -> impl IntoView {
    let s = use_strings();
    view! { <p class="spinner-text" role="status">{s.app.loading}</p> }
}
