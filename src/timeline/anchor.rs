//! Finding the article's own date: the anchor every bare date is resolved against.

use crate::document::{Document, Span};
use crate::extract::{Mention, MentionValue, TimeOfDay, WrittenDate, WrittenYear};
use chrono::NaiveDate;
use std::fmt;

/// The article's date and where it was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub date: NaiveDate,
    pub time: Option<TimeOfDay>,
    pub source: AnchorSource,
    /// The text it was read from, when it came from the document.
    pub span: Option<Span>,
}

/// Where the anchor came from, in order of precedence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnchorSource {
    /// `--date` on the command line (or a record's `date` in batch input).
    Given,
    /// A front matter key (`date`, `published`, `pubDate`).
    FrontMatter { key: String },
    /// A "Published:" line in the header ("Originally Published: 13 MAY 22 12:01 ET").
    PublishedLine,
    /// A byline or header line that carries a full date ("5/13/2022, 12:49 p.m.").
    HeaderDate,
    /// A wire dateline ("WASHINGTON, May 13, 2022 (Reuters) -").
    Dateline,
}

impl fmt::Display for AnchorSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnchorSource::Given => f.write_str("given on the command line"),
            AnchorSource::FrontMatter { key } => write!(f, "front matter `{key}`"),
            AnchorSource::PublishedLine => f.write_str("the \"Published\" line"),
            AnchorSource::HeaderDate => f.write_str("a date in the header"),
            AnchorSource::Dateline => f.write_str("the dateline"),
        }
    }
}

/// Front matter keys that hold the publication date, in order of preference.
const FRONT_MATTER_KEYS: [&str; 5] = ["date", "published", "pubDate", "publishDate", "created"];

/// How far into the text a header or dateline may start: past this the text is body, and
/// a date there is an event, not the article's own date.
const HEADER_BYTES: usize = 1500;

/// Finds the anchor: `given`, else front matter, else a header line or dateline near the
/// top. Returns `None` when nothing names a full date.
pub fn find_anchor(
    doc: &Document,
    mentions: &[Mention],
    given: Option<NaiveDate>,
) -> Option<Anchor> {
    if let Some(date) = given {
        return Some(Anchor {
            date,
            time: None,
            source: AnchorSource::Given,
            span: None,
        });
    }
    from_front_matter(doc).or_else(|| from_header(doc, mentions))
}

fn from_front_matter(doc: &Document) -> Option<Anchor> {
    let fm = doc.front_matter()?;
    FRONT_MATTER_KEYS.iter().find_map(|key| {
        let (value, span) = fm.get_str(doc.source(), key)?;
        let date = parse_front_matter_date(&value)?;
        Some(Anchor {
            date,
            time: None,
            source: AnchorSource::FrontMatter {
                key: (*key).to_string(),
            },
            span,
        })
    })
}

/// Front matter dates are ISO 8601: `2022-05-13`, optionally followed by a time
/// (`2022-05-13T12:01:00-04:00`, `2022-05-13 12:01`).
fn parse_front_matter_date(value: &str) -> Option<NaiveDate> {
    let head = value.trim().get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

/// Header shapes, strongest first. A "Published" label is the publisher saying which
/// date the article carries; a full date alone on a header line is a byline stamp; a
/// dateline names the city first.
fn from_header(doc: &Document, mentions: &[Mention]) -> Option<Anchor> {
    let source = doc.source();
    let candidates = mentions
        .iter()
        .take_while(|m| (m.span.start as usize) < HEADER_BYTES)
        .filter_map(|m| match &m.value {
            MentionValue::Date(written) => full_date(written).map(|d| (m, written, d)),
            _ => None,
        });
    let mut best: Option<(u8, Anchor)> = None;
    for (mention, written, date) in candidates {
        let start = mention.span.start as usize;
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        // A date may be broken across lines ("May\n13"): its line ends after its end.
        let end = mention.span.end as usize;
        let line_end = source[end..].find('\n').map_or(source.len(), |i| end + i);
        let before = source[line_start..start].trim();
        let after = source[end..line_end].trim();
        let kind = if is_published_label(before) {
            Some((3, AnchorSource::PublishedLine))
        } else if is_dateline(before, after) {
            Some((2, AnchorSource::Dateline))
        } else if is_header_line(before, after) {
            Some((1, AnchorSource::HeaderDate))
        } else {
            None
        };
        let Some((rank, source_kind)) = kind else {
            continue;
        };
        if best.as_ref().is_none_or(|(r, _)| rank > *r) {
            best = Some((
                rank,
                Anchor {
                    date,
                    time: written.time,
                    source: source_kind,
                    span: Some(mention.span),
                },
            ));
        }
    }
    best.map(|(_, anchor)| anchor)
}

/// A date whose year, month and day are all written and real.
fn full_date(written: &WrittenDate) -> Option<NaiveDate> {
    let year = expand_year(written.year?);
    NaiveDate::from_ymd_opt(year, written.month?, written.day?)
}

/// Two-digit years are read as 19xx from 50 upward and 20xx below, the usual pivot.
pub(crate) fn expand_year(year: WrittenYear) -> i32 {
    match year {
        WrittenYear::Full(y) => y,
        WrittenYear::TwoDigit(y) if y >= 50 => 1900 + y as i32,
        WrittenYear::TwoDigit(y) => 2000 + y as i32,
    }
}

fn is_published_label(before: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    let lower = lower.trim_end_matches(':').trim_end();
    lower.ends_with("published") || lower.ends_with("posted") || lower.ends_with("first published")
}

/// "WASHINGTON, May 13, 2022 (Reuters) -": an upper-case place and a comma before, an
/// agency or a dash after.
fn is_dateline(before: &str, after: &str) -> bool {
    let place = before.trim_end_matches(',').trim();
    !place.is_empty()
        && before.ends_with(',')
        && place.chars().any(|c| c.is_alphabetic())
        && place
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && (after.starts_with('(')
            || after.starts_with('-')
            || after.starts_with('—')
            || after.starts_with('–'))
}

/// A short header line where the date stands alone or after a byline separator
/// ("Example Wire | 5/13/2022, 12:49 p.m.", "May 13, 2022"), or a line opening
/// "Dated", the form rule examples use.
fn is_header_line(before: &str, after: &str) -> bool {
    let lower = before.to_ascii_lowercase();
    if lower == "dated" || lower == "date:" {
        return true;
    }
    let before_ok = before.is_empty()
        || before.ends_with('|')
        || before.ends_with('·')
        || before.ends_with('—')
        || before.ends_with(" -");
    let after_ok = after.len() <= 24 && !after.contains(". ");
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocKind;

    /// Found by the property tests: a date broken across lines near the top panicked
    /// when its header line was sliced.
    #[test]
    fn a_date_broken_across_lines_in_the_header() {
        let doc = Document::new(
            "1 \r\n February\n11, 2022, one week before the vote",
            DocKind::PlainText,
        );
        let mentions = crate::extract::extract(&doc);
        let _ = find_anchor(&doc, &mentions, None);
    }
}
