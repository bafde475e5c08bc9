//! Resolving calendar periods ("last week", "the third quarter", "last summer") and
//! references ("now") against the anchor.

use super::resolve::{day_of, infer_year};
use super::{Anchor, Bias, CalendarDate, Confidence, Period, Provenance, Resolution};
use crate::extract::{
    Direction, Holiday, Mention, PeriodExpr, PeriodPosition, PeriodUnit, Season, TimeReference,
};
use chrono::{Datelike, Days, NaiveDate};

/// How close, in bytes, a written year must be for "the previous fiscal year" to count
/// from it: about a sentence.
pub(super) const NEAR_BYTES: u32 = 200;

/// A reference resolves to itself: it names the present, past or future, not a date.
pub(super) fn reference(reference: TimeReference) -> Resolution {
    Resolution {
        date: year_only(None),
        provenance: Provenance::Deictic,
        confidence: Confidence::High,
        period: Some(Period::Reference(reference)),
    }
}

pub(super) fn year_only(year: Option<i32>) -> CalendarDate {
    CalendarDate {
        year,
        month: None,
        day: None,
        time: None,
    }
}

fn resolution(
    date: CalendarDate,
    period: Option<Period>,
    provenance: Provenance,
    confidence: Confidence,
) -> Option<Resolution> {
    Some(Resolution {
        date,
        provenance,
        confidence,
        period,
    })
}

/// Whether a period is a month or season named alone, its year left to the article
/// date: "in January", "in the summer"; not "January 2006", "last January" or "January
/// last year".
pub(super) fn is_month_alone(expr: &PeriodExpr) -> bool {
    matches!(expr.unit, PeriodUnit::Month | PeriodUnit::Season(_))
        && matches!(
            expr.position,
            PeriodPosition::Nth {
                year_shift: None,
                cue: None,
                ..
            }
        )
}

/// Whether a period's year is read from the tense of its clause: a month, season or
/// holiday named alone.
pub(super) fn year_by_tense(expr: &PeriodExpr) -> bool {
    is_month_alone(expr) || matches!(expr.unit, PeriodUnit::Season(_) | PeriodUnit::Holiday(_))
}

/// Whether a period is "the full year", the article's year by its place.
pub(super) fn is_the_full_year(expr: &PeriodExpr, text: &str) -> bool {
    expr.unit == PeriodUnit::Year
        && expr.position == PeriodPosition::Shift(0)
        && crate::extract::starts_with_ignore_case(text, "the full ")
}

/// A resolution moved to the year before, as the most recent one past: a month's, a
/// season's, a quarter's or a day's. A day with no match that year (February 29) stays
/// as it was.
pub(super) fn a_year_back(resolution: Resolution) -> Resolution {
    moved_by_years(
        resolution,
        -1,
        Provenance::YearFromAnchor { bias: Bias::Past },
    )
}

/// A resolution moved to the year after, as the next one to come.
pub(super) fn a_year_on(resolution: Resolution) -> Resolution {
    moved_by_years(
        resolution,
        1,
        Provenance::YearFromAnchor { bias: Bias::Future },
    )
}

/// A resolution moved into `year`, the year mention `from` names.
pub(super) fn in_year(resolution: Resolution, year: i32, from: usize) -> Resolution {
    let by = resolution.date.year.map_or(0, |y| year - y);
    moved_by_years(
        resolution,
        by,
        Provenance::RelativeToMention { mention: from },
    )
}

fn moved_by_years(resolution: Resolution, by: i32, provenance: Provenance) -> Resolution {
    let mut date = resolution.date;
    date.year = date.year.and_then(|y| y.checked_add(by));
    if date.day.is_some() && date.exact().is_none() {
        return resolution;
    }
    let period = match resolution.period {
        Some(Period::Season { year, season }) => Some(Period::Season {
            year: year + by,
            season,
        }),
        Some(Period::Quarter { year, quarter }) => Some(Period::Quarter {
            year: year + by,
            quarter,
        }),
        Some(Period::Half { year, half }) => Some(Period::Half {
            year: year + by,
            half,
        }),
        period => period,
    };
    Resolution {
        date,
        period,
        provenance,
        ..resolution
    }
}

/// Resolves a period mention; absolute periods ("the 1990s", "1996") need no anchor.
pub(super) fn resolve_period(
    text: &str,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    expr: &PeriodExpr,
    anchor: Option<&Anchor>,
    tense: Option<Bias>,
) -> Option<Resolution> {
    if let PeriodUnit::Holiday(holiday) = expr.unit {
        return resolve_holiday(holiday, expr.position, anchor, tense);
    }
    if let PeriodPosition::Absolute(n) = expr.position {
        let (date, period) = match expr.unit {
            PeriodUnit::Decade => (year_only(None), Some(Period::Decade(n / 10))),
            PeriodUnit::Century => (year_only(None), Some(Period::Century(n - 1))),
            PeriodUnit::Season(season) => {
                (year_only(Some(n)), Some(Period::Season { year: n, season }))
            }
            _ => (year_only(Some(n)), None),
        };
        return resolution(date, period, Provenance::Explicit, Confidence::High);
    }
    if let PeriodPosition::Anaphoric { shift } = expr.position {
        return super::focus::period_of_focus(
            mentions, resolved, index, expr, anchor, tense, shift,
        );
    }
    let anchor = anchor?.date;
    if let (PeriodPosition::Latest, PeriodUnit::PartOfDay(part)) = (expr.position, expr.unit) {
        // "in the afternoon": the article day's, until the times are placed on the day
        // the text is about (`times::place_times`).
        return resolution(
            day_of(anchor),
            Some(Period::PartOfDay(anchor, part)),
            Provenance::ArticleDay,
            Confidence::Low,
        );
    }
    match expr.position {
        PeriodPosition::Shift(k) => shifted(anchor, expr.unit, k),
        PeriodPosition::Nth { n, year_shift, cue } => {
            nth(tense, anchor, expr.unit, n, year_shift, cue)
        }
        PeriodPosition::NthOf { n, year } => {
            let period = match expr.unit {
                PeriodUnit::Quarter if (1..=4).contains(&n) => Period::Quarter { year, quarter: n },
                PeriodUnit::Half if (1..=2).contains(&n) => Period::Half { year, half: n },
                _ => return None,
            };
            resolution(
                year_only(Some(year)),
                Some(period),
                Provenance::Explicit,
                Confidence::High,
            )
        }
        PeriodPosition::Latest if expr.unit == PeriodUnit::Weekend => weekend(anchor, tense),
        PeriodPosition::Latest if expr.unit == PeriodUnit::Day => Some(
            super::coarse::day_in_focus(mentions, resolved, index, anchor),
        ),
        PeriodPosition::Turning => {
            let year = anchor.year() + i32::from(anchor.month() >= 7);
            let bias = if year > anchor.year() {
                Bias::Future
            } else {
                Bias::Past
            };
            resolution(
                year_only(Some(year)),
                None,
                Provenance::YearFromAnchor { bias },
                Confidence::Medium,
            )
        }
        PeriodPosition::Latest | PeriodPosition::YearEarlier => {
            let year_back = i32::from(expr.position == PeriodPosition::YearEarlier);
            // A quarter named earlier in the text is the one "the quarter" goes on about.
            let q = (anchor.month() - 1) / 3 + 1;
            let latest = if q == 1 {
                (anchor.year() - 1, 4)
            } else {
                (anchor.year(), q - 1)
            };
            // "The latest quarter" is a finished one, not one still to come ("a
            // fourth-quarter charge" in an October report on the third), and so is the
            // quarter a "year-ago period" is compared with.
            let lower = text.to_ascii_lowercase();
            let finished = lower.contains("latest") || lower.contains("recent");
            // Guidance for the quarter under way may set it against a year earlier, a
            // forecast for a later one hardly.
            let current = if latest.1 == 4 {
                (latest.0 + 1, 1)
            } else {
                (latest.0, latest.1 + 1)
            };
            let limit = if finished { latest } else { current };
            let named = super::coarse::quarter_in_focus(mentions, resolved, index).filter(
                |&(_, year, quarter)| !(finished || year_back == 1) || (year, quarter) <= limit,
            );
            // "The first trading days of January set the tone for the quarter": with no
            // quarter named, a month named just before is in the one meant.
            let month_named = || {
                let here = mentions.get(index)?.span.start;
                let j = (0..index.min(resolved.len()))
                    .rev()
                    .take(super::coarse::LOOKBACK)
                    .find(|&j| resolved[j].is_some())?;
                let r = resolved[j]?;
                let month = r
                    .date
                    .month
                    .filter(|_| r.date.day.is_none() && r.period.is_none())?;
                (here.saturating_sub(mentions[j].span.end) <= NEAR_BYTES && year_back == 0)
                    .then_some((j, r.date.year?, (month - 1) / 3 + 1))
            };
            let (provenance, year, quarter) = match named.or_else(month_named) {
                Some((j, year, quarter)) => {
                    (Provenance::RelativeToMention { mention: j }, year, quarter)
                }
                None => (Provenance::LatestPeriod, latest.0, latest.1),
            };
            let year = year - year_back;
            resolution(
                year_only(Some(year)),
                Some(Period::Quarter { year, quarter }),
                provenance,
                Confidence::Low,
            )
        }
        PeriodPosition::Absolute(_) | PeriodPosition::Anaphoric { .. } => None,
    }
}

/// First day of the month `k` months from the anchor's month.
fn month_shift(anchor: NaiveDate, k: i32) -> Option<(i32, u32)> {
    let index = anchor.year() * 12 + anchor.month0() as i32 + k;
    Some((index.div_euclid(12), index.rem_euclid(12) as u32 + 1))
}

/// "Christmas 1998", "last Thanksgiving", "on Easter": the holiday in the year written,
/// or else the latest one before the article date ("last"), the next one after it
/// ("next"), or the one a bare month and day would be (by tense and nearness).
fn resolve_holiday(
    holiday: Holiday,
    position: PeriodPosition,
    anchor: Option<&Anchor>,
    tense: Option<Bias>,
) -> Option<Resolution> {
    if let PeriodPosition::Absolute(year) = position {
        return resolution(
            day_of(holiday.date_in(year)?),
            None,
            Provenance::Explicit,
            Confidence::High,
        );
    }
    let PeriodPosition::Nth { cue, .. } = position else {
        return None;
    };
    let anchor = anchor?.date;
    let year = anchor.year();
    let (date, bias, confidence) = match cue {
        Some(Direction::Before) => {
            let this_year = holiday.date_in(year)?;
            let date = if this_year < anchor {
                this_year
            } else {
                holiday.date_in(year - 1)?
            };
            (date, Bias::Past, Confidence::Medium)
        }
        Some(Direction::After) => {
            let this_year = holiday.date_in(year)?;
            let date = if this_year > anchor {
                this_year
            } else {
                holiday.date_in(year + 1)?
            };
            (date, Bias::Future, Confidence::Medium)
        }
        None => {
            let this_year = holiday.date_in(year)?;
            let guess = infer_year(anchor, this_year.month(), this_year.day(), tense, None);
            (
                holiday.date_in(guess.year)?,
                guess.bias,
                guess.confidence.min(Confidence::Medium),
            )
        }
    };
    resolution(
        day_of(date),
        None,
        Provenance::YearFromAnchor { bias },
        confidence,
    )
}

/// "last week", "this month", "next year", "today", "tonight".
pub(super) fn shifted(anchor: NaiveDate, unit: PeriodUnit, k: i32) -> Option<Resolution> {
    let provenance = Provenance::RelativeToAnchor;
    let days = |n: i64| anchor.checked_add_signed(chrono::TimeDelta::days(n));
    match unit {
        PeriodUnit::Day => resolution(
            day_of(days(i64::from(k))?),
            None,
            provenance,
            Confidence::High,
        ),
        PeriodUnit::PartOfDay(part) => {
            let date = days(i64::from(k))?;
            resolution(
                day_of(date),
                Some(Period::PartOfDay(date, part)),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Week | PeriodUnit::Weekend => {
            let week = days(i64::from(k) * 7)?.iso_week();
            let (year, week) = (week.year(), week.week());
            let period = if unit == PeriodUnit::Week {
                Period::Week { year, week }
            } else {
                Period::Weekend { year, week }
            };
            resolution(
                year_only(Some(year)),
                Some(period),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Month => {
            let (year, month) = month_shift(anchor, k)?;
            let date = CalendarDate {
                month: Some(month),
                ..year_only(Some(year))
            };
            resolution(date, None, provenance, Confidence::High)
        }
        PeriodUnit::Quarter => {
            let (year, month) = month_shift(anchor, k.checked_mul(3)?)?;
            let quarter = (month - 1) / 3 + 1;
            resolution(
                year_only(Some(year)),
                Some(Period::Quarter { year, quarter }),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Half => {
            let (year, month) = month_shift(anchor, k.checked_mul(6)?)?;
            let half = (month - 1) / 6 + 1;
            resolution(
                year_only(Some(year)),
                Some(Period::Half { year, half }),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Year => resolution(
            year_only(Some(anchor.year().checked_add(k)?)),
            None,
            provenance,
            Confidence::High,
        ),
        PeriodUnit::Decade => {
            let decade = anchor.year().div_euclid(10).checked_add(k)?;
            resolution(
                year_only(None),
                Some(Period::Decade(decade)),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Century => {
            let century = anchor.year().div_euclid(100).checked_add(k)?;
            resolution(
                year_only(None),
                Some(Period::Century(century)),
                provenance,
                Confidence::High,
            )
        }
        PeriodUnit::Holiday(_) => None,
        PeriodUnit::Season(season) => {
            let year = anchor.year().checked_add(k)?;
            resolution(
                year_only(Some(year)),
                Some(Period::Season { year, season }),
                provenance,
                Confidence::Medium,
            )
        }
    }
}

/// "the weekend" on its own: early in the week the one just past, later the coming one;
/// but early in the week in a sentence that looks ahead ("highs will stay below
/// freezing through the weekend", written on a Monday), the coming one.
fn weekend(anchor: NaiveDate, tense: Option<Bias>) -> Option<Resolution> {
    let back = anchor.weekday().num_days_from_monday() < 3 && tense != Some(Bias::Future);
    let day = if back {
        anchor.checked_sub_days(Days::new(7))?
    } else {
        anchor
    };
    let week = day.iso_week();
    resolution(
        year_only(Some(week.year())),
        Some(Period::Weekend {
            year: week.year(),
            week: week.week(),
        }),
        Provenance::RelativeToAnchor,
        Confidence::Low,
    )
}

/// The months a season covers, by its first and last month (winter starts in December).
fn season_months(season: Season) -> (u32, u32) {
    match season {
        Season::Spring => (3, 5),
        Season::Summer => (6, 8),
        Season::Fall => (9, 11),
        Season::Winter => (12, 2),
    }
}

/// Whether `month` falls in the run `first..=last`, which may wrap past December.
fn in_months(month: u32, first: u32, last: u32) -> bool {
    if first <= last {
        (first..=last).contains(&month)
    } else {
        month >= first || month <= last
    }
}

/// "the third quarter", "in March", "last summer", "this fall".
fn nth(
    tense: Option<Bias>,
    anchor: NaiveDate,
    unit: PeriodUnit,
    n: u32,
    year_shift: Option<i32>,
    cue: Option<Direction>,
) -> Option<Resolution> {
    let (year, provenance, confidence) = if let Some(shift) = year_shift {
        // A winter is the year it starts in: "this winter", written in January, is the
        // one since December.
        let wrapped = matches!(unit, PeriodUnit::Season(season) if {
            let (first, last) = season_months(season);
            first > last && anchor.month() <= last
        });
        (
            anchor.year().checked_add(shift)? - i32::from(wrapped && shift == 0),
            Provenance::RelativeToAnchor,
            Confidence::Medium,
        )
    } else {
        let month = match unit {
            PeriodUnit::Season(season) => season_months(season).0,
            _ => n,
        };
        let last_month = match unit {
            PeriodUnit::Season(season) => season_months(season).1,
            _ => n,
        };
        let a = anchor.month();
        match cue {
            // "last summer": the latest one that has ended; "next March": the first one
            // still to begin.
            Some(Direction::Before) => {
                let ended_this_year = last_month < a && month <= last_month;
                // In January or February the winter under way began last year, so the
                // one before it began the year before that.
                let within_a_winter = month > last_month && a <= last_month;
                let year = if ended_this_year {
                    anchor.year()
                } else if within_a_winter {
                    anchor.year() - 2
                } else {
                    anchor.year() - 1
                };
                (
                    year,
                    Provenance::YearFromAnchor { bias: Bias::Past },
                    Confidence::Medium,
                )
            }
            Some(Direction::After) => {
                let year = if month > a {
                    anchor.year()
                } else {
                    anchor.year() + 1
                };
                (
                    year,
                    Provenance::YearFromAnchor { bias: Bias::Future },
                    Confidence::Medium,
                )
            }
            // The article's own month is this year's, whichever way the sentence
            // points ("the offer expires at the end of November", written in November).
            // So is the season the article is written in ("in spring", written in April).
            None if unit == PeriodUnit::Month && month == a
                || matches!(unit, PeriodUnit::Season(_)) && in_months(a, month, last_month) =>
            {
                // A winter is the year it starts in: in February, the one since December.
                let wrapped = month > last_month && a <= last_month;
                (
                    anchor.year() - i32::from(wrapped),
                    Provenance::YearFromAnchor { bias: Bias::Past },
                    Confidence::Medium,
                )
            }
            None => {
                let guess = infer_year(anchor, month, 1, tense, None);
                (
                    guess.year,
                    Provenance::YearFromAnchor { bias: guess.bias },
                    guess.confidence.min(Confidence::Medium),
                )
            }
        }
    };
    let date = year_only(Some(year));
    let period = match unit {
        PeriodUnit::Quarter if (1..=4).contains(&n) => Some(Period::Quarter { year, quarter: n }),
        PeriodUnit::Half if (1..=2).contains(&n) => Some(Period::Half { year, half: n }),
        PeriodUnit::Season(season) => Some(Period::Season { year, season }),
        PeriodUnit::Month if (1..=12).contains(&n) => {
            return resolution(
                CalendarDate {
                    month: Some(n),
                    ..date
                },
                None,
                provenance,
                confidence,
            );
        }
        _ => return None,
    };
    resolution(date, period, provenance, confidence)
}

#[cfg(test)]
#[path = "periods_tests.rs"]
mod tests;
