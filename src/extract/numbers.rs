//! Numbers written in words: "eighty-four", "a dozen", "two hundred".
//!
//! News prose spells out small numbers ("three weeks") and sometimes large ones
//! ("two hundred days"), so durations need a word-number parser. The parser is strict
//! about word order ("twenty thirty" and "one two" are not numbers) because a lenient
//! parser would turn lists and ranges into wrong amounts.

/// Number words a spelled-out amount is built from; longer words first so alternation
/// tries "fourteen" before "four".
const NUMBER_WORD: &str = r"(?:zero|one|two|three|fourteen|four|five|six|seventeen|seven|eighteen|eight|nineteen|nine|ten|eleven|twelve|thirteen|fifteen|sixteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(?-u:\b)";

/// The pattern of a spelled-out number, for the amount and duration recognisers: "a
/// dozen", "eighty-four", "two hundred and five". The article starts one only before a
/// multiplier, or "a two-hour meeting" would swallow the article and fail to parse.
pub(super) fn spelled_number_pattern() -> String {
    format!(
        r"(?:an?\s+(?:dozen|hundred|thousand|million)(?-u:\b)|{NUMBER_WORD})(?:(?:\s+|-)(?:and\s+)?{NUMBER_WORD})*"
    )
}

/// The kind of the previous word, which decides what may follow it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    /// A leading "a"/"an" ("a dozen", "a hundred").
    Article,
    /// 1–9.
    Unit,
    /// 10–19.
    Teen,
    /// 20, 30, …, 90.
    Ten,
    Hundred,
    /// "thousand" or "million".
    Scale,
    Dozen,
    And,
}

/// Number words below ten.
pub(super) const UNITS: [&str; 10] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
/// Number words from ten to nineteen.
pub(super) const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// The tens from twenty.
pub(super) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of one small number word (0–90), with its class.
fn small_word(word: &str) -> Option<(u64, Last)> {
    if let Some(i) = UNITS.iter().position(|w| *w == word) {
        return Some((i as u64, Last::Unit));
    }
    if let Some(i) = TEENS.iter().position(|w| *w == word) {
        return Some((10 + i as u64, Last::Teen));
    }
    TENS.iter()
        .position(|w| *w == word)
        .map(|i| (20 + 10 * i as u64, Last::Ten))
}

/// The value of a number written in English words ("eighty-four" → 84, "a dozen" → 12,
/// "one hundred and five" → 105), or `None` if `words` is not a number.
///
/// Words may be separated by whitespace or hyphens and are matched case-insensitively.
/// A leading "a"/"an" is accepted only before "hundred", "thousand", "million" or
/// "dozen"; the bare indefinite article is the duration parser's business.
pub fn parse_number_words(words: &str) -> Option<u64> {
    let lower = words.to_ascii_lowercase();
    let mut tokens = lower
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|t| !t.is_empty())
        .peekable();
    // `total` holds completed thousand/million groups; `current` the group being built.
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut last = Last::Start;
    // The scale of the last completed group, so "one thousand two million" is rejected.
    let mut last_scale: u64 = u64::MAX;
    let mut saw_zero = false;
    let mut count = 0usize;
    while let Some(tok) = tokens.next() {
        count += 1;
        match tok {
            "a" | "an" if last == Last::Start => {
                // Only a multiplier word may follow an article.
                match tokens.peek() {
                    Some(&("hundred" | "thousand" | "million" | "dozen")) => {}
                    _ => return None,
                }
                current = 1;
                last = Last::Article;
            }
            "and" => {
                if !matches!(last, Last::Hundred | Last::Scale) || tokens.peek().is_none() {
                    return None;
                }
                last = Last::And;
            }
            "hundred" => {
                let ok = matches!(last, Last::Unit | Last::Teen | Last::Article)
                    || (last == Last::Start);
                if !ok || current >= 100 {
                    return None;
                }
                current = current.max(1).checked_mul(100)?;
                last = Last::Hundred;
            }
            "thousand" | "million" => {
                let scale = if tok == "thousand" { 1_000 } else { 1_000_000 };
                let ok = matches!(
                    last,
                    Last::Start
                        | Last::Article
                        | Last::Unit
                        | Last::Teen
                        | Last::Ten
                        | Last::Hundred
                );
                if !ok || scale >= last_scale {
                    return None;
                }
                total = total.checked_add(current.max(1).checked_mul(scale)?)?;
                current = 0;
                last_scale = scale;
                last = Last::Scale;
            }
            "dozen" => {
                if !matches!(
                    last,
                    Last::Start | Last::Article | Last::Unit | Last::Teen | Last::Ten
                ) {
                    return None;
                }
                current = current.max(1).checked_mul(12)?;
                last = Last::Dozen;
            }
            _ => {
                let (value, class) = small_word(tok)?;
                if value == 0 {
                    // "zero" only stands alone.
                    if count != 1 || tokens.peek().is_some() {
                        return None;
                    }
                    saw_zero = true;
                }
                let ok = match class {
                    // A unit may complete a tens word ("eighty-four") or follow a
                    // hundred/scale/"and".
                    Last::Unit => matches!(
                        last,
                        Last::Start | Last::Ten | Last::Hundred | Last::Scale | Last::And
                    ),
                    _ => matches!(last, Last::Start | Last::Hundred | Last::Scale | Last::And),
                };
                if !ok {
                    return None;
                }
                current = current.checked_add(value)?;
                last = class;
            }
        }
    }
    if matches!(last, Last::Start | Last::Article | Last::And) {
        return None;
    }
    let value = total.checked_add(current)?;
    if value == 0 && !saw_zero {
        return None;
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::parse_number_words as p;

    #[test]
    fn small_numbers() {
        assert_eq!(p("zero"), Some(0));
        assert_eq!(p("one"), Some(1));
        assert_eq!(p("Seven"), Some(7));
        assert_eq!(p("twelve"), Some(12));
        assert_eq!(p("NINETEEN"), Some(19));
        assert_eq!(p("forty"), Some(40));
    }

    #[test]
    fn compounds() {
        assert_eq!(p("eighty-four"), Some(84));
        assert_eq!(p("eighty four"), Some(84));
        assert_eq!(p("twenty  one"), Some(21));
        assert_eq!(p("two hundred"), Some(200));
        assert_eq!(p("two hundred and five"), Some(205));
        assert_eq!(p("one hundred sixty-two"), Some(162));
        assert_eq!(p("fifteen hundred"), Some(1500));
        assert_eq!(p("three thousand four hundred and twelve"), Some(3412));
        assert_eq!(p("two million five thousand"), Some(2_005_000));
        assert_eq!(p("hundred"), Some(100));
        assert_eq!(p("a hundred"), Some(100));
        assert_eq!(p("a thousand"), Some(1000));
    }

    #[test]
    fn dozens() {
        assert_eq!(p("dozen"), Some(12));
        assert_eq!(p("a dozen"), Some(12));
        assert_eq!(p("two dozen"), Some(24));
    }

    #[test]
    fn non_numbers() {
        for s in [
            "",
            "a",
            "an",
            "and",
            "the",
            "week",
            "twenty thirty",
            "one two",
            "eleven four",
            "four twenty",
            "zero one",
            "one and",
            "and one",
            "a one",
            "thousand million",
            "two hundred hundred",
            "onety",
        ] {
            assert_eq!(p(s), None, "{s:?}");
        }
    }
}
