//! The batch interface as a streaming filter (docs/batch.md): output for early records
//! before the input ends, one error line per bad record, and output that is a pure
//! function of each record whatever its neighbours and the thread count.

mod common;

use common::factlint_with_stdin;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

fn record(id: &str, text: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({"id": id, "date": "2023-03-20", "text": text})
    )
}

const WRONG: &str = "The vote was held on Wednesday, March 14, 2023, in the hall.";
const RIGHT: &str = "The vote was held on Tuesday, March 14, 2023, in the hall.";

#[test]
fn output_for_a_record_arrives_before_the_input_ends() {
    for command in ["check", "timeline"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args([command, "--input-format", "jsonl", "--format", "jsonl", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        let mut stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let (lines_tx, lines_rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                if lines_tx.send(line.expect("read")).is_err() {
                    return;
                }
            }
        });
        stdin
            .write_all(record("first", WRONG).as_bytes())
            .expect("write");
        stdin.flush().expect("flush");
        // The input is still open: the first record's output must come anyway.
        let first = lines_rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| panic!("{command}: no output before the input ended"));
        assert!(first.contains("\"first\""), "{first}");
        stdin
            .write_all(record("second", WRONG).as_bytes())
            .expect("write");
        drop(stdin);
        let rest: Vec<String> = lines_rx.iter().collect();
        assert!(
            rest.iter().any(|l| l.contains("\"second\"")),
            "{command}: {rest:?}"
        );
        reader.join().expect("reader");
        child.wait().expect("wait");
    }
}

#[test]
fn bad_records_become_error_lines_and_the_run_goes_on() {
    let mut input = Vec::new();
    input.extend(record("good-1", WRONG).as_bytes());
    input.extend(b"this is not json\n");
    input.extend(b"{\"id\": \"no-text\", \"date\": \"2023-03-20\"}\n");
    input.extend(b"{\"id\": \"bad-date\", \"date\": \"March\", \"text\": \"x\"}\n");
    input.extend(b"{\"id\": \"wrong-type\", \"text\": 12}\n");
    input.extend(b"\xff\xfe not utf-8\n");
    input.extend(record("good-2", WRONG).as_bytes());
    let run = factlint_with_stdin(
        &["check", "--input-format", "jsonl", "--format", "jsonl", "-"],
        Some(&input),
    );
    assert_eq!(run.code, 2);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let findings: Vec<&str> = lines
        .iter()
        .filter(|l| l.get("rule").is_some())
        .filter_map(|l| l["doc"].as_str())
        .collect();
    assert_eq!(findings, ["good-1", "good-2"]);
    let errors: Vec<(Option<&str>, u64)> = lines
        .iter()
        .filter(|l| l.get("error").is_some())
        .map(|l| (l["doc"].as_str(), l["line"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(
        errors,
        [
            (None, 2),
            (Some("no-text"), 3),
            (Some("bad-date"), 4),
            (Some("wrong-type"), 5),
            (None, 6)
        ]
    );
    assert!(
        run.stderr.contains("5 of 7 records could not be read"),
        "{}",
        run.stderr
    );
}

#[test]
fn each_records_output_is_independent_of_its_neighbours_and_threads() {
    let texts = [
        WRONG,
        RIGHT,
        "Dated nothing. The lease ended on April 31.",
        WRONG,
    ];
    let mut all = String::new();
    let mut alone = Vec::new();
    for i in 0..200 {
        let r = record(&format!("r{i}"), texts[i % texts.len()]);
        all.push_str(&r);
        if i < texts.len() {
            let run = factlint_with_stdin(
                &["check", "--input-format", "jsonl", "--format", "jsonl", "-"],
                Some(r.as_bytes()),
            );
            alone.push(run.stdout);
        }
    }
    let with_threads = |threads: &str| {
        factlint_with_stdin(
            &[
                "check",
                "--input-format",
                "jsonl",
                "--format",
                "jsonl",
                "--threads",
                threads,
                "-",
            ],
            Some(all.as_bytes()),
        )
    };
    let one = with_threads("1");
    let many = with_threads("4");
    assert_eq!(one.stdout, many.stdout);
    for (i, expected) in alone.iter().enumerate() {
        let among: String = one
            .stdout
            .lines()
            .filter(|l| l.contains(&format!("\"doc\":\"r{i}\"")))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(&among, expected, "record r{i}");
    }
}
