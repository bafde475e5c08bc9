//! `docs/rules/<id>.md` is generated from each rule file; this test fails when a page is
//! stale. Regenerate with `UPDATE_RULE_DOCS=1 cargo test --test rule_docs`.

use factlint::rules::docs::render_markdown;
use factlint::Linter;
use std::path::Path;

#[test]
fn rule_pages_are_current() {
    let linter = Linter::builtin().unwrap_or_else(|e| panic!("{:?}", miette::Report::new(e)));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let update = std::env::var_os("UPDATE_RULE_DOCS").is_some();
    let mut stale = Vec::new();
    for rule in linter.rules() {
        let path = dir.join(format!("{}.md", rule.id));
        let want = render_markdown(rule);
        if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            if update {
                std::fs::create_dir_all(&dir).expect("create docs/rules");
                std::fs::write(&path, &want).expect("write rule page");
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule pages (run `UPDATE_RULE_DOCS=1 cargo test --test rule_docs`): {stale:?}"
    );
}
