//! Russian, as Partner Center writes it. Reached only from the `russian` download.

mod app;
mod catalog;
mod customers;
mod forms;
mod help;
mod requests;
mod services;

use super::{FormStrings, HelpStrings, RequestStrings, ServiceStrings, Strings, Texts};

static STRINGS: Strings = Strings {
    app: app::APP,
    customers: customers::CUSTOMERS,
};
static FORMS: FormStrings = forms::FORMS;
static HELP: HelpStrings = help::HELP;
static REQUESTS: RequestStrings = requests::REQUESTS;
static SERVICES: ServiceStrings = services::SERVICES;

pub static TEXTS: Texts = Texts {
    strings: &STRINGS,
    forms: &FORMS,
    help: &HELP,
    requests: &REQUESTS,
    services: &SERVICES,
};
