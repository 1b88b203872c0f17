//! The in-browser demo backend: deterministic seed data, optional latency and failure
//! injection, and requests and notes that survive a reload (in `localStorage`) and are seen by
//! every tab.

mod journal;
mod seed;
mod store;
#[cfg(test)]
mod test_support;

pub use journal::{Storage, STORAGE_KEY};
pub use store::{Store, NOTE_AUTHOR};

use super::platform::{self, splitmix64, unit_interval};
use super::retry::RetryPolicy;
use super::{BackendError, CustomerPage, CustomerQuery};
use crate::config::{FaultKind, MockCall, MockFault, MockOptions};
use crate::domain::{
    Customer, NewServiceRequest, ServiceFamily, ServiceRequest, Subscription, SupportTopic,
};
use crate::locale::Locale;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone)]
pub struct MockBackend {
    inner: Rc<Inner>,
}

struct Inner {
    options: MockOptions,
    store: RefCell<Store>,
    storage: Storage,
    /// The journal as this tab last read or wrote it: when storage holds another, a second tab
    /// changed it, and the requests are made afresh from it.
    journal_seen: RefCell<Option<String>>,
    retry: RetryPolicy,
    /// Calls so far: the failure injection's counter, so failures repeat run after run.
    calls: Cell<u64>,
    /// The configured faults and how many more calls each fails.
    faults: RefCell<Vec<MockFault>>,
    /// The partner's language: the support topics are named in it, as Partner Center's are.
    locale: Cell<Locale>,
}

impl MockBackend {
    /// The partner's language, by its BCP 47 tag (English for one the app does not ship).
    pub fn set_locale(&self, tag: &str) {
        self.inner
            .locale
            .set(Locale::from_tag(tag).unwrap_or_default());
    }

    /// A backend whose journal lives in the browser's `localStorage` (memory-less natively).
    pub fn new(options: MockOptions) -> MockBackend {
        MockBackend::with_storage(options, Storage::default_for_platform())
    }

    pub fn with_storage(options: MockOptions, storage: Storage) -> MockBackend {
        MockBackend::with_retry(options, storage, RetryPolicy::default())
    }

    /// Calls that fail as a real service's would are tried again by `retry`, as the HTTP
    /// adapter does.
    pub fn with_retry(options: MockOptions, storage: Storage, retry: RetryPolicy) -> MockBackend {
        let saved = storage.load(STORAGE_KEY);
        let store = Store::with_journal(&options, platform::now(), saved.clone());
        MockBackend {
            inner: Rc::new(Inner {
                faults: RefCell::new(options.faults.clone()),
                locale: Cell::new(Locale::default()),
                options,
                store: RefCell::new(store),
                storage,
                journal_seen: RefCell::new(saved),
                retry,
                calls: Cell::new(0),
            }),
        }
    }

    /// Runs `work` as one call of the service: latency, injected failures and retries.
    async fn call<T>(
        &self,
        call: MockCall,
        work: impl Fn(&Self) -> Result<T, BackendError>,
    ) -> Result<T, BackendError> {
        let work = &work;
        self.inner.retry.run(move || self.attempt(call, work)).await
    }

    async fn attempt<T>(
        &self,
        call: MockCall,
        work: &impl Fn(&Self) -> Result<T, BackendError>,
    ) -> Result<T, BackendError> {
        let options = &self.inner.options;
        if options.latency_ms > 0 {
            platform::sleep(options.latency_ms).await;
        }
        let count = self.inner.calls.get().wrapping_add(1);
        self.inner.calls.set(count);
        if injected_failure(options.seed, count, options.failure_rate) {
            // The demo failed this call on purpose (failureRate).
            return Err(BackendError::Busy {
                status: 503,
                retry_after_secs: None,
            });
        }
        match self.take_fault(call) {
            None => work(self),
            Some(fault) if fault.kind.does_the_work() => {
                let _ = work(self);
                Err(fault.error())
            }
            Some(fault) => Err(fault.error()),
        }
    }

    fn take_fault(&self, call: MockCall) -> Option<MockFault> {
        let mut faults = self.inner.faults.borrow_mut();
        let fault = faults.iter_mut().find(|f| f.call == call && f.times > 0)?;
        fault.times -= 1;
        Some(fault.clone())
    }

    /// Takes in what another tab saved since this one last looked.
    fn refresh(&self) {
        let stored = self.inner.storage.load(STORAGE_KEY);
        if stored.is_some() && stored != *self.inner.journal_seen.borrow() {
            self.inner.store.borrow_mut().reload(stored.clone());
            *self.inner.journal_seen.borrow_mut() = stored;
        }
    }

    fn save(&self) {
        let json = self.inner.store.borrow_mut().journal_json();
        // A refusal (quota, private mode) only means the demo forgets on reload.
        let _ = self.inner.storage.save(STORAGE_KEY, &json);
        *self.inner.journal_seen.borrow_mut() = Some(json);
    }

    /// Who signs the notes added in the demo: Partner Center signs a note with the signed-in
    /// user's name, and the demo's user is the partner whose name the profile in this browser
    /// holds ([`NOTE_AUTHOR`] while it holds none, or where the demo keeps nothing).
    fn note_author(&self) -> String {
        let saved = match self.inner.storage {
            #[cfg(target_arch = "wasm32")]
            Storage::Browser => crate::session::saved_name(),
            _ => None,
        };
        saved.unwrap_or_else(|| NOTE_AUTHOR.to_owned())
    }

    pub async fn customers(&self, query: &CustomerQuery) -> Result<CustomerPage, BackendError> {
        self.call(MockCall::Customers, |b| {
            b.inner.store.borrow().customers_page(query)
        })
        .await
    }

    pub async fn all_customers(&self) -> Result<Vec<Customer>, BackendError> {
        self.call(MockCall::Customers, |b| {
            Ok(b.inner.store.borrow().all_customers())
        })
        .await
    }

    pub async fn customer(&self, customer_id: &str) -> Result<Customer, BackendError> {
        self.call(MockCall::Customer, |b| {
            b.inner.store.borrow().customer(customer_id)
        })
        .await
    }

    pub async fn subscriptions(
        &self,
        customer_id: &str,
    ) -> Result<Vec<Subscription>, BackendError> {
        self.call(MockCall::Subscriptions, |b| {
            b.inner.store.borrow().subscriptions(customer_id)
        })
        .await
    }

    pub async fn support_topics(
        &self,
        family: ServiceFamily,
    ) -> Result<Vec<SupportTopic>, BackendError> {
        self.call(MockCall::Topics, |b| {
            let locale = b.inner.locale.get();
            Ok(b.inner.store.borrow().support_topics(family, locale))
        })
        .await
    }

    pub async fn create_service_request(
        &self,
        request: &NewServiceRequest,
        request_id: &str,
    ) -> Result<ServiceRequest, BackendError> {
        self.call(MockCall::Create, |b| {
            b.refresh();
            let created =
                b.inner
                    .store
                    .borrow_mut()
                    .create(request, request_id, platform::now())?;
            b.save();
            Ok(created)
        })
        .await
    }

    pub async fn customer_service_requests(
        &self,
        customer_id: &str,
    ) -> Result<Vec<ServiceRequest>, BackendError> {
        self.call(MockCall::CustomerRequests, |b| {
            b.refresh();
            b.inner.store.borrow_mut().customer_requests(customer_id)
        })
        .await
    }

    pub async fn all_service_requests(&self) -> Result<Vec<ServiceRequest>, BackendError> {
        self.call(MockCall::Requests, |b| {
            b.refresh();
            Ok(b.inner.store.borrow_mut().all_requests())
        })
        .await
    }

    pub async fn service_request(&self, id: &str) -> Result<ServiceRequest, BackendError> {
        self.call(MockCall::Request, |b| {
            b.refresh();
            b.inner.store.borrow_mut().request(id)
        })
        .await
    }

    pub async fn add_note(
        &self,
        id: &str,
        text: &str,
        note_key: &str,
    ) -> Result<ServiceRequest, BackendError> {
        let author = self.note_author();
        self.call(MockCall::Note, |b| {
            b.refresh();
            let updated = b.inner.store.borrow_mut().add_note(
                id,
                text,
                note_key,
                &author,
                platform::now(),
            )?;
            b.save();
            Ok(updated)
        })
        .await
    }
}

impl FaultKind {
    /// Whether the call's work is done before it fails: the answer is what gets lost.
    fn does_the_work(self) -> bool {
        matches!(self, FaultKind::Timeout | FaultKind::Malformed)
    }
}

impl MockFault {
    fn error(&self) -> BackendError {
        match self.kind {
            FaultKind::ServerError => BackendError::Server {
                status: 500,
                message: None,
            },
            FaultKind::Busy => BackendError::Busy {
                status: 503,
                retry_after_secs: self.retry_after,
            },
            FaultKind::RateLimited => BackendError::Busy {
                status: 429,
                retry_after_secs: self.retry_after,
            },
            FaultKind::Timeout => BackendError::Timeout,
            FaultKind::Network => BackendError::Network,
            FaultKind::Malformed => {
                BackendError::Unreadable("the answer was cut off (injected)".into())
            }
        }
    }
}

/// Whether call number `call` fails: a counter-based draw from `seed`, so a given seed and
/// rate fail the same calls every run.
pub fn injected_failure(seed: u64, call: u64, rate: f64) -> bool {
    rate > 0.0 && unit_interval(splitmix64(seed ^ call.wrapping_mul(0x9E37_79B9_7F4A_7C15))) < rate
}

#[cfg(test)]
mod tests;
