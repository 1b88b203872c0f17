use super::azure_forms::{customer_party, now, valid_basics_form, valid_details_form};
use super::contact_form::valid_contact_form;
use super::*;
use crate::domain::azure::{IssueType, OwnSupportPlan, OwnSupportPlanKind, SupportPlan};
use crate::domain::contact::{Contact, SupportLanguage};
use crate::domain::customer::RequestParty;
use crate::domain::service::ServiceFamily;
use crate::domain::support_topic::SupportTopic;

fn contact() -> Contact {
    validate_contact(&valid_contact_form(), &[]).unwrap()
}

fn request_details() -> RequestDetails {
    validate_details(&DetailsForm {
        title: "Mail stuck".to_owned(),
        description: "Outbound mail is queued.".to_owned(),
        severity: "B".to_owned(),
    })
    .unwrap()
}

fn topic(family: ServiceFamily) -> SupportTopic {
    SupportTopic {
        id: "32444671".to_owned(),
        name: "Mail flow".to_owned(),
        description: "Mail is not delivered".to_owned(),
        category: "Exchange Online".to_owned(),
        family,
        common: true,
    }
}

fn topic_flow(family: ServiceFamily, support_topic: Option<SupportTopic>) -> FlowParts {
    FlowParts::Topic {
        family,
        support_topic,
        details: request_details(),
    }
}

fn azure_flow(party: &RequestParty) -> FlowParts {
    FlowParts::Azure {
        basics: validate_azure_basics(&valid_basics_form(), party).unwrap(),
        details: validate_azure_details(
            &AzureDetailsForm {
                support_language: "ja-jp".to_owned(),
                ..valid_details_form()
            },
            now(),
            |_| 0,
        )
        .unwrap(),
        attachment: None,
    }
}

fn own_plan() -> OwnSupportPlan {
    OwnSupportPlan {
        kind: OwnSupportPlanKind::MpnContract,
        id: "1234567".to_owned(),
    }
}

#[test]
fn builds_a_topic_request_for_a_customer() {
    let request = build_new_request(
        customer_party(),
        contact(),
        topic_flow(
            ServiceFamily::Office365,
            Some(topic(ServiceFamily::Office365)),
        ),
        Some(own_plan()),
    )
    .unwrap();
    assert_eq!(request.party, customer_party());
    assert_eq!(request.family, ServiceFamily::Office365);
    assert_eq!(request.title, "Mail stuck");
    assert_eq!(
        request.severity,
        crate::domain::severity::Severity::Moderate
    );
    assert_eq!(request.support_topic_id.as_deref(), Some("32444671"));
    assert_eq!(request.support_topic_name.as_deref(), Some("Mail flow"));
    assert_eq!(request.contact, contact());
    assert_eq!(request.azure, None);
    // The CSP benefit covers customers: no own plan is sent.
    assert_eq!(request.own_support_plan, None);
}

#[test]
fn a_topic_request_needs_a_topic_of_its_family() {
    assert_eq!(
        reasons(build_new_request(
            customer_party(),
            contact(),
            topic_flow(ServiceFamily::DynamicsCrmOnline, None),
            None
        )),
        [(Field::SupportTopic, Reason::Missing)]
    );
    assert_eq!(
        reasons(build_new_request(
            customer_party(),
            contact(),
            topic_flow(
                ServiceFamily::EnterpriseMobilitySuite,
                Some(topic(ServiceFamily::Office365))
            ),
            None
        )),
        [(Field::SupportTopic, Reason::Malformed)]
    );
    for family in [ServiceFamily::Azure, ServiceFamily::OutOfScope] {
        assert_eq!(
            reasons(build_new_request(
                customer_party(),
                contact(),
                topic_flow(family, Some(topic(family))),
                None
            )),
            [(Field::SupportTopic, Reason::Malformed)]
        );
    }
}

#[test]
fn builds_an_azure_request() {
    let party = customer_party();
    let request = build_new_request(party.clone(), contact(), azure_flow(&party), None).unwrap();
    assert_eq!(request.family, ServiceFamily::Azure);
    assert_eq!(request.title, "RDP to production VM times out");
    assert_eq!(request.description, "Since 09:00 no one can connect.");
    assert_eq!(
        request.severity,
        crate::domain::severity::Severity::Critical
    );
    assert_eq!(request.support_topic_id, None);
    // The language chosen in Additional details wins over the contact step's.
    assert_eq!(request.contact.support_language, SupportLanguage::JaJp);
    let azure = request.azure.unwrap();
    assert_eq!(azure.issue_type, IssueType::Technical);
    assert_eq!(
        azure.azure_subscription_id,
        "42226ed6-070a-4e0f-b80c-4cdfb3e97aa7"
    );
    assert_eq!(azure.service_id, "virtual-machine-windows");
    assert_eq!(azure.problem_type, "cannot-connect");
    assert_eq!(azure.problem_subtype, "rdp");
    assert!(azure.advanced_diagnostic_consent);
    assert_eq!(azure.support_plan, SupportPlan::CloudSolutionProvider);
    assert!(azure.problem_start.is_some());
}

#[test]
fn own_organization_needs_its_own_plan() {
    let own = RequestParty::OwnOrganization;
    let flow = || {
        topic_flow(
            ServiceFamily::Office365,
            Some(topic(ServiceFamily::Office365)),
        )
    };
    assert_eq!(
        reasons(build_new_request(own.clone(), contact(), flow(), None)),
        [(Field::OwnSupportPlanKind, Reason::Missing)]
    );
    let request = build_new_request(own.clone(), contact(), flow(), Some(own_plan())).unwrap();
    assert_eq!(request.own_support_plan, Some(own_plan()));

    // Azure: the CSP plan is refused for the partner's own subscriptions.
    let customer_flow = azure_flow(&customer_party());
    assert_eq!(
        reasons(build_new_request(
            own.clone(),
            contact(),
            customer_flow,
            None
        )),
        [
            (Field::OwnSupportPlanKind, Reason::Missing),
            (Field::SupportPlan, Reason::NeedsOwnSupportPlan),
        ]
    );
    let premier = AzureBasicsForm {
        support_plan: "premier".to_owned(),
        ..valid_basics_form()
    };
    let flow = FlowParts::Azure {
        basics: validate_azure_basics(&premier, &own).unwrap(),
        details: validate_azure_details(&valid_details_form(), now(), |_| 0).unwrap(),
        attachment: None,
    };
    assert!(build_new_request(own.clone(), contact(), flow.clone(), Some(own_plan())).is_ok());
    // The same basics for a customer are refused.
    assert_eq!(
        reasons(build_new_request(customer_party(), contact(), flow, None)),
        [(Field::SupportPlan, Reason::NotCloudSolutionProvider)]
    );
}
