//! The YAML schema of a rule file, as serde types. Unknown keys are errors.
//!
//! `rules/README.md` documents every key; keep the two in step.

use crate::extract::{Dimension, Direction, RelativeTo, TimeUnit};
use crate::finding::Severity;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

/// One rule file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RuleFile {
    pub id: String,
    pub summary: String,
    pub severity: Severity,
    /// Names bound to mentions, in order; the first is the claim the finding points at
    /// unless `report` names another.
    pub bind: OrderedMap<BindingSpec>,
    /// A boolean expression that must hold; the rule fires when it is definitely false.
    pub assert: String,
    /// The message template.
    pub message: String,
    /// A template for the computation shown under the message.
    #[serde(default)]
    pub explain: Option<String>,
    /// The binding the finding points at (default: the first).
    #[serde(default)]
    pub report: Option<String>,
    /// The lowest resolution confidence a bound date may have (default `high`).
    #[serde(default)]
    pub confidence: Option<ConfidenceSpec>,
    #[serde(default)]
    pub fixes: Vec<FixSpec>,
    /// Long-form documentation, printed by `factlint explain`.
    #[serde(default)]
    pub docs: Option<String>,
    /// A short statement of the rule's tolerance.
    #[serde(default)]
    pub tolerance: Option<String>,
    pub examples: Vec<ExampleSpec>,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum ConfidenceSpec {
    Low,
    Medium,
    High,
}

/// What a binding selects.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum KindSpec {
    Date,
    Weekday,
    Time,
    Duration,
    Relative,
    /// A cardinal number ("1,200", "eighty-four").
    Number,
    /// A percentage ("30 percent").
    Percent,
    /// An amount of money ("$1.2 billion").
    Money,
    /// A quantity with a unit ("10 miles").
    Quantity,
    /// A list introduced by a colon or dash; its value is the number of items.
    List,
    /// Any plain amount: a number, money, or a quantity's amount (not a percentage).
    Amount,
    /// One exact day: a date written with its day, or a weekday the timeline places
    /// ("Wednesday" in an article of that week). Its value is the resolved date.
    Day,
    /// The article date standing for "now": the present of a claim whose own wording
    /// (present perfect, "for the first time in …") is about the time of writing. It
    /// binds no mention; the rule's patterns must establish that the claim is current.
    Now,
    /// Any figure: an amount or a percentage, for checks that compare figures whatever
    /// they measure ("doubled from 18 percent to 36 percent", "from 40 to 80").
    Figure,
    /// A person's age ("the 45-year-old", "Ann Lee, 45,", "aged 45", "turned 60"): a
    /// number of whole years, exact as written.
    Age,
}

/// Which approximation markers a numeric binding accepts.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ApproxSpec {
    /// Only amounts written without a marker.
    Exact,
    /// Any (the default); the marker widens the value.
    Any,
    /// Any, but the marker is not applied: a conversion in parentheses converts the
    /// written figure ("up to 450 km (280 miles)"), so the marker qualifies both alike.
    Ignore,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum GranularitySpec {
    Day,
    Month,
    Year,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PartSpec {
    Weekday,
    Time,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum YearSpec {
    /// The year must be written (four or two digits).
    Written,
    Any,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ScopeSpec {
    Sentence,
    Paragraph,
    Document,
    /// Anywhere before the claim: for two statements of one thing, so the pair is
    /// reported once, at the later one.
    Earlier,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum PickSpec {
    /// Bind only when exactly one mention (or several that resolve to the same value)
    /// qualifies; abstain when the text is ambiguous.
    Unique,
    /// Bind the closest qualifying mention.
    Nearest,
    /// Bind the mention that resolves to the latest date ("medals in 1949, 1952 and
    /// 1986": the last previous medal is the latest); abstain if any is unresolved.
    Latest,
}

#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum FallbackSpec {
    /// The article's date, used only when the text places its events on that day.
    ArticleDate,
    /// The article's date as "now", for claims whose wording is about the present
    /// ("its lowest level in six years"); year-sized checks do not need the day.
    Now,
    /// The article's date even when the events may be a few days before it (a death
    /// reported "on Saturday"), for checks whose tolerance is a year, such as an age.
    ArticleDateNearby,
}

/// One binding: which mention a name stands for.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BindingSpec {
    pub kind: Option<KindSpec>,
    /// Durations and relative offsets: the units accepted.
    #[serde(default)]
    pub unit: Vec<TimeUnit>,
    /// Quantities: the dimensions accepted (length, mass, area, volume, temperature, speed).
    #[serde(default)]
    pub dimension: Vec<Dimension>,
    /// Numeric kinds: `exact` accepts only amounts written without "about", "more
    /// than" and the like.
    pub approx: Option<ApproxSpec>,
    /// Numeric kinds: `false` reads a figure as exactly what is written (an age, a
    /// count), not as a rounding ("70" is 70, not 65–75). Default `true`.
    pub rounded: Option<bool>,
    /// Dates: the finest part that must be written.
    pub granularity: Option<GranularitySpec>,
    /// Dates: parts that must be written with the date.
    #[serde(default)]
    pub with: Vec<PartSpec>,
    pub year: Option<YearSpec>,
    /// Bind a part (weekday, time) of another binding's date.
    pub part_of: Option<String>,
    pub part: Option<PartSpec>,
    /// Where to look, relative to the first binding (default: sentence).
    #[serde(rename = "in")]
    pub scope: Option<ScopeSpec>,
    /// Must come right after this binding, with `gap` between.
    pub follows: Option<String>,
    /// Must come right before this binding, with `gap` between.
    pub precedes: Option<String>,
    /// A regex the text between this mention and `follows`/`precedes` must match whole.
    pub gap: Option<String>,
    /// A regex over the sentence text before the mention (usually ending in `$`).
    pub before: Option<String>,
    /// A regex over the sentence text after the mention (usually starting with `^`).
    pub after: Option<String>,
    /// A regex over the text before the mention that must *not* match.
    pub not_before: Option<String>,
    /// A regex over the text after the mention that must *not* match.
    pub not_after: Option<String>,
    pub relative_to: Option<RelativeTo>,
    pub direction: Option<Direction>,
    pub pick: Option<PickSpec>,
    /// Ages: bind only an age written with a name that can only be the one written
    /// with this earlier age binding's age (the same person).
    pub same_person: Option<String>,
    /// What to use when no mention qualifies.
    pub or: Option<FallbackSpec>,
    /// How the related span is labelled in findings.
    pub label: Option<String>,
}

/// A suggested replacement.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FixSpec {
    /// The binding whose span is replaced.
    pub at: String,
    /// A template for the replacement text.
    pub replace: String,
    #[serde(default)]
    pub safe: bool,
}

/// An example run as a test.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExampleSpec {
    pub text: String,
    /// The article date; otherwise the text's own header (e.g. a leading "Dated …").
    #[serde(default)]
    pub date: Option<String>,
    pub expect: Vec<ExpectSpec>,
}

/// A finding an example expects.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExpectSpec {
    /// The exact text of the finding's primary span.
    pub at: String,
    /// The texts of its related spans (each must be present).
    #[serde(default)]
    pub related: Vec<String>,
}

/// A YAML mapping whose entries keep their order (binding order matters) and whose
/// values deserialize with their source locations intact.
#[derive(Debug)]
pub struct OrderedMap<T>(pub Vec<(String, T)>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrderedMap<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for OrderedVisitor<T> {
            type Value = OrderedMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a mapping of names to bindings")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries: Vec<(String, T)> = Vec::new();
                while let Some((key, value)) = map.next_entry::<String, T>()? {
                    if entries.iter().any(|(k, _)| *k == key) {
                        return Err(serde::de::Error::custom(format!("`{key}` is bound twice")));
                    }
                    entries.push((key, value));
                }
                Ok(OrderedMap(entries))
            }
        }
        deserializer.deserialize_map(OrderedVisitor(std::marker::PhantomData))
    }
}
