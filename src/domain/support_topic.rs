//! Support topics: what a request is about, per service family.

use super::search::fold;
use super::service::ServiceFamily;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SupportTopic {
    pub id: String,
    pub name: String,
    pub description: String,
    /// The topic category shown as a group heading ("Exchange Online", "Billing", ...).
    pub category: String,
    pub family: ServiceFamily,
    /// Shown first; the others are behind "More...".
    pub common: bool,
}

/// The common topics (shown first) and the rest (behind "More..."), each in the given order.
/// When no topic is marked common, all are shown first so nothing is hidden.
pub fn split_common(topics: &[SupportTopic]) -> (Vec<&SupportTopic>, Vec<&SupportTopic>) {
    if !topics.iter().any(|t| t.common) {
        return (topics.iter().collect(), Vec::new());
    }
    topics.iter().partition(|t| t.common)
}

/// Topics grouped under their category, categories in first-seen order and topics in the
/// given order. Categories differing only in case, accents or surrounding spaces are one
/// group, headed as first seen; topics without a category come under an empty heading, which
/// the page words.
pub fn by_category<'a, I>(topics: I) -> Vec<(String, Vec<&'a SupportTopic>)>
where
    I: IntoIterator<Item = &'a SupportTopic>,
{
    let mut groups: Vec<(String, String, Vec<&'a SupportTopic>)> = Vec::new();
    for topic in topics {
        let heading = topic.category.trim();
        let key = fold(heading);
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, members)) => members.push(topic),
            None => groups.push((key, heading.to_owned(), vec![topic])),
        }
    }
    groups
        .into_iter()
        .map(|(_, heading, members)| (heading, members))
        .collect()
}

/// Topics whose name, category or description contains every word of `query` (case and
/// accents ignored), in the given order. An empty query keeps them all.
pub fn filter_topics<'a>(topics: &'a [SupportTopic], query: &str) -> Vec<&'a SupportTopic> {
    let query = fold(query);
    let words: Vec<&str> = query.split_whitespace().collect();
    topics
        .iter()
        .filter(|topic| {
            if words.is_empty() {
                return true;
            }
            let text = fold(&format!(
                "{}\n{}\n{}",
                topic.name, topic.category, topic.description
            ));
            words.iter().all(|word| text.contains(word))
        })
        .collect()
}

/// The topics of one service family, in the given order.
pub fn topics_for_family(topics: &[SupportTopic], family: ServiceFamily) -> Vec<&SupportTopic> {
    topics.iter().filter(|t| t.family == family).collect()
}

#[cfg(test)]
mod tests;
