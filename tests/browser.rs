//! Component tests in headless Chromium: `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod support;

use leptos::prelude::*;
use leptos_router::components::Router;
use partner_support_desk::app::ConfigErrorScreen;
use partner_support_desk::components::layout::Layout;
use partner_support_desk::config::AppConfig;
use support::{mount, texts};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn layout_mounts_with_labelled_navigation_links() {
    let root = mount(|| {
        view! {
            <Router>
                <Layout>
                    <p id="page-content">"Page content"</p>
                </Layout>
            </Router>
        }
    });
    support::tick().await;

    let nav = root
        .query_selector("nav#main-nav")
        .unwrap()
        .expect("navigation");
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Main"));
    assert_eq!(
        texts(&root, "nav#main-nav a"),
        ["Customers", "Service requests", "Help", "Your profile"]
    );
    let hrefs: Vec<String> = support::all(&root, "nav#main-nav a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(hrefs, ["/customers", "/requests", "/help", "/profile"]);

    let main = root
        .query_selector("main#main")
        .unwrap()
        .expect("main landmark");
    assert!(main.query_selector("#page-content").unwrap().is_some());
    let skip = root
        .query_selector("a.skip-link")
        .unwrap()
        .expect("skip link");
    assert_eq!(skip.get_attribute("href").as_deref(), Some("#main"));
    assert!(root.query_selector("header.topbar").unwrap().is_some());
    assert!(root.query_selector("footer").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn menu_button_toggles_the_navigation_for_narrow_screens() {
    let root = mount(|| view! { <Router><Layout><p>"x"</p></Layout></Router> });
    support::tick().await;
    let button = support::one(&root, "button.topbar__menu");
    assert_eq!(
        button.get_attribute("aria-controls").as_deref(),
        Some("main-nav")
    );
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    support::click(&button);
    support::tick().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(support::one(&root, "nav#main-nav")
        .class_list()
        .contains("sidenav--open"));
}

#[wasm_bindgen_test]
async fn config_error_screen_names_the_problem() {
    let error = AppConfig::parse(r#"{"backend":"ftp"}"#).unwrap_err();
    let root = mount(move || view! { <ConfigErrorScreen error=error.clone() /> });
    support::tick().await;
    let alert = support::one(&root, "[role=alert]");
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("The app could not start"), "{text}");
    assert!(
        text.contains("\"backend\" must be \"mock\" or \"http\", not \"ftp\""),
        "{text}"
    );
    assert_eq!(texts(&root, "h1"), ["The app could not start"]);
}

#[wasm_bindgen_test]
async fn a_sign_in_that_expired_links_to_the_deployments_sign_in_page_and_back_here() {
    use partner_support_desk::backend::BackendError;
    use partner_support_desk::components::load_error::LoadError;
    use partner_support_desk::context::CurrentConfig;

    let location = web_sys::window().unwrap().location();
    let here = format!(
        "{}{}",
        location.pathname().unwrap(),
        location.search().unwrap()
    );
    let config = AppConfig::parse(r#"{"signInUrl":"/api/signin?returnUrl={returnUrl}"}"#).unwrap();
    let shown = |config: Option<AppConfig>, error: BackendError| {
        mount(move || {
            if let Some(config) = config.clone() {
                provide_context(CurrentConfig(config));
            }
            view! { <LoadError error=error.clone() on_retry=|_| {} /> }
        })
    };

    let expired = shown(Some(config.clone()), BackendError::Unauthorized);
    support::tick().await;
    let link = support::one(&expired, "[role=alert] a");
    assert_eq!(link.text_content().as_deref(), Some("Sign in again"));
    let encoded: String = js_sys::encode_uri_component(&here).into();
    assert_eq!(
        link.get_attribute("href").unwrap(),
        format!("/api/signin?returnUrl={encoded}")
    );
    assert_eq!(link.get_attribute("rel").as_deref(), Some("external"));
    assert_eq!(texts(&expired, "[role=alert] button"), ["Try again"]);

    // Another failure, or a deployment with no sign-in page: no link.
    let refused = shown(Some(config), BackendError::Forbidden);
    let unnamed = shown(None, BackendError::Unauthorized);
    support::tick().await;
    assert!(support::all(&refused, "a").is_empty());
    assert!(support::all(&unnamed, "a").is_empty());
    let text = unnamed.text_content().unwrap_or_default();
    assert!(text.contains("your sign-in has expired"), "{text}");

    // In Russian.
    use partner_support_desk::i18n::{load, Locale};
    assert!(load(Locale::Russian).await);
    let config = AppConfig::parse(r#"{"signInUrl":"/api/signin?returnUrl={returnUrl}"}"#).unwrap();
    let russian = mount(move || {
        provide_context(Locale::Russian);
        provide_context(CurrentConfig(config.clone()));
        view! { <LoadError error=BackendError::Unauthorized on_retry=|_| {} /> }
    });
    support::tick().await;
    assert_eq!(texts(&russian, "[role=alert] a"), ["Войти снова"]);
    assert_eq!(texts(&russian, "[role=alert] button"), ["Повторить"]);
    let text = russian.text_content().unwrap_or_default();
    assert!(text.contains("срок действия входа истек"), "{text}");
}

#[wasm_bindgen_test]
async fn document_title_follows_the_page_and_names_the_product() {
    let document = web_sys::window().unwrap().document().unwrap();
    let page = RwSignal::new(String::from("Help"));
    mount(move || {
        view! { <partner_support_desk::components::document_title::DocumentTitle text=page /> }
    });
    support::until(|| document.title() == "Help – Partner Support Desk").await;
    page.set("Error: Your profile".into());
    support::until(|| document.title() == "Error: Your profile – Partner Support Desk").await;
    page.set(String::new());
    support::until(|| document.title() == "Partner Support Desk").await;
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_texts_and_counts_read_in_each_language() {
    use partner_support_desk::components::language_switcher::LanguageSwitcher;
    use partner_support_desk::i18n::{use_strings, Language, Locale};
    use wasm_bindgen::JsCast;

    let root = mount(|| {
        let language = Language::provide(Locale::English);
        view! {
            {move || {
                provide_context(language.get());
                let s = use_strings();
                view! {
                    <LanguageSwitcher />
                    <h1>{s.customers.customers_title}</h1>
                    <p id="count">{(s.customers.customers_match)(2)}</p>
                    <p id="many">{(s.customers.customers_match)(25)}</p>
                }
            }}
        }
    });
    support::tick().await;
    assert_eq!(texts(&root, "h1"), ["Customers"]);
    assert_eq!(texts(&root, "#count"), ["2 customers match"]);
    let button = |id: &str| {
        root.query_selector(&format!("#{id}"))
            .unwrap()
            .expect("language button")
            .dyn_into::<web_sys::HtmlElement>()
            .unwrap()
    };
    assert_eq!(
        button("language-en")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        button("language-ru")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    assert_eq!(
        button("language-ru").get_attribute("lang").as_deref(),
        Some("ru-RU")
    );
    let group = root.query_selector(".language").unwrap().expect("group");
    assert_eq!(group.get_attribute("role").as_deref(), Some("group"));
    assert_eq!(
        group.get_attribute("aria-label").as_deref(),
        Some("Language")
    );

    support::click(&button("language-ru"));
    support::until(|| texts(&root, "h1") == ["Клиенты"]).await;
    assert_eq!(texts(&root, "#count"), ["Найдено 2 клиента"]);
    assert_eq!(texts(&root, "#many"), ["Найдено 25 клиентов"]);
    assert_eq!(
        button("language-ru")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    let group = root.query_selector(".language").unwrap().expect("group");
    assert_eq!(group.get_attribute("aria-label").as_deref(), Some("Язык"));
    // The choice is remembered, and the focus is back on the language just chosen.
    support::until(|| {
        document().active_element().map(|e| e.id()).as_deref() == Some("language-ru")
    })
    .await;
    let storage = window().local_storage().unwrap().unwrap();
    assert_eq!(
        storage.get_item("psd.locale").unwrap().as_deref(),
        Some("ru-RU")
    );
    storage.remove_item("psd.locale").unwrap();
}

#[wasm_bindgen_test]
async fn a_time_zone_reads_as_its_city_name_and_offset_in_the_partners_language() {
    use partner_support_desk::components::contact_fields::time_zone;
    use partner_support_desk::i18n::Locale;
    assert!(partner_support_desk::i18n::load(Locale::Russian).await);
    let berlin = time_zone(Locale::English, "Europe/Berlin");
    assert!(berlin.starts_with("Berlin – Central European"), "{berlin}");
    assert!(
        berlin.ends_with("(GMT+1)") || berlin.ends_with("(GMT+2)"),
        "{berlin}"
    );
    let russian = time_zone(Locale::Russian, "Europe/Berlin");
    assert!(
        russian.starts_with("Берлин – Центральная Европа"),
        "{russian}"
    );
    let kolkata = time_zone(Locale::English, "Asia/Kolkata");
    assert_eq!(kolkata, "Kolkata – India Standard Time (GMT+5:30)");
    let buenos_aires = time_zone(Locale::English, "America/Argentina/Buenos_Aires");
    assert!(
        buenos_aires.starts_with("Buenos Aires – "),
        "{buenos_aires}"
    );
    assert_eq!(time_zone(Locale::English, "UTC"), "UTC");
    // A zone the browser does not know stays as it was saved; none stays none.
    assert_eq!(
        time_zone(Locale::English, "Mars/Olympus_Mons"),
        "Mars/Olympus_Mons"
    );
    assert_eq!(time_zone(Locale::English, ""), "");
}

#[wasm_bindgen_test]
fn dates_read_in_the_partners_language_and_time_zone_however_often_formatted() {
    use partner_support_desk::browser::{format_date, format_date_time, format_time};
    use partner_support_desk::domain::Timestamp;
    // 25 Nov 2026, 13:05 UTC.
    let at = Timestamp(1_795_611_900_000);
    let berlin = || format_date_time(at, "en-GB", Some("Europe/Berlin"));
    assert_eq!(berlin(), "25 Nov 2026, 14:05");
    assert_eq!(
        format_date_time(at, "en-GB", Some("America/New_York")),
        "25 Nov 2026, 08:05"
    );
    assert_eq!(
        format_date_time(at, "ru-RU", Some(" Europe/Berlin ")),
        "25 нояб. 2026 г., 14:05"
    );
    // More formats than are kept, then the first again: the same text, never another's.
    for zone in [
        "Asia/Tokyo",
        "Asia/Kolkata",
        "Europe/London",
        "Australia/Sydney",
    ] {
        for locale in ["en-GB", "ru-RU"] {
            assert!(!format_date_time(at, locale, Some(zone)).is_empty());
        }
    }
    assert_eq!(berlin(), "25 Nov 2026, 14:05");
    assert_eq!(
        format_date_time(at, "en-GB", Some("Asia/Kolkata")),
        "25 Nov 2026, 18:35"
    );
    // A zone the browser does not know, or none, reads in the browser's own zone.
    let own = format_date_time(at, "en-GB", None);
    assert!(own.starts_with("25 Nov 2026, "), "{own}");
    assert_eq!(
        format_date_time(at, "en-GB", Some("Mars/Olympus_Mons")),
        own
    );
    assert_eq!(format_date_time(at, "en-GB", Some("  ")), own);
    assert_eq!(format_date(at, "en-GB"), "25 Nov 2026");
    assert_eq!(format_date(at, "ru-RU"), "25 нояб. 2026 г.");
    assert_eq!(
        format_time(at, "en-GB"),
        own.trim_start_matches("25 Nov 2026, ")
    );
}

#[wasm_bindgen_test]
fn a_time_typed_in_the_partners_own_zone_reads_back_in_full_at_the_offset_it_had() {
    use partner_support_desk::browser::{format_full_date_time, local_offset_minutes};
    use partner_support_desk::domain::{parse_local_datetime, Timestamp};
    // 25 Nov 2026, 11:05 UTC: the same day from UTC-11 to UTC+12.
    let at = Timestamp(1_795_604_700_000);
    let typed = at.to_local_input(local_offset_minutes(at));
    assert_eq!(parse_local_datetime(&typed, local_offset_minutes), Some(at));
    let english = format_full_date_time(at, "en-GB");
    assert!(
        english.starts_with("Wednesday, 25 November 2026 at ") && english.contains(" GMT"),
        "{english}"
    );
    let russian = format_full_date_time(at, "ru-RU");
    assert!(
        russian.starts_with("среда, 25 ноября 2026 г. в ") && russian.contains(" GMT"),
        "{russian}"
    );
    // Every half hour of a year, summer and winter alike, reads back as the instant it shows,
    // but for the time the clocks go through twice, which reads as its first pass.
    for half_hour in 0..366 * 48 {
        let at = Timestamp(1_767_225_600_000 + half_hour * 1_800_000 + 17 * 60_000);
        let shown = at.to_local_input(local_offset_minutes(at));
        let read = parse_local_datetime(&shown, local_offset_minutes);
        let first_pass = read.filter(|first| {
            *first < at
                && first.plus_hours(1) >= at
                && first.to_local_input(local_offset_minutes(*first)) == shown
        });
        assert!(
            read == Some(at) || first_pass.is_some(),
            "{shown} read as {read:?}, shown at {at:?}"
        );
    }
}

#[wasm_bindgen_test]
fn a_named_zones_offset_follows_its_daylight_saving() {
    use partner_support_desk::browser::zone_offset_minutes;
    use partner_support_desk::domain::Timestamp;
    let july = Timestamp(1_783_000_000_000); // 2 July 2026
    let december = Timestamp(1_796_000_000_000); // 30 November 2026
    for (zone, summer, winter) in [
        ("Europe/Berlin", 120, 60),
        (" Europe/Moscow ", 180, 180),
        ("America/New_York", -240, -300),
        ("Australia/Sydney", 600, 660),
        ("Asia/Kathmandu", 345, 345),
        ("Asia/Kolkata", 330, 330),
        ("UTC", 0, 0),
    ] {
        assert_eq!(zone_offset_minutes(zone, july), Some(summer), "{zone}");
        assert_eq!(zone_offset_minutes(zone, december), Some(winter), "{zone}");
    }
    assert_eq!(zone_offset_minutes("Mars/Olympus_Mons", july), None);
    assert_eq!(zone_offset_minutes("", july), None);
}
