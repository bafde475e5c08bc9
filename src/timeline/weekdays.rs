//! Weekdays placed on the calendar: around the article date by the cue before them
//! ("last", "next", "this") and the tense of their sentence, or around the day the text
//! is about ("the previous Friday").

use super::resolve::day_of;
use super::{Anchor, Bias, Confidence, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{Mention, MentionValue};
use chrono::{Datelike, Weekday};

/// "the previous Friday", "the following Monday": the weekday before or after the day
/// the text is about (the latest exact day named before it), not the article date.
/// Only "the" makes the cue anaphoric; "last Friday" counts from the article date.
pub(super) fn resolve_weekday_in_focus(
    before: &str,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    weekday: Weekday,
    cue: Option<Bias>,
) -> Option<Resolution> {
    let cue = cue?;
    let before = before.trim_end();
    let cue_start = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !crate::extract::ends_with_ignore_case(cue_start, "the ") {
        return None;
    }
    let (j, day) = super::coarse::exact_day_in_focus(mentions, resolved, index)?;
    let from = day.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    let offset = match cue {
        Bias::Past => -((from - to - 1).rem_euclid(7) + 1),
        Bias::Future => (to - from - 1).rem_euclid(7) + 1,
    };
    let date = day.checked_add_signed(chrono::TimeDelta::days(offset))?;
    Some(Resolution {
        date: day_of(date),
        provenance: Provenance::RelativeToMention { mention: j },
        confidence: Confidence::Low,
        period: None,
    })
}

/// A weekday that names its event ("Thursday's election", "after Sunday's wake-up
/// call") the text has named before with no cue word ("votes on Thursday", not "the
/// previous Thursday"): the same day, whatever the tense around the second. A story
/// means one day by one name.
pub(super) fn same_day_named_before(
    prose: &str,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    weekday: Weekday,
) -> Option<Resolution> {
    let mention = mentions.get(index)?;
    if !super::clause::names_its_event(prose, mention.span.end as usize) {
        return None;
    }
    let (j, day) = (0..index.min(resolved.len()))
        .rev()
        .take(super::coarse::LOOKBACK)
        .filter(|&j| mentions[j].value == MentionValue::Weekday(weekday))
        // "the previous Friday" is another Friday.
        .filter(|&j| {
            let before = prose
                .get(..mentions[j].span.start as usize)
                .unwrap_or_default();
            super::coarse::weekday_cue(before).is_none()
        })
        .find_map(|j| Some((j, resolved[j]?.date.exact()?)))?;
    Some(Resolution {
        date: day_of(day),
        provenance: Provenance::RelativeToMention { mention: j },
        confidence: Confidence::Low,
        period: None,
    })
}

/// A weekday placed around the article date: `before` is the prose before it and `cue`
/// the direction a word right before it sets ([`super::coarse::weekday_cue`]).
pub(super) fn resolve_weekday(
    before: &str,
    cue: Option<Bias>,
    weekday: Weekday,
    anchor: &Anchor,
    sentence_tense: Option<Bias>,
) -> Option<Resolution> {
    // "every Thursday" is no one day.
    if super::extent::RECURRING_LEAD
        .iter()
        .any(|lead| crate::extract::ends_with_ignore_case(before, lead))
    {
        return None;
    }
    // "on a Monday during the workday" is any Monday. ("a Wednesday media event" is
    // one, and keeps its reading.)
    if crate::extract::ends_with_ignore_case(before, "on a ") {
        return None;
    }
    let tense = cue.or(sentence_tense);
    let from = anchor.date.weekday().num_days_from_monday() as i64;
    let to = weekday.num_days_from_monday() as i64;
    if crate::extract::word_before(before) == "next" {
        // "next Saturday", written on a Friday, is the Saturday of next week: every
        // reader of the invented sets placed it so. A day still ahead this week might
        // be meant too ("next Friday", written on a Wednesday), so that is a guess.
        let offset = 7 - from + to;
        let date = anchor
            .date
            .checked_add_signed(chrono::TimeDelta::days(offset))?;
        return Some(Resolution {
            date: day_of(date),
            provenance: Provenance::WeekdayFromAnchor { bias: Bias::Future },
            confidence: if to > from {
                Confidence::Low
            } else {
                Confidence::Medium
            },
            period: None,
        });
    }
    if crate::extract::word_before(before) == "this" {
        // "this Friday" is the Friday of the article's week when that is still to come
        // or the sentence is in the past ("sank this Tuesday"); a day already gone in
        // a sentence not in the past is the next one ("the council meets this Monday",
        // written on a Friday).
        let gone = to < from;
        let offset = if gone && sentence_tense != Some(Bias::Past) {
            to - from + 7
        } else {
            to - from
        };
        let date = anchor
            .date
            .checked_add_signed(chrono::TimeDelta::days(offset))?;
        let bias = if offset < 0 { Bias::Past } else { Bias::Future };
        return Some(Resolution {
            date: day_of(date),
            provenance: Provenance::WeekdayFromAnchor { bias },
            // A day gone, moved to next week with no tense to say so, is a guess.
            confidence: if gone && sentence_tense.is_none() {
                Confidence::Low
            } else {
                Confidence::Medium
            },
            period: None,
        });
    }
    // Unless a cue says "last", the day after the article date is the one meant: news
    // names yesterday's weekday or tomorrow's, and says "last" six days back.
    // Even a past-tense sentence ("said it would act Tuesday") rarely means six days ago.
    let tomorrow = (to - from).rem_euclid(7) == 1 && cue.is_none();
    let bias = if tomorrow {
        Bias::Future
    } else {
        tense.unwrap_or(Bias::Past)
    };
    let mut offset = match bias {
        Bias::Past => -((from - to).rem_euclid(7)),
        Bias::Future => (to - from).rem_euclid(7),
    };
    // "last Friday" on a Friday is a week back, "next Friday" a week on.
    if offset == 0 && cue.is_some() {
        offset = if bias == Bias::Past { -7 } else { 7 };
    }
    let date = anchor
        .date
        .checked_add_signed(chrono::TimeDelta::days(offset))?;
    Some(Resolution {
        date: day_of(date),
        provenance: Provenance::WeekdayFromAnchor { bias },
        confidence: if tomorrow && tense == Some(Bias::Past) {
            Confidence::Low
        } else if tense.is_some() || offset == 0 || tomorrow {
            Confidence::Medium
        } else {
            Confidence::Low
        },
        period: None,
    })
}

/// Whether a weekday comes right after "ahead of" or "in the run-up to" ("ahead of
/// Sunday's election"): news says so of an event still to come.
pub(super) fn named_ahead_of(prose: &str, mention: &Mention) -> bool {
    const LEADS: [&str; 4] = [
        " ahead of",
        " in the run-up to",
        " in the lead-up to",
        " in the build-up to",
    ];
    let before = prose[..mention.span.start as usize].trim_end();
    LEADS
        .iter()
        .any(|lead| crate::extract::ends_with_ignore_case(before, lead))
}

/// Whether a weekday is the subject of a verb that looks ahead: "Friday afternoon
/// would be the worst time to drive", "Saturday will be dry", "Tuesday is our chance".
pub(super) fn subject_of_a_future(prose: &str, mention: &Mention) -> bool {
    const PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];
    // "Tuesday is our chance": a day spoken of in the present is one not yet gone.
    const FUTURE: [&str; 6] = [
        "will ",
        "would ",
        "should ",
        "could ",
        "is ",
        "promises to ",
    ];
    let mut after = prose[mention.span.end as usize..].trim_start_matches(' ');
    if let Some(part) = PARTS
        .iter()
        .find(|p| crate::extract::starts_with_ignore_case(after, p))
    {
        after = after[part.len()..].trim_start_matches(' ');
    }
    FUTURE
        .iter()
        .any(|verb| crate::extract::starts_with_ignore_case(after, verb))
}

/// Whether a weekday dates a market price already settled: "a 31% premium to its
/// closing price on Monday", "Friday's close", "the stock's close Thursday". A deal
/// told in the future prices itself against a day gone.
pub(super) fn dates_a_settled_price(prose: &str, mention: &Mention) -> bool {
    const PRICES: [&str; 3] = ["closing price", "closing level", "closing value"];
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let mut before = prose.get(..start).unwrap_or_default().trim_end();
    if crate::extract::word_before(before) == "on" {
        before = before[..before.len() - 2].trim_end();
    }
    let priced_before = PRICES
        .iter()
        .any(|p| crate::extract::ends_with_ignore_case(before, p))
        || crate::extract::ends_with_ignore_case(before, " close")
            && is_owner(&before[..before.len() - " close".len()]);
    let after = prose.get(end..).unwrap_or_default();
    let after = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("\u{2019}s"))
        .unwrap_or_default();
    let priced_after = ["close", "closing"]
        .iter()
        .any(|p| crate::extract::next_word(after, 0).eq_ignore_ascii_case(p));
    priced_before || priced_after
}

/// Whether `before` ends in a word that makes the noun after it a thing owned: "the",
/// "its", "their" or a possessive ("the stock's close", not "will close").
fn is_owner(before: &str) -> bool {
    let word = crate::extract::word_before(before);
    ["the", "its", "their", "s"].contains(&word.as_str())
}

/// Whether a weekday is the day of an instruction still to be followed: "jurors have
/// been told to report at 8:30 a.m. Monday", "residents are asked to stay indoors until
/// Friday". Only a present or present-perfect passive counts: "was ordered to appear
/// Monday" may tell of a day gone.
pub(super) fn instructed_ahead(prose: &str, mention: &Mention) -> bool {
    /// How many words back from the day "to" may stand.
    const MAX_WORDS: usize = 8;
    const INSTRUCTED: [&str; 6] = [
        "told",
        "ordered",
        "asked",
        "summoned",
        "instructed",
        "urged",
    ];
    let head = super::clause::text_before(prose, 0, mention.span.start as usize, 120);
    let clause = head
        .rsplit(|c: char| super::clause::CLAUSE_MARKS.contains(&c) && c != ':')
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS + 4)
        .collect();
    let word = |i: usize| words.get(i).copied().unwrap_or_default();
    (1..=MAX_WORDS.min(words.len())).any(|i| {
        word(i).eq_ignore_ascii_case("to")
            && INSTRUCTED
                .iter()
                .any(|v| word(i + 1).eq_ignore_ascii_case(v))
            && (["is", "are"]
                .iter()
                .any(|be| word(i + 2).eq_ignore_ascii_case(be))
                || word(i + 2).eq_ignore_ascii_case("been")
                    && ["has", "have"]
                        .iter()
                        .any(|h| word(i + 3).eq_ignore_ascii_case(h)))
    })
}

/// How far after a headline its lead is read for the headline's weekday, in bytes.
const LEAD_REACH: usize = 600;

/// How many mentions after a headline its story is read for the headline's weekday:
/// a story's worth, so a file of many short lines is not read again for each.
const BODY_REACH: usize = 200;

/// A weekday in a headline ("Trial begins Monday") is the day its lead names by the same
/// name with no cue word ("Jury selection begins Monday in the trial of ..."): the
/// lead's clause has the verbs and the tense a headline leaves out. A headline that
/// looks ahead with "to" ([`headline_looks_ahead`]) gives its day to the lead instead
/// ("Drivers to strike from Thursday" over "drivers voted to walk out from Thursday").
pub(super) fn headline_days_from_lead(
    doc: &Document,
    mentions: &[Mention],
    resolved: &mut [Option<Resolution>],
) {
    let prose = doc.prose();
    for i in 0..mentions.len().min(resolved.len()) {
        let MentionValue::Weekday(weekday) = mentions[i].value else {
            continue;
        };
        let start = mentions[i].span.start as usize;
        if !super::scheduled::in_headline(prose, start)
            || super::coarse::weekday_cue(&prose[..start]).is_some()
        {
            continue;
        }
        let line_end = prose[start..]
            .find('\n')
            .map_or(prose.len(), |at| start + at);
        let named_below = mentions[i + 1..]
            .iter()
            .enumerate()
            .take(BODY_REACH)
            .find(|(_, m)| {
                let at = m.span.start as usize;
                m.value == MentionValue::Weekday(weekday)
                    && at > line_end
                    && !super::scheduled::in_headline(prose, at)
                    && super::coarse::weekday_cue(&prose[..at]).is_none()
            })
            .map(|(k, m)| (i + 1 + k, m.span.start as usize));
        let Some((j, at)) = named_below else { continue };
        // Past the lead, the body's day is taken only for a headline day placed by
        // the default alone ("Climbers eye Thursday summit finish", whose Thursday the
        // story reaches in its seventh paragraph).
        let guessed = resolved[i].is_some_and(|r| r.confidence == Confidence::Low);
        if at >= line_end + LEAD_REACH && !guessed {
            continue;
        }
        // The day goes from the clause that says more of its tense.
        let (from, to) = match headline_looks_ahead(prose, &mentions[i]) {
            true => (i, j),
            false => (j, i),
        };
        if let Some(day) = resolved[from] {
            resolved[to] = Some(Resolution {
                provenance: Provenance::RelativeToMention { mention: from },
                ..day
            });
        }
    }
}

/// Whether a weekday or a month in a headline follows a verb with "to", the
/// headline's future ("Drivers to strike from Thursday", "Mayor to unveil budget
/// Monday"), and not a preposition ("Jobless rate falls to two-year low in December").
pub(super) fn headline_looks_ahead(prose: &str, mention: &Mention) -> bool {
    let start = mention.span.start as usize;
    if !super::scheduled::in_headline(prose, start) {
        return false;
    }
    /// Words after which "to" is a preposition: "unemployment falls to two-year low".
    const BEFORE_PREPOSITION: [&str; 20] = [
        "falls", "fell", "rises", "rose", "drops", "climbs", "jumps", "slips", "slides", "soars",
        "surges", "sinks", "plunges", "tumbles", "edges", "returns", "up", "down", "back", "close",
    ];
    let line_start = prose[..start].rfind('\n').map_or(0, |at| at + 1);
    let mut words = prose[line_start..start].split_whitespace().peekable();
    let mut previous = "";
    while let Some(word) = words.next() {
        let verb_follows = words.peek().is_some_and(|next| {
            next.starts_with(|c: char| c.is_ascii_lowercase())
                && next.chars().all(|c| c.is_ascii_alphabetic())
                && !super::scheduled::DETERMINERS
                    .iter()
                    .any(|d| next.eq_ignore_ascii_case(d))
        });
        let preposition = BEFORE_PREPOSITION
            .iter()
            .any(|w| previous.eq_ignore_ascii_case(w));
        if word == "to" && verb_follows && !preposition {
            return true;
        }
        previous = word;
    }
    false
}

#[cfg(test)]
#[path = "weekdays_tests.rs"]
mod tests;
