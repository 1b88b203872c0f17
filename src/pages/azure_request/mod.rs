//! The Azure "New support request" flow: Basics -> Details -> Contact -> Review -> Create. The
//! flow shell runs it; here are its own parts: its rules (`rules`), its steps' fields and its
//! review.

mod attachment;
mod basics;
mod details;
mod review;
pub mod rules;

use crate::backend::BackendError;
use crate::components::contact_fields::{ContactSignals, ContactStep};
use crate::components::error_summary::FormError;
use crate::components::own_support_plan::OwnPlanSignals;
use crate::domain::service::ServiceFamily;
use crate::domain::validation::{AzureBasicsForm, AzureDetailsForm, ContactForm};
use crate::domain::Attachment;
use crate::form_signals;
use crate::form_signals::FormSignals;
use crate::i18n::FormStrings;
use crate::load::use_load;
use crate::party::{load_party, Party};
use crate::request_flow::{FlowNav, FlowPage, RequestFlow};
use crate::routes::{use_customer_id, Route};
use leptos::prelude::*;
use rules::{AzureAnswers, AzureFlow, AzureStep};

form_signals!(BasicsSignals for AzureBasicsForm {
    issue_type, azure_subscription_id, service_id, problem_type, problem_subtype, support_plan, summary
});
form_signals!(DetailsSignals for AzureDetailsForm {
    description, problem_start, severity, advanced_diagnostic_consent, support_language
});
form_signals!(AzureForm for AzureAnswers {
    basics: BasicsSignals,
    details: DetailsSignals,
    contact: ContactSignals,
    own_plan: OwnPlanSignals,
    save_contact: RwSignal<bool>,
    attachment: RwSignal<Option<Attachment>>,
});

#[component]
pub fn AzureRequest() -> impl IntoView {
    let customer_id = use_customer_id();
    let flow = use_load(move |backend| {
        let id = customer_id.get();
        async move {
            let id = id.ok_or(BackendError::NotFound)?;
            let party = load_party(backend.clone(), id.clone()).await?;
            let subscriptions = backend
                .subscriptions(&id)
                .await?
                .into_iter()
                .filter(|s| s.family == ServiceFamily::Azure && s.azure_subscription_id.is_some())
                .collect();
            Ok(AzureFlow {
                party,
                subscriptions,
            })
        }
    });
    view! { <FlowPage flow /> }
}

impl RequestFlow for AzureFlow {
    type Form = AzureForm;

    fn draft_form(&self) -> &'static str {
        "azure"
    }

    fn party(&self) -> &Party {
        &self.party
    }

    fn fresh(&self, contact: &ContactForm) -> AzureAnswers {
        self.fresh_answers(contact)
    }

    fn contact_to_save(answers: &AzureAnswers) -> Option<ContactForm> {
        answers.save_contact.then(|| answers.contact.clone())
    }

    fn route(&self) -> Route<'_> {
        Route::AzureRequest {
            customer: &self.party.id,
        }
    }

    fn heading(&self, f: &'static FormStrings) -> &'static str {
        f.new_azure_request_title
    }

    fn lead(&self) -> String {
        self.party.name.clone()
    }

    fn crumb(&self, f: &'static FormStrings) -> String {
        f.new_azure_request_title.to_owned()
    }

    fn send_label(&self, f: &'static FormStrings) -> &'static str {
        f.create_button
    }

    fn step_view(
        &self,
        step: AzureStep,
        form: AzureForm,
        errors: Signal<Vec<FormError>>,
        nav: &FlowNav<AzureStep>,
    ) -> AnyView {
        match step {
            AzureStep::Basics => view! {
                <basics::BasicsStep
                    form=form.basics
                    own_plan=form.own_plan
                    own_organization=self.party.is_own_organization()
                    subscriptions=self.subscriptions.clone()
                    errors
                />
            }
            .into_any(),
            AzureStep::Details => view! {
                <details::DetailsStep
                    form=form.details
                    attachment=form.attachment
                    issue_type=form.basics.issue_type
                    errors
                />
            }
            .into_any(),
            AzureStep::Contact => view! {
                <ContactStep form=form.contact save=form.save_contact errors show_language=false />
            }
            .into_any(),
            AzureStep::Review => review::review(self, &form.answers_untracked(), nav).into_any(),
        }
    }
}
