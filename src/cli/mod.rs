//! The command-line front end: parse arguments, run one command, map the outcome to an
//! exit code. Output is written whole per input so it never interleaves.

mod args;
mod input;
mod timeline;

use anyhow::{Context as _, Result};
use args::{
    CheckArgs, Cli, Command, ExplainArgs, InputFormat, OutputFormat, RulesArgs, TestRulesArgs,
};
use clap::Parser;
use factlint::report::{finding_json, render_human, HumanStyle, Report};
use factlint::rules::examples::check_examples;
use factlint::{Document, LintOptions, Linter, Severity};
use input::Input;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// What a run found, which decides the exit code.
#[derive(Default)]
struct Outcome {
    findings: bool,
    errors: bool,
}

impl Outcome {
    fn exit_code(&self) -> ExitCode {
        if self.errors {
            ExitCode::from(2)
        } else if self.findings {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Runs the command line and returns the process exit code.
pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Timeline(args) => timeline::run(args),
        Command::Rules(args) => list_rules(args),
        Command::Explain(args) => explain(args),
        Command::TestRules(args) => test_rules(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            report_error(&e);
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints an error: rule-file errors as miette diagnostics pointing into the file,
/// everything else as a one-line chain of causes.
fn report_error(e: &anyhow::Error) {
    if let Some(rule_error) = e.downcast_ref::<factlint::RuleError>() {
        let handler = miette::GraphicalReportHandler::new_themed(if use_color() {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        });
        let mut out = String::new();
        let _ = handler.render_report(&mut out, rule_error);
        eprint!("{out}");
        return;
    }
    let causes: Vec<String> = e.chain().map(|c| c.to_string()).collect();
    eprintln!("error: {}", causes.join(": "));
}

fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

/// Built-in rules plus the rule files in `dirs`.
fn load_linter(dirs: &[PathBuf]) -> Result<Linter> {
    let mut sources: Vec<(String, String)> = factlint::rules::builtin::RULES
        .iter()
        .map(|(path, text)| (path.to_string(), text.to_string()))
        .collect();
    for dir in dirs {
        let files = factlint::rules::read_rule_dir(dir)
            .with_context(|| format!("cannot read rule directory {}", dir.display()))?;
        sources.extend(files);
    }
    Ok(Linter::from_sources(
        sources.iter().map(|(p, t)| (p.as_str(), t.as_str())),
    )?)
}

fn check(args: CheckArgs) -> Result<ExitCode> {
    let linter = load_linter(&args.rule_dirs)?;
    let mut outcome = Outcome::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut json_items: Vec<factlint::report::FindingJson> = Vec::new();
    let style = HumanStyle {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::io::stdout().is_terminal(),
        width: 100,
    };
    for item in gather_inputs(&args.paths, args.input.input_format) {
        let input = match item {
            Ok(input) => input,
            Err(e) => {
                report_error(&e);
                outcome.errors = true;
                continue;
            }
        };
        let options = LintOptions {
            date: args.input.date.or(input.date),
            select: args.select.clone(),
            ignore: args.ignore.clone(),
        };
        let document = Document::new(input.text, input.kind);
        let findings = linter.lint(&document, &options);
        if findings.iter().any(|f| f.severity >= Severity::Warning) {
            outcome.findings = true;
        }
        let report = Report {
            path: &input.path,
            doc_id: input.doc_id.as_deref(),
            document: &document,
            findings: &findings,
        };
        match args.format {
            OutputFormat::Human => out.write_all(render_human(&report, style).as_bytes())?,
            OutputFormat::Compact => {
                let mut text = String::new();
                for f in &findings {
                    let lc = document.line_col(f.span.start as usize);
                    let place = input
                        .doc_id
                        .as_deref()
                        .map_or_else(|| input.path.clone(), |id| format!("{}#{id}", input.path));
                    text.push_str(&format!(
                        "{place}:{}:{}: {} [{}] {}\n",
                        lc.line, lc.column, f.severity, f.rule, f.message
                    ));
                }
                out.write_all(text.as_bytes())?;
            }
            OutputFormat::Json => {
                json_items.extend(findings.iter().map(|f| finding_json(&report, f)))
            }
            OutputFormat::Jsonl => {
                let mut text = String::new();
                for f in &findings {
                    text.push_str(&serde_json::to_string(&finding_json(&report, f))?);
                    text.push('\n');
                }
                out.write_all(text.as_bytes())?;
            }
        }
    }
    if args.format == OutputFormat::Json {
        serde_json::to_writer_pretty(&mut out, &json_items)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(outcome.exit_code())
}

/// Every input named on the command line, as documents or records.
fn gather_inputs(paths: &[PathBuf], format: InputFormat) -> Vec<Result<Input>> {
    let mut inputs = Vec::new();
    for path in input::expand_paths(paths) {
        match (path, format) {
            (Err(e), _) => inputs.push(Err(e)),
            (Ok(path), InputFormat::Text) => inputs.push(input::read_document(&path)),
            (Ok(path), InputFormat::Jsonl) => match input::read_records(&path) {
                Ok(records) => inputs.extend(records),
                Err(e) => inputs.push(Err(e)),
            },
        }
    }
    inputs
}

fn list_rules(args: RulesArgs) -> Result<ExitCode> {
    let linter = load_linter(&args.rule_dirs)?;
    let width = linter.rules().iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut text = String::new();
    for rule in linter.rules() {
        text.push_str(&format!(
            "{:width$}  {:7}  {}\n",
            rule.id,
            rule.severity.to_string(),
            rule.summary
        ));
    }
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn explain(args: ExplainArgs) -> Result<ExitCode> {
    let linter = load_linter(&args.rule_dirs)?;
    let Some(rule) = linter.rule(&args.rule) else {
        let known: Vec<&str> = linter.rules().iter().map(|r| r.id.as_str()).collect();
        eprintln!(
            "error: no rule `{}`; the rules are: {}",
            args.rule,
            known.join(", ")
        );
        return Ok(ExitCode::from(2));
    };
    let mut text = format!(
        "# {}\n\n{}\n\nseverity: {}\nsource: {}\nassert: {}\n",
        rule.id, rule.summary, rule.severity, rule.origin, rule.assert_source
    );
    if let Some(tolerance) = &rule.tolerance {
        text.push_str(&format!("tolerance: {tolerance}\n"));
    }
    if let Some(docs) = &rule.docs {
        text.push('\n');
        text.push_str(docs.trim_end());
        text.push('\n');
    }
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn test_rules(args: TestRulesArgs) -> Result<ExitCode> {
    let linter = match &args.dir {
        Some(dir) => {
            let files = factlint::rules::read_rule_dir(dir)
                .with_context(|| format!("cannot read rule directory {}", dir.display()))?;
            Linter::from_sources(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))?
        }
        None => Linter::builtin()?,
    };
    let mut text = String::new();
    let (mut passed, mut failed) = (0, 0);
    for rule in linter.rules() {
        let failures = check_examples(rule);
        let total = rule.examples.len();
        passed += total - failures.len();
        failed += failures.len();
        if failures.is_empty() {
            text.push_str(&format!("ok    {} ({total} examples)\n", rule.id));
        } else {
            text.push_str(&format!(
                "FAIL  {} ({} of {total} examples failed)\n",
                rule.id,
                failures.len()
            ));
            for f in failures {
                text.push_str(&format!(
                    "      example {}: {}\n        text: {:?}\n",
                    f.index + 1,
                    f.problem,
                    f.text
                ));
            }
        }
    }
    text.push_str(&format!("{passed} passed, {failed} failed\n"));
    std::io::stdout().write_all(text.as_bytes())?;
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
