//! Compiles the built-in rule packs under `rules/` into the binary.
//!
//! Each file goes in twice: its YAML text, which `factlint explain` and the docs read,
//! and the same document as JSON, which is what start-up parses (a YAML parser is
//! several times slower, and parsing 30-odd rule files is a noticeable part of a
//! one-file run). Binding order matters, so the JSON keeps the YAML's key order. A
//! file that does not parse gets no JSON, and loading reads its YAML and reports the
//! error with its place.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            out.push(path);
        }
    }
}

fn main() {
    let root =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let rules = root.join("rules");
    println!("cargo:rerun-if-changed=rules");
    let mut files = Vec::new();
    collect(&rules, &mut files);
    files.sort();
    let mut code = String::from(
        "/// `(path relative to the repository, YAML text)` for every built-in rule file.\npub static RULES: &[(&str, &str)] = &[\n",
    );
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut json_entries = String::new();
    for file in &files {
        println!("cargo:rerun-if-changed={}", file.display());
        let relative = file
            .strip_prefix(&root)
            .unwrap_or(file)
            .display()
            .to_string();
        code.push_str(&format!(
            "    ({relative:?}, include_str!({:?})),\n",
            file.display().to_string()
        ));
        json_entries.push_str(&match as_json(file) {
            Some(json) => format!("    Some({json:?}),\n"),
            None => "    None,\n".to_string(),
        });
    }
    code.push_str("];\n\n");
    code.push_str(
        "/// The same files as JSON, in the same order; `None` where the YAML does not parse.\npub static RULES_JSON: &[Option<&str>] = &[\n",
    );
    code.push_str(&json_entries);
    code.push_str("];\n");
    std::fs::write(out_dir.join("builtin_rules.rs"), code).expect("OUT_DIR is writable");
}

/// The rule file as compact JSON, keys in the order written.
fn as_json(file: &Path) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    let value: serde_json::Value = serde_yaml::from_str(&text).ok()?;
    serde_json::to_string(&value).ok()
}
