use crate::domain::severity::{ResponseTarget, Severity};
use crate::routes::Route;

/// The help screen: the questions partners ask, one section per question.
pub struct HelpStrings {
    pub help_title: &'static str,
    pub intro: &'static str,
    pub contents_label: &'static str,
    pub sections: &'static [HelpSection],

    /// The response-time table (`HelpBlock::ResponseTimes`).
    pub response_caption: &'static str,
    pub column_severity: &'static str,
    pub column_impact: &'static str,
    pub column_response: &'static str,
    pub impact: fn(Severity) -> &'static str,
    /// "2 hours".
    pub response_time: fn(ResponseTarget) -> String,
}

/// One question and its answer. `id` is the heading's anchor, for the table of contents.
pub struct HelpSection {
    pub id: &'static str,
    pub heading: &'static str,
    pub blocks: &'static [HelpBlock],
}

/// A piece of an answer.
pub enum HelpBlock {
    Text(&'static str),
    Bullets(&'static [&'static str]),
    Steps(&'static [&'static str]),
    Subheading(&'static str),
    /// A highlighted remark.
    Note(&'static str),
    /// A link inside the app.
    Link {
        text: &'static str,
        to: Route<'static>,
    },
    /// The initial response times by severity, as a table.
    ResponseTimes,
}
