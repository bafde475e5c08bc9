//! Where a time of day falls: on the day its sentence names, on the day the story's
//! lead tells of, or on the article date.

use super::clause::{opens_a_clause, text_before};
use super::coarse::is_core_point;
use super::scheduled::in_headline;
use super::tense::{bias_of, cues, nearest_bias_of, Cue};
use super::{Anchor, Bias, CalendarDate, Confidence, Period, Provenance, Resolution};
use crate::document::Document;
use crate::extract::{Mention, MentionValue, PartOfDay, PeriodExpr, PeriodPosition, PeriodUnit};
use chrono::NaiveDate;

/// Places each time of day ("at 6 a.m.", "in the afternoon") on the day a date or
/// weekday in the same sentence names; else, in a sentence told in the future, on the
/// day ahead the sentence before it names last; else, in a sentence told in the past
/// after the lead, on the day the lead tells of ([`lead_day`]); else on the article
/// date. All are guesses, so confidence is low.
pub(super) fn place_times(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &mut [Option<Resolution>],
    anchor: Option<&Anchor>,
) {
    let lead = anchor.and_then(|a| lead_day(doc, mentions, resolutions, a));
    // The tense cues of the sentence last asked about: read once a sentence, since a
    // sentence of thousands of times asks for each.
    let mut sentence_cues: Option<(usize, Vec<Cue>)> = None;
    for i in 0..mentions.len().min(resolutions.len()) {
        let placed = match mentions[i].value {
            MentionValue::Time(time) => Placed::Time(time),
            MentionValue::Period(PeriodExpr {
                unit: PeriodUnit::PartOfDay(part),
                position: PeriodPosition::Latest,
                ..
            }) => Placed::Part(part),
            _ => continue,
        };
        let sentence = doc.sentence_at(mentions[i].span.start as usize);
        // Mentions are in text order: those starting inside the sentence are the ones
        // weighed, found by two binary searches.
        let bounds = sentence.and_then(|s| doc.sentences().get(s)).map_or(
            (span_start(&mentions[i]), span_start(&mentions[i]) + 1),
            |s| (s.start as usize, s.end as usize),
        );
        let first = mentions.partition_point(|m| span_start(m) < bounds.0);
        let last = mentions.partition_point(|m| span_start(m) < bounds.1);
        // The nearest day-exact point in the sentence, on either side, by the text
        // between them: "at 16:15 UTC, June 1" is on June 1 even when a dateline just
        // before it runs into the sentence.
        let span = mentions[i].span;
        let prose = doc.prose();
        // A day across a parenthesis is further than one on the time's side of it:
        // "from 0001 local time on Wednesday (2301 GMT on Tuesday)".
        let gap = |j: usize| {
            let other = mentions[j].span;
            let (from, to) = if other.start >= span.end {
                (span.end, other.start)
            } else {
                (other.end, span.start)
            };
            // A parenthesis opened or closed between them, not one that opens and
            // closes ("8 p.m. (1800 GMT) on Sunday").
            let across = prose
                .get(from as usize..to as usize)
                .is_some_and(|between| {
                    between.matches('(').count() != between.matches(')').count()
                });
            (across, to.saturating_sub(from))
        };
        // A holiday is a day of its own: "the display on New Year's Eve begins at 11 p.m.".
        let exact_day = |j: usize| {
            if !is_core_point(&mentions[j]) && !is_holiday(&mentions[j]) {
                return None;
            }
            resolutions
                .get(j)
                .copied()
                .flatten()?
                .date
                .exact()
                .map(|d| (j, d))
        };
        // The nearest on each side is the first found walking out from the time; the
        // walk is bounded, so a sentence of thousands of times stays linear. It stops at
        // another time set off by a comma or a verb, whose day is its own: "the sun
        // will rise at 7:27 am, compared with 6:31 am on Saturday" (but "at 9 a.m. and 5
        // p.m. on Friday").
        // The text between is read once, gap by gap, as the walk moves out.
        let walk = |order: &mut dyn Iterator<Item = usize>, forward: bool| {
            let mut edge = if forward { span.end } else { span.start } as usize;
            let mut comma = false;
            let (mut verb, mut told_upto) = (false, span.end as usize);
            for j in order.take(NEARBY) {
                let other = mentions[j].span;
                let (from, to) = if forward {
                    (edge, other.start as usize)
                } else {
                    (other.end as usize, edge)
                };
                let between = if from < to { prose.get(from..to) } else { None };
                comma |= between.is_some_and(|gap| gap.contains(','));
                // "The vote came shortly after 2 p.m. and followed two days of debate
                // that began on Monday": a day in a relative clause after the time is
                // that clause's own.
                if forward && between.is_some_and(opens_a_clause_of_its_own_after) {
                    return None;
                }
                // Back, a day in a relative clause set off before the time is that
                // clause's: "The fire, which started Tuesday afternoon, was 15%
                // contained as of 8 a.m.".
                if !forward && comma && in_a_closed_aside(prose, bounds.0, other.start as usize) {
                    return None;
                }
                edge = if forward {
                    edge.max(other.end as usize)
                } else {
                    edge.min(other.start as usize)
                };
                // Nor on to another time with a verb of its own between: "began at 6:00
                // am and is due to end at 6:00 am Wednesday". (Back, a day before both
                // frames them: "leaves on Monday at 07:15 and is due to land at 10:40".)
                // The text is read for cues only up to each time reached, once.
                if matches!(mentions[j].value, MentionValue::Time(_)) {
                    if forward && !verb {
                        verb = prose
                            .get(told_upto..other.start as usize)
                            .is_some_and(|gap| !cues(gap).is_empty());
                        told_upto = other.end as usize;
                    }
                    if comma || verb {
                        return None;
                    }
                }
                if let Some(found) = exact_day(j) {
                    return Some(found);
                }
            }
            None
        };
        // "was last seen at 6:05 p.m. on Tuesday, June 15, the inspector told a news
        // conference at 11 a.m.": a time in the source's clause is when it spoke, the
        // article's day, not the day its report names.
        let spoken = (first..i).next_back().is_some_and(|j| {
            prose
                .get(mentions[j].span.end as usize..span.start as usize)
                .is_some_and(in_a_trailing_source)
        });
        let before = if spoken {
            None
        } else {
            walk(&mut (first..i).rev(), false)
        };
        let after = walk(&mut (i + 1..last.max(i + 1)), true);
        let day = match (before, after) {
            (Some(b), Some(a)) => Some(if gap(a.0) < gap(b.0) { a } else { b }),
            (b, a) => b.or(a),
        }
        // "On June 6, polls will open at 7 a.m. and close at 7 p.m., and results are
        // expected by 10 p.m.": a day set before the sentence's first comma frames it
        // all, even past another time.
        .or_else(|| {
            let j = (first..i).next()?;
            fronts_the_sentence(prose, bounds.0, &mentions[j]).then(|| exact_day(j))?
        });
        // "The president lands at 4:30 p.m. on Wednesday. A banquet will follow at 8
        // p.m.": a time told in the future, with no day of its own, is on the day ahead
        // that the sentence before, in its paragraph, named last.
        let day = day.or_else(|| {
            let anchor = anchor?;
            let sentence = sentence?;
            let previous = doc.sentences().get(sentence.checked_sub(1)?)?;
            let same_paragraph =
                doc.paragraph_at(previous.start as usize) == doc.paragraph_at(bounds.0);
            // The time's own clause tells it: "will hear arguments at 2 p.m., and the
            // company has asked ..." looks ahead whatever the clause after says.
            // A month or a period the time's own sentence names ("the April hearing,
            // which is scheduled to begin at 9 a.m.") is its frame, not a day before.
            // (Not another time placed before it: "opened at 7 a.m. and closed at 5 p.m."
            // are both on the day before.)
            let framed = (first..i).rev().take(NEARBY).any(|j| {
                resolutions[j].is_some()
                    && !matches!(
                        mentions[j].value,
                        MentionValue::Time(_)
                            | MentionValue::Period(PeriodExpr {
                                unit: PeriodUnit::PartOfDay(_),
                                position: PeriodPosition::Latest,
                                ..
                            })
                    )
            });
            if !same_paragraph || framed {
                return None;
            }
            let at = (span.start as usize).saturating_sub(bounds.0);
            let told = nearest_bias_of(cues_once(&mut sentence_cues, prose, bounds), at)?;
            // "Voting took place Saturday. Polls opened at 7 a.m.": a time told in the
            // past takes the day gone the sentence before named last, as one told in the
            // future takes the day ahead.
            let from = mentions.partition_point(|m| span_start(m) < previous.start as usize);
            (from..first)
                .rev()
                .find_map(exact_day)
                .filter(|&(_, date)| match told {
                    Bias::Future => date > anchor.date,
                    Bias::Past => date < anchor.date,
                })
        });
        let told_after_lead = |lead: &LeadDay| {
            bounds.0 >= lead.lead_end
                && bias_of(cues_once(&mut sentence_cues, prose, bounds)) == Some(Bias::Past)
        };
        let (date, provenance) = match (day, anchor) {
            (Some((j, date)), _) => (date, Provenance::RelativeToMention { mention: j }),
            (None, Some(anchor)) if spoken => (anchor.date, Provenance::ArticleDay),
            (None, Some(anchor)) => match lead.filter(told_after_lead) {
                Some(lead) => {
                    // The small hours after a night the lead tells of are the next day's
                    // (a midnight that ends the lead's day is already the night's end).
                    let small_hours = matches!(placed, Placed::Time(time)
                        if time.hour < SMALL_HOURS_END && !time.end_of_day);
                    let next_day = lead.night && small_hours;
                    let date = match next_day {
                        true => lead.day.succ_opt().unwrap_or(lead.day),
                        false => lead.day,
                    };
                    let provenance = Provenance::LeadDay {
                        mention: lead.mention,
                    };
                    (date, provenance)
                }
                None => (anchor.date, Provenance::ArticleDay),
            },
            (None, None) => continue,
        };
        // "was carrying the dog upstairs at midnight", told on the article's day: a
        // midnight gone is at most the one that began that day, the end of the day
        // before.
        let date = match (anchor, placed) {
            (Some(anchor), Placed::Time(time))
                if time.end_of_day
                    && date >= anchor.date
                    && !matches!(provenance, Provenance::RelativeToMention { .. })
                    && bias_of(cues_once(&mut sentence_cues, prose, bounds))
                        == Some(Bias::Past) =>
            {
                anchor.date.pred_opt().unwrap_or(date)
            }
            _ => date,
        };
        let (date, period) = match placed {
            Placed::Time(time) => (
                CalendarDate {
                    time: Some(time),
                    ..super::resolve::day_of(date)
                },
                None,
            ),
            Placed::Part(part) => (
                super::resolve::day_of(date),
                Some(Period::PartOfDay(date, part)),
            ),
        };
        resolutions[i] = Some(Resolution {
            date,
            provenance,
            confidence: Confidence::Low,
            period,
        });
    }
}

/// What is placed on a day: a time of day ("at 6 a.m.") or a part of one named without
/// its day ("in the afternoon", "by late morning").
#[derive(Clone, Copy)]
enum Placed {
    Time(crate::extract::TimeOfDay),
    Part(PartOfDay),
}

/// How many mentions either side of a time of day are searched for its day.
const NEARBY: usize = 64;

fn span_start(mention: &Mention) -> usize {
    mention.span.start as usize
}

/// How far back from a day in the lead its clause is read, in bytes.
const CLAUSE_WINDOW: usize = 200;

/// The hour the small hours of a night end, which belong to the day after it.
const SMALL_HOURS_END: u32 = 6;

/// How many sentences from the top the lead is looked for in: a headline and a
/// dateline may come before it.
const LEAD_SENTENCES: usize = 3;

/// How many days before the article date the lead's day may be: a news lead tells of
/// the last few days, and a date further back is background ("founded on March 3,
/// 1999").
const LEAD_DAYS_BACK: i64 = 7;

/// The day the story's lead tells of: in the first of the first [`LEAD_SENTENCES`]
/// that names a day (a headline is no lead), the earliest day named within [`LEAD_DAYS_BACK`] days before the
/// article date, leaving out one in a clause of its own ("after thousands protested on
/// Dec. 27"). A wire story reports its event's times in later paragraphs without
/// repeating the day: "Fire investigators said Wednesday that a bottle rocket started
/// the blaze on New Year's Eve. ... The fire was reported at 11:42 p.m."
fn lead_day(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &[Option<Resolution>],
    anchor: &Anchor,
) -> Option<LeadDay> {
    let prose = doc.prose();
    let day_of = |j: usize| {
        let named = is_core_point(&mentions[j]) || is_holiday(&mentions[j]);
        // The dateline that gave the article its date tells of no event.
        let dateline = Some(mentions[j].span) == anchor.span;
        let day = resolutions.get(j).copied().flatten()?.date.exact()?;
        (named && !dateline).then_some((j, day))
    };
    let (sentence, days) = doc
        .sentences()
        .iter()
        .take(LEAD_SENTENCES)
        // A headline ("Travel misery after Christmas") is no lead.
        .filter(|sentence| !in_headline(prose, sentence.start as usize))
        .find_map(|sentence| {
            let (start, end) = (sentence.start as usize, sentence.end as usize);
            let first = mentions.partition_point(|m| span_start(m) < start);
            let last = mentions.partition_point(|m| span_start(m) < end);
            let days: Vec<(usize, NaiveDate)> = (first..last).filter_map(day_of).collect();
            (!days.is_empty()).then_some((sentence, days))
        })?;
    // The clause is read back a bounded way: a lead of a million bytes without a comma
    // must not be read again for every day in it.
    let own_clause = |j: usize| {
        let head = text_before(
            prose,
            sentence.start as usize,
            span_start(&mentions[j]),
            CLAUSE_WINDOW,
        );
        opens_a_clause_of_its_own(head.rsplit([',', ';', '(']).next().unwrap_or(head))
    };
    let (mention, day) = days
        .into_iter()
        .filter(|&(j, day)| {
            let back = (anchor.date - day).num_days();
            (0..=LEAD_DAYS_BACK).contains(&back) && !own_clause(j)
        })
        .min_by_key(|&(_, day)| day)?;
    let end = mentions[mention].span.end as usize;
    Some(LeadDay {
        mention,
        day,
        night: crate::extract::next_word(prose, end).eq_ignore_ascii_case("night"),
        lead_end: sentence.end as usize,
    })
}

/// The day a story's lead tells of.
#[derive(Clone, Copy)]
struct LeadDay {
    mention: usize,
    day: NaiveDate,
    /// Whether the lead tells of the day's night ("on Saturday night").
    night: bool,
    /// Where the lead sentence ends.
    lead_end: usize,
}

/// Whether a clause has a word that opens a clause of its own, followed by one
/// ("after thousands protested"), rather than a preposition before a time or a name
/// ("shortly after 11 p.m.", "after Christmas").
fn opens_a_clause_of_its_own(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    while let Some(word) = words.next() {
        if opens_a_clause(word) {
            return words
                .next()
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_lowercase()));
        }
    }
    false
}

/// Whether `mention` opens the sentence starting at `sentence_start`, alone or after
/// "On", and is set off by a comma: "On June 6, polls will open …".
fn fronts_the_sentence(prose: &str, sentence_start: usize, mention: &Mention) -> bool {
    let (start, end) = (mention.span.start as usize, mention.span.end as usize);
    let head = prose.get(sentence_start..start).unwrap_or("x").trim();
    (head.is_empty() || head.eq_ignore_ascii_case("on"))
        && prose.get(end..).is_some_and(|rest| rest.starts_with(','))
}

/// Whether the text between a mention and a time after it ends in the clause of a
/// source that reports it: ", the inspector told a news conference at".
fn in_a_trailing_source(gap: &str) -> bool {
    /// How many words the source's clause may take.
    const MAX_WORDS: usize = 10;
    let Some((_, clause)) = gap.rsplit_once(',') else {
        return false;
    };
    let words = || {
        clause
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
    };
    !clause.contains(super::clause::CLAUSE_MARKS)
        && words().nth(MAX_WORDS).is_none()
        && words().any(super::clause::is_reporting_verb)
}

/// Whether the text from `sentence_start` to `at` ends inside a relative clause set
/// off by a comma (", which started", ", who was"): an aside, whose days are its own.
fn in_a_closed_aside(prose: &str, sentence_start: usize, at: usize) -> bool {
    const OPENERS: [&str; 4] = [", which ", ", who ", ", where ", ", whose "];
    /// How far back the aside's opening is looked for: a sentence of thousands of times
    /// must not be read back whole for each.
    const REACH: usize = 300;
    let head = text_before(prose, sentence_start, at, REACH);
    OPENERS
        .iter()
        .filter_map(|o| head.rfind(o).map(|i| i + o.len()))
        .max()
        .is_some_and(|opened| !head[opened..].contains(','))
}

/// Whether `gap`, read forward from a time, opens a clause whose days are its own: a
/// relative pronoun ("debate that began on"), a participle of saying or a contrast after
/// a comma ("cut off comment at 10 p.m., saying members had heard … on Feb. 23", "go on
/// at 9.45pm, while the rapper closes Saturday's programme"), or a new
/// subject after ", and" ("held a service at noon, and the mayor declared Wednesday a
/// holiday"; not "open at 7 a.m., and close at 8 p.m. on Tuesday"). Searched for as
/// whole words between spaces: every gap a time's walk crosses is read.
fn opens_a_clause_of_its_own_after(gap: &str) -> bool {
    const SAYING: [&str; 10] = [
        ", while ",
        ", whereas ",
        ", saying ",
        ", adding ",
        ", noting ",
        ", arguing ",
        ", explaining ",
        ", insisting ",
        ", warning ",
        ", citing ",
    ];
    const NEW_SUBJECT: [&str; 10] = [
        ", and the ",
        ", and a ",
        ", and his ",
        ", and her ",
        ", and its ",
        ", and their ",
        ", and he ",
        ", and she ",
        ", and it ",
        ", and they ",
    ];
    [" that ", " which ", " who "]
        .iter()
        .any(|word| gap.contains(word))
        || gap.contains(", ")
            && SAYING
                .iter()
                .chain(&NEW_SUBJECT)
                .any(|words| gap.contains(words))
}

/// Whether a mention is a holiday ("New Year's Eve"), a day of its own.
fn is_holiday(mention: &Mention) -> bool {
    matches!(&mention.value, MentionValue::Period(p) if matches!(p.unit, crate::extract::PeriodUnit::Holiday(_)))
}

/// The tense cues of the sentence within `bounds`, read once while the sentence lasts.
fn cues_once<'a>(
    cache: &'a mut Option<(usize, Vec<Cue>)>,
    prose: &str,
    bounds: (usize, usize),
) -> &'a [Cue] {
    if cache.as_ref().is_none_or(|(start, _)| *start != bounds.0) {
        let found = prose.get(bounds.0..bounds.1).map(cues).unwrap_or_default();
        *cache = Some((bounds.0, found));
    }
    cache.as_ref().map_or(&[], |(_, found)| found)
}

#[cfg(test)]
#[path = "times_tests.rs"]
mod tests;
