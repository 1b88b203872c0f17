use crate::domain::service_request::RequestStatus;
use crate::domain::severity::Severity;

/// Service requests: severity and status words, the lists, the detail page with its notes, and
/// the partner profile screen.
pub struct RequestStrings {
    pub service_requests_title: &'static str,
    pub customer_requests_title: &'static str,
    pub request_detail_title: &'static str,
    pub profile_title: &'static str,

    pub severity_name: fn(Severity) -> &'static str,
    pub status_name: fn(RequestStatus) -> &'static str,
    pub title_label: &'static str,
    pub customer_label: &'static str,
    pub severity_label: &'static str,
    pub status_label: &'static str,

    // The lists (all customers, one customer).
    /// "Contoso GmbH – Service requests".
    pub customer_requests_page_title: fn(&str) -> String,
    pub all_requests_intro: &'static str,
    pub customer_requests_intro: fn(&str) -> String,
    pub new_request: &'static str,
    pub new_request_hint: &'static str,
    pub back_to_service_management: &'static str,

    pub filters_label: &'static str,
    pub filter_status: &'static str,
    pub status_any: &'static str,
    pub filter_severity: &'static str,
    pub severity_any: &'static str,
    pub filter_service: &'static str,
    pub service_any: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub sort_label: &'static str,
    pub sort_newest: &'static str,
    pub sort_oldest: &'static str,
    pub clear_filters: &'static str,
    /// `(shown, total)`: "16 service requests", "3 of 16 service requests match".
    pub results_count: fn(usize, usize) -> String,
    /// `(listed, matching)`: "Showing the first 50 of 2,000".
    pub listed_of: fn(usize, usize) -> String,
    /// "Show 50 more requests".
    pub show_more: fn(usize) -> String,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub customer_empty_body: &'static str,
    pub no_match_title: &'static str,
    pub no_match_body: &'static str,

    pub column_request: &'static str,
    pub column_service: &'static str,
    pub column_updated: &'static str,
    pub not_recorded: &'static str,
    /// The visually hidden end of a request link: "Request 6251101 (Mail flow stopped)".
    pub open_request: fn(&str, &str) -> String,

    // The detail page.
    /// "Mail flow stopped – Service request".
    pub detail_page_title: fn(&str) -> String,
    pub request_number: &'static str,
    pub service_label: &'static str,
    pub topic_label: &'static str,
    pub created_label: &'static str,
    pub modified_label: &'static str,
    pub closed_label: &'static str,
    pub contact_label: &'static str,
    /// The files filed with a request, and one of them: "screenshot.png (14.3 KB)".
    pub attachments_label: &'static str,
    pub file_named: fn(&str, u64) -> String,
    pub description_heading: &'static str,
    /// "Notes (2)".
    pub notes_heading: fn(usize) -> String,
    pub no_notes: &'static str,
    /// In place of a note's author when the service names none.
    pub note_author_unknown: &'static str,
    pub add_note_heading: &'static str,
    pub note_hint: &'static str,
    pub add_note_button: &'static str,
    pub adding_note: &'static str,
    pub note_added: &'static str,
    pub note_failed: &'static str,
    pub note_failed_hint: &'static str,
    pub note_unknown_title: &'static str,
    pub note_unknown_hint: &'static str,
    pub note_already_added: &'static str,
    pub closed_notice: &'static str,
    pub closed_new_request: &'static str,
    pub attention_notice: &'static str,

    // The profile screen.
    pub profile_intro: &'static str,
    pub profile_storage_note: &'static str,
    pub save_details: &'static str,
    pub details_saved: &'static str,
    pub save_refused_title: &'static str,
    pub save_refused_body: &'static str,
    pub clear_details: &'static str,
    pub clear_details_hint: &'static str,
    pub details_cleared: &'static str,
}
