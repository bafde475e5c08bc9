//! factlint: a fact-check and consistency linter for prose.
//!
//! The pipeline flows one way; each stage is a module that only uses the ones above it:
//!
//! ```text
//! document → extract → timeline → rules → finding → report
//! ```
//!
//! Front ends (the CLI, later the language server) call [`lint`] and serialise the
//! [`Finding`]s it returns.

pub mod document;
pub mod extract;
pub mod timeline;
pub mod rules;
pub mod finding;
pub mod report;
