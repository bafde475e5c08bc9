//! The type checker, run when a rule loads. Every error points at the smallest piece
//! of source that is wrong: the argument, the operand or the name.

use super::functions::{self, Signature};
use super::{BinaryOp, Expr, ExprError, ExprKind, Span, TypeEnv, UnaryOp};
use crate::rules::value::Type;

pub(super) fn check(expr: &Expr, env: &TypeEnv) -> Result<Type, ExprError> {
    match &expr.kind {
        ExprKind::Literal(v) => Ok(v.type_of()),
        ExprKind::Name(name) => env.get(name).copied().ok_or_else(|| {
            let mut bound: Vec<&str> = env.keys().map(String::as_str).collect();
            bound.sort_unstable();
            let msg = if bound.is_empty() {
                format!("unknown name `{name}`; this rule binds no names")
            } else {
                format!(
                    "unknown name `{name}`; bound names are {}",
                    bound.join(", ")
                )
            };
            ExprError::new(msg, expr.span)
        }),
        ExprKind::Call {
            name,
            name_span,
            args,
        } => {
            let types = args
                .iter()
                .map(|a| check(a, env))
                .collect::<Result<Vec<_>, _>>()?;
            resolve_call(name, *name_span, expr.span, args, &types)
        }
        ExprKind::Unary { op, operand } => {
            let t = check(operand, env)?;
            match (op, t) {
                (UnaryOp::Not, Type::Bool) => Ok(t),
                (UnaryOp::Neg, Type::Number | Type::Duration) => Ok(t),
                (UnaryOp::Not, _) => Err(ExprError::new(
                    format!("`!` needs a bool, found {t}"),
                    operand.span,
                )),
                (UnaryOp::Neg, _) => Err(ExprError::new(
                    format!("`-` needs a number or a duration, found {t}"),
                    operand.span,
                )),
            }
        }
        ExprKind::Binary {
            op,
            op_span,
            lhs,
            rhs,
        } => {
            let lt = check(lhs, env)?;
            let rt = check(rhs, env)?;
            match op {
                BinaryOp::And | BinaryOp::Or => {
                    for (side, t, e) in [("left", lt, lhs), ("right", rt, rhs)] {
                        if t != Type::Bool {
                            let msg = format!(
                                "`{}` needs bool operands; the {side} side is a {t}",
                                op.symbol()
                            );
                            return Err(ExprError::new(msg, e.span));
                        }
                    }
                    Ok(Type::Bool)
                }
                _ if op.is_comparison() => {
                    comparison(*op, *op_span, (lt, lhs), (rt, rhs), expr.span)
                }
                _ => arithmetic(*op, (lt, lhs), (rt, rhs), expr.span),
            }
        }
    }
}

/// The span of whichever side is the plain number when the other is a duration or a
/// date, so the hint "write `7d`" lands on the `7`.
fn bare_number(l: (Type, &Expr), r: (Type, &Expr)) -> Option<Span> {
    let timed = |t: Type| matches!(t, Type::Duration | Type::Date);
    match (l.0, r.0) {
        (Type::Number, t) if timed(t) => Some(l.1.span),
        (t, Type::Number) if timed(t) => Some(r.1.span),
        _ => None,
    }
}

const NUMBER_HINT: &str = "; write a duration with a unit, such as `7d`, or convert with in_days()";

fn comparison(
    op: BinaryOp,
    op_span: Span,
    l: (Type, &Expr),
    r: (Type, &Expr),
    whole: Span,
) -> Result<Type, ExprError> {
    let sym = op.symbol();
    if l.0 != r.0 {
        let msg = format!("`{sym}` cannot compare {} with {}", l.0, r.0);
        return Err(match bare_number(l, r) {
            Some(span) if l.0 != Type::Date && r.0 != Type::Date => {
                ExprError::new(msg + NUMBER_HINT, span)
            }
            _ => ExprError::new(msg, whole),
        });
    }
    if l.0 == Type::Quantity {
        let msg = format!(
            "`{sym}` cannot compare quantities directly; compare numbers from in_unit() or amount()"
        );
        return Err(ExprError::new(msg, op_span));
    }
    let ordered = matches!(l.0, Type::Number | Type::Duration | Type::Date);
    if !ordered && !matches!(op, BinaryOp::Eq | BinaryOp::Ne) {
        let msg = format!(
            "`{sym}` cannot order {} values; only numbers, durations and dates are ordered",
            l.0
        );
        return Err(ExprError::new(msg, op_span));
    }
    Ok(Type::Bool)
}

fn arithmetic(
    op: BinaryOp,
    l: (Type, &Expr),
    r: (Type, &Expr),
    whole: Span,
) -> Result<Type, ExprError> {
    use BinaryOp::{Add, Div, Mul, Sub};
    use Type::{Date, Duration, Number};
    let result = match (op, l.0, r.0) {
        (Add | Sub | Mul | Div, Number, Number) => Some(Number),
        (Add | Sub, Duration, Duration) => Some(Duration),
        (Mul, Duration, Number) | (Mul, Number, Duration) => Some(Duration),
        (Add, Date, Duration) | (Add, Duration, Date) | (Sub, Date, Duration) => Some(Date),
        (Sub, Date, Date) => Some(Duration),
        _ => None,
    };
    result.ok_or_else(|| {
        let msg = format!("`{}` cannot combine {} and {}", op.symbol(), l.0, r.0);
        match (op, bare_number(l, r)) {
            (Add | Sub, Some(span)) => ExprError::new(msg + NUMBER_HINT, span),
            _ => ExprError::new(msg, whole),
        }
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Picks the overload of `name` that fits the argument types.
fn resolve_call(
    name: &str,
    name_span: Span,
    call_span: Span,
    args: &[Expr],
    types: &[Type],
) -> Result<Type, ExprError> {
    let all: Vec<&Signature> = functions::overloads(name).collect();
    if all.is_empty() {
        let msg = format!(
            "unknown function `{name}`; known functions are {}",
            functions::names().join(", ")
        );
        return Err(ExprError::new(msg, name_span));
    }
    let mut candidates: Vec<&Signature> = all
        .iter()
        .copied()
        .filter(|s| s.params.len() == args.len())
        .collect();
    if candidates.is_empty() {
        let mut arities: Vec<usize> = all.iter().map(|s| s.params.len()).collect();
        arities.sort_unstable();
        arities.dedup();
        let expected: Vec<String> = arities.iter().map(usize::to_string).collect();
        let n = arities.last().copied().unwrap_or(0);
        let msg = format!(
            "{name}() takes {} argument{}, found {}",
            expected.join(" or "),
            plural(n),
            args.len()
        );
        // Point at the surplus arguments, or at the whole call when some are missing.
        let span = match args.get(n..) {
            Some([first, .., last]) => first.span.to(last.span),
            Some([only]) => only.span,
            _ => call_span,
        };
        return Err(ExprError::new(msg, span));
    }
    for (i, (arg, &t)) in args.iter().zip(types).enumerate() {
        let fitting: Vec<&Signature> = candidates
            .iter()
            .copied()
            .filter(|s| s.params.get(i) == Some(&t))
            .collect();
        if fitting.is_empty() {
            let mut wanted: Vec<String> = candidates
                .iter()
                .filter_map(|s| s.params.get(i).map(Type::to_string))
                .collect();
            wanted.dedup();
            let msg = format!(
                "argument {} of {name}() must be a {}, found {t}",
                i + 1,
                wanted.join(" or a ")
            );
            return Err(ExprError::new(msg, arg.span));
        }
        candidates = fitting;
    }
    candidates
        .first()
        .map(|s| s.ret)
        .ok_or_else(|| ExprError::new(format!("no overload of {name}() fits"), call_span))
}
