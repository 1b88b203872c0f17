//! Support topic: the service's topic categories, the common topics first and the rest behind
//! "More...", with a filter.
//!
//! The topics are laid out once and each is shown or hidden from then on: a keystroke in the
//! filter changes what shows without building hundreds of choices again. The less common ones are
//! laid out, hidden, once the browser is idle after the step shows (or at once when "More..." or
//! the filter asks for them first), so that "More..." only shows them; the common ones are never
//! built again, so a choice with the focus keeps it.

use crate::domain::support_topic::{SupportTopic, TopicCatalogue};
use crate::domain::validation::Field;
use crate::i18n::use_form_strings;
use crate::i18n::use_strings;
use leptos::prelude::*;

#[component]
pub fn TopicStep(
    topics: Vec<SupportTopic>,
    selected: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let f = use_form_strings();
    let catalogue = StoredValue::new(TopicCatalogue::new(topics));
    let has_more = catalogue.with_value(TopicCatalogue::has_more);
    let filter = RwSignal::new(String::new());
    // The chosen topic is one of the less common ones: everything shows at the start, and
    // when the filter is cleared, so that the choice stays in sight.
    let choice_behind_more = move || {
        catalogue.with_value(|c| {
            c.position(&selected.get_untracked())
                .is_some_and(|i| !c.is_common(i))
        })
    };
    let show_more = RwSignal::new(choice_behind_more());
    let filtering = Memo::new(move |_| !filter.with(|q| q.trim().is_empty()));
    // Once laid out, the less common topics stay in the page, hidden while not asked for.
    let idle = RwSignal::new(false);
    if has_more {
        request_idle_callback(move || idle.set(true));
    }
    let all_laid_out = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || idle.get() || show_more.get() || filtering.get()
    });
    let shown = Memo::new(move |_| {
        let more = show_more.get();
        filter.with(|q| catalogue.with_value(|c| c.shown(q, more)))
    });
    let first = Memo::new(move |_| shown.with(|s| catalogue.with_value(|c| c.first_shown(s))));
    let count = move || shown.with(|s| s.iter().filter(|v| **v).count());
    // With no topic shown, the filter carries the field's id: the error's link leads to it.
    let filter_id = move || {
        if first.with(Option::is_none) {
            Field::SupportTopic.id()
        } else {
            "topic-filter"
        }
    };

    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset aria-describedby=move || {
                if error.with(Option::is_some) { "topic-hint support-topic-error" } else { "topic-hint" }
            }>
                <legend>{f.topic_heading}</legend>
                <p class="hint" id="topic-hint">{f.topic_hint}</p>
                {move || error.get().map(|m| view! {
                    <p class="field-error" id="support-topic-error">
                        <span class="visually-hidden">{use_strings().app.error_prefix}</span>{m}
                    </p>
                })}
                <div class="field">
                    <label for=filter_id>{f.topic_filter}</label>
                    <input
                        type="search"
                        id=filter_id
                        class="input--medium"
                        autocomplete="off"
                        prop:value=move || filter.get()
                        on:input=move |ev| {
                            let value = event_target_value(&ev);
                            if value.trim().is_empty() && choice_behind_more() {
                                show_more.set(true);
                            }
                            filter.set(value);
                        }
                    />
                    <p class="status-line" role="status">
                        {move || if filtering.get() {
                            if count() == 0 { f.no_topic_matches.to_owned() } else { (f.topics_match)(count()) }
                        } else {
                            String::new()
                        }}
                    </p>
                </div>
                {catalogue.with_value(|c| {
                    c.groups()
                        .iter()
                        .map(|(category, members)| {
                            let choices = members
                                .iter()
                                .filter_map(|&i| {
                                    let topic = c.topic(i)?;
                                    Some(if c.is_common(i) {
                                        topic_choice(i, topic, selected, shown, first).into_any()
                                    } else {
                                        let topic = topic.clone();
                                        (move || {
                                            all_laid_out
                                                .get()
                                                .then(|| topic_choice(i, &topic, selected, shown, first))
                                        })
                                        .into_any()
                                    })
                                })
                                .collect_view();
                            let heading = if category.is_empty() { f.other_topics.to_owned() } else { category.clone() };
                            let members = members.clone();
                            let none_shown = move || shown.with(|s| !members.iter().any(|&i| s.get(i).copied().unwrap_or(false)));
                            view! {
                                <div class="topic-group" hidden=none_shown>
                                    <h3 class="topic-group__title">{heading}</h3>
                                    <div class="choices topics">{choices}</div>
                                </div>
                            }
                        })
                        .collect_view()
                })}
                <Show when=move || has_more && !filtering.get()>
                    <button
                        type="button"
                        class="button button--secondary"
                        aria-expanded=move || show_more.get().to_string()
                        on:click=move |_| show_more.update(|v| *v = !*v)
                    >
                        {move || if show_more.get() { f.fewer_topics } else { f.more_topics }}
                    </button>
                </Show>
            </fieldset>
        </div>
    }
}

/// One topic's radio button with its name and description, hidden while `shown` leaves it out.
fn topic_choice(
    index: usize,
    topic: &SupportTopic,
    selected: RwSignal<String>,
    shown: Memo<Vec<bool>>,
    first: Memo<Option<usize>>,
) -> impl IntoView {
    // The first topic shown carries the field's id, for the error summary's link.
    let is_first = Memo::new(move |_| first.get() == Some(index));
    let own_id = format!("topic-{}", topic.id);
    let input_id = move || {
        if is_first.get() {
            Field::SupportTopic.id().to_owned()
        } else {
            own_id.clone()
        }
    };
    let hint_id = format!("topic-{}-hint", topic.id);
    let has_hint = !topic.description.is_empty();
    let hint = has_hint.then(|| {
        view! { <p class="hint" id=hint_id.clone()>{topic.description.clone()}</p> }
    });
    let value = topic.id.clone();
    let checked = topic.id.clone();
    view! {
        <div class="choice" hidden=move || shown.with(|s| !s.get(index).copied().unwrap_or(false))>
            <input
                type="radio"
                name="support-topic"
                id=input_id.clone()
                value=topic.id.clone()
                aria-describedby=has_hint.then_some(hint_id)
                prop:checked=move || selected.with(|s| *s == checked)
                on:change=move |_| selected.set(value.clone())
            />
            <div>
                <label for=input_id>{topic.name.clone()}</label>
                {hint}
            </div>
        </div>
    }
}
