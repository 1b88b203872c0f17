//! What the Azure "New support request" flow asks for.

use super::time::Timestamp;
use serde::{Deserialize, Serialize};

mod catalog;
mod catalog_label;

pub use catalog::{azure_service, azure_services, find_problem_type, problem_types_for};
pub use catalog_label::CatalogLabel;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum IssueType {
    Technical,
    Billing,
    SubscriptionManagement,
    /// Service and subscription limits (quotas).
    ServiceAndSubscriptionLimits,
}

impl IssueType {
    pub const ALL: [IssueType; 4] = [
        IssueType::Technical,
        IssueType::Billing,
        IssueType::SubscriptionManagement,
        IssueType::ServiceAndSubscriptionLimits,
    ];

    /// The form and URL value.
    pub fn slug(self) -> &'static str {
        match self {
            IssueType::Technical => "technical",
            IssueType::Billing => "billing",
            IssueType::SubscriptionManagement => "subscription-management",
            IssueType::ServiceAndSubscriptionLimits => "quota",
        }
    }

    /// A slug in any case, surrounding spaces ignored.
    pub fn from_slug(slug: &str) -> Option<IssueType> {
        let slug = slug.trim();
        IssueType::ALL
            .into_iter()
            .find(|t| t.slug().eq_ignore_ascii_case(slug))
    }

    /// Only technical requests are about one Azure service.
    pub fn needs_service(self) -> bool {
        self == IssueType::Technical
    }
}

/// The "Support plan" field in Basics. A request for a customer must use Cloud Solution Provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SupportPlan {
    CloudSolutionProvider,
    Premier,
    AzureSupportPlan,
    MpnContract,
}

impl SupportPlan {
    pub const ALL: [SupportPlan; 4] = [
        SupportPlan::CloudSolutionProvider,
        SupportPlan::Premier,
        SupportPlan::AzureSupportPlan,
        SupportPlan::MpnContract,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SupportPlan::CloudSolutionProvider => "cloud-solution-provider",
            SupportPlan::Premier => "premier",
            SupportPlan::AzureSupportPlan => "azure-support-plan",
            SupportPlan::MpnContract => "mpn-contract",
        }
    }

    /// A slug in any case, surrounding spaces ignored.
    pub fn from_slug(slug: &str) -> Option<SupportPlan> {
        let slug = slug.trim();
        SupportPlan::ALL
            .into_iter()
            .find(|p| p.slug().eq_ignore_ascii_case(slug))
    }
}

/// The problem details of an Azure request. `service_id`, `problem_type` and `problem_subtype`
/// hold catalogue ids (see [`azure_services`]); `service_id` and `problem_subtype` are empty
/// when the issue type or problem type has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AzureDetails {
    pub issue_type: IssueType,
    pub azure_subscription_id: String,
    pub service_id: String,
    pub problem_type: String,
    pub problem_subtype: String,
    pub problem_start: Option<Timestamp>,
    pub advanced_diagnostic_consent: bool,
    pub support_plan: SupportPlan,
}

/// The partner's own support plan, needed for a request about its own subscriptions: the CSP
/// support benefit does not cover them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OwnSupportPlanKind {
    MpnContract,
    Premier,
    AzureSupportPlan,
}

impl OwnSupportPlanKind {
    pub const ALL: [OwnSupportPlanKind; 3] = [
        OwnSupportPlanKind::MpnContract,
        OwnSupportPlanKind::Premier,
        OwnSupportPlanKind::AzureSupportPlan,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            OwnSupportPlanKind::MpnContract => "mpn-contract",
            OwnSupportPlanKind::Premier => "premier",
            OwnSupportPlanKind::AzureSupportPlan => "azure-support-plan",
        }
    }

    /// A slug in any case, surrounding spaces ignored.
    pub fn from_slug(slug: &str) -> Option<OwnSupportPlanKind> {
        let slug = slug.trim();
        OwnSupportPlanKind::ALL
            .into_iter()
            .find(|k| k.slug().eq_ignore_ascii_case(slug))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnSupportPlan {
    pub kind: OwnSupportPlanKind,
    /// Normalised id (spaces and dashes as the kind requires).
    pub id: String,
}

/// One Azure service in the "Service" picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AzureService {
    pub id: &'static str,
    pub label: CatalogLabel,
    pub problem_types: &'static [ProblemType],
}

/// A problem type ("cannot connect to my VM") and its subtypes as (id, label).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProblemType {
    pub id: &'static str,
    pub label: CatalogLabel,
    pub subtypes: &'static [(&'static str, CatalogLabel)],
}

impl ProblemType {
    /// The label of a subtype by id.
    pub fn subtype_label(&self, id: &str) -> Option<CatalogLabel> {
        self.subtypes
            .iter()
            .find(|(sub_id, _)| *sub_id == id)
            .map(|&(_, label)| label)
    }
}

#[cfg(test)]
mod tests;
