//! The Azure "New support request" flow: Basics -> Details -> Contact -> Review -> Create.
//! Each step has its own address (`?step=`), answers are kept as typed in a draft, and a
//! step can only be reached once the steps before it are complete.

mod basics;
mod details;
mod review;

use crate::backend::{new_request_id, BackendError};
use crate::browser;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::contact_fields::{ContactFields, ContactSignals, SaveContactCheckbox};
use crate::components::error_summary::{focus_element, from_field_errors, ErrorSummary, FormError};
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::request_flow::{
    send_request, use_flow_query, AfterSend, DraftNotice, FlowNav, SendError, Sending,
};
use crate::components::steps::StepIndicator;
use crate::domain::azure::IssueType;
use crate::domain::service::{ServiceFamily, Subscription};
use crate::domain::severity::IncidentKind;
use crate::domain::validation::{
    build_new_request, validate_azure_basics, validate_azure_details, validate_contact,
    validate_own_support_plan, AzureBasicsForm, AzureDetailsForm, ContactForm, FieldError,
    FlowParts, OwnSupportPlanForm,
};
use crate::domain::NewServiceRequest;
use crate::drafts;
use crate::form_signals;
use crate::i18n::{use_form_strings, use_locale, use_strings};
use crate::party::{load_party, Party};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use serde::{Deserialize, Serialize};

const FLOW: &str = "azure";
const STEPS: &[&str] = &["basics", "details", "contact", "review"];
const CONTACT: usize = 2;
const REVIEW: usize = 3;

form_signals!(BasicsSignals for AzureBasicsForm {
    issue_type, azure_subscription_id, service_id, problem_type, problem_subtype, support_plan, summary
});
form_signals!(DetailsSignals for AzureDetailsForm {
    description, problem_start, severity, advanced_diagnostic_consent, support_language
});
form_signals!(OwnPlanSignals for OwnSupportPlanForm { kind, id });

/// Everything typed so far, as stored between visits.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct AzureDraft {
    basics: AzureBasicsForm,
    details: AzureDetailsForm,
    contact: ContactForm,
    own_plan: OwnSupportPlanForm,
    save_contact: bool,
    /// The idempotency key of this submission, kept across retries and reloads.
    request_id: String,
}

#[component]
pub fn AzureRequest() -> impl IntoView {
    let params = use_params_map();
    let backend = crate::app::use_backend();
    let customer_id = Memo::new(move |_| params.read().get("customer_id").unwrap_or_default());
    let data = LocalResource::new(move || {
        let backend = backend.clone();
        let id = customer_id.get();
        async move {
            let backend = backend.ok_or(BackendError::Network)?;
            let party = load_party(backend.clone(), id.clone()).await?;
            let subscriptions = backend.subscriptions(&id).await?;
            Ok::<_, BackendError>((party, subscriptions))
        }
    });
    view! {
        <Suspense fallback=|| view! { <LoadingLine /> }>
            {move || {
                data.get()
                    .map(|loaded| match loaded {
                        Ok((party, subscriptions)) => {
                            view! { <AzureFlow party subscriptions /> }.into_any()
                        }
                        Err(error) => {
                            view! { <LoadError error on_retry=move |_| data.refetch() /> }.into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// The form state of the flow, shared by its steps.
#[derive(Clone, Copy)]
struct AzureForm {
    basics: BasicsSignals,
    details: DetailsSignals,
    contact: ContactSignals,
    own_plan: OwnPlanSignals,
    save_contact: RwSignal<bool>,
    request_id: StoredValue<String>,
}

impl AzureForm {
    fn new(draft: &AzureDraft) -> AzureForm {
        AzureForm {
            basics: BasicsSignals::new(&draft.basics),
            details: DetailsSignals::new(&draft.details),
            contact: ContactSignals::new(&draft.contact),
            own_plan: OwnPlanSignals::new(&draft.own_plan),
            save_contact: RwSignal::new(draft.save_contact),
            request_id: StoredValue::new(draft.request_id.clone()),
        }
    }

    fn draft(&self) -> AzureDraft {
        AzureDraft {
            basics: self.basics.get(),
            details: self.details.get(),
            contact: self.contact.get(),
            own_plan: self.own_plan.get(),
            save_contact: self.save_contact.get(),
            request_id: self.request_id.get_value(),
        }
    }

    fn reset(&self, draft: &AzureDraft) {
        self.basics.set(&draft.basics);
        self.details.set(&draft.details);
        self.contact.set(&draft.contact);
        self.own_plan.set(&draft.own_plan);
        self.save_contact.set(draft.save_contact);
        self.request_id.set_value(draft.request_id.clone());
    }

    /// The errors of one step, as they stand now.
    fn step_errors(&self, step: usize, party: &Party) -> Vec<FieldError> {
        let errors = match step {
            0 => {
                let mut basics = self.basics.get_untracked();
                let mut errors = Vec::new();
                if party.is_own_organization() {
                    // The partner's own plan is the request's support plan.
                    basics.support_plan = self.own_plan.kind.get_untracked();
                    if let Err(e) = validate_own_support_plan(&self.own_plan.get_untracked()) {
                        errors.extend(e);
                    }
                }
                if let Err(e) = validate_azure_basics(&basics, &party.request_party()) {
                    errors.splice(0..0, e);
                }
                errors
            }
            1 => validate_azure_details(&self.details.get_untracked(), browser::now(), offset())
                .err()
                .unwrap_or_default(),
            2 => contact_errors(&self.contact.get_untracked(), party),
            _ => Vec::new(),
        };
        errors
    }

    /// The whole request, or the errors that stop it.
    fn request(&self, party: &Party) -> Result<NewServiceRequest, Vec<FieldError>> {
        let mut basics_form = self.basics.get_untracked();
        let own_plan = if party.is_own_organization() {
            basics_form.support_plan = self.own_plan.kind.get_untracked();
            Some(validate_own_support_plan(&self.own_plan.get_untracked())?)
        } else {
            None
        };
        let basics = validate_azure_basics(&basics_form, &party.request_party())?;
        let details =
            validate_azure_details(&self.details.get_untracked(), browser::now(), offset())?;
        let domains = party.domains();
        let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
        let contact = validate_contact(&self.contact.get_untracked(), &domains)?;
        build_new_request(
            party.request_party(),
            contact,
            FlowParts::Azure { basics, details },
            own_plan,
        )
    }
}

fn offset() -> i32 {
    browser::local_offset_minutes(browser::now())
}

fn contact_errors(contact: &ContactForm, party: &Party) -> Vec<FieldError> {
    let domains = party.domains();
    let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
    // The Azure flow asks for the support language with the details.
    let mut contact = contact.clone();
    if contact.support_language.trim().is_empty() {
        contact.support_language = "en-us".to_owned();
    }
    validate_contact(&contact, &domains)
        .err()
        .unwrap_or_default()
}

#[component]
fn AzureFlow(party: Party, subscriptions: Vec<Subscription>) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let locale = use_locale();
    let profile = PartnerProfile::expect();
    let backend = crate::app::use_backend();

    let fresh = {
        let own = party.is_own_organization();
        move || AzureDraft {
            basics: AzureBasicsForm {
                support_plan: if own {
                    String::new()
                } else {
                    "cloud-solution-provider".into()
                },
                ..Default::default()
            },
            contact: profile.0.get_untracked(),
            save_contact: true,
            request_id: new_request_id(),
            ..Default::default()
        }
    };
    let restored = drafts::load::<AzureDraft>(FLOW, &party.id);
    let form = AzureForm::new(
        &restored
            .as_ref()
            .map(|(d, _)| d.clone())
            .unwrap_or_else(fresh),
    );
    if form.request_id.get_value().is_empty() {
        form.request_id.set_value(new_request_id());
    }

    // Autosave on every change after the first read.
    let party_id = party.id.clone();
    Effect::new(move |previous: Option<()>| {
        let draft = form.draft();
        if previous.is_some() {
            drafts::save(FLOW, &party_id, &draft);
        }
    });

    let nav = FlowNav {
        base: format!("/customers/{}/azure/new", party.id),
        steps: STEPS,
    };
    let query = use_flow_query(STEPS);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    let sending = Sending::new();

    // A step is reachable only when the ones before it are complete.
    let guard_party = party.clone();
    let guard_nav = nav.clone();
    Effect::new(move |_| {
        let step = query.step.get();
        errors.set(Vec::new());
        sending.error.set(None);
        if let Some(first) = (0..step).find(|&i| !form.step_errors(i, &guard_party).is_empty()) {
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
        let found = form.step_errors(step, &continue_party);
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
    let on_create = move || match form.request(&submit_party) {
        Ok(request) => send_request(
            backend.clone(),
            request,
            form.request_id.get_value(),
            AfterSend {
                flow: FLOW,
                party_id: submit_party.id.clone(),
                save_contact: form
                    .save_contact
                    .get_untracked()
                    .then(|| form.contact.get_untracked()),
                incident: IncidentKind::for_request(
                    ServiceFamily::Azure,
                    IssueType::from_slug(&form.basics.issue_type.get_untracked()),
                ),
            },
            sending,
        ),
        Err(found) => {
            errors.set(from_field_errors(&found));
            attempt.update(|n| *n += 1);
        }
    };

    let step_names = vec![f.step_basics, f.step_details, f.step_contact, f.step_review];
    let step_title = {
        let names = step_names.clone();
        move || names.get(query.step.get()).copied().unwrap_or_default()
    };
    let trail = {
        let party = party.clone();
        vec![
            Crumb::link(s.app.nav_customers, "/customers"),
            Crumb::link(party.name.clone(), party.href()),
            Crumb::here(f.new_azure_request_title),
        ]
    };
    let has_errors = Signal::derive(move || !errors.with(Vec::is_empty));
    let discard_fresh = fresh;
    let discard_id = party.id.clone();
    let back_nav = nav.clone();
    let azure_subscriptions: Vec<Subscription> = subscriptions
        .into_iter()
        .filter(|s| s.family == ServiceFamily::Azure && s.azure_subscription_id.is_some())
        .collect();
    let incident_issue =
        Signal::derive(move || IssueType::from_slug(&form.basics.issue_type.get()));

    view! {
        <div class="readable">
            <Breadcrumbs trail />
            <PageHeading title=f.new_azure_request_title has_errors />
            <p class="lead">{party.name.clone()}</p>
            {restored.map(|(_, saved)| {
                let saved = browser::format_date_time(saved, locale.tag(), None);
                let fresh = discard_fresh;
                let id = discard_id.clone();
                view! {
                    <DraftNotice saved on_discard=move |_| {
                        drafts::discard(FLOW, &id);
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
                    if step == REVIEW { on_create() } else { on_continue(step) }
                }
            >
                <h2 id="step-heading" tabindex="-1">{step_title}</h2>
                {
                    let party = party.clone();
                    let subscriptions = azure_subscriptions.clone();
                    let nav = nav.clone();
                    move || match query.step.get() {
                        0 => view! {
                            <basics::BasicsStep
                                form=form.basics
                                own_plan=form.own_plan
                                own_organization=party.is_own_organization()
                                subscriptions=subscriptions.clone()
                                errors
                            />
                        }.into_any(),
                        1 => view! {
                            <details::DetailsStep form=form.details issue_type=incident_issue errors />
                        }.into_any(),
                        CONTACT => view! {
                            <p class="notice">{f.contact_note}</p>
                            <ContactFields form=form.contact errors show_language=false />
                            <SaveContactCheckbox checked=form.save_contact />
                        }.into_any(),
                        _ => view! {
                            <review::Review
                                party=party.clone()
                                basics=form.basics
                                details=form.details
                                contact=form.contact
                                own_plan=form.own_plan
                                subscriptions=subscriptions.clone()
                                nav=nav.clone()
                            />
                        }.into_any(),
                    }
                }
                <div class="actions">
                    <button type="submit" class="button" disabled=move || sending.in_flight.get()>
                        {move || match (query.step.get(), sending.in_flight.get()) {
                            (_, true) => f.sending,
                            (REVIEW, false) => f.create_button,
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
