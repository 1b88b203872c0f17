//! Drafts of unfinished requests, saved in browser storage per flow and per customer so that
//! nothing typed is lost to a reload, a crash or a closed tab. They expire after a few days.

use crate::browser;
use crate::domain::Timestamp;
use crate::storage;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

const MAX_AGE_MS: i64 = 3 * 24 * 60 * 60 * 1000;

#[derive(Serialize, Deserialize)]
struct Stored<T> {
    saved_at: i64,
    draft: T,
}

fn key(flow: &str, customer_id: &str) -> String {
    format!("draft.v1.{flow}.{customer_id}")
}

/// The saved draft and when it was saved, unless there is none, it is too old or unreadable.
pub fn load<T: DeserializeOwned>(flow: &str, customer_id: &str) -> Option<(T, Timestamp)> {
    let stored: Stored<T> = storage::read(&key(flow, customer_id))?;
    let age = browser::now().0 - stored.saved_at;
    if age > MAX_AGE_MS {
        discard(flow, customer_id);
        return None;
    }
    Some((stored.draft, Timestamp(stored.saved_at)))
}

pub fn save<T: Serialize>(flow: &str, customer_id: &str, draft: &T) -> bool {
    storage::write(
        &key(flow, customer_id),
        &Stored {
            saved_at: browser::now().0,
            draft,
        },
    )
}

pub fn discard(flow: &str, customer_id: &str) {
    storage::remove(&key(flow, customer_id));
}

/// Declares a struct of one `RwSignal<String>` per field of a form struct, to bind inputs to,
/// with conversions both ways.
#[macro_export]
macro_rules! form_signals {
    ($(#[$meta:meta])* $name:ident for $form:ident { $($field:ident),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            $(pub $field: leptos::prelude::RwSignal<String>,)*
        }

        impl $name {
            pub fn new(form: &$form) -> Self {
                Self { $($field: leptos::prelude::RwSignal::new(form.$field.clone()),)* }
            }

            /// The form as typed (tracks every field).
            pub fn get(&self) -> $form {
                use leptos::prelude::Get;
                $form { $($field: self.$field.get(),)* }
            }

            pub fn get_untracked(&self) -> $form {
                use leptos::prelude::GetUntracked;
                $form { $($field: self.$field.get_untracked(),)* }
            }

            pub fn set(&self, form: &$form) {
                use leptos::prelude::Set;
                $(self.$field.set(form.$field.clone());)*
            }
        }
    };
}
