//! A bug met on one document must neither take the others down with it nor hang a
//! stream waiting on a worker that died: each unit of work runs under [`isolated`],
//! which turns a panic into an error for that unit alone (reported, exit code 2).

/// Runs `work`, turning a panic into an error message that says what it means for the
/// user.
pub fn isolated<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    factlint::guard::guarded(work).map_err(|cause| {
        format!(
            "internal error ({cause}): this is a bug in factlint; please report it with this input"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::isolated;

    #[test]
    fn a_panic_becomes_an_error_that_asks_for_a_report() {
        let error = isolated(|| -> u8 { panic!("slice out of range") }).unwrap_err();
        assert!(error.contains("slice out of range"), "{error}");
        assert!(error.contains("please report"), "{error}");
    }
}
