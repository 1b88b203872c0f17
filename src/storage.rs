//! Browser storage that never fails loudly: storage can be full, switched off (private mode) or
//! hold corrupt or old JSON. Reads give `None` then; writes report whether they worked.

use serde::de::DeserializeOwned;
use serde::Serialize;

const PREFIX: &str = "psd.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads and decodes `key`; `None` when missing, unreadable or of an old shape.
pub fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = local_storage()?
        .get_item(&format!("{PREFIX}{key}"))
        .ok()
        .flatten()?;
    serde_json::from_str(&text).ok()
}

/// Encodes and writes `value`; `false` when storage refused it.
pub fn write<T: Serialize>(key: &str, value: &T) -> bool {
    let Ok(text) = serde_json::to_string(value) else {
        return false;
    };
    local_storage()
        .map(|s| s.set_item(&format!("{PREFIX}{key}"), &text).is_ok())
        .unwrap_or(false)
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{key}"));
    }
}
