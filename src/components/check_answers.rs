//! "Check your request": each answer with a Change link back to its field.

use crate::i18n::use_form_strings;
use leptos::prelude::*;
use leptos_router::components::A;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub label: String,
    pub value: String,
    /// Where "Change" leads: the step, with the field to focus and a way back to the review.
    pub change_href: Option<String>,
}

impl Answer {
    pub fn new(label: impl Into<String>, value: impl Into<String>) -> Answer {
        Answer {
            label: label.into(),
            value: value.into(),
            change_href: None,
        }
    }

    pub fn change(mut self, href: impl Into<String>) -> Answer {
        self.change_href = Some(href.into());
        self
    }
}

#[component]
pub fn CheckAnswers(#[prop(into)] heading: String, answers: Vec<Answer>) -> impl IntoView {
    let f = use_form_strings();
    view! {
        <section class="card">
            <h2>{heading}</h2>
            <dl class="answers">
                {answers
                    .into_iter()
                    .map(|answer| {
                        let label = answer.label.clone();
                        view! {
                            <div class="answers__row">
                                <dt>{answer.label}</dt>
                                <dd class="answers__value">{answer.value}</dd>
                                <dd class="answers__action">
                                    {answer.change_href.map(|href| view! {
                                        <A href=href attr:aria-label=(f.change_answer)(&label)>
                                            {f.change}
                                        </A>
                                    })}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
