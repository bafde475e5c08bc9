//! Lists introduced by a colon or a dash: "three countries: France, Germany and Italy",
//! "two parties -- Golkar and the PPP --". The mention is the list itself; its value is
//! the number of items, for checks against a count written before the introducer.
//!
//! Counting items in prose is easy to get wrong, so a list is proposed only when it is
//! unambiguous: items separated by semicolons or commas with a final "and", each item
//! short, and no item holding a number ("the two Koreas" is one item naming two
//! nations; "Tania Nicol, 19" is a name and an age, not two items).

use std::sync::LazyLock;

use regex::Regex;

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
    let (before_and, after_and) = match last.rfind(" and ") {
        Some(i) => (&last[..i], &last[i + 5..]),
        None => (last.strip_prefix("and ").map(|_| "")?, last.get(4..)?),
    };
    if !before_and.trim().is_empty() {
        pieces.push(before_and.trim());
    }
    pieces.push(after_and.trim());
    if pieces.len() < 2 {
        return None;
    }
    for item in &pieces {
        let item = item.strip_prefix("and ").unwrap_or(item);
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
    u32::try_from(pieces.len()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(text: &str) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        find_lists(text, &mut out);
        out.into_iter()
            .filter_map(|m| match m.value {
                MentionValue::List(n) => Some((text[m.span.range()].to_string(), n)),
                _ => None,
            })
            .collect()
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
