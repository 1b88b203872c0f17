//! Which language the partner reads: chosen once at start, switched from the top bar, remembered
//! in this browser.

use super::{load, Locale};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// A switch was made from the top bar, whose button takes the focus back when drawn anew.
static REFOCUS: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// When the partner last switched language, on the clock of [`crate::browser::monotonic_ms`].
    static SWITCHED_AT: Cell<Option<i64>> = const { Cell::new(None) };
}

/// Whether the pages were drawn afresh for a switch of language a moment ago: a form that comes
/// back with its draft then is the one the partner was writing, not one to announce as restored.
/// `now_ms` is on the clock of [`crate::browser::monotonic_ms`].
pub fn just_switched(now_ms: i64) -> bool {
    SWITCHED_AT
        .with(Cell::get)
        .is_some_and(|at| (0..5_000).contains(&now_ms.saturating_sub(at)))
}

/// Where the partner's choice is kept (`psd.locale` in `localStorage`).
pub const SAVED_LOCALE_KEY: &str = "locale";

/// Where the language the app last started in is kept (`psd.started-locale`), for the static
/// shell of the next visit.
pub const STARTED_LOCALE_KEY: &str = "started-locale";

/// The language to start in: the partner's saved choice, then the deployer's (`config.json`'s
/// `locale`), then the browser's languages in their order, then English.
pub fn choose_locale(saved: Option<&str>, configured: Option<&str>, browser: &[String]) -> Locale {
    saved
        .and_then(Locale::from_tag)
        .or_else(|| configured.and_then(Locale::from_tag))
        .or_else(|| browser.iter().find_map(|tag| Locale::from_tag(tag)))
        .unwrap_or_default()
}

/// The app's language, provided once. The app renders its pages afresh in the new language when
/// it changes; what is typed in a form survives through the form's draft.
#[derive(Clone, Copy)]
pub struct Language {
    current: RwSignal<Locale>,
}

impl Language {
    pub fn provide(initial: Locale) -> Language {
        let language = Language {
            current: RwSignal::new(initial),
        };
        provide_context(language);
        language
    }

    pub fn here() -> Option<Language> {
        use_context::<Language>()
    }

    /// The language now (tracked).
    pub fn get(&self) -> Locale {
        self.current.get()
    }

    pub fn get_untracked(&self) -> Locale {
        self.current.get_untracked()
    }

    /// Whether the focus belongs back on the language switch (once after each switch).
    pub fn take_refocus(&self) -> bool {
        REFOCUS.swap(false, Ordering::Relaxed)
    }

    /// Switches to `to` once its texts are here, and remembers the choice. A failed download
    /// leaves the language, and the saved choice, as they were.
    pub fn switch(self, to: Locale) {
        if self.current.get_untracked() == to {
            return;
        }
        spawn_local(async move {
            let arrived = load(to).await;
            if arrived {
                let _ = crate::storage::write_text(SAVED_LOCALE_KEY, to.tag());
                REFOCUS.store(true, Ordering::Relaxed);
                SWITCHED_AT.with(|at| at.set(Some(crate::browser::monotonic_ms())));
                self.current.set(to);
            }
        });
    }
}
