//! The command-line front end: parse arguments, run one command, map the outcome to an
//! exit code. Output is written whole per input so it never interleaves.

mod args;
mod batch;
mod check;
mod fix;
mod guard;
mod input;
mod settings;
mod stream;
mod timeline;
mod walk;

use anyhow::{Context as _, Result};
use args::{Cli, Command, ExplainArgs, RulesArgs, TestRulesArgs};
use clap::Parser;
use factlint::rules::examples::check_examples;
use factlint::Linter;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

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
        Command::Check(args) => check::run(args),
        Command::Timeline(args) => timeline::run(args),
        Command::Rules(args) => list_rules(args),
        Command::Explain(args) => explain(args),
        Command::TestRules(args) => test_rules(args),
        Command::Lsp(_) => return lsp(),
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

/// `factlint lsp`: serve until the client says exit.
fn lsp() -> ExitCode {
    match factlint::lsp::run_stdio() {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => {
            eprintln!("error: the language server could not start: {e}");
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
    let diagnostic: Option<&dyn miette::Diagnostic> = e
        .downcast_ref::<factlint::RuleError>()
        .map(|d| d as &dyn miette::Diagnostic)
        .or_else(|| {
            e.downcast_ref::<factlint::config::ConfigError>()
                .map(|d| d as &dyn miette::Diagnostic)
        });
    if let Some(diagnostic) = diagnostic {
        let handler = miette::GraphicalReportHandler::new_themed(if use_color() {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        });
        let mut out = String::new();
        let _ = handler.render_report(&mut out, diagnostic);
        eprint!("{out}");
        return;
    }
    let causes: Vec<String> = e.chain().map(|c| c.to_string()).collect();
    eprintln!("error: {}", causes.join(": "));
}

fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
}

fn list_rules(args: RulesArgs) -> Result<ExitCode> {
    let linter = settings::load_linter(&args.rule_dirs)?;
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
    let linter = settings::load_linter(&args.rule_dirs)?;
    let Some(rule) = linter.rule(&args.rule) else {
        let known: Vec<&str> = linter.rules().iter().map(|r| r.id.as_str()).collect();
        eprintln!(
            "error: no rule `{}`; the rules are: {}",
            args.rule,
            known.join(", ")
        );
        return Ok(ExitCode::from(2));
    };
    let text = factlint::rules::docs::render_markdown(rule);
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
