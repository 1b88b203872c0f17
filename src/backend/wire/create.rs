//! Request bodies: creating a service request (camelCase) and adding a note (PascalCase, as
//! Partner Center's own example sends it).

use super::lenient::severity_word;
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::{IssueType, NewServiceRequest, OwnSupportPlanKind, RequestParty, SupportPlan};
use serde_json::{json, Value};

/// The JSON body of `POST /servicerequests/{agentLocale}`.
pub fn create_body(request: &NewServiceRequest) -> Value {
    let customer_id = match &request.party {
        RequestParty::Customer { customer_id } => customer_id.as_str(),
        RequestParty::OwnOrganization => OWN_ORGANIZATION_ID,
    };
    let contact = &request.contact;
    json!({
        "title": request.title,
        "description": request.description,
        "severity": severity_word(request.severity),
        "customerId": customer_id,
        "productName": request.family.name(),
        "supportTopicId": request.support_topic_id,
        "supportTopicName": request.support_topic_name,
        "primaryContact": {
            "firstName": contact.first_name,
            "lastName": contact.last_name,
            "email": contact.email,
            "phoneNumber": contact.phone,
        },
        "contact": {
            "country": contact.country,
            "timeZone": contact.time_zone,
            "supportLanguage": contact.support_language.code(),
            "preferredContactMethod": "email",
        },
        "azureDetails": request.azure.as_ref().map(|azure| json!({
            "issueType": issue_type_word(azure.issue_type),
            "subscriptionId": azure.azure_subscription_id,
            "serviceId": azure.service_id,
            "problemType": azure.problem_type,
            "problemSubtype": azure.problem_subtype,
            "problemStartTime": azure.problem_start.map(|t| t.to_iso8601()),
            "advancedDiagnosticConsent": if azure.advanced_diagnostic_consent { "Yes" } else { "No" },
            "supportPlan": support_plan_word(azure.support_plan),
        })),
        "ownSupportPlan": request.own_support_plan.as_ref().map(|plan| json!({
            "kind": own_plan_word(plan.kind),
            "id": plan.id,
        })),
        "attachment": request.attachment.as_ref().map(|file| json!({
            "fileName": file.name,
            "contentType": file.content_type,
            "size": file.size,
            "content": file.content.as_deref().unwrap_or_default(),
        })),
    })
}

/// The JSON body of `PATCH /servicerequests/{id}` that adds a note.
pub fn note_body(text: &str) -> Value {
    json!({ "NewNote": { "Text": text } })
}

/// The contract's word for an Azure issue type (`azureDetails.issueType`, `issueType`).
pub fn issue_type_word(issue_type: IssueType) -> &'static str {
    match issue_type {
        IssueType::Technical => "technical",
        IssueType::Billing => "billing",
        IssueType::SubscriptionManagement => "subscriptionManagement",
        IssueType::ServiceAndSubscriptionLimits => "serviceAndSubscriptionLimits",
    }
}

/// An issue type from its word, case and `_`/`-` ignored; unknown words give `None`.
pub fn issue_type_from_word(word: &str) -> Option<IssueType> {
    let folded: String = word
        .trim()
        .chars()
        .filter(|c| *c != '_' && *c != '-' && *c != ' ')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    [
        IssueType::Technical,
        IssueType::Billing,
        IssueType::SubscriptionManagement,
        IssueType::ServiceAndSubscriptionLimits,
    ]
    .into_iter()
    .find(|t| issue_type_word(*t).eq_ignore_ascii_case(&folded))
}

fn support_plan_word(plan: SupportPlan) -> &'static str {
    match plan {
        SupportPlan::CloudSolutionProvider => "cloudSolutionProvider",
        SupportPlan::Premier => "premier",
        SupportPlan::AzureSupportPlan => "azureSupportPlan",
        SupportPlan::MpnContract => "mpnContract",
    }
}

fn own_plan_word(kind: OwnSupportPlanKind) -> &'static str {
    match kind {
        OwnSupportPlanKind::MpnContract => "mpnContract",
        OwnSupportPlanKind::Premier => "premier",
        OwnSupportPlanKind::AzureSupportPlan => "azureSupportPlan",
    }
}
