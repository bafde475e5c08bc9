//! Resolutions coarser than a day: "a year ago" (a year, or the year-earlier quarter in a
//! report about a quarter), "two months ago" (a month); a month given its year by the
//! year after it ("October of next year").

use super::{Anchor, Bias, CalendarDate, Confidence, Period, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{
    Direction, Mention, MentionValue, PeriodPosition, PeriodUnit, RelativeOffset, RelativeTo,
    TimeUnit,
};
use chrono::{Datelike, NaiveDate};

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
pub(super) const LOOKBACK: usize = 200;

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
            // "now" and "recently" name no calendar time to go back to, another "that
            // year" no new one, and "in the afternoon" no day of its own.
            let calendar = is_core_point(&mentions[j])
                || matches!(
                    mentions[j].value,
                    MentionValue::Period(p) if !(matches!(p.position, PeriodPosition::Anaphoric { .. })
                        || p.position == PeriodPosition::Latest
                            && matches!(p.unit, PeriodUnit::PartOfDay(_)))
                );
            calendar.then(|| resolved[j].map(|r| (j, r))).flatten()
        })
}

/// "later that year", "that same morning": the period of `unit` that holds the point
/// in focus (see [`point_in_focus`]), when that is known finely enough, moved by
/// `shift` years ("the same month a year earlier"), or days for a part of the day ("the
/// next morning"). The text may have moved on to an undated event, so confidence is
/// low.
pub(super) fn period_in_focus(
    (j, named): (usize, Resolution),
    unit: PeriodUnit,
    shift: i32,
) -> Option<Resolution> {
    let mut date = named.date;
    if let PeriodUnit::PartOfDay(part) = unit {
        let day = date.exact().filter(|_| named.period.is_none())?;
        let day = day.checked_add_signed(chrono::TimeDelta::days(i64::from(shift)))?;
        return Some(Resolution {
            date: super::resolve::day_of(day),
            provenance: Provenance::RelativeToMention { mention: j },
            confidence: Confidence::Low,
            period: Some(Period::PartOfDay(day, part)),
        });
    }
    if shift != 0 {
        date.year = Some(date.year?.checked_add(shift)?);
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
        // "that quarter", "the same period last year": the quarter in focus, or the
        // month when a month is what the text is about.
        PeriodUnit::Quarter => match named.period {
            Some(Period::Quarter { quarter, .. }) => {
                let year = date.year?;
                (
                    year_month(year, None),
                    Some(Period::Quarter { year, quarter }),
                )
            }
            None if date.day.is_none() => (year_month(date.year?, Some(date.month?)), None),
            _ => return None,
        },
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
        _ => return None,
    };
    Some(Resolution {
        date,
        provenance: Provenance::RelativeToMention { mention: j },
        confidence: Confidence::Low,
        period,
    })
}

/// "the previous week", "the following week": a week shifted from a day the text
/// names is that whole week, not the day seven days on. "A week later" keeps its day.
pub(super) fn week_named_from_a_day(
    text: &str,
    offset: &RelativeOffset,
    shifted: Resolution,
) -> Resolution {
    match (names_a_whole_week(text, offset), shifted.date.exact()) {
        (true, Some(day)) => Resolution {
            period: Some(week_of(day)),
            date: week_date(day),
            ..shifted
        },
        _ => shifted,
    }
}

/// Whether a shift of one week names a whole week: "the previous week", "the week
/// before", "the following week" (not "a week later").
fn names_a_whole_week(text: &str, offset: &RelativeOffset) -> bool {
    let lower = text.to_ascii_lowercase();
    offset.by.unit == TimeUnit::Week
        && offset.by.milli_amount == 1000
        && !offset.by.indefinite
        && lower.starts_with("the ")
        && (lower.ends_with(" week") || lower.starts_with("the week "))
}

fn week_of(day: NaiveDate) -> Period {
    let week = day.iso_week();
    Period::Week {
        year: week.year(),
        week: week.week(),
    }
}

fn week_date(day: NaiveDate) -> CalendarDate {
    year_month(day.iso_week().year(), None)
}

/// "New claims filed last week fell from 9,800 the week before": a whole week shifted
/// from the week the paragraph named last, when no day was named after it.
pub(super) fn week_from_a_week(
    doc: &Document,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    offset: &RelativeOffset,
) -> Option<Resolution> {
    if !names_a_whole_week(doc.text(mentions.get(index)?.span), offset) {
        return None;
    }
    let paragraph = doc.paragraph_at(mentions[index].span.start as usize);
    let (j, year, week) = (0..index.min(resolved.len()))
        .rev()
        .take(LOOKBACK)
        .take_while(|&j| doc.paragraph_at(mentions[j].span.start as usize) == paragraph)
        .find_map(|j| {
            let r = resolved[j]?;
            match r.period {
                Some(Period::Week { year, week }) => Some(Some((j, year, week))),
                // A day named since is the base instead (`resolve_from_previous`).
                _ if is_core_point(&mentions[j]) && r.date.exact().is_some() => Some(None),
                _ => None,
            }
        })??;
    let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon)?;
    let days = chrono::Days::new(7);
    let day = match offset.direction {
        Direction::Before => monday.checked_sub_days(days)?,
        Direction::After => monday.checked_add_days(days)?,
    };
    Some(Resolution {
        date: week_date(day),
        provenance: Provenance::RelativeToMention { mention: j },
        confidence: Confidence::Low,
        period: Some(week_of(day)),
    })
}

/// "a year ago", "two months ago", "a year earlier": a shift in whole years or months
/// has no exact day, but it has a year (or month). In a text about a quarter, a year
/// back is that quarter a year earlier, the comparison financial news makes.
pub(super) fn coarse_relative(
    doc: &Document,
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
    // Only one year back ("a year ago", "a year earlier") is the comparison quarter;
    // "the next year" and "more than 20 years ago" are years, and so is one after "the
    // full year" named since the quarter ("For the full year, profit rose … from $161.5
    // million the previous year").
    let one_year_back = offset.direction == Direction::Before && years == Some(1);
    let full_year_since = |j: usize| {
        mentions.get(j + 1..index).is_some_and(|between| {
            between.iter().any(|m| {
                matches!(&m.value, MentionValue::Period(p)
                    if super::periods::is_the_full_year(p, doc.text(m.span)))
            })
        })
    };
    let focus = one_year_back
        .then(|| quarter_in_focus(mentions, resolved, index))
        .flatten()
        .filter(|&(j, _, _)| !full_year_since(j));
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
            // date, or a month or year named alone ("In March, …. The following month")
            // or by its place ("last year, up from the previous year").
            // A month shift looks past a year named alone that lies before the month it
            // finds, in that month's sentence: background ("concluded in July 2018 that
            // cables, flagged in 2009, had failed. The council apologized the following
            // month").
            let mut passed_years: Vec<(i32, Option<usize>)> = Vec::new();
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
                                    PeriodPosition::Nth { .. }
                                        | PeriodPosition::Absolute(_)
                                        | PeriodPosition::Shift(_)
                                )
                        }
                        _ => false,
                    };
                    let (year, month) = (r.date.year?, r.date.month);
                    if !written {
                        return None;
                    }
                    if years.is_none() && month.is_none() {
                        let sentence = doc.sentence_at(mentions[j].span.start as usize);
                        passed_years.push((year, sentence));
                        return None;
                    }
                    Some((j, year, month))
                })
                .filter(|&(j, year, _)| {
                    let sentence = doc.sentence_at(mentions[j].span.start as usize);
                    passed_years
                        .iter()
                        .all(|&(passed, s)| passed < year && s == sentence)
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

/// A month or season named alone and then given its year with "of" ("after October of
/// next year", "in May of last year", "the summer of 2010") is in that year, not the
/// one the article date suggests.
pub(super) fn months_of_named_years(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
) {
    for i in 0..mentions.len().min(resolutions.len()).saturating_sub(1) {
        let (month, year) = (&mentions[i], &mentions[i + 1]);
        let month_alone = match &month.value {
            MentionValue::Period(expr) => super::periods::is_month_alone(expr),
            MentionValue::Date(d) => d.month.is_some() && d.day.is_none() && d.year.is_none(),
            _ => false,
        };
        let is_year = match &year.value {
            MentionValue::Period(p) => p.unit == PeriodUnit::Year,
            MentionValue::Date(d) => d.year.is_some() && d.month.is_none(),
            _ => false,
        };
        let gap = doc
            .prose()
            .get(month.span.end as usize..year.span.start as usize);
        let joined = gap.is_some_and(|g| g.trim().eq_ignore_ascii_case("of"));
        if !(month_alone && is_year && joined) {
            continue;
        }
        let (Some(named), Some(mut resolution)) = (resolutions[i + 1], resolutions[i]) else {
            continue;
        };
        let Some(y) = named.date.year.filter(|_| named.date.month.is_none()) else {
            continue;
        };
        resolution.date.year = Some(y);
        if let Some(Period::Season { season, .. }) = resolution.period {
            resolution.period = Some(Period::Season { year: y, season });
        }
        resolution.provenance = Provenance::RelativeToMention { mention: i + 1 };
        resolution.confidence = named.confidence;
        resolutions[i] = Some(resolution);
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
#[path = "coarse_tests.rs"]
pub(super) mod tests;
