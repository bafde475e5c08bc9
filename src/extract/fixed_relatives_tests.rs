//! Tests of the fixed relative phrases through the whole extractor. Invented sentences.

use crate::extract::{
    extract_from_prose, Direction, Duration, MentionValue, RelativeOffset, RelativeTo, TimeUnit,
};

use Direction::*;
use RelativeTo::*;
use TimeUnit::*;

/// Every relative offset in `s`, with its text.
fn relatives(s: &str) -> Vec<(&str, RelativeOffset)> {
    extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Relative(r) => Some((&s[m.span.range()], r)),
            _ => None,
        })
        .collect()
}

/// An offset of a whole number of units, as the fixed phrases name them.
fn rel(
    milli_amount: u64,
    unit: TimeUnit,
    direction: Direction,
    relative_to: RelativeTo,
) -> RelativeOffset {
    RelativeOffset {
        by: Duration {
            milli_amount,
            unit,
            indefinite: false,
            adjectival: false,
        },
        direction,
        relative_to,
    }
}

#[test]
fn fixed_relatives() {
    let cases = [
        ("yesterday", rel(1000, Day, Before, Anchor)),
        ("Tomorrow", rel(1000, Day, After, Anchor)),
        ("the day before", rel(1000, Day, Before, Event)),
        ("the day after", rel(1000, Day, After, Event)),
        ("the next day", rel(1000, Day, After, Event)),
        ("the following week", rel(1000, Week, After, Event)),
        ("the previous day", rel(1000, Day, Before, Event)),
    ];
    for (phrase, expected) in cases {
        let s = format!("It rained {phrase}, they said.");
        let found = relatives(&s);
        assert_eq!(found, [(phrase, expected)], "{s:?}");
    }
}

#[test]
fn two_units_back_or_on() {
    let found = extract_from_prose("The dam cracked the day before yesterday.");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].value,
        MentionValue::Relative(rel(2000, Day, Before, Anchor))
    );
    let found = extract_from_prose("The fair opens the week after next.");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].value,
        MentionValue::Period(crate::extract::PeriodExpr {
            unit: crate::extract::PeriodUnit::Week,
            position: crate::extract::PeriodPosition::Shift(2),
        })
    );
    let text = "The year before last was bad.";
    let found = extract_from_prose(text);
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.range()], "The year before last");
    // "last" that starts a phrase of its own is not part of it.
    let found = extract_from_prose("The day before last week's vote, the hall was empty.");
    assert!(found.iter().all(|m| !matches!(
        m.value,
        MentionValue::Relative(RelativeOffset {
            relative_to: RelativeTo::Anchor,
            ..
        })
    )));
}

/// Searching near triggers finds what `find_iter` finds over the whole text.
#[test]
fn matches_near_triggers_are_the_full_scans() {
    use crate::extract::triggers::assert_near_triggers_is_full_scan;
    let vocabulary = [
        "the",
        "The",
        "THE",
        "next",
        "following",
        "previous",
        "prior",
        "preceding",
        "day",
        "week",
        "month",
        "year",
        "days",
        "before",
        "after",
        "earlier",
        "later",
        "yesterday",
        "Tomorrow",
        "tomorrow",
        "weekday",
        "someday",
        "of",
        "x1",
        "last",
        "12",
    ];
    assert_near_triggers_is_full_scan(&vocabulary, &super::FIXED_RELATIVE_RE, &|text, triggers| {
        Box::new(super::fixed_relative_matches(text, triggers))
    });
}
