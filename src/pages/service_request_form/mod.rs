//! The Office 365 / Dynamics CRM Online / Enterprise Mobility Suite "Create service request"
//! flow: Support topic -> Details -> Contact -> Review -> Submit. The flow shell runs it; here
//! are its own parts: its rules (`rules`), its steps' fields and its review.

mod details;
mod review;
pub mod rules;
pub mod topic;

use crate::backend::BackendError;
use crate::components::contact_fields::{ContactSignals, ContactStep};
use crate::components::error_summary::{message_for, FormError};
use crate::components::own_support_plan::OwnPlanSignals;
use crate::domain::validation::{ContactForm, DetailsForm, Field};
use crate::form_signals;
use crate::form_signals::FormSignals;
use crate::i18n::{use_service_strings, FormStrings};
use crate::load::use_load;
use crate::party::{load_party, Party};
use crate::request_flow::{FlowNav, FlowPage, RequestFlow};
use crate::routes::{use_route_params, FamilyParams, Route};
use leptos::prelude::*;
use rules::{TopicAnswers, TopicFlow, TopicStep};

form_signals!(DetailsSignals for DetailsForm { title, description, severity });
form_signals!(TopicForm for TopicAnswers {
    topic_id: RwSignal<String>,
    details: DetailsSignals,
    contact: ContactSignals,
    own_plan: OwnPlanSignals,
    save_contact: RwSignal<bool>,
});

#[component]
pub fn NewServiceRequest() -> impl IntoView {
    let params = use_route_params::<FamilyParams>();
    let flow = use_load(move |backend| {
        let params = params.get();
        async move {
            let FamilyParams {
                customer_id,
                family,
            } = params
                .filter(|p| p.family.in_scope() && !p.family.uses_azure_flow())
                .ok_or(BackendError::NotFound)?;
            let party = load_party(backend.clone(), customer_id).await?;
            let topics = backend.support_topics(family).await?;
            Ok(TopicFlow {
                party,
                family,
                topics,
            })
        }
    });
    view! { <FlowPage flow /> }
}

impl RequestFlow for TopicFlow {
    type Form = TopicForm;

    fn draft_form(&self) -> &'static str {
        self.family.slug()
    }

    fn party(&self) -> &Party {
        &self.party
    }

    fn fresh(&self, contact: &ContactForm) -> TopicAnswers {
        self.fresh_answers(contact)
    }

    fn contact_to_save(answers: &TopicAnswers) -> Option<ContactForm> {
        answers.save_contact.then(|| answers.contact.clone())
    }

    fn route(&self) -> Route<'_> {
        Route::NewServiceRequest {
            customer: &self.party.id,
            family: self.family,
        }
    }

    fn heading(&self, f: &'static FormStrings) -> &'static str {
        f.new_service_request_title
    }

    fn lead(&self) -> String {
        let family = (use_service_strings().family_name)(self.family);
        format!("{} · {family}", self.party.name)
    }

    fn crumb(&self, f: &'static FormStrings) -> String {
        let family = (use_service_strings().family_name)(self.family);
        format!("{} – {family}", f.new_service_request_title)
    }

    fn send_label(&self, f: &'static FormStrings) -> &'static str {
        f.submit_button
    }

    fn step_view(
        &self,
        step: TopicStep,
        form: TopicForm,
        errors: Signal<Vec<FormError>>,
        nav: &FlowNav<TopicStep>,
    ) -> AnyView {
        match step {
            TopicStep::Topic => view! {
                <topic::TopicStep
                    topics=self.topics.clone()
                    selected=form.topic_id
                    error=Signal::derive(move || message_for(&errors.get(), Field::SupportTopic.id()))
                />
            }
            .into_any(),
            TopicStep::Details => view! {
                <details::DetailsStep
                    form=form.details
                    own_plan=form.own_plan
                    own_organization=self.party.is_own_organization()
                    family=self.family
                    errors
                />
            }
            .into_any(),
            TopicStep::Contact => view! {
                <ContactStep form=form.contact save=form.save_contact errors />
            }
            .into_any(),
            TopicStep::Review => review::review(self, &form.answers_untracked(), nav).into_any(),
        }
    }
}
