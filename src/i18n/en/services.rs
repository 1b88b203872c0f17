use crate::domain::customer::{Cloud, Relationship};
use crate::domain::service::{ServiceFamily, SubscriptionStatus};
use crate::i18n::ServiceStrings;

pub const SERVICES: ServiceStrings = ServiceStrings {
    service_management_title: "Service management",

    service_management_heading: |name| format!("{name} – Service management"),
    customer_details_heading: "Customer details",
    primary_domain_label: "Primary domain",
    other_domains_label: "Other domains",
    tenant_id_label: "Tenant ID",
    relationship_label: "Relationship",
    cloud_label: "Cloud",
    cloud_name: |cloud| match cloud {
        Cloud::Global => "Global",
        Cloud::Germany => "Microsoft Cloud Germany",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Reseller => "Reseller".to_owned(),
        Relationship::Advisor => "Advisor".to_owned(),
        Relationship::None => "No relationship".to_owned(),
        Relationship::Other(sent) => sent.clone(),
    },
    germany_note: "This customer is in Microsoft Cloud Germany, a separate national cloud. Its service requests go to Partner Center for Microsoft Cloud Germany.",
    view_customer_requests: "View this customer's service requests",
    view_own_requests: "View your own service requests",
    own_organization_notice_title: "Your own subscriptions are not covered by the CSP support benefit",
    own_organization_notice_body: "A request about your own subscriptions needs your own valid support plan. The request forms will ask for it: an MPN contract ID, a Premier support plan or an Azure support plan.",

    family_name: |family| match family {
        ServiceFamily::Azure => "Microsoft Azure",
        ServiceFamily::Office365 => "Office 365",
        ServiceFamily::DynamicsCrmOnline => "Microsoft Dynamics CRM Online",
        ServiceFamily::EnterpriseMobilitySuite => "Enterprise Mobility Suite",
        ServiceFamily::OutOfScope => "Other services",
    },
    create_or_view_request: "Create or view service request",
    create_or_view_request_suffix: |family| format!(" for {family}"),
    subscriptions_caption: |family| format!("{family} subscriptions"),
    column_subscription: "Subscription",
    column_offer: "Offer",
    column_status: "Status",
    column_azure_id: "Azure subscription ID",
    subscription_status: |status| match status {
        SubscriptionStatus::None => "No status",
        SubscriptionStatus::Active => "Active",
        SubscriptionStatus::Pending => "Pending",
        SubscriptionStatus::Suspended => "Suspended",
        SubscriptionStatus::Deleted => "Deleted",
        SubscriptionStatus::Unknown => "Unknown",
    },
    trial: "Trial",
    out_of_scope_explanation: "Service requests through Partner Center cover Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite only. For these services, contact Microsoft support directly.",
    no_in_scope_title: "Nothing here can be escalated through Partner Center",
    no_in_scope_body: "There is no Azure, Office 365, Dynamics CRM Online or Enterprise Mobility Suite subscription here, so there is no service request to file through Partner Center.",
    no_subscriptions: "There are no subscriptions to show.",

    customer_not_found_title: "Customer not found",
    customer_not_found_body: |id| {
        format!("There is no customer with the ID “{id}”. Check the address, or pick the customer from your list.")
    },
    back_to_customers: "Go to your customers",
};
