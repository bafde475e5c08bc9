//! Duration and relative-offset tests through the whole extractor. Invented sentences.

use crate::extract::{
    extract_from_prose, Approx, Direction, Duration, MentionValue, RelativeOffset, RelativeTo,
    TimeUnit,
};

/// Every duration in `s` as (span text, milli amount, unit, approx).
pub(super) fn durations(s: &str) -> Vec<(&str, u64, TimeUnit, Approx)> {
    extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Duration(d) => {
                Some((&s[m.span.range()], d.milli_amount, d.unit, m.approx))
            }
            _ => None,
        })
        .collect()
}

/// The single duration in `s`, full value.
fn one_duration(s: &str) -> (&str, Duration, Approx) {
    let found: Vec<_> = extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Duration(d) => Some((&s[m.span.range()], d, m.approx)),
            _ => None,
        })
        .collect();
    assert_eq!(found.len(), 1, "{s:?} gave {found:?}");
    found[0]
}

pub(super) fn d(milli_amount: u64, unit: TimeUnit, indefinite: bool, adjectival: bool) -> Duration {
    Duration {
        milli_amount,
        unit,
        indefinite,
        adjectival,
    }
}

use Approx::*;
use TimeUnit::*;

#[test]
fn digit_amounts() {
    assert_eq!(
        durations("held for 84 days"),
        [("84 days", 84_000, Day, Exact)]
    );
    assert_eq!(
        durations("a 1,200 year span"),
        [("1,200 year", 1_200_000, Year, Exact)]
    );
    assert_eq!(
        durations("took 1.5 hours"),
        [("1.5 hours", 1_500, Hour, Exact)]
    );
    assert_eq!(
        durations("took 2.25 hrs"),
        [("2.25 hrs", 2_250, Hour, Exact)]
    );
    assert_eq!(
        durations("waited 90 MINUTES"),
        [("90 MINUTES", 90_000, Minute, Exact)]
    );
    assert_eq!(
        durations("for 30 secs"),
        [("30 secs", 30_000, Second, Exact)]
    );
}

#[test]
fn word_amounts() {
    assert_eq!(
        durations("lasted eighty-four days"),
        [("eighty-four days", 84_000, Day, Exact)]
    );
    assert_eq!(
        durations("lasted twenty one years"),
        [("twenty one years", 21_000, Year, Exact)]
    );
    assert_eq!(
        durations("a dozen years on"),
        [("a dozen years", 12_000, Year, Exact)]
    );
    assert_eq!(
        durations("two hundred years"),
        [("two hundred years", 200_000, Year, Exact)]
    );
    assert_eq!(
        durations("Three decades passed"),
        [("Three decades", 3_000, Decade, Exact)]
    );
    assert_eq!(
        durations("two centuries"),
        [("two centuries", 2_000, Century, Exact)]
    );
    assert_eq!(
        durations("a fortnight"),
        [("a fortnight", 1_000, Fortnight, Exact)]
    );
    assert_eq!(
        durations("half an hour"),
        [("half an hour", 500, Hour, Exact)]
    );
    assert_eq!(
        durations("one and a half years"),
        [("one and a half years", 1_500, Year, Exact)]
    );
    // "one day" alone may mean "some day"; with a half added it is only a length.
    assert_eq!(
        durations("one and a half days"),
        [("one and a half days", 1_500, Day, Exact)]
    );
    assert_eq!(
        durations("one day and a half"),
        [("one day and a half", 1_500, Day, Exact)]
    );
    // So is "one day" after a word that measures it.
    assert_eq!(
        durations("The index fell 9% in one day."),
        [("one day", 1_000, Day, Exact)]
    );
    assert_eq!(
        durations("She had been mayor for only one day."),
        [("one day", 1_000, Day, Exact)]
    );
    assert!(durations("He hopes one day to sail home.").is_empty());
    assert!(durations("Rivers will one day run dry.").is_empty());
}

#[test]
fn indefinite_and_adjectival() {
    assert_eq!(
        one_duration("for a week"),
        ("a week", d(1000, Week, true, false), Exact)
    );
    assert_eq!(
        one_duration("took an hour"),
        ("an hour", d(1000, Hour, true, false), Exact)
    );
    assert_eq!(
        one_duration("the three-week trip"),
        ("three-week", d(3000, Week, false, true), Exact)
    );
    assert_eq!(
        one_duration("a 10-day visit"),
        ("10-day", d(10_000, Day, false, true), Exact)
    );
    assert_eq!(
        one_duration("an 84-day stay"),
        ("84-day", d(84_000, Day, false, true), Exact)
    );
}

#[test]
fn article_before_a_word_number_is_not_the_amount() {
    assert_eq!(
        one_duration("after a two-hour meeting"),
        ("two-hour", d(2000, Hour, false, true), Exact)
    );
    assert_eq!(
        one_duration("her one-day trip"),
        ("one-day", d(1000, Day, false, true), Exact)
    );
    assert_eq!(
        one_duration("for at least two more weeks"),
        (
            "at least two more weeks",
            d(2000, Week, false, false),
            AtLeast
        )
    );
}

#[test]
fn lengths_that_look_like_rates_are_kept() {
    assert_eq!(
        durations("it takes a week"),
        [("a week", 1_000, Week, Exact)]
    );
    assert_eq!(
        durations("it was a day of rest"),
        [("a day", 1_000, Day, Exact)]
    );
    assert_eq!(
        one_duration("a week-long strike"),
        ("week-long", d(1000, Week, true, true), Rough)
    );
}

#[test]
fn approx_markers() {
    assert_eq!(
        one_duration("approximately an hour"),
        ("approximately an hour", d(1000, Hour, true, false), About)
    );
    assert_eq!(
        durations("about 84 days"),
        [("about 84 days", 84_000, Day, About)]
    );
    assert_eq!(
        durations("some 40 years"),
        [("some 40 years", 40_000, Year, About)]
    );
    assert_eq!(
        durations("roughly six months"),
        [("roughly six months", 6_000, Month, About)]
    );
    assert_eq!(
        durations("nearly two weeks"),
        [("nearly two weeks", 2_000, Week, AtMost)]
    );
    assert_eq!(
        durations("almost a year"),
        [("almost a year", 1_000, Year, AtMost)]
    );
    assert_eq!(
        durations("more than 3 years"),
        [("more than 3 years", 3_000, Year, AtLeast)]
    );
    assert_eq!(
        durations("over 20 minutes"),
        [("over 20 minutes", 20_000, Minute, AtLeast)]
    );
    assert_eq!(
        durations("at least a decade"),
        [("at least a decade", 1_000, Decade, AtLeast)]
    );
    assert_eq!(
        durations("less than a day"),
        [("less than a day", 1_000, Day, AtMost)]
    );
    assert_eq!(
        durations("under 10 seconds"),
        [("under 10 seconds", 10_000, Second, AtMost)]
    );
    assert_eq!(
        durations("up to 5 years"),
        [("up to 5 years", 5_000, Year, AtMost)]
    );
    assert_eq!(
        durations("fewer than 9 days"),
        [("fewer than 9 days", 9_000, Day, AtMost)]
    );
}

#[test]
fn skipped_idioms() {
    for s in [
        "the 45-year-old driver",
        "a two-year-old child",
        "she is 3 years old",
        "pills twice a day",
        "meets once a week",
        "paid $50,000 a year",
        "saves $5 million a year",
        "open 24 hours a day",
        "pumps 300,000 barrels a day",
        "ate three meals a day",
        "the year-end results",
        "a day-care centre",
        "a decades-long silence",
        "500 (dollars) a year",
        "oil hit a year low",
        "every day",
        "each week",
        "day after day",
        "per day",
        "a second time",
        "One day he will return.",
        "several weeks",
        "a few days",
        "rates rose 18 percent",
    ] {
        let found: Vec<_> = extract_from_prose(s)
            .into_iter()
            .filter(|m| {
                matches!(m.value, MentionValue::Duration(_))
                    && !(s.starts_with("open") && &s[m.span.range()] == "24 hours")
            })
            .collect();
        assert!(found.is_empty(), "{s:?} gave {found:?}");
    }
}

#[test]
fn an_ordinal_second_before_a_quarter_is_no_duration() {
    assert!(durations("Profit fell in the 1988 second quarter.").is_empty());
    assert!(durations("Sales dipped in the 2020 second half.").is_empty());
}

#[test]
fn slash_halves_and_counting_words() {
    use TimeUnit::*;
    assert_eq!(
        durations("The crossing took 3 1/2 hours."),
        [("3 1/2 hours", 3_500, Hour, Approx::Exact)]
    );
    assert_eq!(
        durations("The index fell for five straight days."),
        [("five straight days", 5_000, Day, Approx::Exact)]
    );
    assert_eq!(
        durations("Refunds take ten business days."),
        [("ten business days", 10_000, Day, Approx::Exact)]
    );
}

#[test]
fn quarters_count_only_as_periods_of_time() {
    assert_eq!(
        durations("Profit fell for two quarters and for 3 quarters in a row."),
        [
            ("two quarters", 2000, TimeUnit::Quarter, Approx::Exact),
            ("3 quarters", 3000, TimeUnit::Quarter, Approx::Exact),
        ]
    );
    // Fractions, and "a quarter" (a fourth as often as three months), are no length.
    assert!(durations("Three-quarters of the vote and two quarters of the hall.").is_empty());
    assert!(durations("A quarter of the staff left.").is_empty());
}

/// Searching near triggers finds what `find_iter` finds over the whole text.
#[test]
fn matches_near_triggers_are_the_full_scans() {
    use crate::extract::triggers::assert_near_triggers_is_full_scan;
    let vocabulary = [
        "about",
        "more",
        "than",
        "nearly",
        "some",
        "a",
        "an",
        "half",
        "and",
        "two",
        "twenty",
        "one",
        "hundred",
        "dozen",
        "12",
        "1,200",
        "1.5",
        "2",
        "1/2",
        "further",
        "straight",
        "working",
        "days",
        "day",
        "week",
        "weeks",
        "hours",
        "hr",
        "yrs",
        "months",
        "quarters",
        "century",
        "centuries",
        "second",
        "olds",
        "old",
        "before",
        "after",
        "later",
        "ago",
        "prior",
        "the",
        "next",
        "following",
        "previous",
        "yesterday",
        "tomorrow",
        "year",
        "month",
        "earlier",
        "someday",
        "weekday",
        "of",
        "x1",
        "and a half",
        "-old",
        "-olds",
        "days and a half ago",
        "or so",
        "single",
        "a single-day",
        "a quarter of a",
        "three-and-a-half",
        "2-1/2",
        "quarter-",
        "weeks and a half or so-olds ago",
        "year-olds before",
        "weeks later",
    ];
    assert_near_triggers_is_full_scan(&vocabulary, &super::DURATION_RE, &|text, triggers| {
        Box::new(super::duration_matches(text, triggers))
    });
}

#[test]
fn a_couple_is_two_said_loosely() {
    assert_eq!(
        durations("The repairs took a couple of weeks, then a couple days."),
        vec![
            ("a couple of weeks", 2000, TimeUnit::Week, Approx::About),
            ("a couple days", 2000, TimeUnit::Day, Approx::About),
        ]
    );
    assert_eq!(
        durations("Prices may rise over the next couple of months."),
        vec![("couple of months", 2000, TimeUnit::Month, Approx::About)]
    );
    assert!(durations("The couple married in May.").is_empty());
}

#[test]
fn consecutive_quarters_are_periods_not_fractions() {
    assert_eq!(
        durations("Output fell for two consecutive quarters of the year."),
        vec![(
            "two consecutive quarters",
            2000,
            TimeUnit::Quarter,
            Approx::Exact
        )]
    );
    assert!(durations("Two quarters of the hall were empty.").is_empty());
}

#[test]
fn a_quarter_of_a_unit_is_a_quarter_of_it() {
    assert_eq!(
        durations("The mill ran for a quarter of a century, then a quarter-century more."),
        vec![
            (
                "a quarter of a century",
                250,
                TimeUnit::Century,
                Approx::Exact
            ),
            ("a quarter-century", 250, TimeUnit::Century, Approx::Exact),
        ]
    );
    assert_eq!(
        durations("The vote took a quarter of an hour."),
        vec![("a quarter of an hour", 250, TimeUnit::Hour, Approx::Exact)]
    );
}

#[test]
fn halves_written_with_hyphens() {
    assert_eq!(
        durations("The strike lasted three-and-a-half years, the siege 2-1/2 years."),
        vec![
            (
                "three-and-a-half years",
                3500,
                TimeUnit::Year,
                Approx::Exact
            ),
            ("2-1/2 years", 2500, TimeUnit::Year, Approx::Exact),
        ]
    );
}

#[test]
fn single_counts_one_when_it_modifies_the_unit() {
    assert_eq!(
        durations("It was the biggest single-day drop; 9% fell in a single day."),
        vec![
            ("single-day", 1000, TimeUnit::Day, Approx::Exact),
            ("a single day", 1000, TimeUnit::Day, Approx::Exact),
        ]
    );
    assert!(durations("Single days are rare.").is_empty());
}

#[test]
fn or_so_makes_a_duration_or_offset_loose() {
    assert_eq!(
        durations("The share may grow over the next two years or so."),
        vec![("two years or so", 2000, TimeUnit::Year, Approx::About)]
    );
    let found = extract_from_prose("Then, a week or so ago, the mayor resigned.");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].approx, Approx::About);
    assert!(matches!(
        found[0].value,
        MentionValue::Relative(RelativeOffset {
            direction: Direction::Before,
            relative_to: RelativeTo::Anchor,
            ..
        })
    ));
}
