fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = factlint::document::Document::new(&text, factlint::document::DocKind::PlainText);
    let a = factlint::timeline::analyze(&doc, chrono::NaiveDate::from_ymd_opt(2013, 3, 10));
    for (m, r) in a.mentions.iter().zip(&a.timeline.resolutions) {
        println!("{:?} {:?}\n    {:?}", doc.text(m.span), m.value, r);
    }
}
