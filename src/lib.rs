//! factlint: a fact-check and consistency linter for prose.
//!
//! The pipeline flows one way; each stage is a module that only uses the ones above it:
//!
//! ```text
//! document → extract → timeline → rules → finding → report
//! ```
//!
//! Front ends (the CLI, later the language server) call [`Linter::lint`] and serialise
//! the [`Finding`]s it returns.
//!
//! ```
//! use factlint::{DocKind, Document, LintOptions, Linter};
//!
//! let linter = Linter::builtin().expect("the built-in rules load");
//! let text = "Dated 2022-05-20.\n\nThe fair opened on Friday, May 12, 2022.";
//! let doc = Document::new(text, DocKind::PlainText);
//! let findings = linter.lint(&doc, &LintOptions::default());
//! assert_eq!(findings.len(), 1);
//! assert_eq!(findings[0].rule, "weekday");
//! assert_eq!(findings[0].message, "May 12, 2022 was a Thursday, not a Friday");
//! ```

pub mod config;
pub mod document;
pub mod extract;
pub mod finding;
pub mod guard;
pub mod lsp;
pub mod report;
pub mod rules;
pub mod suppress;
pub mod timeline;

pub use document::{DocKind, Document, Span};
pub use finding::{apply_fixes, Applicability, Finding, Fix, Related, Severity};
pub use rules::RuleError;
pub use timeline::{analyze, Analysis};

use chrono::NaiveDate;
use extract::Mention;
pub use rules::engine::Coverage;
use rules::{engine, Rule};

/// What a lint run needs besides the document.
#[derive(Clone, Debug, Default)]
pub struct LintOptions {
    /// The article date, overriding whatever the document says.
    pub date: Option<NaiveDate>,
    /// Only these rules, when set (ids).
    pub select: Option<Vec<String>>,
    /// Never these rules (ids).
    pub ignore: Vec<String>,
    /// Severity overrides per rule id.
    pub severity: std::collections::BTreeMap<String, Severity>,
    /// How bare dates are placed and day counts read (configuration's `resolution`).
    pub policy: timeline::Policy,
}

/// The id of the info note emitted when no article date could be found.
pub const NO_ARTICLE_DATE: &str = "no-article-date";

/// Why a set of rules could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read rule directory {}: {source}", dir.display())]
    Io {
        dir: std::path::PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Rule(#[from] RuleError),
}

/// A set of loaded rules, ready to lint any number of documents.
#[derive(Debug)]
pub struct Linter {
    rules: Vec<Rule>,
}

impl Linter {
    /// The built-in rule packs compiled into the binary.
    pub fn builtin() -> Result<Linter, RuleError> {
        Ok(Linter {
            rules: rules::load_builtin_and([])?,
        })
    }

    /// The built-in rules plus every rule file under `dirs` (the CLI's `--rules`, a
    /// configuration's `rules`, the language server's settings).
    pub fn with_rule_dirs(dirs: &[std::path::PathBuf]) -> Result<Linter, LoadError> {
        let mut sources: Vec<(String, String)> = Vec::new();
        for dir in dirs {
            let files = rules::read_rule_dir(dir).map_err(|source| LoadError::Io {
                dir: dir.clone(),
                source,
            })?;
            sources.extend(files);
        }
        Ok(Linter {
            rules: rules::load_builtin_and(sources.iter().map(|(p, t)| (p.as_str(), t.as_str())))?,
        })
    }

    /// Rules from `(path, yaml)` pairs.
    pub fn from_sources<'a>(
        sources: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Linter, RuleError> {
        Ok(Linter {
            rules: rules::load_rules(sources)?,
        })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Lints a document: every rule's findings, sorted by position.
    pub fn lint(&self, doc: &Document, options: &LintOptions) -> Vec<Finding> {
        self.lint_with_coverage(doc, options).findings
    }

    /// [`Linter::lint`], also counting for each rule the claims it read and decided.
    pub fn lint_with_coverage(&self, doc: &Document, options: &LintOptions) -> LintReport {
        let analysis = timeline::analyze_with(doc, options.date, &options.policy);
        self.lint_analysis_with_coverage(doc, &analysis, options)
    }

    /// Lints a document already analysed (the language server keeps the analysis).
    pub fn lint_analysis(
        &self,
        doc: &Document,
        analysis: &Analysis,
        options: &LintOptions,
    ) -> Vec<Finding> {
        self.lint_analysis_with_coverage(doc, analysis, options)
            .findings
    }

    fn lint_analysis_with_coverage(
        &self,
        doc: &Document,
        analysis: &Analysis,
        options: &LintOptions,
    ) -> LintReport {
        let cx = engine::Context::new(
            doc,
            &analysis.mentions,
            &analysis.timeline,
            options.policy.inclusive_days,
        );
        let mut findings: Vec<Finding> = Vec::new();
        let mut coverage = Vec::new();
        let mut scratch = engine::Scratch::default();
        for rule in self.rules.iter().filter(|r| is_selected(&r.id, options)) {
            let mut run = engine::run_rule_reusing(rule, &cx, &mut scratch);
            if run.coverage.claims > 0 {
                coverage.push((rule.id.clone(), run.coverage));
            }
            findings.append(&mut run.findings);
            if run.limited > 0 {
                findings.push(limit_note(rule, run.limited, doc));
            }
        }
        for finding in &mut findings {
            if let Some(&severity) = options.severity.get(&finding.rule) {
                finding.severity = severity;
            }
        }
        let enabled = |id: &str| self.rule(id).is_some() && is_selected(id, options);
        let findings = suppress::drop_quoted_errors(doc, findings);
        let mut findings = suppress::apply(doc, findings, enabled);
        if analysis.timeline.anchor.is_none() {
            if let Some(note) = no_anchor_note(&analysis.mentions) {
                findings.push(note);
            }
        }
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        LintReport { findings, coverage }
    }
}

/// A document's findings, and for each rule that read any claim, how many it read and
/// decided (`--statistics`).
#[derive(Debug, Default)]
pub struct LintReport {
    pub findings: Vec<Finding>,
    pub coverage: Vec<(String, Coverage)>,
}

/// The id of the info note emitted when a check hit a search limit.
pub const CHECK_LIMIT: &str = "check-limit";

/// Says that a check skipped claims because the text offered too many candidates; the
/// skipped claims are not checked, and the note says so rather than staying silent.
fn limit_note(rule: &Rule, skipped: usize, doc: &Document) -> Finding {
    Finding {
        rule: CHECK_LIMIT.to_string(),
        severity: Severity::Info,
        message: format!(
            "`{}` skipped {skipped} claim{} with more than {} candidate mentions to weigh",
            rule.id,
            if skipped == 1 { "" } else { "s" },
            rules::MAX_CANDIDATES
        ),
        span: Span::new(
            0,
            doc.source()
                .len()
                .min(doc.source().find('\n').unwrap_or(usize::MAX)),
        ),
        related: Vec::new(),
        explanation: Some("such claims are ambiguous; the check abstains on them".to_string()),
        assumptions: Vec::new(),
        fixes: Vec::new(),
    }
}

fn is_selected(id: &str, options: &LintOptions) -> bool {
    options
        .select
        .as_ref()
        .is_none_or(|s| s.iter().any(|r| r == id))
        && !options.ignore.iter().any(|r| r == id)
}

/// One info note when dates need an article date that could not be found.
fn no_anchor_note(mentions: &[Mention]) -> Option<Finding> {
    use extract::{MentionValue, RelativeTo};
    let needs_anchor = mentions.iter().find(|m| match &m.value {
        MentionValue::Date(d) => d.year.is_none(),
        MentionValue::Weekday(_) => true,
        MentionValue::Relative(r) => r.relative_to == RelativeTo::Anchor,
        // No check reads periods, references or recurrences, so none of them is a reason
        // to tell the writer a check was skipped.
        MentionValue::Time(_)
        | MentionValue::Duration(_)
        | MentionValue::Period(_)
        | MentionValue::Reference(_)
        | MentionValue::Set(_)
        | MentionValue::VagueDuration(_)
        | MentionValue::Number(_)
        | MentionValue::Percent(_)
        | MentionValue::Money(_)
        | MentionValue::Quantity(_)
        | MentionValue::List(_)
        | MentionValue::Age(_) => false,
    })?;
    Some(Finding {
        rule: NO_ARTICLE_DATE.to_string(),
        severity: Severity::Info,
        message: "no article date found, so checks that need one were skipped".to_string(),
        span: needs_anchor.span,
        related: Vec::new(),
        explanation: Some(
            "pass --date YYYY-MM-DD, add `date:` to the front matter, or start the text with a dateline"
                .to_string(),
        ),
        assumptions: Vec::new(),
        fixes: Vec::new(),
    })
}
