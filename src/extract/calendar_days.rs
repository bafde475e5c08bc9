//! The day-level calendar forms of [`super::calendar`]'s pattern: "today", "tonight",
//! "this morning", "in the afternoon", "by late morning", "last night", "the weekend",
//! "year-end" and "the (same) day".

use super::calendar::{period, CG};
use super::scan::Groups;
use super::{references, Mention, PartOfDay, PeriodPosition, PeriodUnit};

pub(super) fn day(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let (unit, position) = if caps.get(CG.theday).is_some() {
        // "ended the day up 2%": the day the text is about. Not "the day of the vote"
        // or "the day-long strike", where the day is another one or a length.
        let rest = &prose[whole.end()..];
        let next = rest.trim_start_matches([' ', '\t']);
        let next_word = next
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        if super::durations::long_follows(rest) {
            let day_start = whole.end() - "day".len();
            return Some(references::one_unit_long(
                day_start,
                whole.end() + "-long".len(),
                crate::extract::TimeUnit::Day,
            ));
        }
        // "the day Friday" and "the day Obama spoke" name their day after it.
        let names_day = next_word.starts_with(|c: char| c.is_ascii_uppercase());
        let another_day = ["of", "when", "that", "on", "before", "after", "and", "or"]
            .iter()
            .any(|w| next_word.eq_ignore_ascii_case(w))
            && !super::fixed_relatives::in_the_day_then_a_clause(
                prose,
                whole.start(),
                // The end of "before" or "after": the phrase a fixed relative reads.
                whole.end() + (rest.len() - next.len()) + next_word.len(),
            );
        if rest.starts_with(['-', '\'']) && !rest.starts_with("'s") || names_day || another_day {
            return None;
        }
        (PeriodUnit::Day, PeriodPosition::Latest)
    } else if caps.get(CG.today).is_some() {
        (PeriodUnit::Day, PeriodPosition::Shift(0))
    } else if caps.get(CG.tonight).is_some() {
        (
            PeriodUnit::PartOfDay(PartOfDay::Night),
            PeriodPosition::Shift(0),
        )
    } else if let Some(part) = caps.get(CG.part) {
        // "this morning": a part of the article's day.
        let part = PartOfDay::from_word(part.as_str())?;
        (PeriodUnit::PartOfDay(part), PeriodPosition::Shift(0))
    } else if let Some(part) = caps.get(CG.midpart) {
        // "in mid-afternoon", "by late morning": a part of the day the text is about,
        // which a story told in the past places on its own day.
        let part = PartOfDay::from_word(part.as_str())?;
        (PeriodUnit::PartOfDay(part), PeriodPosition::Latest)
    } else if let Some(the_part) = caps.get(CG.thepart) {
        // "in the afternoon", but not "the morning rush" or "the evening of May 3".
        let word = the_part.as_str().rsplit(char::is_whitespace).next()?;
        let part = PartOfDay::from_word(word)?;
        if !part_of_day_stands_alone(prose, whole.start(), whole.end()) {
            return None;
        }
        (PeriodUnit::PartOfDay(part), PeriodPosition::Latest)
    } else if caps.get(CG.yearend).is_some() {
        // "by year-end": the end of the article's year, to the year.
        (PeriodUnit::Year, PeriodPosition::Shift(0))
    } else if caps.get(CG.newyear).is_some() {
        // "before the new year" (lower case: "the New Year holiday" is the day).
        (PeriodUnit::Year, PeriodPosition::Turning)
    } else if caps.get(CG.lastnight).is_some() {
        (
            PeriodUnit::PartOfDay(PartOfDay::Night),
            PeriodPosition::Shift(-1),
        )
    } else {
        (PeriodUnit::Weekend, PeriodPosition::Latest)
    };
    Some(period(whole.start(), whole.end(), unit, position))
}

/// Words that may come before "the afternoon" when it names a time of the day: "in the
/// afternoon", "by the evening".
const PART_OF_DAY_BEFORE: [&str; 7] = [
    "in",
    "during",
    "by",
    "through",
    "throughout",
    "until",
    "into",
];

/// Words that may follow "the afternoon" when it names a time of the day, rather than
/// modify a noun ("the morning rush") or lead to another day ("the evening of May 3").
/// ("Before" and "after" lead to another time: "the morning after the vote".)
const PART_OF_DAY_AFTER: [&str; 14] = [
    "and", "or", "but", "when", "while", "as", "to", "at", "on", "with", "he", "she", "they", "we",
];

/// Whether "the morning" at `start..end` names a part of the day of its own: after a
/// preposition, and before punctuation, the end, or a word that opens what comes next.
fn part_of_day_stands_alone(prose: &str, start: usize, end: usize) -> bool {
    if !PART_OF_DAY_BEFORE.contains(&super::scan::word_before(&prose[..start]).as_str()) {
        return false;
    }
    let rest = prose[end..].trim_start_matches([' ', '\t']);
    match rest.chars().next() {
        None => true,
        Some(c) if c.is_ascii_alphabetic() => {
            let word = super::next_word(prose, end);
            PART_OF_DAY_AFTER
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        }
        Some(c) => matches!(
            c,
            ',' | '.' | ';' | ':' | ')' | '!' | '?' | '"' | '\u{201d}' | '\n'
        ),
    }
}
