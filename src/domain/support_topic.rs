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

/// A service's topics as the topic step lays them out: under their categories, the common
/// topics' categories first, each topic's text folded once for the filter. The step lays out
/// every topic once and shows or hides each as the partner asks for more or filters, so that a
/// keystroke changes what shows without building the list again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicCatalogue {
    topics: Vec<SupportTopic>,
    /// Headings and their topics (indexes into `topics`) in the order they are laid out.
    groups: Vec<(String, Vec<usize>)>,
    /// Each topic's name, category and description, folded, for the filter.
    texts: Vec<String>,
    /// Whether each topic shows before "More..." is chosen: the topics marked common or, when
    /// none is, all of them, so that nothing is hidden.
    common: Vec<bool>,
}

impl TopicCatalogue {
    pub fn new(topics: Vec<SupportTopic>) -> TopicCatalogue {
        let any_common = topics.iter().any(|t| t.common);
        let common: Vec<bool> = topics.iter().map(|t| t.common || !any_common).collect();
        let order = (0..topics.len())
            .filter(|&i| common[i])
            .chain((0..topics.len()).filter(|&i| !common[i]));
        let groups = by_category(&topics, order);
        let texts = topics
            .iter()
            .map(|t| fold(&format!("{}\n{}\n{}", t.name, t.category, t.description)))
            .collect();
        TopicCatalogue {
            topics,
            groups,
            texts,
            common,
        }
    }

    pub fn topic(&self, index: usize) -> Option<&SupportTopic> {
        self.topics.get(index)
    }

    /// The headings and their topics, in the order they are laid out. A heading may be empty
    /// (topics without a category), which the page words.
    pub fn groups(&self) -> &[(String, Vec<usize>)] {
        &self.groups
    }

    /// Where the topic with this id is in the catalogue.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.topics.iter().position(|t| t.id == id)
    }

    /// Whether the topic shows before "More..." is chosen.
    pub fn is_common(&self, index: usize) -> bool {
        self.common.get(index).copied().unwrap_or(false)
    }

    /// Whether any topic waits behind "More...".
    pub fn has_more(&self) -> bool {
        self.common.iter().any(|first| !first)
    }

    /// Which topics show, by their index: with a filter, those whose name, category or
    /// description contains every word of it (case and accents ignored), common or not;
    /// without one, the common topics or, with `more`, all of them.
    pub fn shown(&self, filter: &str, more: bool) -> Vec<bool> {
        let query = fold(filter);
        let words: Vec<&str> = query.split_whitespace().collect();
        self.common
            .iter()
            .zip(&self.texts)
            .map(|(&common, text)| {
                if words.is_empty() {
                    more || common
                } else {
                    words.iter().all(|word| text.contains(word))
                }
            })
            .collect()
    }

    /// The first topic shown, in the order laid out.
    pub fn first_shown(&self, shown: &[bool]) -> Option<usize> {
        self.groups
            .iter()
            .flat_map(|(_, members)| members.iter().copied())
            .find(|&i| shown.get(i).copied().unwrap_or(false))
    }
}

/// The topics at `order` grouped under their category, categories in first-seen order and
/// topics in the order given. Categories differing only in case, accents or surrounding spaces
/// are one group, headed as first seen; topics without a category come under an empty heading.
fn by_category(
    topics: &[SupportTopic],
    order: impl Iterator<Item = usize>,
) -> Vec<(String, Vec<usize>)> {
    let mut groups: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (index, topic) in order.filter_map(|i| topics.get(i).map(|t| (i, t))) {
        let heading = topic.category.trim();
        let key = fold(heading);
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, members)) => members.push(index),
            None => groups.push((key, heading.to_owned(), vec![index])),
        }
    }
    groups
        .into_iter()
        .map(|(_, heading, members)| (heading, members))
        .collect()
}

/// The topics of one service family, in the given order.
pub fn topics_for_family(topics: &[SupportTopic], family: ServiceFamily) -> Vec<&SupportTopic> {
    topics.iter().filter(|t| t.family == family).collect()
}

#[cfg(test)]
mod tests;
