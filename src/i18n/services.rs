use crate::domain::customer::{Cloud, Relationship};
use crate::domain::service::{ServiceFamily, SubscriptionStatus};

/// The service management screen, and the names of the service families that the request
/// lists and forms share with it.
pub struct ServiceStrings {
    pub service_management_title: &'static str,
    /// "Contoso GmbH – Service management".
    pub service_management_heading: fn(&str) -> String,
    pub customer_details_heading: &'static str,
    pub primary_domain_label: &'static str,
    pub other_domains_label: &'static str,
    pub tenant_id_label: &'static str,
    pub relationship_label: &'static str,
    pub cloud_label: &'static str,
    pub cloud_name: fn(Cloud) -> &'static str,
    pub relationship_name: fn(&Relationship) -> String,
    pub germany_note: &'static str,
    pub view_customer_requests: &'static str,
    pub view_own_requests: &'static str,
    pub own_organization_notice_title: &'static str,
    pub own_organization_notice_body: &'static str,

    pub family_name: fn(ServiceFamily) -> &'static str,
    pub create_or_view_request: &'static str,
    /// Read after "Create or view service request" by screen readers only: the family.
    pub create_or_view_request_suffix: fn(&str) -> String,
    /// The table caption (for screen readers): "Microsoft Azure subscriptions".
    pub subscriptions_caption: fn(&str) -> String,
    pub column_subscription: &'static str,
    pub column_offer: &'static str,
    pub column_status: &'static str,
    pub column_azure_id: &'static str,
    pub subscription_status: fn(SubscriptionStatus) -> &'static str,
    pub trial: &'static str,
    pub out_of_scope_explanation: &'static str,
    pub no_in_scope_title: &'static str,
    pub no_in_scope_body: &'static str,
    pub no_subscriptions: &'static str,

    pub customer_not_found_title: &'static str,
    pub customer_not_found_body: fn(&str) -> String,
    pub back_to_customers: &'static str,
}
