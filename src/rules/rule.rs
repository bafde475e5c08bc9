//! A loaded rule: its compiled bindings, assertion, message, fixes and examples. Built
//! by `load`, read by `bind` and `engine`.

use super::expr::{Expr, Template};
use super::pattern::Pattern;
use super::schema::{
    FallbackSpec, GranularitySpec, KindSpec, PartSpec, PickSpec, ScopeSpec, YearSpec,
};
use super::value::Type;
use crate::extract::{Dimension, Direction, RelativeTo, TimeUnit};
use crate::finding::Severity;
use crate::timeline::Confidence;

/// A compiled binding (see `BindingSpec` for the meaning of each field).
#[derive(Debug)]
pub struct Binding {
    pub name: String,
    pub kind: KindSpec,
    pub units: Vec<TimeUnit>,
    pub dimensions: Vec<Dimension>,
    pub exact_only: bool,
    /// Read a figure without its approximation marker (`approx: ignore`).
    pub ignore_marker: bool,
    /// Read figures as written, without the rounding interval (`rounded: false`).
    pub as_written: bool,
    pub granularity: Option<GranularitySpec>,
    pub with: Vec<PartSpec>,
    pub year: YearSpec,
    pub part_of: Option<(usize, PartSpec)>,
    pub scope: ScopeSpec,
    pub follows: Option<usize>,
    pub precedes: Option<usize>,
    /// `None`: only whitespace may separate the two mentions.
    pub gap: Option<Pattern>,
    pub before: Option<Pattern>,
    pub after: Option<Pattern>,
    pub not_before: Option<Pattern>,
    pub not_after: Option<Pattern>,
    pub relative_to: Option<RelativeTo>,
    pub direction: Option<Direction>,
    pub pick: PickSpec,
    /// Whether `before` or `after` captures a `key` group, which must agree with the
    /// claim's (see `bind::key_of`).
    pub keyed: bool,
    pub fallback: Option<FallbackSpec>,
    /// An earlier age binding whose person this age must be (`same-person`).
    pub same_person: Option<usize>,
    pub label: String,
}

impl Binding {
    /// Whether the `before` or `after` pattern captures a `cue` group, bound as
    /// `<name>_cue`: the words around a figure that say what it is ("almost doubled").
    pub fn has_cue(&self) -> bool {
        [&self.before, &self.after]
            .into_iter()
            .flatten()
            .any(|re| re.has_group(CUE_GROUP))
    }

    /// The type an expression sees for this binding.
    pub fn value_type(&self) -> Type {
        match (self.part_of, self.kind) {
            (Some((_, PartSpec::Weekday)), _) => Type::Weekday,
            (Some((_, PartSpec::Time)), _) => Type::Date,
            (None, KindSpec::Date | KindSpec::Time | KindSpec::Day | KindSpec::Now) => Type::Date,
            (None, KindSpec::Weekday) => Type::Weekday,
            (None, KindSpec::Duration | KindSpec::Relative) => Type::Duration,
            (
                None,
                KindSpec::Number
                | KindSpec::Percent
                | KindSpec::Money
                | KindSpec::Amount
                | KindSpec::Figure
                | KindSpec::List
                | KindSpec::Age,
            ) => Type::Number,
            (None, KindSpec::Quantity) => Type::Quantity,
        }
    }
}

/// A compiled fix.
#[derive(Debug)]
pub struct FixTemplate {
    pub binding: usize,
    pub replace: Template,
    pub safe: bool,
}

/// A rule example, run as a test.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub date: Option<chrono::NaiveDate>,
    pub expect: Vec<(String, Vec<String>)>,
}

/// A loaded, validated rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub summary: String,
    pub severity: Severity,
    pub docs: Option<String>,
    pub tolerance: Option<String>,
    /// Where the rule came from (`rules/dates/interval.yaml`, or a user path).
    pub origin: String,
    pub bindings: Vec<Binding>,
    pub assert: Expr,
    pub assert_source: String,
    pub message: Template,
    pub explain: Option<Template>,
    pub report: usize,
    pub min_confidence: Confidence,
    pub fixes: Vec<FixTemplate>,
    pub examples: Vec<Example>,
}

/// The name under which a binding's source text is bound.
pub fn text_name(binding: &str) -> String {
    format!("{binding}_text")
}

/// The name under which the `cue` group of a binding's context pattern is bound.
pub fn cue_name(binding: &str) -> String {
    format!("{binding}_cue")
}

/// The capture group of a `before`/`after` pattern that is bound as `<name>_cue`.
pub const CUE_GROUP: &str = "cue";
