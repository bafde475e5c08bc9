//! Relative offsets made of a length ("three weeks ago", "two days later", "in the
//! coming months") through the whole extractor. Invented sentences.

use super::tests::d;
use crate::extract::{
    extract_from_prose, Approx, Direction, MentionValue, RelativeOffset, RelativeTo, TimeUnit,
};

use Approx::*;
use TimeUnit::*;

/// The single relative offset in `s`.
fn one_relative(s: &str) -> (&str, RelativeOffset, Approx) {
    let found: Vec<_> = extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Relative(r) => Some((&s[m.span.range()], r, m.approx)),
            _ => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "{s:?} gave {:?}", extract_from_prose(s));
    found[0]
}

fn rel(
    milli: u64,
    unit: TimeUnit,
    indefinite: bool,
    dir: Direction,
    to: RelativeTo,
) -> RelativeOffset {
    RelativeOffset {
        by: d(milli, unit, indefinite, false),
        direction: dir,
        relative_to: to,
    }
}

use Direction::*;
use RelativeTo::*;

#[test]
fn relative_with_durations() {
    assert_eq!(
        one_relative("a week before the vote"),
        ("a week before", rel(1000, Week, true, Before, Event), Exact)
    );
    assert_eq!(
        one_relative("Two days later, it fell."),
        ("Two days later", rel(2000, Day, false, After, Event), Exact)
    );
    assert_eq!(
        one_relative("one week before launch"),
        (
            "one week before",
            rel(1000, Week, false, Before, Event),
            Exact
        )
    );
    assert_eq!(
        one_relative("three days ago"),
        (
            "three days ago",
            rel(3000, Day, false, Before, Anchor),
            Exact
        )
    );
    assert_eq!(
        one_relative("Forty years from now, the dam will be gone."),
        (
            "Forty years from now",
            rel(40000, Year, false, After, Anchor),
            Exact
        )
    );
    assert_eq!(
        one_relative("about a month earlier"),
        (
            "about a month earlier",
            rel(1000, Month, true, Before, Event),
            About
        )
    );
    assert_eq!(
        one_relative("It rained a week earlier."),
        (
            "a week earlier",
            rel(1000, Week, true, Before, Event),
            Exact
        )
    );
    assert_eq!(
        one_relative("a day later"),
        ("a day later", rel(1000, Day, true, After, Event), Exact)
    );
    assert_eq!(
        one_relative("a minute and a half later"),
        (
            "a minute and a half later",
            rel(1500, Minute, true, After, Event),
            Exact
        )
    );
    assert_eq!(
        one_relative("one day after the fire"),
        ("one day after", rel(1000, Day, false, After, Event), Exact)
    );
    assert_eq!(
        one_relative("more than 10 years after"),
        (
            "more than 10 years after",
            rel(10_000, Year, false, After, Event),
            AtLeast
        )
    );
}
