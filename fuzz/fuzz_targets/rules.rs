//! Any text as a rule file: loading returns a rule or an error, never panics, and a
//! loaded rule's examples run.
#![no_main]

use factlint::rules::{examples::check_examples, load_rule};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(rule) = load_rule("fuzz.yaml", text) {
        let _ = check_examples(&rule);
    }
});
