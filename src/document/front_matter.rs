//! YAML front matter: a `---` block at the very top of a document.
//!
//! A block that opens but never closes is not front matter: the text is then treated
//! as ordinary body, because guessing where the YAML ends would hide prose.

use super::Span;
use serde_yaml::{Mapping, Value};

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
    /// What the YAML parser (or the mapping check) said.
    pub message: String,
    /// Where in the source the problem is, when the YAML parser says.
    pub offset: Option<usize>,
}

impl FrontMatter {
    /// The string value of a top-level key, with the span of that value in the source
    /// when it can be found. Non-string scalars (e.g. an unquoted YAML date) are rendered.
    ///
    /// The span is only given when the value's text in the source reads exactly as the
    /// returned string, so callers may re-read the span and get the same value.
    pub fn get_str(&self, source: &str, key: &str) -> Option<(String, Option<Span>)> {
        let mapping = self.parsed.as_ref().ok()?;
        let value = match mapping.get(key)? {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Tagged(tagged) => match &tagged.value {
                Value::String(s) => s.clone(),
                _ => return None,
            },
            _ => return None,
        };
        let block = source.get(self.span.range())?;
        let span = value_span(block, key)
            .filter(|r| block.get(r.clone()) == Some(value.as_str()))
            .map(|r| Span::new(r.start, r.end).offset(self.span.start as usize));
        Some((value, span))
    }
}

/// Finds and parses front matter at the start of `source`.
pub(crate) fn split(source: &str) -> Option<FrontMatter> {
    let yaml_start = if source.starts_with("---\n") {
        4
    } else if source.starts_with("---\r\n") {
        5
    } else {
        return None;
    };
    let mut line_start = yaml_start;
    while line_start < source.len() {
        let rest = &source[line_start..];
        let (line, next) = match rest.find('\n') {
            Some(nl) => (&rest[..nl], line_start + nl + 1),
            None => (rest, source.len()),
        };
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line == "---" || line == "..." {
            let yaml = &source[yaml_start..line_start];
            return Some(FrontMatter {
                span: Span::new(0, next),
                parsed: parse(yaml, yaml_start, source),
            });
        }
        line_start = next;
    }
    None
}

fn parse(yaml: &str, yaml_start: usize, source: &str) -> Result<Mapping, FrontMatterError> {
    match serde_yaml::from_str::<Value>(yaml) {
        Ok(Value::Mapping(mapping)) => Ok(mapping),
        // `---\n---` (or only comments) is an empty block, not an error.
        Ok(Value::Null) => Ok(Mapping::new()),
        Ok(other) => Err(FrontMatterError {
            message: format!(
                "expected a mapping of keys to values, found {}",
                kind(&other)
            ),
            offset: Some(yaml_start),
        }),
        Err(err) => Err(FrontMatterError {
            message: err.to_string(),
            offset: err
                .location()
                .map(|loc| yaml_start + offset_in_block(yaml, loc.line(), loc.column()))
                .filter(|&o| source.is_char_boundary(o)),
        }),
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "nothing",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// The byte offset in `yaml` of a 1-based line and 1-based char column, clamped to the
/// line (and to the block) so a location past the end still lands somewhere sensible.
fn offset_in_block(yaml: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match yaml[start..].find('\n') {
            Some(nl) => start += nl + 1,
            None => return yaml.len(),
        }
    }
    let rest = &yaml[start..];
    let line_text = rest.split('\n').next().unwrap_or("");
    let within = line_text
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_text.len(), |(i, _)| i);
    start + within
}

/// The byte range, within `block`, of the value text of a top-level `key:` line:
/// trimmed, with surrounding quotes and an unquoted trailing comment removed.
fn value_span(block: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let mut line_start = 0;
    for line in block.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let Some(after_key) = line.strip_prefix(key) else {
            continue;
        };
        let after_ws = after_key.trim_start_matches([' ', '\t']);
        let Some(value) = after_ws.strip_prefix(':') else {
            continue;
        };
        let value_start = start + (line.len() - value.len());
        return trimmed_value(value).map(|r| r.start + value_start..r.end + value_start);
    }
    None
}

fn trimmed_value(raw: &str) -> Option<std::ops::Range<usize>> {
    let lead = raw.len() - raw.trim_start().len();
    let text = raw.trim();
    if let Some(quote) = text.chars().next().filter(|c| *c == '"' || *c == '\'') {
        let inner = &text[1..];
        let close = inner.find(quote)?;
        return Some(lead + 1..lead + 1 + close);
    }
    // An unquoted value's comment starts at a `#` preceded by whitespace.
    let cut = text
        .match_indices('#')
        .find(|&(i, _)| i > 0 && text[..i].ends_with([' ', '\t']))
        .map_or(text.len(), |(i, _)| i);
    let value = text[..cut].trim_end();
    Some(lead..lead + value.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_front_matter() {
        assert!(split("Plain text.\n").is_none());
        assert!(split("").is_none());
        assert!(split(" ---\na: 1\n---\n").is_none());
    }

    #[test]
    fn present_and_parsed() {
        let src = "---\ntitle: Harbour bridge reopens\ndate: 2031-04-02\n---\nBody.\n";
        let fm = split(src).unwrap();
        assert_eq!(
            &src[fm.span.range()],
            "---\ntitle: Harbour bridge reopens\ndate: 2031-04-02\n---\n"
        );
        let (title, span) = fm.get_str(src, "title").unwrap();
        assert_eq!(title, "Harbour bridge reopens");
        assert_eq!(&src[span.unwrap().range()], "Harbour bridge reopens");
        let (date, span) = fm.get_str(src, "date").unwrap();
        assert_eq!(date, "2031-04-02");
        assert_eq!(&src[span.unwrap().range()], "2031-04-02");
        assert!(fm.get_str(src, "missing").is_none());
    }

    #[test]
    fn crlf_and_dots_closer() {
        let src = "---\r\nauthor: 'K. Ibarra'\r\n...\r\nBody";
        let fm = split(src).unwrap();
        assert_eq!(fm.span, Span::new(0, 31));
        let (author, span) = fm.get_str(src, "author").unwrap();
        assert_eq!(author, "K. Ibarra");
        assert_eq!(&src[span.unwrap().range()], "K. Ibarra");
    }

    #[test]
    fn closing_fence_at_end_of_file() {
        let src = "---\na: b\n---";
        assert_eq!(split(src).unwrap().span, Span::new(0, src.len()));
    }

    #[test]
    fn unclosed_is_not_front_matter() {
        assert!(split("---\ntitle: x\nBody without a fence.\n").is_none());
    }

    #[test]
    fn empty_block_is_empty_mapping() {
        let fm = split("---\n---\nBody").unwrap();
        assert!(fm.parsed.unwrap().is_empty());
    }

    #[test]
    fn non_scalar_and_rendered_scalars() {
        let src = "---\ncount: 12\ndraft: false\ntags: [a, b]\nnote: 5 # sources\n---\n";
        let fm = split(src).unwrap();
        let (count, span) = fm.get_str(src, "count").unwrap();
        assert_eq!(count, "12");
        assert_eq!(&src[span.unwrap().range()], "12");
        assert_eq!(fm.get_str(src, "draft").unwrap().0, "false");
        assert!(fm.get_str(src, "tags").is_none());
        let (note, span) = fm.get_str(src, "note").unwrap();
        assert_eq!(note, "5");
        assert_eq!(&src[span.unwrap().range()], "5");
    }

    #[test]
    fn value_without_findable_span() {
        let src = "---\nsummary: >\n  folded text\n---\n";
        let fm = split(src).unwrap();
        let (summary, span) = fm.get_str(src, "summary").unwrap();
        assert_eq!(summary, "folded text\n");
        assert!(span.is_none());
    }

    #[test]
    fn invalid_yaml_has_source_offset() {
        let src = "---\ntitle: ok\nbad: [unclosed\nmore: x\n---\nBody";
        let fm = split(src).unwrap();
        let err = fm.parsed.unwrap_err();
        let offset = err.offset.unwrap();
        assert!(offset >= 4 && offset < fm.span.end as usize, "{offset}");
        assert!(err
            .to_string()
            .starts_with("front matter is not valid YAML"));
    }

    #[test]
    fn yaml_error_location_maps_to_line_and_column() {
        // Tabs may not indent YAML; the error points into the second block line.
        let src = "---\na: 1\n\tb: 2\n---\n";
        let err = split(src).unwrap().parsed.unwrap_err();
        let offset = err.offset.unwrap();
        assert!((9..14).contains(&offset), "{offset}: {}", err.message);
    }

    #[test]
    fn non_mapping_is_an_error() {
        let src = "---\n- one\n- two\n---\n";
        let err = split(src).unwrap().parsed.unwrap_err();
        assert_eq!(err.offset, Some(4));
        assert!(err.message.contains("a list"));
    }

    #[test]
    fn offset_in_block_clamps() {
        assert_eq!(offset_in_block("ab\ncdé\n", 2, 3), 5);
        assert_eq!(offset_in_block("ab\ncdé\n", 2, 9), 7);
        assert_eq!(offset_in_block("ab", 5, 1), 2);
    }
}
