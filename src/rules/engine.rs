//! Running compiled rules over a document's mentions and timeline.
//!
//! For every mention that fits a rule's first binding, the engine binds the other names
//! (each in its scope, abstaining when the text is ambiguous), turns each bound mention
//! into a typed [`Value`] — refusing any whose resolution is less confident than the rule
//! demands — and evaluates the assertion. Only a definitely false assertion is a finding.

use super::expr::{self, ValueEnv};
use super::load::{text_name, Binding, Rule};
use super::schema::{
    FallbackSpec, GranularitySpec, KindSpec, PartSpec, PickSpec, ScopeSpec, YearSpec,
};
use super::value::{DateValue, DurationValue, Range, TimeValue, Truth, Value};
use crate::document::{Document, Span};
use crate::extract::{
    Approx, Direction, Duration, Mention, MentionValue, TimeUnit, WrittenDate, WrittenYear,
};
use crate::finding::{Applicability, Finding, Fix, Related};
use crate::timeline::{date_label, day_label, zone_abbreviation, Bias, Provenance, Timeline};

/// Everything a rule reads: the document, its mentions and their resolutions.
pub struct Context<'a> {
    pub doc: &'a Document,
    pub mentions: &'a [Mention],
    pub timeline: &'a Timeline,
}

/// What a name is bound to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    Mention(usize),
    Part(usize, PartSpec),
    ArticleDate,
}

/// Runs one rule over the document.
pub fn run_rule(rule: &Rule, cx: &Context) -> Vec<Finding> {
    let mut findings: Vec<Finding> = Vec::new();
    let Some(first) = rule.bindings.first() else {
        return findings;
    };
    for (index, mention) in cx.mentions.iter().enumerate() {
        if !fits(first, mention, cx) {
            continue;
        }
        let Some(bound) = bind_rest(rule, cx, index) else {
            continue;
        };
        if let Some(finding) = evaluate(rule, cx, &bound) {
            if !findings.iter().any(|f| f.span == finding.span) {
                findings.push(finding);
            }
        }
    }
    findings
}

fn bind_rest(rule: &Rule, cx: &Context, claim: usize) -> Option<Vec<Bound>> {
    let mut bound = vec![Bound::Mention(claim)];
    for binding in &rule.bindings[1..] {
        let next = bind_one(binding, cx, &bound)?;
        bound.push(next);
    }
    Some(bound)
}

fn bind_one(binding: &Binding, cx: &Context, bound: &[Bound]) -> Option<Bound> {
    if let Some((parent, part)) = binding.part_of {
        let Bound::Mention(m) = bound[parent] else {
            return None;
        };
        let MentionValue::Date(written) = &cx.mentions[m].value else {
            return None;
        };
        let has = match part {
            PartSpec::Weekday => written.weekday.is_some(),
            PartSpec::Time => written.time.is_some(),
        };
        return has.then_some(Bound::Part(m, part));
    }
    let taken = |i: usize| {
        bound
            .iter()
            .any(|b| matches!(b, Bound::Mention(j) | Bound::Part(j, _) if *j == i))
    };
    let claim_span = span_of(bound[0], cx)?;
    let candidates: Vec<usize> = if let Some(target) = binding.follows.or(binding.precedes) {
        let target_span = span_of(bound[target], cx)?;
        let follows = binding.follows.is_some();
        // The cheap tests first (kind, then the gap), the context regexes last: every
        // mention of the right kind is a candidate, so running the context regexes on
        // each made this quadratic in long documents.
        cx.mentions
            .iter()
            .enumerate()
            .filter(|(i, m)| !taken(*i) && kind_fits(binding, m))
            .filter(|(_, m)| {
                let (from, to) = if follows {
                    (target_span.end, m.span.start)
                } else {
                    (m.span.end, target_span.start)
                };
                from <= to
                    && binding
                        .gap
                        .is_match(&cx.doc.prose()[from as usize..to as usize])
            })
            .filter(|(_, m)| context_fits(binding, m, cx))
            .map(|(i, _)| i)
            .collect()
    } else {
        cx.mentions
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                !taken(*i)
                    && in_scope(binding.scope, claim_span, m.span, cx.doc)
                    && fits(binding, m, cx)
            })
            .map(|(i, _)| i)
            .collect()
    };
    match candidates.as_slice() {
        [] => match binding.fallback {
            Some(FallbackSpec::ArticleDate)
                if cx.timeline.anchor.is_some() && cx.timeline.anchor_is_event_day =>
            {
                Some(Bound::ArticleDate)
            }
            _ => None,
        },
        [only] => Some(Bound::Mention(*only)),
        many => {
            let nearest = *many
                .iter()
                .min_by_key(|&&i| distance(cx.mentions[i].span, claim_span))?;
            match binding.pick {
                PickSpec::Nearest => Some(Bound::Mention(nearest)),
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
                    let first = key(many[0]);
                    (first.is_some() && many.iter().all(|&i| key(i) == first))
                        .then_some(Bound::Mention(nearest))
                }
            }
        }
    }
}

fn distance(a: Span, b: Span) -> u32 {
    if a.end <= b.start {
        b.start - a.end
    } else {
        a.start.saturating_sub(b.end)
    }
}

fn in_scope(scope: ScopeSpec, claim: Span, other: Span, doc: &Document) -> bool {
    match scope {
        ScopeSpec::Document => true,
        ScopeSpec::Paragraph => {
            doc.paragraph_at(claim.start as usize) == doc.paragraph_at(other.start as usize)
        }
        ScopeSpec::Sentence => {
            doc.sentence_at(claim.start as usize) == doc.sentence_at(other.start as usize)
        }
    }
}

/// The sentence (or, outside any sentence, the paragraph) around a span.
fn sentence_span(doc: &Document, span: Span) -> Span {
    doc.sentence_at(span.start as usize)
        .and_then(|i| doc.sentences().get(i).copied())
        .or_else(|| {
            doc.paragraph_at(span.start as usize)
                .and_then(|i| doc.paragraphs().get(i).copied())
        })
        .unwrap_or(span)
}

/// Whether a mention satisfies a binding's filters (kind, units, parts, context).
fn fits(binding: &Binding, mention: &Mention, cx: &Context) -> bool {
    kind_fits(binding, mention) && context_fits(binding, mention, cx)
}

/// The binding's kind, unit and part filters (no text is looked at).
fn kind_fits(binding: &Binding, mention: &Mention) -> bool {
    match (&mention.value, binding.kind) {
        (MentionValue::Date(d), KindSpec::Date) => date_fits(binding, d),
        (MentionValue::Weekday(_), KindSpec::Weekday) => true,
        (MentionValue::Time(_), KindSpec::Time) => true,
        (MentionValue::Duration(d), KindSpec::Duration) => unit_fits(&binding.units, d.unit),
        (MentionValue::Relative(r), KindSpec::Relative) => {
            unit_fits(&binding.units, r.by.unit)
                && binding.relative_to.is_none_or(|want| want == r.relative_to)
                && binding.direction.is_none_or(|want| want == r.direction)
        }
        _ => false,
    }
}

/// The binding's `before` and `after` context regexes, within the mention's sentence.
fn context_fits(binding: &Binding, mention: &Mention, cx: &Context) -> bool {
    if binding.before.is_none() && binding.after.is_none() {
        return true;
    }
    let sentence = sentence_span(cx.doc, mention.span);
    let prose = cx.doc.prose();
    let start = (mention.span.start.max(sentence.start)) as usize;
    let end = (mention.span.end.min(sentence.end).max(mention.span.start)) as usize;
    let before = prose.get(sentence.start as usize..start).unwrap_or("");
    let after = prose
        .get(end..(sentence.end as usize).max(end))
        .unwrap_or("");
    binding.before.as_ref().is_none_or(|re| re.is_match(before))
        && binding.after.as_ref().is_none_or(|re| re.is_match(after))
}

fn date_fits(binding: &Binding, date: &WrittenDate) -> bool {
    let granularity_ok = match binding.granularity {
        None => true,
        Some(GranularitySpec::Year) => date.year.is_some(),
        Some(GranularitySpec::Month) => date.month.is_some(),
        Some(GranularitySpec::Day) => date.month.is_some() && date.day.is_some(),
    };
    let parts_ok = binding.with.iter().all(|part| match part {
        PartSpec::Weekday => date.weekday.is_some(),
        PartSpec::Time => date.time.is_some(),
    });
    let year_ok = binding.year == YearSpec::Any || date.year.is_some();
    granularity_ok && parts_ok && year_ok
}

fn unit_fits(units: &[TimeUnit], unit: TimeUnit) -> bool {
    units.is_empty() || units.contains(&unit)
}

fn span_of(bound: Bound, cx: &Context) -> Option<Span> {
    match bound {
        Bound::Mention(i) => Some(cx.mentions[i].span),
        Bound::Part(i, PartSpec::Weekday) => match &cx.mentions[i].value {
            MentionValue::Date(WrittenDate {
                weekday: Some(w), ..
            }) => Some(w.span),
            _ => None,
        },
        Bound::Part(i, PartSpec::Time) => Some(cx.mentions[i].span),
        Bound::ArticleDate => cx.timeline.anchor.as_ref().and_then(|a| a.span),
    }
}

/// A bound value plus what the finding must say it assumed.
struct BoundValue {
    value: Value,
    assumptions: Vec<String>,
}

fn value_of(bound: Bound, rule: &Rule, cx: &Context) -> Option<BoundValue> {
    let mut assumptions = Vec::new();
    let value = match bound {
        Bound::ArticleDate => {
            let anchor = cx.timeline.anchor.as_ref()?;
            let mut label = day_label(anchor.date);
            label.push_str(" (article date)");
            assumptions.push(format!(
                "the events reported happen on the article date, which comes from {}",
                anchor.source
            ));
            Value::Date(DateValue::from_date(anchor.date, label))
        }
        Bound::Part(i, PartSpec::Weekday) => match &cx.mentions[i].value {
            MentionValue::Date(WrittenDate {
                weekday: Some(w), ..
            }) => Value::Weekday(Some(w.weekday)),
            _ => return None,
        },
        Bound::Part(i, PartSpec::Time) | Bound::Mention(i) => {
            let mention = &cx.mentions[i];
            match &mention.value {
                MentionValue::Date(written) => {
                    let resolution = cx.timeline.resolutions.get(i).copied().flatten()?;
                    if resolution.confidence < rule.min_confidence {
                        return None;
                    }
                    let date = resolution.date;
                    match resolution.provenance {
                        Provenance::YearFromAnchor { bias } => {
                            if let Some(year) = date.year {
                                assumptions.push(format!(
                                    "year {year} for “{}”, from the article date ({})",
                                    cx.doc.text(written.date_span),
                                    match bias {
                                        Bias::Past => "its most recent occurrence",
                                        Bias::Future => "its next occurrence",
                                    }
                                ));
                            }
                        }
                        Provenance::TwoDigitYear => {
                            if let (Some(WrittenYear::TwoDigit(short)), Some(year)) =
                                (written.year, date.year)
                            {
                                assumptions.push(format!("“{short:02}” read as the year {year}"));
                            }
                        }
                        _ => {}
                    }
                    Value::Date(DateValue {
                        year: date.year,
                        month: date.month,
                        day: date.day,
                        time: date.time.map(|t| TimeValue {
                            minutes: t.hour * 60 + t.minute,
                            zone: t.zone.map(zone_abbreviation),
                        }),
                        label: date_label(&date),
                    })
                }
                MentionValue::Weekday(w) => Value::Weekday(Some(*w)),
                MentionValue::Time(t) => Value::Date(DateValue {
                    year: None,
                    month: None,
                    day: None,
                    time: Some(TimeValue {
                        minutes: t.hour * 60 + t.minute,
                        zone: t.zone.map(zone_abbreviation),
                    }),
                    label: cx.doc.text(mention.span).to_string(),
                }),
                MentionValue::Duration(d) => {
                    let seconds = duration_range(d, mention.approx);
                    note_tolerance(
                        &mut assumptions,
                        cx.doc.text(mention.span),
                        d,
                        mention.approx,
                        seconds,
                    );
                    Value::Duration(DurationValue { seconds })
                }
                MentionValue::Relative(r) => {
                    let seconds = duration_range(&r.by, mention.approx);
                    note_tolerance(
                        &mut assumptions,
                        cx.doc.text(mention.span),
                        &r.by,
                        mention.approx,
                        seconds,
                    );
                    let seconds = match r.direction {
                        Direction::Before => seconds.neg(),
                        Direction::After => seconds,
                    };
                    Value::Duration(DurationValue { seconds })
                }
            }
        }
    };
    Some(BoundValue { value, assumptions })
}

fn note_tolerance(
    assumptions: &mut Vec<String>,
    text: &str,
    d: &Duration,
    approx: Approx,
    seconds: Range,
) {
    if seconds.is_exact() || !(d.indefinite || approx != Approx::Exact) {
        return;
    }
    let show = |s: i64| -> String {
        if s == i64::MAX {
            "no limit".to_string()
        } else if s % 86_400 == 0 {
            format!("{} days", s / 86_400)
        } else {
            format!("{} minutes", s / 60)
        }
    };
    assumptions.push(format!(
        "“{}” read as anything from {} to {}",
        text.trim(),
        show(seconds.lo),
        show(seconds.hi)
    ));
}

fn unit_seconds(unit: TimeUnit) -> i64 {
    const DAY: i64 = 86_400;
    match unit {
        TimeUnit::Second => 1,
        TimeUnit::Minute => 60,
        TimeUnit::Hour => 3_600,
        TimeUnit::Day => DAY,
        TimeUnit::Week => 7 * DAY,
        TimeUnit::Fortnight => 14 * DAY,
        // Calendar units have no fixed length; these are their mean lengths, and
        // `duration_range` widens them to cover every calendar span they can name.
        TimeUnit::Month => 2_629_746,
        TimeUnit::Year => 31_556_952,
        TimeUnit::Decade => 315_569_520,
        TimeUnit::Century => 3_155_695_200,
    }
}

/// The range of seconds a written duration allows.
///
/// Tolerances (documented in `rules/README.md`): exact days, hours and weeks are exact;
/// months and longer are calendar units spoken in round numbers, so they allow half a
/// unit either way; the indefinite article ("a week") and "about" allow 15 % either way
/// (at least one day for day-sized units); "more than" has no upper bound; "nearly" and
/// "less than" no lower one.
pub fn duration_range(d: &Duration, approx: Approx) -> Range {
    let unit = unit_seconds(d.unit);
    let milli = i64::try_from(d.milli_amount).unwrap_or(i64::MAX);
    let value = milli.saturating_mul(unit) / 1000;
    let calendar_slack = if d.unit >= TimeUnit::Month {
        unit / 2
    } else {
        0
    };
    let loose = d.indefinite || approx == Approx::About;
    let hedge = if loose {
        let fifteen_percent = value.saturating_mul(15) / 100;
        if d.unit >= TimeUnit::Day {
            fifteen_percent.max(86_400)
        } else {
            fifteen_percent.max(60)
        }
    } else {
        0
    };
    let slack = calendar_slack.max(hedge);
    let (lo, hi) = (
        value.saturating_sub(slack).max(0),
        value.saturating_add(slack),
    );
    match approx {
        Approx::AtLeast => Range::new(value.saturating_sub(calendar_slack).max(0), i64::MAX),
        Approx::AtMost => Range::new(0, hi),
        Approx::Exact | Approx::About => Range::new(lo, hi),
    }
}

fn evaluate(rule: &Rule, cx: &Context, bound: &[Bound]) -> Option<Finding> {
    let mut env = ValueEnv::new();
    let mut assumptions: Vec<String> = Vec::new();
    for (binding, b) in rule.bindings.iter().zip(bound) {
        let v = value_of(*b, rule, cx)?;
        for a in v.assumptions {
            if !assumptions.contains(&a) {
                assumptions.push(a);
            }
        }
        env.insert(binding.name.clone(), v.value);
        let text = match b {
            Bound::ArticleDate => "the article date".to_string(),
            _ => span_of(*b, cx).map_or_else(String::new, |s| cx.doc.text(s).trim().to_string()),
        };
        env.insert(text_name(&binding.name), Value::Text(text));
    }
    match expr::eval(&rule.assert, &env) {
        Ok(Value::Bool(Truth::False)) => {}
        _ => return None,
    }
    let span = span_of(bound[rule.report], cx)?;
    let primary = span;
    let related = rule
        .bindings
        .iter()
        .zip(bound)
        .enumerate()
        .filter(|(i, _)| *i != rule.report)
        .filter_map(|(_, (binding, b))| {
            let mut span = span_of(*b, cx)?;
            // A date whose own weekday is the claim points at its day-month-year part.
            if let (Bound::Mention(i), true) =
                (b, span.start <= primary.start && primary.end <= span.end)
            {
                if let MentionValue::Date(written) = &cx.mentions[*i].value {
                    span = written.date_span;
                }
            }
            let label = match b {
                Bound::ArticleDate => "the article date".to_string(),
                _ => binding.label.clone(),
            };
            Some(Related { span, label })
        })
        .filter(|r| r.span != span)
        .collect();
    let message = rule.message.render(&env).ok()?;
    let explanation = rule.explain.as_ref().and_then(|t| t.render(&env).ok());
    let fixes = rule
        .fixes
        .iter()
        .filter_map(|fix| {
            let span = span_of(bound[fix.binding], cx)?;
            let replacement = fix.replace.render(&env).ok()?;
            Some(Fix {
                span,
                replacement,
                applicability: if fix.safe {
                    Applicability::Safe
                } else {
                    Applicability::Unsafe
                },
            })
        })
        .collect();
    Some(Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        message,
        span,
        related,
        explanation,
        assumptions,
        fixes,
    })
}
