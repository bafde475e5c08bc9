//! The article this project grew from (read from `../shared/seeds` when present, never
//! copied): it lints clean, and each single edit below yields exactly one finding at the
//! edited text, with the evidence labelled.

mod common;

use common::{assert_one_finding, check_json, shared_dir, temp_dir};

const SEED: &str = "seeds/000_656c7eab2d30fa17.txt";

fn seed_text() -> Option<String> {
    let path = shared_dir()?.join(SEED);
    std::fs::read_to_string(path).ok()
}

fn check(name: &str, text: &str) -> (i32, Vec<serde_json::Value>) {
    let dir = temp_dir(&format!("seed-{name}"));
    let path = dir.join("article.txt");
    std::fs::write(&path, text).expect("write");
    check_json(path.to_str().expect("path"))
}

#[test]
fn seed_article_is_clean() {
    let Some(text) = seed_text() else {
        eprintln!("skipped: ../shared/{SEED} is not present");
        return;
    };
    let (code, findings) = check("clean", &text);
    assert_eq!((code, findings.len()), (0, 0), "{findings:#?}");
}

#[test]
fn seed_article_edits_each_give_one_finding() {
    let Some(text) = seed_text() else {
        eprintln!("skipped: ../shared/{SEED} is not present");
        return;
    };
    let edits = [
        (
            "interval",
            "in 84 days",
            "in 83 days",
            "83 days",
            "February 18",
        ),
        (
            "offset-last-event",
            "February 11, one week before",
            "February 12, one week before",
            "February 12",
            "February 18",
        ),
        (
            "timestamp-order",
            "Updated: 13 MAY 22 13:33 ET",
            "Updated: 13 MAY 22 11:33 ET",
            "13 MAY 22 11:33 ET",
            "13 MAY 22 12:01 ET",
        ),
    ];
    // (the rule that must fire, the text edited, its replacement, the finding's text,
    // the evidence it must point at)
    for (rule, from, to, at, evidence) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "{rule}: the seed should contain `{from}` once"
        );
        let edited = text.replacen(from, to, 1);
        let result = check(rule, &edited);
        assert_one_finding(rule, &edited, result, rule, at, &[evidence]);
    }
}
