//! Days that a booking sets: "a hearing is scheduled for 11 a.m. Friday", "the judge
//! set sentencing for Sept. 20". News tells of a booking while its day is still ahead.

use super::clause::{is_meridiem_stop, last_clause_start, text_before};
use super::tense::Cue;
use super::Bias;
use crate::extract::Mention;

/// Whether a weekday is booked ahead: "A funeral is scheduled for 11 a.m. Friday", "a
/// meeting has been called for 10:00 GMT on Thursday", "a hearing was set for
/// Thursday". Told in the past perfect ("had been set for Sunday"), or with the plan
/// fallen through ("was scheduled for Monday but was postponed"), the day may be gone.
pub(super) fn booked_ahead(prose: &str, mention: &Mention) -> bool {
    /// How many words may stand between "for" and the day ("11 a.m.", "10:00 GMT on").
    const MAX_WORDS: usize = 5;
    const BOOKED: [&str; 7] = [
        "scheduled",
        "set",
        "slated",
        "planned",
        "called",
        "fixed",
        "booked",
    ];
    // The words are read back only so far: a clause is short, and a text without
    // punctuation must not be read again for every day in it.
    const MAX_BYTES: usize = 120;
    let head = text_before(prose, 0, mention.span.start as usize, MAX_BYTES);
    let clause = &head[last_clause_start(head, false)..];
    // The clause's words read back from the day, a few past "for": no list is built.
    let mut words = clause
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty());
    let after_for = words
        .by_ref()
        .take(MAX_WORDS + 1)
        .any(|w| w.eq_ignore_ascii_case("for"));
    if !after_for {
        return false;
    }
    let mut next = || words.next().unwrap_or_default();
    let (booked, be) = (next(), next());
    let present = ["is", "are"].iter().any(|w| be.eq_ignore_ascii_case(w))
        || be.eq_ignore_ascii_case("been")
            && ["has", "have"]
                .iter()
                .any(|w| next().eq_ignore_ascii_case(w));
    // "A bail hearing was set for 9:30 a.m. Thursday, she said": told as booked, the
    // day is ahead unless the sentence says the plan fell through.
    let past_kept = ["was", "were"].iter().any(|w| be.eq_ignore_ascii_case(w))
        && !plan_fell_through(prose, mention.span.end as usize);
    BOOKED.iter().any(|w| booked.eq_ignore_ascii_case(w)) && (present || past_kept)
}

/// Whether the rest of the sentence after `end` says a plan fell through or was put
/// off: "but", "postponed", "cancelled", "delayed", "called off", "scrapped".
pub(super) fn plan_fell_through(prose: &str, end: usize) -> bool {
    const MAX_BYTES: usize = 200;
    let rest = prose.get(end..).unwrap_or_default();
    let bounded = (0..=rest.len().min(MAX_BYTES))
        .rev()
        .find(|&i| rest.is_char_boundary(i))
        .map_or("", |i| &rest[..i]);
    let sentence_end = bounded
        .char_indices()
        .find(|&(i, c)| matches!(c, '!' | '?' | '\n') || c == '.' && !is_meridiem_stop(bounded, i))
        .map_or(bounded.len(), |(i, _)| i);
    let rest = bounded[..sentence_end].to_ascii_lowercase();
    [
        " but ",
        "postpon",
        "cancel",
        "delay",
        "called off",
        "scrapp",
        "moved",
        "put off",
    ]
    .iter()
    .any(|w| rest.contains(w))
}

/// Whether a date or weekday is the one a booking sets, told in the active voice: "the
/// judge set sentencing for Sept. 20", "the board scheduled a vote for March 3", "the
/// union has called a meeting for Monday". Setting a date is news while the date is
/// still ahead. ("The vote was set for March 3" may be told after it.)
pub(super) fn booked_for(prose: &str, _cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and "for" ("set a new hearing date").
    const MAX_WORDS: usize = 5;
    const BOOKING: [&str; 10] = [
        "set",
        "sets",
        "scheduled",
        "schedules",
        "rescheduled",
        "fixed",
        "booked",
        "adjourned",
        "postponed",
        "moved",
    ];
    const PASSIVE: [&str; 5] = ["was", "were", "been", "is", "are"];
    let head = text_before(prose, 0, mention.span.start as usize, 100);
    let clause = &head[last_clause_start(head, true)..];
    let mut words = clause
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty());
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("for")) {
        return false;
    }
    let mut words = words.take(MAX_WORDS + 1).peekable();
    let mut right_before_for = true;
    while let Some(word) = words.next() {
        // "has called a meeting for Monday" convenes one; "called for Monday's vote to
        // be scrapped" demands something.
        let convened = ["called", "calls"]
            .iter()
            .any(|c| word.eq_ignore_ascii_case(c))
            && !right_before_for;
        right_before_for = false;
        if convened || BOOKING.iter().any(|b| word.eq_ignore_ascii_case(b)) {
            return !words
                .peek()
                .is_some_and(|w| PASSIVE.iter().any(|p| w.eq_ignore_ascii_case(p)));
        }
    }
    false
}

/// Whether a date or weekday is a deadline someone was given or ordered to meet:
/// "gave the agency until April 30 to complete a review", "has until Friday to
/// respond", "ordered both sides to exchange reports by April 15", "to file arguments
/// no later than May 7". A deadline set is news while it is still ahead.
pub(super) fn granted_until(prose: &str, _cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and the deadline ("ordered both sides
    /// to exchange expert reports by April 15 and file written arguments").
    const MAX_WORDS: usize = 12;
    const GRANTING: [&str; 6] = ["gave", "given", "give", "gives", "granted", "allowed"];
    const ORDERING: [&str; 7] = [
        "ordered",
        "orders",
        "told",
        "asked",
        "directed",
        "required",
        "instructed",
    ];
    let is = |w: &str, list: &[&str]| list.iter().any(|l| w.eq_ignore_ascii_case(l));
    // Most days follow no deadline word: that is read first, before any clause.
    let start = mention.span.start as usize;
    if !is(
        &crate::extract::word_before(&prose[..start]),
        &["until", "till", "by", "than"],
    ) {
        return false;
    }
    let head = text_before(prose, 0, start, 120);
    let clause = &head[last_clause_start(head, true)..];
    let mut words = clause
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .peekable();
    let deadline = match words.next() {
        Some(w) if is(w, &["until", "till", "by"]) => true,
        // "no later than May 7".
        Some(w) if w.eq_ignore_ascii_case("than") => {
            words
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("later"))
                && words.next().is_some_and(|w| w.eq_ignore_ascii_case("no"))
        }
        _ => false,
    };
    if !deadline {
        return false;
    }
    // "has until Friday to respond": the verb right before the deadline.
    if words.peek().is_some_and(|w| is(w, &["has", "have"])) {
        return true;
    }
    // Not one a relative clause tells of ("an earlier resolution, which gave Iran until
    // August 31"): that may be long gone.
    let mut infinitive = false;
    let mut words = words.take(MAX_WORDS + 2).peekable();
    let mut after = "";
    while let Some(word) = words.next() {
        infinitive |= word.eq_ignore_ascii_case("to");
        // "had given up hope by Wednesday": to give up grants nothing.
        let gave_up = is(word, &GRANTING) && after.eq_ignore_ascii_case("up");
        after = word;
        if gave_up {
            return false;
        }
        if is(word, &GRANTING) || infinitive && is(word, &ORDERING) {
            return !words
                .peek()
                .is_some_and(|w| is(w, &["which", "that", "who"]));
        }
    }
    false
}

/// Whether the past verb nearest before a month or season is one of intent with an
/// infinitive after it ("agreed to visit Veloria in March", "accepted an invitation to
/// make a return visit in the spring"): the month is when the thing intended happens,
/// which the past verb does not place before the article date.
pub(super) fn intended_by_a_past_verb(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and the month.
    const MAX_WORDS: usize = 10;
    // Not "decided" or "voted": a decision is news with its own date ("OPEC decided to
    // cut production ... in October" tells when it decided).
    const INTENT: [&str; 12] = [
        "agreed",
        "promised",
        "pledged",
        "vowed",
        "offered",
        "threatened",
        "chose",
        "sought",
        "hoped",
        "wanted",
        "intended",
        "arranged",
    ];
    const INVITED: [&str; 5] = [
        "an invitation to ",
        "a plan to ",
        "an offer to ",
        "a bid to ",
        "a decision to ",
    ];
    let start = mention.span.start as usize;
    let Some(cue) = cues.iter().rev().find(|c| c.end <= start) else {
        return false;
    };
    let (Some(word), Some(between)) = (prose.get(cue.start..cue.end), prose.get(cue.end..start))
    else {
        return false;
    };
    let lower = between.to_ascii_lowercase();
    let intent = INTENT.iter().any(|v| word.eq_ignore_ascii_case(v)) && lower.starts_with(" to ")
        || INVITED.iter().any(|n| lower.contains(n));
    cue.bias == Bias::Past
        && intent
        && !between.contains(super::clause::CLAUSE_MARKS)
        && between.split_whitespace().nth(MAX_WORDS).is_none()
}
