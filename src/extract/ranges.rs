//! Ranges. Year ranges written with a dash or slash: "1990-95", "1996–2001", "the
//! 2010/11 season". The single-year recognisers leave four digits followed by a dash
//! and more digits alone (they could be a code or a score); here both ends become years
//! when they read as an ordered range of at most a century.
//!
//! And ranges of lengths that share one unit: "two to three weeks", "between 60 and 90
//! days", "5-10 years". The lower bare number is a length of its own, as TimeML marks
//! it, and each end bounds the true length from one side only.

use super::calendar::period;
use super::scan::is_word_byte;
use super::{Approx, Mention, MentionValue, PeriodPosition, PeriodUnit, Span};

/// The separators a range is written with (the en dash is three bytes).
const SEPARATORS: [&str; 3] = ["-", "\u{2013}", "/"];

/// Whether the text after a year goes on to a second one ("2019-20", "1996–2001",
/// "2010/11"): the year is then the first of a range or season, not a year alone.
pub(crate) fn continues_a_year_range(after: &str) -> bool {
    SEPARATORS.iter().any(|sep| {
        after
            .strip_prefix(sep)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Finds every year range in `prose`, as two absolute years.
pub(super) fn find_year_ranges(prose: &str, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    // Separators are rarer than digits: look for them, then for four digits before.
    // (0xE2 starts the en dash.)
    for at in memchr::memchr3_iter(b'-', b'/', 0xE2, bytes) {
        let Some(sep) = SEPARATORS.iter().find(|s| prose[at..].starts_with(**s)) else {
            continue;
        };
        let Some(start) = at.checked_sub(4) else {
            continue;
        };
        let end = at;
        if !bytes[start..end].iter().all(u8::is_ascii_digit) {
            continue;
        }
        let second_start = end + sep.len();
        let second_end = second_start
            + bytes[second_start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        // "$1990-95", "12.1990-95", "1990-95-07" and "1990-95%" are amounts, codes or
        // dates, not ranges.
        let before = prose[..start].chars().next_back();
        if matches!(
            before,
            Some('$' | '#' | '£' | '€' | '.' | ',' | '-' | '/' | ':' | '+')
        ) || before.is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let after = &prose[second_end..];
        if after.starts_with(['-', '/', '%', '.', ',', ':'])
            && after[1..].starts_with(|c: char| c.is_ascii_digit())
            || after.starts_with('%')
            || bytes.get(second_end).is_some_and(|b| is_word_byte(*b))
        {
            continue;
        }
        let (Ok(first), Ok(second)) = (
            prose[start..end].parse::<i32>(),
            prose[second_start..second_end].parse::<i32>(),
        ) else {
            continue;
        };
        let last = match second_end - second_start {
            // "1999-00" ends in the next century.
            2 => {
                let in_century = first - first % 100 + second;
                if in_century > first {
                    in_century
                } else {
                    in_century + 100
                }
            }
            4 => second,
            _ => continue,
        };
        if !(1000..=2199).contains(&first) || last <= first || last - first > 100 {
            continue;
        }
        // A slash joins only consecutive years ("2010/11"); "1990/95" may be a ratio.
        if *sep == "/" && last != first + 1 {
            continue;
        }
        for (span, year) in [
            (Span::new(start, end), first),
            (Span::new(second_start, second_end), last),
        ] {
            out.push(period(
                span.start as usize,
                span.end as usize,
                PeriodUnit::Year,
                PeriodPosition::Absolute(year),
            ));
        }
    }
}

/// When `upper` is a length that ends a range ("three weeks" in "two to three weeks"),
/// the range's lower end as a length of the same unit, at least that long; `upper` is
/// then marked at most its own length.
pub(super) fn lower_end_of_range(prose: &str, upper: &mut Mention) -> Option<Mention> {
    let MentionValue::Duration(length) = upper.value else {
        return None;
    };
    if length.indefinite || length.adjectival || upper.approx != Approx::Exact {
        return None;
    }
    let start = upper.span.start as usize;
    let before = &prose[..start];
    // "5-10 years", "5–10 years": digits on both sides of a dash.
    let dashed = ["-", "\u{2013}"]
        .iter()
        .find_map(|dash| before.strip_suffix(dash))
        .filter(|_| prose[start..].starts_with(|c: char| c.is_ascii_digit()));
    let (lower_text_end, joiner) = match dashed {
        Some(rest) => (rest.len(), "-"),
        None => {
            let rest = before.strip_suffix([' ', '\n'])?;
            let joiner = ["to", "or", "and"]
                .into_iter()
                .find(|j| super::ends_with_ignore_case(rest, j))?;
            let rest = rest[..rest.len() - joiner.len()].strip_suffix([' ', '\n'])?;
            (rest.len(), joiner)
        }
    };
    // By bytes: every byte of a multi-byte character is non-alphanumeric, so the
    // position after the last one is a character boundary.
    let lower_start = prose.as_bytes()[..lower_text_end]
        .iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1);
    let word = &prose[lower_start..lower_text_end];
    let lower = if word.bytes().all(|b| b.is_ascii_digit()) {
        word.parse::<u64>().ok()?
    } else {
        super::parse_number_words(word)?
    };
    // A word, currency or number glued before it ("$5 to 10 years", "3.5 to 4",
    // "twenty-five to thirty") makes it part of something else; a space, bracket, quote
    // or dash does not.
    let glued = prose[..lower_start].chars().next_back().is_some_and(|c| {
        c.is_alphanumeric()
            || matches!(c, '$' | '£' | '€' | '¥' | '.' | ',' | '-' | '/' | '#' | '+')
    });
    if glued {
        return None;
    }
    // "two hundred to three hundred years": "hundred" ends another number; "0900 and
    // 1100 hours" are clock times.
    let word_before = super::word_before(&prose[..lower_start]);
    if super::parse_number_words(&word_before).is_some() || word.starts_with('0') {
        return None;
    }
    // "between 60 and 90 days"; "in 2008 and 10 years" is no range.
    if joiner == "and" && word_before != "between" {
        return None;
    }
    let lower_milli = lower.checked_mul(1000)?;
    if lower_milli == 0 || lower_milli >= length.milli_amount {
        return None;
    }
    upper.approx = Approx::AtMost;
    Some(Mention {
        span: Span::new(lower_start, lower_text_end),
        value: MentionValue::Duration(super::Duration {
            milli_amount: lower_milli,
            ..length
        }),
        approx: Approx::AtLeast,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(text: &str) -> Vec<(String, i32)> {
        crate::extract::tests::years_found(text, find_year_ranges)
    }

    #[test]
    fn ranges_give_both_years() {
        assert_eq!(
            years("Output grew in 1990-95 and in 1996\u{2013}2001."),
            [
                ("1990".to_string(), 1990),
                ("95".to_string(), 1995),
                ("1996".to_string(), 1996),
                ("2001".to_string(), 2001),
            ]
        );
        assert_eq!(
            years("The 1999-00 and 2010/11 seasons."),
            [
                ("1999".to_string(), 1999),
                ("00".to_string(), 2000),
                ("2010".to_string(), 2010),
                ("11".to_string(), 2011),
            ]
        );
    }

    #[test]
    fn codes_scores_and_amounts_are_no_ranges() {
        assert!(years("Call 5550-1234 now.").is_empty(), "not ordered years");
        assert!(years("It fell to $1990-95 a share.").is_empty());
        assert!(years("Filed as 2001-05-07.").is_empty(), "an ISO date");
        assert!(years("The ratio was 1990/95.").is_empty());
        assert!(years("Model 2010-11X").is_empty());
    }
}
