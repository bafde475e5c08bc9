//! Whole-extractor tests: ordering, overlap resolution and robustness on any input.

use super::*;
use proptest::prelude::*;

/// Kinds of mention in order, with their text.
fn kinds(s: &str) -> Vec<(&str, &'static str)> {
    extract_from_prose(s)
        .into_iter()
        .filter(|m| !m.value.is_numeric())
        .map(|m| {
            let kind = match m.value {
                MentionValue::Date(_) => "date",
                MentionValue::Weekday(_) => "weekday",
                MentionValue::Time(_) => "time",
                MentionValue::Duration(_) => "duration",
                MentionValue::Relative(_) => "relative",
                MentionValue::Period(_) => "period",
                MentionValue::Reference(_) => "reference",
                MentionValue::Set(_) => "set",
                MentionValue::VagueDuration(_) => "vague-duration",
                MentionValue::Number(_) => "number",
                MentionValue::Percent(_) => "percent",
                MentionValue::Money(_) => "money",
                MentionValue::Quantity(_) => "quantity",
                MentionValue::List(_) => "list",
                MentionValue::Age(_) => "age",
            };
            (&s[m.span.range()], kind)
        })
        .collect()
}

#[test]
fn mixed_paragraph() {
    let s = "On Friday, May 13, 2022, the council met for about three hours. \
             Two days later, at 9 a.m., it voted; the 10-day review began yesterday \
             and ends on Monday.";
    assert_eq!(
        kinds(s),
        [
            ("Friday, May 13, 2022", "date"),
            ("about three hours", "duration"),
            ("Two days later", "relative"),
            ("9 a.m.", "time"),
            ("10-day", "duration"),
            ("yesterday", "relative"),
            ("Monday", "weekday"),
        ]
    );
}

#[test]
fn longest_candidate_wins() {
    let mut cands = vec![
        Mention {
            span: Span::new(0, 6),
            value: MentionValue::Weekday(chrono::Weekday::Fri),
            approx: Approx::Exact,
        },
        Mention {
            span: Span::new(4, 12),
            value: MentionValue::Time(TimeOfDay {
                hour: 1,
                minute: 0,
                zone: None,
                end_of_day: false,
            }),
            approx: Approx::Exact,
        },
        Mention {
            span: Span::new(12, 14),
            value: MentionValue::Weekday(chrono::Weekday::Mon),
            approx: Approx::Exact,
        },
    ];
    cands.reverse();
    let kept = resolve_overlaps(cands);
    let spans: Vec<_> = kept.iter().map(|m| (m.span.start, m.span.end)).collect();
    assert_eq!(spans, [(4, 12), (12, 14)]);
}

#[test]
fn non_ascii_text_does_not_panic() {
    let s = "café — 12 días, naïve 5 días… 3 días después — 13 MAY 22 12:01 ET ✓ yesterday";
    let found = extract_from_prose(s);
    assert!(found
        .iter()
        .all(|m| s.is_char_boundary(m.span.start as usize)
            && s.is_char_boundary(m.span.end as usize)));
    assert!(found
        .iter()
        .any(|m| matches!(m.value, MentionValue::Date(_))));
}

/// Fragments that exercise every recogniser, glued together with random text.
/// The absolute years a recogniser finds in `text`, with the text of each.
pub(super) fn years_found(text: &str, find: fn(&str, &mut Vec<Mention>)) -> Vec<(String, i32)> {
    let mut out = Vec::new();
    find(text, &mut out);
    out.iter()
        .map(|m| {
            let MentionValue::Period(crate::extract::PeriodExpr {
                position: crate::extract::PeriodPosition::Absolute(y),
                ..
            }) = m.value
            else {
                panic!("not a year: {m:?}")
            };
            (text[m.span.range()].to_string(), y)
        })
        .collect()
}

const FRAGMENTS: &[&str] = &[
    "May 13",
    "last ",
    "’",
    "Thanksgiving",
    "Christmas Eve",
    " 1990-95",
    "–2001",
    "nineteen ninety-six",
    "the year two thousand",
    "later that year",
    "the same month",
    " last year",
    "every ",
    " a third of",
    ", or almost a quarter",
    "Half of",
    ", 2022",
    " 12:01 ET",
    "Friday",
    ", ",
    "about ",
    "a week",
    " before",
    "3 days",
    " ago",
    "yesterday",
    "5/13/22",
    "2022-02-18",
    " in 2021",
    "twice a day",
    "45-year-old",
    "9 a.m.",
    "eighty-four",
    "-day",
    " hours",
    "the day after",
    "13 MAY 22",
    "noon",
    "Fri.",
    "é",
    "—",
    " ",
    "  ",
    "\n",
    "1,200",
    "1.5",
    "-",
    "/",
    ":",
    "half an hour",
];

fn prose_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            "[ -~]{0,6}",
            "\\PC{0,3}",
        ],
        0..24,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn output_is_sorted_disjoint_and_in_bounds(s in prose_strategy()) {
        let found = extract_from_prose(&s);
        for m in &found {
            prop_assert!(m.span.start < m.span.end);
            prop_assert!(m.span.end as usize <= s.len());
            prop_assert!(s.is_char_boundary(m.span.start as usize));
            prop_assert!(s.is_char_boundary(m.span.end as usize));
            if let MentionValue::Date(d) = m.value {
                prop_assert!(d.date_span.start >= m.span.start && d.date_span.end <= m.span.end);
            }
        }
        for pair in found.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "{:?}", pair);
        }
    }
}

/// Rough throughput check on repeated invented news-like text (one mention per ~90
/// bytes, denser than typical wire copy); run with
/// `cargo test --release --lib extract -- --ignored --nocapture`.
#[test]
#[ignore]
fn throughput() {
    let para = "The council met on Friday, May 13, 2022, for about three hours before \
                voting 7-2 to extend the 84-day review. Officials said 1,200 residents \
                had written in since 2019, and the mayor, 45, will speak at 9 a.m. ET \
                tomorrow. Critics, who have campaigned for more than a decade, called it \
                a café-style compromise — résumé attached. The proposal now goes to a \
                committee of planners, engineers and local business owners, who must \
                weigh the cost of new drainage against the money already committed to \
                road repairs, school buildings and the long-delayed library extension. ";
    let text = para.repeat(50_000_000 / para.len());
    let start = std::time::Instant::now();
    let found = extract_from_prose(&text);
    let secs = start.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "{mb:.1} MB in {secs:.3}s = {:.1} MB/s, {} mentions",
        mb / secs,
        found.len()
    );
}
