//! The typed values that rule expressions compute with.
//!
//! Every quantity is an *interval* of what the text allows: "84 days" is [84, 84] days,
//! "about three months" is [80, 100] days, "May 2022" is every day of May. A comparison
//! is therefore three-valued ([`Truth`]): definitely true, definitely false, or unknown.
//! A rule fires only when its assertion is definitely false, which is how approximate
//! language and partial dates make a check abstain instead of crying wolf.

use chrono::{Datelike, NaiveDate};
use std::fmt;

/// The static type of an expression. Checked when rules load, never while linting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Bool,
    Number,
    Date,
    Duration,
    Weekday,
    Text,
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Type::Bool => "bool",
            Type::Number => "number",
            Type::Date => "date",
            Type::Duration => "duration",
            Type::Weekday => "weekday",
            Type::Text => "text",
        })
    }
}

/// Three-valued truth (Kleene logic).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    pub fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::False, _) | (_, Truth::False) => Truth::False,
            (Truth::True, Truth::True) => Truth::True,
            _ => Truth::Unknown,
        }
    }
    pub fn or(self, other: Truth) -> Truth {
        self.not().and(other.not()).not()
    }
    pub fn from_bool(b: bool) -> Truth {
        if b {
            Truth::True
        } else {
            Truth::False
        }
    }
}

/// A closed interval of integers `[lo, hi]`, `lo <= hi`. `i64::MIN`/`i64::MAX` stand
/// for an open end ("more than 1,200" is `[1201, MAX]` in whole units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub lo: i64,
    pub hi: i64,
}

impl Range {
    pub fn exact(v: i64) -> Range {
        Range { lo: v, hi: v }
    }
    pub fn new(lo: i64, hi: i64) -> Range {
        Range {
            lo: lo.min(hi),
            hi: lo.max(hi),
        }
    }
    pub fn is_exact(self) -> bool {
        self.lo == self.hi
    }
    /// `self == other`: true if both are the same single value, false if disjoint.
    pub fn eq(self, other: Range) -> Truth {
        if self.hi < other.lo || other.hi < self.lo {
            Truth::False
        } else if self.is_exact() && self == other {
            Truth::True
        } else {
            Truth::Unknown
        }
    }
    /// `self < other`.
    pub fn lt(self, other: Range) -> Truth {
        if self.hi < other.lo {
            Truth::True
        } else if self.lo >= other.hi {
            Truth::False
        } else {
            Truth::Unknown
        }
    }
    pub fn add(self, other: Range) -> Range {
        Range::new(
            self.lo.saturating_add(other.lo),
            self.hi.saturating_add(other.hi),
        )
    }
    pub fn neg(self) -> Range {
        Range::new(self.hi.saturating_neg(), self.lo.saturating_neg())
    }
    pub fn sub(self, other: Range) -> Range {
        self.add(other.neg())
    }
}

/// Numbers are fixed-point with six decimal places, so no finding ever rests on a float
/// comparison: `Number(Range { lo: 1_500_000, hi: 1_500_000 })` is exactly 1.5.
pub const NUMBER_SCALE: i64 = 1_000_000;

/// A length of time, as a range of **seconds** (negative when the end precedes the start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DurationValue {
    pub seconds: Range,
}

pub const SECONDS_PER_DAY: i64 = 86_400;

impl DurationValue {
    pub fn days(range: Range) -> DurationValue {
        DurationValue {
            seconds: Range::new(
                range.lo.saturating_mul(SECONDS_PER_DAY),
                range.hi.saturating_mul(SECONDS_PER_DAY),
            ),
        }
    }
}

/// A time of day as minutes after midnight, with the zone's UTC offset in minutes when
/// it is known (US zones written without DST, like "ET", have no fixed offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeValue {
    pub minutes: u32,
    /// The zone as written, e.g. "ET"; two times compare only when their zones match
    /// or both are absent.
    pub zone: Option<&'static str>,
}

/// A calendar date at some granularity, with an optional time of day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateValue {
    /// Resolved year (explicit or inferred); `None` when it cannot be known.
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub time: Option<TimeValue>,
    /// How messages show this date, e.g. "February 18, 2022".
    pub label: String,
}

impl DateValue {
    /// The first and last calendar day this value may denote, or `None` when the parts
    /// are not a real date ("April 31") or the year is unknown.
    pub fn day_range(&self) -> Option<(NaiveDate, NaiveDate)> {
        let year = self.year?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(year, m, d).map(|x| (x, x)),
            (Some(m), None) => {
                let first = NaiveDate::from_ymd_opt(year, m, 1)?;
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(year, m + 1, 1)?
                };
                Some((first, next.pred_opt()?))
            }
            (None, None) => Some((
                NaiveDate::from_ymd_opt(year, 1, 1)?,
                NaiveDate::from_ymd_opt(year, 12, 31)?,
            )),
            (None, Some(_)) => None,
        }
    }

    /// A value for one exact calendar day.
    pub fn from_date(date: NaiveDate, label: String) -> DateValue {
        DateValue {
            year: Some(date.year()),
            month: Some(date.month()),
            day: Some(date.day()),
            time: None,
            label,
        }
    }
}

/// A value of some [`Type`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(Truth),
    /// Fixed-point, scaled by [`NUMBER_SCALE`].
    Number(Range),
    Date(DateValue),
    Duration(DurationValue),
    /// `None` when the weekday cannot be known (e.g. the weekday of a whole month).
    Weekday(Option<chrono::Weekday>),
    Text(String),
}

impl Value {
    pub fn type_of(&self) -> Type {
        match self {
            Value::Bool(_) => Type::Bool,
            Value::Number(_) => Type::Number,
            Value::Date(_) => Type::Date,
            Value::Duration(_) => Type::Duration,
            Value::Weekday(_) => Type::Weekday,
            Value::Text(_) => Type::Text,
        }
    }
}
