use super::*;

fn topic(id: &str, name: &str, category: &str, common: bool) -> SupportTopic {
    SupportTopic {
        id: id.to_owned(),
        name: name.to_owned(),
        description: format!("Problems with {name}"),
        category: category.to_owned(),
        family: ServiceFamily::Office365,
        common,
    }
}

fn sample() -> Vec<SupportTopic> {
    vec![
        topic("1", "Mail flow", "Exchange Online", true),
        topic("2", "Mailbox migration", "Exchange Online", false),
        topic("3", "Sign-in problems", "Identity", true),
        topic("4", "Invoice question", "Billing", false),
        topic("5", "Sites and pages", "SharePoint Online", false),
        topic("6", "Shared mailboxes", "exchange online ", true),
        topic("7", "Something else", "", false),
        topic("8", "Téléchargement", "Café réseau", false),
    ]
}

/// The ids of the topics shown, in the order laid out.
fn shown_ids(catalogue: &TopicCatalogue, filter: &str, more: bool) -> Vec<String> {
    let shown = catalogue.shown(filter, more);
    catalogue
        .groups()
        .iter()
        .flat_map(|(_, members)| members.iter().copied())
        .filter(|&i| shown[i])
        .filter_map(|i| catalogue.topic(i).map(|t| t.id.clone()))
        .collect()
}

#[test]
fn common_topics_come_first_and_the_rest_behind_more() {
    let catalogue = TopicCatalogue::new(sample());
    assert_eq!(shown_ids(&catalogue, "", false), ["1", "6", "3"]);
    assert_eq!(
        shown_ids(&catalogue, "", true),
        ["1", "6", "2", "3", "4", "5", "7", "8"]
    );
    assert!(catalogue.has_more());
    assert!(catalogue.is_common(0) && !catalogue.is_common(1) && !catalogue.is_common(99));
    assert_eq!(catalogue.position("2"), Some(1));
    assert_eq!(catalogue.position("9"), None);

    // When no topic is marked common, all show at once and nothing waits behind "More...".
    let none_common: Vec<SupportTopic> = sample()
        .into_iter()
        .map(|t| SupportTopic { common: false, ..t })
        .collect();
    let catalogue = TopicCatalogue::new(none_common);
    assert_eq!(shown_ids(&catalogue, "", false).len(), 8);
    assert!(!catalogue.has_more());

    let empty = TopicCatalogue::new(Vec::new());
    assert!(empty.groups().is_empty() && !empty.has_more());
    assert_eq!(empty.first_shown(&empty.shown("", true)), None);
}

#[test]
fn groups_by_category_the_common_topics_categories_first() {
    let catalogue = TopicCatalogue::new(sample());
    let summary: Vec<(&str, Vec<&str>)> = catalogue
        .groups()
        .iter()
        .map(|(heading, members)| {
            let ids = members
                .iter()
                .filter_map(|&i| catalogue.topic(i).map(|t| t.id.as_str()))
                .collect();
            (heading.as_str(), ids)
        })
        .collect();
    assert_eq!(
        summary,
        [
            // "exchange online " is the same category, headed as first seen.
            ("Exchange Online", vec!["1", "6", "2"]),
            ("Identity", vec!["3"]),
            ("Billing", vec!["4"]),
            ("SharePoint Online", vec!["5"]),
            ("", vec!["7"]),
            ("Café réseau", vec!["8"]),
        ]
    );
}

#[test]
fn filters_by_name_category_and_description_common_or_not() {
    let catalogue = TopicCatalogue::new(sample());
    for more in [false, true] {
        assert_eq!(shown_ids(&catalogue, "mail", more), ["1", "6", "2"]);
        assert_eq!(shown_ids(&catalogue, "EXCHANGE migration", more), ["2"]);
        assert_eq!(shown_ids(&catalogue, "billing", more), ["4"]);
        assert_eq!(shown_ids(&catalogue, "problems with sites", more), ["5"]);
        assert_eq!(shown_ids(&catalogue, "telechargement", more), ["8"]);
        assert_eq!(shown_ids(&catalogue, "cafe reseau", more), ["8"]);
        assert!(shown_ids(&catalogue, "teams", more).is_empty());
    }
    // Spaces alone are no filter.
    assert_eq!(shown_ids(&catalogue, "  ", false), ["1", "6", "3"]);
}

#[test]
fn the_first_topic_shown_is_the_first_laid_out() {
    let catalogue = TopicCatalogue::new(sample());
    let first = |filter: &str| {
        catalogue
            .first_shown(&catalogue.shown(filter, false))
            .and_then(|i| catalogue.topic(i))
            .map(|t| t.id.as_str())
    };
    assert_eq!(first(""), Some("1"));
    assert_eq!(first("shared"), Some("6"));
    assert_eq!(first("invoice"), Some("4"));
    assert_eq!(first("teams"), None);
    // A list of another length shows nothing rather than failing.
    assert_eq!(catalogue.first_shown(&[]), None);
}

#[test]
fn topics_of_one_family() {
    let mut topics = sample();
    topics[0].family = ServiceFamily::EnterpriseMobilitySuite;
    assert_eq!(
        topics_for_family(&topics, ServiceFamily::EnterpriseMobilitySuite)
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>(),
        ["1"]
    );
    assert_eq!(
        topics_for_family(&topics, ServiceFamily::Office365).len(),
        7
    );
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn filtering_and_grouping_keep_topics(
            raw in proptest::collection::vec((any::<String>(), any::<String>(), any::<bool>()), 0..12),
            query in any::<String>(),
        ) {
            let topics: Vec<SupportTopic> = raw
                .iter()
                .enumerate()
                .map(|(i, (name, category, common))| topic(&i.to_string(), name, category, *common))
                .collect();
            let catalogue = TopicCatalogue::new(topics.clone());
            for more in [false, true] {
                let shown = catalogue.shown(&query, more);
                prop_assert_eq!(shown.len(), topics.len());
                if let Some(first) = catalogue.first_shown(&shown) {
                    prop_assert!(shown[first]);
                }
            }
            // Every topic is laid out once.
            let mut laid_out: Vec<usize> =
                catalogue.groups().iter().flat_map(|(_, m)| m.iter().copied()).collect();
            laid_out.sort_unstable();
            prop_assert_eq!(laid_out, (0..topics.len()).collect::<Vec<_>>());
        }
    }
}
