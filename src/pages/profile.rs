//! The partner's own contact details, saved in this browser to prefill the request forms.

use crate::components::contact_fields::{ContactFields, ContactSignals};
use crate::components::error_summary::{focus_element, from_field_errors, ErrorSummary, FormError};
use crate::components::page_heading::PageHeading;
use crate::domain::validation::{validate_contact, ContactForm};
use crate::form_signals::FormSignals;
use crate::i18n::{use_form_strings, use_request_strings};
use crate::session::PartnerProfile;
use leptos::prelude::*;

/// What the last save or clear did, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Saved,
    Refused,
    Cleared,
}

/// The form as typed, without surrounding spaces: what is worth keeping.
fn trimmed(form: ContactForm) -> ContactForm {
    let t = |s: String| s.trim().to_owned();
    ContactForm {
        first_name: t(form.first_name),
        last_name: t(form.last_name),
        email: t(form.email),
        phone: t(form.phone),
        country: t(form.country),
        time_zone: t(form.time_zone),
        support_language: t(form.support_language),
    }
}

#[component]
pub fn Profile() -> impl IntoView {
    let f = use_form_strings();
    let r = use_request_strings();
    let profile = PartnerProfile::expect();
    let form = profile.with_untracked(ContactSignals::from_answers);
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    let outcome = RwSignal::new(None::<Outcome>);
    let has_errors = Signal::derive(move || !errors.with(Vec::is_empty));
    let has_saved = move || profile.with(|p| *p != ContactForm::default());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        outcome.set(None);
        let typed = form.answers_untracked();
        // The partner's own details: no customer domain to keep the e-mail away from.
        match validate_contact(&typed, &[]) {
            Ok(_) => {
                errors.set(Vec::new());
                let kept = trimmed(typed);
                let saved = profile.save(kept.clone());
                if saved {
                    // The fields show what is kept, not the spaces typed around it.
                    form.set_answers(&kept);
                }
                outcome.set(Some(if saved {
                    Outcome::Saved
                } else {
                    Outcome::Refused
                }));
            }
            Err(found) => {
                errors.set(from_field_errors(&found));
                attempt.update(|n| *n += 1);
            }
        }
    };
    let clear = move |_| {
        let empty = ContactForm::default();
        // Saving the empty form is how the stored details are forgotten.
        let stored = profile.save(empty.clone());
        form.set_answers(&empty);
        errors.set(Vec::new());
        outcome.set(Some(if stored {
            Outcome::Cleared
        } else {
            Outcome::Refused
        }));
        // The clear button goes away with the details: continue where they are typed again.
        request_animation_frame(|| focus_element("first-name"));
    };

    view! {
        <div class="readable">
            <PageHeading title=r.profile_title has_errors />
            <p class="lead">{r.profile_intro}</p>
            <p class="notice">{r.profile_storage_note}</p>
            <ErrorSummary errors attempt />
            {move || (outcome.get() == Some(Outcome::Refused)).then(|| view! {
                <div class="notice notice--warning" role="alert">
                    <h2>{r.save_refused_title}</h2>
                    <p>{r.save_refused_body}</p>
                </div>
            })}
            <form class="form" novalidate on:submit=save>
                <h2>{f.contact_heading}</h2>
                <ContactFields form errors />
                <div class="actions">
                    <button type="submit" class="button">{r.save_details}</button>
                </div>
            </form>
            <div role="status" class="profile-status">
                {move || match outcome.get() {
                    Some(Outcome::Saved) => Some(view! { <p class="notice notice--success">{r.details_saved}</p> }),
                    Some(Outcome::Cleared) => Some(view! { <p class="notice notice--success">{r.details_cleared}</p> }),
                    _ => None,
                }}
            </div>
            {move || has_saved().then(|| view! {
                <section class="card profile-clear" aria-labelledby="clear-heading">
                    <h2 id="clear-heading">{r.clear_details}</h2>
                    <p class="hint" id="clear-hint">{r.clear_details_hint}</p>
                    <button
                        type="button"
                        class="button button--secondary"
                        aria-describedby="clear-hint"
                        on:click=clear
                    >
                        {r.clear_details}
                    </button>
                </section>
            })}
        </div>
    }
}
