//! Requests already filed: every status, every family, several customers and the partner's
//! own organization. Ages are relative to "now" so the demo always looks current; ids are fixed
//! so that notes added to them survive a reload.

use super::customers::CUSTOMERS;
use super::topics::support_topics;
use crate::backend::platform::guid_from;
use crate::domain::time::MS_PER_HOUR;
use crate::domain::{
    Note, PrimaryContact, RequestStatus, ServiceFamily, ServiceRequest, Severity, Timestamp,
};
use crate::locale::Locale;

struct SeedRequest {
    /// Index into [`CUSTOMERS`]; `None` for the partner's own organization.
    customer: Option<usize>,
    family: ServiceFamily,
    severity: Severity,
    status: RequestStatus,
    title: &'static str,
    description: &'static str,
    topic: Option<&'static str>,
    created_hours_ago: i64,
    modified_hours_ago: i64,
    notes: &'static [(&'static str, i64, &'static str)],
}

const MICROSOFT: &str = "Microsoft Support";
const PARTNER: &str = crate::backend::mock::NOTE_AUTHOR;

use RequestStatus::{AttentionNeeded, Closed, Open};
use ServiceFamily::{Azure, DynamicsCrmOnline, EnterpriseMobilitySuite, Office365};
use Severity::{Critical, Minimal, Moderate};

const REQUESTS: &[SeedRequest] = &[
    SeedRequest { customer: Some(0), family: Office365, severity: Critical, status: Open,
        title: "Mail flow to external recipients stopped",
        description: "Since 09:00 UTC no mail reaches external recipients; the outbound queue keeps growing. Internal mail works.",
        topic: Some("Mail flow and delivery"), created_hours_ago: 3, modified_hours_ago: 2,
        notes: &[(MICROSOFT, 2, "We are looking at the transport logs for your tenant.")] },
    SeedRequest { customer: Some(1), family: Office365, severity: Minimal, status: Closed,
        title: "Вопрос по счёту за октябрь",
        description: "В счёте за октябрь указано 14 лицензий Business Premium, а назначено 12.",
        topic: Some("Invoice or charge question"), created_hours_ago: 400, modified_hours_ago: 350,
        notes: &[(MICROSOFT, 380, "Two licences were added on 3 October; the invoice is correct."),
                 (PARTNER, 350, "Thank you, the customer confirms.")] },
    SeedRequest { customer: Some(2), family: Azure, severity: Moderate, status: AttentionNeeded,
        title: "VM in Germany Central does not start",
        description: "The VM 'sql-prod-01' stays in 'Starting'. A restart and redeploy did not help.",
        topic: Some("Virtual machine not starting or not reachable"), created_hours_ago: 30, modified_hours_ago: 6,
        notes: &[(MICROSOFT, 6, "Please send a screenshot of the boot diagnostics.")] },
    SeedRequest { customer: Some(3), family: Azure, severity: Minimal, status: Open,
        title: "Increase the vCPU quota in West Europe",
        description: "Fabrikam needs 64 more Dv5 vCPUs in West Europe for a migration next week.",
        topic: Some("Increase a compute (vCPU) quota"), created_hours_ago: 50, modified_hours_ago: 50, notes: &[] },
    SeedRequest { customer: Some(8), family: DynamicsCrmOnline, severity: Moderate, status: Open,
        title: "Users cannot open CRM from Outlook",
        description: "Since the update on Monday, the CRM add-in in Outlook shows a blank pane for all users.",
        topic: Some("Outlook and e-mail integration"), created_hours_ago: 20, modified_hours_ago: 18,
        notes: &[(PARTNER, 18, "It also happens in Outlook on the web.")] },
    SeedRequest { customer: Some(9), family: EnterpriseMobilitySuite, severity: Moderate, status: Closed,
        title: "iPhones no longer enrol in Intune",
        description: "Enrolment fails with 'Profile installation failed' on iOS 17 devices.",
        topic: Some("Device enrollment"), created_hours_ago: 700, modified_hours_ago: 650,
        notes: &[(MICROSOFT, 660, "The Apple MDM push certificate had expired; renewing it fixes enrolment.")] },
    SeedRequest { customer: Some(27), family: Office365, severity: Critical, status: AttentionNeeded,
        title: "Teams-звонки обрываются через 60 секунд",
        description: "У всех пользователей звонки Teams разрываются ровно через минуту.",
        topic: Some("Meetings, calls and audio quality"), created_hours_ago: 10, modified_hours_ago: 1,
        notes: &[(MICROSOFT, 1, "Please collect a network trace from one affected client.")] },
    SeedRequest { customer: Some(5), family: Office365, severity: Moderate, status: Open,
        title: "Synchronizacja OneDrive zatrzymana",
        description: "Pliki w OneDrive nie synchronizują się od wczoraj na 8 komputerach.",
        topic: Some("File sync"), created_hours_ago: 26, modified_hours_ago: 26, notes: &[] },
    SeedRequest { customer: Some(6), family: Office365, severity: Minimal, status: Closed,
        title: "Licence E3 non attribuée après achat",
        description: "Les 5 nouvelles licences achetées hier n'apparaissent pas dans le centre d'administration.",
        topic: Some("Licences and assignments"), created_hours_ago: 200, modified_hours_ago: 190, notes: &[] },
    SeedRequest { customer: Some(43), family: Azure, severity: Critical, status: Open,
        title: "Production App Service returns HTTP 503",
        description: "The online banking front end answers 503 in North Europe since 07:40 UTC.",
        topic: Some("App Service and Functions"), created_hours_ago: 1, modified_hours_ago: 1, notes: &[] },
    SeedRequest { customer: Some(43), family: Office365, severity: Moderate, status: Closed,
        title: "Directory synchronisation errors",
        description: "Azure AD Connect reports 12 objects with duplicate proxy addresses.",
        topic: Some("Directory synchronisation (Azure AD Connect)"), created_hours_ago: 900, modified_hours_ago: 880,
        notes: &[(MICROSOFT, 885, "The duplicates are listed in the attached report; fix them on premises.")] },
    SeedRequest { customer: Some(30), family: Office365, severity: Minimal, status: Open,
        title: "SharePoint の検索結果が表示されない",
        description: "新しいサイトのドキュメントが検索結果に表示されません。",
        topic: Some("Search and metadata"), created_hours_ago: 70, modified_hours_ago: 40,
        notes: &[(PARTNER, 40, "Re-indexing the site did not help.")] },
    SeedRequest { customer: Some(23), family: DynamicsCrmOnline, severity: Minimal, status: AttentionNeeded,
        title: "Licensfråga för CRM Online",
        description: "Kunden vill veta om team-medlemslicenser räcker för lagerpersonalen.",
        topic: Some("Licensing question"), created_hours_ago: 120, modified_hours_ago: 24,
        notes: &[(MICROSOFT, 24, "Which entities do the warehouse staff need to edit?")] },
    SeedRequest { customer: Some(29), family: EnterpriseMobilitySuite, severity: Critical, status: Open,
        title: "Conditional access blocks all administrators",
        description: "A new policy blocks every administrator, including break-glass accounts.",
        topic: Some("Conditional access"), created_hours_ago: 2, modified_hours_ago: 2, notes: &[] },
    SeedRequest { customer: None, family: Azure, severity: Minimal, status: Open,
        title: "Quota increase for our own lab subscription",
        description: "Our partner lab needs 32 more vCPUs in West Europe for customer demos.",
        topic: Some("Increase a compute (vCPU) quota"), created_hours_ago: 80, modified_hours_ago: 80, notes: &[] },
    SeedRequest { customer: None, family: Office365, severity: Moderate, status: Closed,
        title: "Shared mailbox not visible in Outlook",
        description: "The shared mailbox 'support@' is not auto-mapped for new team members.",
        topic: Some("Mailbox access and Outlook connectivity"), created_hours_ago: 500, modified_hours_ago: 460,
        notes: &[(MICROSOFT, 470, "Auto-mapping needs Full Access granted after the user is licensed.")] },
];

/// The customer id of a seed customer: a GUID derived from its place in the list.
pub fn seed_customer_id(index: usize) -> String {
    let index = index as u64;
    guid_from(
        0x5EED_0000_0000_0000 | index,
        0xC057_0000_0000_0000 ^ index.rotate_left(17),
    )
}

/// The seed requests as of `now`; those of customers not in `present` (by index) are left out.
pub fn seed_requests(now: Timestamp, present: impl Fn(usize) -> bool) -> Vec<ServiceRequest> {
    let ago = |hours: i64| Some(now.plus_ms(-hours * MS_PER_HOUR));
    REQUESTS
        .iter()
        .zip(1u32..)
        .filter(|(seed, _)| seed.customer.is_none_or(&present))
        .map(|(seed, n)| {
            let customer = seed.customer.and_then(|i| CUSTOMERS.get(i).map(|c| (i, c)));
            let topic = seed.topic.and_then(|name| {
                // The seed requests were filed in English.
                support_topics(seed.family, Locale::English)
                    .into_iter()
                    .find(|t| t.name == name)
            });
            ServiceRequest {
                id: format!("62511{:02}{:08}", n, 10_000 + n),
                title: seed.title.to_owned(),
                description: seed.description.to_owned(),
                severity: Some(seed.severity),
                status: seed.status,
                support_topic_id: topic.as_ref().map(|t| t.id.clone()),
                support_topic_name: topic.map(|t| t.name),
                customer_id: customer.map(|(i, _)| seed_customer_id(i)),
                customer_name: customer.map(|(_, c)| c.name.to_owned()),
                product_name: Some(seed.family.name().to_owned()),
                product_id: None,
                family: seed.family,
                primary_contact: Some(PrimaryContact {
                    contact_id: None,
                    first_name: "Anna".into(),
                    last_name: "Schmidt".into(),
                    email: "anna.schmidt@partner.example".into(),
                    phone_number: None,
                }),
                created: ago(seed.created_hours_ago),
                modified: ago(seed.modified_hours_ago),
                closed: (seed.status == Closed)
                    .then(|| ago(seed.modified_hours_ago))
                    .flatten(),
                notes: seed
                    .notes
                    .iter()
                    .map(|&(by, hours, text)| Note {
                        created_by_name: by.to_owned(),
                        created_date: ago(hours),
                        text: text.to_owned(),
                    })
                    .collect(),
                country_code: customer.map(|(_, c)| c.country.to_owned()),
                issue_type: None,
                attachments: Vec::new(),
            }
        })
        .collect()
}
