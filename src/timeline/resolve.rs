//! Resolving each mention to a calendar value against the anchor.

use super::clause::{past_in_own_clause, plain_future_in_clause};
use super::scheduled::scheduled_present_in_clause;
use super::tense::{bias_of, cues, nearest_bias_of, Cue};
use super::weekdays::{resolve_weekday, resolve_weekday_in_focus};
pub(super) use super::years::infer_year;
use super::years::{resolve_written, since_is_gone_by};
use super::{Anchor, Bias, CalendarDate, Confidence, Policy, Provenance, Resolution, Timeline};
use crate::document::Document;
use crate::extract::{Direction, Mention, MentionValue, RelativeTo, TimeUnit};
use chrono::{Datelike, Days, NaiveDate};

/// Resolves every mention against the anchor.
pub fn resolve(doc: &Document, mentions: &[Mention], anchor: Option<&Anchor>) -> Timeline {
    resolve_with(doc, mentions, anchor, &Policy::default())
}

/// [`resolve`] under a resolution policy: its default bias applies where a sentence has
/// no tense cue.
pub fn resolve_with(
    doc: &Document,
    mentions: &[Mention],
    anchor: Option<&Anchor>,
    policy: &Policy,
) -> Timeline {
    let tense_cues = std::cell::RefCell::new(TenseCues::default());
    let tense_of = |mention: &Mention| {
        let mut tense_cues = tense_cues.borrow_mut();
        let cues = tense_cues.around(doc, mention);
        match mention.value {
            MentionValue::Weekday(day) => {
                // Yesterday's weekday in the present tense is a story dated the day
                // after it was written ("Britain holds ceremonies Monday", dated
                // Tuesday), not a day six days on.
                let yesterday = anchor
                    .and_then(|a| a.date.pred_opt())
                    .is_some_and(|d| d.weekday() == day);
                if super::weekdays::dates_a_settled_price(doc.prose(), mention) {
                    return Some(Bias::Past);
                }
                (super::weekdays::headline_looks_ahead(doc.prose(), mention)
                    || super::weekdays::named_ahead_of(doc.prose(), mention)
                    || super::weekdays::subject_of_a_future(doc.prose(), mention))
                .then_some(Bias::Future)
                .or_else(|| {
                    (!yesterday)
                        .then(|| scheduled_present_in_clause(doc.prose(), cues, mention))
                        .flatten()
                })
                .or_else(|| {
                    (super::bookings::booked_ahead(doc.prose(), mention)
                        || super::bookings::booked_for(doc.prose(), cues, mention)
                        || super::bookings::granted_until(doc.prose(), cues, mention))
                    .then_some(Bias::Future)
                })
                .or_else(|| {
                    super::weekdays::instructed_ahead(doc.prose(), mention).then_some(Bias::Future)
                })
                .or_else(|| {
                    super::clause::deadline_day_ahead(doc.prose(), cues, mention)
                        .then_some(Bias::Future)
                })
                .or_else(|| {
                    super::clause::tense_before_source(doc.prose(), cues, mention)
                        .filter(|&bias| bias == Bias::Future)
                })
                .or_else(|| bias_of(cues))
                .or_else(|| plain_future_in_clause(doc.prose(), cues, mention))
            }
            // "a tax rise that takes effect in April", "the contract takes effect Sept.
            // 1": a scheduled event in the present tense is still to come.
            ref value if year_by_tense(value) => {
                // "Valley Lines to add trains under December timetable": a headline's
                // future, as for weekdays.
                super::weekdays::headline_looks_ahead(doc.prose(), mention)
                    .then_some(Bias::Future)
                    .or_else(|| scheduled_present_in_clause(doc.prose(), cues, mention))
                    .or_else(|| {
                        // "agreed to visit in March": what was intended is still to
                        // come, or the story would tell of it done.
                        // (A month or season: a written day keeps the nearer year.)
                        if matches!(value, MentionValue::Period(_))
                            && super::bookings::intended_by_a_past_verb(doc.prose(), cues, mention)
                        {
                            return Some(Bias::Future);
                        }
                        nearest_bias_of(cues, mention.span.start as usize)
                    })
            }
            _ => nearest_bias_of(cues, mention.span.start as usize),
        }
        .or(policy.bias)
    };
    // A reading of the mention's own clause, against the cues around it.
    let in_clause = |mention: &Mention, test: fn(&str, &[Cue], &Mention) -> bool| {
        let mut tense_cues = tense_cues.borrow_mut();
        let cues = tense_cues.around(doc, mention);
        test(doc.prose(), cues, mention)
    };
    let mut resolutions: Vec<Option<Resolution>> = Vec::with_capacity(mentions.len());
    for (i, mention) in mentions.iter().enumerate() {
        let resolution = match &mention.value {
            MentionValue::Date(written) => {
                // "The schedule, which runs until 28 October": a deadline with no past
                // verb over it, as for months.
                let told = tense_of(mention);
                let tense = if in_clause(mention, super::bookings::booked_for)
                    || in_clause(mention, super::bookings::granted_until)
                    || told.is_none() && in_clause(mention, super::clause::deadline_ahead)
                {
                    Some(Bias::Future)
                } else {
                    told
                };
                let mut guess = resolve_written(written, anchor, tense);
                let before = &doc.prose()[..mention.span.start as usize];
                if crate::extract::word_before(before) == "since" {
                    guess = since_is_gone_by(written, guess);
                }
                Some(super::coarse::same_date_named_before(
                    mentions,
                    &resolutions,
                    i,
                    written,
                    guess,
                ))
            }
            MentionValue::Weekday(weekday) => anchor.and_then(|a| {
                let before = &doc.prose()[..mention.span.start as usize];
                let cue = super::coarse::weekday_cue(before);
                resolve_weekday_in_focus(before, mentions, &resolutions, i, *weekday, cue)
                    .or_else(|| {
                        cue.is_none()
                            .then(|| {
                                super::weekdays::same_day_named_before(
                                    doc.prose(),
                                    mentions,
                                    &resolutions,
                                    i,
                                    *weekday,
                                )
                            })
                            .flatten()
                    })
                    .or_else(|| resolve_weekday(before, cue, *weekday, a, tense_of(mention)))
            }),
            MentionValue::Relative(offset) => {
                resolve_relative(doc, mentions, &resolutions, i, offset, anchor)
            }
            MentionValue::Period(expr) => super::periods::resolve_period(
                doc.text(mention.span),
                mentions,
                &resolutions,
                i,
                expr,
                anchor,
                // "pledged to take the capital by June", "expect an improvement by
                // Easter": a month, season or holiday as a deadline is ahead.
                if (super::periods::is_month_alone(expr)
                    || matches!(expr.unit, crate::extract::PeriodUnit::Holiday(_)))
                    && in_clause(mention, super::clause::deadline_ahead)
                {
                    Some(Bias::Future)
                } else if super::periods::is_month_alone(expr)
                    && super::clause::names_reported_figures(doc.prose(), mention)
                {
                    // "will report its December sales next week": figures for a month
                    // are reported once it is over.
                    Some(Bias::Past)
                } else {
                    tense_of(mention)
                },
            )
            .map(|resolution| {
                // A month placed ahead of the article, in a clause whose own verb is
                // past ("which took power after an election win in January", written in
                // December), is the one gone by.
                let ahead =
                    resolution.provenance == Provenance::YearFromAnchor { bias: Bias::Future };
                // So is a quarter that has not begun ("profits fell in the fourth
                // quarter", written in March): it is the one reported on, last year's.
                let quarter_ahead = anchor.is_some_and(|a| {
                    super::quarters::quarter_alone_not_begun(expr, doc.text(mention.span), a.date)
                });
                let month_gone = ahead && super::periods::is_month_alone(expr);
                // In a report on last year's fourth quarter, an earlier quarter told of
                // in the past is that year's too ("Sales rose 3 percent, slowing from
                // 5 percent growth in the third quarter", written in February), and
                // "the full year" is the year reported on.
                let last_years_report = || {
                    super::coarse::quarter_in_focus(mentions, &resolutions, i)
                        .filter(|&(_, year, _)| anchor.is_some_and(|a| year + 1 == a.date.year()))
                        .map(|(_, _, quarter)| quarter)
                };
                let earlier_in_report = quarter_ahead
                    && tense_of(mention) == Some(Bias::Past)
                    && super::quarters::quarter_number(expr)
                        .zip(last_years_report())
                        .is_some_and(|(n, reported)| n < reported);
                let full_year_reported =
                    super::periods::is_the_full_year(expr, doc.text(mention.span))
                        && last_years_report().is_some();
                // "In the fourth quarter as a whole the economy created 98,000 jobs",
                // written in January: a quarter not begun, in a sentence told wholly in
                // the past, is last year's even with no verb of its own before it.
                // (Not the next quarter: "closures during the fourth quarter", written
                // in August, are still to come.)
                let quarter_told_past = quarter_ahead
                    && anchor.is_some_and(|a| {
                        super::quarters::quarter_alone_not_begun(
                            expr,
                            doc.text(mention.span),
                            a.date + chrono::Months::new(3),
                        )
                    })
                    && in_clause(mention, super::clause::told_wholly_in_the_past);
                let quarter_over_told_ahead = anchor.is_some_and(|a| {
                    super::quarters::quarter_alone_long_over(expr, doc.text(mention.span), a.date)
                }) && tense_of(mention) == Some(Bias::Future);
                let year_of_sentence = anchor
                    .filter(|_| {
                        super::quarters::lone_part_of_year(expr, doc.text(mention.span)).is_some()
                    })
                    .and_then(|a| {
                        super::focus::year_of_the_sentence(doc, mentions, &resolutions, i, a)
                    })
                    .filter(|&(_, year)| resolution.date.year != Some(year));
                if let Some((from, year)) = year_of_sentence {
                    super::periods::in_year(resolution, year, from)
                } else if quarter_over_told_ahead {
                    super::periods::a_year_on(resolution)
                } else if (month_gone || quarter_ahead) && in_clause(mention, past_in_own_clause)
                    || quarter_told_past
                    || earlier_in_report
                    || full_year_reported
                {
                    super::periods::a_year_back(resolution)
                } else {
                    resolution
                }
            }),
            MentionValue::Reference(reference) => Some(super::periods::reference(*reference)),
            MentionValue::Time(_)
            | MentionValue::Duration(_)
            | MentionValue::Set(_)
            | MentionValue::VagueDuration(_)
            | MentionValue::Number(_)
            | MentionValue::Percent(_)
            | MentionValue::Money(_)
            | MentionValue::Quantity(_)
            | MentionValue::List(_)
            | MentionValue::Age(_) => None,
        };
        resolutions.push(resolution);
    }
    super::coarse::months_of_named_years(doc, mentions, &mut resolutions);
    super::ranges::align_ranges(doc, mentions, &mut resolutions);
    super::ranges::align_weekday_ranges(doc, mentions, &mut resolutions);
    super::weekdays::headline_days_from_lead(doc, mentions, &mut resolutions);
    super::times::place_times(doc, mentions, &mut resolutions, anchor);
    let anchor_is_event_day = anchor.is_some_and(|a| {
        mentions.iter().any(says_today)
            || mentions.iter().zip(&resolutions).any(|(m, r)| {
                // "the day" only repeats a day placed otherwise; it is no evidence.
                let day_in_focus = matches!(
                    &m.value,
                    MentionValue::Period(p) if p.position == crate::extract::PeriodPosition::Latest
                );
                Some(m.span) != a.span
                    && !day_in_focus
                    && r.is_some_and(|r| r.date.exact() == Some(a.date) && r.date.time.is_none())
            })
    });
    Timeline {
        anchor: anchor.cloned(),
        resolutions,
        anchor_is_event_day,
    }
}

/// Whether a mention's year is read from the tense of its clause: a date written
/// without one, or a month, season or holiday named alone.
fn year_by_tense(value: &MentionValue) -> bool {
    match value {
        MentionValue::Date(written) => written.year.is_none(),
        MentionValue::Period(expr) => super::periods::year_by_tense(expr),
        _ => false,
    }
}

/// Whether a mention says the text reports on its own day: "today", "tonight", "this
/// morning".
fn says_today(mention: &Mention) -> bool {
    use crate::extract::{PeriodPosition, PeriodUnit};
    matches!(
        mention.value,
        MentionValue::Period(p) if p.position == PeriodPosition::Shift(0)
            && matches!(p.unit, PeriodUnit::Day | PeriodUnit::PartOfDay(_))
    )
}

pub(super) fn day_of(date: NaiveDate) -> CalendarDate {
    CalendarDate {
        year: Some(date.year()),
        month: Some(date.month()),
        day: Some(date.day()),
        time: None,
    }
}

/// How far either side of a mention its tense cues are read, in bytes: a clause is
/// rarely longer, and a cue further off in a long sentence belongs to another clause.
/// The sentence is scanned once ([`TenseCues`]); each mention takes the cues of its
/// window by binary search, so a text without punctuation stays linear.
const TENSE_WINDOW: usize = 200;

/// The tense cues of the sentence last asked about, at offsets into the prose: found
/// once per sentence, since a sentence's mentions all read them.
#[derive(Default)]
struct TenseCues {
    sentence: Option<usize>,
    cues: Vec<Cue>,
}

impl TenseCues {
    /// The cues of the mention's sentence within [`TENSE_WINDOW`] bytes either side of
    /// it, sorted by start.
    fn around(&mut self, doc: &Document, mention: &Mention) -> &[Cue] {
        let (start, end) = (mention.span.start as usize, mention.span.end as usize);
        let Some(i) = doc.sentence_at(start) else {
            return &[];
        };
        let Some(&sentence) = doc.sentences().get(i) else {
            return &[];
        };
        if self.sentence != Some(i) {
            let offset = sentence.start as usize;
            self.cues = cues(doc.prose().get(sentence.range()).unwrap_or(""));
            for cue in &mut self.cues {
                cue.start += offset;
                cue.end += offset;
            }
            self.sentence = Some(i);
        }
        let window_start = start
            .saturating_sub(TENSE_WINDOW)
            .max(sentence.start as usize);
        let window_end = (end + TENSE_WINDOW).min(sentence.end as usize);
        let first = self.cues.partition_point(|c| c.start < window_start);
        let mut last = self.cues.partition_point(|c| c.start < window_end);
        while last > first && self.cues[last - 1].end > window_end {
            last -= 1;
        }
        &self.cues[first..last]
    }
}

/// Shifts a day by a whole number of days or weeks; other units are not day-exact.
fn shift(
    date: NaiveDate,
    unit: TimeUnit,
    milli_amount: u64,
    direction: Direction,
) -> Option<NaiveDate> {
    if milli_amount % 1000 != 0 {
        return None;
    }
    let amount = milli_amount / 1000;
    let days = match unit {
        TimeUnit::Day => amount,
        TimeUnit::Week => amount.checked_mul(7)?,
        TimeUnit::Fortnight => amount.checked_mul(14)?,
        _ => return None,
    };
    match direction {
        Direction::Before => date.checked_sub_days(Days::new(days)),
        Direction::After => date.checked_add_days(Days::new(days)),
    }
}

/// A shift from the article date ("three days ago") or from a date named before it
/// ("two days later", "the week before"), else the year or month it falls in ("a year
/// ago").
fn resolve_relative(
    doc: &Document,
    mentions: &[Mention],
    resolutions: &[Option<Resolution>],
    i: usize,
    offset: &crate::extract::RelativeOffset,
    anchor: Option<&Anchor>,
) -> Option<Resolution> {
    let mention = &mentions[i];
    // "a year ago", "a year earlier": a shift with no exact day.
    let coarse = || super::coarse::coarse_relative(doc, mentions, resolutions, i, offset, anchor);
    match offset.relative_to {
        RelativeTo::Anchor => anchor
            .and_then(|a| {
                shift(
                    a.date,
                    offset.by.unit,
                    offset.by.milli_amount,
                    offset.direction,
                )
                .map(|date| Resolution {
                    date: day_of(date),
                    provenance: Provenance::RelativeToAnchor,
                    // "a week ago" is said of six days as of eight.
                    confidence: if offset.by.indefinite && offset.by.unit != TimeUnit::Day {
                        Confidence::Low
                    } else {
                        Confidence::High
                    },
                    period: None,
                })
            })
            .or_else(coarse),
        RelativeTo::Event => super::coarse::week_from_a_week(doc, mentions, resolutions, i, offset)
            .or_else(|| {
                resolve_from_previous(
                    doc,
                    mentions,
                    resolutions,
                    i,
                    offset.by.unit,
                    offset.by.milli_amount,
                    offset.direction,
                )
                .map(|r| super::coarse::week_named_from_a_day(doc.text(mention.span), offset, r))
            })
            .or_else(coarse),
    }
}

/// "Two days later": relative to the closest earlier exact date in the same paragraph.
fn resolve_from_previous(
    doc: &Document,
    mentions: &[Mention],
    resolved: &[Option<Resolution>],
    index: usize,
    unit: TimeUnit,
    milli_amount: u64,
    direction: Direction,
) -> Option<Resolution> {
    let paragraph = doc.paragraph_at(mentions[index].span.start as usize)?;
    // Mentions are in text order, so the search stops at the paragraph's start.
    let (base_index, base) = (0..index)
        .rev()
        .take_while(|&j| doc.paragraph_at(mentions[j].span.start as usize) == Some(paragraph))
        .find_map(|j| {
            // Only dates the text states are bases, not times placed on a guessed day.
            if !super::coarse::is_core_point(&mentions[j]) {
                return None;
            }
            let r = resolved.get(j).copied().flatten()?;
            Some((j, (r.date.exact()?, r.confidence)))
        })?;
    // "February 18, a week before the invasion": followed by the event it is measured
    // from, the phrase is a preposition and names the earlier date itself, not a shift
    // of it; only the adverb ("two days later.") shifts the date before it.
    // "Later", "earlier" and "ago" are always adverbs; "before" and "after" are
    // prepositions when a word follows.
    let phrase = doc.text(mentions[index].span).to_ascii_lowercase();
    let after = &doc.prose()[mentions[index].span.end as usize..];
    let prepositional = (phrase.ends_with("before") || phrase.ends_with("after"))
        && after
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_alphanumeric());
    let date = if prepositional {
        let gap = &doc.prose()
            [mentions[base_index].span.end as usize..mentions[index].span.start as usize];
        if !gap.trim().trim_matches(',').trim().is_empty() {
            return None;
        }
        base.0
    } else {
        shift(base.0, unit, milli_amount, direction)?
    };
    let same_sentence = doc.sentence_at(mentions[base_index].span.start as usize)
        == doc.sentence_at(mentions[index].span.start as usize);
    Some(Resolution {
        date: day_of(date),
        provenance: Provenance::RelativeToMention {
            mention: base_index,
        },
        confidence: if same_sentence {
            base.1.min(Confidence::Medium)
        } else {
            Confidence::Low
        },
        period: None,
    })
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
