//! Whether a mention fits a binding: its value, and the sentence text around it that
//! the binding's patterns read.

use super::bind::{Context, CONTEXT_WINDOW};
use super::load::{Binding, CUE_GROUP};
use super::pattern::Pattern;
use super::schema::{GranularitySpec, KindSpec, PartSpec, YearSpec};
use crate::document::{Document, Span};
use crate::extract::{
    Approx, Mention, MentionValue, PeriodExpr, PeriodPosition, PeriodUnit, TimeUnit, WrittenDate,
};

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

/// Moves `offset` back (or forward) to the nearest char boundary of `text`.
fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn ceil_boundary(text: &str, mut offset: usize) -> usize {
    while offset < text.len() && !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// Whether a mention satisfies a binding's filters (kind, units, parts, context).
pub fn fits(binding: &Binding, mention: usize, cx: &Context) -> bool {
    kind_fits(binding, &cx.mentions[mention]) && context_fits(binding, mention, cx)
}

/// Whether a mention passes a binding's filters on its value (kind, units, parts):
/// the cheap half of [`fits`].
fn kind_fits(binding: &Binding, mention: &Mention) -> bool {
    match (&mention.value, binding.kind) {
        (MentionValue::Date(d), KindSpec::Date) => date_fits(binding, d),
        (MentionValue::Weekday(_), KindSpec::Weekday | KindSpec::Day) => true,
        (MentionValue::Date(d), KindSpec::Day) => d.month.is_some() && d.day.is_some(),
        // A year written as a modifier ("the 1986 worlds", "a 1978 referendum") is a
        // period to the extractor, but a written year all the same.
        (MentionValue::Period(p), KindSpec::Date) => {
            is_written_year(p)
                && binding.year == YearSpec::Written
                && matches!(binding.granularity, None | Some(GranularitySpec::Year))
                && binding.with.is_empty()
        }
        (MentionValue::Time(_), KindSpec::Time) => true,
        (MentionValue::Duration(d), KindSpec::Duration) => unit_fits(&binding.units, d.unit),
        (MentionValue::Number(_), KindSpec::Number | KindSpec::Amount | KindSpec::Figure)
        | (MentionValue::Money(_), KindSpec::Money | KindSpec::Amount | KindSpec::Figure)
        | (MentionValue::Percent(_), KindSpec::Percent | KindSpec::Figure) => {
            !binding.exact_only || mention.approx == Approx::Exact
        }
        (MentionValue::List(_), KindSpec::List) | (MentionValue::Age(_), KindSpec::Age) => true,
        (MentionValue::Quantity(q), KindSpec::Quantity | KindSpec::Amount | KindSpec::Figure) => {
            (binding.dimensions.is_empty() || binding.dimensions.contains(&q.unit.dimension()))
                && (!binding.exact_only || mention.approx == Approx::Exact)
        }
        (MentionValue::Relative(r), KindSpec::Relative) => {
            unit_fits(&binding.units, r.by.unit)
                && binding.relative_to.is_none_or(|want| want == r.relative_to)
                && binding.direction.is_none_or(|want| want == r.direction)
        }
        _ => false,
    }
}

/// Whether the sentence text around a mention passes a binding's `before`, `after`,
/// `not-before` and `not-after` patterns: the costly half of [`fits`].
fn context_fits(binding: &Binding, mention: usize, cx: &Context) -> bool {
    if binding.before.is_none()
        && binding.after.is_none()
        && binding.not_before.is_none()
        && binding.not_after.is_none()
    {
        return true;
    }
    let (before, after) = context(mention, cx);
    binding.before.as_ref().is_none_or(|re| re.is_match(before))
        && binding.after.as_ref().is_none_or(|re| re.is_match(after))
        && binding
            .not_before
            .as_ref()
            .is_none_or(|re| !re.is_match(before))
        && binding
            .not_after
            .as_ref()
            .is_none_or(|re| !re.is_match(after))
}

/// The sentence text before and after mention `mention` that context patterns see,
/// each at most [`CONTEXT_WINDOW`] bytes. Several rules' patterns read the same
/// mention, so its window is found once per document.
fn context<'a>(mention: usize, cx: &Context<'a>) -> (&'a str, &'a str) {
    let find = || ContextWindow::around(cx.doc, &cx.mentions[mention]);
    let window = match cx.windows.get(mention) {
        Some(known) => *known.get_or_init(find),
        None => find(),
    };
    (window.before, window.after)
}

/// The text before and after a mention that its context patterns read.
#[derive(Clone, Copy, Debug)]
pub struct ContextWindow<'a> {
    before: &'a str,
    after: &'a str,
}

impl<'a> ContextWindow<'a> {
    /// The window around `mention`: its sentence's text on either side, clipped to
    /// [`CONTEXT_WINDOW`] bytes at char boundaries.
    fn around(doc: &'a Document, mention: &Mention) -> ContextWindow<'a> {
        let prose = doc.prose();
        let sentence = sentence_span(doc, mention.span);
        let start = mention.span.start.max(sentence.start) as usize;
        let end = (mention.span.end.min(sentence.end).max(mention.span.start)) as usize;
        let sentence_end = (sentence.end as usize).max(end);
        let before_from = ceil_boundary(
            prose,
            start
                .saturating_sub(CONTEXT_WINDOW)
                .max(sentence.start as usize),
        );
        let after_to = floor_boundary(prose, (end + CONTEXT_WINDOW).min(sentence_end));
        ContextWindow {
            before: prose.get(before_from..start).unwrap_or(""),
            after: prose.get(end..after_to).unwrap_or(""),
        }
    }
}

/// The word a binding's `key` group captured around a mention, lower-cased, with a
/// plural "s" dropped: "first medal in 20 years" and "following medals in 1949" both
/// give "medal". A keyed binding binds only mentions whose key is the claim's, so a
/// check pairs statements about the same thing, not any two that share a shape.
pub fn key_of(binding: &Binding, mention: usize, cx: &Context) -> Option<String> {
    let (before, after) = context(mention, cx);
    let captured = |re: &Option<Pattern>, text: &str| {
        re.as_ref()
            .and_then(|re| re.group(text, "key"))
            .map(str::to_ascii_lowercase)
    };
    let word = captured(&binding.before, before).or_else(|| captured(&binding.after, after))?;
    Some(match word.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !stem.ends_with('s') => stem.to_string(),
        _ => word,
    })
}

/// Whether a period is a year named by its own number.
pub fn is_written_year(p: &PeriodExpr) -> bool {
    p.unit == PeriodUnit::Year && matches!(p.position, PeriodPosition::Absolute(_))
}

/// Whether the text between two adjacent mentions is what the binding's `gap` allows
/// (by default, only whitespace).
pub fn gap_fits(binding: &Binding, between: &str) -> bool {
    match &binding.gap {
        Some(gap) => gap.is_match(between),
        None => between.trim().is_empty(),
    }
}

/// The words a binding's `cue` group captured around a mention ("almost doubled"),
/// lowercased with single spaces; empty when the group took no part in the match.
pub fn cue(binding: &Binding, mention: usize, cx: &Context) -> String {
    let (before, after) = context(mention, cx);
    let captured = [(&binding.before, before), (&binding.after, after)]
        .into_iter()
        .find_map(|(re, text)| re.as_ref()?.group(text, CUE_GROUP))
        .unwrap_or("");
    captured
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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
