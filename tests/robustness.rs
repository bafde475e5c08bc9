//! Bad input, one test per row of the table in docs/robustness.md: each gives a clear
//! message and the documented exit code, never a panic, a hang or a damaged file.

mod common;

use common::{factlint, temp_dir, Run};
use std::path::Path;

fn check(args: &[&str]) -> Run {
    let mut all = vec!["check", "--format", "compact"];
    all.extend_from_slice(args);
    let run = factlint(&all);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    run
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

#[test]
fn binary_files_found_by_walking_are_skipped_with_a_note() {
    let dir = temp_dir("robust-binary");
    std::fs::write(dir.join("photo.md"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").expect("write");
    std::fs::write(dir.join("ok.md"), "Nothing to check here.\n").expect("write");
    let run = check(&[path(&dir)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("note: skipped") && run.stderr.contains("photo.md"),
        "{}",
        run.stderr
    );
    // Named on the command line, it is an error.
    let run = check(&[path(&dir.join("photo.md"))]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("binary"), "{}", run.stderr);
}

#[test]
fn a_file_over_the_size_limit_is_refused() {
    let dir = temp_dir("robust-huge");
    let file = dir.join("huge.txt");
    // 100 MB, above the 64 MiB limit.
    let line = "The harbor reopened on a quiet morning after the storm passed.\n";
    let text = line.repeat(100_000_000 / line.len() + 1);
    std::fs::write(&file, text).expect("write");
    let run = check(&[path(&file)]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("the limit is 67108864 bytes"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(&file).expect("clean up");
}

#[test]
fn a_long_single_line_lints_in_linear_time() {
    let dir = temp_dir("robust-line");
    let file = dir.join("line.txt");
    // 2 MB without a line break or a sentence end (10 MB is measured in release builds,
    // see docs/robustness.md); it must simply finish, with valid output.
    let text = "the council met on Friday May 13 2022 and the first call in 84 days came after they last spoke on February 18 and ".repeat(18_000);
    std::fs::write(&file, text).expect("write");
    let run = check(&["--date", "2022-05-14", path(&file)]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn a_sentence_of_thousands_of_times_lints_in_linear_time() {
    let dir = temp_dir("robust-times");
    let file = dir.join("times.txt");
    // Each time of day looks for its day among the mentions near it, not the whole
    // sentence: one sentence of 16,000 times and weekdays once took quadratic time.
    let text = "the alarm rang at 11 p.m. Friday and again at midnight and ".repeat(8_000);
    std::fs::write(&file, text).expect("write");
    let run = check(&["--date", "2022-05-14", path(&file)]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn a_lead_and_a_long_sentence_of_times_and_months_lint_in_linear_time() {
    let dir = temp_dir("robust-lead");
    let file = dir.join("lead.txt");
    // Times after a lead look for its day, and bare months and dates read their
    // clause: none may read the whole sentence again for each one.
    let text = format!(
        "Police said Saturday the shop burned on Friday night.\n\n{}",
        "The alarm went off at 9 p.m., and again at 2 a.m. and in May and on June 3 and "
            .repeat(8_000)
    );
    std::fs::write(&file, text).expect("write");
    let run = check(&["--date", "2022-05-14", path(&file)]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn deeply_nested_markdown() {
    let dir = temp_dir("robust-nested");
    let file = dir.join("nested.md");
    let mut text = String::new();
    for depth in 0..2_000 {
        text.push_str(&"> ".repeat(depth % 50));
        text.push_str(&"  ".repeat(depth % 30));
        text.push_str("- [*a*](<b>) `c` **d** on Friday, May 12, 2022\n");
    }
    text.push_str(&"[".repeat(20_000));
    text.push_str(&"*".repeat(20_000));
    std::fs::write(&file, text).expect("write");
    let run = check(&["--date", "2022-05-20", path(&file)]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
}

#[test]
fn rule_file_problems_are_errors_that_point_into_the_file() {
    let base = "id: x\nsummary: s\nseverity: error\nbind:\n  a:\n    kind: date\n";
    let examples = "examples:\n  - text: t\n    expect: []\n  - text: t\n    expect: [{ at: t }]\n";
    let cases = [
        (format!("{base}assert: is_real_date(a)\nmessage: m\nexamples: [1, 2]\n"), "invalid type"),
        (format!("{base}    unit: [fortnights]\nassert: is_real_date(a)\nmessage: m\n{examples}"), "unknown variant `fortnights`"),
        (format!("{base}    before: 'a{{1000}}{{1000}}'\nassert: is_real_date(a)\nmessage: m\n{examples}"), "not a valid regular expression"),
        (format!("{base}assert: a + 1\nmessage: m\n{examples}"), "in `assert`"),
        (format!("{base}assert: is_real_date(a)\nmessage: \"{{b}}\"\n{examples}"), "unknown name `b`"),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        let dir = temp_dir(&format!("robust-rule-{i}"));
        std::fs::write(dir.join("rule.yaml"), text).expect("write");
        let run = factlint(&["test-rules", path(&dir)]);
        assert_eq!(run.code, 2, "{text}\n{}{}", run.stdout, run.stderr);
        assert!(run.stderr.contains(expected), "{text}\n{}", run.stderr);
        assert!(run.stderr.contains("rule.yaml"), "{}", run.stderr);
        assert!(!run.stderr.contains("panicked"));
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = temp_dir("robust-symlink");
    std::fs::create_dir_all(dir.join("a")).expect("mkdir");
    std::os::unix::fs::symlink(&dir, dir.join("a/loop")).expect("symlink");
    std::fs::write(dir.join("a/note.md"), "Friday, May 12, 2022 was busy.\n").expect("write");
    let run = check(&["--date", "2022-05-20", path(&dir)]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn an_unreadable_path_is_reported_and_the_run_goes_on() {
    let dir = temp_dir("robust-unreadable");
    std::os::unix::fs::symlink(dir.join("gone"), dir.join("dangling.md")).expect("symlink");
    std::fs::write(
        dir.join("ok.txt"),
        "Dated 2022-05-20.\n\nOn Friday, May 12, 2022, it rained.\n",
    )
    .expect("write");
    let run = check(&[path(&dir.join("dangling.md")), path(&dir.join("ok.txt"))]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("dangling.md"), "{}", run.stderr);
    assert!(
        run.stdout.contains("ok.txt"),
        "the other file is still linted: {}",
        run.stdout
    );
}

#[test]
fn killing_a_fix_midway_never_leaves_a_partial_file() {
    let dir = temp_dir("robust-kill");
    let file = dir.join("big.txt");
    let original = "Dated 2023-03-20.\n\n".to_string()
        + &"The vote was held on Wednesday, March 14, 2023, in the hall.\n\n".repeat(40_000);
    let fixed = original.replace("Wednesday", "Tuesday");
    for delay_ms in [0u64, 5, 20, 60, 150, 400, 1_000] {
        std::fs::write(&file, &original).expect("write");
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"))
            .args(["check", "--fix", path(&file)])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&file).expect("read");
        assert!(
            now == original || now == fixed,
            "partial file after {delay_ms} ms"
        );
        let stray: Vec<_> = std::fs::read_dir(&dir)
            .expect("ls")
            .flatten()
            .filter(|e| e.file_name() != "big.txt")
            .map(|e| e.path())
            .collect();
        // A temporary file may survive a kill, but never in place of the original.
        for path in stray {
            let _ = std::fs::remove_file(path);
        }
    }
}
