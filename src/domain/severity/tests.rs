use super::*;
use crate::domain::time::Weekday;

fn at(day: u32, hour: u32, minute: u32, offset: i32) -> Timestamp {
    // November 2026: the 24th is a Tuesday, the 27th a Friday, the 30th a Monday.
    Timestamp::from_civil(2026, 11, day, hour, minute, offset).unwrap()
}

fn at_dec(day: u32, hour: u32, minute: u32, offset: i32) -> Timestamp {
    Timestamp::from_civil(2026, 12, day, hour, minute, offset).unwrap()
}

fn business_day_due(created: Timestamp, offset: i32) -> Timestamp {
    first_response_due(
        created,
        ResponseTarget::BusinessDay,
        &BusinessHours::default(),
        |_| offset,
    )
}

#[test]
fn letters_round_trip() {
    assert_eq!(Severity::ALL.map(Severity::letter), ['A', 'B', 'C']);
    for severity in Severity::ALL {
        assert_eq!(Severity::from_letter(severity.letter()), Some(severity));
        assert_eq!(
            Severity::from_letter(severity.letter().to_ascii_lowercase()),
            Some(severity)
        );
        assert_eq!(Severity::parse(severity.name()), Some(severity));
    }
    assert_eq!(Severity::from_letter('D'), None);
    assert_eq!(Severity::parse(" b "), Some(Severity::Moderate));
    assert_eq!(Severity::parse("CRITICAL"), Some(Severity::Critical));
    assert_eq!(Severity::parse(""), None);
    assert_eq!(Severity::parse("AB"), None);
    assert_eq!(Severity::parse("ä"), None);
}

#[test]
fn critical_incident_targets_follow_the_table() {
    assert_eq!(
        Severity::Critical.critical_incident_target(),
        ResponseTarget::Hours(2)
    );
    assert_eq!(
        Severity::Moderate.critical_incident_target(),
        ResponseTarget::Hours(4)
    );
    assert_eq!(
        Severity::Minimal.critical_incident_target(),
        ResponseTarget::Hours(8)
    );
    for severity in Severity::ALL {
        assert_eq!(
            first_response_target(severity, IncidentKind::CriticalTechnical),
            severity.critical_incident_target()
        );
        assert_eq!(
            first_response_target(severity, IncidentKind::Other),
            ResponseTarget::BusinessDay
        );
    }
    assert_eq!(ResponseTarget::Hours(2).describe(), "2 hours");
    assert_eq!(ResponseTarget::Hours(1).describe(), "1 hour");
    assert_eq!(ResponseTarget::BusinessDay.describe(), "1 business day");
}

#[test]
fn incident_kind_rule() {
    use IncidentKind::{CriticalTechnical, Other};
    use ServiceFamily::*;
    assert_eq!(
        IncidentKind::for_request(Azure, Some(IssueType::Technical)),
        CriticalTechnical
    );
    assert_eq!(
        IncidentKind::for_request(Azure, Some(IssueType::Billing)),
        Other
    );
    assert_eq!(
        IncidentKind::for_request(Azure, Some(IssueType::SubscriptionManagement)),
        Other
    );
    assert_eq!(
        IncidentKind::for_request(Azure, Some(IssueType::ServiceAndSubscriptionLimits)),
        Other
    );
    assert_eq!(IncidentKind::for_request(Azure, None), Other);
    for family in [Office365, DynamicsCrmOnline, EnterpriseMobilitySuite] {
        assert_eq!(IncidentKind::for_request(family, None), CriticalTechnical);
        assert_eq!(
            IncidentKind::for_request(family, Some(IssueType::Technical)),
            CriticalTechnical
        );
        assert_eq!(
            IncidentKind::for_request(family, Some(IssueType::Billing)),
            Other
        );
    }
    assert_eq!(IncidentKind::for_request(OutOfScope, None), Other);
    assert_eq!(
        IncidentKind::for_request(OutOfScope, Some(IssueType::Technical)),
        Other
    );
}

#[test]
fn hour_targets_run_round_the_clock() {
    let friday_late = at(27, 16, 0, 0);
    let hours = BusinessHours::default();
    assert_eq!(
        first_response_due(friday_late, ResponseTarget::Hours(2), &hours, |_| 0),
        at(27, 18, 0, 0)
    );
    assert_eq!(
        first_response_due(friday_late, ResponseTarget::Hours(8), &hours, |_| 0),
        at(28, 0, 0, 0)
    );
}

#[test]
fn business_day_examples_in_utc() {
    assert_eq!(at(27, 0, 0, 0).civil(0).weekday, Weekday::Friday);
    // Friday 16:00 -> Monday 16:00.
    assert_eq!(business_day_due(at(27, 16, 0, 0), 0), at(30, 16, 0, 0));
    // Saturday 10:00 -> Monday 17:00.
    assert_eq!(business_day_due(at(28, 10, 0, 0), 0), at(30, 17, 0, 0));
    // Sunday just before midnight -> Monday 17:00.
    assert_eq!(business_day_due(at(29, 23, 59, 0), 0), at(30, 17, 0, 0));
    // Tuesday 08:00, before opening -> Tuesday 17:00.
    assert_eq!(business_day_due(at(24, 8, 0, 0), 0), at(24, 17, 0, 0));
    // Tuesday at opening -> Tuesday 17:00.
    assert_eq!(business_day_due(at(24, 9, 0, 0), 0), at(24, 17, 0, 0));
    // Tuesday mid-day -> Wednesday, same time.
    assert_eq!(business_day_due(at(24, 12, 30, 0), 0), at(25, 12, 30, 0));
    // Tuesday at closing -> Wednesday 17:00.
    assert_eq!(business_day_due(at(24, 17, 0, 0), 0), at(25, 17, 0, 0));
    // Friday at closing -> Monday 17:00.
    assert_eq!(business_day_due(at(27, 17, 0, 0), 0), at(30, 17, 0, 0));
    // Monday 30 November 16:00 -> Tuesday 1 December 16:00 (month boundary).
    assert_eq!(business_day_due(at(30, 16, 0, 0), 0), at_dec(1, 16, 0, 0));
}

#[test]
fn business_day_in_the_partners_time_zone() {
    let moscow = 180;
    // Friday 16:00 in Moscow is 13:00 UTC -> Monday 16:00 Moscow.
    assert_eq!(
        business_day_due(at(27, 16, 0, moscow), moscow),
        at(30, 16, 0, moscow)
    );
    // Friday 22:30 UTC is already Saturday 01:30 in Moscow -> Monday 17:00 Moscow.
    assert_eq!(
        business_day_due(at(27, 22, 30, 0), moscow),
        at(30, 17, 0, moscow)
    );
    assert_eq!(at(30, 17, 0, moscow), at(30, 14, 0, 0));

    let new_york = -300;
    // Saturday 02:00 UTC is still Friday 21:00 in New York -> Monday 17:00 New York.
    assert_eq!(
        business_day_due(at(28, 2, 0, 0), new_york),
        at(30, 17, 0, new_york)
    );
    assert_eq!(at(30, 17, 0, new_york), at(30, 22, 0, 0));
    // Tuesday 13:00 UTC is Tuesday 08:00 in New York -> Tuesday 17:00 New York.
    assert_eq!(
        business_day_due(at(24, 13, 0, 0), new_york),
        at(24, 22, 0, 0)
    );

    let india = 330;
    // Monday 10:15 in India -> Tuesday 10:15 in India.
    assert_eq!(
        business_day_due(at(30, 10, 15, india), india),
        at_dec(1, 10, 15, india)
    );
}

/// Berlin's offset in autumn 2026: summer time (UTC+2) until 25 October 01:00 UTC, then UTC+1.
fn berlin_autumn(at: Timestamp) -> i32 {
    if at < Timestamp::from_civil(2026, 10, 25, 1, 0, 0).unwrap() {
        120
    } else {
        60
    }
}

#[test]
fn business_hours_stay_on_the_partners_clock_over_a_change_of_the_clocks() {
    let berlin = |day, hour, offset| Timestamp::from_civil(2026, 10, day, hour, 0, offset).unwrap();
    let due = |created| {
        first_response_due(
            created,
            ResponseTarget::BusinessDay,
            &BusinessHours::default(),
            berlin_autumn,
        )
    };
    // Friday 23 October 16:00 summer time -> Monday 26 October 16:00 winter time (15:00 UTC),
    // not 14:00 UTC (15:00 on the partner's clock) as Friday's offset would make it.
    assert_eq!(due(berlin(23, 16, 120)), berlin(26, 16, 60));
    assert_eq!(berlin(26, 16, 60), berlin(26, 15, 0));
    // Saturday, during the weekend that changes the clocks -> Monday 17:00 winter time.
    assert_eq!(due(berlin(24, 11, 120)), berlin(26, 17, 60));
    // A weekday on either side: the same hour the next day.
    assert_eq!(due(berlin(22, 10, 120)), berlin(23, 10, 120));
    assert_eq!(due(berlin(27, 10, 60)), berlin(28, 10, 60));
}

#[test]
fn custom_and_nonsense_business_hours() {
    let long_day = BusinessHours {
        start_hour: 8,
        end_hour: 18,
    };
    // Ten business hours: one on Monday evening, nine on Tuesday from 08:00.
    assert_eq!(
        first_response_due(
            at(30, 17, 0, 0),
            ResponseTarget::BusinessDay,
            &long_day,
            |_| 0
        ),
        at_dec(1, 17, 0, 0)
    );
    let round_the_clock = BusinessHours {
        start_hour: 0,
        end_hour: 24,
    };
    assert_eq!(
        first_response_due(
            at(27, 16, 0, 0),
            ResponseTarget::BusinessDay,
            &round_the_clock,
            |_| 0
        ),
        at(30, 16, 0, 0)
    );
    let backwards = BusinessHours {
        start_hour: 17,
        end_hour: 9,
    };
    assert_eq!(
        first_response_due(
            at(27, 16, 0, 0),
            ResponseTarget::BusinessDay,
            &backwards,
            |_| 0
        ),
        at(28, 16, 0, 0)
    );
}

#[test]
fn only_english_support_is_round_the_clock() {
    assert!(targets_hold_for_language(SupportLanguage::EnUs));
    for language in SupportLanguage::ALL {
        assert_eq!(
            targets_hold_for_language(language),
            language == SupportLanguage::EnUs
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use crate::domain::time::MS_PER_DAY;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn business_day_due_lies_in_business_hours(
            ms in 0i64..4_102_444_800_000,
            offset in -720i32..=840,
        ) {
            let created = Timestamp(ms);
            let due = business_day_due(created, offset);
            prop_assert!(due.0 >= created.0 + 8 * MS_PER_HOUR);
            // At most a weekend plus a day and a bit later.
            prop_assert!(due.0 <= created.0 + 4 * MS_PER_DAY);
            let local = due.civil(offset);
            prop_assert!(!local.weekday.is_weekend());
            let minute_of_day = local.hour * 60 + local.minute;
            prop_assert!((9 * 60..=17 * 60).contains(&minute_of_day));
        }

        #[test]
        fn due_never_panics(
            ms in any::<i64>(),
            offset in any::<i32>(),
            start in any::<u32>(),
            end in any::<u32>(),
            n in any::<u32>(),
        ) {
            let hours = BusinessHours { start_hour: start, end_hour: end };
            let created = Timestamp(ms);
            let _ = first_response_due(created, ResponseTarget::BusinessDay, &hours, |_| offset);
            let _ = first_response_due(created, ResponseTarget::Hours(n), &hours, |_| offset);
        }
    }
}
