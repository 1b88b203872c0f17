//! The in-browser demo backend: deterministic seed data, optional latency and failure
//! injection, and requests and notes that survive a reload (in `localStorage`).

mod journal;
mod seed;
mod store;
#[cfg(test)]
mod test_support;

pub use journal::{Storage, STORAGE_KEY};
pub use store::{Store, NOTE_AUTHOR};

use super::platform::{self, splitmix64, unit_interval};
use super::{BackendError, CustomerPage, CustomerQuery};
use crate::config::MockOptions;
use crate::domain::{
    Customer, NewServiceRequest, ServiceFamily, ServiceRequest, Subscription, SupportTopic,
};
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
    /// Calls so far: the failure injection's counter, so failures repeat run after run.
    calls: Cell<u64>,
}

impl MockBackend {
    /// A backend whose journal lives in the browser's `localStorage` (memory-less natively).
    pub fn new(options: MockOptions) -> MockBackend {
        MockBackend::with_storage(options, Storage::default_for_platform())
    }

    pub fn with_storage(options: MockOptions, storage: Storage) -> MockBackend {
        let store = Store::with_journal(&options, platform::now(), storage.load(STORAGE_KEY));
        MockBackend {
            inner: Rc::new(Inner {
                options,
                store: RefCell::new(store),
                storage,
                calls: Cell::new(0),
            }),
        }
    }

    /// Every call starts here: the configured latency, then maybe an injected failure.
    async fn enter(&self) -> Result<(), BackendError> {
        let options = &self.inner.options;
        if options.latency_ms > 0 {
            platform::sleep(options.latency_ms).await;
        }
        let call = self.inner.calls.get().wrapping_add(1);
        self.inner.calls.set(call);
        if injected_failure(options.seed, call, options.failure_rate) {
            return Err(BackendError::Server {
                status: 503,
                message: Some("The demo backend failed this call on purpose (failureRate).".into()),
            });
        }
        Ok(())
    }

    fn save(&self) {
        let json = self.inner.store.borrow_mut().journal_json();
        // A refusal (quota, private mode) only means the demo forgets on reload.
        let _ = self.inner.storage.save(STORAGE_KEY, &json);
    }

    pub async fn customers(&self, query: &CustomerQuery) -> Result<CustomerPage, BackendError> {
        self.enter().await?;
        self.inner.store.borrow().customers_page(query)
    }

    pub async fn all_customers(&self) -> Result<Vec<Customer>, BackendError> {
        self.enter().await?;
        Ok(self.inner.store.borrow().all_customers())
    }

    pub async fn customer(&self, customer_id: &str) -> Result<Customer, BackendError> {
        self.enter().await?;
        self.inner.store.borrow().customer(customer_id)
    }

    pub async fn subscriptions(
        &self,
        customer_id: &str,
    ) -> Result<Vec<Subscription>, BackendError> {
        self.enter().await?;
        self.inner.store.borrow().subscriptions(customer_id)
    }

    pub async fn support_topics(
        &self,
        family: ServiceFamily,
    ) -> Result<Vec<SupportTopic>, BackendError> {
        self.enter().await?;
        Ok(self.inner.store.borrow().support_topics(family))
    }

    pub async fn create_service_request(
        &self,
        request: &NewServiceRequest,
        request_id: &str,
    ) -> Result<ServiceRequest, BackendError> {
        self.enter().await?;
        let created = self
            .inner
            .store
            .borrow_mut()
            .create(request, request_id, platform::now())?;
        self.save();
        Ok(created)
    }

    pub async fn customer_service_requests(
        &self,
        customer_id: &str,
    ) -> Result<Vec<ServiceRequest>, BackendError> {
        self.enter().await?;
        self.inner.store.borrow_mut().customer_requests(customer_id)
    }

    pub async fn all_service_requests(&self) -> Result<Vec<ServiceRequest>, BackendError> {
        self.enter().await?;
        Ok(self.inner.store.borrow_mut().all_requests())
    }

    pub async fn service_request(&self, id: &str) -> Result<ServiceRequest, BackendError> {
        self.enter().await?;
        self.inner.store.borrow_mut().request(id)
    }

    pub async fn add_note(&self, id: &str, text: &str) -> Result<ServiceRequest, BackendError> {
        self.enter().await?;
        let updated = self
            .inner
            .store
            .borrow_mut()
            .add_note(id, text, platform::now())?;
        self.save();
        Ok(updated)
    }
}

/// Whether call number `call` fails: a counter-based draw from `seed`, so a given seed and
/// rate fail the same calls every run.
pub fn injected_failure(seed: u64, call: u64, rate: f64) -> bool {
    rate > 0.0 && unit_interval(splitmix64(seed ^ call.wrapping_mul(0x9E37_79B9_7F4A_7C15))) < rate
}

#[cfg(test)]
mod tests;
