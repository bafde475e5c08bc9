//! Periods of the time the text is about: "that year", "later that month", "the end
//! of the year", "that night", "that quarter", "the same period last year". Each goes
//! back to a point or quarter named before it ([`super::coarse::point_in_focus`]),
//! unless what it would go back to is one its clause cannot mean.

use super::periods::{shifted, year_only, NEAR_BYTES};
use super::{Anchor, Bias, Confidence, Period, Provenance, Resolution};
use crate::extract::{Mention, PeriodExpr, PeriodUnit};
use chrono::Datelike;

/// Resolves an anaphoric period, `year_shift` years from the period in focus ("the
/// same month a year earlier" is -1).
pub(super) fn period_of_focus(
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    expr: &PeriodExpr,
    anchor: Option<&Anchor>,
    tense: Option<Bias>,
    year_shift: i32,
) -> Option<Resolution> {
    // "that quarter", "the same period last year": a month named last ("sales rose in
    // February from the same period last year"), or else the quarter the report is
    // about, not a day named with it ("the second quarter ended Oct. 31").
    if expr.unit == PeriodUnit::Quarter {
        let point = super::coarse::point_in_focus(mentions, resolved, index);
        let month = point
            .filter(|(_, r)| r.date.month.is_some() && r.date.day.is_none() && r.period.is_none());
        if let Some(month) = month {
            return super::coarse::period_in_focus(month, expr.unit, year_shift);
        }
        let Some((j, year, quarter)) = super::coarse::quarter_in_focus(mentions, resolved, index)
        else {
            // "the corresponding period last year" with no quarter or month to go back
            // from is at least in last year.
            let year = anchor?.date.year().checked_add(year_shift)?;
            return (year_shift != 0).then(|| Resolution {
                date: year_only(Some(year)),
                provenance: Provenance::RelativeToAnchor,
                confidence: Confidence::Low,
                period: None,
            });
        };
        let year = year.checked_add(year_shift)?;
        return Some(Resolution {
            date: year_only(Some(year)),
            provenance: Provenance::RelativeToMention { mention: j },
            confidence: Confidence::Low,
            period: Some(Period::Quarter { year, quarter }),
        });
    }
    // "the previous fiscal year" counts from a year the text wrote just before it
    // ("fiscal 2019 … the previous fiscal year"); after "next year", or a year named
    // paragraphs back, it is the article's neighbour.
    let near = |j: usize| {
        let gap = mentions[index]
            .span
            .start
            .saturating_sub(mentions[j].span.end);
        gap <= NEAR_BYTES
    };
    // Nor does a month guessed into next year ("extended until January", written in
    // October) move "the end of the year" there: the article's year is the one
    // still running.
    let guessed_ahead = |r: &Resolution| {
        r.provenance == Provenance::YearFromAnchor { bias: Bias::Future }
            && anchor.is_some_and(|a| r.date.year != Some(a.date.year()))
    };
    let focus = super::coarse::point_in_focus(mentions, resolved, index).filter(|(j, r)| {
        expr.unit != PeriodUnit::Year
            || year_shift == 0 && !guessed_ahead(r)
            || r.provenance == Provenance::Explicit && near(*j)
    });
    // With no date named before it, the period in focus is the article's own ("by
    // the end of the year", "the next fiscal year"), a guess all the same.
    let own = || {
        let mut own = shifted(anchor?.date, expr.unit, year_shift)?;
        own.confidence = Confidence::Low;
        Some(own)
    };
    // A year gone by is no year a clause that looks ahead goes on about: "since
    // 2000 ... should be completed by the end of the year".
    let ahead_of_focus = |point: &(usize, Resolution)| {
        tense == Some(Bias::Future)
            && anchor.is_some_and(|a| point.1.date.year.is_some_and(|y| y < a.date.year()))
    };
    let focus = focus.filter(|point| !(year_shift == 0 && ahead_of_focus(point)));
    match focus {
        // A year named before it holds no month: "the end of the month", after "its
        // 2010 budget", is the article's month when that year is the article's, as
        // it is after a decade ("built in the 1960s").
        Some(point) => {
            super::coarse::period_in_focus(point, expr.unit, year_shift)
                .or_else(|| {
                    // "That night", a sentence after "on Wednesday" and a year
                    // named in passing: the part of the day last named, when near.
                    matches!(expr.unit, PeriodUnit::PartOfDay(_))
                        .then(|| {
                            let (j, _) =
                                super::coarse::exact_day_in_focus(mentions, resolved, index)?;
                            near(j).then_some(())?;
                            let named = resolved.get(j).copied().flatten()?;
                            super::coarse::period_in_focus((j, named), expr.unit, year_shift)
                        })
                        .flatten()
                })
                .or_else(|| {
                    let this_year = anchor
                        .is_some_and(|a| point.1.date.year.is_none_or(|y| y == a.date.year()));
                    let coarser = point.1.date.month.is_none();
                    (year_shift == 0 && this_year && coarser)
                        .then(own)
                        .flatten()
                })
        }
        None if year_shift == 0 || expr.unit == PeriodUnit::Year => own(),
        None => None,
    }
}

/// The year a sentence opens with, set off by a comma, before mention `index` and
/// within a year of the article's ("For 2024, we see ... most of it in the second
/// half"): the frame of a quarter or half named alone after it. A year named inside the
/// sentence is not ("Revenue fell in 2008, and in the first quarter it plunged": that
/// quarter is this year's), nor one further off ("In 1952, ...").
pub(super) fn year_of_the_sentence(
    doc: &crate::document::Document,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    anchor: &Anchor,
) -> Option<(usize, i32)> {
    const FRAMES: [&str; 5] = ["for", "in", "during", "over", "through"];
    let start = mentions.get(index)?.span.start as usize;
    let sentence = doc.sentences().get(doc.sentence_at(start)?)?;
    let j = mentions.partition_point(|m| m.span.start < sentence.start);
    if j >= index {
        return None;
    }
    let year = &mentions[j];
    let prose = doc.prose();
    let opening = prose.get(sentence.start as usize..year.span.start as usize)?;
    let opening = opening
        .trim_start_matches(['"', '\u{201c}', ' '])
        .trim_end();
    let fronted = FRAMES.iter().any(|f| opening.eq_ignore_ascii_case(f))
        && prose.get(year.span.end as usize..)?.starts_with(',');
    let r = resolved.get(j).copied().flatten()?;
    let year_alone =
        r.provenance == Provenance::Explicit && r.date.month.is_none() && r.period.is_none();
    (fronted && year_alone)
        .then_some((j, r.date.year?))
        .filter(|(_, year)| (year - anchor.date.year()).abs() <= 1)
}
