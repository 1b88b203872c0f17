//! A draft kept in this browser while a form is open: read when the form opens, saved half a
//! second after typing stops and at once when the page is hidden or left, dropped when sent or
//! discarded. It says what it does: when it last saved, that storage refuses it, that it was
//! too old, and that another tab changed it (then it stops writing until the partner chooses).
//!
//! [`DraftKeeper`] does the work on the answers as JSON, once for every form; [`Draft`] is its
//! typed face for one form's answers.

use super::{examine, external_change, storage_key, Autosave, External, Found, Stored};
use crate::browser;
use crate::domain::Timestamp;
use crate::storage;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::marker::PhantomData;

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
    /// Sent: nothing more is saved.
    Closed,
}

/// What another tab did to the draft, for its notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Elsewhere {
    Changed,
    Removed,
}

/// One open form's draft, its answers as JSON. Cheap to copy into handlers.
#[derive(Clone, Copy)]
pub struct DraftKeeper {
    key: StoredValue<String>,
    /// The text this tab wrote last, to tell its own writes from another tab's.
    written: StoredValue<Option<String>>,
    autosave: StoredValue<Autosave>,
    /// The answers of a form started afresh: not saved until they change.
    baseline: StoredValue<Option<Value>>,
    /// The pending save; dropping it cancels it.
    timer: StoredValue<Option<browser::Timer>, LocalStorage>,
    source: StoredValue<Option<Box<dyn Fn() -> Value>>, LocalStorage>,
    /// The answers as last seen changing: what the form goes away with, once its own signals
    /// may already be gone.
    latest: StoredValue<Option<Value>>,
    /// The other tab's answers, while the partner has not chosen.
    theirs: StoredValue<Option<Value>>,
    pub state: RwSignal<DraftState>,
    /// A change made in another tab, until the partner chooses what to keep.
    pub elsewhere: RwSignal<Option<Elsewhere>>,
    /// When the draft carried on with was saved (the "We restored" notice).
    pub restored: RwSignal<Option<Timestamp>>,
    /// When a draft too old to keep was saved (the "removed" notice).
    pub expired: RwSignal<Option<Timestamp>>,
}

impl DraftKeeper {
    /// Opens the draft stored under `key`: the answers to carry on with, if any. Must be called
    /// in a component: it listens for the page being hidden and for other tabs, and saves what
    /// is pending when the form goes away.
    fn open(key: String) -> (DraftKeeper, Option<Value>) {
        let stored = storage::read_text(&key);
        let now = browser::now();
        let (answers, restored, expired) = match examine::<Value>(stored.as_deref(), now) {
            // After a switch of language the form simply goes on: nothing to announce.
            Found::Restored(answers, _) if crate::i18n::just_switched(browser::monotonic_ms()) => {
                (Some(answers), None, None)
            }
            Found::Restored(answers, at) => (Some(answers), Some(at), None),
            Found::Expired(at) => {
                storage::remove(&key);
                (None, None, Some(at))
            }
            Found::Nothing => (None, None, None),
        };
        let keeper = DraftKeeper {
            key: StoredValue::new(key),
            written: StoredValue::new(if expired.is_some() { None } else { stored }),
            autosave: StoredValue::new(Autosave::default()),
            baseline: StoredValue::new(None),
            timer: StoredValue::new_local(None),
            source: StoredValue::new_local(None),
            latest: StoredValue::new(None),
            theirs: StoredValue::new(None),
            state: RwSignal::new(DraftState::Unsaved),
            elsewhere: RwSignal::new(None),
            restored: RwSignal::new(restored),
            expired: RwSignal::new(expired),
        };
        keeper.listen();
        (keeper, answers)
    }

    /// Saves `answers()` after each change to it (it is tracked), debounced.
    fn watch(&self, answers: impl Fn() -> Value + 'static) {
        let keeper = *self;
        let answers = std::rc::Rc::new(answers);
        let tracked = answers.clone();
        self.source
            .set_value(Some(Box::new(move || untrack(|| answers()))));
        Effect::new(move |previous: Option<Value>| {
            let now = tracked();
            let reset = keeper.baseline.with_value(|b| b.as_ref() == Some(&now));
            if previous.as_ref().is_some_and(|p| *p != now) && !reset {
                keeper.latest.set_value(Some(now.clone()));
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
            a.changed(browser::monotonic_ms());
        });
        let keeper = *self;
        let delay = u32::try_from(super::AUTOSAVE_DELAY_MS).unwrap_or(u32::MAX);
        let timer = browser::Timer::start(delay, move || keeper.save_if_due());
        // The pending save it replaces is dropped, and so cancelled.
        self.timer.set_value(Some(timer));
    }

    /// Runs from the debounce timer; should it fire after the form has gone, there is nothing
    /// to save here.
    fn save_if_due(&self) {
        if self
            .autosave
            .try_with_value(|a| a.due(browser::monotonic_ms()))
            == Some(true)
        {
            self.save_now();
        }
    }

    fn cancel_timer(&self) {
        let _ = self.timer.try_set_value(None);
    }

    /// Writes the answers now, unless the draft was sent or another tab's change waits for
    /// the partner's choice.
    pub fn save_now(&self) {
        let answers = self
            .source
            .try_with_value(|s| s.as_ref().map(|f| f()))
            .flatten();
        self.write(answers, true);
    }

    /// Saves what is pending at once: the page is hidden, or (with `leaving`) the form goes
    /// away. It reads nothing of the form, whose signals may be gone before this runs; a form
    /// going away changes no signal either, as what shows them goes with it (touching one then
    /// would stop the app).
    fn flush(&self, leaving: bool) {
        if self.autosave.try_with_value(|a| a.pending()) == Some(true) {
            self.write(self.latest.try_get_value().flatten(), !leaving);
        }
    }

    /// Writes `answers`, unless the draft was sent or another tab's change waits for the
    /// partner's choice; with `tell`, the draft's state says how it went. It touches only what
    /// may still be there.
    fn write(&self, answers: Option<Value>, tell: bool) {
        self.cancel_timer();
        let closed = self.state.try_get_untracked() == Some(DraftState::Closed);
        let waiting = self.elsewhere.try_with_untracked(Option::is_some) != Some(false);
        let (Some(answers), Some(key)) = (answers, self.key.try_get_value()) else {
            return;
        };
        if closed || waiting {
            return;
        }
        let now = browser::now();
        let Ok(text) = serde_json::to_string(&Stored {
            saved_at: now.0,
            answers,
        }) else {
            return;
        };
        let _ = self.autosave.try_update_value(Autosave::saved);
        let kept = storage::write_text(&key, &text);
        if kept {
            let _ = self.written.try_set_value(Some(text));
        }
        if tell {
            let _ = self.state.try_set(if kept {
                DraftState::Saved(now)
            } else {
                DraftState::NotKept
            });
        }
    }

    fn listen(&self) {
        let keeper = *self;
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if browser::page_hidden() {
                keeper.flush(false);
            }
        });
        let left = window_event_listener_untyped("pagehide", move |_| keeper.flush(false));
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
            keeper.flush(true);
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
            external_change::<Value>(w.as_deref(), new_value.as_deref(), here.as_ref())
        });
        self.written.set_value(new_value);
        match change {
            None => {}
            Some(External::Changed(theirs)) => {
                self.cancel_timer();
                self.theirs.set_value(Some(theirs));
                self.elsewhere.set(Some(Elsewhere::Changed));
            }
            Some(External::Removed) => {
                self.cancel_timer();
                self.theirs.set_value(None);
                self.elsewhere.set(Some(Elsewhere::Removed));
            }
        }
    }

    /// The other tab's answers, once the partner chose between them and these.
    fn resolve(&self) -> Option<Value> {
        self.elsewhere.set(None);
        self.theirs.try_update_value(Option::take).flatten()
    }

    /// Throws the draft away; the form starts again from `fresh`, saved once it changes.
    fn discard(&self, fresh: Value) {
        self.baseline.set_value(Some(fresh));
        self.cancel_timer();
        self.autosave.update_value(Autosave::saved);
        storage::remove(&self.key.get_value());
        self.written.set_value(None);
        self.restored.set(None);
        self.resolve();
        self.state.set(DraftState::Unsaved);
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

/// The draft of one form whose answers are a `T`.
pub struct Draft<T> {
    pub keeper: DraftKeeper,
    fresh: StoredValue<Box<dyn Fn() -> T>, LocalStorage>,
    answers: PhantomData<fn() -> T>,
}

impl<T> Clone for Draft<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Draft<T> {}

fn to_json<T: Serialize>(answers: &T) -> Value {
    serde_json::to_value(answers).unwrap_or(Value::Null)
}

impl<T> Draft<T>
where
    T: Serialize + DeserializeOwned + 'static,
{
    /// Opens the draft of `form` about `about` (a customer, a request) and gives the answers
    /// to start from: the draft's, or `fresh()`.
    pub fn open(form: &str, about: &str, fresh: impl Fn() -> T + 'static) -> (Draft<T>, T) {
        let (keeper, stored) = DraftKeeper::open(storage_key(form, about));
        let restored = stored.and_then(|value| serde_json::from_value::<T>(value).ok());
        if restored.is_none() {
            keeper.restored.set(None);
        }
        let initial = match restored {
            Some(answers) => answers,
            None => {
                let answers = fresh();
                keeper.baseline.set_value(Some(to_json(&answers)));
                answers
            }
        };
        let draft = Draft {
            keeper,
            fresh: StoredValue::new_local(Box::new(fresh)),
            answers: PhantomData,
        };
        (draft, initial)
    }

    /// Saves `answers()` after each change to it (it is tracked), debounced.
    pub fn watch(&self, answers: impl Fn() -> T + 'static) {
        self.keeper.watch(move || to_json(&answers()));
    }

    /// Throws the draft away and gives the answers to start again from.
    pub fn discard(&self) -> T {
        let fresh = self.fresh.with_value(|fresh| fresh());
        self.keeper.discard(to_json(&fresh));
        fresh
    }

    /// The partner takes the other tab's answers: they are given for the form, and saving
    /// goes on from them.
    pub fn take_theirs(&self) -> Option<T> {
        self.keeper.autosave.update_value(Autosave::saved);
        self.keeper
            .resolve()
            .and_then(|value| serde_json::from_value(value).ok())
    }

    /// The partner keeps this tab's answers: they are saved, and the other tab's are given
    /// (so that the caller may take what must be shared, such as the idempotency key).
    pub fn keep_mine(&self) -> Option<T> {
        let theirs = self
            .keeper
            .resolve()
            .and_then(|value| serde_json::from_value(value).ok());
        self.keeper.save_now();
        theirs
    }
}
