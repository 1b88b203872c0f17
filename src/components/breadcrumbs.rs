//! "Customers / Contoso / Service management / New request".

use crate::i18n::use_strings;
use leptos::prelude::*;
use leptos_router::components::A;

/// One step of the trail; the last one is the current page and has no link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub label: String,
    pub href: Option<String>,
}

impl Crumb {
    pub fn link(label: impl Into<String>, href: impl Into<String>) -> Crumb {
        Crumb {
            label: label.into(),
            href: Some(href.into()),
        }
    }

    pub fn here(label: impl Into<String>) -> Crumb {
        Crumb {
            label: label.into(),
            href: None,
        }
    }
}

#[component]
pub fn Breadcrumbs(#[prop(into)] trail: Signal<Vec<Crumb>>) -> impl IntoView {
    let s = use_strings();
    view! {
        <nav class="breadcrumbs" aria-label=s.app.breadcrumbs>
            <ol>
                {move || {
                    trail
                        .get()
                        .into_iter()
                        .map(|crumb| match crumb.href {
                            Some(href) => view! { <li><A href=href exact=true>{crumb.label}</A></li> }.into_any(),
                            None => view! { <li aria-current="page">{crumb.label}</li> }.into_any(),
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}
