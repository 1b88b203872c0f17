//! The one owner of sending what changes something at Microsoft: filing a request and adding a
//! note. It sends with the idempotency key it is given (a draft's), never twice at once; tells
//! where the send stands ([`SubmissionState`]); and, once Microsoft has it, closes the draft and
//! shows the result. Retries of a failed call happen in the backend, with the same key; the
//! partner's "try again" sends the same key again, so neither can file twice.

use crate::backend::{Backend, BackendError};
use crate::context::JustFiled;
use crate::domain::validation::ContactForm;
use crate::domain::{changes_since_filed, AnswerChange, NewServiceRequest, ServiceRequest};
use crate::drafts::{self, NoteDraft};
use crate::routes::{navigator, Route};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Where a submission stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SubmissionState {
    Idle,
    Sending,
    /// Refused: nothing was filed. Trying again may work when `error.is_retryable()`.
    Failed(BackendError),
    /// The answer was lost or broken: it may have been filed. Sending again is safe (same
    /// key) and tells which.
    OutcomeUnknown(BackendError),
    /// The key went with other answers before; those were filed as this request.
    AlreadyFiled(String),
    Done,
}

impl SubmissionState {
    /// The state a finished send leaves.
    pub fn settled<T>(result: &Result<T, BackendError>) -> SubmissionState {
        match result {
            Ok(_) => SubmissionState::Done,
            Err(BackendError::AlreadyFiled { request_id }) => {
                SubmissionState::AlreadyFiled(request_id.clone())
            }
            Err(error) if error.outcome_unknown() => SubmissionState::OutcomeUnknown(error.clone()),
            Err(error) => SubmissionState::Failed(error.clone()),
        }
    }

    pub fn is_sending(&self) -> bool {
        *self == SubmissionState::Sending
    }

    /// The send ended without being done: the partner must read why.
    pub fn went_wrong(&self) -> bool {
        matches!(
            self,
            SubmissionState::Failed(_)
                | SubmissionState::OutcomeUnknown(_)
                | SubmissionState::AlreadyFiled(_)
        )
    }
}

/// Moves focus to the element `id` (the box that says why) whenever a send goes wrong.
pub fn focus_when_wrong(state: Signal<SubmissionState>, id: &'static str) {
    Effect::new(move |_| {
        if state.with(SubmissionState::went_wrong) {
            request_animation_frame(move || crate::components::error_summary::focus_element(id));
        }
    });
}

/// A send in the browser: a Leptos [`Action`] whose state follows [`SubmissionState`].
pub struct Submission<I: 'static, T: 'static> {
    action: Action<I, Result<T, BackendError>>,
}

impl<I: 'static, T: 'static> Clone for Submission<I, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<I: 'static, T: 'static> Copy for Submission<I, T> {}

impl<I, T> Submission<I, T>
where
    I: Send + Sync + 'static,
    T: Send + Sync + 'static,
{
    fn new<F, Fut>(send: F) -> Self
    where
        F: Fn(&I) -> Fut + 'static,
        Fut: Future<Output = Result<T, BackendError>> + 'static,
    {
        Submission {
            action: Action::new_unsync(send),
        }
    }

    /// Where it stands now (tracked).
    pub fn state(&self) -> SubmissionState {
        if self.action.pending().get() {
            return SubmissionState::Sending;
        }
        self.action.value().with(|value| {
            value
                .as_ref()
                .map_or(SubmissionState::Idle, SubmissionState::settled)
        })
    }

    /// Sends `input`, unless a send is on its way; `false` then.
    pub fn send(&self, input: I) -> bool {
        if self.action.pending().get_untracked() {
            return false;
        }
        self.action.dispatch(input);
        true
    }

    /// Forgets the last outcome (the partner moved on to another step).
    pub fn reset(&self) {
        if !self.action.pending().get_untracked() {
            self.action.clear();
        }
    }
}

/// Whether the component that made it is still on the page: a send that finishes after the
/// partner left must not take them back.
fn page_alive() -> Arc<AtomicBool> {
    let alive = Arc::new(AtomicBool::new(true));
    let flag = Arc::clone(&alive);
    on_cleanup(move || flag.store(false, Ordering::Relaxed));
    alive
}

/// A request to file, with its draft's key.
#[derive(Clone, Debug, PartialEq)]
pub struct Filing {
    pub request: NewServiceRequest,
    pub key: String,
    /// The contact details to keep for the next request, if the partner asked.
    pub save_contact: Option<ContactForm>,
}

/// Files requests. On success the draft is closed, the contact saved if asked, and the
/// confirmation shown.
pub fn file_request(
    backend: Backend,
    close_draft: impl Fn() + Clone + 'static,
) -> Submission<Filing, ServiceRequest> {
    let profile = PartnerProfile::expect();
    let just_filed = JustFiled::here();
    let navigate = navigator();
    let alive = page_alive();
    Submission::new(move |filing: &Filing| {
        let (backend, close_draft, navigate, alive) = (
            backend.clone(),
            close_draft.clone(),
            navigate.clone(),
            Arc::clone(&alive),
        );
        let filing = filing.clone();
        async move {
            let result = backend
                .create_service_request(&filing.request, &filing.key)
                .await;
            if let Ok(created) = &result {
                close_draft();
                if let Some(contact) = filing.save_contact {
                    profile.save(contact);
                }
                if let Some(just_filed) = just_filed {
                    just_filed.keep(ServiceRequest {
                        issue_type: created.issue_type.or(filing.request.issue_type()),
                        ..created.clone()
                    });
                }
                if alive.load(Ordering::Relaxed) {
                    navigate(
                        &Route::RequestCreated {
                            request: &created.id,
                        }
                        .href(),
                    );
                }
            }
            result
        }
    })
}

/// A note to add, with its key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Noting {
    pub text: String,
    pub key: String,
}

/// Adds notes to `request_id`. Once Microsoft has one, its draft is removed and, if the page
/// is still there, `on_added` gets the updated request.
pub fn add_note(
    backend: Backend,
    request_id: String,
    remove_draft: impl Fn() + Clone + 'static,
    on_added: impl Fn(&ServiceRequest) + Clone + 'static,
) -> Submission<Noting, ServiceRequest> {
    let alive = page_alive();
    Submission::new(move |noting: &Noting| {
        let (backend, request_id, remove_draft, on_added, alive) = (
            backend.clone(),
            request_id.clone(),
            remove_draft.clone(),
            on_added.clone(),
            Arc::clone(&alive),
        );
        let noting = noting.clone();
        async move {
            let result = backend
                .add_note(&request_id, &noting.text, &noting.key)
                .await;
            if let Ok(updated) = &result {
                remove_draft();
                if alive.load(Ordering::Relaxed) {
                    on_added(updated);
                }
            }
            result
        }
    })
}

/// The partner's answers were filed earlier as `filed_id`, and they changed them since: their
/// changes become a note on that request, ready to add (a note draft), the request's draft is
/// closed, and the request is opened at its note. What changed is read against the request as
/// Microsoft holds it; if it cannot be read, the main answers are carried as they are now.
pub fn carry_changes_to_note(
    backend: Backend,
    now: NewServiceRequest,
    filed_id: String,
    close_draft: impl Fn() + 'static,
    note_text: fn(&[AnswerChange]) -> String,
) {
    let navigate = navigator();
    leptos::task::spawn_local(async move {
        let changes = match backend.service_request(&filed_id).await {
            Ok(filed) => changes_since_filed(&now, &filed),
            Err(_) => vec![
                AnswerChange::Title(now.title.clone()),
                AnswerChange::Severity(now.severity),
                AnswerChange::Description(now.description.clone()),
            ],
        };
        let note = NoteDraft {
            text: note_text(&changes),
            sent: Vec::new(),
        };
        drafts::write(drafts::NOTE_FORM, &filed_id, &note);
        close_draft();
        navigate(&Route::RequestDetail { request: &filed_id }.href_with("focus=note"));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finished_send_is_done_refused_unknown_or_already_filed() {
        let settled = |r: Result<(), BackendError>| SubmissionState::settled(&r);
        assert_eq!(settled(Ok(())), SubmissionState::Done);
        assert_eq!(
            settled(Err(BackendError::AlreadyFiled {
                request_id: "6251".into()
            })),
            SubmissionState::AlreadyFiled("6251".into())
        );
        for unknown in [
            BackendError::Timeout,
            BackendError::Network,
            BackendError::Unreadable("cut".into()),
            BackendError::Server {
                status: 500,
                message: None,
            },
            BackendError::Server {
                status: 504,
                message: None,
            },
        ] {
            assert_eq!(
                settled(Err(unknown.clone())),
                SubmissionState::OutcomeUnknown(unknown)
            );
        }
        for refused in [
            BackendError::Busy {
                status: 429,
                retry_after_secs: Some(30),
            },
            BackendError::Busy {
                status: 503,
                retry_after_secs: None,
            },
            BackendError::BadRequest {
                message: "Title must be 200 characters or fewer.".into(),
            },
            BackendError::Unauthorized,
            BackendError::Forbidden,
            BackendError::NotFound,
            BackendError::Conflict,
        ] {
            assert_eq!(
                settled(Err(refused.clone())),
                SubmissionState::Failed(refused)
            );
        }
        assert!(SubmissionState::Sending.is_sending());
        assert!(!SubmissionState::Idle.is_sending());
        assert!(SubmissionState::AlreadyFiled("1".into()).went_wrong());
        assert!(SubmissionState::OutcomeUnknown(BackendError::Timeout).went_wrong());
        assert!(!SubmissionState::Done.went_wrong());
        assert!(!SubmissionState::Sending.went_wrong());
    }
}
