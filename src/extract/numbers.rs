//! Numbers written in words: "eighty-four", "a dozen", "two hundred".

/// The value of a number written in English words ("eighty-four" → 84, "a dozen" → 12,
/// "one hundred and five" → 105), or `None` if `words` is not a number.
pub fn parse_number_words(words: &str) -> Option<u64> {
    todo!()
}
