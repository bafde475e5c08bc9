use super::*;
use crate::document::DocKind;
use crate::rules::load::load_rule;

/// Binds `rule` in `text` and returns, per claim, the texts bound to its names.
fn bindings(rule: &str, text: &str) -> Vec<Vec<String>> {
    let rule = load_rule("test.yaml", rule).unwrap_or_else(|e| panic!("{e:?}"));
    let doc = Document::new(text, DocKind::PlainText);
    let analysis = crate::timeline::analyze(&doc, None);
    let cx = Context::new(&doc, &analysis.mentions, &analysis.timeline, false);
    let mut buffers = crate::rules::candidates::CandidateBuffers::default();
    let candidates = Candidates::new(&rule, &cx, &mut buffers);
    let mut bound = Vec::new();
    candidates
        .claims()
        .iter()
        .filter_map(|&c| {
            bind_all(&rule, &cx, &candidates, c, &mut bound).ok()?;
            Some(bound.clone())
        })
        .map(|bound| {
            bound
                .iter()
                .map(|&b| match b {
                    Bound::Now => "now".to_string(),
                    _ => span_of(b, &cx).map_or_else(String::new, |s| doc.text(s).to_string()),
                })
                .collect()
        })
        .collect()
}

const KEYED: &str = r#"
id: keyed
summary: test
severity: error
bind:
  claim:
    kind: duration
    before: '\bfirst\s+(?P<key>[a-z]+)\s+in\s+$'
  previous:
    kind: date
    year: written
    in: document
    pick: latest
    before: '\b(?:last|following)\s+(?P<key>[a-z]+)\s+in\s+(?:[0-9]{4},\s+|[0-9]{4}\s+and\s+)*$'
  now:
    kind: now
assert: "true"
message: m
examples:
  - { text: "x", expect: [] }
  - { text: "x", expect: [{ at: "x" }] }
"#;

#[test]
fn keys_pair_the_same_noun_and_latest_picks_the_last_year() {
    let text = "Dated 2020-01-10.\n\nIt was their first medal in 20 years, following medals in 1990, 2004 and 1998. Their last title in 2015 came in spring.";
    assert_eq!(
        bindings(KEYED, text),
        [["20 years", "2004", "now"]],
        "the plural 'medals' keys as 'medal'; 'title' is another key"
    );
}

#[test]
fn a_keyed_binding_with_no_agreeing_mention_abstains() {
    let text = "Dated 2020-01-10.\n\nIt was their first medal in 20 years. Their last title in 2015 came in spring.";
    assert!(bindings(KEYED, text).is_empty());
}

#[test]
fn now_needs_an_article_date() {
    let text = "It was their first medal in 20 years, following medals in 1990 and 1998.";
    assert!(bindings(KEYED, text).is_empty());
}
