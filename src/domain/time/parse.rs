//! Reading ISO 8601 date-time text into its parts, byte by byte.

use super::{days_from_civil, days_in_month, TimeParseError, Timestamp, MAX_OFFSET_MINUTES};
use super::{MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND};

/// The fields of a date-time string, before range checks.
pub(super) struct CivilParts {
    pub(super) year: i64,
    pub(super) month: u32,
    pub(super) day: u32,
    pub(super) hour: u32,
    pub(super) minute: u32,
    pub(super) second: u32,
    pub(super) millisecond: u32,
    pub(super) offset_minutes: i32,
    pub(super) fraction_is_zero: bool,
}

impl CivilParts {
    pub(super) fn is_not_set(&self) -> bool {
        (
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
        ) == (1, 1, 1, 0, 0, 0)
            && self.fraction_is_zero
    }

    pub(super) fn to_timestamp(&self) -> Result<Timestamp, TimeParseError> {
        let in_range = (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= days_in_month(self.year, self.month)
            && self.hour < 24
            && self.minute < 60
            && self.second < 60
            && self.millisecond < 1000
            && self.offset_minutes.abs() <= MAX_OFFSET_MINUTES;
        if !in_range {
            return Err(TimeParseError::OutOfRange);
        }
        let days = days_from_civil(self.year, self.month, self.day);
        let ms_of_day = i64::from(self.hour) * MS_PER_HOUR
            + i64::from(self.minute) * MS_PER_MINUTE
            + i64::from(self.second) * MS_PER_SECOND
            + i64::from(self.millisecond);
        // Years far outside the range of a Timestamp overflow; they are out of range too.
        days.checked_mul(MS_PER_DAY)
            .and_then(|ms| ms.checked_add(ms_of_day))
            .and_then(|ms| ms.checked_sub(i64::from(self.offset_minutes) * MS_PER_MINUTE))
            .map(Timestamp)
            .ok_or(TimeParseError::OutOfRange)
    }
}

/// A byte cursor over ASCII date-time text; any other byte simply fails to match.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, wanted: impl Fn(u8) -> bool) -> bool {
        match self.peek() {
            Some(b) if wanted(b) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn expect(&mut self, wanted: u8) -> Result<(), TimeParseError> {
        if self.eat(|b| b == wanted) {
            Ok(())
        } else {
            Err(TimeParseError::Malformed)
        }
    }

    /// Exactly `n` ASCII digits.
    fn digits(&mut self, n: usize) -> Result<u32, TimeParseError> {
        let mut value = 0u32;
        for _ in 0..n {
            match self.peek() {
                Some(b @ b'0'..=b'9') => {
                    value = value * 10 + u32::from(b - b'0');
                    self.pos += 1;
                }
                _ => return Err(TimeParseError::Malformed),
            }
        }
        Ok(value)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }
}

/// `YYYY-MM-DD[T| ]HH:MM[:SS[(.|,)fff...]][zone]`; the zone only when `allow_zone`.
pub(super) fn parse_parts(s: &str, allow_zone: bool) -> Result<CivilParts, TimeParseError> {
    let mut c = Cursor {
        bytes: s.as_bytes(),
        pos: 0,
    };
    let year = i64::from(c.digits(4)?);
    c.expect(b'-')?;
    let month = c.digits(2)?;
    c.expect(b'-')?;
    let day = c.digits(2)?;
    if !c.eat(|b| matches!(b, b'T' | b't' | b' ')) {
        return Err(TimeParseError::Malformed);
    }
    let hour = c.digits(2)?;
    c.expect(b':')?;
    let minute = c.digits(2)?;
    let (mut second, mut millisecond, mut fraction_is_zero) = (0, 0, true);
    if c.eat(|b| b == b':') {
        second = c.digits(2)?;
        if c.eat(|b| matches!(b, b'.' | b',')) {
            let mut count = 0usize;
            while let Some(b @ b'0'..=b'9') = c.peek() {
                let digit = u32::from(b - b'0');
                if count < 3 {
                    millisecond = millisecond * 10 + digit;
                }
                fraction_is_zero &= digit == 0;
                count += 1;
                c.pos += 1;
            }
            if count == 0 {
                return Err(TimeParseError::Malformed);
            }
            for _ in count..3 {
                millisecond *= 10;
            }
        }
    }
    let mut offset_minutes = 0;
    if allow_zone && !c.at_end() {
        offset_minutes = parse_zone(&mut c)?;
    }
    if !c.at_end() {
        return Err(TimeParseError::Malformed);
    }
    Ok(CivilParts {
        year,
        month,
        day,
        hour,
        minute,
        second,
        millisecond,
        offset_minutes,
        fraction_is_zero,
    })
}

/// `Z`, `+hh:mm`, `-hh:mm`, `+hhmm` or `+hh`, as minutes east of UTC.
fn parse_zone(c: &mut Cursor<'_>) -> Result<i32, TimeParseError> {
    if c.eat(|b| matches!(b, b'Z' | b'z')) {
        return Ok(0);
    }
    let sign = match c.peek() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return Err(TimeParseError::Malformed),
    };
    c.pos += 1;
    let hours = c.digits(2)?;
    let minutes = if c.at_end() {
        0
    } else {
        c.eat(|b| b == b':');
        c.digits(2)?
    };
    if hours > 23 || minutes > 59 {
        return Err(TimeParseError::OutOfRange);
    }
    // Both are below 60, so the conversion cannot fail.
    let total = i32::try_from(hours * 60 + minutes).unwrap_or(0);
    Ok(sign * total)
}
