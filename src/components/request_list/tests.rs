#![allow(clippy::unwrap_used)]

use super::*;
use crate::domain::service::ServiceFamily;
use crate::domain::service_request::{RequestStatus, ServiceRequest};
use crate::domain::severity::Severity;
use crate::domain::Timestamp;
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
        issue_type: None,
        attachments: Vec::new(),
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
    filter_requests(list, &search_texts(list, OWN), filter)
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
fn the_search_reads_each_requests_text_made_once_in_the_lists_order() {
    let list = sample();
    let texts = search_texts(&list, OWN);
    assert_eq!(texts.len(), list.len());
    assert_eq!(
        texts[1],
        "vpn gateway drops tunnels\n102\nmuller ag\ntopic of 102"
    );
    assert_eq!(
        texts[3],
        "quota increase\n104\nmy organization\ntopic of 104"
    );
    // A request without its text is not found by a search, yet listed without one.
    let short = &texts[..2];
    let search = RequestFilter {
        text: "quota".to_owned(),
        ..Default::default()
    };
    assert!(filter_requests(&list, short, &search).is_empty());
    assert_eq!(
        filter_requests(&list, short, &RequestFilter::default()).len(),
        5
    );
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
        ("shown", "150"),
    ]);
    assert_eq!(
        filter,
        RequestFilter {
            status: Some(RequestStatus::AttentionNeeded),
            severity: Some(Severity::Moderate),
            service: Some(ServiceFamily::Azure),
            text: "vpn gw".to_owned(),
            sort: SortOrder::OldestFirst,
            shown: Some(150),
        }
    );
}

#[test]
fn lists_a_page_until_more_are_asked_for_and_keeps_them_in_the_address() {
    let first = RequestFilter::default();
    assert_eq!(first.listed(), PAGE);
    let second = first.with_next_page(PAGE);
    assert_eq!(second.listed(), 2 * PAGE);
    assert_eq!(second.to_query(), "?shown=100");
    assert!(!second.narrows(), "more of the same list narrows nothing");
    assert_eq!(second.cleared(), first);
    // After the last page of a short list, the next page starts after what is listed.
    assert_eq!(query(&[("shown", "100")]).with_next_page(73).listed(), 123);
    // A page or less, or what is not a count, is the first page.
    for shown in [
        "50",
        "7",
        "0",
        "-100",
        "lots",
        "",
        "99999999999999999999999",
    ] {
        assert_eq!(query(&[("shown", shown)]).shown, None, "{shown}");
        assert_eq!(query(&[("shown", shown)]).listed(), PAGE, "{shown}");
    }
    assert_eq!(query(&[("shown", " 5000 ")]).listed(), 5000);
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
        shown: Some(200),
    };
    let text = filter.to_query();
    assert_eq!(
        text,
        "?status=open&severity=A&service=office-365&q=m%C3%BCller%20%26%20co%2F%2050%25&sort=oldest&shown=200"
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
