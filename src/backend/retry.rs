//! When to try a call again, and how long to wait first (quality.md: only network errors,
//! timeouts, 408, 429, 502, 503, 504; capped exponential backoff with jitter; at most three
//! attempts; honour `Retry-After`), and the one loop that does it, for both backends; it tells
//! the frame's notice ([`watch_retries`]) while a long wait is taken.

use crate::backend::{platform, BackendError};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

/// What the partner is told while a call is tried again after a wait worth saying (the service
/// said it was busy and how long to wait, or did not answer in time): the attempt that comes
/// next, of how many.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retrying {
    /// The service said it was busy; else it did not answer in time.
    pub busy: bool,
    pub attempt: u32,
    pub of: u32,
}

type Watcher = Rc<dyn Fn(Option<Retrying>)>;

thread_local! {
    static WATCHER: RefCell<Option<Watcher>> = const { RefCell::new(None) };
    static CALLS_RETRYING: Cell<u32> = const { Cell::new(0) };
}

/// Tells `watcher` of every retry worth saying, and `None` once no call is being tried again
/// (it succeeded, failed for good, or its page was left). One watcher: the frame's notice.
pub fn watch_retries(watcher: impl Fn(Option<Retrying>) + 'static) {
    WATCHER.with(|w| *w.borrow_mut() = Some(Rc::new(watcher)));
}

fn tell(notice: Option<Retrying>) {
    // Taken out first, so that a watcher may call `watch_retries` itself.
    if let Some(watcher) = WATCHER.with(|w| w.borrow().clone()) {
        watcher(notice);
    }
}

/// One call being tried again, while it lives; the last to end takes the notice down.
struct CallRetrying;

impl CallRetrying {
    fn start() -> CallRetrying {
        CALLS_RETRYING.with(|n| n.set(n.get().saturating_add(1)));
        CallRetrying
    }
}

impl Drop for CallRetrying {
    fn drop(&mut self) {
        let left = CALLS_RETRYING.with(|n| {
            n.set(n.get().saturating_sub(1));
            n.get()
        });
        if left == 0 {
            tell(None);
        }
    }
}

/// Whether the wait before trying `error`'s call again is long enough to say so: the service
/// asked for a wait of a second or more, or the attempt ran out of time (a timeout, or a
/// gateway's).
fn worth_saying(error: &BackendError) -> Option<bool> {
    match error {
        BackendError::Busy {
            retry_after_secs: Some(secs),
            ..
        } if *secs >= 1 => Some(true),
        BackendError::Timeout | BackendError::Server { status: 504, .. } => Some(false),
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// Backoff before the second attempt; doubled for each later one.
    pub base_delay_ms: u32,
    pub max_delay_ms: u32,
    /// A longer `Retry-After` is not waited out: the partner is told when to try again.
    pub max_retry_after_secs: u32,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay_ms: 400,
            max_delay_ms: 4_000,
            max_retry_after_secs: 10,
        }
    }
}

impl RetryPolicy {
    /// One attempt, never a retry (tests that count calls).
    pub const ONCE: RetryPolicy = RetryPolicy {
        max_attempts: 1,
        base_delay_ms: 0,
        max_delay_ms: 0,
        max_retry_after_secs: 0,
    };

    /// Runs `attempt` until it succeeds or the policy gives up, waiting in between. Every
    /// attempt is the same call: a create or a note carries the same idempotency key each time.
    /// Dropping the future stops the retries (a page that is left cancels its loads).
    pub async fn run<T, F, Fut>(&self, mut attempt: F) -> Result<T, BackendError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, BackendError>>,
    {
        let mut number = 1;
        // Held from the first retry said until the call ends, however it ends.
        let mut said: Option<CallRetrying> = None;
        loop {
            let error = match attempt().await {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            match self.next_wait(number, &error, &mut said) {
                Some(delay_ms) => {
                    platform::sleep(delay_ms).await;
                    number += 1;
                }
                None => return Err(error),
            }
        }
    }

    /// The wait before trying again after attempt `number` failed with `error`, said to the
    /// partner when it is worth saying. Apart from `run`, which has a copy for every call.
    #[inline(never)]
    fn next_wait(
        &self,
        number: u32,
        error: &BackendError,
        said: &mut Option<CallRetrying>,
    ) -> Option<u32> {
        let delay_ms = self.delay_before_retry(number, error, platform::random())?;
        if let Some(busy) = worth_saying(error) {
            said.get_or_insert_with(CallRetrying::start);
            tell(Some(Retrying {
                busy,
                attempt: number + 1,
                of: self.max_attempts,
            }));
        }
        Some(delay_ms)
    }

    /// The wait before the next attempt after attempt number `attempt` (1-based) failed with
    /// `error`, or `None` to give up. `jitter` is a random number in `[0, 1)`.
    pub fn delay_before_retry(
        &self,
        attempt: u32,
        error: &BackendError,
        jitter: f64,
    ) -> Option<u32> {
        if attempt >= self.max_attempts || !error.is_retryable() {
            return None;
        }
        let jitter = jitter.clamp(0.0, 1.0);
        if let BackendError::Busy {
            retry_after_secs: Some(secs),
            ..
        } = error
        {
            if *secs > self.max_retry_after_secs {
                return None;
            }
            // The server's wait, plus a little so that clients do not all come back at once.
            return Some(
                secs.saturating_mul(1_000)
                    .saturating_add((jitter * 250.0) as u32),
            );
        }
        let exponential = self
            .base_delay_ms
            .saturating_mul(
                1u32.checked_shl(attempt.saturating_sub(1))
                    .unwrap_or(u32::MAX),
            )
            .min(self.max_delay_ms);
        // "Equal jitter": half fixed, half random.
        Some(exponential / 2 + (f64::from(exponential / 2) * jitter) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUSY: BackendError = BackendError::Busy {
        status: 503,
        retry_after_secs: None,
    };

    /// Drives a future that never waits (natively the sleep returns at once).
    fn block_on<F: Future>(future: F) -> F::Output {
        use std::task::{Context, Poll, Waker};
        let mut future = std::pin::pin!(future);
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
                return value;
            }
        }
    }

    #[test]
    fn run_retries_transient_errors_then_gives_the_last_one() {
        let attempts = std::cell::Cell::new(0);
        let result: Result<(), _> = block_on(RetryPolicy::default().run(|| {
            attempts.set(attempts.get() + 1);
            async { Err(BUSY) }
        }));
        assert_eq!(result, Err(BUSY));
        assert_eq!(attempts.get(), 3);

        attempts.set(0);
        let result = block_on(RetryPolicy::default().run(|| {
            attempts.set(attempts.get() + 1);
            let n = attempts.get();
            async move {
                if n < 2 {
                    Err(BackendError::Timeout)
                } else {
                    Ok(n)
                }
            }
        }));
        assert_eq!(result, Ok(2));

        attempts.set(0);
        let result: Result<(), _> = block_on(RetryPolicy::default().run(|| {
            attempts.set(attempts.get() + 1);
            async { Err(BackendError::NotFound) }
        }));
        assert_eq!(result, Err(BackendError::NotFound));
        assert_eq!(attempts.get(), 1, "a refusal is final");

        attempts.set(0);
        let _ = block_on(RetryPolicy::ONCE.run(|| {
            attempts.set(attempts.get() + 1);
            async { Err::<(), _>(BUSY) }
        }));
        assert_eq!(attempts.get(), 1);
    }

    /// Runs the default policy over a call that answers `outcomes` in turn.
    fn answered<T>(outcomes: Vec<Result<T, BackendError>>) -> Result<T, BackendError> {
        let outcomes = RefCell::new(std::collections::VecDeque::from(outcomes));
        block_on(RetryPolicy::default().run(|| {
            let next = outcomes
                .borrow_mut()
                .pop_front()
                .unwrap_or(Err(BackendError::Network));
            async move { next }
        }))
    }

    #[test]
    fn a_long_wait_is_said_until_the_call_ends() {
        let told = Rc::new(RefCell::new(Vec::new()));
        let log = told.clone();
        watch_retries(move |notice| log.borrow_mut().push(notice));
        let busy = |secs| BackendError::Busy {
            status: 503,
            retry_after_secs: Some(secs),
        };
        let result: Result<(), _> =
            answered(vec![Err(busy(0)), Err(busy(2)), Err(BackendError::Timeout)]);
        assert_eq!(result, Err(BackendError::Timeout));
        let retrying = |busy, attempt| Retrying {
            busy,
            attempt,
            of: 3,
        };
        // The wait of 0 s is not said; the one of 2 s is, until the call fails for good.
        assert_eq!(*told.borrow(), [Some(retrying(true, 3)), None]);

        told.borrow_mut().clear();
        let result = answered(vec![Err(BackendError::Timeout), Ok(7)]);
        assert_eq!(result, Ok(7));
        assert_eq!(*told.borrow(), [Some(retrying(false, 2)), None]);

        // Short waits (a network error, a busy answer without a wait) are not said.
        told.borrow_mut().clear();
        let _ = answered(vec![Err(BackendError::Network), Err(BUSY), Ok(1)]);
        assert!(told.borrow().is_empty());
        watch_retries(|_| {});
    }

    #[test]
    fn at_most_three_attempts() {
        let policy = RetryPolicy::default();
        assert!(policy.delay_before_retry(1, &BUSY, 0.5).is_some());
        assert!(policy.delay_before_retry(2, &BUSY, 0.5).is_some());
        assert_eq!(policy.delay_before_retry(3, &BUSY, 0.5), None);
    }

    #[test]
    fn only_transient_errors_are_retried() {
        let policy = RetryPolicy::default();
        for error in [BackendError::Network, BackendError::Timeout, BUSY] {
            assert!(
                policy.delay_before_retry(1, &error, 0.0).is_some(),
                "{error:?}"
            );
        }
        for error in [
            BackendError::Server {
                status: 500,
                message: None,
            },
            BackendError::NotFound,
            BackendError::BadRequest {
                message: "x".into(),
            },
            BackendError::Unauthorized,
            BackendError::Unreadable("x".into()),
        ] {
            assert_eq!(policy.delay_before_retry(1, &error, 0.0), None, "{error:?}");
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        let policy = RetryPolicy {
            max_attempts: 10,
            ..RetryPolicy::default()
        };
        assert_eq!(policy.delay_before_retry(1, &BUSY, 0.0), Some(200));
        assert_eq!(policy.delay_before_retry(1, &BUSY, 0.999_999), Some(399));
        assert_eq!(policy.delay_before_retry(2, &BUSY, 0.0), Some(400));
        assert_eq!(policy.delay_before_retry(3, &BUSY, 0.0), Some(800));
        assert_eq!(policy.delay_before_retry(9, &BUSY, 1.0), Some(4_000));
        assert_eq!(policy.delay_before_retry(9, &BUSY, 0.0), Some(2_000));
    }

    #[test]
    fn retry_after_is_honoured_up_to_a_cap() {
        let policy = RetryPolicy::default();
        let limited = |secs| BackendError::Busy {
            status: 429,
            retry_after_secs: Some(secs),
        };
        assert_eq!(policy.delay_before_retry(1, &limited(2), 0.0), Some(2_000));
        let busy = BackendError::Busy {
            status: 503,
            retry_after_secs: Some(6),
        };
        assert_eq!(policy.delay_before_retry(1, &busy, 0.0), Some(6_000));
        assert_eq!(policy.delay_before_retry(1, &limited(0), 0.0), Some(0));
        assert_eq!(
            policy.delay_before_retry(1, &limited(10), 0.0),
            Some(10_000)
        );
        assert_eq!(
            policy.delay_before_retry(1, &limited(30), 0.0),
            None,
            "too long: tell the partner"
        );
        let unknown = BackendError::Busy {
            status: 429,
            retry_after_secs: None,
        };
        assert_eq!(policy.delay_before_retry(1, &unknown, 0.0), Some(200));
    }
}
