//! Where a time of day falls: on the day its sentence names, on the day the story's
//! lead tells of, or on the article date.

use super::clause::opens_a_clause;
use super::coarse::is_core_point;
use super::tense::{bias_of, cues};
use super::{Anchor, Bias, CalendarDate, Confidence, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{Mention, MentionValue};
use chrono::NaiveDate;

/// Places each time of day ("at 6 a.m.") on the day a date or weekday in the same
/// sentence names; else, in a sentence told in the past after the lead, on the day the
/// lead tells of ([`lead_day`]); else on the article date. All are guesses, so
/// confidence is low.
pub(super) fn place_times(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
    anchor: Option<&Anchor>,
) {
    let lead = anchor.and_then(|a| lead_day(doc, mentions, resolutions, a));
    for i in 0..mentions.len().min(resolutions.len()) {
        let MentionValue::Time(time) = mentions[i].value else {
            continue;
        };
        let sentence = doc.sentence_at(mentions[i].span.start as usize);
        // Mentions are in text order: those starting inside the sentence are the ones
        // weighed, found by two binary searches.
        let bounds = sentence.and_then(|s| doc.sentences().get(s)).map_or(
            (span_start(&mentions[i]), span_start(&mentions[i]) + 1),
            |s| (s.start as usize, s.end as usize),
        );
        let first = mentions.partition_point(|m| span_start(m) < bounds.0);
        let last = mentions.partition_point(|m| span_start(m) < bounds.1);
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
        let exact_day = |j: usize| {
            if !is_core_point(&mentions[j]) {
                return None;
            }
            resolutions
                .get(j)
                .copied()
                .flatten()?
                .date
                .exact()
                .map(|d| (j, d))
        };
        // The nearest on each side is the first found walking out from the time; the
        // walk is bounded, so a sentence of thousands of times stays linear.
        let before = (first..i).rev().take(NEARBY).find_map(exact_day);
        let after = (i + 1..last.max(i + 1)).take(NEARBY).find_map(exact_day);
        let day = match (before, after) {
            (Some(b), Some(a)) => Some(if gap(a.0) < gap(b.0) { a } else { b }),
            (b, a) => b.or(a),
        };
        let told_after_lead = |(_, _, lead_end): (usize, NaiveDate, usize)| {
            bounds.0 >= lead_end && sentence_is_past(doc.prose().get(bounds.0..bounds.1))
        };
        let (date, provenance) = match (day, anchor) {
            (Some((j, date)), _) => (date, Provenance::RelativeToMention { mention: j }),
            (None, Some(anchor)) => match lead.filter(|&lead| told_after_lead(lead)) {
                Some((j, date, _)) => (date, Provenance::LeadDay { mention: j }),
                None => (anchor.date, Provenance::ArticleDay),
            },
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

/// How many mentions either side of a time of day are searched for its day.
const NEARBY: usize = 64;

fn span_start(mention: &Mention) -> usize {
    mention.span.start as usize
}

/// How many sentences from the top the lead is looked for in: a headline and a
/// dateline may come before it.
const LEAD_SENTENCES: usize = 3;

/// How many days before the article date the lead's day may be: a news lead tells of
/// the last few days, and a date further back is background ("founded on March 3,
/// 1999").
const LEAD_DAYS_BACK: i64 = 7;

/// The day the story's lead tells of: in the first sentence of the first
/// [`LEAD_SENTENCES`] that names a day, the earliest day named within
/// [`LEAD_DAYS_BACK`] days before the article date, leaving out one in a clause of its
/// own ("after thousands protested on Dec. 27"). A wire story reports its event's times
/// in later paragraphs without repeating the day: "Fire investigators said Wednesday
/// that a bottle rocket started the blaze on New Year's Eve. ... The fire was reported
/// at 11:42 p.m." Returns the mention, its day and the lead sentence's end.
fn lead_day(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &[Option<Resolution>],
    anchor: &Anchor,
) -> Option<(usize, NaiveDate, usize)> {
    let prose = doc.prose();
    doc.sentences()
        .iter()
        .take(LEAD_SENTENCES)
        .find_map(|sentence| {
            let (start, end) = (sentence.start as usize, sentence.end as usize);
            let first = mentions.partition_point(|m| span_start(m) < start);
            let last = mentions.partition_point(|m| span_start(m) < end);
            let days: Vec<(usize, NaiveDate)> = (first..last)
                .filter(|&j| is_core_point(&mentions[j]) || is_holiday(&mentions[j]))
                // The dateline that gave the article its date tells of no event.
                .filter(|&j| Some(mentions[j].span) != anchor.span)
                .filter_map(|j| {
                    let day = resolutions.get(j).copied().flatten()?.date.exact()?;
                    Some((j, day))
                })
                .collect();
            if days.is_empty() {
                return None;
            }
            let own_clause = |j: usize| {
                let head = prose
                    .get(start..span_start(&mentions[j]))
                    .unwrap_or_default();
                let clause = head.rsplit([',', ';', '(']).next().unwrap_or(head);
                opens_a_clause(clause) && !opens_with_a_time(clause)
            };
            let earliest = days
                .into_iter()
                .filter(|&(j, day)| {
                    let back = (anchor.date - day).num_days();
                    (0..=LEAD_DAYS_BACK).contains(&back) && !own_clause(j)
                })
                .min_by_key(|&(_, day)| day)?;
            Some((earliest.0, earliest.1, end))
        })
}

/// Whether a clause's subordinating word is a preposition before a time ("shortly
/// after 11 p.m. Wednesday"), not the start of a clause of its own.
fn opens_with_a_time(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    while let Some(word) = words.next() {
        if opens_a_clause(word) {
            return words
                .next()
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()));
        }
    }
    false
}

/// Whether a mention is a holiday ("New Year's Eve"), a day of its own.
fn is_holiday(mention: &Mention) -> bool {
    matches!(&mention.value, MentionValue::Period(p) if matches!(p.unit, crate::extract::PeriodUnit::Holiday(_)))
}

/// Whether a sentence's tense cues all point back.
fn sentence_is_past(sentence: Option<&str>) -> bool {
    sentence.is_some_and(|s| bias_of(&cues(s)) == Some(Bias::Past))
}
