//! Browser storage that never fails loudly: storage can be full, switched off (private mode) or
//! hold corrupt or old JSON. Reads give `None` then; writes report whether they worked.

use serde::de::DeserializeOwned;
use serde::Serialize;

const PREFIX: &str = "psd.";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key as it is in `localStorage` (and in a `storage` event from another tab).
pub fn full_key(key: &str) -> String {
    format!("{PREFIX}{key}")
}

/// The text stored under `key`, if any and readable.
pub fn read_text(key: &str) -> Option<String> {
    local_storage()?.get_item(&full_key(key)).ok().flatten()
}

/// Stores `text` under `key`; `false` when storage refused it.
pub fn write_text(key: &str, text: &str) -> bool {
    local_storage().is_some_and(|s| s.set_item(&full_key(key), text).is_ok())
}

/// Reads and decodes `key`; `None` when missing, unreadable or of an old shape.
pub fn read<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&read_text(key)?).ok()
}

/// Reads `key` with the browser's JSON parser: for what the first page reads, so that the main
/// download carries no decoder of its own for it. `None` when missing or not JSON.
pub fn read_parsed(key: &str) -> Option<wasm_bindgen::JsValue> {
    js_sys::JSON::parse(&read_text(key)?).ok()
}

/// The text field `name` of a parsed object, if it is one and holds text.
pub fn text_field(object: &wasm_bindgen::JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &name.into())
        .ok()
        .and_then(|value| value.as_string())
}

/// Encodes and writes `value`; `false` when storage refused it.
pub fn write<T: Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|text| write_text(key, &text))
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&full_key(key));
    }
}
