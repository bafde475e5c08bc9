//! The document's mentions grouped by kind, so a binding looks only at the mentions of
//! the kinds it can bind rather than testing every mention of the document.

use super::schema::KindSpec;
use crate::extract::{Mention, MentionValue};

/// Mention kinds as far as bindings tell them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Date,
    Weekday,
    Time,
    Duration,
    Relative,
    Period,
    Number,
    Percent,
    Money,
    Quantity,
    List,
    Age,
    /// Kinds no binding takes (references, sets, vague durations).
    Other,
}

const KINDS: usize = Kind::Other as usize + 1;

fn kind_of(value: &MentionValue) -> Kind {
    match value {
        MentionValue::Date(_) => Kind::Date,
        MentionValue::Weekday(_) => Kind::Weekday,
        MentionValue::Time(_) => Kind::Time,
        MentionValue::Duration(_) => Kind::Duration,
        MentionValue::Relative(_) => Kind::Relative,
        MentionValue::Period(_) => Kind::Period,
        MentionValue::Number(_) => Kind::Number,
        MentionValue::Percent(_) => Kind::Percent,
        MentionValue::Money(_) => Kind::Money,
        MentionValue::Quantity(_) => Kind::Quantity,
        MentionValue::List(_) => Kind::List,
        MentionValue::Age(_) => Kind::Age,
        MentionValue::Reference(_) | MentionValue::Set(_) | MentionValue::VagueDuration(_) => {
            Kind::Other
        }
    }
}

/// Every mention kind a binding of `spec` may take; `bind::fits` decides the rest.
const fn kinds_for(spec: KindSpec) -> &'static [Kind] {
    match spec {
        // A year written as a modifier is a period to the extractor.
        KindSpec::Date => &[Kind::Date, Kind::Period],
        KindSpec::Day => &[Kind::Date, Kind::Weekday],
        KindSpec::Weekday => &[Kind::Weekday],
        KindSpec::Time => &[Kind::Time],
        KindSpec::Duration => &[Kind::Duration],
        KindSpec::Relative => &[Kind::Relative],
        KindSpec::Number => &[Kind::Number],
        KindSpec::Percent => &[Kind::Percent],
        KindSpec::Money => &[Kind::Money],
        KindSpec::Quantity => &[Kind::Quantity],
        KindSpec::List => &[Kind::List],
        KindSpec::Age => &[Kind::Age],
        KindSpec::Amount => &[Kind::Number, Kind::Money, Kind::Quantity],
        KindSpec::Figure => &[Kind::Number, Kind::Money, Kind::Quantity, Kind::Percent],
        KindSpec::Now => &[],
    }
}

/// The kind specs that take mentions of more than one kind, whose lists are merged
/// once per document so that every binding can borrow its list.
const MERGED_SPECS: [KindSpec; 4] = [
    KindSpec::Date,
    KindSpec::Day,
    KindSpec::Amount,
    KindSpec::Figure,
];

/// How many lists a document's mentions are sorted into: one per kind, then one per
/// merged spec.
const LISTS: usize = KINDS + MERGED_SPECS.len();

/// Mention indices (in text order) per kind, and per kind spec that takes several.
///
/// All the lists live in one buffer, each a range of it: a document's mentions are
/// counted per list first, so they are placed without growing or sorting anything.
/// Seventeen lists grown one push at a time, four of them then sorted, cost more than
/// twice as much.
#[derive(Debug, Default)]
pub struct MentionsByKind {
    indices: Vec<usize>,
    /// Where each list ends in `indices`; it starts where the one before it ends.
    ends: [usize; LISTS],
}

/// For each kind, the merged lists it belongs to: bit `at` stands for
/// `MERGED_SPECS[at]`.
const MERGED_LISTS_OF_KIND: [u8; KINDS] = {
    let mut table = [0; KINDS];
    let mut at = 0;
    while at < MERGED_SPECS.len() {
        let kinds = kinds_for(MERGED_SPECS[at]);
        let mut k = 0;
        while k < kinds.len() {
            table[kinds[k] as usize] |= 1 << at;
            k += 1;
        }
        at += 1;
    }
    table
};

/// The lists a mention of `kind` goes in: its kind's, and the merged ones that take it.
fn lists_of(kind: Kind) -> impl Iterator<Item = usize> {
    let mut merged = MERGED_LISTS_OF_KIND[kind as usize];
    std::iter::once(kind as usize).chain(std::iter::from_fn(move || {
        let at = merged.trailing_zeros() as usize;
        merged &= merged.checked_sub(1)?;
        Some(KINDS + at)
    }))
}

impl MentionsByKind {
    pub fn new(mentions: &[Mention]) -> MentionsByKind {
        let mut ends = [0; LISTS];
        for mention in mentions {
            for list in lists_of(kind_of(&mention.value)) {
                ends[list] += 1;
            }
        }
        let mut total = 0;
        for end in &mut ends {
            total += *end;
            *end = total;
        }
        // Each list is filled from its start, in text order.
        let mut next: [usize; LISTS] = std::array::from_fn(|list| match list {
            0 => 0,
            _ => ends[list - 1],
        });
        let mut indices = vec![0; total];
        for (i, mention) in mentions.iter().enumerate() {
            for list in lists_of(kind_of(&mention.value)) {
                indices[next[list]] = i;
                next[list] += 1;
            }
        }
        MentionsByKind { indices, ends }
    }

    /// The indices of the mentions a binding of `spec` may take, in text order.
    pub fn for_spec(&self, spec: KindSpec) -> &[usize] {
        let list = match kinds_for(spec) {
            [] => return &[],
            [kind] => *kind as usize,
            _ => match MERGED_SPECS.iter().position(|&merged| merged == spec) {
                Some(at) => KINDS + at,
                None => return &[],
            },
        };
        let start = list.checked_sub(1).map_or(0, |before| self.ends[before]);
        &self.indices[start..self.ends[list]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DocKind, Document};

    #[test]
    fn a_spec_sees_its_kinds_in_text_order() {
        let doc = Document::new(
            "On May 2, 2022, 40 boats and $3 million and 10 miles were lost.",
            DocKind::PlainText,
        );
        let mentions = crate::extract::extract(&doc);
        let by_kind = MentionsByKind::new(&mentions);
        let amounts = by_kind.for_spec(KindSpec::Amount);
        assert_eq!(amounts.len(), 3);
        assert!(amounts.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(by_kind.for_spec(KindSpec::Date).len(), 1);
        assert!(by_kind.for_spec(KindSpec::Now).is_empty());
    }
}
