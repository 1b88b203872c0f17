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

fn ids(topics: &[&SupportTopic]) -> Vec<String> {
    topics.iter().map(|t| t.id.clone()).collect()
}

#[test]
fn common_topics_come_first_and_the_rest_behind_more() {
    let topics = sample();
    let (common, more) = split_common(&topics);
    assert_eq!(ids(&common), ["1", "3", "6"]);
    assert_eq!(ids(&more), ["2", "4", "5", "7", "8"]);
    let none_common: Vec<SupportTopic> = topics
        .iter()
        .cloned()
        .map(|t| SupportTopic { common: false, ..t })
        .collect();
    let (shown, hidden) = split_common(&none_common);
    assert_eq!(shown.len(), none_common.len());
    assert!(hidden.is_empty());
    assert_eq!(split_common(&[]), (vec![], vec![]));
}

#[test]
fn groups_by_category_in_first_seen_order() {
    let topics = sample();
    let groups = by_category(&topics);
    let summary: Vec<(&str, Vec<String>)> = groups
        .iter()
        .map(|(heading, members)| (heading.as_str(), ids(members)))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Exchange Online",
                vec!["1".to_owned(), "2".to_owned(), "6".to_owned()]
            ),
            ("Identity", vec!["3".to_owned()]),
            ("Billing", vec!["4".to_owned()]),
            ("SharePoint Online", vec!["5".to_owned()]),
            ("", vec!["7".to_owned()]),
            ("Café réseau", vec!["8".to_owned()]),
        ]
    );
    // Works on the halves of split_common too.
    let (common, _) = split_common(&topics);
    let common_groups = by_category(common);
    assert_eq!(common_groups.len(), 2);
    assert!(by_category(&[]).is_empty());
}

#[test]
fn filters_by_name_category_and_description() {
    let topics = sample();
    assert_eq!(ids(&filter_topics(&topics, "mail")), ["1", "2", "6"]);
    assert_eq!(ids(&filter_topics(&topics, "EXCHANGE migration")), ["2"]);
    assert_eq!(ids(&filter_topics(&topics, "billing")), ["4"]);
    assert_eq!(ids(&filter_topics(&topics, "problems with sites")), ["5"]);
    assert_eq!(ids(&filter_topics(&topics, "telechargement")), ["8"]);
    assert_eq!(ids(&filter_topics(&topics, "cafe reseau")), ["8"]);
    assert_eq!(filter_topics(&topics, "  ").len(), topics.len());
    assert!(filter_topics(&topics, "teams").is_empty());
}

#[test]
fn topics_of_one_family() {
    let mut topics = sample();
    topics[0].family = ServiceFamily::EnterpriseMobilitySuite;
    assert_eq!(
        ids(&topics_for_family(
            &topics,
            ServiceFamily::EnterpriseMobilitySuite
        )),
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
            let filtered = filter_topics(&topics, &query);
            prop_assert!(filtered.len() <= topics.len());
            let grouped: usize = by_category(&topics).iter().map(|(_, m)| m.len()).sum();
            prop_assert_eq!(grouped, topics.len());
            let (common, more) = split_common(&topics);
            prop_assert_eq!(common.len() + more.len(), topics.len());
        }
    }
}
