//! A small cue-word reading of a sentence's tense, enough to decide whether a bare
//! "February 18" or "Friday" points back (the news default) or forward.

use super::Bias;
use crate::extract::ascii_regex;
use regex::Regex;
use std::sync::LazyLock;

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)\b(?:will|shall|won't|going to|next|upcoming|scheduled|expected to|plans? to|planned|due to|set to|is to|are to|to be held|later this)\b|'ll\b",
    )
});

static PAST: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)\b(?:was|were|had|did|said|told|last|ago|earlier|since|spoke|met|began|took|made|came|went|held|gave|saw|won|lost|left|became|fell|rose|[a-z]{3,}ed)\b",
    )
});

/// The direction a sentence's cue words point in, or `None` when they say nothing or
/// say both.
pub(crate) fn sentence_bias(sentence: &str) -> Option<Bias> {
    let future = FUTURE.is_match(sentence);
    let past = PAST.is_match(sentence);
    match (past, future) {
        (true, false) => Some(Bias::Past),
        (false, true) => Some(Bias::Future),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_simple_cues() {
        assert_eq!(
            sentence_bias("The two last spoke on March 3."),
            Some(Bias::Past)
        );
        assert_eq!(
            sentence_bias("The board will meet on March 3."),
            Some(Bias::Future)
        );
        assert_eq!(sentence_bias("The vote is on March 3."), None);
        assert_eq!(
            sentence_bias("She said the board will meet on March 3."),
            None,
            "mixed cues decide nothing"
        );
    }
}
