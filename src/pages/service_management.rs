//! A customer's services and subscriptions, grouped by family, each in-scope family with its
//! way into a request flow. `my-organization` shows the partner's own subscriptions.

use crate::backend::BackendError;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::domain::customer::{Cloud, Customer};
use crate::domain::service::{
    group_by_family, ServiceFamily, ServiceGroup, Subscription, SubscriptionStatus,
};
use crate::i18n::{use_service_strings, use_strings};
use crate::load::{use_load, LoadFailure};
use crate::party::{load_party, Party};
use crate::routes::{use_customer_id, Route};
use crate::session::{RecentCustomer, RecentCustomers};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ServiceManagement() -> impl IntoView {
    let s = use_strings();
    let customer_id = use_customer_id();
    let data = use_load(move |backend| {
        let id = customer_id.get();
        async move {
            let id = id.ok_or(BackendError::NotFound)?;
            let party = load_party(backend.clone(), id.clone()).await?;
            let subscriptions = backend.subscriptions(&id).await?;
            Ok((party, subscriptions))
        }
    });
    // While loading or after a failure, the page still says where the partner is.
    let placeholder = move || {
        view! {
            <Breadcrumbs trail=vec![
                Crumb::link(s.app.nav_customers, Route::Customers.href()),
                Crumb::here(use_service_strings().service_management_title),
            ] />
            <PageHeading title=use_service_strings().service_management_title />
        }
    };

    view! {
        <Suspense fallback=move || view! { {placeholder()} <LoadingLine /> }>
            {move || {
                data.get()
                    .map(|loaded| match loaded {
                        Ok((party, subscriptions)) => {
                            view! { <Services party subscriptions /> }.into_any()
                        }
                        Err(LoadFailure::Backend(BackendError::NotFound)) => {
                            let id = customer_id.get_untracked().unwrap_or_default();
                            view! { {placeholder()} <CustomerNotFound id /> }.into_any()
                        }
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
    }
}

#[component]
fn CustomerNotFound(id: String) -> impl IntoView {
    let s = use_service_strings();
    view! {
        <section class="notice notice--warning" role="alert">
            <h2>{s.customer_not_found_title}</h2>
            <p>{(s.customer_not_found_body)(&id)}</p>
            <p><A href=Route::Customers.href()>{s.back_to_customers}</A></p>
        </section>
    }
}

/// The loaded screen.
#[component]
fn Services(party: Party, subscriptions: Vec<Subscription>) -> impl IntoView {
    let s = use_strings();
    let c = use_service_strings();
    if let Some(customer) = &party.customer {
        RecentCustomers::expect().remember(RecentCustomer {
            id: party.id.clone(),
            name: customer.company_name.clone(),
            domain: customer.primary_domain.clone(),
        });
    }
    let groups = group_by_family(&subscriptions);
    let has_in_scope = groups.iter().any(|g| g.family.in_scope());
    let trail = vec![
        Crumb::link(s.app.nav_customers, Route::Customers.href()),
        Crumb::link(party.name.clone(), party.href()),
        Crumb::here(c.service_management_title),
    ];
    let requests_href = Route::CustomerRequests {
        customer: &party.id,
    }
    .href();
    let header = match party.customer.clone() {
        Some(customer) => view! { <CustomerCard customer requests_href /> }.into_any(),
        None => view! { <OwnOrganizationCard requests_href /> }.into_any(),
    };
    let no_in_scope = (!has_in_scope).then(|| {
        view! {
            <section class="notice notice--warning">
                <h2>{c.no_in_scope_title}</h2>
                <p>{c.no_in_scope_body}</p>
            </section>
        }
    });
    let party_id = party.id.clone();
    let cards = groups
        .into_iter()
        .map(|group| view! { <ServiceCard group party_id=party_id.clone() /> })
        .collect_view();

    view! {
        <Breadcrumbs trail />
        <PageHeading title=(c.service_management_heading)(&party.name) />
        {header}
        {no_in_scope}
        {subscriptions.is_empty().then(|| view! { <p>{c.no_subscriptions}</p> })}
        <div class="services">{cards}</div>
    }
}

#[component]
fn CustomerCard(customer: Customer, requests_href: String) -> impl IntoView {
    let c = use_service_strings();
    let other_domains = (!customer.other_domains.is_empty()).then(|| {
        let domains = customer
            .other_domains
            .iter()
            .map(|d| view! { <li>{d.clone()}</li> })
            .collect_view();
        view! {
            <dt>{c.other_domains_label}</dt>
            <dd><ul class="plain-list">{domains}</ul></dd>
        }
    });
    let germany = (customer.cloud == Cloud::Germany)
        .then(|| view! { <p class="notice">{c.germany_note}</p> });
    view! {
        <section class="card customer-card" aria-labelledby="customer-details-heading">
            <h2 id="customer-details-heading">{c.customer_details_heading}</h2>
            {germany}
            <dl class="facts">
                <dt>{c.primary_domain_label}</dt>
                <dd>{customer.primary_domain.clone()}</dd>
                {other_domains}
                <dt>{c.tenant_id_label}</dt>
                <dd><code class="tenant-id">{customer.tenant_id.clone()}</code></dd>
                <dt>{c.relationship_label}</dt>
                <dd>{(c.relationship_name)(&customer.relationship)}</dd>
                <dt>{c.cloud_label}</dt>
                <dd>{(c.cloud_name)(customer.cloud)}</dd>
            </dl>
            <p class="customer-card__requests">
                <A href=requests_href>{c.view_customer_requests}</A>
            </p>
        </section>
    }
}

#[component]
fn OwnOrganizationCard(requests_href: String) -> impl IntoView {
    let c = use_service_strings();
    view! {
        <section class="notice notice--warning own-organization">
            <h2>{c.own_organization_notice_title}</h2>
            <p>{c.own_organization_notice_body}</p>
            <p><A href=requests_href>{c.view_own_requests}</A></p>
        </section>
    }
}

/// One family's subscriptions, with the way into its request flow, or, for services out of
/// scope, why there is none.
#[component]
fn ServiceCard(group: ServiceGroup, party_id: String) -> impl IntoView {
    let c = use_service_strings();
    let family = group.family;
    let name = (c.family_name)(family);
    let heading_id = format!("service-{}", family.slug());
    let action = family.in_scope().then(|| {
        view! {
            <A href=Route::request_flow(&party_id, family).href() attr:class="button">
                {c.create_or_view_request}
                <span class="visually-hidden">{(c.create_or_view_request_suffix)(name)}</span>
            </A>
        }
    });
    let labelled_by = heading_id.clone();
    view! {
        <section
            class="card service"
            class:service--out-of-scope=!family.in_scope()
            aria-labelledby=labelled_by
        >
            <div class="service__head">
                <h2 id=heading_id>{name}</h2>
                {action}
            </div>
            {(!family.in_scope()).then(|| {
                view! { <p class="service__why">{c.out_of_scope_explanation}</p> }
            })}
            <SubscriptionTable family subscriptions=group.subscriptions />
        </section>
    }
}

#[component]
fn SubscriptionTable(family: ServiceFamily, subscriptions: Vec<Subscription>) -> impl IntoView {
    let c = use_service_strings();
    let azure = family == ServiceFamily::Azure;
    let rows = subscriptions
        .into_iter()
        .map(|subscription| {
            let azure_id = azure.then(|| {
                let id = subscription.azure_subscription_id.clone().unwrap_or_default();
                view! { <td data-label=c.column_azure_id><code>{id}</code></td> }
            });
            view! {
                <tr>
                    <td data-label=c.column_subscription>{subscription.display_name().to_owned()}</td>
                    <td data-label=c.column_offer>{subscription.offer_name.clone()}</td>
                    <td data-label=c.column_status>
                        // One grid item when the table is stacked.
                        <span class="subscription-badges">
                            <SubscriptionStatusBadge status=subscription.status />
                            {subscription
                                .is_trial
                                .then(|| view! { " " <span class="badge badge--info">{c.trial}</span> })}
                        </span>
                    </td>
                    {azure_id}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="stack subscriptions">
            <caption class="visually-hidden">
                {(c.subscriptions_caption)((c.family_name)(family))}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{c.column_subscription}</th>
                    <th scope="col">{c.column_offer}</th>
                    <th scope="col">{c.column_status}</th>
                    {azure.then(|| view! { <th scope="col">{c.column_azure_id}</th> })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A subscription's status as a badge: colour always with its word.
#[component]
fn SubscriptionStatusBadge(status: SubscriptionStatus) -> impl IntoView {
    let c = use_service_strings();
    let class = match status {
        SubscriptionStatus::Active => "badge badge--active",
        SubscriptionStatus::Pending => "badge badge--info",
        SubscriptionStatus::Suspended => "badge badge--moderate",
        SubscriptionStatus::Deleted | SubscriptionStatus::None | SubscriptionStatus::Unknown => {
            "badge badge--closed"
        }
    };
    view! { <span class=class>{(c.subscription_status)(status)}</span> }
}
