//! How a page loads what it shows: through the app's backend, as a resource that the page
//! matches on, stopped (with the backend's retries) when the partner leaves the page.

use crate::backend::{Backend, BackendError};
use crate::context::{use_backend, MissingContext};
use futures::future::{AbortHandle, Abortable};
use leptos::prelude::*;
use std::future::Future;

/// Why a page has nothing to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadFailure {
    Backend(BackendError),
    /// The app was started without a backend.
    NotConfigured(MissingContext),
    /// The partner left the page first (nobody sees this).
    Cancelled,
}

impl From<BackendError> for LoadFailure {
    fn from(error: BackendError) -> Self {
        LoadFailure::Backend(error)
    }
}

/// What a page's load gives.
pub type Loaded<T> = LocalResource<Result<T, LoadFailure>>;

/// Loads with `fetch`, again whenever a signal it reads (before its `async` part) changes or
/// the resource is refetched. Leaving the page stops every load still running.
pub fn use_load<T, Fut>(fetch: impl Fn(Backend) -> Fut + 'static) -> Loaded<T>
where
    T: 'static,
    Fut: Future<Output = Result<T, BackendError>> + 'static,
{
    let backend = use_backend();
    let running = StoredValue::new(Vec::<AbortHandle>::new());
    on_cleanup(move || {
        running.with_value(|handles| handles.iter().for_each(AbortHandle::abort));
    });
    LocalResource::new(move || {
        let load = backend.clone().map(&fetch);
        let (handle, registration) = AbortHandle::new_pair();
        running.update_value(|handles| {
            handles.retain(|h| !h.is_aborted());
            handles.push(handle);
        });
        async move {
            let load = load.map_err(LoadFailure::NotConfigured)?;
            match Abortable::new(load, registration).await {
                Ok(result) => result.map_err(LoadFailure::Backend),
                Err(_) => Err(LoadFailure::Cancelled),
            }
        }
    })
}
