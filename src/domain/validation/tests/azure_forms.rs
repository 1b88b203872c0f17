use super::*;
use crate::domain::azure::{IssueType, OwnSupportPlanKind, SupportPlan};
use crate::domain::contact::SupportLanguage;
use crate::domain::customer::RequestParty;
use crate::domain::time::Timestamp;

pub(super) fn customer_party() -> RequestParty {
    RequestParty::Customer {
        customer_id: "c1".to_owned(),
    }
}

pub(super) fn valid_basics_form() -> AzureBasicsForm {
    AzureBasicsForm {
        issue_type: "technical".to_owned(),
        azure_subscription_id: "42226ED6-070A-4E0F-B80C-4CDFB3E97AA7".to_owned(),
        service_id: "virtual-machine-windows".to_owned(),
        problem_type: "cannot-connect".to_owned(),
        problem_subtype: "rdp".to_owned(),
        support_plan: "cloud-solution-provider".to_owned(),
        summary: "  RDP to production VM times out ".to_owned(),
    }
}

pub(super) fn valid_details_form() -> AzureDetailsForm {
    AzureDetailsForm {
        description: "Since 09:00 no one can connect.".to_owned(),
        problem_start: "2026-11-25T09:00".to_owned(),
        severity: "A".to_owned(),
        advanced_diagnostic_consent: "Yes".to_owned(),
        support_language: "en-us".to_owned(),
    }
}

/// 2026-11-25T10:15:00Z.
pub(super) fn now() -> Timestamp {
    Timestamp(1_795_601_700_000)
}

#[test]
fn technical_basics_are_typed() {
    let basics = validate_azure_basics(&valid_basics_form(), &customer_party()).unwrap();
    assert_eq!(basics.issue_type, IssueType::Technical);
    assert_eq!(
        basics.azure_subscription_id,
        "42226ed6-070a-4e0f-b80c-4cdfb3e97aa7"
    );
    assert_eq!(basics.service_id, "virtual-machine-windows");
    assert_eq!(basics.problem_type, "cannot-connect");
    assert_eq!(basics.problem_subtype, "rdp");
    assert_eq!(basics.support_plan, SupportPlan::CloudSolutionProvider);
    assert_eq!(basics.summary, "RDP to production VM times out");
}

#[test]
fn empty_basics_report_every_field() {
    assert_eq!(
        reasons(validate_azure_basics(
            &AzureBasicsForm::default(),
            &customer_party()
        )),
        [
            (Field::IssueType, Reason::Missing),
            (Field::AzureSubscription, Reason::Missing),
            (Field::ProblemType, Reason::Missing),
            (Field::SupportPlan, Reason::Missing),
            (Field::Title, Reason::Missing),
        ]
    );
    let technical = AzureBasicsForm {
        issue_type: "technical".to_owned(),
        ..AzureBasicsForm::default()
    };
    assert_eq!(
        reasons(validate_azure_basics(&technical, &customer_party())),
        [
            (Field::AzureSubscription, Reason::Missing),
            (Field::AzureService, Reason::Missing),
            (Field::ProblemType, Reason::Missing),
            (Field::SupportPlan, Reason::Missing),
            (Field::Title, Reason::Missing),
        ]
    );
}

#[test]
fn service_is_needed_only_for_technical_issues() {
    let billing = AzureBasicsForm {
        issue_type: "billing".to_owned(),
        service_id: String::new(),
        problem_type: "credits".to_owned(),
        problem_subtype: String::new(),
        ..valid_basics_form()
    };
    let basics = validate_azure_basics(&billing, &customer_party()).unwrap();
    assert_eq!(basics.issue_type, IssueType::Billing);
    assert_eq!(basics.service_id, "");
    assert_eq!(basics.problem_subtype, "");
    // A leftover service from an earlier choice is ignored.
    let leftover = AzureBasicsForm {
        service_id: "virtual-machine-windows".to_owned(),
        ..billing
    };
    assert_eq!(
        validate_azure_basics(&leftover, &customer_party())
            .unwrap()
            .service_id,
        ""
    );
}

#[test]
fn problem_type_and_subtype_must_come_from_the_catalogue() {
    let wrong_service = AzureBasicsForm {
        service_id: "mainframe".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&wrong_service, &customer_party())),
        [(Field::AzureService, Reason::Malformed)]
    );
    let wrong_type = AzureBasicsForm {
        problem_type: "credits".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&wrong_type, &customer_party())),
        [(Field::ProblemType, Reason::Malformed)]
    );
    let no_subtype = AzureBasicsForm {
        problem_subtype: " ".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&no_subtype, &customer_party())),
        [(Field::ProblemSubtype, Reason::Missing)]
    );
    let wrong_subtype = AzureBasicsForm {
        problem_subtype: "ssh".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&wrong_subtype, &customer_party())),
        [(Field::ProblemSubtype, Reason::Malformed)]
    );
    let quota = AzureBasicsForm {
        issue_type: "quota".to_owned(),
        problem_type: "compute-vcpu".to_owned(),
        problem_subtype: String::new(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&quota, &customer_party())),
        [(Field::ProblemSubtype, Reason::Missing)]
    );
    let bad_issue = AzureBasicsForm {
        issue_type: "hardware".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&bad_issue, &customer_party())),
        [(Field::IssueType, Reason::Malformed)]
    );
    let bad_subscription = AzureBasicsForm {
        azure_subscription_id: "sub-1".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&bad_subscription, &customer_party())),
        [(Field::AzureSubscription, Reason::Malformed)]
    );
}

#[test]
fn support_plan_must_suit_the_party() {
    for plan in SupportPlan::ALL {
        let for_customer = validate_support_plan(plan, &customer_party());
        let for_own = validate_support_plan(plan, &RequestParty::OwnOrganization);
        if plan == SupportPlan::CloudSolutionProvider {
            assert_eq!(for_customer, Ok(()));
            assert_eq!(
                for_own,
                Err(FieldError::new(
                    Field::SupportPlan,
                    Reason::NeedsOwnSupportPlan
                ))
            );
        } else {
            assert_eq!(
                for_customer,
                Err(FieldError::new(
                    Field::SupportPlan,
                    Reason::NotCloudSolutionProvider
                ))
            );
            assert_eq!(for_own, Ok(()));
        }
    }
    let premier = AzureBasicsForm {
        support_plan: "Premier".to_owned(),
        ..valid_basics_form()
    };
    assert_eq!(
        reasons(validate_azure_basics(&premier, &customer_party())),
        [(Field::SupportPlan, Reason::NotCloudSolutionProvider)]
    );
    assert!(validate_azure_basics(&premier, &RequestParty::OwnOrganization).is_ok());
}

#[test]
fn azure_details_are_typed() {
    let details = validate_azure_details(&valid_details_form(), now(), |_| 0).unwrap();
    assert_eq!(details.description, "Since 09:00 no one can connect.");
    assert_eq!(
        details.problem_start,
        Timestamp::parse("2026-11-25T09:00:00Z").unwrap()
    );
    assert_eq!(
        details.severity,
        crate::domain::severity::Severity::Critical
    );
    assert!(details.advanced_diagnostic_consent);
    assert_eq!(details.support_language, SupportLanguage::EnUs);
    let no = AzureDetailsForm {
        advanced_diagnostic_consent: " NO ".to_owned(),
        problem_start: String::new(),
        ..valid_details_form()
    };
    let details = validate_azure_details(&no, now(), |_| 0).unwrap();
    assert!(!details.advanced_diagnostic_consent);
    assert_eq!(details.problem_start, None);
}

#[test]
fn problem_start_must_be_a_past_local_time() {
    let at = |start: &str| AzureDetailsForm {
        problem_start: start.to_owned(),
        ..valid_details_form()
    };
    // 10:15 UTC is now: not in the future.
    assert!(validate_azure_details(&at("2026-11-25T10:15"), now(), |_| 0).is_ok());
    assert_eq!(
        reasons(validate_azure_details(
            &at("2026-11-25T10:16"),
            now(),
            |_| 0
        )),
        [(Field::ProblemStart, Reason::InFuture)]
    );
    // 13:00 in Moscow (UTC+3) is 10:00 UTC: in the past there, in the future in London.
    assert!(validate_azure_details(&at("2026-11-25T13:00"), now(), |_| 180).is_ok());
    assert_eq!(
        reasons(validate_azure_details(
            &at("2026-11-25T13:00"),
            now(),
            |_| 0
        )),
        [(Field::ProblemStart, Reason::InFuture)]
    );
    for bad in [
        // A field with the day typed and not the time: not "not known".
        PROBLEM_START_INCOMPLETE,
        "yesterday",
        "2026-11-25",
        "2026-02-30T10:00",
        "2026-11-25T10:00Z",
    ] {
        assert_eq!(
            reasons(validate_azure_details(&at(bad), now(), |_| 0)),
            [(Field::ProblemStart, Reason::Malformed)],
            "{bad}"
        );
    }
}

#[test]
fn empty_azure_details_report_every_field() {
    let form = AzureDetailsForm {
        support_language: String::new(),
        ..AzureDetailsForm::default()
    };
    assert_eq!(
        reasons(validate_azure_details(&form, now(), |_| 0)),
        [
            (Field::Description, Reason::Missing),
            (Field::Severity, Reason::Missing),
            (Field::AdvancedDiagnosticConsent, Reason::Missing),
            (Field::SupportLanguage, Reason::Missing),
        ]
    );
    let form = AzureDetailsForm {
        advanced_diagnostic_consent: "maybe".to_owned(),
        ..valid_details_form()
    };
    assert_eq!(
        reasons(validate_azure_details(&form, now(), |_| 0)),
        [(Field::AdvancedDiagnosticConsent, Reason::Malformed)]
    );
    assert_eq!(AzureDetailsForm::default().support_language, "en-us");
}

fn own_plan(kind: &str, id: &str) -> OwnSupportPlanForm {
    OwnSupportPlanForm {
        kind: kind.to_owned(),
        id: id.to_owned(),
    }
}

#[test]
fn own_support_plan_ids_are_shape_checked_and_normalised() {
    let ok = |kind: &str, id: &str| validate_own_support_plan(&own_plan(kind, id)).unwrap();
    let mpn = ok("mpn-contract", " 1234-567 ");
    assert_eq!(
        (mpn.kind, mpn.id.as_str()),
        (OwnSupportPlanKind::MpnContract, "1234567")
    );
    assert_eq!(ok("mpn-contract", "123456").id, "123456");
    assert_eq!(ok("mpn-contract", "12 3456 7890").id, "1234567890");
    let premier = ok("premier", "prm-12 345");
    assert_eq!(
        (premier.kind, premier.id.as_str()),
        (OwnSupportPlanKind::Premier, "PRM12345")
    );
    assert_eq!(ok("premier", "ABCDEFGHIJKL").id, "ABCDEFGHIJKL");
    let azure = ok(
        "azure-support-plan",
        "{0F8FAD5B-D9CB-469F-A165-70867728950E}",
    );
    assert_eq!(azure.id, "0f8fad5b-d9cb-469f-a165-70867728950e");
    assert_eq!(
        ok("AZURE-SUPPORT-PLAN", "0f8fad5bd9cb469fa16570867728950e").id,
        azure.id
    );

    let malformed = |kind: &str, id: &str| {
        assert_eq!(
            reasons(validate_own_support_plan(&own_plan(kind, id))),
            [(Field::OwnSupportPlanId, Reason::Malformed)],
            "{kind} {id}"
        );
    };
    malformed("mpn-contract", "12345");
    malformed("mpn-contract", "12345678901");
    malformed("mpn-contract", "12345A7");
    malformed("premier", "ABC123");
    malformed("premier", "ABCDEFGHIJKLM");
    malformed("premier", "ABC_12345");
    malformed("premier", "ÄBCDEFGH");
    malformed("azure-support-plan", "1234567");
}

#[test]
fn own_support_plan_needs_both_answers() {
    assert_eq!(
        reasons(validate_own_support_plan(&OwnSupportPlanForm::default())),
        [
            (Field::OwnSupportPlanKind, Reason::Missing),
            (Field::OwnSupportPlanId, Reason::Missing),
        ]
    );
    assert_eq!(
        reasons(validate_own_support_plan(&own_plan("gold", "1234567"))),
        [(Field::OwnSupportPlanKind, Reason::Malformed)]
    );
    assert_eq!(
        reasons(validate_own_support_plan(&own_plan("premier", " - "))),
        [(Field::OwnSupportPlanId, Reason::Malformed)]
    );
}
