use crate::domain::severity::{ResponseTarget, Severity};
// The content model belongs to the page that renders it; the words live here.
use crate::pages::help::HelpSection;

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
