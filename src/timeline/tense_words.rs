//! The word scanner under [`super::cues`]: a sentence's words in order, and a cheap
//! test of whether a word may be one the cue reader matches by name.

/// The length of the longest word [`super::cues`] matches by name ("scheduled").
pub(super) const CUE_WORD_MAX: usize = 9;

/// For each length up to [`CUE_WORD_MAX`], the first letters of the words [`super::cues`]
/// matches by name, one bit per letter. Most words of a sentence fail this test, which
/// is cheaper than comparing them with every cue word. The list must name every word of
/// the `match` in [`super::cues`]; the test against the regex fails when one is missing.
const CUE_INITIALS: [u32; CUE_WORD_MAX + 1] = {
    const WORDS: [&str; 122] = [
        "given",
        "taken",
        "shown",
        "written",
        "begun",
        "broken",
        "chosen",
        "driven",
        "fallen",
        "frozen",
        "grown",
        "spoken",
        "stolen",
        "thrown",
        "risen",
        "hidden",
        "forgotten",
        "beaten",
        "will",
        "expect",
        "expects",
        "likely",
        "forecast",
        "slated",
        "poised",
        "projected",
        "shall",
        "would",
        "should",
        "can",
        "might",
        "must",
        "upcoming",
        "scheduled",
        "payable",
        "next",
        "planned",
        "ll",
        "won",
        "going",
        "expected",
        "plans",
        "plan",
        "planning",
        "preparing",
        "hope",
        "hopes",
        "due",
        "set",
        "is",
        "are",
        "to",
        "later",
        "was",
        "were",
        "had",
        "did",
        "said",
        "told",
        "last",
        "ago",
        "earlier",
        "since",
        "spoke",
        "met",
        "began",
        "took",
        "made",
        "came",
        "went",
        "held",
        "gave",
        "saw",
        "lost",
        "left",
        "became",
        "fell",
        "rose",
        "underwent",
        "struck",
        "fought",
        "brought",
        "bought",
        "caught",
        "sought",
        "thought",
        "sent",
        "built",
        "meant",
        "fled",
        "wrote",
        "broke",
        "stole",
        "chose",
        "froze",
        "grew",
        "knew",
        "threw",
        "drew",
        "flew",
        "withdrew",
        "sank",
        "ran",
        "stood",
        "shook",
        "forgot",
        "paid",
        "sold",
        "found",
        "heard",
        "overcame",
        "forgave",
        "arose",
        "spent",
        "felt",
        "kept",
        "led",
        "hung",
        "swore",
        "rode",
        "drove",
        "got",
    ];
    let mut table = [0u32; CUE_WORD_MAX + 1];
    let mut i = 0;
    while i < WORDS.len() {
        let word = WORDS[i].as_bytes();
        table[word.len()] |= 1 << (word[0] - b'a');
        i += 1;
    }
    table
};

/// Whether a word's length and first letter are those of a word [`super::cues`] matches by
/// name.
pub(super) fn may_be_cue_word(word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let letter = first.to_ascii_lowercase().wrapping_sub(b'a');
    word.len() <= CUE_WORD_MAX && letter < 26 && CUE_INITIALS[word.len()] & (1 << letter) != 0
}

/// `word` lower-cased into `buffer`, or `None` when it is longer than the buffer.
pub(super) fn lowercase<'b>(word: &[u8], buffer: &'b mut [u8; CUE_WORD_MAX]) -> Option<&'b [u8]> {
    let out = buffer.get_mut(..word.len())?;
    for (o, b) in out.iter_mut().zip(word) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

/// The bytes of words: ASCII letters, digits and `_`.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// The words of a sentence, in order: runs of ASCII letters, digits and `_`.
pub(super) struct Words<'s> {
    bytes: &'s [u8],
    at: usize,
}

impl<'s> Words<'s> {
    pub(super) fn new(sentence: &'s str) -> Self {
        Words {
            bytes: sentence.as_bytes(),
            at: 0,
        }
    }

    fn is_word(b: u8) -> bool {
        WORD_BYTES[usize::from(b)]
    }

    /// When the next words are `tail`, each after `separator`, takes them and returns
    /// where the last ends.
    pub(super) fn followed_by(&mut self, tail: &[&str], separator: &str) -> Option<usize> {
        let mut at = self.at;
        for word in tail {
            let start = at + separator.len();
            let end = start + word.len();
            let joined = self.bytes.get(at..start)? == separator.as_bytes()
                && self
                    .bytes
                    .get(start..end)?
                    .eq_ignore_ascii_case(word.as_bytes())
                && !self.bytes.get(end).is_some_and(|&b| Self::is_word(b));
            if !joined {
                return None;
            }
            at = end;
        }
        self.at = at;
        Some(at)
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let rest = self.bytes.get(self.at..)?;
        let start = self.at + rest.iter().position(|&b| Self::is_word(b))?;
        let len = self.bytes[start..]
            .iter()
            .position(|&b| !Self::is_word(b))
            .unwrap_or(self.bytes.len() - start);
        self.at = start + len;
        Some((start, self.at))
    }
}
