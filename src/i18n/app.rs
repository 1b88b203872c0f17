use crate::backend::retry::Retrying;
use crate::backend::BackendError;

/// The frame, start-up and words used everywhere.
pub struct AppStrings {
    pub product_name: &'static str,
    pub skip_to_content: &'static str,
    pub main_navigation: &'static str,
    pub nav_customers: &'static str,
    pub nav_service_requests: &'static str,
    pub nav_help: &'static str,
    pub nav_profile: &'static str,
    pub breadcrumbs: &'static str,
    pub footer_note: &'static str,
    pub loading: &'static str,
    pub retry: &'static str,
    /// The link to the deployment's sign-in page after the service said the sign-in expired.
    pub sign_in_again: &'static str,
    pub opens_in_new_tab: &'static str,
    pub error_prefix: &'static str,
    /// The accessible name of the language switch.
    pub language_label: &'static str,
    /// What a failed backend call means for the partner, in words they can act on.
    pub backend_error: fn(&BackendError) -> String,
    /// Why a load or a send takes longer: it is being tried again.
    pub retrying: fn(Retrying) -> String,

    pub config_error_title: &'static str,
    pub config_error_intro: &'static str,
    pub config_error_action: &'static str,
    /// In place of the intro and the action when config.json did not arrive (`ConfigError::NotArrived`).
    pub config_not_arrived_intro: &'static str,
    pub config_not_arrived_action: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_link: &'static str,
    pub load_failed_title: &'static str,
    /// A newer build of the app is waiting in the offline copy.
    pub update_available: &'static str,
    pub update_reload: &'static str,
    /// The page was mounted without the app's backend (a deployment or build problem).
    pub not_configured: &'static str,
    pub screen_load_failed: &'static str,
    /// Beside "Loading…" when a part of the app has not arrived within the time limit.
    pub screen_load_slow: &'static str,
}
