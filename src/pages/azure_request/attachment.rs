//! The Details step's file: chosen, checked at once, read into memory, shown with its size and
//! a button that removes it.

use crate::components::error_summary::focus_element;
use crate::components::fields::{describe, ErrorMessage};
use crate::domain::validation::{Field, FieldError, Reason};
use crate::domain::{validate_attachment, Attachment};
use crate::i18n::use_form_strings;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The file's message is its own check of the file chosen, said at once and gone once another
/// file is chosen or it is removed: the same check the step makes when the partner goes on.
#[component]
pub fn AttachmentField(value: RwSignal<Option<Attachment>>) -> impl IntoView {
    let f = use_form_strings();
    // While a chosen file is read, it is not yet "not kept".
    let reading = RwSignal::new(false);
    let unreadable = RwSignal::new(None::<String>);
    // What is wrong with the file, said as soon as it is chosen (or restored without it).
    let message = Signal::derive(move || {
        if let Some(name) = unreadable.get() {
            return Some((f.attachment_unreadable)(&name));
        }
        let refused = value.with(|file| file.as_ref().and_then(|f| validate_attachment(f).err()));
        refused
            .filter(|e| !(reading.get() && e.reason == Reason::FileNotKept))
            .map(|e: FieldError| (f.field_error)(&e))
    });
    let described_by = move || {
        describe(&[
            ("attachment-hint", true),
            ("attachment-error", message.with(Option::is_some)),
            ("attachment-chosen", value.with(Option::is_some)),
        ])
    };
    let input = NodeRef::<leptos::html::Input>::new();
    let choose = move |ev: leptos::ev::Event| {
        let field = event_target::<web_sys::HtmlInputElement>(&ev);
        unreadable.set(None);
        reading.set(false);
        let Some(file) = field.files().and_then(|files| files.get(0)) else {
            value.set(None);
            return;
        };
        let chosen = Attachment {
            name: file.name(),
            size: file.size().max(0.0) as u64,
            content_type: file.type_(),
            content: None,
        };
        let refused = validate_attachment(&chosen)
            .err()
            .is_some_and(|e| e.reason != Reason::FileNotKept);
        value.set(Some(chosen.clone()));
        reading.set(!refused);
        if !refused {
            read_base64(file, move |content| {
                // Only the file still chosen: another may have been chosen meanwhile.
                if value.with_untracked(|now| now.as_ref() != Some(&chosen)) {
                    return;
                }
                reading.set(false);
                match content {
                    Some(content) => value.set(Some(Attachment {
                        content: Some(Arc::from(content)),
                        ..chosen
                    })),
                    None => {
                        value.set(None);
                        unreadable.set(Some(chosen.name));
                    }
                }
            });
        }
    };
    let remove = move |_| {
        value.set(None);
        unreadable.set(None);
        reading.set(false);
        if let Some(input) = input.get_untracked() {
            input.set_value("");
        }
        focus_element(Field::Attachment.id());
    };

    view! {
        <div class="field" class:field--error=move || message.with(Option::is_some)>
            <label for=Field::Attachment.id()>{f.attachment_label}</label>
            <p class="hint" id="attachment-hint">{f.attachment_hint}</p>
            <ErrorMessage id=Field::Attachment.id().to_owned() error=message />
            <input
                type="file"
                id=Field::Attachment.id()
                class="file-input"
                aria-describedby=described_by
                aria-invalid=move || message.with(Option::is_some).then_some("true")
                node_ref=input
                on:change=choose
            />
            {move || value.get().map(|file| view! {
                <p class="attachment" id="attachment-chosen">
                    <span class="attachment__name">{(f.attachment_named)(&file.name, file.size)}</span>
                    <button type="button" class="button button--secondary" on:click=remove>
                        {f.attachment_remove}
                    </button>
                </p>
            })}
        </div>
    }
}

/// Reads `file` and hands `done` its bytes in base64 (the browser's own encoding, from a data
/// URL), or `None` when the browser could not read it.
fn read_base64(file: web_sys::File, done: impl FnOnce(Option<String>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        return done(None);
    };
    let done = Rc::new(Cell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |content: Option<String>| {
            if let Some(done) = done.take() {
                done(content);
            }
        }
    };
    let finish_on_end = finish.clone();
    let read = reader.clone();
    let on_end = Closure::once_into_js(move || {
        let content = read
            .result()
            .ok()
            .and_then(|url| url.as_string())
            .and_then(|url| url.split_once(',').map(|(_, data)| data.to_owned()));
        finish_on_end(content);
    });
    reader.set_onloadend(Some(on_end.unchecked_ref()));
    if reader.read_as_data_url(&file).is_err() {
        finish(None);
    }
}
