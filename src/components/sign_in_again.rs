//! The way back in when the service says the partner's sign-in has expired (401): where the
//! deployment names its sign-in page (`signInUrl` in `config.json`), a link to it that brings
//! the partner back to this page. What they typed waits there in its draft, saved as the page
//! is left.

use crate::backend::BackendError;
use crate::context::sign_in_href;
use crate::i18n::use_strings;
use leptos::prelude::*;

/// "Sign in again", to show after the message of `error` when it is a sign-in that has expired
/// and the deployment has a sign-in page; `None` otherwise.
pub fn sign_in_again(error: &BackendError) -> Option<impl IntoView> {
    let href = (*error == BackendError::Unauthorized)
        .then(sign_in_href)
        .flatten()?;
    // `rel="external"`: the sign-in page is not one of the app's, so the router leaves the
    // link to the browser even on the app's own origin.
    Some(view! {
        <p>
            <a href=href rel="external" class="button">{use_strings().app.sign_in_again}</a>
        </p>
    })
}
