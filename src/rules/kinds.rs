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
fn kinds_for(spec: KindSpec) -> &'static [Kind] {
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

/// Mention indices (in text order) per kind, and per kind spec that takes several.
#[derive(Debug, Default)]
pub struct MentionsByKind {
    by_kind: [Vec<usize>; KINDS],
    merged: [Vec<usize>; MERGED_SPECS.len()],
}

impl MentionsByKind {
    pub fn new(mentions: &[Mention]) -> MentionsByKind {
        let mut by_kind: [Vec<usize>; KINDS] = Default::default();
        for (i, m) in mentions.iter().enumerate() {
            by_kind[kind_of(&m.value) as usize].push(i);
        }
        let merged = MERGED_SPECS.map(|spec| {
            let mut out: Vec<usize> = kinds_for(spec)
                .iter()
                .flat_map(|&k| by_kind[k as usize].iter().copied())
                .collect();
            out.sort_unstable();
            out
        });
        MentionsByKind { by_kind, merged }
    }

    /// The indices of the mentions a binding of `spec` may take, in text order.
    pub fn for_spec(&self, spec: KindSpec) -> &[usize] {
        match kinds_for(spec) {
            [] => &[],
            [kind] => &self.by_kind[*kind as usize],
            _ => MERGED_SPECS
                .iter()
                .position(|&merged| merged == spec)
                .map_or(&[], |at| &self.merged[at]),
        }
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
