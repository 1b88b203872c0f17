//! The partner's own contact details, as both request flows and the profile screen ask for them.

use crate::components::check_answers::Answer;
use crate::components::error_summary::{message_for, FormError};
use crate::components::fields::{Choice, RadioGroup, SelectField, TextField};
use crate::domain::contact::{countries, country_name, region_code, time_zones, SupportLanguage};
use crate::domain::validation::{ContactForm, Field};
use crate::form_signals;
use crate::i18n::use_form_strings;
use crate::i18n::{use_locale, Locale};
use leptos::prelude::*;

form_signals!(
    /// The contact form's inputs.
    ContactSignals for ContactForm {
        first_name, last_name, email, phone, country, time_zone, support_language
    }
);

/// The fields; `show_language` is off in the Azure flow, which asks for the language with the
/// details.
#[component]
pub fn ContactFields(
    form: ContactSignals,
    #[prop(into)] errors: Signal<Vec<FormError>>,
    #[prop(default = true)] show_language: bool,
) -> impl IntoView {
    let f = use_form_strings();
    let error = move |field: Field| Signal::derive(move || message_for(&errors.get(), field.id()));
    let locale = use_locale();
    let mut country_choices = countries()
        .iter()
        .map(|(code, _)| Choice::new(*code, country(locale, code)))
        .collect::<Vec<_>>();
    country_choices.sort_by(|a, b| a.label.cmp(&b.label));
    let zone_choices = time_zones()
        .iter()
        .map(|z| Choice::new(*z, time_zone(locale, z)))
        .collect::<Vec<_>>();
    let email_method = RwSignal::new("email".to_owned());

    view! {
        <TextField
            id=Field::FirstName.id()
            label=(f.field_label)(Field::FirstName)
            value=form.first_name
            error=error(Field::FirstName)
            autocomplete="given-name"
            class="input--medium"
            spellcheck=false
        />
        <TextField
            id=Field::LastName.id()
            label=(f.field_label)(Field::LastName)
            value=form.last_name
            error=error(Field::LastName)
            autocomplete="family-name"
            class="input--medium"
            spellcheck=false
        />
        <TextField
            id=Field::Email.id()
            label=(f.field_label)(Field::Email)
            hint=f.email_hint
            value=form.email
            error=error(Field::Email)
            input_type="email"
            autocomplete="email"
            spellcheck=false
        />
        <TextField
            id=Field::Phone.id()
            label=f.phone_label
            hint=f.phone_hint
            value=form.phone
            error=error(Field::Phone)
            input_type="tel"
            autocomplete="tel"
            class="input--medium"
        />
        <SelectField
            id=Field::Country.id()
            label=(f.field_label)(Field::Country)
            value=form.country
            choices=country_choices
            error=error(Field::Country)
            placeholder=f.select_placeholder
            autocomplete="country"
        />
        <SelectField
            id=Field::TimeZone.id()
            label=(f.field_label)(Field::TimeZone)
            hint=f.time_zone_hint
            value=form.time_zone
            choices=zone_choices
            error=error(Field::TimeZone)
            placeholder=f.select_placeholder
        />
        {show_language.then(|| view! { <SupportLanguageField value=form.support_language error=error(Field::SupportLanguage) /> })}
        <RadioGroup
            id="contact-method"
            legend=f.contact_method_legend
            hint=f.contact_method_hint
            value=email_method
            choices=vec![Choice::new("email", f.contact_method_email)]
            error=Signal::derive(|| None::<String>)
        />
    }
}

/// The language Microsoft's engineers answer in.
#[component]
pub fn SupportLanguageField(
    value: RwSignal<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let f = use_form_strings();
    let choices = SupportLanguage::ALL
        .iter()
        .map(|l| Choice::new(l.code(), (f.support_language_name)(*l)))
        .collect::<Vec<_>>();
    view! {
        <SelectField
            id=Field::SupportLanguage.id()
            label=(f.field_label)(Field::SupportLanguage)
            hint=f.english_only_note
            value
            choices
            error
            placeholder=f.select_placeholder
        />
    }
}

/// "Save these details for future requests".
#[component]
pub fn SaveContactCheckbox(checked: RwSignal<bool>) -> impl IntoView {
    let f = use_form_strings();
    view! {
        <div class="field">
            <div class="choice">
                <input
                    type="checkbox"
                    id="save-contact"
                    aria-describedby="save-contact-hint"
                    prop:checked=move || checked.get()
                    on:change=move |ev| checked.set(event_target_checked(&ev))
                />
                <div>
                    <label for="save-contact">{f.save_contact}</label>
                    <p class="hint" id="save-contact-hint">{f.save_contact_hint}</p>
                </div>
            </div>
        </div>
    }
}

/// A flow's contact step: whose details to give, the fields, and "Save these details".
#[component]
pub fn ContactStep(
    form: ContactSignals,
    save: RwSignal<bool>,
    #[prop(into)] errors: Signal<Vec<FormError>>,
    #[prop(default = true)] show_language: bool,
) -> impl IntoView {
    let f = use_form_strings();
    view! {
        <p class="notice">{f.contact_note}</p>
        <ContactFields form errors show_language />
        <SaveContactCheckbox checked=save />
    }
}

/// The contact details as answers; `change` gives each field's "Change" address.
pub fn contact_answers(c: &ContactForm, change: impl Fn(Field) -> String) -> Vec<Answer> {
    let f = use_form_strings();
    let label = f.field_label;
    let or_not_given = |value: &str| {
        if value.trim().is_empty() {
            f.not_given.to_owned()
        } else {
            value.trim().to_owned()
        }
    };
    vec![
        Answer::new(
            format!("{} / {}", label(Field::FirstName), label(Field::LastName)),
            format!("{} {}", c.first_name.trim(), c.last_name.trim()),
        )
        .change(change(Field::FirstName)),
        Answer::new(label(Field::Email), c.email.trim().to_owned()).change(change(Field::Email)),
        Answer::new(label(Field::Phone), or_not_given(&c.phone)).change(change(Field::Phone)),
        Answer::new(
            label(Field::Country),
            country(use_locale(), c.country.trim()),
        )
        .change(change(Field::Country)),
        Answer::new(
            label(Field::TimeZone),
            time_zone(use_locale(), c.time_zone.trim()),
        )
        .change(change(Field::TimeZone)),
        Answer::new(f.contact_method_legend, f.contact_method_email),
    ]
}

/// A time zone as the partner reads it, the city first so that typing it in the select finds
/// it: "Berlin – Central European Time (GMT+1)", "Берлин – Центральная Европа (GMT+1)"; the
/// IANA name as it is for `UTC`, where the browser does not know the zone, and empty for none.
pub fn time_zone(locale: Locale, zone: &str) -> String {
    let city = (locale.forms().time_zone_city)(zone).map_or_else(
        || zone.rsplit('/').next().unwrap_or(zone).replace('_', " "),
        str::to_owned,
    );
    let name = |style| crate::browser::time_zone_name(locale.tag(), zone, style);
    match (name("longGeneric"), name("shortOffset")) {
        (Some(generic), Some(offset)) if zone.contains('/') => {
            format!("{city} – {generic} ({offset})")
        }
        _ => zone.to_owned(),
    }
}

/// A country's name in the partner's language, from the browser (`Intl.DisplayNames`); the
/// English name where the browser has none.
fn country(locale: Locale, alpha3: &str) -> String {
    region_code(alpha3)
        .and_then(|region| crate::browser::display_name(locale.tag(), "region", region))
        .or_else(|| country_name(alpha3).map(str::to_owned))
        .unwrap_or_default()
}
