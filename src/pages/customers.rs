//! Pick a customer: the customer picker over every customer, and the customers opened
//! recently. Picking one opens its service management screen. The picker takes typing while
//! the customers load (as the static shell's field did before the app started), and keeps it
//! when a page of them fails: the customers read before it stay searchable until "Try again"
//! brings the rest.

use crate::backend::{BackendError, CustomerRoster};
use crate::components::customer_picker::{Arrived, CustomerPicker, Reading};
use crate::components::load_error::LoadError;
use crate::components::page_heading::PageHeading;
use crate::context::use_backend;
use crate::domain::Customer;
use crate::i18n::use_strings;
use crate::load::{use_load, LoadFailure};
use crate::routes::{use_navigator, Route};
use crate::session::RecentCustomers;
use leptos::prelude::*;
use leptos_router::components::A;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// What one read of the customers gave: every customer, or those read before a page that
/// failed, with its failure.
#[derive(Clone)]
struct Read {
    customers: Arc<Vec<Customer>>,
    failure: Option<BackendError>,
}

#[component]
pub fn Customers() -> impl IntoView {
    let s = &use_strings().customers;
    // Read page by page: the picker says how many have arrived, and "Try again" after a failed
    // page goes on from that page.
    let roster = Rc::new(RefCell::new(CustomerRoster::default()));
    let arrived = Arrived {
        so_far: RwSignal::new(None),
        total: RwSignal::new(None),
        // Without a backend nothing is read (the notice below says why).
        reading: RwSignal::new(use_backend().map_or(Reading::Stopped, |_| Reading::Going)),
    };
    let customers = use_load(move |backend| {
        let roster = Rc::clone(&roster);
        async move {
            arrived.reading.try_set(Reading::Going);
            let on_page = |roster: &CustomerRoster| {
                let (so_far, total) = roster.progress();
                arrived.so_far.try_set(Some(so_far));
                arrived.total.try_set(total);
            };
            let failure = backend.read_customers(&roster, on_page).await.err();
            arrived.reading.try_set(match failure {
                Some(_) => Reading::Stopped,
                None => Reading::Done,
            });
            let mut roster = roster.borrow_mut();
            let customers = match failure {
                // Kept in the roster, for the next read to go on from the page that failed.
                Some(_) => roster.customers().to_vec(),
                // The read is complete: the next one starts over, so the list can be taken out.
                None => roster.take_customers(),
            };
            Ok(Read {
                customers: Arc::new(customers),
                failure,
            })
        }
    });
    let list = Signal::derive(move || match customers.get()? {
        Ok(read) => Some(read.customers),
        Err(_) => Some(Arc::default()),
    });
    let navigator = use_navigator();
    let open = Callback::new(move |id: String| {
        navigator.go(Route::ServiceManagement { customer: &id }, "", false);
    });
    // What a finished read has to say below the picker: that there are no customers, or why
    // some are missing.
    let notice = move || {
        let failure = match customers.get() {
            Some(Ok(Read {
                failure: Some(error),
                ..
            })) => LoadFailure::Backend(error),
            Some(Err(failure)) => failure,
            Some(Ok(read)) if read.customers.is_empty() => {
                return view! { <NoCustomers /> }.into_any()
            }
            _ => return ().into_any(),
        };
        // Trying again keeps the partner in the search field, with what was typed: the field
        // is what comes next.
        view! {
            <LoadError
                error=failure
                on_retry=move |_| customers.refetch()
                focus_on_retry=crate::shell::SEARCH_FIELD_ID
            />
        }
        .into_any()
    };

    view! {
        <PageHeading title=s.customers_title />
        <p class="lead">{s.customers_lead}</p>
        // Always there: it keeps what is typed as the customers arrive and when a page fails.
        <CustomerPicker customers=list arrived=arrived on_pick=open />
        {notice}
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
