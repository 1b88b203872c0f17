//! A draft kept in this browser while a form is open: read when the form opens, saved half a
//! second after typing stops and at once when the page is hidden or left, dropped when sent or
//! discarded. It says what it does: when it last saved, that storage refuses it, that it was
//! too old, and that another tab changed it (then it stops writing until the partner chooses).

use super::{examine, external_change, storage_key, Autosave, External, Found, Stored};
use crate::browser;
use crate::domain::Timestamp;
use crate::storage;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

/// Writes the draft of a form that is not open (a note made from changed answers); `false`
/// when storage refused it.
pub fn write<T: Serialize>(form: &str, about: &str, answers: &T) -> bool {
    serde_json::to_string(&Stored {
        saved_at: browser::now().0,
        answers,
    })
    .is_ok_and(|text| storage::write_text(&storage_key(form, about), &text))
}

/// Where a draft stands, for its notices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftState {
    /// Nothing saved yet in this visit.
    Unsaved,
    Saved(Timestamp),
    /// Storage refused the last save: the draft is not kept in this browser.
    NotKept,
    /// Sent or discarded: nothing more is saved.
    Closed,
}

/// One form's draft. Cheap to copy into handlers.
pub struct DraftKeeper<T: Send + Sync + 'static> {
    key: StoredValue<String>,
    /// The text this tab wrote last, to tell its own writes from another tab's.
    written: StoredValue<Option<String>>,
    autosave: StoredValue<Autosave>,
    /// The answers of a form started afresh (after "Discard draft"): not saved until they
    /// change.
    baseline: StoredValue<Option<T>>,
    fresh: StoredValue<Box<dyn Fn() -> T>, LocalStorage>,
    timer: StoredValue<Option<leptos::leptos_dom::helpers::TimeoutHandle>>,
    source: StoredValue<Option<Box<dyn Fn() -> T>>, LocalStorage>,
    pub state: RwSignal<DraftState>,
    /// A change made in another tab, until the partner chooses what to keep.
    pub conflict: RwSignal<Option<External<T>>>,
    /// When the draft carried on with was saved (the "We restored" notice).
    pub restored: RwSignal<Option<Timestamp>>,
    /// When a draft too old to keep was saved (the "removed" notice).
    pub expired: RwSignal<Option<Timestamp>>,
}

impl<T: Send + Sync + 'static> Clone for DraftKeeper<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for DraftKeeper<T> {}

impl<T> DraftKeeper<T>
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    /// Opens the draft of `form` about `about` (a customer, a request): the answers to start
    /// from, restored or `fresh()`. Must be called in a component: it listens for the page
    /// being hidden and for other tabs, and saves what is pending when the form goes away.
    pub fn open(form: &str, about: &str, fresh: impl Fn() -> T + 'static) -> (DraftKeeper<T>, T) {
        let key = storage_key(form, about);
        let stored = storage::read_text(&key);
        let (initial, restored, expired) = match examine::<T>(stored.as_deref(), browser::now()) {
            Found::Restored(answers, at) => (answers, Some(at), None),
            Found::Expired(at) => {
                storage::remove(&key);
                (fresh(), None, Some(at))
            }
            Found::Nothing => (fresh(), None, None),
        };
        let keeper = DraftKeeper {
            key: StoredValue::new(key),
            written: StoredValue::new(if expired.is_some() { None } else { stored }),
            autosave: StoredValue::new(Autosave::default()),
            baseline: StoredValue::new(restored.is_none().then(|| initial.clone())),
            fresh: StoredValue::new_local(Box::new(fresh)),
            timer: StoredValue::new(None),
            source: StoredValue::new_local(None),
            state: RwSignal::new(DraftState::Unsaved),
            conflict: RwSignal::new(None),
            restored: RwSignal::new(restored),
            expired: RwSignal::new(expired),
        };
        keeper.listen();
        (keeper, initial)
    }

    /// Saves `answers()` after each change to it (it is tracked), debounced.
    pub fn watch(&self, answers: impl Fn() -> T + 'static) {
        let keeper = *self;
        let answers = std::rc::Rc::new(answers);
        let tracked = answers.clone();
        self.source
            .set_value(Some(Box::new(move || untrack(|| answers()))));
        Effect::new(move |previous: Option<T>| {
            let now = tracked();
            let reset = keeper.baseline.with_value(|b| b.as_ref() == Some(&now));
            if previous.as_ref().is_some_and(|p| *p != now) && !reset {
                keeper.changed();
            }
            now
        });
    }

    fn changed(&self) {
        if self.state.get_untracked() == DraftState::Closed {
            return;
        }
        self.autosave.update_value(|a| {
            a.changed(browser::now().0);
        });
        self.cancel_timer();
        let keeper = *self;
        let handle = set_timeout_with_handle(
            move || keeper.save_if_due(),
            Duration::from_millis(super::AUTOSAVE_DELAY_MS as u64),
        );
        self.timer.set_value(handle.ok());
    }

    fn save_if_due(&self) {
        if self.autosave.with_value(|a| a.due(browser::now().0)) {
            self.save_now();
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.try_get_value().flatten() {
            handle.clear();
        }
        let _ = self.timer.try_set_value(None);
    }

    /// Writes the answers now, unless the draft is closed or another tab's change waits for
    /// the partner's choice.
    pub fn save_now(&self) {
        self.cancel_timer();
        let closed = self.state.try_get_untracked() == Some(DraftState::Closed);
        if closed || self.conflict.with_untracked(Option::is_some) {
            return;
        }
        let Some(answers) = self.source.with_value(|s| s.as_ref().map(|f| f())) else {
            return;
        };
        let now = browser::now();
        let Ok(text) = serde_json::to_string(&Stored {
            saved_at: now.0,
            answers,
        }) else {
            return;
        };
        let key = self.key.get_value();
        self.autosave.update_value(Autosave::saved);
        if storage::write_text(&key, &text) {
            self.written.set_value(Some(text));
            self.state.set(DraftState::Saved(now));
        } else {
            self.state.set(DraftState::NotKept);
        }
    }

    /// Saves what is pending at once (the page is hidden or the form goes away).
    fn flush(&self) {
        if self.autosave.try_with_value(|a| a.pending()) == Some(true) {
            self.save_now();
        }
    }

    fn listen(&self) {
        let keeper = *self;
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if browser::page_hidden() {
                keeper.flush();
            }
        });
        let left = window_event_listener_untyped("pagehide", move |_| keeper.flush());
        let other_tab = window_event_listener_untyped("storage", move |event| {
            use wasm_bindgen::JsCast;
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            let full_key = keeper.key.with_value(|k| storage::full_key(k));
            if event.key().as_deref() == Some(full_key.as_str()) {
                keeper.other_tab_wrote(event.new_value());
            }
        });
        on_cleanup(move || {
            keeper.flush();
            keeper.cancel_timer();
            hidden.remove();
            left.remove();
            other_tab.remove();
        });
    }

    fn other_tab_wrote(&self, new_value: Option<String>) {
        if self.state.get_untracked() == DraftState::Closed {
            return;
        }
        let here = self.source.with_value(|s| s.as_ref().map(|f| f()));
        let change = self.written.with_value(|w| {
            external_change::<T>(w.as_deref(), new_value.as_deref(), here.as_ref())
        });
        self.written.set_value(new_value);
        if let Some(change) = change {
            self.cancel_timer();
            self.conflict.set(Some(change));
        }
    }

    /// The partner takes the other tab's answers: they are returned for the form, and saving
    /// goes on from them.
    pub fn take_theirs(&self) -> Option<T> {
        let theirs = match self.conflict.get_untracked() {
            Some(External::Changed(theirs)) => Some(theirs),
            _ => None,
        };
        self.conflict.set(None);
        self.autosave.update_value(Autosave::saved);
        theirs
    }

    /// The partner keeps this tab's answers: the other tab's change is returned (so that the
    /// caller may take what must be shared, such as the idempotency key), and they are saved.
    pub fn keep_mine(&self) -> Option<External<T>> {
        let change = self.conflict.get_untracked();
        self.conflict.set(None);
        change
    }

    /// Throws the draft away and gives the answers to start again from; they are saved once
    /// the partner changes them.
    pub fn discard(&self) -> T {
        let fresh = self.fresh.with_value(|fresh| fresh());
        self.baseline.set_value(Some(fresh.clone()));
        self.cancel_timer();
        self.autosave.update_value(Autosave::saved);
        storage::remove(&self.key.get_value());
        self.written.set_value(None);
        self.restored.set(None);
        self.conflict.set(None);
        self.state.set(DraftState::Unsaved);
        fresh
    }

    /// Removes the stored draft; safe to call after the form has gone. The form goes on.
    pub fn remover(&self) -> impl Fn() + Clone + 'static {
        let key = self.key.get_value();
        move || storage::remove(&key)
    }

    /// The work was sent: the draft is removed and nothing more is saved. Safe to call after
    /// the form has gone (a send that finishes after the partner left the page).
    pub fn closer(&self) -> impl Fn() + Clone + 'static {
        let keeper = *self;
        let key = self.key.get_value();
        move || {
            storage::remove(&key);
            keeper.cancel_timer();
            let _ = keeper.autosave.try_update_value(Autosave::saved);
            let _ = keeper.written.try_set_value(None);
            keeper.state.try_set(DraftState::Closed);
        }
    }
}
