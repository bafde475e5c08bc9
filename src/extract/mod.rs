//! The mention stage: a [`Document`]'s prose in, typed [`Mention`]s out.
//!
//! Owns recognising the claims factlint can check, in the forms news prose writes them,
//! and parsing each into a typed, *unresolved* value: a written date keeps the parts it
//! was written with (no year invented here), a duration keeps its unit and amount, and
//! every mention carries its approximation marker ("about", "more than", "a week"), which
//! later sets the tolerance a check may use. Resolution against the article date belongs
//! to `timeline`, not here.
//!
//! Extraction runs once per document over [`Document::prose`], so offsets are source
//! offsets and code, URLs and markup never produce mentions.

mod dates;
mod durations;
mod numbers;
mod times;

pub use numbers::parse_number_words;

use crate::document::{Document, Span};

/// One recognised claim in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The whole expression, e.g. "about 84 days" or "Friday, May 13, 2022".
    pub span: Span,
    pub value: MentionValue,
    /// The approximation marker written with it, which sets the check's tolerance.
    pub approx: Approx,
}

/// The typed, unresolved value of a mention.
#[derive(Clone, Debug, PartialEq)]
pub enum MentionValue {
    /// A calendar date as written, possibly partial ("February 18", "May 2022", "2022"),
    /// possibly with a time of day ("13 MAY 22 12:01 ET").
    Date(WrittenDate),
    /// A weekday name standing alone ("on Friday", "Friday's meeting").
    Weekday(chrono::Weekday),
    /// A time of day standing alone ("at 12:49 p.m.").
    Time(TimeOfDay),
    /// A length of time ("84 days", "an hour", "three-week", "eighty-four days").
    Duration(Duration),
    /// A shift from another point in time: "a week before", "two days later",
    /// "yesterday", "three days ago".
    Relative(RelativeOffset),
}

/// A date as the text wrote it. Any part may be missing; nothing is validated here, so
/// "April 31" is kept as month 4, day 31 for the `impossible-date` check to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    pub year: Option<WrittenYear>,
    /// 1–12.
    pub month: Option<u32>,
    /// As written, 1–31 (not checked against the month).
    pub day: Option<u32>,
    /// A weekday written as part of the date ("Friday, May 13, 2022").
    pub weekday: Option<WeekdayPart>,
    /// A time written as part of the date ("13 MAY 22 12:01 ET").
    pub time: Option<TimeOfDay>,
    /// Where the day-month part is ("May 13" in "Friday, May 13, 2022"), for messages.
    pub date_span: Span,
}

/// A weekday that is part of a larger date expression, with its own span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayPart {
    pub weekday: chrono::Weekday,
    pub span: Span,
}

/// A year as written: four digits, or two ("13 MAY 22", "5/13/22").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WrittenYear {
    Full(i32),
    TwoDigit(u32),
}

/// A time of day, 24-hour, with the zone abbreviation if one was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
    pub zone: Option<Zone>,
}

/// Time zone abbreviations common in news datelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// US Eastern, "ET" (no daylight-saving distinction written).
    Et,
    Est,
    Edt,
    Ct,
    Cst,
    Cdt,
    Mt,
    Pt,
    Pst,
    Pdt,
    Gmt,
    Utc,
    Bst,
    Cet,
}

/// Units of time a duration can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

/// A written length of time. `amount` is in `unit`s; fractional amounts ("1.5 hours",
/// "half an hour") are kept exactly as thousandths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    /// Amount in thousandths of a unit ("84 days" → 84_000; "half an hour" → 500).
    pub milli_amount: u64,
    pub unit: TimeUnit,
    /// True when the amount was the indefinite article ("a week", "an hour"), which
    /// news prose uses loosely; checks widen their tolerance for it.
    pub indefinite: bool,
    /// Used as a modifier: "the three-week trip", "a 10-day visit".
    pub adjectival: bool,
}

/// Which way a relative expression points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Before,
    After,
}

/// What a relative expression is relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelativeTo {
    /// The article's own date: "yesterday", "three days ago", "tomorrow".
    Anchor,
    /// Another event in the text: "a week before …", "two days later", "the day after".
    Event,
}

/// A shift in time: the duration, its direction and what it is relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelativeOffset {
    pub by: Duration,
    pub direction: Direction,
    pub relative_to: RelativeTo,
}

/// The approximation marker written with a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Approx {
    #[default]
    Exact,
    /// "about", "around", "approximately", "roughly", "some", "nearly"-free hedges.
    About,
    /// "more than", "over", "at least": the true value is ≥ (or >) the written one.
    AtLeast,
    /// "less than", "under", "up to", "nearly", "almost": the true value is ≤ it.
    AtMost,
}

/// Finds every mention in the document's prose, sorted by span start, with no two
/// mentions overlapping (the longest match wins).
pub fn extract(doc: &Document) -> Vec<Mention> {
    todo!()
}
