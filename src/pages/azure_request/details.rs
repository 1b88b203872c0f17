//! Details: description, when the problem started, severity, diagnostic consent, language.

use super::DetailsSignals;
use crate::components::contact_fields::SupportLanguageField;
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::{Choice, RadioGroup};
use crate::components::problem_description::ProblemDescription;
use crate::components::severity_picker::SeverityPicker;
use crate::domain::azure::IssueType;
use crate::domain::service::ServiceFamily;
use crate::domain::severity::IncidentKind;
use crate::domain::validation::Field;
use crate::i18n::use_form_strings;
use crate::i18n::use_strings;
use leptos::prelude::*;

#[component]
pub fn DetailsStep(
    form: DetailsSignals,
    /// The issue type chosen in Basics, as typed: it decides the response times shown.
    issue_type: RwSignal<String>,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let incident = Signal::derive(move || {
        IncidentKind::for_request(
            ServiceFamily::Azure,
            IssueType::from_slug(&issue_type.get()),
        )
    });
    let consent_choices = vec![Choice::new("yes", f.yes), Choice::new("no", f.no)];
    let problem_start_error = error(Field::ProblemStart);

    view! {
        <ProblemDescription value=form.description errors />
        <div class="field" class:field--error=move || problem_start_error.with(Option::is_some)>
            <label for=Field::ProblemStart.id()>{(f.field_label)(Field::ProblemStart)}</label>
            <p class="hint" id="problem-start-hint">{f.problem_start_hint}</p>
            {move || problem_start_error.get().map(|m| view! {
                <p class="field-error" id="problem-start-error">
                    <span class="visually-hidden">{use_strings().app.error_prefix}</span>{m}
                </p>
            })}
            <input
                type="datetime-local"
                id=Field::ProblemStart.id()
                class="input--medium"
                aria-describedby=move || if problem_start_error.with(Option::is_some) {
                    "problem-start-hint problem-start-error"
                } else {
                    "problem-start-hint"
                }
                aria-invalid=move || problem_start_error.with(Option::is_some).then_some("true")
                prop:value=move || form.problem_start.get()
                on:input=move |ev| form.problem_start.set(event_target_value(&ev))
            />
        </div>
        <SeverityPicker value=form.severity error=error(Field::Severity) incident />
        <RadioGroup
            id=Field::AdvancedDiagnosticConsent.id()
            legend=(f.field_label)(Field::AdvancedDiagnosticConsent)
            hint=f.diagnostic_hint
            value=form.advanced_diagnostic_consent
            choices=consent_choices
            error=error(Field::AdvancedDiagnosticConsent)
        />
        <SupportLanguageField value=form.support_language error=error(Field::SupportLanguage) />
    }
}
