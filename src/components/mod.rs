//! Pieces used by more than one page.

pub mod badges;
pub mod breadcrumbs;
pub mod check_answers;
pub mod contact_fields;
pub mod customer_picker;
pub mod document_title;
pub mod error_summary;
pub mod fields;
pub mod language_switcher;
pub mod layout;
pub mod load_error;
pub mod own_support_plan;
pub mod page_heading;
pub mod problem_description;
pub mod request_list;
pub mod retry_notice;
pub mod severity_picker;
pub mod sign_in_again;
pub mod steps;
pub mod update_notice;
