//! What the list shows: the filter read from and written to the address, and the pure
//! function that applies it. No browser types here; tested natively.

use crate::domain::search::fold;
use crate::domain::service::ServiceFamily;
use crate::domain::service_request::{RequestStatus, ServiceRequest};
use crate::domain::severity::Severity;
use crate::domain::Timestamp;
use crate::url_encoding::encode;

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
    /// How many of the matching requests are listed, where the partner asked for more than the
    /// first page (`shown=150`): so that a reload or coming back to the list shows them again.
    pub shown: Option<usize>,
}

/// How many requests the list shows at first, and adds each time the partner asks for more: a
/// partner with thousands of requests sees the list at once, and typing in the search stays quick.
pub const PAGE: usize = 50;

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

/// The status named by its slug in the address.
pub fn status_from_slug(slug: &str) -> Option<RequestStatus> {
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
            shown: get("shown")
                .and_then(|n| n.trim().parse().ok())
                .filter(|&n| n > PAGE),
        }
    }

    /// How many of the matching requests are listed (at most).
    pub fn listed(&self) -> usize {
        self.shown.unwrap_or(PAGE).max(PAGE)
    }

    /// The same filter with the next page listed too, after the `listed` shown now.
    pub fn with_next_page(&self, listed: usize) -> RequestFilter {
        RequestFilter {
            shown: Some(listed + PAGE),
            ..self.clone()
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
        if let Some(shown) = self.shown {
            pairs.push(("shown", shown.to_string()));
        }
        if pairs.is_empty() {
            return String::new();
        }
        let joined: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
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

/// What the search looks through for each of `requests`, folded once when the list is made
/// rather than on every keystroke: the title, the request number, the customer's name and the
/// support topic.
pub fn search_texts(requests: &[ServiceRequest], own_organization: &str) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            fold(&format!(
                "{}\n{}\n{}\n{}",
                r.title,
                r.id,
                customer_display_name(r, own_organization),
                r.support_topic_name.as_deref().unwrap_or_default()
            ))
        })
        .collect()
}

/// The positions in `requests` of those that pass `filter`, in its sort order. The search
/// ignores case and accents, and every word typed must appear in the request's text of
/// `texts` (`search_texts`, in the same order).
pub fn filter_requests(
    requests: &[ServiceRequest],
    texts: &[String],
    filter: &RequestFilter,
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
        .filter(|(i, _)| {
            words.is_empty()
                || texts
                    .get(*i)
                    .is_some_and(|text| words.iter().all(|w| text.contains(w.as_str())))
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
