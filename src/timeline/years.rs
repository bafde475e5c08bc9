//! The year of a date written without one ("February 18", "Dec. 23"): inferred from
//! the article date, the tense of its clause and a weekday written with it.

use super::anchor::expand_year;
use super::{Anchor, Bias, CalendarDate, Confidence, Provenance, Resolution};
use crate::extract::WrittenDate;
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// A bare date resolved within this many days of the article date, in the direction the
/// sentence's tense supports, is trusted; further away, the year could be another one.
const CONFIDENT_DAYS: i64 = 200;

/// A date as written, its year inferred from the anchor and the tense when not written.
pub(super) fn resolve_written(
    written: &WrittenDate,
    anchor: Option<&Anchor>,
    tense: Option<Bias>,
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
            period: None,
        };
    }
    let (Some(anchor), Some(month)) = (anchor, written.month) else {
        return Resolution {
            date,
            provenance: Provenance::Explicit,
            confidence: Confidence::Low,
            period: None,
        };
    };
    let day = written.day.unwrap_or(1);
    // February 29 only exists in leap years: when the inferred year has none, the year
    // cannot be known, and guessing one would turn a real date into an "impossible" one.
    let guess = infer_year(
        anchor.date,
        month,
        day,
        tense,
        written.weekday.map(|w| w.weekday),
    );
    if month == 2 && day == 29 && NaiveDate::from_ymd_opt(guess.year, 2, 29).is_none() {
        return Resolution {
            date,
            provenance: Provenance::YearFromAnchor { bias: guess.bias },
            confidence: Confidence::Low,
            period: None,
        };
    }
    date.year = Some(guess.year);
    Resolution {
        date,
        provenance: Provenance::YearFromAnchor { bias: guess.bias },
        confidence: guess.confidence,
        period: None,
    }
}

/// A bare date after "since" ("closed since January 3", written in December) is past by
/// its meaning: a year guessed ahead of the article date moves back one (unless that
/// year has no such day: February 29). A written weekday already settled the year.
pub(super) fn since_is_gone_by(written: &WrittenDate, guess: Resolution) -> Resolution {
    let ahead = guess.provenance == Provenance::YearFromAnchor { bias: Bias::Future };
    if written.year.is_some() || written.weekday.is_some() || !ahead || guess.date.exact().is_none()
    {
        return guess;
    }
    super::periods::a_year_back(guess)
}

/// Within this many days of the article date, the nearer of the candidate years the
/// tense allows is the one meant: "January 6" in an article of December 31 is next
/// week, not last January.
const NEAR_DAYS: i64 = 45;

/// Within this many days of the article date, the nearer year is meant even against a
/// future-tense cue: a year away is the far likelier misreading.
const SURE_DAYS: i64 = 14;

pub(super) struct YearGuess {
    pub(super) year: i32,
    pub(super) bias: Bias,
    pub(super) confidence: Confidence,
}

/// The year of a month and day written without one.
///
/// The candidates are the most recent occurrence on or before the article date and the
/// next one after it. A future-tense sentence rules out the past one; a date within
/// [`NEAR_DAYS`] of the article date rules out the far one. Of what remains, a written
/// weekday picks the year it is true in; with no weekday, the past one is the default.
/// A weekday true only of the candidate the tense points to, which nearness ruled
/// out, picks that one, with low confidence.
/// When a weekday is written and is wrong in *every* candidate, the weekday is wrong
/// whichever year is meant, so the resolution is confident.
pub(super) fn infer_year(
    anchor: NaiveDate,
    month: u32,
    day: u32,
    tense: Option<Bias>,
    weekday: Option<Weekday>,
) -> YearGuess {
    let year = anchor.year();
    // Compare (month, day) so that an impossible "April 31" still gets a year.
    let written_md = (month, day);
    let anchor_md = (anchor.month(), anchor.day());
    let past = if written_md <= anchor_md {
        year
    } else {
        year - 1
    };
    let future = if written_md >= anchor_md {
        year
    } else {
        year + 1
    };
    let distance = |y: i32| {
        NaiveDate::from_ymd_opt(y, month, 1)
            .and_then(|first| first.checked_add_days(Days::new(u64::from(day.saturating_sub(1)))))
            .map_or(i64::MAX, |d| (d - anchor).num_days().abs())
    };
    let mut plausible: Vec<i32> = if past == future {
        vec![past]
    } else {
        vec![past, future]
    };
    let nearest = |plausible: &[i32]| plausible.iter().copied().min_by_key(|&y| distance(y));
    // A cue for the future a clause away ("she would bring aid to where the Aug. 7
    // blasts struck", written August 18) is weaker than a date days away.
    if let Some(near) = nearest(&plausible).filter(|&y| distance(y) <= SURE_DAYS) {
        plausible.retain(|&y| y == near);
    } else {
        if tense == Some(Bias::Future) {
            plausible.retain(|&y| y == future);
        }
        if let Some(near) = nearest(&plausible).filter(|&y| distance(y) <= NEAR_DAYS) {
            plausible.retain(|&y| y == near);
        }
    }
    if plausible.is_empty() {
        plausible = vec![past, future];
    }
    let bias_of = |y: i32| if y == past { Bias::Past } else { Bias::Future };
    let weekday_of = |y: i32| NaiveDate::from_ymd_opt(y, month, day).map(|d| d.weekday());
    if let Some(weekday) = weekday {
        if let Some(&y) = plausible.iter().find(|&&y| weekday_of(y) == Some(weekday)) {
            return YearGuess {
                year: y,
                bias: bias_of(y),
                confidence: Confidence::High,
            };
        }
        // Nearness kept the year against the tense ("troubles began on Monday, Jan. 20",
        // written on December 29, kept next January), and the weekday is true of the
        // year the tense points to: the writer means that one. It is taken, as a
        // guess no check relies on.
        let tense_points_to = |y: i32| tense == Some(bias_of(y)) && !plausible.contains(&y);
        // With no tense at all, a near reading that is another calendar year than the
        // article's is no surer than the far one: "The deadline is Tuesday, Dec. 2",
        // written on January 10, may be last month or this December, and the weekday
        // says which. Days away, the near year stays (see `SURE_DAYS`).
        let untensed_across_new_year = |y: i32| {
            tense.is_none()
                && !plausible.contains(&y)
                && plausible
                    .iter()
                    .all(|&near| near != year && distance(near) > SURE_DAYS)
        };
        if let Some(y) = [past, future].into_iter().find(|&y| {
            (tense_points_to(y) || untensed_across_new_year(y)) && weekday_of(y) == Some(weekday)
        }) {
            return YearGuess {
                year: y,
                bias: bias_of(y),
                confidence: Confidence::Low,
            };
        }
    }
    let every_reading_contradicts_weekday = weekday.is_some()
        && plausible
            .iter()
            .all(|&y| weekday_of(y).is_some_and(|w| Some(w) != weekday));
    let chosen = if plausible.len() == 1 {
        plausible[0]
    } else if every_reading_contradicts_weekday {
        // Either year shows the contradiction; the message names the nearer one.
        if distance(past) <= distance(future) {
            past
        } else {
            future
        }
    } else {
        match tense {
            Some(Bias::Future) => future,
            _ => past,
        }
    };
    let close = distance(chosen) <= CONFIDENT_DAYS;
    let settled = plausible.len() == 1 || tense.is_some() || (chosen == past && past == year);
    let confidence = if every_reading_contradicts_weekday || (close && settled) {
        Confidence::High
    } else if close {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    YearGuess {
        year: chosen,
        bias: bias_of(chosen),
        confidence,
    }
}
