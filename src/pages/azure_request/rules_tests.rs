use super::*;
use crate::domain::customer::{Cloud, Customer, Relationship};
use crate::domain::severity::IncidentKind;
use crate::domain::validation::Reason;
use crate::domain::{IssueType, Severity, SupportLanguage, Timestamp};
use crate::request_flow::test_support::{fields, fields_on, partner_contact, CLOCK};
use crate::request_flow::{errors_so_far, first_incomplete_before};

fn customer_flow() -> AzureFlow {
    AzureFlow {
        party: Party {
            id: "c1".into(),
            name: "Contoso GmbH".into(),
            customer: Some(Customer {
                id: "c1".into(),
                tenant_id: "c1".into(),
                company_name: "Contoso GmbH".into(),
                primary_domain: "contoso.onmicrosoft.com".into(),
                other_domains: vec!["contoso.de".into()],
                relationship: Relationship::Reseller,
                cloud: Cloud::Global,
                country: Some("DE".into()),
            }),
        },
        subscriptions: Vec::new(),
    }
}

fn own_flow() -> AzureFlow {
    AzureFlow {
        party: Party {
            id: "my-organization".into(),
            name: "My organization".into(),
            customer: None,
        },
        subscriptions: Vec::new(),
    }
}

fn complete(flow: &AzureFlow) -> AzureAnswers {
    let mut answers = flow.fresh_answers(&partner_contact());
    answers.basics = AzureBasicsForm {
        issue_type: "technical".into(),
        azure_subscription_id: "42226ED6-070A-4E0F-B80C-4CDFB3E97AA7".into(),
        service_id: "virtual-machine-windows".into(),
        problem_type: "cannot-connect".into(),
        problem_subtype: "rdp".into(),
        summary: "RDP to production VM times out".into(),
        ..answers.basics
    };
    answers.details = AzureDetailsForm {
        description: "Since 09:00 no one can connect.".into(),
        problem_start: "2026-11-25T09:00".into(),
        severity: "A".into(),
        advanced_diagnostic_consent: "yes".into(),
        support_language: "de-de".into(),
    };
    if flow.party.is_own_organization() {
        answers.own_plan = OwnSupportPlanForm {
            kind: "mpn-contract".into(),
            id: "1234-567".into(),
        };
    }
    answers
}

#[test]
fn complete_answers_build_the_request_with_the_details_language() {
    let flow = customer_flow();
    let request = flow.build(&complete(&flow), CLOCK).unwrap();
    assert_eq!(request.title, "RDP to production VM times out");
    assert_eq!(request.severity, Severity::Critical);
    assert_eq!(request.contact.support_language, SupportLanguage::DeDe);
    assert_eq!(request.issue_type(), Some(IssueType::Technical));
    assert_eq!(request.incident_kind(), IncidentKind::CriticalTechnical);
    // 09:00 in Berlin is 08:00 UTC.
    assert_eq!(
        request.azure.and_then(|a| a.problem_start),
        Some(Timestamp(1_795_593_600_000))
    );
}

#[test]
fn every_error_of_empty_answers_is_on_the_step_that_asks_for_it() {
    let flow = customer_flow();
    let errors = flow.build(&AzureAnswers::default(), CLOCK).unwrap_err();
    let on = |step| fields_on::<AzureFlow>(&errors, step);
    assert_eq!(
        on(AzureStep::Basics),
        [
            Field::IssueType,
            Field::AzureSubscription,
            Field::ProblemType,
            Field::SupportPlan,
            Field::Title
        ]
    );
    assert_eq!(
        on(AzureStep::Details),
        [
            Field::Description,
            Field::Severity,
            Field::AdvancedDiagnosticConsent
        ],
        "the support language starts as English"
    );
    assert_eq!(
        on(AzureStep::Contact),
        [
            Field::FirstName,
            Field::LastName,
            Field::Email,
            Field::Country,
            Field::TimeZone
        ]
    );
    assert!(on(AzureStep::Review).is_empty(), "the review asks nothing");
}

#[test]
fn a_step_shows_only_the_errors_so_far_and_a_later_step_waits_for_it() {
    let flow = customer_flow();
    let mut answers = complete(&flow);
    answers.basics.summary.clear();
    answers.details.severity.clear();
    answers.contact.email = "anna@contoso.de".into();

    assert_eq!(
        fields(&errors_so_far(&flow, &answers, AzureStep::Basics, CLOCK)),
        [Field::Title]
    );
    assert_eq!(
        fields(&errors_so_far(&flow, &answers, AzureStep::Details, CLOCK)),
        [Field::Title, Field::Severity]
    );
    let contact = errors_so_far(&flow, &answers, AzureStep::Contact, CLOCK);
    assert_eq!(
        contact.last().map(|e| &e.reason),
        Some(&Reason::EmailAtCustomerDomain {
            domain: "contoso.de".into()
        })
    );
    assert_eq!(
        first_incomplete_before(&flow, &answers, AzureStep::Review, CLOCK),
        Some(AzureStep::Basics)
    );
    assert_eq!(
        first_incomplete_before(&flow, &answers, AzureStep::Basics, CLOCK),
        None
    );
    answers.basics.summary = "Back".into();
    assert_eq!(
        first_incomplete_before(&flow, &answers, AzureStep::Review, CLOCK),
        Some(AzureStep::Details)
    );
    answers.details.severity = "B".into();
    answers.contact.email = "anna@partner.example".into();
    assert_eq!(
        first_incomplete_before(&flow, &answers, AzureStep::Review, CLOCK),
        None
    );
    assert!(flow.build(&answers, CLOCK).is_ok());
}

#[test]
fn an_empty_support_language_is_asked_for_once_on_details() {
    let flow = customer_flow();
    let mut answers = complete(&flow);
    answers.details.support_language.clear();
    answers.contact.support_language.clear();
    let errors = errors_so_far(&flow, &answers, AzureStep::Contact, CLOCK);
    assert_eq!(fields(&errors), [Field::SupportLanguage]);
    assert_eq!(
        AzureFlow::step_of(Field::SupportLanguage),
        AzureStep::Details
    );
}

#[test]
fn the_partners_own_request_needs_its_own_plan_not_the_csp_one() {
    let flow = own_flow();
    let mut answers = complete(&flow);
    let request = flow.build(&answers, CLOCK).unwrap();
    assert_eq!(
        request.own_support_plan.map(|p| p.id),
        Some("1234567".into())
    );

    answers.own_plan = OwnSupportPlanForm::default();
    let errors = flow.build(&answers, CLOCK).unwrap_err();
    assert_eq!(
        fields(&errors),
        [Field::OwnSupportPlanKind, Field::OwnSupportPlanId],
        "no error for the support plan field, which is not shown"
    );
    assert!(errors
        .iter()
        .all(|e| AzureFlow::step_of(e.field) == AzureStep::Basics));
    assert!(flow
        .fresh_answers(&ContactForm::default())
        .basics
        .support_plan
        .is_empty());
    assert_eq!(
        customer_flow()
            .fresh_answers(&ContactForm::default())
            .basics
            .support_plan,
        "cloud-solution-provider"
    );
}

#[test]
fn steps_go_in_order_and_come_from_the_address() {
    assert_eq!(AzureStep::first(), AzureStep::Basics);
    assert_eq!(AzureStep::review(), AzureStep::Review);
    assert_eq!(AzureStep::Basics.next(), AzureStep::Details);
    assert_eq!(AzureStep::Review.next(), AzureStep::Review);
    assert_eq!(AzureStep::Basics.previous(), AzureStep::Basics);
    assert_eq!(AzureStep::from_slug("contact"), Some(AzureStep::Contact));
    assert_eq!(AzureStep::from_slug("topic"), None);
}

#[test]
fn a_draft_saved_before_keys_were_named_keeps_its_key_and_answers() {
    use crate::request_flow::FlowDraft;
    let old = r#"{"basics":{"summary":"Old title"},"request_id":"55f86bfb-d3bb-4fe4-9f01-2fdaef11a81f","save_contact":true}"#;
    let draft: FlowDraft<AzureAnswers> = serde_json::from_str(old).unwrap();
    assert_eq!(draft.key, "55f86bfb-d3bb-4fe4-9f01-2fdaef11a81f");
    assert_eq!(draft.answers.basics.summary, "Old title");
    assert!(draft.answers.save_contact);
    let again: FlowDraft<AzureAnswers> =
        serde_json::from_str(&serde_json::to_string(&draft).unwrap()).unwrap();
    assert_eq!(again, draft);
}

#[test]
fn a_file_goes_with_the_request_and_one_refused_or_not_kept_is_asked_for_on_details() {
    use crate::domain::Attachment;
    let flow = customer_flow();
    let file = Attachment {
        name: "rdp-error.png".into(),
        size: 14_541,
        content_type: "image/png".into(),
        content: Some("iVBORw0KGgo=".into()),
    };
    let mut answers = complete(&flow);
    answers.attachment = Some(file.clone());
    let request = flow.build(&answers, CLOCK).unwrap();
    let filed = request.attachment.unwrap();
    assert_eq!((filed.name.as_str(), filed.size), ("rdp-error.png", 14_541));
    assert_eq!(filed.content.as_deref(), Some("iVBORw0KGgo="));
    assert!(flow
        .build(&complete(&flow), CLOCK)
        .unwrap()
        .attachment
        .is_none());

    for (refused, reason) in [
        (
            Attachment {
                name: "fix.ps1".into(),
                ..file.clone()
            },
            Reason::FileTypeRefused {
                ending: "ps1".into(),
            },
        ),
        (
            Attachment {
                size: 6 * 1024 * 1024,
                ..file.clone()
            },
            Reason::FileTooLarge {
                size: 6 * 1024 * 1024,
            },
        ),
        (
            // As a restored draft holds it: the name and size, not the file.
            serde_json::from_str(&serde_json::to_string(&file).unwrap()).unwrap(),
            Reason::FileNotKept,
        ),
    ] {
        answers.attachment = Some(refused);
        let errors = flow.build(&answers, CLOCK).unwrap_err();
        assert_eq!(errors, [FieldError::new(Field::Attachment, reason)]);
        assert_eq!(AzureFlow::step_of(Field::Attachment), AzureStep::Details);
        let before_contact = errors_so_far(&flow, &answers, AzureStep::Contact, CLOCK);
        assert_eq!(fields(&before_contact), [Field::Attachment]);
    }
}
