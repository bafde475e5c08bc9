//! Tests of period resolution. All sentences are invented.

use crate::document::{DocKind, Document};
use crate::timeline::timex;

/// The TIMEX3 type and value of the mention whose text is `needle`, in a text dated
/// 2022-05-13 (a Friday), or `None` when it is left unresolved.
fn resolved(text: &str, needle: &str) -> Option<(String, String)> {
    resolved_on("2022-05-13", text, needle)
}

/// [`resolved`], in a text dated `date`.
fn resolved_on(date: &str, text: &str, needle: &str) -> Option<(String, String)> {
    let text = format!("Dated {date}.\n\n{text}");
    let doc = Document::new(&text, DocKind::PlainText);
    let analysis = crate::timeline::analyze(&doc, None);
    let i = analysis
        .mentions
        .iter()
        .position(|m| doc.text(m.span) == needle)
        .unwrap_or_else(|| panic!("no mention {needle:?} in {:?}", analysis.mentions));
    let resolution = analysis.timeline.resolutions[i]?;
    let (kind, value) = timex(&analysis.mentions[i], Some(&resolution));
    Some((format!("{kind:?}"), value))
}

/// [`resolved_on`], for a mention that must be resolved.
fn value_on(date: &str, text: &str, needle: &str) -> (String, String) {
    resolved_on(date, text, needle).unwrap_or_else(|| panic!("{needle} unresolved"))
}

/// [`resolved`], for a mention that must be resolved.
fn value(text: &str, needle: &str) -> (String, String) {
    value_on("2022-05-13", text, needle)
}

fn v(text: &str, needle: &str) -> String {
    value(text, needle).1
}

#[test]
fn shifted_periods() {
    assert_eq!(v("The bakery closed last week.", "last week"), "2022-W18");
    assert_eq!(v("Rents rose this month.", "this month"), "2022-05");
    assert_eq!(v("The pool reopens next year.", "next year"), "2023");
    assert_eq!(v("The vote came last month.", "last month"), "2022-04");
    assert_eq!(v("Orders slipped this quarter.", "this quarter"), "2022-Q2");
    assert_eq!(v("The hall opened today.", "today"), "2022-05-13");
    assert_eq!(
        value("The ferry sails tonight.", "tonight"),
        ("Time".to_string(), "2022-05-13TNI".to_string())
    );
}

#[test]
fn a_month_after_a_deadline_word_is_still_to_come() {
    // Written in May 2022: a deadline month is the next one, not the one gone by.
    assert_eq!(
        v("The rebels pledged to take the port by March.", "March"),
        "2023-03"
    );
    assert_eq!(
        v(
            "The curfew is to last until the end of February.",
            "February"
        ),
        "2023-02"
    );
    // A past verb governing the clause keeps the month gone by.
    assert_eq!(v("The river had fallen back by March.", "March"), "2022-03");
    // So for a holiday: Easter 2022 was April 17, Easter 2023 is April 9.
    assert_eq!(
        v("Managers expect the queues to shrink by Easter.", "Easter"),
        "2023-04-09"
    );
    assert_eq!(
        v("The queues had shrunk by Easter.", "Easter"),
        "2022-04-17"
    );
}

#[test]
fn a_scheduled_event_in_the_present_is_ahead() {
    assert_eq!(
        v(
            "Officials said the new contract takes effect in April.",
            "April"
        ),
        "2023-04"
    );
    assert_eq!(
        v(
            "The governor, whose term expires in September, was urged to stay.",
            "September"
        ),
        "2022-09"
    );
    assert_eq!(
        v(
            "The governor, whose term expired in September, was urged to stay.",
            "September"
        ),
        "2021-09"
    );
}

#[test]
fn figures_for_a_month_are_reported_once_it_is_over() {
    assert_eq!(
        v("The firm will report its April sales next week.", "April"),
        "2022-04"
    );
    assert_eq!(
        v(
            "Figures for April will be published later this month.",
            "April"
        ),
        "2022-04"
    );
    assert_eq!(
        v("The firm will open a store in April.", "April"),
        "2023-04"
    );
}

#[test]
fn a_quarter_not_begun_in_a_past_clause_is_last_years() {
    assert_eq!(
        v(
            "The chain said its profit fell in the fourth quarter.",
            "the fourth quarter"
        ),
        "2021-Q4"
    );
    assert_eq!(
        v(
            "The mill will close in the fourth quarter.",
            "the fourth quarter"
        ),
        "2022-Q4"
    );
    // Set off at the head of a sentence, the verb after it governs.
    assert_eq!(
        v(
            "In the fourth quarter, sales were up 13 percent.",
            "the fourth quarter"
        ),
        "2021-Q4"
    );
    assert_eq!(
        v(
            "In the fourth quarter, the mill will close.",
            "the fourth quarter"
        ),
        "2022-Q4"
    );
    // In a report on last year's fourth quarter, written in February, an earlier
    // quarter told of in the past and "the full year" are last year's; "the previous
    // year" after "the full year" is a year, not the year-earlier quarter.
    let report = "Profit fell in the fourth quarter. Sales rose 3 percent, slowing from \
                  5 percent growth in the third quarter. For the full year, profit rose \
                  4 percent from the previous year. It will report third-quarter results \
                  in October.";
    let on_feb_4 = |needle| resolved_on("2023-02-04", report, needle).map(|(_, v)| v);
    assert_eq!(on_feb_4("the third quarter").as_deref(), Some("2022-Q3"));
    assert_eq!(on_feb_4("the full year").as_deref(), Some("2022"));
    assert_eq!(on_feb_4("the previous year").as_deref(), Some("2021"));
    assert_eq!(on_feb_4("third-quarter").as_deref(), Some("2023-Q3"));
    // Begun already, or named with its year, it keeps the article's year.
    assert_eq!(
        v(
            "The chain said its profit fell in the second quarter.",
            "the second quarter"
        ),
        "2022-Q2"
    );
    assert_eq!(
        v(
            "It said profit fell in this year's third quarter.",
            "this year's third quarter"
        ),
        "2022-Q3"
    );
}

#[test]
fn numbered_periods_take_the_article_year() {
    // The article's own month, even in a future-tense sentence.
    assert_eq!(v("The sale will close in May.", "May"), "2022-05");
    // The cue nearest before the month governs a sentence with both.
    assert_eq!(
        v("The firm said the plant should reopen in April.", "April"),
        "2023-04"
    );
    assert_eq!(
        v("Profit fell in the first quarter.", "the first quarter"),
        "2022-Q1"
    );
    assert_eq!(
        v(
            "It beat last year's third quarter.",
            "last year's third quarter"
        ),
        "2021-Q3"
    );
    assert_eq!(v("The pier was rebuilt in March.", "March"), "2022-03");
    // A month after the article's, in a past-tense sentence, is last year's.
    assert_eq!(
        v("The pier was rebuilt in September.", "September"),
        "2021-09"
    );
    assert_eq!(
        v("The orchard flooded last summer.", "last summer"),
        "2021-SU"
    );
    assert_eq!(
        v("The orchard may flood next summer.", "next summer"),
        "2022-SU"
    );
    // In February the winter under way began in December; the last one a year before.
    let last_winter =
        |date| resolved_on(date, "Visits rose from last winter.", "last winter").map(|r| r.1);
    assert_eq!(last_winter("2023-02-01").as_deref(), Some("2021-WI"));
    assert_eq!(last_winter("2023-04-01").as_deref(), Some("2022-WI"));
    assert_eq!(last_winter("2023-12-20").as_deref(), Some("2022-WI"));
    // So "this winter" in February is the one since December, and "next winter" the
    // one after it: three winters in a row.
    let this_winter =
        |date| resolved_on(date, "Visits rose this winter.", "this winter").map(|r| r.1);
    assert_eq!(this_winter("2023-02-01").as_deref(), Some("2022-WI"));
    assert_eq!(this_winter("2023-12-20").as_deref(), Some("2023-WI"));
    let next_winter =
        |date| resolved_on(date, "Visits will rise next winter.", "next winter").map(|r| r.1);
    assert_eq!(next_winter("2023-02-01").as_deref(), Some("2023-WI"));
}

#[test]
fn the_quarter_follows_the_one_named_before() {
    let text = "Sales rose in the fourth quarter of 2021. Profit in the quarter doubled from the year-earlier quarter.";
    assert_eq!(v(text, "the quarter"), "2021-Q4");
    assert_eq!(v(text, "the year-earlier quarter"), "2020-Q4");
    // A quarter still to come is what "the quarter" goes on about.
    let text = "Sales may fall in the third quarter. The quarter will be hard.";
    assert_eq!(v(text, "The quarter"), "2022-Q3");
    // A year-earlier figure is set against a reported quarter or the one under
    // way, not a forecast for a later one.
    let text = "Losses may last through the third quarter of 2023. The firm earned $4 million, \
                down from $6 million in the year-earlier quarter.";
    assert_eq!(v(text, "the year-earlier quarter"), "2021-Q1");
    let text = "The firm expects $10 million in the second quarter, up from $8 million \
                in the year-earlier quarter.";
    assert_eq!(v(text, "the year-earlier quarter"), "2021-Q2");
    // With none named, the latest complete quarter.
    assert_eq!(
        v("Profit in the quarter doubled.", "the quarter"),
        "2022-Q1"
    );
}

#[test]
fn absolute_periods_and_references() {
    assert_eq!(v("Vinyl sales peaked in the 1970s.", "the 1970s"), "197");
    assert_eq!(
        v(
            "The bridge dates from the 19th century.",
            "the 19th century"
        ),
        "18"
    );
    assert_eq!(v("The 1996 regatta was cancelled.", "1996"), "1996");
    assert_eq!(v("The canal is now open.", "now"), "PRESENT_REF");
    assert_eq!(v("Prices rose recently.", "recently"), "PAST_REF");
    assert_eq!(
        v("Tolls may rise in the future.", "the future"),
        "FUTURE_REF"
    );
    assert_eq!(
        v("Crowds gathered over the weekend.", "the weekend"),
        "2022-W19-WE"
    );
    // Early in the week, the weekend just past, unless the sentence looks ahead.
    let on_monday = |text, needle| resolved_on("2022-05-16", text, needle).map(|(_, v)| v);
    assert_eq!(
        on_monday("Crowds gathered over the weekend.", "the weekend").as_deref(),
        Some("2022-W19-WE")
    );
    assert_eq!(
        on_monday("Highs will stay low through the weekend.", "the weekend").as_deref(),
        Some("2022-W20-WE")
    );
}

#[test]
fn the_month_in_focus_after_a_year_alone_is_the_articles() {
    // A year named before holds no month: when it is the article's, so is the month.
    assert_eq!(
        v(
            "Its 2022 budget must pass before the end of the month.",
            "the end of the month"
        ),
        "2022-05"
    );
    // A year far from the article's says nothing of which month.
    assert_eq!(
        resolved(
            "In 1990 the plant shut before the end of the month.",
            "the end of the month"
        ),
        None
    );
}

#[test]
fn the_end_of_the_year_stays_in_the_year_still_running() {
    // A month guessed into next year is no year in focus.
    let text = "The loan was extended until January. He has until the end of the year.";
    assert_eq!(
        value_on("2022-10-20", text, "the end of the year").1,
        "2022"
    );
    // A year written before it is.
    let text = "The plan covers 2024. Work ends by the end of the year.";
    assert_eq!(
        value_on("2022-10-20", text, "the end of the year").1,
        "2024"
    );
}

#[test]
fn a_period_of_focus_that_the_clause_cannot_mean() {
    // A year gone by, named in passing, is not the year a forward clause goes on about.
    let text = "Catches have halved since 2000. The accord should be ratified by the \
                end of the year.";
    assert_eq!(
        value_on("2022-05-13", text, "the end of the year").1,
        "2022"
    );
    // A decade holds no month: the month is the article's.
    let text = "The hospital, built in the 1960s, was damaged. Schools will stay shut \
                until the end of the month.";
    assert_eq!(
        value_on("2022-05-13", text, "the end of the month").1,
        "2022-05"
    );
    // "That night" after a year named in passing: the night of the day named before.
    let text = "Talks broke down on Wednesday over cuts due before 2030. A deal was \
                reached that night.";
    assert_eq!(
        value_on("2022-05-13", text, "that night").1,
        "2022-05-11TNI"
    );
}

#[test]
fn the_same_period_last_year_is_the_quarter_or_month_in_focus() {
    let text = "Profit rose in the fourth quarter ended Dec. 31 from the same period last year.";
    assert_eq!(
        value_on("2012-02-29", text, "the same period last year").1,
        "2010-Q4"
    );
    let text = "Sales rose 43% in February compared to the same period last year.";
    assert_eq!(
        value_on("2010-03-03", text, "the same period last year").1,
        "2009-02"
    );
    let text = "Profit fell in the third quarter from the corresponding period last year.";
    assert_eq!(
        value_on("2022-11-02", text, "the corresponding period last year").1,
        "2021-Q3"
    );
    // With no quarter or month in focus, it is at least in last year.
    let text = "In the current fiscal year, exports beat the comparable period of last year.";
    assert_eq!(
        value_on("2022-11-02", text, "the comparable period of last year").1,
        "2021"
    );
    let text = "The second quarter ended Oct. 31. Results for that quarter were poor.";
    assert_eq!(value_on("2022-11-20", text, "that quarter").1, "2022-Q2");
    // "That period" alone is any stretch of time.
    let doc = Document::new("That period was hard.", DocKind::PlainText);
    assert!(crate::timeline::analyze(&doc, None).mentions.is_empty());
}

#[test]
fn a_quarter_long_over_told_ahead_is_next_years() {
    let text = "The bank is expected to hold rates at least until the second quarter.";
    assert_eq!(
        resolved_on("2018-12-28", text, "the second quarter"),
        Some(("Date".into(), "2019-Q2".into()))
    );
    // The quarter just over is still reported on.
    let text = "The miller will post third-quarter results on Friday.";
    assert_eq!(
        resolved_on("2018-11-20", text, "third-quarter"),
        Some(("Date".into(), "2018-Q3".into()))
    );
}

#[test]
fn a_start_after_before_or_after_is_told_in_its_sentence_tense() {
    let text = "Talks stalled in December over price, before resuming in March.";
    assert_eq!(
        resolved_on("2021-06-15", text, "March"),
        Some(("Date".into(), "2021-03".into()))
    );
}

#[test]
fn a_deadline_date_with_no_past_verb_is_ahead() {
    let text = "The timetable, which runs until 28 October, adds seven routes.";
    assert_eq!(
        resolved_on("2023-03-26", text, "28 October"),
        Some(("Date".into(), "2023-10-28".into()))
    );
}

#[test]
fn a_year_that_opens_the_sentence_frames_its_halves() {
    let text = "\"For 2024, we see modest gains, with most of it in the second half.\"";
    assert_eq!(
        resolved_on("2023-12-29", text, "the second half"),
        Some(("Date".into(), "2024-H2".into()))
    );
    // A year named inside the sentence is no frame.
    let text = "Revenue fell in 2022, and in the second half it plunged.";
    assert_eq!(
        resolved_on("2023-12-29", text, "the second half"),
        Some(("Date".into(), "2023-H2".into()))
    );
}

#[test]
fn bonfire_night_and_easter_as_a_subject_are_days() {
    let text = "Extra buses will run on Bonfire Night.";
    assert_eq!(
        resolved_on("2018-11-03", text, "Bonfire Night"),
        Some(("Date".into(), "2018-11-05".into()))
    );
    let text = "Bookings for Easter are running ahead of last year.";
    assert_eq!(
        resolved_on("2023-03-26", text, "Easter"),
        Some(("Date".into(), "2023-04-09".into()))
    );
}

#[test]
fn the_quarter_after_a_month_named_just_before_is_that_months() {
    let text = "The first trading days of January usually set the tone for the quarter.";
    assert_eq!(
        resolved_on("2025-12-28", text, "the quarter"),
        Some(("Date".into(), "2026-Q1".into()))
    );
}

#[test]
fn the_new_year_and_the_end_of_the_decade() {
    let text = "The strength is unlikely to last into the new year.";
    assert_eq!(
        resolved_on("2018-12-28", text, "the new year"),
        Some(("Date".into(), "2019".into()))
    );
    let text = "It was a good start to the new year.";
    assert_eq!(
        resolved_on("2008-01-02", text, "the new year"),
        Some(("Date".into(), "2008".into()))
    );
    let text = "The agency hopes to fly before the end of the decade.";
    assert_eq!(
        resolved_on("2010-03-05", text, "the end of the decade"),
        Some(("Date".into(), "201".into()))
    );
}

#[test]
fn a_month_intended_by_a_past_verb_is_ahead() {
    let text = "She agreed to visit Veloria in March.";
    assert_eq!(
        resolved_on("2008-01-02", text, "March"),
        Some(("Date".into(), "2008-03".into()))
    );
    let text = "Varga accepted an invitation to make a return visit in the spring.";
    assert_eq!(
        resolved_on("2008-01-02", text, "the spring"),
        Some(("Date".into(), "2008-SP".into()))
    );
    // Done, not intended.
    let text = "She visited Veloria in March.";
    assert_eq!(
        resolved_on("2008-01-02", text, "March"),
        Some(("Date".into(), "2007-03".into()))
    );
}
