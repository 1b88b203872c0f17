//! The JSON the contract (api/openapi.yaml) and Partner Center send, read leniently into domain
//! types, and the bodies we send. Keys may be camelCase or PascalCase; see [`lenient`] for what
//! else is accepted.

mod create;
mod customer;
mod lenient;
mod service_request;
mod support_topic;

pub use create::{create_body, note_body};
pub use lenient::{severity_word, status_word};
pub use support_topic::{family_from_wire, family_word};

use super::{BackendError, CustomerPage};
use crate::domain::{Customer, ServiceFamily, ServiceRequest, Subscription, SupportTopic};
use customer::{CustomerWire, SubscriptionWire};
use lenient::{camel_keys, Count, Items, Text};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;
use service_request::ServiceRequestWire;
use support_topic::SupportTopicWire;

/// `{"totalCount", "items", "continuationToken"?, "attributes"}`.
#[derive(Deserialize)]
#[serde(default, rename_all = "camelCase", bound = "T: DeserializeOwned")]
struct CollectionWire<T> {
    total_count: Count,
    items: Items<T>,
    continuation_token: Text,
}

impl<T> Default for CollectionWire<T> {
    fn default() -> Self {
        CollectionWire {
            total_count: Count(None),
            items: Items(Vec::new()),
            continuation_token: Text(None),
        }
    }
}

fn unreadable(what: impl std::fmt::Display) -> BackendError {
    BackendError::Unreadable(what.to_string())
}

/// Parses a JSON object and normalises its keys to camelCase.
fn object(text: &str) -> Result<Value, BackendError> {
    let value: Value = serde_json::from_str(text).map_err(unreadable)?;
    if !value.is_object() {
        return Err(unreadable("expected a JSON object"));
    }
    Ok(camel_keys(value))
}

fn document<T: DeserializeOwned>(text: &str) -> Result<T, BackendError> {
    serde_json::from_value(object(text)?).map_err(unreadable)
}

fn collection<T: DeserializeOwned>(text: &str) -> Result<CollectionWire<T>, BackendError> {
    let value = object(text)?;
    // A success answer without a list is not a collection (say, an error body sent with 200).
    if !value.get("items").is_some_and(Value::is_array) {
        return Err(unreadable("expected a collection with \"items\""));
    }
    serde_json::from_value(value).map_err(unreadable)
}

/// A page of `GET /customers`.
pub fn customer_page(text: &str) -> Result<CustomerPage, BackendError> {
    let page: CollectionWire<CustomerWire> = collection(text)?;
    Ok(CustomerPage {
        customers: page
            .items
            .0
            .into_iter()
            .filter_map(CustomerWire::into_domain)
            .collect(),
        continuation: page.continuation_token.get(),
        total: page.total_count.0,
    })
}

/// `GET /customers/{id}`.
pub fn customer(text: &str) -> Result<Customer, BackendError> {
    document::<CustomerWire>(text)?
        .into_domain()
        .ok_or_else(|| unreadable("the customer has no id"))
}

/// `GET /customers/{id}/subscriptions`.
pub fn subscriptions(text: &str) -> Result<Vec<Subscription>, BackendError> {
    let list: CollectionWire<SubscriptionWire> = collection(text)?;
    Ok(list
        .items
        .0
        .into_iter()
        .filter_map(SubscriptionWire::into_domain)
        .collect())
}

/// `GET /servicerequests/supporttopics?family=...`: only the topics of `family` (a server
/// that ignores the parameter may send them all, each naming its family).
pub fn support_topics(
    text: &str,
    family: ServiceFamily,
) -> Result<Vec<SupportTopic>, BackendError> {
    let list: CollectionWire<SupportTopicWire> = collection(text)?;
    Ok(list
        .items
        .0
        .into_iter()
        .filter_map(|topic| topic.into_domain(family))
        .filter(|topic| topic.family == family)
        .collect())
}

/// One service request (`GET`/`PATCH /servicerequests/{id}`, the answer to a create).
pub fn service_request(text: &str) -> Result<ServiceRequest, BackendError> {
    document::<ServiceRequestWire>(text)?
        .into_domain(None)
        .ok_or_else(|| unreadable("the service request has no id"))
}

/// A collection of service requests; `listed_for` is the customer id of the route, if any.
pub fn service_requests(
    text: &str,
    listed_for: Option<&str>,
) -> Result<Vec<ServiceRequest>, BackendError> {
    let list: CollectionWire<ServiceRequestWire> = collection(text)?;
    Ok(list
        .items
        .0
        .into_iter()
        .filter_map(|r| r.into_domain(listed_for))
        .collect())
}

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;
