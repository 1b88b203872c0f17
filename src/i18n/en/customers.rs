use crate::domain::customer::{Cloud, Relationship};
use crate::domain::service::{ServiceFamily, SubscriptionStatus};
use crate::i18n::{CustomerStrings, Locale, Plural};

const EN: Locale = Locale::English;

pub const CUSTOMERS: CustomerStrings = CustomerStrings {
    customers_title: "Customers",
    service_management_title: "Service management",

    customers_lead: "Pick the customer whose service has a problem. You file the service request with Microsoft on the customer's behalf.",
    loading_customers: "Loading your customers…",
    no_customers_title: "You have no customers yet",
    no_customers_body: "Customers you add in Partner Center appear here. You can still file a request about your own subscriptions.",
    recent_heading: "Recently opened",

    picker_label: "Find a customer",
    picker_hint: "Type a company name, domain or tenant ID. Use the arrow keys and Enter, or click a customer.",
    picker_listbox_label: "Customers",
    own_organization_option: "My organization: own subscriptions",
    own_organization_meta: "Your own support plan",
    customers_match: |n| match n {
        0 => "No customers match".to_owned(),
        n => EN.count(n, &Plural::en("{n} customer matches", "{n} customers match")),
    },
    showing_window: |shown, total| {
        format!(
            "Showing {} of {} – keep typing to narrow",
            EN.number(shown),
            EN.number(total)
        )
    },
    no_match: |query| {
        format!("No customer matches “{query}”. Check the spelling, or search by domain or tenant ID.")
    },
    cloud_germany: "Microsoft Cloud Germany",

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!((CUSTOMERS.customers_match)(0), "No customers match");
        assert_eq!((CUSTOMERS.customers_match)(1), "1 customer matches");
        assert_eq!(
            (CUSTOMERS.customers_match)(10_000),
            "10,000 customers match"
        );
        assert_eq!(
            (CUSTOMERS.showing_window)(50, 1_234_567),
            "Showing 50 of 1,234,567 – keep typing to narrow"
        );
    }
}
