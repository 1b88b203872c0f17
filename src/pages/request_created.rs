//! The confirmation after a request is created: its number (with a copy button), severity,
//! when the first response is due in the partner's time zone, and what happens next.

use crate::backend::BackendError;
use crate::browser;
use crate::components::badges::SeverityBadge;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::error_summary::focus_element;
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::context::JustFiled;
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::severity::{first_response_due, first_response_target, BusinessHours};
use crate::domain::ServiceRequest;
use crate::i18n::{use_form_strings, use_locale, use_request_strings, use_strings};
use crate::load::use_load;
use crate::routes::{use_request_id, Route};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

#[component]
pub fn RequestCreated() -> impl IntoView {
    let id = use_request_id();
    let just_filed = JustFiled::here();
    let request = use_load(move |backend| {
        let id = id.get();
        let filed = just_filed.zip(id.as_deref()).and_then(|(j, id)| j.get(id));
        async move {
            match filed {
                Some(request) => Ok(request),
                None => {
                    backend
                        .service_request(&id.ok_or(BackendError::NotFound)?)
                        .await
                }
            }
        }
    });
    view! {
        <Suspense fallback=|| view! { <LoadingLine /> }>
            {move || request.get().map(|loaded| match loaded {
                Ok(request) => view! { <Confirmation request /> }.into_any(),
                Err(error) => view! { <LoadError error on_retry=move |_| request.refetch() /> }.into_any(),
            })}
        </Suspense>
    }
}

#[component]
fn Confirmation(request: ServiceRequest) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let r = use_request_strings();
    let locale = use_locale();
    let profile = PartnerProfile::expect();
    let customer_id = request
        .customer_id
        .clone()
        .unwrap_or_else(|| OWN_ORGANIZATION_ID.to_owned());
    let customer_name = request.customer_name.clone().unwrap_or_else(|| {
        if request.customer_id.is_none() {
            f.my_organization.to_owned()
        } else {
            String::new()
        }
    });
    // The same rule the form's severity choices showed: the request's family and issue type.
    let incident = request.incident_kind();
    let created = request.created.unwrap_or_else(browser::now);
    // Business hours on the clock of the zone the due time is shown in: the partner's, else
    // the browser's.
    let due = request.severity.map(|severity| {
        let target = first_response_target(severity, incident);
        let zone = profile.with_untracked(|p| p.time_zone.clone());
        let local_offset = |at| {
            browser::zone_offset_minutes(&zone, at)
                .unwrap_or_else(|| browser::local_offset_minutes(at))
        };
        browser::format_date_time(
            first_response_due(created, target, &BusinessHours::default(), local_offset),
            locale.tag(),
            Some(&zone),
        )
    });
    let copy_status = RwSignal::new(String::new());
    let number = request.id.clone();
    let copy = move |_| {
        let number = number.clone();
        spawn_local(async move {
            let copied = browser::copy_to_clipboard(&number).await;
            copy_status.set(if copied { f.copied } else { f.copy_failed }.to_owned());
        });
    };
    request_animation_frame(|| focus_element("created-heading"));

    view! {
        <div class="readable">
            <Breadcrumbs trail=vec![
                Crumb::link(s.app.nav_customers, Route::Customers.href()),
                Crumb::link(customer_name.clone(), Route::ServiceManagement { customer: &customer_id }.href()),
                Crumb::here(f.created_title),
            ] />
            <PageHeading title=f.created_title />
            <section class="card confirmation" aria-labelledby="created-heading">
                <h2 id="created-heading" tabindex="-1">{f.created_intro}</h2>
                <dl class="facts">
                    <dt>{f.request_number}</dt>
                    <dd class="copy-row">
                        <span class="request-id">{request.id.clone()}</span>
                        <button type="button" class="button button--secondary" on:click=copy>
                            {f.copy}
                            <span class="visually-hidden">{format!(" {}", f.request_number.to_lowercase())}</span>
                        </button>
                        <span role="status" class="hint">{move || copy_status.get()}</span>
                    </dd>
                    <dt>{r.title_label}</dt>
                    <dd>{request.title.clone()}</dd>
                    <dt>{r.customer_label}</dt>
                    <dd>{customer_name.clone()}</dd>
                    <dt>{r.severity_label}</dt>
                    <dd>{request.severity.map(|severity| view! { <SeverityBadge severity /> })}</dd>
                </dl>
                {due.map(|due| view! { <p class="due"><strong>{(f.first_response_due)(&due)}</strong></p> })}
                <p class="hint">{f.english_only_note}</p>
            </section>
            <h2>{f.what_next_heading}</h2>
            <p>{f.what_next}</p>
            <p class="actions">
                <A href=Route::CustomerRequests { customer: &customer_id }.href() attr:class="button">{f.view_customer_requests}</A>
                <A href=Route::ServiceManagement { customer: &customer_id }.href() attr:class="button button--secondary">{f.back_to_customer}</A>
            </p>
        </div>
    }
}
