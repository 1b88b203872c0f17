//! Severity and the first-response targets that follow from it.

use super::azure::IssueType;
use super::contact::SupportLanguage;
use super::service::ServiceFamily;
use super::time::{Timestamp, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE};
use serde::{Deserialize, Serialize};

/// Business impact, as the partner sets it. Letters as in Microsoft's UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// A: high impact, major outage, production services down.
    Critical,
    /// B: moderate impact, production services partly affected.
    Moderate,
    /// C: minimal impact, services available or non-production affected.
    Minimal,
}

impl Severity {
    /// Most severe first, as the picker lists them.
    pub const ALL: [Severity; 3] = [Severity::Critical, Severity::Moderate, Severity::Minimal];

    pub fn letter(self) -> char {
        match self {
            Severity::Critical => 'A',
            Severity::Moderate => 'B',
            Severity::Minimal => 'C',
        }
    }

    /// `A`, `B` or `C`, either case.
    pub fn from_letter(letter: char) -> Option<Severity> {
        match letter.to_ascii_uppercase() {
            'A' => Some(Severity::Critical),
            'B' => Some(Severity::Moderate),
            'C' => Some(Severity::Minimal),
            _ => None,
        }
    }

    /// A letter (`B`) or a name (`moderate`), any case, surrounding spaces ignored.
    pub fn parse(s: &str) -> Option<Severity> {
        let s = s.trim();
        let mut chars = s.chars();
        if let (Some(letter), None) = (chars.next(), chars.next()) {
            return Severity::from_letter(letter);
        }
        Severity::ALL
            .into_iter()
            .find(|severity| severity.name().eq_ignore_ascii_case(s))
    }

    /// `Critical`, `Moderate`, `Minimal`: the Azure Support API's words, capitalised.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Critical => "Critical",
            Severity::Moderate => "Moderate",
            Severity::Minimal => "Minimal",
        }
    }

    /// Initial response for a critical technical incident: A 2 hours, B 4 hours, C 8 hours.
    pub fn critical_incident_target(self) -> ResponseTarget {
        match self {
            Severity::Critical => ResponseTarget::Hours(2),
            Severity::Moderate => ResponseTarget::Hours(4),
            Severity::Minimal => ResponseTarget::Hours(8),
        }
    }
}

/// How soon Microsoft responds first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ResponseTarget {
    Hours(u32),
    /// Up to one business day.
    BusinessDay,
}

impl ResponseTarget {
    /// `2 hours`, `1 hour`, `1 business day`.
    pub fn describe(self) -> String {
        match self {
            ResponseTarget::Hours(1) => "1 hour".to_owned(),
            ResponseTarget::Hours(n) => format!("{n} hours"),
            ResponseTarget::BusinessDay => "1 business day".to_owned(),
        }
    }
}

/// Which response-time table row a request falls under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IncidentKind {
    /// A technical problem with an in-scope service: 2, 4 or 8 hours by severity.
    CriticalTechnical,
    /// Everything else in scope (billing, subscription management, quotas): up to one
    /// business day.
    Other,
}

impl IncidentKind {
    /// The rule: a request is a critical technical incident when it is about an in-scope
    /// service and its issue type is technical. Azure requests carry an issue type, and only
    /// `Technical` counts (no issue type yet counts as `Other`, so we never promise too much).
    /// Office 365, Dynamics CRM Online and EMS requests are technical unless the caller says
    /// otherwise with a non-technical issue type (e.g. a billing topic). Out-of-scope services
    /// are never critical technical incidents.
    pub fn for_request(family: ServiceFamily, issue_type: Option<IssueType>) -> IncidentKind {
        let technical = match (family, issue_type) {
            (ServiceFamily::OutOfScope, _) => false,
            (_, Some(issue_type)) => issue_type == IssueType::Technical,
            (ServiceFamily::Azure, None) => false,
            (_, None) => true,
        };
        if technical {
            IncidentKind::CriticalTechnical
        } else {
            IncidentKind::Other
        }
    }
}

/// The first-response target for a request of this severity and kind.
pub fn first_response_target(severity: Severity, incident: IncidentKind) -> ResponseTarget {
    match incident {
        IncidentKind::CriticalTechnical => severity.critical_incident_target(),
        IncidentKind::Other => ResponseTarget::BusinessDay,
    }
}

/// The hour targets hold for support in English only; support in local languages is given
/// during business hours.
pub fn targets_hold_for_language(language: SupportLanguage) -> bool {
    language == SupportLanguage::EnUs
}

/// The partner's business hours: Monday to Friday, from `start_hour` to `end_hour`
/// (09:00 to 17:00 by default) on the partner's wall clock. Public holidays are not known and
/// count as business days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BusinessHours {
    /// Opening hour, 0..=23.
    pub start_hour: u32,
    /// Closing hour, after `start_hour`, at most 24.
    pub end_hour: u32,
}

impl BusinessHours {
    /// Length of one business day in milliseconds; 0 when the hours make no sense.
    fn day_ms(&self) -> i64 {
        let start = i64::from(self.start_hour.min(24));
        let end = i64::from(self.end_hour.min(24));
        (end - start).max(0) * MS_PER_HOUR
    }
}

impl Default for BusinessHours {
    /// 09:00 to 17:00.
    fn default() -> Self {
        BusinessHours {
            start_hour: 9,
            end_hour: 17,
        }
    }
}

/// When the first response is due.
///
/// `Hours(n)` runs round the clock (24x7, as for English support): `created` plus `n` hours.
/// `BusinessDay` is one business day's worth of business hours (8 by default) counted from
/// `created`, using only time inside business hours: created Friday 16:00 is due Monday 16:00,
/// Saturday 10:00 is due Monday 17:00, Tuesday 08:00 is due Tuesday 17:00. Business hours
/// that make no sense (closing not after opening) fall back to 24 hours. The hours are on the
/// partner's wall clock, whose offset east of UTC, in minutes, `local_offset` tells at any
/// instant: over a weekend that changes the clocks, Monday 16:00 is still 16:00.
pub fn first_response_due(
    created: Timestamp,
    target: ResponseTarget,
    hours: &BusinessHours,
    local_offset: impl Fn(Timestamp) -> i32,
) -> Timestamp {
    match target {
        ResponseTarget::Hours(n) => created.plus_hours(i64::from(n)),
        ResponseTarget::BusinessDay => {
            add_business_time(created, hours.day_ms(), hours, local_offset)
        }
    }
}

/// `created` plus `amount_ms` of time inside business hours.
fn add_business_time(
    created: Timestamp,
    amount_ms: i64,
    hours: &BusinessHours,
    local_offset: impl Fn(Timestamp) -> i32,
) -> Timestamp {
    if amount_ms <= 0 {
        return created.plus_hours(24);
    }
    let offset_ms = i64::from(local_offset(created)).saturating_mul(MS_PER_MINUTE);
    let open_ms = i64::from(hours.start_hour.min(24)) * MS_PER_HOUR;
    let close_ms = i64::from(hours.end_hour.min(24)) * MS_PER_HOUR;
    let mut remaining = amount_ms;
    // Wall-clock milliseconds, as if the partner's clock were UTC. Each pass either finishes or
    // moves to the next day; a week has five business days, so 8 passes cover any start.
    let mut cursor = created.0.saturating_add(offset_ms);
    for _ in 0..8 {
        let day = cursor.div_euclid(MS_PER_DAY);
        let midnight = day.saturating_mul(MS_PER_DAY);
        let next_open = midnight.saturating_add(MS_PER_DAY + open_ms);
        let weekday = super::time::Weekday::from_days(day);
        let close = midnight.saturating_add(close_ms);
        if weekday.is_weekend() || cursor >= close {
            cursor = next_open;
            continue;
        }
        cursor = cursor.max(midnight.saturating_add(open_ms));
        let available = close - cursor;
        if remaining <= available {
            return Timestamp::from_wall_clock(
                Timestamp(cursor.saturating_add(remaining)),
                &local_offset,
            );
        }
        remaining -= available;
        cursor = next_open;
    }
    Timestamp::from_wall_clock(Timestamp(cursor.saturating_add(remaining)), local_offset)
}

#[cfg(test)]
mod tests;
