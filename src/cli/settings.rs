//! Which configuration and which rules apply to each file, loaded once per
//! configuration file and shared across threads.

use anyhow::Result;
use factlint::config::{self, Config};
use factlint::suppress::UNUSED_SUPPRESSION;
use factlint::{LintOptions, Linter, CHECK_LIMIT, NO_ARTICLE_DATE};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A configuration and the linter built from it (built-in rules, the configuration's
/// rule directories, and the command line's).
pub struct Settings {
    pub config: Config,
    pub linter: Linter,
}

/// How configuration is chosen for a run.
pub enum Source {
    /// Discover the closest file for each input.
    Discover,
    /// One file for everything (`--config`).
    File(PathBuf),
    /// Defaults only (`--no-config`).
    None,
}

/// Loads and caches [`Settings`] per configuration file.
pub struct Resolver {
    source: Source,
    extra_rule_dirs: Vec<PathBuf>,
    by_file: Mutex<HashMap<Option<PathBuf>, Arc<Settings>>>,
}

impl Resolver {
    pub fn new(source: Source, extra_rule_dirs: Vec<PathBuf>) -> Resolver {
        Resolver {
            source,
            extra_rule_dirs,
            by_file: Mutex::new(HashMap::new()),
        }
    }

    /// The settings for a file (or for standard input / records, `None`: the current
    /// folder's configuration).
    pub fn for_path(&self, path: Option<&Path>) -> Result<Arc<Settings>> {
        let config_path = match &self.source {
            Source::None => None,
            Source::File(file) => Some(file.clone()),
            Source::Discover => {
                let dir = match path.and_then(Path::parent) {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
                config::discover(&dir)
            }
        };
        if let Some(settings) = self.lock().get(&config_path) {
            return Ok(settings.clone());
        }
        let settings = Arc::new(self.load(config_path.as_deref())?);
        self.lock().insert(config_path, settings.clone());
        Ok(settings)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Option<PathBuf>, Arc<Settings>>> {
        // A panic elsewhere cannot leave the cache half-written: entries are inserted whole.
        self.by_file
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn load(&self, path: Option<&Path>) -> Result<Settings> {
        let config = match path {
            Some(path) => Config::load(path).map_err(|e| anyhow::Error::new(*e))?,
            None => Config::default(),
        };
        let mut dirs = config.rule_dirs.clone();
        dirs.extend(self.extra_rule_dirs.iter().cloned());
        let linter = load_linter(&dirs)?;
        let mut known: Vec<&str> = linter.rules().iter().map(|r| r.id.as_str()).collect();
        known.extend([UNUSED_SUPPRESSION, NO_ARTICLE_DATE, CHECK_LIMIT]);
        config
            .check_rule_ids(&known)
            .map_err(|e| anyhow::Error::new(*e))?;
        Ok(Settings { config, linter })
    }
}

impl Settings {
    /// Lint options for a file: the configuration's, then the command line's on top.
    pub fn options(
        &self,
        path: Option<&Path>,
        select: &Option<Vec<String>>,
        ignore: &[String],
    ) -> LintOptions {
        let mut options = self.config.options_for(path);
        if select.is_some() {
            options.select = select.clone();
        }
        options.ignore.extend(ignore.iter().cloned());
        options
    }
}

/// Built-in rules plus the rule files in `dirs`.
pub fn load_linter(dirs: &[PathBuf]) -> Result<Linter> {
    // The recognisers compile while the rules load: both are start-up, and a short
    // file waits for them.
    let (linter, ()) = rayon::join(|| Linter::with_rule_dirs(dirs), factlint::extract::prepare);
    linter.map_err(|e| match e {
        factlint::LoadError::Rule(rule) => anyhow::Error::new(rule),
        io => anyhow::Error::new(io),
    })
}
