//! What the demo remembers across reloads: requests created, notes added and idempotency keys,
//! kept as one JSON document in `localStorage`. Corrupt, old or unreadable documents are
//! ignored and storage failures (quota, private mode) tolerated: the demo then just forgets.

use crate::domain::{Note, ServiceRequest};
use serde::{Deserialize, Serialize};

/// The `localStorage` key; the version changes when the document's shape does.
pub const STORAGE_KEY: &str = "psd.mock.v1.journal";
const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    version: u32,
    /// Requests created in the demo, with their notes.
    pub created: Vec<ServiceRequest>,
    /// Notes added to the seed requests: (request id, note).
    pub notes: Vec<(String, Note)>,
    /// Idempotency keys: (`MS-RequestId`, service request id).
    pub keys: Vec<(String, String)>,
    /// The fingerprint of the request each key filed: (`MS-RequestId`, fingerprint). A key
    /// without one (a journal saved before they were kept) matches any request.
    #[serde(default)]
    pub fingerprints: Vec<(String, String)>,
    /// Notes' idempotency keys: (`MS-RequestId`, service request id, note text).
    #[serde(default)]
    pub note_keys: Vec<(String, String, String)>,
}

impl Journal {
    /// Reads a stored document; anything unreadable or of another version gives `None`.
    pub fn from_json(text: &str) -> Option<Journal> {
        serde_json::from_str::<Journal>(text)
            .ok()
            .filter(|j| j.version == VERSION)
    }

    pub fn to_json(&self) -> String {
        let versioned = Journal {
            version: VERSION,
            ..self.clone()
        };
        serde_json::to_string(&versioned).unwrap_or_default()
    }
}

/// Where the journal lives: `localStorage` in the browser, memory elsewhere (native tests).
#[derive(Clone, Debug, Default)]
pub enum Storage {
    #[cfg(target_arch = "wasm32")]
    Browser,
    /// Nothing kept (also the fallback when the browser has no storage).
    #[default]
    Nowhere,
    /// An in-memory map, shared between clones, for tests.
    Memory(std::rc::Rc<std::cell::RefCell<std::collections::HashMap<String, String>>>),
}

impl Storage {
    /// The browser's `localStorage` where there is one.
    pub fn default_for_platform() -> Storage {
        #[cfg(target_arch = "wasm32")]
        {
            Storage::Browser
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            Storage::Nowhere
        }
    }

    pub fn load(&self, key: &str) -> Option<String> {
        match self {
            #[cfg(target_arch = "wasm32")]
            Storage::Browser => local_storage()?.get_item(key).ok().flatten(),
            Storage::Nowhere => None,
            Storage::Memory(map) => map.borrow().get(key).cloned(),
        }
    }

    /// Saves; `false` when the browser refused (quota, private mode, disabled storage).
    pub fn save(&self, key: &str, value: &str) -> bool {
        match self {
            #[cfg(target_arch = "wasm32")]
            Storage::Browser => local_storage().is_some_and(|s| s.set_item(key, value).is_ok()),
            Storage::Nowhere => false,
            Storage::Memory(map) => {
                map.borrow_mut().insert(key.to_owned(), value.to_owned());
                true
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    // `localStorage` itself throws in some private modes and sandboxed frames.
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrupt_or_old_documents_are_ignored() {
        for text in [
            "",
            "{",
            "null",
            "[]",
            r#"{"version":0,"created":[],"notes":[],"keys":[]}"#,
            r#"{"version":1,"created":[{"id":1}],"notes":[],"keys":[]}"#,
        ] {
            assert_eq!(Journal::from_json(text), None, "{text:?}");
        }
        let journal = Journal {
            keys: vec![("k".into(), "1".into())],
            ..Journal::default()
        };
        assert_eq!(
            Journal::from_json(&journal.to_json()).map(|j| j.keys),
            Some(journal.keys)
        );
    }

    #[test]
    fn memory_storage_is_shared_between_clones() {
        let storage = Storage::Memory(Default::default());
        let clone = storage.clone();
        assert!(storage.save("k", "v"));
        assert_eq!(clone.load("k").as_deref(), Some("v"));
        assert!(!Storage::Nowhere.save("k", "v"));
        assert_eq!(Storage::Nowhere.load("k"), None);
    }
}
