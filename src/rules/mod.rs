//! The check stage: YAML rules loaded, validated and run over a timeline.

mod bind;
mod candidates;
pub mod docs;
pub mod engine;
mod error;
pub mod examples;
pub mod expr;
mod fit;
mod kinds;
pub mod load;
pub mod numeric;
mod pattern;
mod rule;
pub mod schema;
mod sets;
pub mod value;

pub use bind::{CONTEXT_WINDOW, MAX_CANDIDATES, MAX_GAP};
pub use error::{RuleError, RuleErrorDetail};
pub use load::{load_rule, Example, Rule};
pub use pattern::{Origin, Pattern};
pub use sets::{load_builtin_and, load_rules, read_rule_dir};

/// The built-in packs under `rules/`, compiled into the binary by `build.rs`.
pub mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_rules.rs"));

    /// The JSON copy of the built-in rule file at `path`, if it parsed at build time.
    pub fn json_of(path: &str) -> Option<&'static str> {
        let at = RULES.iter().position(|(p, _)| *p == path)?;
        RULES_JSON.get(at).copied().flatten()
    }
}
