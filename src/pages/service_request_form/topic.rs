//! Support topic: the service's topic categories, the common topics first and the rest behind
//! "More...", with a filter.

use crate::components::fields::Choice;
use crate::domain::support_topic::{by_category, filter_topics, split_common, SupportTopic};
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
    let topics = StoredValue::new(topics);
    let filter = RwSignal::new(String::new());
    // Show everything at once when the chosen topic is one of the less common ones.
    let starts_expanded = topics.with_value(|all| {
        let id = selected.get_untracked();
        all.iter().any(|t| t.id == id && !t.common)
    });
    let show_more = RwSignal::new(starts_expanded);
    let filtering = move || !filter.with(|q| q.trim().is_empty());

    // Groups of (category, choices) for what is on screen now.
    let groups = Memo::new(move |_| {
        topics.with_value(|all| {
            let query = filter.get();
            let visible: Vec<&SupportTopic> = if !query.trim().is_empty() {
                filter_topics(all, &query)
            } else if show_more.get() {
                let (common, more) = split_common(all);
                common.into_iter().chain(more).collect()
            } else {
                split_common(all).0
            };
            by_category(visible)
                .into_iter()
                .map(|(category, list)| {
                    let choices: Vec<Choice> = list
                        .into_iter()
                        .map(|t| {
                            let c = Choice::new(t.id.clone(), t.name.clone());
                            if t.description.is_empty() {
                                c
                            } else {
                                c.with_hint(t.description.clone())
                            }
                        })
                        .collect();
                    (category, choices)
                })
                .collect::<Vec<_>>()
        })
    });
    let count = move || groups.with(|g| g.iter().map(|(_, c)| c.len()).sum::<usize>());
    let first_id = move || {
        groups.with(|g| {
            g.first()
                .and_then(|(_, c)| c.first())
                .map(|c| c.value.clone())
        })
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
                    <label for="topic-filter">{f.topic_filter}</label>
                    <input
                        type="search"
                        id="topic-filter"
                        class="input--medium"
                        autocomplete="off"
                        prop:value=move || filter.get()
                        on:input=move |ev| filter.set(event_target_value(&ev))
                    />
                    <p class="status-line" role="status">
                        {move || if filtering() {
                            if count() == 0 { f.no_topic_matches.to_owned() } else { (f.topics_match)(count()) }
                        } else {
                            String::new()
                        }}
                    </p>
                </div>
                {move || {
                    let first = first_id();
                    groups
                        .get()
                        .into_iter()
                        .map(|(category, choices)| {
                            let first = first.clone();
                            view! {
                                <div class="topic-group">
                                    <h3 class="topic-group__title">
                                        {if category.is_empty() { f.other_topics.to_owned() } else { category }}
                                    </h3>
                                    <div class="choices topics">
                                        {choices
                                            .into_iter()
                                            .map(|c| {
                                                // The first radio carries the field's id, for the error summary.
                                                let input_id = if Some(&c.value) == first.as_ref() {
                                                    Field::SupportTopic.id().to_owned()
                                                } else {
                                                    format!("topic-{}", c.value)
                                                };
                                                let hint_id = format!("{input_id}-hint");
                                                let value = c.value.clone();
                                                let checked = c.value.clone();
                                                view! {
                                                    <div class="choice">
                                                        <input
                                                            type="radio"
                                                            name="support-topic"
                                                            id=input_id.clone()
                                                            value=c.value.clone()
                                                            aria-describedby=c.hint.is_some().then(|| hint_id.clone())
                                                            prop:checked=move || selected.with(|s| *s == checked)
                                                            on:change=move |_| selected.set(value.clone())
                                                        />
                                                        <div>
                                                            <label for=input_id>{c.label}</label>
                                                            {c.hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                                                        </div>
                                                    </div>
                                                }
                                            })
                                            .collect_view()}
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()
                }}
                <Show when=move || !filtering()>
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
