//! The language switch in the top bar: English / Русский, each named in its own language.

use crate::i18n::{use_strings, Language, Locale};
use leptos::html;
use leptos::prelude::*;

/// One button per language; the current one is pressed. After a switch the pages are drawn
/// afresh, and the focus comes back to the language just chosen.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let s = use_strings();
    let Some(language) = Language::here() else {
        return ().into_any();
    };
    let current = language.get_untracked();
    let buttons = Locale::ALL.map(|locale| {
        let button = NodeRef::<html::Button>::new();
        if locale == current && language.take_refocus() {
            button.on_load(|button| {
                let _ = button.focus();
            });
        }
        view! {
            <button
                type="button"
                class="language__choice"
                lang=locale.tag()
                aria-pressed=(locale == current).to_string()
                aria-busy=move || (language.switching() == Some(locale)).to_string()
                node_ref=button
                on:click=move |_| language.switch(locale)
            >
                {locale.own_name()}
            </button>
        }
    });
    view! {
        <div class="language" role="group" aria-label=s.app.language_label>
            {buttons.into_iter().collect_view()}
        </div>
    }
    .into_any()
}
