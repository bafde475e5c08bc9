//! Property tests: calendar arithmetic agrees with chrono, and no input panics.

use super::*;
use crate::rules::value::{DateValue, DurationValue, Range, Truth, Value};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // Day numbers spanning roughly 1600–2400, past every calendar-rule edge in use.
    (584_000i32..876_000)
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MIN))
}

fn dv(d: NaiveDate) -> Value {
    Value::Date(DateValue::from_date(d, crate::timeline::day_label(d)))
}

fn eval_with(src: &str, pairs: Vec<(&str, Value)>) -> Result<Value, EvalError> {
    let env: ValueEnv = pairs.into_iter().map(|(n, v)| (n.to_string(), v)).collect();
    eval(
        &parse(src).map_err(|e| EvalError::Undefined(e.message))?,
        &env,
    )
}

proptest! {
    #[test]
    fn days_are_additive(a in any_date(), b in any_date(), c in any_date()) {
        let v = eval_with(
            "days(a, b) + days(b, c) == days(a, c)",
            vec![("a", dv(a)), ("b", dv(b)), ("c", dv(c))],
        );
        prop_assert_eq!(v, Ok(Value::Bool(Truth::True)));
    }

    #[test]
    fn days_match_chrono(a in any_date(), b in any_date()) {
        let v = eval_with("days(a, b)", vec![("a", dv(a)), ("b", dv(b))]);
        let expected = DurationValue::days(Range::exact(i128::from((b - a).num_days())));
        prop_assert_eq!(v, Ok(Value::Duration(expected)));
    }

    #[test]
    fn add_inverts_days(a in any_date(), b in any_date()) {
        let env = || vec![("a", dv(a)), ("b", dv(b))];
        prop_assert_eq!(eval_with("add(a, days(a, b)) == b", env()), Ok(Value::Bool(Truth::True)));
        prop_assert_eq!(eval_with("sub(b, days(a, b)) == a", env()), Ok(Value::Bool(Truth::True)));
        prop_assert_eq!(eval_with("add(a, days(a, b))", env()), Ok(dv(b)));
    }

    #[test]
    fn weekday_matches_chrono(d in any_date()) {
        let v = eval_with("weekday(d)", vec![("d", dv(d))]);
        prop_assert_eq!(v, Ok(Value::Weekday(Some(d.weekday()))));
    }

    #[test]
    fn before_matches_chrono(a in any_date(), b in any_date()) {
        let v = eval_with("before(a, b)", vec![("a", dv(a)), ("b", dv(b))]);
        prop_assert_eq!(v, Ok(Value::Bool(Truth::from_bool(a < b))));
    }

    #[test]
    fn parse_never_panics(src in "\\PC{0,64}") {
        let _ = parse(&src);
        let _ = Template::parse(&src);
    }

    #[test]
    fn grammar_soup_never_panics(
        parts in prop::collection::vec(
            prop::sample::select(vec![
                "(", ")", ",", "!", "-", "+", "*", "/", "==", "<", "&&", "||", "a", "b",
                "days", "abs", "1", "1.5", "7d", "\"s\"", "friday", "true", " ", "{", "}",
            ]),
            0..40,
        )
    ) {
        // Whatever parses must also check and evaluate (or fail) without panicking.
        let src = parts.concat();
        let types: TypeEnv = [("a", crate::rules::value::Type::Date), ("b", crate::rules::value::Type::Duration)]
            .into_iter()
            .map(|(n, t)| (n.to_string(), t))
            .collect();
        let values: ValueEnv = [
            ("a", dv(NaiveDate::from_ymd_opt(2022, 2, 18).unwrap_or(NaiveDate::MIN))),
            ("b", Value::Duration(DurationValue::days(Range::new(6, 8)))),
        ]
        .into_iter()
        .map(|(n, v)| (n.to_string(), v))
        .collect();
        if let Ok(e) = parse(&src) {
            let _ = check(&e, &types);
            let _ = eval(&e, &values).map(|v| v.to_string());
        }
        if let Ok(t) = Template::parse(&src) {
            let _ = t.check(&types);
            let _ = t.render(&values);
        }
    }

    #[test]
    fn extreme_numbers_never_panic(lo in any::<i128>(), hi in any::<i128>(), k in any::<i128>()) {
        let r = Value::Number(Range::new(lo, hi));
        let s = Value::Duration(DurationValue { seconds: Range::new(lo, hi) });
        let n = Value::Number(Range::exact(k));
        for src in ["r * n", "r / n", "r + n", "r - n", "-r", "abs(r)", "s * n", "n * s",
                    "weeks(s)", "in_days(s)", "abs(s)", "-s", "s + s", "r < n"] {
            let env = vec![("r", r.clone()), ("s", s.clone()), ("n", n.clone())];
            let _ = eval_with(src, env).map(|v| v.to_string());
        }
    }
}
