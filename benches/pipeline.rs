//! Throughput of each pipeline stage and end to end, over the news in
//! `../shared/corpus` (read once, linted in a loop) or, without it, over invented
//! articles built here. `cargo bench --bench pipeline`; figures in docs/performance.md.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factlint::timeline::{find_anchor, resolve};
use factlint::{analyze, extract, DocKind, Document, LintOptions, Linter};
use std::hint::black_box;

#[path = "support/corpus.rs"]
mod corpus;
use corpus::articles;

/// The allocator the `factlint` binary ships with (`src/main.rs`), so the loop measures
/// what a run does.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn stages(c: &mut Criterion) {
    let (articles, source) = articles();
    let bytes: u64 = articles.iter().map(|(t, _)| t.len() as u64).sum();
    let linter = Linter::builtin().expect("built-in rules load");
    let docs: Vec<(Document, Option<chrono::NaiveDate>)> = articles
        .iter()
        .map(|(t, d)| (Document::new(t.as_str(), DocKind::PlainText), *d))
        .collect();

    let mut group = c.benchmark_group(format!("pipeline ({source}, {} articles)", articles.len()));
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.bench_function("document", |b| {
        b.iter(|| {
            for (t, _) in &articles {
                black_box(Document::new(t.as_str(), DocKind::PlainText));
            }
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| {
            for (doc, _) in &docs {
                black_box(extract::extract(doc));
            }
        })
    });
    group.bench_function("timeline", |b| {
        let mentions: Vec<_> = docs.iter().map(|(doc, _)| extract::extract(doc)).collect();
        b.iter(|| {
            for ((doc, date), mentions) in docs.iter().zip(&mentions) {
                let anchor = find_anchor(doc, mentions, *date);
                black_box(resolve(doc, mentions, anchor.as_ref()));
            }
        })
    });
    group.bench_function("rules", |b| {
        let analyses: Vec<_> = docs.iter().map(|(doc, date)| analyze(doc, *date)).collect();
        b.iter(|| {
            for ((doc, date), analysis) in docs.iter().zip(&analyses) {
                let options = LintOptions {
                    date: *date,
                    ..LintOptions::default()
                };
                black_box(linter.lint_analysis(doc, analysis, &options));
            }
        })
    });
    group.bench_function("end to end", |b| {
        b.iter(|| {
            for (t, date) in &articles {
                let doc = Document::new(t.as_str(), DocKind::PlainText);
                let options = LintOptions {
                    date: *date,
                    ..LintOptions::default()
                };
                black_box(linter.lint(&doc, &options));
            }
        })
    });
    group.finish();

    let mut startup = c.benchmark_group("start-up");
    startup.bench_function("load built-in rules", |b| {
        b.iter(|| black_box(Linter::builtin()))
    });
    startup.finish();

    // One sentence of many times, each with a verb, a comma or an aside around it: the
    // shape that once made placing times read the sentence again for each time
    // (quadratic; 50 s for 560 KB before the sentence's cues were read once).
    let mut adversarial = c.benchmark_group("adversarial sentences");
    adversarial.sample_size(10);
    for (name, text) in adversarial_sentences() {
        let date = chrono::NaiveDate::from_ymd_opt(2022, 5, 13);
        adversarial.throughput(Throughput::Bytes(text.len() as u64));
        adversarial.bench_function(name, |b| {
            b.iter(|| {
                let doc = Document::new(text.as_str(), DocKind::PlainText);
                black_box(analyze(&doc, date))
            })
        });
    }
    adversarial.finish();
}

/// Long single sentences of times of day: one with a verb between every two times and
/// a day at the end, one with relative-clause asides between them, one after a long
/// run of numbers and a sentence naming a day.
fn adversarial_sentences() -> Vec<(&'static str, String)> {
    let verbs: Vec<String> = (0..20_000)
        .map(|i| format!("at {} p.m. and is due to end", i % 11 + 1))
        .collect();
    let asides: Vec<String> = (0..20_000)
        .map(|i| match i % 3 {
            0 => format!("at {} p.m.", i % 11 + 1),
            1 => "the fire, which started Tuesday afternoon".to_string(),
            _ => "on Monday".to_string(),
        })
        .collect();
    let numbers: Vec<String> = (0..20_000).map(|i| i.to_string()).collect();
    let times: Vec<String> = (0..20_000)
        .map(|i| format!("at {} p.m.", i % 11 + 1))
        .collect();
    vec![
        (
            "times with verbs between",
            format!("{} on Monday.", verbs.join(" ")),
        ),
        ("times among asides", format!("{}.", asides.join(", "))),
        (
            "times after numbers",
            format!(
                "Voting took place on Wednesday. {} {}.",
                numbers.join(" "),
                times.join(" ")
            ),
        ),
    ]
}

criterion_group!(benches, stages);
criterion_main!(benches);
