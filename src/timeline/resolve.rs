//! Resolving each mention to a calendar value against the anchor.

use super::anchor::expand_year;
use super::tense::sentence_bias;
use super::{Anchor, Bias, CalendarDate, Confidence, Provenance, Resolution, Timeline};
use crate::document::Document;
use crate::extract::{Direction, Mention, MentionValue, RelativeTo, TimeUnit, WrittenDate};
use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::Regex;
use std::sync::LazyLock;

/// A bare date resolved within this many days of the article date, in the direction the
/// sentence's tense supports, is trusted; further away, the year could be another one.
const CONFIDENT_DAYS: i64 = 200;

/// Resolves every mention against the anchor.
pub fn resolve(doc: &Document, mentions: &[Mention], anchor: Option<&Anchor>) -> Timeline {
    let mut resolutions: Vec<Option<Resolution>> = Vec::with_capacity(mentions.len());
    for (i, mention) in mentions.iter().enumerate() {
        let resolution = match &mention.value {
            MentionValue::Date(written) => Some(resolve_written(doc, mention, written, anchor)),
            MentionValue::Weekday(weekday) => {
                anchor.and_then(|a| resolve_weekday(doc, mention, *weekday, a))
            }
            MentionValue::Relative(offset) => match offset.relative_to {
                RelativeTo::Anchor => anchor.and_then(|a| {
                    shift(
                        a.date,
                        offset.by.unit,
                        offset.by.milli_amount,
                        offset.direction,
                    )
                    .filter(|_| !offset.by.indefinite || offset.by.unit == TimeUnit::Day)
                    .map(|date| Resolution {
                        date: day_of(date),
                        provenance: Provenance::RelativeToAnchor,
                        confidence: Confidence::High,
                    })
                }),
                RelativeTo::Event => resolve_from_previous(
                    doc,
                    mentions,
                    &resolutions,
                    i,
                    offset.by.unit,
                    offset.by.milli_amount,
                    offset.direction,
                ),
            },
            MentionValue::Time(_) | MentionValue::Duration(_) => None,
        };
        resolutions.push(resolution);
    }
    let anchor_is_event_day = anchor.is_some_and(|a| {
        TODAY.is_match(doc.prose())
            || mentions.iter().zip(&resolutions).any(|(m, r)| {
                Some(m.span) != a.span
                    && r.is_some_and(|r| r.date.exact() == Some(a.date) && r.date.time.is_none())
            })
    });
    Timeline {
        anchor: anchor.cloned(),
        resolutions,
        anchor_is_event_day,
    }
}

static TODAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:today|this morning|this afternoon|tonight)\b").expect("valid")
});

fn day_of(date: NaiveDate) -> CalendarDate {
    CalendarDate {
        year: Some(date.year()),
        month: Some(date.month()),
        day: Some(date.day()),
        time: None,
    }
}

fn sentence_text<'a>(doc: &'a Document, mention: &Mention) -> &'a str {
    doc.sentence_at(mention.span.start as usize)
        .and_then(|i| doc.sentences().get(i))
        .map_or("", |s| &doc.prose()[s.range()])
}

fn resolve_written(
    doc: &Document,
    mention: &Mention,
    written: &WrittenDate,
    anchor: Option<&Anchor>,
) -> Resolution {
    let mut date = CalendarDate {
        year: None,
        month: written.month,
        day: written.day,
        time: written.time,
    };
    if let Some(year) = written.year {
        date.year = Some(expand_year(year));
        let provenance = match year {
            crate::extract::WrittenYear::Full(_) => Provenance::Explicit,
            crate::extract::WrittenYear::TwoDigit(_) => Provenance::TwoDigitYear,
        };
        return Resolution {
            date,
            provenance,
            confidence: Confidence::High,
        };
    }
    let (Some(anchor), Some(month)) = (anchor, written.month) else {
        return Resolution {
            date,
            provenance: Provenance::Explicit,
            confidence: Confidence::Low,
        };
    };
    let tense = sentence_bias(sentence_text(doc, mention));
    let bias = tense.unwrap_or(Bias::Past);
    // Compare (month, day) so that an impossible "April 31" still gets a year.
    let written_md = (month, written.day.unwrap_or(1));
    let anchor_md = (anchor.date.month(), anchor.date.day());
    let year = match bias {
        Bias::Past if written_md <= anchor_md => anchor.date.year(),
        Bias::Past => anchor.date.year() - 1,
        Bias::Future if written_md >= anchor_md => anchor.date.year(),
        Bias::Future => anchor.date.year() + 1,
    };
    // February 29 only exists in leap years: when the inferred year has none, the year
    // cannot be known, and guessing one would turn a real date into an "impossible" one.
    if month == 2 && written.day == Some(29) && NaiveDate::from_ymd_opt(year, 2, 29).is_none() {
        return Resolution {
            date,
            provenance: Provenance::YearFromAnchor { bias },
            confidence: Confidence::Low,
        };
    }
    date.year = Some(year);
    let distance = NaiveDate::from_ymd_opt(year, month, written.day.unwrap_or(1).min(28))
        .map_or(i64::MAX, |d| (d - anchor.date).num_days().abs());
    let same_year_past = bias == Bias::Past && year == anchor.date.year();
    let confidence = if distance <= CONFIDENT_DAYS && (tense.is_some() || same_year_past) {
        Confidence::High
    } else if distance <= CONFIDENT_DAYS {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    Resolution {
        date,
        provenance: Provenance::YearFromAnchor { bias },
        confidence,
    }
}

fn resolve_weekday(
    doc: &Document,
    mention: &Mention,
    weekday: Weekday,
    anchor: &Anchor,
) -> Option<Resolution> {
    let tense = sentence_bias(sentence_text(doc, mention));
    let bias = tense.unwrap_or(Bias::Past);
    let from = anchor.date.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    let offset = match bias {
        Bias::Past => -((from - to).rem_euclid(7)),
        Bias::Future => (to - from).rem_euclid(7),
    };
    let date = anchor
        .date
        .checked_add_signed(chrono::TimeDelta::days(offset))?;
    Some(Resolution {
        date: day_of(date),
        provenance: Provenance::WeekdayFromAnchor { bias },
        confidence: if tense.is_some() || offset == 0 {
            Confidence::Medium
        } else {
            Confidence::Low
        },
    })
}

/// Shifts a day by a whole number of days or weeks; other units are not day-exact.
fn shift(
    date: NaiveDate,
    unit: TimeUnit,
    milli_amount: u64,
    direction: Direction,
) -> Option<NaiveDate> {
    if milli_amount % 1000 != 0 {
        return None;
    }
    let amount = milli_amount / 1000;
    let days = match unit {
        TimeUnit::Day => amount,
        TimeUnit::Week => amount.checked_mul(7)?,
        TimeUnit::Fortnight => amount.checked_mul(14)?,
        _ => return None,
    };
    match direction {
        Direction::Before => date.checked_sub_days(Days::new(days)),
        Direction::After => date.checked_add_days(Days::new(days)),
    }
}

/// "Two days later": relative to the closest earlier exact date in the same paragraph.
fn resolve_from_previous(
    doc: &Document,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    unit: TimeUnit,
    milli_amount: u64,
    direction: Direction,
) -> Option<Resolution> {
    let paragraph = doc.paragraph_at(mentions[index].span.start as usize)?;
    let (base_index, base) = (0..index).rev().find_map(|j| {
        let r = resolved.get(j).copied().flatten()?;
        let exact = r.date.exact()?;
        (doc.paragraph_at(mentions[j].span.start as usize) == Some(paragraph))
            .then_some((j, (exact, r.confidence)))
    })?;
    let date = shift(base.0, unit, milli_amount, direction)?;
    let same_sentence = doc.sentence_at(mentions[base_index].span.start as usize)
        == doc.sentence_at(mentions[index].span.start as usize);
    Some(Resolution {
        date: day_of(date),
        provenance: Provenance::RelativeToMention {
            mention: base_index,
        },
        confidence: if same_sentence {
            base.1.min(Confidence::Medium)
        } else {
            Confidence::Low
        },
    })
}
