use crate::domain::azure::{CatalogLabel, IssueType, OwnSupportPlanKind, SupportPlan};
use crate::domain::contact::SupportLanguage;
use crate::domain::severity::{ResponseTarget, Severity};
use crate::domain::validation::{Field, FieldError};
use crate::domain::AnswerChange;

/// The two request flows: steps, labels, hints, buttons, validation messages and the
/// confirmation.
pub struct FormStrings {
    pub error_summary_title: &'static str,
    pub new_azure_request_title: &'static str,
    pub new_service_request_title: &'static str,
    pub my_organization: &'static str,

    pub steps_label: &'static str,
    pub step_topic: &'static str,
    pub step_basics: &'static str,
    pub step_details: &'static str,
    pub step_contact: &'static str,
    pub step_review: &'static str,
    pub step_of: fn(usize, usize) -> String,

    pub continue_button: &'static str,
    pub back_button: &'static str,
    pub create_button: &'static str,
    pub submit_button: &'static str,
    pub sending: &'static str,
    pub change: &'static str,
    /// The accessible name of an answer's Change link, from the answer's label: "Change title".
    pub change_answer: fn(&str) -> String,
    pub help_link: &'static str,

    pub draft_restored: fn(&str) -> String,
    pub discard_draft: &'static str,
    pub draft_discarded: &'static str,
    /// "A draft you saved on 24 Nov 2026, 09:12 was more than 7 days old and was removed."
    pub draft_expired: fn(&str) -> String,
    /// "Draft saved 14:02".
    pub draft_saved: fn(&str) -> String,
    pub draft_not_kept: &'static str,
    pub draft_changed_elsewhere: &'static str,
    pub draft_removed_elsewhere: &'static str,
    pub draft_take_theirs: &'static str,
    pub draft_keep_mine: &'static str,

    pub field_label: fn(Field) -> &'static str,
    pub field_error: fn(&FieldError) -> String,
    pub chars_left: fn(i64) -> String,
    pub support_language_name: fn(SupportLanguage) -> &'static str,
    pub select_placeholder: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub not_given: &'static str,

    pub contact_heading: &'static str,
    pub contact_note: &'static str,
    pub email_hint: &'static str,
    pub phone_label: &'static str,
    pub phone_hint: &'static str,
    pub time_zone_hint: &'static str,
    /// The city an IANA time zone is named after, in this language (`Europe/Berlin`:
    /// "Берлин"); `None` where it is the name's last part (English).
    pub time_zone_city: fn(&str) -> Option<&'static str>,
    pub contact_method_legend: &'static str,
    pub contact_method_email: &'static str,
    pub contact_method_hint: &'static str,
    pub save_contact: &'static str,
    pub save_contact_hint: &'static str,

    pub severity_hint: &'static str,
    pub severity_label: fn(Severity) -> String,
    pub severity_impact: fn(Severity) -> &'static str,
    pub response_target: fn(ResponseTarget) -> String,
    pub english_only_note: &'static str,

    pub issue_type_label: fn(IssueType) -> &'static str,
    /// An Azure service, problem type or subtype of the catalogue.
    pub catalog_label: fn(CatalogLabel) -> &'static str,
    /// The subscription field's hint: a customer's, or (`true`) the partner's own.
    pub subscription_hint: fn(bool) -> &'static str,
    pub no_azure_subscription: &'static str,
    pub summary_label: &'static str,
    pub summary_hint: &'static str,
    pub support_plan_hint: &'static str,
    pub support_plan_label: fn(SupportPlan) -> &'static str,
    pub support_plan_choice_hint: fn(SupportPlan, bool) -> &'static str,
    pub description_hint: &'static str,
    /// The hint of "when did the problem start", given the partner's time zone as it reads
    /// (empty where the browser does not tell it).
    pub problem_start_hint: fn(&str) -> String,
    /// The problem's start as the form read it, spelled out in full.
    pub problem_start_read_back: fn(&str) -> String,
    pub diagnostic_hint: &'static str,
    /// The file field's label and hint, and what it says of the file chosen.
    pub attachment_label: &'static str,
    pub attachment_hint: &'static str,
    /// "screenshot.png (14.3 KB)".
    pub attachment_named: fn(&str, u64) -> String,
    pub attachment_remove: &'static str,
    /// A file that could not be read: its name.
    pub attachment_unreadable: fn(&str) -> String,

    pub own_plan_heading: &'static str,
    pub own_plan_intro: &'static str,
    pub own_plan_kind_label: fn(OwnSupportPlanKind) -> &'static str,
    pub own_plan_id_hint: &'static str,

    pub topic_heading: &'static str,
    pub topic_hint: &'static str,
    pub topic_filter: &'static str,
    pub more_topics: &'static str,
    /// The heading of the topics that have no category.
    pub other_topics: &'static str,
    pub fewer_topics: &'static str,
    pub topics_match: fn(usize) -> String,
    pub no_topic_matches: &'static str,
    pub title_hint: &'static str,

    pub review_heading: &'static str,
    pub review_intro: &'static str,
    pub review_request: &'static str,
    pub review_customer: &'static str,
    pub review_service: &'static str,
    pub send_failed: &'static str,
    pub send_failed_hint: &'static str,
    /// After a refusal that will not pass as it is (a 4xx): the answers need a look.
    pub send_refused_hint: &'static str,
    pub send_unknown_title: &'static str,
    pub send_unknown_hint: &'static str,
    pub send_again: &'static str,
    pub already_filed_title: &'static str,
    /// "Your earlier answers were filed as request 6251… before you changed them."
    pub already_filed_body: fn(&str) -> String,
    pub already_filed_hint: &'static str,
    pub add_changes_as_note: &'static str,
    /// "View request 6251…".
    pub view_filed_request: fn(&str) -> String,
    /// The note that carries changed answers to the request filed with the earlier ones.
    pub changes_note: fn(&[AnswerChange]) -> String,

    pub created_title: &'static str,
    pub created_intro: &'static str,
    pub request_number: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub first_response_due: fn(&str) -> String,
    pub what_next_heading: &'static str,
    pub what_next: &'static str,
    pub view_customer_requests: &'static str,
    pub back_to_customer: &'static str,
}
