//! The binary, run on fixture articles: rules, spans, exit codes and output formats.

mod common;

use common::{assert_one_finding, check_json, factlint, factlint_with_stdin, fixture, temp_dir};

/// A clean fixture has no findings; its contradictory twin has exactly one, from
/// `rule`, at `at`, pointing at each of `related`.
fn assert_pair(stem: &str, ext: &str, rule: &str, at: &str, related: &[&str]) {
    let clean = fixture(&format!("{stem}-clean.{ext}"));
    let (code, findings) = check_json(&clean);
    assert_eq!((code, findings.len()), (0, 0), "{clean}: {findings:#?}");

    let bad = fixture(&format!("{stem}-contradiction.{ext}"));
    let source = std::fs::read_to_string(&bad).expect("fixture");
    assert_one_finding(&bad, &source, check_json(&bad), rule, at, related);
}

#[test]
fn interval_pair() {
    assert_pair("interval", "md", "interval", "46 days", &["July 25"]);
}

#[test]
fn weekday_pair() {
    assert_pair(
        "weekday",
        "txt",
        "weekday",
        "Wednesday",
        &["March 14, 2023"],
    );
}

#[test]
fn offset_pair() {
    assert_pair(
        "offset",
        "md",
        "offset",
        "June 4",
        &["two days after", "June 1"],
    );
}

#[test]
fn impossible_date_pair() {
    assert_pair("impossible-date", "txt", "impossible-date", "June 31", &[]);
}

#[test]
fn timestamp_order_pair() {
    assert_pair(
        "timestamp-order",
        "txt",
        "timestamp-order",
        "14 SEP 22 14:05 ET",
        &["14 SEP 22 15:02 ET"],
    );
}

#[test]
fn human_output_shows_both_spans_and_the_arithmetic() {
    for name in [
        "interval-contradiction.md",
        "weekday-contradiction.txt",
        "offset-contradiction.md",
        "impossible-date-contradiction.txt",
        "timestamp-order-contradiction.txt",
    ] {
        let run = factlint(&["check", "--format", "human", &fixture(name)]);
        assert_eq!(run.code, 1, "{name}");
        insta::assert_snapshot!(name, run.stdout);
    }
}

#[test]
fn markdown_code_urls_and_comments_are_not_prose() {
    let (code, findings) = check_json(&fixture("markdown-code.md"));
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
}

#[test]
fn no_article_date_is_one_info_note_not_an_error() {
    let (code, findings) = check_json(&fixture("no-date.txt"));
    assert_eq!(code, 0);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["rule"], "no-article-date");
    assert_eq!(findings[0]["severity"], "info");
}

#[test]
fn date_flag_overrides_the_document() {
    // With a later article date, "the first call in 46 days" is right.
    let run = factlint(&[
        "check",
        "--format",
        "json",
        "--date",
        "2023-09-09",
        &fixture("interval-contradiction.md"),
    ]);
    assert_eq!(run.code, 0, "{}", run.stdout);
}

#[test]
fn compact_and_jsonl_formats() {
    let run = factlint(&[
        "check",
        "--format",
        "compact",
        &fixture("weekday-contradiction.txt"),
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout.lines().count(), 1);
    assert!(
        run.stdout
            .starts_with("tests/fixtures/weekday-contradiction.txt:3:"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("[weekday]"));

    let run = factlint(&[
        "check",
        "--format",
        "jsonl",
        &fixture("weekday-contradiction.txt"),
    ]);
    assert_eq!(run.code, 1);
    let line: serde_json::Value = serde_json::from_str(run.stdout.trim()).expect("one JSON line");
    for key in [
        "rule",
        "severity",
        "message",
        "path",
        "doc",
        "span",
        "related",
        "explanation",
        "assumptions",
        "fixes",
    ] {
        assert!(line.get(key).is_some(), "missing {key}");
    }
    assert_eq!(line["span"]["line"], 3);
    assert_eq!(line["fixes"][0]["replacement"], "Tuesday");
    assert_eq!(line["fixes"][0]["safe"], true);
}

#[test]
fn jsonl_records_on_stdin() {
    let records = concat!(
        r#"{"id": "a", "date": "2023-03-20", "text": "The vote was on Wednesday, March 14, 2023."}"#,
        "\n",
        r#"{"doc": "b", "dct": "2023-03-20", "text": "The vote was on Tuesday, March 14, 2023."}"#,
        "\n"
    );
    let run = factlint_with_stdin(
        &["check", "--input-format", "jsonl", "--format", "jsonl", "-"],
        Some(records.as_bytes()),
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["doc"], "a");
    assert_eq!(lines[0]["rule"], "weekday");
}

#[test]
fn timeline_prints_anchor_source_and_resolutions() {
    let run = factlint(&["timeline", &fixture("interval-clean.md")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("article date: 2023-09-08 (from front matter `date`)"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("2023-07-25"), "{}", run.stdout);
    assert!(run.stdout.contains("P45D"), "{}", run.stdout);

    let run = factlint(&[
        "timeline",
        "--format",
        "jsonl",
        &fixture("interval-clean.md"),
    ]);
    let record: serde_json::Value = serde_json::from_str(run.stdout.trim()).expect("JSON");
    assert_eq!(record["anchor"], "2023-09-08");
    let values: Vec<&str> = record["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .filter_map(|m| m["value"].as_str())
        .collect();
    assert!(values.contains(&"2023-07-25"), "{values:?}");
}

#[test]
fn rules_and_explain() {
    let run = factlint(&["rules"]);
    assert_eq!(run.code, 0);
    for id in [
        "interval",
        "weekday",
        "offset",
        "impossible-date",
        "timestamp-order",
    ] {
        assert!(run.stdout.contains(id), "{id} missing from {}", run.stdout);
    }
    let run = factlint(&["explain", "weekday"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("## What it checks"));
    let run = factlint(&["explain", "no-such-rule"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no rule `no-such-rule`"));
}

#[test]
fn test_rules_runs_the_builtin_examples() {
    let run = factlint(&["test-rules"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains(" 0 failed"), "{}", run.stdout);
}

#[test]
fn bad_inputs_are_clear_errors_with_exit_code_2() {
    let dir = temp_dir("bad-inputs");
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 opened on May 3.\n").expect("write");
    let binary = dir.join("image.md");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("write");
    let empty = dir.join("empty.md");
    std::fs::write(&empty, b"").expect("write");

    let run = factlint(&["check", latin1.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("not valid UTF-8") && run.stderr.contains("byte 3"),
        "{}",
        run.stderr
    );

    let run = factlint(&["check", binary.to_str().expect("utf-8 path")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("binary"), "{}", run.stderr);

    let run = factlint(&["check", empty.to_str().expect("utf-8 path")]);
    assert_eq!(
        (run.code, run.stdout.as_str(), run.stderr.as_str()),
        (0, "", "")
    );

    let run = factlint(&["check", "tests/fixtures/does-not-exist.md"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("does-not-exist.md"), "{}", run.stderr);

    // A bad file does not stop the others from being linted.
    let run = factlint(&[
        "check",
        "--format",
        "compact",
        latin1.to_str().expect("path"),
        &fixture("weekday-contradiction.txt"),
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("[weekday]"));

    let run = factlint(&["check", "--date", "2022-13-45", &fixture("no-date.txt")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
}

#[test]
fn malformed_rule_files_point_into_the_file() {
    let cases = [
        ("unknown-key.yaml", "id: x\nsummary: s\nseverity: error\nbind:\n  a: { kind: date }\nassert: is_real_date(a)\nmessage: m\nexampels: []\n", "unknown field `exampels`"),
        ("bad-regex.yaml", "id: x\nsummary: s\nseverity: error\nbind:\n  a:\n    kind: date\n    before: '(unclosed'\nassert: is_real_date(a)\nmessage: m\nexamples: []\n", "not a valid regular expression"),
        ("type-error.yaml", "id: x\nsummary: s\nseverity: error\nbind:\n  a: { kind: date }\nassert: days(a, 3) == a\nmessage: m\nexamples:\n  - text: t\n    expect: []\n", "in `assert`"),
        ("no-examples.yaml", "id: x\nsummary: s\nseverity: error\nbind:\n  a: { kind: date }\nassert: is_real_date(a)\nmessage: m\nexamples:\n  - text: t\n    expect: []\n", "at least one passing example"),
        ("not-yaml.yaml", "id: [unclosed\n", "invalid rule file"),
    ];
    for (name, text, expected) in cases {
        let dir = temp_dir(&format!("rules-{name}"));
        std::fs::write(dir.join(name), text).expect("write");
        let run = factlint(&[
            "check",
            "--rules",
            dir.to_str().expect("path"),
            &fixture("no-date.txt"),
        ]);
        assert_eq!(run.code, 2, "{name}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{name}: {}", run.stderr);
        assert!(
            run.stderr.contains(name),
            "{name}: the error names the file: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{name}");
    }
}
