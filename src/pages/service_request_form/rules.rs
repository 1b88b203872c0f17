//! The Office 365 / Dynamics CRM Online / EMS flow without its page: its steps, its answers,
//! which step asks what, and the request the answers make.

use crate::domain::service::ServiceFamily;
use crate::domain::support_topic::SupportTopic;
use crate::domain::validation::{
    build_new_request, validate_contact, validate_details, validate_own_support_plan, ContactForm,
    DetailsForm, Field, FieldError, FlowParts, OwnSupportPlanForm, Reason,
};
use crate::domain::NewServiceRequest;
use crate::i18n::FormStrings;
use crate::party::Party;
use crate::request_flow::{gather, Clock, FlowRules, FlowStep};
use serde::{Deserialize, Serialize};

/// Support topic -> Details -> Contact -> Review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopicStep {
    Topic,
    Details,
    Contact,
    Review,
}

impl FlowStep for TopicStep {
    const ALL: &'static [TopicStep] = &[
        TopicStep::Topic,
        TopicStep::Details,
        TopicStep::Contact,
        TopicStep::Review,
    ];

    fn slug(self) -> &'static str {
        match self {
            TopicStep::Topic => "topic",
            TopicStep::Details => "details",
            TopicStep::Contact => "contact",
            TopicStep::Review => "review",
        }
    }

    fn name(self, f: &'static FormStrings) -> &'static str {
        match self {
            TopicStep::Topic => f.step_topic,
            TopicStep::Details => f.step_details,
            TopicStep::Contact => f.step_contact,
            TopicStep::Review => f.step_review,
        }
    }
}

/// Everything typed in the flow, as its draft keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TopicAnswers {
    pub topic_id: String,
    pub details: DetailsForm,
    pub contact: ContactForm,
    pub own_plan: OwnSupportPlanForm,
    pub save_contact: bool,
}

/// "Create service request" for one family, one customer (or the partner's own organization).
#[derive(Clone, Debug)]
pub struct TopicFlow {
    pub party: Party,
    pub family: ServiceFamily,
    /// The family's support topics.
    pub topics: Vec<SupportTopic>,
}

impl TopicFlow {
    pub fn topic(&self, id: &str) -> Option<&SupportTopic> {
        self.topics.iter().find(|t| t.id == id)
    }

    /// A new draft, with the partner's saved contact details.
    pub fn fresh_answers(&self, contact: &ContactForm) -> TopicAnswers {
        TopicAnswers {
            contact: contact.clone(),
            save_contact: true,
            ..TopicAnswers::default()
        }
    }
}

impl FlowRules for TopicFlow {
    type Step = TopicStep;
    type Answers = TopicAnswers;

    fn step_of(field: Field) -> TopicStep {
        use Field::*;
        match field {
            SupportTopic => TopicStep::Topic,
            OwnSupportPlanKind | OwnSupportPlanId | Title | Description | Severity => {
                TopicStep::Details
            }
            FirstName | LastName | Email | Phone | Country | TimeZone | SupportLanguage => {
                TopicStep::Contact
            }
            IssueType
            | Field::Attachment
            | AzureSubscription
            | AzureService
            | ProblemType
            | ProblemSubtype
            | ProblemStart
            | SupportPlan
            | AdvancedDiagnosticConsent
            | Note => TopicStep::Topic,
        }
    }

    /// The partner's own plan is asked first on Details, then the request's details.
    fn build(
        &self,
        answers: &TopicAnswers,
        _clock: Clock,
    ) -> Result<NewServiceRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let topic = self.topic(answers.topic_id.trim()).cloned();
        if topic.is_none() {
            errors.push(FieldError::new(Field::SupportTopic, Reason::Missing));
        }
        let own_plan = if self.party.is_own_organization() {
            gather(&mut errors, validate_own_support_plan(&answers.own_plan))
        } else {
            None
        };
        let details = gather(&mut errors, validate_details(&answers.details));
        let domains = self.party.domains();
        let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
        let contact = gather(&mut errors, validate_contact(&answers.contact, &domains));
        match (details, contact) {
            (Some(details), Some(contact)) if errors.is_empty() => build_new_request(
                self.party.request_party(),
                contact,
                FlowParts::Topic {
                    family: self.family,
                    support_topic: topic,
                    details,
                },
                own_plan,
            ),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
