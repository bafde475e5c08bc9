//! The present tense of a scheduled event ("the trial resumes on Monday", "the summit
//! opens Thursday", "talks begin Monday"): in news, a day still to come. And headlines,
//! which tell past events in the present ("Dow ends lower Monday") and so are read
//! apart.

use super::clause::{offset_in, CLAUSE_MARKS};
use super::tense::Cue;
use super::Bias;
use crate::extract::Mention;

/// Verbs of scheduled events in the third person present, which in news names a day
/// still to come: "the trial resumes on Monday", "the summit opens Thursday". Only the
/// "-s" forms: the bare forms are as often nouns ("his first start", "a weak close",
/// "the county meet") or infinitives after an auxiliary ("did not return", "could not
/// open"). Noun readings of the "-s" forms ("the visits", "heads of state", "12
/// starts") are ruled out where the word is read.
const SCHEDULED_VERBS: [&str; 35] = [
    // "an injunction, effective at 5 p.m. on Friday": what takes effect, in a word.
    "effective",
    "holds",
    "meets",
    "opens",
    "begins",
    "resumes",
    "arrives",
    "travels",
    "departs",
    "convenes",
    "reconvenes",
    "concludes",
    "expires",
    "flies",
    "leaves",
    "goes",
    "heads",
    "returns",
    "hosts",
    "faces",
    "plays",
    "visits",
    "starts",
    "ends",
    "closes",
    // Calendars of decisions and releases: "the bank announces its decision at 2 p.m.
    // Tuesday", "the office publishes its figures on Friday", "the Treasury sells
    // notes on Monday". ("reports" and "releases" are as often nouns: "press reports
    // Monday said".)
    "announces",
    "publishes",
    "unveils",
    "launches",
    "delivers",
    "presents",
    "decides",
    "votes",
    "sells",
    "auctions",
];

/// The "-ing" forms of [`SCHEDULED_VERBS`] that set an event's start: "with the final
/// round starting at noon Sunday", "a hearing beginning August 19". Not "ending" ("the
/// 12 months ending in March" are gone) nor "opening" (as often "the opening session").
const GERUND_SCHEDULED_VERBS: [&str; 3] = ["starting", "beginning", "resuming"];

/// The bare forms of [`SCHEDULED_VERBS`], read only after a plural subject ("talks
/// resume Monday", "preorders begin Friday"): alone they are as often nouns or
/// infinitives ("his first start", "did not return").
const BARE_SCHEDULED_VERBS: [&str; 15] = [
    "meet",
    "travel",
    "head",
    "open",
    "reopen",
    "begin",
    "resume",
    "convene",
    "reconvene",
    "expire",
    "start",
    "end",
    "close",
    "return",
    "arrive",
];

/// Words ending in "s" that are no plural subject of a bare verb after them.
const NOT_PLURAL_SUBJECTS: [&str; 10] = [
    "does", "goes", "was", "has", "is", "this", "its", "his", "hers", "always",
];

/// Whether `word` reads as a plural noun: "talks", "preorders", "schools".
fn plural_subject(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("'s")
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !NOT_PLURAL_SUBJECTS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Verbs of [`SCHEDULED_VERBS`] that take an object, and are nouns as often.
const TRANSITIVE_VERBS: [&str; 5] = ["hosts", "faces", "visits", "plays", "holds"];

/// Words after which a verb of [`SCHEDULED_VERBS`] is a noun ("the visit", "its close").
pub(super) const DETERMINERS: [&str; 12] = [
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// For a weekday: the future when a verb of a scheduled event in the present tense
/// stands a few words before it in its clause, with no tense cue between and no past
/// verb just before it ("the summit opens Thursday", "trading will be cautious when
/// the market opens Monday, brokers said"). News tells of past days in the past tense,
/// so a present-tense event on a named day is one still to come, whatever the verb of
/// saying around it.
pub(super) fn scheduled_present_in_clause(
    prose: &str,
    cues: &[Cue],
    mention: &Mention,
) -> Option<Bias> {
    /// How many words back from the day the verb may stand.
    const MAX_WORDS: usize = 6;
    let start = mention.span.start as usize;
    if in_headline(prose, start) {
        return None;
    }
    let window_start = start.saturating_sub(80);
    let window_start = (window_start..start).find(|&i| prose.is_char_boundary(i))?;
    // "ends at 7 p.m. Friday": the clock time is read past, so its stops end no clause.
    let before = super::clause::without_clock_time(prose.get(window_start..start)?);
    let clause_start = super::clause::last_clause_start(before, true);
    let clause = &before[clause_start..];
    // The clause's words, read back from the day: each is weighed with the word before
    // it and the word after it, so no list of words is built.
    let mut words = clause
        .rsplit(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .filter(|word| !word.is_empty());
    let (mut after, mut current) = (None::<&str>, words.next());
    let mut verb = None;
    for _ in 0..MAX_WORDS {
        let Some(word) = current else { break };
        let previous = words.next();
        // "takes effect": the verb is read with its object.
        let takes_effect = word.eq_ignore_ascii_case("effect")
            && previous.is_some_and(|w| w.eq_ignore_ascii_case("takes"));
        // "U.S. markets are shut on Friday", "the office is closed Monday": a state in
        // the present on a weekday not its own event ("after Monday's quake"). Only a
        // weekday: a year is too much to move on a copula ("the deadline is Jan. 3").
        let copula = ["is", "are"].iter().any(|v| word.eq_ignore_ascii_case(v))
            && matches!(mention.value, crate::extract::MentionValue::Weekday(_))
            && !super::clause::names_its_event(prose, mention.span.end as usize);
        let is_verb = takes_effect
            || copula
            || SCHEDULED_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
            || GERUND_SCHEDULED_VERBS
                .iter()
                .any(|v| word.eq_ignore_ascii_case(v))
            || BARE_SCHEDULED_VERBS
                .iter()
                .any(|v| word.eq_ignore_ascii_case(v))
                && previous.is_some_and(plural_subject);
        let after_determiner = previous.is_some_and(|w| {
            DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) || w.ends_with("'s")
        });
        // "shed three percent in the week, to close on Friday at 3,550": an infinitive
        // of what followed, told in the past.
        let infinitive = previous.is_some_and(|w| w.eq_ignore_ascii_case("to"));
        // "stalled in December, before resuming in March": an "-ing" form after a
        // subordinator is a clause told in the tense of the one it hangs from.
        let subordinate_gerund = GERUND_SCHEDULED_VERBS
            .iter()
            .any(|v| word.eq_ignore_ascii_case(v))
            && previous.is_some_and(|w| {
                ["before", "after", "since", "while", "when", "without"]
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
            });
        // "was effective Monday", "to be effective by 8 May": told by its own verb.
        let after_be = word.eq_ignore_ascii_case("effective")
            && previous.is_some_and(|w| {
                ["was", "were", "been", "be"]
                    .iter()
                    .any(|be| w.eq_ignore_ascii_case(be))
            });
        let before_of = after.is_some_and(|w| w.eq_ignore_ascii_case("of"));
        // "made 12 starts": a count before it makes it a noun.
        let counted = clause[..offset_in(clause, word)]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        // "told his French hosts Tuesday": a verb that takes an object has one
        // between it and the day ("hosts the final on Sunday").
        let transitive = TRANSITIVE_VERBS
            .iter()
            .any(|v| word.eq_ignore_ascii_case(v));
        if is_verb
            && !after_determiner
            && !infinitive
            && !subordinate_gerund
            && !after_be
            && !before_of
            && !counted
            && (after.is_some() || !transitive)
        {
            verb = Some(word);
            break;
        }
        (after, current) = (Some(word), previous);
    }
    let verb_start = window_start + clause_start + offset_in(clause, verb?);
    // No cue between the verb and the day; and no past verb a few words before it,
    // whose object the word would more likely be ("who made his first starts Sunday").
    // A verb of saying further back governs a clause of its own ("said trading would
    // be thin when the market opens Monday").
    let governing_from = prose[..verb_start]
        .rsplit(' ')
        .filter(|w| !w.is_empty())
        .take(3)
        .last()
        .map_or(verb_start, |w| offset_in(prose, w))
        .max(window_start + clause_start);
    let cue_between = cues.iter().any(|c| {
        c.start >= verb_start && c.start < start
            || c.bias == Bias::Past && c.start >= governing_from && c.start < verb_start
    });
    // An "-ing" form names no tense of its own: "the deal beginning in December was
    // not the first step" is told by the past verb after it, in its clause.
    let end = mention.span.end as usize;
    let gerund = verb.is_some_and(|v| {
        GERUND_SCHEDULED_VERBS
            .iter()
            .any(|g| v.eq_ignore_ascii_case(g))
    });
    let past_after = gerund
        && cues.iter().any(|c| {
            c.bias == Bias::Past
                && c.start >= end
                && prose.get(end..c.start).is_some_and(|gap| {
                    !gap.contains(CLAUSE_MARKS) && !gap.contains(['.', '!', '?'])
                })
        });
    (!cue_between && !past_after).then_some(Bias::Future)
}

/// Whether `at` is in a headline: a short paragraph of one line with no stop at its
/// end (a line of a wrapped paragraph has lines next to it). Headlines tell past
/// events in the present ("Dow ends lower Monday").
pub(super) fn in_headline(prose: &str, at: usize) -> bool {
    /// Headlines are shorter than this many bytes; a sentence that runs on without a
    /// stop is longer.
    const MAX_HEADLINE: usize = 150;
    // The line's ends are looked for no further than a headline reaches: a line of a
    // million bytes must not be read again for every date in it.
    let bytes = prose.as_bytes();
    let reach_back = at.saturating_sub(MAX_HEADLINE);
    let line_start = match bytes[reach_back..at].iter().rposition(|&b| b == b'\n') {
        Some(i) => reach_back + i + 1,
        None if reach_back == 0 => 0,
        None => return false,
    };
    let reach_on = (at + MAX_HEADLINE).min(prose.len());
    let line_end = match bytes[at..reach_on].iter().position(|&b| b == b'\n') {
        Some(i) => at + i,
        None if reach_on == prose.len() => prose.len(),
        None => return false,
    };
    let line = prose[line_start..line_end].trim_end();
    let before = prose[..line_start].trim_end_matches([' ', '\t']);
    let alone_before = before.ends_with("\n\n") || before.trim().is_empty();
    let after = prose[line_end..].trim_start_matches([' ', '\t']);
    let alone_after = after.starts_with("\n\n") || after.trim().is_empty();
    alone_before
        && alone_after
        && line.len() < MAX_HEADLINE
        && !line.ends_with([
            '.', '!', '?', '"', '\'', '\u{201d}', '\u{2019}', ')', ':', ',',
        ])
}
