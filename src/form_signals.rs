//! A form's answers are plain structs of `String`s (so a draft stores them as typed); on the
//! page each field is its own signal, for its input to bind to. [`FormSignals`] converts
//! between the two, and [`form_signals!`](crate::form_signals) declares the signal struct of a
//! form, field by field, nesting the signal structs of its parts.

use leptos::prelude::*;

/// One signal per field of `T`.
pub trait FormSignals<T>: Copy + Send + Sync + 'static {
    fn from_answers(answers: &T) -> Self;
    /// The answers as typed (tracks every field).
    fn answers(&self) -> T;
    fn answers_untracked(&self) -> T;
    fn set_answers(&self, answers: &T);
}

impl<T: Clone + Send + Sync + 'static> FormSignals<T> for RwSignal<T> {
    fn from_answers(answers: &T) -> Self {
        RwSignal::new(answers.clone())
    }

    fn answers(&self) -> T {
        self.get()
    }

    fn answers_untracked(&self) -> T {
        self.get_untracked()
    }

    fn set_answers(&self, answers: &T) {
        self.set(answers.clone());
    }
}

/// `form_signals!(DetailsSignals for DetailsForm { title, description })` declares a struct of
/// one `RwSignal<String>` per field; `form_signals!(Answers for AnswersForm { details:
/// DetailsSignals, save: RwSignal<bool> })` one of nested signal structs. Both implement
/// [`FormSignals`].
#[macro_export]
macro_rules! form_signals {
    ($(#[$meta:meta])* $name:ident for $form:ident { $($field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy)]
        pub struct $name {
            $(pub $field: $ty,)*
        }

        impl $crate::form_signals::FormSignals<$form> for $name {
            fn from_answers(form: &$form) -> Self {
                Self {
                    $($field: $crate::form_signals::FormSignals::from_answers(&form.$field),)*
                }
            }

            fn answers(&self) -> $form {
                $form { $($field: $crate::form_signals::FormSignals::answers(&self.$field),)* }
            }

            fn answers_untracked(&self) -> $form {
                $form {
                    $($field: $crate::form_signals::FormSignals::answers_untracked(
                        &self.$field
                    ),)*
                }
            }

            fn set_answers(&self, form: &$form) {
                $($crate::form_signals::FormSignals::set_answers(&self.$field, &form.$field);)*
            }
        }
    };
    ($(#[$meta:meta])* $name:ident for $form:ident { $($field:ident),* $(,)? }) => {
        $crate::form_signals!(
            $(#[$meta])* $name for $form { $($field: leptos::prelude::RwSignal<String>),* }
        );
    };
}
