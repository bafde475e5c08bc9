//! Durations in ranges ("two to three weeks"), in "-long" compounds ("a week-long
//! strike") and as whole units ("a full year", "the past fortnight"), through the whole
//! extractor. Invented sentences.

use super::tests::durations;
use crate::extract::{Approx, TimeUnit};

use Approx::*;
use TimeUnit::*;

#[test]
fn the_lower_end_of_a_range_is_a_length_of_the_same_unit() {
    assert_eq!(
        durations("The work takes between 60 and 90 days."),
        vec![
            ("60", 60_000, Day, AtLeast),
            ("90 days", 90_000, Day, AtMost)
        ]
    );
    assert_eq!(
        durations("Shipments resume within two to three weeks."),
        vec![
            ("two", 2_000, Week, AtLeast),
            ("three weeks", 3_000, Week, AtMost)
        ]
    );
    assert_eq!(
        durations("Terms run 5-10 years, or one or two years."),
        vec![
            ("5", 5_000, Year, AtLeast),
            ("10 years", 10_000, Year, AtMost),
            ("one", 1_000, Year, AtLeast),
            ("two years", 2_000, Year, AtMost)
        ]
    );
}

#[test]
fn numbers_before_a_length_that_are_no_range() {
    // A year, an amount of money, a decimal, a larger number and "and" with no
    // "between" are not the lower end of a range.
    for text in [
        "In 2008 and 10 years of peace it grew.",
        "He paid $5 to 10 days of wages.",
        "It is set for 1.5 to 2 years.",
        "The score went 12 to 3 days in.",
        "Pay 5 and 10 years of dues.",
    ] {
        let found = durations(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].3, Exact, "{text}");
    }
}

#[test]
fn unit_long_compounds_are_loose_lengths() {
    assert_eq!(
        durations("A week-long festival opened."),
        vec![("week-long", 1_000, Week, Rough)]
    );
    assert_eq!(
        durations("The day-long strike ended, as did the 10-year-long drought."),
        vec![
            ("day-long", 1_000, Day, Rough),
            ("10-year-long", 10_000, Year, About)
        ]
    );
    assert_eq!(
        durations("Their year-long probe ended."),
        vec![("year-long", 1_000, Year, Rough)]
    );
    // "decades-long" has no amount; "long-term" is no length.
    assert!(durations("A decades-long feud and a long-term plan.").is_empty());
}

#[test]
fn ranges_next_to_unicode_and_other_numbers() {
    // Quotes and dashes of more than one byte before the lower end.
    assert_eq!(
        durations("“Two to three weeks,” she said."),
        vec![
            ("Two", 2_000, Week, AtLeast),
            ("three weeks", 3_000, Week, AtMost)
        ]
    );
    assert_eq!(
        durations("Wait—two to three weeks—for results."),
        vec![
            ("two", 2_000, Week, AtLeast),
            ("three weeks", 3_000, Week, AtMost)
        ]
    );
    // A letter glued before it, a larger number, a clock time: no lower end.
    for text in [
        "é60 and 90 days",
        "It took two hundred to three hundred years.",
        "Between 0900 and 1100 hours it rained.",
    ] {
        assert!(
            durations(text).iter().all(|d| d.3 == Exact),
            "{text}: {:?}",
            durations(text)
        );
    }
    // Across a line break.
    assert_eq!(
        durations("Shipments resume in two to\nthree weeks."),
        vec![
            ("two", 2_000, Week, AtLeast),
            ("three weeks", 3_000, Week, AtMost)
        ]
    );
}

#[test]
fn unit_long_compounds_are_rough() {
    assert_eq!(
        durations("A weeklong festival began, not a week-longer one."),
        vec![
            ("weeklong", 1_000, Week, Rough),
            ("a week", 1_000, Week, Exact)
        ]
    );
    assert_eq!(
        durations("The 10-year-long drought and an hour-long talk."),
        vec![
            ("10-year-long", 10_000, Year, About),
            ("hour-long", 1_000, Hour, Rough)
        ]
    );
}

#[test]
fn whole_units_and_the_past_fortnight() {
    assert_eq!(
        durations("The strike lasted a full week, then a whole year, then an entire month."),
        [
            ("a full week", 1000, TimeUnit::Week, Approx::Exact),
            ("a whole year", 1000, TimeUnit::Year, Approx::Exact),
            ("an entire month", 1000, TimeUnit::Month, Approx::Exact),
        ]
    );
    assert_eq!(
        durations("Prices rose over the past fortnight."),
        [("past fortnight", 1000, TimeUnit::Fortnight, Approx::Exact)]
    );
    // "last fortnight" is nearer a calendar time, and "the past week" is one.
    assert!(durations("They met last fortnight and over the past week.").is_empty());
}
