//! The Office 365 / Dynamics CRM Online / Enterprise Mobility Suite "Create service request"
//! flow: Support topic -> Details -> Contact -> Review -> Submit.

mod form;
mod review;
mod topic;

use crate::backend::{new_request_id, BackendError};
use crate::browser;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::contact_fields::{ContactFields, SaveContactCheckbox};
use crate::components::error_summary::{
    focus_element, from_field_errors, message_for, ErrorSummary, FormError,
};
use crate::components::fields::{Choice, RadioGroup, TextArea, TextField};
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::request_flow::{
    send_request, use_flow_query, AfterSend, DraftNotice, FlowNav, SendError, Sending,
};
use crate::components::severity_picker::SeverityPicker;
use crate::components::steps::StepIndicator;
use crate::domain::azure::OwnSupportPlanKind;
use crate::domain::service::ServiceFamily;
use crate::domain::severity::IncidentKind;
use crate::domain::support_topic::SupportTopic;
use crate::domain::validation::{Field, DESCRIPTION_MAX};
use crate::drafts;
use crate::i18n::{use_form_strings, use_locale, use_strings};
use crate::party::{load_party, Party};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

const STEPS: &[&str] = &["topic", "details", "contact", "review"];
const CONTACT: usize = 2;
const REVIEW: usize = 3;

use form::{DetailsSignals, OwnPlanSignals, TopicDraft, TopicForm};

#[component]
pub fn NewServiceRequest() -> impl IntoView {
    let params = use_params_map();
    let backend = crate::app::use_backend();
    let route = Memo::new(move |_| {
        let p = params.read();
        (
            p.get("customer_id").unwrap_or_default(),
            p.get("family").unwrap_or_default(),
        )
    });
    let data = LocalResource::new(move || {
        let backend = backend.clone();
        let (id, family) = route.get();
        async move {
            let backend = backend.ok_or(BackendError::Network)?;
            let family = ServiceFamily::from_slug(&family)
                .filter(|f| f.in_scope() && !f.uses_azure_flow())
                .ok_or(BackendError::NotFound)?;
            let party = load_party(backend.clone(), id).await?;
            let topics = backend.support_topics(family).await?;
            Ok::<_, BackendError>((party, family, topics))
        }
    });
    view! {
        <Suspense fallback=|| view! { <LoadingLine /> }>
            {move || {
                data.get()
                    .map(|loaded| match loaded {
                        Ok((party, family, topics)) => {
                            view! { <TopicFlow party family topics /> }.into_any()
                        }
                        Err(error) => {
                            view! { <LoadError error on_retry=move |_| data.refetch() /> }.into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

#[component]
fn TopicFlow(party: Party, family: ServiceFamily, topics: Vec<SupportTopic>) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let locale = use_locale();
    let profile = PartnerProfile::expect();
    let backend = crate::app::use_backend();
    let flow: &'static str = family.slug();
    let topics = StoredValue::new(topics);

    let fresh = move || TopicDraft {
        contact: profile.0.get_untracked(),
        save_contact: true,
        request_id: new_request_id(),
        ..Default::default()
    };
    let restored = drafts::load::<TopicDraft>(flow, &party.id);
    let form = TopicForm::new(
        &restored
            .as_ref()
            .map(|(d, _)| d.clone())
            .unwrap_or_else(fresh),
    );
    if form.request_id.get_value().is_empty() {
        form.request_id.set_value(new_request_id());
    }
    let party_id = party.id.clone();
    Effect::new(move |previous: Option<()>| {
        let draft = form.draft();
        if previous.is_some() {
            drafts::save(flow, &party_id, &draft);
        }
    });

    let nav = FlowNav {
        base: format!("/customers/{}/services/{flow}/new", party.id),
        steps: STEPS,
    };
    let query = use_flow_query(STEPS);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    let sending = Sending::new();

    let guard_party = party.clone();
    let guard_nav = nav.clone();
    Effect::new(move |_| {
        let step = query.step.get();
        errors.set(Vec::new());
        sending.error.set(None);
        let incomplete = (0..step)
            .find(|&i| topics.with_value(|t| !form.step_errors(i, &guard_party, t).is_empty()));
        if let Some(first) = incomplete {
            guard_nav.go(first, true);
            return;
        }
        match query.focus.get_untracked() {
            Some(field) => request_animation_frame(move || focus_element(&field)),
            None => request_animation_frame(|| focus_element("step-heading")),
        }
    });

    let continue_party = party.clone();
    let continue_nav = nav.clone();
    let on_continue = move |step: usize| {
        let found = topics.with_value(|t| form.step_errors(step, &continue_party, t));
        if found.is_empty() {
            let next = if query.then_review.get_untracked() {
                REVIEW
            } else {
                step + 1
            };
            continue_nav.go(next, false);
        } else {
            errors.set(from_field_errors(&found));
            attempt.update(|n| *n += 1);
        }
    };
    let submit_party = party.clone();
    let on_submit = move || match topics.with_value(|t| form.request(&submit_party, family, t)) {
        Ok(request) => send_request(
            backend.clone(),
            request,
            form.request_id.get_value(),
            AfterSend {
                flow,
                party_id: submit_party.id.clone(),
                save_contact: form
                    .save_contact
                    .get_untracked()
                    .then(|| form.contact.get_untracked()),
                incident: IncidentKind::for_request(family, None),
            },
            sending,
        ),
        Err(found) => {
            errors.set(from_field_errors(&found));
            attempt.update(|n| *n += 1);
        }
    };

    let step_names = vec![f.step_topic, f.step_details, f.step_contact, f.step_review];
    let step_title = {
        let names = step_names.clone();
        move || names.get(query.step.get()).copied().unwrap_or_default()
    };
    let trail = vec![
        Crumb::link(s.app.nav_customers, "/customers"),
        Crumb::link(party.name.clone(), party.href()),
        Crumb::here(format!(
            "{} – {}",
            f.new_service_request_title,
            (s.customers.family_name)(family)
        )),
    ];
    let has_errors = Signal::derive(move || !errors.with(Vec::is_empty));
    let discard_id = party.id.clone();
    let back_nav = nav.clone();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let own_kind_choices: Vec<Choice> = OwnSupportPlanKind::ALL
        .iter()
        .map(|k| Choice::new(k.slug(), (f.own_plan_kind_label)(*k)))
        .collect();

    view! {
        <div class="readable">
            <Breadcrumbs trail />
            <PageHeading title=f.new_service_request_title has_errors />
            <p class="lead">{format!("{} · {}", party.name, (s.customers.family_name)(family))}</p>
            {restored.map(|(_, saved)| {
                let saved = browser::format_date_time(saved, locale.tag(), None);
                let id = discard_id.clone();
                view! {
                    <DraftNotice saved on_discard=move |_| {
                        drafts::discard(flow, &id);
                        form.reset(&fresh());
                    } />
                }
            })}
            <StepIndicator steps=step_names current=query.step />
            <ErrorSummary errors attempt />
            <SendError error=sending.error />
            <form
                class="form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    let step = query.step.get_untracked();
                    if step == REVIEW { on_submit() } else { on_continue(step) }
                }
            >
                <h2 id="step-heading" tabindex="-1">{step_title}</h2>
                {
                    let party = party.clone();
                    let nav = nav.clone();
                    let own_kind_choices = own_kind_choices.clone();
                    move || match query.step.get() {
                        0 => view! {
                            <topic::TopicStep
                                topics=topics.get_value()
                                selected=form.topic_id
                                error=error(Field::SupportTopic)
                            />
                        }.into_any(),
                        1 => view! {
                            {party.is_own_organization().then(|| view! {
                                <section class="card" aria-labelledby="own-plan-heading">
                                    <h3 id="own-plan-heading">{f.own_plan_heading}</h3>
                                    <p>{f.own_plan_intro}</p>
                                    <RadioGroup
                                        id=Field::OwnSupportPlanKind.id()
                                        legend=(f.field_label)(Field::OwnSupportPlanKind)
                                        value=form.own_plan.kind
                                        choices=own_kind_choices.clone()
                                        error=error(Field::OwnSupportPlanKind)
                                    />
                                    <TextField
                                        id=Field::OwnSupportPlanId.id()
                                        label=(f.field_label)(Field::OwnSupportPlanId)
                                        hint=f.own_plan_id_hint
                                        value=form.own_plan.id
                                        error=error(Field::OwnSupportPlanId)
                                        class="input--medium"
                                        spellcheck=false
                                    />
                                </section>
                            })}
                            <TextField
                                id=Field::Title.id()
                                label=(f.field_label)(Field::Title)
                                hint=f.title_hint
                                value=form.details.title
                                error=error(Field::Title)
                            />
                            <TextArea
                                id=Field::Description.id()
                                label=(f.field_label)(Field::Description)
                                hint=f.description_hint
                                value=form.details.description
                                error=error(Field::Description)
                                max_chars=DESCRIPTION_MAX
                                chars_left=f.chars_left
                            />
                            <SeverityPicker
                                value=form.details.severity
                                error=error(Field::Severity)
                                incident=Signal::derive(move || IncidentKind::for_request(family, None))
                            />
                        }.into_any(),
                        CONTACT => view! {
                            <p class="notice">{f.contact_note}</p>
                            <ContactFields form=form.contact errors />
                            <SaveContactCheckbox checked=form.save_contact />
                        }.into_any(),
                        _ => view! {
                            <review::Review
                                party=party.clone()
                                family
                                topic=topics.with_value(|t| form.topic(t).cloned())
                                details=form.details
                                own_plan=form.own_plan
                                contact=form.contact
                                nav=nav.clone()
                            />
                        }.into_any(),
                    }
                }
                <div class="actions">
                    <button type="submit" class="button" disabled=move || sending.in_flight.get()>
                        {move || match (query.step.get(), sending.in_flight.get()) {
                            (_, true) => f.sending,
                            (REVIEW, false) => f.submit_button,
                            _ => f.continue_button,
                        }}
                    </button>
                    <Show when=move || { query.step.get() > 0 }>
                        <button
                            type="button"
                            class="button button--secondary"
                            on:click={
                                let nav = back_nav.clone();
                                move |_| nav.go(query.step.get_untracked().saturating_sub(1), false)
                            }
                        >
                            {f.back_button}
                        </button>
                    </Show>
                    <a href="/help" target="_blank" rel="noopener">
                        {f.help_link}
                        <span class="visually-hidden">{s.app.opens_in_new_tab}</span>
                    </a>
                </div>
                <p class="visually-hidden" role="status">{move || sending.in_flight.get().then_some(f.sending)}</p>
            </form>
        </div>
    }
}
