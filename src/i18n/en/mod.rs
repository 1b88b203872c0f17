mod app;
mod catalog;
mod customers;
mod forms;
mod help;
mod requests;
mod services;

use super::{FormStrings, HelpStrings, RequestStrings, ServiceStrings, Strings};

pub static STRINGS: Strings = Strings {
    app: app::APP,
    customers: customers::CUSTOMERS,
};

pub static FORMS: FormStrings = forms::FORMS;
pub static HELP: HelpStrings = help::HELP;
pub static REQUESTS: RequestStrings = requests::REQUESTS;
pub static SERVICES: ServiceStrings = services::SERVICES;
