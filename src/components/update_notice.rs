//! "A new version is available", with Reload, when a newer build of the app is waiting in the
//! offline copy (the service worker). The new build is taken only when the partner chooses:
//! never in the middle of a form. The start script (`scripts/boot.mjs`) says when one waits
//! (`psd:update-ready`, or `data-update-ready` on `<html>` if it came before the app) and
//! takes it on `psd:update-accept`.

use crate::i18n::use_strings;
use leptos::prelude::*;

fn waiting_already() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("data-update-ready"))
        .is_some_and(|ready| ready == "true")
}

fn take_update() {
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("psd:update-accept"))
    {
        let _ = window.dispatch_event(&event);
    }
}

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let s = use_strings();
    let waiting = RwSignal::new(waiting_already());
    let listener = window_event_listener_untyped("psd:update-ready", move |_| waiting.set(true));
    on_cleanup(move || listener.remove());
    view! {
        <div class="update-notice" role="status">
            <Show when=move || waiting.get()>
                <p>{s.app.update_available}</p>
                <button type="button" class="button" on:click=move |_| take_update()>
                    {s.app.update_reload}
                </button>
            </Show>
        </div>
    }
}
