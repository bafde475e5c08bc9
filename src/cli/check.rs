//! `factlint check`: find the inputs, lint them in parallel under their configuration,
//! apply or show fixes, and print the findings in a stable order.

use super::args::{CheckArgs, InputFormat, OutputFormat};
use super::batch;
use super::fix::{unified_diff, write_atomically};
use super::input::{self, Input};
use super::settings::{Resolver, Settings, Source};
use super::walk;
use anyhow::{Context as _, Result};
use factlint::report::{
    finding_json, render_compact, render_github, render_human, render_sarif, HumanStyle, Report,
    RuleInfo,
};
use factlint::{apply_fixes, Applicability, Document, Finding, Severity};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// One thing to lint: a file, standard input, or a batch record (or why it could not be
/// read).
enum Unit {
    /// A file, and whether it was named on the command line.
    File(PathBuf, bool),
    Record(Input),
    Failed(anyhow::Error),
}

impl Unit {
    /// What to call the unit in an error about it.
    fn name(&self) -> String {
        match self {
            Unit::File(path, _) => path.display().to_string(),
            Unit::Record(input) => match &input.doc_id {
                Some(id) => format!("{} (record {id})", input.path),
                None => input.path.clone(),
            },
            Unit::Failed(_) => String::new(),
        }
    }
}

/// What became of one unit.
enum Done {
    Linted(Box<Linted>),
    /// A binary file found while walking a folder: skipped, with this note (as ripgrep
    /// does); named on the command line, it is an error instead.
    Skipped(String),
}

/// The outcome of one linted unit.
struct Linted {
    input: Input,
    document: Document,
    findings: Vec<Finding>,
    /// Claims each rule read and decided, for `--statistics`.
    coverage: Vec<(String, factlint::Coverage)>,
    settings: Arc<Settings>,
    /// The unified diff of the fixes, with `--diff`.
    diff: Option<String>,
    fixed: usize,
}

pub fn run(args: CheckArgs) -> Result<ExitCode> {
    let source = if args.no_config {
        Source::None
    } else if let Some(path) = &args.config {
        Source::File(path.clone())
    } else {
        Source::Discover
    };
    let resolver = Resolver::new(source, args.rule_dirs.clone());
    // A broken configuration or rule file for this folder is an error up front, even
    // before (or without) any input.
    let base = resolver.for_path(None)?;

    let (format, _) = output_format(&args);
    if args.input.input_format == InputFormat::Jsonl
        && is_per_input(format)
        && !(args.statistics || args.fix || args.diff)
    {
        return super::stream::run(&args, &resolver, format);
    }

    let mut units = Vec::new();
    let excluded = |p: &std::path::Path| {
        resolver
            .for_path(Some(p))
            .is_ok_and(|s| s.config.excludes(p))
    };
    for path in walk::files(&args.paths, excluded) {
        match (path, args.input.input_format) {
            (Err(e), _) => units.push(Unit::Failed(e)),
            (Ok((path, explicit)), InputFormat::Text) => units.push(Unit::File(path, explicit)),
            (Ok((path, _)), InputFormat::Jsonl) => {
                let display = path.display().to_string();
                let read = batch::open(&path).and_then(|reader| {
                    batch::for_each_batch(reader, |lines| {
                        units.extend(lines.iter().map(|line| {
                            match batch::parse_record(&display, line) {
                                Ok(input) => Unit::Record(input),
                                Err(e) => Unit::Failed(anyhow::anyhow!(
                                    "{display}:{}: {}",
                                    e.line,
                                    e.message
                                )),
                            }
                        }));
                        Ok(())
                    })
                });
                if let Err(e) = read {
                    units.push(Unit::Failed(e));
                }
            }
        }
    }

    let progress = progress_bar(units.len());
    let lint_all = || -> Vec<Result<Done>> {
        units
            .into_par_iter()
            .map(|unit| {
                let name = unit.name();
                let result = super::guard::isolated(|| lint_unit(unit, &resolver, &args))
                    .unwrap_or_else(|message| Err(anyhow::anyhow!("{name}: {message}")));
                progress.inc(1);
                result
            })
            .collect()
    };
    let results = match args.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .context("cannot start the worker threads")?
            .install(lint_all),
        None => lint_all(),
    };
    progress.finish_and_clear();

    let mut failed = false;
    let mut linted = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(Done::Linted(l)) => linted.push(*l),
            Ok(Done::Skipped(note)) => eprintln!("note: {note}"),
            Err(e) => {
                super::report_error(&e);
                failed = true;
            }
        }
    }
    let fails = linted.iter().any(|l| {
        l.findings
            .iter()
            .any(|f| l.settings.config.fail_on.fails(f.severity))
    });
    let text = if args.diff {
        linted
            .iter()
            .filter_map(|l| l.diff.clone())
            .collect::<String>()
    } else if args.statistics {
        statistics(&linted)
    } else {
        render(&args, &base, &linted)
    };
    write_output(&args, &text)?;
    if args.fix {
        let fixed: usize = linted.iter().map(|l| l.fixed).sum();
        if fixed > 0 {
            eprintln!("fixed {fixed} finding{}", if fixed == 1 { "" } else { "s" });
        }
    }
    let has_diff = linted
        .iter()
        .any(|l| l.diff.as_ref().is_some_and(|d| !d.is_empty()));
    Ok(if failed {
        ExitCode::from(2)
    } else if fails || (args.diff && has_diff) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn progress_bar(len: usize) -> indicatif::ProgressBar {
    // Only worth drawing for runs long enough to wait on, and only for a person.
    if len < 64 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
    {
        bar.set_style(style);
    }
    bar
}

fn lint_unit(unit: Unit, resolver: &Resolver, args: &CheckArgs) -> Result<Done> {
    let (input, file) = match unit {
        Unit::Failed(e) => return Err(e),
        Unit::Record(input) => (input, None),
        Unit::File(path, explicit) => match input::read_document(&path) {
            Ok(input) => (input, (path.as_os_str() != "-").then_some(path)),
            Err(e) if !explicit && is_binary(&e) => {
                return Ok(Done::Skipped(format!(
                    "skipped {}: it looks like a binary file",
                    path.display()
                )))
            }
            Err(e) => return Err(e),
        },
    };
    let settings = resolver.for_path(file.as_deref())?;
    let mut options = settings.options(file.as_deref(), &args.select, &args.ignore);
    options.date = args.input.date.or(input.date);
    let mut document = Document::new(input.text.clone(), input.kind);
    let factlint::LintReport {
        mut findings,
        mut coverage,
    } = settings.linter.lint_with_coverage(&document, &options);

    let allowed = |a: Applicability| {
        a == Applicability::Safe || (args.unsafe_fixes && a == Applicability::Unsafe)
    };
    let (mut diff, mut fixed) = (None, 0);
    if let (Some(path), true) = (&file, args.fix || args.diff) {
        let (new_text, applied) = apply_fixes(
            document.source(),
            findings.iter().flat_map(|f| &f.fixes),
            allowed,
        );
        if args.diff {
            diff = Some(if applied > 0 {
                unified_diff(&input.path, document.source(), &new_text)
            } else {
                String::new()
            });
        } else if applied > 0 {
            write_atomically(path, &input.original_bytes(), &new_text)?;
            fixed = applied;
            // Report what is left, against the text now on disk.
            document = Document::new(new_text, input.kind);
            let report = settings.linter.lint_with_coverage(&document, &options);
            (findings, coverage) = (report.findings, report.coverage);
        }
    }
    Ok(Done::Linted(Box::new(Linted {
        input,
        document,
        findings,
        coverage,
        settings,
        diff,
        fixed,
    })))
}

fn is_binary(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        matches!(
            cause.downcast_ref::<factlint::document::DecodeError>(),
            Some(factlint::document::DecodeError::Binary { .. })
        )
    })
}

/// The format to print in, and whether output goes to a terminal.
pub(super) fn output_format(args: &CheckArgs) -> (OutputFormat, bool) {
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let default = if to_terminal {
        OutputFormat::Human
    } else {
        OutputFormat::Compact
    };
    (args.format.unwrap_or(default), to_terminal)
}

/// Whether a format prints each input on its own (so records can stream through).
pub(super) fn is_per_input(format: OutputFormat) -> bool {
    matches!(
        format,
        OutputFormat::Human | OutputFormat::Compact | OutputFormat::Github | OutputFormat::Jsonl
    )
}

/// One input's findings in a per-input format.
pub(super) fn render_report(format: OutputFormat, to_terminal: bool, report: &Report) -> String {
    match format {
        OutputFormat::Human => {
            let style = HumanStyle {
                color: to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                width: 100,
            };
            render_human(report, style)
        }
        OutputFormat::Compact => render_compact(report),
        OutputFormat::Github => render_github(report),
        _ => report
            .findings
            .iter()
            .map(|f| {
                format!(
                    "{}\n",
                    serde_json::to_string(&finding_json(report, f)).unwrap_or_default()
                )
            })
            .collect(),
    }
}

fn render(args: &CheckArgs, base: &Settings, linted: &[Linted]) -> String {
    let reports: Vec<Report> = linted
        .iter()
        .map(|l| Report {
            path: &l.input.path,
            doc_id: l.input.doc_id.as_deref(),
            document: &l.document,
            findings: &l.findings,
        })
        .collect();
    let (format, to_terminal) = output_format(args);
    match format {
        OutputFormat::Human
        | OutputFormat::Compact
        | OutputFormat::Github
        | OutputFormat::Jsonl => reports
            .iter()
            .map(|r| render_report(format, to_terminal, r))
            .collect(),
        OutputFormat::Json => {
            let all: Vec<_> = reports
                .iter()
                .flat_map(|r| r.findings.iter().map(move |f| finding_json(r, f)))
                .collect();
            format!(
                "{}\n",
                serde_json::to_string_pretty(&all).unwrap_or_default()
            )
        }
        OutputFormat::Sarif => {
            let rules: Vec<RuleInfo> = base
                .linter
                .rules()
                .iter()
                .map(|r| RuleInfo {
                    id: &r.id,
                    summary: &r.summary,
                    docs: r.docs.as_deref(),
                    severity: r.severity,
                })
                .chain([
                    RuleInfo {
                        id: factlint::suppress::UNUSED_SUPPRESSION,
                        summary: "A suppression comment that silences no finding.",
                        docs: None,
                        severity: Severity::Warning,
                    },
                    RuleInfo {
                        id: factlint::CHECK_LIMIT,
                        summary:
                            "A check skipped claims that had too many candidate mentions to weigh.",
                        docs: None,
                        severity: Severity::Info,
                    },
                    RuleInfo {
                        id: factlint::NO_ARTICLE_DATE,
                        summary: "No article date was found, so checks that need one were skipped.",
                        docs: None,
                        severity: Severity::Info,
                    },
                ])
                .collect();
            render_sarif(&reports, &rules)
        }
    }
}

/// Per rule: findings, the claims it read, and how many of those it abstained on (a
/// value less certain than the rule demands, or an assertion too vague to decide);
/// rules with findings first, then by claims read.
fn statistics(linted: &[Linted]) -> String {
    #[derive(Default)]
    struct Row {
        findings: usize,
        fixable: bool,
        coverage: factlint::Coverage,
    }
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    for l in linted {
        for f in &l.findings {
            let row = rows.entry(&f.rule).or_default();
            row.findings += 1;
            row.fixable |= f
                .fixes
                .iter()
                .any(|x| x.applicability == Applicability::Safe);
        }
        for (rule, coverage) in &l.coverage {
            rows.entry(rule).or_default().coverage.add(*coverage);
        }
    }
    let mut rows: Vec<_> = rows.into_iter().collect();
    rows.sort_by(|(a_id, a), (b_id, b)| {
        (b.findings, b.coverage.claims)
            .cmp(&(a.findings, a.coverage.claims))
            .then(a_id.cmp(b_id))
    });
    let mut out = format!(
        "{:>8}  {:>6}  {:>9}  rule\n",
        "findings", "claims", "abstained"
    );
    for (rule, row) in rows {
        // Notes (no article date, a search limit) read no claims of their own.
        let (claims, abstained) = if row.coverage.claims == 0 {
            ("-".to_string(), "-".to_string())
        } else {
            (
                row.coverage.claims.to_string(),
                row.coverage.abstained().to_string(),
            )
        };
        out.push_str(&format!(
            "{:>8}  {claims:>6}  {abstained:>9}  {rule}{}\n",
            row.findings,
            if row.fixable { "  [*] fixable" } else { "" }
        ));
    }
    out
}

fn write_output(args: &CheckArgs, text: &str) -> Result<()> {
    match &args.output {
        Some(path) => {
            std::fs::write(path, text).with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(())
        }
    }
}
