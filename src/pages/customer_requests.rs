//! One customer's service requests (or the partner's own, under `my-organization`), with the
//! way back to its service management, where new requests start.

use crate::backend::BackendError;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::request_list::RequestList;
use crate::domain::ServiceRequest;
use crate::i18n::{use_request_strings, use_strings};
use crate::load::use_load;
use crate::party::{load_party, Party};
use crate::routes::{use_customer_id, Route};
use leptos::prelude::*;

#[component]
pub fn CustomerRequests() -> impl IntoView {
    let s = use_strings();
    let r = use_request_strings();
    let customer_id = use_customer_id();
    let data = use_load(move |backend| {
        let id = customer_id.get();
        async move {
            let id = id.ok_or(BackendError::NotFound)?;
            let party = load_party(backend.clone(), id.clone()).await?;
            let requests = backend.customer_service_requests(&id).await?;
            Ok((party, requests))
        }
    });
    // Until the customer's name is known, the page is titled by what it lists.
    let placeholder = move || {
        view! {
            <Breadcrumbs trail=vec![
                Crumb::link(s.app.nav_customers, Route::Customers.href()),
                Crumb::here(r.service_requests_title),
            ] />
            <PageHeading title=r.service_requests_title />
        }
    };

    view! {
        <div class="wide">
            <Suspense fallback=move || view! { {placeholder()} <LoadingLine /> }>
                {move || {
                    data.get()
                        .map(|loaded| match loaded {
                            Ok((party, requests)) => view! { <PartyRequests party requests /> }.into_any(),
                            Err(error) => {
                                view! {
                                    {placeholder()}
                                    <LoadError error on_retry=move |_| data.refetch() />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}

#[component]
fn PartyRequests(party: Party, requests: Vec<ServiceRequest>) -> impl IntoView {
    let s = use_strings();
    let r = use_request_strings();
    let trail = vec![
        Crumb::link(s.app.nav_customers, Route::Customers.href()),
        Crumb::link(party.name.clone(), party.href()),
        Crumb::here(r.service_requests_title),
    ];
    view! {
        <Breadcrumbs trail />
        <PageHeading title=(r.customer_requests_page_title)(&party.name) />
        <p class="lead">{(r.customer_requests_intro)(&party.name)}</p>
        <div class="page-actions">
            <a href=party.href() class="button" aria-describedby="new-request-hint">
                {r.new_request}
            </a>
            <a href=party.href() class="button button--secondary">{r.back_to_service_management}</a>
            <p class="hint" id="new-request-hint">{r.new_request_hint}</p>
        </div>
        <RequestList requests show_customer=false empty_hint=r.customer_empty_body />
    }
}
