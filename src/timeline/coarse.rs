//! Resolutions coarser than a day: "a year ago" (a year, or the year-earlier quarter in a
//! report about a quarter), "two months ago" (a month), and times of day placed on the
//! day the sentence names or, failing that, on the article date.

use super::{Anchor, Bias, CalendarDate, Confidence, Period, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{
    Direction, Mention, MentionValue, PeriodPosition, PeriodUnit, RelativeOffset, RelativeTo,
    TimeUnit,
};
use chrono::Datelike;

/// Whether a mention is one of the kinds the checks read as a point in time (a written
/// date, a weekday, a relative offset); only those anchor other mentions' arithmetic.
pub(super) fn is_core_point(mention: &Mention) -> bool {
    matches!(
        mention.value,
        MentionValue::Date(_) | MentionValue::Weekday(_) | MentionValue::Relative(_)
    )
}

/// How many earlier mentions a search for a base ("the year-ago quarter", "two years
/// later") looks back over. Bases are near; an unbounded search would cost the square
/// of the mention count on text that has none.
const LOOKBACK: usize = 200;

/// The direction a cue word right before a weekday sets: "last Friday", "next Monday",
/// "this coming Tuesday", "the previous Sunday".
pub(super) fn weekday_cue(before: &str) -> Option<Bias> {
    let before = before.trim_end_matches([' ', '\t']);
    // ASCII letters are one byte each, so the count is also the word's byte length.
    let word_start = before.len()
        - before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
    let word = before[word_start..].to_ascii_lowercase();
    match word.as_str() {
        "last" | "past" | "previous" | "preceding" => Some(Bias::Past),
        "next" | "coming" | "following" => Some(Bias::Future),
        _ => None,
    }
}

/// The quarter a report is about: the latest quarter named (not one derived from
/// another, like "the year-earlier quarter") before mention `index`.
pub(super) fn quarter_in_focus(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
) -> Option<(usize, i32, u32)> {
    (0..index.min(resolved.len()))
        .rev()
        .take(LOOKBACK)
        .find_map(|j| {
            let named = matches!(
                &mentions[j].value,
                MentionValue::Period(p)
                    if matches!(
                        p.position,
                        PeriodPosition::Nth { .. } | PeriodPosition::NthOf { .. } | PeriodPosition::Shift(_)
                    )
            );
            match resolved[j] {
                Some(Resolution {
                    period: Some(Period::Quarter { year, quarter }),
                    ..
                }) if named => Some((j, year, quarter)),
                _ => None,
            }
        })
}

/// "the day" ("ended the day 2% higher"): the latest day-exact point named before it,
/// or the article date when none is. A guess either way, so confidence is low, and
/// the provenance never claims the article date was written.
pub(super) fn day_in_focus(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    anchor: chrono::NaiveDate,
) -> Resolution {
    let (provenance, date) = match exact_day_in_focus(mentions, resolved, index) {
        Some((j, date)) => (Provenance::RelativeToMention { mention: j }, date),
        None => (Provenance::LatestPeriod, anchor),
    };
    Resolution {
        date: super::resolve::day_of(date),
        provenance,
        confidence: Confidence::Low,
        period: None,
    }
}

/// The latest day-exact point named before mention `index` ("Friday", "March 3",
/// "today"), with its index: the day the text is about at that place.
pub(super) fn exact_day_in_focus(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
) -> Option<(usize, chrono::NaiveDate)> {
    (0..index.min(resolved.len()))
        .rev()
        .take(LOOKBACK)
        .find_map(|j| {
            let r = resolved[j]?;
            // "today" names the day as well as a date does.
            let today = matches!(
                &mentions[j].value,
                MentionValue::Period(p)
                    if p.unit == crate::extract::PeriodUnit::Day
                        && matches!(p.position, PeriodPosition::Shift(_))
            );
            ((is_core_point(&mentions[j]) || today) && r.date.time.is_none())
                .then(|| r.date.exact().map(|d| (j, d)))
                .flatten()
        })
}

/// The latest point or period named before mention `index`, with its resolution: what
/// "later that year" or "that same morning" goes back to.
pub(super) fn point_in_focus(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
) -> Option<(usize, Resolution)> {
    (0..index.min(resolved.len()))
        .rev()
        .take(LOOKBACK)
        .find_map(|j| {
            // "now" and "recently" name no calendar time to go back to, and another
            // "that year" no new one.
            let calendar = is_core_point(&mentions[j])
                || matches!(
                    mentions[j].value,
                    MentionValue::Period(p) if !matches!(p.position, PeriodPosition::Anaphoric { .. })
                );
            calendar.then(|| resolved[j].map(|r| (j, r))).flatten()
        })
}

/// "later that year", "that same morning": the period of `unit` that holds the point
/// in focus (see [`point_in_focus`]), when that is known finely enough, moved by
/// `year_shift` years ("the same month a year earlier"). The text may have moved on to
/// an undated event, so confidence is low.
pub(super) fn period_in_focus(
    (j, named): (usize, Resolution),
    unit: PeriodUnit,
    year_shift: i32,
) -> Option<Resolution> {
    let mut date = named.date;
    if year_shift != 0 {
        date.year = Some(date.year?.checked_add(year_shift)?);
        // February 29 a year on is no day; the month still is.
        if date.exact().is_none() {
            date.day = None;
        }
    }
    // A quarter or week has a year but no month or day to take.
    let day = || date.exact().filter(|_| named.period.is_none());
    let (date, period) = match unit {
        PeriodUnit::Year => (year_month(date.year?, None), None),
        PeriodUnit::Month if named.period.is_none() => {
            (year_month(date.year?, Some(date.month?)), None)
        }
        PeriodUnit::Day => (super::resolve::day_of(day()?), None),
        PeriodUnit::Week => {
            let week = day()?.iso_week();
            (
                year_month(week.year(), None),
                Some(Period::Week {
                    year: week.year(),
                    week: week.week(),
                }),
            )
        }
        PeriodUnit::PartOfDay(part) => {
            let day = day()?;
            (
                super::resolve::day_of(day),
                Some(Period::PartOfDay(day, part)),
            )
        }
        _ => return None,
    };
    Some(Resolution {
        date,
        provenance: Provenance::RelativeToMention { mention: j },
        confidence: Confidence::Low,
        period,
    })
}

/// "a year ago", "two months ago", "a year earlier": a shift in whole years or months
/// has no exact day, but it has a year (or month). In a text about a quarter, a year
/// back is that quarter a year earlier, the comparison financial news makes.
pub(super) fn coarse_relative(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    offset: &RelativeOffset,
    anchor: Option<&Anchor>,
) -> Option<Resolution> {
    // "a year and a half ago" is eighteen months back.
    let (unit, milli_amount) = match offset.by.unit {
        TimeUnit::Year if offset.by.milli_amount % 1000 != 0 => {
            (TimeUnit::Month, offset.by.milli_amount.checked_mul(12)?)
        }
        unit => (unit, offset.by.milli_amount),
    };
    if milli_amount % 1000 != 0 {
        return None;
    }
    let mut amount = i32::try_from(milli_amount / 1000).ok()?;
    // A quarter back is three months back.
    if unit == TimeUnit::Quarter {
        amount = amount.checked_mul(3)?;
    }
    let sign = match offset.direction {
        Direction::Before => -1,
        Direction::After => 1,
    };
    let years = match unit {
        TimeUnit::Year => Some(amount),
        TimeUnit::Decade => Some(amount.checked_mul(10)?),
        TimeUnit::Month | TimeUnit::Quarter => None,
        _ => return None,
    };
    // Only a look back ("a year ago", "a year earlier") is the comparison quarter; "the
    // next year" is a year.
    let focus = (offset.direction == Direction::Before)
        .then(|| quarter_in_focus(mentions, resolved, index))
        .flatten();
    if let (Some(years), Some((j, year, quarter))) = (years, focus) {
        let year = year.checked_add(sign * years)?;
        return Some(Resolution {
            date: year_month(year, None),
            provenance: Provenance::RelativeToMention { mention: j },
            confidence: Confidence::Low,
            period: Some(Period::Quarter { year, quarter }),
        });
    }
    let (base, provenance, confidence) = match offset.relative_to {
        RelativeTo::Anchor => (
            anchor?.date,
            Provenance::RelativeToAnchor,
            Confidence::Medium,
        ),
        RelativeTo::Event => {
            // The latest written date before it, to the year (and month, if written): a
            // date, or a month or year named alone ("In March, …. The following month").
            let (j, year, month) = (0..index.min(resolved.len()))
                .rev()
                .take(LOOKBACK)
                .find_map(|j| {
                    let r = resolved[j]?;
                    let written = match mentions[j].value {
                        MentionValue::Date(_) => r.period.is_none(),
                        MentionValue::Period(p) => {
                            matches!(p.unit, PeriodUnit::Month | PeriodUnit::Year)
                                && matches!(
                                    p.position,
                                    PeriodPosition::Nth { .. } | PeriodPosition::Absolute(_)
                                )
                        }
                        _ => false,
                    };
                    written.then_some((j, r.date.year?, r.date.month))
                })?;
            // Only whole years count from a year; a month shift needs the event's month.
            if years.is_none() && month.is_none() {
                return None;
            }
            let base = chrono::NaiveDate::from_ymd_opt(year, month.unwrap_or(7), 1)?;
            (
                base,
                Provenance::RelativeToMention { mention: j },
                Confidence::Low,
            )
        }
    };
    let date = match years {
        Some(years) => year_month(base.year().checked_add(sign * years)?, None),
        None => {
            let index = base.year() * 12 + base.month0() as i32 + sign * amount;
            year_month(index.div_euclid(12), Some(index.rem_euclid(12) as u32 + 1))
        }
    };
    Some(Resolution {
        date,
        provenance,
        confidence,
        period: None,
    })
}

fn year_month(year: i32, month: Option<u32>) -> CalendarDate {
    CalendarDate {
        year: Some(year),
        month,
        day: None,
        time: None,
    }
}

/// Places each time of day ("at 6 a.m.") on the day a date or weekday in the same
/// sentence names, else on the article date. Both are guesses, so confidence is low.
pub(super) fn place_times(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
    anchor: Option<&Anchor>,
) {
    for i in 0..mentions.len().min(resolutions.len()) {
        let MentionValue::Time(time) = mentions[i].value else {
            continue;
        };
        let sentence = doc.sentence_at(mentions[i].span.start as usize);
        let same_sentence = |j: usize| doc.sentence_at(mentions[j].span.start as usize) == sentence;
        // The nearest day-exact point in the sentence, on either side, by the text
        // between them: "at 16:15 UTC, June 1" is on June 1 even when a dateline just
        // before it runs into the sentence.
        let span = mentions[i].span;
        let gap = |j: usize| {
            let other = mentions[j].span;
            other
                .start
                .saturating_sub(span.end)
                .max(span.start.saturating_sub(other.end))
        };
        let day = (0..mentions.len())
            .filter(|&j| j != i && is_core_point(&mentions[j]) && same_sentence(j))
            .filter_map(|j| {
                let r = resolutions[j]?;
                r.date.exact().map(|d| (j, d))
            })
            .min_by_key(|&(j, _)| gap(j));
        let (date, provenance) = match (day, anchor) {
            (Some((j, date)), _) => (date, Provenance::RelativeToMention { mention: j }),
            (None, Some(anchor)) => (anchor.date, Provenance::ArticleDay),
            (None, None) => continue,
        };
        resolutions[i] = Some(Resolution {
            date: CalendarDate {
                time: Some(time),
                ..super::resolve::day_of(date)
            },
            provenance,
            confidence: Confidence::Low,
            period: None,
        });
    }
}

/// A bare date whose year is only a weak guess takes the year of the same bare month and
/// day named before it with a surer one: "will succeed him Feb. 1" then "effective
/// Feb. 1" in a past-tense sentence is the same day. The guess stays low-confidence.
pub(super) fn same_date_named_before(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    written: &crate::extract::WrittenDate,
    guess: Resolution,
) -> Resolution {
    if written.year.is_some() || written.day.is_none() || guess.confidence > Confidence::Low {
        return guess;
    }
    let earlier = (0..index.min(resolved.len())).rev().find_map(|j| {
        let MentionValue::Date(other) = &mentions[j].value else {
            return None;
        };
        let r = resolved[j]?;
        // Only another bare date: "Sept. 11, 2001" then "Sept. 11" is an anniversary,
        // "born on Sept. 5, 1950" then "died Sept. 5" another year.
        (other.year.is_none()
            && other.month == written.month
            && other.day == written.day
            && r.confidence > Confidence::Low)
            .then_some((j, r.date.year?))
    });
    // February 29 is no day in most years: a borrowed year must not make it one that
    // `impossible-date` would report.
    let valid = |year: i32| {
        chrono::NaiveDate::from_ymd_opt(year, written.month.unwrap_or(0), written.day.unwrap_or(0))
            .is_some()
    };
    match earlier.filter(|&(_, year)| valid(year)) {
        Some((j, year)) => Resolution {
            date: CalendarDate {
                year: Some(year),
                ..guess.date
            },
            provenance: Provenance::RelativeToMention { mention: j },
            ..guess
        },
        None => guess,
    }
}

#[cfg(test)]
mod tests {
    use crate::document::{DocKind, Document};
    use crate::timeline::{analyze, timex};

    /// The TIMEX3 value of the mention `needle` in a text dated 2022-05-13 (a Friday).
    fn v(text: &str, needle: &str) -> String {
        v_on("2022-05-13", text, needle)
    }

    /// The TIMEX3 value of the mention `needle` in a text dated `date`.
    fn v_on(date: &str, text: &str, needle: &str) -> String {
        let text = format!("Dated {date}.\n\n{text}");
        let doc = Document::new(&text, DocKind::PlainText);
        let analysis = analyze(&doc, None);
        let i = analysis
            .mentions
            .iter()
            .position(|m| doc.text(m.span) == needle)
            .unwrap_or_else(|| panic!("no mention {needle:?} in {:?}", analysis.mentions));
        timex(
            &analysis.mentions[i],
            analysis.timeline.resolutions[i].as_ref(),
        )
        .1
    }

    #[test]
    fn years_and_months_ago_keep_their_granularity() {
        assert_eq!(v("The mill closed two years ago.", "two years ago"), "2020");
        assert_eq!(
            v("The mill closed three months ago.", "three months ago"),
            "2022-02"
        );
        // A year and a half is counted in months.
        assert_eq!(
            v(
                "The mill closed a year and a half ago.",
                "a year and a half ago"
            ),
            "2020-11"
        );
    }

    #[test]
    fn a_date_named_again_keeps_its_year() {
        // The first is surely next February's; the second, in a past-tense sentence,
        // would be this February's on its own.
        let text = "The chief will step down Feb. 1, the board said. It named an interim \
                    team last week, to take over on Feb. 1.";
        let doc = Document::new(format!("Dated 2022-10-20.\n\n{text}"), DocKind::PlainText);
        let analysis = analyze(&doc, None);
        let years: Vec<_> = analysis
            .mentions
            .iter()
            .zip(&analysis.timeline.resolutions)
            .filter(|(m, _)| doc.text(m.span) == "Feb. 1")
            .map(|(_, r)| r.and_then(|r| r.date.year))
            .collect();
        assert_eq!(years, [Some(2023), Some(2023)]);
        // A date with its year written is an anniversary when named again bare.
        assert_eq!(
            v("The towers fell on Sept. 11, 2001. Services were held on Sept. 11 across the city.", "Sept. 11"),
            "2021-09-11"
        );
        // February 29 written with a year lends it to no bare February 29 after it.
        let text = "Dated 2022-05-13.\n\nThe rule was proposed on Feb. 29, 2019. A vote followed on Feb. 29, when it passed.";
        let doc = Document::new(text, DocKind::PlainText);
        let analysis = analyze(&doc, None);
        let last = analysis
            .mentions
            .iter()
            .rposition(|m| doc.text(m.span) == "Feb. 29");
        let value = last.map(|i| {
            timex(
                &analysis.mentions[i],
                analysis.timeline.resolutions[i].as_ref(),
            )
            .1
        });
        assert_eq!(value.as_deref(), Some("XXXX-02-29"));
    }

    #[test]
    fn the_previous_fiscal_year_counts_from_the_year_in_focus() {
        assert_eq!(
            v(
                "Sales in fiscal 2019 rose 5% from the previous fiscal year.",
                "the previous fiscal year"
            ),
            "2018"
        );
        // With no year named before it, the article's own.
        assert_eq!(
            v(
                "Growth will be faster in the next fiscal year.",
                "the next fiscal year"
            ),
            "2023"
        );
        // "next year" is no year written, and one named paragraphs back is not the
        // year in focus.
        assert_eq!(
            v(
                "Prices will rise next year, and faster in the next fiscal year.",
                "the next fiscal year"
            ),
            "2023"
        );
        let far = format!(
            "Deflation may return in fiscal 2024, she said.\n\n{}\n\nGrowth will be 2 percent in the next fiscal year.",
            "The weather was wet and sales were slow in the autumn, the report said. ".repeat(3)
        );
        assert_eq!(v(&far, "the next fiscal year"), "2023");
        // Counted from the year just written, in a past narrative.
        assert_eq!(
            v(
                "In fiscal 2015 it lost money, and the next fiscal year it recovered.",
                "the next fiscal year"
            ),
            "2016"
        );
    }

    #[test]
    fn a_year_back_in_a_quarterly_report_is_that_quarter() {
        let text = "Sales rose in the first quarter, up from a year ago.";
        assert_eq!(v(text, "a year ago"), "2021-Q1");
    }

    #[test]
    fn the_latest_quarter_is_a_finished_one() {
        // Written in May 2022: the latest finished quarter is the first, whatever
        // later quarter a forecast names before it.
        let text = "The bank expects a third-quarter charge. Profit fell in the latest quarter.";
        assert_eq!(v(text, "the latest quarter"), "2022-Q1");
        let text = "Profit rose in the fourth quarter of 2021. The quarter was strong.";
        assert_eq!(v(text, "The quarter"), "2021-Q4");
    }

    #[test]
    fn weekday_cues_and_tomorrow() {
        assert_eq!(v("The ferry sank last Friday.", "Friday"), "2022-05-06");
        assert_eq!(v("The ferry sails next Friday.", "Friday"), "2022-05-20");
        // The day after the article date, with no cue either way.
        assert_eq!(v("The ferry sails Saturday.", "Saturday"), "2022-05-14");
        assert_eq!(v("The ferry sank on Wednesday.", "Wednesday"), "2022-05-11");
        // "on a Monday" is any Monday: no day.
        assert_eq!(v("The pump was fixed on a Monday.", "Monday"), "XXXX-XX-XX");
        // "this" is the article's week (Monday 9 to Sunday 15).
        assert_eq!(
            v("The exam was set for this Sunday.", "Sunday"),
            "2022-05-15"
        );
        assert_eq!(v("The ferry docked this Tuesday.", "Tuesday"), "2022-05-10");
        // A day already gone, in a sentence not in the past, is the next one.
        assert_eq!(
            v("The board will meet this Tuesday.", "Tuesday"),
            "2022-05-17"
        );
        assert_eq!(v("The council meets this Monday.", "Monday"), "2022-05-16");
        // Cues both ways: a plain future in the day's own clause governs it, unless a
        // past verb follows the day in that clause.
        let both = "On Tuesday the club will play a side who drew on Wednesday.";
        assert_eq!(v(both, "Tuesday"), "2022-05-17");
        assert_eq!(v(both, "Wednesday"), "2022-05-11");
        assert_eq!(
            v(
                "He claimed the case will fail and on Tuesday criticised the judge.",
                "Tuesday"
            ),
            "2022-05-10"
        );
        assert_eq!(
            v(
                "The offer had been scheduled to expire on Tuesday, and will now run on.",
                "Tuesday"
            ),
            "2022-05-10"
        );
        // A plan told in the past tense is still ahead of the article.
        assert_eq!(
            v(
                "Growers were planning to block the road on Monday.",
                "Monday"
            ),
            "2022-05-16"
        );
    }

    #[test]
    fn a_season_alone_takes_the_year_of_its_tense_or_the_one_it_is_in() {
        // Written on 13 May 2022, in spring.
        assert_eq!(
            v("The road reopens in the spring.", "the spring"),
            "2022-SP"
        );
        assert_eq!(v("Orders fell over the winter.", "the winter"), "2021-WI");
        assert_eq!(
            v("Filming will start in the autumn.", "the autumn"),
            "2022-FA"
        );
        assert_eq!(
            v("The canal froze in the winter of 1963.", "the winter"),
            "1963-WI"
        );
        // A winter is the year it starts in: in January, the one since December.
        let text = "Heating bills soared in the winter.";
        assert_eq!(v_on("2022-01-20", text, "the winter"), "2021-WI");
    }

    #[test]
    fn the_previous_weekday_counts_from_the_day_in_focus() {
        // The day in focus is Wednesday the 11th; the Friday before it is the 6th.
        let text = "The index fell on Wednesday, down 3% from the previous Friday.";
        assert_eq!(v(text, "Friday"), "2022-05-06");
        let text = "The talks opened on May 2 and closed the following Thursday.";
        assert_eq!(v(text, "Thursday"), "2022-05-05");
        // With no day named before it, the article date is the base.
        assert_eq!(v("Up 3% from the previous Friday.", "Friday"), "2022-05-06");
        // "last" is deictic: it counts from the article date whatever came before.
        let text = "The index fell on May 2, and again last Thursday.";
        assert_eq!(v(text, "Thursday"), "2022-05-12");
    }

    #[test]
    fn times_take_the_day_of_their_sentence() {
        assert_eq!(
            v("The polls closed at 8 p.m. on Wednesday.", "8 p.m."),
            "2022-05-11T20:00"
        );
        assert_eq!(
            v("The polls closed at 8 p.m.", "8 p.m."),
            "2022-05-13T20:00"
        );
        // The nearest day in the text, not in the mention list: a dateline that runs
        // into the sentence is further from the time than the day written after it.
        assert_eq!(
            v(
                "May 12, 2022 In a talk at 16:15 UTC, May 10, the mayor spoke.",
                "16:15 UTC"
            ),
            "2022-05-10T16:15Z"
        );
    }
}
