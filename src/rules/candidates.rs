//! The mentions each of a rule's bindings may take in one document.
//!
//! Whether a mention fits a binding does not depend on the claim, but deciding it can
//! cost a pattern match, and those matches are most of the rules stage. The claims (the
//! mentions that fit the first binding) must all be known, so they are decided up front.
//! For the other bindings only the mentions that some claim's search reaches are decided
//! (a `precedes: claim` binding looks just before each claim, not over the whole text),
//! and each answer is kept for the next claim.

use std::cell::Cell;

use super::bind::Context;
use super::fit::fits;
use super::load::{Binding, Rule};
use super::schema::KindSpec;

/// The buffers a rule's candidates are kept in. One rule's run lends them to the next
/// in the same document, so a rule with claims does not allocate its lists afresh.
#[derive(Debug, Default)]
pub struct CandidateBuffers<'c> {
    claims: Vec<usize>,
    /// One pool per binding after the first: the mentions of its kinds, and where its
    /// cells start in `fits`.
    pools: Vec<(&'c [usize], usize)>,
    /// Whether each pool's mentions fit its binding, once decided; the pools' cells
    /// one after the other.
    fits: Vec<Cell<Option<bool>>>,
}

/// The claims of a rule in a document, and what every other binding may take.
pub struct Candidates<'c, 'b> {
    claims: &'b [usize],
    pools: &'b [(&'c [usize], usize)],
    fits: &'b [Cell<Option<bool>>],
}

impl<'c, 'b> Candidates<'c, 'b> {
    /// The candidates of `rule`, kept in `buffers`.
    pub fn new(
        rule: &Rule,
        cx: &'c Context,
        buffers: &'b mut CandidateBuffers<'c>,
    ) -> Candidates<'c, 'b> {
        let CandidateBuffers {
            claims,
            pools,
            fits: cells,
        } = buffers;
        claims.clear();
        pools.clear();
        cells.clear();
        if let Some((first, others)) = rule.bindings.split_first() {
            let of_kind = cx.by_kind.for_spec(first.kind);
            // Most rules have no mention of their claim's kinds in a given document;
            // that test is the cheapest, so it comes first.
            if !of_kind.is_empty() && first.part_of.is_none() && !no_claim_can_bind(others, cx) {
                claims.extend(of_kind.iter().copied().filter(|&i| fits(first, i, cx)));
            }
            // With no claim in the document, the other bindings' patterns need not run.
            if !claims.is_empty() {
                for binding in others {
                    let of_kind = if binding.part_of.is_some() {
                        &[]
                    } else {
                        cx.by_kind.for_spec(binding.kind)
                    };
                    pools.push((of_kind, cells.len()));
                    cells.resize(cells.len() + of_kind.len(), Cell::new(None));
                }
            }
        }
        Candidates {
            claims,
            pools,
            fits: cells,
        }
    }

    /// The claims: mentions that fit the first binding, in text order.
    pub fn claims(&self) -> &'b [usize] {
        self.claims
    }

    /// What binding `index` (after the first) may take.
    pub(super) fn pool(&self, index: usize) -> Option<Pool<'c, 'b>> {
        let &(of_kind, start) = self.pools.get(index.checked_sub(1)?)?;
        Some(Pool {
            of_kind,
            fits: self.fits.get(start..start + of_kind.len())?,
        })
    }
}

/// Whether every claim is sure to abstain because a later binding has no mention of its
/// kinds to take, and nothing before it can stop a claim another way (as ambiguous, or at
/// the candidate limit, which the run would count or report). Such a rule checks
/// nothing in the document, and its claims' patterns need not run.
fn no_claim_can_bind(others: &[Binding], cx: &Context) -> bool {
    for binding in others {
        // A `part-of` or `now` binding binds or abstains; it searches no mentions.
        if binding.part_of.is_some() || binding.kind == KindSpec::Now {
            continue;
        }
        if binding.fallback.is_none() && cx.by_kind.for_spec(binding.kind).is_empty() {
            return true;
        }
        // A search of a scope can find several candidates: ambiguity, or the limit.
        // A `follows`/`precedes` search finds at most one, so it too binds or abstains.
        if binding.follows.is_none() && binding.precedes.is_none() {
            return false;
        }
    }
    false
}

/// The mentions of one binding's kinds, in text order, and whether each fits the
/// binding, decided the first time a claim asks.
pub(super) struct Pool<'c, 'b> {
    of_kind: &'c [usize],
    fits: &'b [Cell<Option<bool>>],
}

impl<'c> Pool<'c, '_> {
    /// The mentions of the binding's kinds, fitting or not, in text order.
    pub fn of_kind(&self) -> &'c [usize] {
        self.of_kind
    }

    /// Whether the mention at `at` in [`Pool::of_kind`] fits `binding` (this pool's).
    pub fn fits_at(&self, at: usize, binding: &Binding, cx: &Context) -> bool {
        let (Some(&mention), Some(known)) = (self.of_kind.get(at), self.fits.get(at)) else {
            return false;
        };
        if let Some(fits) = known.get() {
            return fits;
        }
        let answer = fits(binding, mention, cx);
        known.set(Some(answer));
        answer
    }
}
