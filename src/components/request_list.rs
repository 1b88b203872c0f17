//! The list of service requests shared by the all-customers and the per-customer screens:
//! filters by status, severity and service, a text search, sorting by last update, and all of
//! it kept in the address (`?status=open&severity=A&service=azure&q=vpn&sort=oldest`) so deep
//! links, reloads and back/forward show the same list. Filtering is a pure function, tested
//! natively below.

use crate::browser;
use crate::components::badges::{SeverityBadge, StatusBadge};
use crate::components::error_summary::focus_element;
use crate::domain::search::fold;
use crate::domain::service::ServiceFamily;
use crate::domain::service_request::{RequestStatus, ServiceRequest};
use crate::domain::severity::Severity;
use crate::domain::Timestamp;
use crate::i18n::{use_locale, use_strings};
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// Which way the list is sorted by last update.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortOrder {
    #[default]
    NewestFirst,
    OldestFirst,
}

/// The filters as the address holds them; `None` means "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestFilter {
    pub status: Option<RequestStatus>,
    pub severity: Option<Severity>,
    pub service: Option<ServiceFamily>,
    /// The search as typed.
    pub text: String,
    pub sort: SortOrder,
}

/// The status as it appears in the address.
pub fn status_slug(status: RequestStatus) -> &'static str {
    match status {
        RequestStatus::Open => "open",
        RequestStatus::AttentionNeeded => "attention-needed",
        RequestStatus::Closed => "closed",
        RequestStatus::None => "unknown",
    }
}

/// The statuses a partner filters by, in the order the filter lists them.
pub const STATUS_CHOICES: [RequestStatus; 3] = [
    RequestStatus::Open,
    RequestStatus::AttentionNeeded,
    RequestStatus::Closed,
];

fn status_from_slug(slug: &str) -> Option<RequestStatus> {
    let slug = slug.trim();
    STATUS_CHOICES
        .into_iter()
        .find(|s| status_slug(*s).eq_ignore_ascii_case(slug))
}

impl RequestFilter {
    /// Reads the filter from query parameters; values it does not know count as "any".
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> RequestFilter {
        RequestFilter {
            status: get("status").as_deref().and_then(status_from_slug),
            severity: get("severity").as_deref().and_then(|s| {
                let s = s.trim();
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(letter), None) => Severity::from_letter(letter),
                    _ => None,
                }
            }),
            service: get("service")
                .as_deref()
                .and_then(ServiceFamily::from_slug)
                .filter(|f| f.in_scope()),
            text: get("q").unwrap_or_default(),
            sort: match get("sort").as_deref().map(str::trim) {
                Some("oldest") => SortOrder::OldestFirst,
                _ => SortOrder::NewestFirst,
            },
        }
    }

    /// The query string for this filter (`?status=open&q=vpn`), or `""` when it is the default.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(status) = self.status {
            pairs.push(("status", status_slug(status).to_owned()));
        }
        if let Some(severity) = self.severity {
            pairs.push(("severity", severity.letter().to_string()));
        }
        if let Some(service) = self.service {
            pairs.push(("service", service.slug().to_owned()));
        }
        if !self.text.is_empty() {
            pairs.push(("q", self.text.clone()));
        }
        if self.sort == SortOrder::OldestFirst {
            pairs.push(("sort", "oldest".to_owned()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let joined: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect();
        format!("?{}", joined.join("&"))
    }

    /// Whether any filter or search narrows the list (the sort order does not).
    pub fn narrows(&self) -> bool {
        self.status.is_some()
            || self.severity.is_some()
            || self.service.is_some()
            || !self.text.trim().is_empty()
    }

    /// The same sort order with every filter cleared.
    pub fn cleared(&self) -> RequestFilter {
        RequestFilter {
            sort: self.sort,
            ..RequestFilter::default()
        }
    }
}

/// Percent-encodes a query value: everything but unreserved characters, as UTF-8 bytes.
fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The name shown for the request's customer: its company name, `own_organization` for the
/// partner's own requests, or the customer id when the backend gave no name.
pub fn customer_display_name(request: &ServiceRequest, own_organization: &str) -> String {
    match (&request.customer_name, &request.customer_id) {
        (Some(name), _) if !name.trim().is_empty() => name.clone(),
        (_, None) => own_organization.to_owned(),
        (_, Some(id)) => id.clone(),
    }
}

/// When the request last changed: its last modification, else its creation.
pub fn last_update(request: &ServiceRequest) -> Option<Timestamp> {
    request.modified.or(request.created)
}

/// The positions in `requests` of those that pass `filter`, in its sort order. The search
/// ignores case and accents, and every word typed must appear in the title, the request
/// number, the customer's name or the support topic.
pub fn filter_requests(
    requests: &[ServiceRequest],
    filter: &RequestFilter,
    own_organization: &str,
) -> Vec<usize> {
    let words: Vec<String> = fold(&filter.text)
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let mut shown: Vec<usize> = requests
        .iter()
        .enumerate()
        .filter(|(_, r)| filter.status.is_none_or(|s| r.status == s))
        .filter(|(_, r)| filter.severity.is_none_or(|s| r.severity == Some(s)))
        .filter(|(_, r)| filter.service.is_none_or(|f| r.family == f))
        .filter(|(_, r)| {
            words.is_empty() || {
                let haystack = fold(&format!(
                    "{}\n{}\n{}\n{}",
                    r.title,
                    r.id,
                    customer_display_name(r, own_organization),
                    r.support_topic_name.as_deref().unwrap_or_default()
                ));
                words.iter().all(|w| haystack.contains(w.as_str()))
            }
        })
        .map(|(i, _)| i)
        .collect();
    // Requests without a date come last either way. Ties go by number, so that oldest first is
    // exactly newest first reversed.
    shown.sort_by(|&a, &b| {
        let (ra, rb) = (&requests[a], &requests[b]);
        match (last_update(ra), last_update(rb)) {
            (Some(x), Some(y)) => {
                let newest_first = y.cmp(&x).then_with(|| ra.id.cmp(&rb.id));
                match filter.sort {
                    SortOrder::NewestFirst => newest_first,
                    SortOrder::OldestFirst => newest_first.reverse(),
                }
            }
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => ra.id.cmp(&rb.id),
        }
    });
    shown
}

/// The filters, the count and the table (stacked cards on narrow screens). `show_customer`
/// adds the customer column for the all-customers list; `empty_hint` replaces the general
/// advice shown when there are no requests at all.
#[component]
pub fn RequestList(
    requests: Vec<ServiceRequest>,
    show_customer: bool,
    #[prop(optional)] empty_hint: Option<&'static str>,
) -> impl IntoView {
    let s = use_strings();
    let r = &s.requests;
    let own = s.forms.my_organization;

    let query = use_query_map();
    let pathname = use_location().pathname;
    // Stored so that the handlers below are `Copy`.
    let navigate = StoredValue::new_local(use_navigate());
    let filter = Memo::new(move |_| query.with(|q| RequestFilter::from_query(|key| q.get(key))));
    // Replacing the history entry keeps back/forward for real page changes, not keystrokes.
    let set_filter = move |next: RequestFilter| {
        let href = format!("{}{}", pathname.get_untracked(), next.to_query());
        navigate.with_value(|navigate| {
            navigate(
                &href,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            )
        });
    };
    // Each control changes one part of the filter and keeps the rest.
    let changer = move |change: fn(&mut RequestFilter, String)| {
        move |ev: leptos::ev::Event| {
            let mut next = filter.get_untracked();
            change(&mut next, event_target_value(&ev));
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
    let all = StoredValue::new(requests);
    let shown = Memo::new(move |_| {
        let filter = filter.get();
        all.with_value(|list| filter_requests(list, &filter, own))
    });
    let rows = move || {
        all.with_value(|list| {
            shown
                .get()
                .into_iter()
                .filter_map(|i| list.get(i).cloned())
                .collect::<Vec<_>>()
        })
    };

    let status_value = move || filter.with(|f| f.status.map(status_slug).unwrap_or_default());
    let severity_value = move || {
        filter.with(|f| {
            f.severity
                .map(|s| s.letter().to_string())
                .unwrap_or_default()
        })
    };
    let service_value = move || filter.with(|f| f.service.map(|s| s.slug()).unwrap_or_default());
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
            <div class="field">
                <label for="filter-status">{r.filter_status}</label>
                <select id="filter-status" name="status" prop:value=status_value on:change=on_status>
                    <option value="" selected=move || status_value().is_empty()>{r.status_any}</option>
                    {STATUS_CHOICES
                        .into_iter()
                        .map(|status| {
                            let slug = status_slug(status);
                            view! {
                                <option value=slug selected=move || status_value() == slug>
                                    {(r.status_name)(status)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-severity">{r.filter_severity}</label>
                <select
                    id="filter-severity"
                    name="severity"
                    prop:value=severity_value
                    on:change=on_severity
                >
                    <option value="" selected=move || severity_value().is_empty()>{r.severity_any}</option>
                    {Severity::ALL
                        .into_iter()
                        .map(|severity| {
                            let letter = severity.letter().to_string();
                            let current = letter.clone();
                            view! {
                                <option value=letter selected=move || severity_value() == current>
                                    {(r.severity_name)(severity)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-service">{r.filter_service}</label>
                <select id="filter-service" name="service" prop:value=service_value on:change=on_service>
                    <option value="" selected=move || service_value().is_empty()>{r.service_any}</option>
                    {ServiceFamily::IN_SCOPE
                        .into_iter()
                        .map(|family| {
                            let slug = family.slug();
                            view! {
                                <option value=slug selected=move || service_value() == slug>
                                    {(use_strings().customers.family_name)(family)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
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
        {move || {
            if total == 0 {
                view! {
                    <div class="empty-state">
                        <h2>{r.empty_title}</h2>
                        <p>{empty_hint.unwrap_or(r.empty_body)}</p>
                    </div>
                }
                    .into_any()
            } else if shown.with(Vec::is_empty) {
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
            } else {
                view! {
                    <div class="table-wrap request-table-wrap">
                        <table class="stack request-table">
                            <caption class="visually-hidden">{s.requests.service_requests_title}</caption>
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
                }
                    .into_any()
            }
        }}
    }
}

#[component]
fn RequestRow(request: ServiceRequest, show_customer: bool, own: &'static str) -> impl IntoView {
    let r = &use_strings().requests;
    let locale = use_locale();
    let zone = PartnerProfile::expect()
        .0
        .with_untracked(|p| p.time_zone.clone());
    let customer = customer_display_name(&request, own);
    let customer_href = format!(
        "/customers/{}/requests",
        request
            .customer_id
            .as_deref()
            .unwrap_or(crate::domain::customer::OWN_ORGANIZATION_ID)
    );
    let updated = match last_update(&request) {
        Some(at) => browser::format_date_time(at, locale.tag(), Some(&zone)),
        None => r.not_recorded.to_owned(),
    };
    let service = request
        .product_name
        .clone()
        .unwrap_or_else(|| (use_strings().customers.family_name)(request.family).to_owned());
    let link_label = (r.open_request)(&request.id, &request.title);
    view! {
        <tr>
            <td data-label=r.column_request>
                <a href=format!("/requests/{}", request.id) class="request-link" aria-label=link_label>
                    {request.id.clone()}
                </a>
            </td>
            <td data-label=r.title_label class="request-title">{request.title.clone()}</td>
            {show_customer.then(|| view! {
                <td data-label=r.customer_label><a href=customer_href>{customer}</a></td>
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
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const OWN: &str = "My organization";

    fn request(
        id: &str,
        title: &str,
        customer: Option<&str>,
        status: RequestStatus,
        severity: Severity,
        family: ServiceFamily,
        modified: i64,
    ) -> ServiceRequest {
        ServiceRequest {
            id: id.to_owned(),
            title: title.to_owned(),
            description: String::new(),
            severity: Some(severity),
            status,
            support_topic_id: None,
            support_topic_name: Some(format!("Topic of {id}")),
            customer_id: customer.map(|c| format!("id-{c}")),
            customer_name: customer.map(str::to_owned),
            product_name: None,
            product_id: None,
            family,
            primary_contact: None,
            created: Some(Timestamp(modified - 100)),
            modified: Some(Timestamp(modified)),
            closed: None,
            notes: Vec::new(),
            country_code: None,
        }
    }

    fn sample() -> Vec<ServiceRequest> {
        use RequestStatus::{AttentionNeeded, Closed, Open};
        use ServiceFamily::*;
        use Severity::*;
        vec![
            request(
                "101",
                "Mail flow stopped",
                Some("Contoso GmbH"),
                Open,
                Critical,
                Office365,
                5_000,
            ),
            request(
                "102",
                "VPN gateway drops tunnels",
                Some("Müller AG"),
                AttentionNeeded,
                Moderate,
                Azure,
                9_000,
            ),
            request(
                "103",
                "Вопрос по счёту",
                Some("Ромашка ООО"),
                Closed,
                Minimal,
                Office365,
                1_000,
            ),
            request("104", "Quota increase", None, Open, Minimal, Azure, 7_000),
            request(
                "105",
                "Intune enrolment fails",
                Some("Fabrikam"),
                Closed,
                Moderate,
                EnterpriseMobilitySuite,
                3_000,
            ),
        ]
    }

    fn ids(list: &[ServiceRequest], filter: &RequestFilter) -> Vec<String> {
        filter_requests(list, filter, OWN)
            .into_iter()
            .map(|i| list[i].id.clone())
            .collect()
    }

    fn query(pairs: &[(&str, &str)]) -> RequestFilter {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        RequestFilter::from_query(|key| map.get(key).cloned())
    }

    #[test]
    fn no_filter_lists_everything_newest_update_first() {
        assert_eq!(
            ids(&sample(), &RequestFilter::default()),
            ["102", "104", "101", "105", "103"]
        );
    }

    #[test]
    fn oldest_first_reverses_the_order() {
        let filter = RequestFilter {
            sort: SortOrder::OldestFirst,
            ..Default::default()
        };
        assert_eq!(ids(&sample(), &filter), ["103", "105", "101", "104", "102"]);
    }

    #[test]
    fn oldest_first_is_newest_first_reversed_even_with_equal_times() {
        let mut list = sample();
        list[0].modified = list[1].modified;
        list[3].modified = list[1].modified;
        let newest = ids(&list, &RequestFilter::default());
        assert_eq!(newest, ["101", "102", "104", "105", "103"]);
        let oldest = RequestFilter {
            sort: SortOrder::OldestFirst,
            ..Default::default()
        };
        let mut reversed = newest.clone();
        reversed.reverse();
        assert_eq!(ids(&list, &oldest), reversed);
    }

    #[test]
    fn requests_without_a_date_come_last_in_either_order() {
        let mut list = sample();
        list[0].modified = None;
        list[0].created = None;
        assert_eq!(ids(&list, &RequestFilter::default()).last().unwrap(), "101");
        let oldest = RequestFilter {
            sort: SortOrder::OldestFirst,
            ..Default::default()
        };
        assert_eq!(ids(&list, &oldest).last().unwrap(), "101");
    }

    #[test]
    fn last_update_falls_back_to_creation() {
        let mut list = sample();
        list[2].modified = None; // created at 900
        assert_eq!(last_update(&list[2]), Some(Timestamp(900)));
    }

    #[test]
    fn filters_by_status_severity_and_service_together() {
        let list = sample();
        let open = RequestFilter {
            status: Some(RequestStatus::Open),
            ..Default::default()
        };
        assert_eq!(ids(&list, &open), ["104", "101"]);
        let closed_moderate = RequestFilter {
            status: Some(RequestStatus::Closed),
            severity: Some(Severity::Moderate),
            ..Default::default()
        };
        assert_eq!(ids(&list, &closed_moderate), ["105"]);
        let azure = RequestFilter {
            service: Some(ServiceFamily::Azure),
            ..Default::default()
        };
        assert_eq!(ids(&list, &azure), ["102", "104"]);
        let attention = RequestFilter {
            status: Some(RequestStatus::AttentionNeeded),
            ..Default::default()
        };
        assert_eq!(ids(&list, &attention), ["102"]);
    }

    #[test]
    fn search_ignores_case_and_accents_in_every_searched_field() {
        let list = sample();
        let search = |text: &str| {
            ids(
                &list,
                &RequestFilter {
                    text: text.to_owned(),
                    ..Default::default()
                },
            )
        };
        assert_eq!(search("vpn"), ["102"]);
        assert_eq!(search("MULLER"), ["102"], "customer name, accents ignored");
        assert_eq!(search("müller"), ["102"]);
        assert_eq!(search("СЧЕТУ"), ["103"], "Cyrillic, ё folded to е");
        assert_eq!(search("103"), ["103"], "request number");
        assert_eq!(
            search("topic of 105"),
            ["105"],
            "support topic, every word must match"
        );
        assert_eq!(
            search("my organization"),
            ["104"],
            "the partner's own requests"
        );
        assert_eq!(search("  mail   flow "), ["101"], "extra spaces ignored");
        assert!(search("mail vpn").is_empty(), "all words must match");
        assert_eq!(search("   ").len(), 5, "blank search narrows nothing");
    }

    #[test]
    fn search_combines_with_the_other_filters() {
        let filter = RequestFilter {
            status: Some(RequestStatus::Closed),
            text: "fabrikam".to_owned(),
            ..Default::default()
        };
        assert_eq!(ids(&sample(), &filter), ["105"]);
        let none = RequestFilter {
            status: Some(RequestStatus::Open),
            ..filter
        };
        assert!(ids(&sample(), &none).is_empty());
    }

    #[test]
    fn reads_the_filter_from_the_query_leniently() {
        let filter = query(&[
            ("status", "Attention-Needed"),
            ("severity", "b"),
            ("service", " AZURE "),
            ("q", "vpn gw"),
            ("sort", "oldest"),
        ]);
        assert_eq!(
            filter,
            RequestFilter {
                status: Some(RequestStatus::AttentionNeeded),
                severity: Some(Severity::Moderate),
                service: Some(ServiceFamily::Azure),
                text: "vpn gw".to_owned(),
                sort: SortOrder::OldestFirst,
            }
        );
    }

    #[test]
    fn unknown_query_values_mean_any() {
        let filter = query(&[
            ("status", "pending"),
            ("severity", "critical-ish"),
            ("service", "other"),
            ("sort", "sideways"),
        ]);
        assert_eq!(filter, RequestFilter::default());
        assert_eq!(query(&[("severity", "D")]).severity, None);
        assert_eq!(query(&[]), RequestFilter::default());
    }

    #[test]
    fn writes_a_query_that_reads_back_the_same() {
        let filter = RequestFilter {
            status: Some(RequestStatus::Open),
            severity: Some(Severity::Critical),
            service: Some(ServiceFamily::Office365),
            text: "müller & co/ 50%".to_owned(),
            sort: SortOrder::OldestFirst,
        };
        let text = filter.to_query();
        assert_eq!(
            text,
            "?status=open&severity=A&service=office-365&q=m%C3%BCller%20%26%20co%2F%2050%25&sort=oldest"
        );
        let pairs: Vec<(String, String)> = text
            .trim_start_matches('?')
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap();
                (k.to_owned(), percent_decode(v))
            })
            .collect();
        let read = RequestFilter::from_query(|key| {
            pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
        });
        assert_eq!(read, filter);
    }

    fn percent_decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn the_default_filter_has_an_empty_query() {
        assert_eq!(RequestFilter::default().to_query(), "");
        let newest_only = RequestFilter {
            sort: SortOrder::NewestFirst,
            ..Default::default()
        };
        assert_eq!(newest_only.to_query(), "");
    }

    #[test]
    fn clearing_keeps_the_sort_order_only() {
        let filter = query(&[("status", "closed"), ("q", "x"), ("sort", "oldest")]);
        assert!(filter.narrows());
        let cleared = filter.cleared();
        assert!(!cleared.narrows());
        assert_eq!(cleared.to_query(), "?sort=oldest");
        assert!(
            !query(&[("sort", "oldest")]).narrows(),
            "sorting alone narrows nothing"
        );
    }

    #[test]
    fn names_the_customer_or_the_partner_itself() {
        let list = sample();
        assert_eq!(customer_display_name(&list[0], OWN), "Contoso GmbH");
        assert_eq!(customer_display_name(&list[3], OWN), OWN);
        let mut nameless = list[0].clone();
        nameless.customer_name = Some("  ".to_owned());
        assert_eq!(customer_display_name(&nameless, OWN), "id-Contoso GmbH");
    }
}
