//! Services (product families) and a customer's subscriptions.

use super::search::fold;
use serde::{Deserialize, Serialize};

/// The product families a partner can escalate through this desk, and everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ServiceFamily {
    Azure,
    Office365,
    DynamicsCrmOnline,
    EnterpriseMobilitySuite,
    /// Any other service: not escalated through Partner Center.
    OutOfScope,
}

impl ServiceFamily {
    /// The families service requests exist for, in the order the desk lists them.
    pub const IN_SCOPE: [ServiceFamily; 4] = [
        ServiceFamily::Azure,
        ServiceFamily::Office365,
        ServiceFamily::DynamicsCrmOnline,
        ServiceFamily::EnterpriseMobilitySuite,
    ];

    /// Every family, out of scope last.
    pub const ALL: [ServiceFamily; 5] = [
        ServiceFamily::Azure,
        ServiceFamily::Office365,
        ServiceFamily::DynamicsCrmOnline,
        ServiceFamily::EnterpriseMobilitySuite,
        ServiceFamily::OutOfScope,
    ];

    pub fn in_scope(self) -> bool {
        self != ServiceFamily::OutOfScope
    }

    /// Azure requests go through the Azure "New support request" flow; the other in-scope
    /// families through "Create service request" with a support topic.
    pub fn uses_azure_flow(self) -> bool {
        self == ServiceFamily::Azure
    }

    /// The URL segment for this family.
    pub fn slug(self) -> &'static str {
        match self {
            ServiceFamily::Azure => "azure",
            ServiceFamily::Office365 => "office-365",
            ServiceFamily::DynamicsCrmOnline => "dynamics-crm-online",
            ServiceFamily::EnterpriseMobilitySuite => "enterprise-mobility-suite",
            ServiceFamily::OutOfScope => "other",
        }
    }

    /// The family of a URL segment, ignoring case and surrounding spaces (also as
    /// [`str::parse`]).
    pub fn from_slug(slug: &str) -> Option<ServiceFamily> {
        let slug = slug.trim();
        ServiceFamily::ALL
            .into_iter()
            .find(|family| family.slug().eq_ignore_ascii_case(slug))
    }

    /// The name shown to the partner.
    pub fn name(self) -> &'static str {
        match self {
            ServiceFamily::Azure => "Microsoft Azure",
            ServiceFamily::Office365 => "Office 365",
            ServiceFamily::DynamicsCrmOnline => "Microsoft Dynamics CRM Online",
            ServiceFamily::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
            ServiceFamily::OutOfScope => "Other services",
        }
    }

    /// The family of an offer, from keywords in its name (case and accents ignored).
    ///
    /// Rules, first match wins: Enterprise Mobility Suite products (`enterprise mobility`,
    /// `intune`, `azure active directory premium`, `entra id premium`/`p1`/`p2`,
    /// `azure information protection`, ...) before Azure, because several contain "azure";
    /// then `azure`; then Office 365 workloads (`office 365`, `microsoft 365`,
    /// `exchange online`, `sharepoint online`, `skype for business`, `project online`,
    /// `onedrive`, `microsoft teams`); then `dynamics crm`, and `dynamics 365` customer
    /// engagement apps (Sales, Customer Service, Field Service, Marketing, ...), which are
    /// CRM Online's successors. Everything else (Windows, Visual Studio, Power BI, Dynamics 365
    /// Business Central or Finance) is out of scope. Keywords match whole words only.
    pub fn classify(offer_name: &str) -> ServiceFamily {
        let name = fold(offer_name);
        let has = |phrases: &[&str]| phrases.iter().any(|p| contains_phrase(&name, p));
        if has(EMS_KEYWORDS) {
            ServiceFamily::EnterpriseMobilitySuite
        } else if has(&["azure"]) {
            ServiceFamily::Azure
        } else if has(OFFICE_365_KEYWORDS) {
            ServiceFamily::Office365
        } else if has(&["dynamics crm"]) || (has(&["dynamics 365"]) && has(DYNAMICS_365_CRM_APPS)) {
            ServiceFamily::DynamicsCrmOnline
        } else {
            ServiceFamily::OutOfScope
        }
    }
}

const EMS_KEYWORDS: &[&str] = &[
    "enterprise mobility",
    "ems e3",
    "ems e5",
    "intune",
    "azure active directory premium",
    "azure ad premium",
    "entra id premium",
    "entra id p1",
    "entra id p2",
    "azure information protection",
    "advanced threat analytics",
];

const OFFICE_365_KEYWORDS: &[&str] = &[
    "office 365",
    "microsoft 365",
    "o365",
    "exchange online",
    "sharepoint online",
    "skype for business",
    "project online",
    "onedrive",
    "microsoft teams",
];

const DYNAMICS_365_CRM_APPS: &[&str] = &[
    "sales",
    "customer service",
    "field service",
    "customer engagement",
    "marketing",
    "project service automation",
];

/// Whether `phrase` occurs in `haystack` with no letter or digit right before or after it.
fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    haystack.match_indices(phrase).any(|(start, matched)| {
        let before = haystack.get(..start).and_then(|s| s.chars().next_back());
        let after = haystack
            .get(start + matched.len()..)
            .and_then(|s| s.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SubscriptionStatus {
    #[default]
    None,
    Active,
    Pending,
    Suspended,
    Deleted,
    Unknown,
}

impl SubscriptionStatus {
    /// Partner Center's `status` (`none|active|pending|suspended|deleted`), any case; anything
    /// else is `Unknown`.
    pub fn from_wire(s: &str) -> SubscriptionStatus {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => SubscriptionStatus::None,
            "active" => SubscriptionStatus::Active,
            "pending" => SubscriptionStatus::Pending,
            "suspended" => SubscriptionStatus::Suspended,
            "deleted" => SubscriptionStatus::Deleted,
            _ => SubscriptionStatus::Unknown,
        }
    }

    /// The wire word; `unknown` for `Unknown`.
    pub fn as_wire(self) -> &'static str {
        match self {
            SubscriptionStatus::None => "none",
            SubscriptionStatus::Active => "active",
            SubscriptionStatus::Pending => "pending",
            SubscriptionStatus::Suspended => "suspended",
            SubscriptionStatus::Deleted => "deleted",
            SubscriptionStatus::Unknown => "unknown",
        }
    }
}

/// One subscription of a customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: String,
    pub offer_id: String,
    pub offer_name: String,
    pub friendly_name: String,
    /// `entitlementId`: the Azure subscription id, for Azure subscriptions.
    pub azure_subscription_id: Option<String>,
    pub status: SubscriptionStatus,
    pub is_trial: bool,
    pub billing_type: Option<String>,
    pub family: ServiceFamily,
}

impl Subscription {
    /// The friendly name, or the offer name when there is none.
    pub fn display_name(&self) -> &str {
        let friendly = self.friendly_name.trim();
        if friendly.is_empty() {
            self.offer_name.trim()
        } else {
            friendly
        }
    }
}

/// A customer's subscriptions of one family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceGroup {
    pub family: ServiceFamily,
    pub subscriptions: Vec<Subscription>,
}

/// Groups subscriptions by their `family`: the in-scope families in the fixed order (only those
/// present), then out-of-scope last. Within a group, active subscriptions come first, then by
/// display name (case and accents ignored), then as given.
pub fn group_by_family(subscriptions: &[Subscription]) -> Vec<ServiceGroup> {
    ServiceFamily::ALL
        .into_iter()
        .filter_map(|family| {
            let mut members: Vec<(bool, String, &Subscription)> = subscriptions
                .iter()
                .filter(|s| s.family == family)
                .map(|s| {
                    (
                        s.status != SubscriptionStatus::Active,
                        fold(s.display_name()),
                        s,
                    )
                })
                .collect();
            if members.is_empty() {
                return None;
            }
            // Stable sort keeps the given order among equals.
            members.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
            Some(ServiceGroup {
                family,
                subscriptions: members.into_iter().map(|(_, _, s)| s.clone()).collect(),
            })
        })
        .collect()
}

/// A URL segment that names no service family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a service family")]
pub struct UnknownFamily;

impl std::str::FromStr for ServiceFamily {
    type Err = UnknownFamily;

    fn from_str(slug: &str) -> Result<ServiceFamily, UnknownFamily> {
        ServiceFamily::from_slug(slug).ok_or(UnknownFamily)
    }
}

#[cfg(test)]
mod tests;
