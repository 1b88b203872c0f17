//! "Description": what the problem is, as both flows ask it, with its character count.

use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::TextArea;
use crate::domain::validation::{Field, DESCRIPTION_MAX};
use crate::i18n::use_form_strings;
use leptos::prelude::*;

#[component]
pub fn ProblemDescription(
    value: RwSignal<String>,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    view! {
        <TextArea
            id=Field::Description.id()
            label=(f.field_label)(Field::Description)
            hint=f.description_hint
            value
            error=Signal::derive(move || message_for(&errors.get(), Field::Description.id()))
            max_chars=DESCRIPTION_MAX
            chars_left=f.chars_left
        />
    }
}
