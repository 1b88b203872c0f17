//! Severity and status as badges: colour always with a text label, never colour alone.

use crate::domain::service_request::RequestStatus;
use crate::domain::severity::Severity;
use crate::i18n::use_request_strings;
use leptos::prelude::*;

#[component]
pub fn SeverityBadge(severity: Severity) -> impl IntoView {
    let r = use_request_strings();
    let class = match severity {
        Severity::Critical => "badge badge--critical",
        Severity::Moderate => "badge badge--moderate",
        Severity::Minimal => "badge badge--minimal",
    };
    view! { <span class=class>{(r.severity_name)(severity)}</span> }
}

#[component]
pub fn StatusBadge(status: RequestStatus) -> impl IntoView {
    let r = use_request_strings();
    let class = match status {
        RequestStatus::Open => "badge badge--open",
        RequestStatus::Closed => "badge badge--closed",
        RequestStatus::AttentionNeeded => "badge badge--attention",
        RequestStatus::None => "badge badge--neutral",
    };
    view! { <span class=class>{(r.status_name)(status)}</span> }
}
