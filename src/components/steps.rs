//! The steps of a flow (Basics, Details, Contact, Review), with the current one marked for
//! screen readers too.

use crate::i18n::use_form_strings;
use leptos::prelude::*;

#[component]
pub fn StepIndicator(
    steps: Vec<&'static str>,
    #[prop(into)] current: Signal<usize>,
) -> impl IntoView {
    let f = use_form_strings();
    let total = steps.len();
    view! {
        <nav class="steps" aria-label=f.steps_label>
            <p class="visually-hidden">{move || (f.step_of)(current.get() + 1, total)}</p>
            <ol>
                {steps
                    .into_iter()
                    .enumerate()
                    .map(|(i, name)| {
                        view! {
                            <li
                                aria-current=move || (current.get() == i).then_some("step")
                                class:steps__done=move || i < current.get()
                            >
                                {name}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
