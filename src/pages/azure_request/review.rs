//! Review ("Check your request"): every answer, each with a Change link to its field.

use super::details::problem_start_in_full;
use super::rules::{AzureAnswers, AzureFlow, AzureStep};
use crate::components::check_answers::{Answer, CheckAnswers};
use crate::components::contact_fields::contact_answers;
use crate::components::own_support_plan::own_support_plan_answer;
use crate::domain::azure::{azure_service, problem_types_for, IssueType, SupportPlan};
use crate::domain::contact::SupportLanguage;
use crate::domain::severity::Severity;
use crate::domain::validation::Field;
use crate::i18n::{use_form_strings, use_locale};
use crate::request_flow::FlowNav;
use leptos::prelude::*;

pub fn review(flow: &AzureFlow, answers: &AzureAnswers, nav: &FlowNav<AzureStep>) -> impl IntoView {
    let f = use_form_strings();
    let label = f.field_label;
    let change = |field: Field| nav.change(field);
    let or_not_given = |value: String| {
        if value.trim().is_empty() {
            f.not_given.to_owned()
        } else {
            value
        }
    };

    let b = &answers.basics;
    let issue_type = IssueType::from_slug(&b.issue_type);
    let subscription = flow
        .subscriptions
        .iter()
        .find(|s| s.azure_subscription_id.as_deref() == Some(b.azure_subscription_id.trim()))
        .map(|s| format!("{} ({})", s.display_name(), b.azure_subscription_id.trim()))
        .unwrap_or_else(|| b.azure_subscription_id.clone());
    let service = azure_service(&b.service_id)
        .map(|s| (f.catalog_label)(s.label).to_owned())
        .unwrap_or_default();
    let problem = issue_type
        .and_then(|t| {
            let service = (!b.service_id.is_empty()).then_some(b.service_id.as_str());
            problem_types_for(t, service)
                .iter()
                .find(|p| p.id == b.problem_type)
        })
        .map(|p| {
            let name = (f.catalog_label)(p.label);
            match p.subtype_label(&b.problem_subtype) {
                Some(subtype) => format!("{name} / {}", (f.catalog_label)(subtype)),
                None => name.to_owned(),
            }
        })
        .unwrap_or_default();

    let mut request = vec![
        Answer::new(f.review_customer, flow.party.name.clone()),
        Answer::new(
            label(Field::IssueType),
            issue_type.map(f.issue_type_label).unwrap_or_default(),
        )
        .change(change(Field::IssueType)),
        Answer::new(label(Field::AzureSubscription), subscription)
            .change(change(Field::AzureSubscription)),
    ];
    if issue_type.is_some_and(IssueType::needs_service) {
        request.push(
            Answer::new(label(Field::AzureService), service).change(change(Field::AzureService)),
        );
    }
    request.push(
        Answer::new(f.summary_label, b.summary.trim().to_owned()).change(change(Field::Title)),
    );
    request
        .push(Answer::new(label(Field::ProblemType), problem).change(change(Field::ProblemType)));
    if flow.party.is_own_organization() {
        request.push(own_support_plan_answer(
            &answers.own_plan,
            change(Field::OwnSupportPlanKind),
        ));
    } else {
        let plan = SupportPlan::from_slug(&b.support_plan)
            .map(f.support_plan_label)
            .unwrap_or_default();
        request
            .push(Answer::new(label(Field::SupportPlan), plan).change(change(Field::SupportPlan)));
    }

    let d = &answers.details;
    let severity = Severity::parse(&d.severity)
        .map(f.severity_label)
        .unwrap_or_default();
    let consent = match d.advanced_diagnostic_consent.as_str() {
        "yes" => f.yes,
        "no" => f.no,
        _ => "",
    };
    let language = SupportLanguage::from_code(&d.support_language)
        .map(f.support_language_name)
        .unwrap_or_default();
    let detail_answers = vec![
        Answer::new(label(Field::Description), d.description.trim().to_owned())
            .change(change(Field::Description)),
        Answer::new(
            label(Field::ProblemStart),
            or_not_given(
                problem_start_in_full(&d.problem_start, use_locale())
                    .unwrap_or_else(|| d.problem_start.clone()),
            ),
        )
        .change(change(Field::ProblemStart)),
        Answer::new(label(Field::Severity), severity).change(change(Field::Severity)),
        Answer::new(label(Field::AdvancedDiagnosticConsent), consent)
            .change(change(Field::AdvancedDiagnosticConsent)),
        Answer::new(label(Field::SupportLanguage), language).change(change(Field::SupportLanguage)),
        Answer::new(
            label(Field::Attachment),
            answers.attachment.as_ref().map_or_else(
                || f.not_given.to_owned(),
                |file| (f.attachment_named)(&file.name, file.size),
            ),
        )
        .change(change(Field::Attachment)),
    ];

    view! {
        <p>{f.review_intro}</p>
        <CheckAnswers heading=f.step_basics answers=request />
        <CheckAnswers heading=f.step_details answers=detail_answers />
        <CheckAnswers heading=f.contact_heading answers=contact_answers(&answers.contact, change) />
    }
}
