//! Tests of sentence splitting: abbreviations, quotes, datelines. Invented text.

use super::*;

fn split(text: &str) -> Vec<&str> {
    let paras = paragraphs(text, &[]);
    sentences(text, &paras)
        .iter()
        .map(|s| &text[s.range()])
        .collect()
}

#[test]
fn blank_lines_are_whitespace_only_by_unicode() {
    for line in ["", " \t\r", "\u{0b}", "\u{a0}\u{2003} "] {
        assert!(is_blank(line), "{line:?}");
    }
    for line in ["a", "  x ", "\u{a0}y"] {
        assert!(!is_blank(line), "{line:?}");
    }
}

#[test]
fn paragraphs_split_on_blank_lines_and_trim() {
    let text = "  First line\nsecond line.  \n \t \nNext para.\r\n\r\n\n";
    let got: Vec<&str> = paragraphs(text, &[])
        .iter()
        .map(|s| &text[s.range()])
        .collect();
    assert_eq!(got, ["First line\nsecond line.", "Next para."]);
    assert!(paragraphs("", &[]).is_empty());
    assert!(paragraphs(" \n\n ", &[]).is_empty());
}

#[test]
fn paragraphs_split_at_block_breaks() {
    let text = "  Heading\nBody text.\n";
    let got: Vec<&str> = paragraphs(text, &[0, 9, 10, 20])
        .iter()
        .map(|s| &text[s.range()])
        .collect();
    assert_eq!(got, ["Heading", "Body text."]);
}

#[test]
fn basic_sentences() {
    assert_eq!(
        split("The dam held. Water rose! Did it? \"Yes,\" she said. 2031 was wet."),
        [
            "The dam held.",
            "Water rose!",
            "Did it?",
            "\"Yes,\" she said.",
            "2031 was wet."
        ]
    );
}

#[test]
fn closing_quotes_and_brackets_stay_with_the_sentence() {
    assert_eq!(
        split("He said, “It is over.” Then he left. (It rained.) Later, snow."),
        [
            "He said, “It is over.”",
            "Then he left.",
            "(It rained.)",
            "Later, snow."
        ]
    );
}

#[test]
fn single_newline_does_not_end_a_sentence() {
    assert_eq!(
        split("The vote was\nheld on time. Next\nitem."),
        ["The vote was\nheld on time.", "Next\nitem."]
    );
}

#[test]
fn lowercase_after_period_does_not_split() {
    assert_eq!(
        split("It cost approx. ten dollars. Done."),
        ["It cost approx. ten dollars.", "Done."]
    );
    assert_eq!(split("Wait... what? Yes."), ["Wait... what?", "Yes."]);
}

#[test]
fn titles_never_split() {
    assert_eq!(
        split("Gen. Mark Tallow said so."),
        ["Gen. Mark Tallow said so."]
    );
    assert_eq!(
        split("Lt. Col. Ana Ruiz and Dr. Oyelaran met Sen. Park."),
        ["Lt. Col. Ana Ruiz and Dr. Oyelaran met Sen. Park."]
    );
    assert_eq!(
        split("Mr. and Mrs. Dale, Prof. Ito, Rev. Moss, Gov. Kerr, Capt. Bo, Sgt. Li."),
        ["Mr. and Mrs. Dale, Prof. Ito, Rev. Moss, Gov. Kerr, Capt. Bo, Sgt. Li."]
    );
    assert_eq!(
        split("They met at St. Agnes. It was cold."),
        ["They met at St. Agnes.", "It was cold."]
    );
}

#[test]
fn months_and_weekdays() {
    assert_eq!(
        split("It began on Feb. 18 the crew said. It ended Sept. 3."),
        ["It began on Feb. 18 the crew said.", "It ended Sept. 3."]
    );
    assert_eq!(
        split("Due Thurs. Oct. 2 and Dec. 9 at the latest."),
        ["Due Thurs. Oct. 2 and Dec. 9 at the latest."]
    );
}

#[test]
fn times_of_day() {
    assert_eq!(
        split("It sank at 12:49 p.m. on Friday."),
        ["It sank at 12:49 p.m. on Friday."]
    );
    assert_eq!(
        split("It sank at 12:49 p.m. Friday, officials said."),
        ["It sank at 12:49 p.m. Friday, officials said."]
    );
    assert_eq!(
        split("It sank at 9 a.m. The crew survived."),
        ["It sank at 9 a.m.", "The crew survived."]
    );
    // Any capitalised word that does not go with the time opens a sentence.
    assert_eq!(
        split("Queues peak at 7 p.m. Drivers should leave early."),
        ["Queues peak at 7 p.m.", "Drivers should leave early."]
    );
    for kept in [
        "It sank at 9 a.m. Eastern on Friday.",
        "It sank at 9 a.m. London time on Friday.",
        "It sank at 9 p.m. Tuesday, officials said.",
        "The last train leaves at 11:45 p.m. Sept 2, the authority said.",
    ] {
        assert_eq!(split(kept), [kept]);
    }
}

#[test]
fn countries_and_companies() {
    assert_eq!(
        split("the U.S. military left."),
        ["the U.S. military left."]
    );
    assert_eq!(
        split("It went to the U.S. Senate today."),
        ["It went to the U.S. Senate today."]
    );
    assert_eq!(
        split("They flew to the U.S. The trip was long."),
        ["They flew to the U.S.", "The trip was long."]
    );
    assert_eq!(
        split("He joined Acme Inc. The firm grew."),
        ["He joined Acme Inc.", "The firm grew."]
    );
    assert_eq!(
        split("Acme Inc. Chief Ray Lo spoke."),
        ["Acme Inc. Chief Ray Lo spoke."]
    );
    assert_eq!(
        split("The U.S.A. Today poll ran."),
        ["The U.S.A. Today poll ran."]
    );
    assert_eq!(
        split("Pens, pads, etc. Then lunch."),
        ["Pens, pads, etc.", "Then lunch."]
    );
}

#[test]
fn states() {
    assert_eq!(
        split("She lives in Salem, Ore. The city is small."),
        ["She lives in Salem, Ore.", "The city is small."]
    );
    assert_eq!(
        split("Officials in Austin, Tex. Gov. Ray Oaks spoke."),
        ["Officials in Austin, Tex. Gov. Ray Oaks spoke."]
    );
    assert_eq!(
        split("From Boston, Mass. Police said little."),
        ["From Boston, Mass.", "Police said little."]
    );
    assert_eq!(
        split("A trip to Washington, D.C. In May, again."),
        ["A trip to Washington, D.C.", "In May, again."]
    );
}

#[test]
fn initials_numbers_and_dotted_letters() {
    assert_eq!(split("J. R. Smith wrote it."), ["J. R. Smith wrote it."]);
    assert_eq!(
        split("Growth was 3.5 percent. Prices fell."),
        ["Growth was 3.5 percent.", "Prices fell."]
    );
    assert_eq!(
        split("Room No. 12 and Nos. 4 to 6 flooded."),
        ["Room No. 12 and Nos. 4 to 6 flooded."]
    );
    assert_eq!(
        split("Some fruit, e.g. Apples, and i.e. Pears."),
        ["Some fruit, e.g. Apples, and i.e. Pears."]
    );
    assert_eq!(
        split("Smith vs. Jones ended. Both lost."),
        ["Smith vs. Jones ended.", "Both lost."]
    );
    assert_eq!(
        split("Agents of the F.B.I. The case closed."),
        ["Agents of the F.B.I.", "The case closed."]
    );
}

#[test]
fn a_sentence_can_end_with_a_number() {
    assert_eq!(
        split("Sales rose in 2030. 2031 was flat."),
        ["Sales rose in 2030.", "2031 was flat."]
    );
}

#[test]
fn spans_are_offset_by_paragraph() {
    let text = "One. Two.\n\nThree.";
    let paras = paragraphs(text, &[]);
    let got = sentences(text, &paras);
    assert_eq!(got, [Span::new(0, 4), Span::new(5, 9), Span::new(11, 17)]);
}

#[test]
fn multibyte_text_is_safe() {
    assert_eq!(
        split("Ça va. Élan! 日本。 😀. Ok"),
        ["Ça va.", "Élan! 日本。 😀.", "Ok"]
    );
}
