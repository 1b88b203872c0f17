//! A flow's steps in the address: `?step=details`, with `&focus=<field id>` to put the cursor
//! in a field and `&then=review` to come back to the review after a "Change". The flow's own
//! address comes from `crate::routes`.

use super::FlowStep;
use crate::domain::validation::Field;
use crate::routes::{use_navigator, Navigator, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// Where a flow lives and how to move between its steps. Made with the page.
#[derive(Clone)]
pub struct FlowNav<S: FlowStep> {
    /// The flow's address, under the public URL.
    base: String,
    step_of: fn(Field) -> S,
    navigator: Navigator,
}

impl<S: FlowStep> FlowNav<S> {
    pub fn new(flow: Route<'_>, step_of: fn(Field) -> S) -> FlowNav<S> {
        FlowNav {
            base: flow.href(),
            step_of,
            navigator: use_navigator(),
        }
    }

    /// The address of `step`, optionally focusing a field and returning to the review after.
    pub fn href(&self, step: S, focus: Option<&str>, then_review: bool) -> String {
        let mut href = format!("{}?step={}", self.base, step.slug());
        if let Some(field) = focus {
            href.push_str("&focus=");
            href.push_str(field);
        }
        if then_review {
            href.push_str("&then=review");
        }
        href
    }

    /// "Change" on the review: the field's step, the field focused, then back to the review.
    pub fn change(&self, field: Field) -> String {
        self.href((self.step_of)(field), Some(field.id()), true)
    }

    pub fn go(&self, step: S, replace: bool) {
        self.navigator.go_to(&self.href(step, None, false), replace);
    }
}

/// The step in the address (the first for an unknown one), the field to focus and whether to
/// return to the review.
pub struct FlowQuery<S: FlowStep> {
    pub step: Memo<S>,
    pub focus: Memo<Option<String>>,
    pub then_review: Memo<bool>,
}

pub fn use_flow_query<S: FlowStep>() -> FlowQuery<S> {
    let query = use_query_map();
    FlowQuery {
        step: Memo::new(move |_| {
            query
                .read()
                .get("step")
                .and_then(|slug| S::from_slug(&slug))
                .unwrap_or_else(S::first)
        }),
        focus: Memo::new(move |_| query.read().get("focus")),
        then_review: Memo::new(move |_| query.read().get("then").as_deref() == Some("review")),
    }
}
