//! Whom a page is about: one of the partner's customers, or the partner's own organization
//! (reached through the customer id `my-organization`).

use crate::backend::{Backend, BackendError};
use crate::domain::customer::{Customer, RequestParty, OWN_ORGANIZATION_ID};
use crate::i18n::Locale;
use crate::routes::Route;

#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    /// The id used in this app's URLs.
    pub id: String,
    pub name: String,
    /// `None` for the partner's own organization.
    pub customer: Option<Customer>,
}

impl Party {
    pub fn is_own_organization(&self) -> bool {
        self.customer.is_none()
    }

    pub fn request_party(&self) -> RequestParty {
        match &self.customer {
            Some(c) => RequestParty::Customer {
                customer_id: c.id.clone(),
            },
            None => RequestParty::OwnOrganization,
        }
    }

    /// The customer's domains, which the partner's contact e-mail must not be at.
    pub fn domains(&self) -> Vec<String> {
        self.customer
            .iter()
            .flat_map(|c| c.domains().map(str::to_owned))
            .collect()
    }

    /// The party's service management screen.
    pub fn href(&self) -> String {
        Route::ServiceManagement { customer: &self.id }.href()
    }
}

/// Loads the party named by a URL's customer id.
pub async fn load_party(backend: Backend, id: String) -> Result<Party, BackendError> {
    if id == OWN_ORGANIZATION_ID {
        return Ok(Party {
            id,
            name: own_organization_name().to_owned(),
            customer: None,
        });
    }
    let customer = backend.customer(&id).await?;
    Ok(Party {
        id,
        name: customer.company_name.clone(),
        customer: Some(customer),
    })
}

/// The partner's own organization as the app calls it. Read without a reactive owner, as
/// loaders run outside one.
fn own_organization_name() -> &'static str {
    leptos::prelude::use_context::<Locale>()
        .unwrap_or_default()
        .forms()
        .my_organization
}
