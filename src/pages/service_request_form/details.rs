//! Details: the partner's own support plan (for its own subscriptions), title, description and
//! severity.

use super::DetailsSignals;
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::TextField;
use crate::components::own_support_plan::{OwnPlanSignals, OwnSupportPlanFields};
use crate::components::problem_description::ProblemDescription;
use crate::components::severity_picker::SeverityPicker;
use crate::domain::service::ServiceFamily;
use crate::domain::severity::IncidentKind;
use crate::domain::validation::Field;
use crate::i18n::use_form_strings;
use leptos::prelude::*;

#[component]
pub fn DetailsStep(
    form: DetailsSignals,
    own_plan: OwnPlanSignals,
    own_organization: bool,
    family: ServiceFamily,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    view! {
        {own_organization.then(|| view! { <OwnSupportPlanFields form=own_plan errors /> })}
        <TextField
            id=Field::Title.id()
            label=(f.field_label)(Field::Title)
            hint=f.title_hint
            value=form.title
            error=error(Field::Title)
        />
        <ProblemDescription value=form.description errors />
        <SeverityPicker
            value=form.severity
            error=error(Field::Severity)
            incident=Signal::derive(move || IncidentKind::for_request(family, None))
        />
    }
}
