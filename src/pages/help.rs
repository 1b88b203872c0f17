//! Questions partners ask, from the source document's FAQ: one section per question with an
//! `h2`, a table of contents, and the response times as a real table. The words live in
//! `i18n/*/help.rs`; this file holds the shape of an answer and renders it, as text only.

use crate::components::page_heading::PageHeading;
use crate::domain::severity::{ResponseTarget, Severity};
use crate::i18n::{use_help_strings, use_request_strings, HelpBlock, HelpSection};
use leptos::prelude::*;

#[component]
pub fn Help() -> impl IntoView {
    let h = use_help_strings();
    view! {
        <div class="readable help">
            <PageHeading title=h.help_title />
            <p class="lead">{h.intro}</p>
            <nav class="toc card" aria-labelledby="toc-heading">
                <h2 id="toc-heading" class="toc__heading">{h.contents_label}</h2>
                <ol>
                    {h.sections
                        .iter()
                        .map(|section| view! { <li><a href=format!("#{}", section.id)>{section.heading}</a></li> })
                        .collect_view()}
                </ol>
            </nav>
            {h.sections.iter().map(|section| view! { <Section section /> }).collect_view()}
        </div>
    }
}

#[component]
fn Section(section: &'static HelpSection) -> impl IntoView {
    view! {
        <section class="help-section" aria-labelledby=section.id>
            <h2 id=section.id tabindex="-1">{section.heading}</h2>
            {section.blocks.iter().map(block).collect_view()}
        </section>
    }
}

fn block(block: &'static HelpBlock) -> AnyView {
    match block {
        HelpBlock::Text(text) => view! { <p>{*text}</p> }.into_any(),
        HelpBlock::Bullets(items) => {
            view! { <ul>{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul> }
                .into_any()
        }
        HelpBlock::Steps(items) => view! {
            <ol class="help-steps">{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ol>
        }
        .into_any(),
        HelpBlock::Subheading(text) => view! { <h3>{*text}</h3> }.into_any(),
        HelpBlock::Note(text) => view! { <p class="notice">{*text}</p> }.into_any(),
        HelpBlock::Link { text, to } => view! { <p><a href=to.href()>{*text}</a></p> }.into_any(),
        HelpBlock::ResponseTimes => view! { <ResponseTimes /> }.into_any(),
    }
}

/// Severity, business impact and initial response for critical technical incidents.
#[component]
fn ResponseTimes() -> impl IntoView {
    let h = use_help_strings();
    let r = use_request_strings();
    view! {
        <div class="table-wrap response-times">
            <table class="stack">
                <caption>{h.response_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{h.column_severity}</th>
                        <th scope="col">{h.column_impact}</th>
                        <th scope="col">{h.column_response}</th>
                    </tr>
                </thead>
                <tbody>
                    {Severity::ALL
                        .into_iter()
                        .map(|severity| {
                            let target: ResponseTarget = severity.critical_incident_target();
                            view! {
                                <tr>
                                    <th scope="row">{(r.severity_name)(severity)}</th>
                                    <td data-label=h.column_impact>{(h.impact)(severity)}</td>
                                    <td data-label=h.column_response class="response-times__target">
                                        {(h.response_time)(target)}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
