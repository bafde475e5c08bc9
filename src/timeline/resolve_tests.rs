//! Tests of year inference and the resolution of written dates.

use super::*;
use chrono::Weekday;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

#[test]
fn near_dates_take_the_nearer_year() {
    let guess = infer_year(date(2006, 12, 31), 1, 6, None, None);
    assert_eq!((guess.year, guess.confidence), (2007, Confidence::High));
    let guess = infer_year(date(2022, 5, 13), 2, 18, Some(Bias::Past), None);
    assert_eq!((guess.year, guess.confidence), (2022, Confidence::High));
}

#[test]
fn future_tense_points_forward() {
    let guess = infer_year(date(2014, 4, 8), 8, 5, Some(Bias::Future), None);
    assert_eq!(guess.year, 2014);
    // A month back is still far enough for the tense to say it is next year's.
    let guess = infer_year(date(2014, 4, 8), 3, 1, Some(Bias::Future), None);
    assert_eq!(guess.year, 2015);
}

#[test]
fn a_date_days_away_outweighs_a_future_cue() {
    // Eleven days back, or a year less eleven days ahead: the cue is the misreading.
    let guess = infer_year(date(1998, 8, 18), 8, 7, Some(Bias::Future), None);
    assert_eq!((guess.year, guess.bias), (1998, Bias::Past));
}

#[test]
fn a_written_weekday_picks_the_year_it_is_true_in() {
    // August 6 was a Tuesday in 2013 and a Wednesday in 2014; neither is near.
    let guess = infer_year(date(2014, 4, 8), 8, 6, None, Some(Weekday::Tue));
    assert_eq!((guess.year, guess.confidence), (2013, Confidence::High));
}

#[test]
fn a_weekday_wrong_in_every_plausible_year_is_confidently_wrong() {
    // June 14 was a Friday in 1996 and a Saturday in 1997: "Sunday" fits neither.
    let guess = infer_year(date(1997, 4, 21), 6, 14, None, Some(Weekday::Sun));
    assert_eq!(guess.confidence, Confidence::High);
}

#[test]
fn a_weekday_true_only_in_the_far_year_takes_it_as_a_guess() {
    // Written on 29 December 2025: January 20 is near ahead, but "Monday" is true
    // only of January 20, 2025.
    let guess = infer_year(
        date(2025, 12, 29),
        1,
        20,
        Some(Bias::Past),
        Some(Weekday::Mon),
    );
    assert_eq!((guess.year, guess.confidence), (2025, Confidence::Low));
    // A future tense keeps the past year out: the weekday is then wrong.
    let guess = infer_year(
        date(2023, 6, 10),
        1,
        11,
        Some(Bias::Future),
        Some(Weekday::Wed),
    );
    assert_eq!((guess.year, guess.confidence), (2024, Confidence::High));
    // With no tense against the near year, it stays: "Friday, Oct. 12", written on
    // October 27, 1989, is wrong, though October 12, 1990 was a Friday.
    for tense in [Some(Bias::Past), None] {
        let guess = infer_year(date(1989, 10, 27), 10, 12, tense, Some(Weekday::Fri));
        assert_eq!((guess.year, guess.confidence), (1989, Confidence::High));
    }
}

#[test]
fn an_untensed_weekday_across_new_year_may_take_the_far_year() {
    // Written on 10 January 2026: "Tuesday, Dec. 2" is true of last month, the near
    // reading, and stays there.
    let guess = infer_year(date(2026, 1, 10), 12, 2, None, Some(Weekday::Tue));
    assert_eq!((guess.year, guess.confidence), (2025, Confidence::High));
    // December 1, 2026 is a Tuesday and December 1, 2025 a Monday: the near reading
    // is last year's and the weekday is true only of this December.
    let guess = infer_year(date(2026, 1, 10), 12, 1, None, Some(Weekday::Tue));
    assert_eq!((guess.year, guess.confidence), (2026, Confidence::Low));
    // A past tense still keeps last year's reading, and its weekday is wrong.
    let guess = infer_year(
        date(2026, 1, 10),
        12,
        1,
        Some(Bias::Past),
        Some(Weekday::Tue),
    );
    assert_eq!((guess.year, guess.confidence), (2025, Confidence::High));
    // Days away, the near year stays even with no tense.
    let guess = infer_year(date(2026, 1, 3), 12, 29, None, Some(Weekday::Tue));
    assert_eq!((guess.year, guess.confidence), (2025, Confidence::High));
}

#[test]
fn relative_phrases_shift_only_as_adverbs() {
    use crate::document::DocKind;
    let text = "Dated 2021-04-01.\n\nThey met on March 2, a week before the vote. The vote was on March 9 and two days later the count came.";
    let doc = Document::new(text, DocKind::PlainText);
    let super::super::Analysis { mentions, timeline } = super::super::analyze(&doc, None);
    let value_of = |needle: &str| {
        let i = mentions
            .iter()
            .position(|m| doc.text(m.span) == needle)
            .unwrap_or_else(|| panic!("no mention {needle}"));
        timeline.resolutions[i].map(|r| r.date.timex())
    };
    assert_eq!(value_of("a week before").as_deref(), Some("2021-03-02"));
    assert_eq!(value_of("two days later").as_deref(), Some("2021-03-11"));
}

/// The TIMEX3 value of the mention written `needle` in `text`, dated 2022-06-14.
fn resolved_in(text: &str, needle: &str) -> String {
    let text = format!("Dated 2022-06-14.\n\n{text}");
    let doc = crate::document::Document::new(&text, crate::document::DocKind::PlainText);
    let analysis = crate::timeline::analyze(&doc, None);
    analysis
        .mentions
        .iter()
        .zip(&analysis.timeline.resolutions)
        .find(|(m, _)| doc.text(m.span) == needle)
        .map(|(m, r)| crate::timeline::timex(m, r.as_ref()).1)
        .unwrap_or_else(|| panic!("{needle} not found"))
}

#[test]
fn a_date_set_or_due_is_ahead() {
    assert_eq!(
        resolved_in(
            "The judge set sentencing for May 20 and adjourned.",
            "May 20"
        ),
        "2023-05-20"
    );
    assert_eq!(
        resolved_in("First-quarter figures are due on April 29.", "April 29"),
        "2023-04-29"
    );
    // Told in the past, the day may be gone.
    assert_eq!(
        resolved_in(
            "The rent was due on April 29, the landlord said.",
            "April 29"
        ),
        "2022-04-29"
    );
    assert_eq!(
        resolved_in("Sentencing was set for May 20, the clerk said.", "May 20"),
        "2022-05-20"
    );
}

#[test]
fn the_week_before_a_week_is_the_week_before_it() {
    use crate::timeline::coarse::tests::v_on;
    let text = "Claims filed last week fell to 9,100 from 9,800 the week before.";
    assert_eq!(v_on("2010-01-08", text, "the week before"), "2009-W52");
    // After a day, it is that day's week before.
    let text = "The plant shut on Monday, Jan. 4. The week before, it had cut shifts.";
    assert_eq!(v_on("2010-01-08", text, "The week before"), "2009-W53");
}
