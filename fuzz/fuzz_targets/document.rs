//! Any bytes: decoding either fails cleanly or yields a document whose prose view has
//! the source's length and whose paragraphs and sentences are valid slices.
#![no_main]

use factlint::document::decode;
use factlint::{DocKind, Document};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = decode(data.to_vec()) else {
        return;
    };
    for kind in [DocKind::Markdown, DocKind::PlainText] {
        let doc = Document::new(text.clone(), kind);
        assert_eq!(doc.prose().len(), doc.source().len());
        for span in doc.paragraphs().iter().chain(doc.sentences()) {
            assert!(doc.source().get(span.range()).is_some());
        }
        let _ = doc.line_col(doc.source().len());
    }
});
