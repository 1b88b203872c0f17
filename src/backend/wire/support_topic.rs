//! Support topics on the wire.

use super::lenient::{Flag, Text};
use crate::domain::{ServiceFamily, SupportTopic};
use serde::Deserialize;

/// A Partner Center `SupportTopic` (`id` often a number), plus the `category`, `family` and
/// `common` extensions.
#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct SupportTopicWire {
    id: Text,
    name: Text,
    description: Text,
    category: Text,
    family: Text,
    common: Flag,
}

impl SupportTopicWire {
    /// The topic, or `None` without an id or a name. Without a `family` it belongs to the
    /// family that was asked for.
    pub fn into_domain(self, asked_for: ServiceFamily) -> Option<SupportTopic> {
        Some(SupportTopic {
            id: self.id.get()?,
            name: self.name.get()?,
            description: self.description.or_empty(),
            category: self.category.or_empty(),
            family: self
                .family
                .get()
                .and_then(|f| family_from_wire(&f))
                .unwrap_or(asked_for),
            common: self.common.0,
        })
    }
}

/// The contract's word for a family (`family` query parameter and field).
pub fn family_word(family: ServiceFamily) -> &'static str {
    match family {
        ServiceFamily::Azure => "azure",
        ServiceFamily::Office365 => "office365",
        ServiceFamily::DynamicsCrmOnline => "dynamicsCrmOnline",
        ServiceFamily::EnterpriseMobilitySuite => "enterpriseMobilitySuite",
        ServiceFamily::OutOfScope => "other",
    }
}

/// A family word in any case; a product name (`Office 365`) is understood too.
pub fn family_from_wire(word: &str) -> Option<ServiceFamily> {
    ServiceFamily::ALL
        .into_iter()
        .find(|f| family_word(*f).eq_ignore_ascii_case(word.trim()))
        .or_else(|| Some(ServiceFamily::classify(word)).filter(|f| f.in_scope()))
}
