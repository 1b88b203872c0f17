//! The Azure flow without its page: its steps, its answers, which step asks what, and the
//! request the answers make.

use crate::domain::service::Subscription;
use crate::domain::validation::{
    build_new_request, validate_azure_basics, validate_azure_details, validate_contact,
    validate_own_support_plan, AzureBasicsForm, AzureDetailsForm, ContactForm, Field, FieldError,
    FlowParts, OwnSupportPlanForm,
};
use crate::domain::NewServiceRequest;
use crate::domain::{validate_attachment, Attachment};
use crate::i18n::FormStrings;
use crate::party::Party;
use crate::request_flow::{gather, Clock, FlowRules, FlowStep};
use serde::{Deserialize, Serialize};

/// Basics -> Details -> Contact -> Review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AzureStep {
    Basics,
    Details,
    Contact,
    Review,
}

impl FlowStep for AzureStep {
    const ALL: &'static [AzureStep] = &[
        AzureStep::Basics,
        AzureStep::Details,
        AzureStep::Contact,
        AzureStep::Review,
    ];

    fn slug(self) -> &'static str {
        match self {
            AzureStep::Basics => "basics",
            AzureStep::Details => "details",
            AzureStep::Contact => "contact",
            AzureStep::Review => "review",
        }
    }

    fn name(self, f: &'static FormStrings) -> &'static str {
        match self {
            AzureStep::Basics => f.step_basics,
            AzureStep::Details => f.step_details,
            AzureStep::Contact => f.step_contact,
            AzureStep::Review => f.step_review,
        }
    }
}

/// Everything typed in the flow, as its draft keeps it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AzureAnswers {
    pub basics: AzureBasicsForm,
    pub details: AzureDetailsForm,
    pub contact: ContactForm,
    pub own_plan: OwnSupportPlanForm,
    pub save_contact: bool,
    /// A file to file with the request; a draft keeps what it is, not its content.
    pub attachment: Option<Attachment>,
}

/// The Azure "New support request" for one customer (or the partner's own organization).
#[derive(Clone, Debug)]
pub struct AzureFlow {
    pub party: Party,
    /// The party's Azure subscriptions, to pick from.
    pub subscriptions: Vec<Subscription>,
}

impl AzureFlow {
    /// A new draft: the Cloud Solution Provider plan for a customer (the partner's own
    /// subscriptions need its own plan), the partner's saved contact details.
    pub fn fresh_answers(&self, contact: &ContactForm) -> AzureAnswers {
        let mut basics = AzureBasicsForm::default();
        if !self.party.is_own_organization() {
            basics.support_plan = "cloud-solution-provider".into();
        }
        AzureAnswers {
            basics,
            contact: contact.clone(),
            save_contact: true,
            ..AzureAnswers::default()
        }
    }
}

impl FlowRules for AzureFlow {
    type Step = AzureStep;
    type Answers = AzureAnswers;

    fn step_of(field: Field) -> AzureStep {
        use Field::*;
        match field {
            IssueType | AzureSubscription | AzureService | ProblemType | ProblemSubtype
            | SupportPlan | Title | OwnSupportPlanKind | OwnSupportPlanId => AzureStep::Basics,
            Description
            | ProblemStart
            | Severity
            | AdvancedDiagnosticConsent
            | SupportLanguage
            | Field::Attachment => AzureStep::Details,
            FirstName | LastName | Email | Phone | Country | TimeZone => AzureStep::Contact,
            SupportTopic | Note => AzureStep::Basics,
        }
    }

    /// The support language is asked with the details, so it is the contact's too. For the
    /// partner's own organization its own plan is the request's support plan.
    fn build(
        &self,
        answers: &AzureAnswers,
        clock: Clock,
    ) -> Result<NewServiceRequest, Vec<FieldError>> {
        let party = self.party.request_party();
        let own = self.party.is_own_organization();
        let mut errors = Vec::new();
        let mut basics_form = answers.basics.clone();
        if own {
            basics_form.support_plan = answers.own_plan.kind.clone();
        }
        let basics = validate_azure_basics(&basics_form, &party).map_err(|found| {
            // The own plan's fields stand for the support plan, and say what is wrong there.
            found
                .into_iter()
                .filter(|e| !own || e.field != Field::SupportPlan)
                .collect::<Vec<_>>()
        });
        let basics = gather(&mut errors, basics);
        let own_plan = if own {
            gather(&mut errors, validate_own_support_plan(&answers.own_plan))
        } else {
            None
        };
        let details = gather(
            &mut errors,
            validate_azure_details(&answers.details, clock.now, clock.local_offset),
        );
        if let Some(Err(refused)) = answers.attachment.as_ref().map(validate_attachment) {
            errors.push(refused);
        }
        let contact_form = ContactForm {
            support_language: answers.details.support_language.clone(),
            ..answers.contact.clone()
        };
        let domains = self.party.domains();
        let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
        let contact = gather(&mut errors, validate_contact(&contact_form, &domains));
        match (basics, details, contact) {
            (Some(basics), Some(details), Some(contact)) if errors.is_empty() => build_new_request(
                party,
                contact,
                FlowParts::Azure {
                    basics,
                    details,
                    attachment: answers.attachment.clone(),
                },
                own_plan,
            ),
            _ if errors.is_empty() => Err(vec![FieldError::new(
                Field::OwnSupportPlanKind,
                crate::domain::validation::Reason::Missing,
            )]),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
#[path = "rules_tests.rs"]
mod tests;
