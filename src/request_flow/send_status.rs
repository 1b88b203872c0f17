//! Where sending the request stands, when it did not go through: refused, outcome unknown, or
//! already filed with the earlier answers. Each says what to do, and takes focus.

use crate::components::sign_in_again::sign_in_again;
use crate::i18n::{use_form_strings, use_strings};
use crate::routes::Route;
use crate::submission::{focus_when_wrong, SubmissionState};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SendStatus(
    #[prop(into)] state: Signal<SubmissionState>,
    /// Send the same request again, with the same key.
    #[prop(into)]
    on_send_again: Callback<()>,
    /// Turn the changed answers into a note on the request already filed.
    #[prop(into)]
    on_add_as_note: Callback<String>,
) -> impl IntoView {
    let f = use_form_strings();
    let s = use_strings();
    focus_when_wrong(state, "send-status");
    move || {
        match state.get() {
        SubmissionState::Failed(error) => {
            let hint = if error.is_retryable() {
                f.send_failed_hint
            } else {
                f.send_refused_hint
            };
            Some(
                view! {
                    <div class="error-summary" role="alert" tabindex="-1" id="send-status">
                        <h2>{f.send_failed}</h2>
                        <p>{(s.app.backend_error)(&error)}</p>
                        {sign_in_again(&error)}
                        <p>{hint}</p>
                        <button type="button" class="button button--secondary" on:click=move |_| on_send_again.run(())>
                            {s.app.retry}
                        </button>
                    </div>
                }
                .into_any(),
            )
        }
        SubmissionState::OutcomeUnknown(error) => Some(
            view! {
                <div class="error-summary" role="alert" tabindex="-1" id="send-status">
                    <h2>{f.send_unknown_title}</h2>
                    <p>{(s.app.backend_error)(&error)}</p>
                    {sign_in_again(&error)}
                    <p>{f.send_unknown_hint}</p>
                    <button type="button" class="button button--secondary" on:click=move |_| on_send_again.run(())>
                        {f.send_again}
                    </button>
                </div>
            }
            .into_any(),
        ),
        SubmissionState::AlreadyFiled(id) => {
            let href = Route::RequestDetail { request: &id }.href();
            let filed = id.clone();
            Some(
                view! {
                    <div class="notice notice--attention" role="alert" tabindex="-1" id="send-status">
                        <h2>{f.already_filed_title}</h2>
                        <p>{(f.already_filed_body)(&id)}</p>
                        <p>{f.already_filed_hint}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button"
                                on:click=move |_| on_add_as_note.run(filed.clone())
                            >
                                {f.add_changes_as_note}
                            </button>
                            <A href=href>{(f.view_filed_request)(&id)}</A>
                        </div>
                    </div>
                }
                .into_any(),
            )
        }
        SubmissionState::Idle | SubmissionState::Sending | SubmissionState::Done => None,
    }
    }
}
