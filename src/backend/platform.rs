//! The few things the backends take from the browser (a pause, the clock, randomness), with native
//! stand-ins so the rest compiles and is tested with plain `cargo test`.

use crate::domain::Timestamp;
use std::cell::Cell;

thread_local! {
    static COUNTER: Cell<u64> = const { Cell::new(0) };
}

/// SplitMix64: a tiny, well-mixed step for deterministic pseudo-random numbers.
pub fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A number in `[0, 1)` from 53 bits of `x`.
pub fn unit_interval(x: u64) -> f64 {
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// A GUID in version-4 shape built from two 64-bit numbers.
pub fn guid_from(high: u64, low: u64) -> String {
    let high = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000;
    let low = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000;
    format!(
        "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        high >> 32,
        (high >> 16) & 0xFFFF,
        high & 0xFFFF,
        low >> 48,
        low & 0xFFFF_FFFF_FFFF
    )
}

/// A GUID from the clock and a per-thread counter, for when `crypto.randomUUID` is missing.
pub fn fallback_uuid() -> String {
    let count = COUNTER.with(|c| {
        let next = c.get().wrapping_add(1);
        c.set(next);
        next
    });
    let seed = (now().0 as u64) ^ count.rotate_left(40);
    guid_from(splitmix64(seed), splitmix64(seed ^ 0xA5A5_A5A5))
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::Timestamp;

    pub fn now() -> Timestamp {
        Timestamp(js_sys::Date::now() as i64)
    }

    pub fn random() -> f64 {
        js_sys::Math::random()
    }

    pub fn random_uuid() -> Option<String> {
        let uuid = web_sys::window()?.crypto().ok()?.random_uuid();
        (uuid.len() == 36).then_some(uuid)
    }

    /// Resolves after `ms` milliseconds (at once where there is no window).
    pub async fn sleep(ms: u32) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            let ms = i32::try_from(ms).unwrap_or(i32::MAX);
            if window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_err()
            {
                let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

#[cfg(target_arch = "wasm32")]
pub use browser::{now, random, random_uuid, sleep};

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{splitmix64, unit_interval, Timestamp, COUNTER};

    pub fn now() -> Timestamp {
        let ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
        Timestamp(ms)
    }

    pub fn random() -> f64 {
        let count = COUNTER.with(|c| {
            let next = c.get().wrapping_add(1);
            c.set(next);
            next
        });
        unit_interval(splitmix64(count))
    }

    pub fn random_uuid() -> Option<String> {
        None
    }

    /// No timers natively: returns at once (the native tests drive futures by polling).
    pub async fn sleep(_ms: u32) {}
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::{now, random, random_uuid, sleep};

/// What `work` gives, or `None` when `ms` milliseconds pass first: for what has no time limit of
/// its own (the boot script's request for config.json, the Russian texts' download). What was
/// started goes on, unheeded.
pub async fn within<T>(ms: u32, work: impl std::future::Future<Output = T>) -> Option<T> {
    use std::future::Future;
    let mut work = std::pin::pin!(work);
    let mut limit = std::pin::pin!(sleep(ms));
    std::future::poll_fn(move |cx| {
        if let std::task::Poll::Ready(done) = work.as_mut().poll(cx) {
            return std::task::Poll::Ready(Some(done));
        }
        limit.as_mut().poll(cx).map(|()| None)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Polls `future` once, as the first turn of a browser's event loop would.
    fn poll_once<F: std::future::Future>(future: F) -> std::task::Poll<F::Output> {
        let mut future = std::pin::pin!(future);
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        future.as_mut().poll(&mut cx)
    }

    #[test]
    fn within_gives_what_is_done_and_nothing_when_the_time_is_up_first() {
        use std::task::Poll;
        assert_eq!(poll_once(within(15_000, async { 7 })), Poll::Ready(Some(7)));
        // Natively the time limit is up at once: work that is still waiting is given up.
        assert_eq!(
            poll_once(within(15_000, std::future::pending::<u8>())),
            Poll::Ready(None)
        );
    }

    #[test]
    fn fallback_ids_are_distinct_version_4_guids() {
        let a = fallback_uuid();
        let b = fallback_uuid();
        assert_ne!(a, b);
        for id in [&a, &b] {
            assert_eq!(id.len(), 36, "{id}");
            let parts: Vec<_> = id.split('-').map(str::len).collect();
            assert_eq!(parts, [8, 4, 4, 4, 12], "{id}");
            assert_eq!(id.as_bytes()[14], b'4', "{id}");
            assert!(
                matches!(id.as_bytes()[19], b'8' | b'9' | b'a' | b'b'),
                "{id}"
            );
        }
        assert_eq!(crate::backend::new_request_id().len(), 36);
    }

    #[test]
    fn unit_interval_stays_below_one() {
        assert_eq!(unit_interval(0), 0.0);
        assert!(unit_interval(u64::MAX) < 1.0);
        assert!((0.0..1.0).contains(&random()));
    }
}
