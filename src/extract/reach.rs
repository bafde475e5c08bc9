//! The stretch around a trigger that a match can cover, for the searches near
//! triggers (`triggers::find_near_triggers`): how far back a match may start, over the
//! words a pattern may hold before its trigger, and how far on it may end, counted in
//! tokens.

/// Where a stretch that ends at `at` can start, walking back over bytes `glue` accepts
/// and over whole words (runs of ASCII letters) `word` accepts: a lower bound for the
/// start of a match whose text before `at` is made only of those.
///
/// A word `word` rejects ends the walk, but a match may still start with its last
/// `partial` letters (a pattern part with no word boundary before it, as "US$").
pub(super) fn walk_back(
    bytes: &[u8],
    at: usize,
    glue: impl Fn(u8) -> bool,
    word: impl Fn(&[u8]) -> bool,
    partial: usize,
) -> usize {
    let mut at = at;
    loop {
        while at > 0 && glue(bytes[at - 1]) {
            at -= 1;
        }
        let end = at;
        while at > 0 && bytes[at - 1].is_ascii_alphabetic() {
            at -= 1;
        }
        if at == end {
            return at;
        }
        if !word(&bytes[at..end]) {
            return end - partial.min(end - at);
        }
    }
}

/// The end of the first `tokens` tokens from `from`, whitespace ([`is_space`]) not
/// counted: a token is a run of word bytes (`[0-9A-Za-z_]`) or a run of other bytes
/// that are not whitespace. A match that holds at most that many tokens from `from`
/// ends there or before.
///
/// Each byte's class is read from a table: testing it for whitespace and word bytes
/// cost twice as much, and most searches near a trigger bound their end with this.
pub(super) fn tokens_forward(bytes: &[u8], from: usize, tokens: usize) -> usize {
    let mut at = from;
    let mut counted = 0;
    let mut previous = SPACE;
    while let Some(&b) = bytes.get(at) {
        let class = TOKEN_CLASSES[usize::from(b)];
        if class != previous && class != SPACE {
            if counted == tokens {
                break;
            }
            counted += 1;
        }
        previous = class;
        at += 1;
    }
    at
}

/// The classes of bytes for [`tokens_forward`]: whitespace, word bytes, other bytes.
const SPACE: u8 = 0;
const WORD: u8 = 1;
const OTHER: u8 = 2;

/// Each byte's class for [`tokens_forward`].
static TOKEN_CLASSES: [u8; 256] = {
    let mut classes = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if is_space(byte) {
            classes[b] = SPACE;
        } else if byte.is_ascii_alphanumeric() || byte == b'_' {
            classes[b] = WORD;
        }
        b += 1;
    }
    classes
};

/// Whether `b` is whitespace as the recognisers' `\s` reads it in ASCII mode, which
/// (unlike `u8::is_ascii_whitespace`) includes the vertical tab.
pub(super) const fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scan::is_word_byte;
    use crate::extract::triggers::{kind, kinds_of, sample_texts};

    #[test]
    fn walking_back_stops_at_other_words() {
        let text = b"the more than US$5";
        let glue = |b: u8| b == b' ' || b == b'$';
        let word = |w: &[u8]| kinds_of(w) & kind::BEFORE_NUMBER != 0;
        assert_eq!(walk_back(text, 17, glue, word, 0), 3);
        assert_eq!(walk_back(b"XUS$5", 4, glue, word, 2), 1);
        assert_eq!(walk_back(b"5", 0, glue, word, 0), 0);
    }

    #[test]
    fn tokens_forward_skips_whitespace() {
        let text = b"days   and a half, later";
        assert_eq!(tokens_forward(text, 0, 1), 7);
        assert_eq!(tokens_forward(text, 0, 4), 17);
        assert_eq!(tokens_forward(text, 0, 5), 19);
        assert_eq!(tokens_forward(text, 0, 99), text.len());
        assert_eq!(tokens_forward(b"fiscal - - first quarter", 0, 2), 9);
    }

    /// [`tokens_forward`], a byte at a time with the byte tests themselves.
    fn tokens_forward_by_tests(bytes: &[u8], from: usize, tokens: usize) -> usize {
        let mut at = from;
        let mut counted = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if is_space(b) {
                at += 1;
                continue;
            }
            if counted == tokens {
                break;
            }
            let word = is_word_byte(b);
            while at < bytes.len() && !is_space(bytes[at]) && is_word_byte(bytes[at]) == word {
                at += 1;
            }
            counted += 1;
        }
        at
    }

    #[test]
    fn the_token_classes_agree_with_the_byte_tests() {
        let vocabulary = [
            "days",
            "12",
            "a",
            "-",
            "--",
            "'s",
            ",",
            "x_y",
            "\u{e9}t\u{e9}",
            "\t",
        ];
        for text in sample_texts(&vocabulary, 300) {
            let bytes = text.as_bytes();
            for from in 0..bytes.len() {
                for tokens in [0, 1, 2, 5] {
                    assert_eq!(
                        tokens_forward(bytes, from, tokens),
                        tokens_forward_by_tests(bytes, from, tokens),
                        "{text:?} from {from}"
                    );
                }
            }
        }
    }
}
