//! The Azure flow's Basics and Additional details steps, and the partner's own support plan.

use super::contact::validate_support_language;
use super::{
    keep, normalize_guid, required_text, validate_severity, Field, FieldError, Reason,
    DESCRIPTION_MAX, TITLE_MAX,
};
use crate::domain::azure::{
    azure_service, find_problem_type, IssueType, OwnSupportPlan, OwnSupportPlanKind, SupportPlan,
};
use crate::domain::contact::SupportLanguage;
use crate::domain::customer::RequestParty;
use crate::domain::severity::Severity;
use crate::domain::time::{parse_local_datetime, Timestamp};
use serde::{Deserialize, Serialize};

/// The Basics step as typed: slugs and catalogue ids from the pickers, and the summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AzureBasicsForm {
    pub issue_type: String,
    pub azure_subscription_id: String,
    pub service_id: String,
    pub problem_type: String,
    pub problem_subtype: String,
    pub support_plan: String,
    /// The request's title.
    pub summary: String,
}

/// A validated [`AzureBasicsForm`]. `service_id` is empty for non-technical
/// issue types and `problem_subtype` when the problem type has no subtypes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AzureBasics {
    pub issue_type: IssueType,
    /// Lowercase dashed GUID.
    pub azure_subscription_id: String,
    pub service_id: String,
    pub problem_type: String,
    pub problem_subtype: String,
    pub support_plan: SupportPlan,
    pub summary: String,
}

/// The Additional details step as typed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AzureDetailsForm {
    pub description: String,
    /// An HTML `datetime-local` value, empty, or [`PROBLEM_START_INCOMPLETE`].
    pub problem_start: String,
    /// `A`, `B`, `C` or empty.
    pub severity: String,
    /// `yes`, `no` or empty.
    pub advanced_diagnostic_consent: String,
    pub support_language: String,
}

impl Default for AzureDetailsForm {
    fn default() -> Self {
        AzureDetailsForm {
            description: String::new(),
            problem_start: String::new(),
            severity: String::new(),
            advanced_diagnostic_consent: String::new(),
            support_language: SupportLanguage::EnUs.code().to_owned(),
        }
    }
}

/// `problem_start` while its field holds part of a date and time (the day without the time, say):
/// the browser gives such a field no value, and this keeps it from reading as "not known".
pub const PROBLEM_START_INCOMPLETE: &str = "incomplete";

/// A validated [`AzureDetailsForm`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AzureDetailsPart {
    pub description: String,
    pub problem_start: Option<Timestamp>,
    pub severity: Severity,
    pub advanced_diagnostic_consent: bool,
    pub support_language: SupportLanguage,
}

/// The partner's own support plan, for a request about its own subscriptions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OwnSupportPlanForm {
    /// An [`OwnSupportPlanKind`] slug.
    pub kind: String,
    pub id: String,
}

/// A customer's request must use the Cloud Solution Provider plan; one about the partner's own
/// subscriptions must not (the CSP support benefit does not cover them).
pub fn validate_support_plan(plan: SupportPlan, party: &RequestParty) -> Result<(), FieldError> {
    let is_csp = plan == SupportPlan::CloudSolutionProvider;
    match party {
        RequestParty::Customer { .. } if !is_csp => Err(FieldError::new(
            Field::SupportPlan,
            Reason::NotCloudSolutionProvider,
        )),
        RequestParty::OwnOrganization if is_csp => Err(FieldError::new(
            Field::SupportPlan,
            Reason::NeedsOwnSupportPlan,
        )),
        _ => Ok(()),
    }
}

/// Validates Basics. The service is needed only for technical issues; the problem type must be
/// one the catalogue offers for the issue type (and service); the subtype is needed when the
/// problem type has subtypes.
pub fn validate_azure_basics(
    form: &AzureBasicsForm,
    party: &RequestParty,
) -> Result<AzureBasics, Vec<FieldError>> {
    let mut errors = Vec::new();
    let issue_type = keep(
        &mut errors,
        pick(&form.issue_type, Field::IssueType, IssueType::from_slug),
    );
    let subscription = keep(
        &mut errors,
        pick(
            &form.azure_subscription_id,
            Field::AzureSubscription,
            normalize_guid,
        ),
    );
    // `Some(None)`: no service is needed; `None`: the service could not be settled.
    let service = match issue_type {
        Some(t) if t.needs_service() => keep(
            &mut errors,
            pick(&form.service_id, Field::AzureService, |id| {
                azure_service(id.trim())
            }),
        )
        .map(Some),
        Some(_) => Some(None),
        None => None,
    };
    let problem_type = match (issue_type, service) {
        (Some(t), Some(service)) => keep(
            &mut errors,
            pick(&form.problem_type, Field::ProblemType, |id| {
                find_problem_type(t, service.map(|s| s.id), id.trim())
            }),
        ),
        _ => {
            keep(
                &mut errors,
                presence(&form.problem_type, Field::ProblemType),
            );
            None
        }
    };
    let subtype = match problem_type {
        Some(p) if !p.subtypes.is_empty() => keep(
            &mut errors,
            pick(&form.problem_subtype, Field::ProblemSubtype, |id| {
                p.subtype_label(id.trim()).map(|_| id.trim().to_owned())
            }),
        ),
        _ => Some(String::new()),
    };
    let plan = keep(
        &mut errors,
        pick(
            &form.support_plan,
            Field::SupportPlan,
            SupportPlan::from_slug,
        ),
    );
    if let Some(plan) = plan {
        keep(&mut errors, validate_support_plan(plan, party));
    }
    let summary = keep(
        &mut errors,
        required_text(&form.summary, Field::Title, TITLE_MAX),
    );
    match (
        issue_type,
        subscription,
        service,
        problem_type,
        subtype,
        plan,
        summary,
    ) {
        (
            Some(issue_type),
            Some(azure_subscription_id),
            Some(service),
            Some(problem_type),
            Some(problem_subtype),
            Some(support_plan),
            Some(summary),
        ) if errors.is_empty() => Ok(AzureBasics {
            issue_type,
            azure_subscription_id,
            service_id: service.map(|s| s.id.to_owned()).unwrap_or_default(),
            problem_type: problem_type.id.to_owned(),
            problem_subtype,
            support_plan,
            summary,
        }),
        _ => Err(errors),
    }
}

/// Validates Additional details. `problem_start` is the partner's wall-clock time, read at the
/// UTC offset `local_offset` gives for it, and must not be after `now`.
pub fn validate_azure_details(
    form: &AzureDetailsForm,
    now: Timestamp,
    local_offset: impl Fn(Timestamp) -> i32,
) -> Result<AzureDetailsPart, Vec<FieldError>> {
    let mut errors = Vec::new();
    let description = keep(
        &mut errors,
        required_text(&form.description, Field::Description, DESCRIPTION_MAX),
    );
    let problem_start = keep(
        &mut errors,
        validate_problem_start(&form.problem_start, now, local_offset),
    );
    let severity = keep(&mut errors, validate_severity(&form.severity));
    let consent = keep(
        &mut errors,
        pick(
            &form.advanced_diagnostic_consent,
            Field::AdvancedDiagnosticConsent,
            |s| match s.trim().to_ascii_lowercase().as_str() {
                "yes" => Some(true),
                "no" => Some(false),
                _ => None,
            },
        ),
    );
    let language = keep(
        &mut errors,
        validate_support_language(&form.support_language),
    );
    match (description, problem_start, severity, consent, language) {
        (
            Some(description),
            Some(problem_start),
            Some(severity),
            Some(advanced_diagnostic_consent),
            Some(support_language),
        ) if errors.is_empty() => Ok(AzureDetailsPart {
            description,
            problem_start,
            severity,
            advanced_diagnostic_consent,
            support_language,
        }),
        _ => Err(errors),
    }
}

fn validate_problem_start(
    raw: &str,
    now: Timestamp,
    local_offset: impl Fn(Timestamp) -> i32,
) -> Result<Option<Timestamp>, FieldError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    match parse_local_datetime(raw, local_offset) {
        None => Err(FieldError::new(Field::ProblemStart, Reason::Malformed)),
        Some(start) if start > now => Err(FieldError::new(Field::ProblemStart, Reason::InFuture)),
        Some(start) => Ok(Some(start)),
    }
}

/// Validates the partner's own support plan. The id is checked after removing spaces and
/// dashes: an MPN contract or partner ID is 6 to 10 digits; a Premier id 7 to 12 letters or
/// digits (kept in upper case); an Azure support plan id a GUID (lowercase, dashed).
pub fn validate_own_support_plan(
    form: &OwnSupportPlanForm,
) -> Result<OwnSupportPlan, Vec<FieldError>> {
    let mut errors = Vec::new();
    let kind = keep(
        &mut errors,
        pick(
            &form.kind,
            Field::OwnSupportPlanKind,
            OwnSupportPlanKind::from_slug,
        ),
    );
    let id = match kind {
        Some(kind) => keep(
            &mut errors,
            pick(&form.id, Field::OwnSupportPlanId, |id| {
                normalize_plan_id(kind, id)
            }),
        ),
        None => {
            keep(&mut errors, presence(&form.id, Field::OwnSupportPlanId));
            None
        }
    };
    match (kind, id) {
        (Some(kind), Some(id)) if errors.is_empty() => Ok(OwnSupportPlan { kind, id }),
        _ => Err(errors),
    }
}

fn normalize_plan_id(kind: OwnSupportPlanKind, raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .collect();
    let len = compact.chars().count();
    match kind {
        OwnSupportPlanKind::MpnContract => ((6..=10).contains(&len)
            && compact.chars().all(|c| c.is_ascii_digit()))
        .then_some(compact),
        OwnSupportPlanKind::Premier => ((7..=12).contains(&len)
            && compact.chars().all(|c| c.is_ascii_alphanumeric()))
        .then(|| compact.to_ascii_uppercase()),
        OwnSupportPlanKind::AzureSupportPlan => normalize_guid(raw),
    }
}

/// A required choice: `Missing` when blank, `Malformed` when `parse` refuses the trimmed text.
fn pick<T>(
    raw: &str,
    field: Field,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Result<T, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::new(field, Reason::Missing));
    }
    parse(raw).ok_or(FieldError::new(field, Reason::Malformed))
}

/// Only checks that something was entered, when the rest cannot be checked yet.
fn presence(raw: &str, field: Field) -> Result<(), FieldError> {
    if raw.trim().is_empty() {
        Err(FieldError::new(field, Reason::Missing))
    } else {
        Ok(())
    }
}
