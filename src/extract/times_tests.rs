//! Tests of the clock-time recogniser: forms, zones, noon and midnight. Invented text.

use super::*;

fn times(s: &str) -> Vec<(&str, TimeOfDay)> {
    let mut out = Vec::new();
    find_times(s, &Triggers::of(s), &mut out);
    out.into_iter()
        .map(|m| match m.value {
            MentionValue::Time(t) => (&s[m.span.range()], t),
            other => panic!("not a time: {other:?}"),
        })
        .collect()
}

fn t(hour: u32, minute: u32, zone: Option<Zone>) -> TimeOfDay {
    TimeOfDay {
        hour,
        minute,
        zone,
        end_of_day: false,
    }
}

/// The starts [`time_starts`] proposes find every time a full scan finds.
#[test]
fn searching_from_time_starts_is_the_full_scan() {
    use crate::extract::scan::{captures_of_match, Digits};
    let vocabulary = [
        "4",
        "12",
        "0230",
        "1.30",
        "11.05",
        "3",
        ":",
        "45",
        "pm",
        "p.m.",
        "am",
        "A.M.",
        "in",
        "the",
        "morning",
        "afternoon",
        "evening",
        "at",
        "night",
        "o'clock",
        "o\u{2019}clock",
        "noon",
        "midnight",
        "GMT",
        "EST",
        "of",
        "session",
        "2.5",
        "in the morning",
        "o'clock at night",
        ".30pm",
    ];
    for text in crate::extract::triggers::sample_texts(&vocabulary, 3000) {
        let triggers = Triggers::of(&text);
        let mut found = Vec::new();
        find_times(&text, &triggers, &mut found);
        let found: Vec<_> = found.iter().map(|m| m.span.range()).collect();
        let full: Vec<_> = TIME_RE
            .find_iter(&text)
            .filter(|m| {
                captures_of_match(&TIME_RE, Digits::Distinct, &text, m.range()).is_some_and(
                    |caps| !not_a_time(&text, &caps) && time_from_captures(&caps, &TG).is_some(),
                )
            })
            .map(|m| m.range())
            .collect();
        assert_eq!(found, full, "{text:?}");
    }
}

#[test]
fn hours_said_with_their_part_of_the_day() {
    assert_eq!(
        times("He will leave at 4 in the morning and return at 10 o'clock at night."),
        [
            ("4 in the morning", t(4, 0, None)),
            ("10 o'clock at night", t(22, 0, None))
        ]
    );
    assert_eq!(
        times("The train left at 1.30pm."),
        [("1.30pm", t(13, 30, None))]
    );
    // The sentence's full stop is not part of "pm".
    assert_eq!(times("It ended at 3pm."), [("3pm", t(15, 0, None))]);
    assert!(times("They were 84 for 4 in the morning session.").is_empty());
    assert!(times("Growth was 1.30 in the year.").is_empty());
}

#[test]
fn twelve_hour_forms() {
    assert_eq!(
        times("The vote closed at 12:49 p.m. sharp."),
        [("12:49 p.m.", t(12, 49, None))]
    );
    assert_eq!(times("Doors open at 9 a.m."), [("9 a.m.", t(9, 0, None))]);
    assert_eq!(times("by 3pm today"), [("3pm", t(15, 0, None))]);
    assert_eq!(times("at 12 AM"), [("12 AM", t(0, 0, None))]);
    assert_eq!(
        times("at 11:15 PM PT."),
        [("11:15 PM PT", t(23, 15, Some(Zone::Pt)))]
    );
}

#[test]
fn twenty_four_hour_and_zones() {
    assert_eq!(
        times("posted 12:01 ET"),
        [("12:01 ET", t(12, 1, Some(Zone::Et)))]
    );
    assert_eq!(
        times("at 13:33 GMT,"),
        [("13:33 GMT", t(13, 33, Some(Zone::Gmt)))]
    );
    assert_eq!(times("at 18:05"), [("18:05", t(18, 5, None))]);
    assert_eq!(
        times("at 9:30 CET"),
        [("9:30 CET", t(9, 30, Some(Zone::Cet)))]
    );
}

#[test]
fn noon_and_midnight() {
    assert_eq!(times("until noon"), [("noon", t(12, 0, None))]);
    assert_eq!(times("at 12 noon"), [("12 noon", t(12, 0, None))]);
    assert_eq!(times("at midday"), [("midday", t(12, 0, None))]);
    // Midnight just before its day starts it; as a deadline, or with no day after
    // it, it ends its day: T24:00 in TIMEX3, 1440 minutes in.
    let midnight = t(0, 0, Some(Zone::Est));
    assert_eq!(times("Midnight EST Sunday"), [("Midnight EST", midnight)]);
    assert_eq!(midnight.timex(), "T00:00");
    assert_eq!(midnight.minutes_into_day(), 0);
    let deadline = TimeOfDay {
        end_of_day: true,
        ..t(0, 0, None)
    };
    assert_eq!(deadline.minutes_into_day(), 1440);
    assert_eq!(times("fireworks at midnight."), [("midnight", deadline)]);
    assert!(
        !times("The mudslide struck shortly after midnight.")[0]
            .1
            .end_of_day
    );
    assert_eq!(times("open until midnight"), [("midnight", deadline)]);
    assert_eq!(deadline.timex(), "T24:00");
    assert_eq!(
        times("The offer expires at midnight Friday."),
        [("midnight", deadline)]
    );
    assert!(
        !times("He was shot shortly after midnight Sunday.")[0]
            .1
            .end_of_day
    );
    assert!(times("He fouled with 1:14 left in the game.").is_empty());
    assert_eq!(t(7, 5, Some(Zone::Gmt)).timex(), "T07:05Z");
    assert_eq!(times("AT NOON"), [("NOON", t(12, 0, None))]);
    // Only the cases news writes; a word that merely starts with one is none.
    assert!(times("until nOON").is_empty());
    assert!(times("Noonan and midnights").is_empty());
    // Names.
    assert!(times("the band Midnight Oil played").is_empty());
    assert!(times("skipper of Midnight Rambler said").is_empty());
}

#[test]
fn not_times() {
    assert!(times("a ratio of 3:1 in favour").is_empty());
    assert!(times("won in 2:03:45 flat").is_empty());
    assert!(times("at 25:00").is_empty());
    assert!(times("at 13 p.m.").is_empty());
    assert!(times("the 9 amendments").is_empty());
    assert!(times("afternoon snack").is_empty());
    // The day of a month, not an hour.
    assert!(times("Talks resumed on May 3 in the afternoon.").is_empty());
    assert!(times("They met on Sept. 9 in the evening.").is_empty());
    assert!(times("café — 12 días").is_empty());
}
