//! Seasons named without a full date: "autumn 2004", "the fall of 2011", and alone
//! where nothing else can be meant ("the summer", "early spring", "in winter"). Part of
//! the calendar recogniser ([`super::calendar`]), which matches the season's word; this
//! reads the words around it.

use super::calendar::{period, season, year_after, CG};
use super::scan::{word_before, Groups};
use super::{Mention, PeriodPosition, PeriodUnit, Season};

/// Words that may follow a season named without a year, "the summer" or "in winter",
/// when it is a time and not a noun's modifier ("the winter break", "summer
/// vacation") or a different noun ("the fall of the city").
const AFTER_SEASON: [&str; 22] = [
    "and", "or", "but", "when", "as", "to", "with", "for", "in", "on", "at", "by", "is", "was",
    "will", "would", "has", "had", "after", "before", "until", "than",
];

/// Prepositions that make a bare season ("in spring") a time.
const BEFORE_BARE_SEASON: [&str; 7] = ["in", "during", "over", "until", "since", "by", "through"];

/// A season named with its year ("autumn 2004", "the fall of 2011"), or alone where
/// nothing else can be meant: "the summer", "early spring", "in winter". "Fall" alone
/// is a verb or a drop as often as a season, so it needs its year or "early"/"late".
pub(super) fn season_named(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let word = caps.get(CG.season)?;
    let season = season(word.as_str())?;
    let rest = &prose[word.end()..];
    let whole_word = |lead: &&str, end: usize| {
        crate::extract::ends_with_ignore_case(&prose[..end], lead)
            && !prose[..end - lead.len()].ends_with(|c: char| c.is_ascii_alphanumeric())
    };
    let lead = ["early ", "late ", "mid ", "early-", "late-", "mid-"]
        .iter()
        .find(|lead| whole_word(lead, word.start()));
    let led = lead.is_some();
    let lead_start = word.start() - lead.map_or(0, |lead| lead.len());
    let the = whole_word(&"the ", lead_start);
    let start = lead_start - if the { "the ".len() } else { 0 };
    let year = [" of ", " "]
        .iter()
        .find_map(|gap| year_after(rest, gap).map(|year| (year, gap.len() + 4)));
    if let Some((year, len)) = year {
        // "of 1963" is a year mention of its own, which the TIMEX3 extent joins back;
        // "autumn 2004" is one expression.
        let len = if rest.starts_with(" of ") { 0 } else { len };
        return Some(period(
            start,
            word.end() + len,
            PeriodUnit::Season(season),
            PeriodPosition::Absolute(year),
        ));
    }
    let fall = season == Season::Fall && word.as_str().eq_ignore_ascii_case("fall");
    let preposition = BEFORE_BARE_SEASON.contains(&word_before(&prose[..start]).as_str());
    // "in late fall" is a season; "an early fall in the session" a drop.
    if fall && !(led && preposition) {
        return None;
    }
    if !the && !led && !preposition {
        return None;
    }
    let next = rest.trim_start_matches([' ', '\t']);
    let next_word = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    let ends_phrase = next.is_empty()
        || next.starts_with(['.', ',', ';', ':', ')', '"', '\u{201d}', '\'', '?', '!'])
            && !rest.starts_with("'s");
    let hyphenated = rest.starts_with('-');
    if hyphenated || !(ends_phrase || AFTER_SEASON.contains(&next_word)) {
        return None;
    }
    Some(period(
        start,
        word.end(),
        PeriodUnit::Season(season),
        PeriodPosition::Nth {
            n: 1,
            year_shift: None,
            cue: None,
        },
    ))
}
