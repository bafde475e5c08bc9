//! Writing fixes back: atomically (a temporary file in the same folder, renamed over the
//! original, with the original's permissions), and never over a file that changed since
//! it was read.

use anyhow::{bail, Context as _, Result};
use std::io::Write;
use std::path::Path;

/// Replaces `path`'s contents with `new`, provided it still holds `original`.
pub fn write_atomically(path: &Path, original: &[u8], new: &str) -> Result<()> {
    let current =
        std::fs::read(path).with_context(|| format!("cannot re-read {}", path.display()))?;
    if current != original {
        bail!(
            "{} changed while it was being checked; not fixed",
            path.display()
        );
    }
    let permissions = std::fs::metadata(path)
        .with_context(|| format!("cannot read the permissions of {}", path.display()))?
        .permissions();
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    temp.write_all(new.as_bytes())
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("cannot write the fixed {}", path.display()))?;
    std::fs::set_permissions(temp.path(), permissions)
        .with_context(|| format!("cannot set the permissions of the fixed {}", path.display()))?;
    temp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// A unified diff of the change, headed with the path.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(path, path)
        .to_string()
}
