use super::test_support::office_request;
use super::*;
use crate::config::{FaultKind, MockCall, MockFault};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// Drives a future that never waits (natively the mock's sleep returns at once).
fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
}

#[test]
fn failure_injection_is_deterministic_and_follows_the_rate() {
    let draws = |seed| {
        (1..=1_000)
            .map(|call| injected_failure(seed, call, 0.3))
            .collect::<Vec<_>>()
    };
    assert_eq!(draws(7), draws(7));
    assert_ne!(draws(7), draws(8));
    let failures = draws(7).into_iter().filter(|f| *f).count();
    assert!((230..=370).contains(&failures), "{failures}");
    assert!(!(1..=1_000).any(|call| injected_failure(7, call, 0.0)));
    assert!((1..=1_000).all(|call| injected_failure(7, call, 1.0)));
}

#[test]
fn injected_failures_are_busy_errors() {
    let backend = MockBackend::with_storage(
        MockOptions {
            failure_rate: 1.0,
            ..MockOptions::default()
        },
        Storage::Nowhere,
    );
    let error = block_on(backend.all_service_requests()).unwrap_err();
    assert!(matches!(error, BackendError::Busy { status: 503, .. }));
    assert!(error.is_retryable());
}

#[test]
fn a_re_created_backend_sees_what_was_saved() {
    let storage = Storage::Memory(Default::default());
    let backend = MockBackend::with_storage(MockOptions::default(), storage.clone());
    let customer = block_on(backend.all_customers()).unwrap().remove(0);
    let created =
        block_on(backend.create_service_request(&office_request(&customer.id), "k")).unwrap();
    block_on(backend.add_note(&created.id, "Saved?", "n1")).unwrap();

    let again = MockBackend::with_storage(MockOptions::default(), storage.clone());
    let found = block_on(again.service_request(&created.id)).unwrap();
    assert_eq!(found.notes.last().map(|n| n.text.as_str()), Some("Saved?"));
    let count = block_on(again.all_service_requests()).unwrap().len();
    block_on(again.create_service_request(&office_request(&customer.id), "k")).unwrap();
    assert_eq!(block_on(again.all_service_requests()).unwrap().len(), count);

    // A corrupt document is ignored, and the next save replaces it.
    storage.save(STORAGE_KEY, "{corrupt");
    let fresh = MockBackend::with_storage(MockOptions::default(), storage.clone());
    assert_eq!(
        block_on(fresh.service_request(&created.id)),
        Err(BackendError::NotFound)
    );
}

#[test]
fn backend_dispatches_to_the_mock() {
    let backend = crate::backend::Backend::from_config(
        &crate::config::BackendChoice::Mock(MockOptions::default()),
        "en-US",
    );
    backend.set_access_token(Some("ignored".into()));
    let page = block_on(backend.customers(&CustomerQuery {
        page_size: 10,
        ..CustomerQuery::default()
    }))
    .unwrap();
    assert_eq!(page.customers.len(), 10);
    assert!(page.continuation.is_some());
    let topics = block_on(backend.support_topics(ServiceFamily::Azure)).unwrap();
    assert!(!topics.is_empty());
    // Named in the partner's language, as Partner Center names them.
    assert_eq!(
        topics[0].name,
        "Virtual machine not starting or not reachable"
    );
    backend.set_locale("ru-RU");
    let russian = block_on(backend.support_topics(ServiceFamily::Azure)).unwrap();
    assert_eq!(
        russian[0].name,
        "Виртуальная машина не запускается или недоступна"
    );
    assert_eq!(russian[0].id, topics[0].id);
    backend.set_locale("de-DE");
    let other = block_on(backend.support_topics(ServiceFamily::Azure)).unwrap();
    assert_eq!(other[0].name, topics[0].name);
}

#[test]
fn demo_topics_say_their_name_and_category_once() {
    let backend = MockBackend::with_storage(MockOptions::default(), Storage::Nowhere);
    for locale in ["en-GB", "ru-RU"] {
        backend.set_locale(locale);
        for family in ServiceFamily::ALL {
            for topic in block_on(backend.support_topics(family)).unwrap() {
                assert!(!topic.name.is_empty() && !topic.category.is_empty());
                assert!(
                    !topic.description.contains(&topic.name)
                        && !topic.description.contains(&topic.category),
                    "{topic:?}"
                );
            }
        }
    }
}

fn with_faults(faults: Vec<MockFault>, retry: RetryPolicy) -> MockBackend {
    MockBackend::with_retry(
        MockOptions {
            faults,
            ..MockOptions::default()
        },
        Storage::Memory(Default::default()),
        retry,
    )
}

fn fault(call: MockCall, kind: FaultKind, times: u32) -> MockFault {
    MockFault {
        call,
        kind,
        times,
        retry_after: Some(1),
    }
}

#[test]
fn a_lost_answer_is_retried_with_the_same_key_and_files_once() {
    let backend = with_faults(
        vec![fault(MockCall::Create, FaultKind::Timeout, 1)],
        RetryPolicy::default(),
    );
    let customer = block_on(backend.all_customers()).unwrap().remove(0);
    let before = block_on(backend.all_service_requests()).unwrap().len();
    let created =
        block_on(backend.create_service_request(&office_request(&customer.id), "k")).unwrap();
    let after = block_on(backend.all_service_requests()).unwrap();
    assert_eq!(after.len(), before + 1, "the retry found the request filed");
    assert!(after.iter().any(|r| r.id == created.id));
}

#[test]
fn injected_faults_fail_their_calls_then_stop() {
    let backend = with_faults(
        vec![
            fault(MockCall::Customer, FaultKind::RateLimited, 2),
            fault(MockCall::Topics, FaultKind::Network, 1),
            fault(MockCall::Request, FaultKind::Malformed, 1),
            fault(MockCall::Subscriptions, FaultKind::ServerError, 1),
        ],
        RetryPolicy::ONCE,
    );
    let customer = block_on(backend.all_customers()).unwrap().remove(0);
    for _ in 0..2 {
        assert_eq!(
            block_on(backend.customer(&customer.id)),
            Err(BackendError::Busy {
                status: 429,
                retry_after_secs: Some(1)
            })
        );
    }
    assert!(block_on(backend.customer(&customer.id)).is_ok());
    assert_eq!(
        block_on(backend.support_topics(ServiceFamily::Office365)),
        Err(BackendError::Network)
    );
    assert!(matches!(
        block_on(backend.service_request("x")),
        Err(BackendError::Unreadable(_))
    ));
    assert_eq!(
        block_on(backend.subscriptions(&customer.id)),
        Err(BackendError::Server {
            status: 500,
            message: None
        })
    );
    assert!(block_on(backend.subscriptions(&customer.id)).is_ok());
}

#[test]
fn a_refused_create_files_nothing() {
    let backend = with_faults(
        vec![fault(MockCall::Create, FaultKind::Network, 5)],
        RetryPolicy::default(),
    );
    let customer = block_on(backend.all_customers()).unwrap().remove(0);
    let before = block_on(backend.all_service_requests()).unwrap().len();
    assert_eq!(
        block_on(backend.create_service_request(&office_request(&customer.id), "k")),
        Err(BackendError::Network)
    );
    assert_eq!(
        block_on(backend.all_service_requests()).unwrap().len(),
        before
    );
}

#[test]
fn a_second_tab_sees_what_the_first_filed_and_never_files_it_again() {
    let storage = Storage::Memory(Default::default());
    let first = MockBackend::with_storage(MockOptions::default(), storage.clone());
    let second = MockBackend::with_storage(MockOptions::default(), storage.clone());
    let customer = block_on(first.all_customers()).unwrap().remove(0);
    let before = block_on(second.all_service_requests()).unwrap().len();
    let created =
        block_on(first.create_service_request(&office_request(&customer.id), "shared")).unwrap();
    let again =
        block_on(second.create_service_request(&office_request(&customer.id), "shared")).unwrap();
    assert_eq!(again.id, created.id);
    assert_eq!(
        block_on(second.all_service_requests()).unwrap().len(),
        before + 1
    );
    block_on(second.add_note(&created.id, "From the second tab", "n")).unwrap();
    let seen = block_on(first.service_request(&created.id)).unwrap();
    assert_eq!(
        seen.notes.last().map(|n| n.text.as_str()),
        Some("From the second tab")
    );
}
