//! The partner's own support plan, which a request about its own subscriptions needs (the CSP
//! support benefit does not cover them): its fields, for both flows, and its review answer.

use crate::components::check_answers::Answer;
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::{Choice, RadioGroup, TextField};
use crate::domain::azure::OwnSupportPlanKind;
use crate::domain::validation::{Field, OwnSupportPlanForm};
use crate::form_signals;
use crate::i18n::use_form_strings;
use leptos::prelude::*;

form_signals!(
    /// The own-plan inputs.
    OwnPlanSignals for OwnSupportPlanForm { kind, id }
);

#[component]
pub fn OwnSupportPlanFields(
    form: OwnPlanSignals,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let choices: Vec<Choice> = OwnSupportPlanKind::ALL
        .iter()
        .map(|k| Choice::new(k.slug(), (f.own_plan_kind_label)(*k)))
        .collect();
    view! {
        <section class="card" aria-labelledby="own-plan-heading">
            <h3 id="own-plan-heading">{f.own_plan_heading}</h3>
            <p>{f.own_plan_intro}</p>
            <RadioGroup
                id=Field::OwnSupportPlanKind.id()
                legend=(f.field_label)(Field::OwnSupportPlanKind)
                value=form.kind
                choices
                error=error(Field::OwnSupportPlanKind)
            />
            <TextField
                id=Field::OwnSupportPlanId.id()
                label=(f.field_label)(Field::OwnSupportPlanId)
                hint=f.own_plan_id_hint
                value=form.id
                error=error(Field::OwnSupportPlanId)
                class="input--medium"
                spellcheck=false
            />
        </section>
    }
}

/// The partner's own support plan as an answer: "MPN contract ID: 1234567".
pub fn own_support_plan_answer(plan: &OwnSupportPlanForm, change_href: String) -> Answer {
    let f = use_form_strings();
    let kind = OwnSupportPlanKind::from_slug(&plan.kind)
        .map(f.own_plan_kind_label)
        .unwrap_or_default();
    Answer::new(
        (f.field_label)(Field::OwnSupportPlanKind),
        format!("{kind}: {}", plan.id.trim()),
    )
    .change(change_href)
}
