//! A small cue-word reading of a sentence's tense, enough to decide whether a bare
//! "February 18" or "Friday" points back (the news default) or forward.

use super::Bias;

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
/// "'ll", "next", "upcoming", "scheduled", "planned", "payable", and the phrases "going
/// to", "expected to", "plan(s) to", "planning to", "preparing to", "due to", "set to", "is to", "are to", "to be held"
/// and "later this", their words one space apart. Past cues: a closed list of irregular
/// past forms and time words ("was", "said", "met", "ago", "last", …) and words of five
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
            | b"can" | b"might" | b"must" => all.push(future(end)),
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
            b"going" | b"expected" | b"plans" | b"plan" | b"planning" | b"preparing" | b"due"
            | b"set" | b"is" | b"are" => {
                if let Some(end) = words.followed_by(&["to"], " ") {
                    all.push(future(end));
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
            b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"last" | b"ago"
            | b"earlier" | b"since" | b"spoke" | b"met" | b"began" | b"took" | b"made"
            | b"came" | b"went" | b"held" | b"gave" | b"saw" | b"lost" | b"left" | b"became"
            | b"fell" | b"rose" | b"underwent" | b"struck" | b"fought" | b"brought" | b"bought"
            | b"caught" | b"sought" | b"thought" | b"sent" | b"built" | b"meant" | b"fled"
            | b"wrote" | b"broke" | b"stole" | b"chose" | b"froze" | b"grew" | b"knew"
            | b"threw" | b"drew" | b"flew" | b"withdrew" | b"sank" | b"ran" | b"stood"
            | b"shook" | b"forgot" | b"paid" | b"sold" | b"found" | b"heard" | b"overcame"
            | b"forgave" | b"arose" | b"spent" | b"felt" | b"kept" | b"led" | b"hung"
            | b"swore" | b"rode" | b"drove" | b"got" => {
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

/// Whether a word is a regular past form: five letters or more ending in "-ed", and
/// none of [`NOT_PAST`] or the "un-" adjectives.
fn is_regular_past(word: &str) -> bool {
    word.len() >= 5
        && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ed")
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !NOT_PAST.iter().any(|w| word.eq_ignore_ascii_case(w))
        && !is_un_adjective(word)
}

/// The length of the longest word [`cues`] matches by name ("scheduled").
const CUE_WORD_MAX: usize = 9;

/// For each length up to [`CUE_WORD_MAX`], the first letters of the words [`cues`]
/// matches by name, one bit per letter. Most words of a sentence fail this test, which
/// is cheaper than comparing them with every cue word. The list must name every word of
/// the `match` in [`cues`]; the test against the regex fails when one is missing.
const CUE_INITIALS: [u32; CUE_WORD_MAX + 1] = {
    const WORDS: [&str; 95] = [
        "will",
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

/// Whether a word's length and first letter are those of a word [`cues`] matches by
/// name.
fn may_be_cue_word(word: &[u8]) -> bool {
    let Some(&first) = word.first() else {
        return false;
    };
    let letter = first.to_ascii_lowercase().wrapping_sub(b'a');
    word.len() <= CUE_WORD_MAX && letter < 26 && CUE_INITIALS[word.len()] & (1 << letter) != 0
}

/// `word` lower-cased into `buffer`, or `None` when it is longer than the buffer.
fn lowercase<'b>(word: &[u8], buffer: &'b mut [u8; CUE_WORD_MAX]) -> Option<&'b [u8]> {
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
struct Words<'s> {
    bytes: &'s [u8],
    at: usize,
}

impl<'s> Words<'s> {
    fn new(sentence: &'s str) -> Self {
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
    fn followed_by(&mut self, tail: &[&str], separator: &str) -> Option<usize> {
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

/// Whether a past form starting at `start` is the verb of its clause: not an adjective
/// after a determiner ("the planned merger", "an unnamed official") and not a passive
/// after a present "be" ("is paid").
fn is_past_verb(sentence: &str, start: usize) -> bool {
    !is_attributive(sentence, start) && !is_present_passive(sentence, start)
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

    /// The cue reading as one regex per direction, which [`cues`] replaced because
    /// compiling it cost every run more than reading the words.
    fn cues_by_regex(sentence: &str) -> Vec<Cue> {
        const FUTURE: &str = r"(?i)\b(?:will|shall|won't|would|should|can|might|must|going to|next|upcoming|scheduled|expected to|plans? to|planning to|preparing to|planned|due to|set to|is to|are to|to be held|later this|payable)\b|'ll\b";
        const PAST: &str = r"(?i)\b(?:was|were|had|did|said|told|last|ago|earlier|since|spoke|met|began|took|made|came|went|held|gave|saw|won|lost|left|became|fell|rose|underwent|struck|fought|brought|bought|caught|sought|thought|sent|built|meant|fled|wrote|broke|stole|chose|froze|grew|knew|threw|drew|flew|withdrew|sank|ran|stood|shook|forgot|paid|sold|found|heard|overcame|forgave|arose|spent|felt|kept|led|hung|swore|rode|drove|got|[a-z]{3,}ed)\b";
        let set =
            regex::bytes::RegexBuilder::new(&format!("(?P<future>{FUTURE})|(?P<past>{PAST})"))
                .unicode(false)
                .build()
                .expect("pattern compiles");
        let mut all = Vec::new();
        for caps in set.captures_iter(sentence.as_bytes()) {
            let m = caps.get(0).expect("whole match");
            let word = &sentence[m.range()];
            let cue = |bias| Cue {
                start: m.start(),
                end: m.end(),
                bias,
            };
            let future = caps.name("future").is_some();
            if (word.eq_ignore_ascii_case("was") || word.eq_ignore_ascii_case("were"))
                && is_future_in_past(&sentence[m.end()..])
                || word.eq_ignore_ascii_case("last") && is_verb_last(sentence, m.start(), m.end())
            {
                continue;
            }
            if future {
                let after = &sentence[m.end()..];
                if word.eq_ignore_ascii_case("next")
                    && (after.starts_with(" to ") || after.starts_with([',', '.', ';', ':']))
                {
                    continue;
                }
                all.push(cue(Bias::Future));
            }
            let past = if future {
                word.eq_ignore_ascii_case("planned")
            } else {
                // Only a regular "-ed" form can be an "un-" adjective ("underwent" is not).
                let regular = word.len() > 2 && word[word.len() - 2..].eq_ignore_ascii_case("ed");
                let not_past = NOT_PAST.iter().any(|w| word.eq_ignore_ascii_case(w));
                !not_past && (!regular || !is_un_adjective(word))
            };
            if past && is_past_verb(sentence, m.start()) {
                all.push(cue(Bias::Past));
            }
        }
        all
    }

    #[test]
    fn reading_words_finds_what_the_regex_found() {
        let mut sentences: Vec<String> = [
            "We'll see. He won't go, and won the cup; they WON'T stop.",
            "The meeting is to be held Monday, going to Rome next to the hotel.",
            "Plans to sell, plan to buy, planned merger, the planned sale, it planned ahead.",
            "Officials said the 2nd_edited draft was unsigned and unveiled later this week.",
            "She expected to win; it is scheduled; due  to rain; set to open; are to vote.",
            "They were planning to march and preparing to leave; planning ahead, preparing food.",
            "It will last until May, may not last, could last longer; we last met, the last one.",
            "It rose, fell and was earlier left since ago; bed red need speed indeed proceeded.",
            "x'll 'll ll' going  to goingto later thistle toured",
            "will shall would should can might must upcoming scheduled payable planned next \
             was were had did said told last ago earlier since spoke met began took made \
             came went held gave saw lost left became fell rose won underwent fled",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        for name in ["te3-train.jsonl", "news-afp.jsonl"] {
            if let Ok(text) = std::fs::read_to_string(corpus.join(name)) {
                sentences.extend(text.lines().map(str::to_string));
            }
        }
        for sentence in &sentences {
            let (words, regex) = (cues(sentence), cues_by_regex(sentence));
            if let Some(i) =
                (0..words.len().max(regex.len())).find(|&i| words.get(i) != regex.get(i))
            {
                let at = words.get(i).or(regex.get(i)).map_or(0, |c| c.start);
                let near = sentence.get(at.saturating_sub(40)..(at + 40).min(sentence.len()));
                panic!(
                    "cue {i} differs near {near:?}: {:?} / {:?}",
                    words.get(i),
                    regex.get(i)
                );
            }
        }
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
        // "last" the verb is no past.
        assert_eq!(
            bias("The trial is expected to last until the summer.", "summer"),
            Some(Bias::Future)
        );
        // An irregular past before the date governs it, not the "will" after it.
        assert_eq!(
            bias(
                "The striker, who underwent surgery in November, will miss the cup.",
                "November"
            ),
            Some(Bias::Past)
        );
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
