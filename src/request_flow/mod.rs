//! The one shell both request flows run in, and what a flow must say to run in it.
//!
//! A flow is a small description ([`RequestFlow`]): its steps (an enum), its answers (the draft),
//! which step each field is on, one function that builds the request or returns the field
//! errors, and the views of its steps. The shell ([`FlowShell`]) does the rest, the same way for
//! both: the steps in the address (`?step=details`), the step guard, continue and back,
//! "Change" from the review and back, the draft, sending and the confirmation. A step's errors
//! are the build's errors on the steps so far: validation is written once, in the build.

mod nav;
mod send_status;
mod shell;

pub use nav::{use_flow_query, FlowNav, FlowQuery};
pub use shell::{FlowPage, FlowShell};

use crate::components::error_summary::FormError;
use crate::domain::validation::{ContactForm, Field, FieldError};
use crate::domain::{NewServiceRequest, Timestamp};
use crate::form_signals::FormSignals;
use crate::i18n::FormStrings;
use crate::party::Party;
use crate::routes::Route;
use leptos::prelude::{AnyView, Signal};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;

/// A step of a flow; `ALL` in order, the review last.
pub trait FlowStep: Copy + Eq + Debug + Send + Sync + 'static {
    const ALL: &'static [Self];

    /// Its name in the address: `?step=details`.
    fn slug(self) -> &'static str;

    /// Its name on the page.
    fn name(self, f: &'static FormStrings) -> &'static str;

    /// Where it is in the flow, from 0.
    fn position(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn first() -> Self {
        Self::ALL[0]
    }

    /// The review ("Check your request"), where the request is sent.
    fn review() -> Self {
        Self::ALL[Self::ALL.len() - 1]
    }

    fn is_review(self) -> bool {
        self == Self::review()
    }

    fn next(self) -> Self {
        Self::ALL
            .get(self.position() + 1)
            .copied()
            .unwrap_or_else(Self::review)
    }

    fn previous(self) -> Self {
        Self::ALL[self.position().saturating_sub(1)]
    }

    fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.slug() == slug)
    }
}

/// The time a request is built at, and the partner's UTC offset, in minutes east, at any
/// instant (for "when did the problem start", which may be on the other side of a
/// daylight-saving change).
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    pub now: Timestamp,
    pub local_offset: fn(Timestamp) -> i32,
}

/// What a flow knows without a page: its steps, its answers and how they make a request.
pub trait FlowRules {
    type Step: FlowStep;
    type Answers: Clone + Default + PartialEq + Debug + Serialize + DeserializeOwned + Send + Sync;

    /// The step a field is asked on (a field the flow does not ask for: the first step).
    fn step_of(field: Field) -> Self::Step;

    /// The request the answers make, or every field error, in the order the fields appear.
    fn build(
        &self,
        answers: &Self::Answers,
        clock: Clock,
    ) -> Result<NewServiceRequest, Vec<FieldError>>;
}

/// Gathers a part's field errors into `errors`; the part's value when it has none. A build
/// validates every part so that it reports every error at once.
pub fn gather<T>(errors: &mut Vec<FieldError>, part: Result<T, Vec<FieldError>>) -> Option<T> {
    part.map_err(|found| errors.extend(found)).ok()
}

/// The build's errors on `step` and the steps before it, one per field.
pub fn errors_so_far<R: FlowRules>(
    rules: &R,
    answers: &R::Answers,
    step: R::Step,
    clock: Clock,
) -> Vec<FieldError> {
    let mut seen = Vec::new();
    match rules.build(answers, clock) {
        Ok(_) => Vec::new(),
        Err(errors) => errors
            .into_iter()
            .filter(|e| R::step_of(e.field).position() <= step.position())
            .filter(|e| {
                let first = !seen.contains(&e.field);
                seen.push(e.field);
                first
            })
            .collect(),
    }
}

/// The first step before `step` that is not complete: where the partner must go first.
pub fn first_incomplete_before<R: FlowRules>(
    rules: &R,
    answers: &R::Answers,
    step: R::Step,
    clock: Clock,
) -> Option<R::Step> {
    let errors = rules.build(answers, clock).err()?;
    errors
        .iter()
        .map(|e| R::step_of(e.field))
        .filter(|s| s.position() < step.position())
        .min_by_key(|s| s.position())
}

/// A draft of a flow: the answers, and the idempotency key that files them. The key is the
/// draft's for its life: every send of it, after a retry, a reload or from a second tab, uses
/// it, so the answers are filed at most once; a server given the key again with other answers
/// refuses them and names the request filed. It is new only with a new draft (a fresh form,
/// after "Discard draft" or after the request was filed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(
    try_from = "serde_json::Value",
    bound(deserialize = "A: DeserializeOwned")
)]
pub struct FlowDraft<A> {
    /// `MS-RequestId`.
    pub key: String,
    pub answers: A,
}

impl<A: DeserializeOwned> TryFrom<serde_json::Value> for FlowDraft<A> {
    type Error = serde_json::Error;

    /// `{"key", "answers"}`; a draft saved before answers and key were apart holds the answers
    /// themselves, with the key as `request_id`.
    fn try_from(mut value: serde_json::Value) -> Result<Self, Self::Error> {
        let key = |value: &serde_json::Value, name: &str| {
            value
                .get(name)
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        match value.get_mut("answers").map(serde_json::Value::take) {
            Some(answers) => Ok(FlowDraft {
                key: key(&value, "key"),
                answers: serde_json::from_value(answers)?,
            }),
            None => Ok(FlowDraft {
                key: key(&value, "request_id"),
                answers: serde_json::from_value(value)?,
            }),
        }
    }
}

/// A flow that runs in the shell: its rules, and the words and views of its page.
pub trait RequestFlow: FlowRules + Send + Sync + 'static {
    /// One signal per answer, for the step views.
    type Form: FormSignals<Self::Answers>;

    /// The draft's form name in storage (`azure`, `office-365`, ...).
    fn draft_form(&self) -> &'static str;

    fn party(&self) -> &Party;

    /// The answers of a new draft; `contact` is the partner's saved contact details.
    fn fresh(&self, contact: &ContactForm) -> Self::Answers;

    /// The contact details to save for the next request, when the partner asked to.
    fn contact_to_save(answers: &Self::Answers) -> Option<ContactForm>;

    /// Where the flow lives; steps are `?step=` on it.
    fn route(&self) -> Route<'_>;

    /// The `<h1>`, also the breadcrumb of the page.
    fn heading(&self, f: &'static FormStrings) -> &'static str;

    /// The line under the heading: whom and what the request is about.
    fn lead(&self) -> String;

    /// The last breadcrumb.
    fn crumb(&self, f: &'static FormStrings) -> String;

    /// The label of the send button on the review: "Create", "Submit".
    fn send_label(&self, f: &'static FormStrings) -> &'static str;

    /// The fields (or, on the review, the answers) of `step`.
    fn step_view(
        &self,
        step: Self::Step,
        form: Self::Form,
        errors: Signal<Vec<FormError>>,
        nav: &FlowNav<Self::Step>,
    ) -> AnyView;
}

#[cfg(test)]
mod tests;

/// What the flows' rule tests share.
#[cfg(test)]
pub mod test_support {
    use super::{Clock, FlowRules};
    use crate::domain::validation::{ContactForm, Field, FieldError};
    use crate::domain::Timestamp;

    /// 2026-11-25T10:15:00Z, in Berlin (UTC+1).
    pub const CLOCK: Clock = Clock {
        now: Timestamp(1_795_601_700_000),
        local_offset: |_| 60,
    };

    /// The partner's own contact details, complete.
    pub fn partner_contact() -> ContactForm {
        ContactForm {
            first_name: "Anna".into(),
            last_name: "Schmidt".into(),
            email: "anna.schmidt@partner.example".into(),
            country: "DEU".into(),
            time_zone: "Europe/Berlin".into(),
            ..ContactForm::default()
        }
    }

    pub fn fields(errors: &[FieldError]) -> Vec<Field> {
        errors.iter().map(|e| e.field).collect()
    }

    /// The fields of `errors` that `step` asks for, in order.
    pub fn fields_on<R: FlowRules>(errors: &[FieldError], step: R::Step) -> Vec<Field> {
        errors
            .iter()
            .filter(|e| R::step_of(e.field) == step)
            .map(|e| e.field)
            .collect()
    }
}
