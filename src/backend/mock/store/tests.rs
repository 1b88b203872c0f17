use super::*;
use crate::backend::mock::test_support::{office_request, own_azure_request};
use crate::domain::{Cloud, RequestParty};
use crate::locale::Locale;

const NOW: Timestamp = Timestamp(1_764_065_700_000); // 2025-11-25T10:15:00Z

fn store() -> Store {
    Store::new(&MockOptions::default(), NOW)
}

fn first_customer(store: &Store) -> Customer {
    store.all_customers().remove(0)
}

#[test]
fn seed_has_the_variety_the_demo_needs() {
    let store = store();
    let customers = store.all_customers();
    assert!(customers.len() >= 60, "{}", customers.len());
    let has = |f: &dyn Fn(&Customer) -> bool| customers.iter().any(f);
    assert!(has(&|c| c.company_name == "Рога и копыта"));
    assert!(has(&|c| c
        .company_name
        .chars()
        .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch))));
    assert!(has(
        &|c| c.company_name.contains('ß') && c.company_name.contains('ü')
    ));
    assert!(has(&|c| c.company_name.contains('Ł')), "Polish");
    assert!(has(&|c| c.company_name.contains('ř')), "Czech");
    assert!(
        has(&|c| c.company_name.contains('Æ') || c.company_name.contains('ø')),
        "Nordic"
    );
    assert!(has(&|c| c.company_name.contains("株式会社")), "Japanese");
    assert!(has(
        &|c| c.cloud == Cloud::Germany && c.domains().any(|d| d.ends_with(".de"))
    ));
    assert!(has(&|c| c.primary_domain.ends_with(".onmicrosoft.com")));
    assert!(
        has(&|c| !c.primary_domain.contains("onmicrosoft")),
        "vanity primary domains"
    );
    let mut ids: Vec<_> = customers.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), customers.len(), "ids are unique");

    let no_scope = customers.iter().filter(|c| {
        let subs = store.subscriptions(&c.id).unwrap();
        !subs.is_empty() && subs.iter().all(|s| !s.family.in_scope())
    });
    assert!(no_scope.count() >= 1, "a customer with no in-scope service");
    let all_subs: Vec<_> = customers
        .iter()
        .flat_map(|c| store.subscriptions(&c.id).unwrap())
        .collect();
    for family in ServiceFamily::IN_SCOPE {
        assert!(all_subs.iter().any(|s| s.family == family), "{family:?}");
    }
    assert!(all_subs.iter().any(|s| s.is_trial));
    assert!(all_subs
        .iter()
        .filter(|s| s.family == ServiceFamily::Azure)
        .all(|s| s.azure_subscription_id.is_some()));
    assert!(all_subs
        .iter()
        .any(|s| s.status == crate::domain::SubscriptionStatus::Suspended));
    assert!(all_subs
        .iter()
        .any(|s| s.status == crate::domain::SubscriptionStatus::Deleted));
    let own = store.subscriptions(OWN_ORGANIZATION_ID).unwrap();
    assert!(own.iter().any(|s| s.family == ServiceFamily::Azure));
}

#[test]
fn seed_requests_cover_every_status_family_and_the_own_organization() {
    let mut store = store();
    let requests = store.all_requests();
    for status in [
        RequestStatus::Open,
        RequestStatus::Closed,
        RequestStatus::AttentionNeeded,
    ] {
        assert!(requests.iter().any(|r| r.status == status), "{status:?}");
    }
    for family in ServiceFamily::IN_SCOPE {
        assert!(requests.iter().any(|r| r.family == family), "{family:?}");
    }
    assert!(requests.iter().any(|r| !r.notes.is_empty()));
    assert!(!store
        .customer_requests(OWN_ORGANIZATION_ID)
        .unwrap()
        .is_empty());
    for request in &requests {
        if let Some(id) = &request.customer_id {
            assert!(store.customer(id).is_ok(), "{}", request.id);
        }
        assert_eq!(
            request.closed.is_some(),
            request.status == RequestStatus::Closed,
            "{}",
            request.id
        );
        assert!(request.created <= request.modified && request.modified <= Some(NOW));
        assert!(
            request.id.len() == 15 && request.id.bytes().all(|b| b.is_ascii_digit()),
            "{}",
            request.id
        );
    }
    let created: Vec<_> = requests.iter().map(|r| r.created).collect();
    assert!(created.windows(2).all(|w| w[0] >= w[1]), "newest first");
}

#[test]
fn topic_catalogue_per_family() {
    let store = store();
    let office = store.support_topics(ServiceFamily::Office365, Locale::English);
    assert!((18..=24).contains(&office.len()), "{}", office.len());
    assert!((5..=8).contains(&office.iter().filter(|t| t.common).count()));
    for category in [
        "Exchange Online",
        "SharePoint Online",
        "OneDrive",
        "Identity and access",
        "Billing",
        "Subscription management",
    ] {
        assert!(office.iter().any(|t| t.category == category), "{category}");
    }
    assert!(office.iter().any(|t| t.category.contains("Teams")));
    for family in ServiceFamily::IN_SCOPE {
        let topics = store.support_topics(family, Locale::English);
        assert!(
            topics.len() >= 5 && topics.iter().all(|t| t.family == family),
            "{family:?}"
        );
        assert!(topics.iter().any(|t| t.common));
    }
    assert!(store
        .support_topics(ServiceFamily::OutOfScope, Locale::English)
        .is_empty());
    let mut ids: Vec<_> = ServiceFamily::IN_SCOPE
        .iter()
        .flat_map(|f| store.support_topics(*f, Locale::English))
        .map(|t| t.id)
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "topic ids are unique across families");
}

#[test]
fn the_topic_catalogue_comes_in_russian_with_the_same_ids_and_order() {
    let store = store();
    for family in ServiceFamily::IN_SCOPE {
        let english = store.support_topics(family, Locale::English);
        let russian = store.support_topics(family, Locale::Russian);
        let ids = |topics: &[SupportTopic]| topics.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&russian), ids(&english), "{family:?}");
        for (ru, en) in russian.iter().zip(&english) {
            assert_eq!(ru.common, en.common);
            assert_ne!(ru.name, en.name, "{}", en.name);
            assert!(
                ru.name.chars().any(|c| matches!(c, 'а'..='я')),
                "{}",
                ru.name
            );
        }
    }
    let office = store.support_topics(ServiceFamily::Office365, Locale::Russian);
    let mail = office.first().expect("Office 365 has topics");
    assert_eq!(mail.name, "Поток и доставка почты");
    assert_eq!(mail.category, "Exchange Online");
    let categories: Vec<&str> = office.iter().map(|t| t.category.as_str()).collect();
    assert!(categories.contains(&"Teams и Skype для бизнеса"));
    assert!(categories.contains(&"Выставление счетов"));
    assert!(!categories.contains(&"Billing"));
}

#[test]
fn paging_walks_every_customer_once() {
    let store = store();
    let mut query = CustomerQuery {
        name_prefix: None,
        page_size: 7,
        continuation: None,
    };
    let mut seen = Vec::new();
    loop {
        let page = store.customers_page(&query).unwrap();
        assert_eq!(page.total, Some(store.customer_count() as u32));
        assert!(page.customers.len() <= 7);
        seen.extend(page.customers);
        match page.continuation {
            Some(next) => query.continuation = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, store.all_customers());
    let bad = CustomerQuery {
        continuation: Some("x".into()),
        ..CustomerQuery::default()
    };
    assert!(matches!(
        store.customers_page(&bad),
        Err(BackendError::BadRequest { .. })
    ));
}

#[test]
fn name_prefix_ignores_case_and_accents() {
    let store = store();
    let names = |prefix: &str| -> Vec<String> {
        let query = CustomerQuery {
            name_prefix: Some(prefix.into()),
            ..CustomerQuery::default()
        };
        store
            .customers_page(&query)
            .unwrap()
            .customers
            .into_iter()
            .map(|c| c.company_name)
            .collect()
    };
    assert_eq!(names("muller"), ["Müller & Söhne Straßenbau GmbH"]);
    assert_eq!(names("  РОГА "), ["Рога и копыта"]);
    assert_eq!(names("lodz"), ["Łódzka Spółdzielnia Mleczarska"]);
    assert!(names("contoso").len() >= 2);
    assert!(names("zzzz").is_empty());
}

#[test]
fn the_same_request_id_creates_one_request() {
    let mut store = store();
    let customer = first_customer(&store);
    let before = store.all_requests().len();
    let first = store
        .create(&office_request(&customer.id), "key-1", NOW)
        .unwrap();
    let again = store
        .create(&office_request(&customer.id), "key-1", NOW.plus_hours(1))
        .unwrap();
    assert_eq!(first, again);
    assert_eq!(store.all_requests().len(), before + 1);
    let other = store
        .create(&office_request(&customer.id), "key-2", NOW)
        .unwrap();
    assert_ne!(other.id, first.id);
    assert_eq!(store.all_requests().len(), before + 2);
    assert_eq!(
        first.customer_name.as_deref(),
        Some(customer.company_name.as_str())
    );
    assert_eq!(first.status, RequestStatus::Open);
    assert_eq!(first.created, Some(NOW));
    assert!(
        first.id.starts_with("6251125") && first.id.len() == 15,
        "{}",
        first.id
    );
    assert!(store
        .customer_requests(&customer.id)
        .unwrap()
        .iter()
        .any(|r| r.id == first.id));
}

#[test]
fn a_key_reused_with_other_answers_names_the_request_it_filed() {
    let mut store = store();
    let customer = first_customer(&store);
    let first = store
        .create(&office_request(&customer.id), "key-1", NOW)
        .unwrap();
    let count = store.all_requests().len();
    let mut changed = office_request(&customer.id);
    changed.severity = crate::domain::Severity::Moderate;
    assert_eq!(
        store.create(&changed, "key-1", NOW.plus_hours(1)),
        Err(BackendError::AlreadyFiled {
            request_id: first.id.clone()
        })
    );
    assert_eq!(store.all_requests().len(), count, "nothing new was filed");
    assert_eq!(
        store.request(&first.id).unwrap().severity,
        Some(crate::domain::Severity::Critical),
        "the filed request keeps its answers"
    );
    // The same answers still give the filed request; a new key files the changed one.
    assert_eq!(
        store
            .create(&office_request(&customer.id), "key-1", NOW)
            .unwrap(),
        first
    );
    let second = store.create(&changed, "key-2", NOW).unwrap();
    assert_ne!(second.id, first.id);

    // Across a restore too.
    let mut reloaded = Store::new(&MockOptions::default(), NOW);
    assert!(reloaded.restore(&store.journal_json()));
    assert_eq!(
        reloaded.create(&changed, "key-1", NOW),
        Err(BackendError::AlreadyFiled {
            request_id: first.id.clone()
        })
    );
}

#[test]
fn a_note_key_adds_its_note_once() {
    let mut store = store();
    let id = store.all_requests()[0].id.clone();
    let before = store.request(&id).unwrap().notes.len();
    let added = store
        .add_note(&id, "Restarted.", "nk-1", NOTE_AUTHOR, NOW)
        .unwrap();
    assert_eq!(added.notes.len(), before + 1);
    let again = store
        .add_note(&id, "Restarted.", "nk-1", NOTE_AUTHOR, NOW.plus_hours(1))
        .unwrap();
    assert_eq!(again.notes.len(), before + 1, "a retry adds nothing");
    assert_eq!(again, added);
    assert_eq!(
        store.add_note(&id, "Something else", "nk-1", NOTE_AUTHOR, NOW),
        Err(BackendError::AlreadyFiled {
            request_id: id.clone()
        })
    );
    let other = store
        .add_note(&id, "Restarted.", "nk-2", NOTE_AUTHOR, NOW)
        .unwrap();
    assert_eq!(other.notes.len(), before + 2, "a new key is a new note");

    let mut reloaded = Store::new(&MockOptions::default(), NOW);
    assert!(reloaded.restore(&store.journal_json()));
    assert_eq!(
        reloaded
            .add_note(&id, "Restarted.", "nk-1", NOTE_AUTHOR, NOW)
            .unwrap()
            .notes
            .len(),
        before + 2
    );
}

#[test]
fn an_azure_request_keeps_its_issue_type() {
    let mut store = store();
    let own = store.create(&own_azure_request(), "e", NOW).unwrap();
    assert_eq!(
        own.issue_type,
        Some(crate::domain::IssueType::ServiceAndSubscriptionLimits)
    );
    assert_eq!(own.incident_kind(), own_azure_request().incident_kind());
}

#[test]
fn creation_follows_the_contract_rules() {
    let mut store = store();
    let customer = first_customer(&store);
    let mut no_topic = office_request(&customer.id);
    no_topic.support_topic_id = None;
    assert!(matches!(
        store.create(&no_topic, "a", NOW),
        Err(BackendError::BadRequest { .. })
    ));
    assert_eq!(
        store.create(&office_request("nobody"), "b", NOW),
        Err(BackendError::NotFound)
    );
    let mut no_plan = own_azure_request();
    no_plan.own_support_plan = None;
    assert!(matches!(
        store.create(&no_plan, "c", NOW),
        Err(BackendError::BadRequest { .. })
    ));
    let mut out_of_scope = office_request(&customer.id);
    out_of_scope.family = ServiceFamily::OutOfScope;
    assert!(matches!(
        store.create(&out_of_scope, "d", NOW),
        Err(BackendError::BadRequest { .. })
    ));
    let own = store.create(&own_azure_request(), "e", NOW).unwrap();
    assert_eq!(own.customer_id, None);
    assert!(store
        .customer_requests(OWN_ORGANIZATION_ID)
        .unwrap()
        .iter()
        .any(|r| r.id == own.id));
    assert!(matches!(
        own_azure_request().party,
        RequestParty::OwnOrganization
    ));
}

#[test]
fn created_requests_notes_and_keys_survive_a_restore() {
    let mut store = store();
    let customer = first_customer(&store);
    let created = store
        .create(&office_request(&customer.id), "key-1", NOW)
        .unwrap();
    store
        .add_note(
            &created.id,
            "  Customer confirms.  ",
            "note-1",
            "Иван Петров",
            NOW.plus_hours(1),
        )
        .unwrap();
    let seed_id = store
        .all_requests()
        .iter()
        .find(|r| r.customer_id.is_some() && r.id != created.id)
        .unwrap()
        .id
        .clone();
    let noted = store
        .add_note(
            &seed_id,
            "Any news?",
            "note-2",
            NOTE_AUTHOR,
            NOW.plus_hours(2),
        )
        .unwrap();
    assert_eq!(
        noted.notes.last().map(|n| n.text.as_str()),
        Some("Any news?")
    );
    assert_eq!(noted.modified, Some(NOW.plus_hours(2)));

    let mut reloaded = Store::new(&MockOptions::default(), NOW.plus_hours(3));
    assert!(reloaded.restore(&store.journal_json()));
    let restored = reloaded.request(&created.id).unwrap();
    assert_eq!(restored.notes.len(), 1);
    assert_eq!(restored.notes[0].text, "Customer confirms.");
    assert_eq!(restored.notes[0].created_by_name, "Иван Петров");
    let seed = reloaded.request(&seed_id).unwrap();
    assert_eq!(
        seed.notes.last().map(|n| n.text.as_str()),
        Some("Any news?")
    );
    let count = reloaded.all_requests().len();
    assert_eq!(
        reloaded
            .create(&office_request(&customer.id), "key-1", NOW)
            .unwrap()
            .id,
        created.id
    );
    assert_eq!(
        reloaded.all_requests().len(),
        count,
        "the key still names the request"
    );
}

#[test]
fn a_saved_journal_is_replayed_when_requests_are_first_asked_for() {
    let mut store = store();
    let customer = first_customer(&store);
    let created = store
        .create(&office_request(&customer.id), "key-1", NOW)
        .unwrap();
    let saved = store.journal_json();

    let mut reopened = Store::with_journal(&MockOptions::default(), NOW, Some(saved));
    assert_eq!(reopened.all_customers(), store.all_customers());
    assert_eq!(reopened.request(&created.id).unwrap().title, created.title);
    assert_eq!(reopened.all_requests(), store.all_requests());

    for unreadable in [
        "{not json",
        r#"{"version":99,"created":[],"notes":[],"keys":[]}"#,
    ] {
        let mut fresh =
            Store::with_journal(&MockOptions::default(), NOW, Some(unreadable.to_owned()));
        assert_eq!(
            fresh.all_requests(),
            self::store().all_requests(),
            "{unreadable:?}"
        );
    }
}

#[test]
fn bad_notes_and_journals_change_nothing() {
    let mut store = store();
    let id = store.all_requests()[0].id.clone();
    assert!(matches!(
        store.add_note(&id, "   ", "n", NOTE_AUTHOR, NOW),
        Err(BackendError::BadRequest { .. })
    ));
    assert_eq!(
        store.add_note("nope", "x", "n", NOTE_AUTHOR, NOW),
        Err(BackendError::NotFound)
    );
    let before = store.all_requests();
    for text in [
        "",
        "{not json",
        r#"{"version":99,"created":[],"notes":[],"keys":[]}"#,
        "[1,2,3]",
    ] {
        assert!(!store.restore(text), "{text:?}");
    }
    assert_eq!(store.all_requests(), before);
}

#[test]
fn ten_thousand_generated_customers_are_deterministic() {
    let options = |seed| MockOptions {
        generated_customers: Some(10_000),
        seed,
        ..MockOptions::default()
    };
    let mut a = Store::new(&options(42), NOW);
    let b = Store::new(&options(42), NOW);
    let c = Store::new(&options(43), NOW);
    assert_eq!(a.customer_count(), 10_000);
    assert_eq!(a.all_customers(), b.all_customers());
    assert_ne!(a.all_customers(), c.all_customers());
    let customers = a.all_customers();
    let mut ids: Vec<_> = customers.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 10_000);
    assert!(customers.iter().any(|c| c.cloud == Cloud::Germany));
    assert!(customers.iter().any(|c| c
        .company_name
        .chars()
        .any(|ch| ('\u{0400}'..='\u{04FF}').contains(&ch))));
    let last = customers.last().unwrap();
    assert!(!a.subscriptions(&last.id).unwrap().is_empty());
    // The hand-written customers come first, so their requests stay.
    assert_eq!(a.all_requests().len(), store().all_requests().len());
    let mut few = Store::new(
        &MockOptions {
            generated_customers: Some(3),
            ..MockOptions::default()
        },
        NOW,
    );
    assert_eq!(few.customer_count(), 3);
    let few_requests = few.all_requests();
    assert!(few_requests.iter().all(|r| r
        .customer_id
        .as_ref()
        .is_none_or(|id| few.customer(id).is_ok())));
}

#[test]
fn a_file_filed_with_a_request_is_kept_by_name_and_size_and_its_content_is_not_saved() {
    let mut store = store();
    let mut new = own_azure_request();
    new.attachment = Some(crate::domain::Attachment {
        name: "quota.png".into(),
        size: 2048,
        content_type: "image/png".into(),
        content: Some("aGVsbG8gd29ybGQ=".into()),
    });
    let created = store.create(&new, "key-file", NOW).unwrap();
    let files: Vec<(&str, u64)> = created
        .attachments
        .iter()
        .map(|a| (a.name.as_str(), a.size))
        .collect();
    assert_eq!(files, [("quota.png", 2048)]);
    let saved = store.journal_json();
    assert!(!saved.contains("aGVsbG8"), "the journal keeps no content");
    let mut reopened = Store::with_journal(&MockOptions::default(), NOW, Some(saved));
    assert_eq!(
        reopened.request(&created.id).unwrap().attachments,
        created.attachments
    );
    // The same key with another file is another request's answers.
    new.attachment = Some(crate::domain::Attachment {
        content: Some("b3RoZXI=".into()),
        ..new.attachment.clone().unwrap()
    });
    assert!(matches!(
        store.create(&new, "key-file", NOW),
        Err(BackendError::AlreadyFiled { .. })
    ));
}
