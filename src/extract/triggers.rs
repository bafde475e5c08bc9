//! Where the large recognisers look.
//!
//! A recogniser's regex scanned every byte of the prose with its lazy DFA, and four of
//! them did so one after the other: most of extraction's cost. But every match of those
//! patterns holds a *trigger*, a token far rarer than a byte: a digit, a number word, a
//! unit of time. One pass over the prose ([`Triggers::of`]) finds the trigger words and
//! the runs of digits of all recognisers at once, and each recogniser then runs its
//! regex only over a short stretch around each trigger ([`find_near_triggers`]), which
//! finds exactly the matches `find_iter` finds over the whole prose (the argument is on
//! that function). Recognisers that read no regex there (years, times, spoken years)
//! start from the same words and digit runs.

use std::ops::Range;

use std::sync::LazyLock;

use regex_automata::{meta, Input, Match};

/// Kinds of word, as bits of [`TriggerWord::kinds`]: the trigger words of each
/// recogniser, and the words its matches may hold before their first trigger.
pub(super) mod kind {
    /// A number word an amount can be spelled with: "three", "hundred", "dozen".
    pub const NUMBER: u16 = 1;
    /// A unit a duration is counted in: "days", "hour", "yrs".
    pub const TIME_UNIT: u16 = 2;
    /// A word every fixed relative phrase holds: "day" of "the day before",
    /// "yesterday".
    pub const FIXED_RELATIVE: u16 = 4;
    /// A weekday's name or abbreviation, in any case: "Friday", "Thurs".
    pub const WEEKDAY: u16 = 8;
    /// The part word of a fraction: "half", "thirds".
    pub const FRACTION: u16 = 128;
    /// A month's name or abbreviation, in any case: "March", "Sept".
    pub const MONTH: u16 = 256;
    /// A time of day written as a word: "noon", "midday", "midnight".
    pub const NOON: u16 = 1024;
    /// Any of the trigger kinds.
    pub const TRIGGERS: u16 =
        NUMBER | TIME_UNIT | FIXED_RELATIVE | WEEKDAY | FRACTION | MONTH | NOON;
    /// A word an amount may hold before its number (`amounts::WORDS_BEFORE_NUMBER`).
    pub const BEFORE_NUMBER: u16 = 16;
    /// A word a duration may hold before its unit, besides numbers
    /// (`durations::WORDS_BEFORE_UNIT`).
    pub const BEFORE_TIME_UNIT: u16 = 32;
    /// A word a fixed relative phrase may hold before its trigger
    /// (`fixed_relatives::WORDS_BEFORE_FIXED_UNIT`).
    pub const BEFORE_FIXED_RELATIVE: u16 = 64;
    /// A word a date may hold before its month or digits besides a weekday
    /// (`dates::WORDS_BEFORE_MONTH`).
    pub const BEFORE_DATE: u16 = 512;
}

/// One word of the prose that triggers at least one recogniser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct TriggerWord {
    /// Where the word starts; it is a maximal run of ASCII letters.
    pub start: usize,
    /// Which recognisers it triggers ([`kind`] bits).
    pub kinds: u16,
}

/// The trigger words and the runs of digits of one prose text, in order.
#[derive(Debug, Default)]
pub(super) struct Triggers {
    words: Vec<TriggerWord>,
    /// Every maximal run of ASCII digits, as `(start, end)`: five recognisers start
    /// from digits, and each scanning the prose for them cost as much as this pass.
    digit_runs: Vec<(usize, usize)>,
}

/// The words of each kind, lower-case.
const WORDS: &[(u16, &[&str])] = &[
    (kind::NUMBER, &super::numbers::UNITS),
    (kind::NUMBER, &super::numbers::TEENS),
    (kind::NUMBER, &super::numbers::TENS),
    (kind::NUMBER, &["hundred", "thousand", "million", "dozen"]),
    (
        kind::TIME_UNIT,
        &[
            "second",
            "seconds",
            "sec",
            "secs",
            "minute",
            "minutes",
            "min",
            "mins",
            "hour",
            "hours",
            "hr",
            "hrs",
            "day",
            "days",
            "week",
            "weeks",
            "fortnight",
            "fortnights",
            "month",
            "months",
            "quarters",
            "year",
            "years",
            "yr",
            "yrs",
            "decade",
            "decades",
            "century",
            "centuries",
        ],
    ),
    (
        kind::FIXED_RELATIVE,
        &["day", "week", "month", "year", "yesterday", "tomorrow"],
    ),
    (
        kind::WEEKDAY,
        &[
            "monday",
            "mon",
            "tuesday",
            "tues",
            "tue",
            "wednesday",
            "wed",
            "thursday",
            "thurs",
            "thur",
            "thu",
            "friday",
            "fri",
            "saturday",
            "sat",
            "sunday",
            "sun",
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
        ],
    ),
    (
        kind::FRACTION,
        &[
            "half", "halfs", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
        ],
    ),
    (
        kind::MONTH,
        &[
            "january",
            "jan",
            "february",
            "feb",
            "march",
            "mar",
            "april",
            "apr",
            "may",
            "june",
            "jun",
            "july",
            "jul",
            "august",
            "aug",
            "september",
            "sept",
            "sep",
            "october",
            "oct",
            "november",
            "nov",
            "december",
            "dec",
        ],
    ),
    (kind::NOON, super::times::NOON_WORDS),
    (kind::BEFORE_DATE, super::dates::WORDS_BEFORE_MONTH),
    (
        kind::BEFORE_NUMBER | kind::BEFORE_TIME_UNIT,
        super::HEDGE_WORDS,
    ),
    (kind::BEFORE_NUMBER, super::amounts::WORDS_BEFORE_NUMBER),
    (kind::BEFORE_TIME_UNIT, super::durations::WORDS_BEFORE_UNIT),
    (
        kind::BEFORE_FIXED_RELATIVE,
        super::fixed_relatives::WORDS_BEFORE_FIXED_UNIT,
    ),
];

/// A word's length, first and last letter (any case): few English words share one
/// with a trigger word, so most are passed over after one look-up.
fn key(len: usize, first: u8, last: u8) -> usize {
    ((len & 15) << 10) | ((usize::from(first) & 31) << 5) | (usize::from(last) & 31)
}

/// How many distinct [`key`]s there are.
const KEYS: usize = 1 << 14;

/// Words of [`WORDS`] by [`key`].
struct WordTable {
    /// For each key, one more than the index in `words` of the first word with that
    /// key, or 0 when no word has it.
    first: Box<[u8; KEYS]>,
    /// Each word once, with all its kinds, sorted by key.
    words: Vec<(usize, &'static str, u16)>,
    /// The length of the longest word, in bytes: the key keeps only four bits of it,
    /// and longer words of the prose are passed over without a look-up.
    longest: usize,
}

/// Every word of [`WORDS`].
static WORD_TABLE: LazyLock<WordTable> = LazyLock::new(|| WordTable::new(u16::MAX));

/// The trigger words alone: far fewer words of the prose share a key with one of them
/// than with a word as common as "the", so the pass over the prose uses this table.
static TRIGGER_TABLE: LazyLock<WordTable> = LazyLock::new(|| WordTable::new(kind::TRIGGERS));

impl WordTable {
    /// The words of [`WORDS`] that have one of `kinds`, with all their kinds.
    fn new(kinds: u16) -> WordTable {
        let mut words: Vec<(usize, &'static str, u16)> = Vec::new();
        for &(kind, list) in WORDS {
            for &w in list {
                match words.iter_mut().find(|(_, known, _)| *known == w) {
                    Some((_, _, known_kinds)) => *known_kinds |= kind,
                    None => {
                        let b = w.as_bytes();
                        words.push((key(b.len(), b[0], b[b.len() - 1]), w, kind));
                    }
                }
            }
        }
        words.retain(|(_, _, k)| k & kinds != 0);
        words.sort_by_key(|&(k, _, _)| k);
        let mut first = Box::new([0u8; KEYS]);
        for (i, &(k, _, _)) in words.iter().enumerate().rev() {
            first[k] = u8::try_from(i + 1).expect("fewer than 255 distinct words");
        }
        let longest = words.iter().map(|(_, w, _)| w.len()).max().unwrap_or(0);
        assert!(longest < 16, "the key holds a word's length in four bits");
        WordTable {
            first,
            words,
            longest,
        }
    }

    /// The kinds of `bytes[start..end]` (a run of letters), if it is one of the words.
    ///
    /// Inlined into the pass over the prose, which calls it for every word: most words
    /// are rejected by their length or key before any comparison.
    #[inline]
    fn kinds(&self, bytes: &[u8], start: usize, end: usize) -> Option<u16> {
        let len = end.wrapping_sub(start);
        if len.wrapping_sub(1) >= self.longest {
            return None;
        }
        let word = bytes.get(start..end)?;
        let k = key(len, word[0], word[len - 1]);
        let from = usize::from(self.first[k % KEYS]).checked_sub(1)?;
        self.kinds_from(from, k, word)
    }

    /// The kinds of `word`, if it is one of the words with key `k`, the first of which
    /// is `self.words[from]`.
    #[inline(never)]
    fn kinds_from(&self, from: usize, k: usize, word: &[u8]) -> Option<u16> {
        self.words[from..]
            .iter()
            .take_while(|(key, _, _)| *key == k)
            // `word` is all letters, so setting bit 5 lower-cases it.
            .find(|(_, w, _)| {
                w.len() == word.len() && w.bytes().zip(word).all(|(a, &b)| a == b | 0x20)
            })
            .map(|&(_, _, kinds)| kinds)
    }
}

impl Triggers {
    /// Finds the trigger words of `prose`: one pass over its bytes, where each word is
    /// looked up once for every recogniser.
    ///
    /// The pass reads 64 bytes at a time into a mask with one bit per letter byte, and
    /// visits each word at its end, the first byte after a run of letters: the word's
    /// start is one past the last byte before it that is not a letter. A plain byte
    /// loop cost as much as one of the lazy DFA scans this replaces, and visiting both
    /// ends of every word cost half again as much as visiting one.
    pub fn of(prose: &str) -> Triggers {
        let bytes = prose.as_bytes();
        let table = &*TRIGGER_TABLE;
        // Room for one trigger word per 64 bytes and one digit run per 128, more than
        // news prose holds (about one per 100 and per 180): growing the lists a step at
        // a time, each step a copy, was 1.5 % of extraction.
        let mut words = Vec::with_capacity(prose.len() / 64);
        // Where the run of letters that reaches the current block started.
        let mut run_start = 0;
        let mut previous_is_letter = false;
        let mut visit_block = |base: usize, block: &[u8]| {
            let letters = letter_bits(block);
            let others = !letters;
            let after_letter = (letters << 1) | u64::from(previous_is_letter);
            let mut ends = after_letter & others;
            while ends != 0 {
                let end = ends.trailing_zeros();
                let others_before = others & ((1 << end) - 1);
                let start = match others_before {
                    0 => run_start,
                    _ => base + (BLOCK - others_before.leading_zeros() as usize),
                };
                if let Some(kinds) = table.kinds(bytes, start, base + end as usize) {
                    words.push(TriggerWord { start, kinds });
                }
                ends &= ends - 1;
            }
            previous_is_letter = letters >> (BLOCK - 1) != 0;
            if others != 0 {
                run_start = base + (BLOCK - others.leading_zeros() as usize);
            }
        };
        let blocks = bytes.chunks_exact(BLOCK);
        let tail = blocks.remainder();
        for (i, block) in blocks.enumerate() {
            visit_block(i * BLOCK, block);
        }
        // The tail, padded with bytes that are not letters: a word that reaches the end
        // of the prose ends where the padding starts, even when the tail is empty.
        let mut last = [0u8; BLOCK];
        last[..tail.len()].copy_from_slice(tail);
        visit_block(bytes.len() - tail.len(), &last);
        Triggers {
            words,
            digit_runs: {
                let mut runs = Vec::with_capacity(prose.len() / 128);
                runs.extend(super::scan::digit_runs(bytes));
                runs
            },
        }
    }

    /// The starts of the words of kind `kind`, in order.
    pub fn starts(&self, kind: u16) -> impl Iterator<Item = usize> + '_ {
        self.words
            .iter()
            .filter(move |w| w.kinds & kind != 0)
            .map(|w| w.start)
    }

    /// Every maximal run of ASCII digits, as `(start, end)`, in order.
    pub fn digit_runs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.digit_runs.iter().copied()
    }

    /// Answers "the first digit at or after `from`" for ever larger `from`.
    pub fn next_digit(&self) -> impl FnMut(usize) -> Option<usize> + '_ {
        let mut runs = self.digit_runs.iter().peekable();
        move |from| {
            while let Some(&&(start, end)) = runs.peek() {
                if end > from {
                    return Some(start.max(from));
                }
                runs.next();
            }
            None
        }
    }
}

/// How many bytes [`Triggers::of`] classifies at once: one bit of a `u64` each.
const BLOCK: usize = 64;

/// One bit per byte of `block` ([`BLOCK`] bytes), set where the byte is an ASCII
/// letter: bit `i` for `block[i]`.
fn letter_bits(block: &[u8]) -> u64 {
    // Shifting the bits gathered so far, rather than each chunk's to its place, keeps
    // the loop scalar: the vectorised form the compiler makes of the other is slower.
    let mut bits = 0;
    for chunk in block.chunks_exact(8).rev() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        bits = (bits << 8) | gather_high_bits(letter_mask(u64::from_le_bytes(word)));
    }
    bits
}

/// The high bit of each byte of `x` (little-endian) that is an ASCII letter.
fn letter_mask(x: u64) -> u64 {
    const EACH: u64 = u64::from_ne_bytes([1; 8]);
    // Lower-cased, high bits cleared so the sums below stay within their byte.
    let low = (x | (EACH * 0x20)) & (EACH * 0x7F);
    let at_least_a = low + EACH * (0x80 - u64::from(b'a'));
    let past_z = low + EACH * (0x80 - u64::from(b'z') - 1);
    at_least_a & !past_z & !x & (EACH * 0x80)
}

/// The high bits of the eight bytes of `mask` (its only bits) as the low eight bits,
/// byte `i`'s as bit `i`.
///
/// The multiplier has bit `7 - j` set in its byte `j`, so the product adds a copy of
/// byte `i`'s bit at bit `8i + 7j + 7`; for `i + j = 7` that is bit `56 + i`, and no
/// two copies fall on the same bit below 64, so no carry disturbs the top byte.
fn gather_high_bits(mask: u64) -> u64 {
    (mask >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// The [`kind`] bits of one word (ASCII letters, any case); 0 for other words.
pub(super) fn kinds_of(word: &[u8]) -> u16 {
    WORD_TABLE.kinds(word, 0, word.len()).unwrap_or(0)
}

/// The matches of `re` in `prose`, exactly as `re.find_iter(prose)` finds them, found
/// by searching only around triggers.
///
/// `next_trigger(from)` gives the first trigger at or after `from`, and `reach(t)` the
/// stretch of prose a match can cover if `t` is the first trigger in it. The caller
/// guarantees that every match of `re` holds a trigger, and that a match whose first
/// trigger is `t` lies inside `reach(t)`; then this finds the same matches, because:
///
/// - Let `pos` be where `find_iter` resumes and `t` the first trigger at or after it.
///   The next match `m` starts at or after `pos`, so its first trigger is `t` or a
///   later one. If it is `t`, `m` starts inside `reach(t)`. If it is a later one, `m`
///   does not hold `t`, and as it holds a trigger after `t` it starts after `t`. Either
///   way no match starts before `reach(t).start`, and searching from there finds `m`.
/// - The search ends at `reach(t).end`, so it finds `m` when `m` holds `t` (a match is
///   the leftmost-first one within a stretch that holds it whole; look-around still
///   sees the bytes outside). A match found that starts after `t` may be cut short by
///   that end, so it is not taken: no match starts between `pos` and `t`, and the
///   search resumes from the next trigger.
pub(super) fn find_near_triggers<'h>(
    re: &'h meta::Regex,
    prose: &'h str,
    mut next_trigger: impl FnMut(usize) -> Option<usize> + 'h,
    reach: impl Fn(usize) -> Range<usize> + 'h,
) -> impl Iterator<Item = Match> + 'h {
    let mut pos = 0;
    std::iter::from_fn(move || loop {
        let trigger = next_trigger(pos)?;
        let Range { start, end } = reach(trigger);
        let start = floor_char_boundary(prose, start.max(pos));
        let end = ceil_char_boundary(prose, end.max(trigger + 1));
        let input = Input::new(prose).span(start..end);
        match re.search(&input) {
            Some(m) if m.start() <= trigger && !m.is_empty() => {
                pos = m.end();
                return Some(m);
            }
            _ => pos = trigger + 1,
        }
    })
}

/// The merge of two ascending sources of triggers: the first trigger at or after
/// `from` of either.
pub(super) fn first_of(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// A cursor over ascending positions that answers "the first one at or after `from`"
/// for ever larger `from`.
pub(super) struct Cursor<I: Iterator<Item = usize>> {
    rest: std::iter::Peekable<I>,
}

impl<I: Iterator<Item = usize>> Cursor<I> {
    pub fn new(positions: I) -> Self {
        Cursor {
            rest: positions.peekable(),
        }
    }

    /// The first position at or after `from`; `from` must not decrease between calls.
    pub fn first_from(&mut self, from: usize) -> Option<usize> {
        while let Some(&at) = self.rest.peek() {
            if at >= from {
                return Some(at);
            }
            self.rest.next();
        }
        None
    }
}

fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// A search near triggers, as the tests call it: the matches in a text with its
/// trigger words.
#[cfg(test)]
pub(super) type NearSearch =
    dyn for<'a> Fn(&'a str, &'a Triggers) -> Box<dyn Iterator<Item = Match> + 'a>;

/// Asserts that `near` finds in each text made of `vocabulary` ([`sample_texts`])
/// exactly what `re.find_iter` finds over all of it.
#[cfg(test)]
pub(super) fn assert_near_triggers_is_full_scan(
    vocabulary: &[&str],
    re: &meta::Regex,
    near: &NearSearch,
) {
    for text in sample_texts(vocabulary, 3000) {
        let triggers = Triggers::of(&text);
        let found: Vec<_> = near(&text, &triggers).map(|m| m.range()).collect();
        let full: Vec<_> = re.find_iter(&text).map(|m| m.range()).collect();
        assert_eq!(found, full, "{text:?}");
    }
}

/// Texts made of `vocabulary` and the spaces and punctuation between words, in any
/// case, for tests that compare a search near triggers with `find_iter`.
#[cfg(test)]
pub(super) fn sample_texts(vocabulary: &[&str], count: usize) -> Vec<String> {
    const BETWEEN: [&str; 12] = [
        " ", " ", " ", "  ", "-", ", ", ". ", "\n", "'", "/", "\u{a0}", "\u{2014}",
    ];
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    (0..count)
        .map(|_| {
            let mut text = String::new();
            for _ in 0..1 + next(24) {
                let word = vocabulary[next(vocabulary.len())];
                match next(6) {
                    0 => text.push_str(&word.to_uppercase()),
                    1 => {
                        let mut chars = word.chars();
                        text.extend(chars.next().map(|c| c.to_ascii_uppercase()));
                        text.push_str(chars.as_str());
                    }
                    _ => text.push_str(word),
                }
                text.push_str(BETWEEN[next(BETWEEN.len())]);
            }
            text
        })
        .collect()
}

#[cfg(test)]
#[path = "triggers_tests.rs"]
mod tests;
