//! Form validation: raw text in, typed values or structured errors out.
//!
//! Every validator trims first and accepts liberally (case, spaces, dashes), then reports all
//! problems at once, in the order the fields appear on the form. Forms are plain `String`
//! structs so a draft can be stored as typed and restored.

mod azure;
mod contact;
mod field_ids;
mod request;

pub use azure::{
    validate_azure_basics, validate_azure_details, validate_own_support_plan,
    validate_support_plan, AzureBasics, AzureBasicsForm, AzureDetailsForm, AzureDetailsPart,
    OwnSupportPlanForm, PROBLEM_START_INCOMPLETE,
};
pub use contact::{validate_contact, validate_email, validate_phone, ContactForm};
pub use request::{build_new_request, FlowParts};

use super::severity::Severity;
use serde::{Deserialize, Serialize};

pub const NAME_MAX: usize = 50;
pub const EMAIL_MAX: usize = 254;
pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MAX: usize = 5000;
pub const NOTE_MAX: usize = 2000;
pub const TIME_ZONE_MAX: usize = 64;
pub const PHONE_DIGITS_MIN: usize = 7;
pub const PHONE_DIGITS_MAX: usize = 15;

/// A form field, named for the message the UI shows next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Title,
    Description,
    Severity,
    SupportTopic,
    FirstName,
    LastName,
    Email,
    Phone,
    Country,
    TimeZone,
    SupportLanguage,
    IssueType,
    AzureSubscription,
    AzureService,
    ProblemType,
    ProblemSubtype,
    ProblemStart,
    SupportPlan,
    OwnSupportPlanKind,
    OwnSupportPlanId,
    Note,
    /// Whether Microsoft may collect advanced diagnostic information (Azure, Yes/No).
    AdvancedDiagnosticConsent,
    /// A file filed with an Azure request (optional).
    Attachment,
}

/// Why a field was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    Missing,
    TooLong {
        max: usize,
    },
    /// Not of the expected shape (the UI says which shape, per field).
    Malformed,
    /// The contact e-mail is at one of the customer's domains.
    EmailAtCustomerDomain {
        domain: String,
    },
    /// A customer's request must use the Cloud Solution Provider support plan.
    NotCloudSolutionProvider,
    /// A request about the partner's own subscriptions cannot use the Cloud Solution Provider
    /// plan: the CSP support benefit does not cover them.
    NeedsOwnSupportPlan,
    InFuture,
    /// A file that is a program or a script, by its ending (`exe`, lower case).
    FileTypeRefused {
        ending: String,
    },
    /// A file over the limit; its size in bytes.
    FileTooLarge {
        size: u64,
    },
    FileEmpty,
    /// A file named in a restored draft, whose content a draft does not keep.
    FileNotKept,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub reason: Reason,
}

impl FieldError {
    pub fn new(field: Field, reason: Reason) -> FieldError {
        FieldError { field, reason }
    }
}

/// The title, description and severity of an Office 365 / Dynamics CRM Online / EMS request.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DetailsForm {
    pub title: String,
    pub description: String,
    /// `A`, `B`, `C` or empty.
    pub severity: String,
}

/// A validated [`DetailsForm`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestDetails {
    pub title: String,
    pub description: String,
    pub severity: Severity,
}

pub fn validate_details(form: &DetailsForm) -> Result<RequestDetails, Vec<FieldError>> {
    let mut errors = Vec::new();
    let title = keep(
        &mut errors,
        required_text(&form.title, Field::Title, TITLE_MAX),
    );
    let description = keep(
        &mut errors,
        required_text(&form.description, Field::Description, DESCRIPTION_MAX),
    );
    let severity = keep(&mut errors, validate_severity(&form.severity));
    match (title, description, severity) {
        (Some(title), Some(description), Some(severity)) if errors.is_empty() => {
            Ok(RequestDetails {
                title,
                description,
                severity,
            })
        }
        _ => Err(errors),
    }
}

/// A note added to an existing request: required, at most [`NOTE_MAX`] characters.
pub fn validate_note(text: &str) -> Result<String, Vec<FieldError>> {
    required_text(text, Field::Note, NOTE_MAX).map_err(|e| vec![e])
}

/// A severity letter (`A`, `B`, `C`) or name, any case.
pub fn validate_severity(raw: &str) -> Result<Severity, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::new(Field::Severity, Reason::Missing));
    }
    Severity::parse(raw).ok_or(FieldError::new(Field::Severity, Reason::Malformed))
}

/// A GUID with or without dashes and braces, any case, as lowercase `8-4-4-4-12`.
pub fn normalize_guid(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let inner = raw
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .unwrap_or(raw);
    let hex: String = inner
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    if hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    let part = |range: std::ops::Range<usize>| hex.get(range).unwrap_or_default();
    Some(format!(
        "{}-{}-{}-{}-{}",
        part(0..8),
        part(8..12),
        part(12..16),
        part(16..20),
        part(20..32)
    ))
}

/// Trimmed text that must be present and at most `max` characters (not bytes).
fn required_text(raw: &str, field: Field, max: usize) -> Result<String, FieldError> {
    let text = raw.trim();
    if text.is_empty() {
        Err(FieldError::new(field, Reason::Missing))
    } else if text.chars().count() > max {
        Err(FieldError::new(field, Reason::TooLong { max }))
    } else {
        Ok(text.to_owned())
    }
}

/// Keeps a field's value, or records its error and gives `None`.
fn keep<T>(errors: &mut Vec<FieldError>, result: Result<T, FieldError>) -> Option<T> {
    match result {
        Ok(value) => Some(value),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

#[cfg(test)]
mod tests;
