//! The evaluator: interval arithmetic and three-valued comparison over [`Value`]s.

use super::functions;
use super::{BinaryOp, EvalError, Expr, ExprKind, UnaryOp, ValueEnv};
use crate::rules::value::{DateValue, DurationValue, Range, Truth, Value, NUMBER_SCALE};
use chrono::Datelike;

pub(super) fn eval(expr: &Expr, env: &ValueEnv) -> Result<Value, EvalError> {
    match &expr.kind {
        ExprKind::Literal(v) => Ok(v.clone()),
        ExprKind::Name(n) => env
            .get(n)
            .cloned()
            .ok_or_else(|| EvalError::Unbound(n.clone())),
        ExprKind::Call { name, args, .. } => {
            let values = args
                .iter()
                .map(|a| eval(a, env))
                .collect::<Result<Vec<_>, _>>()?;
            functions::call(name, &values)
        }
        ExprKind::Unary { op, operand } => {
            let v = eval(operand, env)?;
            match (op, v) {
                (UnaryOp::Not, Value::Bool(t)) => Ok(Value::Bool(t.not())),
                (UnaryOp::Neg, Value::Number(r)) => Ok(Value::Number(r.neg())),
                (UnaryOp::Neg, Value::Duration(d)) => Ok(Value::Duration(DurationValue {
                    seconds: d.seconds.neg(),
                })),
                (_, v) => Err(mismatch(&format!("cannot negate a {}", v.type_of()))),
            }
        }
        ExprKind::Binary { op, lhs, rhs, .. } => match op {
            BinaryOp::And | BinaryOp::Or => logic(*op, lhs, rhs, env),
            _ => {
                let a = eval(lhs, env)?;
                let b = eval(rhs, env)?;
                if op.is_comparison() {
                    compare(*op, &a, &b).map(Value::Bool)
                } else {
                    arithmetic(*op, a, b)
                }
            }
        },
    }
}

fn mismatch(what: &str) -> EvalError {
    EvalError::Undefined(format!("type mismatch: {what}"))
}

fn truth(v: Value) -> Result<Truth, EvalError> {
    match v {
        Value::Bool(t) => Ok(t),
        other => Err(mismatch(&format!(
            "expected bool, found {}",
            other.type_of()
        ))),
    }
}

/// Kleene `&&`/`||`, short-circuiting when the left side decides the result, so a rule
/// can guard an undefined right side (`is_real_date(d) && weekday(d) == friday`).
fn logic(op: BinaryOp, lhs: &Expr, rhs: &Expr, env: &ValueEnv) -> Result<Value, EvalError> {
    let a = truth(eval(lhs, env)?)?;
    let decisive = if op == BinaryOp::And {
        Truth::False
    } else {
        Truth::True
    };
    if a == decisive {
        return Ok(Value::Bool(a));
    }
    let b = truth(eval(rhs, env)?)?;
    Ok(Value::Bool(if op == BinaryOp::And {
        a.and(b)
    } else {
        a.or(b)
    }))
}

/// Applies a comparison operator to two intervals.
pub(super) fn compare_ranges(op: BinaryOp, a: Range, b: Range) -> Truth {
    match op {
        BinaryOp::Eq => a.eq(b),
        BinaryOp::Ne => a.ne(b),
        BinaryOp::Lt => a.lt(b),
        BinaryOp::Le => a.le(b),
        BinaryOp::Gt => a.gt(b),
        BinaryOp::Ge => a.ge(b),
        _ => Truth::Unknown,
    }
}

/// The interval of day numbers (days from the common era) a date may denote.
pub(super) fn day_numbers(d: &DateValue) -> Option<Range> {
    let (first, last) = d.day_range()?;
    Some(Range::new(
        i128::from(first.num_days_from_ce()),
        i128::from(last.num_days_from_ce()),
    ))
}

/// Compares two dates. Days are compared as intervals; when both are the same exact
/// day and both carry a time, the times decide — but only if they are in the same
/// zone (or neither names one), since "9:00 ET" and "14:00 GMT" cannot be ordered
/// without offsets.
pub(super) fn compare_dates(op: BinaryOp, a: &DateValue, b: &DateValue) -> Truth {
    let (Some(da), Some(db)) = (day_numbers(a), day_numbers(b)) else {
        return Truth::Unknown;
    };
    if da.is_exact() && da == db {
        if let (Some(ta), Some(tb)) = (a.time, b.time) {
            if ta.zone != tb.zone {
                return Truth::Unknown;
            }
            let (ma, mb) = (i128::from(ta.minutes), i128::from(tb.minutes));
            return compare_ranges(op, Range::exact(ma), Range::exact(mb));
        }
    }
    compare_ranges(op, da, db)
}

fn compare(op: BinaryOp, a: &Value, b: &Value) -> Result<Truth, EvalError> {
    let equality = matches!(op, BinaryOp::Eq | BinaryOp::Ne);
    let eq = match (a, b) {
        (Value::Number(x), Value::Number(y)) => return Ok(compare_ranges(op, *x, *y)),
        (Value::Duration(x), Value::Duration(y)) => {
            return Ok(compare_ranges(op, x.seconds, y.seconds))
        }
        (Value::Date(x), Value::Date(y)) => return Ok(compare_dates(op, x, y)),
        (Value::Weekday(x), Value::Weekday(y)) if equality => match (x, y) {
            (Some(x), Some(y)) => Truth::from_bool(x == y),
            _ => Truth::Unknown,
        },
        (Value::Text(x), Value::Text(y)) if equality => Truth::from_bool(x == y),
        (Value::Bool(x), Value::Bool(y)) if equality => match (x, y) {
            (Truth::Unknown, _) | (_, Truth::Unknown) => Truth::Unknown,
            _ => Truth::from_bool(x == y),
        },
        _ => {
            return Err(mismatch(&format!(
                "cannot apply `{}` to {} and {}",
                op.symbol(),
                a.type_of(),
                b.type_of()
            )))
        }
    };
    Ok(if op == BinaryOp::Ne { eq.not() } else { eq })
}

fn floor_div(n: i128, d: i128) -> i128 {
    let q = n / d;
    if (n % d != 0) && ((n < 0) != (d < 0)) {
        q - 1
    } else {
        q
    }
}

fn ceil_div(n: i128, d: i128) -> i128 {
    let q = n / d;
    if (n % d != 0) && ((n < 0) == (d < 0)) {
        q + 1
    } else {
        q
    }
}

/// Whether an interval end is open (see [`Range`]): it stands for infinity.
fn is_open(v: i128) -> bool {
    v == i128::MIN || v == i128::MAX
}

/// ±infinity (or 0) with the sign of `x * y`: an open end of a [`Range`].
fn infinite(x: i128, y: i128) -> i128 {
    match x.signum() * y.signum() {
        1 => i128::MAX,
        -1 => i128::MIN,
        _ => 0,
    }
}

/// The hull over the interval corners of `f`, which gives each corner's value rounded
/// down and up, so the result still contains every possible value.
fn corners(a: Range, b: Range, f: impl Fn(i128, i128) -> (i128, i128)) -> Range {
    let mut lo = i128::MAX;
    let mut hi = i128::MIN;
    for x in [a.lo, a.hi] {
        for y in [b.lo, b.hi] {
            let (down, up) = f(x, y);
            lo = lo.min(down);
            hi = hi.max(up);
        }
    }
    Range::new(lo, hi)
}

/// `a * b / NUMBER_SCALE`: a product where `b` is a fixed-point number. Open ends
/// stay open ("more than 1,200" doubled is still unbounded above).
pub(super) fn mul_scaled(a: Range, b: Range) -> Range {
    corners(a, b, |x, y| {
        if is_open(x) || is_open(y) {
            let v = infinite(x, y);
            return (v, v);
        }
        // A product past the 128-bit range is unbounded on its side.
        match x.checked_mul(y) {
            Some(n) => (floor_div(n, NUMBER_SCALE), ceil_div(n, NUMBER_SCALE)),
            None => {
                let v = infinite(x, y);
                (v, v)
            }
        }
    })
}

/// `a * NUMBER_SCALE / b`, or `None` when `b` may be zero.
pub(super) fn div_scaled(a: Range, b: Range) -> Option<Range> {
    if b.contains(0) {
        return None;
    }
    Some(corners(a, b, |x, y| {
        if is_open(x) {
            let v = infinite(x, y);
            (v, v)
        } else if is_open(y) {
            // A finite amount over an unbounded one tends to zero from one side.
            let s = x.signum() * y.signum();
            (s.min(0), s.max(0))
        } else {
            match x.checked_mul(NUMBER_SCALE) {
                Some(n) => (floor_div(n, y), ceil_div(n, y)),
                None => {
                    let v = infinite(x, y);
                    (v, v)
                }
            }
        }
    }))
}

fn duration(seconds: Range) -> Value {
    Value::Duration(DurationValue { seconds })
}

fn arithmetic(op: BinaryOp, a: Value, b: Value) -> Result<Value, EvalError> {
    use BinaryOp::{Add, Div, Mul, Sub};
    use Value::{Date, Duration, Number};
    Ok(match (op, a, b) {
        (Add, Number(x), Number(y)) => Number(x.add(y)),
        (Sub, Number(x), Number(y)) => Number(x.sub(y)),
        (Mul, Number(x), Number(y)) => Number(mul_scaled(x, y)),
        (Div, Number(x), Number(y)) => Number(
            div_scaled(x, y).ok_or_else(|| undefined("division by a range containing zero"))?,
        ),
        (Add, Duration(x), Duration(y)) => duration(x.seconds.add(y.seconds)),
        (Sub, Duration(x), Duration(y)) => duration(x.seconds.sub(y.seconds)),
        (Mul, Duration(x), Number(y)) | (Mul, Number(y), Duration(x)) => {
            duration(mul_scaled(x.seconds, y))
        }
        (Add, Date(d), Duration(x)) | (Add, Duration(x), Date(d)) => {
            Date(functions::shift_date(&d, x.seconds)?)
        }
        (Sub, Date(d), Duration(x)) => Date(functions::shift_date(&d, x.seconds.neg())?),
        (Sub, Date(a), Date(b)) => duration(date_difference(&a, &b)?),
        (op, a, b) => {
            return Err(mismatch(&format!(
                "cannot apply `{}` to {} and {}",
                op.symbol(),
                a.type_of(),
                b.type_of()
            )))
        }
    })
}

fn undefined(why: &str) -> EvalError {
    EvalError::Undefined(why.to_string())
}

/// `a - b` in seconds: to the minute when both are exact days with times in the same
/// zone, otherwise in whole days over the day intervals (times ignored).
fn date_difference(a: &DateValue, b: &DateValue) -> Result<Range, EvalError> {
    let days = functions::days_between(b, a)?;
    let (Some(da), Some(db)) = (day_numbers(a), day_numbers(b)) else {
        return Ok(days.seconds);
    };
    if let (Some(ta), Some(tb)) = (a.time, b.time) {
        if da.is_exact() && db.is_exact() && ta.zone == tb.zone {
            let minutes = (da.lo - db.lo) * 1440 + i128::from(ta.minutes) - i128::from(tb.minutes);
            return Ok(Range::exact(minutes * 60));
        }
    }
    Ok(days.seconds)
}

/// How many whole `unit`s (in seconds) a seconds interval spans, as a fixed-point
/// number interval rounded outward; open ends stay open.
pub(super) fn whole_units(seconds: Range, unit: i128) -> Range {
    let scale = |v: i128, up: bool| {
        if v == i128::MIN || v == i128::MAX {
            return v;
        }
        let q = if up {
            ceil_div(v, unit)
        } else {
            floor_div(v, unit)
        };
        q.saturating_mul(NUMBER_SCALE)
    };
    Range::new(scale(seconds.lo, false), scale(seconds.hi, true))
}
