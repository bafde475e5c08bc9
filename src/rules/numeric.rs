//! Numeric mentions as rule values: the interval a written amount allows, and the typed
//! functions over numbers and quantities (`percent`, `change`, `in_unit`, `widen`, …).
//!
//! The interval of a written amount is its rounding ("1.1" is [1.05, 1.15]; "600" is
//! [550, 650], since a figure ending in zeros may be rounded to its last non-zero digit),
//! widened by its approximation marker: "about"/"some"/"roughly" add 10 % of the value
//! either way; "more than"/"over"/"at least" leave it unbounded above; "nearly"/"almost"/
//! "less than"/"up to" unbounded below. Every end is rounded outward, so no check ever
//! rests on a rounding of our own.

use super::value::{QuantityValue, Range, Value, NUMBER_SCALE};
use crate::extract::{
    convert_unit_difference, convert_units, parse_number_words, Amount, Approx, Mention,
    MentionValue,
};

/// The share of its own value an "about" widens an amount by, in percent.
pub const ABOUT_PERCENT: i128 = 10;

/// The interval of values a written amount allows (fixed point, scaled by 10^6).
pub fn amount_range(amount: Amount, approx: Approx) -> Range {
    let lo = amount.value.saturating_sub(amount.half_step);
    let hi = amount.value.saturating_add(amount.half_step);
    match approx {
        Approx::Exact => Range::new(lo, hi),
        // Amounts are never rough; read one as "about" all the same.
        Approx::About | Approx::Rough => {
            let hedge = amount.value.unsigned_abs() / 100 * ABOUT_PERCENT.unsigned_abs();
            let hedge = i128::try_from(hedge).unwrap_or(i128::MAX);
            Range::new(lo.saturating_sub(hedge), hi.saturating_add(hedge))
        }
        Approx::AtLeast => Range::new(lo, i128::MAX),
        Approx::AtMost => Range::new(i128::MIN, hi),
    }
}

/// The value a numeric mention binds to: a number, or a quantity unless `as_amount`
/// asks for its bare amount. `as_written` drops the rounding interval, for figures that
/// are exact by nature (an age of "70" is not 65–75). `None` for other mentions.
pub fn mention_value(mention: &Mention, as_amount: bool, as_written: bool) -> Option<Value> {
    let written = |a: Amount| {
        if as_written {
            Amount { half_step: 0, ..a }
        } else {
            a
        }
    };
    let number = |a: Amount| Some(Value::Number(amount_range(written(a), mention.approx)));
    match &mention.value {
        MentionValue::Number(a) | MentionValue::Percent(a) => number(*a),
        MentionValue::Money(m) => number(m.amount),
        MentionValue::List(n) => Some(Value::Number(Range::exact(
            i128::from(*n).saturating_mul(NUMBER_SCALE),
        ))),
        // An age is whole years as written: "45" is never 44.5–45.5.
        MentionValue::Age(a) => Some(Value::Number(Range::exact(
            i128::from(a.years).saturating_mul(NUMBER_SCALE),
        ))),
        MentionValue::Quantity(q) if as_amount => number(q.amount),
        MentionValue::Quantity(q) => Some(Value::Quantity(QuantityValue {
            amount: amount_range(written(q.amount), mention.approx),
            unit: q.unit,
            nautical_context: q.nautical_context,
        })),
        _ => None,
    }
}

/// A note for the finding when an amount's interval is wider than its rounding.
pub fn tolerance_note(text: &str, mention: &Mention) -> Option<String> {
    let shown = match mention.approx {
        Approx::Exact => return None,
        Approx::About | Approx::Rough => format!("within {ABOUT_PERCENT} % either way"),
        Approx::AtLeast => "with no upper bound".to_string(),
        Approx::AtMost => "with no lower bound".to_string(),
    };
    Some(format!("“{}” read as its figure {shown}", text.trim()))
}

/// `a / b × 100`, or `None` when `b` may be zero.
pub fn percent(a: Range, b: Range, div: impl Fn(Range, Range) -> Option<Range>) -> Option<Range> {
    let ratio = div(a, b)?;
    Some(Range::new(
        ratio.lo.saturating_mul(100),
        ratio.hi.saturating_mul(100),
    ))
}

/// `x` widened by `pct` percent of its largest magnitude on each side; open ends stay
/// open.
pub fn widen(x: Range, pct: Range) -> Range {
    if x.lo == i128::MIN || x.hi == i128::MAX {
        return x;
    }
    let magnitude = x.lo.unsigned_abs().max(x.hi.unsigned_abs());
    let share = pct.hi.max(0).unsigned_abs();
    let d = magnitude
        .checked_mul(share)
        .map_or(u128::MAX, |p| p / (100 * NUMBER_SCALE.unsigned_abs()));
    let d = i128::try_from(d).unwrap_or(i128::MAX);
    Range::new(x.lo.saturating_sub(d), x.hi.saturating_add(d))
}

/// `x` rounded outward to `decimals` places (a fixed-point count, clamped to 0–6), so a
/// message shows "77.36–77.99" rather than every digit of the interval.
pub fn rounded(x: Range, decimals: Range) -> Range {
    let places = (decimals.lo / NUMBER_SCALE).clamp(0, 6);
    let step = 10_i128.pow(6 - places as u32);
    let down = |v: i128| {
        if v == i128::MIN || v == i128::MAX {
            v
        } else {
            v.div_euclid(step).saturating_mul(step)
        }
    };
    let up = |v: i128| {
        if v == i128::MIN || v == i128::MAX {
            v
        } else {
            (-((-v).div_euclid(step))).saturating_mul(step)
        }
    };
    Range::new(down(x.lo), up(x.hi))
}

/// `q`'s amount in `target`'s unit, or `None` when their dimensions differ or the
/// amount is unbounded.
pub fn in_unit(q: &QuantityValue, target: &QuantityValue) -> Option<Range> {
    let nautical = q.nautical_context || target.nautical_context;
    let (lo, hi) = convert_units(q.amount.lo, q.amount.hi, q.unit, target.unit, nautical)?;
    Some(Range::new(lo, hi))
}

/// `q` converted into `target`'s unit as a difference ("warmed by 1.5 °C" is 2.7 °F), or
/// `None` as for [`in_unit`]. Only temperatures read differently.
pub fn in_unit_change(q: &QuantityValue, target: &QuantityValue) -> Option<Range> {
    let nautical = q.nautical_context || target.nautical_context;
    let (lo, hi) =
        convert_unit_difference(q.amount.lo, q.amount.hi, q.unit, target.unit, nautical)?;
    Some(Range::new(lo, hi))
}

/// The whole numbers in `x`: a count written "four" stands for 3.5–4.5 as a measure,
/// but as a count it can only be 4. `None` when `x` holds no whole number.
pub fn whole(x: Range) -> Option<Range> {
    let up = |v: i128| {
        if v == i128::MIN {
            v
        } else {
            v.div_euclid(NUMBER_SCALE)
                .saturating_add(i128::from(v.rem_euclid(NUMBER_SCALE) != 0))
                .saturating_mul(NUMBER_SCALE)
        }
    };
    let down = |v: i128| {
        if v == i128::MAX {
            v
        } else {
            v.div_euclid(NUMBER_SCALE).saturating_mul(NUMBER_SCALE)
        }
    };
    let (lo, hi) = (up(x.lo), down(x.hi));
    (lo <= hi).then(|| Range::new(lo, hi))
}

/// How far a multiple word may be from the exact ratio, in thousandths of the multiple:
/// news writes "doubled" for anything from 1.6 to 2.5 times, "almost doubled" for 1.4 to
/// 2.1 times and "more than doubled" for at least 1.9 times (a rounded base can make a
/// true doubling look like 1.95).
const PLAIN_BAND: (i128, i128) = (800, 1_250);
const NEARLY_BAND: (i128, i128) = (700, 1_050);
const MORE_THAN_LOW: i128 = 950;

/// The ratios of a figure to its base that a multiple phrase allows ("doubled",
/// "almost twice", "more than tripled", "halved", "three times"), or `None` when the
/// phrase names no multiple. A fall ("halved") is the inverse of the matching rise, so
/// "more than halved" is at most 1/1.9.
pub fn multiple(phrase: &str) -> Option<Range> {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let hedge = |set: &[&str]| {
        set.iter().any(|h| {
            let h: Vec<&str> = h.split(' ').collect();
            words.windows(h.len()).any(|w| w == h.as_slice())
        })
    };
    let at_least = hedge(&["more than", "over", "at least", "well over"]);
    let at_most = hedge(&["nearly", "almost", "close to", "less than", "just under"]);
    let mut factor: Option<(i128, bool)> = None;
    for (i, w) in words.iter().enumerate() {
        let count = |n: &str| parse_number_words(n).map(i128::from);
        factor = if w.starts_with("doubl") || *w == "twice" {
            Some((2, false))
        } else if w.starts_with("tripl") || w.starts_with("trebl") {
            Some((3, false))
        } else if w.starts_with("quadrupl") {
            Some((4, false))
        } else if w.starts_with("halv") || *w == "half" {
            Some((2, true))
        } else if *w == "times" || *w == "fold" {
            i.checked_sub(1)
                .and_then(|p| count(words[p]))
                .map(|n| (n, false))
        } else if let Some(n) = w.strip_suffix("fold") {
            count(n.trim_end_matches('-')).map(|n| (n, false))
        } else {
            continue;
        };
        break;
    }
    let (m, inverse) = factor?;
    if m < 2 {
        return None;
    }
    let scaled = |thousandths: i128| m.saturating_mul(NUMBER_SCALE) / 1_000 * thousandths;
    let rise = if at_least {
        Range::new(scaled(MORE_THAN_LOW), i128::MAX)
    } else if at_most {
        Range::new(scaled(NEARLY_BAND.0), scaled(NEARLY_BAND.1))
    } else {
        Range::new(scaled(PLAIN_BAND.0), scaled(PLAIN_BAND.1))
    };
    if !inverse {
        return Some(rise);
    }
    // 1 / [lo, hi] = [1/hi, 1/lo], rounded outward; an open end becomes 0.
    let one = NUMBER_SCALE * NUMBER_SCALE;
    let lo = if rise.hi == i128::MAX {
        0
    } else {
        one / rise.hi
    };
    let hi = (one + rise.lo - 1) / rise.lo;
    Some(Range::new(lo, hi))
}

/// How many times an occasion phrase counts ("twice" 2, "three times" 3, "thrice" 3),
/// exactly, or `None` for any other words. "Once" is left out: "once again" and "once a
/// year" count nothing.
pub fn occasions(phrase: &str) -> Option<Range> {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let n = match words.as_slice() {
        ["twice"] => 2,
        ["thrice"] => 3,
        [count, "times"] => parse_number_words(count)
            .or_else(|| count.parse().ok())
            .filter(|&n| n >= 2)?,
        _ => return None,
    };
    let n = i128::from(n);
    Some(Range::exact(n.checked_mul(NUMBER_SCALE)?))
}

/// How many of the time unit a rate phrase names ("a month", "per year", "each week",
/// "annually") fit in a length of `seconds`, over every length the unit can have: a
/// month is 28 to 31 days, a year 365 or 366. `None` for a phrase that names no unit.
pub fn periods_in(seconds: Range, phrase: &str) -> Option<Range> {
    const DAY: i128 = 86_400;
    let lower = phrase.to_lowercase();
    let unit = lower
        .split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())?;
    let (shortest, longest) = match unit {
        "day" | "daily" => (DAY, DAY),
        "week" | "weekly" => (7 * DAY, 7 * DAY),
        "month" | "monthly" => (28 * DAY, 31 * DAY),
        "quarter" | "quarterly" => (89 * DAY, 92 * DAY),
        "year" | "annually" | "yearly" | "annum" => (365 * DAY, 366 * DAY),
        _ => return None,
    };
    let lo = seconds.lo.checked_mul(NUMBER_SCALE)? / longest;
    let hi = (seconds.hi.checked_mul(NUMBER_SCALE)? + shortest - 1) / shortest;
    Some(Range::new(lo, hi))
}

/// The position an ordinal word names ("first" 1, "fourth" 4, "12th" 12), exactly, or
/// `None` for any other words.
pub fn ordinal(word: &str) -> Option<Range> {
    const WORDS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    let lower = word.trim().to_lowercase();
    let n = match WORDS.iter().position(|w| *w == lower) {
        Some(i) => i128::try_from(i + 1).ok()?,
        None => {
            let digits = lower
                .strip_suffix("st")
                .or_else(|| lower.strip_suffix("nd"))
                .or_else(|| lower.strip_suffix("rd"))
                .or_else(|| lower.strip_suffix("th"))?;
            digits.parse::<i128>().ok().filter(|&n| n >= 1)?
        }
    };
    Some(Range::exact(n.checked_mul(NUMBER_SCALE)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    const S: i128 = NUMBER_SCALE;

    #[test]
    fn whole_numbers() {
        assert_eq!(
            whole(Range::new(3_500_000, 4_500_000)),
            Some(Range::exact(4 * S))
        );
        assert_eq!(
            whole(Range::new(550 * S, 650 * S)),
            Some(Range::new(550 * S, 650 * S))
        );
        assert_eq!(whole(Range::new(1_100_000, 1_900_000)), None);
        assert_eq!(
            whole(Range::new(30_500_000, i128::MAX)),
            Some(Range::new(31 * S, i128::MAX))
        );
        assert_eq!(
            whole(Range::new(-2_500_000, -1_500_000)),
            Some(Range::exact(-2 * S))
        );
    }

    #[test]
    fn multiples() {
        assert_eq!(multiple("doubled"), Some(Range::new(1_600_000, 2_500_000)));
        assert_eq!(
            multiple("almost doubled"),
            Some(Range::new(1_400_000, 2_100_000))
        );
        assert_eq!(
            multiple("more than twice"),
            Some(Range::new(1_900_000, i128::MAX))
        );
        assert_eq!(multiple("tripled"), Some(Range::new(2_400_000, 3_750_000)));
        assert_eq!(
            multiple("three times"),
            Some(Range::new(2_400_000, 3_750_000))
        );
        assert_eq!(multiple("fourfold"), Some(Range::new(3_200_000, 5_000_000)));
        assert_eq!(multiple("halved"), Some(Range::new(400_000, 625_000)));
        assert_eq!(multiple("more than halved"), Some(Range::new(0, 526_316)));
        assert_eq!(multiple("rose"), None);
        assert_eq!(multiple(""), None);
        assert_eq!(multiple("one times"), None);
    }

    #[test]
    fn periods_in_a_length() {
        const DAY: i128 = 86_400;
        // Two weeks hold exactly 14 days and 2 weeks.
        let fortnight = Range::exact(14 * DAY);
        assert_eq!(periods_in(fortnight, "a day"), Some(Range::exact(14 * S)));
        assert_eq!(periods_in(fortnight, "per week"), Some(Range::exact(2 * S)));
        // 365 days are a little under or exactly one year, 11.77 to 13.04 months.
        let year = Range::exact(365 * DAY);
        let in_years = periods_in(year, "a year").expect("a unit");
        assert!(in_years.lo < S && in_years.hi == S, "{in_years:?}");
        let in_months = periods_in(year, "each month").expect("a unit");
        assert!(
            in_months.lo < 12 * S && in_months.hi > 13 * S,
            "{in_months:?}"
        );
        assert_eq!(periods_in(year, "a head"), None);
    }

    #[test]
    fn occasion_and_ordinal_words() {
        assert_eq!(occasions("twice"), Some(Range::exact(2 * S)));
        assert_eq!(occasions("Three times"), Some(Range::exact(3 * S)));
        assert_eq!(occasions("4 times"), Some(Range::exact(4 * S)));
        assert_eq!(occasions("once"), None);
        assert_eq!(occasions("one times"), None);
        assert_eq!(occasions("doubled"), None);
        assert_eq!(ordinal("fourth"), Some(Range::exact(4 * S)));
        assert_eq!(ordinal("12th"), Some(Range::exact(12 * S)));
        assert_eq!(ordinal("0th"), None);
        assert_eq!(ordinal("fourteen"), None);
    }

    #[test]
    fn ranges_follow_rounding_and_markers() {
        let a = Amount {
            value: 1_100_000,
            half_step: 50_000,
        };
        assert_eq!(
            amount_range(a, Approx::Exact),
            Range::new(1_050_000, 1_150_000)
        );
        assert_eq!(
            amount_range(a, Approx::About),
            Range::new(940_000, 1_260_000)
        );
        assert_eq!(amount_range(a, Approx::AtLeast).hi, i128::MAX);
        assert_eq!(amount_range(a, Approx::AtMost).lo, i128::MIN);
    }

    #[test]
    fn widening() {
        assert_eq!(
            widen(Range::new(100 * S, 100 * S), Range::exact(5 * S)),
            Range::new(95 * S, 105 * S)
        );
        assert_eq!(
            widen(Range::new(0, i128::MAX), Range::exact(S)).hi,
            i128::MAX
        );
    }

    #[test]
    fn rounding_outward() {
        assert_eq!(
            rounded(Range::new(77_360_713, 77_982_085), Range::exact(2 * S)),
            Range::new(77_360_000, 77_990_000)
        );
        assert_eq!(
            rounded(Range::new(-1_234_567, 5), Range::exact(0)),
            Range::new(-2 * S, S)
        );
    }
}
