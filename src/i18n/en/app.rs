use crate::backend::BackendError;
use crate::i18n::AppStrings;

pub const APP: AppStrings = AppStrings {
    product_name: "Partner Support Desk",
    skip_to_content: "Skip to main content",
    main_navigation: "Main",
    nav_customers: "Customers",
    nav_service_requests: "Service requests",
    nav_help: "Help",
    nav_profile: "Your profile",
    breadcrumbs: "Breadcrumbs",
    footer_note: "Service requests for Azure, Office 365, Dynamics CRM Online and Enterprise Mobility Suite, filed with Microsoft on your customers' behalf.",
    loading: "Loading…",
    retry: "Try again",
    sign_in_again: "Sign in again",
    opens_in_new_tab: " (opens in a new tab)",
    error_prefix: "Error: ",
    language_label: "Language",
    backend_error,
    retrying: |r| {
        if r.busy {
            format!("Microsoft's service is busy. Trying again (attempt {} of {})…", r.attempt, r.of)
        } else {
            format!("The service did not answer in time. Trying again (attempt {} of {})…", r.attempt, r.of)
        }
    },

    config_error_title: "The app could not start",
    config_error_intro: "Its configuration file has a problem:",
    config_error_action: "Whoever deployed this site should correct config.json beside index.html, then reload this page. The README describes each setting.",
    config_not_arrived_intro: "Its configuration file did not arrive:",
    config_not_arrived_action: "Check your connection and try again. If this keeps happening, tell whoever runs this site.",

    not_found_title: "Page not found",
    not_found_body: "There is no page at this address. If you typed it, check it; if you followed a link, it may be out of date.",
    not_found_link: "Go to your customers",
    load_failed_title: "This could not be loaded",
    update_available: "A new version is available. Reload to use it; what you have typed is kept.",
    update_reload: "Reload",
    not_configured: "The app is not set up to reach its service: it started without a backend. Whoever deployed it should check config.json and the build; reloading will not help.",
    screen_load_failed: "This page's code did not arrive, or it is not the code this version of the app was built with, so it was not run. Check your connection and try again; if this keeps happening, tell whoever runs this site.",
    screen_load_slow: "This page is taking longer than usual to arrive. It shows as soon as it has; if your connection was lost, check it and reload the page.",
};

fn backend_error(error: &BackendError) -> String {
    match error {
        BackendError::Network => "The service could not be reached. Check your connection and try again.".into(),
        BackendError::Timeout => "The service took too long to answer. Try again.".into(),
        BackendError::Unauthorized => {
            "You are not signed in, or your sign-in has expired. Sign in again and retry.".into()
        }
        BackendError::Forbidden => "Your account is not allowed to do this. Ask your administrator for access in Partner Center.".into(),
        BackendError::NotFound => "This item was not found. It may have been removed; go back and pick it again.".into(),
        BackendError::Conflict => "This was already done. Refresh the page to see the current state.".into(),
        BackendError::AlreadyFiled { request_id } => format!("These answers were already filed as request {request_id}."),
        BackendError::Busy { retry_after_secs, .. } => match retry_after_secs {
            Some(secs) if *secs > 1 => format!("Microsoft's service is busy. Try again in {secs} seconds."),
            Some(_) => "Microsoft's service is busy. Try again in a second.".into(),
            None => "Microsoft's service is busy. Try again in a minute.".into(),
        },
        BackendError::BadRequest { message } if message.trim().is_empty() => {
            "The service did not accept the request. Check your answers and try again.".into()
        }
        BackendError::BadRequest { message } => {
            format!("The service did not accept the request: {message}")
        }
        BackendError::TooLarge => "The request is larger than the service takes, which happens when a file is attached to it: choose a smaller file, or none, and send again. If this keeps happening, tell your administrator.".into(),
        BackendError::Server { .. } => "Something went wrong at the service. Try again; if it keeps happening, tell your administrator.".into(),
        BackendError::Unreadable(_) => "The server's answer could not be read. Try again; if it keeps happening, tell your administrator.".into(),
    }
}
