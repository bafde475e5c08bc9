//! Years, decades and centuries named by number: "the 1990s", "the early '80s", "the
//! 20th century", "'82", and a year written alone where only a year can be meant ("the
//! 1996 Olympics", "in 2019"). Part of the calendar recogniser ([`super::calendar`]),
//! which matches them; this reads the match.

use super::calendar::{period, CG};
use super::scan::{starts_with_ignore_case, word_before, Groups};
use super::{Mention, PeriodPosition, PeriodUnit};

pub(super) fn absolute(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    if caps.get(CG.decade).is_some() {
        let mut start = whole.start();
        let before = &prose[..whole.start()];
        // "temperatures in the 80s", "highs in the nineties", "the seventies percent"
        // are degrees and shares.
        let reads_as_measure = || {
            let rest = prose[whole.end()..].trim_start();
            let sentence = &before[before.rfind(['.', '\n']).map_or(0, |i| i + 1)..];
            let sentence_rest = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
            ["degree", "°", "percent", "%"]
                .iter()
                .any(|unit| starts_with_ignore_case(rest, unit))
                || [sentence, sentence_rest].iter().any(|part| {
                    part.contains("emperature")
                        || part
                            .split(|c: char| !c.is_alphabetic())
                            .any(|word| ["highs", "lows"].contains(&word.to_lowercase().as_str()))
                })
        };
        let decade = match (caps.get(CG.dc), caps.get(CG.dd), caps.get(CG.dd2)) {
            (Some(c), Some(d), _) => {
                c.as_str().parse::<i32>().ok()? * 100 + d.as_str().parse::<i32>().ok()? * 10
            }
            // "the '80s": the twentieth century is the one news prose abbreviates. "80s"
            // without its apostrophe is an age ("in his 80s") or a model ("KC-30s")
            // unless "the" or a decade before it in a list makes it a decade.
            (_, _, Some(d)) => {
                // "and ’60s": an apostrophe after a space is no word boundary, so the
                // pattern leaves it out of the match.
                let bare_apostrophe = ["'", "\u{2019}"]
                    .into_iter()
                    .find(|a| prose[..whole.start()].ends_with(a) && caps.get(CG.apos).is_none());
                start -= bare_apostrophe.map_or(0, str::len);
                let written_as_decade = caps.get(CG.apos).is_some()
                    || bare_apostrophe.is_some()
                    || starts_with_ignore_case(whole.as_str(), "the")
                    || follows_decade(&prose[..whole.start()]);
                if !written_as_decade || reads_as_measure() {
                    return None;
                }
                1900 + d.as_str().parse::<i32>().ok()? * 10
            }
            // "the nineties": like "the '90s", of the twentieth century, and only with
            // "the" ("in her sixties" is an age).
            _ => {
                let word = caps.get(CG.dw)?.as_str().to_ascii_lowercase();
                let tens = DECADE_WORDS.iter().position(|w| *w == word)? as i32 + 2;
                if !starts_with_ignore_case(whole.as_str(), "the") || reads_as_measure() {
                    return None;
                }
                1900 + tens * 10
            }
        };
        return Some(period(
            start,
            whole.end(),
            PeriodUnit::Decade,
            PeriodPosition::Absolute(decade),
        ));
    }
    if let Some(yy) = caps.get(CG.yy) {
        return two_digit_year(prose, yy.start(), yy.end());
    }
    if caps.get(CG.century).is_some() {
        let n: i32 = caps.get(CG.cn)?.as_str().parse().ok()?;
        return (1..=21).contains(&n).then(|| {
            period(
                whole.start(),
                whole.end(),
                PeriodUnit::Century,
                PeriodPosition::Absolute(n),
            )
        });
    }
    let year = caps.get(CG.year)?;
    year_period(prose, year.start(), year.end())
}

/// The decades spelled out, from the twenties.
const DECADE_WORDS: [&str; 8] = [
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// A four-digit year standing alone ("the 1996 Olympics") at `start..end`.
/// Whether a decade ends the text before a list separator: "the 1970s and" before
/// "80s", "the 1960s, 70s and" before "80s". The earlier item must itself be a decade
/// (four digits, an apostrophe, or "the" before it), so "in their 70s and 80s" is
/// ages throughout.
fn follows_decade(before: &str) -> bool {
    let before = before.trim_end();
    let Some(before) = ["and", "or", "to", ",", "-"]
        .iter()
        .find_map(|sep| before.strip_suffix(sep))
    else {
        return false;
    };
    let before = before.trim_end();
    let Some(stem) = before
        .strip_suffix("0s")
        .or_else(|| before.strip_suffix("0's"))
    else {
        return false;
    };
    let digits = stem.len() - stem.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let item_start = stem.len() - digits;
    match digits {
        // "1970s".
        3 => true,
        // "70s": a decade if written as one ("'70s", "the 70s") or listed after one.
        1 => {
            let head = &stem[..item_start];
            head.ends_with('\'')
                || crate::extract::ends_with_ignore_case(head, "the ")
                || follows_decade(head)
        }
        _ => false,
    }
}

/// "since '82": a year cut to two digits after a preposition. "iLife '11" and "'60
/// Minutes" are names. Only '50 to '99 are read (as 19xx): which century "'47" is in
/// depends on the article date, which extraction does not know, so it abstains.
fn two_digit_year(prose: &str, start: usize, end: usize) -> Option<Mention> {
    let spaced = prose[..start].ends_with([' ', '\t']);
    let after = &prose[end..];
    let joined = after.starts_with(['-', '\'', '/', '.'])
        && after[1..].starts_with(|c: char| c.is_ascii_alphanumeric());
    if !spaced || joined || !YEAR_PREPOSITIONS.contains(&word_before(&prose[..start]).as_str()) {
        return None;
    }
    // The two digits after the apostrophe, straight or curly.
    let yy: i32 = prose.get(end.checked_sub(2)?..end)?.parse().ok()?;
    if yy < 50 {
        return None;
    }
    let year = 1900 + yy;
    Some(period(
        start,
        end,
        PeriodUnit::Year,
        PeriodPosition::Absolute(year),
    ))
}

/// Prepositions that make "'82" a year.
const YEAR_PREPOSITIONS: [&str; 8] = [
    "since", "in", "from", "until", "till", "before", "after", "during",
];

pub(super) fn year_period(prose: &str, start: usize, end: usize) -> Option<Mention> {
    let value: i32 = prose.get(start..end)?.parse().ok()?;
    // "post-1959 exiles", "pre-2008 levels": TimeML marks the prefix with the year.
    let start = ["pre-", "post-"]
        .iter()
        .find(|p| {
            crate::extract::ends_with_ignore_case(&prose[..start], p)
                && word_before(&prose[..start - 1]).len() == p.len() - 1
        })
        .map_or(start, |p| start - p.len());
    if !standalone_year(prose, start, end) {
        return None;
    }
    Some(period(
        start,
        end,
        PeriodUnit::Year,
        PeriodPosition::Absolute(value),
    ))
}

/// Whether four digits read as a year rather than an amount, a code or part of a number:
/// no currency sign, thousands separator or decimal point next to them, and no unit
/// that makes them a quantity after them.
fn standalone_year(prose: &str, start: usize, end: usize) -> bool {
    let before = prose[..start].chars().next_back();
    if matches!(
        before,
        Some('$' | '#' | '£' | '€' | '.' | ',' | '-' | '/' | ':' | '+')
    ) {
        return false;
    }
    let after = &prose[end..];
    let mut next = after.chars();
    let first = next.next();
    let digit_follows = next.next().is_some_and(|c| c.is_ascii_digit());
    if matches!(first, Some('%' | '-'))
        || (matches!(first, Some('.' | ',' | '/' | ':')) && digit_follows)
    {
        return false;
    }
    let word = after
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    !matches!(
        word.as_str(),
        "percent"
            | "people"
            | "troops"
            | "jobs"
            | "shares"
            | "members"
            | "workers"
            | "miles"
            | "feet"
            | "meters"
            | "kilometers"
            | "tons"
            | "points"
            | "employees"
            | "soldiers"
            | "residents"
            | "hours"
            | "votes"
            | "students"
            | "pounds"
            | "dollars"
            | "yen"
            | "cases"
            | "times"
            | "units"
            | "acres"
            | "cars"
            | "homes"
            | "deaths"
    )
}
