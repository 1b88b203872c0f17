//! The language switch in the top bar: English / Русский, each named in its own language.

use crate::i18n::{use_strings, Language, Locale};
use leptos::prelude::*;

/// One button per language; the current one is pressed. After a switch the pages are drawn
/// afresh, and the focus comes back to the language just chosen.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let s = use_strings();
    let language = Language::here();
    let current = language.map(|l| l.get_untracked()).unwrap_or_default();
    if language.is_some_and(|l| l.take_refocus()) {
        request_animation_frame(move || focus(current));
    }
    let choice = move |locale: Locale| {
        view! {
            <button
                type="button"
                class="language__choice"
                id=id(locale)
                lang=locale.tag()
                aria-pressed=if locale == current { "true" } else { "false" }
                on:click=move |_| {
                    if let Some(language) = language {
                        language.switch(locale);
                    }
                }
            >
                {locale.own_name()}
            </button>
        }
    };
    view! {
        <div class="language" role="group" aria-label=s.app.language_label>
            {choice(Locale::English)}
            {choice(Locale::Russian)}
        </div>
    }
}

fn id(locale: Locale) -> &'static str {
    match locale {
        Locale::English => "language-en",
        Locale::Russian => "language-ru",
    }
}

fn focus(locale: Locale) {
    crate::browser::focus_by_id(id(locale));
}
