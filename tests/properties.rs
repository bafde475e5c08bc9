//! Properties of the whole linter, checked on generated input: it never panics, every
//! span it reports is a valid slice of the input, it is deterministic, and its date
//! arithmetic agrees with chrono across centuries and leap years.

use chrono::{Datelike, NaiveDate};
use factlint::{DocKind, Document, Finding, LintOptions, Linter};
use proptest::prelude::*;
use std::sync::LazyLock;

static LINTER: LazyLock<Linter> = LazyLock::new(|| Linter::builtin().expect("built-in rules load"));

fn lint(text: &str, kind: DocKind, date: Option<NaiveDate>) -> Vec<Finding> {
    let doc = Document::new(text, kind);
    LINTER.lint(
        &doc,
        &LintOptions {
            date,
            ..LintOptions::default()
        },
    )
}

/// Fragments that exercise the extractors, glued with arbitrary text.
fn newsy() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("Friday, May 13, 2022".to_string()),
        Just("the first call in 84 days".to_string()),
        Just("They last spoke on February 18".to_string()),
        Just("February 11, one week before the last call".to_string()),
        Just("Updated: 13 MAY 22 11:33 ET".to_string()),
        Just("Published: 13 MAY 22 12:01 ET".to_string()),
        Just("April 31".to_string()),
        Just("Later that year, on Thanksgiving Day".to_string()),
        Just("from March to May, in 1990-95".to_string()),
        Just("every Thursday since nineteen ninety-six".to_string()),
        Just("<!-- factlint-disable-next-line weekday -->".to_string()),
        Just("```\ncode\n```".to_string()),
        Just("[link](https://example.org/2022/02/30)".to_string()),
        Just("---\ndate: 2022-05-13\n---\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("é😀中".to_string()),
        "[A-Za-z0-9 ,.:;'\"()\\-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(fragment, 0..12).prop_map(|parts| parts.join(" "))
}

fn assert_spans_valid(text: &str, findings: &[Finding]) {
    for f in findings {
        let spans = std::iter::once(f.span)
            .chain(f.related.iter().map(|r| r.span))
            .chain(f.fixes.iter().map(|x| x.span));
        for span in spans {
            assert!(
                span.start <= span.end && span.end as usize <= text.len(),
                "{span:?} outside the text"
            );
            assert!(
                text.is_char_boundary(span.start as usize)
                    && text.is_char_boundary(span.end as usize)
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_lints_with_valid_spans_deterministically(text in newsy(), markdown in any::<bool>()) {
        let kind = if markdown { DocKind::Markdown } else { DocKind::PlainText };
        let date = NaiveDate::from_ymd_opt(2022, 5, 13);
        let first = lint(&text, kind, date);
        assert_spans_valid(&text, &first);
        prop_assert_eq!(&first, &lint(&text, kind, date));
        let undated = lint(&text, kind, None);
        assert_spans_valid(&text, &undated);
    }
}

fn arbitrary_date() -> impl Strategy<Value = NaiveDate> {
    // Three and a half centuries, leap days (and 1900's missing one) included; the
    // extractor reads four-digit years up to 2199.
    (1800i32..2150, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real date", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn written(date: NaiveDate) -> String {
    date.format("%B %-d, %Y").to_string()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A weekday written with a full date is flagged exactly when chrono disagrees.
    #[test]
    fn weekday_check_agrees_with_chrono(date in arbitrary_date(), shift in 0u32..7) {
        let weekday = (0..shift).fold(date.weekday(), |w, _| w.succ());
        let name = NaiveDate::from_isoywd_opt(2024, 1, weekday).map(|d| d.format("%A").to_string()).unwrap_or_default();
        let text = format!("The committee met on {name}, {}, in the hall.", written(date));
        let anchor = date.checked_add_days(chrono::Days::new(30));
        let findings = lint(&text, DocKind::PlainText, anchor);
        let flagged = findings.iter().any(|f| f.rule == "weekday");
        prop_assert_eq!(flagged, shift != 0, "{}: {:?}", text, findings);
    }

    /// "The first meeting in N days" is flagged exactly when N is not the day count
    /// chrono computes between the two written dates.
    #[test]
    fn interval_check_agrees_with_chrono(from in arbitrary_date(), gap in 1i64..2000, error in -3i64..=3) {
        let Some(to) = from.checked_add_signed(chrono::TimeDelta::days(gap)) else { return Ok(()); };
        let stated = gap + error;
        prop_assume!(stated > 0);
        let text = format!(
            "On {} the envoys held the first meeting between them in {stated} days. They last met on {}.",
            written(to), written(from)
        );
        let findings = lint(&text, DocKind::PlainText, to.checked_add_days(chrono::Days::new(1)));
        let flagged = findings.iter().any(|f| f.rule == "interval");
        prop_assert_eq!(flagged, error != 0, "{}: {:?}", text, findings);
    }

    /// "D, N days after E" is flagged exactly when chrono disagrees.
    #[test]
    fn offset_check_agrees_with_chrono(base in arbitrary_date(), gap in 3i64..60, error in -2i64..=2) {
        let Some(claimed) = base.checked_add_signed(chrono::TimeDelta::days(gap + error)) else { return Ok(()); };
        let text = format!("The pier reopened on {}, {gap} days after the {} storm.", written(claimed), written(base));
        let findings = lint(&text, DocKind::PlainText, claimed.checked_add_days(chrono::Days::new(10)));
        let flagged = findings.iter().any(|f| f.rule == "offset");
        prop_assert_eq!(flagged, error != 0, "{}: {:?}", text, findings);
    }

    /// Impossible dates are flagged exactly when chrono has no such day.
    #[test]
    fn impossible_date_agrees_with_chrono(year in 1800i32..2150, month in 1u32..=12, day in 28u32..=31) {
        let month_name = NaiveDate::from_ymd_opt(2000, month, 1).map(|d| d.format("%B").to_string()).unwrap_or_default();
        let text = format!("The ledger was closed on {month_name} {day}, {year}, by the clerk.");
        let findings = lint(&text, DocKind::PlainText, NaiveDate::from_ymd_opt(2024, 1, 1));
        let flagged = findings.iter().any(|f| f.rule == "impossible-date");
        prop_assert_eq!(flagged, NaiveDate::from_ymd_opt(year, month, day).is_none(), "{}", text);
    }

    /// Two local/GMT pairs are flagged exactly when the offsets chrono gives for them
    /// differ: the GMT readings are computed from a UTC instant and a zone offset.
    #[test]
    fn local_time_offset_agrees_with_chrono(
        start in 0i64..1440, later in 30i64..600, offset in -47i32..=48, error in -2i32..=2,
    ) {
        let day = NaiveDate::from_ymd_opt(2024, 5, 7).and_then(|d| d.and_hms_opt(0, 0, 0));
        let Some(midnight) = day else { return Ok(()); };
        let quarter = chrono::TimeDelta::minutes(15);
        let utc = |minutes: i64| midnight + chrono::TimeDelta::minutes(minutes);
        let first = utc(start);
        let second = utc(start + later);
        let local_first = first + quarter * offset;
        let local_second = second + quarter * (offset + error);
        let clock = |t: chrono::NaiveDateTime| t.format("%-I:%M %p").to_string().replace("AM", "a.m.").replace("PM", "p.m.");
        let gmt = |t: chrono::NaiveDateTime| t.format("%H%M GMT").to_string();
        let text = format!(
            "The hall opened at {} ({}) and closed at {} ({}).",
            clock(local_first), gmt(first), clock(local_second), gmt(second)
        );
        let findings = lint(&text, DocKind::PlainText, NaiveDate::from_ymd_opt(2024, 5, 7));
        let flagged = findings.iter().any(|f| f.rule == "local-time-offset");
        prop_assert_eq!(flagged, error != 0, "{}: {:?}", text, findings);
    }

    /// "The first title in N years", N the difference of the calendar years, never
    /// fires whatever the days (a year alone is every day of it); claiming two years
    /// more than the calendar allows always fires. (Fewer is no contradiction: none in
    /// the last N years is still true.)
    #[test]
    fn year_interval_is_interval_based(today in arbitrary_date(), gap in 3i32..80, long in any::<bool>()) {
        let previous = today.year() - gap;
        prop_assume!(previous >= 1000);
        let stated = if long { gap + 2 } else { gap };
        let text = format!(
            "The club won its first title in {stated} years on {}. Its previous title in {previous} came long ago.",
            written(today)
        );
        let findings = lint(&text, DocKind::PlainText, Some(today));
        let flagged = findings.iter().any(|f| f.rule == "interval-years");
        prop_assert_eq!(flagged, long, "{}: {:?}", text, findings);
    }
}
