//! Shared scanning helpers for the recognisers.
//!
//! A regular expression that can start at any letter makes the regex engine walk its
//! automaton over every byte of the prose. Most recognisers need something rarer to
//! start: a digit, a month name, a colon. They find those positions cheaply here and run
//! their pattern only from each one, inside a short window.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use regex::Regex;
use regex_automata::meta;
use regex_automata::util::syntax;

/// Compiles one of the recognisers' built-in patterns in ASCII mode.
///
/// The prose view maps Unicode spaces to ASCII ones (see `document`), and every word a
/// recogniser looks for is ASCII, so Unicode classes and case folding would only make
/// the automata larger: compiling in ASCII mode takes about half the time, which is
/// start-up time of every run.
pub(crate) fn ascii_regex(pattern: &str) -> Regex {
    regex::RegexBuilder::new(pattern)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}"))
}

/// Compiles one of the large recognisers' patterns in ASCII mode, as [`ascii_regex`]
/// does, but without the literal prefilter.
///
/// Each pattern opens with an alternation of dozens of words and digit forms, so the
/// prefilter the regex crate would build is weak or absent, and extracting the literals
/// to find that out was over half the cost of compiling these patterns: start-up time
/// of every run. Otherwise the configuration is the one `regex::Regex` uses, so the
/// matches are the same.
pub(super) fn recogniser_regex(pattern: &str) -> meta::Regex {
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .match_kind(regex_automata::MatchKind::LeftmostFirst)
                .utf8_empty(true)
                .nfa_size_limit(Some(10 * (1 << 20)))
                .hybrid_cache_capacity(2 * (1 << 20))
                .auto_prefilter(false),
        )
        .syntax(syntax::Config::new().unicode(false).utf8(true))
        .build(pattern)
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}"))
}

/// A compiled regex whose capture groups can be looked up by name, whichever crate's
/// API built it.
pub(super) trait GroupNames {
    /// The index of the group `name`, if the pattern has one.
    fn group_index_of(&self, name: &str) -> Option<usize>;
}

impl GroupNames for Regex {
    fn group_index_of(&self, name: &str) -> Option<usize> {
        self.capture_names().position(|n| n == Some(name))
    }
}

impl GroupNames for meta::Regex {
    fn group_index_of(&self, name: &str) -> Option<usize> {
        self.group_info()
            .to_index(regex_automata::PatternID::ZERO, name)
    }
}

impl<T: GroupNames> GroupNames for std::sync::LazyLock<T> {
    fn group_index_of(&self, name: &str) -> Option<usize> {
        (**self).group_index_of(name)
    }
}

/// The index of the capture group `name` in `re`; a missing name is a bug in a
/// built-in pattern.
pub(super) fn group_index(re: &impl GroupNames, name: &str) -> usize {
    re.group_index_of(name)
        .unwrap_or_else(|| panic!("built-in pattern has no group `{name}`"))
}

/// Declares a struct of capture-group indices for one regex, resolved from the group
/// names once: `caps.get(groups.digits)` is an index, where `caps.name("digits")`
/// hashes the name on every call, which is most of the cost of reading a match.
macro_rules! capture_groups {
    ($(#[$doc:meta])* $vis:vis struct $name:ident { $($group:ident),* $(,)? }) => {
        $(#[$doc])*
        $vis struct $name {
            $(pub $group: usize,)*
        }

        impl $name {
            /// Looks up every group of `re` by its name.
            pub fn of(re: &impl $crate::extract::scan::GroupNames) -> $name {
                $name {
                    $($group: $crate::extract::scan::group_index(re, stringify!($group)),)*
                }
            }
        }
    };
}
pub(super) use capture_groups;

/// The text one group (or the whole match) of a [`Groups`] took, and where.
#[derive(Clone, Copy, Debug)]
pub(super) struct Group<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Group<'h> {
    /// The span `start..end` of `haystack`, as a match of one of its regexes gives it.
    pub fn new(haystack: &'h str, start: usize, end: usize) -> Group<'h> {
        Group {
            haystack,
            start,
            end,
        }
    }

    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    /// The matched text. The patterns compile in UTF-8 mode, so a match never splits a
    /// character; an empty string stands in should that ever not hold.
    pub fn as_str(&self) -> &'h str {
        self.haystack.get(self.start..self.end).unwrap_or_default()
    }
}

/// The capture groups of one match of a [`recogniser_regex`], read by index (see
/// [`capture_groups!`]) as `regex::Captures` would be.
pub(super) struct Groups<'h> {
    haystack: &'h str,
    slots: Slots,
}

/// Where a [`Groups`] finds its spans.
enum Slots {
    /// As the regex engine left them.
    Engine(regex_automata::util::captures::Captures),
    /// Remembered from an earlier match of the same text (see [`captures_of_match`]):
    /// each group's span relative to the match's `start`.
    Memo { start: usize, spans: Spans },
}

impl<'h> Groups<'h> {
    fn from_engine(haystack: &'h str, caps: regex_automata::util::captures::Captures) -> Self {
        Groups {
            haystack,
            slots: Slots::Engine(caps),
        }
    }

    /// Group `index`, if it took part in the match; 0 is the whole match.
    pub fn get(&self, index: usize) -> Option<Group<'h>> {
        let (start, end) = match &self.slots {
            Slots::Engine(caps) => {
                let span = caps.get_group(index)?;
                (span.start, span.end)
            }
            Slots::Memo { start, spans } => {
                let (from, to) = (*spans.get(index)?)?;
                (start + from as usize, start + to as usize)
            }
        };
        Some(Group {
            haystack: self.haystack,
            start,
            end,
        })
    }
}

/// The groups of the leftmost-first match of `re` in `haystack` that starts at or
/// after `start`, as `regex::Regex::captures_at` finds it.
pub(super) fn captures_from<'h>(
    re: &meta::Regex,
    haystack: &'h str,
    start: usize,
) -> Option<Groups<'h>> {
    let mut caps = re.create_captures();
    let input = regex_automata::Input::new(haystack).span(start..haystack.len());
    re.search_captures(&input, &mut caps);
    caps.is_match().then(|| Groups::from_engine(haystack, caps))
}

/// The groups of `re`'s match that spans exactly `range`, as found by `find_iter`.
/// `re` must be a recogniser whose only look-around is `(?-u:\b)` (no `^`, `$`).
///
/// The search is anchored at the match's start and ends at its end, so the capture
/// engine runs over the match alone: searching again from the start, as
/// [`captures_from`] does, would repeat the forward scan and add a reverse one to find
/// the start already known. Bounding the search cannot change which alternative wins:
/// a leftmost-first match is the highest-priority path that matches, and that path ends
/// at `range.end`; look-around still sees the text outside `range`.
///
/// Such a search reads nothing but the match's text and, for a word boundary at either
/// edge, whether the bytes just outside it are word bytes. So its groups are
/// remembered under those three (per thread, per regex; see [`Digits`]), and news repeats the same
/// phrases ("last year", "10 percent") often enough that most reads are found there:
/// the capture engine walks the recogniser's whole automaton, which costs several
/// times as much as finding the match.
pub(super) fn captures_of_match<'h>(
    re: &'static meta::Regex,
    digits: Digits,
    haystack: &'h str,
    range: std::ops::Range<usize>,
) -> Option<Groups<'h>> {
    let text = haystack.get(range.clone())?;
    let bytes = haystack.as_bytes();
    let word_before = range
        .start
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .is_some_and(|b| is_word_byte(*b));
    let word_after = bytes.get(range.end).is_some_and(|b| is_word_byte(*b));
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        let CaptureMemo { key, tables } = &mut *memo;
        key.clear();
        key.push(char::from(
            b'0' + u8::from(word_before) + 2 * u8::from(word_after),
        ));
        match digits {
            Digits::Distinct => key.push_str(text),
            Digits::Alike => key.extend(text.chars().map(|c| match c {
                '0'..='9' => '0',
                other => other,
            })),
        }
        // `re` is a static, so its address names it for the life of the program.
        let id = std::ptr::from_ref(re) as usize;
        let at = match tables.iter().position(|(t, _)| *t == id) {
            Some(at) => at,
            None => {
                tables.push((id, HashMap::new()));
                tables.len() - 1
            }
        };
        let table = &mut tables[at].1;
        let spans = match table.get(key.as_str()) {
            Some(spans) => Rc::clone(spans),
            None => {
                let spans = search_groups(re, haystack, range.clone())?;
                if table.len() >= MEMO_ENTRIES {
                    table.clear();
                }
                table.insert(key.as_str().into(), Rc::clone(&spans));
                spans
            }
        };
        Some(Groups {
            haystack,
            slots: Slots::Memo {
                start: range.start,
                spans,
            },
        })
    })
}

/// The spans of the groups of `re`'s match over `range`, relative to its start.
fn search_groups(re: &meta::Regex, haystack: &str, range: std::ops::Range<usize>) -> Option<Spans> {
    let mut caps = re.create_captures();
    let input = regex_automata::Input::new(haystack)
        .range(range.clone())
        .anchored(regex_automata::Anchored::Yes);
    re.search_captures(&input, &mut caps);
    if !caps.is_match() {
        return None;
    }
    let relative = |at: usize| u32::try_from(at.checked_sub(range.start)?).ok();
    Some(
        (0..caps.group_len())
            .map(|i| {
                let span = caps.get_group(i)?;
                Some((relative(span.start)?, relative(span.end)?))
            })
            .collect(),
    )
}

/// Whether a recogniser's pattern tells one digit from another, for [`captures_of_match`].
#[derive(Clone, Copy)]
pub(super) enum Digits {
    /// It names particular digits ("19", `[2-9]`), so matches are remembered by text.
    Distinct,
    /// It reads digits only through `[0-9]`, so "26 percent" takes the same path as
    /// "10 percent" and the two are remembered as one: far more of its reads are found.
    Alike,
}

/// How many matches [`captures_of_match`] remembers per regex and thread: at most 2.5 MB
/// for the largest recogniser, which keeps most amounts of a long run. When full it
/// starts over.
const MEMO_ENTRIES: usize = 4096;

/// The groups [`captures_of_match`] has read, by regex, then by flags and text.
#[derive(Default)]
struct CaptureMemo {
    /// The lookup key being built, kept to reuse its buffer.
    key: String,
    tables: Vec<(usize, MemoTable)>,
}

type MemoTable = HashMap<Box<str>, Spans>;

/// Each group's span, relative to the start of the match, if it took part.
type Spans = Rc<[Option<(u32, u32)>]>;

thread_local! {
    static MEMO: RefCell<CaptureMemo> = RefCell::default();
}

/// Whether `text` starts with `prefix`, ignoring ASCII case.
pub(crate) fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `text` ends with `suffix`, ignoring ASCII case.
pub(crate) fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|at| text.get(at..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// The last word of `before` (ASCII letters, trailing space skipped), lower-cased: the
/// word a form's reading depends on ("in May", "the second half", "from March").
pub(crate) fn word_before(before: &str) -> String {
    before
        .trim_end()
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The first word after `end` (ASCII letters and digits, leading space skipped), as
/// written: the word a reading depends on ("1500 people", "would have").
pub(crate) fn next_word(prose: &str, end: usize) -> &str {
    let rest = prose.get(end..).unwrap_or_default().trim_start();
    let word_end = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    &rest[..word_end]
}

/// An ASCII word byte, as `(?-u:\b)` sees it.
pub(super) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The `(start, end)` of every maximal run of ASCII digits.
pub(super) fn digit_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = next_digit(bytes, at)?;
        let len = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        at = start + len;
        Some((start, start + len))
    })
}

/// The position of the first ASCII digit at or after `from`.
///
/// Three recognisers scan the whole prose for digits, which are a few percent of its
/// bytes, so the scan skips eight bytes at a time while none of them is a digit: a
/// byte is a digit when, XORed with `b'0'`, it is below 10, and the borrow test below
/// says whether any byte of the word is (it never reports one that is not there).
pub(super) fn next_digit(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH_BITS: u64 = ONES * 0x80;
    let mut at = from;
    let rest = bytes.get(from..)?;
    for chunk in rest.chunks_exact(8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ (ONES * u64::from(b'0'));
        if x.wrapping_sub(ONES * 10) & !x & HIGH_BITS != 0 {
            break;
        }
        at += 8;
    }
    let offset = bytes.get(at..)?.iter().position(u8::is_ascii_digit)?;
    Some(at + offset)
}

/// Two ascending sequences of positions merged into one.
pub(super) fn merge_ascending(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let mut a = a.peekable();
    let mut b = b.peekable();
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// The matches of `re` that start at one of `starts` (ascending), without overlaps, as
/// `captures_iter` would find them if those were the only places a match could begin.
///
/// Each search runs over a window of about `window` bytes from the start, so it costs
/// the window, not the rest of the prose; a match that reaches the window's edge is
/// searched again over the whole prose, so the window never shortens a match.
pub(super) fn captures_at_starts<'h>(
    re: &'h meta::Regex,
    prose: &'h str,
    starts: impl IntoIterator<Item = usize> + 'h,
    window: usize,
) -> impl Iterator<Item = Groups<'h>> + 'h {
    let mut last_end = 0;
    starts.into_iter().filter_map(move |start| {
        if start < last_end {
            return None;
        }
        let end = window_end(prose, start + window);
        let windowed = prose.get(..end)?;
        let mut caps = captures_from(re, windowed, start)?;
        let mut m = caps.get(0)?;
        if m.start() != start {
            return None;
        }
        if m.end() == end && end < prose.len() {
            caps = captures_from(re, prose, start)?;
            m = caps.get(0)?;
        }
        last_end = m.end();
        Some(caps)
    })
}

/// The first position at or after `at` that is a character boundary and not inside a
/// word, so a window never cuts a word (which would give a false word boundary).
fn window_end(prose: &str, at: usize) -> usize {
    if at >= prose.len() {
        return prose.len();
    }
    let bytes = prose.as_bytes();
    (at..prose.len())
        .find(|&i| prose.is_char_boundary(i) && !is_word_byte(bytes[i]))
        .unwrap_or(prose.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_runs_are_maximal() {
        let runs: Vec<_> = digit_runs(b"a 12 b 3456c7").collect();
        assert_eq!(runs, [(2, 4), (7, 11), (12, 13)]);
        assert_eq!(digit_runs(b"none").count(), 0);
    }

    #[test]
    fn next_digit_agrees_with_a_byte_loop() {
        let text = "no digits in this long stretch, then 7 and more text é, 12 then 0";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 1 {
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(u8::is_ascii_digit))
                .map(|p| from + p);
            assert_eq!(next_digit(bytes, from), expected, "from {from}");
        }
        let every_byte: Vec<u8> = (0..=255).collect();
        let found: Vec<_> = digit_runs(&every_byte).collect();
        assert_eq!(found, [(48, 58)]);
    }

    /// Every group of `re`'s match over `range`, read straight from the engine.
    fn engine_groups(
        re: &meta::Regex,
        text: &str,
        range: std::ops::Range<usize>,
    ) -> Vec<Option<(usize, usize)>> {
        let spans = search_groups(re, text, range.clone()).expect("a match");
        spans
            .iter()
            .map(|s| s.map(|(a, b)| (range.start + a as usize, range.start + b as usize)))
            .collect()
    }

    fn memo_groups(
        re: &'static meta::Regex,
        digits: Digits,
        text: &str,
        range: std::ops::Range<usize>,
    ) -> Vec<Option<(usize, usize)>> {
        let caps = captures_of_match(re, digits, text, range).expect("a match");
        (0..3)
            .map(|i| caps.get(i).map(|g| (g.start(), g.end())))
            .collect()
    }

    #[test]
    fn remembered_groups_are_the_engines() {
        let re: &'static meta::Regex = Box::leak(Box::new(recogniser_regex(
            r"(?-u:\b)(?P<n>[0-9]+)(?:\s+(?P<u>days|weeks))?",
        )));
        let text = "x 12 days, 12 weeks, 47 days, 12 days and 12days";
        for digits in [Digits::Distinct, Digits::Alike] {
            let found: Vec<_> = re.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(found.len(), 5);
            for range in found {
                // Read twice: the second read comes from the memo.
                let engine = engine_groups(re, text, range.clone());
                assert_eq!(memo_groups(re, digits, text, range.clone()), engine);
                assert_eq!(memo_groups(re, digits, text, range.clone()), engine);
            }
        }
    }

    #[test]
    fn matches_only_from_the_given_starts() {
        let re = recogniser_regex(r"[0-9]+ days");
        let text = "x 3 days and 45 days";
        let found: Vec<_> = captures_at_starts(&re, text, [2, 13, 14], 8)
            .map(|c| c.get(0).map(|m| m.as_str()))
            .collect();
        assert_eq!(found, [Some("3 days"), Some("45 days")]);
        // A start inside an earlier match is skipped.
        let found = captures_at_starts(&re, text, [13, 14], 8).count();
        assert_eq!(found, 1);
    }

    #[test]
    fn a_match_longer_than_the_window_is_not_cut() {
        let re = recogniser_regex(r"a+");
        let text = "aaaaaaaaaaaa b";
        let found: Vec<_> = captures_at_starts(&re, text, [0], 3)
            .map(|c| c.get(0).map(|m| m.as_str().len()))
            .collect();
        assert_eq!(found, [Some(12)]);
    }
}
