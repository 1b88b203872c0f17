//! The app: loads the runtime configuration, provides app-wide context and routes to pages.

use crate::backend::Backend;
use crate::components::document_title::DocumentTitle;
use crate::components::layout::Layout;
use crate::config::{AppConfig, ConfigError, LOAD_TIME_LIMIT_MS};
use crate::context::{provide_backend, use_backend, CurrentConfig, JustFiled};
use crate::i18n::{
    choose_locale, use_strings, Language, Locale, SAVED_LOCALE_KEY, STARTED_LOCALE_KEY,
};
use crate::pages;
use crate::routes::{asset, AppRouter, Screens};
use crate::session::{PartnerProfile, RecentCustomers};
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let started = LocalResource::new(start);

    view! {
        // Until it has started, the static shell of index.html shows (`crate::shell`).
        {move || match started.get() {
            None => ().into_any(),
            Some((config, locale)) => {
                provide_context(locale);
                crate::browser::set_document_language(locale.tag());
                match config {
                    Ok(config) => view! { <ConfiguredApp config locale /> }.into_any(),
                    Err(error) => view! { <ConfigErrorScreen error /> }.into_any(),
                }
            }
        }}
    }
}

/// Reads the configuration and settles the language (see [`choose_locale`]), with its texts
/// downloaded; English if that download fails.
async fn start() -> (Result<AppConfig, ConfigError>, Locale) {
    let config = load_config().await;
    let configured = config.as_ref().ok().and_then(|c| c.locale.clone());
    let saved = crate::storage::read_text(SAVED_LOCALE_KEY);
    let wanted = choose_locale(
        saved.as_deref(),
        configured.as_deref(),
        &crate::browser::languages(),
    );
    // Texts that do not arrive in time leave the app in English; the language switch fetches
    // them again.
    let texts = crate::i18n::load(wanted);
    let locale = if crate::backend::within(LOAD_TIME_LIMIT_MS, texts)
        .await
        .unwrap_or(false)
    {
        wanted
    } else {
        Locale::English
    };
    // The static shell of the next visit shows in it (scripts/shell.js).
    let _ = crate::storage::write_text(STARTED_LOCALE_KEY, locale.tag());
    (config, locale)
}

/// Fetches and parses `config.json`, always asking the server afresh. The first time, the boot
/// script has already asked, beside the app's download (scripts/boot.mjs), and that answer is
/// taken; if that request failed, it is asked again.
/// A server that does not answer at all is given up after [`LOAD_TIME_LIMIT_MS`].
pub async fn load_config() -> Result<AppConfig, ConfigError> {
    crate::backend::within(LOAD_TIME_LIMIT_MS, fetch_config())
        .await
        .unwrap_or_else(|| {
            Err(ConfigError::NotArrived(format!(
                "no answer within {} seconds",
                LOAD_TIME_LIMIT_MS / 1000
            )))
        })
}

async fn fetch_config() -> Result<AppConfig, ConfigError> {
    use gloo_net::http::{Request, Response};
    use web_sys::RequestCache;

    let response = match asked_at_boot().await {
        Some(answer) => Response::from(answer),
        None => Request::get(&asset("config.json"))
            .cache(RequestCache::NoCache)
            .send()
            .await
            .map_err(|e| ConfigError::NotArrived(e.to_string()))?,
    };
    if !response.ok() {
        return Err(ConfigError::from_status(
            response.status(),
            &response.status_text(),
        ));
    }
    let text = response
        .text()
        .await
        .map_err(|e| ConfigError::NotArrived(e.to_string()))?;
    AppConfig::parse(&text)
}

/// The answer to the boot script's request for `config.json` (`psdConfig`, a promise), taken
/// once: a later start asks afresh.
async fn asked_at_boot() -> Option<web_sys::Response> {
    use wasm_bindgen::JsCast;

    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("psdConfig");
    let asked = js_sys::Reflect::get(&window, &key).ok()?;
    let _ = js_sys::Reflect::set(&window, &key, &wasm_bindgen::JsValue::UNDEFINED);
    let asked = asked.dyn_into::<js_sys::Promise>().ok()?;
    let answer = wasm_bindgen_futures::JsFuture::from(asked).await.ok()?;
    answer.dyn_into().ok()
}

#[component]
fn ConfiguredApp(config: AppConfig, locale: Locale) -> impl IntoView {
    crate::shell::take_down();
    let language = Language::provide(locale);
    provide_backend(Backend::from_config(&config.backend, locale.tag()));
    JustFiled::provide();
    provide_context(CurrentConfig(config));
    provide_context(PartnerProfile::load());
    provide_context(RecentCustomers::load());

    let screens = Screens {
        customers: || pages::customers::Customers().into_any(),
        service_management: || pages::screens::service_management().into_any(),
        customer_requests: || pages::screens::customer_requests().into_any(),
        azure_request: || pages::screens::azure_request().into_any(),
        new_service_request: || pages::screens::new_service_request().into_any(),
        service_requests: || pages::screens::service_requests().into_any(),
        request_detail: || pages::screens::request_detail().into_any(),
        request_created: || pages::screens::request_created().into_any(),
        help: || pages::screens::help().into_any(),
        profile: || pages::screens::profile().into_any(),
        not_found: || pages::not_found::NotFound().into_any(),
    };
    // A switch of language renders the pages afresh in it; forms keep what was typed in their
    // drafts, which are saved as the old page goes.
    view! {
        {move || {
            let locale = language.get();
            // The page's language and the backend's follow the partner's choice.
            crate::browser::set_document_language(locale.tag());
            if let Ok(backend) = use_backend() {
                backend.set_locale(locale.tag());
            }
            provide_context(locale);
            view! { <AppRouter screens frame=|children| view! { <Layout>{children()}</Layout> }.into_any() /> }
        }}
    }
}

#[component]
pub fn ConfigErrorScreen(error: ConfigError) -> impl IntoView {
    crate::shell::take_down();
    let s = use_strings();
    let may_pass = error.may_pass();
    let (intro, action) = if may_pass {
        (
            s.app.config_not_arrived_intro,
            s.app.config_not_arrived_action,
        )
    } else {
        (s.app.config_error_intro, s.app.config_error_action)
    };
    view! {
        <DocumentTitle text=s.app.config_error_title />
        <header class="topbar">
            <span class="topbar__product">{s.app.product_name}</span>
        </header>
        <main class="boot" id="main">
            <div class="config-error" role="alert">
                <h1>{s.app.config_error_title}</h1>
                <p>{intro}</p>
                <p class="config-error__detail"><code>{error.to_string()}</code></p>
                <p>{action}</p>
                // Loads the page again; what was typed in a form waits in its draft.
                {may_pass.then(|| view! {
                    <button type="button" class="button" on:click=|_| crate::browser::reload()>
                        {s.app.retry}
                    </button>
                })}
            </div>
        </main>
    }
}
