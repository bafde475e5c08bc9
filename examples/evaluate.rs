//! Accuracy evaluation over the corpus in `../shared/corpus` (not part of the
//! repository): false alarms on real, unmodified news, and recall and false alarms on the
//! development set of seeded contradictions (`dev/`, scored as its README specifies).
//!
//! Usage: `cargo run --release --example evaluate [-- --list]`. Prints a Markdown report;
//! `--list` also prints every finding on the unmodified articles, for reading.

use factlint::{DocKind, Document, Finding, LintOptions, Linter, Severity};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

const CORPORA: [&str; 5] = [
    "te3-train",
    "te3-platinum",
    "meantime-en",
    "news-afp",
    "news-qatempeval",
];

struct Article {
    corpus: String,
    doc: String,
    dct: Option<chrono::NaiveDate>,
    text: String,
}

fn main() {
    let list = std::env::args().any(|a| a == "--list");
    let root = std::env::var_os("FACTLINT_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    if !root.is_dir() {
        println!("evaluation skipped: {} is not present", root.display());
        return;
    }
    let linter = match Linter::builtin() {
        Ok(linter) => linter,
        Err(e) => {
            eprintln!("{:?}", miette::Report::new(e));
            std::process::exit(2);
        }
    };
    let articles = read_articles(&root);
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        by_key.insert((a.corpus.clone(), a.doc.clone()), i);
    }

    // 1. Unmodified news: every warning/error finding is a false alarm until read.
    let mut per_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut listing = String::new();
    let mut loud_total = 0;
    let mut clean_findings: Vec<Vec<Finding>> = Vec::with_capacity(articles.len());
    for article in &articles {
        let findings = lint(&linter, &article.text, article.dct);
        for f in findings.iter().filter(|f| f.severity >= Severity::Warning) {
            loud_total += 1;
            *per_rule.entry(f.rule.clone()).or_default() += 1;
            listing.push_str(&format!(
                "- {} `{}` [{}] “{}” — {}\n",
                article.corpus,
                article.doc,
                f.rule,
                &article.text[f.span.range()],
                f.message
            ));
        }
        clean_findings.push(findings);
    }
    println!("# factlint evaluation\n");
    println!("## Findings on unmodified news\n");
    println!(
        "{} articles; {} warning/error findings ({:.2} per 200 articles; the bar is 1).\n",
        articles.len(),
        loud_total,
        200.0 * loud_total as f64 / articles.len().max(1) as f64
    );
    println!("| rule | findings | per 100 articles |\n|---|---|---|");
    for rule in linter.rules() {
        let n = per_rule.get(&rule.id).copied().unwrap_or(0);
        println!(
            "| `{}` | {} | {:.2} |",
            rule.id,
            n,
            100.0 * n as f64 / articles.len().max(1) as f64
        );
    }
    if list && !listing.is_empty() {
        println!("\n### Every finding\n\n{listing}");
    }

    // 2. The development set.
    let dev = root.join("dev");
    if dev.is_dir() {
        mutations(&linter, &articles, &by_key, &dev.join("mutations.jsonl"));
        clean_passages(
            &articles,
            &by_key,
            &clean_findings,
            &dev.join("clean.jsonl"),
        );
    }
}

fn lint(linter: &Linter, text: &str, dct: Option<chrono::NaiveDate>) -> Vec<Finding> {
    let doc = Document::new(text.to_string(), DocKind::PlainText);
    linter.lint(
        &doc,
        &LintOptions {
            date: dct,
            ..LintOptions::default()
        },
    )
}

fn read_jsonl(path: &Path) -> Vec<Value> {
    let Ok(text) = std::fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

fn read_articles(root: &Path) -> Vec<Article> {
    let mut out = Vec::new();
    for corpus in CORPORA {
        for record in read_jsonl(&root.join(format!("{corpus}.jsonl"))) {
            let (Some(doc), Some(text)) = (record["doc"].as_str(), record["text"].as_str()) else {
                continue;
            };
            out.push(Article {
                corpus: corpus.to_string(),
                doc: doc.to_string(),
                dct: record["dct"]
                    .as_str()
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok()),
                text: text.to_string(),
            });
        }
    }
    out
}

fn overlaps(finding: &Finding, start: usize, end: usize) -> bool {
    let hit = |s: factlint::Span| (s.start as usize) < end && start < s.end as usize;
    hit(finding.span) || finding.related.iter().any(|r| hit(r.span))
}

fn mutations(
    linter: &Linter,
    articles: &[Article],
    by_key: &HashMap<(String, String), usize>,
    path: &Path,
) {
    let cases = read_jsonl(path);
    if cases.is_empty() {
        return;
    }
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut caught_total = 0;
    for case in &cases {
        let kind = case["kind"].as_str().unwrap_or("?").to_string();
        let entry = by_kind.entry(kind).or_default();
        entry.1 += 1;
        let key = (
            case["corpus"].as_str().unwrap_or("").to_string(),
            case["doc"].as_str().unwrap_or("").to_string(),
        );
        let Some(&index) = by_key.get(&key) else {
            continue;
        };
        let article = &articles[index];
        let edit = &case["edit"];
        let (Some(bstart), Some(bend), Some(new)) = (
            edit["bstart"].as_u64(),
            edit["bend"].as_u64(),
            edit["new"].as_str(),
        ) else {
            continue;
        };
        let (bstart, bend) = (bstart as usize, bend as usize);
        if bend > article.text.len()
            || !article.text.is_char_boundary(bstart)
            || !article.text.is_char_boundary(bend)
        {
            continue;
        }
        let edited = format!(
            "{}{}{}",
            &article.text[..bstart],
            new,
            &article.text[bend..]
        );
        let dct = case["dct"]
            .as_str()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .or(article.dct);
        let findings = lint(linter, &edited, dct);
        let mut targets = vec![(bstart, bstart + new.len())];
        for evidence in case["evidence"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e.as_str())
        {
            targets.extend(
                edited
                    .match_indices(evidence)
                    .map(|(i, s)| (i, i + s.len())),
            );
        }
        let caught = findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .any(|f| targets.iter().any(|&(s, e)| overlaps(f, s, e)));
        if caught {
            entry.0 += 1;
            caught_total += 1;
        }
    }
    println!("\n## Development set: seeded contradictions (`dev/mutations.jsonl`)\n");
    println!(
        "Caught {} of {} ({:.1} %).\n\n| kind | caught | cases |\n|---|---|---|",
        caught_total,
        cases.len(),
        100.0 * caught_total as f64 / cases.len() as f64
    );
    for (kind, (caught, total)) in by_kind {
        println!("| {kind} | {caught} | {total} |");
    }
}

fn clean_passages(
    articles: &[Article],
    by_key: &HashMap<(String, String), usize>,
    findings: &[Vec<Finding>],
    path: &Path,
) {
    let cases = read_jsonl(path);
    if cases.is_empty() {
        return;
    }
    let mut alarms = Vec::new();
    for case in &cases {
        let key = (
            case["corpus"].as_str().unwrap_or("").to_string(),
            case["doc"].as_str().unwrap_or("").to_string(),
        );
        let Some(&index) = by_key.get(&key) else {
            continue;
        };
        let (Some(start), Some(end)) = (case["bstart"].as_u64(), case["bend"].as_u64()) else {
            continue;
        };
        if findings[index]
            .iter()
            .filter(|f| f.severity >= Severity::Warning)
            .any(|f| overlaps(f, start as usize, end as usize))
        {
            alarms.push(format!(
                "{} ({}, {})",
                case["id"].as_str().unwrap_or("?"),
                articles[index].doc,
                case["kind"].as_str().unwrap_or("?")
            ));
        }
    }
    println!("\n## Development set: tempting clean passages (`dev/clean.jsonl`)\n");
    println!(
        "{} false alarms on {} clean passages.",
        alarms.len(),
        cases.len()
    );
    for alarm in alarms {
        println!("- {alarm}");
    }
}
