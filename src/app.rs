//! The app: loads the runtime configuration, provides app-wide context and routes to pages.

use crate::backend::Backend;
use crate::components::document_title::DocumentTitle;
use crate::components::layout::Layout;
use crate::config::{AppConfig, ConfigError};
use crate::context::{provide_backend, JustFiled};
use crate::i18n::{use_strings, Locale};
use crate::pages;
use crate::session::{PartnerProfile, RecentCustomers};
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;

/// The configuration the app started with.
#[derive(Clone, Debug)]
pub struct CurrentConfig(pub AppConfig);

#[component]
pub fn App() -> impl IntoView {
    provide_context(Locale::English);
    let config = LocalResource::new(load_config);

    view! {
        {move || match config.get() {
            None => view! { <Loading /> }.into_any(),
            Some(Ok(config)) => view! { <ConfiguredApp config /> }.into_any(),
            Some(Err(error)) => view! { <ConfigErrorScreen error /> }.into_any(),
        }}
    }
}

/// Fetches and parses `config.json`, always asking the server afresh.
pub async fn load_config() -> Result<AppConfig, ConfigError> {
    use gloo_net::http::Request;
    use web_sys::RequestCache;

    let response = Request::get("/config.json")
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    if !response.ok() {
        return Err(ConfigError::Unreachable(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    AppConfig::parse(&text)
}

#[component]
fn ConfiguredApp(config: AppConfig) -> impl IntoView {
    let locale = Locale::from_tag(&config.locale);
    provide_context(locale);
    provide_backend(Backend::from_config(&config.backend, &config.locale));
    JustFiled::provide();
    provide_context(CurrentConfig(config));
    provide_context(PartnerProfile::load());
    provide_context(RecentCustomers::load());

    view! {
        <Router>
            <Layout>
                <Routes fallback=|| view! { <pages::not_found::NotFound /> }>
                    <Route path=path!("/") view=|| view! { <Redirect path="/customers" /> } />
                    <Route path=path!("/customers") view=pages::customers::Customers />
                    <Route
                        path=path!("/customers/:customer_id")
                        view=pages::screens::service_management
                    />
                    <Route
                        path=path!("/customers/:customer_id/requests")
                        view=pages::screens::customer_requests
                    />
                    <Route
                        path=path!("/customers/:customer_id/azure/new")
                        view=pages::screens::azure_request
                    />
                    <Route
                        path=path!("/customers/:customer_id/services/:family/new")
                        view=pages::screens::new_service_request
                    />
                    <Route path=path!("/requests") view=pages::screens::service_requests />
                    <Route path=path!("/requests/:request_id") view=pages::screens::request_detail />
                    <Route
                        path=path!("/requests/:request_id/created")
                        view=pages::screens::request_created
                    />
                    <Route path=path!("/help") view=pages::screens::help />
                    <Route path=path!("/profile") view=pages::screens::profile />
                </Routes>
            </Layout>
        </Router>
    }
}

/// The same markup as the static shell in `index.html`, so the hand-over does not flash.
#[component]
fn Loading() -> impl IntoView {
    let s = use_strings();
    view! {
        <header class="topbar">
            <span class="topbar__product">{s.app.product_name}</span>
        </header>
        <main class="boot" aria-busy="true">
            <p class="boot__message" role="status">{s.app.loading}</p>
        </main>
    }
}

#[component]
pub fn ConfigErrorScreen(error: ConfigError) -> impl IntoView {
    let s = use_strings();
    view! {
        <DocumentTitle text=s.app.config_error_title />
        <header class="topbar">
            <span class="topbar__product">{s.app.product_name}</span>
        </header>
        <main class="boot" id="main">
            <div class="config-error" role="alert">
                <h1>{s.app.config_error_title}</h1>
                <p>{s.app.config_error_intro}</p>
                <p class="config-error__detail"><code>{error.to_string()}</code></p>
                <p>{s.app.config_error_action}</p>
            </div>
        </main>
    }
}
