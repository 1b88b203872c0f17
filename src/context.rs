//! App-wide things, provided once by the configured app and typed: the backend, the partner's
//! profile and recent customers (`crate::session`), the locale. A page that finds the backend
//! missing was mounted outside the configured app: that is a configuration error, said as
//! such, not a network error.

use crate::backend::Backend;
use crate::config::AppConfig;
use crate::domain::ServiceRequest;
use leptos::prelude::*;
use thiserror::Error;

/// The backend chosen by the configuration. It lives on the browser's one thread, so the
/// context holds it in local storage.
#[derive(Clone, Copy)]
struct BackendContext(StoredValue<Backend, LocalStorage>);

/// Something the app provides once was not provided.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
#[error("the app was started without its {0}")]
pub struct MissingContext(pub &'static str);

/// Makes `backend` the one the pages below use.
pub fn provide_backend(backend: Backend) {
    provide_context(BackendContext(StoredValue::new_local(backend)));
}

/// The app's backend.
pub fn use_backend() -> Result<Backend, MissingContext> {
    use_context::<BackendContext>()
        .and_then(|b| b.0.try_get_value())
        .ok_or(MissingContext("backend"))
}

/// The configuration the app started with.
#[derive(Clone, Debug)]
pub struct CurrentConfig(pub AppConfig);

/// The address of the deployment's sign-in page for a partner on this page (see
/// [`AppConfig::sign_in_href`]); `None` where it names none.
pub fn sign_in_href() -> Option<String> {
    use_context::<CurrentConfig>()?
        .0
        .sign_in_href(&crate::browser::current_address())
}

/// The request the partner has just filed, as the send returned it (with what the form knew
/// and a backend may not repeat, such as the Azure issue type), for its confirmation: no second
/// call, and the response time the form promised.
#[derive(Clone, Copy)]
pub struct JustFiled(StoredValue<Option<ServiceRequest>>);

impl JustFiled {
    pub fn provide() {
        provide_context(JustFiled(StoredValue::new(None)));
    }

    /// The app's, when there is one (a component test may have none).
    pub fn here() -> Option<JustFiled> {
        use_context::<JustFiled>()
    }

    pub fn keep(&self, request: ServiceRequest) {
        self.0.try_set_value(Some(request));
    }

    /// The request just filed, if it is `id`.
    pub fn get(&self, id: &str) -> Option<ServiceRequest> {
        self.0
            .try_with_value(|kept| kept.as_ref().filter(|r| r.id == id).cloned())
            .flatten()
    }
}
