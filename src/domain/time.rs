//! A UTC instant, parsed from and written as ISO 8601, with no calendar crate.
//!
//! Calendar arithmetic uses Howard Hinnant's `days_from_civil` / `civil_from_days`
//! (proleptic Gregorian calendar, <https://howardhinnant.github.io/date_algorithms.html>).
//! Time zones are fixed UTC offsets in minutes (east of UTC positive); there is no DST table.

use serde::{Deserialize, Serialize};
use thiserror::Error;

mod parse;

use parse::{parse_parts, CivilParts};

pub const MS_PER_SECOND: i64 = 1_000;
pub const MS_PER_MINUTE: i64 = 60 * MS_PER_SECOND;
pub const MS_PER_HOUR: i64 = 60 * MS_PER_MINUTE;
pub const MS_PER_DAY: i64 = 24 * MS_PER_HOUR;

/// Offsets at or beyond a whole day are refused (real ones lie within -12:00..=+14:00).
const MAX_OFFSET_MINUTES: i32 = 24 * 60 - 1;

/// Milliseconds since 1970-01-01T00:00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Timestamp(pub i64);

/// Why a date-time string was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Error)]
pub enum TimeParseError {
    #[error("the date-time is empty")]
    Empty,
    #[error("the date-time is not in ISO 8601 form (like 2026-11-25T10:15:00Z)")]
    Malformed,
    #[error("the date-time names a day, hour or offset that does not exist")]
    OutOfRange,
}

/// Day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Monday = 0 ... Sunday = 6.
    pub fn index(self) -> u32 {
        self as u32
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }

    /// English three-letter name, e.g. `Mon`.
    pub fn short_name(self) -> &'static str {
        match self {
            Weekday::Monday => "Mon",
            Weekday::Tuesday => "Tue",
            Weekday::Wednesday => "Wed",
            Weekday::Thursday => "Thu",
            Weekday::Friday => "Fri",
            Weekday::Saturday => "Sat",
            Weekday::Sunday => "Sun",
        }
    }

    /// The weekday of a day number (days since 1970-01-01, a Thursday).
    pub fn from_days(days: i64) -> Weekday {
        let index = (days + 3).rem_euclid(7);
        Weekday::ALL
            .get(usize::try_from(index).unwrap_or(0))
            .copied()
            .unwrap_or(Weekday::Monday)
    }
}

/// A wall-clock reading of a [`Timestamp`] at some UTC offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CivilDateTime {
    pub year: i32,
    /// 1..=12
    pub month: u32,
    /// 1..=31
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub millisecond: u32,
    pub weekday: Weekday,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let (m, d) = (i64::from(month), i64::from(day));
    let y = if m <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (Hinnant's `civil_from_days`): (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    // m is 1..=12 and d 1..=31 by construction.
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

pub fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Number of days in a month, or 0 for a month outside 1..=12.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Timestamp {
    /// Parses an ISO 8601 date-time as real APIs send it: `2026-11-25T10:15:00Z`, with or
    /// without `Z`, any number of fraction digits, `+hh:mm`/`-hh:mm` offsets (no zone = UTC).
    /// Microsoft's "not set" value `0001-01-01T00:00:00` gives `Ok(None)`.
    pub fn parse(s: &str) -> Result<Option<Timestamp>, TimeParseError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(TimeParseError::Empty);
        }
        let parts = parse_parts(s, true)?;
        if parts.is_not_set() {
            return Ok(None);
        }
        parts.to_timestamp().map(Some)
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when there are milliseconds.
    pub fn to_iso8601(&self) -> String {
        let c = self.civil(0);
        let mut out = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            c.year, c.month, c.day, c.hour, c.minute, c.second
        );
        if c.millisecond != 0 {
            out.push_str(&format!(".{:03}", c.millisecond));
        }
        out.push('Z');
        out
    }

    /// The wall-clock reading at `offset_minutes` east of UTC.
    pub fn civil(&self, offset_minutes: i32) -> CivilDateTime {
        let local = self
            .0
            .saturating_add(i64::from(offset_minutes) * MS_PER_MINUTE);
        let days = local.div_euclid(MS_PER_DAY);
        let ms_of_day = local.rem_euclid(MS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        let part = |unit: i64, modulo: i64| u32::try_from(ms_of_day / unit % modulo).unwrap_or(0);
        CivilDateTime {
            year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
            month,
            day,
            hour: part(MS_PER_HOUR, 24),
            minute: part(MS_PER_MINUTE, 60),
            second: part(MS_PER_SECOND, 60),
            millisecond: part(1, 1000),
            weekday: Weekday::from_days(days),
        }
    }

    /// The instant of a wall-clock minute at `offset_minutes` east of UTC; `None` when a part is
    /// out of range (month 13, 31 April, hour 24, an offset of a day or more).
    pub fn from_civil(
        year: i32,
        month: u32,
        day: u32,
        hour: u32,
        minute: u32,
        offset_minutes: i32,
    ) -> Option<Timestamp> {
        CivilParts {
            year: i64::from(year),
            month,
            day,
            hour,
            minute,
            second: 0,
            millisecond: 0,
            offset_minutes,
            fraction_is_zero: true,
        }
        .to_timestamp()
        .ok()
    }

    /// The value for an HTML `datetime-local` input: `YYYY-MM-DDTHH:MM`.
    pub fn to_local_input(&self, offset_minutes: i32) -> String {
        let c = self.civil(offset_minutes);
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}",
            c.year, c.month, c.day, c.hour, c.minute
        )
    }

    /// This instant moved by `ms` milliseconds (saturating at the ends of time).
    pub fn plus_ms(self, ms: i64) -> Timestamp {
        Timestamp(self.0.saturating_add(ms))
    }

    pub fn plus_hours(self, hours: i64) -> Timestamp {
        self.plus_ms(hours.saturating_mul(MS_PER_HOUR))
    }

    /// The instant a clock shows `wall` at (the wall-clock time written as if it were UTC),
    /// where `offset_at` tells the offset east of UTC, in minutes, in force at an instant: a
    /// time on the other side of a daylight-saving change is read at the offset it had, not
    /// today's. A wall-clock time the clocks skipped is read at the offset before the change;
    /// one they went through twice, as its first.
    pub fn from_wall_clock(wall: Timestamp, offset_at: impl Fn(Timestamp) -> i32) -> Timestamp {
        let at_offset = |offset: i32| wall.plus_ms(-i64::from(offset) * MS_PER_MINUTE);
        // The offsets in force a day either side; where they agree there is no change near.
        let before = offset_at(wall.plus_ms(-MS_PER_DAY));
        let after = offset_at(wall.plus_ms(MS_PER_DAY));
        if before == after {
            return at_offset(before);
        }
        // Near a change: the earliest of the readings that are consistent (whose instant has
        // the offset it was read at); none is for a skipped time, read at the offset before.
        [before, after]
            .into_iter()
            .map(|offset| (offset, at_offset(offset)))
            .filter(|(offset, t)| offset_at(*t) == *offset)
            .map(|(_, t)| t)
            .min()
            .unwrap_or_else(|| at_offset(before))
    }
}

/// The offset east of UTC, in minutes, of a zone name as `Intl.DateTimeFormat` writes it in
/// its "longOffset" style: `GMT` is 0, `GMT+03:00` 180, `GMT-05:00` -300, `GMT+05:45` 345
/// (`GMT+3` and `GMT+5:30` are read too). `None` for anything else.
pub fn parse_gmt_offset(name: &str) -> Option<i32> {
    let rest = name.trim().strip_prefix("GMT")?;
    if rest.is_empty() {
        return Some(0);
    }
    let (sign, rest) = if let Some(rest) = rest.strip_prefix('+') {
        (1, rest)
    } else if let Some(rest) = rest.strip_prefix(['-', '\u{2212}']) {
        (-1, rest)
    } else {
        return None;
    };
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, "0"));
    let digits = |s: &str| {
        (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i32>().ok())
            .flatten()
    };
    let (hours, minutes) = (digits(hours)?, digits(minutes)?);
    (hours <= 18 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// Parses an HTML `datetime-local` value (`YYYY-MM-DDTHH:MM`, optionally `:SS` and a fraction),
/// read as wall-clock time where `offset_at` tells the offset in force at each instant (see
/// [`Timestamp::from_wall_clock`]). A zone suffix is refused.
pub fn parse_local_datetime(s: &str, offset_at: impl Fn(Timestamp) -> i32) -> Option<Timestamp> {
    let parts = parse_parts(s.trim(), false).ok()?;
    let as_if_utc = parts.to_timestamp().ok()?;
    Some(Timestamp::from_wall_clock(as_if_utc, offset_at))
}

#[cfg(test)]
mod tests;
