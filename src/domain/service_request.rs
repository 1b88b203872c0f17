//! Service requests filed with Microsoft.

use super::attachment::Attachment;
use super::azure::{AzureDetails, IssueType};
use super::contact::Contact;
use super::customer::RequestParty;
use super::service::ServiceFamily;
use super::severity::{IncidentKind, Severity};
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum RequestStatus {
    #[default]
    None,
    Open,
    Closed,
    AttentionNeeded,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub created_by_name: String,
    pub created_date: Option<Timestamp>,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PrimaryContact {
    pub contact_id: Option<String>,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone_number: Option<String>,
}

/// A service request as Microsoft holds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRequest {
    pub id: String,
    pub title: String,
    pub description: String,
    pub severity: Option<Severity>,
    pub status: RequestStatus,
    pub support_topic_id: Option<String>,
    pub support_topic_name: Option<String>,
    /// The customer the request is for; `None` for the partner's own organization.
    pub customer_id: Option<String>,
    pub customer_name: Option<String>,
    pub product_name: Option<String>,
    pub product_id: Option<String>,
    pub family: ServiceFamily,
    pub primary_contact: Option<PrimaryContact>,
    pub created: Option<Timestamp>,
    pub modified: Option<Timestamp>,
    pub closed: Option<Timestamp>,
    pub notes: Vec<Note>,
    pub country_code: Option<String>,
    /// The Azure issue type the request was filed with; `None` for other families and when
    /// the backend does not say.
    pub issue_type: Option<IssueType>,
    /// The files filed with it: what they are, not their content.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

impl ServiceRequest {
    /// Which response-time row applies, by the same rule the form used.
    pub fn incident_kind(&self) -> IncidentKind {
        IncidentKind::for_request(self.family, self.issue_type)
    }
}

/// A validated request, ready to send.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewServiceRequest {
    pub party: RequestParty,
    pub family: ServiceFamily,
    pub title: String,
    pub description: String,
    pub severity: Severity,
    /// Support topic for Office 365 / Dynamics CRM Online / EMS requests.
    pub support_topic_id: Option<String>,
    pub support_topic_name: Option<String>,
    pub contact: Contact,
    /// Azure-only details.
    pub azure: Option<AzureDetails>,
    /// Needed when `party` is the partner's own organization.
    pub own_support_plan: Option<super::azure::OwnSupportPlan>,
    /// A file filed with it (Azure), read and checked.
    pub attachment: Option<Attachment>,
}

impl NewServiceRequest {
    /// Which response-time row applies: the one rule, shared with [`ServiceRequest`].
    pub fn incident_kind(&self) -> IncidentKind {
        IncidentKind::for_request(self.family, self.issue_type())
    }

    pub fn issue_type(&self) -> Option<IssueType> {
        self.azure.as_ref().map(|a| a.issue_type)
    }
}

/// One answer that differs between a request as filed and the answers now, for the note that
/// carries the change to Microsoft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerChange {
    Title(String),
    Severity(Severity),
    SupportTopic(String),
    /// The partner's name and e-mail address.
    Contact {
        name: String,
        email: String,
    },
    Description(String),
}

/// What the answers `now` say that the request Microsoft holds (`filed`) does not, in the
/// order the forms ask. When none of what a request records differs (the change was to an
/// answer it does not show, such as an Azure problem type), the title, severity and
/// description are given as they are now, so the note still says what the partner meant.
pub fn changes_since_filed(now: &NewServiceRequest, filed: &ServiceRequest) -> Vec<AnswerChange> {
    let same = |a: &str, b: &str| a.trim() == b.trim();
    let mut changes = Vec::new();
    if !same(&now.title, &filed.title) {
        changes.push(AnswerChange::Title(now.title.clone()));
    }
    if filed.severity != Some(now.severity) {
        changes.push(AnswerChange::Severity(now.severity));
    }
    if let Some(topic) = &now.support_topic_name {
        // By id where both have one: a topic's name follows the language it was read in.
        let same_topic = match (&now.support_topic_id, &filed.support_topic_id) {
            (Some(now_id), Some(filed_id)) => same(now_id, filed_id),
            _ => filed.support_topic_name.as_deref().map(str::trim) == Some(topic.trim()),
        };
        if !same_topic {
            changes.push(AnswerChange::SupportTopic(topic.clone()));
        }
    }
    let name = format!(
        "{} {}",
        now.contact.first_name.trim(),
        now.contact.last_name.trim()
    );
    let contact_changed = filed.primary_contact.as_ref().is_none_or(|c| {
        !same(&c.first_name, &now.contact.first_name)
            || !same(&c.last_name, &now.contact.last_name)
            || !c
                .email
                .trim()
                .eq_ignore_ascii_case(now.contact.email.trim())
    });
    if contact_changed {
        changes.push(AnswerChange::Contact {
            name,
            email: now.contact.email.clone(),
        });
    }
    if !same(&now.description, &filed.description) {
        changes.push(AnswerChange::Description(now.description.clone()));
    }
    if changes.is_empty() {
        changes = vec![
            AnswerChange::Title(now.title.clone()),
            AnswerChange::Severity(now.severity),
            AnswerChange::Description(now.description.clone()),
        ];
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ContactMethod, SupportLanguage};

    fn new_request() -> NewServiceRequest {
        NewServiceRequest {
            party: RequestParty::Customer {
                customer_id: "c".into(),
            },
            family: ServiceFamily::Office365,
            title: "Mail stopped".into(),
            description: "No external mail.".into(),
            severity: Severity::Critical,
            support_topic_id: Some("1".into()),
            support_topic_name: Some("Mail flow".into()),
            contact: Contact {
                first_name: "Anna".into(),
                last_name: "Schmidt".into(),
                email: "anna@partner.example".into(),
                phone: None,
                country: "DEU".into(),
                time_zone: "Europe/Berlin".into(),
                support_language: SupportLanguage::EnUs,
                preferred_contact_method: ContactMethod::Email,
            },
            azure: None,
            own_support_plan: None,
            attachment: None,
        }
    }

    fn filed(new: &NewServiceRequest) -> ServiceRequest {
        ServiceRequest {
            id: "6251".into(),
            title: new.title.clone(),
            description: new.description.clone(),
            severity: Some(new.severity),
            status: RequestStatus::Open,
            support_topic_id: new.support_topic_id.clone(),
            support_topic_name: new.support_topic_name.clone(),
            customer_id: Some("c".into()),
            customer_name: None,
            product_name: None,
            product_id: None,
            family: new.family,
            primary_contact: Some(PrimaryContact {
                contact_id: None,
                first_name: "Anna".into(),
                last_name: "Schmidt".into(),
                email: "ANNA@partner.example".into(),
                phone_number: None,
            }),
            created: None,
            modified: None,
            closed: None,
            notes: Vec::new(),
            country_code: None,
            issue_type: None,
            attachments: Vec::new(),
        }
    }

    #[test]
    fn only_what_differs_is_carried_in_form_order() {
        let before = new_request();
        let mut now = before.clone();
        now.description = "No external mail since 09:00.".into();
        now.severity = Severity::Moderate;
        now.contact.email = "kai@partner.example".into();
        assert_eq!(
            changes_since_filed(&now, &filed(&before)),
            [
                AnswerChange::Severity(Severity::Moderate),
                AnswerChange::Contact {
                    name: "Anna Schmidt".into(),
                    email: "kai@partner.example".into()
                },
                AnswerChange::Description("No external mail since 09:00.".into()),
            ]
        );
        now = before.clone();
        now.title = "  Mail stopped ".into();
        now.support_topic_id = Some("2".into());
        now.support_topic_name = Some("Spam".into());
        assert_eq!(
            changes_since_filed(&now, &filed(&before)),
            [AnswerChange::SupportTopic("Spam".into())]
        );
        // The same topic, read in Russian after a switch of language, is no change.
        now.support_topic_id = before.support_topic_id.clone();
        now.support_topic_name = Some("Поток и доставка почты".into());
        now.severity = Severity::Moderate;
        assert_eq!(
            changes_since_filed(&now, &filed(&before)),
            [AnswerChange::Severity(Severity::Moderate)]
        );
        // Without ids, the names tell.
        let mut filed_without_id = filed(&before);
        filed_without_id.support_topic_id = None;
        assert_eq!(
            changes_since_filed(&now, &filed_without_id),
            [
                AnswerChange::Severity(Severity::Moderate),
                AnswerChange::SupportTopic("Поток и доставка почты".into()),
            ]
        );
    }

    #[test]
    fn a_change_the_request_does_not_show_carries_the_main_answers() {
        let before = new_request();
        assert_eq!(
            changes_since_filed(&before, &filed(&before)),
            [
                AnswerChange::Title("Mail stopped".into()),
                AnswerChange::Severity(Severity::Critical),
                AnswerChange::Description("No external mail.".into()),
            ]
        );
    }

    #[test]
    fn the_incident_kind_is_the_same_for_the_form_and_the_filed_request() {
        use crate::domain::azure::{AzureDetails, IssueType, SupportPlan};
        for issue_type in [
            IssueType::Technical,
            IssueType::Billing,
            IssueType::SubscriptionManagement,
            IssueType::ServiceAndSubscriptionLimits,
        ] {
            let mut new = new_request();
            new.family = ServiceFamily::Azure;
            new.azure = Some(AzureDetails {
                issue_type,
                azure_subscription_id: String::new(),
                service_id: String::new(),
                problem_type: String::new(),
                problem_subtype: String::new(),
                problem_start: None,
                advanced_diagnostic_consent: false,
                support_plan: SupportPlan::CloudSolutionProvider,
            });
            let mut request = filed(&new);
            request.issue_type = Some(issue_type);
            assert_eq!(
                request.incident_kind(),
                new.incident_kind(),
                "{issue_type:?}"
            );
        }
        for family in [
            ServiceFamily::Office365,
            ServiceFamily::DynamicsCrmOnline,
            ServiceFamily::EnterpriseMobilitySuite,
        ] {
            let mut new = new_request();
            new.family = family;
            assert_eq!(filed(&new).incident_kind(), new.incident_kind());
            assert_eq!(new.incident_kind(), IncidentKind::CriticalTechnical);
        }
    }
}
