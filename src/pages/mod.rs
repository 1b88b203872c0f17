//! One file per screen, named after it.

pub mod azure_request;
pub mod customer_requests;
pub mod customers;
pub mod help;
pub mod not_found;
pub mod profile;
pub mod request_created;
pub mod request_detail;
pub mod screens;
pub mod service_management;
pub mod service_request_form;
pub mod service_requests;
