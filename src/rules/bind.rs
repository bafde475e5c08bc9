//! Binding a rule's names to mentions.
//!
//! Each binding searches only the mentions of its kinds ([`Candidates`]), by position:
//! sentence and paragraph scope and adjacency are ranges of a list in text order, so a
//! document with many mentions costs near-linear time, not a scan of every pair. The
//! few places where work could still grow with the text are capped, and hitting a cap
//! is reported, never silent.

use std::cell::OnceCell;

use super::candidates::{Candidates, Pool};
use super::fit::{gap_fits, key_of, ContextWindow};
use super::kinds::MentionsByKind;
use super::load::{Binding, Rule};
use super::schema::{FallbackSpec, KindSpec, PartSpec, PickSpec, ScopeSpec};
use crate::document::{Document, Span};
use crate::extract::{surname_shared, Mention, MentionValue, PersonName, WrittenDate};
use crate::timeline::Timeline;

/// Everything a rule reads: the document, its mentions and their resolutions.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub mentions: &'a [Mention],
    pub timeline: &'a Timeline,
    /// A stated day count may include both end days (configuration `inclusive-days`).
    pub inclusive_days: bool,
    /// The mentions grouped by kind, so each binding looks only at its own kinds.
    pub(super) by_kind: MentionsByKind,
    /// Each mention's context window (see `fit::context`), found when first read.
    pub(super) windows: Vec<OnceCell<ContextWindow<'a>>>,
}

impl<'a> Context<'a> {
    pub fn new(
        doc: &'a Document,
        mentions: &'a [Mention],
        timeline: &'a Timeline,
        inclusive_days: bool,
    ) -> Context<'a> {
        Context {
            doc,
            mentions,
            timeline,
            inclusive_days,
            by_kind: MentionsByKind::new(mentions),
            windows: vec![OnceCell::new(); mentions.len()],
        }
    }
}

/// How much sentence text a `before`/`after` pattern sees on each side of a mention, in
/// bytes. Context cues are a few words long; an unbounded window would make every match
/// cost the length of the sentence, which is the whole text when a file has no
/// punctuation.
pub const CONTEXT_WINDOW: usize = 256;

/// The longest gap (bytes) a `follows`/`precedes` pattern is tried on.
pub const MAX_GAP: usize = 256;

/// The most candidates a `pick: unique` binding weighs for one claim. More than this many
/// mentions that fit is ambiguity in any case; the claim abstains and the run says so.
pub const MAX_CANDIDATES: usize = 64;

/// What a name is bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    Mention(usize),
    Part(usize, PartSpec),
    ArticleDate,
    /// The article date as the present of the claim (a `kind: now` binding).
    Now,
}

/// Why a claim could not be bound.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unbound {
    /// Nothing fits: the text makes no claim of this kind here.
    Abstain,
    /// Several mentions fit and say different things: the claim is there, but which
    /// mention it is checked against cannot be told, so the rule abstains on it.
    Ambiguous,
    /// A limit stopped the search: abstain, and report it.
    Limit,
}

/// Binds every name after the first, for the claim at mention `claim`, into `bound`
/// (the claim first).
pub fn bind_all(
    rule: &Rule,
    cx: &Context,
    candidates: &Candidates,
    claim: usize,
    bound: &mut Vec<Bound>,
) -> Result<(), Unbound> {
    bound.clear();
    bound.push(Bound::Mention(claim));
    let claim_key = rule
        .bindings
        .first()
        .filter(|b| b.keyed)
        .map(|b| key_of(b, claim, cx));
    for index in 1..rule.bindings.len() {
        let next = bind_next(rule, cx, candidates, index, claim_key.as_ref(), bound)?;
        bound.push(next);
    }
    Ok(())
}

/// Binds binding `index`, the ones before it bound already.
fn bind_next(
    rule: &Rule,
    cx: &Context,
    candidates: &Candidates,
    index: usize,
    claim_key: Option<&Option<String>>,
    bound: &[Bound],
) -> Result<Bound, Unbound> {
    let binding = &rule.bindings[index];
    let pool = candidates.pool(index).ok_or(Unbound::Abstain)?;
    let person = match binding.same_person.map(|t| bound[t]) {
        Some(Bound::Mention(person)) => Some(person),
        Some(_) => return Err(Unbound::Abstain),
        None => None,
    };
    let key = claim_key.filter(|_| binding.keyed);
    // What this claim asks of a mention beyond fitting the binding.
    let admits = |i: usize| {
        person.is_none_or(|p| is_same_person(cx, p, i))
            && key.is_none_or(|k| key_of(binding, i, cx) == *k)
    };
    bind_one(binding, cx, &pool, &admits, bound)
}

fn bind_one(
    binding: &Binding,
    cx: &Context,
    pool: &Pool,
    admits: &dyn Fn(usize) -> bool,
    bound: &[Bound],
) -> Result<Bound, Unbound> {
    if binding.kind == KindSpec::Now {
        return if cx.timeline.anchor.is_some() {
            Ok(Bound::Now)
        } else {
            Err(Unbound::Abstain)
        };
    }
    if let Some((parent, part)) = binding.part_of {
        let Bound::Mention(m) = bound[parent] else {
            return Err(Unbound::Abstain);
        };
        let MentionValue::Date(written) = &cx.mentions[m].value else {
            return Err(Unbound::Abstain);
        };
        let has = match part {
            PartSpec::Weekday => written.weekday.is_some(),
            PartSpec::Time => written.time.is_some(),
        };
        return if has {
            Ok(Bound::Part(m, part))
        } else {
            Err(Unbound::Abstain)
        };
    }
    let taken = |i: usize| {
        bound
            .iter()
            .any(|b| matches!(b, Bound::Mention(j) | Bound::Part(j, _) if *j == i))
    };
    let claim_span = span_of(bound[0], cx).ok_or(Unbound::Abstain)?;
    // The pool lists every mention of the binding's kinds; a candidate is one that is
    // not bound already, fits the binding and is one the claim admits. Ranges of the
    // pool are taken by start offset, so they hold the same candidates as the same
    // ranges of a list of candidates alone would.
    let of_kind = pool.of_kind();
    let candidate = |at: usize| {
        let i = of_kind[at];
        (!taken(i) && pool.fits_at(at, binding, cx) && admits(i)).then_some(i)
    };
    let position = |offset: u32| of_kind.partition_point(|&i| cx.mentions[i].span.start < offset);
    if let Some(target) = binding.follows.or(binding.precedes) {
        let target_span = span_of(bound[target], cx).ok_or(Unbound::Abstain)?;
        let prose = cx.doc.prose();
        let gap_ok = |from: u32, to: u32| {
            from <= to
                && (to - from) as usize <= MAX_GAP
                && gap_fits(binding, &prose[from as usize..to as usize])
        };
        let at = position(target_span.start);
        // The walk stops at the first mention out of reach, whether it fits or not: a
        // walk that skipped non-fitting mentions there went on to the document's end,
        // for every claim.
        let span_at = |at: usize| cx.mentions[of_kind[at]].span;
        let found = if binding.follows.is_some() {
            (at..of_kind.len())
                .take_while(|&k| {
                    span_at(k).start.saturating_sub(target_span.end) as usize <= MAX_GAP
                })
                .filter_map(candidate)
                .find(|&i| gap_ok(target_span.end, cx.mentions[i].span.start))
        } else {
            (0..at)
                .rev()
                .take_while(|&k| {
                    target_span.start.saturating_sub(span_at(k).end) as usize <= MAX_GAP
                })
                .filter_map(candidate)
                .find(|&i| gap_ok(cx.mentions[i].span.end, target_span.start))
        };
        return found.map_or_else(|| fallback(binding, cx), |i| Ok(Bound::Mention(i)));
    }
    let candidates: Vec<usize> = {
        let range = match binding.scope {
            ScopeSpec::Document | ScopeSpec::Earlier => None,
            ScopeSpec::Paragraph => cx
                .doc
                .paragraph_at(claim_span.start as usize)
                .and_then(|i| cx.doc.paragraphs().get(i)),
            ScopeSpec::Sentence => cx
                .doc
                .sentence_at(claim_span.start as usize)
                .and_then(|i| cx.doc.sentences().get(i)),
        };
        let within = match (binding.scope, range) {
            (ScopeSpec::Document, _) => 0..of_kind.len(),
            (ScopeSpec::Earlier, _) => 0..position(claim_span.start),
            (_, Some(scope)) => position(scope.start)..position(scope.end),
            (_, None) => 0..0,
        };
        let mut out = Vec::new();
        for i in within.filter_map(candidate) {
            if out.len() == MAX_CANDIDATES {
                return Err(Unbound::Limit);
            }
            out.push(i);
        }
        out
    };
    match candidates.as_slice() {
        [] => fallback(binding, cx),
        [only] => Ok(Bound::Mention(*only)),
        many => {
            let nearest = many
                .iter()
                .copied()
                .min_by_key(|&i| distance(cx.mentions[i].span, claim_span))
                .ok_or(Unbound::Abstain)?;
            match binding.pick {
                PickSpec::Nearest => Ok(Bound::Mention(nearest)),
                PickSpec::Latest => latest(many, cx).map(Bound::Mention).ok_or(Unbound::Abstain),
                // Several candidates are fine when they all say the same thing.
                PickSpec::Unique => {
                    let key = |i: usize| {
                        cx.timeline
                            .resolutions
                            .get(i)
                            .copied()
                            .flatten()
                            .map(|r| r.date)
                    };
                    // Numbers have no resolution; they agree when written the same.
                    let same = |a: usize, b: usize| {
                        let (ma, mb) = (&cx.mentions[a], &cx.mentions[b]);
                        if let (MentionValue::Age(x), MentionValue::Age(y)) = (&ma.value, &mb.value)
                        {
                            x.years == y.years
                        } else if ma.value.is_numeric() {
                            ma.value == mb.value && ma.approx == mb.approx
                        } else {
                            key(a).is_some() && key(a) == key(b)
                        }
                    };
                    if many.iter().all(|&i| same(many[0], i)) {
                        Ok(Bound::Mention(nearest))
                    } else {
                        Err(Unbound::Ambiguous)
                    }
                }
            }
        }
    }
}

/// What a binding with no candidate binds: its fallback, when the document has what
/// the fallback needs; else the claim abstains.
fn fallback(binding: &Binding, cx: &Context) -> Result<Bound, Unbound> {
    match binding.fallback {
        Some(FallbackSpec::ArticleDate)
            if cx.timeline.anchor.is_some() && cx.timeline.anchor_is_event_day =>
        {
            Ok(Bound::ArticleDate)
        }
        Some(FallbackSpec::Now) if cx.timeline.anchor.is_some() => Ok(Bound::Now),
        Some(FallbackSpec::ArticleDateNearby) if cx.timeline.anchor.is_some() => {
            Ok(Bound::ArticleDate)
        }
        _ => Err(Unbound::Abstain),
    }
}

/// The candidate that resolves to the latest date, by the last day it may denote; `None`
/// when any candidate has no year, since then the order is unknown.
fn latest(many: &[usize], cx: &Context) -> Option<usize> {
    let last_day = |i: usize| {
        let date = cx.timeline.resolutions.get(i).copied().flatten()?.date;
        Some((date.year?, date.month.unwrap_or(12), date.day.unwrap_or(31)))
    };
    let mut best: Option<(usize, (i32, u32, u32))> = None;
    for &i in many {
        let day = last_day(i)?;
        if best.is_none_or(|(_, b)| day > b) {
            best = Some((i, day));
        }
    }
    best.map(|(i, _)| i)
}

fn distance(a: Span, b: Span) -> u32 {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

/// Whether the ages at mentions `a` and `b` are written with names of one person: names
/// that agree (see [`PersonName::compatible`]), at least one of them full, and no one
/// else in the text with that surname. A bare surname or an unnamed age never matches.
fn is_same_person(cx: &Context, a: usize, b: usize) -> bool {
    let name = |i: usize| match &cx.mentions[i].value {
        MentionValue::Age(age) => age.person.map(|p| PersonName::parse(cx.doc.text(p))),
        _ => None,
    };
    let (Some(x), Some(y)) = (name(a), name(b)) else {
        return false;
    };
    let full = if x.is_full() { &x } else { &y };
    x.compatible(&y) && full.is_full() && !surname_shared(cx.doc.prose(), full)
}

/// The text span a bound name stands for.
pub fn span_of(bound: Bound, cx: &Context) -> Option<Span> {
    match bound {
        Bound::Mention(i) => Some(cx.mentions[i].span),
        Bound::Part(i, PartSpec::Weekday) => match &cx.mentions[i].value {
            MentionValue::Date(WrittenDate {
                weekday: Some(w), ..
            }) => Some(w.span),
            _ => None,
        },
        Bound::Part(i, PartSpec::Time) => Some(cx.mentions[i].span),
        Bound::ArticleDate | Bound::Now => cx.timeline.anchor.as_ref().and_then(|a| a.span),
    }
}

#[cfg(test)]
#[path = "bind_tests.rs"]
mod tests;
