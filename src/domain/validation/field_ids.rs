//! How the UI finds a field: its HTML id. The words for fields and errors live in `crate::i18n`.

use super::Field;

impl Field {
    /// Every field, in the order the forms show them.
    pub const ALL: [Field; 23] = [
        Field::IssueType,
        Field::AzureSubscription,
        Field::AzureService,
        Field::ProblemType,
        Field::ProblemSubtype,
        Field::SupportPlan,
        Field::OwnSupportPlanKind,
        Field::OwnSupportPlanId,
        Field::SupportTopic,
        Field::Title,
        Field::Description,
        Field::ProblemStart,
        Field::Severity,
        Field::AdvancedDiagnosticConsent,
        Field::Attachment,
        Field::FirstName,
        Field::LastName,
        Field::Email,
        Field::Phone,
        Field::Country,
        Field::TimeZone,
        Field::SupportLanguage,
        Field::Note,
    ];

    /// The HTML id of the field's control, which the error summary links to.
    pub fn id(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Description => "description",
            Field::Severity => "severity",
            Field::SupportTopic => "support-topic",
            Field::FirstName => "first-name",
            Field::LastName => "last-name",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Country => "country",
            Field::TimeZone => "time-zone",
            Field::SupportLanguage => "support-language",
            Field::IssueType => "issue-type",
            Field::AzureSubscription => "azure-subscription",
            Field::AzureService => "azure-service",
            Field::ProblemType => "problem-type",
            Field::ProblemSubtype => "problem-subtype",
            Field::ProblemStart => "problem-start",
            Field::SupportPlan => "support-plan",
            Field::OwnSupportPlanKind => "own-support-plan-kind",
            Field::OwnSupportPlanId => "own-support-plan-id",
            Field::Note => "note",
            Field::AdvancedDiagnosticConsent => "advanced-diagnostic-consent",
            Field::Attachment => "attachment",
        }
    }
}
