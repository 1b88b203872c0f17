//! Form fields with a visible label, an optional hint and an error message placed after them,
//! wired with `aria-describedby` and `aria-invalid` (GOV.UK pattern).

use crate::i18n::use_strings;
use leptos::prelude::*;

fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// An `aria-describedby` value: the ids whose element is on the page, in order.
pub fn describe(ids: &[(&str, bool)]) -> String {
    let shown: Vec<&str> = ids
        .iter()
        .filter(|(_, on)| *on)
        .map(|(id, _)| *id)
        .collect();
    shown.join(" ")
}

#[component]
fn Hint(id: String, hint: Option<&'static str>) -> impl IntoView {
    hint.map(|hint| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> })
}

/// The error of the field `id`, as `{id}-error`, while there is one.
#[component]
pub fn ErrorMessage(id: String, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    move || {
        error.get().map(|message| {
            view! {
                <p class="field-error" id=format!("{id}-error")>
                    <span class="visually-hidden">{use_strings().app.error_prefix}</span>
                    {message}
                </p>
            }
        })
    }
}

/// A one-line text input.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] class: &'static str,
    #[prop(optional)] spellcheck: Option<bool>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let input_id = id.clone();
    let describe_id = id.clone();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <Hint id=id.clone() hint />
            <ErrorMessage id=id.clone() error />
            <input
                id=input_id
                name=id.clone()
                type=input_type
                class=class
                autocomplete=autocomplete
                spellcheck=spellcheck.map(|s| s.to_string())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(&describe_id, has_hint, error.with(Option::is_some))
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </div>
    }
}

/// A multi-line text input with a live count of the characters left.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
    max_chars: usize,
    chars_left: fn(i64) -> String,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let describe_id = id.clone();
    let count_id = format!("{id}-count");
    let left = move || max_chars as i64 - value.with(|v| v.trim().chars().count()) as i64;
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <Hint id=id.clone() hint />
            <ErrorMessage id=id.clone() error />
            <textarea
                id=id.clone()
                name=id.clone()
                rows="8"
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || {
                    let base = described_by(&describe_id, has_hint, error.with(Option::is_some));
                    Some(match base {
                        Some(ids) => format!("{ids} {describe_id}-count"),
                        None => format!("{describe_id}-count"),
                    })
                }
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
            <p class="char-count" id=count_id aria-live="polite">{move || chars_left(left())}</p>
        </div>
    }
}

/// One option of a select or radio group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Choice {
        self.hint = Some(hint.into());
        self
    }
}

/// A drop-down list; `placeholder` is the empty first option.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    #[prop(into)] error: Signal<Option<String>>,
    placeholder: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let describe_id = id.clone();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <Hint id=id.clone() hint />
            <ErrorMessage id=id.clone() error />
            <select
                id=id.clone()
                name=id.clone()
                autocomplete=autocomplete
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || described_by(&describe_id, has_hint, error.with(Option::is_some))
                on:change=move |ev| value.set(event_target_value(&ev))
                prop:value=move || value.get()
            >
                <option value="">{placeholder}</option>
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|c| {
                            let selected = value.with_untracked(|v| *v == c.value);
                            view! { <option value=c.value selected=selected>{c.label}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A group of radio buttons in a fieldset. The first radio's id is `id`, so the error summary
/// can move focus to the group.
#[component]
pub fn RadioGroup(
    #[prop(into)] id: String,
    legend: &'static str,
    value: RwSignal<String>,
    #[prop(into)] choices: Signal<Vec<Choice>>,
    #[prop(into)] error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some();
    let describe_id = id.clone();
    let group_id = id.clone();
    view! {
        <div class="field" class:field--error=move || error.with(Option::is_some)>
            <fieldset aria-describedby=move || {
                described_by(&describe_id, has_hint, error.with(Option::is_some))
            }>
                <legend>{legend}</legend>
                <Hint id=id.clone() hint />
                <ErrorMessage id=id.clone() error />
                <div class="choices">
                    {move || {
                        choices
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let input_id = if i == 0 {
                                    group_id.clone()
                                } else {
                                    format!("{group_id}-{}", c.value)
                                };
                                let hint_id = format!("{input_id}-choice-hint");
                                let choice_value = c.value.clone();
                                let checked_value = c.value.clone();
                                view! {
                                    <div class="choice">
                                        <input
                                            type="radio"
                                            id=input_id.clone()
                                            name=group_id.clone()
                                            value=c.value.clone()
                                            aria-describedby=c.hint.is_some().then(|| hint_id.clone())
                                            prop:checked=move || value.with(|v| *v == checked_value)
                                            on:change=move |_| value.set(choice_value.clone())
                                        />
                                        <div>
                                            <label for=input_id>{c.label}</label>
                                            {c.hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
                                        </div>
                                    </div>
                                }
                            })
                            .collect_view()
                    }}
                </div>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn a_description_names_only_what_is_on_the_page_in_order() {
        assert_eq!(
            describe(&[("a-hint", true), ("a-error", false), ("a-chosen", true)]),
            "a-hint a-chosen"
        );
        assert_eq!(describe(&[("a-hint", false)]), "");
    }
}
