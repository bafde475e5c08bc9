//! Fractions written in words: "a third of the 90 members", "two-thirds of", "half of
//! the staff", "…, or nearly a quarter". A fraction is a share of a whole, like a
//! percentage, so it is read as one ("a third" is 33.3 percent), loosely: a spoken
//! fraction stands for anything within five points of it, as "a third" is said of 30
//! percent and of 36.
//!
//! Only two places make a fraction a share: before "of" ("a third of the vote"), and
//! after ", or" restating a figure ("12 of 40, or almost a third"). Elsewhere the words
//! are something else: "the third quarter", "half an hour", "a quarter-mile".

use super::scan::{ends_with_ignore_case, word_before};
use super::triggers::{kind, Triggers};
use super::{Amount, Approx, Mention, MentionValue, Span};

/// Half the width, in percentage points scaled by 10^6, of what a spoken fraction
/// stands for.
const FRACTION_SLACK: i128 = 5_000_000;

/// Hedges before a fraction and the tolerance each sets.
const HEDGES: [(&str, Approx); 10] = [
    ("about ", Approx::About),
    ("around ", Approx::About),
    ("roughly ", Approx::About),
    ("some ", Approx::About),
    ("nearly ", Approx::AtMost),
    ("almost ", Approx::AtMost),
    ("less than ", Approx::AtMost),
    ("under ", Approx::AtMost),
    ("more than ", Approx::AtLeast),
    ("over ", Approx::AtLeast),
];

/// Words before a bare "half" that make it a part of something, not a share.
const NOT_BEFORE_HALF: [&str; 12] = [
    "the", "first", "second", "final", "latter", "former", "other", "last", "this", "that", "each",
    "every",
];

/// The share a fraction's words name, in percent: "a third", "two-thirds", "half".
fn share(count: &str, part: &str) -> Option<f64> {
    let n = match count {
        "a" | "an" | "one" | "" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        _ => return None,
    };
    let (d, plural) = match part {
        "half" => (2.0, false),
        "third" => (3.0, false),
        "thirds" => (3.0, true),
        "quarter" => (4.0, false),
        "quarters" => (4.0, true),
        "fifth" => (5.0, false),
        "fifths" => (5.0, true),
        _ => return None,
    };
    // "two thirds", "one third", never "two third" or "one thirds"; a bare word only
    // for "half" ("half of them").
    if plural != (n > 1.0) || (count.is_empty() && part != "half") || n >= d {
        return None;
    }
    Some(100.0 * n / d)
}

/// Finds every fraction read as a share in `prose`, whose trigger words are
/// `triggers`.
pub(super) fn find_fractions(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    // The part words are lower case even where a sentence opens with the fraction ("A
    // third of …"); only a bare "Half" is capitalised there.
    const PARTS: [&str; 5] = ["half", "Half", "third", "quarter", "fifth"];
    let bytes = prose.as_bytes();
    for part_word in PARTS {
        // Every part word that is not inside a longer word starts a run of letters.
        let written = triggers
            .starts(kind::FRACTION)
            .filter(|&at| bytes[at..].starts_with(part_word.as_bytes()));
        for at in written {
            if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            let mut end = at + part_word.len();
            if bytes.get(end) == Some(&b's') {
                end += 1;
            }
            if bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric()) {
                continue;
            }
            // The count before it: "a third", "two-thirds", "one half", or none.
            let before = &prose[..at];
            let (count, start) = match before.strip_suffix([' ', '-']) {
                Some(rest) => {
                    let word_start = rest
                        .bytes()
                        .rposition(|b| !b.is_ascii_alphabetic())
                        .map_or(0, |i| i + 1);
                    let word = rest[word_start..].to_ascii_lowercase();
                    match word.as_str() {
                        "a" | "an" | "one" | "two" | "three" | "four" => (word, word_start),
                        _ => (String::new(), at),
                    }
                }
                None => (String::new(), at),
            };
            let part = prose[at..end].to_ascii_lowercase();
            let Some(percent) = share(&count, &part) else {
                continue;
            };
            // "the second half of the year", "the other half of the house": a part,
            // not a share.
            let previous = word_before(before);
            if count.is_empty() && NOT_BEFORE_HALF.contains(&previous.as_str()) {
                continue;
            }
            let of_follows = prose
                .get(end..end + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(" of "));
            let (approx, hedged_start) = HEDGES
                .iter()
                .find(|(hedge, _)| ends_with_ignore_case(&prose[..start], hedge))
                .map_or((Approx::Exact, start), |(hedge, approx)| {
                    (*approx, start - hedge.len())
                });
            let restates = prose[..hedged_start].ends_with(", or ");
            if !(of_follows || restates) {
                continue;
            }
            out.push(Mention {
                span: Span::new(hedged_start, end),
                value: MentionValue::Percent(Amount {
                    value: (percent * 1_000_000.0).round() as i128,
                    half_step: FRACTION_SLACK,
                }),
                approx,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, i128, Approx)> {
        let mut out = Vec::new();
        find_fractions(text, &Triggers::of(text), &mut out);
        out.sort_by_key(|m| m.span.start);
        out.iter()
            .map(|m| {
                let MentionValue::Percent(a) = m.value else {
                    panic!("not a share")
                };
                (
                    text[m.span.range()].to_string(),
                    a.value / 1_000_000,
                    m.approx,
                )
            })
            .collect()
    }

    #[test]
    fn shares_before_of_and_after_or() {
        assert_eq!(
            found("A third of the 90 boats sank; two-thirds of the crews and half of the owners left."),
            [
                ("A third".to_string(), 33, Approx::Exact),
                ("two-thirds".to_string(), 66, Approx::Exact),
                ("half".to_string(), 50, Approx::Exact),
            ]
        );
        assert_eq!(
            found("Twelve of 40 members, or almost a third, agreed."),
            [("almost a third".to_string(), 33, Approx::AtMost)]
        );
    }

    #[test]
    fn other_uses_are_no_shares() {
        assert!(found("Profit rose in the third quarter.").is_empty());
        assert!(found("He waited half an hour and ran a quarter-mile.").is_empty());
        assert!(found("The second half of the year was slow.").is_empty());
        assert!(found("One third place went to Lee.").is_empty());
        assert!(found("The halfback and the quarterback of the team.").is_empty());
    }
}
