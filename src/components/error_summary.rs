//! The error summary at the top of a form (GOV.UK pattern): "There is a problem", one link per
//! error that moves focus to its field. It takes focus after each failed submit.

use crate::i18n::use_form_strings;
use leptos::prelude::*;

/// One message, tied to the id of the field it is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FormError {
    pub field_id: String,
    pub message: String,
}

impl FormError {
    pub fn new(field_id: impl Into<String>, message: impl Into<String>) -> FormError {
        FormError {
            field_id: field_id.into(),
            message: message.into(),
        }
    }
}

/// The message for `field_id` among `errors`, for showing beside the field.
pub fn message_for(errors: &[FormError], field_id: &str) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field_id == field_id)
        .map(|e| e.message.clone())
}

/// `attempt` counts submits: each change with errors present moves focus to the summary.
#[component]
pub fn ErrorSummary(
    #[prop(into)] errors: Signal<Vec<FormError>>,
    #[prop(into)] attempt: Signal<u32>,
) -> impl IntoView {
    let f = use_form_strings();
    let summary = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        attempt.track();
        if let Some(element) = summary.get() {
            if !errors.with_untracked(Vec::is_empty) {
                let _ = element.focus();
            }
        }
    });

    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div
                class="error-summary"
                role="alert"
                aria-labelledby="error-summary-title"
                tabindex="-1"
                node_ref=summary
            >
                <h2 id="error-summary-title">{f.error_summary_title}</h2>
                <ul>
                    <For each=move || errors.get() key=|e| e.clone() let:error>
                        <li>
                            <a
                                href=format!("#{}", error.field_id)
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_element(&error.field_id);
                                }
                            >
                                {error.message.clone()}
                            </a>
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}

/// Moves keyboard focus to the element with `id`, scrolling it into view when it is out of sight.
pub fn focus_element(id: &str) {
    if let Some(element) = crate::browser::element_by_id(id) {
        // Scroll only to bring it into sight: moving a heading that is already in sight to the
        // top would hide the page's title above it, and shift a page that is still loading.
        if !in_sight(&element) {
            element.scroll_into_view();
        }
        let _ = element.focus();
    }
}

/// Whether the whole element is within the window's height.
fn in_sight(element: &web_sys::Element) -> bool {
    let rect = element.get_bounding_client_rect();
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    rect.top() >= 0.0 && rect.bottom() <= height
}

/// The messages for validation errors, in the current language, tied to their fields.
pub fn from_field_errors(errors: &[crate::domain::validation::FieldError]) -> Vec<FormError> {
    let f = use_form_strings();
    let mut seen = std::collections::HashSet::new();
    errors
        .iter()
        .filter(|e| seen.insert(e.field))
        .map(|e| FormError::new(e.field.id(), (f.field_error)(e)))
        .collect()
}
