//! The tense of a mention's own clause, where its sentence has cues both ways or its
//! sentence's tense is too weak to settle a year: the cue nearest the mention, read
//! only when nothing between them ends the clause.

use super::tense::Cue;
use super::Bias;
use crate::extract::Mention;

/// For a weekday in a sentence with cues both ways: the future when the nearest cue,
/// in the same clause, is a plain future ("will", "is to", "could" looking ahead, "is
/// expected to", a reported "would", "was due to"): "On Tuesday Rangers will play away
/// to a side who drew on Saturday". Other cues of intention ("planned", "scheduled")
/// are left out, and so is "due to" in the past perfect or with a plan that fell
/// through: told so they name days gone ("had been due to expire Friday").
pub(super) fn plain_future_in_clause(prose: &str, cues: &[Cue], mention: &Mention) -> Option<Bias> {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let split = cues.partition_point(|c| c.start < start);
    // "would continue into next week, with colder air arriving late Sunday": "next"
    // names a time, and the verb before it governs the clause.
    let governing = cues[..split].iter().rev().find(|c| {
        !prose
            .get(c.start..c.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("next") || w.eq_ignore_ascii_case("upcoming"))
    });
    let (cue, between) = match governing {
        Some(c) => (c, prose.get(c.end..start)?),
        None => {
            let c = cues.get(split)?;
            let between = prose.get(end..c.start)?;
            // "On Thursday morning, the two leaders will hold talks": a day that opens
            // its sentence is set off from its clause by a comma.
            let between = match between.split_once(',') {
                Some((part, clause))
                    if opens_its_sentence(prose, start) && is_part_of_day(part) =>
                {
                    clause
                }
                _ => between,
            };
            (c, between)
        }
    };
    let word = prose.get(cue.start..cue.end)?;
    // "said the talks would begin on Sunday": the future of reported speech; not "would
    // have met", and not a day named for its event ("get around Wednesday's ruling").
    let reported = word.eq_ignore_ascii_case("would")
        && !crate::extract::next_word(prose, cue.end).eq_ignore_ascii_case("have")
        && !names_its_event(prose, end);
    // "were planning to drive there on Monday": a plan still held, unlike "had planned"
    // or "had been due to", which tell of days gone.
    let intended = [
        "plans to",
        "plan to",
        "planning to",
        "preparing to",
        "hopes to",
        "hope to",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
        && !told_in_past_perfect(&prose[..cue.start]);
    // "is expected to be Thursday": expected now, unlike "was expected to".
    let be_before = super::tense::last_word(prose, cue.start);
    let expected_now = word.eq_ignore_ascii_case("expected to")
        && ["is", "are"]
            .iter()
            .any(|be| be_before.eq_ignore_ascii_case(be));
    // "two ships that were due to dock on Wednesday": news tells of a day still due,
    // or today; "had been due to" and a plan that fell through tell of one gone.
    let due = word.eq_ignore_ascii_case("due to")
        && ["is", "are", "was", "were"]
            .iter()
            .any(|be| be_before.eq_ignore_ascii_case(be))
        && !super::bookings::plan_fell_through(prose, end);
    let plain = reported
        || intended
        || expected_now
        || due
        || [
            "will", "shall", "'ll", "won't", "is to", "are to", "could", "must",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    // "it will be hard ... and on Monday criticised the trial": a past verb right after
    // the day, in its clause, is the day's own; not one in a clause of its own ("will
    // be halted from Monday after talks broke down").
    // A verb joined by "and" ("would cancel flights on Thursday and Friday and warned
    // of more") is its subject's, not the day's.
    let past_after = cues.get(split).is_some_and(|next| {
        next.bias == Bias::Past
            && prose.get(end..next.start).is_some_and(|gap| {
                one_clause(gap) && !opens_a_clause(gap) && !gap.ends_with(" and ")
            })
    });
    (cue.bias == Bias::Future && plain && one_clause_with_its_setting(between) && !past_after)
        .then_some(Bias::Future)
}

/// Whether a mention starting at `start` opens its sentence, alone or after "On".
fn opens_its_sentence(prose: &str, start: usize) -> bool {
    let head = prose[..start]
        .rsplit(['.', '!', '?', '\n'])
        .next()
        .unwrap_or_default()
        .trim();
    head.is_empty() || head.eq_ignore_ascii_case("on")
}

/// Whether the words after a day, before a comma, are nothing or a part of the day
/// ("Thursday morning,").
fn is_part_of_day(words: &str) -> bool {
    let word = words.trim();
    word.is_empty() || crate::extract::PartOfDay::from_word(&word.to_ascii_lowercase()).is_some()
}

/// Whether `before` ends in "had" or "had been", the past perfect of the verb after it.
fn told_in_past_perfect(before: &str) -> bool {
    let before = before.trim_end();
    let before = if crate::extract::ends_with_ignore_case(before, " been") {
        &before[..before.len() - " been".len()]
    } else {
        before
    };
    crate::extract::word_before(before) == "had"
}

/// For a weekday told before its source ("Snow will fall through Sunday morning, the
/// weather service said Friday"): the direction of the cues before the source's verb,
/// when they agree. The source's past tense says when it spoke, not when the weekday
/// falls. `None` when there is no such source or the cues before it say nothing.
pub(super) fn tense_before_source(prose: &str, cues: &[Cue], mention: &Mention) -> Option<Bias> {
    let end = mention.span.end as usize;
    let source = cues.iter().position(|c| {
        c.start >= end && c.bias == Bias::Past && is_trailing_source(prose, end, c)
    })?;
    super::tense::bias_of(&cues[..source])
}

/// Whether `cue` is the verb of a source named after a mention ending at `end`
/// (", the weather service said").
fn is_trailing_source(prose: &str, end: usize, cue: &Cue) -> bool {
    prose.get(cue.start..cue.end).is_some_and(is_reporting_verb)
        && prose.get(end..cue.start).is_some_and(names_a_source)
}

/// Whether `word` is one of [`REPORTING`].
pub(super) fn is_reporting_verb(word: &str) -> bool {
    REPORTING.iter().any(|r| word.eq_ignore_ascii_case(r))
}

/// Verbs that report what a source said.
const REPORTING: [&str; 9] = [
    "said",
    "told",
    "added",
    "announced",
    "reported",
    "warned",
    "stated",
    "noted",
    "wrote",
];

/// Whether the text between a weekday and a reporting verb is the comma and the source
/// of a trailing attribution (", the National Weather Service"), a few words long.
fn names_a_source(gap: &str) -> bool {
    /// How many words a source's name may take.
    const MAX_WORDS: usize = 8;
    let Some((head, mut source)) = gap.rsplit_once(',') else {
        return false;
    };
    // A source set off with who it is: `," Ferro, a former mayor, told` (one comma
    // back, not more: a run of commas is no source).
    if source.trim().is_empty() {
        let Some((_, appositive)) = head.rsplit_once(',') else {
            return false;
        };
        source = appositive;
    }
    // A quotation closes before its source: `until Wednesday," Ferro told`.
    let source = source.trim_start_matches(['"', '\u{201d}']);
    !source.contains(CLAUSE_MARKS)
        && !opens_a_clause(source)
        && (1..=MAX_WORDS).contains(&source.split_whitespace().count())
}

/// Whether every tense cue around a mention points back.
pub(super) fn told_wholly_in_the_past(_prose: &str, cues: &[Cue], _mention: &Mention) -> bool {
    super::tense::bias_of(cues) == Some(Bias::Past)
}

/// Whether `gap` holds a word that opens a subordinate clause ("after talks broke
/// down", "when the strike ended").
pub(super) fn opens_a_clause(gap: &str) -> bool {
    const SUBORDINATORS: [&str; 8] = [
        "after", "before", "when", "since", "because", "while", "until", "once",
    ];
    gap.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| SUBORDINATORS.iter().any(|s| w.eq_ignore_ascii_case(s)))
}

/// Punctuation that ends a clause or opens an aside.
pub(super) const CLAUSE_MARKS: [char; 8] = [',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}'];

/// Whether a stretch of prose has no punctuation that ends a clause or opens an aside.
fn one_clause(between: &str) -> bool {
    // A dash sets off an aside ("railroads must comply -- just before midnight").
    let dash = between.contains("--") || between.contains(['\u{2014}', '\u{2013}']);
    last_clause_start(between, false) == 0 && !between.starts_with(CLAUSE_MARKS) && !dash
}

/// [`one_clause`], or one clause and a setting for it after a comma, opened by "with"
/// or a participle ("would continue into next week, with colder air arriving late
/// Sunday", "would extend its hours, staying open from Saturday"): a phrase with no
/// finite verb of its own, so its day is the clause's.
fn one_clause_with_its_setting(between: &str) -> bool {
    match between.split_once(", ") {
        Some((clause, setting)) => {
            // "with colder air arriving", "staying open from Saturday": a phrase that
            // sets the scene of the clause, with no verb of its own.
            let first = setting.split(' ').next().unwrap_or_default();
            let sets_the_scene =
                first.eq_ignore_ascii_case("with") || first.len() > 5 && first.ends_with("ing");
            sets_the_scene && one_clause(clause) && one_clause(setting)
        }
        None => one_clause(between),
    }
}

/// Where the last clause of `head` starts: after its last clause mark, or with
/// `sentence_marks` also after a full stop, question or exclamation mark or line
/// break. The colon of a time ("04:07 UTC") and the stops of "a.m." and "p.m." end no
/// clause.
pub(super) fn last_clause_start(head: &str, sentence_marks: bool) -> usize {
    head.char_indices()
        .rev()
        .find(|&(i, c)| {
            let mark =
                CLAUSE_MARKS.contains(&c) || sentence_marks && matches!(c, '.' | '!' | '?' | '\n');
            let time_colon = c == ':' && head[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            let meridiem = c == '.' && is_meridiem_stop(head, i);
            mark && !time_colon && !meridiem
        })
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Whether the full stop at `i` is one of those of "a.m." or "p.m.".
pub(super) fn is_meridiem_stop(text: &str, i: usize) -> bool {
    let (before, after) = (&text[..i], &text[i + 1..]);
    let ends_word = |suffix: &str| {
        crate::extract::ends_with_ignore_case(before, suffix)
            && !before[..before.len() - suffix.len()].ends_with(|c: char| c.is_ascii_alphanumeric())
    };
    let first = (ends_word("a") || ends_word("p")) && after.starts_with(['m', 'M']);
    let second = ends_word("a.m") || ends_word("p.m");
    first || second
}

/// Where `piece`, a slice of `whole`, starts in it.
pub(super) fn offset_in(whole: &str, piece: &str) -> usize {
    piece.as_ptr() as usize - whole.as_ptr() as usize
}

/// Whether a month named alone is in a clause whose own verb is past: the nearest cue
/// before it is a past verb ("Hamas, which took power after an election win in
/// January", "the parliament, elected in January"), in the same clause, a few words
/// back, with no "to" between (so not "invited them to a ceremony in March", "decided to
/// admit them in March") and no deadline word right before the month ("by", "until").
/// A clause like that tells of something done, so its month is not still to come.
pub(super) fn past_in_own_clause(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    past_verb_governs(prose, cues, mention)
        && !after_deadline_word(prose, mention)
        // "said the contract takes effect in April": the present verb is the clause's.
        && super::scheduled::scheduled_present_in_clause(prose, cues, mention).is_none()
}

/// Whether a month named alone follows a deadline word ("pledged to march on the
/// capital by June", "slated to last until the end of September", "before March")
/// with no past verb governing its clause: a deadline still to come, so its month is
/// the next one. "The volcano had calmed down by September" keeps its past.
pub(super) fn deadline_ahead(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    after_deadline_word(prose, mention) && !past_verb_governs(prose, cues, mention)
        || moved_later(prose, cues, mention)
}

/// Verbs that move an event later, to a time still ahead when they are told.
const POSTPONING: [&str; 7] = [
    "postponed",
    "delayed",
    "adjourned",
    "deferred",
    "rescheduled",
    "extended",
    "recessed",
];

/// Verbs whose object is still to come when they are told ("promised a new law by the
/// spring", "predicted a recovery by March").
const PROMISING: [&str; 6] = [
    "promised",
    "pledged",
    "vowed",
    "predicted",
    "projected",
    "forecast",
];

/// Whether a mention is where a past verb of postponing moved something ("officials
/// postponed until Tuesday morning any action", "the judge adjourned the trial to
/// Monday"), or the deadline of a promise ("has promised a new law by the spring"):
/// the nearest cue before it, in its clause, with "until" or "to" (for a promise, "by",
/// "until" or "before") right before the mention.
fn moved_later(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and the mention.
    const MAX_WORDS: usize = 8;
    let start = mention.span.start as usize;
    let split = cues.partition_point(|c| c.start < start);
    let Some(cue) = split.checked_sub(1).and_then(|i| cues.get(i)) else {
        return false;
    };
    let (Some(word), Some(between)) = (prose.get(cue.start..cue.end), prose.get(cue.end..start))
    else {
        return false;
    };
    let to = crate::extract::word_before(between);
    let postponed = POSTPONING.iter().any(|v| word.eq_ignore_ascii_case(v))
        && ["until", "till", "to"].contains(&to.as_str());
    let promised = PROMISING.iter().any(|v| word.eq_ignore_ascii_case(v))
        && ["by", "until", "before"].contains(&to.as_str());
    cue.bias == Bias::Past
        && (postponed || promised)
        && one_clause(between)
        && between.split_whitespace().count() <= MAX_WORDS
}

/// For a weekday: [`deadline_ahead`] ("until Saturday", "before Tuesday"), unless the
/// day names its event ("before Friday's purchases") or a past verb follows it ("Until
/// Thursday, they had not called him a suspect"). A trailing source's verb (", an AFP
/// correspondent said") says when it spoke, and does not count.
pub(super) fn deadline_day_ahead(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    let end = mention.span.end as usize;
    let past_after = cues
        .iter()
        .any(|c| c.start >= end && c.bias == Bias::Past && !is_trailing_source(prose, end, c));
    !names_its_event(prose, end) && !past_after && deadline_ahead(prose, cues, mention)
}

/// Whether a month names the period of reported figures: "its December sales",
/// "figures for January", "August unemployment".
pub(super) fn names_reported_figures(prose: &str, mention: &Mention) -> bool {
    const FIGURES: [&str; 16] = [
        "sales",
        "jobs",
        "report",
        "earnings",
        "retail",
        "trade",
        "exports",
        "imports",
        "figures",
        "data",
        "numbers",
        "statistics",
        "results",
        "payrolls",
        "inflation",
        "unemployment",
    ];
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let after = crate::extract::next_word(prose, end);
    let before = prose.get(..start).unwrap_or_default().trim_end();
    let for_figures = crate::extract::word_before(before) == "for"
        && FIGURES.contains(&crate::extract::word_before(&before[..before.len() - 3]).as_str());
    FIGURES.iter().any(|f| after.eq_ignore_ascii_case(f)) || for_figures
}

/// The text before `end`, at most `max_bytes` of it and none before `floor` (a
/// character boundary), cut at a character boundary: what a clause is read back from.
pub(super) fn text_before(prose: &str, floor: usize, end: usize, max_bytes: usize) -> &str {
    let mut start = end.saturating_sub(max_bytes).max(floor);
    while !prose.is_char_boundary(start) {
        start -= 1;
    }
    prose.get(start..end).unwrap_or_default()
}

/// Whether a day ending at `end` is possessive, naming an event of its own ("Tuesday's
/// ruling") rather than when the clause's verb happens.
pub(super) fn names_its_event(prose: &str, end: usize) -> bool {
    prose
        .get(end..)
        .is_some_and(|rest| rest.starts_with(['\'', '\u{2019}']))
}

/// Whether the word right before a mention, or before "the end of" and the like, is a
/// deadline word: "by", "until", "till", "through", "before".
fn after_deadline_word(prose: &str, mention: &Mention) -> bool {
    const PART_OF: [&str; 4] = [
        "the end of",
        "the start of",
        "the beginning of",
        "the middle of",
    ];
    let mut before = prose
        .get(..mention.span.start as usize)
        .unwrap_or_default()
        .trim_end();
    if let Some(part) = PART_OF
        .iter()
        .find(|p| crate::extract::ends_with_ignore_case(before, p))
    {
        before = &before[..before.len() - part.len()];
    }
    // "until noon Thursday", "by 5 p.m. Friday", "until at least Friday". ("Just before
    // midnight Monday" is as often a moment told in the past.)
    let untimed = without_clock_time(before);
    let timed = untimed.len() < before.len();
    before = untimed;
    if crate::extract::ends_with_ignore_case(before, " at least") {
        before = &before[..before.len() - " at least".len()];
    }
    let word = crate::extract::word_before(before);
    ["by", "until", "till", "through"].contains(&word.as_str()) || word == "before" && !timed
}

/// `before` without the clock time that ends it ("until 5 p.m.", "by noon"), so the
/// word before the time can be read.
pub(super) fn without_clock_time(before: &str) -> &str {
    let before = before.trim_end();
    for word in ["noon", "midday", "midnight"] {
        if crate::extract::ends_with_ignore_case(before, word) {
            return before[..before.len() - word.len()].trim_end();
        }
    }
    let Some(meridiem) = ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]
        .iter()
        .find(|m| crate::extract::ends_with_ignore_case(before, m))
    else {
        return before;
    };
    let head = before[..before.len() - meridiem.len()].trim_end();
    let digits = head.trim_end_matches(|c: char| c.is_ascii_digit() || c == ':' || c == '.');
    if digits.len() == head.len() || !digits.ends_with(' ') && !digits.is_empty() {
        return before;
    }
    digits.trim_end()
}

/// The nearest cue before a mention is a past verb in its clause, a few words back,
/// with no "to" between ("decided to admit them in March" looks ahead).
fn past_verb_governs(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and the month.
    const MAX_WORDS: usize = 12;
    let start = mention.span.start as usize;
    let split = cues.partition_point(|c| c.start < start);
    let Some(cue) = split.checked_sub(1).and_then(|i| cues.get(i)) else {
        return fronted_before_past_verb(prose, cues.get(split), mention);
    };
    // "was planned for early March": a word that is a cue both ways looks ahead.
    if cues[..split]
        .iter()
        .any(|c| c.start == cue.start && c.bias == Bias::Future)
    {
        return false;
    }
    let (Some(word), Some(between)) = (prose.get(cue.start..cue.end), prose.get(cue.end..start))
    else {
        return false;
    };
    // Time words are past cues of a sentence, not verbs of a clause; but what comes
    // after "since" is past by its meaning ("since its win in the January polls").
    let time_word = ["last", "ago", "earlier"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    let padded = format!(" {} ", between.to_ascii_lowercase());
    cue.bias == Bias::Past
        && !time_word
        && one_clause(between)
        && !padded.contains(" to ")
        && between.split_whitespace().count() <= MAX_WORDS
}

/// Whether a mention opens its sentence as a phrase set off by a comma, and the verb
/// of the clause after it is past: "In the fourth quarter, sales were up 13 percent".
fn fronted_before_past_verb(prose: &str, next_cue: Option<&Cue>, mention: &Mention) -> bool {
    const PREPOSITIONS: [&str; 5] = ["in", "during", "for", "over", "through"];
    const MAX_WORDS: usize = 8;
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let mut head = prose.get(..start).unwrap_or_default().trim_end();
    if crate::extract::word_before(head) == "the" {
        head = head[..head.len() - "the".len()].trim_end();
    }
    let preposition = crate::extract::word_before(head);
    let opens_sentence = PREPOSITIONS.contains(&preposition.as_str())
        && head[..head.len() - preposition.len()]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '\n' | '"' | '\u{201c}'));
    let Some(cue) = next_cue.filter(|c| c.bias == Bias::Past) else {
        return false;
    };
    let Some(gap) = prose.get(end..cue.start) else {
        return false;
    };
    opens_sentence
        && gap.strip_prefix(',').is_some_and(|clause| {
            one_clause(clause) && clause.split_whitespace().count() <= MAX_WORDS
        })
}

#[cfg(test)]
mod tests {
    use super::last_clause_start;

    #[test]
    fn times_end_no_clause_but_sentences_do() {
        let head = "is available at 04:07 UTC on ";
        assert_eq!(last_clause_start(head, true), 0);
        let head = "trading resumes at 6 p.m. on ";
        assert_eq!(last_clause_start(head, true), 0);
        let head = "fled to Malta. Trading resumes on ";
        assert_eq!(
            &head[last_clause_start(head, true)..],
            " Trading resumes on "
        );
        let head = "sailed from Ceuta, a port, on ";
        assert_eq!(&head[last_clause_start(head, false)..], " on ");
    }
}
