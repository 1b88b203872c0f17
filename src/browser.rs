//! Small bridges to the browser: the clock, timers, the local UTC offset, date formatting
//! through `Intl`, and the clipboard. Every call that can throw in JavaScript is caught.

use crate::domain::Timestamp;
use js_sys::{Date, Function, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

pub fn now() -> Timestamp {
    Timestamp(Date::now() as i64)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
    /// The page's `setTimeout`, its handle as the page gives it.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(callback: &Function, ms: i32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: &JsValue);
}

/// Runs `f` once after `ms` milliseconds unless dropped first.
pub struct Timer {
    /// The handle as the page gave it: a number that need not fit an `i32` (a test clock's do
    /// not), so that clearing it clears this timer and no other.
    handle: JsValue,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Timer {
    pub fn start(ms: u32, f: impl FnOnce() + 'static) -> Timer {
        let mut f = Some(f);
        let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                f();
            }
        });
        // Past 2^31 - 1 ms a browser would fire at once.
        let ms = i32::try_from(ms).unwrap_or(i32::MAX);
        let handle = set_timeout(callback.as_ref().unchecked_ref(), ms);
        Timer {
            handle,
            _callback: callback,
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        clear_timeout(&self.handle);
    }
}

/// Milliseconds on a clock that only runs forward (`performance.now()`), for how long something
/// took or has waited: unlike the date, it is never set back, nor held still by a test clock.
pub fn monotonic_ms() -> i64 {
    performance_now() as i64
}

/// Minutes east of UTC of the browser's time zone at `at` (so DST is right for that instant).
pub fn local_offset_minutes(at: Timestamp) -> i32 {
    -(Date::new(&JsValue::from_f64(at.0 as f64)).get_timezone_offset() as i32)
}

/// "25 Nov 2026, 14:05 CET" in `time_zone` (an IANA name) or, when it is empty or unknown to
/// the browser, in the browser's own zone.
pub fn format_date_time(at: Timestamp, locale: &str, time_zone: Option<&str>) -> String {
    let zone = time_zone.map(str::trim).filter(|z| !z.is_empty());
    let style = [("dateStyle", "medium"), ("timeStyle", "short")];
    let formatted = match zone {
        Some(zone) => format_with(at, locale, &[style[0], style[1], ("timeZone", zone)]),
        None => format_with(at, locale, &style),
    };
    match formatted {
        Some(text) => text,
        // The browser refuses an unknown time zone: fall back to its own.
        None if zone.is_some() => format_date_time(at, locale, None),
        None => Date::new(&JsValue::from_f64(at.0 as f64))
            .to_iso_string()
            .as_string()
            .unwrap_or_default(),
    }
}

/// "Wednesday, 2 December 2026 at 14:05 GMT+1": an instant in full, weekday and offset too, in
/// the browser's own zone, so that a time the partner typed reads back without doubt.
pub fn format_full_date_time(at: Timestamp, locale: &str) -> String {
    let options = [
        ("weekday", "long"),
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("timeZoneName", "shortOffset"),
    ];
    format_with(at, locale, &options).unwrap_or_else(|| format_date_time(at, locale, None))
}

/// Only the time of day, e.g. "14:02", in the browser's own zone.
pub fn format_time(at: Timestamp, locale: &str) -> String {
    format_with(at, locale, &[("timeStyle", "short")]).unwrap_or_default()
}

/// Whether the page is hidden (another tab, a minimised window, a phone's lock screen).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Only the date part, e.g. "25 Nov 2026".
pub fn format_date(at: Timestamp, locale: &str) -> String {
    format_with(at, locale, &[("dateStyle", "medium")]).unwrap_or_default()
}

thread_local! {
    /// The `format` of each `Intl.DateTimeFormat` made so far, by its locale and options: making
    /// one costs far more than formatting with it, and a list of requests formats a date a row.
    static DATE_FORMATS: RefCell<Vec<(String, Function)>> = const { RefCell::new(Vec::new()) };
}

/// `at` as `new Intl.DateTimeFormat([locale], options).format` writes it, with a formatter made
/// once for each locale and options; `None` where the browser refuses the options.
fn format_with(at: Timestamp, locale: &str, options: &[(&str, &str)]) -> Option<String> {
    let mut key = locale.to_owned();
    for (name, value) in options {
        key.extend([";", name, "=", value]);
    }
    let known = DATE_FORMATS.with_borrow(|formats| {
        formats
            .iter()
            .find(|(made_for, _)| *made_for == key)
            .map(|(_, format)| format.clone())
    });
    let format = match known {
        Some(format) => format,
        None => {
            // `format` is a getter that hands out the formatter's own bound function.
            let format = method(&intl("DateTimeFormat", locale, options)?, "format")?;
            DATE_FORMATS.with_borrow_mut(|formats| {
                if formats.len() >= 8 {
                    formats.remove(0);
                }
                formats.push((key, format.clone()));
            });
            format
        }
    };
    format
        .call1(&JsValue::UNDEFINED, &JsValue::from_f64(at.0 as f64))
        .ok()?
        .as_string()
}

/// The browser's own IANA time zone, when it tells.
pub fn browser_time_zone() -> Option<String> {
    let formatter = intl_constructor("DateTimeFormat")?
        .call0(&JsValue::UNDEFINED)
        .ok()?;
    let options = method(&formatter, "resolvedOptions")?
        .call0(&formatter)
        .ok()?;
    Reflect::get(&options, &"timeZone".into()).ok()?.as_string()
}

/// Copies `text` to the clipboard; resolves to whether it worked.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(clipboard) = Reflect::get(&window.navigator(), &"clipboard".into()) else {
        return false;
    };
    let Some(write) = method(&clipboard, "writeText") else {
        return false;
    };
    match write
        .call1(&clipboard, &text.into())
        .map(|p| p.dyn_into::<js_sys::Promise>())
    {
        Ok(Ok(promise)) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}

/// The browser's preferred languages (`navigator.languages`), most preferred first.
pub fn languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    Reflect::get(&window.navigator(), &"languages".into())
        .ok()
        .filter(|v| v.is_array())
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Sets `<html lang>`, so that screen readers and the browser read the page in its language.
pub fn set_document_language(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Keeps `value` under `key` in the state of the history entry the browser shows (its address
/// unchanged), so that the page can read it when the partner comes back to the entry.
pub fn note_in_history(key: &str, value: &str) {
    let Some(history) = web_sys::window().and_then(|w| Reflect::get(&w, &"history".into()).ok())
    else {
        return;
    };
    // The router keeps nothing of its own there.
    let state = Object::new();
    if Reflect::set(&state, &key.into(), &value.into()).is_ok() {
        if let Some(replace) = method(&history, "replaceState") {
            let _ = replace.call2(&history, &state, &"".into());
        }
    }
}

/// What [`note_in_history`] kept under `key` in the history entry the browser shows.
pub fn noted_in_history(key: &str) -> Option<String> {
    let window: JsValue = web_sys::window()?.into();
    let history = Reflect::get(&window, &"history".into()).ok()?;
    let state = Reflect::get(&history, &"state".into()).ok()?;
    if !state.is_object() {
        return None;
    }
    Reflect::get(&state, &key.into()).ok()?.as_string()
}

/// The address of the page the partner is on, as a path on this origin with its query
/// (`/support/requests?status=open`); empty if the browser does not say.
pub fn current_address() -> String {
    web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_default()
}

/// Loads the page again from its address, as the browser's Reload does.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The HTML element with `id` in the page, if there is one.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into()
        .ok()
}

/// Moves the keyboard focus to the element with `id`, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(element) = element_by_id(id) {
        let _ = element.focus();
    }
}

/// `new Intl[kind]([locale], options)`; `None` where the browser lacks it or refuses the options
/// (an unknown time zone throws a RangeError, caught here).
fn intl(kind: &str, locale: &str, options: &[(&str, &str)]) -> Option<JsValue> {
    let constructor = intl_constructor(kind)?;
    let settings = Object::new();
    for (key, value) in options {
        Reflect::set(&settings, &(*key).into(), &(*value).into()).ok()?;
    }
    let locales = js_sys::Array::of1(&locale.into());
    Reflect::construct(&constructor, &js_sys::Array::of2(&locales, &settings)).ok()
}

/// `Intl[kind]`, where the browser has it.
fn intl_constructor(kind: &str) -> Option<Function> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    method(&intl, kind)
}

/// The method (or constructor) `name` of `object`.
fn method(object: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(object, &name.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// A time zone's name in the language `locale`, as `Intl.DateTimeFormat` writes it for now:
/// `style` "longGeneric" ("Central European Time") or "shortOffset" ("GMT+1"); `None` for a
/// zone or style the browser does not know.
pub fn time_zone_name(locale: &str, zone: &str, style: &str) -> Option<String> {
    zone_name_at(locale, zone, style, &JsValue::UNDEFINED)
}

/// The offset east of UTC, in minutes, in force in `zone` (an IANA name) at `at`, daylight
/// saving included; `None` for a zone the browser does not know.
pub fn zone_offset_minutes(zone: &str, at: Timestamp) -> Option<i32> {
    let at = JsValue::from_f64(at.0 as f64);
    crate::domain::time::parse_gmt_offset(&zone_name_at("en-US", zone.trim(), "longOffset", &at)?)
}

/// `zone`'s name in `style` as `Intl.DateTimeFormat` writes it at `at` (undefined: now).
fn zone_name_at(locale: &str, zone: &str, style: &str, at: &JsValue) -> Option<String> {
    let format = intl(
        "DateTimeFormat",
        locale,
        &[("timeZone", zone), ("timeZoneName", style)],
    )?;
    let parts = method(&format, "formatToParts")?
        .call1(&format, at)
        .ok()?
        .dyn_into::<js_sys::Array>()
        .ok()?;
    parts.iter().find_map(|part| {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        (kind == "timeZoneName")
            .then(|| Reflect::get(&part, &"value".into()).ok()?.as_string())
            .flatten()
    })
}

/// The name of a region (`kind` "region", an ISO 3166 alpha-2 code such as `GB`) or a language
/// (`kind` "language", a BCP 47 tag such as `pt-BR`) in the language `locale`, through
/// `Intl.DisplayNames`; `None` where the browser has none.
pub fn display_name(locale: &str, kind: &str, code: &str) -> Option<String> {
    let names = intl(
        "DisplayNames",
        locale,
        &[("type", kind), ("fallback", "none")],
    )?;
    method(&names, "of")?
        .call1(&names, &code.into())
        .ok()?
        .as_string()
}
