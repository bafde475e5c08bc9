//! Times of day: "12:49 p.m.", "9 a.m. PT", "13:33 GMT", "noon", "3pm".
//!
//! The pattern is shared with the date recogniser, which appends it to a date so that
//! "13 MAY 22 12:01 ET" is one mention; both read its groups through
//! [`time_from_captures`], so the group names below are part of that contract.

use std::sync::LazyLock;

use regex_automata::meta;

use super::scan::{capture_groups, captures_at_starts, is_word_byte, merge_ascending};
use super::scan::{recogniser_regex, Groups};
use super::triggers::{kind, Triggers};
use super::{Mention, MentionValue};
use crate::document::Span;

/// A time of day, 24-hour, with the zone abbreviation if one was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeOfDay {
    /// 0–23 ("12 a.m." is 0, "12 p.m." is 12).
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
    /// The zone abbreviation written after the time, if any.
    pub zone: Option<Zone>,
    /// "midnight" that ends a day: a deadline ("until midnight", "by midnight Friday")
    /// or a midnight with no day after it ("at midnight"), which TIMEX3 writes `T24:00`
    /// and [`TimeOfDay::minutes_into_day`] counts as 1440. A midnight just before its
    /// day ("shortly after midnight Sunday") starts that day.
    pub end_of_day: bool,
}

impl TimeOfDay {
    /// Minutes since the start of its day: 1440 for a midnight that ends the day, so
    /// that "from 6 a.m. Saturday until midnight Monday" is 66 hours.
    pub fn minutes_into_day(&self) -> u32 {
        if self.end_of_day {
            24 * 60
        } else {
            self.hour * 60 + self.minute
        }
    }

    /// The TIMEX3 time part: `T14:30`, `T24:00` for a deadline midnight, with `Z` for
    /// UTC or GMT.
    /// Other zones have no offset TIMEX3 could state without knowing daylight saving.
    pub fn timex(&self) -> String {
        let zone = match self.zone {
            Some(Zone::Utc | Zone::Gmt) => "Z",
            _ => "",
        };
        if self.end_of_day {
            format!("T24:00{zone}")
        } else {
            format!("T{:02}:{:02}{zone}", self.hour, self.minute)
        }
    }
}

/// Time zone abbreviations common in news datelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// US Eastern, "ET" (no daylight-saving distinction written).
    Et,
    /// US Eastern Standard, "EST".
    Est,
    /// US Eastern Daylight, "EDT".
    Edt,
    /// US Central, "CT".
    Ct,
    /// US Central Standard, "CST".
    Cst,
    /// US Central Daylight, "CDT".
    Cdt,
    /// US Mountain, "MT".
    Mt,
    /// US Pacific, "PT".
    Pt,
    /// US Pacific Standard, "PST".
    Pst,
    /// US Pacific Daylight, "PDT".
    Pdt,
    /// Greenwich Mean Time, "GMT".
    Gmt,
    /// Coordinated Universal Time, "UTC".
    Utc,
    /// British Summer Time, "BST".
    Bst,
    /// Central European Time, "CET".
    Cet,
}

/// The zone abbreviations, upper-case only: "et" or "pt" in lower case are words.
const ZONE: &str = r"(?-i:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET)(?-u:\b)";

/// "a.m.", "am", "P.M.", "pm". The word boundary after the "m" keeps "9 amendments" out;
/// a full stop after "pm" ends the sentence, not the abbreviation.
const AMPM: &str = r"(?i:[ap](?:\.m(?-u:\b)\.?|m(?-u:\b)))";

/// The time-of-day pattern, without surrounding boundaries. Groups: `th1`/`tm1`/`tap1`
/// for "h:mm [am]", `th5`/`tm5`/`tap5` for the British "h.mm pm" (only with am/pm, or
/// it is a decimal), `th2`/`tap2` for "h am", `th6`/`tpart` for "4 in the morning" and
/// "10 o'clock at night", `th4`/`tm4` for wire-style "0230 GMT" (valid only with a
/// zone, checked in code since the regex has no lookahead), `tnoon` for
/// "noon"/"midnight", `tz` zone.
pub(super) static TIME_PATTERN: LazyLock<String> = LazyLock::new(|| {
    format!(
        r"(?:(?P<th1>[0-9]{{1,2}}):(?P<tm1>[0-9]{{2}})(?-u:\b)(?:\s*(?P<tap1>{AMPM}))?|(?P<th5>[0-9]{{1,2}})\.(?P<tm5>[0-5][0-9])\s*(?P<tap5>{AMPM})|(?P<th2>[0-9]{{1,2}})\s*(?P<tap2>{AMPM})|(?P<th6>[0-9]{{1,2}})(?:\s+o(?:'|’)clock)?\s+(?P<tpart>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)(?-u:\b)|(?P<th4>[01][0-9]|2[0-3])(?P<tm4>[0-5][0-9])(?-u:\b)|(?:12\s+)?(?P<tnoon>(?i:noon|midday|midnight))(?-u:\b))(?:\s*(?P<tz>{ZONE}))?"
    )
});

/// A time of day standing alone, with ASCII word boundaries (Unicode ones would make
/// the regex engine fall back to its slow path on non-ASCII text).
static TIME_RE: LazyLock<meta::Regex> =
    LazyLock::new(|| recogniser_regex(&format!(r"(?-u:\b){}", *TIME_PATTERN)));

capture_groups! {
    /// The groups of [`TIME_PATTERN`] in a regex that embeds it.
    pub(super) struct TimeGroups { th1, tm1, tap1, th5, tm5, tap5, th2, tap2, th6, tpart, th4, tm4, tnoon, tz }
}

static TG: LazyLock<TimeGroups> = LazyLock::new(|| TimeGroups::of(&TIME_RE));

/// Parses a zone abbreviation as written in upper case.
pub(super) fn parse_zone(s: &str) -> Option<Zone> {
    Some(match s {
        "ET" => Zone::Et,
        "EST" => Zone::Est,
        "EDT" => Zone::Edt,
        "CT" => Zone::Ct,
        "CST" => Zone::Cst,
        "CDT" => Zone::Cdt,
        "MT" => Zone::Mt,
        "PT" => Zone::Pt,
        "PST" => Zone::Pst,
        "PDT" => Zone::Pdt,
        "GMT" => Zone::Gmt,
        "UTC" => Zone::Utc,
        "BST" => Zone::Bst,
        "CET" => Zone::Cet,
        _ => return None,
    })
}

/// Converts a 12-hour clock reading to 24-hour: 12 a.m. is 0, 12 p.m. is 12.
fn to_24h(hour: u32, ampm: &str) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    let pm = ampm.starts_with(['p', 'P']);
    Some(match (hour, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, false) => h,
        (h, true) => h + 12,
    })
}

/// Reads a [`TimeOfDay`] from captures of a regex that embeds [`TIME_PATTERN`], whose
/// groups are `g`, or `None` when the digits are not a valid clock reading ("25:00",
/// "13 p.m.").
pub(super) fn time_from_captures(caps: &Groups<'_>, g: &TimeGroups) -> Option<TimeOfDay> {
    let zone = caps.get(g.tz).and_then(|z| parse_zone(z.as_str()));
    let (hour, minute) = if let Some(h) = caps.get(g.th1) {
        let hour: u32 = h.as_str().parse().ok()?;
        let minute: u32 = caps.get(g.tm1)?.as_str().parse().ok()?;
        if minute > 59 {
            return None;
        }
        match caps.get(g.tap1) {
            Some(ap) => (to_24h(hour, ap.as_str())?, minute),
            None if hour <= 23 => (hour, minute),
            None => return None,
        }
    } else if let Some(h) = caps.get(g.th4) {
        // Four bare digits are a year or a count unless a zone follows ("0230 GMT").
        zone?;
        let hour: u32 = h.as_str().parse().ok()?;
        let minute: u32 = caps.get(g.tm4)?.as_str().parse().ok()?;
        (hour, minute)
    } else if let Some(h) = caps.get(g.th5) {
        let hour: u32 = h.as_str().parse().ok()?;
        let minute: u32 = caps.get(g.tm5)?.as_str().parse().ok()?;
        (to_24h(hour, caps.get(g.tap5)?.as_str())?, minute)
    } else if let Some(h) = caps.get(g.th2) {
        let hour: u32 = h.as_str().parse().ok()?;
        (to_24h(hour, caps.get(g.tap2)?.as_str())?, 0)
    } else if let Some(h) = caps.get(g.th6) {
        let hour: u32 = h.as_str().parse().ok()?;
        (hour_in_part(hour, caps.get(g.tpart)?.as_str())?, 0)
    } else {
        let word = caps.get(g.tnoon)?.as_str();
        (
            if word.eq_ignore_ascii_case("midnight") {
                0
            } else {
                12
            },
            0,
        )
    };
    Some(TimeOfDay {
        hour,
        minute,
        zone,
        end_of_day: false,
    })
}

/// The 24-hour reading of "4 in the morning", "6 in the evening", "11 at night", or
/// `None` where the hour does not fall in that part of the day.
fn hour_in_part(hour: u32, part: &str) -> Option<u32> {
    let part = part.to_ascii_lowercase();
    let part = part.split_whitespace().last().unwrap_or_default();
    match (part, hour) {
        ("morning", 1..=11) => Some(hour),
        ("afternoon", 12) => Some(12),
        ("afternoon", 1..=6) | ("evening", 5..=11) | ("night", 8..=11) => Some(hour + 12),
        ("night", 12) => Some(0),
        ("night", 1..=4) => Some(hour),
        _ => None,
    }
}

/// Whether the word after "in the morning" makes it a modifier ("the morning session").
fn part_modifies_a_noun(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    [
        "session", "sessions", "trading", "trade", "paper", "papers", "rush", "edition", "shift",
        "news", "show", "prayer", "prayers", "service", "services",
    ]
    .contains(&word)
}

/// Whether text ends in a month's name ("May ", "Sept. "): what follows is its day.
fn after_a_month(before: &str) -> bool {
    let before = before.trim_end().trim_end_matches('.');
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    super::dates::is_month_name(word)
}

/// True when the text around a bare "h:mm" match shows it is part of something else:
/// a longer clock or race time ("2:03:45"), a ratio list, or a decimal.
fn embedded_in_number(prose: &str, start: usize, end: usize) -> bool {
    let before = prose[..start].chars().next_back();
    let mut after = prose[end..].chars();
    let next = after.next();
    let next2 = after.next();
    matches!(before, Some(':' | '.' | '/' | ','))
        || (matches!(next, Some(':' | '/')) && next2.is_some_and(|c| c.is_ascii_digit()))
}

/// The only times that do not start with a digit, read where news writes them in
/// lower, title or upper case ([`in_news_case`]).
pub(super) const NOON_WORDS: &[&str] = &["noon", "midday", "midnight"];

/// Whether `word` (ASCII letters) is in lower case, capitalised or in capitals.
fn in_news_case(word: &[u8]) -> bool {
    let rest = word.get(1..).unwrap_or_default();
    rest.iter().all(u8::is_ascii_lowercase) || word.iter().all(u8::is_ascii_uppercase)
}

/// The longest standalone time, "12:30 p.m. EDT" with room to spare.
const TIME_WINDOW: usize = 32;

/// Finds standalone times of day in `prose`.
pub(super) fn find_times(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    let starts = time_starts(prose, triggers);
    for caps in captures_at_starts(&TIME_RE, prose, starts, TIME_WINDOW) {
        let Some(m) = caps.get(0) else { continue };
        if not_a_time(prose, &caps) {
            continue;
        }
        if let Some(mut time) = time_from_captures(&caps, &TG) {
            // "until midnight", "by midnight Friday": a deadline, the end of the day.
            // So is "at midnight Friday", as news style has it: midnight belongs to the
            // day that is ending.
            let before = super::word_before(&prose[..m.start()]);
            let next = super::next_word(prose, m.end());
            let at_midnight_of_a_day =
                before == "at" && super::dates::WEEKDAYS.iter().any(|(day, _)| next == *day);
            // "midnight tonight" ends the day that is running.
            let tonight = next.eq_ignore_ascii_case("tonight");
            // A midnight with no day after it ("at midnight", "around midnight") ends
            // the day it falls on, as TimeML writes it; one just before its day
            // ("midnight Sunday"), or one that something came after ("struck shortly
            // after midnight"), starts its day: an event told after midnight on the
            // article's day happened early that day, not at its end.
            let day_follows = super::dates::is_calendar_name(next)
                || ["today", "tomorrow", "yesterday"]
                    .iter()
                    .any(|w| next.eq_ignore_ascii_case(w));
            time.end_of_day = caps
                .get(TG.tnoon)
                .is_some_and(|w| w.as_str().eq_ignore_ascii_case("midnight"))
                && (["until", "till", "by", "before"].contains(&before.as_str())
                    || at_midnight_of_a_day
                    || tonight
                    || !day_follows && !["after", "past"].contains(&before.as_str()));
            out.push(Mention {
                span: Span::new(m.start(), m.end()),
                value: MentionValue::Time(time),
                approx: Default::default(),
            });
        }
    }
}

/// Whether a match of [`TIME_RE`] reads as something else in its context.
fn not_a_time(prose: &str, caps: &Groups<'_>) -> bool {
    let Some(m) = caps.get(0) else {
        return true;
    };
    // "1:30.5": a clock reading is not part of a longer number.
    let in_number = caps.get(TG.th1).is_some() && embedded_in_number(prose, m.start(), m.end());
    // "84 for 4 in the morning session" counts wickets, not hours, and "on May 3 in
    // the afternoon" names a day.
    let part_of_noun = caps.get(TG.th6).is_some()
        && (part_modifies_a_noun(&prose[m.end()..]) || after_a_month(&prose[..m.start()]));
    // "Midnight Oil", "the yacht Midnight Rambler": a capitalised noon word before a
    // capitalised word that is no zone is a name.
    let name = caps.get(TG.tz).is_none()
        && caps
            .get(TG.tnoon)
            .is_some_and(|w| w.as_str().starts_with(|c: char| c.is_ascii_uppercase()))
        && prose[m.end()..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
    // "with 1:14 left": a game clock counting down, not a time of day.
    let game_clock = caps.get(TG.th1).is_some()
        && caps.get(TG.tap1).is_none()
        && ["left", "remaining", "to go", "to play"]
            .iter()
            .any(|w| super::scan::starts_with_ignore_case(prose[m.end()..].trim_start(), w));
    in_number || part_of_noun || name || game_clock
}

/// Where a time may start, ascending: a run of one, two or four digits followed by
/// what a time continues with (":", "a.m.", "pm", a zone, "noon"), or a noon word.
fn time_starts<'h>(prose: &'h str, triggers: &'h Triggers) -> impl Iterator<Item = usize> + 'h {
    let bytes = prose.as_bytes();
    let digits = triggers.digit_runs().filter_map(move |(start, end)| {
        if start > 0 && is_word_byte(bytes[start - 1]) {
            return None;
        }
        let next = bytes.get(end).copied();
        let after_space = bytes[end..]
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .copied();
        let plausible = match end - start {
            1 | 2 => {
                next == Some(b':')
                    || after_space.is_some_and(|b| {
                        matches!(b, b'a' | b'A' | b'p' | b'P' | b'n' | b'N' | b'm' | b'M')
                    })
                    || dotted_pm(&bytes[end..])
                    || hour_with_its_part(&bytes[end..])
            }
            4 => after_space.is_some_and(|b| b.is_ascii_uppercase()),
            _ => false,
        };
        plausible.then_some(start)
    });
    // A time starts at a noon word only where it is a whole word (the pattern's `\b`),
    // which the trigger words are.
    let words = triggers.starts(kind::NOON).filter(move |&start| {
        let letters = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic());
        in_news_case(&bytes[start..start + letters.count()])
    });
    merge_ascending(digits, words)
}

/// Whether the bytes after an hour are ".30pm"-like: a dotted time is read only with
/// am/pm, so a decimal ("1.30 in the year") never starts a search.
fn dotted_pm(after: &[u8]) -> bool {
    matches!(after, [b'.', m1, m2, rest @ ..]
        if m1.is_ascii_digit() && m2.is_ascii_digit()
            && rest.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|b| matches!(b, b'a' | b'A' | b'p' | b'P')))
}

/// Whether the bytes after an hour start " in the morning" (afternoon, evening), " at
/// night" or " o'clock …": the only continuations [`TIME_PATTERN`]'s part-of-day form
/// has, with any run of spaces between the words as the pattern allows.
fn hour_with_its_part(after: &[u8]) -> bool {
    if !after.first().is_some_and(u8::is_ascii_whitespace) {
        return false;
    }
    let mut words = after
        .split(u8::is_ascii_whitespace)
        .filter(|w| !w.is_empty())
        .take(3);
    match (words.next(), words.next(), words.next()) {
        (Some(b"in"), Some(b"the"), Some(part)) => [&b"morning"[..], b"afternoon", b"evening"]
            .iter()
            .any(|p| part.starts_with(p)),
        (Some(b"at"), Some(night), _) => night.starts_with(b"night"),
        (Some(word), _, _) => {
            word.starts_with(b"o'clock") || word.starts_with("o\u{2019}clock".as_bytes())
        }
        _ => false,
    }
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&TIME_RE);
}

#[cfg(test)]
#[path = "times_tests.rs"]
mod tests;
