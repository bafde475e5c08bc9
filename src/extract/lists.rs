//! Lists introduced by a colon or a dash: "three countries: France, Germany and Italy",
//! "two parties -- Golkar and the PPP --". The mention is the list itself; its value is
//! the number of items, for checks against a count written before the introducer.
//!
//! Counting items in prose is easy to get wrong, so a list is proposed only when it is
//! unambiguous: items separated by semicolons or commas with a final "and", each item
//! short, and no item holding a number ("the two Koreas" is one item naming two
//! nations; "Tania Nicol, 19" is a name and an age, which the age reader takes). Items
//! that each open with "one" ("one at the bow …, and one at the stern …") are counted
//! however long they are.
//!
//! Names set off by commas after a plural noun ("three river ports, Alder, Brill and
//! Tarn, will …") are a list when every item is a name and the list is closed.
//!
//! Years listed after "in" ("twice, in 1983 and 1998"; "in 1961, Brill in 1974
//! and Tarn in 1990") are a list too, valued by the number of years, for checks against
//! a count of occasions. Each year stays a date mention, so the list's span is the "in"
//! that opens it.

use std::sync::LazyLock;

use regex::Regex;

use super::scan::is_word_byte;
use super::triggers::Triggers;
use super::{Approx, Mention, MentionValue, Span};

/// The most words one item may have; longer pieces are clauses, not list items.
const MAX_ITEM_WORDS: usize = 8;

/// The most characters a list may run to after its introducer.
const MAX_LIST_CHARS: usize = 400;

static NUMERAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|both|pair|dozen)\b)",
    )
    .expect("numeral regex is valid")
});

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: [&str; 10] = [
    "inc", "ltd", "co", "corp", "jr", "sr", "st", "mr", "dr", "cp",
];

/// Proposes a list mention for every unambiguous introduced list.
///
/// Introducers are rare bytes (':', '-', '—'), so they are found with `memchr` and the
/// word before them is checked by hand: a regular expression led by "a letter" would
/// walk its automaton over every byte of the prose.
pub fn find_lists(prose: &str, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    let mut from = 0;
    // The first byte of '—' (U+2014) in UTF-8.
    while let Some(found) = memchr::memchr3(b':', b'-', 0xE2, &bytes[from..]) {
        let at = from + found;
        from = at + 1;
        let Some(intro_end) = introducer_end(prose, at) else {
            continue;
        };
        let Some((start, text)) = list_items(prose, intro_end) else {
            continue;
        };
        // The items run to a stopper or their length limit; the next list starts after.
        from = start + items_len(&prose[start..]);
        let text = list_extent(text);
        if let Some(count) = count_items(text) {
            out.push(Mention {
                span: Span::new(start, start + text.len()),
                value: MentionValue::List(count),
                approx: Approx::Exact,
            });
        }
    }
}

/// Proposes a list mention for every list of names set off by commas after a plural
/// noun: "its three river ports, Alder, Brill and Tarn, will …".
///
/// Commas are everywhere, so only a comma right after a lowercase plural and right
/// before a capital is looked at, and the items must all be names, closed by "and" and
/// then a comma before a lowercase word or the end of the sentence.
pub fn find_appositive_lists(prose: &str, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    for at in memchr::memchr_iter(b',', bytes) {
        let plural = at >= 2 && bytes[at - 1] == b's' && bytes[at - 2].is_ascii_lowercase();
        if !plural
            || bytes.get(at + 1) != Some(&b' ')
            || !bytes.get(at + 2).is_some_and(u8::is_ascii_uppercase)
        {
            continue;
        }
        let start = at + 2;
        let rest = &prose[start..];
        let text = list_extent(&rest[..items_len(rest)]);
        if let Some((len, count)) = appositive_items(text) {
            out.push(Mention {
                span: Span::new(start, start + len),
                value: MentionValue::List(count),
                approx: Approx::Exact,
            });
        }
    }
}

/// The byte length and item count of a list of names at the start of `text`: names
/// separated by commas, the last joined by "and", then a comma before a lowercase word
/// ("…and Tarn, will") or the end of the text.
fn appositive_items(text: &str) -> Option<(usize, u32)> {
    let mut count = 0u32;
    let mut pos = 0;
    for piece in text.split(',') {
        let end = pos + piece.len();
        let trimmed = piece.trim();
        let (head, last) = match trimmed.strip_prefix("and ") {
            Some(rest) if count > 0 => ("", Some(rest)),
            _ => match trimmed.find(" and ") {
                Some(i) => (&trimmed[..i], Some(&trimmed[i + 5..])),
                None => (trimmed, None),
            },
        };
        if !head.is_empty() {
            if !is_name(head) {
                return None;
            }
            count += 1;
        }
        let Some(last) = last else {
            if head.is_empty() {
                return None;
            }
            pos = end + 1;
            continue;
        };
        if !is_name(last) {
            return None;
        }
        count += 1;
        let after = &text[end..];
        let closed = after.is_empty()
            || after
                .strip_prefix(',')
                .map(str::trim_start)
                .is_some_and(|a| a.starts_with(|c: char| c.is_lowercase()));
        let len = pos + piece.trim_end().len();
        return (closed && count >= 2).then_some((len, count));
    }
    None
}

/// A name: one to four capitalised words, after an optional "the".
fn is_name(text: &str) -> bool {
    let text = text.strip_prefix("the ").unwrap_or(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.' | '&'))
        })
}

/// Where the introducer at byte `at` ends, when it is one: a colon right after a letter
/// or ')', or "--" or "—" after one with only whitespace between.
fn introducer_end(prose: &str, at: usize) -> Option<usize> {
    let bytes = prose.as_bytes();
    let ends_word = |i: usize| {
        bytes
            .get(i)
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b')')
    };
    let (end, spaced) = match bytes[at] {
        b':' => return (at > 0 && ends_word(at - 1)).then_some(at + 1),
        b'-' if bytes.get(at + 1) == Some(&b'-')
            && bytes.get(at.wrapping_sub(1)) != Some(&b'-') =>
        {
            (at + 2, true)
        }
        0xE2 if prose[at..].starts_with('—') => (at + '—'.len_utf8(), false),
        _ => return None,
    };
    let before = prose[..at].trim_end_matches(char::is_whitespace);
    // "--" needs whitespace before it; "—" may touch the word.
    if spaced && before.len() == at {
        return None;
    }
    (!before.is_empty() && ends_word(before.len() - 1)).then_some(end)
}

/// The items after an introducer ending at `intro_end`: at least one space or tab, then
/// 3 to [`MAX_LIST_CHARS`] characters with no newline, colon or em dash.
fn list_items(prose: &str, intro_end: usize) -> Option<(usize, &str)> {
    let rest = &prose[intro_end..];
    let items = rest.trim_start_matches([' ', '\t']);
    if items.len() == rest.len() {
        return None;
    }
    let start = intro_end + (rest.len() - items.len());
    let text = &items[..items_len(items)];
    (text.chars().count() >= 3).then_some((start, text))
}

/// The byte length of the list text at the start of `items`.
fn items_len(items: &str) -> usize {
    items
        .char_indices()
        .take(MAX_LIST_CHARS)
        .find(|&(_, c)| matches!(c, '\n' | ':' | '—'))
        .map_or_else(
            || {
                items
                    .char_indices()
                    .nth(MAX_LIST_CHARS)
                    .map_or(items.len(), |(i, _)| i)
            },
            |(i, _)| i,
        )
}

/// The list's text: up to a closing dash or the end of the sentence, skipping the
/// periods of initials and company abbreviations.
fn list_extent(text: &str) -> &str {
    let end_dash = text.find(" --").unwrap_or(text.len());
    let text = &text[..end_dash];
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'.' {
            continue;
        }
        let word_start = text[..i]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |p| {
                p + text[p..].chars().next().map_or(1, char::len_utf8)
            });
        let word = text[word_start..i].to_ascii_lowercase();
        let initial = word.len() == 1;
        if !initial && !ABBREVIATIONS.contains(&word.as_str()) {
            return &text[..i];
        }
    }
    text
}

/// The number of items in `text`, or `None` when it is not a clear list.
fn count_items(text: &str) -> Option<u32> {
    let text = text.trim_end_matches([' ', ',', ';']);
    let separator = if text.contains(';') { ';' } else { ',' };
    let mut pieces: Vec<&str> = text.split(separator).map(str::trim).collect();
    let last = pieces.pop()?;
    let (before_and, after_and) = match last.strip_prefix("and ") {
        // After a serial comma the whole rest is one item ("…, and Trinidad and Tobago").
        Some(rest) if !pieces.is_empty() => ("", rest),
        _ => match last.rfind(" and ") {
            Some(i) => (&last[..i], &last[i + 5..]),
            None => (last.strip_prefix("and ").map(|_| "")?, last.get(4..)?),
        },
    };
    if !before_and.trim().is_empty() {
        pieces.push(before_and.trim());
    }
    pieces.push(after_and.trim());
    if pieces.len() < 2 {
        return None;
    }
    let items: Vec<&str> = pieces
        .iter()
        .map(|item| item.strip_prefix("and ").unwrap_or(item))
        .collect();
    // "one at the bow for the crew, and one at the stern": each item is counted by
    // its opening "one", so its length and wording do not matter.
    let each_one = items.iter().all(|item| {
        item.strip_prefix("one ")
            .is_some_and(|rest| !rest.trim().is_empty() && !NUMERAL_RE.is_match(rest))
    });
    if each_one {
        return u32::try_from(items.len()).ok();
    }
    for item in &items {
        let words = item.split_whitespace().count();
        // A quotation inside an item makes it a clause ("Lee said “no”"), not a name.
        let quoted = item.contains(['"', '“', '”']);
        if words == 0 || words > MAX_ITEM_WORDS || quoted || NUMERAL_RE.is_match(item) {
            return None;
        }
        // A list item starts like a name or a noun phrase, not a clause.
        if !item.starts_with(|c: char| c.is_uppercase() || c == '"')
            && !item.starts_with("the ")
            && !item.starts_with("one ")
        {
            return None;
        }
    }
    u32::try_from(items.len()).ok()
}

/// The longest text that may join two listed years, in bytes.
const MAX_YEAR_JOIN: usize = 80;

/// Whether the digit run `start..end` of `bytes` is a year written in full, an item of
/// a year list: four digits from 1800 to 2099, whole words (ASCII word boundaries).
///
/// Read from the digit runs the trigger pass found, where a regex scanned all the prose
/// for them, and had to be compiled at every start-up.
fn is_listed_year(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start == 4
        && matches!(&bytes[start..start + 2], b"18" | b"19" | b"20")
        && (start == 0 || !is_word_byte(bytes[start - 1]))
        && !bytes.get(end).is_some_and(|b| is_word_byte(*b))
}

/// What may join two listed years: a comma or "and" alone ("1958, 1963 and 1979"), or a
/// few words ending in "in" ("1961, Brill in 1974"; "1971 over the reef and
/// again in 1985"). No digits, and no word that starts another clause or count.
static YEAR_JOIN_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+(?:[a-z'-]+\s+){1,7}?in\s+)$")
        .expect("year join regex is valid")
});

/// Words that make a join more than a list separator: "in 1990, but lost in 1995",
/// "in 1990 and twice in 1995".
static YEAR_JOIN_STOP_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:but|or|nor|until|till|since|from|between|before|after|by|to|than|once|twice|thrice|times|each|every|including)\b",
    )
    .expect("year join stop regex is valid")
});

static AND_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\band\b").expect("and regex is valid"));

/// Proposes a list mention for every run of years listed after "in" and closed by
/// "and": "in 1983 and 1998", "in 1958, 1963 and 1979". The span is the opening "in".
/// The years are among the digit runs of `triggers`.
pub(super) fn find_year_lists(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    // "1987-88" and "1990/91" are seasons, not list items.
    let years: Vec<(usize, usize)> = triggers
        .digit_runs()
        .filter(|&(start, end)| is_listed_year(bytes, start, end))
        .filter(|&(_, end)| !matches!(bytes.get(end), Some(b'-' | b'/')))
        .collect();
    let joins = |a: usize, b: usize| -> Option<bool> {
        // Seven words fit well within this; checking only short joins keeps the cost
        // per year constant however far apart the years are.
        let join = prose
            .get(years[a].1..years[b].0)
            .filter(|j| j.len() <= MAX_YEAR_JOIN)?;
        let words = YEAR_JOIN_RE.is_match(join) && !YEAR_JOIN_STOP_RE.is_match(join);
        let closes = AND_RE.is_match(join);
        // A longer join is a separator only with a comma or "and" in it.
        (words && (closes || join.contains(','))).then_some(closes)
    };
    let mut i = 0;
    while i < years.len() {
        let Some(opening) = opening_in(prose, years[i].0) else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut closed = false;
        while j + 1 < years.len() {
            let Some(closes) = joins(j, j + 1) else {
                break;
            };
            j += 1;
            if closes {
                closed = true;
                break;
            }
        }
        // "in 1983 and 1998 and 2001" does not say where the list ends; "in 1990 and
        // 1995, and lost in 2001" does.
        let runs_on = j + 1 < years.len()
            && prose
                .get(years[j].1..years[j + 1].0)
                .is_some_and(|g| matches!(g.trim(), "and" | "and in"));
        if closed && !runs_on {
            if let Ok(count) = u32::try_from(j - i + 1) {
                out.push(Mention {
                    span: opening,
                    value: MentionValue::List(count),
                    approx: Approx::Exact,
                });
            }
        }
        i = j + 1;
    }
}

/// The span of the word "in" right before byte `at`, with only spaces between.
fn opening_in(prose: &str, at: usize) -> Option<Span> {
    let before = prose[..at].trim_end_matches([' ', '\t']);
    if before.len() == at {
        return None;
    }
    let start = before.len().checked_sub(2)?;
    let word = before.get(start..)?;
    let boundary = before[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    (word.eq_ignore_ascii_case("in") && boundary).then(|| Span::new(start, before.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists a finder proposes in `text`, with the text and count of each.
    fn found(text: &str, find: fn(&str, &mut Vec<Mention>)) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        find(text, &mut out);
        out.into_iter()
            .filter_map(|m| match m.value {
                MentionValue::List(n) => Some((text[m.span.range()].to_string(), n)),
                _ => None,
            })
            .collect()
    }

    fn lists(text: &str) -> Vec<(String, u32)> {
        found(text, find_lists)
    }

    #[test]
    fn colon_and_dash_lists() {
        assert_eq!(
            lists("It sells in three ports: Alder, Sennet and Brill."),
            [("Alder, Sennet and Brill".to_string(), 3)]
        );
        assert_eq!(
            lists("The two boards -- Alder Harbor and the Sennet Bay board -- met."),
            [("Alder Harbor and the Sennet Bay board".to_string(), 2)]
        );
        assert_eq!(
            lists("Three buyers: Kelp Holdings Ltd.; Brine Co. Ltd.; and Gull Inc."),
            [(
                "Kelp Holdings Ltd.; Brine Co. Ltd.; and Gull Inc.".to_string(),
                3
            )]
        );
    }

    #[test]
    fn serial_commas_and_one_items() {
        assert_eq!(
            lists("Three ports: Alder, Brill, and Trinidad and Tobago."),
            [("Alder, Brill, and Trinidad and Tobago".to_string(), 3)]
        );
        assert_eq!(
            lists("It has two decks: one at the bow for the crew and cargo, and one at the stern."),
            [(
                "one at the bow for the crew and cargo, and one at the stern".to_string(),
                2
            )]
        );
        assert!(lists("Two decks: one at the bow, and one with 3 masts.").is_empty());
    }

    fn appositive(text: &str) -> Vec<(String, u32)> {
        found(text, find_appositive_lists)
    }

    #[test]
    fn names_set_off_by_commas() {
        assert_eq!(
            appositive("Its three river ports, Alder, Brill and Tarn, will follow."),
            [("Alder, Brill and Tarn".to_string(), 3)]
        );
        assert_eq!(
            appositive("It visited two towns, Alder and the Sennet Bay."),
            [("Alder and the Sennet Bay".to_string(), 2)]
        );
        assert!(appositive("In two games, Alder and Brill drew.").is_empty());
        assert!(appositive("Over the years, Alder, Brill and Tarn, who met, left.").len() == 1);
        assert!(appositive("The towns, Alder, Brill and the port at Tarn, agreed.").is_empty());
        assert!(
            appositive("Its ports, Alder, Brill and Tarn Bay Harbour Ferry Co, agreed.").is_empty()
        );
        assert!(appositive("Its ports, Alder, Brill, Tarn.").is_empty());
    }

    fn year_lists(text: &str) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        find_year_lists(text, &Triggers::of(text), &mut out);
        out.into_iter()
            .filter_map(|m| match m.value {
                MentionValue::List(n) => Some((text[m.span.range()].to_string(), n)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn years_listed_after_in() {
        let one = |text: &str, n: u32| assert_eq!(year_lists(text), [("in".to_string(), n)]);
        one("The fair came twice, in 1983 and 1998.", 2);
        one("It won medals in 1958, 1963 and 1979.", 3);
        one(
            "It added Alder and Brill in 1961, Sennet in 1974 and Tarn in 1990.",
            3,
        );
        one(
            "They clashed first in 1971 over the reef and again in 1985.",
            2,
        );
        one("They met in 1990 and 1995, and lost in 2001.", 2);
    }

    #[test]
    fn unclear_year_runs_are_skipped() {
        assert!(year_lists("It won in 1990, but lost in 1995.").is_empty());
        assert!(year_lists("It won in 1990 and 1995 and 2001.").is_empty());
        assert!(year_lists("From 1990 to 1995 and in 2001.").is_empty());
        assert!(year_lists("In the 1987-88 and 1990 seasons.").is_empty());
        assert!(year_lists("It won in 1990, 1995, 2001.").is_empty());
        assert!(year_lists("It won in 1990 and twice in 1995.").is_empty());
        assert!(year_lists("He was born in 1950. And in 1960 he left.").is_empty());
    }

    #[test]
    fn non_ascii_before_a_period_does_not_panic() {
        let _ = lists("Two firms: “Oy. Brine” and Gull.");
    }

    #[test]
    fn unclear_lists_are_skipped() {
        assert!(lists("Five victims: Ann Lee, 19, Bo Park, 24, and Cy Hart, 29.").is_empty());
        assert!(lists("Six-nation talks: the two Koreas, Alder and Brill.").is_empty());
        assert!(lists("He said: we will go and they will stay.").is_empty());
        assert!(lists("Note: nothing here").is_empty());
        assert!(lists("Two causes -- Lee died of \"cold\" and Kim died of \"heat\".").is_empty());
    }
}
