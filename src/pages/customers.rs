//! Pick a customer: the customer picker over every customer, and the customers opened
//! recently. Picking one opens its service management screen.

use crate::components::customer_picker::CustomerPicker;
use crate::components::load_error::LoadError;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_strings;
use crate::load::use_load;
use crate::routes::{use_navigator, Route};
use crate::session::RecentCustomers;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Customers() -> impl IntoView {
    let s = &use_strings().customers;
    let customers = use_load(|backend| async move { backend.all_customers().await });
    let navigator = use_navigator();
    let open = Callback::new(move |id: String| {
        navigator.go(Route::ServiceManagement { customer: &id }, "", false);
    });

    view! {
        <PageHeading title=s.customers_title />
        <p class="lead">{s.customers_lead}</p>
        <Suspense fallback=move || {
            view! { <p class="spinner-text" role="status">{s.loading_customers}</p> }
        }>
            {move || {
                customers
                    .get()
                    .map(|loaded| match loaded {
                        Ok(list) if list.is_empty() => view! { <NoCustomers /> }.into_any(),
                        Ok(list) => view! { <CustomerPicker customers=list on_pick=open /> }.into_any(),
                        Err(error) => {
                            view! { <LoadError error on_retry=move |_| customers.refetch() /> }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
        <RecentlyOpened />
    }
}

/// The partner has no customers: say so, and keep the way to its own subscriptions open.
#[component]
fn NoCustomers() -> impl IntoView {
    let s = &use_strings().customers;
    view! {
        <section class="notice">
            <h2>{s.no_customers_title}</h2>
            <p>{s.no_customers_body}</p>
            <p>
                <A href=Route::OWN_ORGANIZATION.href()>{s.own_organization_option}</A>
            </p>
        </section>
    }
}

/// Links to the customers opened recently in this browser, newest first.
#[component]
fn RecentlyOpened() -> impl IntoView {
    let s = &use_strings().customers;
    let recent = RecentCustomers::expect().0;
    view! {
        <Show when=move || !recent.with(Vec::is_empty)>
            <section class="recent" aria-labelledby="recent-heading">
                <h2 id="recent-heading">{s.recent_heading}</h2>
                <ul class="customer-list">
                    <For
                        each=move || recent.get()
                        key=|customer| customer.id.clone()
                        children=|customer| {
                            view! {
                                <li>
                                    <A href=Route::ServiceManagement { customer: &customer.id }.href()>
                                        <span class="customer-list__name">{customer.name}</span>
                                        <span class="customer-list__domain">{customer.domain}</span>
                                    </A>
                                </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}
