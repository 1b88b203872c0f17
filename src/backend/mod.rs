//! What the app needs from a backend: one enum, one variant per implementation (the in-browser
//! mock and the HTTP adapter for the contract in `api/openapi.yaml`). Pages call these methods
//! and never build URLs or parse JSON.

pub mod error;
pub mod http;
pub mod mock;
mod platform;
pub mod retry;
mod roster;
pub mod wire;

pub use error::BackendError;
pub use platform::within;
pub use retry::RetryPolicy;
pub use roster::CustomerRoster;

use crate::config::BackendChoice;
use crate::domain::{
    Customer, NewServiceRequest, ServiceFamily, ServiceRequest, Subscription, SupportTopic,
};
use std::cell::RefCell;

/// The backend the app talks to. Cheap to clone (shared state behind `Rc`).
#[derive(Clone)]
pub enum Backend {
    Mock(mock::MockBackend),
    Http(http::HttpBackend),
}

/// One page of the customer list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerQuery {
    /// Company names starting with this, case and accents ignored.
    pub name_prefix: Option<String>,
    pub page_size: u32,
    /// The `continuation` of the previous page, to read the next one.
    pub continuation: Option<String>,
}

impl Default for CustomerQuery {
    fn default() -> Self {
        CustomerQuery {
            name_prefix: None,
            page_size: 100,
            continuation: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerPage {
    pub customers: Vec<Customer>,
    /// Present when there is a next page.
    pub continuation: Option<String>,
    /// How many customers match in all, when the backend says.
    pub total: Option<u32>,
}

impl Backend {
    pub fn from_config(choice: &BackendChoice, locale: &str) -> Backend {
        match choice {
            BackendChoice::Mock(options) => Backend::Mock(mock::MockBackend::new(options.clone())),
            BackendChoice::Http {
                api_base_url,
                timeout_ms,
            } => Backend::Http(http::HttpBackend::new(api_base_url, *timeout_ms, locale)),
        }
    }

    /// The partner's language, as a BCP 47 tag, for the calls from now on: Microsoft's own
    /// words (the support topics) come in it. Customer data is the same in every language.
    pub fn set_locale(&self, locale: &str) {
        match self {
            Backend::Mock(mock) => mock.set_locale(locale),
            Backend::Http(http) => http.set_locale(locale),
        }
    }

    /// Sets or clears the bearer token (kept in memory only). The mock ignores it.
    pub fn set_access_token(&self, token: Option<String>) {
        if let Backend::Http(http) = self {
            http.set_access_token(token);
        }
    }

    /// One page of customers.
    pub async fn customers(&self, query: &CustomerQuery) -> Result<CustomerPage, BackendError> {
        match self {
            Backend::Mock(b) => b.customers(query).await,
            Backend::Http(b) => b.customers(query).await,
        }
    }

    /// Reads every customer into `roster`, from where it stands (see [`CustomerRoster`]);
    /// `on_page` runs after each page. The mock hands them over in one piece; the HTTP backend
    /// follows continuation tokens.
    pub async fn read_customers(
        &self,
        roster: &RefCell<CustomerRoster>,
        on_page: impl Fn(&CustomerRoster),
    ) -> Result<(), BackendError> {
        loop {
            let query = roster.borrow_mut().next_query();
            let page = match self {
                Backend::Mock(b) => CustomerPage {
                    customers: b.all_customers().await?,
                    continuation: None,
                    total: None,
                },
                Backend::Http(b) => b.customers(&query).await?,
            };
            let more = roster.borrow_mut().take(page);
            on_page(&roster.borrow());
            if !more {
                return Ok(());
            }
        }
    }

    /// Every customer, in one read.
    pub async fn all_customers(&self) -> Result<Vec<Customer>, BackendError> {
        let roster = RefCell::new(CustomerRoster::default());
        self.read_customers(&roster, |_| {}).await?;
        let customers = roster.borrow_mut().take_customers();
        Ok(customers)
    }

    pub async fn customer(&self, customer_id: &str) -> Result<Customer, BackendError> {
        match self {
            Backend::Mock(b) => b.customer(customer_id).await,
            Backend::Http(b) => b.customer(customer_id).await,
        }
    }

    /// A customer's subscriptions; `OWN_ORGANIZATION_ID` gives the partner's own.
    pub async fn subscriptions(
        &self,
        customer_id: &str,
    ) -> Result<Vec<Subscription>, BackendError> {
        match self {
            Backend::Mock(b) => b.subscriptions(customer_id).await,
            Backend::Http(b) => b.subscriptions(customer_id).await,
        }
    }

    pub async fn support_topics(
        &self,
        family: ServiceFamily,
    ) -> Result<Vec<SupportTopic>, BackendError> {
        match self {
            Backend::Mock(b) => b.support_topics(family).await,
            Backend::Http(b) => b.support_topics(family).await,
        }
    }

    /// Files a request. `request_id` is the submission's idempotency key (`MS-RequestId`, a
    /// GUID): sending the same key with the same request again returns the request already
    /// created; with a different request it fails with [`BackendError::AlreadyFiled`].
    pub async fn create_service_request(
        &self,
        request: &NewServiceRequest,
        request_id: &str,
    ) -> Result<ServiceRequest, BackendError> {
        match self {
            Backend::Mock(b) => b.create_service_request(request, request_id).await,
            Backend::Http(b) => b.create_service_request(request, request_id).await,
        }
    }

    /// A customer's requests; `OWN_ORGANIZATION_ID` gives the partner's own.
    pub async fn customer_service_requests(
        &self,
        customer_id: &str,
    ) -> Result<Vec<ServiceRequest>, BackendError> {
        match self {
            Backend::Mock(b) => b.customer_service_requests(customer_id).await,
            Backend::Http(b) => b.customer_service_requests(customer_id).await,
        }
    }

    /// Every request, for customers and the partner's own organization.
    pub async fn all_service_requests(&self) -> Result<Vec<ServiceRequest>, BackendError> {
        match self {
            Backend::Mock(b) => b.all_service_requests().await,
            Backend::Http(b) => b.all_service_requests().await,
        }
    }

    pub async fn service_request(&self, id: &str) -> Result<ServiceRequest, BackendError> {
        match self {
            Backend::Mock(b) => b.service_request(id).await,
            Backend::Http(b) => b.service_request(id).await,
        }
    }

    /// Adds a note and returns the updated request. `note_key` is the note's idempotency key
    /// (`MS-RequestId`): the same key with the same text adds the note once.
    pub async fn add_note(
        &self,
        id: &str,
        text: &str,
        note_key: &str,
    ) -> Result<ServiceRequest, BackendError> {
        match self {
            Backend::Mock(b) => b.add_note(id, text, note_key).await,
            Backend::Http(b) => b.add_note(id, text, note_key).await,
        }
    }
}

/// A new idempotency key (`MS-RequestId`): `crypto.randomUUID()` in the browser; elsewhere, or
/// if that fails, a version-4-shaped GUID from the clock and a counter (never panics).
pub fn new_request_id() -> String {
    platform::random_uuid().unwrap_or_else(platform::fallback_uuid)
}
