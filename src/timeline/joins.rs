//! Neighbouring mentions that TimeML marks as one TIMEX3 expression: a time and the day
//! after it ("noon Thursday"), a quarter or half and its year ("the third quarter of
//! 1990"), "the weekend of 24 January", "the April-June quarter", "the 1988 quarter" in a report about a quarter. Part of the TIMEX3 view
//! built in [`super::extent`]; the mentions the checks read are not changed.

use chrono::Datelike;

use super::extent::{is_named_day, lead_before, Timex};
use super::timex::{period_timex, timex, TimexType};
use super::{Period, Resolution};
use crate::document::Span;
use crate::extract::{Mention, MentionValue};

/// Two neighbouring mentions that TimeML marks as one expression: a time and the day
/// after it ("noon Thursday", "9 a.m. Tuesday"), a quarter or half and its year ("the
/// third quarter of 1990"). Returns the joined expression and how many mentions it used.
pub(super) fn join(
    prose: &str,
    mentions: &[Mention],
    resolutions: &[Option<Resolution>],
    i: usize,
) -> Option<(Timex, usize)> {
    if let Some(quarter) = quarter_of_year(prose, mentions, resolutions, i) {
        return Some((quarter, 1));
    }
    let (first, second) = (mentions.get(i)?, mentions.get(i + 1)?);
    let gap = prose.get(first.span.end as usize..second.span.start as usize)?;
    let second_resolution = resolutions.get(i + 1).copied().flatten();
    match (&first.value, &second.value) {
        // "noon Thursday", "9 a.m. EST Tuesday", "16:00 UTC today", "noon tomorrow",
        // "midnight tonight".
        (MentionValue::Time(t), day)
            if (gap == " " || names_a_zone(gap)) && (is_named_day(day) || is_tonight(day)) =>
        {
            let day = second_resolution?.date.exact()?;
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Time,
                    value: format!("{}{}", day.format("%Y-%m-%d"), t.timex()),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(first_period), _) if gap == " " && is_named_day(&second.value) => {
            // "mid-afternoon yesterday": the part of the day named after it.
            let crate::extract::PeriodUnit::PartOfDay(part) = first_period.unit else {
                return None;
            };
            let day = second_resolution?.date.exact()?;
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Time,
                    value: period_timex(Period::PartOfDay(day, part)),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(weekend), MentionValue::Date(_))
            if gap.eq_ignore_ascii_case(" of ")
                && weekend.unit == crate::extract::PeriodUnit::Weekend
                && prose
                    .get(first.span.start as usize..first.span.end as usize)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the weekend")) =>
        {
            // "the weekend of 24 January": the weekend of that day's week.
            let week = second_resolution?.date.exact()?.iso_week();
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Date,
                    value: period_timex(Period::Weekend {
                        year: week.year(),
                        week: week.week(),
                    }),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(from), MentionValue::Period(to))
            if matches!(gap, "-" | "\u{2013}")
                && from.unit == crate::extract::PeriodUnit::Month
                && to.unit == crate::extract::PeriodUnit::Month =>
        {
            // "April-June", "the July-September quarter": a calendar quarter by its months.
            let (start, end) = (resolutions.get(i).copied().flatten()?, second_resolution?);
            let (year, first_month, last_month) =
                (start.date.year?, start.date.month?, end.date.month?);
            if first_month % 3 != 1 || last_month != first_month + 2 || end.date.year != Some(year)
            {
                return None;
            }
            let mut span = Span::new(first.span.start as usize, second.span.end as usize);
            if let Some(rest) = prose.get(second.span.end as usize..) {
                if rest.starts_with(" quarter")
                    && !rest[" quarter".len()..].starts_with(|c: char| c.is_alphanumeric())
                {
                    span.end += " quarter".len() as u32;
                    if let Some(the) = lead_before(prose, first.span.start as usize, "the ") {
                        span.start = the as u32;
                    }
                }
            }
            Some((
                Timex {
                    span,
                    kind: TimexType::Date,
                    value: period_timex(Period::Quarter {
                        year,
                        quarter: first_month.div_ceil(3),
                    }),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(quarter), MentionValue::Relative(back))
            if gap == " "
                && quarter.unit == crate::extract::PeriodUnit::Quarter
                && back.by.unit == crate::extract::TimeUnit::Year
                && back.by.milli_amount == 1000
                && back.direction == crate::extract::Direction::Before =>
        {
            // "the quarter a year ago": the same quarter, a year back.
            let Period::Quarter { year, quarter } = resolutions.get(i).copied().flatten()?.period?
            else {
                return None;
            };
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Date,
                    value: period_timex(Period::Quarter {
                        year: year - 1,
                        quarter,
                    }),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Time(_), MentionValue::Date(written))
            if (gap == " " || gap == ", ") && written.day.is_some() && written.time.is_none() =>
        {
            // "5 p.m. EST, Nov. 6": the time is already placed on the day after it.
            let time = resolutions.get(i).copied().flatten()?;
            if time.date.exact()? != second_resolution?.date.exact()? {
                return None;
            }
            let (kind, value) = timex(first, Some(&time));
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind,
                    value,
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Date(_) | MentionValue::Period(_), MentionValue::Period(quarter))
            if gap == " "
                && matches!(
                    quarter.unit,
                    crate::extract::PeriodUnit::Quarter | crate::extract::PeriodUnit::Half
                )
                && matches!(quarter.position, crate::extract::PeriodPosition::Nth { .. }) =>
        {
            // "the 1988 third quarter": the year written before the quarter is its year.
            let first_resolution = resolutions.get(i).copied().flatten()?;
            let date = first_resolution.date;
            if date.month.is_some() || first_resolution.period.is_some() {
                return None;
            }
            let year = date.year?;
            let period = match second_resolution?.period? {
                Period::Quarter { quarter, .. } => Period::Quarter { year, quarter },
                Period::Half { half, .. } => Period::Half { year, half },
                _ => return None,
            };
            let start = lead_before(prose, first.span.start as usize, "the ")
                .unwrap_or(first.span.start as usize);
            Some((
                Timex {
                    span: Span::new(start, second.span.end as usize),
                    kind: TimexType::Date,
                    value: period_timex(period),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(same), MentionValue::Relative(back))
            if gap == " "
                && same.position == (crate::extract::PeriodPosition::Anaphoric { shift: 0 })
                && back.by.unit == crate::extract::TimeUnit::Year
                && back.by.milli_amount == 1000
                && back.direction == crate::extract::Direction::Before =>
        {
            // "the same month a year earlier": that month, a year back.
            let same = resolutions.get(i).copied().flatten()?;
            if same.period.is_some() {
                return None;
            }
            let mut date = same.date;
            date.year = Some(date.year? - 1);
            if date.day.is_some() && date.exact().is_none() {
                date.day = None;
            }
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Date,
                    value: date.timex(),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(month), MentionValue::Period(year))
            if gap == " "
                && month.unit == crate::extract::PeriodUnit::Month
                && year.unit == crate::extract::PeriodUnit::Year
                && matches!(
                    year.position,
                    crate::extract::PeriodPosition::Shift(_)
                        | crate::extract::PeriodPosition::Absolute(_)
                ) =>
        {
            // "February this year", "June last year", "January nineteen ninety-seven".
            let year = second_resolution?.date.year?;
            let month = resolutions.get(i).copied().flatten()?.date.month?;
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Date,
                    value: format!("{year:04}-{month:02}"),
                    mention: Some(i),
                },
                2,
            ))
        }
        (MentionValue::Period(period), MentionValue::Date(_) | MentionValue::Period(_))
            if gap.eq_ignore_ascii_case(" of ")
                || gap == " "
                    && matches!(
                        period.position,
                        crate::extract::PeriodPosition::NthOf { .. }
                    ) =>
        {
            // Only a bare year joins: "the third quarter of 1990", "... of last year",
            // "fourth-quarter 2006"; not the first year of a season across two ("the
            // second half of 2019-20").
            let year_resolution = second_resolution?;
            let date = year_resolution.date;
            let season_of_two_years =
                crate::extract::continues_a_year_range(&prose[second.span.end as usize..]);
            if date.month.is_some() || year_resolution.period.is_some() || season_of_two_years {
                return None;
            }
            let year = date.year?;
            let period = match resolutions.get(i).copied().flatten()?.period? {
                Period::Quarter { quarter, .. } => Period::Quarter { year, quarter },
                Period::Half { half, .. } => Period::Half { year, half },
                Period::Season { season, .. } => Period::Season { year, season },
                _ => return None,
            };
            Some((
                Timex {
                    span: Span::new(first.span.start as usize, second.span.end as usize),
                    kind: TimexType::Date,
                    value: period_timex(period),
                    mention: Some(i),
                },
                2,
            ))
        }
        _ => None,
    }
}

/// Whether the words between a time and its day name the time's zone in words: "8:30
/// a.m. Eastern time Tuesday", "3 p.m. local time Sunday".
/// Whether a mention is "tonight", the night of the article's day.
fn is_tonight(value: &MentionValue) -> bool {
    matches!(value, MentionValue::Period(p) if p.unit
        == crate::extract::PeriodUnit::PartOfDay(crate::extract::PartOfDay::Night)
        && p.position == crate::extract::PeriodPosition::Shift(0))
}

fn names_a_zone(gap: &str) -> bool {
    const ZONES: [&str; 5] = ["eastern", "central", "mountain", "pacific", "local"];
    let words = gap
        .strip_prefix(' ')
        .and_then(|g| g.strip_suffix(' '))
        .and_then(|g| g.split_once(' '));
    words.is_some_and(|(zone, time)| {
        ZONES.iter().any(|z| zone.eq_ignore_ascii_case(z)) && time.eq_ignore_ascii_case("time")
    })
}

/// "the 1988 period", "the 1988 quarter": in a report about a quarter, that quarter of
/// the year written.
fn quarter_of_year(
    prose: &str,
    mentions: &[Mention],
    resolutions: &[Option<Resolution>],
    i: usize,
) -> Option<Timex> {
    let mention = mentions.get(i)?;
    let resolution = resolutions.get(i).copied().flatten()?;
    let year_only = resolution.date.month.is_none() && resolution.period.is_none();
    if !year_only {
        return None;
    }
    let year = resolution.date.year?;
    let start = lead_before(prose, mention.span.start as usize, "the ")?;
    let rest = &prose[mention.span.end as usize..];
    let noun = [" period", " quarter"]
        .iter()
        .find(|noun| rest.starts_with(**noun))?;
    let end = mention.span.end as usize + noun.len();
    if prose[end..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (_, _, quarter) = super::coarse::quarter_in_focus(mentions, resolutions, i)?;
    Some(Timex {
        span: Span::new(start, end),
        kind: TimexType::Date,
        value: period_timex(Period::Quarter { year, quarter }),
        mention: Some(i),
    })
}

#[cfg(test)]
#[path = "joins_tests.rs"]
mod tests;
