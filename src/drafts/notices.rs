//! What a draft tells the partner: that it was restored (with "Discard draft"), that an old one
//! was removed, that this browser is not keeping it, that another tab changed it, and when it
//! was last saved.

use super::keeper::{DraftKeeper, DraftState, Elsewhere};
use crate::browser;
use crate::i18n::{use_form_strings, use_locale};
use leptos::prelude::*;

#[component]
pub fn DraftNotices(
    keeper: DraftKeeper,
    /// "Discard draft": start the form afresh.
    #[prop(into)]
    on_discard: Callback<()>,
    /// "Use the answers from the other tab".
    #[prop(into)]
    on_take_theirs: Callback<()>,
    /// "Keep the answers here".
    #[prop(into)]
    on_keep_mine: Callback<()>,
) -> impl IntoView {
    let f = use_form_strings();
    let locale = use_locale();
    let date = move |at| browser::format_date_time(at, locale.tag(), None);
    view! {
        {move || keeper.restored.get().map(|saved| view! {
            <div class="notice">
                <p>{(f.draft_restored)(&date(saved))}</p>
                <button type="button" class="button button--secondary" on:click=move |_| on_discard.run(())>
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
        {move || keeper.elsewhere.get().map(|elsewhere| {
            let changed = elsewhere == Elsewhere::Changed;
            view! {
                <div class="notice notice--warning" role="alert" id="draft-conflict">
                    <p>{if changed { f.draft_changed_elsewhere } else { f.draft_removed_elsewhere }}</p>
                    <div class="actions">
                        {changed.then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| on_take_theirs.run(())>
                                {f.draft_take_theirs}
                            </button>
                        })}
                        <button type="button" class="button button--secondary" on:click=move |_| on_keep_mine.run(())>
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
pub fn DraftSaved(keeper: DraftKeeper) -> impl IntoView {
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
