//! The CI-facing behaviour, run on temporary directories: configuration precedence,
//! suppressions, machine formats, ordering, fixes and exit codes.

mod common;

use common::{shared_dir, temp_dir};
use std::path::Path;

const WRONG_WEEKDAY: &str =
    "Dated 2023-03-20.\n\nThe vote was held on Wednesday, March 14, 2023, in the hall.\n";
const IMPOSSIBLE: &str = "Dated 2023-06-01.\n\nThe lease ended on April 31 and was renewed.\n";

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

fn rules_of(stdout: &str) -> Vec<String> {
    let findings: Vec<serde_json::Value> = serde_json::from_str(stdout).expect("JSON array");
    findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap_or("").to_string())
        .collect()
}

fn check_in(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_factlint"));
    let out = command
        .args(&all)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run factlint");
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn closest_config_wins_and_flags_override() {
    let dir = temp_dir("config-precedence");
    write(&dir, ".factlint.yaml", "ignore: [impossible-date]\n");
    write(&dir, "a.txt", IMPOSSIBLE);
    write(
        &dir,
        "sub/factlint.yaml",
        "select: [impossible-date]\nseverity: { impossible-date: warning }\n",
    );
    write(&dir, "sub/b.txt", IMPOSSIBLE);
    write(&dir, "sub/c.txt", WRONG_WEEKDAY);

    let run = check_in(&dir, &["--format", "json", "a.txt"]);
    assert_eq!(
        (run.code, rules_of(&run.stdout).len()),
        (0, 0),
        "{}",
        run.stderr
    );

    let run = check_in(&dir, &["--format", "json", "sub"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        findings.len(),
        1,
        "only the selected rule runs: {findings:#?}"
    );
    assert_eq!(findings[0]["rule"], "impossible-date");
    assert_eq!(findings[0]["severity"], "warning");

    // --no-config: every rule, default severities.
    let run = check_in(&dir, &["--format", "json", "--no-config", "a.txt", "sub"]);
    assert_eq!(
        rules_of(&run.stdout),
        ["impossible-date", "impossible-date", "weekday"]
    );

    // --config replaces discovery; --select on the command line replaces `select`.
    let run = check_in(
        &dir,
        &[
            "--format",
            "json",
            "--config",
            "sub/factlint.yaml",
            "--select",
            "weekday",
            "sub",
        ],
    );
    assert_eq!(rules_of(&run.stdout), ["weekday"]);
}

#[test]
fn fail_on_error_lets_warnings_pass() {
    let dir = temp_dir("config-fail-on");
    write(
        &dir,
        ".factlint.yaml",
        "fail-on: error\nseverity: { impossible-date: warning }\n",
    );
    write(&dir, "a.txt", IMPOSSIBLE);
    let run = check_in(&dir, &["--format", "compact", "a.txt"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stdout.contains("warning [impossible-date]"));
}

#[test]
fn per_path_ignores_and_excludes() {
    let dir = temp_dir("config-paths");
    write(&dir, ".factlint.yaml", "per-path-ignores:\n  \"archive/**\": [all]\n  \"notes/*.txt\": [weekday]\nexclude: [\"vendor/**\"]\n");
    write(&dir, "archive/old.txt", IMPOSSIBLE);
    write(&dir, "notes/n.txt", WRONG_WEEKDAY);
    write(&dir, "vendor/v.txt", IMPOSSIBLE);
    write(&dir, "live.txt", IMPOSSIBLE);
    let run = check_in(&dir, &["--format", "compact", "."]);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("live.txt"), "{}", run.stdout);
}

#[test]
fn bad_configs_point_into_the_file() {
    let cases = [
        ("selct: [weekday]\n", "unknown field `selct`"),
        ("fail-on: sometimes\n", "unknown variant `sometimes`"),
        ("ignore: [wekday]\n", "no rule `wekday`"),
        ("per-path-ignores: { \"a[\": [all] }\n", "bad glob"),
    ];
    for (i, (text, expected)) in cases.iter().enumerate() {
        let dir = temp_dir(&format!("config-bad-{i}"));
        write(&dir, ".factlint.yaml", text);
        write(&dir, "a.txt", IMPOSSIBLE);
        let run = check_in(&dir, &["a.txt"]);
        assert_eq!(run.code, 2, "{text}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{text}: {}", run.stderr);
        assert!(run.stderr.contains(".factlint.yaml"), "{}", run.stderr);
        assert!(
            run.stderr.contains("1 │"),
            "the error shows the line: {}",
            run.stderr
        );
    }
}

#[test]
fn suppressions_in_markdown_and_text() {
    let dir = temp_dir("suppress");
    write(
        &dir,
        "a.md",
        "---\ndate: 2023-03-20\n---\n\n<!-- factlint-disable-next-line weekday -- quoted as printed -->\nThe vote was on Wednesday, March 14, 2023.\n\nThe count was on Friday, March 14, 2023.\n\n<!-- factlint-disable impossible-date -->\nThe lease ended on April 31.\n<!-- factlint-enable impossible-date -->\n\nThe deed was signed on June 31.\n\n<!-- factlint-disable-next-line offset -->\nNothing to see.\n",
    );
    let run = check_in(&dir, &["--format", "json", "a.md"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("JSON");
    let got: Vec<(String, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").to_string(),
                f["span"]["line"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("weekday".to_string(), 8),
            ("impossible-date".to_string(), 14),
            ("unused-suppression".to_string(), 16)
        ]
    );

    write(&dir, "b.txt", "Dated 2023-03-20.\n\n# factlint-disable-next-line weekday\nThe vote was on Wednesday, March 14, 2023.\n");
    let run = check_in(&dir, &["--format", "json", "b.txt"]);
    assert_eq!((run.code, run.stdout.trim()), (0, "[]"));
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let dir = temp_dir("sarif");
    write(&dir, "a.txt", WRONG_WEEKDAY);
    write(&dir, "b.txt", IMPOSSIBLE);
    let run = check_in(&dir, &["--format", "sarif", "."]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let log: serde_json::Value = serde_json::from_str(&run.stdout).expect("SARIF is JSON");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["ruleId"], "weekday");
    assert_eq!(
        results[0]["relatedLocations"][0]["message"]["text"],
        "the date"
    );
    assert_eq!(
        results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        "Tuesday"
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    let index = results[0]["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(rules[index]["id"], "weekday");

    let Some(shared) = shared_dir() else {
        eprintln!("schema check skipped: ../shared/schemas is not present");
        return;
    };
    let schema_text =
        std::fs::read_to_string(shared.join("schemas/sarif-schema-2.1.0.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn github_annotations_parse_back() {
    let dir = temp_dir("github");
    write(&dir, "a.txt", WRONG_WEEKDAY);
    let run = check_in(&dir, &["--format", "github", "a.txt"]);
    assert_eq!(run.code, 1);
    let line = run.stdout.trim();
    let rest = line.strip_prefix("::error ").expect("an error command");
    let (properties, message) = rest.split_once("::").expect("properties::message");
    let props: std::collections::HashMap<&str, &str> = properties
        .split(',')
        .filter_map(|p| p.split_once('='))
        .collect();
    assert_eq!(props["file"], "a.txt");
    assert_eq!((props["line"], props["col"]), ("3", "22"));
    assert_eq!((props["endLine"], props["endColumn"]), ("3", "31"));
    assert_eq!(props["title"], "factlint weekday");
    assert!(
        message.starts_with("March 14, 2023 was a Tuesday, not a Wednesday%0A"),
        "{message}"
    );
}

#[test]
fn output_order_is_stable_whatever_the_thread_count() {
    let dir = temp_dir("ordering");
    for i in 0..40 {
        write(
            &dir,
            &format!("d{}/f{i:02}.txt", i % 3),
            if i % 2 == 0 {
                WRONG_WEEKDAY
            } else {
                IMPOSSIBLE
            },
        );
    }
    let one = check_in(&dir, &["--format", "compact", "--threads", "1", "."]);
    let many = check_in(&dir, &["--format", "compact", "--threads", "8", "."]);
    assert_eq!(one.stdout.lines().count(), 40);
    assert_eq!(one.stdout, many.stdout);
    let paths: Vec<&str> = one
        .stdout
        .lines()
        .map(|l| l.split(':').next().unwrap_or(""))
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

#[test]
fn walking_respects_gitignore_and_extensions() {
    let dir = temp_dir("walk");
    write(&dir, ".gitignore", "drafts/\n");
    write(&dir, "drafts/x.md", WRONG_WEEKDAY);
    write(&dir, "notes.rs", WRONG_WEEKDAY);
    write(&dir, "kept.md", WRONG_WEEKDAY);
    let run = check_in(&dir, &["--format", "compact"]);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("./kept.md:") || run.stdout.starts_with("kept.md:"),
        "{}",
        run.stdout
    );
}

#[test]
fn fix_is_safe_atomic_and_idempotent() {
    let dir = temp_dir("fix");
    write(&dir, "a.txt", WRONG_WEEKDAY);
    write(
        &dir,
        "b.txt",
        "Dated 2023-06-01.\n\nThey met on May 2, two days after the April 29 vote.\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir.join("a.txt"), std::fs::Permissions::from_mode(0o640))
            .expect("chmod");
    }

    let diff = check_in(&dir, &["--diff", "a.txt", "b.txt"]);
    assert_eq!(diff.code, 1);
    assert!(
        diff.stdout.contains("-The vote was held on Wednesday")
            && diff.stdout.contains("+The vote was held on Tuesday"),
        "{}",
        diff.stdout
    );
    assert!(
        !diff.stdout.contains("b.txt"),
        "unsafe fixes need --unsafe-fixes: {}",
        diff.stdout
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("a.txt")).expect("read"),
        WRONG_WEEKDAY,
        "--diff writes nothing"
    );

    let run = check_in(&dir, &["--fix", "--format", "compact", "a.txt", "b.txt"]);
    assert_eq!(run.code, 1, "the unsafe one remains: {}", run.stdout);
    assert!(
        run.stdout.contains("b.txt") && !run.stdout.contains("a.txt"),
        "{}",
        run.stdout
    );
    let fixed = std::fs::read_to_string(dir.join("a.txt")).expect("read");
    assert_eq!(fixed, WRONG_WEEKDAY.replace("Wednesday", "Tuesday"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("a.txt"))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o640, "permissions kept");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("ls")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temporary files left: {leftovers:?}");

    let again = check_in(&dir, &["--fix", "a.txt"]);
    assert_eq!(again.code, 0);
    assert_eq!(
        std::fs::read_to_string(dir.join("a.txt")).expect("read"),
        fixed,
        "idempotent"
    );

    let run = check_in(&dir, &["--fix", "--unsafe-fixes", "b.txt"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(std::fs::read_to_string(dir.join("b.txt"))
        .expect("read")
        .contains("on May 1, 2023, two days after"));
}

#[test]
fn unused_suppression_fix_removes_the_line() {
    let dir = temp_dir("fix-suppression");
    write(
        &dir,
        "a.md",
        "---\ndate: 2023-03-20\n---\n\n<!-- factlint-disable-next-line weekday -->\nAll clear.\n",
    );
    let run = check_in(&dir, &["--fix", "a.md"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        std::fs::read_to_string(dir.join("a.md")).expect("read"),
        "---\ndate: 2023-03-20\n---\n\nAll clear.\n"
    );
}

#[test]
fn output_file_and_statistics() {
    let dir = temp_dir("output");
    write(&dir, "a.txt", WRONG_WEEKDAY);
    write(&dir, "b.txt", IMPOSSIBLE);
    let run = check_in(&dir, &["--statistics", "."]);
    assert_eq!(run.code, 1);
    // findings, claims read, claims abstained on, rule
    let row = |rule: &str| -> Vec<String> {
        run.stdout
            .lines()
            .find(|l| l.split_whitespace().nth(3) == Some(rule))
            .unwrap_or_else(|| panic!("no row for {rule}: {}", run.stdout))
            .split_whitespace()
            .take(3)
            .map(str::to_string)
            .collect()
    };
    // Every date in both files is an impossible-date claim; one weekday is written.
    assert_eq!(row("impossible-date"), ["1", "4", "0"], "{}", run.stdout);
    assert_eq!(row("weekday"), ["1", "1", "0"], "{}", run.stdout);
    assert!(run.stdout.starts_with("findings  claims  abstained  rule"));
    assert!(run.stdout.contains("[*] fixable"));

    let run = check_in(
        &dir,
        &["--format", "json", "--output", "report.json", "a.txt"],
    );
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    let report = std::fs::read_to_string(dir.join("report.json")).expect("report written");
    assert_eq!(rules_of(&report), ["weekday"]);
}

#[test]
fn resolution_policy_from_configuration() {
    let dir = temp_dir("config-policy");
    write(&dir, "gap.txt", "Dated 2023-06-10.\n\nOn June 5, 2023 the two boards held the first meeting between them in 5 days. They last met on June 1, 2023.\n");
    write(
        &dir,
        "gala.txt",
        "Dated 2023-06-10.\n\nThe gala: Wednesday, January 11, at the harbor hall.\n",
    );
    let run = check_in(&dir, &["--format", "json", "gap.txt", "gala.txt"]);
    assert_eq!(
        rules_of(&run.stdout),
        ["interval"],
        "exclusive counting and the nearer past year by default"
    );

    write(
        &dir,
        ".factlint.yaml",
        "resolution:\n  inclusive-days: true\n  bias: future\n",
    );
    let run = check_in(&dir, &["--format", "json", "gap.txt", "gala.txt"]);
    assert_eq!(rules_of(&run.stdout), ["weekday"], "{}", run.stderr);

    write(&dir, ".factlint.yaml", "resolution:\n  bias: sideways\n");
    let run = check_in(&dir, &["gap.txt"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("unknown variant `sideways`"),
        "{}",
        run.stderr
    );
}
