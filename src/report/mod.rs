//! Reporters: [`Finding`]s in, text out. Every format serialises the same findings.
//!
//! `human` renders through miette (both spans labelled, the computation and the
//! assumptions in the help text); `json` and `jsonl` follow the public contract in
//! DESIGN.md ("Machine formats"); `sarif` is SARIF 2.1.0; `github` prints workflow
//! commands; `compact` one line per finding.

mod compact;
mod github;
mod human;
mod json;
mod sarif;

pub use compact::render_compact;
pub use github::render_github;
pub use human::{render_human, HumanStyle};
pub use json::{finding_json, FindingJson};
pub use sarif::{render_sarif, RuleInfo};

use crate::document::Document;
use crate::finding::Finding;

/// The findings of one input (a file, stdin, or a batch record).
pub struct Report<'a> {
    /// The path shown to the user (`-` for stdin).
    pub path: &'a str,
    /// The record id in batch input.
    pub doc_id: Option<&'a str>,
    pub document: &'a Document,
    pub findings: &'a [Finding],
}
