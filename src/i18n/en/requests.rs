use crate::domain::service_request::RequestStatus;
use crate::domain::severity::Severity;
use crate::i18n::{Locale, Plural, RequestStrings};

const EN: Locale = Locale::English;

pub const REQUESTS: RequestStrings = RequestStrings {
    service_requests_title: "Service requests",
    customer_requests_title: "Customer's service requests",
    request_detail_title: "Service request",
    profile_title: "Your profile",

    severity_name: |s| match s {
        Severity::Critical => "A – Critical",
        Severity::Moderate => "B – Moderate",
        Severity::Minimal => "C – Minimal",
    },
    status_name: |s| match s {
        RequestStatus::Open => "Open",
        RequestStatus::Closed => "Closed",
        RequestStatus::AttentionNeeded => "Attention needed",
        RequestStatus::None => "Unknown",
    },
    title_label: "Title",
    customer_label: "Customer",
    severity_label: "Severity",
    status_label: "Status",

    customer_requests_page_title: |company| format!("{company} – Service requests"),
    all_requests_intro: "Every request you filed with Microsoft, for all your customers and your own organization.",
    customer_requests_intro: |company| format!("Requests filed with Microsoft on behalf of {company}."),
    new_request: "New service request",
    new_request_hint: "In service management, choose the service that has the problem.",
    back_to_service_management: "Back to service management",

    filters_label: "Filter service requests",
    filter_status: "Status",
    status_any: "Any status",
    filter_severity: "Severity",
    severity_any: "Any severity",
    filter_service: "Service",
    service_any: "Any service",
    search_label: "Search",
    search_hint: "Title, request number, customer or topic",
    sort_label: "Sort by",
    sort_newest: "Last update, newest first",
    sort_oldest: "Last update, oldest first",
    clear_filters: "Clear filters",
    results_count: |shown, total| {
        if shown == total {
            EN.count(total, &Plural::en("{n} service request", "{n} service requests"))
        } else {
            format!(
                "{} of {}",
                EN.number(shown),
                EN.count(total, &Plural::en("{n} service request matches", "{n} service requests match"))
            )
        }
    },
    listed_of: |listed, matching| {
        format!("Showing the first {} of {}", EN.number(listed), EN.number(matching))
    },
    show_more: |n| EN.count(n, &Plural::en("Show {n} more request", "Show {n} more requests")),
    empty_title: "No service requests yet",
    empty_body: "Requests you file with Microsoft appear here. To file one, open a customer and choose the service that has the problem.",
    customer_empty_body: "Requests you file for this customer appear here. To file one, choose New service request.",
    no_match_title: "No request matches these filters",
    no_match_body: "Change the filters or the search, or clear them to see every request.",

    column_request: "Request",
    column_service: "Service",
    column_updated: "Last update",
    not_recorded: "Not recorded",
    open_request: |id, title| format!("Request {id}: {title}"),

    detail_page_title: |title| format!("{title} – Service request"),
    request_number: "Request number",
    service_label: "Service",
    topic_label: "Support topic",
    created_label: "Created",
    modified_label: "Last modified",
    closed_label: "Closed",
    contact_label: "Primary contact",
    attachments_label: "Attachment",
    file_named: |name, size| {
        format!("{name} ({})", crate::domain::attachment::size_in_units(size, '.', ["bytes", "KB", "MB"]))
    },
    description_heading: "Description",
    notes_heading: |n| format!("Notes ({n})"),
    no_notes: "No notes yet.",
    note_author_unknown: "Author not given",
    add_note_heading: "Add a note",
    note_hint: "Microsoft's support engineer reads it. Answer their questions, or add what you have learned since.",
    add_note_button: "Add note",
    adding_note: "Adding your note…",
    note_added: "Note added",
    note_failed: "The note was not added",
    note_failed_hint: "What you wrote is still in the box. Try again when you are ready: the note is added once.",
    note_unknown_title: "We could not tell whether the note was added",
    note_unknown_hint: "What you wrote is still in the box. Try again to find out: if Microsoft already has the note, it is not added a second time.",
    note_already_added: "A note sent from this page earlier with other words was added to this request. Reload the page to see the notes as Microsoft has them.",
    closed_notice: "This request is closed. To follow up, create a new request.",
    closed_new_request: "Create a new request",
    attention_notice: "Microsoft is waiting for your answer. Add a note with what they asked for.",

    profile_intro: "Your own contact details, which the request forms fill in for you. Microsoft works with you, the partner, on every request, so give your details here, not a customer's.",
    profile_storage_note: "Your details are kept in this browser only. They go to Microsoft only with a request you file, and other browsers and devices do not have them.",
    save_details: "Save details",
    details_saved: "Your details are saved",
    save_refused_title: "Your browser did not save your details",
    save_refused_body: "It may block storage for this site (as in private browsing) or be out of space. Your details are used until you close this tab; to keep them, allow storage for this site and save again.",
    clear_details: "Clear saved details",
    clear_details_hint: "Removes your details from this browser. Requests already filed keep them.",
    details_cleared: "Your saved details are cleared",
};
