//! When to try a call again, and how long to wait first (quality.md: only network errors,
//! timeouts, 408, 429, 502, 503, 504; capped exponential backoff with jitter; at most three
//! attempts; honour `Retry-After`), and the one loop that does it, for both backends.

use crate::backend::{platform, BackendError};
use std::future::Future;

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
        loop {
            let error = match attempt().await {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            match self.delay_before_retry(number, &error, platform::random()) {
                Some(delay_ms) => {
                    platform::sleep(delay_ms).await;
                    number += 1;
                }
                None => return Err(error),
            }
        }
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
