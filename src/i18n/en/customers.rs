use crate::i18n::{CustomerStrings, Locale, Plural};

const EN: Locale = Locale::English;

pub const CUSTOMERS: CustomerStrings = CustomerStrings {
    customers_title: "Customers",
    customers_lead: "Pick the customer whose service has a problem. You file the service request with Microsoft on the customer's behalf.",
    loading_customers: "Loading your customers…",
    loading_customers_so_far: |so_far, total| match total {
        Some(total) => format!(
            "Loading your customers… {} of {} so far",
            EN.number(so_far),
            EN.number(total)
        ),
        None => format!("Loading your customers… {} so far", EN.number(so_far)),
    },
    customers_read_in_part: |so_far, total| match (so_far, total) {
        (0, _) => "Your customers could not be read, so only your own organization is listed.".to_owned(),
        (so_far, Some(total)) => format!(
            "Only part of your customers could be read ({} of {}): the search covers those.",
            EN.number(so_far),
            EN.number(total)
        ),
        (so_far, None) => format!(
            "Only part of your customers could be read ({} so far): the search covers those.",
            EN.number(so_far)
        ),
    },
    no_customers_title: "You have no customers yet",
    no_customers_body: "Customers you add in Partner Center appear here. You can still file a request about your own subscriptions.",
    recent_heading: "Recently opened",

    picker_label: "Find a customer",
    picker_hint: "Type a company name, domain or tenant ID. Use the arrow keys and Enter, or click a customer.",
    picker_listbox_label: "Customers",
    own_organization_option: "My organization: own subscriptions",
    own_organization_meta: "Your own support plan",
    customers_match: |n| match n {
        0 => "No customers match".to_owned(),
        n => EN.count(n, &Plural::en("{n} customer matches", "{n} customers match")),
    },
    showing_window: |shown, total| {
        format!(
            "Showing {} of {} – keep typing to narrow",
            EN.number(shown),
            EN.number(total)
        )
    },
    no_match: |query| {
        format!("No customer matches “{query}”. Check the spelling, or search by domain or tenant ID.")
    },
    cloud_germany: "Microsoft Cloud Germany",

};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!((CUSTOMERS.customers_match)(0), "No customers match");
        assert_eq!((CUSTOMERS.customers_match)(1), "1 customer matches");
        assert_eq!(
            (CUSTOMERS.customers_match)(10_000),
            "10,000 customers match"
        );
        assert_eq!(
            (CUSTOMERS.showing_window)(50, 1_234_567),
            "Showing 50 of 1,234,567 – keep typing to narrow"
        );
        assert_eq!(
            (CUSTOMERS.loading_customers_so_far)(500, Some(1_200)),
            "Loading your customers… 500 of 1,200 so far"
        );
        assert_eq!(
            (CUSTOMERS.loading_customers_so_far)(1_000, None),
            "Loading your customers… 1,000 so far"
        );
        assert_eq!(
            (CUSTOMERS.customers_read_in_part)(500, Some(1_200)),
            "Only part of your customers could be read (500 of 1,200): the search covers those."
        );
        assert_eq!(
            (CUSTOMERS.customers_read_in_part)(1_000, None),
            "Only part of your customers could be read (1,000 so far): the search covers those."
        );
        assert_eq!(
            (CUSTOMERS.customers_read_in_part)(0, Some(1_200)),
            "Your customers could not be read, so only your own organization is listed."
        );
    }
}
