//! Service requests on the wire.

use super::lenient::{Count, Items, Obj, Text, When, WireSeverity, WireStatus};
use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::{Attachment, Note, PrimaryContact, ServiceFamily, ServiceRequest};
use serde::Deserialize;

/// A Partner Center `ServiceRequest`, plus the `customerId`, `customerName` and `issueType`
/// extensions.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct ServiceRequestWire {
    id: Text,
    title: Text,
    description: Text,
    severity: WireSeverity,
    status: WireStatus,
    support_topic_id: Text,
    support_topic_name: Text,
    organization: Obj<OrganizationWire>,
    primary_contact: Obj<ContactWire>,
    product_name: Text,
    product_id: Text,
    customer_id: Text,
    customer_name: Text,
    created_date: When,
    last_modified_date: When,
    last_closed_date: When,
    notes: Items<NoteWire>,
    country_code: Text,
    issue_type: Text,
    azure_details: Obj<AzureDetailsWire>,
    attachments: Items<AttachmentWire>,
}

/// A file filed with the request (extension): its name and size, never its content.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct AttachmentWire {
    file_name: Text,
    size: Count,
    content_type: Text,
}

/// The Azure details a server may echo back as in the create body.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct AzureDetailsWire {
    issue_type: Text,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct OrganizationWire {
    name: Text,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct ContactWire {
    contact_id: Text,
    first_name: Text,
    last_name: Text,
    email: Text,
    phone_number: Text,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct NoteWire {
    created_by_name: Text,
    created_date: When,
    text: Text,
}

impl ServiceRequestWire {
    /// The request, or `None` without an id. `listed_for` is the customer whose collection
    /// this came from: Partner Center's items do not name their customer, so the route does.
    /// The family comes from `productName`.
    pub fn into_domain(self, listed_for: Option<&str>) -> Option<ServiceRequest> {
        let id = self.id.get()?;
        let customer_id = self
            .customer_id
            .get()
            .or_else(|| listed_for.map(str::to_owned))
            .filter(|c| c != OWN_ORGANIZATION_ID);
        let product_name = self.product_name.get();
        let issue_type = self
            .issue_type
            .get()
            .or_else(|| self.azure_details.0.and_then(|a| a.issue_type.get()))
            .and_then(|word| super::create::issue_type_from_word(&word));
        Some(ServiceRequest {
            id,
            title: self.title.or_empty(),
            description: self.description.or_empty(),
            severity: self.severity.0,
            status: self.status.0,
            support_topic_id: self.support_topic_id.get(),
            support_topic_name: self.support_topic_name.get(),
            customer_name: self
                .customer_name
                .get()
                .or_else(|| self.organization.0.and_then(|o| o.name.get())),
            customer_id,
            family: product_name
                .as_deref()
                .map_or(ServiceFamily::OutOfScope, ServiceFamily::classify),
            product_name,
            product_id: self.product_id.get(),
            primary_contact: self.primary_contact.0.map(|c| PrimaryContact {
                contact_id: c.contact_id.get(),
                first_name: c.first_name.or_empty(),
                last_name: c.last_name.or_empty(),
                email: c.email.or_empty(),
                phone_number: c.phone_number.get(),
            }),
            created: self.created_date.0,
            modified: self.last_modified_date.0,
            closed: self.last_closed_date.0,
            notes: self
                .notes
                .0
                .into_iter()
                .filter_map(|n| {
                    Some(Note {
                        text: n.text.get()?,
                        created_by_name: n.created_by_name.or_empty(),
                        created_date: n.created_date.0,
                    })
                })
                .collect(),
            country_code: self.country_code.get(),
            issue_type,
            attachments: self
                .attachments
                .0
                .into_iter()
                .filter_map(|a| {
                    Some(Attachment {
                        name: a.file_name.get()?,
                        size: a.size.0.map_or(0, u64::from),
                        content_type: a.content_type.or_empty(),
                        content: None,
                    })
                })
                .collect(),
        })
    }
}
