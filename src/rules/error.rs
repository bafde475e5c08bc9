//! Errors in rule files, located in the file so miette can point at them.

use miette::{Diagnostic, NamedSource, SourceSpan};

/// A rule file that cannot be loaded, with the place in it that is wrong. Boxed: the
/// source text travels with the error, and errors should stay cheap to return.
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error(transparent)]
#[diagnostic(transparent)]
pub struct RuleError(Box<RuleErrorDetail>);

/// The fields of a [`RuleError`].
#[derive(Debug, thiserror::Error, Diagnostic)]
#[error("invalid rule file {path}: {message}")]
#[diagnostic(code(factlint::rule_file))]
pub struct RuleErrorDetail {
    pub path: String,
    pub message: String,
    #[source_code]
    source_code: NamedSource<String>,
    #[label("{label}")]
    span: Option<SourceSpan>,
    label: String,
    #[help]
    help: Option<String>,
}

impl RuleError {
    pub(super) fn new(
        path: &str,
        source: &str,
        message: impl Into<String>,
        span: Option<(usize, usize)>,
    ) -> RuleError {
        let message = message.into();
        RuleError(Box::new(RuleErrorDetail {
            path: path.to_string(),
            label: short_label(&message),
            message,
            source_code: NamedSource::new(path, source.to_string()),
            span: span.map(|(start, len)| SourceSpan::from((start, len))),
            help: Some("the rule format is documented in rules/README.md".to_string()),
        }))
    }

    /// The rule file's path.
    pub fn path(&self) -> &str {
        &self.0.path
    }

    /// What is wrong, without the location.
    pub fn message(&self) -> &str {
        &self.0.message
    }
}

fn short_label(message: &str) -> String {
    message
        .split(';')
        .next()
        .unwrap_or(message)
        .trim()
        .to_string()
}

/// Finds a nested block-style key (`bind:` → `claim:` → `before:`) by indentation and
/// returns the byte range of the key. Good enough for error locations; never panics.
pub(super) fn locate_key(source: &str, keys: &[&str]) -> Option<(usize, usize)> {
    let mut search_from = 0;
    let mut min_indent: Option<usize> = None;
    let mut found = None;
    for key in keys {
        let mut offset = search_from;
        let mut hit = None;
        for line in source[search_from..].split_inclusive('\n') {
            let trimmed = line.trim_start();
            let indent = line.len() - trimmed.len();
            let content = trimmed.trim_start_matches("- ");
            let indent = indent + (trimmed.len() - content.len());
            if let Some(min) = min_indent {
                if !trimmed.trim().is_empty()
                    && !trimmed.starts_with('#')
                    && indent <= min
                    && hit.is_none()
                    && offset > search_from
                {
                    break;
                }
            }
            if content.starts_with(key) && content[key.len()..].starts_with(':') {
                hit = Some((offset + (line.len() - content.len()), key.len(), indent));
                break;
            }
            offset += line.len();
        }
        let (at, len, indent) = hit?;
        found = Some((at, len));
        min_indent = Some(indent);
        search_from = source[at..].find('\n').map_or(source.len(), |i| at + i + 1);
    }
    found
}
