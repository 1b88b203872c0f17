//! One service request: its facts, description and notes, and adding a note. Notes can be added
//! while the request is open or needs attention; a closed request says why there is no form and
//! points to a new request, as Partner Center does.

use crate::backend::new_request_id;
use crate::backend::BackendError;
use crate::browser;
use crate::components::badges::{SeverityBadge, StatusBadge};
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::document_title::DocumentTitle;
use crate::components::error_summary::{
    focus_element, from_field_errors, message_for, ErrorSummary, FormError,
};
use crate::components::fields::TextArea;
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::request_list::customer_display_name;
use crate::components::sign_in_again::sign_in_again;
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::validation::{validate_note, Field, NOTE_MAX};
use crate::domain::{Note, RequestStatus, ServiceRequest, Timestamp};
use crate::drafts::notices::{DraftNotices, DraftSaved};
use crate::drafts::{Draft, NoteDraft, NOTE_FORM};
use crate::i18n::{
    use_form_strings, use_locale, use_request_strings, use_service_strings, use_strings,
};
use crate::load::use_load;
use crate::routes::{use_request_id, Route};
use crate::session::PartnerProfile;
use crate::submission::{self, Noting, SubmissionState};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn RequestDetail() -> impl IntoView {
    let s = use_strings();
    let r = use_request_strings();
    let id = use_request_id();
    let request = use_load(move |backend| {
        let id = id.get();
        async move {
            backend
                .service_request(&id.ok_or(BackendError::NotFound)?)
                .await
        }
    });
    let placeholder = move || {
        view! {
            <Breadcrumbs trail=vec![
                Crumb::link(s.app.nav_service_requests, Route::ServiceRequests.href()),
                Crumb::here(r.request_detail_title),
            ] />
            <PageHeading title=r.request_detail_title />
        }
    };
    view! {
        <div class="readable">
            <Suspense fallback=move || view! { {placeholder()} <LoadingLine /> }>
                {move || {
                    request
                        .get()
                        .map(|loaded| match loaded {
                            Ok(loaded) => view! { <RequestView request=loaded /> }.into_any(),
                            Err(error) => {
                                view! {
                                    {placeholder()}
                                    <LoadError error on_retry=move |_| request.refetch() />
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </div>
    }
}

/// Formats a time in the partner's own time zone (from the profile), else the browser's.
fn time_formatter() -> impl Fn(Timestamp) -> String + Copy + Send + Sync + 'static {
    let tag = use_locale().tag();
    let zone = StoredValue::new(PartnerProfile::expect().with_untracked(|p| p.time_zone.clone()));
    move |at| zone.with_value(|zone| browser::format_date_time(at, tag, Some(zone)))
}

#[component]
fn RequestView(request: ServiceRequest) -> impl IntoView {
    let s = use_strings();
    let r = use_request_strings();
    let format = time_formatter();
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);

    let customer_id = request
        .customer_id
        .clone()
        .unwrap_or_else(|| OWN_ORGANIZATION_ID.to_owned());
    let customer_name = customer_display_name(&request, use_form_strings().my_organization);
    let customer_href = Route::ServiceManagement {
        customer: &customer_id,
    }
    .href();
    let has_errors = Signal::derive(move || !errors.with(Vec::is_empty));
    let document_title = {
        let title = (r.detail_page_title)(&request.title);
        move || {
            if has_errors.get() {
                format!("{}{title}", s.app.error_prefix)
            } else {
                title.clone()
            }
        }
    };
    let trail = vec![
        Crumb::link(s.app.nav_customers, Route::Customers.href()),
        Crumb::link(customer_name.clone(), customer_href.clone()),
        Crumb::link(
            r.service_requests_title,
            Route::CustomerRequests {
                customer: &customer_id,
            }
            .href(),
        ),
        Crumb::here(request.id.clone()),
    ];
    let status = request.status;
    // Changed answers carried here as a note: the partner reviews and adds it.
    if use_query_map().read_untracked().get("focus").as_deref() == Some(Field::Note.id()) {
        request_animation_frame(|| focus_element(Field::Note.id()));
    }
    let service = request
        .product_name
        .clone()
        .unwrap_or_else(|| (use_service_strings().family_name)(request.family).to_owned());
    let contact = request.primary_contact.as_ref().map(|c| {
        let name = format!("{} {}", c.first_name, c.last_name)
            .trim()
            .to_owned();
        match (name.is_empty(), c.email.trim().is_empty()) {
            (false, false) => format!("{name} ({})", c.email),
            (true, false) => c.email.clone(),
            _ => name,
        }
    });
    let request_id = request.id.clone();
    let request = RwSignal::new(request);
    let fact_time =
        move |at: Option<Timestamp>| at.map(format).unwrap_or_else(|| r.not_recorded.to_owned());
    let not_recorded = |value: Option<String>| {
        value
            .filter(|v| !v.trim().is_empty())
            .unwrap_or_else(|| r.not_recorded.to_owned())
    };

    view! {
        <DocumentTitle text=document_title />
        <Breadcrumbs trail />
        <p class="eyebrow">
            {r.request_detail_title} " " <span class="request-number">{request_id.clone()}</span>
        </p>
        <h1 class="page-title">{request.with_untracked(|q| q.title.clone())}</h1>
        <ErrorSummary errors attempt />
        <div class="badges">
            <StatusBadge status />
            {request.with_untracked(|q| q.severity).map(|severity| view! { <SeverityBadge severity /> })}
        </div>
        {match status {
            RequestStatus::AttentionNeeded => Some(view! { <p class="notice notice--attention">{r.attention_notice}</p> }),
            _ => None,
        }}
        <section class="card" aria-labelledby="facts-heading">
            <h2 id="facts-heading" class="visually-hidden">{r.request_detail_title}</h2>
            <dl class="facts">
                <dt>{r.request_number}</dt>
                <dd class="request-number">{request_id.clone()}</dd>
                <dt>{r.customer_label}</dt>
                <dd><a href=customer_href.clone()>{customer_name.clone()}</a></dd>
                <dt>{r.service_label}</dt>
                <dd>{service}</dd>
                <dt>{r.topic_label}</dt>
                <dd>{not_recorded(request.with_untracked(|q| q.support_topic_name.clone()))}</dd>
                <dt>{r.created_label}</dt>
                <dd>{fact_time(request.with_untracked(|q| q.created))}</dd>
                <dt>{r.modified_label}</dt>
                <dd>{move || fact_time(request.with(|q| q.modified))}</dd>
                {request.with_untracked(|q| q.closed).map(|closed| view! {
                    <dt>{r.closed_label}</dt>
                    <dd>{fact_time(Some(closed))}</dd>
                })}
                <dt>{r.contact_label}</dt>
                <dd>{not_recorded(contact)}</dd>
                {request.with_untracked(|q| {
                    (!q.attachments.is_empty()).then(|| {
                        let files = q.attachments.iter().map(|file| view! {
                            <li>{(r.file_named)(&file.name, file.size)}</li>
                        }).collect_view();
                        view! {
                            <dt>{r.attachments_label}</dt>
                            <dd><ul class="plain-list">{files}</ul></dd>
                        }
                    })
                })}
            </dl>
        </section>
        <section aria-labelledby="description-heading">
            <h2 id="description-heading">{r.description_heading}</h2>
            <p class="request-description">{request.with_untracked(|q| q.description.clone())}</p>
        </section>
        <section aria-labelledby="notes-heading">
            <h2 id="notes-heading">{move || (r.notes_heading)(request.with(|q| q.notes.len()))}</h2>
            <NoteList notes=Signal::derive(move || request.with(|q| q.notes.clone())) />
        </section>
        {if status == RequestStatus::Closed {
            view! {
                <section class="notice" aria-labelledby="add-note-heading">
                    <h2 id="add-note-heading">{r.add_note_heading}</h2>
                    <p>{r.closed_notice}</p>
                    <p><a href=customer_href.clone()>{r.closed_new_request}</a></p>
                </section>
            }
                .into_any()
        } else {
            view! { <AddNote request errors attempt /> }.into_any()
        }}
    }
}

/// Notes, oldest first (newest last), each with its author and time.
#[component]
fn NoteList(#[prop(into)] notes: Signal<Vec<Note>>) -> impl IntoView {
    let r = use_request_strings();
    let format = time_formatter();
    move || {
        let notes = notes.get();
        if notes.is_empty() {
            return view! { <p class="hint">{r.no_notes}</p> }.into_any();
        }
        view! {
            <ol class="notes">
                {notes
                    .into_iter()
                    .map(|note| {
                        let when = note.created_date.map(|at| (at, format(at)));
                        let author = if note.created_by_name.is_empty() {
                            r.note_author_unknown.to_owned()
                        } else {
                            note.created_by_name
                        };
                        view! {
                            <li>
                                <p class="note__meta">
                                    <span class="note__author">{author}</span>
                                    {when.map(|(at, text)| view! {
                                        " · " <time datetime=at.to_iso8601()>{text}</time>
                                    })}
                                </p>
                                <p class="note__text">{note.text}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        }
        .into_any()
    }
}

/// "Add a note": validated on submit, kept as a draft until it is added, sent once at a time
/// with a key that stays the same for the same text, so that no retry adds it twice.
#[component]
fn AddNote(
    request: RwSignal<ServiceRequest>,
    errors: RwSignal<Vec<FormError>>,
    attempt: RwSignal<u32>,
) -> impl IntoView {
    let s = use_strings();
    let r = use_request_strings();
    let f = use_form_strings();
    let request_id = request.with_untracked(|q| q.id.clone());
    let (draft, initial) = Draft::open(NOTE_FORM, &request_id, NoteDraft::default);
    let keeper = draft.keeper;
    let text = RwSignal::new(initial.text);
    let sent = RwSignal::new(initial.sent);
    draft.watch(move || NoteDraft {
        text: text.get(),
        sent: sent.get(),
    });
    let adopt = move |draft: NoteDraft| {
        text.set(draft.text);
        sent.set(draft.sent);
    };
    let added = RwSignal::new(false);
    let noting = crate::context::use_backend().ok().map(|backend| {
        submission::add_note(
            backend,
            request_id.clone(),
            keeper.remover(),
            move |updated: &ServiceRequest| {
                request.set(updated.clone());
                adopt(draft.discard());
                added.set(true);
            },
        )
    });
    let state = Signal::derive(move || noting.map_or(SubmissionState::Idle, |n| n.state()));
    let sending = Signal::derive(move || state.get().is_sending());
    let note_error = Signal::derive(move || message_for(&errors.get(), Field::Note.id()));
    submission::focus_when_wrong(state, "note-failure");

    let submit = move || {
        // aria-disabled keeps the button focusable while sending, so guard here.
        let Some(noting) = noting else { return };
        if sending.get_untracked() {
            return;
        }
        added.set(false);
        let note = match validate_note(&text.get_untracked()) {
            Ok(note) => note,
            Err(found) => {
                noting.reset();
                errors.set(from_field_errors(&found));
                attempt.update(|n| *n += 1);
                return;
            }
        };
        errors.set(Vec::new());
        let mut draft = NoteDraft {
            text: text.get_untracked(),
            sent: sent.get_untracked(),
        };
        let key = draft.key_for_sending(new_request_id);
        sent.set(draft.sent);
        // The key is kept with the draft before the note leaves, for a retry after a reload.
        keeper.save_now();
        noting.send(Noting { text: note, key });
    };

    view! {
        <section aria-labelledby="add-note-heading" class="add-note">
            <h2 id="add-note-heading">{r.add_note_heading}</h2>
            <DraftNotices
                keeper
                on_discard=move |_| adopt(draft.discard())
                on_take_theirs=move |_| draft.take_theirs().into_iter().for_each(adopt)
                on_keep_mine=move |_| drop(draft.keep_mine())
            />
            {move || {
                // A note key already used with other words cannot go through again: no retry.
                let (title, error, hint, retry) = match state.get() {
                    SubmissionState::Failed(error) => (r.note_failed, Ok(error), Some(r.note_failed_hint), true),
                    SubmissionState::OutcomeUnknown(error) => (r.note_unknown_title, Ok(error), Some(r.note_unknown_hint), true),
                    SubmissionState::AlreadyFiled(_) => (r.note_failed, Err(r.note_already_added), None, false),
                    _ => return None,
                };
                let message = error.as_ref().map_or_else(|text| (*text).to_owned(), s.app.backend_error);
                Some(view! {
                    <div class="notice notice--warning" role="alert" tabindex="-1" id="note-failure">
                        <h3>{title}</h3>
                        <p>{message}</p>
                        {error.ok().and_then(|error| sign_in_again(&error))}
                        {hint.map(|hint| view! { <p>{hint}</p> })}
                        {retry.then(|| view! {
                            <button type="button" class="button button--secondary" on:click=move |_| submit()>
                                {s.app.retry}
                            </button>
                        })}
                    </div>
                })
            }}
            <form
                class="form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    submit();
                }
            >
                <TextArea
                    id=Field::Note.id()
                    label=(f.field_label)(Field::Note)
                    hint=r.note_hint
                    value=text
                    error=note_error
                    max_chars=NOTE_MAX
                    chars_left=f.chars_left
                />
                <div class="actions">
                    <button
                        type="submit"
                        class="button"
                        aria-disabled=move || sending.get().then_some("true")
                    >
                        {move || if sending.get() { r.adding_note } else { r.add_note_button }}
                    </button>
                    <DraftSaved keeper />
                </div>
            </form>
            <div role="status" class="note-status">
                {move || added.get().then(|| view! { <p class="notice notice--success">{r.note_added}</p> })}
            </div>
        </section>
    }
}
