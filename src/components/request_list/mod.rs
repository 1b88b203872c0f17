//! The list of service requests shared by the all-customers and the per-customer screens:
//! filters by status, severity and service, a text search, sorting by last update, the rows a
//! page ([`PAGE`]) at a time, and all of it kept in the address
//! (`?status=open&severity=A&service=azure&q=vpn&sort=oldest&shown=100`) so deep links, reloads
//! and back/forward show the same list; back from a request, its row has the focus. Filtering
//! is a pure function, tested natively.

mod filter;

pub use filter::*;

use crate::browser;
use crate::components::badges::{SeverityBadge, StatusBadge};
use crate::components::error_summary::focus_element;
use crate::domain::service::ServiceFamily;
use crate::domain::service_request::ServiceRequest;
use crate::domain::severity::Severity;
use crate::i18n::{use_form_strings, use_locale, use_request_strings, use_service_strings};
use crate::routes::{use_navigator, Route};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};

/// The filters, the count and the table (stacked cards on narrow screens). `show_customer`
/// adds the customer column for the all-customers list; `empty_hint` replaces the general
/// advice shown when there are no requests at all.
#[component]
pub fn RequestList(
    requests: Vec<ServiceRequest>,
    show_customer: bool,
    #[prop(optional)] empty_hint: Option<&'static str>,
) -> impl IntoView {
    let r = use_request_strings();
    let own = use_form_strings().my_organization;

    let query = use_query_map();
    let pathname = use_location().pathname;
    let navigator = use_navigator();
    let filter = Memo::new(move |_| query.with(|q| RequestFilter::from_query(|key| q.get(key))));
    // Replacing the history entry keeps back/forward for real page changes, not keystrokes.
    let set_filter = move |next: RequestFilter| {
        // The same page (its address already under the public URL), with the new query.
        navigator.requery(&format!("{}{}", pathname.get_untracked(), next.to_query()));
    };
    // Each control changes one part of the filter and keeps the rest; the list starts again at
    // its first page.
    let changer = move |change: fn(&mut RequestFilter, String)| {
        move |ev: leptos::ev::Event| {
            let mut next = filter.get_untracked();
            change(&mut next, event_target_value(&ev));
            next.shown = None;
            set_filter(next);
        }
    };
    let on_search = changer(|f, value| f.text = value);
    let on_status = changer(|f, value| f.status = status_from_slug(&value));
    let on_severity =
        changer(|f, value| f.severity = value.chars().next().and_then(Severity::from_letter));
    let on_service = changer(|f, value| f.service = ServiceFamily::from_slug(&value));
    let on_sort = changer(|f, value| {
        f.sort = if value == "oldest" {
            SortOrder::OldestFirst
        } else {
            SortOrder::NewestFirst
        }
    });
    // The button that was pressed goes away with the filters: continue in the search box.
    let clear = move |_| {
        set_filter(filter.get_untracked().cleared());
        request_animation_frame(|| focus_element("request-search"));
    };

    let total = requests.len();
    let texts = StoredValue::new(search_texts(&requests, own));
    let all = StoredValue::new(requests);
    let shown = Memo::new(move |_| {
        let filter = filter.get();
        all.with_value(|list| texts.with_value(|texts| filter_requests(list, texts, &filter)))
    });
    let listed = Memo::new(move |_| filter.with(RequestFilter::listed).min(shown.with(Vec::len)));
    let rows = move || {
        all.with_value(|list| {
            shown.with(|matching| {
                matching
                    .iter()
                    .take(listed.get())
                    .filter_map(|&i| list.get(i).cloned())
                    .collect::<Vec<_>>()
            })
        })
    };
    // The next page goes under the last row, and the focus to its first request.
    let show_more = move |_| {
        let first_new = listed.get_untracked();
        let first_id = shown.with_untracked(|matching| {
            all.with_value(|list| Some(list.get(*matching.get(first_new)?)?.id.clone()))
        });
        set_filter(filter.get_untracked().with_next_page(first_new));
        if let Some(id) = first_id {
            request_animation_frame(move || focus_element(&link_id(&id)));
        }
    };
    let more = move || {
        let matching = shown.with(Vec::len);
        let listed = listed.get();
        (listed < matching).then(|| {
            view! {
                <div class="list-more">
                    <p class="status-line">{(r.listed_of)(listed, matching)}</p>
                    <button type="button" class="button button--secondary" on:click=show_more>
                        {(r.show_more)((matching - listed).min(PAGE))}
                    </button>
                </div>
            }
        })
    };
    // Back from a request: its row, if listed, is in view again, with the focus on it.
    let opened = browser::noted_in_history(OPENED).filter(|opened| {
        shown.with_untracked(|matching| {
            all.with_value(|list| {
                matching
                    .iter()
                    .take(listed.get_untracked())
                    .any(|&i| list.get(i).is_some_and(|r| r.id == *opened))
            })
        })
    });
    if let Some(opened) = opened {
        request_animation_frame(move || focus_element(&link_id(&opened)));
    }
    // Which of the three the list shows changes seldom; the rows change on every keystroke.
    let content = Memo::new(move |_| match (total, shown.with(Vec::is_empty)) {
        (0, _) => Content::NoRequests,
        (_, true) => Content::NoMatch,
        _ => Content::Rows,
    });

    let status_value =
        move || filter.with(|f| f.status.map(status_slug).unwrap_or_default().to_owned());
    let severity_value = move || {
        filter.with(|f| {
            f.severity
                .map(|s| s.letter().to_string())
                .unwrap_or_default()
        })
    };
    let service_value =
        move || filter.with(|f| f.service.map(|s| s.slug()).unwrap_or_default().to_owned());
    let sort_value = move || match filter.with(|f| f.sort) {
        SortOrder::NewestFirst => "newest",
        SortOrder::OldestFirst => "oldest",
    };
    let aria_sort = move || match filter.with(|f| f.sort) {
        SortOrder::NewestFirst => "descending",
        SortOrder::OldestFirst => "ascending",
    };

    view! {
        <form
            class="toolbar request-filters"
            role="search"
            aria-label=r.filters_label
            on:submit=|ev| ev.prevent_default()
        >
            <div class="field field--grow">
                <label for="request-search">{r.search_label}</label>
                <p class="hint" id="request-search-hint">{r.search_hint}</p>
                <input
                    type="search"
                    id="request-search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="request-search-hint"
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=on_search
                />
            </div>
            <FilterSelect
                id="filter-status"
                name="status"
                label=r.filter_status
                any=r.status_any
                choices=STATUS_CHOICES
                    .into_iter()
                    .map(|status| (status_slug(status).to_owned(), (r.status_name)(status)))
                    .collect()
                value=Signal::derive(status_value)
                on_change=on_status
            />
            <FilterSelect
                id="filter-severity"
                name="severity"
                label=r.filter_severity
                any=r.severity_any
                choices=Severity::ALL
                    .into_iter()
                    .map(|severity| (severity.letter().to_string(), (r.severity_name)(severity)))
                    .collect()
                value=Signal::derive(severity_value)
                on_change=on_severity
            />
            <FilterSelect
                id="filter-service"
                name="service"
                label=r.filter_service
                any=r.service_any
                choices=ServiceFamily::IN_SCOPE
                    .into_iter()
                    .map(|family| (family.slug().to_owned(), (use_service_strings().family_name)(family)))
                    .collect()
                value=Signal::derive(service_value)
                on_change=on_service
            />
            {move || {
                filter.with(RequestFilter::narrows).then(|| {
                    view! {
                        <button type="button" class="button button--secondary toolbar__clear" on:click=clear>
                            {r.clear_filters}
                        </button>
                    }
                })
            }}
        </form>
        <div class="list-bar">
            <p class="status-line" role="status" id="request-count">
                {move || (r.results_count)(shown.with(Vec::len), total)}
            </p>
            <div class="list-bar__sort">
                <label for="request-sort">{r.sort_label}</label>
                <select id="request-sort" name="sort" prop:value=sort_value on:change=on_sort>
                    <option value="newest" selected=move || sort_value() == "newest">{r.sort_newest}</option>
                    <option value="oldest" selected=move || sort_value() == "oldest">{r.sort_oldest}</option>
                </select>
            </div>
        </div>
        {move || match content.get() {
            Content::NoRequests => {
                view! {
                    <div class="empty-state">
                        <h2>{r.empty_title}</h2>
                        <p>{empty_hint.unwrap_or(r.empty_body)}</p>
                    </div>
                }
                    .into_any()
            }
            Content::NoMatch => {
                view! {
                    <div class="empty-state">
                        <h2>{r.no_match_title}</h2>
                        <p>{r.no_match_body}</p>
                        <button type="button" class="button button--secondary" on:click=clear>
                            {r.clear_filters}
                        </button>
                    </div>
                }
                    .into_any()
            }
            Content::Rows => {
                view! {
                    <div class="table-wrap request-table-wrap">
                        <table class="request-table">
                            <caption class="visually-hidden">{r.service_requests_title}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{r.column_request}</th>
                                    <th scope="col">{r.title_label}</th>
                                    {show_customer.then(|| view! { <th scope="col">{r.customer_label}</th> })}
                                    <th scope="col">{r.column_service}</th>
                                    <th scope="col">{r.severity_label}</th>
                                    <th scope="col">{r.status_label}</th>
                                    <th scope="col" aria-sort=aria_sort>{r.column_updated}</th>
                                </tr>
                            </thead>
                            <tbody>
                                <For each=rows key=|request| (request.id.clone(), request.modified) let:request>
                                    <RequestRow request show_customer own />
                                </For>
                            </tbody>
                        </table>
                    </div>
                    {more}
                }
                    .into_any()
            }
        }}
    }
}

/// The key under which the list's history entry keeps the request opened from it.
const OPENED: &str = "openedRequest";

/// The id of the link to a request in the list.
fn link_id(request: &str) -> String {
    format!("request-link-{request}")
}

/// What the list shows below its filters.
#[derive(Clone, Copy, PartialEq)]
enum Content {
    NoRequests,
    NoMatch,
    Rows,
}

#[component]
fn RequestRow(request: ServiceRequest, show_customer: bool, own: &'static str) -> impl IntoView {
    let r = use_request_strings();
    let locale = use_locale();
    let zone = PartnerProfile::expect().with_untracked(|p| p.time_zone.clone());
    let customer = customer_display_name(&request, own);
    let customer_href = Route::CustomerRequests {
        customer: request
            .customer_id
            .as_deref()
            .unwrap_or(crate::domain::customer::OWN_ORGANIZATION_ID),
    }
    .href();
    let updated = match last_update(&request) {
        Some(at) => browser::format_date_time(at, locale.tag(), Some(&zone)),
        None => r.not_recorded.to_owned(),
    };
    let service = request
        .product_name
        .clone()
        .unwrap_or_else(|| (use_service_strings().family_name)(request.family).to_owned());
    let link_label = (r.open_request)(&request.id, &request.title);
    // The list's history entry notes the request opened from it, for coming back.
    let id = request.id.clone();
    let note_opened = move |_| browser::note_in_history(OPENED, &id);
    view! {
        <tr>
            <td data-label=r.column_request>
                <a href=Route::RequestDetail { request: &request.id }.href() class="request-link" id=link_id(&request.id) aria-label=link_label on:click=note_opened>
                    {request.id.clone()}
                </a>
            </td>
            <td data-label=r.title_label class="request-title">{request.title.clone()}</td>
            {show_customer.then(|| view! {
                <td data-label=r.customer_label class="request-customer"><a href=customer_href>{customer}</a></td>
            })}
            <td data-label=r.column_service>{service}</td>
            <td data-label=r.severity_label>
                {match request.severity {
                    Some(severity) => view! { <SeverityBadge severity /> }.into_any(),
                    None => view! { <span class="muted">{r.not_recorded}</span> }.into_any(),
                }}
            </td>
            <td data-label=r.status_label><StatusBadge status=request.status /></td>
            <td data-label=r.column_updated class="request-updated">{updated}</td>
        </tr>
    }
}

#[cfg(test)]
mod tests;

/// One filter's drop-down: "any" first, then each choice as (value in the address, label).
#[component]
fn FilterSelect(
    id: &'static str,
    name: &'static str,
    label: &'static str,
    any: &'static str,
    choices: Vec<(String, &'static str)>,
    value: Signal<String>,
    on_change: impl Fn(leptos::ev::Event) + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <select id=id name=name prop:value=value on:change=on_change>
                <option value="" selected=move || value.with(String::is_empty)>{any}</option>
                {choices
                    .into_iter()
                    .map(|(choice, text)| {
                        let current = choice.clone();
                        view! {
                            <option value=choice selected=move || value.with(|v| *v == current)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
