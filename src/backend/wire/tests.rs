//! The documented Partner Center examples (tests/fixtures) and the lenient cases.

use super::*;
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::{Cloud, Relationship, RequestStatus, Severity, SubscriptionStatus, Timestamp};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn at(iso: &str) -> Option<Timestamp> {
    Timestamp::parse(iso).unwrap()
}

#[test]
fn customer_list_example() {
    let page = customer_page(&fixture("customers.json")).unwrap();
    assert_eq!(page.total, Some(2));
    assert_eq!(page.continuation, None);
    let ids: Vec<_> = page.customers.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "b44bb1fb-c595-45b0-9e09-d657365580bf",
            "45c44870-ef77-4fdd-b6fe-3dacb075cff2"
        ]
    );
    let first = &page.customers[0];
    assert_eq!(first.company_name, "companyName");
    assert_eq!(first.primary_domain, "domain");
    assert_eq!(first.tenant_id, "<guid>");
    assert_eq!(first.relationship, Relationship::Reseller);
    assert_eq!(first.cloud, Cloud::Global);
    assert_eq!(first.country, None);
}

#[test]
fn customer_by_id_example_has_country_and_domains() {
    let c = customer(&fixture("customer.json")).unwrap();
    assert_eq!(c.id, "eebd1b55-5360-4438-a11d-5c06918c3014");
    assert_eq!(c.company_name, "1kl as kjk");
    assert_eq!(c.primary_domain, "abcdefgh1234.ccsctp.net");
    assert!(
        c.other_domains.is_empty(),
        "the primary domain is not repeated"
    );
    assert_eq!(c.country.as_deref(), Some("US"));
}

#[test]
fn subscriptions_example_without_offer_name() {
    let subs = subscriptions(&fixture("customer-subscriptions.json")).unwrap();
    assert_eq!(subs.len(), 1);
    let s = &subs[0];
    assert_eq!(s.id, "83ef9d05-4169-4ef9-9657-0e86b1eab1de");
    assert_eq!(s.friendly_name, "nickname");
    assert_eq!(s.offer_name, "nickname");
    assert_eq!(s.status, SubscriptionStatus::Active);
    assert_eq!(s.billing_type.as_deref(), Some("none"));
    assert_eq!(s.family, ServiceFamily::OutOfScope);
    assert_eq!(
        s.azure_subscription_id, None,
        "an entitlement is an Azure id only for Azure"
    );
}

#[test]
fn azure_and_add_on_subscriptions() {
    let list = |name: &str| format!(r#"{{"totalCount":1,"items":[{}]}}"#, fixture(name));
    let azure = &subscriptions(&list("subscription-azure.json")).unwrap()[0];
    assert_eq!(azure.family, ServiceFamily::Azure);
    assert_eq!(azure.offer_id, "MS-AZR-0145P");
    assert_eq!(
        azure.azure_subscription_id.as_deref(),
        Some("42226ED6-070A-4E0F-B80C-4CDFB3E97AA7")
    );
    let add_on = &subscriptions(&list("subscription-addon.json")).unwrap()[0];
    assert_eq!(add_on.family, ServiceFamily::Office365);
    assert_eq!(add_on.friendly_name, "Some friendly name");
    assert!(!add_on.is_trial);
}

#[test]
fn service_request_by_id_example() {
    let r = service_request(&fixture("service-request.json")).unwrap();
    assert_eq!(r.id, "616122292874576");
    assert_eq!(r.title, "TrialSR");
    assert_eq!(r.severity, Some(Severity::Critical));
    assert_eq!(r.status, RequestStatus::Open);
    assert_eq!(r.support_topic_id.as_deref(), Some("32444671"));
    assert_eq!(
        r.support_topic_name.as_deref(),
        Some("Cannot manage my profile")
    );
    assert_eq!(r.product_id.as_deref(), Some("15960"));
    assert_eq!(r.customer_id, None);
    assert_eq!(r.customer_name.as_deref(), Some("TEST_TEST_BugBash1"));
    assert_eq!(r.created, at("2016-12-22T20:31:17.240Z"));
    assert_eq!(r.modified, at("2017-01-09T23:31:15.373Z"));
    assert_eq!(r.closed, None, "0001-01-01T00:00:00 is not set");
    assert_eq!(r.notes.len(), 1);
    assert_eq!(r.notes[0].text, "Sample Note");
    assert_eq!(r.notes[0].created_by_name, "Account");
    assert_eq!(
        r.notes[0].created_date,
        at("2017-01-09T23:31:15.373Z"),
        "no Z means UTC"
    );
}

#[test]
fn created_service_request_example() {
    let r = service_request(&fixture("service-request-created.json")).unwrap();
    assert_eq!(r.status, RequestStatus::None);
    assert_eq!(r.created, None);
    assert_eq!(r.country_code.as_deref(), Some("US"));
    let contact = r.primary_contact.unwrap();
    assert_eq!(
        contact.contact_id.as_deref(),
        Some("bb4ebcf5-d84c-4b35-8469-f4cfa4ac909e")
    );
    assert_eq!(contact.first_name, "");
    assert_eq!(contact.last_name, "Account");
    assert_eq!(contact.email, "admin@testtestbugbash1.onmicrosoft.com");
    assert_eq!(contact.phone_number.as_deref(), Some("2066017143"));
}

#[test]
fn customer_service_requests_with_integer_enums() {
    let customer = "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";
    let list =
        service_requests(&fixture("customer-service-requests.json"), Some(customer)).unwrap();
    assert_eq!(list.len(), 1);
    let r = &list[0];
    assert_eq!(r.id, "615112491169010");
    assert_eq!(r.severity, None, "0 is unknown");
    assert_eq!(r.status, RequestStatus::Open, "1 is open");
    assert_eq!(
        r.customer_id.as_deref(),
        Some(customer),
        "the route names the customer"
    );
    assert_eq!(r.created, at("2015-11-24T01:07:00.863Z"));
    assert_eq!(r.modified, at("2015-11-24T01:17:10.610Z"));
    assert_eq!(
        r.primary_contact.as_ref().map(|c| c.first_name.as_str()),
        Some("FirstName")
    );
    let own = service_requests(
        &fixture("customer-service-requests.json"),
        Some(OWN_ORGANIZATION_ID),
    )
    .unwrap();
    assert_eq!(
        own[0].customer_id, None,
        "the partner's own requests have no customer"
    );
}

#[test]
fn support_topics_with_numeric_ids() {
    let topics = support_topics(&fixture("support-topics.json"), ServiceFamily::Office365).unwrap();
    let ids: Vec<_> = topics.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["32444667", "32444671"]);
    assert_eq!(topics[0].name, "Partner Center Issues");
    assert!(topics
        .iter()
        .all(|t| t.family == ServiceFamily::Office365 && !t.common && t.category.is_empty()));
}

#[test]
fn topics_of_other_families_are_left_out() {
    let text = r#"{"items":[{"id":1,"name":"A","family":"azure"},{"id":"2","name":"B","family":"office365","common":true,"category":"Billing"},{"id":3,"name":"C"}]}"#;
    let topics = support_topics(text, ServiceFamily::Office365).unwrap();
    let names: Vec<_> = topics.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["B", "C"]);
    assert!(topics[0].common);
    assert_eq!(topics[0].category, "Billing");
}

#[test]
fn pascal_case_request_examples_read_like_responses() {
    // Microsoft's request examples are PascalCase with nulls everywhere.
    let r = service_request(
        &fixture("create-service-request.request.json").replace("\"Id\": null", "\"Id\": \"1\""),
    )
    .unwrap();
    assert_eq!(r.title, "TrialSR");
    assert_eq!(r.severity, Some(Severity::Critical));
    assert_eq!(r.support_topic_id.as_deref(), Some("32444671"));
    assert_eq!(r.support_topic_name, None);
    assert_eq!(r.notes, []);
}

#[test]
fn our_extensions_are_read() {
    let text = r#"{"id":"6251103000010001","title":"Mail","severity":"Critical","status":"attention_needed",
        "productName":"Office 365","customerId":"c-1","customerName":"Рога и копыта",
        "createdDate":"2025-11-03T08:15:00+01:00","lastClosedDate":"0001-01-01T00:00:00",
        "notes":[{"text":""},{"text":"x","createdDate":"nonsense"},42]}"#;
    let r = service_request(text).unwrap();
    assert_eq!(r.family, ServiceFamily::Office365);
    assert_eq!(r.status, RequestStatus::AttentionNeeded);
    assert_eq!(r.customer_id.as_deref(), Some("c-1"));
    assert_eq!(r.customer_name.as_deref(), Some("Рога и копыта"));
    assert_eq!(r.created, at("2025-11-03T07:15:00Z"));
    assert_eq!(r.notes.len(), 1, "blank and malformed notes are left out");
    assert_eq!(r.notes[0].created_date, None);

    let page = customer_page(
        r#"{"totalCount":"3","continuationToken":"b2Zmc2V0OjI=","items":[
            {"id":"g","companyProfile":{"domain":"x.onmicrosoft.de","companyName":"Müller"},"cloud":"Germany",
             "customDomains":["x.de","X.DE","x.onmicrosoft.de"],"relationshipToPartner":"Advisor"},
            {"companyProfile":{"companyName":"no id"}}, "junk"]}"#,
    )
    .unwrap();
    assert_eq!(page.total, Some(3));
    assert_eq!(page.continuation.as_deref(), Some("b2Zmc2V0OjI="));
    assert_eq!(page.customers.len(), 1, "items without an id are left out");
    let c = &page.customers[0];
    assert_eq!(c.cloud, Cloud::Germany);
    assert_eq!(c.other_domains, ["x.de"]);
    assert_eq!(c.relationship, Relationship::Advisor);
    assert_eq!(c.tenant_id, "g");
}

#[test]
fn unknown_values_do_not_sink_the_item() {
    let text = r#"{"items":[{"id":"1","severity":"catastrophic","status":"escalated","createdDate":12,"notes":"n/a"}]}"#;
    let r = &service_requests(text, None).unwrap()[0];
    assert_eq!(
        (r.severity, r.status, r.created),
        (None, RequestStatus::None, None)
    );
    let subs = subscriptions(r#"{"items":[{"id":"s","status":"frozen","offerName":"Office 365 E1"},{"id":"t","status":3}]}"#).unwrap();
    assert_eq!(subs[0].status, SubscriptionStatus::Unknown);
    assert_eq!(subs[1].status, SubscriptionStatus::Suspended);
    let c = customer(r#"{"id":"x","relationshipToPartner":"distributor"}"#).unwrap();
    assert_eq!(c.relationship, Relationship::Other("distributor".into()));
    assert_eq!(c.company_name, "x");
}

#[test]
fn what_cannot_be_read_is_unreadable() {
    for text in [
        "",
        "{",
        "null",
        "[]",
        "\"text\"",
        r#"{"code":1,"description":"x"}"#,
        r#"{"items":{}}"#,
    ] {
        assert!(
            matches!(subscriptions(text), Err(BackendError::Unreadable(_))),
            "{text:?}"
        );
    }
    assert!(matches!(
        service_request(r#"{"title":"no id"}"#),
        Err(BackendError::Unreadable(_))
    ));
    assert!(matches!(
        customer("<html></html>"),
        Err(BackendError::Unreadable(_))
    ));
}

#[test]
fn create_body_is_camel_case_with_extensions() {
    use crate::domain::*;
    let request = NewServiceRequest {
        party: RequestParty::OwnOrganization,
        family: ServiceFamily::Azure,
        title: "VM".into(),
        description: "Down".into(),
        severity: Severity::Moderate,
        support_topic_id: None,
        support_topic_name: None,
        contact: Contact {
            first_name: "Anna".into(),
            last_name: "Schmidt".into(),
            email: "anna@partner.example".into(),
            phone: None,
            country: "DEU".into(),
            time_zone: "Europe/Berlin".into(),
            support_language: SupportLanguage::DeDe,
            preferred_contact_method: ContactMethod::Email,
        },
        azure: Some(AzureDetails {
            issue_type: IssueType::Technical,
            azure_subscription_id: "sub".into(),
            service_id: "vm".into(),
            problem_type: "boot".into(),
            problem_subtype: String::new(),
            problem_start: at("2025-11-03T08:15:00Z"),
            advanced_diagnostic_consent: true,
            support_plan: SupportPlan::CloudSolutionProvider,
        }),
        own_support_plan: Some(OwnSupportPlan {
            kind: OwnSupportPlanKind::MpnContract,
            id: "1234567".into(),
        }),
        attachment: None,
    };
    let body = create_body(&request);
    assert_eq!(body["customerId"], "my-organization");
    assert_eq!(body["severity"], "moderate");
    assert_eq!(body["productName"], "Microsoft Azure");
    assert_eq!(body["primaryContact"]["email"], "anna@partner.example");
    assert_eq!(body["contact"]["supportLanguage"], "de-de");
    assert_eq!(body["azureDetails"]["issueType"], "technical");
    assert_eq!(
        body["azureDetails"]["problemStartTime"],
        "2025-11-03T08:15:00Z"
    );
    assert_eq!(body["azureDetails"]["advancedDiagnosticConsent"], "Yes");
    assert_eq!(body["azureDetails"]["supportPlan"], "cloudSolutionProvider");
    assert_eq!(body["ownSupportPlan"]["kind"], "mpnContract");
    assert_eq!(body["attachment"], serde_json::Value::Null);
    assert_eq!(note_body("hi").to_string(), r#"{"NewNote":{"Text":"hi"}}"#);

    let with_file = NewServiceRequest {
        attachment: Some(Attachment {
            name: "Снимок экрана.png".into(),
            size: 4,
            content_type: "image/png".into(),
            content: Some("iVBORw==".into()),
        }),
        ..request
    };
    assert_eq!(
        create_body(&with_file)["attachment"],
        serde_json::json!({
            "fileName": "Снимок экрана.png",
            "contentType": "image/png",
            "size": 4,
            "content": "iVBORw==",
        })
    );
}

#[test]
fn the_files_filed_with_a_request_are_read_by_name_and_size() {
    let text = r#"{"id":"6251","attachments":[
        {"fileName":"boot.png","size":14541,"contentType":"image/png"},
        {"fileName":"trace.har","size":"2048"},
        {"size":12}, "junk"]}"#;
    let r = service_request(text).unwrap();
    let files: Vec<(&str, u64, &str)> = r
        .attachments
        .iter()
        .map(|a| (a.name.as_str(), a.size, a.content_type.as_str()))
        .collect();
    assert_eq!(
        files,
        [("boot.png", 14541, "image/png"), ("trace.har", 2048, "")],
        "a file without a name is left out"
    );
    assert!(r.attachments.iter().all(|a| a.content.is_none()));
    assert!(service_request(r#"{"id":"6252","attachments":"none"}"#)
        .unwrap()
        .attachments
        .is_empty());
}
