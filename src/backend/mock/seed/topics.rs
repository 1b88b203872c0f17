//! The support-topic catalogue, per in-scope family, grouped in categories as the "Create
//! service request" page shows them; common topics first, the rest behind "More...".

use crate::domain::{ServiceFamily, SupportTopic};

/// (family, category, name, common). Ids are assigned in order from Partner Center's range.
#[rustfmt::skip]
const TOPICS: &[(ServiceFamily, &str, &str, bool)] = {
    use ServiceFamily::*;
    &[
        (Office365, "Exchange Online", "Mail flow and delivery", true),
        (Office365, "Exchange Online", "Mailbox access and Outlook connectivity", true),
        (Office365, "Exchange Online", "Spam, phishing and quarantine", false),
        (Office365, "Exchange Online", "Migration to Exchange Online", false),
        (Office365, "SharePoint Online", "Sites, pages and permissions", false),
        (Office365, "SharePoint Online", "Search and metadata", false),
        (Office365, "Teams and Skype for Business", "Meetings, calls and audio quality", true),
        (Office365, "Teams and Skype for Business", "Chat, channels and presence", false),
        (Office365, "Teams and Skype for Business", "Phone system and calling plans", false),
        (Office365, "OneDrive", "File sync", false),
        (Office365, "OneDrive", "Sharing and external access", false),
        (Office365, "Identity and access", "Sign-in and multi-factor authentication", true),
        (Office365, "Identity and access", "Directory synchronisation (Azure AD Connect)", false),
        (Office365, "Identity and access", "Cannot manage my profile", false),
        (Office365, "Billing", "Invoice or charge question", true),
        (Office365, "Billing", "Refund or credit", false),
        (Office365, "Subscription management", "Licences and assignments", true),
        (Office365, "Subscription management", "Trial, renewal or cancellation", false),
        (Office365, "Subscription management", "Partner Center issues", false),
        (Office365, "Office apps", "Installation and activation", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Sign-in and access", true),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Performance and availability", true),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Customisation and workflows", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Outlook and e-mail integration", false),
        (DynamicsCrmOnline, "Dynamics CRM Online", "Data import and export", false),
        (DynamicsCrmOnline, "Billing", "Licensing question", true),
        (DynamicsCrmOnline, "Subscription management", "Instance provisioning or copy", false),
        (EnterpriseMobilitySuite, "Intune", "Device enrollment", true),
        (EnterpriseMobilitySuite, "Intune", "App protection and deployment", true),
        (EnterpriseMobilitySuite, "Intune", "Compliance and configuration policies", false),
        (EnterpriseMobilitySuite, "Azure Active Directory Premium", "Conditional access", true),
        (EnterpriseMobilitySuite, "Azure Active Directory Premium", "Self-service password reset", false),
        (EnterpriseMobilitySuite, "Azure Information Protection", "Labels and protection", false),
        (EnterpriseMobilitySuite, "Billing", "Licensing question", false),
        (Azure, "Technical", "Virtual machine not starting or not reachable", true),
        (Azure, "Technical", "Networking and connectivity", true),
        (Azure, "Technical", "Storage and backup", false),
        (Azure, "Technical", "App Service and Functions", false),
        (Azure, "Billing", "Unexpected charges", true),
        (Azure, "Billing", "Credits and spending limits", false),
        (Azure, "Subscription management", "Transfer or cancel a subscription", false),
        (Azure, "Service and subscription limits (quotas)", "Increase a compute (vCPU) quota", true),
    ]
};

const FIRST_ID: u32 = 32_444_667;

/// The topics of one family, in catalogue order.
pub fn support_topics(family: ServiceFamily) -> Vec<SupportTopic> {
    TOPICS
        .iter()
        .zip(FIRST_ID..)
        .filter(|((topic_family, ..), _)| *topic_family == family)
        .map(|(&(family, category, name, common), id)| SupportTopic {
            id: id.to_string(),
            name: name.to_owned(),
            description: format!("{} – {category}: {name}.", family.name()),
            category: category.to_owned(),
            family,
            common,
        })
        .collect()
}
