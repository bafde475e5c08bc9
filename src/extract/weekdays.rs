//! Weekday names standing alone ("on Friday", "Friday's vote") and weekdays that
//! recur ("every Thursday", "on Sundays", "Saturday mornings").
//!
//! A recurring weekday is no day of the article's week, so it is found here, before
//! the weekday would be resolved to one and read by the weekday checks.

use super::dates::{weekday_of, written_as, WEEKDAYS};
use super::scan::is_word_byte;
use super::triggers::{kind, Triggers};
use super::{CalendarSlot, Mention, MentionValue, PartOfDay, Recurrence};
use crate::document::Span;

/// Finds weekday names standing alone; ones inside a date lose to the date later.
///
/// A name is a whole word, Capitalised or ALL-CAPS: the full name, or an abbreviation
/// with its period. "Sat." and "Sun." are left out: "sat" is a verb and "Sun" a name or
/// a newspaper, so alone they end sentences far more often than they name days.
///
/// Read word by word, not with a regex: the names are fixed words, and compiling their
/// alternation cost more than the rest of finding them, at every start-up. The words
/// to read are the [`kind::WEEKDAY`] trigger words of the prose.
pub(super) fn find_weekdays(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    for start in triggers.starts(kind::WEEKDAY) {
        if start > 0 && is_word_byte(bytes[start - 1]) {
            continue;
        }
        let len = bytes[start..]
            .iter()
            .take_while(|b| is_word_byte(**b))
            .count();
        let end = start + len;
        if names_a_day(&prose[..start]) || counted_in_a_month(prose, start, end) {
            continue;
        }
        if let Some(recurring) = recurring_weekday(prose, start, end) {
            out.push(recurring);
            continue;
        }
        // Word bytes are ASCII, so both ends are character boundaries.
        let word = &prose[start..end];
        let full = is_full_name(word);
        let abbr = || {
            bytes.get(end) == Some(&b'.')
                && WEEKDAYS[..5]
                    .iter()
                    .flat_map(|w| w.1.iter())
                    .any(|a| written_as(word, a))
        };
        if !(full || abbr()) {
            continue;
        }
        if let Some(weekday) = weekday_of(word) {
            out.push(Mention {
                span: Span::new(start, end),
                value: MentionValue::Weekday(weekday),
                approx: Default::default(),
            });
        }
    }
}

/// Whether `word` is a weekday's full name, Capitalised or in ALL CAPS.
fn is_full_name(word: &str) -> bool {
    WEEKDAYS.iter().any(|(full, _)| written_as(word, full))
}

/// Words that make the weekday after them part of a name: "Good Friday" and "Easter
/// Monday" are holidays (read as such by `holidays`), "Black Monday" and "Super
/// Tuesday" one day of one year. None is the weekday of the article's week.
const NAMED_DAY_LEADS: [&str; 14] = [
    "Good", "Easter", "Black", "Cyber", "Super", "Bloody", "Palm", "Ash", "Holy", "Maundy",
    "Shrove", "Fat", "Whit", "Blue",
];

/// Whether the text before a weekday ends with a word that makes it a name.
fn names_a_day(before: &str) -> bool {
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let lead = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    NAMED_DAY_LEADS.iter().any(|name| written_as(lead, name))
}

/// Whether a weekday is counted within a month ("the last Sunday of October", "the
/// first Monday in September"): a day of that month, not of the article's week.
fn counted_in_a_month(prose: &str, start: usize, end: usize) -> bool {
    const ORDINALS: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "last"];
    let ordinal = super::scan::word_before(&prose[..start]);
    let rest = &prose[end..];
    let month = ["of", "in"].iter().find_map(|w| {
        let after = rest.strip_prefix(' ')?;
        super::scan::starts_with_ignore_case(after, w)
            .then(|| super::scan::next_word(after, w.len()))
    });
    ORDINALS.contains(&ordinal.as_str())
        && month.is_some_and(|m| {
            super::dates::is_calendar_name(m) && super::dates::month_number(m).is_some()
        })
}

/// A weekday that recurs: after "every" or "each", written in the plural ("Sundays"),
/// or with a part of the day in the plural ("Saturday mornings"). The span takes in
/// "every" and the part of the day; "on" stays out, as TIMEX3 extents leave it.
fn recurring_weekday(prose: &str, start: usize, end: usize) -> Option<Mention> {
    let word = &prose[start..end];
    let plural = !is_full_name(word);
    let name = if plural {
        word.strip_suffix(['s', 'S'])
            .filter(|stem| is_full_name(stem))?
    } else {
        word
    };
    let weekday = weekday_of(name)?;
    let every = every_before(prose, start);
    let part = part_of_day_after(prose, end);
    // "Monday and Tuesday nights": the first day shares the plural part after the second.
    let shared = part
        .is_none()
        .then(|| shared_plural_part(prose, end))
        .flatten();
    if !(plural || every.is_some() || part.is_some_and(|p| p.plural) || shared.is_some()) {
        return None;
    }
    // "TGI Fridays" and "Sundays Best" are names, not days; "two Sundays ago" and "the
    // past three Sundays" count days rather than repeat one.
    if plural && every.is_none() && (in_a_name(prose, start, end) || counted(&prose[..start])) {
        return None;
    }
    Some(Mention {
        span: Span::new(every.unwrap_or(start), part.map_or(end, |p| p.end)),
        value: MentionValue::Set(Recurrence::Each(CalendarSlot::Weekday(
            weekday,
            part.map(|p| p.part).or(shared),
        ))),
        approx: Default::default(),
    })
}

/// The plural part of the day after "and" or "or" and another weekday: what "Monday"
/// shares in "Monday and Tuesday nights".
fn shared_plural_part(prose: &str, at: usize) -> Option<PartOfDay> {
    let rest = prose[at..].strip_prefix([' ', '\n'])?;
    let rest = ["and ", "or "]
        .iter()
        .find_map(|joiner| rest.strip_prefix(joiner))?;
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if !is_full_name(&rest[..len]) {
        return None;
    }
    let after = prose.len() - rest.len() + len;
    part_of_day_after(prose, after)
        .filter(|p| p.plural)
        .map(|p| p.part)
}

/// Whether the word before a plural weekday counts or picks out some of them.
fn counted(before: &str) -> bool {
    let word = super::word_before(before);
    before.trim_end().ends_with(|c: char| c.is_ascii_digit())
        || super::parse_number_words(&word).is_some()
        || [
            "the",
            "these",
            "those",
            "past",
            "last",
            "next",
            "several",
            "few",
            "both",
            "consecutive",
            "straight",
            "successive",
            "many",
        ]
        .contains(&word.as_str())
}

/// Where "every" or "each" starts, if one of them is the word right before `at`.
fn every_before(prose: &str, at: usize) -> Option<usize> {
    let before = prose[..at].strip_suffix([' ', '\n'])?;
    ["every other", "every second", "every", "each"]
        .iter()
        .find_map(|cue| {
            let start = before.len().checked_sub(cue.len())?;
            let word = before.get(start..)?;
            let whole = start == 0 || !is_word_byte(prose.as_bytes()[start - 1]);
            (whole && word.eq_ignore_ascii_case(cue)).then_some(start)
        })
}

/// A part of the day named right after a weekday: "Monday night", "Saturday mornings".
#[derive(Clone, Copy)]
struct PartAfter {
    part: PartOfDay,
    plural: bool,
    end: usize,
}

fn part_of_day_after(prose: &str, at: usize) -> Option<PartAfter> {
    let rest = prose[at..].strip_prefix([' ', '\n'])?;
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &rest[..len];
    let (singular, plural) = match word.strip_suffix(['s', 'S']) {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    Some(PartAfter {
        part: PartOfDay::from_word(singular)?,
        plural,
        end: at + 1 + len,
    })
}

/// Whether a plural weekday sits in a name: a capitalised word follows it, or one
/// comes before it that does not start a sentence.
fn in_a_name(prose: &str, start: usize, end: usize) -> bool {
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let next = prose[end..].strip_prefix(' ').unwrap_or_default();
    // "On Sundays I cook": the pronoun is capitalised in any sentence.
    let pronoun = next.starts_with("I ") || next.starts_with("I'");
    if capitalised(next) && !pronoun {
        return true;
    }
    let Some(before) = prose[..start].strip_suffix(' ') else {
        return false;
    };
    // By bytes, so a multi-byte character before the word cannot split.
    let previous_start = before
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let starts_sentence = before[..previous_start]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201c}' | '\n'));
    capitalised(&before[previous_start..]) && !starts_sentence
}

#[cfg(test)]
#[path = "weekdays_tests.rs"]
mod tests;
