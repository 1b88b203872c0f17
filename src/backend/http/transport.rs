//! One HTTP exchange with a timeout: `fetch` through gloo-net, aborted by an AbortController
//! when the time is up. Status codes become errors in `BackendError::from_response`, the one
//! place for that.

use crate::backend::BackendError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Get,
    Post,
    Patch,
}

/// A request ready to send.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively nothing is sent
pub struct Outgoing {
    pub verb: Verb,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Option<String>,
}

/// What came back, whatever the status.
pub struct Answer {
    pub status: u16,
    pub body: String,
    pub retry_after: Option<String>,
}

impl Answer {
    /// The body of a success, or the typed error.
    pub fn into_result(self) -> Result<String, BackendError> {
        if (200..300).contains(&self.status) {
            Ok(self.body)
        } else {
            Err(BackendError::from_response(
                self.status,
                &self.body,
                self.retry_after.as_deref(),
            ))
        }
    }
}

/// Aborts the exchange when dropped, so that a call whose caller went away (a page that was
/// left) does not go on in the background. Aborting one that has finished does nothing.
#[cfg(target_arch = "wasm32")]
struct AbortOnDrop(Option<web_sys::AbortController>);

#[cfg(target_arch = "wasm32")]
impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(controller) = self.0.take() {
            controller.abort();
        }
    }
}

/// Sends `request`; gives up with `Timeout` after `timeout_ms` (body included).
#[cfg(target_arch = "wasm32")]
pub async fn send(request: &Outgoing, timeout_ms: u32) -> Result<Answer, BackendError> {
    use crate::browser::Timer;
    use gloo_net::http::{Method, RequestBuilder};
    use std::cell::Cell;
    use std::rc::Rc;

    let controller = web_sys::AbortController::new().ok();
    let timed_out = Rc::new(Cell::new(false));
    let _timer = controller.clone().map(|controller| {
        let timed_out = Rc::clone(&timed_out);
        Timer::start(timeout_ms, move || {
            timed_out.set(true);
            controller.abort();
        })
    });
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let _abort_on_drop = AbortOnDrop(controller.clone());
    let method = match request.verb {
        Verb::Get => Method::GET,
        Verb::Post => Method::POST,
        Verb::Patch => Method::PATCH,
    };
    // Cookies only to our own origin: a same-origin deployment may use a session cookie, and a
    // cross-origin API (bearer token) then needs no Access-Control-Allow-Credentials.
    let mut builder = RequestBuilder::new(&request.url)
        .method(method)
        .credentials(web_sys::RequestCredentials::SameOrigin)
        .abort_signal(signal.as_ref());
    for (name, value) in &request.headers {
        builder = builder.header(name, value);
    }
    let built = match &request.body {
        Some(body) => builder.body(body.as_str()),
        None => builder.build(),
    };
    let failed = |_| {
        if timed_out.get() {
            BackendError::Timeout
        } else {
            BackendError::Network
        }
    };
    let response = built
        .map_err(|_| BackendError::Network)?
        .send()
        .await
        .map_err(failed)?;
    let status = response.status();
    let retry_after = response.headers().get("retry-after");
    let body = response.text().await.map_err(failed)?;
    Ok(Answer {
        status,
        body,
        retry_after,
    })
}

/// Natively there is no `fetch`: every call fails as a network error.
#[cfg(not(target_arch = "wasm32"))]
pub async fn send(_request: &Outgoing, _timeout_ms: u32) -> Result<Answer, BackendError> {
    Err(BackendError::Network)
}
