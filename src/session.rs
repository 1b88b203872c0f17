//! What the app remembers about the signed-in partner across pages and visits: its own contact
//! details (to prefill forms) and the customers it opened recently. Provided once as context.

use crate::domain::validation::ContactForm;
use crate::storage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

const PROFILE_KEY: &str = "profile.v1";
const RECENT_KEY: &str = "recent-customers.v1";
const RECENT_MAX: usize = 5;

/// The partner's own contact details, saved in this browser. The top bar shows the partner's
/// name from the first page on; the details themselves are read from storage the first time a
/// form or the profile asks for them, so that only the parts with forms carry their decoding.
#[derive(Clone, Copy)]
pub struct PartnerProfile {
    /// `None` until first asked for.
    details: RwSignal<Option<ContactForm>>,
    name: RwSignal<String>,
}

impl PartnerProfile {
    pub fn load() -> PartnerProfile {
        PartnerProfile {
            details: RwSignal::new(None),
            name: RwSignal::new(saved_name().unwrap_or_default()),
        }
    }

    /// The partner's name as the top bar shows it ("" when none is saved); tracked.
    pub fn name(&self) -> String {
        self.name.get()
    }

    /// Reads the saved details (tracked), from storage the first time.
    pub fn with<R>(&self, f: impl FnOnce(&ContactForm) -> R) -> R {
        self.read_once();
        self.details.with(|details| match details {
            Some(details) => f(details),
            None => f(&ContactForm::default()),
        })
    }

    /// Reads the saved details without tracking them.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&ContactForm) -> R) -> R {
        untrack(|| self.with(f))
    }

    fn read_once(&self) {
        if self.details.with_untracked(Option::is_none) {
            let saved = storage::read(PROFILE_KEY).unwrap_or_default();
            self.details
                .update_untracked(|details| *details = Some(saved));
        }
    }

    /// Saves the details for future requests; `false` when the browser refused to store them.
    pub fn save(&self, contact: ContactForm) -> bool {
        let saved = storage::write(PROFILE_KEY, &contact);
        self.name
            .set(display_name(&contact.first_name, &contact.last_name));
        self.details.set(Some(contact));
        saved
    }

    pub fn expect() -> PartnerProfile {
        use_context::<PartnerProfile>().unwrap_or_else(PartnerProfile::load)
    }
}

/// "First Last", either part left out when empty.
fn display_name(first: &str, last: &str) -> String {
    format!("{} {}", first.trim(), last.trim())
        .trim()
        .to_owned()
}

/// The name in the saved details ("First Last"; `None` when no name is saved): the frame needs
/// only the two names, not the whole form, and the demo signs the partner's notes with them.
pub fn saved_name() -> Option<String> {
    let saved = storage::read_parsed(PROFILE_KEY)?;
    let field = |name: &str| storage::text_field(&saved, name).unwrap_or_default();
    Some(display_name(&field("first_name"), &field("last_name"))).filter(|name| !name.is_empty())
}

/// A customer opened recently: enough to show a link without asking the backend.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
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
        RecentCustomers(RwSignal::new(saved_recent().unwrap_or_default()))
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

/// The saved recent customers, read on the first page (as the name is); an entry that is not
/// one is left out.
fn saved_recent() -> Option<Vec<RecentCustomer>> {
    let saved: js_sys::Array = storage::read_parsed(RECENT_KEY)?.dyn_into().ok()?;
    let entry = |saved: wasm_bindgen::JsValue| {
        Some(RecentCustomer {
            id: storage::text_field(&saved, "id")?,
            name: storage::text_field(&saved, "name")?,
            domain: storage::text_field(&saved, "domain")?,
        })
    };
    Some(saved.iter().filter_map(entry).take(RECENT_MAX).collect())
}
