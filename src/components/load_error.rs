//! What a page shows when it could not get its data, with a way to try again. Trying again
//! takes this notice away, its button too: the keyboard focus goes to the page's main region
//! (or what the page names) first, so that it is not lost to the top of the document.

use crate::components::sign_in_again::sign_in_again;
use crate::i18n::use_strings;
use crate::load::LoadFailure;
use leptos::prelude::*;

#[component]
pub fn LoadError(
    #[prop(into)] error: LoadFailure,
    #[prop(into)] on_retry: Callback<()>,
    /// The id of what takes the focus on "Try again": the page's main region unless the page
    /// names what comes next (the customers' search field).
    #[prop(optional)]
    focus_on_retry: Option<&'static str>,
) -> impl IntoView {
    let s = use_strings();
    let (message, can_retry) = match &error {
        LoadFailure::Backend(error) => ((s.app.backend_error)(error), true),
        LoadFailure::NotConfigured(_) => (s.app.not_configured.to_owned(), false),
        LoadFailure::Cancelled => (String::new(), true),
    };
    view! {
        <div class="notice notice--warning" role="alert">
            <h2>{s.app.load_failed_title}</h2>
            <p>{message}</p>
            {match &error {
                LoadFailure::Backend(error) => sign_in_again(error),
                _ => None,
            }}
            {can_retry.then(|| view! {
                <button type="button" class="button button--secondary" on:click=move |_| {
                    // By default the frame's <main id="main" tabindex="-1"> (components/layout.rs).
                    crate::browser::focus_by_id(focus_on_retry.unwrap_or("main"));
                    on_retry.run(());
                }>
                    {s.app.retry}
                </button>
            })}
        </div>
    }
}

/// The polite "Loading…" line shown while a page's data arrives.
#[component]
pub fn LoadingLine() -> impl IntoView {
    let s = use_strings();
    view! { <p class="spinner-text" role="status">{s.app.loading}</p> }
}
