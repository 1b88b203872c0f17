//! Customers and subscriptions on the wire.

use super::lenient::{Count, Flag, Items, Obj, Text};
use crate::domain::{
    Cloud, Customer, Relationship, ServiceFamily, Subscription, SubscriptionStatus,
};
use serde::Deserialize;

/// A Partner Center `Customer`, plus the `cloud` extension.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct CustomerWire {
    id: Text,
    company_profile: Obj<CompanyProfileWire>,
    custom_domains: Items<Text>,
    relationship_to_partner: Text,
    cloud: Text,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct CompanyProfileWire {
    tenant_id: Text,
    domain: Text,
    company_name: Text,
    address: Obj<AddressWire>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct AddressWire {
    country: Text,
}

impl CustomerWire {
    /// The customer, or `None` without an id (nothing could refer to it).
    pub fn into_domain(self) -> Option<Customer> {
        let id = self.id.get()?;
        let profile = self.company_profile.0.unwrap_or_default();
        let primary_domain = profile.domain.or_empty();
        let mut other_domains: Vec<String> = Vec::new();
        for domain in self.custom_domains.0.into_iter().filter_map(Text::get) {
            let seen = domain.eq_ignore_ascii_case(&primary_domain)
                || other_domains
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(&domain));
            if !seen {
                other_domains.push(domain);
            }
        }
        let company_name = profile.company_name.get().unwrap_or_else(|| {
            if primary_domain.is_empty() {
                id.clone()
            } else {
                primary_domain.clone()
            }
        });
        Some(Customer {
            tenant_id: profile.tenant_id.get().unwrap_or_else(|| id.clone()),
            id,
            company_name,
            primary_domain,
            other_domains,
            relationship: self
                .relationship_to_partner
                .get()
                .map(|r| Relationship::from_wire(&r))
                .unwrap_or_default(),
            cloud: match self.cloud.get() {
                Some(cloud) if cloud.eq_ignore_ascii_case("germany") => Cloud::Germany,
                _ => Cloud::Global,
            },
            country: profile
                .address
                .0
                .and_then(|a| a.country.get())
                .map(|c| c.to_ascii_uppercase()),
        })
    }
}

/// A Partner Center `Subscription`.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct SubscriptionWire {
    id: Text,
    offer_id: Text,
    offer_name: Text,
    friendly_name: Text,
    entitlement_id: Text,
    status: Text,
    billing_type: Text,
    is_trial: Flag,
    #[allow(dead_code)] // read so that a quantity in any shape never fails the item
    quantity: Count,
}

impl SubscriptionWire {
    /// The subscription, or `None` without an id. The family comes from the offer name (the
    /// friendly name is the partner's nickname, used only when there is no offer name).
    pub fn into_domain(self) -> Option<Subscription> {
        let id = self.id.get()?;
        let offer_name = self.offer_name.get();
        let friendly_name = self.friendly_name.get();
        let family = ServiceFamily::classify(
            offer_name
                .as_deref()
                .or(friendly_name.as_deref())
                .unwrap_or(""),
        );
        Some(Subscription {
            id,
            offer_id: self.offer_id.or_empty(),
            offer_name: offer_name
                .clone()
                .or_else(|| friendly_name.clone())
                .unwrap_or_default(),
            friendly_name: friendly_name.or(offer_name).unwrap_or_default(),
            // Every subscription has an entitlement; only Azure's is an Azure subscription id.
            azure_subscription_id: self
                .entitlement_id
                .get()
                .filter(|_| family == ServiceFamily::Azure),
            status: match self.status.get() {
                Some(word) => status_from_wire(&word),
                None => SubscriptionStatus::None,
            },
            is_trial: self.is_trial.0,
            billing_type: self.billing_type.get(),
            family,
        })
    }
}

/// A word, or an integer in Partner Center's order (none, active, pending, suspended, deleted).
fn status_from_wire(word: &str) -> SubscriptionStatus {
    match word.parse::<u8>() {
        Ok(0) => SubscriptionStatus::None,
        Ok(1) => SubscriptionStatus::Active,
        Ok(2) => SubscriptionStatus::Pending,
        Ok(3) => SubscriptionStatus::Suspended,
        Ok(4) => SubscriptionStatus::Deleted,
        Ok(_) => SubscriptionStatus::Unknown,
        Err(_) => SubscriptionStatus::from_wire(word),
    }
}
