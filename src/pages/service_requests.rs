//! Service requests across all customers and the partner's own organization.

use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::request_list::RequestList;
use crate::i18n::use_request_strings;
use crate::load::use_load;
use leptos::prelude::*;

#[component]
pub fn ServiceRequests() -> impl IntoView {
    let r = use_request_strings();
    let requests = use_load(|backend| async move { backend.all_service_requests().await });

    view! {
        <div class="wide">
            <PageHeading title=r.service_requests_title />
            <p class="lead">{r.all_requests_intro}</p>
            <Suspense fallback=|| view! { <LoadingLine /> }>
                {move || {
                    requests
                        .get()
                        .map(|loaded| match loaded {
                            Ok(list) => view! { <RequestList requests=list show_customer=true /> }.into_any(),
                            Err(error) => {
                                view! { <LoadError error on_retry=move |_| requests.refetch() /> }.into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}
