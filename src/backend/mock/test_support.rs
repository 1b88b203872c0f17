//! Shared helpers for the mock's native tests.

use crate::domain::{
    AzureDetails, Contact, ContactMethod, IssueType, NewServiceRequest, OwnSupportPlan,
    OwnSupportPlanKind, RequestParty, ServiceFamily, Severity, SupportLanguage, SupportPlan,
};

pub fn contact() -> Contact {
    Contact {
        first_name: "Anna".into(),
        last_name: "Schmidt".into(),
        email: "anna.schmidt@partner.example".into(),
        phone: None,
        country: "DEU".into(),
        time_zone: "Europe/Berlin".into(),
        support_language: SupportLanguage::DeDe,
        preferred_contact_method: ContactMethod::Email,
    }
}

/// An Office 365 request for the customer.
pub fn office_request(customer_id: &str) -> NewServiceRequest {
    NewServiceRequest {
        party: RequestParty::Customer {
            customer_id: customer_id.into(),
        },
        family: ServiceFamily::Office365,
        title: "Mail flow stopped".into(),
        description: "No mail reaches external recipients.".into(),
        severity: Severity::Critical,
        support_topic_id: Some("32444667".into()),
        support_topic_name: Some("Mail flow and delivery".into()),
        contact: contact(),
        azure: None,
        own_support_plan: None,
        attachment: None,
    }
}

/// An Azure request about the partner's own subscription.
pub fn own_azure_request() -> NewServiceRequest {
    NewServiceRequest {
        party: RequestParty::OwnOrganization,
        family: ServiceFamily::Azure,
        title: "Quota".into(),
        description: "More vCPUs, please.".into(),
        severity: Severity::Minimal,
        support_topic_id: None,
        support_topic_name: None,
        contact: contact(),
        azure: Some(AzureDetails {
            issue_type: IssueType::ServiceAndSubscriptionLimits,
            azure_subscription_id: "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716".into(),
            service_id: String::new(),
            problem_type: "compute".into(),
            problem_subtype: String::new(),
            problem_start: None,
            advanced_diagnostic_consent: false,
            support_plan: SupportPlan::AzureSupportPlan,
        }),
        own_support_plan: Some(OwnSupportPlan {
            kind: OwnSupportPlanKind::MpnContract,
            id: "1234567".into(),
        }),
        attachment: None,
    }
}
