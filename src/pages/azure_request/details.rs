//! Details: description, when the problem started, severity, diagnostic consent, language, a file.

use super::attachment::AttachmentField;
use super::DetailsSignals;
use crate::browser;
use crate::components::contact_fields::{time_zone, SupportLanguageField};
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::{describe, Choice, ErrorMessage, RadioGroup};
use crate::components::problem_description::ProblemDescription;
use crate::components::severity_picker::SeverityPicker;
use crate::domain::azure::IssueType;
use crate::domain::parse_local_datetime;
use crate::domain::service::ServiceFamily;
use crate::domain::severity::IncidentKind;
use crate::domain::validation::{Field, PROBLEM_START_INCOMPLETE};
use crate::domain::Attachment;
use crate::i18n::{use_form_strings, use_locale, Locale};
use leptos::prelude::*;

#[component]
pub fn DetailsStep(
    form: DetailsSignals,
    /// A file to file with the request.
    attachment: RwSignal<Option<Attachment>>,
    /// The issue type chosen in Basics, as typed: it decides the response times shown.
    issue_type: RwSignal<String>,
    #[prop(into)] errors: Signal<Vec<FormError>>,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let incident = Signal::derive(move || {
        IncidentKind::for_request(
            ServiceFamily::Azure,
            IssueType::from_slug(&issue_type.get()),
        )
    });
    let consent_choices = vec![Choice::new("yes", f.yes), Choice::new("no", f.no)];
    let problem_start_error = error(Field::ProblemStart);
    let locale = use_locale();
    let zone = browser::browser_time_zone()
        .map(|zone| time_zone(locale, &zone))
        .unwrap_or_default();
    let read_back = Memo::new(move |_| {
        form.problem_start
            .with(|value| problem_start_in_full(value, locale))
            .map(|when| (f.problem_start_read_back)(&when))
    });
    let described_by = move || {
        describe(&[
            ("problem-start-hint", true),
            ("problem-start-read-back", read_back.with(Option::is_some)),
            (
                "problem-start-error",
                problem_start_error.with(Option::is_some),
            ),
        ])
    };

    let field = problem_start_field(form.problem_start);

    view! {
        <ProblemDescription value=form.description errors />
        <div class="field" class:field--error=move || problem_start_error.with(Option::is_some)>
            <label for=Field::ProblemStart.id()>{(f.field_label)(Field::ProblemStart)}</label>
            <p class="hint" id="problem-start-hint">{(f.problem_start_hint)(&zone)}</p>
            <ErrorMessage id=Field::ProblemStart.id().to_owned() error=problem_start_error />
            <input
                type="datetime-local"
                id=Field::ProblemStart.id()
                class="input--medium"
                aria-describedby=described_by
                aria-invalid=move || problem_start_error.with(Option::is_some).then_some("true")
                node_ref=field
                on:input=move |ev| read_problem_start(&ev, form.problem_start)
                on:keyup=move |ev| read_problem_start(&ev, form.problem_start)
                on:blur=move |ev| read_problem_start(&ev, form.problem_start)
            />
            {move || read_back.get().map(|text| view! {
                <p class="hint" id="problem-start-read-back">{text}</p>
            })}
        </div>
        <SeverityPicker value=form.severity error=error(Field::Severity) incident />
        <RadioGroup
            id=Field::AdvancedDiagnosticConsent.id()
            legend=(f.field_label)(Field::AdvancedDiagnosticConsent)
            hint=f.diagnostic_hint
            value=form.advanced_diagnostic_consent
            choices=consent_choices
            error=error(Field::AdvancedDiagnosticConsent)
        />
        <SupportLanguageField value=form.support_language error=error(Field::SupportLanguage) />
        <AttachmentField value=attachment />
    }
}

/// What the problem start's input holds, into `value`. The browser tells of a part of a date only
/// by its validity, and sends no `input` event while the value stays empty: it is read on every
/// key and when the field is left, too.
fn read_problem_start(ev: &impl AsRef<web_sys::Event>, value: RwSignal<String>) {
    let input = event_target::<web_sys::HtmlInputElement>(ev.as_ref());
    let typed = input.value();
    let typed = if typed.is_empty() && input.validity().bad_input() {
        PROBLEM_START_INCOMPLETE.to_owned()
    } else {
        typed
    };
    if value.with_untracked(|value| *value != typed) {
        value.set(typed);
    }
}

/// The problem start's input, kept in step with `value` without undoing the partner's typing.
/// While the partner types, the browser gives the field no value until the date and the time are
/// both whole, and writing that empty value back would clear what is typed so far (one cleared
/// part of a date would clear it all): the input is written only when `value` differs from it,
/// as when a draft is restored, and never while it holds a part of a date.
fn problem_start_field(value: RwSignal<String>) -> NodeRef<leptos::html::Input> {
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let Some(input) = field.get() else { return };
        let wanted = value.get();
        if wanted != PROBLEM_START_INCOMPLETE {
            if input.value() != wanted {
                input.set_value(&wanted);
            }
        } else if !input.validity().bad_input() {
            // A draft saved with part of a date: the browser kept no part of it.
            value.set(String::new());
        }
    });
    field
}

/// When the problem started, as the partner typed it (`YYYY-MM-DDTHH:MM` in their own time),
/// spelled out in full in `locale` with its UTC offset; `None` while it is empty or incomplete.
pub fn problem_start_in_full(value: &str, locale: Locale) -> Option<String> {
    parse_local_datetime(value, browser::local_offset_minutes)
        .map(|at| browser::format_full_date_time(at, locale.tag()))
}
