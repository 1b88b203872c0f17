//! Review ("Check your request"): every answer, each with a Change link to its field.

use super::rules::{TopicAnswers, TopicFlow, TopicStep};
use crate::components::check_answers::{Answer, CheckAnswers};
use crate::components::contact_fields::contact_answers;
use crate::components::own_support_plan::own_support_plan_answer;
use crate::domain::severity::Severity;
use crate::domain::validation::Field;
use crate::i18n::{use_form_strings, use_service_strings};
use crate::request_flow::FlowNav;
use leptos::prelude::*;

pub fn review(flow: &TopicFlow, answers: &TopicAnswers, nav: &FlowNav<TopicStep>) -> impl IntoView {
    let f = use_form_strings();
    let label = f.field_label;
    let change = |field: Field| nav.change(field);
    let d = &answers.details;
    let topic = flow
        .topic(answers.topic_id.trim())
        .map(|t| format!("{} – {}", t.category, t.name))
        .unwrap_or_default();
    let mut request = vec![
        Answer::new(f.review_customer, flow.party.name.clone()),
        Answer::new(
            f.review_service,
            (use_service_strings().family_name)(flow.family),
        ),
        Answer::new(label(Field::SupportTopic), topic).change(change(Field::SupportTopic)),
    ];
    if flow.party.is_own_organization() {
        request.push(own_support_plan_answer(
            &answers.own_plan,
            change(Field::OwnSupportPlanKind),
        ));
    }
    let severity = Severity::parse(&d.severity)
        .map(f.severity_label)
        .unwrap_or_default();
    request.extend([
        Answer::new(label(Field::Title), d.title.trim().to_owned()).change(change(Field::Title)),
        Answer::new(label(Field::Description), d.description.trim().to_owned())
            .change(change(Field::Description)),
        Answer::new(label(Field::Severity), severity).change(change(Field::Severity)),
    ]);
    view! {
        <p>{f.review_intro}</p>
        <CheckAnswers heading=f.review_request answers=request />
        <CheckAnswers heading=f.contact_heading answers=contact_answers(&answers.contact, change) />
    }
}
