//! The tense of a mention's own clause, where its sentence has cues both ways or its
//! sentence's tense is too weak to settle a year: the cue nearest the mention, read
//! only when nothing between them ends the clause.

use super::tense::Cue;
use super::Bias;
use crate::extract::Mention;

/// For a weekday in a sentence with cues both ways: the future when the nearest cue,
/// in the same clause, is a plain future ("will", "is to"): "On Tuesday Rangers will play away to a side
/// who drew on Saturday". Cues of intention ("planned", "due to", "scheduled") are
/// left out: told in the past they name days gone ("had been due to expire Friday").
pub(super) fn plain_future_in_clause(prose: &str, cues: &[Cue], mention: &Mention) -> Option<Bias> {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let split = cues.partition_point(|c| c.start < start);
    let (cue, between) = match cues[..split].last() {
        Some(c) => (c, prose.get(c.end..start)?),
        None => {
            let c = cues.get(split)?;
            (c, prose.get(end..c.start)?)
        }
    };
    let word = prose.get(cue.start..cue.end)?;
    let plain = ["will", "shall", "'ll", "won't", "is to", "are to"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w));
    // "it will be hard ... and on Monday criticised the trial": a past verb right after
    // the day, in its clause, is the day's own.
    let past_after = cues.get(split).is_some_and(|next| {
        next.bias == Bias::Past && prose.get(end..next.start).is_some_and(one_clause)
    });
    (cue.bias == Bias::Future && plain && one_clause(between) && !past_after)
        .then_some(Bias::Future)
}

/// Whether a stretch of prose has no punctuation that ends a clause or opens an aside.
fn one_clause(between: &str) -> bool {
    !between.contains([',', ';', ':', '(', ')', '"', '\u{201c}', '\u{201d}'])
}

/// Whether a month named alone is in a clause whose own verb is past: the nearest cue
/// before it is a past verb ("Hamas, which took power after an election win in
/// January", "the parliament, elected in January"), in the same clause, a few words
/// back, with no "to" between (so not "invited them to a ceremony in March", "decided to
/// admit them in March") and no deadline word right before the month ("by", "until").
/// A clause like that tells of something done, so its month is not still to come.
pub(super) fn past_in_own_clause(prose: &str, cues: &[Cue], mention: &Mention) -> bool {
    /// How many words may stand between the verb and the month.
    const MAX_WORDS: usize = 12;
    let start = mention.span.start as usize;
    let split = cues.partition_point(|c| c.start < start);
    let Some(cue) = split.checked_sub(1).and_then(|i| cues.get(i)) else {
        return false;
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
    let deadline = ["by", "until", "till", "through", "before"]
        .iter()
        .any(|w| padded.trim_end().ends_with(&format!(" {w}")));
    cue.bias == Bias::Past
        && !time_word
        && one_clause(between)
        && !padded.contains(" to ")
        && !deadline
        && between.split_whitespace().count() <= MAX_WORDS
}
