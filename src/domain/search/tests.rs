use super::*;
use crate::domain::customer::{Cloud, Relationship};

fn customer(name: &str, domain: &str, tenant: &str) -> Customer {
    Customer {
        id: tenant.to_owned(),
        tenant_id: tenant.to_owned(),
        company_name: name.to_owned(),
        primary_domain: domain.to_owned(),
        other_domains: Vec::new(),
        relationship: Relationship::Reseller,
        cloud: Cloud::Global,
        country: None,
    }
}

fn names<'a>(customers: &'a [Customer], result: &SearchResult) -> Vec<&'a str> {
    result
        .positions
        .iter()
        .map(|&i| customers[i].company_name.as_str())
        .collect()
}

fn sample() -> Vec<Customer> {
    vec![
        customer(
            "Wingtip Toys",
            "wingtiptoys.onmicrosoft.com",
            "5d2a1c4e-0000-4000-8000-000000000001",
        ),
        customer(
            "Contoso Ltd",
            "contoso.com",
            "8f0c2b7a-0000-4000-8000-000000000002",
        ),
        customer(
            "Fabrikam, Inc.",
            "fabrikam.onmicrosoft.com",
            "11111111-0000-4000-8000-000000000003",
        ),
        customer(
            "Müller GmbH",
            "mueller-gmbh.de",
            "22222222-0000-4000-8000-000000000004",
        ),
        customer(
            "Рога и копыта",
            "roga.ru",
            "33333333-0000-4000-8000-000000000005",
        ),
        customer(
            "Northwind Traders",
            "contoso-partner.com",
            "44444444-0000-4000-8000-000000000006",
        ),
        customer(
            "Adventure Works",
            "adventure-works.com",
            "55555555-0000-4000-8000-000000000007",
        ),
        customer(
            "Blue Contoso Yonder",
            "blueyonder.com",
            "66666666-0000-4000-8000-000000000008",
        ),
        customer(
            "Ёлки-Палки ООО",
            "yolki.ru",
            "77777777-0000-4000-8000-000000000009",
        ),
        customer(
            "Łódź Software Sp. z o.o.",
            "lodz.pl",
            "88888888-0000-4000-8000-00000000000a",
        ),
    ]
}

#[test]
fn folds_latin_letters() {
    assert_eq!(fold("Müller"), "muller");
    assert_eq!(fold("STRAẞE"), "strasse");
    assert_eq!(fold("Straße"), "strasse");
    assert_eq!(fold("Łódź"), "lodz");
    assert_eq!(fold("Ærø Œuvre"), "aero oeuvre");
    assert_eq!(fold("Çà et là, niño"), "ca et la, nino");
    assert_eq!(
        fold("Šťastný Žluťoučký Čáp Řeka"),
        "stastny zlutoucky cap reka"
    );
    assert_eq!(fold("Győr Űrhajó"), "gyor urhajo");
    assert_eq!(fold("Ğüneş Işık İstanbul"), "gunes isik istanbul");
    assert_eq!(fold("Åland Øresund"), "aland oresund");
    assert_eq!(fold("Þór Ðað"), "thor dad");
    assert_eq!(fold("× ÷"), "× ÷");
    assert_eq!(fold("ABC xyz 123"), "abc xyz 123");
    assert_eq!(fold(""), "");
}

#[test]
fn folds_cyrillic_and_decomposed_input() {
    assert_eq!(fold("Рога и Копыта"), "рога и копыта");
    assert_eq!(fold("Ёлка"), "елка");
    assert_eq!(fold("Йошкар-Ола"), "иошкар-ола");
    assert_eq!(fold("Київ"), "киів");
    // Decomposed: u + combining diaeresis, e + combining acute, и + combining breve.
    assert_eq!(fold("Mu\u{0308}ller"), "muller");
    assert_eq!(fold("Cafe\u{0301}"), "cafe");
    assert_eq!(fold("и\u{0306}од"), "иод");
    assert_eq!(fold("\u{212A}elvin \u{212B}ngström"), "kelvin angstrom");
}

#[test]
fn german_folding_spells_out_umlauts() {
    assert_eq!(fold_german("Müller Bäckerei Öl"), "mueller baeckerei oel");
    assert_eq!(fold_german("Straße"), "strasse");
}

#[test]
fn empty_query_lists_everyone_in_name_order() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    let all = index.search("   ", 100);
    assert_eq!(all.total, customers.len());
    assert_eq!(
        names(&customers, &all),
        [
            "Adventure Works",
            "Blue Contoso Yonder",
            "Contoso Ltd",
            "Fabrikam, Inc.",
            "Łódź Software Sp. z o.o.",
            "Müller GmbH",
            "Northwind Traders",
            "Wingtip Toys",
            "Ёлки-Палки ООО",
            "Рога и копыта",
        ]
    );
    let capped = index.search("", 3);
    assert_eq!(capped.total, customers.len());
    assert_eq!(capped.positions.len(), 3);
}

#[test]
fn ranks_name_prefix_then_word_then_domain_then_elsewhere() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    let result = index.search("contoso", 10);
    assert_eq!(result.total, 3);
    assert_eq!(
        names(&customers, &result),
        ["Contoso Ltd", "Blue Contoso Yonder", "Northwind Traders"]
    );
    let result = index.search("toy", 10);
    assert_eq!(names(&customers, &result), ["Wingtip Toys"]);
    let result = index.search("ADVENTURE-W", 10);
    assert_eq!(names(&customers, &result), ["Adventure Works"]);
}

#[test]
fn four_tiers_then_name_order() {
    let customers = vec![
        customer("Wingtip", "wingtip.com", "1"),
        customer("Acme", "tipsy.com", "2"),
        customer("Big Tipping", "big.com", "3"),
        customer("Alpha Wingtip", "alpha.com", "4"),
        customer("Tip Top", "tiptop.com", "5"),
        customer("Beta", "beta.com", "tip-tenant"),
    ];
    let index = CustomerIndex::new(&customers);
    let result = index.search("TIP", 10);
    assert_eq!(result.total, 6);
    assert_eq!(
        names(&customers, &result),
        [
            "Tip Top",       // the name starts with the query
            "Big Tipping",   // a word of the name starts with it
            "Acme",          // a domain starts with it (ties by name)
            "Beta",          // the tenant id starts with it
            "Alpha Wingtip", // anywhere else, in name order
            "Wingtip",
        ]
    );
    assert_eq!(index.search("tip", 3).positions, [4, 2, 1]);
}

#[test]
fn every_word_must_match_somewhere() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    assert_eq!(
        names(&customers, &index.search("contoso ltd", 10)),
        ["Contoso Ltd"]
    );
    assert_eq!(
        names(&customers, &index.search("yonder  blueyonder.com", 10)),
        ["Blue Contoso Yonder"]
    );
    assert_eq!(index.search("contoso nothing", 10).total, 0);
    assert_eq!(
        index.search("zzz", 10),
        SearchResult {
            total: 0,
            positions: vec![]
        }
    );
}

#[test]
fn ignores_case_and_accents() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    for query in [
        "muller",
        "müller",
        "MÜLLER",
        "Mu\u{0308}ller",
        "mueller",
        "MUELLER gmbh",
    ] {
        assert_eq!(
            names(&customers, &index.search(query, 10)),
            ["Müller GmbH"],
            "{query}"
        );
    }
    assert_eq!(
        names(&customers, &index.search("lodz", 10)),
        ["Łódź Software Sp. z o.o."]
    );
    assert_eq!(
        names(&customers, &index.search("ŁÓDŹ", 10)),
        ["Łódź Software Sp. z o.o."]
    );
}

#[test]
fn finds_cyrillic_names() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    assert_eq!(
        names(&customers, &index.search("рога", 10)),
        ["Рога и копыта"]
    );
    assert_eq!(
        names(&customers, &index.search("РОГА И КОП", 10)),
        ["Рога и копыта"]
    );
    assert_eq!(
        names(&customers, &index.search("копыта", 10)),
        ["Рога и копыта"]
    );
    assert_eq!(
        names(&customers, &index.search("елки", 10)),
        ["Ёлки-Палки ООО"]
    );
    assert_eq!(
        names(&customers, &index.search("ёлки палки", 10)),
        ["Ёлки-Палки ООО"]
    );
}

#[test]
fn searches_domains_and_tenant_ids() {
    let customers = sample();
    let index = CustomerIndex::new(&customers);
    assert_eq!(
        names(&customers, &index.search("roga.ru", 10)),
        ["Рога и копыта"]
    );
    assert_eq!(
        names(&customers, &index.search("8F0C2B7A", 10)),
        ["Contoso Ltd"]
    );
    assert_eq!(
        names(
            &customers,
            &index.search("8f0c2b7a-0000-4000-8000-000000000002", 10)
        ),
        ["Contoso Ltd"]
    );
    let mut with_other = customer("Tailspin", "tailspin.onmicrosoft.com", "t-1");
    with_other.other_domains = vec!["tailspintoys.com".to_owned()];
    let list = vec![with_other];
    let index = CustomerIndex::new(&list);
    assert_eq!(index.search("tailspintoys", 10).positions, [0]);
}

#[test]
fn ties_keep_original_order_for_equal_names() {
    let customers = vec![
        customer("Same", "b.com", "2"),
        customer("Same", "a.com", "1"),
        customer("Other", "c.com", "3"),
    ];
    let index = CustomerIndex::new(&customers);
    assert_eq!(index.search("same", 10).positions, [0, 1]);
    assert_eq!(index.search("", 10).positions, [2, 0, 1]);
    assert_eq!(index.len(), 3);
    assert!(!index.is_empty());
    assert!(CustomerIndex::new(&[]).is_empty());
    assert_eq!(
        CustomerIndex::new(&[]).search("x", 5),
        SearchResult::default()
    );
}

#[test]
fn limit_keeps_the_best() {
    let customers: Vec<Customer> = (0..50)
        .map(|i| {
            customer(
                &format!("Company {i:02}"),
                &format!("c{i}.com"),
                &format!("{i}"),
            )
        })
        .chain(std::iter::once(customer("Acme", "company-acme.com", "x")))
        .collect();
    let index = CustomerIndex::new(&customers);
    let result = index.search("company", 5);
    assert_eq!(result.total, 51);
    assert_eq!(
        names(&customers, &result),
        [
            "Company 00",
            "Company 01",
            "Company 02",
            "Company 03",
            "Company 04"
        ]
    );
    assert_eq!(index.search("company", 0).positions, Vec::<usize>::new());
    assert_eq!(index.search("company", 0).total, 51);
}

/// Generated names for the speed check: a mix of Latin, German and Cyrillic.
fn many_customers(n: usize) -> Vec<Customer> {
    let stems = [
        "Contoso",
        "Fabrikam",
        "Müller",
        "Рога",
        "Northwind",
        "Łódź",
        "Tailspin",
        "Wingtip",
    ];
    let kinds = ["GmbH", "Ltd", "ООО", "Inc.", "Sp. z o.o.", "AG"];
    (0..n)
        .map(|i| {
            let name = format!(
                "{} {} {}",
                stems[i % stems.len()],
                i,
                kinds[i % kinds.len()]
            );
            customer(
                &name,
                &format!("tenant{i}.onmicrosoft.com"),
                &format!("{i:08x}-0000-4000-8000-000000000000"),
            )
        })
        .collect()
}

#[test]
fn ten_thousand_customers_search_quickly() {
    let customers = many_customers(10_000);
    let index = CustomerIndex::new(&customers);
    let queries = [
        "c",
        "co",
        "con",
        "cont",
        "contoso 12",
        "muller",
        "рога",
        "xyz",
        "",
        "tenant99",
    ];
    let started = std::time::Instant::now();
    for query in queries {
        let result = index.search(query, 50);
        assert!(result.positions.len() <= 50);
    }
    let per_query = started.elapsed() / queries.len() as u32;
    // Generous for an unoptimised build on a busy machine; release builds take well under 1 ms.
    assert!(per_query.as_millis() < 100, "{per_query:?} per query");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn arb_customer() -> impl Strategy<Value = Customer> {
        (
            any::<String>(),
            "[a-zäöüßа-яё.\\-]{0,12}",
            "[0-9a-f\\-]{0,12}",
            proptest::collection::vec(any::<String>(), 0..3),
        )
            .prop_map(|(name, domain, tenant, others)| {
                let mut c = customer(&name, &domain, &tenant);
                c.other_domains = others;
                c
            })
    }

    /// Customers whose names, domains and tenant ids share a few letters with the queries, so
    /// that every rank turns up.
    fn customers_and_query() -> impl Strategy<Value = (Vec<Customer>, String)> {
        (
            proptest::collection::vec("[abcäöüß .\\-]{0,10}", 0..30),
            proptest::collection::vec("[abc.\\-\n]{0,8}", 0..30),
            "[abcäöüß \\-]{0,6}",
        )
            .prop_map(|(names, domains, query)| {
                let customers = names
                    .iter()
                    .zip(domains.iter().chain(std::iter::repeat(&String::new())))
                    .enumerate()
                    .map(|(i, (name, domain))| customer(name, domain, &format!("{i:x}")))
                    .collect();
                (customers, query)
            })
    }

    /// The customers with each folded query word inside one of their folded fields.
    fn model_matches(customers: &[Customer], query: &str) -> Vec<usize> {
        let words = fold_words(query, false);
        (0..customers.len())
            .filter(|&i| {
                let entry = Entry::new(&customers[i]);
                let fields: Vec<&str> = std::iter::once(entry.name.as_str())
                    .chain(entry.name_german.as_deref())
                    .chain(entry.domains.iter().map(String::as_str))
                    .chain(std::iter::once(entry.tenant_id.as_str()))
                    .collect();
                words
                    .split(' ')
                    .filter(|w| !w.is_empty())
                    .all(|w| fields.iter().any(|f| f.contains(w)))
            })
            .collect()
    }

    /// The rank, worked out in full: a name starts with the query; a word of a name (split at
    /// anything but letters and digits) starts with the first query word; a domain or the
    /// tenant id starts with the query; anything else.
    fn model_rank(entry: &Entry, query: &str, first_word: &str) -> Rank {
        let names = || std::iter::once(entry.name.as_str()).chain(entry.name_german.as_deref());
        if names().any(|n| n.starts_with(query)) {
            Rank::NameStartsWithQuery
        } else if names().any(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.starts_with(first_word))
        }) {
            Rank::NameWordStartsWithFirstWord
        } else if entry.domains.iter().any(|d| d.starts_with(query))
            || entry.tenant_id.starts_with(query)
        {
            Rank::DomainStartsWithQuery
        } else {
            Rank::Elsewhere
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn fold_never_panics_and_is_idempotent(s in any::<String>()) {
            let once = fold(&s);
            prop_assert_eq!(fold(&once), once.clone());
            let _ = fold_german(&s);
        }

        #[test]
        fn fold_ignores_case_of_latin_and_cyrillic(s in "[a-zA-Zа-яА-ЯёЁäöüÄÖÜ ]{0,20}") {
            prop_assert_eq!(fold(&s.to_uppercase()), fold(&s.to_lowercase()));
        }

        #[test]
        fn search_results_are_a_subset(
            customers in proptest::collection::vec(arb_customer(), 0..20),
            query in any::<String>(),
            limit in 0usize..25,
        ) {
            let index = CustomerIndex::new(&customers);
            let result = index.search(&query, limit);
            prop_assert!(result.total >= result.positions.len());
            prop_assert!(result.total <= customers.len());
            prop_assert!(result.positions.len() <= limit);
            prop_assert!(result.positions.iter().all(|&p| p < customers.len()));
            let mut unique = result.positions.clone();
            unique.sort_unstable();
            unique.dedup();
            prop_assert_eq!(unique.len(), result.positions.len());
            if result.total > result.positions.len() {
                prop_assert_eq!(result.positions.len(), limit);
            }
        }

        #[test]
        fn finds_exactly_the_customers_with_every_word_in_a_field(
            (customers, query) in customers_and_query(),
        ) {
            let expected = model_matches(&customers, &query);
            let result = CustomerIndex::new(&customers).search(&query, customers.len());
            prop_assert_eq!(result.total, expected.len());
            let mut found = result.positions.clone();
            found.sort_unstable();
            prop_assert_eq!(found, expected);
        }

        #[test]
        fn lists_the_best_ranked_matches_in_name_order(
            (customers, query) in customers_and_query(),
            limit in 0usize..12,
        ) {
            // The model ranks every match, sorts them all and keeps the first `limit`.
            let folded = fold_words(&query, false);
            let first_word = folded.split(' ').find(|w| !w.is_empty()).unwrap_or_default();
            let mut expected: Vec<(Rank, String, usize)> = model_matches(&customers, &query)
                .into_iter()
                .map(|i| {
                    let entry = Entry::new(&customers[i]);
                    (model_rank(&entry, &folded, first_word), entry.name, i)
                })
                .collect();
            expected.sort();
            let expected: Vec<usize> = expected.into_iter().take(limit).map(|(_, _, i)| i).collect();
            let result = CustomerIndex::new(&customers).search(&query, limit);
            if !first_word.is_empty() {
                prop_assert_eq!(result.positions, expected);
            }
        }

        #[test]
        fn a_name_always_finds_its_customer(
            customers in proptest::collection::vec(arb_customer(), 1..10),
            pick in any::<proptest::sample::Index>(),
        ) {
            let index = CustomerIndex::new(&customers);
            let i = pick.index(customers.len());
            let result = index.search(&customers[i].company_name, customers.len());
            let all = index.search("", customers.len());
            prop_assert!(result.positions.contains(&i) || all.positions.len() == customers.len());
            if !fold(&customers[i].company_name).trim().is_empty() {
                prop_assert!(result.positions.contains(&i));
            }
        }
    }
}
