//! Partner Support Desk: a CSP partner reports a customer's service problem to Microsoft on the
//! customer's behalf.
//!
//! `domain` is the partner's world in plain Rust; `backend` talks to the in-browser mock or the
//! HTTP API; `pages` holds one file per screen and `components` the pieces they share;
//! `request_flow` is the shell both request flows run in, `submission` the one owner of
//! sending them (and notes), `drafts` keeps what is typed.

pub mod app;
pub mod backend;
pub mod browser;
pub mod components;
pub mod config;
pub mod context;
pub mod domain;
pub mod drafts;
pub mod form_signals;
pub mod i18n;
pub mod load;
pub mod locale;
pub mod pages;
pub mod party;
pub mod request_flow;
pub mod routes;
pub mod session;
pub mod shell;
pub mod storage;
pub mod submission;
pub mod url_encoding;

pub use app::App;

/// Starts the app in `index.html`'s `#app`, beside the static shell it then replaces.
pub fn start() {
    use wasm_bindgen::JsCast;

    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match document
        .get_element_by_id("app")
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(root) => {
            // The static shell stays up until the app's first screen replaces it (`shell`).
            shell::keep(&root);
            leptos::mount::mount_to(root, App).forget();
        }
        None => leptos::mount::mount_to_body(App),
    }
}
