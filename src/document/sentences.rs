//! Paragraphs and abbreviation-aware sentences over the prose view.
//!
//! Both work on the prose view, where markup is already blank, so a period inside code
//! or a URL is never seen and an offset found here is a source offset.

use super::Span;

/// Paragraph spans: runs of prose separated by blank lines (and, in Markdown, block
/// boundaries, which the prose view already turns into blank space). Trimmed.
///
/// `block_breaks` are sorted offsets where a block starts or ends (empty for plain
/// text): a heading directly followed by its text, list items and table cells have no
/// blank line between them but are still separate paragraphs.
pub(crate) fn paragraphs(prose: &str, block_breaks: &[usize]) -> Vec<Span> {
    // News paragraphs run to a few hundred bytes; reserving for that spares most of the
    // list's regrowth.
    let mut out = Vec::with_capacity(prose.len() / 256 + 1);
    let mut segment_start = 0;
    let mut line_start = 0;
    // Every line ends at a newline but the last, which ends at the end of the text (and
    // is empty when the text ends with a newline).
    let line_ends = memchr::memchr_iter(b'\n', prose.as_bytes()).chain([prose.len()]);
    for line_end in line_ends {
        let next = (line_end + 1).min(prose.len());
        if is_blank(&prose[line_start..line_end]) {
            push_split(prose, segment_start..line_start, block_breaks, &mut out);
            segment_start = next;
        }
        line_start = next;
    }
    push_split(prose, segment_start..prose.len(), block_breaks, &mut out);
    out
}

/// Whether a line is only whitespace. Most lines start with a letter, so the first
/// byte usually answers; Unicode spaces are read as `str::trim` reads them.
fn is_blank(line: &str) -> bool {
    for &b in line.as_bytes() {
        if !b.is_ascii() {
            return line.trim().is_empty();
        }
        // `char::is_whitespace` also takes the vertical tab, which ASCII's does not.
        if !(b.is_ascii_whitespace() || b == 0x0B) {
            return false;
        }
    }
    true
}

/// Pushes the pieces of `range` between block breaks, trimmed, dropping empty ones.
fn push_split(prose: &str, range: std::ops::Range<usize>, breaks: &[usize], out: &mut Vec<Span>) {
    if range.start >= range.end {
        return;
    }
    let mut start = range.start;
    let first = breaks.partition_point(|&b| b <= range.start);
    for &b in &breaks[first..] {
        if b >= range.end {
            break;
        }
        if prose.is_char_boundary(b) {
            push_trimmed(prose, start, b, out);
            start = b;
        }
    }
    push_trimmed(prose, start, range.end, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    if let Some(span) = trimmed_span(text, start, end) {
        out.push(span);
    }
}

/// Sentence spans inside each paragraph. "Gen.", "U.S.", "Feb.", "p.m.", "No. 3",
/// initials ("J. R. Smith") and decimals ("3.5") do not end a sentence.
pub(crate) fn sentences(prose: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(paragraphs.len() * 4);
    for para in paragraphs {
        if let Some(text) = prose.get(para.range()) {
            split_sentences(text, para.start as usize, &mut out);
        }
    }
    out
}

/// Characters that may follow a sentence's terminator before the space.
const CLOSERS: &[char] = &['"', '\'', ')', ']', '”', '’', '»'];
/// Characters that may open the next sentence, besides a capital letter or digit.
const OPENERS: &[char] = &['"', '\'', '(', '[', '“', '‘', '«'];

fn split_sentences(text: &str, base: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    // Terminators before `next_unread` were read with the one before them ("...", or
    // an abbreviation's period).
    let mut next_unread = 0;
    // A vectorised search for terminators, not a test per byte.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', bytes) {
        if i < next_unread {
            continue;
        }
        let b = bytes[i];
        let mut end = i + 1;
        while matches!(bytes.get(end), Some(b'.' | b'!' | b'?')) {
            end += 1;
        }
        // Only a lone period can belong to an abbreviation; "?!" and "..." cannot.
        let single_period = b == b'.' && end == i + 1;
        while let Some(c) = text[end..].chars().next().filter(|c| CLOSERS.contains(c)) {
            end += c.len_utf8();
        }
        let rest = &text[end..];
        let next = rest.trim_start();
        let gap = rest.len() - next.len();
        let starts_sentence = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || OPENERS.contains(&c));
        if gap == 0
            || !starts_sentence
            || (single_period && !abbreviation_allows_split(&text[..i], next))
        {
            next_unread = end;
            continue;
        }
        if let Some(span) = trimmed_span(text, start, end) {
            out.push(span.offset(base));
        }
        start = end + gap;
        next_unread = start;
    }
    if let Some(span) = trimmed_span(text, start, text.len()) {
        out.push(span.offset(base));
    }
}

fn trimmed_span(text: &str, start: usize, end: usize) -> Option<Span> {
    let slice = text.get(start..end)?;
    let trimmed = slice.trim_start();
    let start = start + (slice.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    (!trimmed.is_empty()).then(|| Span::new(start, start + trimmed.len()))
}

/// Whether a period after the last word of `before` ends the sentence, given the text
/// `next` that follows the whitespace.
fn abbreviation_allows_split(before: &str, next: &str) -> bool {
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let token = before[token_start..].trim_start_matches(OPENERS);
    if token.is_empty() {
        return true;
    }
    if NEVER_ENDS.contains(token) {
        return false;
    }
    if matches!(token, "a.m" | "p.m") {
        return starts_with_starter(next) || starts_a_sentence_after_a_time(next);
    }
    if AMBIGUOUS.contains(token) {
        return starts_with_starter(next);
    }
    let mut chars = token.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // A single capital is an initial ("J. R. Smith").
        return !c.is_uppercase();
    }
    if is_dotted_letters(token) {
        // "F.B.I." can end a sentence like "U.S." can; "e.g." and "i.e." cannot.
        return token.chars().all(|c| c == '.' || c.is_uppercase()) && starts_with_starter(next);
    }
    true
}

/// "U.S", "e.g", "U.S.A": single letters joined by periods (the last period is the
/// candidate terminator, so it is not part of the token).
fn is_dotted_letters(token: &str) -> bool {
    let mut expect_letter = true;
    let mut letters = 0;
    for c in token.chars() {
        if expect_letter && c.is_alphabetic() {
            letters += 1;
        } else if expect_letter || c != '.' {
            return false;
        }
        expect_letter = !expect_letter;
    }
    letters >= 2 && !expect_letter
}

/// After "a.m." or "p.m.", whether `next` opens a sentence ("at 7 p.m. Drivers have been
/// urged…"): a capitalised word that is no day, month, holiday, zone or place of a time
/// ("p.m. Friday", "p.m. Christmas Day", "p.m. EST", "p.m. Eastern", "p.m. London time").
fn starts_a_sentence_after_a_time(next: &str) -> bool {
    const GOES_WITH_A_TIME: [&str; 22] = [
        "Eastern",
        "Central",
        "Mountain",
        "Pacific",
        "Atlantic",
        "Local",
        "Greenwich",
        "British",
        "Universal",
        "Coordinated",
        "Moscow",
        "Tokyo",
        "Christmas",
        "Easter",
        "New",
        "Thanksgiving",
        "Independence",
        "Labor",
        "Memorial",
        "Boxing",
        "Good",
        "Election",
    ];
    let mut words = next
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let Some(word) = words.next() else {
        return false;
    };
    let capitalised = word.starts_with(|c: char| c.is_uppercase())
        && word.chars().skip(1).all(|c| c.is_lowercase());
    let of_the_time = word.parse::<chrono::Weekday>().is_ok()
        || word.parse::<chrono::Month>().is_ok()
        // chrono reads "Sep" but not the wire's "Sept".
        || word == "Sept"
        || GOES_WITH_A_TIME.contains(&word)
        || ["Today", "Tomorrow", "Yesterday", "Tonight"].contains(&word)
        || words.next().is_some_and(|w| w == "time");
    capitalised && word.len() > 1 && !of_the_time
}

fn starts_with_starter(next: &str) -> bool {
    let next = next.trim_start_matches(OPENERS);
    let word_end = next
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(next.len(), |(i, _)| i);
    STARTERS.contains(&&next[..word_end])
}

/// A fixed set of short words. Most sentences end in a word that is longer than any of
/// them or starts with a byte none of them starts with ("said", "percent"), and those
/// two tests answer without comparing the word with each member, as the lists below
/// were for every period.
struct WordSet {
    words: &'static [&'static str],
    longest: usize,
    /// Bit `b % 64` of entry `b / 64` is set when some word starts with byte `b`.
    first_bytes: [u64; 4],
}

impl WordSet {
    const fn new(words: &'static [&'static str]) -> WordSet {
        let mut longest = 0;
        let mut first_bytes = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let word = words[i].as_bytes();
            if word.len() > longest {
                longest = word.len();
            }
            if !word.is_empty() {
                first_bytes[(word[0] / 64) as usize] |= 1 << (word[0] % 64);
            }
            i += 1;
        }
        WordSet {
            words,
            longest,
            first_bytes,
        }
    }

    /// Whether `word` is one of the set's words.
    fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return self.words.contains(&word);
        };
        word.len() <= self.longest
            && self.first_bytes[usize::from(first / 64)] & (1 << (first % 64)) != 0
            && self.words.contains(&word)
    }
}

/// Abbreviations (without their final period) after which a sentence never ends:
/// titles, months, weekdays and words that introduce a number or a name.
const NEVER_ENDS: WordSet = WordSet::new(&[
    "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Dr",
    "Mr", "Mrs", "Ms", "Prof", "St", "Mt", "Ft", "No", "Nos", "vs", "Jan", "Feb", "Mar", "Apr",
    "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs",
    "Fri", "Sat", "Sun", "e.g", "i.e", "approx", "est", "Bros", "Pres", "Supt",
]);

/// Abbreviations that often end a sentence ("in Portland, Ore. The mayor…", "at 9 p.m.
/// The vote…") as well as sitting inside one ("Ore. Gov.", "p.m. Friday"). They end a
/// sentence only before a common sentence-starting word.
const AMBIGUOUS: WordSet = WordSet::new(&[
    "a.m", "p.m", "U.S", "U.K", "U.N", "E.U", "D.C", "N.Y", "U.S.A", "N.J", "N.C", "N.D", "N.H",
    "N.M", "S.C", "S.D", "R.I", "Inc", "Corp", "Co", "Ltd", "etc", "Jr", "Sr", "Ave", "Blvd", "Rd",
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
]);

/// Words that commonly start a sentence, for deciding after an ambiguous abbreviation.
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "For",
    "By",
    "From",
    "With",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "Because",
    "Since",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Then",
    "However",
    "Meanwhile",
    "Officials",
    "Police",
    "Some",
    "Many",
    "Most",
    "Both",
    "Each",
    "Now",
    "Later",
    "Earlier",
    "Still",
    "Also",
];

#[cfg(test)]
#[path = "sentences_tests.rs"]
mod tests;
