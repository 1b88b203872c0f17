//! Every customer of the partner, read page by page: what has arrived so far, and where the next
//! page starts. A read that fails keeps the pages it got, so that reading again goes on from the
//! page that failed instead of from the first; the page can say how far it has come.

use super::{CustomerPage, CustomerQuery};
use crate::domain::Customer;

/// Customers per page when reading them all (Partner Center's pages hold up to 1,000).
pub const PAGE_SIZE: u32 = 500;
/// A guard against a server that keeps answering with continuation tokens.
const MAX_PAGES: u32 = 1_000;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct CustomerRoster {
    customers: Vec<Customer>,
    /// The continuation token of the next page; `None` before the first page.
    next: Option<String>,
    /// How many customers there are in all, when the service says.
    total: Option<u32>,
    pages: u32,
    complete: bool,
}

impl CustomerRoster {
    /// The query for the next page; after the last page, the first page of a new read.
    pub fn next_query(&mut self) -> CustomerQuery {
        if self.complete {
            *self = CustomerRoster::default();
        }
        CustomerQuery {
            name_prefix: None,
            page_size: PAGE_SIZE,
            continuation: self.next.clone(),
        }
    }

    /// Takes in the page read with [`Self::next_query`]; whether there is another to read. A
    /// page that hands back the token it was asked with, or one page too many, ends the read.
    pub fn take(&mut self, page: CustomerPage) -> bool {
        self.customers.extend(page.customers);
        self.total = page.total.or(self.total);
        self.pages += 1;
        match page.continuation {
            Some(next) if self.next.as_deref() != Some(next.as_str()) && self.pages < MAX_PAGES => {
                self.next = Some(next);
            }
            _ => self.complete = true,
        }
        !self.complete
    }

    /// How many customers have arrived, and how many there are in all when the service says
    /// (never fewer than have arrived).
    pub fn progress(&self) -> (usize, Option<usize>) {
        let arrived = self.customers.len();
        let total = self.total.map(|t| (t as usize).max(arrived));
        (arrived, total)
    }

    pub fn is_complete(&self) -> bool {
        self.complete
    }

    pub fn customers(&self) -> &[Customer] {
        &self.customers
    }

    /// The customers so far, leaving none.
    pub fn take_customers(&mut self) -> Vec<Customer> {
        std::mem::take(&mut self.customers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str) -> Customer {
        Customer {
            id: id.into(),
            tenant_id: id.into(),
            company_name: format!("Customer {id}"),
            primary_domain: String::new(),
            other_domains: Vec::new(),
            relationship: Default::default(),
            cloud: Default::default(),
            country: None,
        }
    }

    fn page(ids: &[&str], next: Option<&str>, total: Option<u32>) -> CustomerPage {
        CustomerPage {
            customers: ids.iter().map(|id| customer(id)).collect(),
            continuation: next.map(str::to_owned),
            total,
        }
    }

    fn ids(roster: &CustomerRoster) -> Vec<&str> {
        roster.customers().iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn reads_page_after_page_with_the_previous_token() {
        let mut roster = CustomerRoster::default();
        let first = roster.next_query();
        assert_eq!((first.continuation, first.page_size), (None, PAGE_SIZE));
        assert!(roster.take(page(&["a", "b"], Some("t1"), Some(5))));
        assert_eq!(roster.progress(), (2, Some(5)));
        assert_eq!(roster.next_query().continuation.as_deref(), Some("t1"));
        assert!(roster.take(page(&["c", "d"], Some("t2"), None)));
        assert_eq!(roster.next_query().continuation.as_deref(), Some("t2"));
        assert!(!roster.take(page(&["e"], None, Some(5))));
        assert!(roster.is_complete());
        assert_eq!(ids(&roster), ["a", "b", "c", "d", "e"]);
        assert_eq!(roster.progress(), (5, Some(5)));
    }

    #[test]
    fn a_failed_page_is_asked_for_again_and_nothing_is_read_twice() {
        let mut roster = CustomerRoster::default();
        roster.next_query();
        roster.take(page(&["a", "b"], Some("t1"), Some(3)));
        // The read of the page after "t1" failed: nothing was taken; the next query asks again.
        assert_eq!(roster.next_query().continuation.as_deref(), Some("t1"));
        assert!(!roster.take(page(&["c"], None, Some(3))));
        assert_eq!(ids(&roster), ["a", "b", "c"]);
    }

    #[test]
    fn reading_again_after_the_last_page_starts_over() {
        let mut roster = CustomerRoster::default();
        roster.next_query();
        roster.take(page(&["a"], None, None));
        assert!(roster.is_complete());
        assert_eq!(roster.next_query().continuation, None);
        assert_eq!(roster.progress(), (0, None));
        roster.take(page(&["b"], None, None));
        assert_eq!(ids(&roster), ["b"]);
    }

    #[test]
    fn a_server_that_repeats_its_token_or_never_stops_ends_the_read() {
        let mut roster = CustomerRoster::default();
        roster.next_query();
        assert!(roster.take(page(&["a"], Some("same"), None)));
        roster.next_query();
        assert!(!roster.take(page(&["b"], Some("same"), None)));
        assert_eq!(ids(&roster), ["a", "b"]);

        let mut endless = CustomerRoster::default();
        let mut pages = 0;
        loop {
            let token = endless.next_query().continuation.unwrap_or_default() + "x";
            pages += 1;
            if !endless.take(page(&[], Some(&token), None)) {
                break;
            }
        }
        assert_eq!(pages, MAX_PAGES);
    }

    #[test]
    fn a_total_below_what_arrived_is_not_believed() {
        let mut roster = CustomerRoster::default();
        roster.next_query();
        roster.take(page(&["a", "b", "c"], Some("t1"), Some(2)));
        assert_eq!(roster.progress(), (3, Some(3)));
    }
}
