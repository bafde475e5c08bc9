//! TIMEX3 extent tests. All sentences are invented.

use crate::document::{DocKind, Document};
use crate::timeline::analyze;

/// (text, type, value) of every TIMEX3 expression in a text dated 2022-05-13.
pub(in crate::timeline) fn timexes(text: &str) -> Vec<(String, String, String)> {
    let text = format!("Dated 2022-05-13.\n\n{text}");
    let doc = Document::new(&text, DocKind::PlainText);
    let analysis = analyze(&doc, None);
    super::timexes(&doc, &analysis)
        .into_iter()
        .skip(1)
        .map(|t| {
            (
                doc.text(t.span).to_string(),
                format!("{:?}", t.kind),
                t.value,
            )
        })
        .collect()
}

pub(in crate::timeline) fn one(text: &str) -> (String, String) {
    let found = timexes(text);
    assert_eq!(found.len(), 1, "{found:?}");
    (found[0].0.clone(), found[0].2.clone())
}

pub(in crate::timeline) fn pair(text: &str, value: &str) -> (String, String) {
    (text.to_string(), value.to_string())
}

#[test]
fn durations_take_their_determiner_and_drop_hedges() {
    assert_eq!(
        one("Fares rose over the past two months."),
        pair("the past two months", "P2M")
    );
    assert_eq!(
        one("The dig took about two weeks."),
        pair("two weeks", "P2W")
    );
    assert_eq!(
        one("Output fell in the first nine months."),
        pair("the first nine months", "P9M")
    );
}

#[test]
fn a_week_of_a_month_is_the_iso_week_holding_most_of_it() {
    // March 2022 ends on Thursday the 31st: its last seven days are mostly in W13.
    assert_eq!(
        one("Sales rebounded in the last week of March."),
        pair("the last week of March", "2022-W13")
    );
    assert_eq!(
        one("The fair opens in the first week of June 2022."),
        pair("the first week of June 2022", "2022-W22")
    );
    assert_eq!(
        one("Clocks went back on the last Sunday of October 2021."),
        pair("the last Sunday of October 2021", "2021-10-31")
    );
    // "the last year of" a term is part of it, not last year.
    assert!(timexes("The last year of his term was hard.").is_empty());
}

#[test]
fn uncounted_decades_are_years_as_counted_ones_are() {
    assert_eq!(
        one("The towns ended a decades-long feud."),
        pair("decades-long", "PXY")
    );
    assert_eq!(
        one("The feud lasted two decades."),
        pair("two decades", "P20Y")
    );
}

#[test]
fn parts_of_a_year_or_day_are_written_in_the_smaller_unit() {
    assert_eq!(
        one("The strike lasted half a year."),
        pair("half a year", "P6M")
    );
    assert_eq!(
        one("The strike lasted a year and a half."),
        pair("a year and a half", "P1.5Y")
    );
    assert_eq!(
        one("The strike lasted half a day."),
        pair("half a day", "PT12H")
    );
}

#[test]
fn prepositional_offsets_are_durations() {
    assert_eq!(
        one("The bridge reopened twenty years after the flood."),
        pair("twenty years", "P20Y")
    );
}

#[test]
fn weekdays_take_cues_and_parts_of_day() {
    assert_eq!(
        one("The ferry sank last Friday."),
        pair("last Friday", "2022-05-06")
    );
    assert_eq!(
        one("The ferry sank on Wednesday night."),
        pair("Wednesday night", "2022-05-11TNI")
    );
    // A part of the day is finer than a day: TIMEX3 calls it a TIME, as "last night".
    assert_eq!(timexes("The ferry sank on Wednesday night.")[0].1, "Time");
}

#[test]
fn quarters_of_named_years_parts_of_yesterday_and_utc_times() {
    assert_eq!(
        one("Sales beat the first quarter of last year."),
        pair("the first quarter of last year", "2021-Q1")
    );
    assert_eq!(
        one("The roof caved in yesterday afternoon."),
        pair("yesterday afternoon", "2022-05-12TAF")
    );
    assert_eq!(
        one("The launch was at 16:15 UTC."),
        pair("16:15 UTC", "2022-05-13T16:15Z")
    );
    assert_eq!(
        one("The feud lasted two decades."),
        pair("two decades", "P20Y")
    );
}

#[test]
fn fractions_of_hours_and_months_named_with_their_year() {
    assert_eq!(
        one("The siege lasted 2.5 hours."),
        pair("2.5 hours", "PT2H30M")
    );
    assert_eq!(
        one("The siege lasted half an hour."),
        pair("half an hour", "PT30M")
    );
    assert_eq!(
        one("Work began in June last year."),
        pair("June last year", "2021-06")
    );
    // Written in May: a June in which work already began is last year's.
    assert_eq!(
        one("Work began at the end of June."),
        pair("the end of June", "2021-06")
    );
    assert_eq!(
        one("Work will begin at the end of June."),
        pair("the end of June", "2022-06")
    );
}

#[test]
fn a_year_before_a_quarter_is_its_year() {
    assert_eq!(
        one("Profit fell from the 2019 second quarter."),
        pair("the 2019 second quarter", "2019-Q2")
    );
}

const FRAGMENTS: &[&str] = &[
    "last ",
    "next ",
    "Friday",
    " night",
    "noon ",
    "Thursday",
    "the past ",
    "two months",
    "about ",
    "the third quarter",
    " of ",
    "1990",
    "fiscal ",
    "mid-",
    "now",
    "today",
    "yesterday",
    " afternoon",
    "June",
    " last year",
    "the 1990s",
    "daily",
    " volume",
    "twenty years",
    " after",
    " later",
    "—",
    "é",
    " ",
    "\n",
    "8 p.m.",
    " UTC",
    "a year ago",
    "the quarter",
    "year-end",
    "the weekend",
    "early ",
    "recent years",
];

fn prose_strategy() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            "\\PC{0,3}",
        ],
        0..20,
    )
    .prop_map(|parts| parts.concat())
}

proptest::proptest! {
    #[test]
    fn timex_extents_stay_on_char_boundaries(s in prose_strategy()) {
        let text = format!("Dated 2022-05-13.\n\n{s}");
        let doc = Document::new(&text, DocKind::PlainText);
        let analysis = analyze(&doc, None);
        let found = super::timexes(&doc, &analysis);
        let mut last_end = 0;
        for t in &found {
            proptest::prop_assert!(t.span.start < t.span.end);
            proptest::prop_assert!(t.span.end as usize <= text.len());
            proptest::prop_assert!(text.is_char_boundary(t.span.start as usize));
            proptest::prop_assert!(text.is_char_boundary(t.span.end as usize));
            proptest::prop_assert!(t.span.start >= last_end, "{:?}", found);
            last_end = t.span.end;
        }
    }
}

#[test]
fn ends_of_periods_and_times_today() {
    assert_eq!(
        one("The vote is due by the end of this year."),
        pair("the end of this year", "2022")
    );
    assert_eq!(
        one("Shares slid earlier today."),
        pair("earlier today", "2022-05-13")
    );
    assert_eq!(
        one("The launch is at 16:00 UTC today."),
        pair("16:00 UTC today", "2022-05-13T16:00Z")
    );
    assert_eq!(
        one("Profit fell in the final quarter of 2020."),
        pair("the final quarter of 2020", "2020-Q4")
    );
}

#[test]
fn the_day_is_the_day_in_focus() {
    // The latest day named before it, else the article date.
    assert_eq!(
        timexes("The ferry ran late on Tuesday and ended the day an hour behind.")[1],
        (
            "the day".to_string(),
            "Date".to_string(),
            "2022-05-10".to_string()
        )
    );
    assert_eq!(
        one("Shares closed the day 2% higher."),
        pair("the day", "2022-05-13")
    );
    // A day named after it, a day of some event, or a length: not this reading.
    assert!(timexes("The day of the vote was rainy.").is_empty());
    assert!(timexes("During the day Friday the pier stayed shut.")
        .iter()
        .all(|t| t.0 != "the day"));
}

#[test]
fn the_day_after_an_event_is_a_date() {
    assert_eq!(
        timexes("Crews returned the day after the storm.")[0],
        (
            "the day".to_string(),
            "Date".to_string(),
            "XXXX-XX-XX".to_string()
        )
    );
}

#[test]
fn slash_halves_count() {
    // A fraction of a year stays a decimal (MEANTIME's form; te3 writes P4Y6M).
    assert_eq!(
        one("The bridge took 4 1/2 years to build."),
        pair("4 1/2 years", "P4.5Y")
    );
    assert_eq!(
        one("The crossing took 3 1/2 hours."),
        pair("3 1/2 hours", "PT3H30M")
    );
}

#[test]
fn utc_times_on_a_weekday_keep_their_zone() {
    assert_eq!(
        one("The polls close at 18:00 UTC Friday."),
        pair("18:00 UTC Friday", "2022-05-13T18:00Z")
    );
}

#[test]
fn anaphoric_periods_take_the_date_named_before_them() {
    let found = timexes(
        "The ferry sank on March 3, 2019. Earlier that day the harbour had closed. \
         Later that year a new pier opened, and the same month a year earlier the old \
         one had flooded.",
    );
    let values: Vec<(String, String)> = found.into_iter().map(|(t, _, v)| (t, v)).collect();
    assert_eq!(
        values,
        [
            pair("March 3, 2019", "2019-03-03"),
            pair("Earlier that day", "2019-03-03"),
            pair("Later that year", "2019"),
            pair("the same month a year earlier", "2018-03"),
        ]
    );
}

#[test]
fn anaphoric_periods_need_a_date_fine_enough() {
    // "last October" names a month: which day "that same day" is stays unknown.
    let found = timexes("Last October a storm hit the coast. That same day the mayor resigned.");
    assert_eq!(found[1].2, "XXXX-XX-XX", "{found:?}");
}

#[test]
fn the_same_period_a_year_back() {
    let found = timexes("Sales rose in March 2021, and the same month last year they fell.");
    assert_eq!(found[1].0, "the same month last year");
    assert_eq!(found[1].2, "2020-03");
}

#[test]
fn recurring_days_and_months_are_sets() {
    assert_eq!(
        timexes("The market opens each Thursday and every July."),
        [
            (
                "each Thursday".to_string(),
                "Set".to_string(),
                "XXXX-WXX-4".to_string()
            ),
            (
                "every July".to_string(),
                "Set".to_string(),
                "XXXX-07".to_string()
            ),
        ]
    );
}

#[test]
fn a_year_with_period_in_a_quarterly_report_is_that_quarter() {
    let found = timexes(
        "Profit in the third quarter rose 8%, from $2 million in the 2021 period. \
         Sales matched the quarter a year ago.",
    );
    let values: Vec<(String, String)> = found.into_iter().map(|(t, _, v)| (t, v)).collect();
    assert_eq!(
        values,
        [
            pair("the third quarter", "2022-Q3"),
            pair("the 2021 period", "2021-Q3"),
            pair("the quarter a year ago", "2021-Q3"),
        ]
    );
}

#[test]
fn the_past_decade_is_a_length() {
    assert_eq!(
        one("Prices doubled over the past decade."),
        pair("the past decade", "P10Y")
    );
    assert_eq!(
        one("Prices doubled in the 1990s."),
        pair("the 1990s", "199")
    );
    assert_eq!(
        one("Prices will double over the next decade."),
        pair("the next decade", "P10Y")
    );
}

#[test]
fn every_so_many_units_is_a_set() {
    let found = timexes("Buses run every two weeks.");
    assert_eq!(
        found,
        [(
            "every two weeks".to_string(),
            "Set".to_string(),
            "P2W".to_string()
        )]
    );
}

#[test]
fn the_end_of_the_year_is_the_year_in_focus() {
    assert_eq!(
        one("Rates will rise by the end of the year."),
        pair("the end of the year", "2022")
    );
    let found = timexes("The mill opened in March 2019 and closed earlier in the month.");
    assert_eq!(found[1].0, "earlier in the month");
    assert_eq!(found[1].2, "2019-03");
}

#[test]
fn an_accounting_year_is_a_year_long_duration_beside_its_closing_date() {
    let found = timexes("The mill earned $4 million in the fiscal year ended March 31.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[0],
        ("the fiscal year".into(), "Duration".into(), "P1Y".into())
    );
    assert_eq!(found[1].0, "March 31");
    assert_eq!(
        timexes("Sales for the year ending tomorrow will fall.")[0].0,
        "the year"
    );
    // A span inside the year is no accounting year.
    assert!(
        timexes("Sales rose from the start of the year to March 31.")
            .iter()
            .all(|(_, kind, _)| kind != "Duration")
    );
    let found = timexes("Prices rose 4% in the year to March 2031.");
    assert_eq!(
        found
            .first()
            .map(|(text, _, value)| (text.as_str(), value.as_str())),
        Some(("the year", "P1Y"))
    );
    // "year" alone before "ended" is not the phrase.
    assert_eq!(timexes("The strike ended March 31.").len(), 1);
}

#[test]
fn a_week_ago_is_the_day_a_week_back() {
    assert_eq!(
        one("The quake struck a week ago."),
        pair("a week ago", "2022-05-06")
    );
}

#[test]
fn shifts_count_from_a_month_named_alone() {
    let found = timexes("In March the mill got an offer. The following month it was sold.");
    assert_eq!(found[1].0, "The following month");
    assert_eq!(found[1].2, "2022-04");
    // A year named by its place counts too.
    let found = timexes("The town saw 80 thefts last year, up from 65 the previous year.");
    assert_eq!(found[1].0, "the previous year");
    assert_eq!(found[1].2, "2020");
}

#[test]
fn the_year_after_a_preposition_is_the_year_in_focus() {
    let found =
        timexes("Shares hit a high for the year in March. Sales for the year ended March 31 rose.");
    let values: Vec<(String, String)> = found.into_iter().map(|(t, _, v)| (t, v)).collect();
    assert_eq!(
        values,
        [
            pair("the year", "2022"),
            pair("March", "2022-03"),
            pair("the year", "P1Y"),
            pair("March 31", "2022-03-31"),
        ]
    );
}

#[test]
fn plural_days_and_parts_of_days_are_sets() {
    let found = timexes("The club meets on Sundays, and the market opens Saturday mornings.");
    let values: Vec<_> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(
        values,
        [
            ("Sundays", "XXXX-WXX-7"),
            ("Saturday mornings", "XXXX-WXX-6TMO")
        ]
    );
    let found = timexes("Guards walk the wall every night, and the fair returns each spring.");
    let values: Vec<_> = found.iter().map(|t| (t.0.as_str(), t.2.as_str())).collect();
    assert_eq!(
        values,
        [("every night", "XXXX-XX-XXTNI"), ("each spring", "XXXX-SP")]
    );
}

#[test]
fn a_holiday_takes_the_part_of_the_day_after_it() {
    assert_eq!(
        one("Trains resumed on Boxing Day evening."),
        pair("Boxing Day evening", "2021-12-26TEV")
    );
}

#[test]
fn weeks_ago_name_a_week_from_two_back() {
    assert_eq!(
        one("The mill shut six weeks ago."),
        pair("six weeks ago", "2022-W13")
    );
    assert_eq!(
        one("The mill shut two weeks ago."),
        pair("two weeks ago", "2022-W17")
    );
    assert_eq!(
        one("The mill shut a week ago."),
        pair("a week ago", "2022-05-06")
    );
}

#[test]
fn earlier_or_later_than_is_a_length() {
    assert_eq!(
        one("Gates opened two hours earlier than planned."),
        pair("two hours", "PT2H")
    );
    assert_eq!(
        one("Picking starts three days later than planned."),
        pair("three days", "P3D")
    );
}
