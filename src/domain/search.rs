//! Matching that ignores case and accents, and the customer picker's in-memory index.
//!
//! No Unicode crate: [`fold`] maps the Latin-1 Supplement and Latin Extended-A letters by hand,
//! drops combining marks (so decomposed input folds like precomposed), and lowercases the rest
//! with the standard library, which covers Cyrillic and Greek.

use super::customer::Customer;

/// Lowercases and strips diacritics: `Müller` -> `muller`, `Łódź` -> `lodz`, `ß` -> `ss`,
/// `Ёлка` -> `елка`, `Йошкар` -> `иошкар`.
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out, false);
    }
    out
}

/// Like [`fold`], but German umlauts become two letters (`ä` -> `ae`), so a name typed as
/// `Mueller` finds `Müller`.
pub fn fold_german(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(c, &mut out, true);
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

fn push_folded(c: char, out: &mut String, german: bool) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_combining_mark(c) {
        return;
    }
    if let Some(folded) = fold_table(c, german) {
        out.push_str(folded);
        return;
    }
    for lower in c.to_lowercase() {
        if is_combining_mark(lower) {
            continue;
        }
        // Some letters lowercase into the table (the Kelvin and Angstrom signs, capital ẞ).
        match fold_table(lower, german) {
            Some(folded) => out.push_str(folded),
            None => out.push(lower),
        }
    }
}

/// The hand-written part of the folding; `None` means "lowercase as usual".
fn fold_table(c: char, german: bool) -> Option<&'static str> {
    if german {
        match c {
            'Ä' | 'ä' => return Some("ae"),
            'Ö' | 'ö' => return Some("oe"),
            'Ü' | 'ü' => return Some("ue"),
            _ => {}
        }
    }
    let folded = match c {
        // Latin-1 Supplement (× and ÷ sit between the letters and are left alone).
        'À'..='Å' | 'à'..='å' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' => "c",
        'È'..='Ë' | 'è'..='ë' => "e",
        'Ì'..='Ï' | 'ì'..='ï' => "i",
        'Ð' | 'ð' => "d",
        'Ñ' | 'ñ' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' => "o",
        'Ù'..='Ü' | 'ù'..='ü' => "u",
        'Ý' | 'ý' | 'ÿ' => "y",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        // Latin Extended-A, in code point order.
        '\u{0100}'..='\u{0105}' => "a",
        '\u{0106}'..='\u{010D}' => "c",
        '\u{010E}'..='\u{0111}' => "d",
        '\u{0112}'..='\u{011B}' => "e",
        '\u{011C}'..='\u{0123}' => "g",
        '\u{0124}'..='\u{0127}' => "h",
        '\u{0128}'..='\u{0131}' => "i",
        '\u{0132}'..='\u{0133}' => "ij",
        '\u{0134}'..='\u{0135}' => "j",
        '\u{0136}'..='\u{0138}' => "k",
        '\u{0139}'..='\u{0142}' => "l",
        '\u{0143}'..='\u{014B}' => "n",
        '\u{014C}'..='\u{0151}' => "o",
        '\u{0152}'..='\u{0153}' => "oe",
        '\u{0154}'..='\u{0159}' => "r",
        '\u{015A}'..='\u{0161}' => "s",
        '\u{0162}'..='\u{0167}' => "t",
        '\u{0168}'..='\u{0173}' => "u",
        '\u{0174}'..='\u{0175}' => "w",
        '\u{0176}'..='\u{0178}' => "y",
        '\u{0179}'..='\u{017E}' => "z",
        '\u{017F}' => "s",
        // Cyrillic letters people type without their marks.
        'Ё' | 'ё' => "е",
        'Й' | 'й' => "и",
        'Ї' | 'ї' => "і",
        _ => return None,
    };
    Some(folded)
}

/// Folds and collapses whitespace runs to single spaces, trimming the ends.
fn fold_words(s: &str, german: bool) -> String {
    let folded = if german { fold_german(s) } else { fold(s) };
    let mut out = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// What the picker shows for a query.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    /// How many customers match in all.
    pub total: usize,
    /// Indices into the customer slice the index was built from, best first, at most `limit`.
    pub positions: Vec<usize>,
}

/// One customer, folded once when the index is built (used for ranking).
#[derive(Clone, Debug)]
struct Entry {
    name: String,
    /// The name with German umlauts spelled out, only when that differs.
    name_german: Option<String>,
    domains: Vec<String>,
    tenant_id: String,
}

/// Customers prepared for fast search by name, domain and tenant id. Build it once per
/// customer list, then call [`CustomerIndex::search`] on every keystroke.
#[derive(Clone, Debug, Default)]
pub struct CustomerIndex {
    entries: Vec<Entry>,
    /// Every customer's folded names, domains and tenant id as one block of `\n`-ended lines
    /// per customer, so each query word takes one `contains` per customer. Query words never
    /// contain `\n`, so a match never spans two fields.
    text: String,
    /// Where each customer's block starts in `text`.
    block_starts: Vec<usize>,
    /// Original positions in name order.
    by_name: Vec<usize>,
}

/// How well a customer matches; lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    NameStartsWithQuery,
    NameWordStartsWithFirstWord,
    DomainStartsWithQuery,
    Elsewhere,
}

impl CustomerIndex {
    pub fn new(customers: &[Customer]) -> CustomerIndex {
        let entries: Vec<Entry> = customers.iter().map(Entry::new).collect();
        let mut text = String::new();
        let mut block_starts = Vec::with_capacity(entries.len());
        for entry in &entries {
            block_starts.push(text.len());
            let fields = std::iter::once(&entry.name)
                .chain(&entry.name_german)
                .chain(&entry.domains)
                .chain(std::iter::once(&entry.tenant_id));
            for field in fields {
                text.push_str(field);
                text.push('\n');
            }
        }
        let mut by_name: Vec<usize> = (0..entries.len()).collect();
        // Stable: equal names keep their original order.
        by_name.sort_by(|&a, &b| {
            let name = |i: usize| entries.get(i).map_or("", |e| e.name.as_str());
            name(a).cmp(name(b))
        });
        CustomerIndex {
            entries,
            text,
            block_starts,
            by_name,
        }
    }

    /// Customer `block`'s part of `text`.
    fn block(&self, block: usize) -> &str {
        let start = self.block_starts.get(block).copied().unwrap_or(0);
        let end = self
            .block_starts
            .get(block + 1)
            .copied()
            .unwrap_or(self.text.len());
        self.text.get(start..end).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Customers matching every word of `query` (case and accents ignored) in the name, a
    /// domain or the tenant id. Best first: the name starts with the whole query, then a word
    /// of the name starts with the first query word, then a domain or the tenant id starts
    /// with the query, then any other match; ties in name order, then original order. An
    /// empty query lists everyone in name order.
    pub fn search(&self, query: &str, limit: usize) -> SearchResult {
        let query = fold_words(query, false);
        let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
        let Some(&first_word) = words.first() else {
            return SearchResult {
                total: self.entries.len(),
                positions: self.by_name.iter().take(limit).copied().collect(),
            };
        };
        // matched[i] counts the query words found so far in customer i's block. One
        // `contains` per customer and word is the fastest of the simple ways: the standard
        // library's substring test is vectorised for short needles.
        let mut matched = vec![0u32; self.entries.len()];
        for (done, word) in (0u32..).zip(&words) {
            for (block, count) in matched.iter_mut().enumerate() {
                if *count == done && self.block(block).contains(word) {
                    *count = done + 1;
                }
            }
        }
        let all_words = u32::try_from(words.len()).unwrap_or(u32::MAX);
        let is_match = |position: usize| matched.get(position) == Some(&all_words);
        // Walk in name order, so each rank's list comes out already sorted. A customer can only
        // be shown while fewer than `limit` customers of its rank or better are listed, so its
        // rank is worked out only as far as there is room: once the best ranks are full, later
        // customers are mostly just counted.
        let first_word_is_a_word = first_word.chars().all(char::is_alphanumeric);
        let mut best: [Vec<usize>; 4] = Default::default();
        let mut total = 0usize;
        for &position in &self.by_name {
            if !is_match(position) {
                continue;
            }
            total += 1;
            let room = |rank: Rank| {
                best.iter()
                    .take(rank as usize + 1)
                    .map(Vec::len)
                    .sum::<usize>()
                    < limit
            };
            let rank = self.entries.get(position).and_then(|entry| {
                entry.rank(&query, first_word_is_a_word.then_some(first_word), room)
            });
            if let Some(list) = rank.and_then(|rank| best.get_mut(rank as usize)) {
                list.push(position);
            }
        }
        SearchResult {
            total,
            positions: best.into_iter().flatten().take(limit).collect(),
        }
    }
}

impl Entry {
    fn new(customer: &Customer) -> Entry {
        let name = fold_words(&customer.company_name, false);
        let has_umlaut = customer
            .company_name
            .contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']);
        Entry {
            name_german: has_umlaut
                .then(|| fold_words(&customer.company_name, true))
                .filter(|german| *german != name),
            name,
            domains: customer
                .domains()
                .map(|d| fold(d.trim()))
                .filter(|d| !d.is_empty())
                .collect(),
            tenant_id: fold(customer.tenant_id.trim()),
        }
    }

    /// How well this customer matches `query`, or `None` when it cannot be shown: `room(rank)`
    /// says whether customers of `rank` or better still have room. `first_word` is the query's
    /// first word when it is made of letters and digits only (otherwise no word of a name can
    /// start with it).
    fn rank(
        &self,
        query: &str,
        first_word: Option<&str>,
        room: impl Fn(Rank) -> bool,
    ) -> Option<Rank> {
        let names = || std::iter::once(self.name.as_str()).chain(self.name_german.as_deref());
        if !room(Rank::NameStartsWithQuery) {
            return None;
        }
        if names().any(|name| name.starts_with(query)) {
            return Some(Rank::NameStartsWithQuery);
        }
        if !room(Rank::NameWordStartsWithFirstWord) {
            return None;
        }
        if first_word.is_some_and(|word| names().any(|name| starts_a_word(name, word))) {
            return Some(Rank::NameWordStartsWithFirstWord);
        }
        if !room(Rank::DomainStartsWithQuery) {
            return None;
        }
        if self.domains.iter().any(|d| d.starts_with(query)) || self.tenant_id.starts_with(query) {
            return Some(Rank::DomainStartsWithQuery);
        }
        room(Rank::Elsewhere).then_some(Rank::Elsewhere)
    }
}

/// Whether a word of `name` (a run of letters and digits) starts with `word`, itself letters
/// and digits only.
fn starts_a_word(name: &str, word: &str) -> bool {
    name.match_indices(word).any(|(at, _)| {
        name.get(..at)
            .and_then(|before| before.chars().next_back())
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

#[cfg(test)]
mod tests;
