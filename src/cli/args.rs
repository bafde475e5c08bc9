//! Command-line arguments (clap derive).

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Finds claims in prose that cannot all be true — a stated gap of 83 days between
/// dates 84 days apart, a Friday that was a Thursday, an "Updated" time before
/// "Published" — and shows the arithmetic.
#[derive(Debug, Parser)]
#[command(
    name = "factlint",
    version,
    about,
    long_about = None,
    arg_required_else_help = true,
    after_help = "Examples:\n  factlint check draft.md                     lint one file\n  factlint check --date 2022-05-13 story.txt  give the article's date\n  factlint check --format json docs/          lint a folder, JSON out\n  factlint timeline draft.md                  how every date was read\n  factlint explain interval                   what a check does"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files (Markdown or plain text) for contradictions.
    ///
    /// Exit status: 0 no findings, 1 findings at warning level or above, 2 a usage,
    /// input or rule error.
    Check(CheckArgs),
    /// Show the article date and every date, time and duration found, with how each
    /// was resolved.
    Timeline(TimelineArgs),
    /// List the rules.
    Rules(RulesArgs),
    /// Print a rule's documentation.
    Explain(ExplainArgs),
    /// Run the examples in rule files, as tests (for rule authors).
    TestRules(TestRulesArgs),
    /// Run the language server on standard input and output (see docs/editors.md).
    Lsp(LspArgs),
}

#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Talk over standard input and output (the only transport; accepted because
    /// editors pass it).
    #[arg(long)]
    pub stdio: bool,
}

/// Options shared by commands that read documents.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// The article's date (YYYY-MM-DD), overriding front matter and datelines.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// How to read the input: documents, or JSON lines of {"id", "date", "text"} records.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    pub input_format: InputFormat,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input. Directories are walked
    /// for Markdown and text files, respecting `.gitignore`.
    #[arg(value_name = "PATH", default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format [default: human on a terminal, compact otherwise].
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print how many findings each rule raised instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Also load the rule files (*.yaml) in this directory. Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// Run only these rules (comma-separated ids); replaces the configuration's `select`.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Option<Vec<String>>,
    /// Skip these rules (comma-separated ids), in addition to the configuration's.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Use this configuration file instead of discovering `.factlint.yaml`.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every configuration file.
    #[arg(long)]
    pub no_config: bool,
    /// Apply the fixes marked safe, rewriting files in place (atomically).
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff, also apply fixes that need a human's judgement.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the changes --fix would make, as a unified diff, and write nothing.
    #[arg(long, conflicts_with = "fix")]
    pub diff: bool,
    /// Lint with this many threads [default: one per core]. Output order never depends
    /// on it.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct TimelineArgs {
    /// The file to analyse; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TimelineFormat::Human)]
    pub format: TimelineFormat,
}

#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Also list the rule files in this directory. Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, as `factlint rules` lists it.
    pub rule: String,
    /// Also look in the rule files in this directory. Repeatable.
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TestRulesArgs {
    /// A directory of rule files; without one, the built-in rules are tested.
    pub dir: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each path is one document (Markdown by extension, else plain text).
    Text,
    /// Each line is a JSON record {"id" or "doc", "date" or "dct", "text"}.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Diagnostics with the source, both places labelled, and the arithmetic.
    Human,
    /// One line per finding: path:line:column: rule message.
    Compact,
    /// One JSON array of findings.
    Json,
    /// One JSON object per finding per line.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TimelineFormat {
    Human,
    Jsonl,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("`{text}` is not a date in the form YYYY-MM-DD"))
}
