//! Drafts of unfinished work (a request being filed, a note being written), kept in browser
//! storage per form and per customer or request so that nothing typed is lost to a reload, a
//! crash or a closed tab.
//!
//! The rules live here as plain functions, tested natively: what a stored draft holds and when
//! it is too old, when the autosave is due, what a change made in another tab means, and which
//! idempotency key a note goes with. [`keeper`] applies them in the browser.

pub mod keeper;
pub mod notices;

use crate::domain::time::{Timestamp, MS_PER_DAY};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use keeper::{write, Draft, DraftKeeper, DraftState, Elsewhere};

/// The form name of a note's draft (about a request id).
pub const NOTE_FORM: &str = "note";

/// A draft older than this is dropped, with a notice.
pub const MAX_AGE_MS: i64 = 7 * MS_PER_DAY;
/// The autosave waits this long after the last change.
pub const AUTOSAVE_DELAY_MS: i64 = 500;

/// The storage key of a draft: `draft.v1.azure.<customer id>`, `draft.v1.note.<request id>`.
pub fn storage_key(form: &str, about: &str) -> String {
    format!("draft.v1.{form}.{about}")
}

/// A draft as stored: when it was saved and what was typed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Stored<T> {
    pub saved_at: i64,
    #[serde(alias = "draft")]
    pub answers: T,
}

/// What storage held for a form when it was opened.
#[derive(Clone, Debug, PartialEq)]
pub enum Found<T> {
    Nothing,
    /// A draft to carry on with, saved at this time.
    Restored(T, Timestamp),
    /// A draft older than [`MAX_AGE_MS`], saved at this time: dropped.
    Expired(Timestamp),
}

/// Reads a stored draft at `now`. Text that cannot be read (corrupt, of another shape) counts
/// as no draft; a draft saved "in the future" (a clock put back) is kept.
pub fn examine<T: DeserializeOwned>(text: Option<&str>, now: Timestamp) -> Found<T> {
    let Some(stored) = text.and_then(|t| serde_json::from_str::<Stored<T>>(t).ok()) else {
        return Found::Nothing;
    };
    let saved = Timestamp(stored.saved_at);
    if now.0.saturating_sub(stored.saved_at) > MAX_AGE_MS {
        Found::Expired(saved)
    } else {
        Found::Restored(stored.answers, saved)
    }
}

/// When to save: [`AUTOSAVE_DELAY_MS`] after typing stops, or at once when the page is
/// hidden. Times are milliseconds of a clock that only runs forward.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Autosave {
    /// When the newest unsaved change was made.
    changed_at: Option<i64>,
}

impl Autosave {
    /// Records a change; the save is due [`AUTOSAVE_DELAY_MS`] after it.
    pub fn changed(&mut self, now: i64) -> i64 {
        self.changed_at = Some(now);
        now.saturating_add(AUTOSAVE_DELAY_MS)
    }

    pub fn pending(&self) -> bool {
        self.changed_at.is_some()
    }

    /// Whether a save is due at `now` (no change for the whole delay).
    pub fn due(&self, now: i64) -> bool {
        self.changed_at
            .is_some_and(|at| now.saturating_sub(at) >= AUTOSAVE_DELAY_MS)
    }

    /// The save was made.
    pub fn saved(&mut self) {
        self.changed_at = None;
    }
}

/// What a change to this draft's storage made by another tab means here.
#[derive(Clone, Debug, PartialEq)]
pub enum External<T> {
    /// The other tab saved other answers.
    Changed(T),
    /// The other tab sent or discarded the draft.
    Removed,
}

/// Classifies a storage change: `None` when it is what this tab wrote itself, holds the
/// answers this tab has now (both tabs agree), or cannot be read.
pub fn external_change<T: DeserializeOwned + PartialEq>(
    written_here: Option<&str>,
    new_value: Option<&str>,
    answers_here: Option<&T>,
) -> Option<External<T>> {
    if new_value == written_here {
        return None;
    }
    match new_value {
        None => Some(External::Removed),
        Some(text) => serde_json::from_str::<Stored<T>>(text)
            .ok()
            .filter(|stored| Some(&stored.answers) != answers_here)
            .map(|stored| External::Changed(stored.answers)),
    }
}

/// A note as typed, and the keys its texts were sent with so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NoteDraft {
    pub text: String,
    /// (`MS-RequestId`, text as sent) of each attempt whose outcome is not known to be "not
    /// added", oldest first.
    pub sent: Vec<(String, String)>,
}

impl NoteDraft {
    /// The idempotency key to add the note with. The same text always goes with the same key
    /// (a retry, the button pressed again, the text changed and changed back: the note is
    /// added once); a new text gets a new key. Texts are compared trimmed, as sent.
    pub fn key_for_sending(&mut self, new_key: impl FnOnce() -> String) -> String {
        let text = self.text.trim().to_owned();
        if let Some((key, _)) = self.sent.iter().find(|(_, sent)| *sent == text) {
            return key.clone();
        }
        let key = new_key();
        self.sent.push((key.clone(), text));
        key
    }
}

#[cfg(test)]
mod tests;
