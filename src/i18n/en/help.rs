use crate::domain::severity::{ResponseTarget, Severity};
use crate::i18n::HelpStrings;
use crate::i18n::{HelpBlock, HelpSection};
use crate::routes::Route;
use HelpBlock::{Bullets, Link, Note, ResponseTimes, Steps, Subheading, Text};

pub const HELP: HelpStrings = HelpStrings {
    help_title: "Help",
    intro: "When a customer has a service problem you cannot fix, file a service request with Microsoft on the customer's behalf. The same process is used for billing problems and disputes, and for fraud concerns. These are the questions partners ask most.",
    contents_label: "On this page",
    sections: SECTIONS,

    response_caption: "Initial response times for critical technical incidents",
    column_severity: "Severity",
    column_impact: "Business impact",
    column_response: "Initial response",
    impact: |s| match s {
        Severity::Critical => "High: a major outage, production services are down",
        Severity::Moderate => "Moderate: production services are partly affected",
        Severity::Minimal => "Minimal: services are available, or only non-production services are affected",
    },
    response_time: |t| match t {
        ResponseTarget::Hours(1) => "1 hour".to_owned(),
        ResponseTarget::Hours(h) => format!("{h} hours"),
        ResponseTarget::BusinessDay => "1 business day".to_owned(),
    },
};

const SECTIONS: &[HelpSection] = &[
    HelpSection {
        id: "scope",
        heading: "Which services can I file requests for?",
        blocks: &[
            Text("Service requests exist for four services, and you file them through Partner Center, which this desk does for you:"),
            Bullets(&[
                "Microsoft Azure",
                "Office 365",
                "Microsoft Dynamics CRM Online",
                "Enterprise Mobility Suite",
            ]),
            Text("Other services are out of scope: this programme does not take requests about them."),
            Text("As a CSP partner, your requests about serious problems get the shortest initial response times."),
        ],
    },
    HelpSection {
        id: "own-subscriptions",
        heading: "Can I file a request about my own subscriptions?",
        blocks: &[
            Text("Yes, but support for your own subscriptions is not part of the CSP support benefit. A request about your own subscription needs your own valid support plan, for example:"),
            Bullets(&[
                "an MPN contract ID",
                "a Premier support plan",
                "an Azure support plan",
            ]),
            Text("In this desk, file such a request under My organization. The form then asks for your support plan."),
            Link { text: "Open My organization's service management", to: Route::OWN_ORGANIZATION },
        ],
    },
    HelpSection {
        id: "charges",
        heading: "Is there a charge for support?",
        blocks: &[
            Text("Office 365, Microsoft Dynamics CRM Online and Enterprise Mobility Suite carry no separate support charge, for you or for your customers."),
            Text("Azure support is charged. If you are entitled to Signature Cloud Support or other Microsoft Partner Network (MPN) benefits, you can use them to cover the charge."),
            Text("Support with billing and subscription management is free. This holds for every CSP partner, with a paid subscription or on a trial."),
        ],
    },
    HelpSection {
        id: "response-times",
        heading: "How soon does Microsoft respond?",
        blocks: &[
            Text("The initial response time depends on the severity, which you set from the business impact when you file the request."),
            ResponseTimes,
            Text("In-scope incidents that are not critical get an initial response within one business day."),
            Note("These times hold for support in English only. Support in local languages is given during business hours."),
        ],
    },
    HelpSection {
        id: "phone",
        heading: "Can I file a request by phone?",
        blocks: &[
            Text("No. This programme has no phone support. File requests here; Microsoft's support engineers contact you by e-mail."),
        ],
    },
    HelpSection {
        id: "direct-sign-in",
        heading: "What if I sign in to the Azure portal or the Office 365 admin center directly?",
        blocks: &[
            Text("Signing in to the Azure portal or the Office 365 admin center directly, not through Partner Center, puts you in your own context, not your customer's."),
            Text("So sign in directly only to file a request about your own subscriptions, with your own support plan. For a customer's problem, file the request here: it is filed in the customer's context."),
        ],
    },
    HelpSection {
        id: "how-to-file",
        heading: "How do I file a request here?",
        blocks: &[
            Steps(&[
                "Open Customers and pick the customer from the list.",
                "In the customer's service management, find the service that has the problem.",
                "Choose Create or view service request. What follows depends on the service.",
            ]),
            Subheading("Microsoft Azure"),
            Steps(&[
                "Choose New support request.",
                "In Basics, keep Cloud Solution Provider as the support plan.",
                "In Contact, give your own details, not the customer's.",
                "Check your answers and choose Create.",
            ]),
            Subheading("Office 365, Dynamics CRM Online and Enterprise Mobility Suite"),
            Steps(&[
                "Pick the support topic category that fits. If it is not listed, choose More… to see every topic.",
                "Fill in the request. Give your own contact details, not the customer's.",
                "Check your answers and choose Submit.",
            ]),
            Subheading("Afterwards"),
            Text("Follow a request from the customer's service requests, or from Service requests in the menu for all customers. Add notes to open requests; to follow up a closed request, file a new one."),
            Text("Save your contact details in your profile and the forms fill them in for you."),
            Link { text: "Go to your profile", to: Route::Profile },
        ],
    },
];
