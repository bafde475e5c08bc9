//! A small cue-word reading of a sentence's tense, enough to decide whether a bare
//! "February 18" or "Friday" points back (the news default) or forward.

use super::Bias;
use words::{lowercase, may_be_cue_word, Words, CUE_WORD_MAX};

/// Words ending in "-ed" that are no past tense: future cues
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
///
/// Future cues: "will", "shall", "would", "should", "can", "might", "must", "won't",
/// "'ll", "expect(s)", "next", "upcoming", "scheduled", "planned", "payable", and the
/// phrases "going to", "expected to", "plan(s) to", "planning to", "preparing to",
/// "hope(s) to", "due to" (and "due on", "due by", "due out", "due back", "due for", "due
/// next"), "set to", "likely to", "forecast to", "slated to", "poised
/// to", "projected to", "is to", "are to", "to be held" and "later this", their words
/// one space apart. Past cues: a closed list of irregular past forms and participles
/// and time words ("was", "said", "met", "given", "ago", "last", …) and words of five
/// letters or more ending in "-ed", less [`NOT_PAST`] and [`is_un_adjective`]. Words are
/// runs of ASCII letters, digits and `_`, as a regex word boundary sees them. A
/// phrase's words are not read again on their own, so "to be held" is one future cue
/// and not also a past "held".
///
/// The words are read by hand rather than by a regex: compiling the regex was 7 % of a
/// whole one-article run. Over a corpus both take the same number of instructions,
/// though the scanner's branches cost about 2 ms a round (docs/performance.md).
pub(crate) fn cues(sentence: &str) -> Vec<Cue> {
    let mut all = Vec::new();
    let mut words = Words::new(sentence);
    while let Some((start, end)) = words.next() {
        let bytes = &sentence.as_bytes()[start..end];
        if !may_be_cue_word(bytes) {
            if is_regular_past(&sentence[start..end]) && is_past_verb(sentence, start) {
                all.push(Cue {
                    start,
                    end,
                    bias: Bias::Past,
                });
            }
            continue;
        }
        let mut lower = [0u8; CUE_WORD_MAX];
        let Some(word) = lowercase(bytes, &mut lower) else {
            continue;
        };
        let future = |end| Cue {
            start,
            end,
            bias: Bias::Future,
        };
        let past = |end| Cue {
            start,
            end,
            bias: Bias::Past,
        };
        match word {
            b"will" | b"shall" | b"would" | b"should" | b"upcoming" | b"scheduled" | b"payable"
            | b"can" | b"might" | b"must" | b"expect" | b"expects" => all.push(future(end)),
            // "could bring snow on Wednesday" looks ahead; "could have", "could not" tell
            // of what was or was not.
            b"could" if could_looks_ahead(&sentence[end..]) => all.push(future(end)),
            // "next to the embassy" is a place, and "she arrived next," an order.
            b"next"
                if !sentence[end..].starts_with(" to ")
                    && !sentence[end..].starts_with([',', '.', ';', ':']) =>
            {
                all.push(future(end))
            }
            b"next" => {}
            b"planned" => {
                all.push(future(end));
                // Also the past of its verb.
                if is_past_verb(sentence, start) {
                    all.push(past(end));
                }
            }
            b"ll" if sentence[..start].ends_with('\'') => all.push(Cue {
                start: start - 1,
                end,
                bias: Bias::Future,
            }),
            b"won" => match words.followed_by(&["t"], "'") {
                Some(end) => all.push(future(end)),
                None => all.push(past(end)),
            },
            b"going" | b"expected" | b"plans" | b"plan" | b"planning" | b"preparing" | b"hope"
            | b"hopes" | b"set" | b"is" | b"are" | b"likely" => {
                if let Some(end) = words.followed_by(&["to"], " ") {
                    all.push(future(end));
                }
            }
            // "due to", and "are due on April 29", "due out next week", "due back"; but
            // "was due on March 1" is a day that may be gone.
            b"due" => {
                let told_past = ["was", "were", "been", "had"]
                    .iter()
                    .any(|w| last_word(sentence, start).eq_ignore_ascii_case(w));
                let end = words.followed_by(&["to"], " ").or_else(|| {
                    (!told_past)
                        .then(|| {
                            DUE_AHEAD
                                .iter()
                                .find_map(|word| words.followed_by(&[word], " "))
                        })
                        .flatten()
                });
                if let Some(end) = end {
                    all.push(future(end));
                }
            }
            // "forecast to bring rain", "slated to open": a future; without "to", a
            // past verb like any other ("projected a loss").
            b"forecast" | b"slated" | b"poised" | b"projected" => {
                if let Some(end) = words.followed_by(&["to"], " ") {
                    all.push(future(end));
                } else if is_regular_past(&sentence[start..end]) && is_past_verb(sentence, start) {
                    all.push(past(end));
                }
            }
            b"to" => {
                if let Some(end) = words.followed_by(&["be", "held"], " ") {
                    all.push(future(end));
                }
            }
            b"later" => {
                if let Some(end) = words.followed_by(&["this"], " ") {
                    all.push(future(end));
                }
            }
            // "was going to", "were planning to": the future seen from the past, not a
            // past of its own.
            b"was" | b"were" if is_future_in_past(&sentence[end..]) => {}
            b"last" if is_verb_last(sentence, start, end) => {}
            // "with three days left", "little time left": what remains, no past.
            b"left" if is_time_remaining(last_word(sentence, start)) => {}
            b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"last" | b"ago"
            | b"earlier" | b"since" | b"spoke" | b"met" | b"began" | b"took" | b"made"
            | b"came" | b"went" | b"held" | b"gave" | b"saw" | b"lost" | b"left" | b"became"
            | b"fell" | b"rose" | b"underwent" | b"struck" | b"fought" | b"brought" | b"bought"
            | b"caught" | b"sought" | b"thought" | b"sent" | b"built" | b"meant" | b"fled"
            | b"wrote" | b"broke" | b"stole" | b"chose" | b"froze" | b"grew" | b"knew"
            | b"threw" | b"drew" | b"flew" | b"withdrew" | b"sank" | b"ran" | b"stood"
            | b"shook" | b"forgot" | b"paid" | b"sold" | b"found" | b"heard" | b"overcame"
            | b"forgave" | b"arose" | b"spent" | b"felt" | b"kept" | b"led" | b"hung"
            | b"swore" | b"rode" | b"drove" | b"got" | b"given" | b"taken" | b"shown"
            | b"written" | b"begun" | b"broken" | b"chosen" | b"driven" | b"fallen" | b"frozen"
            | b"grown" | b"spoken" | b"stolen" | b"thrown" | b"risen" | b"hidden"
            | b"forgotten" | b"beaten" => {
                if is_past_verb(sentence, start) {
                    all.push(past(end));
                }
            }
            _ => {
                if is_regular_past(&sentence[start..end]) && is_past_verb(sentence, start) {
                    all.push(past(end));
                }
            }
        }
    }
    all
}

/// The words after "due", besides "to", that make it a time ahead: "due on April 29",
/// "due out", "due back", "due for release", "due by Friday", "due next week".
const DUE_AHEAD: [&str; 6] = ["on", "by", "out", "back", "for", "next"];

/// Whether the words after "was" or "were" make a future seen from the past: "going
/// to", "planning to", "preparing to", "about to", "due to", "set to", "scheduled to".
fn is_future_in_past(after: &str) -> bool {
    let after = after.as_bytes();
    [
        "going to ",
        "planning to ",
        "preparing to ",
        "about to ",
        "due to ",
        "set to ",
        "scheduled to ",
    ]
    .iter()
    .any(|phrase| {
        after.len() > phrase.len()
            && after[0] == b' '
            && after[1..=phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
    })
}

/// Whether the "last" at `start..end` is the verb ("expected to last until summer",
/// "will last for weeks"), which says nothing of the past, rather than the adverb
/// ("the two last spoke").
fn is_verb_last(sentence: &str, start: usize, end: usize) -> bool {
    let before = last_word(sentence, start);
    let after = sentence[end..]
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    [
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "ll", "not",
        "cannot", "does", "do",
    ]
    .iter()
    .any(|w| before.eq_ignore_ascii_case(w))
        || ["until", "till", "through", "into", "beyond", "longer"]
            .iter()
            .any(|w| after.eq_ignore_ascii_case(w))
}

/// Whether the words after "could" make it a possibility ahead ("could bring rain",
/// "could also join in March"), not a past ability or a guess about the past ("could
/// not attend", "could have fled"). A passive is left out too: "could be located
/// Wednesday" is as often an ability that failed as a plan.
fn could_looks_ahead(after: &str) -> bool {
    const ADVERBS: [&str; 6] = ["also", "soon", "even", "eventually", "yet", "well"];
    const NOT_AHEAD: [&str; 12] = [
        "have", "not", "n't", "never", "hardly", "barely", "only", "no", "still", "see", "hear",
        "feel",
    ];
    let mut words = after
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .skip_while(|w| ADVERBS.iter().any(|a| w.eq_ignore_ascii_case(a)));
    let Some(next) = words.next() else {
        return false;
    };
    if NOT_AHEAD.iter().any(|w| next.eq_ignore_ascii_case(w)) {
        return false;
    }
    // "could be located", "could be contributing": a passive, or a guess about now.
    let participle = |w: &str| {
        let lower = w.to_ascii_lowercase();
        ["ed", "en", "wn", "ing"]
            .iter()
            .any(|end| lower.ends_with(end))
            || ["held", "found", "made", "seen", "kept"].contains(&lower.as_str())
    };
    !(next.eq_ignore_ascii_case("be") && words.next().is_some_and(participle))
}

/// Whether `word`, before "left", is time that remains: "three days left", "time left".
fn is_time_remaining(word: &str) -> bool {
    [
        "minutes", "hours", "days", "weeks", "months", "years", "time", "seconds",
    ]
    .iter()
    .any(|unit| word.eq_ignore_ascii_case(unit))
}

/// Whether a word is a regular past form: five letters or more ending in "-ed", and
/// none of [`NOT_PAST`] or the "un-" adjectives.
fn is_regular_past(word: &str) -> bool {
    word.len() >= 5
        && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed")
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !NOT_PAST.iter().any(|w| word.eq_ignore_ascii_case(w))
        && !is_un_adjective(word)
}

/// Whether a past form starting at `start` is the verb of its clause: not an adjective
/// after a determiner ("the planned merger", "an unnamed official") and not a passive
/// after a present "be" ("is paid").
fn is_past_verb(sentence: &str, start: usize) -> bool {
    !is_attributive(sentence, start) && !is_present_passive(sentence, start)
}

/// Whether the participle starting at `start` follows a present or bare "be" ("is
/// paid", "would be held", "to be signed"), or a verb of staying ("will stay closed",
/// "remain shut"): a passive or a state that says nothing of the past.
fn is_present_passive(sentence: &str, start: usize) -> bool {
    let before = last_word(sentence, start);
    [
        "be", "is", "are", "being", "stay", "stays", "remain", "remains",
    ]
    .iter()
    .any(|be| before.eq_ignore_ascii_case(be))
}

/// The word ending just before `start`, spaces skipped.
pub(super) fn last_word(sentence: &str, start: usize) -> &str {
    let before = sentence[..start].trim_end();
    before
        .rsplit(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .next()
        .unwrap_or_default()
}

/// Whether the word starting at `start` follows a determiner or a possessive, and so
/// modifies a noun rather than being the verb of its clause; also after an adverb
/// that follows one or a preposition ("on already saturated ground", "a newly
/// elected mayor").
fn is_attributive(sentence: &str, start: usize) -> bool {
    const DETERMINERS: [&str; 8] = ["the", "a", "an", "its", "their", "his", "her", "our"];
    const ADVERBS: [&str; 6] = ["already", "newly", "recently", "freshly", "fully", "partly"];
    const PREPOSITIONS: [&str; 6] = ["on", "in", "of", "with", "for", "by"];
    let is_any = |word: &str, list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    let word = last_word(sentence, start);
    if word.ends_with("'s") || is_any(word, &DETERMINERS) {
        return true;
    }
    if !is_any(word, &ADVERBS) {
        return false;
    }
    let adverb_start = sentence[..start].trim_end().len() - word.len();
    let before = last_word(sentence, adverb_start);
    is_any(before, &DETERMINERS) || is_any(before, &PREPOSITIONS)
}

#[path = "tense_words.rs"]
mod words;

#[cfg(test)]
#[path = "tense_tests.rs"]
mod tests;
