//! Which configuration applies to a document: the same `.factlint.yaml` discovery as
//! the command line (through [`crate::config`]), with the client's
//! `initializationOptions` on top.
//!
//! Loaded configurations are cached per file and re-read when the file's modification
//! time changes (and dropped wholesale when the client reports a watched configuration
//! file changed). A configuration that cannot be used is reported, and the document is
//! linted with the defaults instead, so one typo never silences the server.

use crate::config::{self, Config, ConfigError};
use crate::finding::Severity;
use crate::suppress::UNUSED_SUPPRESSION;
use crate::{LintOptions, Linter, NO_ARTICLE_DATE};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// The `initializationOptions` the server accepts (all optional; see docs/editors.md).
/// The same object is accepted in `workspace/didChangeConfiguration`, bare or under a
/// `factlint` key.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct InitOptions {
    /// The article date for every document (YYYY-MM-DD), like `--date`.
    pub date: Option<String>,
    /// Only these rules; replaces the configuration's `select`, like `--select`.
    pub select: Option<Vec<String>>,
    /// Also skip these rules, like `--ignore`.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Severity overrides on top of the configuration's.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Extra rule directories, like `--rules`.
    #[serde(default)]
    pub rules: Vec<PathBuf>,
    /// One configuration file for every document, like `--config`.
    pub config: Option<PathBuf>,
    /// Ignore configuration files, like `--no-config`.
    #[serde(default)]
    pub no_config: bool,
    /// Milliseconds of quiet after an edit before the document is linted (default 150).
    pub debounce_ms: Option<u64>,
    /// The rule documentation link, with `{rule}` standing for the rule id.
    pub rule_docs_url: Option<String>,
}

impl InitOptions {
    /// Reads the options; `Err` says what is wrong with them.
    pub fn from_value(value: Option<serde_json::Value>) -> Result<InitOptions, String> {
        let value = match value {
            None | Some(serde_json::Value::Null) => return Ok(InitOptions::default()),
            Some(serde_json::Value::Object(mut map))
                if map.len() == 1 && map.contains_key("factlint") =>
            {
                map.remove("factlint").unwrap_or_default()
            }
            Some(value) => value,
        };
        let options: InitOptions = serde_json::from_value(value)
            .map_err(|e| format!("factlint: ignoring the editor settings: {e}"))?;
        if let Some(date) = &options.date {
            parse_date(date)?;
        }
        Ok(options)
    }

    fn date(&self) -> Option<NaiveDate> {
        self.date.as_deref().and_then(|d| parse_date(d).ok())
    }
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("factlint: the date `{text}` in the editor settings is not YYYY-MM-DD")
    })
}

/// A configuration and the rules it loads.
pub struct Loaded {
    pub config: Config,
    pub linter: Linter,
}

/// A configuration that could not be used, with the place in it that is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The configuration file, when the problem is in one.
    pub path: Option<PathBuf>,
    pub message: String,
    /// Byte offset into the file.
    pub offset: Option<usize>,
}

struct Entry {
    mtime: Option<SystemTime>,
    loaded: Result<Arc<Loaded>, Problem>,
}

/// What a lint of one document needs.
pub struct Resolved {
    pub loaded: Arc<Loaded>,
    pub options: LintOptions,
    /// The configuration file consulted, if any.
    pub config_path: Option<PathBuf>,
    /// Why the configuration was not used (the defaults were).
    pub problem: Option<Problem>,
}

/// Configurations by file, re-read when they change on disk.
pub struct SettingsCache {
    pub init: InitOptions,
    /// Where documents without a path discover their configuration from.
    pub root: Option<PathBuf>,
    entries: HashMap<Option<PathBuf>, Entry>,
}

impl SettingsCache {
    pub fn new(init: InitOptions, root: Option<PathBuf>) -> SettingsCache {
        SettingsCache {
            init,
            root,
            entries: HashMap::new(),
        }
    }

    /// Forgets every loaded configuration (a watched file changed, or the settings did).
    pub fn clear(&mut self) {
        self.entries.clear();
    }

    /// The configuration path for a document at `path`.
    fn config_path(&self, path: Option<&Path>) -> Option<PathBuf> {
        if self.init.no_config {
            return None;
        }
        if let Some(file) = &self.init.config {
            return Some(file.clone());
        }
        let dir = path
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.root.clone())?;
        config::discover(&dir)
    }

    /// The rules and options for a document at `path` (`None`: not a file).
    pub fn resolve(&mut self, path: Option<&Path>) -> Result<Resolved, Problem> {
        let config_path = self.config_path(path);
        let mtime = config_path.as_deref().and_then(modified);
        let fresh = self
            .entries
            .get(&config_path)
            .is_some_and(|e| e.mtime == mtime);
        if !fresh {
            let loaded = self.load(config_path.as_deref()).map(Arc::new);
            self.entries
                .insert(config_path.clone(), Entry { mtime, loaded });
        }
        let entry_result = self
            .entries
            .get(&config_path)
            .map(|e| e.loaded.clone())
            .unwrap_or_else(|| Err(problem(None, "configuration cache miss".into())));
        let (loaded, problem) = match entry_result {
            Ok(loaded) => (loaded, None),
            Err(problem) => {
                // Fall back to the defaults (cached under no path).
                if !self.entries.contains_key(&None) {
                    let loaded = self.load(None).map(Arc::new);
                    self.entries.insert(
                        None,
                        Entry {
                            mtime: None,
                            loaded,
                        },
                    );
                }
                let defaults = self
                    .entries
                    .get(&None)
                    .map(|e| e.loaded.clone())
                    .unwrap_or_else(|| Err(problem.clone()))?;
                (defaults, Some(problem))
            }
        };
        let mut options = loaded.config.options_for(path);
        options.date = self.init.date();
        if self.init.select.is_some() {
            options.select = self.init.select.clone();
        }
        options.ignore.extend(self.init.ignore.iter().cloned());
        options.severity.extend(self.init.severity.clone());
        Ok(Resolved {
            loaded,
            options,
            config_path,
            problem,
        })
    }

    fn load(&self, path: Option<&Path>) -> Result<Loaded, Problem> {
        let config = match path {
            Some(path) => Config::load(path).map_err(|e| config_problem(&e))?,
            None => Config::default(),
        };
        let mut dirs = config.rule_dirs.clone();
        dirs.extend(self.init.rules.iter().cloned());
        let linter = load_linter(&dirs).map_err(|message| problem(path, message))?;
        let mut known: Vec<&str> = linter.rules().iter().map(|r| r.id.as_str()).collect();
        known.extend([UNUSED_SUPPRESSION, NO_ARTICLE_DATE]);
        config
            .check_rule_ids(&known)
            .map_err(|e| config_problem(&e))?;
        Ok(Loaded { config, linter })
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn problem(path: Option<&Path>, message: String) -> Problem {
    Problem {
        path: path.map(Path::to_path_buf),
        message,
        offset: None,
    }
}

fn config_problem(error: &ConfigError) -> Problem {
    use miette::Diagnostic;
    let offset = error
        .labels()
        .and_then(|mut labels| labels.next())
        .map(|label| label.offset());
    Problem {
        path: Some(PathBuf::from(&error.path)),
        message: error.to_string(),
        offset,
    }
}

/// Built-in rules plus the rule files in `dirs`.
fn load_linter(dirs: &[PathBuf]) -> Result<Linter, String> {
    Linter::with_rule_dirs(dirs).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_parse_and_reject() {
        let ok = InitOptions::from_value(Some(serde_json::json!({
            "date": "2022-05-13", "select": ["weekday"], "ignore": ["offset"], "debounceMs": 5
        })))
        .unwrap();
        assert_eq!(ok.select.as_deref(), Some(&["weekday".to_string()][..]));
        assert_eq!(ok.debounce_ms, Some(5));
        let nested =
            InitOptions::from_value(Some(serde_json::json!({"factlint": {"noConfig": true}})))
                .unwrap();
        assert!(nested.no_config);
        assert!(InitOptions::from_value(Some(serde_json::json!({"bogus": 1}))).is_err());
        assert!(InitOptions::from_value(Some(serde_json::json!({"date": "May 13"}))).is_err());
    }

    #[test]
    fn a_bad_configuration_falls_back_to_the_defaults_and_recovers() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join(".factlint.yaml");
        std::fs::write(&config, "select: [no-such-rule]\n").unwrap();
        let doc = dir.path().join("a.md");
        let mut cache = SettingsCache::new(InitOptions::default(), None);
        let resolved = cache.resolve(Some(&doc)).unwrap();
        let problem = resolved.problem.unwrap();
        assert!(problem.message.contains("no-such-rule"), "{problem:?}");
        assert_eq!(problem.offset, Some(9));
        assert!(resolved.options.select.is_none());
        // Rewritten (with a different length, so the change shows even where the clock
        // is coarse): re-read without being told.
        std::fs::write(&config, "ignore: [weekday]\n# fixed\n").unwrap();
        let later = SystemTime::now() + std::time::Duration::from_secs(5);
        let file = std::fs::File::options().write(true).open(&config).unwrap();
        file.set_modified(later).unwrap();
        let resolved = cache.resolve(Some(&doc)).unwrap();
        assert!(resolved.problem.is_none());
        assert_eq!(resolved.options.ignore, ["weekday"]);
    }
}
