//! Severity A/B/C with what each means and its first-response time.

use crate::components::fields::{Choice, RadioGroup};
use crate::domain::severity::{first_response_target, IncidentKind, Severity};
use crate::domain::validation::Field;
use crate::i18n::use_form_strings;
use leptos::prelude::*;

#[component]
pub fn SeverityPicker(
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(into)] incident: Signal<IncidentKind>,
) -> impl IntoView {
    let f = use_form_strings();
    let choices = Signal::derive(move || {
        let incident = incident.get();
        Severity::ALL
            .iter()
            .map(|&severity| {
                let target = first_response_target(severity, incident);
                Choice::new(severity.letter().to_string(), (f.severity_label)(severity)).with_hint(
                    format!(
                        "{} {}.",
                        (f.severity_impact)(severity),
                        (f.response_target)(target)
                    ),
                )
            })
            .collect::<Vec<_>>()
    });
    view! {
        <RadioGroup
            id=Field::Severity.id()
            legend=(f.field_label)(Field::Severity)
            hint=f.severity_hint
            value
            choices
            error
        />
    }
}
