//! Helpers shared by the integration tests: run the real binary.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }
}

pub fn factlint(args: &[&str]) -> Run {
    factlint_with_stdin(args, None)
}

pub fn factlint_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the factlint binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    let out = child.wait_with_output().expect("factlint finishes");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn fixture(name: &str) -> String {
    format!("tests/fixtures/{name}")
}

/// `../shared` beside the repository, when it is checked out.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.is_dir().then_some(dir)
}

/// A fresh temporary directory under the target dir, removed by the caller's test
/// process exit only (tests are few and small).
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// The text at a JSON location object's byte range.
pub fn text_at<'a>(source: &'a str, location: &serde_json::Value) -> &'a str {
    let start = location["start"].as_u64().expect("start") as usize;
    let end = location["end"].as_u64().expect("end") as usize;
    &source[start..end]
}

/// Runs `check --format json` on a path; returns (exit code, findings).
pub fn check_json(path: &str) -> (i32, Vec<serde_json::Value>) {
    let run = factlint(&["check", "--format", "json", path]);
    assert!(run.stderr.is_empty(), "stderr: {}", run.stderr);
    let findings = run.json().as_array().cloned().expect("an array");
    (run.code, findings)
}

/// Asserts a run exited 1 with exactly one finding, from `rule`, whose span is the text
/// `at` and whose related spans include each of `related`.
pub fn assert_one_finding(
    context: &str,
    source: &str,
    (code, findings): (i32, Vec<serde_json::Value>),
    rule: &str,
    at: &str,
    related: &[&str],
) {
    assert_eq!(code, 1, "{context}");
    assert_eq!(findings.len(), 1, "{context}: {findings:#?}");
    let finding = &findings[0];
    assert_eq!(finding["rule"], rule, "{context}");
    assert_eq!(text_at(source, &finding["span"]), at, "{context}");
    let related_texts: Vec<&str> = finding["related"]
        .as_array()
        .expect("related")
        .iter()
        .map(|r| text_at(source, r))
        .collect();
    for want in related {
        assert!(
            related_texts.contains(want),
            "{context}: related {related_texts:?} lacks {want}"
        );
    }
}
