use super::*;

fn ts(s: &str) -> Timestamp {
    Timestamp::parse(s).unwrap().unwrap()
}

#[test]
fn parses_utc_with_and_without_z() {
    assert_eq!(ts("2026-11-25T10:15:00Z"), Timestamp(1_795_601_700_000));
    assert_eq!(ts("2026-11-25T10:15:00z"), Timestamp(1_795_601_700_000));
    assert_eq!(ts("2026-11-25T10:15:00"), Timestamp(1_795_601_700_000));
    assert_eq!(
        ts("  2026-11-25T10:15:00Z \n"),
        Timestamp(1_795_601_700_000)
    );
    assert_eq!(ts("2026-11-25 10:15:00"), Timestamp(1_795_601_700_000));
    assert_eq!(ts("2026-11-25T10:15"), Timestamp(1_795_601_700_000));
    assert_eq!(ts("1970-01-01T00:00:00Z"), Timestamp(0));
    assert_eq!(ts("1969-12-31T23:59:59Z"), Timestamp(-1000));
    assert_eq!(ts("9999-12-31T23:59:59Z"), Timestamp(253_402_300_799_000));
}

#[test]
fn parses_fractional_seconds_of_any_length() {
    assert_eq!(ts("2024-02-29T23:59:59.999Z"), Timestamp(1_709_251_199_999));
    assert_eq!(ts("2024-02-29T23:59:59.9Z"), Timestamp(1_709_251_199_900));
    assert_eq!(ts("2024-02-29T23:59:59.99"), Timestamp(1_709_251_199_990));
    // .NET writes seven digits; extra digits are truncated, not rounded.
    assert_eq!(
        ts("2024-02-29T23:59:59.9999999Z"),
        Timestamp(1_709_251_199_999)
    );
    assert_eq!(ts("2024-02-29T23:59:59,5Z"), Timestamp(1_709_251_199_500));
    assert_eq!(
        ts("2024-02-29T23:59:59.123456789012345678901234567890Z"),
        Timestamp(1_709_251_199_123)
    );
}

#[test]
fn parses_offsets() {
    assert_eq!(
        ts("2026-11-25T10:15:00+03:00"),
        Timestamp(1_795_590_900_000)
    );
    assert_eq!(ts("2026-11-25T10:15:00+0300"), Timestamp(1_795_590_900_000));
    assert_eq!(ts("2026-11-25T10:15:00+03"), Timestamp(1_795_590_900_000));
    assert_eq!(
        ts("2026-11-25T10:15:00-05:30"),
        Timestamp(1_795_621_500_000)
    );
    assert_eq!(
        ts("2026-11-25T10:15:00.000-05:30"),
        Timestamp(1_795_621_500_000)
    );
    assert_eq!(ts("2026-11-25T10:15:00+00:00"), ts("2026-11-25T10:15:00Z"));
    assert_eq!(ts("2026-11-25T10:15:00-00:00"), ts("2026-11-25T10:15:00Z"));
}

#[test]
fn not_set_value_means_none() {
    for s in [
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00.000Z",
        "0001-01-01T00:00:00.0000000",
        "0001-01-01T00:00:00+00:00",
        " 0001-01-01T00:00:00 ",
    ] {
        assert_eq!(Timestamp::parse(s), Ok(None), "{s}");
    }
    // A real instant on that day is still an instant.
    assert!(matches!(
        Timestamp::parse("0001-01-01T00:00:01Z"),
        Ok(Some(_))
    ));
    assert!(matches!(
        Timestamp::parse("0001-01-01T00:00:00.001Z"),
        Ok(Some(_))
    ));
}

#[test]
fn refuses_malformed_and_out_of_range_input() {
    assert_eq!(Timestamp::parse(""), Err(TimeParseError::Empty));
    assert_eq!(Timestamp::parse("   "), Err(TimeParseError::Empty));
    for s in [
        "2026-11-25",
        "2026-11-25T",
        "2026-11-25T10",
        "2026-11-25T10:1",
        "26-11-25T10:15:00Z",
        "2026/11/25T10:15:00Z",
        "2026-11-25T10:15:00.Z",
        "2026-11-25T10:15:00ZZ",
        "2026-11-25T10:15:00+3",
        "2026-11-25T10:15:00 UTC",
        "2026-11-25T10:15:00+03:00:00",
        "２０２６-11-25T10:15:00Z",
        "not a date",
        "2026-11-25X10:15:00",
        "+2026-11-25T10:15:00",
    ] {
        assert_eq!(Timestamp::parse(s), Err(TimeParseError::Malformed), "{s}");
    }
    for s in [
        "2026-13-01T00:00:00Z",
        "2026-00-01T00:00:00Z",
        "2026-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-11-00T00:00:00Z",
        "2026-11-25T24:00:00Z",
        "2026-11-25T10:60:00Z",
        "2026-11-25T10:15:60Z",
        "2026-11-25T10:15:00+24:00",
        "2026-11-25T10:15:00+01:60",
    ] {
        assert_eq!(Timestamp::parse(s), Err(TimeParseError::OutOfRange), "{s}");
    }
    assert!(Timestamp::parse("2024-02-29T00:00:00Z").is_ok());
    assert!(Timestamp::parse("2000-02-29T00:00:00Z").is_ok());
    assert!(Timestamp::parse("1900-02-29T00:00:00Z").is_err());
}

#[test]
fn writes_iso8601() {
    assert_eq!(
        Timestamp(1_795_601_700_000).to_iso8601(),
        "2026-11-25T10:15:00Z"
    );
    assert_eq!(Timestamp(0).to_iso8601(), "1970-01-01T00:00:00Z");
    assert_eq!(Timestamp(-1000).to_iso8601(), "1969-12-31T23:59:59Z");
    assert_eq!(
        Timestamp(1_709_251_199_999).to_iso8601(),
        "2024-02-29T23:59:59.999Z"
    );
    assert_eq!(
        Timestamp(1_709_251_199_050).to_iso8601(),
        "2024-02-29T23:59:59.050Z"
    );
}

#[test]
fn civil_reading_at_offsets() {
    let t = ts("2026-11-25T10:15:00Z");
    let utc = t.civil(0);
    assert_eq!(
        (utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second),
        (2026, 11, 25, 10, 15, 0)
    );
    assert_eq!(utc.weekday, Weekday::Wednesday);
    let tokyo = t.civil(9 * 60);
    assert_eq!((tokyo.day, tokyo.hour, tokyo.minute), (25, 19, 15));
    let hawaii = t.civil(-10 * 60);
    assert_eq!(
        (hawaii.day, hawaii.hour, hawaii.weekday),
        (25, 0, Weekday::Wednesday)
    );
    let baker = t.civil(-12 * 60);
    assert_eq!(
        (baker.day, baker.hour, baker.weekday),
        (24, 22, Weekday::Tuesday)
    );
    let india = t.civil(5 * 60 + 30);
    assert_eq!((india.hour, india.minute), (15, 45));
    assert_eq!(Timestamp(0).civil(0).weekday, Weekday::Thursday);
    assert_eq!(Timestamp(-1).civil(0).weekday, Weekday::Wednesday);
    assert_eq!(Timestamp(-1).civil(0).millisecond, 999);
}

#[test]
fn civil_never_panics_at_the_ends_of_time() {
    for ms in [i64::MIN, i64::MIN + 1, -1, 0, i64::MAX - 1, i64::MAX] {
        for offset in [i32::MIN, -840, 0, 840, i32::MAX] {
            let c = Timestamp(ms).civil(offset);
            assert!((1..=12).contains(&c.month));
            assert!((1..=31).contains(&c.day));
            assert!(c.hour < 24 && c.minute < 60 && c.second < 60);
            let _ = Timestamp(ms).to_iso8601();
            let _ = Timestamp(ms).plus_hours(i64::MAX);
        }
    }
}

#[test]
fn from_civil_validates_ranges() {
    assert_eq!(
        Timestamp::from_civil(2026, 11, 25, 10, 15, 0),
        Some(ts("2026-11-25T10:15:00Z"))
    );
    assert_eq!(
        Timestamp::from_civil(2026, 11, 25, 13, 15, 180),
        Some(ts("2026-11-25T10:15:00Z"))
    );
    assert_eq!(
        Timestamp::from_civil(2026, 11, 25, 4, 45, -330),
        Some(ts("2026-11-25T10:15:00Z"))
    );
    assert_eq!(Timestamp::from_civil(2026, 2, 29, 0, 0, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 13, 1, 0, 0, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 0, 1, 0, 0, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 1, 0, 0, 0, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 1, 1, 24, 0, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 1, 1, 0, 60, 0), None);
    assert_eq!(Timestamp::from_civil(2026, 1, 1, 0, 0, 24 * 60), None);
    // Beyond what milliseconds in an i64 can hold: refused, not overflowed.
    assert_eq!(Timestamp::from_civil(i32::MAX, 12, 31, 23, 59, 0), None);
    assert_eq!(Timestamp::from_civil(i32::MIN, 1, 1, 0, 0, 0), None);
    assert!(Timestamp::from_civil(200_000_000, 1, 1, 0, 0, 0).is_some());
}

#[test]
fn days_from_civil_matches_known_dates() {
    assert_eq!(days_from_civil(1970, 1, 1), 0);
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(days_from_civil(1969, 12, 31), -1);
    assert_eq!(civil_from_days(11_017), (2000, 3, 1));
    assert_eq!(civil_from_days(-719_468), (0, 3, 1));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2100, 2), 28);
    assert_eq!(days_in_month(2026, 13), 0);
}

#[test]
fn datetime_local_values() {
    assert_eq!(
        parse_local_datetime("2026-11-25T10:15", |_| 0),
        Some(ts("2026-11-25T10:15:00Z"))
    );
    assert_eq!(
        parse_local_datetime(" 2026-11-25T13:15:30 ", |_| 180),
        Some(ts("2026-11-25T10:15:30Z"))
    );
    assert_eq!(
        parse_local_datetime("2026-11-25T13:15:30.5", |_| 180),
        Some(ts("2026-11-25T10:15:30.500Z"))
    );
    assert_eq!(parse_local_datetime("2026-11-25T10:15Z", |_| 0), None);
    assert_eq!(parse_local_datetime("2026-11-25T10:15+01:00", |_| 0), None);
    assert_eq!(parse_local_datetime("2026-11-25", |_| 0), None);
    assert_eq!(parse_local_datetime("", |_| 0), None);
    assert_eq!(parse_local_datetime("2026-02-30T10:15", |_| 0), None);
    let t = ts("2026-11-25T10:15:00Z");
    assert_eq!(t.to_local_input(180), "2026-11-25T13:15");
    assert_eq!(
        parse_local_datetime(&t.to_local_input(-300), |_| -300),
        Some(t)
    );
}

#[test]
fn gmt_offsets_as_the_browser_writes_them() {
    for (name, minutes) in [
        ("GMT", Some(0)),
        ("GMT+03:00", Some(180)),
        ("GMT-05:00", Some(-300)),
        ("GMT+05:45", Some(345)),
        ("GMT+05:30", Some(330)),
        ("GMT\u{2212}03:30", Some(-210)),
        ("GMT+3", Some(180)),
        ("GMT-9:30", Some(-570)),
        ("GMT+14:00", Some(840)),
        (" GMT+01:00 ", Some(60)),
        ("", None),
        ("UTC", None),
        ("GMT+", None),
        ("GMT+03:", None),
        ("GMT03:00", None),
        ("GMT+003:00", None),
        ("GMT+19:00", None),
        ("GMT+03:60", None),
        ("GMT+-3", None),
        ("CET", None),
    ] {
        assert_eq!(parse_gmt_offset(name), minutes, "{name:?}");
    }
}

/// Berlin's offset in 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
fn berlin_2026(at: Timestamp) -> i32 {
    if (ts("2026-03-29T01:00:00Z")..ts("2026-10-25T01:00:00Z")).contains(&at) {
        120
    } else {
        60
    }
}

#[test]
fn datetime_local_values_are_read_at_the_offset_they_had() {
    let read = |s| parse_local_datetime(s, berlin_2026);
    // Either side of the spring change: the offset of that day, not of today.
    assert_eq!(read("2026-03-28T23:00"), Some(ts("2026-03-28T22:00:00Z")));
    assert_eq!(read("2026-03-29T01:59"), Some(ts("2026-03-29T00:59:00Z")));
    assert_eq!(read("2026-03-29T03:00"), Some(ts("2026-03-29T01:00:00Z")));
    assert_eq!(read("2026-03-29T12:00"), Some(ts("2026-03-29T10:00:00Z")));
    assert_eq!(read("2026-07-01T12:00"), Some(ts("2026-07-01T10:00:00Z")));
    // A time the clocks skipped reads at the offset before, as the browser's `Date` does.
    assert_eq!(read("2026-03-29T02:30"), Some(ts("2026-03-29T01:30:00Z")));
    // Autumn: the evening before is still summer time; the hour lived twice is its first.
    assert_eq!(read("2026-10-24T23:30"), Some(ts("2026-10-24T21:30:00Z")));
    assert_eq!(read("2026-10-25T01:59"), Some(ts("2026-10-24T23:59:00Z")));
    assert_eq!(read("2026-10-25T02:30"), Some(ts("2026-10-25T00:30:00Z")));
    assert_eq!(read("2026-10-25T03:00"), Some(ts("2026-10-25T02:00:00Z")));
    assert_eq!(read("2026-11-25T12:00"), Some(ts("2026-11-25T11:00:00Z")));
    assert_eq!(read("2026-10-25"), None);
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn parse_never_panics(s in any::<String>()) {
            let _ = Timestamp::parse(&s);
            let _ = parse_local_datetime(&s, |_| 0);
        }

        #[test]
        fn parse_never_panics_on_near_misses(s in "[0-9T:+\\-Zz., ]{0,40}") {
            let _ = Timestamp::parse(&s);
            let _ = parse_local_datetime(&s, |_| 120);
        }

        #[test]
        fn iso8601_round_trips(ms in -62_135_596_800_000i64..253_402_300_799_999) {
            let t = Timestamp(ms);
            prop_assume!(t != Timestamp(-62_135_596_800_000));
            prop_assert_eq!(Timestamp::parse(&t.to_iso8601()), Ok(Some(t)));
        }

        #[test]
        fn civil_round_trips(ms in -62_135_596_800_000i64..253_402_300_799_999, offset in -840i32..=840) {
            let t = Timestamp(ms - ms.rem_euclid(MS_PER_MINUTE));
            let c = t.civil(offset);
            prop_assert_eq!(
                Timestamp::from_civil(c.year, c.month, c.day, c.hour, c.minute, offset),
                Some(t)
            );
        }

        #[test]
        fn datetime_local_round_trips_across_daylight_saving(
            minutes in 29_412_000i64..29_937_600 // 2025-12-03 to 2026-12-03
        ) {
            // The wall-clock time an instant shows reads back as that instant, except the second
            // pass through the hour lived twice, which reads as the first.
            let t = Timestamp(minutes * MS_PER_MINUTE);
            let shown = t.to_local_input(berlin_2026(t));
            let read = parse_local_datetime(&shown, berlin_2026);
            let second_pass = (ts("2026-10-25T01:00:00Z")..ts("2026-10-25T02:00:00Z")).contains(&t);
            let expected = if second_pass { t.plus_hours(-1) } else { t };
            prop_assert_eq!(read, Some(expected));
        }

        #[test]
        fn days_round_trip(days in -100_000_000i64..100_000_000) {
            let (y, m, d) = civil_from_days(days);
            prop_assert_eq!(days_from_civil(y, m, d), days);
            prop_assert_eq!(
                Weekday::from_days(days + 1).index(),
                (Weekday::from_days(days).index() + 1) % 7
            );
        }
    }
}
