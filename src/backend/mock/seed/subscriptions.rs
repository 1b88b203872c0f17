//! Subscription mixes. A customer's subscriptions are derived from its profile and id, so
//! nothing per customer is stored and 10,000 generated customers cost nothing extra.

use crate::backend::platform::{guid_from, splitmix64};
use crate::domain::{ServiceFamily, Subscription, SubscriptionStatus};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// Azure, Office 365 E3, Enterprise Mobility Suite and Dynamics CRM Online.
    Full,
    Office365E3,
    BusinessPremium,
    Office365E1Trial,
    Crm,
    Azure,
    Ems,
    AzureAndOffice,
    /// Only services outside the desk's scope (Windows, Visual Studio).
    NotInScope,
    /// Suspended and deleted subscriptions next to an active one.
    Lapsed,
    /// Microsoft Cloud Germany offers.
    Germany,
    /// The partner's own organization.
    Partner,
}

impl Profile {
    pub const GENERATED: [Profile; 10] = [
        Profile::Full,
        Profile::Office365E3,
        Profile::BusinessPremium,
        Profile::Office365E1Trial,
        Profile::Crm,
        Profile::Azure,
        Profile::Ems,
        Profile::AzureAndOffice,
        Profile::NotInScope,
        Profile::Lapsed,
    ];
}

/// (offer id, offer name, billing type).
type Offer = (&'static str, &'static str, &'static str);

const AZURE_PLAN: Offer = ("DZH318Z0BPS6", "Azure plan", "usage");
const AZURE_CSP: Offer = ("MS-AZR-0145P", "Microsoft Azure", "usage");
const AZURE_GERMANY: Offer = ("MS-AZR-DE-0145P", "Microsoft Azure Germany", "usage");
const O365_E3: Offer = (
    "796B6B5F-613C-4E24-A17C-EBA730D49C02",
    "Office 365 Enterprise E3",
    "license",
);
const O365_E1: Offer = (
    "91FD106F-4B2C-4938-95AC-F54F74E9A239",
    "Office 365 Enterprise E1",
    "license",
);
const O365_E5: Offer = (
    "031C9E47-4802-4248-838E-778FB1D2CC05",
    "Office 365 Enterprise E5",
    "license",
);
const O365_BUSINESS_PREMIUM: Offer = (
    "C2FE850D-FBBB-4858-B67D-BD0C6E746DA3",
    "Office 365 Business Premium",
    "license",
);
const O365_GERMANY: Offer = (
    "3A4D5E6F-7081-4C2B-9D3E-4F5A6B7C8D91",
    "Office 365 Enterprise E3 (Microsoft Cloud Germany)",
    "license",
);
const CRM_PROFESSIONAL: Offer = (
    "1F2A6B3C-8D9E-4F01-A2B3-C4D5E6F7A809",
    "Dynamics CRM Online Professional",
    "license",
);
const EMS: Offer = (
    "79C29AF7-3CD0-4A6F-B182-A81E31DEC84E",
    "Enterprise Mobility Suite",
    "license",
);
const WINDOWS_E3: Offer = (
    "A0E4B6C2-1D3F-4E5A-8B7C-9D0E1F2A3B4C",
    "Windows 10 Enterprise E3",
    "license",
);
const VISUAL_STUDIO: Offer = (
    "B1F5C7D3-2E4A-4F6B-9C8D-0E1F2A3B4C5D",
    "Visual Studio Professional",
    "license",
);

use SubscriptionStatus::{Active, Deleted, Pending, Suspended};

/// (offer, friendly name, status, trial).
type Line = (Offer, &'static str, SubscriptionStatus, bool);

fn lines(profile: Profile) -> &'static [Line] {
    match profile {
        Profile::Full => &[
            (AZURE_PLAN, "Production", Active, false),
            (AZURE_PLAN, "Dev/Test", Active, false),
            (O365_E3, "Office 365 E3", Active, false),
            (EMS, "EMS", Active, false),
            (CRM_PROFESSIONAL, "CRM", Active, false),
        ],
        Profile::Office365E3 => &[(O365_E3, "Office 365 E3", Active, false)],
        Profile::BusinessPremium => &[(O365_BUSINESS_PREMIUM, "Business Premium", Active, false)],
        Profile::Office365E1Trial => &[(O365_E1, "E1 trial", Active, true)],
        Profile::Crm => &[
            (CRM_PROFESSIONAL, "CRM Online", Active, false),
            (O365_E1, "Office 365 E1", Active, false),
        ],
        Profile::Azure => &[(AZURE_CSP, "Microsoft Azure", Active, false)],
        Profile::Ems => &[
            (EMS, "EMS", Active, false),
            (O365_E3, "Office 365 E3", Pending, false),
        ],
        Profile::AzureAndOffice => &[
            (AZURE_PLAN, "Azure plan", Active, false),
            (O365_BUSINESS_PREMIUM, "Business Premium", Active, false),
        ],
        Profile::NotInScope => &[
            (WINDOWS_E3, "Windows 10 Enterprise E3", Active, false),
            (VISUAL_STUDIO, "Visual Studio Professional", Active, false),
        ],
        Profile::Lapsed => &[
            (O365_E3, "Office 365 E3", Suspended, false),
            (AZURE_CSP, "Old Azure", Deleted, false),
            (O365_BUSINESS_PREMIUM, "Business Premium", Active, false),
        ],
        Profile::Germany => &[
            (AZURE_GERMANY, "Azure Deutschland", Active, false),
            (O365_GERMANY, "Office 365 E3 (Deutschland)", Active, false),
        ],
        Profile::Partner => &[
            (AZURE_PLAN, "Partner lab", Active, false),
            (O365_E5, "Office 365 E5", Active, false),
            (VISUAL_STUDIO, "Visual Studio Professional", Active, false),
        ],
    }
}

fn hash(text: &str) -> u64 {
    text.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3)
    })
}

/// The subscriptions of the customer with this id and profile, always the same.
pub fn subscriptions_for(customer_id: &str, profile: Profile) -> Vec<Subscription> {
    let base = hash(customer_id);
    lines(profile)
        .iter()
        .zip(0u64..)
        .map(
            |(&((offer_id, offer_name, billing), friendly, status, trial), n)| {
                let family = ServiceFamily::classify(offer_name);
                let mix = |salt: u64| splitmix64(base ^ (n << 8) ^ salt);
                Subscription {
                    id: guid_from(mix(1), mix(2)),
                    offer_id: offer_id.to_owned(),
                    offer_name: offer_name.to_owned(),
                    friendly_name: friendly.to_owned(),
                    azure_subscription_id: (family == ServiceFamily::Azure)
                        .then(|| guid_from(mix(3), mix(4))),
                    status,
                    is_trial: trial,
                    billing_type: Some(billing.to_owned()),
                    family,
                }
            },
        )
        .collect()
}
