//! Years said in words, as broadcast transcripts write them: "nineteen ninety-six",
//! "nineteen oh five", "eighteen sixty-one", "the year two thousand", "two thousand and
//! one". Digits are the news norm; these appear where speech was transcribed.
//!
//! "Nineteen ninety-six" is no count anyone writes, so the century-and-tens form is read
//! anywhere. "Two thousand" is a count too ("two thousand people"), so it is a year only
//! after "the year", or with a one-to-nineteen after it ("two thousand and one").

use super::calendar::period;
use super::scan::{ends_with_ignore_case, is_word_byte};
use super::triggers::{kind, Triggers};
use super::{parse_number_words, Mention, PeriodPosition, PeriodUnit};

/// What makes a bare "two thousand" a year.
const THE_YEAR: &str = "the year ";

/// What starts a spoken year: its century, in lower case but for a first letter that
/// may be a capital ("Nineteen"; "NINETEEN" is not read), as the word and its tail.
const CENTURIES: [(&str, &str, u64); 3] = [
    ("eighteen", "ighteen", 1800),
    ("nineteen", "ineteen", 1900),
    ("two thousand", "wo thousand", 2000),
];

/// Which of [`CENTURIES`] is written at `start` of `prose`, if any.
fn century_at(prose: &str, start: usize) -> Option<usize> {
    let first = *prose.as_bytes().get(start)?;
    CENTURIES.iter().position(|(word, tail, _)| {
        first.eq_ignore_ascii_case(&word.as_bytes()[0])
            && prose.get(start + 1..start + word.len()) == Some(*tail)
    })
}

/// The words of `prose` from `at`: each with its end, split at spaces and hyphens.
fn words_from(prose: &str, at: usize) -> impl Iterator<Item = (&str, usize)> + '_ {
    let mut pos = at;
    std::iter::from_fn(move || {
        let rest = prose.get(pos..)?;
        let sep = rest.len() - rest.trim_start_matches([' ', '-']).len();
        // One separator between the words of a year, no more.
        if sep != 1 {
            return None;
        }
        let start = pos + sep;
        let len = prose[start..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(prose.len() - start);
        if len == 0 {
            return None;
        }
        pos = start + len;
        Some((&prose[start..pos], pos))
    })
}

fn small(word: &str) -> Option<u64> {
    parse_number_words(word)
}

/// The last two digits of a year after its century: "ninety-six", "oh five", "ten".
fn year_in_century(prose: &str, at: usize) -> Option<(u64, usize)> {
    let mut words = words_from(prose, at);
    let (first, first_end) = words.next()?;
    let lower = first.to_ascii_lowercase();
    if lower == "oh" {
        let (unit, end) = words.next()?;
        let n = small(unit).filter(|n| (1..=9).contains(n))?;
        return Some((n, end));
    }
    let n = small(&lower)?;
    match n {
        10..=19 => Some((n, first_end)),
        20..=90 if n % 10 == 0 => {
            let unit = words
                .next()
                .and_then(|(w, end)| small(w).filter(|u| (1..=9).contains(u)).map(|u| (u, end)));
            Some(unit.map_or((n, first_end), |(u, end)| (n + u, end)))
        }
        _ => None,
    }
}

/// Finds every spoken year in `prose`.
///
/// Every spoken year starts with a number word ("nineteen", "two"), so the places to
/// read are the number words of `triggers`: searching the prose for the words cost as
/// much as the trigger pass.
pub(super) fn find_spoken_years(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    let starts = triggers
        .starts(kind::NUMBER)
        .filter_map(|start| Some((start, century_at(prose, start)?)));
    for (start, which) in starts {
        let (word, _, century) = CENTURIES[which];
        let end = start + word.len();
        if start > 0 && is_word_byte(bytes[start - 1])
            || bytes.get(end).is_some_and(|b| is_word_byte(*b))
        {
            continue;
        }
        let found = if century < 2000 {
            year_in_century(prose, end).map(|(n, end)| (century + n, end))
        } else {
            let after_and = prose[end..]
                .get(..4)
                .filter(|w| w.eq_ignore_ascii_case(" and"))
                .map_or(end, |_| end + 4);
            let unit = words_from(prose, after_and)
                .next()
                .and_then(|(w, e)| small(w).filter(|n| (1..=19).contains(n)).map(|n| (n, e)));
            let the_year = ends_with_ignore_case(&prose[..start], THE_YEAR);
            match unit {
                Some((n, e)) => Some((2000 + n, e)),
                None if the_year => Some((2000, end)),
                None => None,
            }
        };
        let Some((year, year_end)) = found else {
            continue;
        };
        if bytes.get(year_end).is_some_and(|b| is_word_byte(*b)) {
            continue;
        }
        // "the year" belongs to the expression.
        let start = if ends_with_ignore_case(&prose[..start], THE_YEAR) {
            start - THE_YEAR.len()
        } else {
            start
        };
        out.push(period(
            start,
            year_end,
            PeriodUnit::Year,
            PeriodPosition::Absolute(i32::try_from(year).unwrap_or(i32::MAX)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(text: &str) -> Vec<(String, i32)> {
        crate::extract::tests::years_found(text, |text, out| {
            find_spoken_years(text, &Triggers::of(text), out)
        })
    }

    #[test]
    fn spoken_years() {
        assert_eq!(
            years("In nineteen ninety-six, and again in nineteen oh five and eighteen sixty."),
            [
                ("nineteen ninety-six".to_string(), 1996),
                ("nineteen oh five".to_string(), 1905),
                ("eighteen sixty".to_string(), 1860),
            ]
        );
        assert_eq!(
            years("By the year two thousand, and in two thousand and one."),
            [
                ("the year two thousand".to_string(), 2000),
                ("two thousand and one".to_string(), 2001),
            ]
        );
    }

    #[test]
    fn counts_are_no_years() {
        assert!(years("Two thousand people and nineteen boats came.").is_empty());
        assert!(years("She was nineteen. Nineteen of them left.").is_empty());
    }
}
