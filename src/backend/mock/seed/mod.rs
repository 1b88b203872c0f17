//! The demo's data: customers, their subscriptions, the support-topic catalogue and requests
//! already filed. All of it is computed, deterministically, from the options.

mod customers;
mod generate;
mod requests;
mod subscriptions;
mod topics;

pub use requests::{seed_customer_id, seed_requests};
pub use subscriptions::{subscriptions_for, Profile};
pub use topics::support_topics;

use crate::domain::{Customer, Relationship};
use customers::CUSTOMERS;

/// The hand-written customers, in order.
pub fn seed_customers() -> Vec<(Customer, Profile)> {
    CUSTOMERS
        .iter()
        .enumerate()
        .map(|(i, seed)| {
            let id = seed_customer_id(i);
            let customer = Customer {
                tenant_id: id.clone(),
                id,
                company_name: seed.name.to_owned(),
                primary_domain: seed.domain.to_owned(),
                other_domains: seed.other_domains.iter().map(|d| (*d).to_owned()).collect(),
                relationship: if seed.advisor {
                    Relationship::Advisor
                } else {
                    Relationship::Reseller
                },
                cloud: seed.cloud,
                country: Some(seed.country.to_owned()),
            };
            (customer, seed.profile)
        })
        .collect()
}

/// `count` customers: the hand-written ones first, then generated ones from `seed`.
pub fn customers(count: Option<u32>, seed: u64) -> Vec<(Customer, Profile)> {
    let mut all = seed_customers();
    let Some(count) = count.map(|c| c as usize) else {
        return all;
    };
    all.truncate(count);
    let start = all.len() as u64;
    all.extend((start..count as u64).map(|index| generate::generated_customer(seed, index)));
    all
}
