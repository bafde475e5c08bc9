//! YAML front matter: a `---` block at the very top of a document.

use super::Span;

/// The front matter block of a document.
#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// The whole block, fences included, up to and including the closing fence's newline.
    pub span: Span,
    /// The parsed mapping, or why it could not be parsed.
    pub parsed: Result<serde_yaml::Mapping, FrontMatterError>,
}

/// Front matter that is not a YAML mapping.
#[derive(Debug, Clone, thiserror::Error)]
#[error("front matter is not valid YAML: {message}")]
pub struct FrontMatterError {
    pub message: String,
    /// Where in the source the problem is, when the YAML parser says.
    pub offset: Option<usize>,
}

impl FrontMatter {
    /// The string value of a top-level key, with the span of that value in the source
    /// when it can be found. Non-string scalars (e.g. an unquoted YAML date) are rendered.
    pub fn get_str(&self, source: &str, key: &str) -> Option<(String, Option<Span>)> {
        todo!()
    }
}

/// Finds and parses front matter at the start of `source`.
pub(crate) fn split(source: &str) -> Option<FrontMatter> {
    todo!()
}
