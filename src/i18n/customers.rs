/// The customers screen (picker, recent customers), where the app opens.
pub struct CustomerStrings {
    pub customers_title: &'static str,

    // The customers screen.
    pub customers_lead: &'static str,
    pub loading_customers: &'static str,
    /// "Loading your customers… 500 of 1,200 so far" (the total when the service says).
    pub loading_customers_so_far: fn(usize, Option<usize>) -> String,
    /// Reading stopped at a page that failed: how many arrived (of how many, when the service
    /// says), and that the search covers those.
    pub customers_read_in_part: fn(usize, Option<usize>) -> String,
    pub no_customers_title: &'static str,
    pub no_customers_body: &'static str,
    pub recent_heading: &'static str,

    // The picker.
    pub picker_label: &'static str,
    pub picker_hint: &'static str,
    pub picker_listbox_label: &'static str,
    /// The first option, and the link to the partner's own organization.
    pub own_organization_option: &'static str,
    pub own_organization_meta: &'static str,
    /// "42 customers match", announced politely while typing.
    pub customers_match: fn(usize) -> String,
    /// "Showing 50 of 10,000 – keep typing to narrow".
    pub showing_window: fn(usize, usize) -> String,
    /// The query as typed, already trimmed.
    pub no_match: fn(&str) -> String,
    pub cloud_germany: &'static str,
}
