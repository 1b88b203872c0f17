//! The route views of every screen but the customer picker. The picker, where the app opens,
//! is part of the main download; each other part of the app (a screen, or the screens of one
//! task, such as filing a request) is its own download, fetched the first time the partner opens
//! it, so the first visit carries only the frame and the picker.
//!
//! With the `split` feature (the Trunk build) every screen is a split point that
//! `scripts/split-wasm.mjs` cuts into its own wasm file; without it (tests, native builds) the
//! screens are plain functions and "loading" one is immediate.

use crate::components::page_heading::PageHeading;
use crate::config::LOAD_TIME_LIMIT_MS;
use crate::i18n::use_strings;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;
use wasm_split_helpers::SplitLoaderError;

type ScreenLoad = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Shows "Loading…" until a screen's code is there, then the screen; if the download fails,
/// says so and offers to try again (a failed download is not remembered, so the next attempt
/// fetches it afresh). A download that has not ended within [`LOAD_TIME_LIMIT_MS`] is waited
/// for still, as a slow link may yet bring it, and the line says so: its text is set straight
/// into it, as one line that changes once needs no reactive view.
#[component]
fn LoadScreen(load: fn() -> ScreenLoad) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    let waiting = RwSignal::new(true);
    let slow = use_strings().app.screen_load_slow;
    view! {
        // `LoadingLine`'s markup with an id: an optional id on that component added 0.7 KB to
        // the first visit.
        {move || waiting.get().then(|| view! {
            <p class="spinner-text" role="status" id=LOADING_ID>{use_strings().app.loading}</p>
        })}
        {move || {
            attempt.track();
            Suspend::new(SendWrapper::new(async move {
                let _slow = crate::browser::Timer::start(LOAD_TIME_LIMIT_MS, move || {
                    if let Some(line) = crate::browser::element_by_id(LOADING_ID) {
                        line.set_text_content(Some(slow));
                    }
                });
                let screen = match load().await {
                    Ok(screen) => screen,
                    Err(_) => view! { <ScreenLoadFailed attempt waiting /> }.into_any(),
                };
                waiting.set(false);
                screen
            }))
        }}
    }
}

const LOADING_ID: &str = "screen-loading";

#[component]
fn ScreenLoadFailed(attempt: RwSignal<u32>, waiting: RwSignal<bool>) -> impl IntoView {
    let s = use_strings();
    view! {
        <PageHeading title=s.app.load_failed_title />
        <div class="notice notice--warning" role="alert">
            <p>{s.app.screen_load_failed}</p>
            <button
                type="button"
                class="button button--secondary"
                on:click=move |_| {
                    waiting.set(true);
                    attempt.update(|n| *n = n.wrapping_add(1));
                }
            >
                {s.app.retry}
            </button>
        </div>
    }
}

macro_rules! screens {
    ($($(#[$doc:meta])* $route:ident in $download:ident => $page:path;)*) => {
        mod code {
            use leptos::prelude::*;
            use wasm_split_helpers::SplitLoaderError;
            $(
                #[cfg(all(feature = "split", target_family = "wasm"))]
                #[wasm_split_helpers::wasm_split($download, fallible)]
                pub fn $route() -> Result<AnyView, SplitLoaderError> {
                    Ok($page().into_any())
                }

                #[cfg(not(all(feature = "split", target_family = "wasm")))]
                pub async fn $route() -> Result<AnyView, SplitLoaderError> {
                    Ok($page().into_any())
                }
            )*
        }

        $(
            $(#[$doc])*
            pub fn $route() -> impl IntoView {
                view! { <LoadScreen load=|| Box::pin(code::$route()) /> }
            }
        )*
    };
}

screens! {
    /// One customer's services and subscriptions.
    service_management in service_management => crate::pages::service_management::ServiceManagement;
    /// One customer's service requests.
    customer_requests in requests => crate::pages::customer_requests::CustomerRequests;
    /// The Azure "New support request" flow.
    azure_request in filing => crate::pages::azure_request::AzureRequest;
    /// The Office 365 / Dynamics CRM Online / EMS "Create service request" flow.
    new_service_request in filing => crate::pages::service_request_form::NewServiceRequest;
    /// Service requests across all customers.
    service_requests in requests => crate::pages::service_requests::ServiceRequests;
    /// One service request, its notes and Add a note.
    request_detail in requests => crate::pages::request_detail::RequestDetail;
    /// The confirmation after a request is created.
    request_created in filing => crate::pages::request_created::RequestCreated;
    /// The FAQ.
    help in help => crate::pages::help::Help;
    /// The partner's own contact details.
    profile in profile => crate::pages::profile::Profile;
}
