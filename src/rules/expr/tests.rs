//! Tests for the parser, checker, evaluator and templates.

use super::*;
use crate::rules::value::{
    DateValue, DurationValue, Range, TimeValue, Truth, Type, Value, NUMBER_SCALE, SECONDS_PER_DAY,
};
use chrono::NaiveDate;

fn types(pairs: &[(&str, Type)]) -> TypeEnv {
    pairs.iter().map(|(n, t)| (n.to_string(), *t)).collect()
}

fn values(pairs: Vec<(&str, Value)>) -> ValueEnv {
    pairs.into_iter().map(|(n, v)| (n.to_string(), v)).collect()
}

fn date(y: i32, m: u32, d: u32) -> Value {
    let nd = NaiveDate::from_ymd_opt(y, m, d).unwrap();
    Value::Date(DateValue::from_date(nd, crate::timeline::day_label(nd)))
}

fn partial(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> DateValue {
    DateValue {
        year,
        month,
        day,
        time: None,
        label: "partial".into(),
    }
}

fn days(lo: i128, hi: i128) -> Value {
    Value::Duration(DurationValue::days(Range::new(lo, hi)))
}

fn num(n: i128) -> Value {
    Value::Number(Range::exact(n * NUMBER_SCALE))
}

/// Parses and evaluates with the given values (no type check).
fn run(src: &str, env: &ValueEnv) -> Result<Value, EvalError> {
    eval(&parse(src).unwrap(), env)
}

fn run0(src: &str) -> Value {
    run(src, &ValueEnv::new()).unwrap()
}

fn truth(src: &str, env: &ValueEnv) -> Truth {
    match run(src, env).unwrap() {
        Value::Bool(t) => t,
        other => panic!("{src} gave {other:?}"),
    }
}

/// The parse error's message and the source text it points at.
fn parse_err(src: &str) -> (String, String) {
    let e = parse(src).unwrap_err();
    (e.message.clone(), src[e.start..e.end].to_string())
}

fn check_err(src: &str, env: &TypeEnv) -> (String, String) {
    let e = check(&parse(src).unwrap(), env).unwrap_err();
    (e.message.clone(), src[e.start..e.end].to_string())
}

/// Renders the tree with explicit parentheses, to test precedence.
fn shape(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Literal(v) => format!("{v}"),
        ExprKind::Name(n) => n.clone(),
        ExprKind::Call { name, args, .. } => {
            let args: Vec<String> = args.iter().map(shape).collect();
            format!("{name}({})", args.join(","))
        }
        ExprKind::Unary { op, operand } => {
            let sym = if *op == UnaryOp::Not { "!" } else { "-" };
            format!("{sym}{}", shape(operand))
        }
        ExprKind::Binary { op, lhs, rhs, .. } => {
            format!("({} {} {})", shape(lhs), op.symbol(), shape(rhs))
        }
    }
}

fn shape_of(src: &str) -> String {
    shape(&parse(src).unwrap())
}

// ---- parser ----

#[test]
fn precedence_and_associativity() {
    assert_eq!(shape_of("a || b && c"), "(a || (b && c))");
    assert_eq!(shape_of("a && b == c"), "(a && (b == c))");
    assert_eq!(shape_of("a + b * c == d"), "((a + (b * c)) == d)");
    assert_eq!(shape_of("a - b - c"), "((a - b) - c)");
    assert_eq!(shape_of("a / b * c"), "((a / b) * c)");
    assert_eq!(shape_of("!a && -b < c"), "(!a && (-b < c))");
    assert_eq!(shape_of("(a + b) * c"), "((a + b) * c)");
    assert_eq!(
        shape_of("days(from, to) == claim"),
        "(days(from,to) == claim)"
    );
    assert_eq!(shape_of("f()"), "f()");
    assert_eq!(shape_of(" a\n<=\tb "), "(a <= b)");
}

#[test]
fn literals() {
    assert_eq!(run0("84"), num(84));
    assert_eq!(run0("1.5"), Value::Number(Range::exact(1_500_000)));
    assert_eq!(run0("-3"), num(-3));
    assert_eq!(run0("0.000001"), Value::Number(Range::exact(1)));
    assert_eq!(run0("true"), Value::Bool(Truth::True));
    assert_eq!(run0("false"), Value::Bool(Truth::False));
    assert_eq!(run0(r#""a \"b\"""#), Value::Text("a \"b\"".into()));
    assert_eq!(run0("friday"), Value::Weekday(Some(chrono::Weekday::Fri)));
    assert_eq!(run0("7d"), days(7, 7));
    assert_eq!(run0("2w"), days(14, 14));
    let secs = |s| {
        Value::Duration(DurationValue {
            seconds: Range::exact(s),
        })
    };
    assert_eq!(run0("36h"), secs(36 * 3600));
    assert_eq!(run0("90m"), secs(90 * 60));
    assert_eq!(run0("30s"), secs(30));
    assert_eq!(run0("1.5d"), secs(129_600));
    assert_eq!(run0("-7d"), days(-7, -7));
    // A negated literal is folded into the literal, with a span covering the sign.
    let e = parse("-3").unwrap();
    assert!(matches!(e.kind, ExprKind::Literal(_)));
    assert_eq!((e.span.start, e.span.end), (0, 2));
}

#[test]
fn parse_errors_point_at_the_problem() {
    let cases = [
        ("a +", "expected an expression, found the end of the expression", ""),
        ("a + )", "expected an expression, found `)`", ")"),
        ("(a + b", "unclosed `(`", "("),
        ("days(a, b", "unclosed `(`", "("),
        ("days(a b)", "expected `,` or `)`, found `b`", "b"),
        ("a b", "expected an operator, found `b`", "b"),
        ("a = b", "use `==` to compare", "="),
        ("a & b", "use `&&` for \"and\"", "&"),
        ("a | b", "use `||` for \"or\"", "|"),
        ("a < b < c", "comparisons cannot be chained; join them with `&&`", "<"),
        ("a # b", "unexpected character `#`", "#"),
        ("7days", "unknown duration unit `days`; use d (days), w (weeks), h (hours), m (minutes) or s (seconds)", "days"),
        ("1.1234567", "numbers have at most 6 decimal places", "1.1234567"),
        ("9999999999999999999999999999999999999999", "number is too large", "9999999999999999999999999999999999999999"),
        ("\"abc", "unclosed string literal", "\"abc"),
        ("\"a\\qb\"", "unknown escape; use \\\", \\\\ or \\n", "\\q"),
        ("Claim", "names are lower-case: write `claim`", "Claim"),
        ("0.5s + 1", "duration is not a whole number of seconds", "0.5s"),
        ("é", "unexpected character `é`", "é"),
        ("", "expected an expression, found the end of the expression", ""),
    ];
    for (src, msg, at) in cases {
        assert_eq!(parse_err(src), (msg.to_string(), at.to_string()), "{src}");
    }
    // The chained-comparison error points at the second operator.
    let e = parse("a < b < c").unwrap_err();
    assert_eq!(e.start, 6);
}

#[test]
fn nesting_is_limited() {
    let ok = format!("{}a{}", "(".repeat(40), ")".repeat(40));
    assert!(parse(&ok).is_ok());
    let deep = format!("{}a{}", "(".repeat(200), ")".repeat(200));
    assert!(parse(&deep)
        .unwrap_err()
        .message
        .contains("nested too deeply"));
    let bangs = format!("{}true", "!".repeat(500));
    assert!(parse(&bangs)
        .unwrap_err()
        .message
        .contains("nested too deeply"));
    // Long flat chains build deep trees even though the parser loops; they are
    // rejected too, so the checker and evaluator never recurse without bound.
    let chain = vec!["1"; 10_000].join(" + ");
    assert!(parse(&chain)
        .unwrap_err()
        .message
        .contains("nested too deeply"));
    let calls = format!("{}x{}", "abs(".repeat(100), ")".repeat(100));
    assert!(parse(&calls)
        .unwrap_err()
        .message
        .contains("nested too deeply"));
}

#[test]
fn names_lists_bound_names() {
    let e = parse("days(from, to) == claim && from < to").unwrap();
    assert_eq!(e.names(), ["from", "to", "claim", "from", "to"]);
}

// ---- type checker ----

fn rule_env() -> TypeEnv {
    types(&[
        ("claim", Type::Duration),
        ("from", Type::Date),
        ("to", Type::Date),
    ])
}

#[test]
fn well_typed_expressions() {
    let env = rule_env();
    let ok = |src: &str| check(&parse(src).unwrap(), &env).unwrap();
    assert_eq!(ok("days(from, to) == claim"), Type::Bool);
    assert_eq!(ok("days(from, to)"), Type::Duration);
    assert_eq!(ok("from + 7d"), Type::Date);
    assert_eq!(ok("7d + from"), Type::Date);
    assert_eq!(ok("to - from"), Type::Duration);
    assert_eq!(ok("claim * 2"), Type::Duration);
    assert_eq!(ok("abs(claim)"), Type::Duration);
    assert_eq!(ok("abs(-2.5)"), Type::Number);
    assert_eq!(ok("weekday(from) == friday"), Type::Bool);
    assert_eq!(ok("weeks(claim) / 2 >= 1"), Type::Bool);
    assert_eq!(ok("!is_real_date(from) || before(from, to)"), Type::Bool);
    assert_eq!(ok("\"a\" != \"b\""), Type::Bool);
}

#[test]
fn type_errors_point_at_the_culprit() {
    let env = rule_env();
    let cases = [
        ("days(from, 3)", "argument 2 of days() must be a date, found number", "3"),
        ("days(form, to)", "unknown name `form`; bound names are claim, from, to", "form"),
        ("dayz(from, to)", "unknown function `dayz`; known functions are abs, add, after, age_on, amount, before, change, days, in_days, in_unit, in_unit_change, is_real_date, multiple, occasions, ordinal, percent, periods_in, rounded, same_day, sub, utc_offset, weekday, weeks, whole, widen, year", "dayz"),
        ("days(from)", "days() takes 2 arguments, found 1", "days(from)"),
        ("days(from, to, to, from)", "days() takes 2 arguments, found 4", "to, from"),
        ("abs()", "abs() takes 1 argument, found 0", "abs()"),
        ("abs(from)", "argument 1 of abs() must be a duration or a number, found date", "from"),
        ("!claim", "`!` needs a bool, found duration", "claim"),
        ("-from", "`-` needs a number or a duration, found date", "from"),
        ("claim && true", "`&&` needs bool operands; the left side is a duration", "claim"),
        ("true || (1 + 2)", "`||` needs bool operands; the right side is a number", "(1 + 2)"),
        ("days(from, to) == 84", "`==` cannot compare duration with number; write a duration with a unit, such as `7d`, or convert with in_days()", "84"),
        ("from == claim", "`==` cannot compare date with duration", "from == claim"),
        ("friday < monday", "`<` cannot order weekday values; only numbers, durations and dates are ordered", "<"),
        ("\"a\" >= \"b\"", "`>=` cannot order text values; only numbers, durations and dates are ordered", ">="),
        ("from + 3", "`+` cannot combine date and number; write a duration with a unit, such as `7d`, or convert with in_days()", "3"),
        ("from + to", "`+` cannot combine date and date", "from + to"),
        ("claim / 2", "`/` cannot combine duration and number", "claim / 2"),
        ("1 - from", "`-` cannot combine number and date; write a duration with a unit, such as `7d`, or convert with in_days()", "1"),
    ];
    for (src, msg, at) in cases {
        assert_eq!(
            check_err(src, &env),
            (msg.to_string(), at.to_string()),
            "{src}"
        );
    }
    assert_eq!(
        check_err("x", &TypeEnv::new()).0,
        "unknown name `x`; this rule binds no names"
    );
}

// ---- evaluator ----

/// The seed example: an article dated 2022-05-13 says "84 days" since February 18.
fn seed(claim: Value) -> ValueEnv {
    values(vec![
        ("from", date(2022, 2, 18)),
        ("to", date(2022, 5, 13)),
        ("claim", claim),
    ])
}

#[test]
fn seed_example() {
    let env = seed(days(84, 84));
    assert_eq!(run("days(from, to)", &env).unwrap(), days(84, 84));
    assert_eq!(run("days(from, to)", &env).unwrap().to_string(), "84 days");
    assert_eq!(truth("days(from, to) == claim", &env), Truth::True);
    assert_eq!(
        truth("days(from, to) == claim", &seed(days(83, 83))),
        Truth::False
    );
    // "a week" is 6–8 days: equal to 7 days is unknown, but it is certainly not 84.
    let week = values(vec![("claim", days(6, 8))]);
    assert_eq!(truth("claim == 7d", &week), Truth::Unknown);
    assert_eq!(truth("claim != 84d", &week), Truth::True);
    assert_eq!(truth("claim >= 6d && claim <= 8d", &week), Truth::True);
    assert_eq!(
        truth("days(from, to) == claim", &seed(days(6, 8))),
        Truth::False
    );
}

#[test]
fn kleene_logic() {
    let env = values(vec![("u", Value::Bool(Truth::Unknown))]);
    let t = |s: &str| truth(s, &env);
    assert_eq!(t("u && false"), Truth::False);
    assert_eq!(t("u && true"), Truth::Unknown);
    assert_eq!(t("u || true"), Truth::True);
    assert_eq!(t("u || false"), Truth::Unknown);
    assert_eq!(t("!u"), Truth::Unknown);
    assert_eq!(t("!false"), Truth::True);
    assert_eq!(t("u == true"), Truth::Unknown);
    assert_eq!(t("true != false"), Truth::True);
    // The left side decides, so the undefined right side is never evaluated.
    assert_eq!(t("false && year(sub(d, 1d)) == 1"), Truth::False);
    assert_eq!(t("true || nope"), Truth::True);
    assert!(run("u && nope", &env).is_err());
}

#[test]
fn arithmetic_on_intervals() {
    let env = values(vec![
        (
            "r",
            Value::Number(Range::new(2 * NUMBER_SCALE, 4 * NUMBER_SCALE)),
        ),
        ("z", Value::Number(Range::new(-NUMBER_SCALE, NUMBER_SCALE))),
        ("w", days(6, 8)),
    ]);
    let v = |s: &str| run(s, &env).unwrap().to_string();
    assert_eq!(v("1 + 2 * 3"), "7");
    assert_eq!(v("r + 1"), "3–5");
    assert_eq!(v("r - r"), "-2 to 2");
    assert_eq!(v("r * -2"), "-8 to -4");
    assert_eq!(v("1 / 4"), "0.25");
    assert_eq!(v("1 / 3"), "0.333333–0.333334");
    assert_eq!(v("8 / r"), "2–4");
    assert!(matches!(run("1 / z", &env), Err(EvalError::Undefined(_))));
    assert!(matches!(run("1 / 0", &env), Err(EvalError::Undefined(_))));
    assert_eq!(v("w + 1d"), "7–9 days");
    assert_eq!(v("w * 2"), "12–16 days");
    assert_eq!(v("2 * 36h"), "3 days");
    assert_eq!(v("-w"), "-8 to -6 days");
    assert_eq!(v("-(1 + 1)"), "-2");
    assert_eq!(v("abs(-w)"), "6–8 days");
    assert_eq!(v("abs(z)"), "0–1");
    assert_eq!(v("abs(-1.5)"), "1.5");
}

#[test]
fn open_ends_stay_open() {
    // "more than 1,200" is [1201, MAX]; scaling it must not invent an upper bound.
    let env = values(vec![
        (
            "more",
            Value::Number(Range::new(1201 * NUMBER_SCALE, i128::MAX)),
        ),
        (
            "long",
            Value::Duration(DurationValue {
                seconds: Range::new(SECONDS_PER_DAY, i128::MAX),
            }),
        ),
    ]);
    let v = |s: &str| run(s, &env).unwrap().to_string();
    assert_eq!(v("more * 0.5"), "at least 600.5");
    assert_eq!(v("more / 2"), "at least 600.5");
    assert_eq!(v("more * -1"), "at most -1201");
    assert_eq!(v("10 / more"), "0–0.008327");
    assert_eq!(v("long * 0.5"), "at least 12 hours");
    assert_eq!(v("weeks(long)"), "at least 0");
    assert_eq!(truth("more > 1000", &env), Truth::True);
    assert_eq!(truth("long < 1d", &env), Truth::False);
}

#[test]
fn date_arithmetic() {
    let env = values(vec![
        ("a", date(2022, 2, 18)),
        ("b", date(2022, 5, 13)),
        ("may", Value::Date(partial(Some(2022), Some(5), None))),
    ]);
    let v = |s: &str| run(s, &env).unwrap().to_string();
    assert_eq!(v("b - 84d"), "February 18, 2022");
    assert_eq!(v("a + 1w"), "February 25, 2022");
    assert_eq!(v("add(a, 84d)"), "May 13, 2022");
    assert_eq!(v("sub(b, 3d)"), "May 10, 2022");
    assert_eq!(v("b - a"), "84 days");
    assert_eq!(v("a - b"), "-84 days");
    assert_eq!(v("days(a, may)"), "72–102 days");
    assert_eq!(v("may - a"), "72–102 days");
    for undefined in [
        "add(may, 1d)",
        "add(a, 36h)",
        "add(a, days(a, may))",
        "may + 1d",
    ] {
        assert!(
            matches!(run(undefined, &env), Err(EvalError::Undefined(_))),
            "{undefined}"
        );
    }
    assert_eq!(
        run("nope", &env),
        Err(EvalError::Unbound("nope".to_string()))
    );
}

fn timed(y: i32, m: u32, d: u32, minutes: u32, zone: Option<&'static str>) -> Value {
    let Value::Date(mut dv) = date(y, m, d) else {
        unreachable!()
    };
    dv.time = Some(TimeValue { minutes, zone });
    Value::Date(dv)
}

#[test]
fn date_comparisons() {
    let env = values(vec![
        ("a", date(2022, 2, 18)),
        ("b", date(2022, 5, 13)),
        ("may", Value::Date(partial(Some(2022), Some(5), None))),
        ("y22", Value::Date(partial(Some(2022), None, None))),
        ("noyear", Value::Date(partial(None, Some(5), Some(13)))),
        ("nine", timed(2022, 5, 13, 9 * 60, Some("ET"))),
        ("ten", timed(2022, 5, 13, 10 * 60, Some("ET"))),
        ("ten_gmt", timed(2022, 5, 13, 10 * 60, Some("GMT"))),
        ("next", timed(2022, 5, 14, 60, Some("GMT"))),
    ]);
    let t = |s: &str| truth(s, &env);
    assert_eq!(t("a < b"), Truth::True);
    assert_eq!(t("before(a, b)"), Truth::True);
    assert_eq!(t("after(a, b)"), Truth::False);
    assert_eq!(t("a == b"), Truth::False);
    assert_eq!(t("b == may"), Truth::Unknown);
    assert_eq!(t("a < may"), Truth::True);
    assert_eq!(t("b < may"), Truth::Unknown);
    assert_eq!(t("may <= y22"), Truth::Unknown);
    assert_eq!(t("a == noyear"), Truth::Unknown);
    assert_eq!(t("before(nine, ten)"), Truth::True);
    assert_eq!(t("nine == ten"), Truth::False);
    assert_eq!(t("before(nine, ten_gmt)"), Truth::Unknown);
    assert_eq!(t("before(ten_gmt, next)"), Truth::True);
    // A bare day and a time on that day: the same day, neither before the other.
    assert_eq!(t("b == nine"), Truth::True);
    assert_eq!(t("before(b, nine)"), Truth::False);
    assert_eq!(t("same_day(nine, ten_gmt)"), Truth::True);
    assert_eq!(t("same_day(b, may)"), Truth::Unknown);
    assert_eq!(t("same_day(a, b)"), Truth::False);
    assert_eq!(t("same_day(a, noyear)"), Truth::Unknown);
    assert_eq!(run("ten - nine", &env).unwrap().to_string(), "1 hour");
    assert_eq!(run("next - ten", &env).unwrap().to_string(), "1 day");
}

#[test]
fn weekday_year_and_conversions() {
    let env = values(vec![
        ("d", date(2022, 5, 13)),
        ("may", Value::Date(partial(Some(2022), Some(5), None))),
        ("noyear", Value::Date(partial(None, Some(5), Some(13)))),
        ("w", days(6, 8)),
        (
            "h",
            Value::Duration(DurationValue {
                seconds: Range::exact(36 * 3600),
            }),
        ),
    ]);
    let v = |s: &str| run(s, &env).unwrap();
    assert_eq!(v("weekday(d)"), Value::Weekday(Some(chrono::Weekday::Fri)));
    assert_eq!(v("weekday(may)"), Value::Weekday(None));
    assert_eq!(v("weekday(may)").to_string(), "an unknown weekday");
    assert_eq!(truth("weekday(d) == friday", &env), Truth::True);
    assert_eq!(truth("weekday(d) != monday", &env), Truth::True);
    assert_eq!(truth("weekday(may) == friday", &env), Truth::Unknown);
    assert_eq!(v("year(d)"), num(2022));
    assert!(matches!(
        run("year(noyear)", &env),
        Err(EvalError::Undefined(_))
    ));
    assert!(matches!(
        run("days(d, noyear)", &env),
        Err(EvalError::Undefined(_))
    ));
    assert_eq!(v("weeks(84d)"), num(12));
    assert_eq!(v("weeks(w)").to_string(), "0–2");
    assert_eq!(v("weeks(10d)").to_string(), "1–2");
    assert_eq!(v("in_days(w)").to_string(), "6–8");
    assert_eq!(v("in_days(h)").to_string(), "1–2");
    assert_eq!(v("in_days(-36h)").to_string(), "-2 to -1");
}

#[test]
fn real_dates() {
    let is_real = |y, m, d| {
        let env = values(vec![("d", Value::Date(partial(y, m, d)))]);
        truth("is_real_date(d)", &env)
    };
    assert_eq!(is_real(Some(2022), Some(4), Some(30)), Truth::True);
    assert_eq!(is_real(Some(2022), Some(4), Some(31)), Truth::False);
    assert_eq!(is_real(None, Some(4), Some(31)), Truth::False);
    assert_eq!(is_real(None, Some(2), Some(30)), Truth::False);
    assert_eq!(is_real(Some(2022), Some(2), Some(29)), Truth::False);
    assert_eq!(is_real(Some(2024), Some(2), Some(29)), Truth::True);
    assert_eq!(is_real(None, Some(2), Some(29)), Truth::Unknown);
    assert_eq!(is_real(None, Some(2), Some(28)), Truth::True);
    assert_eq!(is_real(Some(2022), Some(5), None), Truth::True);
    assert_eq!(is_real(Some(2022), None, None), Truth::True);
    assert_eq!(is_real(Some(2022), Some(13), None), Truth::False);
    assert_eq!(is_real(None, None, Some(31)), Truth::Unknown);
    assert_eq!(is_real(None, None, Some(32)), Truth::False);
    assert_eq!(is_real(Some(2022), Some(1), Some(0)), Truth::False);
}

#[test]
fn other_comparisons() {
    let env = ValueEnv::new();
    assert_eq!(truth("\"a\" == \"a\"", &env), Truth::True);
    assert_eq!(truth("\"a\" != \"a\"", &env), Truth::False);
    assert_eq!(truth("1.5 < 2", &env), Truth::True);
    assert_eq!(truth("2 <= 2", &env), Truth::True);
    assert_eq!(truth("3 > 2", &env), Truth::True);
    assert_eq!(truth("1d >= 24h", &env), Truth::True);
    assert_eq!(truth("90m == 1.5h", &env), Truth::True);
}

// ---- templates ----

#[test]
fn template_rendering() {
    let tpl =
        Template::parse("{claim} does not match {from} → {to}, which is {days(from, to)}").unwrap();
    tpl.check(&rule_env()).unwrap();
    assert_eq!(
        tpl.render(&seed(days(83, 83))).unwrap(),
        "83 days does not match February 18, 2022 → May 13, 2022, which is 84 days"
    );
    let braces = Template::parse("{{literal}} {\"}\"} {{{ 1 + 1 }}}").unwrap();
    assert_eq!(braces.render(&ValueEnv::new()).unwrap(), "{literal} } {2}");
    assert_eq!(
        Template::parse("plain")
            .unwrap()
            .render(&ValueEnv::new())
            .unwrap(),
        "plain"
    );
    assert_eq!(
        Template::parse("{weekday(from)}").unwrap().holes().count(),
        1
    );
}

#[test]
fn template_errors_use_template_offsets() {
    let at = |src: &str, e: ExprError| (e.message, src[e.start..e.end].to_string());
    let src = "{claim} vs {days(from, 3)}";
    let tpl = Template::parse(src).unwrap();
    assert_eq!(
        at(src, tpl.check(&rule_env()).unwrap_err()),
        (
            "argument 2 of days() must be a date, found number".into(),
            "3".into()
        )
    );
    let src = "x {a +} y";
    assert_eq!(
        at(src, Template::parse(src).unwrap_err()).0,
        "expected an expression, found the end of the expression"
    );
    let src = "x {a # b}";
    assert_eq!(at(src, Template::parse(src).unwrap_err()).1, "#");
    let src = "x {a";
    assert_eq!(
        at(src, Template::parse(src).unwrap_err()),
        (
            "unclosed `{`; write `{{` for a literal brace".into(),
            "{".into()
        )
    );
    let src = "x } y";
    assert_eq!(at(src, Template::parse(src).unwrap_err()).1, "}");
    let src = "x { } y";
    assert_eq!(at(src, Template::parse(src).unwrap_err()).1, "{ }");
    let tpl = Template::parse("{year(d)}").unwrap();
    let env = values(vec![("d", Value::Date(partial(None, Some(5), None)))]);
    assert!(matches!(tpl.render(&env), Err(EvalError::Undefined(_))));
}

#[test]
fn function_table_is_consistent() {
    for sig in functions::FUNCTIONS {
        assert!(!sig.doc.is_empty(), "{}", sig.name);
    }
    assert_eq!(functions::overloads("abs").count(), 2);
    let days = functions::overloads("days").next().map(|s| s.to_string());
    assert_eq!(days.as_deref(), Some("days(date, date) -> duration"));
    assert!(functions::names().windows(2).all(|w| w[0] < w[1]));
}
