//! Whole-document tests: the stages together, and invariants over arbitrary input.

use super::*;
use proptest::prelude::*;

fn texts(doc: &Document, spans: &[Span]) -> Vec<String> {
    spans.iter().map(|s| doc.text(*s).to_string()).collect()
}

#[test]
fn markdown_document_end_to_end() {
    let src = "---\ntitle: Bridge reopens\ndate: 2031-04-02\n---\n# Bridge reopens after 84 days\nThe span closed on Jan. 8. Crews finished at 4 p.m. on Friday.\n\nSee `report-2031.pdf` at https://example.org/2031 for details.\n";
    let doc = Document::new(src, DocKind::Markdown);
    let fm = doc.front_matter().unwrap();
    assert_eq!(fm.get_str(src, "date").unwrap().0, "2031-04-02");
    assert!(doc.prose()[..fm.span.end as usize].trim().is_empty());
    assert_eq!(
        texts(&doc, doc.paragraphs()),
        [
            "Bridge reopens after 84 days",
            "The span closed on Jan. 8. Crews finished at 4 p.m. on Friday.",
            "See `report-2031.pdf` at https://example.org/2031 for details."
        ]
    );
    assert_eq!(
        texts(&doc, doc.sentences()),
        [
            "Bridge reopens after 84 days",
            "The span closed on Jan. 8.",
            "Crews finished at 4 p.m. on Friday.",
            "See `report-2031.pdf` at https://example.org/2031 for details."
        ]
    );
    assert!(!doc.prose().contains("2031-04-02"));
    assert!(!doc.prose().contains("report-2031"));
    assert!(!doc.prose().contains("example.org"));
    let crews = src.find("Crews").unwrap();
    assert_eq!(doc.sentence_at(crews), Some(2));
    assert_eq!(doc.paragraph_at(crews), Some(1));
    assert_eq!(doc.sentence_at(0), None);
    assert_eq!(doc.line_col(crews).line, 6);
}

#[test]
fn plain_text_keeps_markup_characters() {
    let src = "# Not a heading\nLine two. Line three.\n\n* Still text.";
    let doc = Document::new(src, DocKind::PlainText);
    assert_eq!(doc.prose(), src);
    assert_eq!(
        texts(&doc, doc.paragraphs()),
        ["# Not a heading\nLine two. Line three.", "* Still text."]
    );
    assert_eq!(doc.sentences().len(), 3);
}

#[test]
fn leading_bom_is_not_prose() {
    let doc = Document::new("\u{FEFF}Hello there.", DocKind::PlainText);
    assert_eq!(doc.prose(), "   Hello there.");
    assert_eq!(texts(&doc, doc.paragraphs()), ["Hello there."]);
}

#[test]
fn unclosed_front_matter_is_body() {
    let doc = Document::new("---\ntitle: x\nText.", DocKind::PlainText);
    assert!(doc.front_matter().is_none());
    assert_eq!(doc.prose(), doc.source());
}

#[test]
fn invalid_front_matter_is_still_blanked() {
    let src = "---\na: [\n---\nBody.";
    let doc = Document::new(src, DocKind::Markdown);
    assert!(doc.front_matter().unwrap().parsed.is_err());
    assert_eq!(texts(&doc, doc.paragraphs()), ["Body."]);
}

#[test]
fn markdown_list_items_are_separate_paragraphs() {
    let doc = Document::new("- March 3: launch\n- March 9: landing\n", DocKind::Markdown);
    assert_eq!(
        texts(&doc, doc.paragraphs()),
        ["March 3: launch", "March 9: landing"]
    );
}

fn check_document(src: &str, kind: DocKind) -> Result<(), TestCaseError> {
    let doc = Document::new(src, kind);
    let prose = doc.prose();
    prop_assert_eq!(prose.len(), src.len());
    for (p, s) in prose.bytes().zip(src.bytes()) {
        prop_assert!(p == b' ' || p == s);
        if s == b'\n' || s == b'\r' {
            prop_assert_eq!(p, s);
        }
    }
    let mut last_end = 0;
    for span in doc.paragraphs() {
        prop_assert!(span.start as usize >= last_end && span.start < span.end);
        prop_assert!(src.is_char_boundary(span.start as usize));
        prop_assert!(src.is_char_boundary(span.end as usize));
        last_end = span.end as usize;
    }
    let mut last_end = 0;
    for span in doc.sentences() {
        prop_assert!(span.start as usize >= last_end && span.start < span.end);
        prop_assert!(src.is_char_boundary(span.start as usize));
        prop_assert!(src.is_char_boundary(span.end as usize));
        let para = doc.paragraph_at(span.start as usize);
        let inside = para.is_some_and(|i| {
            let p = doc.paragraphs()[i];
            p.start <= span.start && span.end <= p.end
        });
        prop_assert!(inside, "sentence outside its paragraph");
        last_end = span.end as usize;
    }
    Ok(())
}

proptest! {
    #[test]
    fn arbitrary_text_keeps_document_invariants(src in "(?s).{0,160}") {
        check_document(&src, DocKind::Markdown)?;
        check_document(&src, DocKind::PlainText)?;
    }

    #[test]
    fn prose_like_text_keeps_document_invariants(
        src in "(---\n(a: 1\n)?---\n)?[-#*>|`\\[\\]()<>&\\\\ \n\r.!?\"”’A-Za-z0-9é日😀]{0,160}"
    ) {
        check_document(&src, DocKind::Markdown)?;
        check_document(&src, DocKind::PlainText)?;
    }
}

#[test]
fn unicode_spaces_become_ascii_spaces_of_the_same_length() {
    let text = "It ran 10\u{a0}km in 2\u{2009}hours.";
    let doc = Document::new(text, DocKind::PlainText);
    assert_eq!(doc.prose().len(), text.len());
    assert_eq!(doc.prose(), "It ran 10  km in 2   hours.");
}

#[test]
fn every_unicode_space_starts_with_a_known_byte() {
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if c.is_whitespace() && !c.is_ascii() {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            assert!(UNICODE_SPACE_LEADS.contains(&bytes[0]), "{c:?}");
            assert!(bytes.len() <= THREE_SPACES.len(), "{c:?}");
        }
    }
}
