//! Numeric mentions in invented sentences, one test per written form.

use crate::extract::units::Unit;
use crate::extract::{extract_from_prose, Amount, Approx, Currency, MentionValue};

const S: i128 = 1_000_000;

/// The numeric mentions of `text`, as (text, value).
fn amounts(text: &str) -> Vec<(String, MentionValue, Approx)> {
    extract_from_prose(text)
        .into_iter()
        .filter(|m| m.value.is_numeric())
        .map(|m| (text[m.span.range()].to_string(), m.value, m.approx))
        .collect()
}

fn one(text: &str) -> (String, MentionValue, Approx) {
    let mut all = amounts(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.remove(0)
}

fn amount(value: i128, half_step: i128) -> Amount {
    Amount { value, half_step }
}

#[test]
fn cardinals_in_digits() {
    let (t, v, _) = one("The club sold 1,234 tickets.");
    assert_eq!(t, "1,234");
    assert_eq!(v, MentionValue::Number(amount(1234 * S, S / 2)));
    let (_, v, _) = one("The club sold 1,200 tickets.");
    assert_eq!(v, MentionValue::Number(amount(1200 * S, 50 * S)));
    let (_, v, _) = one("The gauge read 10,406.77 at noon.");
    assert_eq!(v, MentionValue::Number(amount(10_406_770_000, 5_000)));
}

#[test]
fn cardinals_in_words() {
    let (t, v, _) = one("Eighty-four ferries sailed.");
    assert_eq!(t, "Eighty-four");
    assert_eq!(v, MentionValue::Number(amount(84 * S, S / 2)));
    let (_, v, _) = one("They baked a dozen pies.");
    assert_eq!(v, MentionValue::Number(amount(12 * S, S / 2)));
    let (_, v, _) = one("The fund holds 1.5 million shares.");
    assert_eq!(v, MentionValue::Number(amount(1_500_000 * S, 50_000 * S)));
}

#[test]
fn percentages() {
    for text in [
        "Turnout was 30 percent.",
        "Turnout was 30%.",
        "Turnout was 30 per cent.",
    ] {
        let (_, v, _) = one(text);
        assert_eq!(v, MentionValue::Percent(amount(30 * S, 5 * S)), "{text}");
    }
    let (t, v, _) = one("The gauge slipped 0.32 pct.");
    assert_eq!(t, "0.32 pct");
    assert_eq!(v, MentionValue::Percent(amount(320_000, 5_000)));
    let all = amounts("It closed down 74.15 points or -2.64%, a loss.");
    assert_eq!(all.len(), 2);
    assert_eq!(all[1].0, "-2.64%");
    assert_eq!(all[1].1, MentionValue::Percent(amount(-2_640_000, 5_000)));
    // Percentage points are not a percentage of anything.
    let (_, v, _) = one("Support rose 2 percentage points.");
    assert!(matches!(v, MentionValue::Number(_)));
}

#[test]
fn money() {
    let (t, v, _) = one("Sales reached $1.2 billion last year.");
    assert_eq!(t, "$1.2 billion");
    let want = amount(1_200_000_000 * S, 50_000_000 * S);
    assert!(
        matches!(v, MentionValue::Money(m) if m.amount == want && m.currency == Currency::Dollar)
    );
    let (_, v, _) = one("A ticket costs €40.");
    assert!(matches!(v, MentionValue::Money(m) if m.currency == Currency::Euro));
    let (t, v, _) = one("The bridge cost 40 million euros.");
    assert_eq!(t, "40 million euros");
    assert!(matches!(v, MentionValue::Money(m) if m.currency == Currency::Euro));
}

#[test]
fn quantities() {
    let cases = [
        ("The trail runs 10 miles.", Unit::Mile),
        ("The trail runs 16 km.", Unit::Kilometer),
        ("The trail runs 16 kilometers.", Unit::Kilometer),
        ("The calf weighed 40 kg.", Unit::Kilogram),
        ("The calf weighed 88 pounds.", Unit::Pound),
        ("The wave stood 12 feet high.", Unit::Foot),
        ("The wave stood 4 metres high.", Unit::Meter),
        ("It reached 100°F there.", Unit::Fahrenheit),
        ("It reached 38 °C there.", Unit::Celsius),
        ("It reached 38 degrees Celsius there.", Unit::Celsius),
        ("The farm covers 200 acres.", Unit::Acre),
        ("The farm covers 81 hectares.", Unit::Hectare),
        ("The tank holds 50 gallons.", Unit::Gallon),
        ("The tank holds 189 litres.", Unit::Liter),
        ("The ferry sailed 300 nautical miles.", Unit::NauticalMile),
        ("A 10-mile race.", Unit::Mile),
    ];
    for (text, unit) in cases {
        let (_, v, _) = one(text);
        assert!(
            matches!(v, MentionValue::Quantity(q) if q.unit == unit),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn heights_in_feet_and_inches_are_not_feet() {
    assert!(!amounts("She stands five foot four.")
        .iter()
        .any(|a| matches!(a.1, MentionValue::Quantity(_))));
    let (_, v, _) = one("She stands five feet tall.");
    assert!(matches!(v, MentionValue::Quantity(q) if q.unit == Unit::Foot));
}

#[test]
fn nautical_context_marks_miles() {
    let all = amounts("It flew 8,000 nautical miles, then 50 miles more.");
    assert!(matches!(all[1].1, MentionValue::Quantity(q) if q.nautical_context));
    let (_, v, _) = one("It flew 50 miles.");
    assert!(matches!(v, MentionValue::Quantity(q) if !q.nautical_context));
}

#[test]
fn approximation_markers() {
    assert_eq!(one("Some 1,000 people came.").2, Approx::About);
    assert_eq!(one("About 30 percent voted.").2, Approx::About);
    assert_eq!(one("More than 40 boats sank.").2, Approx::AtLeast);
    assert_eq!(one("Nearly 40 boats sank.").2, Approx::AtMost);
    assert_eq!(one("Exactly 40 boats sank.").2, Approx::Exact);
}

#[test]
fn dates_and_durations_keep_their_digits() {
    let all = amounts("On May 13, 2022, the talks lasted 84 days and cost $5.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "$5");
}

#[test]
fn codes_are_not_amounts() {
    assert!(amounts("Flight B52 and version 3.4.1 and room 4b.").is_empty());
    assert!(amounts("The G-8 and the P5-plus-one group met.").is_empty());
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "$",
        "€ ",
        "1.",
        ".5",
        "9999999999999999999999",
        "1,000,000,000,000,000,000 euros",
        "-",
        "(-3%)",
    ] {
        let _ = amounts(text);
    }
}

#[test]
fn a_range_shares_the_scale_written_after_it() {
    let values = |text: &str| -> Vec<i128> {
        let mut out = Vec::new();
        super::find_amounts(text, &super::Triggers::of(text), &mut out);
        out.iter()
            .filter_map(|m| match m.value {
                MentionValue::Number(a) => Some(a.value / super::SCALE),
                MentionValue::Money(m) => Some(m.amount.value / super::SCALE),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        values("sales rose from 1.2 to 1.5 billion dollars"),
        [1_200_000_000, 1_500_000_000]
    );
    assert_eq!(
        values("between $20 and $40 million"),
        [20_000_000, 40_000_000]
    );
    // Not a range, or a figure too large to be short for the scale.
    assert_eq!(values("20 boats and won $1 million"), [20, 1_000_000]);
    assert_eq!(values("from 1,500 to 2 million"), [1_500, 2_000_000]);
}

#[test]
fn nautical_is_read_as_its_pattern_would() {
    let re = crate::extract::ascii_regex(r"(?i)\bnautical\b");
    for text in [
        "10 nautical miles",
        "NAUTICAL",
        "NaUtIcAl charts",
        "aeronautical",
        "nauticals",
        "nautical_",
        "é nautical é",
        "nautica",
        "",
    ] {
        assert_eq!(super::mentions_nautical(text), re.is_match(text), "{text}");
    }
}

/// Searching near triggers finds what `find_iter` finds over the whole text.
#[test]
fn matches_near_triggers_are_the_full_scans() {
    use crate::extract::triggers::assert_near_triggers_is_full_scan;
    let vocabulary = [
        "about",
        "more",
        "than",
        "at",
        "least",
        "up",
        "to",
        "an",
        "estimated",
        "a",
        "US$",
        "$",
        "€",
        "£",
        "¥",
        "12",
        "1,200",
        "3.5",
        "7",
        "dozen",
        "two",
        "hundred",
        "twenty",
        "one",
        "and",
        "million",
        "bn",
        "percent",
        "per",
        "cent",
        "%",
        "pct",
        "dollars",
        "pounds",
        "sterling",
        "miles",
        "nautical",
        "km",
        "square",
        "feet",
        "°",
        "F",
        "degrees",
        "celsius",
        "the",
        "XUS$",
        "B52",
        "someone",
        "ones",
        "hundreds",
        "of",
        "1,2345",
    ];
    assert_near_triggers_is_full_scan(&vocabulary, &super::AMOUNT_RE, &|text, triggers| {
        Box::new(super::amount_matches(text, triggers))
    });
}

#[test]
fn amounts_in_the_trillions_are_read() {
    // Past 9.2 trillion, six decimals no longer fit in 64 bits.
    let (t, v, _) = one("The budget reached 55.6 trillion dollars.");
    assert_eq!(t, "55.6 trillion dollars");
    let want = amount(55_600_000_000_000 * S, 50_000_000_000 * S);
    assert!(
        matches!(v, MentionValue::Money(m) if m.amount == want),
        "{v:?}"
    );
}
