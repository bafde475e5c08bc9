//! Times without a calendar value: references ("now", "recently", "the future"),
//! recurrences ("daily", "every week") and durations with no amount ("years", "several
//! months", "a few days").

use super::calendar::CG;
use super::scan::Groups;

use super::{CalendarSlot, Mention, MentionValue, PartOfDay, Recurrence, Span};
use super::{TimeReference, TimeUnit};

/// References. "now" is left out where it is a conjunction ("now that") and "the past"
/// where a length follows ("the past two months" is a duration).
pub(super) const REFERENCE: &str = r"(?i:(?-u:\b)(?:(?P<present>(?:right\s+)?now|currently|at\s+present|these\s+days|nowadays|the\s+time\s+being)|(?P<past>(?:more\s+)?recently|lately|recent\s+years|the\s+past)|(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|the\s+(?:near|short|long)(?:er)?\s+term|a\s+later\s+date))(?-u:\b))";

/// Recurrences: "daily", "annually", "every week", "each quarter", "every two months",
/// "every other week", "every second week", "twice a year", "three times a day", and each of a named part of
/// the calendar: "every morning", "each weekend", "every summer", "each July", "on
/// weekends". Month names are matched as written, Capitalised, so "each may" is never a
/// month. (Weekdays are `weekdays::find_weekdays`'s, which sees "every Thursday" and "on
/// Sundays".)
pub(super) const SET: &str = r"(?i:(?-u:\b)(?:(?P<adverb>hourly|daily|weekly|monthly|annually|yearly)|(?:every|each)\s+(?:(?:(?P<setn>two|three|four|five|six|[2-9]|1[0-2]|other|second)\s+)?(?P<setunit>hours?|days?|weeks?|months?|quarters?|years?)|(?P<slot>morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter)|(?-i:(?P<slotmonth>January|February|March|April|May|June|July|August|September|October|November|December)))|(?P<weekends>weekends)|(?P<freq>once|twice|times)\s+(?:a|an|per|every|each)\s+(?P<perunit>hour|day|week|month|quarter|year))(?-u:\b))";

/// Lengths with no amount: "several years", "a few days", "within seconds", "weeks", and
/// one unit as a compound: "the day-long strike", "a weeklong festival".
pub(super) const VAGUE: &str = r"(?i:(?-u:\b)(?:(?P<lunit>hour|day|week|month|year|decade)-?long|(?P<q>(?:the\s+(?:past|next|last|coming)\s+)?(?:several|a\s+few|few|many|recent|coming)\s+)?(?P<vunit>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries))(?-u:\b))";

fn unit_of(word: &str) -> Option<TimeUnit> {
    let w = word.to_ascii_lowercase();
    Some(match w.trim_end_matches('s') {
        "second" => TimeUnit::Second,
        "minute" => TimeUnit::Minute,
        "hour" => TimeUnit::Hour,
        "day" | "dai" => TimeUnit::Day,
        "week" | "weekly" => TimeUnit::Week,
        "fortnight" | "fortnightly" => TimeUnit::Fortnight,
        "month" | "monthly" => TimeUnit::Month,
        "quarter" => TimeUnit::Quarter,
        "year" | "yearly" | "annually" => TimeUnit::Year,
        "decade" => TimeUnit::Decade,
        "century" | "centurie" => TimeUnit::Century,
        "hourly" => TimeUnit::Hour,
        "daily" => TimeUnit::Day,
        _ => return None,
    })
}

/// Words that may follow "the near term" when it names a time, not a noun's modifier.
const AFTER_TERM: [&str; 16] = [
    "and", "or", "but", "as", "is", "are", "was", "were", "will", "would", "than", "because", "if",
    "when", "while", "though",
];

/// Nouns that "long term" or "short term" qualifies as a compound ("in the long term
/// care unit", "for the short term debt").
const TERM_NOUNS: [&str; 14] = [
    "care",
    "debt",
    "debts",
    "interest",
    "rate",
    "rates",
    "loan",
    "loans",
    "bond",
    "bonds",
    "borrowing",
    "financing",
    "funding",
    "memory",
];

/// Whether a word starts a length or names a unit ("two", "12", "few", "year").
fn is_amount_or_unit(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || super::parse_number_words(word).is_some()
        || unit_of(word).is_some()
        || matches!(
            word,
            "few"
                | "several"
                | "couple"
                | "many"
                | "week"
                | "month"
                | "year"
                | "decade"
                | "quarter"
                | "quarters"
                | "summer"
                | "winter"
                | "spring"
                | "fall"
                | "a"
                | "an"
                | "half"
        )
}

/// Whether the word at `start..end` belongs to a name: a capitalized word follows it,
/// or it is capitalized itself after a capitalized word.
fn is_in_name(prose: &str, start: usize, end: usize) -> bool {
    let capitalized = |word: &str| word.starts_with(|c: char| c.is_ascii_uppercase());
    let next = prose[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(' ').next())
        .unwrap_or_default();
    let previous = prose[..start]
        .strip_suffix(' ')
        .and_then(|before| before.rsplit(' ').next())
        .unwrap_or_default();
    capitalized(next) || (capitalized(&prose[start..end]) && capitalized(previous))
}

fn mention(start: usize, end: usize, value: MentionValue) -> Mention {
    Mention {
        span: Span::new(start, end),
        value,
        approx: Default::default(),
    }
}

/// The next word after `end`, lower-cased.
fn next_word(prose: &str, end: usize) -> String {
    super::next_word(prose, end).to_ascii_lowercase()
}

pub(super) fn reference(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let next = next_word(prose, whole.end());
    let reference = if caps.get(CG.present).is_some() {
        // "now that", "now-defunct": a conjunction or a modifier, not a time.
        if next == "that" || prose[whole.end()..].starts_with('-') {
            return None;
        }
        TimeReference::Present
    } else if caps.get(CG.past).is_some() {
        let text = whole.as_str().to_ascii_lowercase();
        // "the past two months", "the past year": a length or a period follows.
        if text.starts_with("the") && is_amount_or_unit(&next) {
            return None;
        }
        TimeReference::Past
    } else {
        // "in the near term" is a time; "the long term care of" a noun phrase. After
        // "in" or "for" the phrase is a time whatever verb follows ("growth in the
        // near term appears good"), unless a noun it commonly qualifies does.
        let text = whole.as_str();
        let after_preposition = matches!(
            crate::extract::word_before(&prose[..whole.start()]).as_str(),
            "in" | "for" | "over"
        );
        if text
            .get(text.len() - 4..)
            .is_some_and(|t| t.eq_ignore_ascii_case("term"))
            && !next.is_empty()
            && !AFTER_TERM.contains(&next.as_str())
            && (!after_preposition || TERM_NOUNS.contains(&next.as_str()))
        {
            return None;
        }
        TimeReference::Future
    };
    Some(mention(
        whole.start(),
        whole.end(),
        MentionValue::Reference(reference),
    ))
}

/// Words after which "weekends" recur rather than being counted.
const WEEKENDS_AFTER: [&str; 7] = ["on", "at", "most", "during", "over", "some", "many"];

/// Words that may follow "every morning" or "each spring" when it names a time: the
/// start of a clause or a phrase, not a noun it would modify or a verb it would rule.
const AFTER_SLOT: [&str; 39] = [
    "the", "a", "an", "this", "that", "these", "those", "there", "he", "she", "they", "we", "i",
    "you", "it", "his", "her", "their", "our", "my", "its", "in", "at", "on", "for", "from", "to",
    "during", "through", "with", "and", "or", "but", "when", "as", "since", "until", "before",
    "after",
];

/// Whether the word after `end` lets the phrase before it stand as a time: none (a
/// stop or a comma), a capitalised one, or one of [`AFTER_SLOT`].
fn ends_a_time_phrase(prose: &str, end: usize) -> bool {
    let rest = prose[end..].trim_start_matches([' ', '\t']);
    !rest.starts_with(|c: char| c.is_ascii_lowercase())
        || AFTER_SLOT.contains(&next_word(prose, end).as_str())
}

/// The part of the calendar a word names, for "every morning", "each weekend".
pub(super) fn calendar_slot(word: &str) -> Option<CalendarSlot> {
    if word.eq_ignore_ascii_case("weekend") {
        return Some(CalendarSlot::Weekend);
    }
    PartOfDay::from_word(word)
        .map(CalendarSlot::PartOfDay)
        .or_else(|| super::calendar::season(word).map(CalendarSlot::Season))
}

pub(super) fn set(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let slot = if let Some(word) = caps.get(CG.slot) {
        // "each fall costs", "every winter coat": a noun, or the word modifies one.
        if !ends_a_time_phrase(prose, whole.end()) {
            return None;
        }
        calendar_slot(word.as_str())
    } else if let Some(month) = caps.get(CG.slotmonth) {
        super::dates::month_number(month.as_str()).map(CalendarSlot::Month)
    } else if caps.get(CG.weekends).is_some() {
        // "on weekends", "most weekends"; not "the past two weekends", a count of them.
        let before = super::word_before(&prose[..whole.start()]);
        if !WEEKENDS_AFTER.contains(&before.as_str()) {
            return None;
        }
        Some(CalendarSlot::Weekend)
    } else {
        None
    };
    if let Some(slot) = slot {
        return Some(mention(
            whole.start(),
            whole.end(),
            MentionValue::Set(Recurrence::Each(slot)),
        ));
    }
    let (unit, every) = if let Some(adverb) = caps.get(CG.adverb) {
        // A frequency as an adverb ("runs daily") or an adjective ("a weekly address")
        // is a set, as TimeML marks it; in a name ("the party daily Granma", "China
        // Daily") or a compound ("daily-use") it is not a time.
        if is_in_name(prose, adverb.start(), adverb.end()) || prose[adverb.end()..].starts_with('-')
        {
            return None;
        }
        (unit_of(adverb.as_str())?, 1)
    } else if let Some(unit) = caps.get(CG.perunit) {
        // "twice a year": so many times in each one; TimeML's value is the period.
        // "times" is matched alone (a count word in the pattern made every "two" a
        // state of the scan), so the count before it is read here.
        if caps.get(CG.freq)?.as_str().eq_ignore_ascii_case("times") {
            let before = prose[..whole.start()].trim_end_matches(' ');
            let count = before
                .rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .unwrap_or_default();
            let counted = count.parse::<u32>().is_ok_and(|n| (2..=19).contains(&n))
                || super::parse_number_words(count).is_some_and(|n| (2..=19).contains(&n));
            if !counted || before.len() + 1 != whole.start() {
                return None;
            }
            let start = before.len() - count.len();
            return Some(mention(
                start,
                whole.end(),
                MentionValue::Set(Recurrence::Interval {
                    unit: unit_of(unit.as_str())?,
                    every: 1,
                }),
            ));
        }
        (unit_of(unit.as_str())?, 1)
    } else {
        let every = match caps.get(CG.setn) {
            // "every other week", "every second week".
            Some(n)
                if n.as_str().eq_ignore_ascii_case("other")
                    || n.as_str().eq_ignore_ascii_case("second") =>
            {
                2
            }
            Some(n) => super::parse_number_words(n.as_str()).or_else(|| n.as_str().parse().ok())?,
            None => 1,
        };
        (
            unit_of(caps.get(CG.setunit)?.as_str())?,
            u32::try_from(every).ok()?,
        )
    };
    Some(mention(
        whole.start(),
        whole.end(),
        MentionValue::Set(Recurrence::Interval { unit, every }),
    ))
}

/// "day-long", "a week-long strike": one unit as a compound, a length said loosely.
pub(super) fn one_unit_long(start: usize, end: usize, unit: TimeUnit) -> Mention {
    Mention {
        span: Span::new(start, end),
        value: MentionValue::Duration(super::Duration {
            milli_amount: 1000,
            unit,
            indefinite: false,
            adjectival: true,
        }),
        approx: super::Approx::Rough,
    }
}

pub(super) fn vague(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    if let Some(unit) = caps.get(CG.lunit) {
        return Some(one_unit_long(
            whole.start(),
            whole.end(),
            unit_of(unit.as_str())?,
        ));
    }
    let unit = unit_of(caps.get(CG.vunit)?.as_str())?;
    // "in recent years" points at the past rather than measuring a length.
    if unit == TimeUnit::Year
        && caps
            .get(CG.q)
            .is_some_and(|q| q.as_str().trim().eq_ignore_ascii_case("recent"))
    {
        return Some(mention(
            whole.start(),
            whole.end(),
            MentionValue::Reference(TimeReference::Past),
        ));
    }
    if caps.get(CG.q).is_none() {
        let rest = &prose[whole.end()..];
        // "a decades-long feud", "in the weeks ahead": lengths the words around say.
        if let Some(long) = rest.get(..5).filter(|r| r.eq_ignore_ascii_case("-long")) {
            return Some(mention(
                whole.start(),
                whole.end() + long.len(),
                MentionValue::VagueDuration(unit),
            ));
        }
        let ahead = " ahead";
        if crate::extract::ends_with_ignore_case(&prose[..whole.start()], "the ")
            && rest.starts_with(ahead)
            && !rest[ahead.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
            && !rest[ahead.len()..].trim_start().starts_with("of ")
        {
            return Some(mention(
                whole.start() - "the ".len(),
                whole.end() + ahead.len(),
                MentionValue::VagueDuration(unit),
            ));
        }
        // A bare plural is a length only on its own: not "two years" (a duration the
        // duration recogniser owns), "years-old", "the years of war".
        if rest.starts_with('-') {
            return None;
        }
        // "decades ago": some time back (the extent reads it as PAST_REF).
        let ago = rest.starts_with(" ago")
            && !rest[" ago".len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
        let start = if ago {
            whole.start()
        } else {
            bare_plural_start(prose, whole.start(), unit)?
        };
        return Some(mention(
            start,
            whole.end(),
            MentionValue::VagueDuration(unit),
        ));
    }
    Some(mention(
        whole.start(),
        whole.end(),
        MentionValue::VagueDuration(unit),
    ))
}

/// Words before a bare plural ("for years", "within weeks") that make it a length.
const BEFORE_BARE_PLURAL: [&str; 11] = [
    "for", "in", "within", "took", "take", "takes", "lasted", "last", "spent", "after", "over",
];

/// Where a bare plural length starts, when the words before it make it one: "for
/// years", "in just minutes", and, for the longer units, "over the years" and "in the
/// early years" (the article and adjective inside the expression, as TimeML marks it).
/// `None` when they do not.
fn bare_plural_start(prose: &str, start: usize, unit: TimeUnit) -> Option<usize> {
    let mut words = words_before(&prose[..start]);
    let (mut at, mut word) = words.next()?;
    if ["just", "only", "mere"].contains(&word.as_str()) {
        (_, word) = words.next()?;
        return BEFORE_BARE_PLURAL.contains(&word.as_str()).then_some(start);
    }
    let long = matches!(unit, TimeUnit::Year | TimeUnit::Decade | TimeUnit::Month);
    if long && ["early", "later", "following", "ensuing", "intervening"].contains(&word.as_str()) {
        (at, word) = words.next()?;
        if word != "the" {
            return None;
        }
    }
    if long && word == "the" {
        let (_, preposition) = words.next()?;
        // "the years of war" and "the years 2007 to 2014" name the years.
        let next = prose[start..]
            .split_once(|c: char| !c.is_ascii_alphabetic())
            .map_or("", |(_, rest)| rest.trim_start());
        let named = next.starts_with("of ") || next.starts_with(|c: char| c.is_ascii_digit());
        let during = ["over", "in", "during", "through", "throughout", "for"];
        return (during.contains(&preposition.as_str()) && !named).then_some(at);
    }
    BEFORE_BARE_PLURAL.contains(&word.as_str()).then_some(start)
}

/// The words before the end of `before`, last first, lower-cased, with where each
/// starts. A word is a run of ASCII letters; anything else between words ends the
/// walk, so it never crosses a clause's punctuation.
fn words_before(before: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let mut end = before.len();
    std::iter::from_fn(move || {
        let text = &before[..end];
        let trimmed = text.trim_end_matches([' ', '\t']);
        if trimmed.len() == text.len() && end != before.len() {
            return None;
        }
        // The last byte of a multi-byte character is not a letter either, so one past
        // it is a character boundary.
        let word_start = trimmed
            .bytes()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        if word_start == trimmed.len() {
            return None;
        }
        end = word_start;
        Some((word_start, trimmed[word_start..].to_ascii_lowercase()))
    })
}

#[cfg(test)]
#[path = "references_tests.rs"]
mod tests;
