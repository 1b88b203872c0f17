use super::*;
use crate::domain::customer::{Cloud, Customer, Relationship};
use crate::domain::severity::IncidentKind;
use crate::domain::Severity;
use crate::request_flow::test_support::{fields, fields_on, partner_contact, CLOCK};
use crate::request_flow::{errors_so_far, first_incomplete_before};

fn topic(id: &str, family: ServiceFamily) -> SupportTopic {
    SupportTopic {
        id: id.into(),
        name: format!("Topic {id}"),
        description: String::new(),
        category: "Mail".into(),
        family,
        common: true,
    }
}

fn flow(own: bool) -> TopicFlow {
    let customer = Customer {
        id: "c2".into(),
        tenant_id: "c2".into(),
        company_name: "Château Lumière".into(),
        primary_domain: "chateau-lumiere.fr".into(),
        other_domains: Vec::new(),
        relationship: Relationship::Reseller,
        cloud: Cloud::Global,
        country: Some("FR".into()),
    };
    TopicFlow {
        party: Party {
            id: if own { "my-organization" } else { "c2" }.into(),
            name: "Château Lumière".into(),
            customer: (!own).then_some(customer),
        },
        family: ServiceFamily::Office365,
        topics: vec![
            topic("1", ServiceFamily::Office365),
            topic("2", ServiceFamily::Office365),
        ],
    }
}

fn complete(flow: &TopicFlow) -> TopicAnswers {
    TopicAnswers {
        topic_id: "2".into(),
        details: DetailsForm {
            title: "Users cannot receive external mail".into(),
            description: "Since 09:00 CET.".into(),
            severity: "b".into(),
        },
        own_plan: if flow.party.is_own_organization() {
            OwnSupportPlanForm {
                kind: "premier".into(),
                id: "abc1234".into(),
            }
        } else {
            OwnSupportPlanForm::default()
        },
        ..flow.fresh_answers(&partner_contact())
    }
}

#[test]
fn complete_answers_build_a_request_with_the_topic() {
    let flow = flow(false);
    let request = flow.build(&complete(&flow), CLOCK).unwrap();
    assert_eq!(request.support_topic_id.as_deref(), Some("2"));
    assert_eq!(request.support_topic_name.as_deref(), Some("Topic 2"));
    assert_eq!(request.severity, Severity::Moderate);
    assert_eq!(request.incident_kind(), IncidentKind::CriticalTechnical);
    assert!(request.own_support_plan.is_none());
}

#[test]
fn every_error_of_empty_answers_is_on_the_step_that_asks_for_it() {
    for own in [false, true] {
        let flow = flow(own);
        let errors = flow.build(&TopicAnswers::default(), CLOCK).unwrap_err();
        let on = |step| fields_on::<TopicFlow>(&errors, step);
        assert_eq!(on(TopicStep::Topic), [Field::SupportTopic]);
        let mut details = vec![Field::Title, Field::Description, Field::Severity];
        if own {
            details.splice(0..0, [Field::OwnSupportPlanKind, Field::OwnSupportPlanId]);
        }
        assert_eq!(on(TopicStep::Details), details, "own: {own}");
        assert_eq!(
            on(TopicStep::Contact),
            [
                Field::FirstName,
                Field::LastName,
                Field::Email,
                Field::Country,
                Field::TimeZone
            ]
        );
        assert!(on(TopicStep::Review).is_empty());
    }
}

#[test]
fn a_topic_must_be_one_of_the_familys() {
    let flow = flow(false);
    let mut answers = complete(&flow);
    answers.topic_id = "99".into();
    assert_eq!(
        fields(&errors_so_far(&flow, &answers, TopicStep::Topic, CLOCK)),
        [Field::SupportTopic]
    );
    assert_eq!(
        first_incomplete_before(&flow, &answers, TopicStep::Details, CLOCK),
        Some(TopicStep::Topic)
    );
    answers.topic_id = " 1 ".into();
    assert!(flow.build(&answers, CLOCK).is_ok());
}

#[test]
fn the_contact_must_be_the_partners_own() {
    let flow = flow(false);
    let mut answers = complete(&flow);
    answers.contact.email = "anna@Chateau-Lumiere.fr".into();
    assert_eq!(
        fields(&errors_so_far(&flow, &answers, TopicStep::Contact, CLOCK)),
        [Field::Email]
    );
    assert_eq!(
        first_incomplete_before(&flow, &answers, TopicStep::Contact, CLOCK),
        None
    );
    assert_eq!(
        first_incomplete_before(&flow, &answers, TopicStep::Review, CLOCK),
        Some(TopicStep::Contact)
    );
}
