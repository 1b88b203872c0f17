//! What the app remembers about the signed-in partner across pages and visits: its own contact
//! details (to prefill forms) and the customers it opened recently. Provided once as context.

use crate::domain::validation::ContactForm;
use crate::storage;
use leptos::prelude::*;

const PROFILE_KEY: &str = "profile.v1";
const RECENT_KEY: &str = "recent-customers.v1";
const RECENT_MAX: usize = 5;

/// The partner's own contact details, saved in this browser.
#[derive(Clone, Copy)]
pub struct PartnerProfile(pub RwSignal<ContactForm>);

impl PartnerProfile {
    pub fn load() -> PartnerProfile {
        PartnerProfile(RwSignal::new(
            storage::read(PROFILE_KEY).unwrap_or_default(),
        ))
    }

    /// Saves the details for future requests; `false` when the browser refused to store them.
    pub fn save(&self, contact: ContactForm) -> bool {
        let saved = storage::write(PROFILE_KEY, &contact);
        self.0.set(contact);
        saved
    }

    pub fn expect() -> PartnerProfile {
        use_context::<PartnerProfile>().unwrap_or_else(PartnerProfile::load)
    }
}

/// A customer opened recently: enough to show a link without asking the backend.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RecentCustomer {
    pub id: String,
    pub name: String,
    pub domain: String,
}

/// Customers opened recently, newest first.
#[derive(Clone, Copy)]
pub struct RecentCustomers(pub RwSignal<Vec<RecentCustomer>>);

impl RecentCustomers {
    pub fn load() -> RecentCustomers {
        RecentCustomers(RwSignal::new(storage::read(RECENT_KEY).unwrap_or_default()))
    }

    pub fn remember(&self, customer: RecentCustomer) {
        self.0.update(|list| {
            list.retain(|c| c.id != customer.id);
            list.insert(0, customer);
            list.truncate(RECENT_MAX);
            storage::write(RECENT_KEY, list);
        });
    }

    pub fn expect() -> RecentCustomers {
        use_context::<RecentCustomers>().unwrap_or_else(RecentCustomers::load)
    }
}
