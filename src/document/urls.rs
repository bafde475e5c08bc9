//! Bare URLs and e-mail addresses, blanked in the prose view: the digits in
//! `https://example.org/2031` or `news2031@example.org` are not claims.
//!
//! The URL pattern is the definition of what is blanked, but it runs only from the few
//! places where a match can start: before a `://` or at a `www.`. Searching the whole
//! text with it cost more than the rest of building a document's views.

use memchr::memchr;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

use super::markdown::bytes_to_string;

/// A bare URL: a scheme or a `www.` host, then everything up to a space or an angle
/// bracket. Trailing punctuation is trimmed from each match afterwards.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:https?://|\bwww\.)[^\s<>]+").expect("URL pattern is valid")
});

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
        .expect("e-mail pattern is valid")
});

/// How far before its `://` a [`URL`] match can start. Case-insensitively the scheme is
/// "http" or "https", and the "s" also matches the long s ("ſ", two bytes), so the
/// longest scheme is six bytes.
const LONGEST_SCHEME: usize = "http\u{17f}".len();

/// Punctuation that ends a sentence rather than a URL.
const TRAILING_PUNCTUATION: &[char] =
    &['.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’'];

/// Blanks bare URLs and e-mail addresses in an existing prose view.
pub(crate) fn blank_bare_urls(prose: &mut String) {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(start) = next_possible_url(prose, from) {
        // No match starts between `from` and `start`, so the first match at or after
        // `start` is the one `find_iter` would give next; it reads the text before
        // `start` for the word boundary.
        let Some(m) = URL.find_at(prose, start) else {
            break;
        };
        let url = m.as_str().trim_end_matches(TRAILING_PUNCTUATION);
        ranges.push(m.start()..m.start() + url.len());
        from = m.end();
    }
    if memchr(b'@', prose.as_bytes()).is_some() {
        ranges.extend(EMAIL.find_iter(prose).map(|m| m.range()));
    }
    if ranges.is_empty() {
        return;
    }
    let mut bytes = std::mem::take(prose).into_bytes();
    for range in ranges {
        if let Some(slice) = bytes.get_mut(range) {
            slice.fill(b' ');
        }
    }
    *prose = bytes_to_string(bytes);
}

/// A char boundary at or after `from` with no [`URL`] match starting between `from` and
/// it, and no later than the next place one could start: a few bytes before a `://`,
/// or at a `www.` (any case). `None` when no match can start at or after `from`.
fn next_possible_url(prose: &str, from: usize) -> Option<usize> {
    let bytes = prose.as_bytes();
    let rest = bytes.get(from..)?;
    memchr::memchr2_iter(b':', b'.', rest)
        .map(|at| from + at)
        .find_map(|at| match bytes[at] {
            b':' if bytes[at + 1..].starts_with(b"//") => {
                let mut start = at.saturating_sub(LONGEST_SCHEME).max(from);
                while !prose.is_char_boundary(start) {
                    start -= 1;
                }
                Some(start)
            }
            b'.' if at >= from + 3 && bytes[at - 3..at].eq_ignore_ascii_case(b"www") => {
                Some(at - 3)
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What was blanked before the search was limited to possible starts.
    fn blank_with_full_scan(prose: &str) -> String {
        let mut ranges: Vec<Range<usize>> = URL
            .find_iter(prose)
            .map(|m| {
                let url = m.as_str().trim_end_matches(TRAILING_PUNCTUATION);
                m.start()..m.start() + url.len()
            })
            .collect();
        if prose.contains('@') {
            ranges.extend(EMAIL.find_iter(prose).map(|m| m.range()));
        }
        let mut bytes = prose.as_bytes().to_vec();
        for range in ranges {
            bytes[range].fill(b' ');
        }
        bytes_to_string(bytes)
    }

    fn blanked(text: &str) -> String {
        let mut prose = text.to_string();
        blank_bare_urls(&mut prose);
        prose
    }

    #[test]
    fn bare_urls_and_emails() {
        let p = blanked(
            "Visit https://example.org/a(1)/2031. Or www.example.com, or mail news@example.co.uk.",
        );
        assert_eq!(
            p.split_whitespace().collect::<Vec<_>>().join(" "),
            "Visit . Or , or mail ."
        );
        let src = "Kein Link: ätsch 2031 http://ü.example/ß?x=1' yes";
        let q = blanked(src);
        assert_eq!(q.len(), src.len());
        assert_eq!(
            q.split_whitespace().collect::<Vec<_>>(),
            ["Kein", "Link:", "ätsch", "2031", "'", "yes"]
        );
    }

    #[test]
    fn schemes_and_hosts_in_any_case() {
        for text in [
            "see HTTPS://Example.org/7 now",
            "see WwW.example.org/7 now",
            "see http\u{17f}://example.org/7 now",
            "see hTtP://example.org/7 now",
        ] {
            assert_eq!(blanked(text).split_whitespace().count(), 2, "{text}");
        }
        for text in [
            "awww.example.org",
            "http:// 2031",
            "ftp:/example",
            "ww.example.org",
        ] {
            assert_eq!(blanked(text), text);
        }
    }

    /// Every character the scheme's letters match, ignoring case, is ASCII except the
    /// long s: what [`LONGEST_SCHEME`] and the `www.` test assume.
    #[test]
    fn only_the_long_s_folds_outside_ascii() {
        let letters = Regex::new(r"(?i)^[htpsw]$").expect("valid");
        let folded: Vec<char> = (0..=char::MAX as u32)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii() && letters.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(folded, ['\u{17f}']);
    }

    proptest! {
        #[test]
        fn blanks_what_a_full_scan_blanks(
            text in "(?i)([a-z .:/@<>,'ſ\u{a0}éß]|www\\.|https?://|httpſ://|[0-9]){0,60}"
        ) {
            prop_assert_eq!(blanked(&text), blank_with_full_scan(&text));
        }
    }
}
