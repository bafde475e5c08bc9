//! The check stage: YAML rules loaded, validated and run over a timeline.

pub mod expr;
pub mod value;
