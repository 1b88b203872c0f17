//! Putting validated steps together into a request ready to send.

use super::azure::{validate_support_plan, AzureBasics, AzureDetailsPart};
use super::{Field, FieldError, Reason, RequestDetails};
use crate::domain::attachment::Attachment;
use crate::domain::azure::{AzureDetails, OwnSupportPlan};
use crate::domain::contact::Contact;
use crate::domain::customer::RequestParty;
use crate::domain::service::ServiceFamily;
use crate::domain::service_request::NewServiceRequest;
use crate::domain::support_topic::SupportTopic;

/// The validated steps of one of the two experiences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FlowParts {
    /// Office 365, Dynamics CRM Online or EMS: "Create service request" with a support topic.
    Topic {
        family: ServiceFamily,
        support_topic: Option<SupportTopic>,
        details: RequestDetails,
    },
    /// Azure: "New support request" with Basics and Additional details, and a file checked by
    /// [`validate_attachment`](crate::domain::validate_attachment).
    Azure {
        basics: AzureBasics,
        details: AzureDetailsPart,
        attachment: Option<Attachment>,
    },
}

/// Combines validated steps into a [`NewServiceRequest`], checking what only shows across
/// steps: a topic request needs a support topic of its family (`SupportTopic` Missing, or
/// Malformed for a topic of another family or a family without topics); the Azure support plan
/// must suit the party; a request about the partner's own organization needs its own support
/// plan (`OwnSupportPlanKind` Missing), which is dropped for a customer's request. In the Azure
/// flow the language chosen in Additional details replaces the contact's.
pub fn build_new_request(
    party: RequestParty,
    contact: Contact,
    flow: FlowParts,
    own_support_plan: Option<OwnSupportPlan>,
) -> Result<NewServiceRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let own_support_plan = match party {
        RequestParty::Customer { .. } => None,
        RequestParty::OwnOrganization => {
            if own_support_plan.is_none() {
                errors.push(FieldError::new(Field::OwnSupportPlanKind, Reason::Missing));
            }
            own_support_plan
        }
    };
    let request = match flow {
        FlowParts::Topic {
            family,
            support_topic,
            details,
        } => {
            let topic_flow = family.in_scope() && !family.uses_azure_flow();
            match &support_topic {
                None => errors.push(FieldError::new(Field::SupportTopic, Reason::Missing)),
                Some(topic) if !topic_flow || topic.family != family => {
                    errors.push(FieldError::new(Field::SupportTopic, Reason::Malformed));
                }
                Some(_) => {}
            }
            NewServiceRequest {
                party,
                family,
                title: details.title,
                description: details.description,
                severity: details.severity,
                support_topic_id: support_topic.as_ref().map(|t| t.id.clone()),
                support_topic_name: support_topic.map(|t| t.name),
                contact,
                azure: None,
                own_support_plan,
                attachment: None,
            }
        }
        FlowParts::Azure {
            basics,
            details,
            attachment,
        } => {
            if let Err(error) = validate_support_plan(basics.support_plan, &party) {
                errors.push(error);
            }
            NewServiceRequest {
                party,
                family: ServiceFamily::Azure,
                title: basics.summary,
                description: details.description,
                severity: details.severity,
                support_topic_id: None,
                support_topic_name: None,
                contact: Contact {
                    support_language: details.support_language,
                    ..contact
                },
                azure: Some(AzureDetails {
                    issue_type: basics.issue_type,
                    azure_subscription_id: basics.azure_subscription_id,
                    service_id: basics.service_id,
                    problem_type: basics.problem_type,
                    problem_subtype: basics.problem_subtype,
                    problem_start: details.problem_start,
                    advanced_diagnostic_consent: details.advanced_diagnostic_consent,
                    support_plan: basics.support_plan,
                }),
                own_support_plan,
                attachment,
            }
        }
    };
    if errors.is_empty() {
        Ok(request)
    } else {
        Err(errors)
    }
}
