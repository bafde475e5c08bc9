//! Configuration: the closest `.factlint.yaml` (or `factlint.yaml`) from a file's folder
//! upward, its schema, and what it means for one file's lint.
//!
//! The CLI and the language server share this: both call [`discover`] for a path and
//! [`Config::load`] for the file found, then [`Config::options_for`] per document.
//! Unknown keys and bad values are errors that point into the file.

use crate::finding::Severity;
use crate::LintOptions;
use globset::{Glob, GlobMatcher, GlobSet, GlobSetBuilder};
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// File names searched for, closest first within a folder.
pub const CONFIG_FILE_NAMES: [&str; 2] = [".factlint.yaml", "factlint.yaml"];

/// The level at or above which findings fail the run (exit code 1).
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum FailOn {
    #[default]
    Warning,
    Error,
}

impl FailOn {
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Error => severity >= Severity::Error,
        }
    }
}

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ConfigFile {
    /// Only these rules (default: all).
    select: Option<Vec<String>>,
    /// Rules added to `select` (or to all, which changes nothing, when `select` is unset).
    #[serde(default)]
    extend_select: Vec<String>,
    /// Rules never run.
    #[serde(default)]
    ignore: Vec<String>,
    /// Per-rule severity overrides.
    #[serde(default)]
    severity: BTreeMap<String, Severity>,
    /// Extra rule directories, relative to this file.
    #[serde(default)]
    rules: Vec<PathBuf>,
    fail_on: Option<FailOn>,
    /// Glob (relative to this file's folder) → rules ignored in matching files; `all`
    /// ignores every rule.
    #[serde(default)]
    per_path_ignores: BTreeMap<String, Vec<String>>,
    /// Globs of files never linted when walking folders.
    #[serde(default)]
    exclude: Vec<String>,
    /// How bare dates are placed and day counts read.
    #[serde(default)]
    resolution: crate::timeline::Policy,
}

/// A loaded configuration.
#[derive(Debug, Default)]
pub struct Config {
    /// The file it came from (`None` for the defaults).
    pub path: Option<PathBuf>,
    /// The folder paths in it are relative to.
    pub root: PathBuf,
    pub select: Option<Vec<String>>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
    pub rule_dirs: Vec<PathBuf>,
    pub fail_on: FailOn,
    pub policy: crate::timeline::Policy,
    per_path_ignores: Vec<(GlobMatcher, Vec<String>)>,
    exclude: Option<GlobSet>,
    source: String,
}

/// A configuration file that cannot be used, with the place in it that is wrong.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid configuration {path}: {message}")]
#[diagnostic(
    code(factlint::config),
    help("the configuration format is documented in docs/configuration.md")
)]
pub struct ConfigError {
    pub path: String,
    pub message: String,
    #[source_code]
    source_code: NamedSource<String>,
    #[label("{message}")]
    span: Option<SourceSpan>,
}

impl ConfigError {
    fn new(
        path: &Path,
        source: &str,
        message: impl Into<String>,
        span: Option<(usize, usize)>,
    ) -> Box<ConfigError> {
        Box::new(ConfigError {
            path: path.display().to_string(),
            message: message.into(),
            source_code: NamedSource::new(path.display().to_string(), source.to_string()),
            span: span.map(SourceSpan::from),
        })
    }
}

/// The closest configuration file at or above `dir`.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find_map(|d| {
        CONFIG_FILE_NAMES
            .iter()
            .map(|name| d.join(name))
            .find(|p| p.is_file())
    })
}

impl Config {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config, Box<ConfigError>> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::new(path, "", format!("cannot read it: {e}"), None))?;
        Config::parse(path, source)
    }

    /// Validates configuration text read from `path`.
    pub fn parse(path: &Path, source: String) -> Result<Config, Box<ConfigError>> {
        let file: ConfigFile = if source.trim().is_empty() {
            ConfigFile::default()
        } else {
            serde_yaml::from_str(&source).map_err(|e| {
                let span = e.location().map(|l| (l.index().min(source.len()), 1));
                let text = e.to_string();
                let message = text.find(" at line ").map_or(text.as_str(), |i| &text[..i]);
                ConfigError::new(path, &source, message, span)
            })?
        };
        let root = path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let glob = |pattern: &str| {
            Glob::new(pattern).map_err(|e| {
                ConfigError::new(
                    path,
                    &source,
                    format!("bad glob `{pattern}`: {e}"),
                    find(&source, pattern),
                )
            })
        };
        let mut per_path_ignores = Vec::new();
        for (pattern, rules) in &file.per_path_ignores {
            per_path_ignores.push((glob(pattern)?.compile_matcher(), rules.clone()));
        }
        let exclude = if file.exclude.is_empty() {
            None
        } else {
            let mut builder = GlobSetBuilder::new();
            for pattern in &file.exclude {
                builder.add(glob(pattern)?);
            }
            Some(
                builder
                    .build()
                    .map_err(|e| ConfigError::new(path, &source, e.to_string(), None))?,
            )
        };
        let select = file.select.map(|mut s| {
            s.extend(file.extend_select.iter().cloned());
            s
        });
        Ok(Config {
            path: Some(path.to_path_buf()),
            rule_dirs: file.rules.iter().map(|d| root.join(d)).collect(),
            root,
            select,
            ignore: file.ignore,
            severity: file.severity,
            fail_on: file.fail_on.unwrap_or_default(),
            policy: file.resolution,
            per_path_ignores,
            exclude,
            source,
        })
    }

    /// Checks that every rule id the file names exists; the error points at the id.
    pub fn check_rule_ids(&self, known: &[&str]) -> Result<(), Box<ConfigError>> {
        let named = self
            .select
            .iter()
            .flatten()
            .chain(&self.ignore)
            .chain(self.severity.keys())
            .chain(self.per_path_ignores.iter().flat_map(|(_, r)| r));
        for id in named {
            if id != "all" && !known.contains(&id.as_str()) {
                let path = self.path.clone().unwrap_or_default();
                return Err(ConfigError::new(
                    &path,
                    &self.source,
                    format!("no rule `{id}`; `factlint rules` lists them"),
                    find(&self.source, id),
                ));
            }
        }
        Ok(())
    }

    /// `file` relative to the configuration's folder, for matching globs.
    fn relative(&self, file: &Path) -> PathBuf {
        let absolute = std::fs::canonicalize(file)
            .or_else(|_| std::path::absolute(file))
            .unwrap_or_else(|_| file.to_path_buf());
        absolute
            .strip_prefix(&self.root)
            .map_or_else(|_| file.to_path_buf(), Path::to_path_buf)
    }

    /// Whether walking should skip this file.
    pub fn excludes(&self, file: &Path) -> bool {
        let relative = self.relative(file);
        self.exclude
            .as_ref()
            .is_some_and(|set| set.is_match(&relative))
    }

    /// The lint options for one file under this configuration.
    pub fn options_for(&self, file: Option<&Path>) -> LintOptions {
        let mut ignore = self.ignore.clone();
        let mut ignore_all = false;
        if let Some(file) = file {
            let relative = self.relative(file);
            for (matcher, rules) in &self.per_path_ignores {
                if matcher.is_match(&relative) {
                    ignore_all |= rules.iter().any(|r| r == "all");
                    ignore.extend(rules.iter().cloned());
                }
            }
        }
        LintOptions {
            date: None,
            select: if ignore_all {
                Some(Vec::new())
            } else {
                self.select.clone()
            },
            ignore,
            severity: self.severity.clone(),
            policy: self.policy,
        }
    }
}

/// The first place `needle` appears in `source` as a whole word, for error labels.
fn find(source: &str, needle: &str) -> Option<(usize, usize)> {
    source
        .match_indices(needle)
        .find(|(i, _)| {
            let before = source[..*i].chars().next_back();
            let after = source[i + needle.len()..].chars().next();
            let boundary =
                |c: Option<char>| c.is_none_or(|c| !(c.is_alphanumeric() || c == '-' || c == '_'));
            boundary(before) && boundary(after)
        })
        .map(|(i, _)| (i, needle.len()))
}
