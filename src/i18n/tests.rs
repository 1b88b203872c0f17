use super::*;

/// CLDR's Russian cases for whole numbers: one 1, 21, 101…; few 2–4, 22–24…; many 0, 5–20, 25…
#[test]
fn russian_plural_follows_cldr() {
    let cases = [
        (0, PluralCategory::Many),
        (1, PluralCategory::One),
        (2, PluralCategory::Few),
        (4, PluralCategory::Few),
        (5, PluralCategory::Many),
        (11, PluralCategory::Many),
        (12, PluralCategory::Many),
        (14, PluralCategory::Many),
        (21, PluralCategory::One),
        (22, PluralCategory::Few),
        (25, PluralCategory::Many),
        (101, PluralCategory::One),
        (111, PluralCategory::Many),
        (112, PluralCategory::Many),
        (1001, PluralCategory::One),
    ];
    for (n, category) in cases {
        assert_eq!(PluralCategory::of(Locale::Russian, n), category, "{n}");
    }
}

#[test]
fn english_plural_follows_cldr() {
    for n in [0, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111] {
        assert_eq!(
            PluralCategory::of(Locale::English, n),
            PluralCategory::Other,
            "{n}"
        );
    }
    assert_eq!(PluralCategory::of(Locale::English, 1), PluralCategory::One);
}

#[test]
fn counts_put_the_noun_in_the_right_form() {
    let customers = Plural::ru("{n} клиент", "{n} клиента", "{n} клиентов");
    let said = |n| Locale::Russian.count(n, &customers);
    assert_eq!(said(1), "1 клиент");
    assert_eq!(said(2), "2 клиента");
    assert_eq!(said(5), "5 клиентов");
    assert_eq!(said(11), "11 клиентов");
    assert_eq!(said(21), "21 клиент");
    assert_eq!(said(10_000), "10\u{a0}000 клиентов");
    let english = Plural::en("{n} customer", "{n} customers");
    assert_eq!(Locale::English.count(1, &english), "1 customer");
    assert_eq!(Locale::English.count(10_000, &english), "10,000 customers");
}

#[test]
fn numbers_are_grouped_as_each_language_writes_them() {
    assert_eq!(Locale::English.number(999), "999");
    assert_eq!(Locale::English.number(1_000), "1,000");
    assert_eq!(Locale::English.number(1_234_567), "1,234,567");
    assert_eq!(Locale::Russian.number(1_000), "1000");
    assert_eq!(Locale::Russian.number(10_000), "10\u{a0}000");
    assert_eq!(Locale::Russian.number(1_234_567), "1\u{a0}234\u{a0}567");
}

#[test]
fn every_count_in_the_tables_reads_in_its_language() {
    let ru = &ru::TEXTS;
    assert_eq!((ru.strings.customers.customers_match)(1), "Найден 1 клиент");
    assert_eq!(
        (ru.strings.customers.customers_match)(3),
        "Найдено 3 клиента"
    );
    assert_eq!(
        (ru.strings.customers.customers_match)(25),
        "Найдено 25 клиентов"
    );
    assert_eq!(
        (ru.strings.customers.loading_customers_so_far)(500, Some(12_000)),
        "Загрузка списка клиентов… получено 500 из 12\u{a0}000"
    );
    assert_eq!(
        (ru.strings.customers.loading_customers_so_far)(1_000, None),
        "Загрузка списка клиентов… получено 1000"
    );
    assert_eq!(
        (ru.strings.customers.customers_read_in_part)(500, Some(12_000)),
        "Список клиентов получен не полностью (получено 500 из 12\u{a0}000): поиск идёт по ним."
    );
    assert_eq!(
        (ru.strings.customers.customers_read_in_part)(0, None),
        "Список клиентов получить не удалось, поэтому доступна только ваша организация."
    );
    assert_eq!((ru.forms.topics_match)(21), "Найдена 21 тема");
    assert_eq!((ru.forms.chars_left)(4), "Осталось 4 символа");
    assert_eq!(
        (ru.forms.chars_left)(-11),
        "На 11 символов больше допустимого"
    );
    assert_eq!(
        (ru.requests.results_count)(12, 12),
        "12 запросов на обслуживание"
    );
    assert_eq!(
        (ru.requests.results_count)(1, 22),
        "Подходит 1 из 22 запросов на обслуживание"
    );
    assert_eq!(
        (ru.forms.response_target)(crate::domain::severity::ResponseTarget::Hours(2)),
        "Первый ответ в течение 2 часов"
    );
    assert_eq!((en::FORMS.chars_left)(1), "You have 1 character remaining");
    assert_eq!(
        (en::REQUESTS.results_count)(3, 16),
        "3 of 16 service requests match"
    );
    assert_eq!((en::REQUESTS.results_count)(1, 1), "1 service request");
    assert_eq!(
        (en::REQUESTS.listed_of)(50, 2345),
        "Showing the first 50 of 2,345"
    );
    assert_eq!((en::REQUESTS.show_more)(50), "Show 50 more requests");
    assert_eq!((en::REQUESTS.show_more)(1), "Show 1 more request");
    assert_eq!(
        (ru.requests.listed_of)(100, 2345),
        "Показаны первые 100 из 2345"
    );
    assert_eq!((ru.requests.show_more)(50), "Показать ещё 50 запросов");
    assert_eq!((ru.requests.show_more)(21), "Показать ещё 21 запрос");
    assert_eq!((ru.requests.show_more)(3), "Показать ещё 3 запроса");
}

#[test]
fn a_tag_names_its_language_by_its_primary_subtag() {
    assert_eq!(Locale::from_tag("ru"), Some(Locale::Russian));
    assert_eq!(Locale::from_tag("ru-RU"), Some(Locale::Russian));
    assert_eq!(Locale::from_tag(" RU-ua "), Some(Locale::Russian));
    assert_eq!(Locale::from_tag("en-US"), Some(Locale::English));
    assert_eq!(Locale::from_tag("en_GB"), Some(Locale::English));
    assert_eq!(Locale::from_tag("de-DE"), None);
    assert_eq!(Locale::from_tag(""), None);
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
}

#[test]
fn the_language_is_the_saved_one_then_the_deployers_then_the_browsers() {
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    let ru_browser = browser(&["de-DE", "ru-RU", "en-US"]);
    assert_eq!(
        choose_locale(Some("en-GB"), Some("ru-RU"), &ru_browser),
        Locale::English
    );
    assert_eq!(
        choose_locale(None, Some("ru-RU"), &browser(&["en-US"])),
        Locale::Russian
    );
    assert_eq!(choose_locale(None, None, &ru_browser), Locale::Russian);
    assert_eq!(
        choose_locale(None, None, &browser(&["de-DE", "fr"])),
        Locale::English
    );
    // A saved or configured language the app does not ship is passed over.
    assert_eq!(
        choose_locale(Some("fr-FR"), Some("de"), &ru_browser),
        Locale::Russian
    );
    assert_eq!(choose_locale(None, None, &[]), Locale::English);
}

#[test]
fn russian_help_has_every_section_of_the_english() {
    let ids = |sections: &[HelpSection]| sections.iter().map(|s| s.id).collect::<Vec<_>>();
    assert_eq!(ids(ru::TEXTS.help.sections), ids(en::HELP.sections));
}

#[test]
fn backend_errors_tell_the_partner_what_to_do_in_each_language() {
    use crate::backend::BackendError;
    let en = en::STRINGS.app.backend_error;
    let ru = ru::TEXTS.strings.app.backend_error;
    let busy = BackendError::Busy {
        status: 429,
        retry_after_secs: Some(30),
    };
    assert_eq!(
        en(&busy),
        "Microsoft's service is busy. Try again in 30 seconds."
    );
    assert_eq!(
        ru(&busy),
        "Служба Майкрософт занята. Повторите попытку через 30 секунд."
    );
    let busy = BackendError::Busy {
        status: 503,
        retry_after_secs: Some(21),
    };
    assert_eq!(
        ru(&busy),
        "Служба Майкрософт занята. Повторите попытку через 21 секунду."
    );
    assert_eq!(
        en(&busy),
        "Microsoft's service is busy. Try again in 21 seconds."
    );
    let busy = BackendError::Busy {
        status: 503,
        retry_after_secs: None,
    };
    assert_eq!(
        en(&busy),
        "Microsoft's service is busy. Try again in a minute."
    );
    assert_eq!(
        ru(&busy),
        "Служба Майкрософт занята. Повторите попытку через минуту."
    );
    assert_eq!(
        en(&BackendError::Unauthorized),
        "You are not signed in, or your sign-in has expired. Sign in again and retry."
    );
    assert_eq!(
        en(&BackendError::Unreadable("x".into())),
        "The server's answer could not be read. Try again; if it keeps happening, tell your administrator."
    );
    for error in [
        BackendError::Network,
        BackendError::Timeout,
        BackendError::Conflict,
    ] {
        let message = en(&error);
        assert!(
            !message.contains("invalid") && !message.contains("please"),
            "{message}"
        );
        assert!(ru(&error).chars().any(|c| ('а'..='я').contains(&c)));
    }
}

#[test]
fn a_call_tried_again_says_why_in_each_language() {
    use crate::backend::retry::Retrying;
    let en = en::STRINGS.app.retrying;
    let ru = ru::TEXTS.strings.app.retrying;
    let busy = Retrying {
        busy: true,
        attempt: 2,
        of: 3,
    };
    let late = Retrying {
        busy: false,
        attempt: 3,
        of: 3,
    };
    assert_eq!(
        en(busy),
        "Microsoft's service is busy. Trying again (attempt 2 of 3)…"
    );
    assert_eq!(
        en(late),
        "The service did not answer in time. Trying again (attempt 3 of 3)…"
    );
    assert_eq!(
        ru(busy),
        "Служба Майкрософт занята. Повторная попытка (2 из 3)…"
    );
    assert_eq!(
        ru(late),
        "Служба не ответила вовремя. Повторная попытка (3 из 3)…"
    );
}

/// "When did the problem start" names the partner's time zone where the browser tells it, and
/// reads the time back, in each language.
#[test]
fn the_problem_start_names_the_time_zone_and_reads_back_in_each_language() {
    let (en, ru) = (&en::FORMS, &ru::TEXTS.forms);
    let zone = "Berlin – Central European Time (GMT+1)";
    assert_eq!(
        (en.problem_start_hint)(zone),
        "In your local time: Berlin – Central European Time (GMT+1). Leave it empty if you do not know."
    );
    assert_eq!(
        (en.problem_start_hint)(""),
        "In your local time. Leave it empty if you do not know."
    );
    assert_eq!(
        (ru.problem_start_hint)("Берлин – Центральная Европа (GMT+1)"),
        "По вашему местному времени: Берлин – Центральная Европа (GMT+1). Оставьте пустым, если не знаете."
    );
    assert_eq!(
        (ru.problem_start_hint)(""),
        "По вашему местному времени. Оставьте пустым, если не знаете."
    );
    assert_eq!(
        (en.problem_start_read_back)("Saturday, 24 October 2026 at 23:30 GMT+2"),
        "That is Saturday, 24 October 2026 at 23:30 GMT+2."
    );
    assert_eq!(
        (ru.problem_start_read_back)("суббота, 24 октября 2026 г. в 23:30 GMT+2"),
        "То есть суббота, 24 октября 2026 г. в 23:30 GMT+2."
    );
}

/// Each time zone the contact form offers is named after its city in Russian; English reads the
/// city from the zone's name; UTC is no city.
#[test]
fn every_offered_time_zone_has_its_city_in_russian() {
    let ru = ru::TEXTS.forms.time_zone_city;
    let en = en::FORMS.time_zone_city;
    for &zone in crate::domain::contact::time_zones() {
        assert_eq!(en(zone), None, "{zone}");
        if zone == "UTC" {
            assert_eq!(ru(zone), None);
            continue;
        }
        let city = ru(zone).unwrap_or_else(|| panic!("{zone} has no Russian city"));
        assert!(
            city.chars().all(|c| ('А'..='я').contains(&c)
                || c == 'Ё'
                || c == 'ё'
                || c == '-'
                || c == ' '),
            "{zone}: {city}"
        );
    }
    assert_eq!(ru("Europe/Berlin"), Some("Берлин"));
    assert_eq!(ru("America/Argentina/Buenos_Aires"), Some("Буэнос-Айрес"));
    assert_eq!(ru("Mars/Olympus_Mons"), None);
}

/// Every label of the catalogue has words in both languages (the tables' `match`es are
/// exhaustive); here: each is said, the Russian is not the English left as it is, and the
/// English names each entry as the Azure portal does.
#[test]
fn every_label_of_the_azure_catalogue_reads_in_both_languages() {
    use crate::domain::azure::{azure_services, problem_types_for, CatalogLabel, IssueType};
    let mut labels = Vec::new();
    for service in azure_services() {
        labels.push(service.label);
        for issue_type in IssueType::ALL {
            for problem in problem_types_for(issue_type, Some(service.id)) {
                labels.push(problem.label);
                labels.extend(problem.subtypes.iter().map(|&(_, label)| label));
            }
        }
    }
    labels.sort_unstable_by_key(|l| *l as usize);
    labels.dedup();
    assert_eq!(labels.len(), 111);
    let en = en::FORMS.catalog_label;
    let ru = ru::TEXTS.forms.catalog_label;
    for label in labels {
        assert!(!en(label).is_empty(), "{label:?}");
        if label != CatalogLabel::Dns {
            assert_ne!(ru(label), en(label), "no Russian for {label:?}");
            assert!(
                ru(label).chars().any(|c| ('а'..='я').contains(&c)),
                "{label:?}"
            );
        }
    }
    assert_eq!(
        en(CatalogLabel::Rdp),
        "Remote Desktop (RDP) connection fails"
    );
    assert_eq!(
        ru(CatalogLabel::Rdp),
        "Сбой подключения к удаленному рабочему столу (RDP)"
    );
    assert_eq!(en(CatalogLabel::VmPerformance), "VM performance");
    assert_eq!(en(CatalogLabel::QueryPerformance), "Query performance");
}

/// The domain and the backends return codes and data, never sentences: every word a partner
/// reads comes from this layer. Left out: the mock's seed (customer data) and its own error
/// descriptions (what a service answers), English country names (the fallback when the
/// browser cannot name a region) and product names.
#[test]
fn the_domain_and_the_backends_hold_no_sentences() {
    const LEFT_OUT: [&str; 2] = ["backend/mock/", "domain/contact.rs"];
    const NAMES: [&str; 2] = ["Microsoft Dynamics CRM Online", "Enterprise Mobility Suite"];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for area in ["domain", "backend"] {
        collect_rust_files(&root.join(area), &mut files);
    }
    let mut sentences = Vec::new();
    for file in files {
        let path = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        if LEFT_OUT.iter().any(|out| path.contains(out)) || path.contains("test") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        // An inline test module ends the code; a `mod tests;` is a file of its own.
        let code = text.split("#[cfg(test)]\nmod tests {").next().unwrap_or("");
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for literal in line.split('"').skip(1).step_by(2) {
                let words = literal.split(' ').filter(|w| !w.is_empty()).count();
                let capital = literal.chars().next().is_some_and(char::is_uppercase);
                let sentence = capital && (words >= 3 || (words >= 2 && literal.ends_with('.')));
                if sentence && !NAMES.contains(&literal) {
                    sentences.push(format!("{path}: {literal}"));
                }
            }
        }
    }
    assert!(
        sentences.is_empty(),
        "sentences outside src/i18n/: {sentences:#?}"
    );
}

fn collect_rust_files(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_rust_files(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// The static shell of `index.html` paints before the app starts, in both languages: its words
/// are the app's own, so that the hand-over changes nothing the partner reads.
#[test]
fn the_static_shell_says_what_the_app_says() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let html = std::fs::read_to_string(root.join("index.html")).unwrap_or_default();
    // The status lines also carry what they say when the app is slow to come (`data-slow`).
    let slow: Vec<&str> = html.split(r#" data-slow=""#).collect();
    assert_eq!(
        slow.len(),
        5,
        "the two status lines, each in both languages"
    );
    let html: String = std::iter::once(slow[0])
        .chain(
            slow[1..]
                .iter()
                .map(|rest| rest.split_once('"').map_or("", |(_, after)| after)),
        )
        .collect();
    let (en, ru) = (&en::STRINGS, &ru::TEXTS.strings);
    let said =
        |en: &str, ru: &str| format!(r#"<span lang="en">{en}</span><span lang="ru">{ru}</span>"#);
    for (english, russian) in [
        (en.app.product_name, ru.app.product_name),
        (en.app.loading, ru.app.loading),
        (en.app.nav_customers, ru.app.nav_customers),
        (en.app.nav_service_requests, ru.app.nav_service_requests),
        (en.app.nav_help, ru.app.nav_help),
        (en.app.nav_profile, ru.app.nav_profile),
        (en.customers.customers_title, ru.customers.customers_title),
        (en.customers.customers_lead, ru.customers.customers_lead),
        (en.customers.picker_label, ru.customers.picker_label),
        (en.customers.picker_hint, ru.customers.picker_hint),
        (
            en.customers.loading_customers,
            ru.customers.loading_customers,
        ),
    ] {
        assert!(
            html.contains(&said(english, russian)),
            "index.html does not say {english:?} / {russian:?}"
        );
    }
    assert!(html.contains(&format!(r#"id="{}""#, crate::shell::SEARCH_FIELD_ID)));
    // The shell's chooser reads the keys the app writes.
    let chooser = std::fs::read_to_string(root.join("scripts/shell.js")).unwrap_or_default();
    for key in [SAVED_LOCALE_KEY, STARTED_LOCALE_KEY] {
        assert!(chooser.contains(&format!(r#""psd.{key}""#)), "{key}");
    }
}
