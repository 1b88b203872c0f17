//! Deterministic made-up customers for load tests and benchmarks (`generatedCustomers`).

use super::subscriptions::Profile;
use crate::backend::platform::{guid_from, splitmix64};
use crate::domain::search::fold;
use crate::domain::{Cloud, Customer, Relationship};

/// A naming style: country, top-level domain, name parts and how they combine.
struct Style {
    country: &'static str,
    tld: &'static str,
    cores: &'static [&'static str],
    trades: &'static [&'static str],
    forms: &'static [&'static str],
    /// `{core}`, `{trade}` and `{form}` are replaced.
    pattern: &'static str,
}

const STYLES: &[Style] = &[
    Style {
        country: "DE",
        tld: "de",
        pattern: "{core} {trade} {form}",
        cores: &[
            "Müller",
            "Schröder",
            "Weißenberg",
            "Kühn",
            "Bäumer",
            "Groß",
            "Löffler",
            "Hoffmann",
            "Jäger",
            "Straub",
        ],
        trades: &["Bau", "Logistik", "Technik", "Handel", "Druck", "Elektro"],
        forms: &["GmbH", "AG", "KG", "GmbH & Co. KG"],
    },
    Style {
        country: "FR",
        tld: "fr",
        pattern: "{trade} {core} {form}",
        cores: &[
            "Lefèvre",
            "Rivière",
            "Gaëlle",
            "Bérard",
            "Mélenchon",
            "Château-Neuf",
            "Dupré",
            "Noël",
        ],
        trades: &[
            "Conseil",
            "Transports",
            "Boulangerie",
            "Hôtellerie",
            "Menuiserie",
        ],
        forms: &["SARL", "SAS", "SA"],
    },
    Style {
        country: "PL",
        tld: "pl",
        pattern: "{trade} {core} {form}",
        cores: &[
            "Wiśniewski",
            "Łukaszewicz",
            "Żółkiewski",
            "Kowalczyk",
            "Ślęzak",
            "Dąbrowski",
        ],
        trades: &["Usługi", "Handel", "Transport", "Budownictwo"],
        forms: &["Sp. z o.o.", "S.A."],
    },
    Style {
        country: "CZ",
        tld: "cz",
        pattern: "{core} {trade} {form}",
        cores: &["Dvořák", "Novák", "Růžička", "Černý", "Kučera", "Šťastný"],
        trades: &["Stavby", "Obchod", "Doprava", "Strojírna"],
        forms: &["s.r.o.", "a.s."],
    },
    Style {
        country: "SE",
        tld: "se",
        pattern: "{core} {trade} {form}",
        cores: &[
            "Bjørn",
            "Søren",
            "Åsa",
            "Lindqvist",
            "Öberg",
            "Næss",
            "Håkansson",
        ],
        trades: &["Bygg", "Data", "Frakt", "Konsult"],
        forms: &["AB", "AS", "ApS", "Oy"],
    },
    Style {
        country: "RU",
        tld: "ru",
        pattern: "{form} «{core}{trade}»",
        cores: &[
            "Север",
            "Восток",
            "Байкал",
            "Вега",
            "Ёлка",
            "Рассвет",
            "Жар-птица",
        ],
        trades: &["строй", "торг", "софт", "логистик", "снаб"],
        forms: &["ООО", "АО", "ИП"],
    },
    Style {
        country: "JP",
        tld: "jp",
        pattern: "{form}{core}{trade}",
        cores: &["さくら", "富士", "青空", "山田", "みなと", "北斗"],
        trades: &["商事", "電機", "物流", "製作所"],
        forms: &["株式会社", "有限会社"],
    },
    Style {
        country: "US",
        tld: "com",
        pattern: "{core} {trade} {form}",
        cores: &[
            "Northwind",
            "Blue Harbor",
            "Silverline",
            "Oakridge",
            "Summit",
            "Red Maple",
            "Ironwood",
            "Clearwater",
        ],
        trades: &[
            "Consulting",
            "Logistics",
            "Foods",
            "Labs",
            "Outfitters",
            "Health",
        ],
        forms: &["Ltd.", "Inc.", "LLC"],
    },
];

fn pick<'a>(items: &'a [&'a str], random: u64) -> &'a str {
    let len = items.len().max(1) as u64;
    items.get((random % len) as usize).copied().unwrap_or("")
}

/// ASCII letters and digits of a name, for domain names (`Müller Bau` -> `mullerbau`).
fn slug(text: &str) -> String {
    fold(text)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(24)
        .collect()
}

/// Customer number `index` (0-based) generated from `seed`, always the same.
pub fn generated_customer(seed: u64, index: u64) -> (Customer, Profile) {
    let base = splitmix64(seed ^ splitmix64(index.wrapping_add(0x6E6E)));
    let r = |salt: u64| splitmix64(base ^ salt);
    let style = &STYLES[(r(1) % STYLES.len() as u64) as usize]; // in range: modulo the length
    let core = pick(style.cores, r(2));
    let core = if r(3) % 3 == 0 {
        format!("{core}-{}", pick(style.cores, r(4)))
    } else {
        core.to_owned()
    };
    let trade = pick(style.trades, r(5));
    let name = style
        .pattern
        .replace("{core}", &core)
        .replace("{trade}", trade)
        .replace("{form}", pick(style.forms, r(6)));
    let germany = style.country == "DE" && r(7) % 7 == 0;
    let stem = match slug(&format!("{core}{trade}")) {
        s if s.is_empty() => "tenant".to_owned(),
        s => s,
    };
    let id = guid_from(r(8), r(9));
    let onmicrosoft = if germany {
        "onmicrosoft.de"
    } else {
        "onmicrosoft.com"
    };
    let initial = format!("{stem}{index}.{onmicrosoft}");
    let vanity = (r(10) % 2 == 0).then(|| format!("{stem}-{}.{}", index % 1000, style.tld));
    let (primary_domain, other_domains) = match vanity {
        Some(vanity) if r(11) % 2 == 0 => (vanity, vec![initial]),
        Some(vanity) => (initial, vec![vanity]),
        None => (initial, Vec::new()),
    };
    let profile = if germany {
        Profile::Germany
    } else {
        Profile::GENERATED[(r(12) % Profile::GENERATED.len() as u64) as usize]
    };
    let customer = Customer {
        tenant_id: id.clone(),
        id,
        company_name: name,
        primary_domain,
        other_domains,
        relationship: if r(13) % 20 == 0 {
            Relationship::Advisor
        } else {
            Relationship::Reseller
        },
        cloud: if germany {
            Cloud::Germany
        } else {
            Cloud::Global
        },
        country: Some(style.country.to_owned()),
    };
    (customer, profile)
}
