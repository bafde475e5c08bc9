//! Running compiled rules over a document's mentions and timeline.
//!
//! For every mention that fits a rule's first binding, the engine binds the other names
//! (each in its scope, abstaining when the text is ambiguous), turns each bound mention
//! into a typed [`Value`] — refusing any whose resolution is less confident than the rule
//! demands — and evaluates the assertion. Only a definitely false assertion is a finding.

pub use super::bind::Context;
use super::bind::{bind_all, span_of, Bound, Unbound};
use super::candidates::{CandidateBuffers, Candidates};
use super::expr::{self, ValueEnv};
use super::fit::{cue, is_written_year};
use super::load::{cue_name, text_name, Binding, Rule};
use super::numeric;
use super::schema::{KindSpec, PartSpec};
use super::value::{DateValue, DurationValue, Range, TimeValue, Truth, Value, SECONDS_PER_DAY};
use crate::extract::{
    Approx, Direction, Duration, Mention, MentionValue, TimeUnit, WrittenDate, WrittenYear,
};
use crate::finding::{Applicability, Finding, Fix, Related};
use crate::timeline::{date_label, day_label, zone_abbreviation, Bias, Provenance};
use chrono::Datelike;

/// What one rule found in one document.
#[derive(Debug, Default)]
pub struct RuleRun {
    pub findings: Vec<Finding>,
    /// Claims the rule skipped because a search limit was reached (see `bind`).
    pub limited: usize,
    /// How many claims it read and how many of those it could decide.
    pub coverage: Coverage,
}

/// How much of a text a rule could check: the claims it read (every binding bound, or
/// several mentions fitting a binding and disagreeing) and how many of them it decided: found consistent (within the tolerance) or
/// contradicted. The rest it abstained on, because the partner was ambiguous, a value
/// was less certain than the rule demands, or the assertion could not be evaluated (a date with no known day, a
/// unit of another dimension).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    pub claims: usize,
    pub decided: usize,
}

impl Coverage {
    pub fn abstained(&self) -> usize {
        self.claims - self.decided
    }

    pub fn add(&mut self, other: Coverage) {
        self.claims += other.claims;
        self.decided += other.decided;
    }
}

/// What the assertion said of one bound claim.
enum Verdict {
    Holds,
    Contradicted(Box<Finding>),
    Abstained,
}

/// Buffers one rule's run lends to the next in the same document (see
/// [`run_rule_reusing`]).
#[derive(Debug, Default)]
pub struct Scratch<'c> {
    candidates: CandidateBuffers<'c>,
    bound: Vec<Bound>,
}

/// Runs one rule over the document.
pub fn run_rule(rule: &Rule, cx: &Context) -> RuleRun {
    run_rule_reusing(rule, cx, &mut Scratch::default())
}

/// [`run_rule`], keeping its lists in `scratch`: a document's rules run one after
/// another, and most of them would otherwise allocate the same lists afresh.
pub fn run_rule_reusing<'c>(rule: &Rule, cx: &'c Context, scratch: &mut Scratch<'c>) -> RuleRun {
    let candidates = Candidates::new(rule, cx, &mut scratch.candidates);
    if candidates.claims().is_empty() {
        return RuleRun::default();
    }
    check_claims(rule, cx, &candidates, &mut scratch.bound)
}

/// Binds and evaluates every claim. Kept out of line: in a given document most rules
/// have no claim, and they need not pay for setting up this function's frame.
#[inline(never)]
fn check_claims(
    rule: &Rule,
    cx: &Context,
    candidates: &Candidates,
    bound: &mut Vec<Bound>,
) -> RuleRun {
    let mut run = RuleRun::default();
    // The spans already reported: two claims can report the same place ("Friday" bound
    // to two dates), and a set keeps this linear in the number of findings.
    let mut reported = std::collections::HashSet::new();
    for &claim in candidates.claims() {
        match bind_all(rule, cx, candidates, claim, bound) {
            Ok(()) => {}
            Err(Unbound::Limit) => {
                run.limited += 1;
                continue;
            }
            Err(Unbound::Ambiguous) => {
                run.coverage.claims += 1;
                continue;
            }
            Err(Unbound::Abstain) => continue,
        };
        run.coverage.claims += 1;
        match evaluate(rule, cx, bound) {
            Verdict::Holds => run.coverage.decided += 1,
            Verdict::Contradicted(finding) => {
                run.coverage.decided += 1;
                if reported.insert((finding.span.start, finding.span.end)) {
                    run.findings.push(*finding);
                }
            }
            Verdict::Abstained => {}
        }
    }
    run
}

/// A bound value plus what the finding must say it assumed.
struct BoundValue {
    value: Value,
    assumptions: Vec<String>,
}

fn value_of(bound: Bound, binding: &Binding, rule: &Rule, cx: &Context) -> Option<BoundValue> {
    let (kind, as_written) = (binding.kind, binding.as_written);
    let mut assumptions = Vec::new();
    let value = match bound {
        Bound::ArticleDate | Bound::Now => {
            let anchor = cx.timeline.anchor.as_ref()?;
            let mut label = day_label(anchor.date);
            label.push_str(" (article date)");
            let stands_for = if bound == Bound::Now {
                "“now” is the article date"
            } else {
                "the events reported happen on the article date"
            };
            assumptions.push(format!("{stands_for}, which comes from {}", anchor.source));
            Value::Date(DateValue::from_date(anchor.date, label))
        }
        Bound::Mention(i)
            if kind == KindSpec::Day
                && matches!(cx.mentions[i].value, MentionValue::Weekday(_)) =>
        {
            let resolution = cx.timeline.resolutions.get(i).copied().flatten()?;
            if resolution.confidence < rule.min_confidence {
                return None;
            }
            let day = resolution.date.exact()?;
            assumptions.push(format!(
                "“{}” read as {}, placed from the article date",
                cx.doc.text(cx.mentions[i].span).trim(),
                day_label(day)
            ));
            Value::Date(DateValue::from_date(day, day_label(day)))
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
                            minutes: t.minutes_into_day(),
                            zone: t.zone.map(zone_abbreviation),
                        }),
                        label: date_label(&date),
                    })
                }
                MentionValue::Weekday(w) => Value::Weekday(Some(*w)),
                MentionValue::Time(t) => {
                    // The day the timeline placed the time on (a day written near it, or
                    // the article's), so that two clock readings can be told apart by day.
                    let day = cx
                        .timeline
                        .resolutions
                        .get(i)
                        .copied()
                        .flatten()
                        .and_then(|r| r.date.exact());
                    Value::Date(DateValue {
                        year: day.map(|d| d.year()),
                        month: day.map(|d| d.month()),
                        day: day.map(|d| d.day()),
                        time: Some(TimeValue {
                            minutes: t.minutes_into_day(),
                            zone: t.zone.map(zone_abbreviation),
                        }),
                        label: cx.doc.text(mention.span).to_string(),
                    })
                }
                MentionValue::Duration(d) => {
                    let mut seconds = duration_range(d, mention.approx);
                    // Counting both end days, "3 days" spans a calendar difference of 2.
                    if cx.inclusive_days && d.unit == TimeUnit::Day {
                        seconds.lo = seconds.lo.saturating_sub(SECONDS_PER_DAY).max(0);
                        assumptions.push(format!(
                            "“{}” may count both end days (inclusive-days is on)",
                            cx.doc.text(mention.span).trim()
                        ));
                    }
                    note_tolerance(
                        &mut assumptions,
                        cx.doc.text(mention.span),
                        d,
                        mention.approx,
                        seconds,
                    );
                    Value::Duration(DurationValue { seconds })
                }
                // Periods, references, recurrences and amount-less durations bind to no
                // rule kind; they carry no value a check could compare.
                MentionValue::Period(p) if is_written_year(p) => {
                    let resolution = cx.timeline.resolutions.get(i).copied().flatten()?;
                    let year = resolution.date.year?;
                    Value::Date(DateValue {
                        year: Some(year),
                        month: None,
                        day: None,
                        time: None,
                        label: year.to_string(),
                    })
                }
                MentionValue::Period(_)
                | MentionValue::Reference(_)
                | MentionValue::Set(_)
                | MentionValue::VagueDuration(_) => return None,
                MentionValue::Number(_)
                | MentionValue::Percent(_)
                | MentionValue::Money(_)
                | MentionValue::Quantity(_)
                | MentionValue::List(_)
                | MentionValue::Age(_) => {
                    let unmarked;
                    let mention = if binding.ignore_marker {
                        unmarked = Mention {
                            approx: Approx::Exact,
                            ..mention.clone()
                        };
                        &unmarked
                    } else {
                        mention
                    };
                    let text = cx.doc.text(mention.span);
                    assumptions.extend(numeric::tolerance_note(text, mention));
                    numeric::mention_value(
                        mention,
                        matches!(kind, KindSpec::Amount | KindSpec::Figure),
                        as_written,
                    )?
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
    let show = |s: i128| -> String {
        if s == i128::MAX {
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

fn unit_seconds(unit: TimeUnit) -> i128 {
    const DAY: i128 = 86_400;
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
        TimeUnit::Quarter => 3 * 2_629_746,
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
/// (at least one day for day-sized units); a unit named as a compound ("week-long") half
/// a unit; "more than" has no upper bound; "nearly" and "less than" no lower one.
pub fn duration_range(d: &Duration, approx: Approx) -> Range {
    let unit = unit_seconds(d.unit);
    let milli = i128::from(d.milli_amount);
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
    // "week-long" says a week's order of size: half a unit either way.
    let rough = if approx == Approx::Rough { unit / 2 } else { 0 };
    let slack = calendar_slack.max(hedge).max(rough);
    let (lo, hi) = (
        value.saturating_sub(slack).max(0),
        value.saturating_add(slack),
    );
    match approx {
        Approx::AtLeast => Range::new(value.saturating_sub(calendar_slack).max(0), i128::MAX),
        Approx::AtMost => Range::new(0, hi),
        Approx::Exact | Approx::About | Approx::Rough => Range::new(lo, hi),
    }
}

fn evaluate(rule: &Rule, cx: &Context, bound: &[Bound]) -> Verdict {
    let mut env = ValueEnv::new();
    let mut assumptions: Vec<String> = Vec::new();
    for (binding, b) in rule.bindings.iter().zip(bound) {
        let Some(v) = value_of(*b, binding, rule, cx) else {
            return Verdict::Abstained;
        };
        for a in v.assumptions {
            if !assumptions.contains(&a) {
                assumptions.push(a);
            }
        }
        env.insert(binding.name.clone(), v.value);
        let text = match b {
            Bound::ArticleDate | Bound::Now => "the article date".to_string(),
            _ => span_of(*b, cx).map_or_else(String::new, |s| cx.doc.text(s).trim().to_string()),
        };
        env.insert(text_name(&binding.name), Value::Text(text));
        if binding.has_cue() {
            let words = match b {
                Bound::Mention(i) | Bound::Part(i, _) => cue(binding, *i, cx),
                Bound::ArticleDate | Bound::Now => String::new(),
            };
            env.insert(cue_name(&binding.name), Value::Text(words));
        }
    }
    match expr::eval(&rule.assert, &env) {
        Ok(Value::Bool(Truth::False)) => {}
        // Unknown: some reading of the values makes it true, so the claim is
        // consistent within the tolerance.
        Ok(Value::Bool(Truth::True | Truth::Unknown)) => return Verdict::Holds,
        _ => return Verdict::Abstained,
    }
    finding(rule, cx, bound, &env, assumptions)
        .map_or(Verdict::Abstained, |f| Verdict::Contradicted(Box::new(f)))
}

/// The finding for a claim whose assertion is false.
fn finding(
    rule: &Rule,
    cx: &Context,
    bound: &[Bound],
    env: &ValueEnv,
    assumptions: Vec<String>,
) -> Option<Finding> {
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
                Bound::ArticleDate | Bound::Now => "the article date".to_string(),
                _ => binding.label.clone(),
            };
            Some(Related { span, label })
        })
        .filter(|r| r.span != span)
        .collect();
    let message = rule.message.render(env).ok()?;
    let explanation = rule.explain.as_ref().and_then(|t| t.render(env).ok());
    let fixes = rule
        .fixes
        .iter()
        .filter_map(|fix| {
            let span = span_of(bound[fix.binding], cx)?;
            let replacement = fix.replace.render(env).ok()?;
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
