//! Date and weekday tests, run through the whole extractor so overlap handling with
//! times and durations is covered too. All sentences are invented.

use crate::document::Span;
use crate::extract::{
    extract_from_prose, MentionValue, TimeOfDay, WeekdayPart, WrittenDate, WrittenYear, Zone,
};
use chrono::Weekday;

/// Every date mention in `s` as (span text, date).
fn dates(s: &str) -> Vec<(&str, WrittenDate)> {
    extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Date(d) => Some((&s[m.span.range()], d)),
            _ => None,
        })
        .collect()
}

/// The single date in `s`, as (span text, year, month, day).
fn one(s: &str) -> (&str, Option<WrittenYear>, Option<u32>, Option<u32>) {
    let found = dates(s);
    assert_eq!(found.len(), 1, "{s:?} gave {found:?}");
    let (text, d) = found[0];
    (text, d.year, d.month, d.day)
}

use WrittenYear::{Full, TwoDigit};

#[test]
fn month_first() {
    assert_eq!(
        one("It opened on February 18 downtown."),
        ("February 18", None, Some(2), Some(18))
    );
    assert_eq!(
        one("It opened Feb. 18."),
        ("Feb. 18", None, Some(2), Some(18))
    );
    assert_eq!(
        one("It opened Feb 18 again"),
        ("Feb 18", None, Some(2), Some(18))
    );
    assert_eq!(
        one("It opened Feb 18th again"),
        ("Feb 18th", None, Some(2), Some(18))
    );
    assert_eq!(
        one("It opened Feb. 1st again"),
        ("Feb. 1st", None, Some(2), Some(1))
    );
    assert_eq!(
        one("Filed February 18, 2022, in court."),
        ("February 18, 2022", Some(Full(2022)), Some(2), Some(18))
    );
    assert_eq!(
        one("Filed Sept. 9, 2021."),
        ("Sept. 9, 2021", Some(Full(2021)), Some(9), Some(9))
    );
    assert_eq!(
        one("Filed in May 2022."),
        ("May 2022", Some(Full(2022)), Some(5), None)
    );
}

#[test]
fn day_first_and_numeric() {
    assert_eq!(
        one("Signed 18 February 2022 in Rome."),
        ("18 February 2022", Some(Full(2022)), Some(2), Some(18))
    );
    assert_eq!(
        one("Signed 18 Feb 2022."),
        ("18 Feb 2022", Some(Full(2022)), Some(2), Some(18))
    );
    assert_eq!(
        one("UPDATED 13 MAY 22"),
        ("13 MAY 22", Some(TwoDigit(22)), Some(5), Some(13))
    );
    assert_eq!(
        one("on the 18th of February"),
        ("18th of February", None, Some(2), Some(18))
    );
    assert_eq!(
        one("logged 2022-02-18."),
        ("2022-02-18", Some(Full(2022)), Some(2), Some(18))
    );
    assert_eq!(
        one("dated 5/13/2022."),
        ("5/13/2022", Some(Full(2022)), Some(5), Some(13))
    );
    assert_eq!(
        one("dated 5/13/22 here"),
        ("5/13/22", Some(TwoDigit(22)), Some(5), Some(13))
    );
}

#[test]
fn bare_years_need_a_cue() {
    assert_eq!(
        one("It closed in 2022."),
        ("2022", Some(Full(2022)), None, None)
    );
    assert_eq!(
        one("Open since 1999"),
        ("1999", Some(Full(1999)), None, None)
    );
    assert_eq!(
        one("by mid-2021 it had"),
        ("2021", Some(Full(2021)), None, None)
    );
    assert_eq!(
        one("sales in fiscal 1989 rose"),
        ("1989", Some(Full(1989)), None, None)
    );
    assert_eq!(
        one("bonds due 1993 and"),
        ("1993", Some(Full(1993)), None, None)
    );
    assert!(dates("He bought 2022 tickets.").is_empty());
    assert!(dates("It rose to 1500 people.").is_empty());
    assert!(dates("up by 2000 percent").is_empty());
    assert!(dates("in the 1990s").is_empty());
    assert!(dates("in 1,500 homes").is_empty());
    assert!(dates("in 2021-22 season").is_empty());
    assert!(dates("from 1800 GMT").is_empty());
    assert!(dates("from 999 to 3000").is_empty());
}

#[test]
fn impossible_dates_are_kept_as_written() {
    assert_eq!(one("due April 31."), ("April 31", None, Some(4), Some(31)));
    assert_eq!(
        one("due February 30, 2023"),
        ("February 30, 2023", Some(Full(2023)), Some(2), Some(30))
    );
    assert_eq!(
        one("due 2023-02-30"),
        ("2023-02-30", Some(Full(2023)), Some(2), Some(30))
    );
}

#[test]
fn not_dates() {
    for s in [
        "Officials said the storm may 18 people displace.",
        "Protesters march 18 miles.",
        "They scored 3-1 at home.",
        "Add 1/2 cup of flour and 3/4 cup of milk.",
        "Upgrade to version 2.13.5 now.",
        "Rates rose 18 percent.",
        "the 45-year-old said",
        "Pills twice a day.",
        "It happened in May. 18 people came.",
        "It happened in May",
        "a ratio of 13/14/2022/5",
        "dated 13/13/2022",
        "dated 5/32/2022",
        "dated 2022-13-01",
    ] {
        assert!(dates(s).is_empty(), "{s:?} gave {:?}", dates(s));
    }
}

#[test]
fn rejected_two_digit_year_keeps_day_month() {
    let found = dates("On 13 May 22 people came.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "13 May");
    assert_eq!(found[0].1.year, None);
}

#[test]
fn weekday_with_date() {
    let s = "Friday, May 13, 2022, was busy.";
    let found = dates(s);
    assert_eq!(found.len(), 1);
    let (text, d) = found[0];
    assert_eq!(text, "Friday, May 13, 2022");
    assert_eq!(
        d.weekday,
        Some(WeekdayPart {
            weekday: Weekday::Fri,
            span: Span::new(0, 6)
        })
    );
    assert_eq!(&s[d.date_span.range()], "May 13, 2022");

    let found = dates("on Friday May 13 at dawn");
    assert_eq!(found[0].0, "Friday May 13");
    let found = dates("on Fri., May 13 again");
    assert_eq!(found[0].0, "Fri., May 13");
    assert_eq!(found[0].1.weekday.map(|w| w.weekday), Some(Weekday::Fri));
    let found = dates("on TUESDAY 3 JANUARY 2023");
    assert_eq!(found[0].0, "TUESDAY 3 JANUARY 2023");
    assert_eq!(found[0].1.weekday.map(|w| w.weekday), Some(Weekday::Tue));
}

#[test]
fn a_weekday_among_several_days_is_left_off_the_date() {
    // Which weekday goes with which day is a reading: no weekday on the date.
    for s in [
        "on Monday and Tuesday, April 24 and 25, in Rome",
        "on Tuesday, April 24 and 25",
        "set for Tuesday and Wednesday, April 25-26.",
        "from Thurs. to Sat., May 4 through 6",
        "Sunday night and Monday, April 30 and May 1",
        "late Monday and early Tuesday, April 24 and April 25",
        "on Saturday and again on Sunday, May 6 and May 7",
        "on Monday/Tuesday, April 24/25",
        "left on Saturday and docked on Tuesday, Dec. 30 and Jan. 2",
    ] {
        let found = dates(s);
        assert!(!found.is_empty(), "no date in {s:?}");
        assert!(found[0].1.weekday.is_none(), "{s:?}: {:?}", found[0]);
    }
    // One weekday and one day keep each other.
    for s in [
        "opens Tuesday, April 25 and runs to Friday",
        "on Monday, April 24, and Tuesday, April 25",
        "in Mondays' papers; Tuesday, April 25, 2023",
        "Last week. On Thursday, May 12, 2023 the mill shut",
    ] {
        let found = dates(s);
        assert!(found[0].1.weekday.is_some(), "{s:?}: {:?}", found[0]);
    }
    // Each weekday with its own day, one after the other: both pairs hold.
    let found = dates("sits on Monday, June 4, and Thursday, June 7.");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|(_, d)| d.weekday.is_some()), "{found:?}");
}

#[test]
fn date_with_time() {
    let s = "Originally Published: 13 MAY 22 12:01 ET";
    let found = dates(s);
    assert_eq!(found.len(), 1);
    let (text, d) = found[0];
    assert_eq!(text, "13 MAY 22 12:01 ET");
    assert_eq!(d.year, Some(TwoDigit(22)));
    assert_eq!(
        d.time,
        Some(TimeOfDay {
            hour: 12,
            minute: 1,
            zone: Some(Zone::Et),
            end_of_day: false,
        })
    );
    assert_eq!(&s[d.date_span.range()], "13 MAY 22");

    let found = dates("Updated May 13, 2022, 12:49 p.m. and again");
    assert_eq!(found[0].0, "May 13, 2022, 12:49 p.m.");
    assert_eq!(found[0].1.time.map(|t| (t.hour, t.minute)), Some((12, 49)));

    let found = dates("Posted 5/13/2022, 12:49 p.m.");
    assert_eq!(found[0].0, "5/13/2022, 12:49 p.m.");
    assert_eq!(found[0].1.time.map(|t| t.hour), Some(12));

    let found = dates("Thursday, Jan. 5, 2023 at 9 a.m. PT, they met");
    assert_eq!(found[0].0, "Thursday, Jan. 5, 2023 at 9 a.m. PT");
    assert_eq!(
        found[0].1.time,
        Some(TimeOfDay {
            hour: 9,
            minute: 0,
            zone: Some(Zone::Pt),
            end_of_day: false,
        })
    );
}

#[test]
fn whitespace_runs_separate_tokens() {
    assert_eq!(
        one("on May    13,\n  2022"),
        ("May    13,\n  2022", Some(Full(2022)), Some(5), Some(13))
    );
}

#[test]
fn weekdays_alone() {
    let s = "On Friday the board met; Friday's vote and the Wed. session. Fridays vary. \
             Sun rises. Met Mr. Sun. Sat.";
    let found: Vec<_> = extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Weekday(w) => Some((&s[m.span.range()], w)),
            _ => None,
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Friday", Weekday::Fri),
            ("Friday", Weekday::Fri),
            ("Wed", Weekday::Wed)
        ]
    );
}

#[test]
fn weekdays_in_names_are_not_the_weeks_days() {
    let s = "Shops shut on Good Friday and Easter Monday; shares fell on Black Monday \
             and rose on Friday. He swept Super Tuesday.";
    let found: Vec<_> = extract_from_prose(s)
        .into_iter()
        .map(|m| {
            (
                &s[m.span.range()],
                matches!(m.value, MentionValue::Weekday(_)),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Good Friday", false),
            ("Easter Monday", false),
            ("Friday", true)
        ]
    );
}

#[test]
fn weekday_and_time_do_not_join_a_date_across_lines() {
    let prose = "Markets stay shut until Friday\nSeptember 18, 2008\n12:30 GMT is the deadline.";
    let mentions = extract_from_prose(prose);
    let date = mentions
        .iter()
        .find(|m| matches!(m.value, MentionValue::Date(_)))
        .expect("a date");
    assert_eq!(&prose[date.span.range()], "September 18, 2008");
    let MentionValue::Date(written) = &date.value else {
        unreachable!()
    };
    assert!(written.weekday.is_none() && written.time.is_none());
}

#[test]
fn a_number_ending_a_line_does_not_join_the_month_below() {
    assert_eq!(
        one("Founder dies aged 56\nOctober 6, 2011\nThe founder died."),
        ("October 6, 2011", Some(Full(2011)), Some(10), Some(6))
    );
}

/// Searching near triggers finds what `find_iter` finds over the whole text.
#[test]
fn matches_near_triggers_are_the_full_scans() {
    use crate::extract::triggers::assert_near_triggers_is_full_scan;
    let vocabulary = [
        "Friday",
        "Fri.",
        "Thurs",
        "on",
        "May",
        "may",
        "March",
        "Feb.",
        "Sept",
        "DEC",
        "June",
        "18",
        "18th",
        "3rd",
        "of",
        "2022",
        "22",
        "2022-02-18",
        "5/13/2022",
        "5/13/22",
        "1/2/3/4",
        "2022-02-18-",
        "12:49",
        "p.m.",
        "a.m.",
        "at",
        "EDT",
        "GMT",
        "noon",
        "12",
        "0230",
        "the",
        "people",
        "in",
        "x2022-01-01",
        "13 MAY 22 12:01 ET",
        "Friday, May 13, 2022, 12:49 p.m. EDT",
        "Feb. 18th, 2022, at 12:49 p.m. PT",
        "18th of February",
        "Friday, 18 February 2022",
        "Tues. 3rd of MARCH",
    ];
    assert_near_triggers_is_full_scan(&vocabulary, &super::DATE_RE, &|text, triggers| {
        Box::new(super::date_matches(text, triggers))
    });
}
