//! Panics kept to the unit of work they happen in: a bug met on one document must
//! not end an editor session or take a whole batch down with it.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`, turning a panic into its message. The panic hook has already printed
/// where it happened.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // Nothing a unit of work touches outlives a panic in a broken state: each builds
    // its own document and findings, and shared state (rules, settings) is read-only.
    catch_unwind(AssertUnwindSafe(f)).map_err(|panic| {
        panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panic_is_caught_and_described() {
        let result: Result<(), String> = guarded(|| panic!("boom {}", 1));
        assert_eq!(result, Err("boom 1".to_string()));
        assert_eq!(guarded(|| 5), Ok(5));
    }
}
