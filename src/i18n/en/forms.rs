use crate::domain::azure::{IssueType, OwnSupportPlanKind, SupportPlan};
use crate::domain::contact::SupportLanguage;
use crate::domain::severity::{ResponseTarget, Severity};
use crate::domain::validation::{Field, FieldError, Reason};
use crate::domain::AnswerChange;
use crate::i18n::{FormStrings, Locale, Plural};

const EN: Locale = Locale::English;

pub const FORMS: FormStrings = FormStrings {
    error_summary_title: "There is a problem",
    new_azure_request_title: "New support request",
    new_service_request_title: "Create service request",
    my_organization: "My organization",

    steps_label: "Steps",
    step_topic: "Support topic",
    step_basics: "Basics",
    step_details: "Details",
    step_contact: "Contact",
    step_review: "Review",
    step_of: |n, of| format!("Step {n} of {of}"),

    continue_button: "Continue",
    back_button: "Back",
    create_button: "Create",
    submit_button: "Submit",
    sending: "Sending your request…",
    change: "Change",
    change_answer: |label| format!("Change {}", label.to_lowercase()),
    help_link: "Help with this form",

    draft_restored: |saved| format!("We restored the draft you were writing ({saved})."),
    discard_draft: "Discard draft",
    draft_discarded: "Draft discarded",
    draft_expired: |saved| format!("A draft you saved on {saved} was more than 7 days old, so it was removed."),
    draft_saved: |time| format!("Draft saved {time}"),
    draft_not_kept: "This browser is not keeping your draft: its storage is full or turned off for this site. What you type stays on this page until you leave it, so send it before you close the page.",
    draft_changed_elsewhere: "You changed this draft in another tab or window. Choose which answers to keep; until then, nothing here is saved.",
    draft_removed_elsewhere: "This draft was sent or discarded in another tab or window. What you see here is no longer saved.",
    draft_take_theirs: "Use the answers from the other tab",
    draft_keep_mine: "Keep the answers here",

    field_label,
    field_error,
    chars_left: |n| {
        let count = n.unsigned_abs() as usize;
        if n >= 0 {
            EN.count(count, &Plural::en("You have {n} character remaining", "You have {n} characters remaining"))
        } else {
            EN.count(count, &Plural::en("You have {n} character too many", "You have {n} characters too many"))
        }
    },
    support_language_name: |language| match language {
        SupportLanguage::EnUs => "English",
        SupportLanguage::RuRu => "Russian",
        SupportLanguage::DeDe => "German",
        SupportLanguage::FrFr => "French",
        SupportLanguage::EsEs => "Spanish",
        SupportLanguage::ItIt => "Italian",
        SupportLanguage::JaJp => "Japanese",
        SupportLanguage::KoKr => "Korean",
        SupportLanguage::PtBr => "Portuguese (Brazil)",
        SupportLanguage::ZhHans => "Chinese (Simplified)",
    },
    select_placeholder: "Select…",
    yes: "Yes",
    no: "No",
    not_given: "Not given",

    contact_heading: "Your contact details",
    contact_note: "Give your own contact details, not the customer's: Microsoft works with you, the partner, on this request.",
    email_hint: "Microsoft's support engineers write to this address. It must not be at one of the customer's domains.",
    phone_label: "Phone number (optional)",
    phone_hint: "For Microsoft's records only: this programme has no phone support.",
    time_zone_hint: "Microsoft contacts you in your working hours.",
    time_zone_city: |_| None,
    contact_method_legend: "Preferred contact method",
    contact_method_email: "E-mail",
    contact_method_hint: "There is no phone support in this programme, so Microsoft contacts you by e-mail.",
    save_contact: "Save these details for future requests",
    save_contact_hint: "Kept in this browser only, to fill in your next request.",

    severity_hint: "Choose it from the business impact. Response times are for critical technical incidents; other incidents get a first response within one business day.",
    severity_label,
    severity_impact: |s| match s {
        Severity::Critical => "Major outage: production services are down.",
        Severity::Moderate => "Production services are partly affected.",
        Severity::Minimal => "Services are available, or only non-production services are affected.",
    },
    response_target: |t| match t {
        ResponseTarget::Hours(1) => "First response within 1 hour".to_owned(),
        ResponseTarget::Hours(h) => format!("First response within {h} hours"),
        ResponseTarget::BusinessDay => "First response within one business day".to_owned(),
    },
    english_only_note: "Microsoft's response times hold for support in English. Support in other languages is given during business hours.",

    issue_type_label: |t| match t {
        IssueType::Technical => "Technical",
        IssueType::Billing => "Billing",
        IssueType::SubscriptionManagement => "Subscription management",
        IssueType::ServiceAndSubscriptionLimits => "Service and subscription limits (quotas)",
    },
    catalog_label: super::catalog::catalog_label,
    subscription_hint: |own_organization| match own_organization {
        false => "The customer's Azure subscription that has the problem.",
        true => "Your own Azure subscription that has the problem.",
    },
    no_azure_subscription: "This customer has no Azure subscription, so there is nothing to file an Azure request about.",
    summary_label: "Summary",
    summary_hint: "A short title, like \"VM in West Europe does not start after resize\".",
    support_plan_hint: "A request for a customer must use the Cloud Solution Provider plan.",
    support_plan_label: |p| match p {
        SupportPlan::CloudSolutionProvider => "Cloud Solution Provider",
        SupportPlan::Premier => "Premier",
        SupportPlan::AzureSupportPlan => "Azure support plan",
        SupportPlan::MpnContract => "MPN contract",
    },
    support_plan_choice_hint: |p, own| match (p, own) {
        (SupportPlan::CloudSolutionProvider, false) => "Covered by your CSP support benefit. Required for a customer's request.",
        (SupportPlan::CloudSolutionProvider, true) => "Does not cover your own subscriptions.",
        (_, false) => "Only for requests about your own subscriptions, not a customer's.",
        (_, true) => "Your own plan: you give its ID in the next part of this step.",
    },
    description_hint: "What happens, what you expected, what you have tried, and any error messages.",
    problem_start_hint: |zone| match zone {
        "" => "In your local time. Leave it empty if you do not know.".to_owned(),
        zone => format!("In your local time: {zone}. Leave it empty if you do not know."),
    },
    problem_start_read_back: |when| format!("That is {when}."),
    diagnostic_hint: "Lets Microsoft collect diagnostic information from the customer's Azure resources, which often speeds up the fix.",
    attachment_label: "Attachment (optional)",
    attachment_hint: "One file that shows the problem, such as a screenshot, a log or a document: at most 5 MB, its name at most 110 characters. Programs and scripts (such as .exe, .bat, .ps1, .js, .msi, .html or .svg files) are not accepted.",
    attachment_named: |name, size| format!("{name} ({})", file_size(size)),
    attachment_remove: "Remove the file",
    attachment_unreadable: |name| format!("{name} could not be read. Choose it again, or another file."),

    own_plan_heading: "Your own support plan",
    own_plan_intro: "This request is about your own subscriptions, which the CSP support benefit does not cover. Give your own valid support plan: an MPN contract ID, a Premier support plan or an Azure support plan.",
    own_plan_kind_label: |k| match k {
        OwnSupportPlanKind::MpnContract => "MPN contract ID",
        OwnSupportPlanKind::Premier => "Premier support plan",
        OwnSupportPlanKind::AzureSupportPlan => "Azure support plan",
    },
    own_plan_id_hint: "As on your agreement: 6 to 10 digits for an MPN contract, 7 to 12 letters or digits for Premier, a GUID for an Azure support plan. Spaces and dashes are fine.",

    topic_heading: "What is the problem about?",
    topic_hint: "Choose the support topic that fits best. The most common ones come first.",
    topic_filter: "Filter topics",
    other_topics: "Other topics",
    more_topics: "More…",
    fewer_topics: "Show only common topics",
    topics_match: |n| EN.count(n, &Plural::en("{n} topic matches", "{n} topics match")),
    no_topic_matches: "No topic matches. Clear the filter to see them all.",
    title_hint: "A short summary, like \"Users cannot receive external mail\".",

    review_heading: "Check your request",
    review_intro: "Check your answers before you send the request to Microsoft.",
    review_request: "Request",
    review_customer: "Customer",
    review_service: "Service",
    send_failed: "The request was not sent",
    send_failed_hint: "Your answers are kept. Sending again is safe: Microsoft will not get it twice.",
    send_refused_hint: "Your answers are kept. Check them, then send again.",
    send_unknown_title: "We could not tell whether the request arrived",
    send_unknown_hint: "Your answers are kept. Send again to find out: if Microsoft already has the request, you will see it, and it is not filed a second time.",
    send_again: "Send again",
    already_filed_title: "These answers were already filed",
    already_filed_body: |id| format!("Your earlier answers were filed as request {id} before you changed them. Sending the changed answers would not change that request."),
    already_filed_hint: "Add what you changed to that request as a note, so Microsoft's engineer sees it.",
    add_changes_as_note: "Add the changes as a note",
    view_filed_request: |id| format!("View request {id}"),
    changes_note,

    created_title: "Service request created",
    created_intro: "Microsoft has your request.",
    request_number: "Request number",
    copy: "Copy",
    copied: "Request number copied",
    copy_failed: "Could not copy: select the number and copy it yourself",
    first_response_due: |at| format!("First response due by {at}"),
    what_next_heading: "What happens next",
    what_next: "A Microsoft support engineer contacts you by e-mail. Follow the request and add notes from the customer's list of service requests.",
    view_customer_requests: "View the customer's service requests",
    back_to_customer: "Back to the customer",
};

fn field_label(field: Field) -> &'static str {
    match field {
        Field::Title => "Title",
        Field::Description => "Description",
        Field::Severity => "Severity",
        Field::SupportTopic => "Support topic",
        Field::FirstName => "First name",
        Field::LastName => "Last name",
        Field::Email => "E-mail address",
        Field::Phone => "Phone number",
        Field::Country => "Country",
        Field::TimeZone => "Time zone",
        Field::SupportLanguage => "Support language",
        Field::IssueType => "Issue type",
        Field::AzureSubscription => "Subscription",
        Field::AzureService => "Service",
        Field::ProblemType => "Problem type",
        Field::ProblemSubtype => "Problem subtype",
        Field::ProblemStart => "When did the problem start?",
        Field::SupportPlan => "Support plan",
        Field::OwnSupportPlanKind => "Your support plan",
        Field::OwnSupportPlanId => "Support plan ID",
        Field::Note => "Note",
        Field::AdvancedDiagnosticConsent => {
            "May Microsoft collect advanced diagnostic information?"
        }
        Field::Attachment => "Attachment",
    }
}

fn missing_message(field: Field) -> &'static str {
    match field {
        Field::Title => "Enter a title for the request",
        Field::Description => "Enter a description of the problem",
        Field::Severity => "Select a severity",
        Field::SupportTopic => "Select a support topic",
        Field::FirstName => "Enter your first name",
        Field::LastName => "Enter your last name",
        Field::Email => "Enter your e-mail address",
        Field::Phone => "Enter your phone number",
        Field::Country => "Select your country",
        Field::TimeZone => "Select your time zone",
        Field::SupportLanguage => "Select a support language",
        Field::IssueType => "Select an issue type",
        Field::AzureSubscription => "Select the Azure subscription",
        Field::AzureService => "Select the service that has the problem",
        Field::ProblemType => "Select a problem type",
        Field::ProblemSubtype => "Select a problem subtype",
        Field::ProblemStart => "Enter the date and time the problem started",
        Field::SupportPlan => "Select a support plan",
        Field::OwnSupportPlanKind => "Select the kind of support plan you have",
        Field::OwnSupportPlanId => "Enter your support plan ID",
        Field::Note => "Enter a note",
        Field::AdvancedDiagnosticConsent => {
            "Select yes if Microsoft may collect advanced diagnostic information"
        }
        Field::Attachment => "Choose a file",
    }
}

fn malformed_message(field: Field) -> &'static str {
    match field {
        Field::Email => "Enter an e-mail address in the correct format, like name@example.com",
        Field::Phone => "Enter a phone number with 7 to 15 digits, like +44 20 7946 0958",
        Field::Severity => "Select a severity: A, B or C",
        Field::ProblemStart => {
            "Enter both the date and the time the problem started, or clear the field if you do not know"
        }
        Field::AzureSubscription => "Select the Azure subscription from the list",
        Field::OwnSupportPlanId => {
            "Enter the support plan ID as it appears on your agreement: 6 to 10 digits for an MPN contract, 7 to 12 letters or digits for Premier, or a GUID for an Azure support plan"
        }
        Field::SupportTopic => "Select a support topic for this service",
        Field::Country => "Select your country from the list",
        Field::TimeZone => "Select your time zone from the list",
        Field::SupportLanguage => "Select a support language from the list",
        Field::IssueType => "Select an issue type from the list",
        Field::AzureService => "Select the service from the list",
        Field::ProblemType => "Select a problem type from the list",
        Field::ProblemSubtype => "Select a problem subtype from the list",
        Field::SupportPlan => "Select a support plan from the list",
        Field::OwnSupportPlanKind => "Select the kind of support plan from the list",
        Field::AdvancedDiagnosticConsent => "Select yes or no for advanced diagnostic information",
        Field::Attachment => "Choose another file",
        Field::Title | Field::Description | Field::FirstName | Field::LastName | Field::Note => {
            "Check the text you entered"
        }
    }
}

fn field_error(error: &FieldError) -> String {
    match &error.reason {
        Reason::Missing => missing_message(error.field).to_owned(),
        Reason::TooLong { max } if error.field == Field::Attachment => format!(
            "The file's name is too long: rename the file to {max} characters or fewer, then choose it again"
        ),
        Reason::TooLong { max } => {
            format!("{} must be {max} characters or fewer", field_label(error.field))
        }
        Reason::Malformed => malformed_message(error.field).to_owned(),
        Reason::EmailAtCustomerDomain { domain } => {
            format!("Enter your own e-mail address, not one at the customer's domain ({domain})")
        }
        Reason::NotCloudSolutionProvider => {
            "Select Cloud Solution Provider as the support plan: it is the only plan for a customer's request".to_owned()
        }
        Reason::NeedsOwnSupportPlan => {
            "Select your own support plan: the Cloud Solution Provider plan does not cover your own subscriptions".to_owned()
        }
        Reason::InFuture => "The date the problem started must be in the past".to_owned(),
        Reason::FileTypeRefused { ending } => format!(
            "Choose another file: .{ending} files are programs or scripts, which Microsoft does not accept"
        ),
        Reason::FileTooLarge { size } => format!(
            "Choose a file of 5 MB or less: this one is {}",
            file_size(*size)
        ),
        Reason::FileEmpty => "Choose another file: this one is empty".to_owned(),
        Reason::FileNotKept => {
            "Choose the file again: a saved draft keeps the file's name, not the file".to_owned()
        }
    }
}

fn file_size(size: u64) -> String {
    crate::domain::attachment::size_in_units(size, '.', ["bytes", "KB", "MB"])
}

fn changes_note(changes: &[AnswerChange]) -> String {
    let mut note = String::from("Updated after the request was filed:");
    for change in changes {
        note.push('\n');
        match change {
            AnswerChange::Title(title) => note.push_str(&format!("Title: {title}")),
            AnswerChange::Severity(severity) => {
                note.push_str(&format!("Severity: {}", severity_label(*severity)))
            }
            AnswerChange::SupportTopic(topic) => note.push_str(&format!("Support topic: {topic}")),
            AnswerChange::Contact { name, email } => {
                note.push_str(&format!("Contact: {name} ({email})"))
            }
            AnswerChange::Description(text) => note.push_str(&format!("Description:\n{text}")),
        }
    }
    note
}

fn severity_label(s: Severity) -> String {
    format!(
        "{} – {}",
        s.letter(),
        match s {
            Severity::Critical => "Critical impact",
            Severity::Moderate => "Moderate impact",
            Severity::Minimal => "Minimal impact",
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_says_what_to_do() {
        let reasons = [
            Reason::Missing,
            Reason::TooLong { max: 200 },
            Reason::Malformed,
            Reason::EmailAtCustomerDomain {
                domain: "contoso.com".to_owned(),
            },
            Reason::NotCloudSolutionProvider,
            Reason::NeedsOwnSupportPlan,
            Reason::InFuture,
        ];
        for field in Field::ALL {
            assert!(!field_label(field).is_empty());
            for reason in &reasons {
                let message = field_error(&FieldError::new(field, reason.clone()));
                let lower = message.to_lowercase();
                assert!(!message.is_empty());
                assert!(
                    !lower.contains("invalid") && !lower.contains("please"),
                    "{message}"
                );
                assert!(!message.ends_with('.'), "{message}");
            }
        }
    }

    #[test]
    fn messages_use_the_labels_words() {
        let error = |field, reason| field_error(&FieldError::new(field, reason));
        assert_eq!(
            error(Field::Title, Reason::Missing),
            "Enter a title for the request"
        );
        assert_eq!(
            error(Field::Title, Reason::TooLong { max: 200 }),
            "Title must be 200 characters or fewer"
        );
        assert_eq!(
            error(
                Field::Email,
                Reason::EmailAtCustomerDomain {
                    domain: "contoso.com".into()
                }
            ),
            "Enter your own e-mail address, not one at the customer's domain (contoso.com)"
        );
        assert!(error(Field::SupportPlan, Reason::NotCloudSolutionProvider)
            .starts_with("Select Cloud Solution Provider"));
    }
}
