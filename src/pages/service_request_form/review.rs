//! Review ("Check your request"): every answer, each with a Change link.

use super::{DetailsSignals, OwnPlanSignals};
use crate::components::check_answers::{own_support_plan_answer, Answer, CheckAnswers};
use crate::components::contact_fields::{contact_answers, ContactSignals};
use crate::components::request_flow::FlowNav;
use crate::domain::service::ServiceFamily;
use crate::domain::severity::Severity;
use crate::domain::support_topic::SupportTopic;
use crate::domain::validation::Field;
use crate::i18n::{use_form_strings, use_strings};
use crate::party::Party;
use leptos::prelude::*;

#[component]
pub fn Review(
    party: Party,
    family: ServiceFamily,
    topic: Option<SupportTopic>,
    details: DetailsSignals,
    own_plan: OwnPlanSignals,
    contact: ContactSignals,
    nav: FlowNav,
) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let label = f.field_label;
    let d = details.get_untracked();
    let topic = topic
        .map(|t| format!("{} – {}", t.category, t.name))
        .unwrap_or_default();
    let change = |step: &str, field: Field| nav.href(step, Some(field.id()), true);
    let mut request = vec![
        Answer::new(f.review_customer, party.name.clone()),
        Answer::new(f.review_service, (s.customers.family_name)(family)),
        Answer::new(label(Field::SupportTopic), topic).change(change("topic", Field::SupportTopic)),
    ];
    if party.is_own_organization() {
        request.push(own_support_plan_answer(
            &own_plan.get_untracked(),
            change("details", Field::OwnSupportPlanKind),
        ));
    }
    let severity = Severity::parse(&d.severity)
        .map(f.severity_label)
        .unwrap_or_default();
    request.extend([
        Answer::new(label(Field::Title), d.title.trim().to_owned())
            .change(change("details", Field::Title)),
        Answer::new(label(Field::Description), d.description.trim().to_owned())
            .change(change("details", Field::Description)),
        Answer::new(label(Field::Severity), severity).change(change("details", Field::Severity)),
    ]);
    view! {
        <p>{f.review_intro}</p>
        <CheckAnswers heading=f.review_request answers=request />
        <CheckAnswers heading=f.contact_heading answers=contact_answers(contact, &nav) />
    }
}
