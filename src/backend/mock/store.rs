//! The demo backend's state and rules, without I/O: customers, subscriptions, topics and
//! requests, idempotent creation and notes. Everything here runs natively in unit tests.

use super::journal::Journal;
use super::seed::{self, Profile};
use crate::backend::platform::splitmix64;
use crate::backend::{BackendError, CustomerPage, CustomerQuery};
use crate::config::MockOptions;
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::search::fold;
use crate::domain::{
    Attachment, Customer, NewServiceRequest, Note, PrimaryContact, RequestParty, RequestStatus,
    ServiceFamily, ServiceRequest, Subscription, SupportTopic, Timestamp,
};
use crate::locale::Locale;

/// The partner signed in to the demo, as a server names them: the author of the seed requests'
/// partner notes, and of the notes added in it while the profile holds no name. A person's
/// name, the same in every language.
pub const NOTE_AUTHOR: &str = "Anna Schmidt";

pub struct Store {
    customers: Vec<Customer>,
    profiles: Vec<Profile>,
    /// The requests, made the first time one is asked for: opening the app lists customers
    /// only, so it neither dates the seed requests nor reads the saved journal (and their code
    /// travels with the parts of the app that show requests).
    book: Option<RequestBook>,
    /// When the seed requests are dated from.
    seed_now: Timestamp,
    /// A journal saved by an earlier visit, replayed when the book is made.
    saved_journal: Option<String>,
    /// First serial number of requests created in the demo.
    serial_base: u64,
}

/// The seed requests and those created in the demo, and the journal of the demo's changes.
struct RequestBook {
    requests: Vec<ServiceRequest>,
    journal: Journal,
}

fn bad_request(message: &str) -> BackendError {
    BackendError::BadRequest {
        message: message.to_owned(),
    }
}

impl Store {
    /// The seed state for these options, with request ages counted back from `now`.
    pub fn new(options: &MockOptions, now: Timestamp) -> Store {
        Store::with_journal(options, now, None)
    }

    /// The seed state with a journal saved earlier, replayed when requests are first needed. A
    /// journal that cannot be read is ignored: the demo starts from the seed.
    pub fn with_journal(options: &MockOptions, now: Timestamp, saved: Option<String>) -> Store {
        let (customers, profiles): (Vec<_>, Vec<_>) =
            seed::customers(options.generated_customers, options.seed)
                .into_iter()
                .unzip();
        Store {
            customers,
            profiles,
            book: None,
            seed_now: now,
            saved_journal: saved,
            serial_base: 10_000_000 + splitmix64(options.seed) % 80_000_000,
        }
    }

    /// The requests, made from the seed and the saved journal on first use.
    fn book(&mut self) -> &mut RequestBook {
        let present = self.customers.len();
        let now = self.seed_now;
        let saved = &mut self.saved_journal;
        self.book.get_or_insert_with(|| {
            let mut book = RequestBook {
                requests: seed::seed_requests(now, |index| index < present),
                journal: Journal::default(),
            };
            if let Some(saved) = saved.take() {
                book.replay(&saved);
            }
            book
        })
    }

    /// Replays a stored journal on top of the requests; `false` (and nothing changed) when it
    /// cannot be read.
    pub fn restore(&mut self, text: &str) -> bool {
        self.book().replay(text)
    }

    pub fn journal_json(&mut self) -> String {
        self.book().journal.to_json()
    }

    pub fn customer_count(&self) -> usize {
        self.customers.len()
    }

    /// A page of customers whose name starts with the prefix (case and accents ignored). The
    /// continuation token is the offset of the next page.
    pub fn customers_page(&self, query: &CustomerQuery) -> Result<CustomerPage, BackendError> {
        let prefix = query
            .name_prefix
            .as_deref()
            .map(|p| fold(p.trim()))
            .unwrap_or_default();
        let offset = match query.continuation.as_deref() {
            None => 0,
            Some(token) => token
                .parse::<usize>()
                .map_err(|_| bad_request("The continuation token is not one this backend gave."))?,
        };
        let size = query.page_size.clamp(1, 1_000) as usize;
        let matching: Vec<&Customer> = self
            .customers
            .iter()
            .filter(|c| prefix.is_empty() || fold(&c.company_name).starts_with(&prefix))
            .collect();
        let end = offset.saturating_add(size).min(matching.len());
        Ok(CustomerPage {
            customers: matching
                .get(offset..end)
                .unwrap_or_default()
                .iter()
                .map(|c| (*c).clone())
                .collect(),
            continuation: (end < matching.len()).then(|| end.to_string()),
            total: u32::try_from(matching.len()).ok(),
        })
    }

    pub fn all_customers(&self) -> Vec<Customer> {
        self.customers.clone()
    }

    fn position(&self, customer_id: &str) -> Option<usize> {
        self.customers.iter().position(|c| c.id == customer_id)
    }

    pub fn customer(&self, customer_id: &str) -> Result<Customer, BackendError> {
        let index = self.position(customer_id).ok_or(BackendError::NotFound)?;
        self.customers
            .get(index)
            .cloned()
            .ok_or(BackendError::NotFound)
    }

    pub fn subscriptions(&self, customer_id: &str) -> Result<Vec<Subscription>, BackendError> {
        if customer_id == OWN_ORGANIZATION_ID {
            return Ok(seed::subscriptions_for(
                OWN_ORGANIZATION_ID,
                Profile::Partner,
            ));
        }
        let profile = self
            .position(customer_id)
            .and_then(|i| self.profiles.get(i).copied())
            .ok_or(BackendError::NotFound)?;
        Ok(seed::subscriptions_for(customer_id, profile))
    }

    /// The catalogue of `family`, in `locale`'s language.
    pub fn support_topics(&self, family: ServiceFamily, locale: Locale) -> Vec<SupportTopic> {
        seed::support_topics(family, locale)
    }

    /// Files a request. A `request_id` seen before with the same request returns the request
    /// it created, unchanged; with a different request it is refused as
    /// [`BackendError::AlreadyFiled`], naming the request it filed.
    pub fn create(
        &mut self,
        new: &NewServiceRequest,
        request_id: &str,
        now: Timestamp,
    ) -> Result<ServiceRequest, BackendError> {
        let fingerprint = fingerprint(new);
        let book = self.book();
        if let Some((_, id)) = book.journal.keys.iter().find(|(key, _)| key == request_id) {
            let filed_with = book
                .journal
                .fingerprints
                .iter()
                .find(|(key, _)| key == request_id)
                .map(|(_, f)| f);
            if filed_with.is_some_and(|f| *f != fingerprint) {
                return Err(BackendError::AlreadyFiled {
                    request_id: id.clone(),
                });
            }
            return book.request(id);
        }
        let customer = match &new.party {
            RequestParty::Customer { customer_id } => Some(self.customer(customer_id)?),
            RequestParty::OwnOrganization => None,
        };
        if !new.family.in_scope() {
            return Err(bad_request("Service requests can only be filed for Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite."));
        }
        if new.title.trim().is_empty() || new.description.trim().is_empty() {
            return Err(bad_request("Enter a title and a description."));
        }
        if customer.is_none() && new.own_support_plan.is_none() {
            return Err(bad_request(
                "A request about your own subscriptions needs your own support plan.",
            ));
        }
        if !new.family.uses_azure_flow() && new.support_topic_id.is_none() {
            return Err(bad_request("Choose a support topic."));
        }
        let serial_base = self.serial_base;
        let book = self.book();
        let request = ServiceRequest {
            id: book.next_id(serial_base, now),
            title: new.title.trim().to_owned(),
            description: new.description.trim().to_owned(),
            severity: Some(new.severity),
            status: RequestStatus::Open,
            support_topic_id: new.support_topic_id.clone(),
            support_topic_name: new.support_topic_name.clone(),
            customer_id: customer.as_ref().map(|c| c.id.clone()),
            customer_name: customer.as_ref().map(|c| c.company_name.clone()),
            product_name: Some(new.family.name().to_owned()),
            product_id: None,
            family: new.family,
            primary_contact: Some(PrimaryContact {
                contact_id: None,
                first_name: new.contact.first_name.clone(),
                last_name: new.contact.last_name.clone(),
                email: new.contact.email.clone(),
                phone_number: new.contact.phone.clone(),
            }),
            created: Some(now),
            modified: Some(now),
            closed: None,
            notes: Vec::new(),
            country_code: customer.and_then(|c| c.country),
            issue_type: new.issue_type(),
            attachments: new
                .attachment
                .iter()
                .map(|file| Attachment {
                    content: None,
                    ..file.clone()
                })
                .collect(),
        };
        book.requests.push(request.clone());
        book.journal.created.push(request.clone());
        book.journal
            .keys
            .push((request_id.to_owned(), request.id.clone()));
        book.journal
            .fingerprints
            .push((request_id.to_owned(), fingerprint));
        Ok(request)
    }

    /// Newest first.
    fn sorted(mut requests: Vec<ServiceRequest>) -> Vec<ServiceRequest> {
        requests.sort_by(|a, b| b.created.cmp(&a.created).then_with(|| b.id.cmp(&a.id)));
        requests
    }

    pub fn customer_requests(
        &mut self,
        customer_id: &str,
    ) -> Result<Vec<ServiceRequest>, BackendError> {
        let wanted = if customer_id == OWN_ORGANIZATION_ID {
            None
        } else {
            self.position(customer_id).ok_or(BackendError::NotFound)?;
            Some(customer_id)
        };
        Ok(Store::sorted(
            self.book()
                .requests
                .iter()
                .filter(|r| r.customer_id.as_deref() == wanted)
                .cloned()
                .collect(),
        ))
    }

    pub fn all_requests(&mut self) -> Vec<ServiceRequest> {
        Store::sorted(self.book().requests.clone())
    }

    pub fn request(&mut self, id: &str) -> Result<ServiceRequest, BackendError> {
        self.book().request(id)
    }

    /// Adds a note signed by `author`. A `note_key` seen before with the same request and text
    /// adds nothing and returns the request as it is; with another text or request it is
    /// refused as [`BackendError::AlreadyFiled`].
    pub fn add_note(
        &mut self,
        id: &str,
        text: &str,
        note_key: &str,
        author: &str,
        now: Timestamp,
    ) -> Result<ServiceRequest, BackendError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(bad_request("Enter the text of the note."));
        }
        let book = self.book();
        if let Some((_, on, noted)) = book.journal.note_keys.iter().find(|(k, ..)| k == note_key) {
            if on != id || noted != text {
                return Err(BackendError::AlreadyFiled {
                    request_id: on.clone(),
                });
            }
            return book.request(id);
        }
        let request = book
            .requests
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(BackendError::NotFound)?;
        let note = Note {
            created_by_name: author.to_owned(),
            created_date: Some(now),
            text: text.to_owned(),
        };
        request.notes.push(note.clone());
        request.modified = Some(now);
        let updated = request.clone();
        match book.journal.created.iter_mut().find(|r| r.id == id) {
            Some(created) => *created = updated.clone(),
            None => book.journal.notes.push((id.to_owned(), note)),
        }
        book.journal
            .note_keys
            .push((note_key.to_owned(), id.to_owned(), text.to_owned()));
        Ok(updated)
    }

    /// Forgets the requests made so far, so that the next call rebuilds them from the seed and
    /// `saved` (another tab's journal, read from storage).
    pub fn reload(&mut self, saved: Option<String>) {
        self.book = None;
        self.saved_journal = saved;
    }
}

/// What a request says, reduced to a short hash of the body the contract would carry: the same
/// answers give the same fingerprint.
fn fingerprint(request: &NewServiceRequest) -> String {
    let text = crate::backend::wire::create_body(request).to_string();
    // FNV-1a, 64 bits.
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

impl RequestBook {
    fn request(&self, id: &str) -> Result<ServiceRequest, BackendError> {
        self.requests
            .iter()
            .find(|r| r.id == id)
            .cloned()
            .ok_or(BackendError::NotFound)
    }

    /// Replays a stored journal; `false` (and nothing changed) when it cannot be read.
    fn replay(&mut self, text: &str) -> bool {
        let Some(journal) = Journal::from_json(text) else {
            return false;
        };
        for request in &journal.created {
            if !self.requests.iter().any(|r| r.id == request.id) {
                self.requests.push(request.clone());
            }
        }
        for (id, note) in &journal.notes {
            if let Some(request) = self.requests.iter_mut().find(|r| r.id == *id) {
                request.modified = request.modified.max(note.created_date);
                request.notes.push(note.clone());
            }
        }
        self.journal = journal;
        true
    }

    /// A Partner Center-like id: `6`, the date as `yymmdd`, then an 8-digit serial.
    fn next_id(&self, serial_base: u64, now: Timestamp) -> String {
        let date = now.civil(0);
        let mut serial = serial_base + self.journal.created.len() as u64;
        loop {
            let id = format!(
                "6{:02}{:02}{:02}{:08}",
                date.year.rem_euclid(100),
                date.month,
                date.day,
                serial % 100_000_000
            );
            if !self.requests.iter().any(|r| r.id == id) {
                return id;
            }
            serial += 1;
        }
    }
}

#[cfg(test)]
mod tests;
