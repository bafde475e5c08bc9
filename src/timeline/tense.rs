//! A small cue-word reading of a sentence's tense, enough to decide whether a bare
//! "February 18" or "Friday" points back (the news default) or forward.

use super::Bias;
use crate::extract::ascii_regex;
use regex::Regex;
use std::sync::LazyLock;

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)\b(?:will|shall|won't|should|going to|next|upcoming|scheduled|expected to|plans? to|planned|due to|set to|is to|are to|to be held|later this|payable)\b|'ll\b",
    )
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)\b(?:was|were|had|did|said|told|last|ago|earlier|since|spoke|met|began|took|made|came|went|held|gave|saw|won|lost|left|became|fell|rose|[a-z]{3,}ed)\b",
    )
});

/// Words the `-ed` pattern of [`PAST`] takes that are no past tense: future cues
/// ("expected to") and verbs that merely end in "eed".
const NOT_PAST: [&str; 9] = [
    "expected",
    "scheduled",
    "succeed",
    "exceed",
    "proceed",
    "need",
    "indeed",
    "speed",
    "feed",
];

/// The direction a sentence's cue words point in, or `None` when they say nothing or
/// say both.
pub(crate) fn sentence_bias(sentence: &str) -> Option<Bias> {
    let (mut past, mut future) = (false, false);
    for (_, bias) in cues(sentence) {
        match bias {
            Bias::Past => past = true,
            Bias::Future => future = true,
        }
    }
    match (past, future) {
        (true, false) => Some(Bias::Past),
        (false, true) => Some(Bias::Future),
        _ => None,
    }
}

/// Like [`sentence_bias`], but when the sentence has cues both ways ("said the board
/// should meet on March 3"), the cue nearest before the mention starting at `at`
/// governs it, as the verb of its clause usually comes first; with none before it, the
/// nearest after it does. For written dates, whose year is the only thing at stake; a
/// weekday is a few days either way and keeps the stricter reading.
pub(crate) fn nearest_bias(sentence: &str, at: usize) -> Option<Bias> {
    // The nearest cue before the mention and the nearest after it, by start.
    let mut before: Option<(usize, Bias)> = None;
    let mut after: Option<(usize, Bias)> = None;
    let (mut past, mut future) = (false, false);
    for (start, bias) in cues(sentence) {
        match bias {
            Bias::Past => past = true,
            Bias::Future => future = true,
        }
        if start < at {
            if before.is_none_or(|(b, _)| start > b) {
                before = Some((start, bias));
            }
        } else if after.is_none_or(|(a, _)| start < a) {
            after = Some((start, bias));
        }
    }
    match (past, future) {
        (false, false) => None,
        (true, false) => Some(Bias::Past),
        (false, true) => Some(Bias::Future),
        (true, true) => before.or(after).map(|(_, bias)| bias),
    }
}

/// Every cue word of a sentence with its start and direction.
fn cues(sentence: &str) -> impl Iterator<Item = (usize, Bias)> + '_ {
    let future = FUTURE
        .find_iter(sentence)
        // "next to the embassy" is a place.
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("next") && sentence[m.end()..].starts_with(" to "))
        })
        .map(|m| (m.start(), Bias::Future));
    let past = PAST
        .find_iter(sentence)
        .filter(|m| !NOT_PAST.iter().any(|w| m.as_str().eq_ignore_ascii_case(w)))
        // "the planned merger" looks ahead; "the board planned to" may be either.
        .filter(|m| {
            !(m.as_str().eq_ignore_ascii_case("planned") && is_attributive(sentence, m.start()))
        })
        .map(|m| (m.start(), Bias::Past));
    future.chain(past)
}

/// Whether the word starting at `start` follows a determiner or a possessive, and so
/// modifies a noun rather than being the verb of its clause.
fn is_attributive(sentence: &str, start: usize) -> bool {
    let before = sentence[..start].trim_end();
    let word = before
        .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .next()
        .unwrap_or_default();
    word.ends_with("'s")
        || ["the", "a", "an", "its", "their", "his", "her", "our"]
            .iter()
            .any(|d| word.eq_ignore_ascii_case(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bias(sentence: &str, mention: &str) -> Option<Bias> {
        let at = sentence.find(mention).expect("mention in sentence");
        nearest_bias(sentence, at)
    }

    #[test]
    fn a_planned_event_is_ahead_but_a_plan_made_is_past() {
        assert_eq!(
            sentence_bias("The company's planned sale closes Monday."),
            Some(Bias::Future)
        );
        assert_eq!(
            sentence_bias("On Friday, the board planned to pay the first claims."),
            None
        );
    }

    #[test]
    fn reads_simple_cues() {
        assert_eq!(
            bias("The two last spoke on March 3.", "March 3"),
            Some(Bias::Past)
        );
        assert_eq!(
            bias("The board will meet on March 3.", "March 3"),
            Some(Bias::Future)
        );
        assert_eq!(bias("The vote is on March 3.", "March 3"), None);
        assert_eq!(
            sentence_bias("She said the board will meet on March 3."),
            None,
            "mixed cues decide nothing for a weekday"
        );
        assert_eq!(
            sentence_bias("Two died in the blast next to the bank on Friday."),
            None,
            "\"next to\" is a place"
        );
    }

    #[test]
    fn mixed_cues_take_the_nearest_before_the_mention() {
        assert_eq!(
            bias("She said the board should meet on March 3.", "March 3"),
            Some(Bias::Future)
        );
        assert_eq!(
            bias(
                "The board, which met on March 3, will vote soon.",
                "March 3"
            ),
            Some(Bias::Past)
        );
        assert_eq!(
            bias("On March 3 the mill closed, and it will reopen.", "March 3"),
            Some(Bias::Past)
        );
    }

    #[test]
    fn future_words_ending_in_ed_are_no_past_tense() {
        assert_eq!(
            bias("The pool is expected to reopen in June.", "June"),
            Some(Bias::Future)
        );
        assert_eq!(
            bias("Ms. Lee will succeed him Feb. 1.", "Feb. 1"),
            Some(Bias::Future)
        );
        assert_eq!(
            bias("The dividend is payable Jan. 4.", "Jan. 4"),
            Some(Bias::Future)
        );
    }
}
