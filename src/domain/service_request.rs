//! Service requests filed with Microsoft.

use super::azure::AzureDetails;
use super::contact::Contact;
use super::customer::RequestParty;
use super::service::ServiceFamily;
use super::severity::Severity;
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
}
