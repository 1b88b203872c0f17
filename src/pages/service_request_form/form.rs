//! The flow's form: the draft kept in the browser, its signals, what each step checks and the
//! request the answers make.

use super::CONTACT;
use crate::components::contact_fields::ContactSignals;
use crate::domain::service::ServiceFamily;
use crate::domain::support_topic::SupportTopic;
use crate::domain::validation::{
    build_new_request, validate_contact, validate_details, validate_own_support_plan, ContactForm,
    DetailsForm, Field, FieldError, FlowParts, OwnSupportPlanForm,
};
use crate::domain::NewServiceRequest;
use crate::form_signals;
use crate::party::Party;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

form_signals!(DetailsSignals for DetailsForm { title, description, severity });
form_signals!(OwnPlanSignals for OwnSupportPlanForm { kind, id });

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(super) struct TopicDraft {
    pub(super) topic_id: String,
    pub(super) details: DetailsForm,
    pub(super) contact: ContactForm,
    pub(super) own_plan: OwnSupportPlanForm,
    pub(super) save_contact: bool,
    pub(super) request_id: String,
}

#[derive(Clone, Copy)]
pub(super) struct TopicForm {
    pub(super) topic_id: RwSignal<String>,
    pub(super) details: DetailsSignals,
    pub(super) contact: ContactSignals,
    pub(super) own_plan: OwnPlanSignals,
    pub(super) save_contact: RwSignal<bool>,
    pub(super) request_id: StoredValue<String>,
}

impl TopicForm {
    pub(super) fn new(draft: &TopicDraft) -> TopicForm {
        TopicForm {
            topic_id: RwSignal::new(draft.topic_id.clone()),
            details: DetailsSignals::new(&draft.details),
            contact: ContactSignals::new(&draft.contact),
            own_plan: OwnPlanSignals::new(&draft.own_plan),
            save_contact: RwSignal::new(draft.save_contact),
            request_id: StoredValue::new(draft.request_id.clone()),
        }
    }

    pub(super) fn draft(&self) -> TopicDraft {
        TopicDraft {
            topic_id: self.topic_id.get(),
            details: self.details.get(),
            contact: self.contact.get(),
            own_plan: self.own_plan.get(),
            save_contact: self.save_contact.get(),
            request_id: self.request_id.get_value(),
        }
    }

    pub(super) fn reset(&self, draft: &TopicDraft) {
        self.topic_id.set(draft.topic_id.clone());
        self.details.set(&draft.details);
        self.contact.set(&draft.contact);
        self.own_plan.set(&draft.own_plan);
        self.save_contact.set(draft.save_contact);
        self.request_id.set_value(draft.request_id.clone());
    }

    pub(super) fn topic<'a>(&self, topics: &'a [SupportTopic]) -> Option<&'a SupportTopic> {
        let id = self.topic_id.get_untracked();
        topics.iter().find(|t| t.id == id)
    }

    pub(super) fn step_errors(
        &self,
        step: usize,
        party: &Party,
        topics: &[SupportTopic],
    ) -> Vec<FieldError> {
        use crate::domain::validation::Reason;
        match step {
            0 if self.topic(topics).is_none() => {
                vec![FieldError::new(Field::SupportTopic, Reason::Missing)]
            }
            1 => {
                let mut errors = Vec::new();
                if party.is_own_organization() {
                    if let Err(e) = validate_own_support_plan(&self.own_plan.get_untracked()) {
                        errors.extend(e);
                    }
                }
                if let Err(e) = validate_details(&self.details.get_untracked()) {
                    errors.splice(0..0, e);
                }
                errors
            }
            CONTACT => {
                let domains = party.domains();
                let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
                validate_contact(&self.contact.get_untracked(), &domains)
                    .err()
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    pub(super) fn request(
        &self,
        party: &Party,
        family: ServiceFamily,
        topics: &[SupportTopic],
    ) -> Result<NewServiceRequest, Vec<FieldError>> {
        let own_plan = if party.is_own_organization() {
            Some(validate_own_support_plan(&self.own_plan.get_untracked())?)
        } else {
            None
        };
        let details = validate_details(&self.details.get_untracked())?;
        let domains = party.domains();
        let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
        let contact = validate_contact(&self.contact.get_untracked(), &domains)?;
        let flow = FlowParts::Topic {
            family,
            support_topic: self.topic(topics).cloned(),
            details,
        };
        build_new_request(party.request_party(), contact, flow, own_plan)
    }
}
