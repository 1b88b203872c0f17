//! What a draft tells the partner: that it was restored (with "Discard draft"), that an old one
//! was removed, that this browser is not keeping it, that another tab changed it, and when it
//! was last saved.

use super::keeper::{DraftKeeper, DraftState};
use super::External;
use crate::browser;
use crate::i18n::{use_form_strings, use_locale};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

#[component]
pub fn DraftNotices<T>(
    keeper: DraftKeeper<T>,
    /// The partner threw the draft away: start the form afresh from these answers.
    #[prop(into)]
    on_discard: Callback<T>,
    /// The partner took the other tab's answers.
    #[prop(into)]
    on_take_theirs: Callback<T>,
    /// The partner kept this tab's answers; the other tab's change, if it had answers.
    #[prop(into)]
    on_keep_mine: Callback<Option<T>>,
) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let f = use_form_strings();
    let locale = use_locale();
    let date = move |at| browser::format_date_time(at, locale.tag(), None);
    let keep_mine = move |_| {
        let theirs = match keeper.keep_mine() {
            Some(External::Changed(theirs)) => Some(theirs),
            _ => None,
        };
        on_keep_mine.run(theirs);
        keeper.save_now();
    };
    view! {
        {move || keeper.restored.get().map(|saved| view! {
            <div class="notice">
                <p>{(f.draft_restored)(&date(saved))}</p>
                <button
                    type="button"
                    class="button button--secondary"
                    on:click=move |_| on_discard.run(keeper.discard())
                >
                    {f.discard_draft}
                </button>
            </div>
        })}
        {move || keeper.expired.get().map(|saved| view! {
            <div class="notice">
                <p>{(f.draft_expired)(&date(saved))}</p>
            </div>
        })}
        {move || (keeper.state.get() == DraftState::NotKept).then(|| view! {
            <div class="notice notice--warning" role="alert">
                <p>{f.draft_not_kept}</p>
            </div>
        })}
        {move || keeper.conflict.get().map(|change| {
            let changed = matches!(change, External::Changed(_));
            view! {
                <div class="notice notice--warning" role="alert" id="draft-conflict">
                    <p>{if changed { f.draft_changed_elsewhere } else { f.draft_removed_elsewhere }}</p>
                    <div class="actions">
                        {changed.then(|| view! {
                            <button
                                type="button"
                                class="button button--secondary"
                                on:click=move |_| {
                                    if let Some(theirs) = keeper.take_theirs() {
                                        on_take_theirs.run(theirs);
                                    }
                                }
                            >
                                {f.draft_take_theirs}
                            </button>
                        })}
                        <button type="button" class="button button--secondary" on:click=keep_mine>
                            {f.draft_keep_mine}
                        </button>
                    </div>
                </div>
            }
        })}
    }
}

/// "Draft saved 14:02", said politely, beside the form's actions.
#[component]
pub fn DraftSaved<T>(keeper: DraftKeeper<T>) -> impl IntoView
where
    T: Clone + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let f = use_form_strings();
    let locale = use_locale();
    view! {
        <p class="draft-status" role="status">
            {move || match keeper.state.get() {
                DraftState::Saved(at) => (f.draft_saved)(&browser::format_time(at, locale.tag())),
                _ => String::new(),
            }}
        </p>
    }
}
