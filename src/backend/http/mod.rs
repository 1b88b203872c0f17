//! The HTTP adapter for the REST contract in `api/openapi.yaml` (modelled on Partner Center).

mod transport;
mod url;

use super::retry::RetryPolicy;
use super::{new_request_id, wire, BackendError, CustomerPage, CustomerQuery};
use crate::domain::{
    Customer, NewServiceRequest, ServiceFamily, ServiceRequest, Subscription, SupportTopic,
};
use std::cell::RefCell;
use std::rc::Rc;
use transport::{Outgoing, Verb};
use url::{company_name_filter, encode};

#[derive(Clone)]
pub struct HttpBackend {
    inner: Rc<Inner>,
}

struct Inner {
    /// e.g. `https://api.example.com/v1`, without a trailing slash.
    base_url: String,
    timeout_ms: u32,
    /// The partner's language (`X-Locale`, the agent locale of a create); follows a switch.
    locale: RefCell<String>,
    retry: RetryPolicy,
    /// In memory only, never in storage.
    token: RefCell<Option<String>>,
}

/// One logical call; its retries share the `MS-RequestId` and `MS-CorrelationId`.
struct Call<'a> {
    verb: Verb,
    path: String,
    body: Option<String>,
    /// The caller's idempotency key (a create, a note); other calls get a new one.
    request_id: Option<&'a str>,
    continuation: Option<&'a str>,
}

impl Call<'_> {
    fn get(path: String) -> Call<'static> {
        Call {
            verb: Verb::Get,
            path,
            body: None,
            request_id: None,
            continuation: None,
        }
    }
}

impl HttpBackend {
    pub fn new(base_url: &str, timeout_ms: u32, locale: &str) -> HttpBackend {
        HttpBackend::with_retry(base_url, timeout_ms, locale, RetryPolicy::default())
    }

    pub fn with_retry(
        base_url: &str,
        timeout_ms: u32,
        locale: &str,
        retry: RetryPolicy,
    ) -> HttpBackend {
        HttpBackend {
            inner: Rc::new(Inner {
                base_url: base_url.trim().trim_end_matches('/').to_owned(),
                timeout_ms: timeout_ms.max(1),
                locale: RefCell::new(locale.trim().to_owned()),
                retry,
                token: RefCell::new(None),
            }),
        }
    }

    /// The BCP 47 tag of the partner's language, sent with every call from now on.
    pub fn set_locale(&self, locale: &str) {
        *self.inner.locale.borrow_mut() = locale.trim().to_owned();
    }

    pub fn set_access_token(&self, token: Option<String>) {
        *self.inner.token.borrow_mut() = token.filter(|t| !t.trim().is_empty());
    }

    /// Sends a call, retrying as the policy allows; the body of the success.
    async fn send(&self, call: Call<'_>) -> Result<String, BackendError> {
        let inner = &self.inner;
        let request_id = call.request_id.map_or_else(new_request_id, str::to_owned);
        let mut headers = vec![
            ("Accept", "application/json".to_owned()),
            ("MS-RequestId", request_id),
            ("MS-CorrelationId", new_request_id()),
            ("X-Locale", inner.locale.borrow().clone()),
        ];
        if let Some(token) = inner.token.borrow().as_ref() {
            headers.push(("Authorization", format!("Bearer {token}")));
        }
        if let Some(continuation) = call.continuation {
            headers.push(("MS-ContinuationToken", continuation.to_owned()));
        }
        if call.body.is_some() {
            headers.push(("Content-Type", "application/json".to_owned()));
        }
        let outgoing = Outgoing {
            verb: call.verb,
            url: format!("{}{}", inner.base_url, call.path),
            headers,
            body: call.body,
        };
        let (outgoing, timeout_ms) = (&outgoing, inner.timeout_ms);
        inner
            .retry
            .run(move || async move {
                transport::send(outgoing, timeout_ms)
                    .await
                    .and_then(transport::Answer::into_result)
            })
            .await
    }

    pub async fn customers(&self, query: &CustomerQuery) -> Result<CustomerPage, BackendError> {
        let mut path = format!("/customers?size={}", query.page_size.clamp(1, 1_000));
        if let Some(prefix) = query
            .name_prefix
            .as_deref()
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            path.push_str("&filter=");
            path.push_str(&encode(&company_name_filter(prefix)));
        }
        if query.continuation.is_some() {
            path.push_str("&seekOperation=Next");
        }
        let call = Call {
            continuation: query.continuation.as_deref(),
            ..Call::get(path)
        };
        wire::customer_page(&self.send(call).await?)
    }

    pub async fn customer(&self, customer_id: &str) -> Result<Customer, BackendError> {
        wire::customer(
            &self
                .send(Call::get(format!("/customers/{}", encode(customer_id))))
                .await?,
        )
    }

    pub async fn subscriptions(
        &self,
        customer_id: &str,
    ) -> Result<Vec<Subscription>, BackendError> {
        let path = format!("/customers/{}/subscriptions", encode(customer_id));
        wire::subscriptions(&self.send(Call::get(path)).await?)
    }

    pub async fn support_topics(
        &self,
        family: ServiceFamily,
    ) -> Result<Vec<SupportTopic>, BackendError> {
        let path = format!(
            "/servicerequests/supporttopics?family={}",
            wire::family_word(family)
        );
        wire::support_topics(&self.send(Call::get(path)).await?, family)
    }

    pub async fn create_service_request(
        &self,
        request: &NewServiceRequest,
        request_id: &str,
    ) -> Result<ServiceRequest, BackendError> {
        let call = Call {
            verb: Verb::Post,
            path: format!("/servicerequests/{}", encode(&self.inner.locale.borrow())),
            body: Some(wire::create_body(request).to_string()),
            request_id: Some(request_id),
            continuation: None,
        };
        wire::service_request(&self.send(call).await?)
    }

    pub async fn customer_service_requests(
        &self,
        customer_id: &str,
    ) -> Result<Vec<ServiceRequest>, BackendError> {
        let path = format!("/customers/{}/servicerequests", encode(customer_id));
        wire::service_requests(&self.send(Call::get(path)).await?, Some(customer_id))
    }

    pub async fn all_service_requests(&self) -> Result<Vec<ServiceRequest>, BackendError> {
        wire::service_requests(
            &self.send(Call::get("/servicerequests".into())).await?,
            None,
        )
    }

    pub async fn service_request(&self, id: &str) -> Result<ServiceRequest, BackendError> {
        wire::service_request(
            &self
                .send(Call::get(format!("/servicerequests/{}", encode(id))))
                .await?,
        )
    }

    /// Adds a note; `note_key` is its idempotency key (`MS-RequestId`), reused on every retry.
    pub async fn add_note(
        &self,
        id: &str,
        text: &str,
        note_key: &str,
    ) -> Result<ServiceRequest, BackendError> {
        let call = Call {
            verb: Verb::Patch,
            path: format!("/servicerequests/{}", encode(id)),
            body: Some(wire::note_body(text).to_string()),
            request_id: Some(note_key),
            continuation: None,
        };
        wire::service_request(&self.send(call).await?)
    }
}
