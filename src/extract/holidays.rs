//! Holidays named instead of a date: "Thanksgiving Day", "on Christmas Eve", "last
//! Easter", "Election Day 1998". Each is a day of the year by a fixed rule (a date, the
//! n-th weekday of a month, or a distance from Easter); the timeline picks the year.
//!
//! Only holidays that name one day wherever English news is written are here:
//! "Independence Day" or "National Day" differ by country and are left out.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::calendar::period;
use super::{Direction, Mention, PeriodPosition, PeriodUnit};

/// A holiday and the rule that places it in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    NewYearsEve,
    ValentinesDay,
    StPatricksDay,
    MartinLutherKingDay,
    PresidentsDay,
    GoodFriday,
    Easter,
    EasterMonday,
    MothersDay,
    MemorialDay,
    FathersDay,
    FourthOfJuly,
    LaborDay,
    Halloween,
    ElectionDay,
    VeteransDay,
    BonfireNight,
    Thanksgiving,
    BlackFriday,
    ChristmasEve,
    Christmas,
    BoxingDay,
}

/// The `n`-th `weekday` of a month (from its end when `n` is negative).
pub(crate) fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: i32) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(n).ok()?)
    } else {
        let next_month = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = next_month.pred_opt()?;
        let back = (last.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
        last.checked_sub_days(Days::new(u64::from(back)))
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

impl Holiday {
    /// The day this holiday falls on in `year`.
    pub fn date_in(self, year: i32) -> Option<NaiveDate> {
        use Holiday::*;
        let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day);
        match self {
            NewYearsDay => fixed(1, 1),
            NewYearsEve => fixed(12, 31),
            ValentinesDay => fixed(2, 14),
            StPatricksDay => fixed(3, 17),
            MartinLutherKingDay => nth_weekday(year, 1, Weekday::Mon, 3),
            PresidentsDay => nth_weekday(year, 2, Weekday::Mon, 3),
            GoodFriday => easter(year)?.checked_sub_days(Days::new(2)),
            Easter => easter(year),
            EasterMonday => easter(year)?.succ_opt(),
            MothersDay => nth_weekday(year, 5, Weekday::Sun, 2),
            MemorialDay => nth_weekday(year, 5, Weekday::Mon, -1),
            FathersDay => nth_weekday(year, 6, Weekday::Sun, 3),
            FourthOfJuly => fixed(7, 4),
            LaborDay => nth_weekday(year, 9, Weekday::Mon, 1),
            Halloween => fixed(10, 31),
            // The Tuesday after the first Monday of November.
            ElectionDay => nth_weekday(year, 11, Weekday::Mon, 1)?.succ_opt(),
            VeteransDay => fixed(11, 11),
            BonfireNight => fixed(11, 5),
            Thanksgiving => nth_weekday(year, 11, Weekday::Thu, 4),
            BlackFriday => nth_weekday(year, 11, Weekday::Thu, 4)?.succ_opt(),
            ChristmasEve => fixed(12, 24),
            Christmas => fixed(12, 25),
            BoxingDay => fixed(12, 26),
        }
    }
}

/// Names as written, with straight apostrophes (curly ones are added when the
/// automaton is built). A name that is a prefix of another ("Christmas", "Christmas
/// Eve") is kept short only when the longer one does not match.
const NAMES: [(&str, Holiday, bool); 30] = [
    // (name, holiday, whether the name alone may be a modifier: "Christmas tree")
    ("New Year's Day", Holiday::NewYearsDay, false),
    ("New Year's Eve", Holiday::NewYearsEve, false),
    ("Valentine's Day", Holiday::ValentinesDay, false),
    ("St. Patrick's Day", Holiday::StPatricksDay, false),
    (
        "Martin Luther King Day",
        Holiday::MartinLutherKingDay,
        false,
    ),
    (
        "Martin Luther King Jr. Day",
        Holiday::MartinLutherKingDay,
        false,
    ),
    ("Presidents' Day", Holiday::PresidentsDay, false),
    ("Presidents Day", Holiday::PresidentsDay, false),
    ("Good Friday", Holiday::GoodFriday, false),
    ("Easter Sunday", Holiday::Easter, false),
    ("Easter", Holiday::Easter, true),
    ("Easter Monday", Holiday::EasterMonday, false),
    ("Mother's Day", Holiday::MothersDay, false),
    ("Memorial Day", Holiday::MemorialDay, false),
    ("Father's Day", Holiday::FathersDay, false),
    ("Fourth of July", Holiday::FourthOfJuly, false),
    ("Labor Day", Holiday::LaborDay, false),
    ("Halloween", Holiday::Halloween, true),
    ("Election Day", Holiday::ElectionDay, false),
    ("Veterans Day", Holiday::VeteransDay, false),
    ("Veterans' Day", Holiday::VeteransDay, false),
    ("Bonfire Night", Holiday::BonfireNight, false),
    ("Guy Fawkes Night", Holiday::BonfireNight, false),
    ("Thanksgiving", Holiday::Thanksgiving, true),
    ("Thanksgiving Day", Holiday::Thanksgiving, false),
    ("Black Friday", Holiday::BlackFriday, false),
    ("Christmas Eve", Holiday::ChristmasEve, false),
    ("Christmas", Holiday::Christmas, true),
    ("Christmas Day", Holiday::Christmas, false),
    ("Boxing Day", Holiday::BoxingDay, false),
];

/// One automaton over every name, each also with a curly apostrophe; leftmost-longest,
/// so "Christmas Eve" is read whole.
static NAME_FINDER: LazyLock<(AhoCorasick, Vec<usize>)> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut entry = Vec::new();
    for (i, (name, ..)) in NAMES.iter().enumerate() {
        patterns.push(name.to_string());
        entry.push(i);
        if name.contains('\'') {
            patterns.push(name.replace('\'', "\u{2019}"));
            entry.push(i);
        }
    }
    let finder = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        // Built at every start-up for a few patterns: the NFA builds in a fraction of
        // the DFA's time and searches short texts about as fast.
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(&patterns)
        .unwrap_or_else(|e| panic!("built-in holiday names do not build: {e}"));
    (finder, entry)
});

/// Words that may follow a bare "Christmas" or "Easter" when it names the day, not a
/// thing ("Christmas tree", "Easter eggs", "Thanksgiving dinner"): the start of the
/// next phrase or clause, or a verb with the day as its subject ("with Easter less than
/// a month away", "Christmas falls on a Sunday").
const DAY_FOLLOWERS: [&str; 65] = [
    "a",
    "after",
    "amid",
    "and",
    "approached",
    "approaches",
    "are",
    "arrived",
    "arrives",
    "as",
    "at",
    "before",
    "but",
    "by",
    "came",
    "comes",
    "could",
    "during",
    "falls",
    "fell",
    "following",
    "for",
    "from",
    "had",
    "has",
    "he",
    "her",
    "his",
    "i",
    "in",
    "is",
    "it",
    "its",
    "last",
    "less",
    "looms",
    "may",
    "might",
    "more",
    "must",
    "neared",
    "nears",
    "next",
    "on",
    "or",
    "our",
    "she",
    "should",
    "since",
    "that",
    "the",
    "their",
    "they",
    "this",
    "to",
    "until",
    "was",
    "we",
    "weekend",
    "were",
    "when",
    "while",
    "will",
    "with",
    "would",
];

/// A cue before the name that says which one: "last Christmas", "next Easter".
fn cue_before(prose: &str, start: usize) -> Option<(usize, Direction)> {
    let before = &prose[..start];
    let trimmed = before.strip_suffix(' ')?;
    // By bytes: after the last non-letter byte is a character boundary, whatever
    // character that byte ends.
    let word_start = trimmed
        .bytes()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |i| i + 1);
    let direction = match trimmed[word_start..].to_ascii_lowercase().as_str() {
        "last" | "past" => Direction::Before,
        "next" | "coming" => Direction::After,
        _ => return None,
    };
    Some((word_start, direction))
}

/// A year written after the name: "Christmas 1998", "Easter of 2003", "Election
/// Day, 1996". Returns the year and where its digits end.
fn year_after(prose: &str, end: usize) -> Option<(i32, usize)> {
    let rest = &prose[end..];
    let skipped = rest.len()
        - rest
            .trim_start_matches([',', ' '])
            .trim_start_matches("of ")
            .len();
    let digits = rest.get(skipped..skipped + 4)?;
    let followed_by_digit = rest[skipped + 4..].starts_with(|c: char| c.is_ascii_alphanumeric());
    if skipped == 0 || followed_by_digit || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    (1800..=2199)
        .contains(&year)
        .then_some((year, end + skipped + 4))
}

/// Finds every holiday named in `prose`.
pub(super) fn find_holidays(prose: &str, out: &mut Vec<Mention>) {
    let (finder, entry) = &*NAME_FINDER;
    for m in finder.find_iter(prose) {
        let (start, end) = (m.start(), m.end());
        let bytes = prose.as_bytes();
        let bounded = start
            .checked_sub(1)
            .is_none_or(|i| !bytes[i].is_ascii_alphanumeric())
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        if !bounded {
            continue;
        }
        let (_, holiday, may_modify) = NAMES[entry[m.pattern().as_usize()]];
        if may_modify {
            let next = prose[end..]
                .strip_prefix(' ')
                .map(|rest| {
                    rest.split(|c: char| !c.is_ascii_alphabetic())
                        .next()
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            let lowercase = next.starts_with(|c: char| c.is_ascii_lowercase());
            if (lowercase && !DAY_FOLLOWERS.contains(&next)) || prose[end..].starts_with("-") {
                continue;
            }
        }
        let (position, end) = if let Some((year, year_end)) = year_after(prose, end) {
            (PeriodPosition::Absolute(year), year_end)
        } else {
            let cue = cue_before(prose, start);
            let position = PeriodPosition::Nth {
                n: 1,
                year_shift: None,
                cue: cue.map(|(_, d)| d),
            };
            (position, end)
        };
        let start = match position {
            PeriodPosition::Nth { cue: Some(_), .. } => {
                cue_before(prose, start).map_or(start, |c| c.0)
            }
            _ => start,
        };
        out.push(period(start, end, PeriodUnit::Holiday(holiday), position));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::MentionValue;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn rules_place_each_holiday() {
        assert_eq!(
            Holiday::Thanksgiving.date_in(1999),
            Some(date(1999, 11, 25))
        );
        assert_eq!(Holiday::ElectionDay.date_in(1998), Some(date(1998, 11, 3)));
        // November 1, 2022 was a Tuesday: Election Day is the 8th, not the 1st.
        assert_eq!(Holiday::ElectionDay.date_in(2022), Some(date(2022, 11, 8)));
        assert_eq!(Holiday::MemorialDay.date_in(2021), Some(date(2021, 5, 31)));
        assert_eq!(Holiday::LaborDay.date_in(2024), Some(date(2024, 9, 2)));
        assert_eq!(Holiday::Easter.date_in(2000), Some(date(2000, 4, 23)));
        assert_eq!(Holiday::Easter.date_in(2019), Some(date(2019, 4, 21)));
        assert_eq!(Holiday::GoodFriday.date_in(2024), Some(date(2024, 3, 29)));
        assert_eq!(Holiday::FathersDay.date_in(2023), Some(date(2023, 6, 18)));
    }

    fn found(text: &str) -> Vec<(String, PeriodPosition)> {
        let mut out = Vec::new();
        find_holidays(text, &mut out);
        out.iter()
            .map(|m| {
                let MentionValue::Period(p) = m.value else {
                    panic!("not a period")
                };
                (
                    text[m.span.start as usize..m.span.end as usize].to_string(),
                    p.position,
                )
            })
            .collect()
    }

    #[test]
    fn names_cues_and_years() {
        let nth = |cue| PeriodPosition::Nth {
            n: 1,
            year_shift: None,
            cue,
        };
        assert_eq!(
            found("The boat sank last Thanksgiving and the boy was found on Christmas Eve."),
            [
                (
                    "last Thanksgiving".to_string(),
                    nth(Some(Direction::Before))
                ),
                ("Christmas Eve".to_string(), nth(None)),
            ]
        );
        assert_eq!(
            found("Polls closed on Election Day, 1996 at eight."),
            [(
                "Election Day, 1996".to_string(),
                PeriodPosition::Absolute(1996)
            )]
        );
    }

    #[test]
    fn names_used_as_modifiers_are_no_days() {
        assert!(found("They sold Christmas trees and Easter eggs.").is_empty());
        assert!(found("Trains to Eastern Europe ran late.").is_empty());
        assert_eq!(found("Shops close at Christmas.").len(), 1);
        // The day as a subject.
        assert_eq!(
            found("With Easter less than a month away, ferries sold out.").len(),
            1
        );
        assert_eq!(
            found("Travellers heading out for Thanksgiving should leave early.").len(),
            1
        );
    }

    #[test]
    fn black_friday_is_the_day_after_thanksgiving() {
        assert_eq!(Holiday::BlackFriday.date_in(2016), Some(date(2016, 11, 25)));
        assert_eq!(found("Stores open a day ahead of Black Friday.").len(), 1);
    }
}
