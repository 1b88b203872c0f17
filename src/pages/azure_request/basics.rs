//! Basics: issue type, subscription, service, summary, problem type and subtype, support plan.

use super::BasicsSignals;
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::{Choice, RadioGroup, SelectField, TextField};
use crate::components::own_support_plan::{OwnPlanSignals, OwnSupportPlanFields};
use crate::domain::azure::{azure_services, problem_types_for, IssueType, SupportPlan};
use crate::domain::service::Subscription;
use crate::domain::validation::Field;
use crate::i18n::use_form_strings;
use leptos::prelude::*;

#[component]
pub fn BasicsStep(
    form: BasicsSignals,
    own_plan: OwnPlanSignals,
    own_organization: bool,
    subscriptions: Vec<Subscription>,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let issue_type = Signal::derive(move || IssueType::from_slug(&form.issue_type.get()));
    let needs_service = move || issue_type.get().is_some_and(IssueType::needs_service);

    // A changed answer clears the answers that depended on it.
    Effect::new(move |previous: Option<(String, String)>| {
        let now = (form.issue_type.get(), form.service_id.get());
        if previous.is_some_and(|p| p != now) {
            form.problem_type.set(String::new());
            form.problem_subtype.set(String::new());
        }
        now
    });
    Effect::new(move |previous: Option<String>| {
        let now = form.problem_type.get();
        if previous.is_some_and(|p| p != now) {
            form.problem_subtype.set(String::new());
        }
        now
    });

    let issue_choices: Vec<Choice> = IssueType::ALL
        .iter()
        .map(|t| Choice::new(t.slug(), (f.issue_type_label)(*t)))
        .collect();
    let has_subscriptions = !subscriptions.is_empty();
    let subscription_choices: Vec<Choice> = subscriptions
        .iter()
        .filter_map(|s| {
            let id = s.azure_subscription_id.clone()?;
            Some(Choice::new(
                id.clone(),
                format!("{} ({id})", s.display_name()),
            ))
        })
        .collect();
    let service_choices: Vec<Choice> = azure_services()
        .iter()
        .map(|s| Choice::new(s.id, (f.catalog_label)(s.label)))
        .collect();
    let problem_types = move || {
        issue_type
            .get()
            .map(|t| {
                let service = form.service_id.get();
                problem_types_for(t, (!service.is_empty()).then_some(service.as_str()))
            })
            .unwrap_or_default()
    };
    let problem_choices = Signal::derive(move || {
        problem_types()
            .iter()
            .map(|p| Choice::new(p.id, (f.catalog_label)(p.label)))
            .collect::<Vec<_>>()
    });
    let subtype_choices = Signal::derive(move || {
        let chosen = form.problem_type.get();
        problem_types()
            .iter()
            .find(|p| p.id == chosen)
            .map(|p| {
                p.subtypes
                    .iter()
                    .map(|&(id, label)| Choice::new(id, (f.catalog_label)(label)))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let plan_choices: Vec<Choice> = SupportPlan::ALL
        .iter()
        .map(|p| {
            Choice::new(p.slug(), (f.support_plan_label)(*p))
                .with_hint((f.support_plan_choice_hint)(*p, own_organization))
        })
        .collect();

    view! {
        <RadioGroup
            id=Field::IssueType.id()
            legend=(f.field_label)(Field::IssueType)
            value=form.issue_type
            choices=issue_choices
            error=error(Field::IssueType)
        />
        {(!has_subscriptions).then(|| view! { <p class="notice notice--warning">{f.no_azure_subscription}</p> })}
        <SelectField
            id=Field::AzureSubscription.id()
            label=(f.field_label)(Field::AzureSubscription)
            hint=(f.subscription_hint)(own_organization)
            value=form.azure_subscription_id
            choices=subscription_choices
            error=error(Field::AzureSubscription)
            placeholder=f.select_placeholder
        />
        <Show when=needs_service>
            <SelectField
                id=Field::AzureService.id()
                label=(f.field_label)(Field::AzureService)
                value=form.service_id
                choices=service_choices.clone()
                error=error(Field::AzureService)
                placeholder=f.select_placeholder
            />
        </Show>
        <SelectField
            id=Field::ProblemType.id()
            label=(f.field_label)(Field::ProblemType)
            value=form.problem_type
            choices=problem_choices
            error=error(Field::ProblemType)
            placeholder=f.select_placeholder
        />
        <Show when=move || !subtype_choices.with(Vec::is_empty)>
            <SelectField
                id=Field::ProblemSubtype.id()
                label=(f.field_label)(Field::ProblemSubtype)
                value=form.problem_subtype
                choices=subtype_choices
                error=error(Field::ProblemSubtype)
                placeholder=f.select_placeholder
            />
        </Show>
        <TextField
            id=Field::Title.id()
            label=f.summary_label
            hint=f.summary_hint
            value=form.summary
            error=error(Field::Title)
        />
        {if own_organization {
            view! { <OwnSupportPlanFields form=own_plan errors /> }
            .into_any()
        } else {
            view! {
                <RadioGroup
                    id=Field::SupportPlan.id()
                    legend=(f.field_label)(Field::SupportPlan)
                    hint=f.support_plan_hint
                    value=form.support_plan
                    choices=plan_choices
                    error=error(Field::SupportPlan)
                />
            }
            .into_any()
        }}
    }
}
