//! The page every request flow runs in: heading, draft notices, steps, errors, the step's
//! fields, the actions and the send.

use super::send_status::SendStatus;
use super::{
    errors_so_far, first_incomplete_before, use_flow_query, Clock, FlowDraft, FlowNav, FlowStep,
    RequestFlow,
};
use crate::backend::new_request_id;
use crate::browser;
use crate::components::breadcrumbs::{Breadcrumbs, Crumb};
use crate::components::error_summary::{focus_element, from_field_errors, ErrorSummary, FormError};
use crate::components::load_error::{LoadError, LoadingLine};
use crate::components::page_heading::PageHeading;
use crate::components::steps::StepIndicator;
use crate::context::use_backend;
use crate::domain::validation::FieldError;
use crate::drafts::notices::{DraftNotices, DraftSaved};
use crate::drafts::{Draft, DraftKeeper};
use crate::form_signals::FormSignals;
use crate::i18n::{use_form_strings, use_strings};
use crate::load::Loaded;
use crate::routes::Route;
use crate::session::PartnerProfile;
use crate::submission::{carry_changes_to_note, file_request, Filing, SubmissionState};
use leptos::prelude::*;

/// A flow's page: "Loading…", then the flow once what it needs is loaded, or why it is not.
#[component]
pub fn FlowPage<F: RequestFlow + Clone>(flow: Loaded<F>) -> impl IntoView {
    view! {
        <Suspense fallback=|| view! { <LoadingLine /> }>
            {move || {
                flow.get()
                    .map(|loaded| match loaded {
                        Ok(flow) => view! { <FlowShell flow /> }.into_any(),
                        Err(error) => view! { <LoadError error on_retry=move |_| flow.refetch() /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

fn clock() -> Clock {
    Clock {
        now: browser::now(),
        local_offset: browser::local_offset_minutes,
    }
}

#[component]
pub fn FlowShell<F: RequestFlow>(flow: F) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let profile = PartnerProfile::expect();
    let flow = StoredValue::new(flow);
    let fresh = move || FlowDraft {
        key: new_request_id(),
        answers: flow.with_value(|fl| profile.with_untracked(|p| fl.fresh(p))),
    };

    // The draft: the answers and their key.
    let (form_name, party_id) = flow.with_value(|fl| (fl.draft_form(), fl.party().id.clone()));
    let (draft, initial) = Draft::<FlowDraft<F::Answers>>::open(form_name, &party_id, fresh);
    let keeper = draft.keeper;
    let key = RwSignal::new(if initial.key.is_empty() {
        new_request_id()
    } else {
        initial.key.clone()
    });
    let form = F::Form::from_answers(&initial.answers);
    draft.watch(move || FlowDraft {
        key: key.get(),
        answers: form.answers(),
    });
    let adopt = move |draft: FlowDraft<F::Answers>| {
        form.set_answers(&draft.answers);
        if !draft.key.is_empty() {
            key.set(draft.key);
        }
    };

    let nav = flow.with_value(|fl| FlowNav::new(fl.route(), F::step_of));
    let query = use_flow_query::<F::Step>();
    let errors = RwSignal::new(Vec::<FormError>::new());
    let attempt = RwSignal::new(0u32);
    let show = move |found: &[FieldError]| {
        errors.set(from_field_errors(found));
        attempt.update(|n| *n += 1);
    };
    // Errors to show on the step the partner is sent back to, once it is there.
    let on_arrival = StoredValue::new(None::<Vec<FieldError>>);

    let backend = use_backend();
    let filing = backend
        .clone()
        .ok()
        .map(|backend| file_request(backend, keeper.closer()));
    let state =
        Signal::derive(move || filing.map_or(SubmissionState::Idle, |filing| filing.state()));

    // A step is reachable only when the ones before it are complete.
    let guard_nav = nav.clone();
    Effect::new(move |_| {
        let step = query.step.get();
        errors.set(Vec::new());
        if let Some(filing) = filing {
            filing.reset();
        }
        let answers = form.answers_untracked();
        let incomplete = flow.with_value(|fl| first_incomplete_before(fl, &answers, step, clock()));
        if let Some(first) = incomplete {
            guard_nav.go(first, true);
            return;
        }
        if let Some(found) = on_arrival.try_update_value(Option::take).flatten() {
            show(&found);
            return;
        }
        match query.focus.get_untracked() {
            Some(field) => request_animation_frame(move || focus_element(&field)),
            None => request_animation_frame(|| focus_element("step-heading")),
        }
    });

    let continue_nav = nav.clone();
    let on_continue = move |step: F::Step| {
        let answers = form.answers_untracked();
        let found = flow.with_value(|fl| errors_so_far(fl, &answers, step, clock()));
        let earlier = found
            .iter()
            .map(|e| F::step_of(e.field))
            .filter(|s| s.position() < step.position())
            .min_by_key(|s| s.position());
        match earlier {
            Some(earlier) => {
                on_arrival.set_value(Some(found));
                continue_nav.go(earlier, false);
            }
            None if found.is_empty() => {
                let next = if query.then_review.get_untracked() {
                    F::Step::review()
                } else {
                    step.next()
                };
                continue_nav.go(next, false);
            }
            None => show(&found),
        }
    };

    let send_nav = nav.clone();
    let send = Callback::new(move |()| {
        let Some(filing) = filing else { return };
        let answers = form.answers_untracked();
        match flow.with_value(|fl| fl.build(&answers, clock())) {
            Ok(request) => {
                filing.send(Filing {
                    request,
                    key: key.get_untracked(),
                    save_contact: F::contact_to_save(&answers),
                });
            }
            Err(found) => {
                // The review has no fields: show the errors where they are.
                let first = found
                    .iter()
                    .map(|e| F::step_of(e.field))
                    .min_by_key(|s| s.position())
                    .unwrap_or_else(F::Step::first);
                on_arrival.set_value(Some(found));
                send_nav.go(first, false);
            }
        }
    });

    let backend = StoredValue::new_local(backend.ok());
    let add_as_note = move |filed_id: String| {
        let Some(backend) = backend.get_value() else {
            return;
        };
        let answers = form.answers_untracked();
        if let Ok(request) = flow.with_value(|fl| fl.build(&answers, clock())) {
            carry_changes_to_note(backend, request, filed_id, keeper.closer(), f.changes_note);
        }
    };

    let step_names: Vec<&'static str> = F::Step::ALL.iter().map(|step| step.name(f)).collect();
    let (heading, lead, crumb, send_label, party_name, party_href) = flow.with_value(|fl| {
        (
            fl.heading(f),
            fl.lead(),
            fl.crumb(f),
            fl.send_label(f),
            fl.party().name.clone(),
            fl.party().href(),
        )
    });
    let trail = vec![
        Crumb::link(s.app.nav_customers, Route::Customers.href()),
        Crumb::link(party_name, party_href),
        Crumb::here(crumb),
    ];
    let has_errors = Signal::derive(move || !errors.with(Vec::is_empty));
    // One draft, one key: keep the other tab's, which it may have sent the answers with.
    let keep_mine = move |_| {
        if let Some(theirs) = draft.keep_mine().filter(|t| !t.key.is_empty()) {
            key.set(theirs.key);
        }
    };
    let back_nav = nav.clone();
    let view_nav = nav.clone();
    let step = query.step;
    let body = ViewFn::from(move || {
        let step = step.get();
        if step.is_review() {
            // The review shows the answers as they are: new ones from another tab or a
            // discarded draft redraw it.
            form.answers();
        }
        flow.with_value(|fl| fl.step_view(step, form, errors.into(), &view_nav))
    });

    view! {
        <ShellPage
            trail
            heading
            lead
            has_errors
            keeper
            on_discard=move |_| adopt(draft.discard())
            on_take_theirs=move |_| draft.take_theirs().into_iter().for_each(adopt)
            on_keep_mine=keep_mine
            step_names
            current=Signal::derive(move || step.get().position())
            errors
            attempt
            state
            on_send_again=send
            on_add_as_note=add_as_note
            on_submit=move |_| {
                let current = step.get_untracked();
                if current.is_review() { send.run(()) } else { on_continue(current) }
            }
            on_back=move |_| back_nav.go(step.get_untracked().previous(), false)
            send_label
            body
        />
    }
}

/// The page of a flow, the same for every flow: heading, draft notices, steps, errors, the
/// step's fields and the actions. Not generic, so that it is built once for all flows.
#[component]
#[allow(clippy::too_many_arguments)]
fn ShellPage(
    trail: Vec<Crumb>,
    heading: &'static str,
    lead: String,
    #[prop(into)] has_errors: Signal<bool>,
    keeper: DraftKeeper,
    #[prop(into)] on_discard: Callback<()>,
    #[prop(into)] on_take_theirs: Callback<()>,
    #[prop(into)] on_keep_mine: Callback<()>,
    step_names: Vec<&'static str>,
    #[prop(into)] current: Signal<usize>,
    errors: RwSignal<Vec<FormError>>,
    attempt: RwSignal<u32>,
    #[prop(into)] state: Signal<SubmissionState>,
    #[prop(into)] on_send_again: Callback<()>,
    #[prop(into)] on_add_as_note: Callback<String>,
    /// Continue, or on the review, send.
    #[prop(into)]
    on_submit: Callback<()>,
    #[prop(into)] on_back: Callback<()>,
    send_label: &'static str,
    /// The current step's fields, or the review.
    body: ViewFn,
) -> impl IntoView {
    let s = use_strings();
    let f = use_form_strings();
    let sending = Signal::derive(move || state.get().is_sending());
    let last = step_names.len().saturating_sub(1);
    let names = step_names.clone();
    let title = move || names.get(current.get()).copied().unwrap_or_default();
    view! {
        <div class="readable">
            <Breadcrumbs trail />
            <PageHeading title=heading has_errors />
            <p class="lead">{lead}</p>
            <DraftNotices keeper on_discard on_take_theirs on_keep_mine />
            <StepIndicator steps=step_names current />
            <ErrorSummary errors attempt />
            <SendStatus state on_send_again on_add_as_note />
            <form
                class="form"
                novalidate
                on:submit=move |ev| {
                    ev.prevent_default();
                    on_submit.run(());
                }
            >
                <h2 id="step-heading" tabindex="-1">{title}</h2>
                {move || body.run()}
                <div class="actions">
                    <button type="submit" class="button" disabled=move || sending.get()>
                        {move || match (current.get() == last, sending.get()) {
                            (_, true) => f.sending,
                            (true, false) => send_label,
                            (false, false) => f.continue_button,
                        }}
                    </button>
                    <Show when=move || current.get() != 0>
                        <button type="button" class="button button--secondary" on:click=move |_| on_back.run(())>
                            {f.back_button}
                        </button>
                    </Show>
                    <a href=Route::Help.href() target="_blank" rel="noopener">
                        {f.help_link}
                        <span class="visually-hidden">{s.app.opens_in_new_tab}</span>
                    </a>
                    <DraftSaved keeper />
                </div>
                <p class="visually-hidden" role="status">{move || sending.get().then_some(f.sending)}</p>
            </form>
        </div>
    }
}
