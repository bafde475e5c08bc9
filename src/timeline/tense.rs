//! A small cue-word reading of a sentence's tense, enough to decide whether a bare
//! "February 18" or "Friday" points back (the news default) or forward.

use super::Bias;
use regex_automata::meta;
use regex_automata::util::syntax;
use std::sync::LazyLock;

/// Words that point forward.
const FUTURE: &str = r"(?i)\b(?:will|shall|won't|would|should|going to|next|upcoming|scheduled|expected to|plans? to|planned|due to|set to|is to|are to|to be held|later this|payable)\b|'ll\b";

/// Words that point back.
const PAST: &str = r"(?i)\b(?:was|were|had|did|said|told|last|ago|earlier|since|spoke|met|began|took|made|came|went|held|gave|saw|won|lost|left|became|fell|rose|[a-z]{3,}ed)\b";

/// [`FUTURE`] and [`PAST`] as one automaton, so a sentence is scanned once; a match's
/// pattern says which way it points. At one start, the future word wins.
static CUE_WORDS: LazyLock<meta::Regex> = LazyLock::new(|| {
    meta::Regex::builder()
        .syntax(syntax::Config::new().unicode(false))
        .build_many(&[FUTURE, PAST])
        .unwrap_or_else(|e| panic!("built-in pattern does not compile: {e}"))
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

/// Verbs that begin with the prefix "un-"; every other "un…ed" word is an adjective
/// ("unspecified", "undisclosed", "unchanged") or a name ("United") and says nothing
/// of tense.
const UN_VERBS: [&str; 16] = [
    "unveiled",
    "uncovered",
    "unleashed",
    "unlocked",
    "unfolded",
    "unearthed",
    "unraveled",
    "unravelled",
    "unloaded",
    "unpacked",
    "unplugged",
    "unseated",
    "unsettled",
    "untied",
    "unblocked",
    "unmasked",
];

/// Whether an `-ed` word is an adjective made with the prefix "un-".
fn is_un_adjective(word: &str) -> bool {
    word.get(..2)
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case("un"))
        && !UN_VERBS.iter().any(|verb| word.eq_ignore_ascii_case(verb))
}

/// One tense cue word: where it is and which way it points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Cue {
    pub start: usize,
    pub end: usize,
    pub bias: Bias,
}

/// The direction a sentence's cue words point in, or `None` when they say nothing or
/// say both.
#[cfg(test)]
pub(crate) fn sentence_bias(sentence: &str) -> Option<Bias> {
    bias_of(&cues(sentence))
}

/// Like [`sentence_bias`], but when the sentence has cues both ways ("said the board
/// should meet on March 3"), the cue nearest before the mention starting at `at`
/// governs it, as the verb of its clause usually comes first; with none before it, the
/// nearest after it does. For written dates, whose year is the only thing at stake; a
/// weekday is a few days either way and keeps the stricter reading.
#[cfg(test)]
pub(crate) fn nearest_bias(sentence: &str, at: usize) -> Option<Bias> {
    nearest_bias_of(&cues(sentence), at)
}

/// [`sentence_bias`] over cues already found.
pub(crate) fn bias_of(cues: &[Cue]) -> Option<Bias> {
    let past = cues.iter().any(|c| c.bias == Bias::Past);
    let future = cues.iter().any(|c| c.bias == Bias::Future);
    match (past, future) {
        (true, false) => Some(Bias::Past),
        (false, true) => Some(Bias::Future),
        _ => None,
    }
}

/// [`nearest_bias`] over cues already found, sorted as [`cues`] sorts them.
pub(crate) fn nearest_bias_of(cues: &[Cue], at: usize) -> Option<Bias> {
    match bias_of(cues) {
        Some(bias) => Some(bias),
        None if cues.is_empty() => None,
        None => {
            // One word may be a cue both ways ("planned"); the future reading, sorted
            // first among cues at one start, governs.
            let split = cues.partition_point(|c| c.start < at);
            let before = cues[..split].last().map(|last| {
                let first_at_start = cues.partition_point(|c| c.start < last.start);
                cues[first_at_start]
            });
            before.or_else(|| cues.get(split).copied()).map(|c| c.bias)
        }
    }
}

/// Every cue word of a sentence, sorted by start (a future cue first at one start).
pub(crate) fn cues(sentence: &str) -> Vec<Cue> {
    let mut all = Vec::new();
    for m in CUE_WORDS.find_iter(sentence) {
        let word = &sentence[m.range()];
        let cue = |bias| Cue {
            start: m.start(),
            end: m.end(),
            bias,
        };
        if m.pattern().as_usize() == 0 {
            // "next to the embassy" is a place.
            if word.eq_ignore_ascii_case("next") && sentence[m.end()..].starts_with(" to ") {
                continue;
            }
            all.push(cue(Bias::Future));
        }
        // "planned" is also the past of its verb; the `-ed` words of `NOT_PAST` are
        // none. A participle after a determiner is an adjective ("the planned merger",
        // "an unnamed official"), and one after a present "be" a passive ("is paid").
        let past = if m.pattern().as_usize() == 1 {
            !NOT_PAST.iter().any(|w| word.eq_ignore_ascii_case(w)) && !is_un_adjective(word)
        } else {
            word.eq_ignore_ascii_case("planned")
        };
        if past && !is_attributive(sentence, m.start()) && !is_present_passive(sentence, m.start())
        {
            all.push(cue(Bias::Past));
        }
    }
    all
}

/// Whether the participle starting at `start` follows a present or bare "be" ("is
/// paid", "would be held", "to be signed"): a passive that says nothing of the past.
fn is_present_passive(sentence: &str, start: usize) -> bool {
    ["be", "is", "are", "being"]
        .iter()
        .any(|be| last_word(sentence, start).eq_ignore_ascii_case(be))
}

/// The word ending just before `start`, spaces skipped.
fn last_word(sentence: &str, start: usize) -> &str {
    let before = sentence[..start].trim_end();
    before
        .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .next()
        .unwrap_or_default()
}

/// Whether the word starting at `start` follows a determiner or a possessive, and so
/// modifies a noun rather than being the verb of its clause.
fn is_attributive(sentence: &str, start: usize) -> bool {
    let word = last_word(sentence, start);
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
    fn adjectives_and_passives_are_no_past_tense() {
        assert_eq!(
            sentence_bias("The bonus would be paid on an unspecified day in March."),
            Some(Bias::Future)
        );
        assert_eq!(
            sentence_bias("The revised plan is signed in May."),
            None,
            "a participle after a determiner or a present \"be\" is no verb in the past"
        );
        assert_eq!(
            sentence_bias("Police unveiled the plan in May."),
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
