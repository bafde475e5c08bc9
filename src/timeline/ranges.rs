//! Ranges: "from March to May", "between June 3 and July 9", "December-February". Each
//! end's year is inferred on its own, from the tense and the article date, which can
//! pull the two ends a year apart ("from March to May" in an article of February: March
//! is near, so this year's; May, in a past-tense sentence, last year's). The ends of a
//! range belong together: where a year was inferred, it is made the one that puts the
//! end on or after the start. So do two weekdays ("from noon Wednesday until 10 p.m.
//! Sunday"): the end is put within the week after the start.

use chrono::Datelike;

use super::{CalendarDate, Confidence, Period, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{Mention, MentionValue, PeriodPosition, PeriodUnit};

/// Words between the two ends, and the word that must open the range for them ("and"
/// joins a range only after "between").
fn joins_a_range(before_start: &str, gap: &str) -> bool {
    let gap = gap.trim();
    let opener = crate::extract::word_before(before_start);
    match gap.to_ascii_lowercase().as_str() {
        "-" | "\u{2013}" | "through" | "thru" => true,
        "to" | "until" | "till" => opener == "from",
        "and" => opener == "between",
        _ => false,
    }
}

/// A month or a day without a period value: the mentions a range is made of.
fn is_range_end(mention: &Mention) -> bool {
    match &mention.value {
        MentionValue::Date(written) => written.time.is_none(),
        MentionValue::Period(p) => {
            p.unit == PeriodUnit::Month && matches!(p.position, PeriodPosition::Nth { .. })
        }
        _ => false,
    }
}

fn inferred(resolution: &Resolution) -> bool {
    matches!(resolution.provenance, Provenance::YearFromAnchor { .. })
}

/// Month and day, for ordering two ends within a year; a month alone counts from its
/// first.
fn month_day(date: &CalendarDate) -> Option<(u32, u32)> {
    Some((date.month?, date.day.unwrap_or(1)))
}

/// Aligns the inferred years of every range's ends.
pub(super) fn align_ranges(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
) {
    let prose = doc.prose();
    for i in 1..mentions.len().min(resolutions.len()) {
        let (first, second) = (&mentions[i - 1], &mentions[i]);
        if !is_range_end(first) || !is_range_end(second) {
            continue;
        }
        let (Some(start), Some(end)) = (resolutions[i - 1], resolutions[i]) else {
            continue;
        };
        if start.period.is_some() || end.period.is_some() || !(inferred(&start) || inferred(&end)) {
            continue;
        }
        let Some(gap) = prose.get(first.span.end as usize..second.span.start as usize) else {
            continue;
        };
        if !joins_a_range(&prose[..first.span.start as usize], gap) {
            continue;
        }
        let (Some(start_md), Some(end_md), Some(start_year), Some(end_year)) = (
            month_day(&start.date),
            month_day(&end.date),
            start.date.year,
            end.date.year,
        ) else {
            continue;
        };
        // The years apart the ends must be: none, or one when the range crosses New Year.
        let apart = i32::from(end_md < start_md);
        if end_year - start_year == apart {
            continue;
        }
        // The end whose year was written, or else the surer one, keeps its year.
        let keep_start =
            !inferred(&start) || (inferred(&end) && start.confidence >= end.confidence);
        let (moved, year) = if keep_start {
            (i, start_year + apart)
        } else {
            (i - 1, end_year - apart)
        };
        if let Some(r) = resolutions[moved].as_mut() {
            r.date.year = Some(year);
            // February 29 may not exist in the year the range needs.
            if r.date.day.is_some() && r.date.exact().is_none() {
                r.date.year = None;
            }
            r.confidence = Confidence::Low;
        }
    }
}

/// Whether the text between two weekdays joins them as the objects of one verb: "and"
/// with no verb of its own and no clause mark ("on Monday and five-year notes on").
fn coordinates_days(gap: &str) -> bool {
    /// How many words the second object may take.
    const MAX_WORDS: usize = 8;
    gap.starts_with(" and ")
        && !gap.contains(super::clause::CLAUSE_MARKS)
        && gap.split_whitespace().nth(MAX_WORDS).is_none()
        && super::tense::cues(gap).is_empty()
}

/// Whether the text between a clock time and a weekday joins them into one end:
/// "noon Wednesday", "3 p.m. on Wednesday".
fn joins_time_to_day(gap: &str) -> bool {
    gap == " " || gap == " on "
}

/// The index of the weekday a range end names, and where the end starts: the weekday
/// itself, or a clock time written just before it ("noon Wednesday", "3 p.m. on
/// Wednesday").
fn weekday_end(prose: &str, mentions: &[Mention], i: usize) -> Option<(usize, usize)> {
    let mention = mentions.get(i)?;
    match mention.value {
        MentionValue::Weekday(_) => {
            let start = i
                .checked_sub(1)
                .and_then(|before| {
                    let time = &mentions[before];
                    let gap = prose.get(time.span.end as usize..mention.span.start as usize)?;
                    (matches!(time.value, MentionValue::Time(_)) && joins_time_to_day(gap))
                        .then_some(time.span.start as usize)
                })
                .unwrap_or(mention.span.start as usize);
            Some((i, start))
        }
        MentionValue::Time(_) => {
            let day = mentions.get(i + 1)?;
            let gap = prose.get(mention.span.end as usize..day.span.start as usize)?;
            (matches!(day.value, MentionValue::Weekday(_)) && joins_time_to_day(gap))
                .then_some((i + 1, mention.span.start as usize))
        }
        _ => None,
    }
}

/// Puts the second weekday of a range on or after the first: "from noon Wednesday
/// until 10 p.m. Sunday", "between 9 p.m. Monday and 6 a.m. Tuesday". Each weekday is
/// placed around the article date on its own, which can put the end before the start;
/// the less sure of the two moves a week (the end, where they are as sure), so that the
/// end falls within six days after the start.
pub(super) fn align_weekday_ranges(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
) {
    let prose = doc.prose();
    for i in 0..mentions.len().min(resolutions.len()) {
        let Some((first, first_start)) = weekday_end(prose, mentions, i) else {
            continue;
        };
        // Only the first mention of the first end starts a range.
        if first != i && !matches!(mentions[i].value, MentionValue::Time(_)) {
            continue;
        }
        // A day a mention or two on joins only as a second object of one verb ("on
        // Monday and five-year notes on Tuesday"), tested below.
        let (second, second_start, skipped) = match weekday_end(prose, mentions, first + 1) {
            Some((second, start)) => (second, start, false),
            None => {
                weekend_after(prose, mentions, resolutions, first, first_start);
                match (first + 2..first + 4).find_map(|k| weekday_end(prose, mentions, k)) {
                    Some((second, start)) => (second, start, true),
                    None => continue,
                }
            }
        };
        let Some(gap) = prose.get(mentions[first].span.end as usize..second_start) else {
            continue;
        };
        // Two days offered as alternatives ("an update Wednesday or Thursday") are as
        // close as the ends of a range; the first, named as the earlier, stays.
        let alternatives = gap.trim().eq_ignore_ascii_case("or");
        let (Some(start), Some(end)) = (resolutions[first], resolutions[second]) else {
            continue;
        };
        // "sells two-year notes on Monday and five-year notes on Tuesday": a second day
        // of the same verb, placed by the default alone, comes after the first.
        let coordinated = end.confidence == Confidence::Low && coordinates_days(gap);
        let joined = joins_a_range(&prose[..first_start], gap) || alternatives;
        if !coordinated && (skipped || !joined) {
            continue;
        }
        let from_anchor =
            |r: &Resolution| matches!(r.provenance, Provenance::WeekdayFromAnchor { .. });
        let (Some(start_day), Some(end_day)) = (start.date.exact(), end.date.exact()) else {
            continue;
        };
        if end_day >= start_day || !from_anchor(&start) || !from_anchor(&end) {
            continue;
        }
        let week = chrono::Days::new(7);
        let (moved, day, span) =
            if start.confidence < end.confidence && !alternatives && !coordinated {
                let day = start_day.checked_sub_days(week);
                (first, day, day.map(|d| end_day - d))
            } else {
                let day = end_day.checked_add_days(week);
                (second, day, day.map(|d| d - start_day))
            };
        let within_a_week = span.is_some_and(|span| (0..7).contains(&span.num_days()));
        if let (true, Some(r), Some(day)) = (within_a_week, resolutions[moved].as_mut(), day) {
            r.date = super::resolve::day_of(day);
            r.confidence = Confidence::Low;
        }
    }
}

/// "from Wednesday through the weekend": the weekend that ends a range starting on a
/// weekday is the one on or after that day.
fn weekend_after(
    prose: &str,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
    first: usize,
    first_start: usize,
) -> Option<()> {
    let weekend = mentions.get(first + 1)?;
    let is_weekend = matches!(
        weekend.value,
        MentionValue::Period(p) if p.unit == PeriodUnit::Weekend && p.position == PeriodPosition::Latest
    );
    let gap = prose.get(mentions[first].span.end as usize..weekend.span.start as usize)?;
    if !is_weekend || !joins_a_range(&prose[..first_start], gap) {
        return None;
    }
    let start = resolutions.get(first).copied().flatten()?;
    if !matches!(start.provenance, Provenance::WeekdayFromAnchor { .. }) {
        return None;
    }
    let start_day = start.date.exact()?;
    let resolution = resolutions.get_mut(first + 1)?.as_mut()?;
    let Some(Period::Weekend { year, week }) = resolution.period else {
        return None;
    };
    let saturday = chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Sat)?;
    if saturday >= start_day {
        return None;
    }
    let moved = saturday.checked_add_days(chrono::Days::new(7))?.iso_week();
    resolution.date.year = Some(moved.year());
    resolution.period = Some(Period::Weekend {
        year: moved.year(),
        week: moved.week(),
    });
    resolution.confidence = Confidence::Low;
    Some(())
}

#[cfg(test)]
mod tests {
    use crate::document::{DocKind, Document};
    use crate::timeline::analyze;

    fn values(text: &str) -> Vec<String> {
        let doc = Document::new(text, DocKind::PlainText);
        let analysis = analyze(&doc, None);
        analysis
            .timeline
            .resolutions
            .iter()
            .skip(1)
            .map(|r| r.map_or_else(|| "-".to_string(), |r| r.date.timex()))
            .collect()
    }

    #[test]
    fn range_ends_share_a_year() {
        // March is near the article date and so this year's; May, alone in a
        // past-tense sentence, would be last year's.
        assert_eq!(
            values("Dated 2000-02-10.\n\nFrom March to May the canal was closed."),
            ["2000-03", "2000-05"]
        );
        assert_eq!(
            values("Dated 2000-02-10.\n\nThe canal was closed between March 3 and May 9."),
            ["2000-03-03", "2000-05-09"]
        );
    }

    #[test]
    fn a_range_may_cross_new_year() {
        assert_eq!(
            values("Dated 2000-06-10.\n\nThe canal was shut from November 2 to February 3, 2000."),
            ["1999-11-02", "2000-02-03"]
        );
    }

    #[test]
    fn a_range_of_weekdays_ends_within_the_week_after_its_start() {
        // Each clock time takes its weekday's date. Dated a Wednesday: "Sunday" alone, in the past tense, would be three days back.
        assert_eq!(
            values("Dated 2016-11-23.\n\nCrews suspended work from noon Wednesday until 10 p.m. Sunday."),
            ["2016-11-23", "2016-11-23", "2016-11-27", "2016-11-27"]
        );
        // Dated a Sunday: "Monday" alone would be tomorrow, but the theft is told in
        // the past and ended Tuesday.
        assert_eq!(
            values(
                "Dated 2016-07-17.\n\nA bike was stolen between 9 p.m. Monday and 6 a.m. Tuesday."
            ),
            ["2016-07-11", "2016-07-11", "2016-07-12", "2016-07-12"]
        );
        assert_eq!(
            values("Dated 2005-12-15.\n\nThe forum, being held Thursday through Saturday, opened."),
            ["2005-12-15", "2005-12-17"]
        );
        // Alternatives keep the first day and put the second after it; dated a Sunday,
        // "Monday" is tomorrow.
        assert_eq!(
            values("Dated 1997-04-13.\n\nResults were expected Monday or Tuesday."),
            ["1997-04-14", "1997-04-15"]
        );
        // "3 p.m. on Wednesday" is one end; dated a Monday.
        assert_eq!(
            values(
                "Dated 2024-09-16.\n\nPolice said roads would be closed from 3 p.m. on \
                 Wednesday until Friday and urged drivers to stay away."
            ),
            ["2024-09-18", "2024-09-18", "2024-09-20"]
        );
    }

    #[test]
    fn a_weekend_that_ends_a_range_is_on_or_after_its_start() {
        // Dated a Tuesday: "the weekend" alone, in a past sentence, is the one gone.
        assert_eq!(
            values("Dated 2022-07-12.\n\nForecasters warned of rain from Wednesday through the weekend."),
            ["2022-07-13", "2022"]
        );
        let doc = Document::new(
            "Dated 2022-07-12.\n\nForecasters warned of rain from Wednesday through the weekend.",
            DocKind::PlainText,
        );
        let analysis = analyze(&doc, None);
        let weekend = analysis.timeline.resolutions[2].expect("resolved");
        assert_eq!(
            weekend.period,
            Some(crate::timeline::Period::Weekend {
                year: 2022,
                week: 28
            })
        );
    }

    #[test]
    fn a_second_day_of_one_verb_comes_after_the_first() {
        let text = "Dated 2025-12-28.\n\nThe Treasury sells two-year notes on Monday and \
                    five-year notes on Tuesday.";
        assert_eq!(values(text), ["-", "2025-12-29", "-", "2025-12-30"]);
    }

    #[test]
    fn only_ranges_are_aligned() {
        // Two dates in a list are no range.
        assert_eq!(
            values("Dated 2000-02-10.\n\nThe canal closed on March 3 and May 9."),
            ["2000-03-03", "1999-05-09"]
        );
    }
}
