//! Pick a customer: the customer picker over every customer, and the customers opened
//! recently. Picking one opens its service management screen. The picker takes typing while
//! the customers load (as the static shell's field did before the app started).

use crate::backend::CustomerRoster;
use crate::components::customer_picker::{Arrived, CustomerPicker};
use crate::components::load_error::LoadError;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_strings;
use crate::load::use_load;
use crate::routes::{use_navigator, Route};
use crate::session::RecentCustomers;
use leptos::prelude::*;
use leptos_router::components::A;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

/// What the page shows below its lead, by how the load went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shown {
    /// The picker, while the customers load and once they are there.
    Picker,
    NoCustomers,
    Failed,
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
    };
    let customers = use_load(move |backend| {
        let roster = Rc::clone(&roster);
        async move {
            let on_page = |roster: &CustomerRoster| {
                let (so_far, total) = roster.progress();
                if !arrived.so_far.is_disposed() {
                    arrived.so_far.set(Some(so_far));
                    arrived.total.set(total);
                }
            };
            backend.read_customers(&roster, on_page).await?;
            // The read is complete: the next one starts over, so the list can be taken out.
            let customers = roster.borrow_mut().take_customers();
            Ok(Arc::new(customers))
        }
    });
    let list = Signal::derive(move || customers.get().and_then(Result::ok));
    // A memo, so that the picker (and what is typed in it) stays as the customers arrive.
    let shown = Memo::new(move |_| match customers.get() {
        None => Shown::Picker,
        Some(Ok(list)) if list.is_empty() => Shown::NoCustomers,
        Some(Ok(_)) => Shown::Picker,
        Some(Err(_)) => Shown::Failed,
    });
    let navigator = use_navigator();
    let open = Callback::new(move |id: String| {
        navigator.go(Route::ServiceManagement { customer: &id }, "", false);
    });

    view! {
        <PageHeading title=s.customers_title />
        <p class="lead">{s.customers_lead}</p>
        {move || match shown.get() {
            Shown::Picker => view! { <CustomerPicker customers=list arrived=arrived on_pick=open /> }.into_any(),
            Shown::NoCustomers => view! { <NoCustomers /> }.into_any(),
            Shown::Failed => {
                let error = customers.get().and_then(Result::err);
                error
                    .map(|error| view! { <LoadError error on_retry=move |_| customers.refetch() /> })
                    .into_any()
            }
        }}
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
