//! What the two request flows share: their steps in the URL (`?step=details`), the way back to
//! the review after a "Change", the restored-draft notice and the send error.

use crate::backend::BackendError;
use crate::i18n::use_form_strings;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Where a flow lives and how to move between its steps.
#[derive(Clone)]
pub struct FlowNav {
    pub base: String,
    pub steps: &'static [&'static str],
}

impl FlowNav {
    /// The address of `step`, optionally focusing a field and returning to the review after.
    pub fn href(&self, step: &str, focus: Option<&str>, then_review: bool) -> String {
        let mut href = format!("{}?step={step}", self.base);
        if let Some(field) = focus {
            href.push_str(&format!("&focus={field}"));
        }
        if then_review {
            href.push_str("&then=review");
        }
        href
    }

    pub fn go(&self, step: usize, replace: bool) {
        let name = self.steps.get(step).copied().unwrap_or("");
        use_navigate()(
            &self.href(name, None, false),
            NavigateOptions {
                replace,
                ..Default::default()
            },
        );
    }
}

/// The step index in the URL, the field to focus and whether to return to the review.
pub struct FlowQuery {
    pub step: Memo<usize>,
    pub focus: Memo<Option<String>>,
    pub then_review: Memo<bool>,
}

pub fn use_flow_query(steps: &'static [&'static str]) -> FlowQuery {
    let query = use_query_map();
    FlowQuery {
        step: Memo::new(move |_| {
            query
                .read()
                .get("step")
                .and_then(|s| steps.iter().position(|name| *name == s))
                .unwrap_or(0)
        }),
        focus: Memo::new(move |_| query.read().get("focus")),
        then_review: Memo::new(move |_| query.read().get("then").as_deref() == Some("review")),
    }
}

/// "We restored the draft you were writing", with a way to throw it away.
#[component]
pub fn DraftNotice(saved: String, #[prop(into)] on_discard: Callback<()>) -> impl IntoView {
    let f = use_form_strings();
    let visible = RwSignal::new(true);
    view! {
        <Show when=move || visible.get()>
            <div class="notice">
                <p>{(f.draft_restored)(&saved)}</p>
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| {
                        visible.set(false);
                        on_discard.run(());
                    }
                >
                    {f.discard_draft}
                </button>
            </div>
        </Show>
    }
}

/// Why sending failed, in words the partner can act on; sending again is safe.
#[component]
pub fn SendError(#[prop(into)] error: Signal<Option<BackendError>>) -> impl IntoView {
    let f = use_form_strings();
    move || {
        error.get().map(|error| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1" id="send-error">
                    <h2>{f.send_failed}</h2>
                    <p>{error.partner_message()}</p>
                    <p>{f.send_failed_hint}</p>
                </div>
            }
        })
    }
}

/// Where a send stands, for the submit button and the error box.
#[derive(Clone, Copy)]
pub struct Sending {
    pub in_flight: RwSignal<bool>,
    pub error: RwSignal<Option<BackendError>>,
}

impl Sending {
    pub fn new() -> Sending {
        Sending {
            in_flight: RwSignal::new(false),
            error: RwSignal::new(None),
        }
    }
}

impl Default for Sending {
    fn default() -> Self {
        Sending::new()
    }
}

/// What to do once Microsoft has the request.
pub struct AfterSend {
    pub flow: &'static str,
    pub party_id: String,
    pub save_contact: Option<crate::domain::validation::ContactForm>,
    /// Which response-time row applies, for the confirmation's "first response due by".
    pub incident: crate::domain::severity::IncidentKind,
}

/// Sends a request with its idempotency key, unless one is already on its way. On success
/// the draft is dropped, the contact saved if asked, and the confirmation shown; on failure the
/// partner sees why and can send again with the same key.
pub fn send_request(
    backend: Option<crate::backend::Backend>,
    request: crate::domain::NewServiceRequest,
    request_id: String,
    after: AfterSend,
    sending: Sending,
) {
    use crate::components::error_summary::focus_element;
    if sending.in_flight.get_untracked() {
        return;
    }
    let Some(backend) = backend else { return };
    let profile = crate::session::PartnerProfile::expect();
    let navigate = use_navigate();
    sending.in_flight.set(true);
    sending.error.set(None);
    leptos::task::spawn_local(async move {
        match backend.create_service_request(&request, &request_id).await {
            Ok(created) => {
                crate::drafts::discard(after.flow, &after.party_id);
                if let Some(contact) = after.save_contact {
                    profile.save(contact);
                }
                navigate(
                    &format!("/requests/{}/created", created.id),
                    Default::default(),
                );
            }
            Err(error) => {
                sending.in_flight.set(false);
                sending.error.set(Some(error));
                request_animation_frame(|| focus_element("send-error"));
            }
        }
    });
}
