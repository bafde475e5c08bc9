//! The article this project grew from (read from `../shared/seeds` when present, never
//! copied): it lints clean, and each single edit below yields exactly one finding at the
//! edited text, with the evidence labelled.

mod common;

use common::{factlint, shared_dir, temp_dir, text_at};

const SEED: &str = "seeds/000_656c7eab2d30fa17.txt";

fn seed_text() -> Option<String> {
    let path = shared_dir()?.join(SEED);
    std::fs::read_to_string(path).ok()
}

fn check(name: &str, text: &str) -> (i32, Vec<serde_json::Value>) {
    let dir = temp_dir(&format!("seed-{name}"));
    let path = dir.join("article.txt");
    std::fs::write(&path, text).expect("write");
    let run = factlint(&["check", "--format", "json", path.to_str().expect("path")]);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    (run.code, run.json().as_array().cloned().expect("array"))
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
            "offset",
            "February 11, one week before",
            "February 12, one week before",
            "February 12",
            "February 18",
        ),
        (
            "timestamp",
            "Updated: 13 MAY 22 13:33 ET",
            "Updated: 13 MAY 22 11:33 ET",
            "13 MAY 22 11:33 ET",
            "13 MAY 22 12:01 ET",
        ),
    ];
    for (name, from, to, at, evidence) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "{name}: the seed should contain `{from}` once"
        );
        let edited = text.replacen(from, to, 1);
        let (code, findings) = check(name, &edited);
        assert_eq!(code, 1, "{name}");
        assert_eq!(findings.len(), 1, "{name}: {findings:#?}");
        let finding = &findings[0];
        assert_eq!(text_at(&edited, &finding["span"]), at, "{name}");
        let related: Vec<&str> = finding["related"]
            .as_array()
            .expect("related")
            .iter()
            .map(|r| text_at(&edited, r))
            .collect();
        assert!(
            related.contains(&evidence),
            "{name}: {related:?} lacks {evidence}"
        );
    }
}
