//! Calendar dates ("Feb. 18, 2022", "13 MAY 22 12:01 ET", "5/13/22", "in 2022") and
//! weekdays ("on Friday").
//!
//! Month and weekday names must be Capitalised or ALL-CAPS: lower-case "may" and
//! "march" are a verb far more often than a month, and news style capitalises months.
//! Full "May" takes no trailing period, so "in May. 18 people" is not a date.
//!
//! One combined regex finds a date core (month-first, day-first, "18th of February",
//! ISO, or US slashed) with an optional leading weekday and an optional trailing time,
//! so "Friday, May 13, 2022, 12:49 p.m." becomes a single mention.

use std::sync::LazyLock;

use regex_automata::meta;

use super::reach::{is_space, tokens_forward, walk_back};
use super::scan::{capture_groups, captures_of_match, is_word_byte};
use super::scan::{recogniser_regex, Digits, Group, Groups};
use super::times::{time_from_captures, TimeGroups, TIME_PATTERN};
use super::triggers::{find_near_triggers, first_of, kind, kinds_of, Cursor, Triggers};
use super::{Mention, MentionValue, WeekdayPart, WrittenDate, WrittenYear};
use crate::document::Span;

/// (full name, abbreviations) per month, in calendar order.
const MONTHS: [(&str, &[&str]); 12] = [
    ("January", &["Jan"]),
    ("February", &["Feb"]),
    ("March", &["Mar"]),
    ("April", &["Apr"]),
    ("May", &[]),
    ("June", &["Jun"]),
    ("July", &["Jul"]),
    ("August", &["Aug"]),
    ("September", &["Sept", "Sep"]),
    ("October", &["Oct"]),
    ("November", &["Nov"]),
    ("December", &["Dec"]),
];

/// (full name, abbreviations) per weekday, Monday first.
pub(super) const WEEKDAYS: [(&str, &[&str]); 7] = [
    ("Monday", &["Mon"]),
    ("Tuesday", &["Tues", "Tue"]),
    ("Wednesday", &["Wed"]),
    ("Thursday", &["Thurs", "Thur", "Thu"]),
    ("Friday", &["Fri"]),
    ("Saturday", &["Sat"]),
    ("Sunday", &["Sun"]),
];

/// Whether `word` is a month's name or abbreviation or a weekday's full name, as
/// written (Capitalised): words that look like names but are not.
pub(super) fn is_calendar_name(word: &str) -> bool {
    is_month_name(word) || WEEKDAYS.iter().any(|(full, _)| *full == word)
}

/// Whether `word` is a month's name or abbreviation as written (Capitalised): "May",
/// "Sept".
pub(super) fn is_month_name(word: &str) -> bool {
    MONTHS
        .iter()
        .any(|(full, abbrs)| *full == word || abbrs.contains(&word))
}

/// An alternation of `names` in Capitalised and ALL-CAPS spelling.
pub(super) fn cased(names: impl Iterator<Item = &'static str>, suffix: &str) -> Vec<String> {
    names
        .flat_map(|n| {
            [
                format!("{n}{suffix}"),
                format!("{}{suffix}", n.to_uppercase()),
            ]
        })
        .collect()
}

/// Month names: full names, then abbreviations with an optional period.
///
/// One word boundary follows each group of names rather than each name: the same
/// matches (a name that fails the boundary still gives way to the next), and a quarter
/// fewer automaton states to build at start-up.
fn month_pattern() -> String {
    // The boundary sits before the period: "Feb." then a space has none after it.
    let full = cased(MONTHS.iter().map(|m| m.0), "");
    let abbr = cased(MONTHS.iter().flat_map(|m| m.1.iter().copied()), "");
    format!(
        r"(?:(?:{})(?-u:\b)|(?:{})(?-u:\b)\.?)",
        full.join("|"),
        abbr.join("|")
    )
}

/// Weekday names as part of a date: the abbreviation's period is optional.
fn weekday_pattern() -> String {
    let full = cased(WEEKDAYS.iter().map(|w| w.0), "");
    let abbr = cased(WEEKDAYS.iter().flat_map(|w| w.1.iter().copied()), "");
    format!(r"(?:{})(?-u:\b)", [full, abbr].concat().join("|"))
}

/// The combined date regex. Group names carry the alternative's number so each part
/// can be read back without ambiguity.
static DATE_RE: LazyLock<meta::Regex> = LazyLock::new(|| {
    let month = month_pattern();
    let weekday = weekday_pattern();
    let day = r"[0-9]{1,2}(?i:st|nd|rd|th)?(?-u:\b)";
    let year4 = r"[0-9]{4}(?-u:\b)";
    let core = [
        // "February 18", "Feb. 18th, 2022", "May 2022".
        format!(r"(?P<m1>{month})\s+(?:(?P<d1>{day})(?:,?\s+(?P<y1>{year4}))?|(?P<y1b>{year4}))"),
        // "18 February 2022", "13 MAY 22". Day and month share a line: a headline
        // ending in a number ("dies aged 56") does not run into the dateline below it.
        format!(
            r"(?P<d2>{day})[\t\x0B\x0C ]+(?P<m2>{month})(?:,?\s+(?P<y2>{year4}|[0-9]{{2}}(?-u:\b)))?"
        ),
        // "18th of February".
        format!(
            r"(?P<d3>[0-9]{{1,2}}(?i:st|nd|rd|th))\s+of\s+(?P<m3>{month})(?:,?\s+(?P<y3>{year4}))?"
        ),
        // ISO "2022-02-18".
        r"(?P<y4>[0-9]{4})-(?P<m4>[0-9]{2})-(?P<d4>[0-9]{2})(?-u:\b)".to_string(),
        // US "5/13/2022", "5/13/22".
        r"(?P<m5>[0-9]{1,2})/(?P<d5>[0-9]{1,2})/(?P<y5>[0-9]{4}|[0-9]{2})(?-u:\b)".to_string(),
    ]
    .join("|");
    let pattern = format!(
        // The weekday and the time join a date only on its own line: a title ending in
        // "Friday" above a dateline is not "Friday, September 18".
        r"(?-u:\b)(?:(?P<wd>{weekday})\.?,?[\t\x0B\x0C ]+)?(?P<core>{core})(?P<time>,?[\t\x0B\x0C ]+(?:at[\t\x0B\x0C ]+)?{time})?",
        time = *TIME_PATTERN
    );
    recogniser_regex(&pattern)
});

capture_groups! {
    /// The groups of [`DATE_RE`] outside its time.
    struct DateGroups {
        wd, core, time, m1, d1, y1, y1b, m2, d2, y2, m3, d3, y3, m4, d4, y4, m5, d5, y5,
    }
}

static DG: LazyLock<DateGroups> = LazyLock::new(|| DateGroups::of(&DATE_RE));

/// The groups of the time in [`DATE_RE`].
static DATE_TG: LazyLock<TimeGroups> = LazyLock::new(|| TimeGroups::of(&DATE_RE));

/// Words after which a bare four-digit number is a year rather than a count.
const YEAR_CUES: [&str; 18] = [
    "in", "since", "by", "of", "until", "till", "before", "after", "from", "to", "through",
    "early", "late", "mid", "fiscal", "between", "during", "due",
];

/// Month number (1–12) of a matched month name or abbreviation.
pub(super) fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| m.0[..3].eq_ignore_ascii_case(&key))
        .map(|i| i as u32 + 1)
}

/// The weekday of a matched weekday name or abbreviation.
pub(super) fn weekday_of(name: &str) -> Option<chrono::Weekday> {
    let key = name.get(..3)?;
    let i = WEEKDAYS
        .iter()
        .position(|w| w.0[..3].eq_ignore_ascii_case(key))?;
    chrono::Weekday::try_from(i as u8).ok()
}

/// Whether `word` is a month's or a weekday's full name, in any case.
pub(super) fn is_month_or_weekday_name(word: &str) -> bool {
    MONTHS
        .iter()
        .map(|m| m.0)
        .chain(WEEKDAYS.iter().map(|w| w.0))
        .any(|name| name.eq_ignore_ascii_case(word))
}

/// The number at the start of a day like "18th".
fn day_number(day: &str) -> Option<u32> {
    let digits = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok()
}

/// Words that, after a number, make it a count or a clock time rather than a year
/// ("in 1500 people", "from 1800 GMT").
const COUNT_NOUNS: &[&str] = &[
    "percent",
    "per",
    "people",
    "votes",
    "points",
    "miles",
    "feet",
    "meters",
    "metres",
    "dollars",
    "euros",
    "pounds",
    "times",
    "units",
    "jobs",
    "troops",
    "residents",
    "cases",
    "deaths",
    "homes",
    "students",
    "workers",
    "members",
    "km",
    "kg",
    "tons",
    "tonnes",
];

/// Whether a four-digit number ending at `end` may be read as a year, judging by what
/// follows it: "2022 percent" or "1500 people" are counts.
fn year4_ok(prose: &str, end: usize) -> bool {
    let rest = &prose[end..];
    if rest.starts_with('%') {
        return false;
    }
    // "1,500", "2022.5", "2021-22", "2022/23": part of a longer number or a range.
    let mut chars = rest.chars();
    if matches!(chars.next(), Some(',' | '.' | '-' | '/'))
        && chars.next().is_some_and(|c| c.is_ascii_digit())
    {
        return false;
    }
    let word = super::next_word(prose, end);
    !COUNT_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// Whether a two-digit year ending at `end` is a year: news writes "13 MAY 22" in
/// datelines, where a lower-case word after it ("13 May 22 people") means a count.
fn year2_ok(prose: &str, end: usize) -> bool {
    let word = super::next_word(prose, end);
    word.is_empty() || word == "at" || !word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// Parses a written year, applying the count guards; `None` drops the year.
fn written_year(prose: &str, m: Group<'_>) -> Option<WrittenYear> {
    let s = m.as_str();
    if s.len() == 2 {
        return if year2_ok(prose, m.end()) {
            s.parse().ok().map(WrittenYear::TwoDigit)
        } else {
            None
        };
    }
    let year: i32 = s.parse().ok()?;
    ((1000..=2199).contains(&year) && year4_ok(prose, m.end())).then_some(WrittenYear::Full(year))
}

/// The parts of a matched date core, after range checks and year guards.
struct Core {
    month: Option<u32>,
    day: Option<u32>,
    year: Option<WrittenYear>,
    start: usize,
    end: usize,
    /// False when a written year was rejected, which also drops a trailing time.
    complete: bool,
}

/// Reads the matched core alternative, or `None` if its numbers are out of range.
fn read_core(prose: &str, caps: &Groups<'_>) -> Option<Core> {
    let core = caps.get(DG.core)?;
    let named = |i: usize| caps.get(i);
    // Month-name forms share one shape: month, optional day, optional year.
    let named_forms = [
        (DG.m1, DG.d1, DG.y1),
        (DG.m2, DG.d2, DG.y2),
        (DG.m3, DG.d3, DG.y3),
    ];
    for (mk, dk, yk) in named_forms {
        let Some(month) = named(mk) else { continue };
        let day = named(dk);
        let year = named(yk).or_else(|| if mk == DG.m1 { named(DG.y1b) } else { None });
        let parsed_year = year.and_then(|y| written_year(prose, y));
        // A rejected year ("13 May 22 people") leaves the day-month part, but a month
        // with neither day nor year is too ambiguous to keep.
        let complete = year.is_none() || parsed_year.is_some();
        let end = match (complete, day) {
            (true, _) => core.end(),
            (false, Some(d)) => d.end().max(month.end()),
            (false, None) => return None,
        };
        let day_value = match day {
            Some(d) => Some(day_number(d.as_str()).filter(|v| (1..=31).contains(v))?),
            None => None,
        };
        return Some(Core {
            month: month_number(month.as_str()),
            day: day_value,
            year: parsed_year,
            start: core.start(),
            end,
            complete,
        });
    }
    let (m, d, y) = if named(DG.m4).is_some() {
        (named(DG.m4)?, named(DG.d4)?, named(DG.y4)?)
    } else {
        (named(DG.m5)?, named(DG.d5)?, named(DG.y5)?)
    };
    let month: u32 = m.as_str().parse().ok()?;
    let day: u32 = d.as_str().parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let year = if y.as_str().len() == 2 {
        WrittenYear::TwoDigit(y.as_str().parse().ok()?)
    } else {
        WrittenYear::Full(y.as_str().parse().ok()?)
    };
    // Slashed or dashed numbers inside a longer run ("1/2/3/4", "v2022-01-01.5").
    let before = prose[..core.start()].chars().next_back();
    let mut after = prose[core.end()..].chars();
    let (a1, a2) = (after.next(), after.next());
    if matches!(before, Some('/' | '-' | '.'))
        || (matches!(a1, Some('/' | '-' | '.')) && a2.is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some(Core {
        month: Some(month),
        day: Some(day),
        year: Some(year),
        start: core.start(),
        end: core.end(),
        complete: true,
    })
}

/// The words a date may hold before its month (or its digits, for the ISO and US
/// forms) besides a weekday: "18th of", "Friday, 3rd".
pub(super) const WORDS_BEFORE_MONTH: &[&str] = &["of", "st", "nd", "rd", "th"];

/// The most tokens (see [`tokens_forward`]) a date holds from its first trigger on:
/// "Feb . 18th , 2022 , at 12 : 49 p . m . EDT" has fifteen, as has an ISO or US date
/// with the same time.
const TOKENS_FROM_TRIGGER: usize = 15;

/// The matches of [`DATE_RE`], as `find_iter` finds them.
///
/// Every date holds a month name as a whole word, or starts its core with a run of
/// digits that a `-` or `/` follows. Before the first of those it holds only a weekday,
/// a day ("18th of") and the spaces and punctuation between; after it at most
/// [`TOKENS_FROM_TRIGGER`] tokens.
fn date_matches<'h>(
    prose: &'h str,
    triggers: &'h Triggers,
) -> impl Iterator<Item = regex_automata::Match> + 'h {
    let bytes = prose.as_bytes();
    let mut months = Cursor::new(triggers.starts(kind::MONTH));
    // Where an ISO ("2022-02-18") or US ("5/13/22") date starts: a run of digits that
    // a `-` or `/` follows.
    let mut numeric_dates = Cursor::new(
        triggers
            .digit_runs()
            .filter(move |&(_, end)| matches!(bytes.get(end), Some(b'-' | b'/')))
            .map(|(start, _)| start),
    );
    let next_trigger =
        move |from| first_of(months.first_from(from), numeric_dates.first_from(from));
    let reach = move |trigger| {
        let glue = |b: u8| is_space(b) || matches!(b, b'.' | b',' | b'0'..=b'9');
        let lead_word = |w: &[u8]| kinds_of(w) & (kind::WEEKDAY | kind::BEFORE_DATE) != 0;
        walk_back(bytes, trigger, glue, lead_word, 0)
            ..tokens_forward(bytes, trigger, TOKENS_FROM_TRIGGER)
    };
    find_near_triggers(&DATE_RE, prose, next_trigger, reach)
}

/// Finds dates (with any leading weekday and trailing time) in `prose`, whose trigger
/// words are `triggers`.
pub(super) fn find_dates(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    for m in date_matches(prose, triggers) {
        // The pattern names particular digits ("12" of "12 noon", `[01][0-9]`).
        let Some(caps) = captures_of_match(&DATE_RE, Digits::Distinct, prose, m.range()) else {
            continue;
        };
        let Some(core) = read_core(prose, &caps) else {
            continue;
        };
        let weekday = caps
            .get(DG.wd)
            .filter(|w| !one_of_several_days(prose, w.start(), core.end))
            .and_then(|w| {
                Some(WeekdayPart {
                    weekday: weekday_of(w.as_str())?,
                    span: Span::new(w.start(), w.end()),
                })
            });
        let start = weekday.map_or(core.start, |w| w.span.start as usize);
        let mut end = core.end;
        let mut time = None;
        if core.complete {
            if let Some(t) = caps.get(DG.time) {
                time = time_from_captures(&caps, &DATE_TG);
                if time.is_some() {
                    end = t.end();
                }
            }
        }
        out.push(Mention {
            span: Span::new(start, end),
            value: MentionValue::Date(WrittenDate {
                year: core.year,
                month: core.month,
                day: core.day,
                weekday,
                time,
                date_span: Span::new(core.start, core.end),
            }),
            approx: Default::default(),
        });
    }
}

/// Whether a weekday written before a date may name another of several days: more
/// days follow the date ("Tuesday, April 24 and 25", "Wednesday, April 25-26",
/// "Tuesday, April 24 and April 25") or another weekday comes a few words before the
/// weekday ("Monday and Tuesday, April 24", "left on Saturday and docked on Tuesday,
/// Dec. 30 and Jan. 2"). Which weekday goes with which day is then a reading, so the
/// weekday is left off the date and neither is checked against the other.
fn one_of_several_days(prose: &str, weekday_start: usize, date_end: usize) -> bool {
    /// How many words back another weekday makes a list.
    const WORDS_BACK: usize = 6;
    const JOINS: [&str; 10] = [
        "and", "or", "to", "through", "thru", "-", "\u{2013}", "\u{2014}", "&", "/",
    ];
    let after = prose[date_end..].trim_start();
    let after_join = JOINS.iter().find_map(|j| {
        let rest = after.get(..j.len())?;
        rest.eq_ignore_ascii_case(j)
            .then(|| after[j.len()..].trim_start())
    });
    let more_days = after_join.is_some_and(|rest| {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let word = rest
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        (1..=2).contains(&digits) || month_number(word).is_some() && is_calendar_name(word)
    });
    // The words back to the start of the sentence, within a short window: a text
    // with no sentence end must not be scanned back to its start for every date.
    const WINDOW: usize = 120;
    let mut window_start = weekday_start.saturating_sub(WINDOW);
    while !prose.is_char_boundary(window_start) {
        window_start += 1;
    }
    let before = &prose[window_start..weekday_start];
    let sentence_start = before
        .rfind(['.', ';', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    let is_weekday = |word: &str| {
        WEEKDAYS.iter().any(|(full, short)| {
            written_as(word, full) || short.iter().any(|a| written_as(word, a))
        })
    };
    // Another weekday with its own day written after it ("on Monday, June 4, and
    // Thursday, June 7") is paired already and makes no list.
    let clause = &before[sentence_start..];
    let more_weekdays = clause
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(WORDS_BACK)
        .find(|w| is_weekday(w))
        .is_some_and(|w| {
            let after_it = &clause[w.as_ptr() as usize - clause.as_ptr() as usize..];
            !after_it.contains(|c: char| c.is_ascii_digit())
        });
    more_days || more_weekdays
}

/// Whether `word` is `name` Capitalised as listed or in ALL CAPS (as [`cased`] spells
/// names for the date pattern).
pub(super) fn written_as(word: &str, name: &str) -> bool {
    word == name
        || (word.eq_ignore_ascii_case(name) && word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Finds bare years after a cue word ("in 2022", "since 1999", "mid-2021").
///
/// Led by the digits, which are far rarer than the cue words: every run of exactly four
/// digits is a candidate, and the word before it decides.
pub(super) fn find_bare_years(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    for (start, end) in triggers.digit_runs() {
        if end - start != 4 || !year_cue_before(prose, start) {
            continue;
        }
        if prose.as_bytes().get(end).is_some_and(|b| is_word_byte(*b)) {
            continue;
        }
        let Ok(year) = prose[start..end].parse::<i32>() else {
            continue;
        };
        if !(1000..=2199).contains(&year) || !year4_ok(prose, end) {
            continue;
        }
        let span = Span::new(start, end);
        out.push(Mention {
            span,
            value: MentionValue::Date(WrittenDate {
                year: Some(WrittenYear::Full(year)),
                month: None,
                day: None,
                weekday: None,
                time: None,
                date_span: span,
            }),
            approx: Default::default(),
        });
    }
}

/// Whether a year cue word, then a hyphen or whitespace, ends right before `at`.
fn year_cue_before(prose: &str, at: usize) -> bool {
    let before = &prose[..at];
    let word_end = match before.strip_suffix('-') {
        Some(rest) => rest.len(),
        None => {
            let trimmed = before.trim_end_matches(char::is_whitespace);
            if trimmed.len() == before.len() {
                return false;
            }
            trimmed.len()
        }
    };
    let bytes = prose.as_bytes();
    let word_start = bytes[..word_end]
        .iter()
        .rposition(|&b| !b.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    // The cue must be a whole word: no digit or underscore glued before it.
    if word_start > 0 && is_word_byte(bytes[word_start - 1]) {
        return false;
    }
    let word = &prose[word_start..word_end];
    YEAR_CUES.iter().any(|cue| cue.eq_ignore_ascii_case(word))
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&DATE_RE);
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
