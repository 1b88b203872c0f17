mod app;
mod customers;
mod forms;
mod help;
mod requests;

use super::Strings;

pub static STRINGS: Strings = Strings {
    app: app::APP,
    customers: customers::CUSTOMERS,
    forms: forms::FORMS,
    help: help::HELP,
    requests: requests::REQUESTS,
};
