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
use crate::extract::{convert_units, Amount, Approx, Mention, MentionValue};

/// The share of its own value an "about" widens an amount by, in percent.
pub const ABOUT_PERCENT: i64 = 10;

/// The interval of values a written amount allows (fixed point, scaled by 10^6).
pub fn amount_range(amount: Amount, approx: Approx) -> Range {
    let lo = amount.value.saturating_sub(amount.half_step);
    let hi = amount.value.saturating_add(amount.half_step);
    match approx {
        Approx::Exact => Range::new(lo, hi),
        Approx::About => {
            let hedge = amount.value.unsigned_abs() / 100 * ABOUT_PERCENT.unsigned_abs();
            let hedge = i64::try_from(hedge).unwrap_or(i64::MAX);
            Range::new(lo.saturating_sub(hedge), hi.saturating_add(hedge))
        }
        Approx::AtLeast => Range::new(lo, i64::MAX),
        Approx::AtMost => Range::new(i64::MIN, hi),
    }
}

/// The value a numeric mention binds to: a number, or a quantity unless `as_amount`
/// asks for its bare amount. `None` for other mentions.
pub fn mention_value(mention: &Mention, as_amount: bool) -> Option<Value> {
    let number = |a: Amount| Some(Value::Number(amount_range(a, mention.approx)));
    match &mention.value {
        MentionValue::Number(a) | MentionValue::Percent(a) => number(*a),
        MentionValue::Money(m) => number(m.amount),
        MentionValue::List(n) => Some(Value::Number(Range::exact(
            i64::from(*n).saturating_mul(NUMBER_SCALE),
        ))),
        MentionValue::Quantity(q) if as_amount => number(q.amount),
        MentionValue::Quantity(q) => Some(Value::Quantity(QuantityValue {
            amount: amount_range(q.amount, mention.approx),
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
        Approx::About => format!("within {ABOUT_PERCENT} % either way"),
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
    if x.lo == i64::MIN || x.hi == i64::MAX {
        return x;
    }
    let magnitude = i128::from(x.lo.unsigned_abs().max(x.hi.unsigned_abs()));
    let share = i128::from(pct.hi.max(0));
    let d = magnitude * share / (100 * i128::from(NUMBER_SCALE));
    let d = i64::try_from(d).unwrap_or(i64::MAX);
    Range::new(x.lo.saturating_sub(d), x.hi.saturating_add(d))
}

/// `x` rounded outward to `decimals` places (a fixed-point count, clamped to 0–6), so a
/// message shows "77.36–77.99" rather than every digit of the interval.
pub fn rounded(x: Range, decimals: Range) -> Range {
    let places = (decimals.lo / NUMBER_SCALE).clamp(0, 6);
    let step = 10_i64.pow(6 - places as u32);
    let down = |v: i64| {
        if v == i64::MIN || v == i64::MAX {
            v
        } else {
            v.div_euclid(step).saturating_mul(step)
        }
    };
    let up = |v: i64| {
        if v == i64::MIN || v == i64::MAX {
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

#[cfg(test)]
mod tests {
    use super::*;
    const S: i64 = NUMBER_SCALE;

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
        assert_eq!(amount_range(a, Approx::AtLeast).hi, i64::MAX);
        assert_eq!(amount_range(a, Approx::AtMost).lo, i64::MIN);
    }

    #[test]
    fn widening() {
        assert_eq!(
            widen(Range::new(100 * S, 100 * S), Range::exact(5 * S)),
            Range::new(95 * S, 105 * S)
        );
        assert_eq!(widen(Range::new(0, i64::MAX), Range::exact(S)).hi, i64::MAX);
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
