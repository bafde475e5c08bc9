//! Calendar-period tests through the whole extractor. All sentences are invented.

use crate::extract::{
    extract_from_prose, Direction, MentionValue, PartOfDay, PeriodExpr, PeriodPosition, PeriodUnit,
    Season,
};

/// Every period mention in `s` as (span text, expression).
fn periods(s: &str) -> Vec<(&str, PeriodExpr)> {
    extract_from_prose(s)
        .into_iter()
        .filter_map(|m| match m.value {
            MentionValue::Period(p) => Some((&s[m.span.range()], p)),
            _ => None,
        })
        .collect()
}

fn one(s: &str) -> (&str, PeriodUnit, PeriodPosition) {
    let found = periods(s);
    assert_eq!(found.len(), 1, "{s:?} gave {found:?}");
    (found[0].0, found[0].1.unit, found[0].1.position)
}

#[test]
fn shifted_units_keep_their_cue() {
    assert_eq!(
        one("The ferry line reopened last week."),
        ("last week", PeriodUnit::Week, PeriodPosition::Shift(-1))
    );
    assert_eq!(
        one("Earlier this month the choir toured Oslo."),
        (
            "Earlier this month",
            PeriodUnit::Month,
            PeriodPosition::Shift(0)
        )
    );
    assert_eq!(
        one("The museum expects to reopen early next year."),
        (
            "early next year",
            PeriodUnit::Year,
            PeriodPosition::Shift(1)
        )
    );
    // The possessive stays outside the extent.
    assert_eq!(
        one("Last year's harvest was thin."),
        ("Last year", PeriodUnit::Year, PeriodPosition::Shift(-1))
    );
}

#[test]
fn seasons_with_their_year_or_alone_where_only_a_season_is_meant() {
    let season = |s| PeriodUnit::Season(s);
    assert_eq!(
        periods("The canal froze in the winter of 1963.")[0],
        (
            "the winter",
            PeriodExpr {
                unit: season(Season::Winter),
                position: PeriodPosition::Absolute(1963)
            }
        )
    );
    assert_eq!(
        one("Prices last stood this low in autumn 2004."),
        (
            "autumn 2004",
            season(Season::Fall),
            PeriodPosition::Absolute(2004)
        )
    );
    assert_eq!(one("Filming starts in fall 2031.").0, "fall 2031");
    let inferred = PeriodPosition::Nth {
        n: 1,
        year_shift: None,
        cue: None,
    };
    for (text, span) in [
        ("Orders have picked up since the summer.", "the summer"),
        (
            "The road reopens in the early spring, the council said.",
            "the early spring",
        ),
        ("Ferries stop running in winter.", "winter"),
        ("Harvests shrink in late fall and rise again.", "late fall"),
    ] {
        let (found, _, position) = one(text);
        assert_eq!((found, position), (span, inferred), "{text}");
    }
    // Not a time: a noun's modifier, a drop, a verb, a bare noun.
    for text in [
        "The league stops for the winter break.",
        "The fall of the old city came quickly.",
        "Shares could fall sharply.",
        "The fall in prices surprised traders.",
        "Spring shows signs of hope.",
        "Shares recovered from an early fall in the session.",
        "Prices fell in the last week of 2021.",
        "They met at the summer-long camp.",
    ] {
        assert!(periods(text).is_empty(), "{text}: {:?}", periods(text));
    }
}

#[test]
fn seasons_carry_the_direction_of_their_cue() {
    let (text, unit, position) = one("The orchard flooded last summer.");
    assert_eq!(
        (text, unit),
        ("last summer", PeriodUnit::Season(Season::Summer))
    );
    assert_eq!(
        position,
        PeriodPosition::Nth {
            n: 1,
            year_shift: None,
            cue: Some(Direction::Before)
        }
    );
}

#[test]
fn quarters_and_halves() {
    let nth = |n, shift| PeriodPosition::Nth {
        n,
        year_shift: Some(shift),
        cue: None,
    };
    assert_eq!(
        one("Sales rose in the third quarter."),
        ("the third quarter", PeriodUnit::Quarter, nth(3, 0))
    );
    // As a modifier the article belongs to the noun after it.
    assert_eq!(
        one("The third-quarter loss widened."),
        ("third-quarter", PeriodUnit::Quarter, nth(3, 0))
    );
    assert_eq!(
        one("It beat last year's first quarter."),
        ("last year's first quarter", PeriodUnit::Quarter, nth(1, -1))
    );
    assert_eq!(
        one("Output slowed in the second half."),
        ("the second half", PeriodUnit::Half, nth(2, 0))
    );
    assert_eq!(
        one("Profit in the quarter doubled."),
        ("the quarter", PeriodUnit::Quarter, PeriodPosition::Latest)
    );
    assert_eq!(
        one("It topped the year-earlier quarter."),
        (
            "the year-earlier quarter",
            PeriodUnit::Quarter,
            PeriodPosition::YearEarlier
        )
    );
}

#[test]
fn days_and_parts_of_days() {
    assert_eq!(
        one("The mayor spoke today."),
        ("today", PeriodUnit::Day, PeriodPosition::Shift(0))
    );
    assert_eq!(
        one("The band plays tonight."),
        (
            "tonight",
            PeriodUnit::PartOfDay(PartOfDay::Night),
            PeriodPosition::Shift(0)
        )
    );
    assert_eq!(
        one("The pier was shut this morning."),
        (
            "this morning",
            PeriodUnit::PartOfDay(PartOfDay::Morning),
            PeriodPosition::Shift(0)
        )
    );
    assert_eq!(
        one("Crowds gathered over the weekend."),
        ("the weekend", PeriodUnit::Weekend, PeriodPosition::Latest)
    );
}

#[test]
fn quarters_abbreviated() {
    let found: Vec<_> = periods("Sales fell in Q4 and will rise in Q2 2012; the Q3 results lag.")
        .into_iter()
        .map(|(text, p)| (text, p.unit, p.position))
        .collect();
    let nth = |n| PeriodPosition::Nth {
        n,
        year_shift: Some(0),
        cue: None,
    };
    assert_eq!(
        found,
        [
            ("Q4", PeriodUnit::Quarter, nth(4)),
            // The year is a mention of its own, which the TIMEX3 view joins back.
            (
                "Q2",
                PeriodUnit::Quarter,
                PeriodPosition::NthOf { n: 2, year: 2012 }
            ),
            ("2012", PeriodUnit::Year, PeriodPosition::Absolute(2012)),
            ("Q3", PeriodUnit::Quarter, nth(3)),
        ]
    );
    assert!(periods("The Q7 model and the IQ4 chip, in q4.").is_empty());
}

#[test]
fn parts_of_the_day_without_a_day() {
    let latest = |part| (PeriodUnit::PartOfDay(part), PeriodPosition::Latest);
    for (text, found, part) in [
        (
            "The hall was full by late morning.",
            "late morning",
            PartOfDay::Morning,
        ),
        (
            "Crews left in the early afternoon.",
            "the early afternoon",
            PartOfDay::Afternoon,
        ),
        (
            "Trading slowed in mid-afternoon.",
            "mid-afternoon",
            PartOfDay::Afternoon,
        ),
        (
            "Talks resumed in the evening.",
            "the evening",
            PartOfDay::Evening,
        ),
        (
            "In the morning, he left.",
            "the morning",
            PartOfDay::Morning,
        ),
        (
            "It rained during the afternoon and stopped.",
            "the afternoon",
            PartOfDay::Afternoon,
        ),
    ] {
        let (span, unit, position) = one(text);
        assert_eq!((span, (unit, position)), (found, latest(part)), "{text}");
    }
    // A modifier, another day's part, or no preposition before it: no time.
    for text in [
        "She reads the morning paper.",
        "He came in the morning rush.",
        "They met in the evening of May 3.",
        "It happened in the morning after the vote.",
        "The morning was cold.",
    ] {
        assert!(periods(text).is_empty(), "{text}: {:?}", periods(text));
    }
}

#[test]
fn bare_months_without_the_verb_may() {
    assert_eq!(
        one("The festival moved to late November.").0,
        "late November"
    );
    assert_eq!(one("They may return in May.").0, "May");
    assert!(periods("May the best float win.").is_empty());
    assert!(periods("They may return.").is_empty());
    assert_eq!(one("The strike could stretch into May.").0, "May");
    assert_eq!(one("It was the coldest May in years.").0, "May");
    // Before a capitalised word that is no date, "May" is a name.
    assert!(periods("It bought leases from May Brothers Department Stores.").is_empty());
    assert!(periods("Carla May Ortiz spoke.").is_empty());
    // A month with a day is a date, not a period.
    assert!(periods("It opened on March 5.").is_empty());
}

#[test]
fn decades_centuries_and_standalone_years() {
    assert_eq!(
        one("Vinyl sales peaked in the 1970s."),
        (
            "the 1970s",
            PeriodUnit::Decade,
            PeriodPosition::Absolute(1970)
        )
    );
    assert_eq!(
        one("A craze of the '80s returned."),
        (
            "the '80s",
            PeriodUnit::Decade,
            PeriodPosition::Absolute(1980)
        )
    );
    assert_eq!(
        one("The bridge dates from the 19th century."),
        (
            "the 19th century",
            PeriodUnit::Century,
            PeriodPosition::Absolute(19)
        )
    );
    assert_eq!(
        one("The 1996 regatta was cancelled."),
        ("1996", PeriodUnit::Year, PeriodPosition::Absolute(1996))
    );
    assert_eq!(
        one("The post-1959 exiles settled here."),
        (
            "post-1959",
            PeriodUnit::Year,
            PeriodPosition::Absolute(1959)
        )
    );
    // A curly apostrophe, and one in a list after another decade.
    let found: Vec<_> = periods("Maps from the 1950s and \u{2019}60s and '70s survive.")
        .into_iter()
        .map(|(text, p)| (text, p.position))
        .collect();
    assert_eq!(
        found,
        [
            ("the 1950s", PeriodPosition::Absolute(1950)),
            ("\u{2019}60s", PeriodPosition::Absolute(1960)),
            ("'70s", PeriodPosition::Absolute(1970)),
        ]
    );
    assert!(periods("The signpost-1959 marker fell.").is_empty());
    assert!(periods("The club has 2000 members and $1999 in dues.").is_empty());
    assert!(periods("Turnout was 1975.5 on average, or 1980%.").is_empty());
}

#[test]
fn short_decades_and_years_only_where_they_cannot_be_ages_or_names() {
    let decades = |s| {
        periods(s)
            .into_iter()
            .map(|(text, p)| (text, p.position))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        decades("Cars of the 70s and 80s were boxy."),
        [
            ("the 70s", PeriodPosition::Absolute(1970)),
            ("80s", PeriodPosition::Absolute(1980))
        ]
    );
    assert_eq!(
        decades("He toured in the 1960s, 70s and 80s.").len(),
        3,
        "a list of decades"
    );
    assert_eq!(
        decades("Membership fell through the nineties and the early Sixties."),
        [
            ("the nineties", PeriodPosition::Absolute(1990)),
            ("the early Sixties", PeriodPosition::Absolute(1960))
        ]
    );
    assert_eq!(
        one("The index is at its lowest since '82."),
        ("'82", PeriodUnit::Year, PeriodPosition::Absolute(1982))
    );
    for text in [
        "Both men are in their 30s.",
        "The KC-30s refuel fighters.",
        "Temperatures stayed in the 80s all week.",
        "Most patients were in their 70s and 80s.",
        "It was the lowest close since '47.",
        "The band released Echo '11 on vinyl.",
        "He hosted '60 Seconds' for years.",
        "She is in her nineties.",
        "Highs stayed in the nineties as the temperature climbed.",
        "Approval ran in the seventies percent range.",
    ] {
        assert!(periods(text).is_empty(), "{text}: {:?}", periods(text));
    }
}

#[test]
fn whole_years_by_other_names() {
    assert_eq!(
        one("Sales for the full year rose."),
        ("the full year", PeriodUnit::Year, PeriodPosition::Shift(0))
    );
    assert_eq!(
        one("The sale should close by year-end."),
        ("year-end", PeriodUnit::Year, PeriodPosition::Shift(0))
    );
    assert_eq!(
        one("Rents rose over the past year."),
        ("the past year", PeriodUnit::Year, PeriodPosition::Shift(-1))
    );
    assert_eq!(
        one("Profit beat the year-ago third quarter."),
        (
            "the year-ago third quarter",
            PeriodUnit::Quarter,
            PeriodPosition::Nth {
                n: 3,
                year_shift: Some(-1),
                cue: None
            }
        )
    );
}

#[test]
fn fiscal_years_named_by_their_place() {
    assert_eq!(
        one("The mill expects faster growth in the next fiscal year."),
        (
            "the next fiscal year",
            PeriodUnit::Year,
            PeriodPosition::Anaphoric { shift: 1 }
        )
    );
    assert_eq!(
        one("Its profit fell last fiscal year."),
        (
            "last fiscal year",
            PeriodUnit::Year,
            PeriodPosition::Shift(-1)
        )
    );
    assert_eq!(
        one("The previous fiscal year was weak."),
        (
            "The previous fiscal year",
            PeriodUnit::Year,
            PeriodPosition::Anaphoric { shift: -1 }
        )
    );
    // "the next decade" stays the article's next one, as "next decade".
    assert_eq!(
        one("Growth will slow in the next decade."),
        ("next decade", PeriodUnit::Decade, PeriodPosition::Shift(1))
    );
    // "The coming year" counts from the time of writing, as "this coming year" does.
    assert_eq!(
        one("Talks resume in the coming week."),
        (
            "the coming week",
            PeriodUnit::Week,
            PeriodPosition::Shift(1)
        )
    );
    // Without "fiscal", "the next year" counts from an event, and is no period here.
    assert!(periods("The next year he resigned.").is_empty());
    assert!(periods("The fiscal month closed, and so did the next fiscal week.").is_empty());
}

#[test]
fn the_last_half_of_a_year_is_its_second() {
    assert_eq!(
        one("Sales rose in the last half of 1989."),
        (
            "the last half",
            PeriodUnit::Half,
            PeriodPosition::NthOf { n: 2, year: 1989 }
        )
    );
    // Alone, it could be the last half of a match; of a season across two years it
    // is no calendar half-year.
    assert!(periods("In the last half, he scored twice.").is_empty());
    for text in [
        "The last half of 1989-90 was poor.",
        "The second half of 2019-20 was worse.",
    ] {
        assert!(
            periods(text)
                .iter()
                .all(|(_, p)| p.unit != PeriodUnit::Half),
            "{text}"
        );
    }
    // "the last quarter" is still the one before this one.
    assert_eq!(
        one("Profit fell in the last quarter."),
        (
            "the last quarter",
            PeriodUnit::Quarter,
            PeriodPosition::Shift(-1)
        )
    );
}

#[test]
fn the_day_and_the_week_the_text_is_about() {
    // "before" and "after" join a clause here, not a day.
    assert_eq!(
        one("Grain futures fell early in the day before rallying."),
        ("the day", PeriodUnit::Day, PeriodPosition::Latest)
    );
    assert_eq!(
        one("The index rebounded late in the day after falling 2%."),
        ("the day", PeriodUnit::Day, PeriodPosition::Latest)
    );
    // Without a word of time before "in", it is the day before the event.
    assert!(periods("Both made final appeals in the day before voting began.").is_empty());
    // A month named after it, or any day of the week, is no period in focus.
    assert_eq!(one("Sales fell 3% for the month of July.").0, "July");
    assert!(periods("Cars are banned on certain days of the week.").is_empty());
    assert_eq!(
        one("Talks will go on for the week."),
        (
            "the week",
            PeriodUnit::Week,
            PeriodPosition::Anaphoric { shift: 0 }
        )
    );
    assert_eq!(
        one("It lost $2 billion for the entire year."),
        (
            "the entire year",
            PeriodUnit::Year,
            PeriodPosition::Anaphoric { shift: 0 }
        )
    );
}

#[test]
fn a_part_of_the_day_before_or_after_the_day_in_focus() {
    assert_eq!(
        one("The ferry docked the next morning."),
        (
            "the next morning",
            PeriodUnit::PartOfDay(PartOfDay::Morning),
            PeriodPosition::Anaphoric { shift: 1 }
        )
    );
    assert_eq!(
        one("The previous night, the crew slept aboard."),
        (
            "The previous night",
            PeriodUnit::PartOfDay(PartOfDay::Night),
            PeriodPosition::Anaphoric { shift: -1 }
        )
    );
}
