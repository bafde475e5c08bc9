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
    /// An amount with a unit of measure ("10 miles"); see [`QuantityValue`].
    Quantity,
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
            Type::Quantity => "quantity",
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

// Inherent `not`/`add`/`neg`/`sub` keep the three-valued and interval algebra explicit
// at call sites; operator traits would hide that these are not ordinary numbers.
#[allow(clippy::should_implement_trait)]
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

/// A closed interval of integers `[lo, hi]`, `lo <= hi`. `i128::MIN`/`i128::MAX` stand
/// for an open end ("more than 1,200" is `[1201, MAX]` in whole units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub lo: i128,
    pub hi: i128,
}

// Inherent `not`/`add`/`neg`/`sub` keep the three-valued and interval algebra explicit
// at call sites; operator traits would hide that these are not ordinary numbers.
#[allow(clippy::should_implement_trait)]
impl Range {
    pub fn exact(v: i128) -> Range {
        Range { lo: v, hi: v }
    }
    pub fn new(lo: i128, hi: i128) -> Range {
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
pub const NUMBER_SCALE: i128 = 1_000_000;

/// A length of time, as a range of **seconds** (negative when the end precedes the start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DurationValue {
    pub seconds: Range,
}

pub const SECONDS_PER_DAY: i128 = 86_400;

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
    Quantity(QuantityValue),
}

/// A quantity: an interval of amounts (fixed-point, scaled by [`NUMBER_SCALE`]) in one
/// unit of measure. Quantities are compared only after converting one into the other's
/// unit (`in_unit`), so the unit is never silently dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuantityValue {
    pub amount: Range,
    pub unit: crate::extract::Unit,
    /// Whether "miles" may be nautical in this text (see `extract::Quantity`).
    pub nautical_context: bool,
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
            Value::Quantity(_) => Type::Quantity,
        }
    }
}

impl Range {
    /// `self != other`: the negation of [`Range::eq`].
    pub fn ne(self, other: Range) -> Truth {
        self.eq(other).not()
    }
    /// `self <= other`: true when every value of `self` is at most every value of
    /// `other`, false when every value is greater.
    pub fn le(self, other: Range) -> Truth {
        if self.hi <= other.lo {
            Truth::True
        } else if self.lo > other.hi {
            Truth::False
        } else {
            Truth::Unknown
        }
    }
    /// `self > other`, i.e. `other < self`.
    pub fn gt(self, other: Range) -> Truth {
        other.lt(self)
    }
    /// `self >= other`, i.e. `other <= self`.
    pub fn ge(self, other: Range) -> Truth {
        other.le(self)
    }
    /// The interval of absolute values: `[-3, 5]` becomes `[0, 5]`.
    pub fn abs(self) -> Range {
        if self.lo >= 0 {
            self
        } else if self.hi <= 0 {
            self.neg()
        } else {
            Range::new(0, self.lo.saturating_neg().max(self.hi))
        }
    }
    /// Whether `v` lies in the interval.
    pub fn contains(self, v: i128) -> bool {
        self.lo <= v && v <= self.hi
    }
}

impl fmt::Display for Truth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Truth::True => "true",
            Truth::False => "false",
            Truth::Unknown => "unknown",
        })
    }
}

/// Formats a fixed-point number (scaled by [`NUMBER_SCALE`]) without trailing zeros.
fn fixed_point(v: i128) -> String {
    let sign = if v < 0 { "-" } else { "" };
    let abs = v.unsigned_abs();
    let scale = NUMBER_SCALE.unsigned_abs();
    let (int, frac) = (abs / scale, abs % scale);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        let digits = format!("{frac:06}");
        format!("{sign}{int}.{}", digits.trim_end_matches('0'))
    }
}

/// Writes an interval whose ends are already formatted, naming open ends in words so
/// a message never shows `i128::MAX`.
fn write_range(
    f: &mut fmt::Formatter<'_>,
    r: Range,
    show: impl Fn(i128) -> String,
    unknown: &str,
) -> fmt::Result {
    match (r.lo == i128::MIN, r.hi == i128::MAX) {
        (true, true) => f.write_str(unknown),
        (true, false) => write!(f, "at most {}", show(r.hi)),
        (false, true) => write!(f, "at least {}", show(r.lo)),
        (false, false) if r.is_exact() => f.write_str(&show(r.lo)),
        // An en dash reads badly next to a minus sign, so negative ranges use "to".
        (false, false) if r.lo < 0 => write!(f, "{} to {}", show(r.lo), show(r.hi)),
        (false, false) => write!(f, "{}–{}", show(r.lo), show(r.hi)),
    }
}

impl fmt::Display for DurationValue {
    /// Shows the duration in the largest unit that divides it exactly ("84 days",
    /// "2 hours", "90 seconds"), so messages repeat the writer's own units.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const UNITS: [(i128, &str); 4] = [
            (SECONDS_PER_DAY, "day"),
            (3_600, "hour"),
            (60, "minute"),
            (1, "second"),
        ];
        let r = self.seconds;
        let finite = [r.lo, r.hi]
            .into_iter()
            .filter(|&v| v != i128::MIN && v != i128::MAX);
        let ends: Vec<i128> = finite.collect();
        let (size, name) = UNITS
            .into_iter()
            .find(|(size, _)| ends.iter().all(|v| v % size == 0))
            .unwrap_or((1, "second"));
        // Singular only when the phrase shows one number and it is ±1 ("at least 1 day").
        let shown_one = r.is_exact() || ends.len() == 1;
        let plural = !(shown_one && ends.first().and_then(|v| v.checked_abs()) == Some(size));
        let suffix = if plural { "s" } else { "" };
        write_range(
            f,
            r,
            |v| (v / size).to_string(),
            "an unknown length of time",
        )?;
        if r.lo == i128::MIN && r.hi == i128::MAX {
            Ok(())
        } else {
            write!(f, " {name}{suffix}")
        }
    }
}

impl fmt::Display for Value {
    /// How a value appears in a rule's message.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(t) => t.fmt(f),
            Value::Number(r) => write_range(f, *r, fixed_point, "an unknown number"),
            Value::Date(d) => f.write_str(&d.label),
            Value::Duration(d) => d.fmt(f),
            Value::Weekday(Some(w)) => f.write_str(weekday_name(*w)),
            Value::Weekday(None) => f.write_str("an unknown weekday"),
            Value::Text(s) => f.write_str(s),
            Value::Quantity(q) => {
                write_range(f, q.amount, fixed_point, "an unknown amount")?;
                write!(f, " {}", q.unit.name())
            }
        }
    }
}

/// The English name of a weekday, as messages show it.
pub fn weekday_name(w: chrono::Weekday) -> &'static str {
    match w {
        chrono::Weekday::Mon => "Monday",
        chrono::Weekday::Tue => "Tuesday",
        chrono::Weekday::Wed => "Wednesday",
        chrono::Weekday::Thu => "Thursday",
        chrono::Weekday::Fri => "Friday",
        chrono::Weekday::Sat => "Saturday",
        chrono::Weekday::Sun => "Sunday",
    }
}

#[cfg(test)]
mod display_tests {
    use super::*;

    fn secs(lo: i128, hi: i128) -> String {
        Value::Duration(DurationValue {
            seconds: Range::new(lo, hi),
        })
        .to_string()
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        let n = |lo: i128, hi: i128| Value::Number(Range::new(lo, hi)).to_string();
        assert_eq!(n(84 * NUMBER_SCALE, 84 * NUMBER_SCALE), "84");
        assert_eq!(n(1_500_000, 1_500_000), "1.5");
        assert_eq!(n(-250_000, -250_000), "-0.25");
        assert_eq!(n(84 * NUMBER_SCALE, 90 * NUMBER_SCALE), "84–90");
        assert_eq!(n(1201 * NUMBER_SCALE, i128::MAX), "at least 1201");
        assert_eq!(n(i128::MIN, i128::MAX), "an unknown number");
    }

    #[test]
    fn durations_use_largest_exact_unit() {
        assert_eq!(secs(84 * SECONDS_PER_DAY, 84 * SECONDS_PER_DAY), "84 days");
        assert_eq!(secs(SECONDS_PER_DAY, SECONDS_PER_DAY), "1 day");
        assert_eq!(secs(7_200, 7_200), "2 hours");
        assert_eq!(secs(90, 90), "90 seconds");
        assert_eq!(secs(60, 60), "1 minute");
        assert_eq!(secs(-3 * SECONDS_PER_DAY, -3 * SECONDS_PER_DAY), "-3 days");
        assert_eq!(secs(6 * SECONDS_PER_DAY, 8 * SECONDS_PER_DAY), "6–8 days");
        assert_eq!(secs(-SECONDS_PER_DAY, SECONDS_PER_DAY), "-1 to 1 days");
        assert_eq!(secs(SECONDS_PER_DAY, i128::MAX), "at least 1 day");
    }

    #[test]
    fn other_values() {
        assert_eq!(Value::Bool(Truth::Unknown).to_string(), "unknown");
        assert_eq!(
            Value::Weekday(Some(chrono::Weekday::Fri)).to_string(),
            "Friday"
        );
        assert_eq!(Value::Weekday(None).to_string(), "an unknown weekday");
        assert_eq!(Value::Text("hi".into()).to_string(), "hi");
    }

    #[test]
    fn range_orderings() {
        let a = Range::new(1, 3);
        assert_eq!(a.le(Range::exact(3)), Truth::True);
        assert_eq!(a.le(Range::exact(0)), Truth::False);
        assert_eq!(a.le(Range::exact(2)), Truth::Unknown);
        assert_eq!(a.gt(Range::exact(0)), Truth::True);
        assert_eq!(a.ge(Range::exact(3)), Truth::Unknown);
        assert_eq!(a.ne(Range::exact(9)), Truth::True);
        assert_eq!(Range::new(-3, 5).abs(), Range::new(0, 5));
        assert_eq!(Range::new(-3, -1).abs(), Range::new(1, 3));
    }
}
