//! "Microsoft's service is busy. Trying again (attempt 2 of 3)…" while a call waits to be tried
//! again after the service asked for a wait or did not answer in time, so that a long
//! "Loading…" or "Sending…" says why (`backend::retry`). It floats at the bottom of the window,
//! so that nothing moves when it comes and goes, and is announced politely. Its text is set
//! straight into the element: one line that comes and goes needs no reactive view.

use crate::backend::retry::watch_retries;
use crate::i18n::use_strings;
use leptos::prelude::*;

const ID: &str = "retry-notice";

#[component]
pub fn RetryNotice() -> impl IntoView {
    let retrying = use_strings().app.retrying;
    watch_retries(move |notice| {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(ID));
        if let Some(element) = element {
            element.set_text_content(notice.map(retrying).as_deref());
        }
    });
    view! { <p id=ID class="retry-notice" role="status"></p> }
}
