//! Turning the paths on the command line into the files to lint.

use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};

/// Extensions linted when walking a directory.
const TEXT_EXTENSIONS: [&str; 6] = ["md", "markdown", "mdx", "mkd", "txt", "text"];

fn is_text_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Files named directly are always linted; directories are walked for Markdown and text
/// files, skipping hidden entries and whatever `.gitignore` (and `.ignore`) exclude.
/// `excluded` lets configuration drop more. The result is sorted per argument, so output
/// order is stable.
/// Each file comes with whether it was named on the command line (`true`) or found by
/// walking (`false`).
pub fn files(paths: &[PathBuf], excluded: impl Fn(&Path) -> bool) -> Vec<Result<(PathBuf, bool)>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            out.push(Ok((path.clone(), true)));
            continue;
        }
        let mut found = Vec::new();
        for entry in ignore::WalkBuilder::new(path).require_git(false).build() {
            match entry {
                Ok(entry) => {
                    let p = entry.path();
                    if entry.file_type().is_some_and(|t| t.is_file())
                        && is_text_file(p)
                        && !excluded(p)
                    {
                        found.push(Ok(p.to_path_buf()));
                    }
                }
                Err(e) => found.push(
                    Err(anyhow::Error::new(e))
                        .with_context(|| format!("cannot walk {}", path.display())),
                ),
            }
        }
        found.sort_by(|a, b| match (a, b) {
            (Ok(a), Ok(b)) => a.cmp(b),
            (Err(_), Ok(_)) => std::cmp::Ordering::Less,
            (Ok(_), Err(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => std::cmp::Ordering::Equal,
        });
        out.extend(found.into_iter().map(|f| f.map(|p| (p, false))));
    }
    out
}
