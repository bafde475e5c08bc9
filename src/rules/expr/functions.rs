//! The function library rules may call, with a signature table that drives both the
//! type checker and the generated documentation (`factlint explain`).

use super::eval::{compare_dates, day_numbers, div_scaled, whole_units};
use super::{BinaryOp, EvalError};
use crate::rules::numeric;
use crate::rules::value::{
    DateValue, DurationValue, Range, Truth, Type, Value, NUMBER_SCALE, SECONDS_PER_DAY,
};
use chrono::{Datelike, NaiveDate};

/// One overload of a library function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Signature {
    /// The name rules call it by.
    pub name: &'static str,
    /// Parameter types, in order.
    pub params: &'static [Type],
    /// Result type.
    pub ret: Type,
    /// One line for the docs.
    pub doc: &'static str,
}

impl std::fmt::Display for Signature {
    /// The signature as the docs show it, e.g. `days(date, date) -> duration`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let params: Vec<String> = self.params.iter().map(Type::to_string).collect();
        write!(f, "{}({}) -> {}", self.name, params.join(", "), self.ret)
    }
}

use Type::{Bool, Date, Duration, Number, Quantity, Text, Weekday};

/// Every function, one row per overload (`abs` has two). Functions that cannot know
/// their result (a month-only date, an unknown year) fail evaluation, so the engine
/// abstains instead of guessing.
pub const FUNCTIONS: &[Signature] = &[
    Signature {
        name: "abs",
        params: &[Duration],
        ret: Duration,
        doc: "The length of a duration, ignoring its sign.",
    },
    Signature {
        name: "abs",
        params: &[Number],
        ret: Number,
        doc: "The absolute value of a number.",
    },
    Signature {
        name: "add",
        params: &[Date, Duration],
        ret: Date,
        doc: "The date a whole number of days after an exact date (undefined otherwise).",
    },
    Signature {
        name: "after",
        params: &[Date, Date],
        ret: Bool,
        doc: "Whether the first date is strictly later than the second.",
    },
    Signature {
        name: "before",
        params: &[Date, Date],
        ret: Bool,
        doc: "Whether the first date is strictly earlier than the second.",
    },
    Signature {
        name: "age_on",
        params: &[Date, Date],
        ret: Number,
        doc: "Whole years of age on the second date of someone born on the first, over every day both dates allow (a birth year alone allows two ages).",
    },
    Signature {
        name: "amount",
        params: &[Quantity],
        ret: Number,
        doc: "The amount of a quantity in its own unit (\"10 miles\" → 10).",
    },
    Signature {
        name: "change",
        params: &[Number, Number],
        ret: Number,
        doc: "The percent change from the first number to the second: (b − a) / a × 100, over all values both allow.",
    },
    Signature {
        name: "days",
        params: &[Date, Date],
        ret: Duration,
        doc: "Whole days from the first date to the second (negative if earlier); times ignored.",
    },
    Signature {
        name: "in_unit",
        params: &[Quantity, Quantity],
        ret: Number,
        doc: "The first quantity converted into the second's unit (undefined across dimensions); an ambiguous unit gives the hull of its readings.",
    },
    Signature {
        name: "in_unit_change",
        params: &[Quantity, Quantity],
        ret: Number,
        doc: "The first quantity converted into the second's unit as a difference: temperatures scale without their offset (a rise of 1.5 °C is 2.7 °F); other units as in_unit.",
    },
    Signature {
        name: "in_days",
        params: &[Duration],
        ret: Number,
        doc: "A duration as a number of whole days, rounded outward.",
    },
    Signature {
        name: "is_real_date",
        params: &[Date],
        ret: Bool,
        doc: "Whether the date exists on the calendar (false for April 31 or a non-leap Feb 29).",
    },
    Signature {
        name: "multiple",
        params: &[Text],
        ret: Number,
        doc: "The ratios a multiple phrase allows (\"doubled\" 1.6–2.5, \"almost twice\" 1.4–2.1, \"more than tripled\" at least 2.85, \"halved\" 0.4–0.625); undefined for other words.",
    },
    Signature {
        name: "occasions",
        params: &[Text],
        ret: Number,
        doc: "How many times an occasion phrase counts, exactly (\"twice\" 2, \"three times\" 3); undefined for other words, \"once\" included.",
    },
    Signature {
        name: "ordinal",
        params: &[Text],
        ret: Number,
        doc: "The position an ordinal word names, exactly (\"fourth\" 4, \"12th\" 12); undefined for other words.",
    },
    Signature {
        name: "periods_in",
        params: &[Duration, Text],
        ret: Number,
        doc: "How many of the unit a rate phrase names (\"a month\", \"per year\") fit in the duration, over every length the unit can have (a month 28–31 days); undefined for other words.",
    },
    Signature {
        name: "percent",
        params: &[Number, Number],
        ret: Number,
        doc: "The first number as a percentage of the second: a / b × 100, over all values both allow.",
    },
    Signature {
        name: "rounded",
        params: &[Number, Number],
        ret: Number,
        doc: "A number interval rounded outward to the given count of decimals (0–6), for messages.",
    },
    Signature {
        name: "same_day",
        params: &[Date, Date],
        ret: Bool,
        doc: "Whether two dates fall on the same calendar day; times ignored.",
    },
    Signature {
        name: "sub",
        params: &[Date, Duration],
        ret: Date,
        doc: "The date a whole number of days before an exact date (undefined otherwise).",
    },
    Signature {
        name: "utc_offset",
        params: &[Date, Date],
        ret: Duration,
        doc: "The zone offset a local time and the same moment in GMT/UTC imply (\"10 a.m. (0800 GMT)\" → 2 hours), between −12 and +12 hours; undefined unless the first time has no zone and the second is GMT or UTC.",
    },
    Signature {
        name: "weekday",
        params: &[Date],
        ret: Weekday,
        doc: "The day of the week of an exact date (unknown for a month or year).",
    },
    Signature {
        name: "weeks",
        params: &[Duration],
        ret: Number,
        doc: "A duration as a number of whole weeks, rounded outward.",
    },
    Signature {
        name: "whole",
        params: &[Number],
        ret: Number,
        doc: "The whole numbers a number allows, for counts: \"four\" (3.5–4.5 as a measure) is exactly 4 (undefined if it allows none).",
    },
    Signature {
        name: "widen",
        params: &[Number, Number],
        ret: Number,
        doc: "A number interval widened on each side by the given percent of its magnitude (a tolerance).",
    },
    Signature {
        name: "year",
        params: &[Date],
        ret: Number,
        doc: "The year of a date (undefined when the year is unknown).",
    },
];

/// The overloads of `name`.
pub fn overloads(name: &str) -> impl Iterator<Item = &'static Signature> + '_ {
    FUNCTIONS.iter().filter(move |s| s.name == name)
}

/// The distinct function names, sorted, for "known functions are …" messages.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<_> = FUNCTIONS.iter().map(|s| s.name).collect();
    names.sort_unstable();
    names.dedup();
    names
}

fn undefined(why: impl Into<String>) -> EvalError {
    EvalError::Undefined(why.into())
}

/// Calls a library function on evaluated arguments.
pub(super) fn call(name: &str, args: &[Value]) -> Result<Value, EvalError> {
    use Value as V;
    Ok(match (name, args) {
        ("abs", [V::Duration(d)]) => V::Duration(DurationValue {
            seconds: d.seconds.abs(),
        }),
        ("abs", [V::Number(n)]) => V::Number(n.abs()),
        ("add", [V::Date(d), V::Duration(x)]) => V::Date(shift_date(d, x.seconds)?),
        ("sub", [V::Date(d), V::Duration(x)]) => V::Date(shift_date(d, x.seconds.neg())?),
        ("after", [V::Date(a), V::Date(b)]) => V::Bool(compare_dates(BinaryOp::Gt, a, b)),
        ("before", [V::Date(a), V::Date(b)]) => V::Bool(compare_dates(BinaryOp::Lt, a, b)),
        ("days", [V::Date(a), V::Date(b)]) => V::Duration(days_between(a, b)?),
        ("in_days", [V::Duration(x)]) => V::Number(whole_units(x.seconds, SECONDS_PER_DAY)),
        ("weeks", [V::Duration(x)]) => V::Number(whole_units(x.seconds, 7 * SECONDS_PER_DAY)),
        ("amount", [V::Quantity(q)]) => V::Number(q.amount),
        ("age_on", [V::Date(birth), V::Date(on)]) => V::Number(age_on(birth, on)?),
        ("percent", [V::Number(a), V::Number(b)]) => V::Number(
            numeric::percent(*a, *b, div_scaled)
                .ok_or_else(|| undefined("a percentage of a range containing zero"))?,
        ),
        ("change", [V::Number(a), V::Number(b)]) => V::Number(
            numeric::percent(b.sub(*a), *a, div_scaled)
                .ok_or_else(|| undefined("a change from a range containing zero"))?,
        ),
        ("multiple", [V::Text(phrase)]) => V::Number(
            numeric::multiple(phrase)
                .ok_or_else(|| undefined(format!("“{phrase}” names no multiple")))?,
        ),
        ("occasions", [V::Text(phrase)]) => V::Number(
            numeric::occasions(phrase)
                .ok_or_else(|| undefined(format!("“{phrase}” counts no occasions")))?,
        ),
        ("periods_in", [V::Duration(d), V::Text(phrase)]) => V::Number(
            numeric::periods_in(d.seconds, phrase)
                .ok_or_else(|| undefined(format!("“{phrase}” names no time unit")))?,
        ),
        ("ordinal", [V::Text(word)]) => V::Number(
            numeric::ordinal(word).ok_or_else(|| undefined(format!("“{word}” is no ordinal")))?,
        ),
        ("whole", [V::Number(x)]) => V::Number(
            numeric::whole(*x).ok_or_else(|| undefined("a count that allows no whole number"))?,
        ),
        ("widen", [V::Number(x), V::Number(p)]) => V::Number(numeric::widen(*x, *p)),
        ("rounded", [V::Number(x), V::Number(d)]) => V::Number(numeric::rounded(*x, *d)),
        ("in_unit", [V::Quantity(q), V::Quantity(t)]) => V::Number(
            numeric::in_unit(q, t)
                .ok_or_else(|| undefined("quantities of different dimensions"))?,
        ),
        ("in_unit_change", [V::Quantity(q), V::Quantity(t)]) => V::Number(
            numeric::in_unit_change(q, t)
                .ok_or_else(|| undefined("quantities of different dimensions"))?,
        ),
        ("is_real_date", [V::Date(d)]) => V::Bool(is_real_date(d)),
        ("same_day", [V::Date(a), V::Date(b)]) => V::Bool(match (day_numbers(a), day_numbers(b)) {
            (Some(x), Some(y)) => x.eq(y),
            _ => Truth::Unknown,
        }),
        ("utc_offset", [V::Date(local), V::Date(utc)]) => V::Duration(utc_offset(local, utc)?),
        ("weekday", [V::Date(d)]) => V::Weekday(exact_day(d).map(|x| x.weekday())),
        ("year", [V::Date(d)]) => {
            let year = d
                .year
                .ok_or_else(|| undefined(format!("the year of {} is unknown", d.label)))?;
            V::Number(Range::exact(i128::from(year) * NUMBER_SCALE))
        }
        _ => {
            let types: Vec<String> = args.iter().map(|a| a.type_of().to_string()).collect();
            return Err(undefined(format!(
                "no function {name}({}) exists",
                types.join(", ")
            )));
        }
    })
}

/// The one calendar day a date denotes, if it is that precise.
fn exact_day(d: &DateValue) -> Option<NaiveDate> {
    match d.day_range()? {
        (first, last) if first == last => Some(first),
        _ => None,
    }
}

/// `b - a` in whole days over the dates' day intervals.
pub(super) fn days_between(a: &DateValue, b: &DateValue) -> Result<DurationValue, EvalError> {
    let span = |d: &DateValue| {
        day_numbers(d).ok_or_else(|| undefined(format!("{} is not a known calendar span", d.label)))
    };
    let (ra, rb) = (span(a)?, span(b)?);
    Ok(DurationValue::days(Range::new(
        rb.lo - ra.hi,
        rb.hi - ra.lo,
    )))
}

/// `d` moved by `seconds`, defined only for an exact day and an exact whole number of
/// days: anything else would need a date granularity [`DateValue`] cannot express.
/// The time of day, if any, is kept.
pub(super) fn shift_date(d: &DateValue, seconds: Range) -> Result<DateValue, EvalError> {
    let day = exact_day(d).ok_or_else(|| undefined(format!("{} is not one exact day", d.label)))?;
    if !seconds.is_exact() || seconds.lo % SECONDS_PER_DAY != 0 {
        return Err(undefined(
            "only an exact number of whole days can be added to a date",
        ));
    }
    let days = u64::try_from((seconds.lo / SECONDS_PER_DAY).unsigned_abs())
        .map_err(|_| undefined("date out of range"))?;
    let shifted = chrono::Days::new(days);
    let result = if seconds.lo >= 0 {
        day.checked_add_days(shifted)
    } else {
        day.checked_sub_days(shifted)
    }
    .ok_or_else(|| undefined("date out of range"))?;
    let mut out = DateValue::from_date(result, crate::timeline::day_label(result));
    out.time = d.time;
    Ok(out)
}

/// The offset from UTC that a local clock reading and the same moment in GMT imply:
/// `local − utc`, folded into (−12 h, +12 h] since the two readings may fall on
/// different calendar days. Only a zone-less local time against a GMT/UTC one is
/// defined; "9 a.m. EST (1400 GMT)" states its zone already.
pub(super) fn utc_offset(local: &DateValue, utc: &DateValue) -> Result<DurationValue, EvalError> {
    const DAY_MINUTES: i128 = 24 * 60;
    let (Some(l), Some(u)) = (local.time, utc.time) else {
        return Err(undefined("utc_offset needs two times of day"));
    };
    if l.zone.is_some() || !matches!(u.zone, Some("GMT" | "UTC")) {
        return Err(undefined(
            "utc_offset needs a local time without a zone and a GMT or UTC time",
        ));
    }
    let mut minutes = (i128::from(l.minutes) - i128::from(u.minutes)).rem_euclid(DAY_MINUTES);
    if minutes > DAY_MINUTES / 2 {
        minutes -= DAY_MINUTES;
    }
    Ok(DurationValue {
        seconds: Range::exact(minutes * 60),
    })
}

/// Whether a date's parts can denote a real day (see [`FUNCTIONS`]).
fn is_real_date(d: &DateValue) -> Truth {
    let Some(day) = d.day else {
        // A month or a year alone is real as long as the month is.
        return Truth::from_bool(d.month.is_none_or(|m| (1..=12).contains(&m)));
    };
    let Some(month) = d.month else {
        // "the 31st" of an unknown month: some month has it.
        return if (1..=31).contains(&day) {
            Truth::Unknown
        } else {
            Truth::False
        };
    };
    let max = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match d.year {
            Some(y) => {
                if NaiveDate::from_ymd_opt(y, 2, 29).is_some() {
                    29
                } else {
                    28
                }
            }
            None if day == 29 => return Truth::Unknown,
            None => 29,
        },
        _ => return Truth::False,
    };
    Truth::from_bool((1..=max).contains(&day))
}

/// Whole years from `birth` to `on` over every pair of days the two dates allow.
fn age_on(birth: &DateValue, on: &DateValue) -> Result<Range, EvalError> {
    let span = |d: &DateValue| {
        d.day_range()
            .ok_or_else(|| undefined(format!("{} is not a known calendar span", d.label)))
    };
    let ((b_first, b_last), (o_first, o_last)) = (span(birth)?, span(on)?);
    let years = |b: NaiveDate, o: NaiveDate| {
        let before_birthday = (o.month(), o.day()) < (b.month(), b.day());
        i128::from(o.year() - b.year()) - i128::from(before_birthday)
    };
    let (lo, hi) = (years(b_last, o_first), years(b_first, o_last));
    if lo < 0 {
        return Err(undefined("the date is before the birth"));
    }
    Ok(Range::new(lo * NUMBER_SCALE, hi * NUMBER_SCALE))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::value::TimeValue;

    fn clock(minutes: u32, zone: Option<&'static str>) -> DateValue {
        DateValue {
            year: None,
            month: None,
            day: None,
            time: Some(TimeValue { minutes, zone }),
            label: String::new(),
        }
    }

    fn hours(local: u32, utc: u32) -> Result<i128, EvalError> {
        utc_offset(&clock(local, None), &clock(utc, Some("GMT"))).map(|d| d.seconds.lo / 3_600)
    }

    #[test]
    fn utc_offsets_fold_across_midnight() {
        // "10 a.m. (0800 GMT)" is two hours ahead of GMT.
        assert_eq!(hours(10 * 60, 8 * 60), Ok(2));
        // "1 p.m. (0500 GMT)": eight hours ahead.
        assert_eq!(hours(13 * 60, 5 * 60), Ok(8));
        // "9 p.m. (0200 GMT)" the next day in GMT: five hours behind.
        assert_eq!(hours(21 * 60, 2 * 60), Ok(-5));
        // "7 a.m. (2300 GMT)" the day before in GMT: eight hours ahead.
        assert_eq!(hours(7 * 60, 23 * 60), Ok(8));
        // Exactly twelve hours either way reads as +12.
        assert_eq!(hours(0, 12 * 60), Ok(12));
        let half = utc_offset(&clock(10 * 60, None), &clock(4 * 60 + 30, Some("UTC")));
        assert_eq!(half.map(|d| d.seconds.lo), Ok(5 * 3_600 + 1_800));
    }

    #[test]
    fn utc_offsets_need_a_zoneless_local_time_and_gmt() {
        let est = utc_offset(&clock(9 * 60, Some("EST")), &clock(14 * 60, Some("GMT")));
        assert!(est.is_err());
        let both_local = utc_offset(&clock(9 * 60, None), &clock(14 * 60, None));
        assert!(both_local.is_err());
        let no_time = DateValue {
            time: None,
            ..clock(0, None)
        };
        assert!(utc_offset(&no_time, &clock(0, Some("GMT"))).is_err());
    }
}
