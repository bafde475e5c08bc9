//! Fixed relative phrases: "the day before", "the next week", "the year after",
//! "yesterday", "tomorrow", "the day before yesterday". Offsets of one unit (two for
//! "the week after next") from the article's date or from an event the text names.

use std::sync::LazyLock;

use regex_automata::meta;

use super::durations::parse_unit;
use super::reach::{is_space, tokens_forward, walk_back};
use super::scan::{capture_groups, captures_of_match, recogniser_regex, Digits};
use super::triggers::{find_near_triggers, kind, kinds_of, Cursor, Triggers};
use super::{Approx, Direction, Duration, Mention, MentionValue, RelativeOffset, RelativeTo};
use super::{Span, TimeUnit};

static FIXED_RELATIVE_RE: LazyLock<meta::Regex> = LazyLock::new(|| {
    recogniser_regex(
        // The leading words are spelled only in the three cases news uses.
        r"(?-u:\b)(?:(?:the|The|THE)\s+(?i:(?P<u1>day|week|month|year)\s+(?P<dir1>before|after|earlier|later|prior))|(?:the|The|THE)\s+(?i:(?P<dir2>next|following|previous|prior|preceding)\s+(?P<u2>day|week|month|year))|(?P<yesterday>yesterday|Yesterday|YESTERDAY)|(?P<tomorrow>tomorrow|Tomorrow|TOMORROW))(?-u:\b)",
    )
});

capture_groups! {
    /// The groups of [`FIXED_RELATIVE_RE`].
    struct FixedGroups { yesterday, tomorrow, u1, dir1, u2, dir2 }
}

static FG: LazyLock<FixedGroups> = LazyLock::new(|| FixedGroups::of(&FIXED_RELATIVE_RE));

/// The words [`FIXED_RELATIVE_RE`] can read before its unit: "the next day".
pub(super) const WORDS_BEFORE_FIXED_UNIT: &[&str] =
    &["the", "next", "following", "previous", "prior", "preceding"];

/// The matches of [`FIXED_RELATIVE_RE`], as `find_iter` finds them.
///
/// Every phrase holds a unit or "yesterday" or "tomorrow" as a whole word, with at most
/// [`WORDS_BEFORE_FIXED_UNIT`] before it and a direction word after it.
fn fixed_relative_matches<'h>(
    prose: &'h str,
    triggers: &'h Triggers,
) -> impl Iterator<Item = regex_automata::Match> + 'h {
    let bytes = prose.as_bytes();
    let mut words = Cursor::new(triggers.starts(kind::FIXED_RELATIVE));
    let next_trigger = move |from| words.first_from(from);
    let reach = move |word| {
        let lead_word = |w: &[u8]| kinds_of(w) & kind::BEFORE_FIXED_RELATIVE != 0;
        walk_back(bytes, word, is_space, lead_word, 0)..tokens_forward(bytes, word, 2)
    };
    find_near_triggers(&FIXED_RELATIVE_RE, prose, next_trigger, reach)
}

/// Finds fixed relative phrases: "the day before", "the next day", "yesterday", in
/// `prose` whose trigger words are `triggers`.
pub(super) fn find_fixed_relatives(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    for m in fixed_relative_matches(prose, triggers) {
        let Some(caps) = captures_of_match(&FIXED_RELATIVE_RE, Digits::Distinct, prose, m.range())
        else {
            continue;
        };
        let Some(whole) = caps.get(0) else { continue };
        let (unit, direction, relative_to) = if caps.get(FG.yesterday).is_some() {
            (TimeUnit::Day, Direction::Before, RelativeTo::Anchor)
        } else if caps.get(FG.tomorrow).is_some() {
            (TimeUnit::Day, Direction::After, RelativeTo::Anchor)
        } else {
            let (u, d) = match (caps.get(FG.u1), caps.get(FG.dir1)) {
                (Some(u), Some(d)) => (u, d),
                _ => match (caps.get(FG.u2), caps.get(FG.dir2)) {
                    (Some(u), Some(d)) => (u, d),
                    _ => continue,
                },
            };
            let Some(unit) = parse_unit(u.as_str()) else {
                continue;
            };
            let d = d.as_str().to_ascii_lowercase();
            let direction = match d.as_str() {
                "before" | "earlier" | "prior" | "previous" | "preceding" => Direction::Before,
                _ => Direction::After,
            };
            if in_the_day_then_a_clause(prose, whole.start(), whole.end()) {
                continue;
            }
            if caps.get(FG.u1).is_some() {
                if let Some(mention) = two_back_or_on(prose, whole.start(), whole.end(), unit, &d) {
                    out.push(mention);
                    continue;
                }
            }
            (unit, direction, RelativeTo::Event)
        };
        out.push(Mention {
            span: Span::new(whole.start(), whole.end()),
            value: MentionValue::Relative(RelativeOffset {
                by: Duration {
                    milli_amount: 1000,
                    unit,
                    indefinite: false,
                    adjectival: false,
                },
                direction,
                relative_to,
            }),
            approx: Approx::Exact,
        });
    }
}

/// Whether the "the day before" or "the day after" at `start..end` is "the day" of the
/// text followed by a clause: "fell earlier in the day before rallying", "rebounded
/// late in the day after falling". After "earlier in", "late in" and the like, with a
/// gerund next, "before" and "after" join a clause, not a day; "in the day before
/// voting began" is still the day before the vote.
pub(super) fn in_the_day_then_a_clause(prose: &str, start: usize, end: usize) -> bool {
    let before = prose[..start].trim_end();
    let Some(before_in) = before.strip_suffix("in").filter(|b| b.ends_with(' ')) else {
        return false;
    };
    ["earlier", "later", "early", "late"].contains(&super::word_before(before_in).as_str())
        && prose[end..]
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
}

/// Whether `word` names a time that "last" or "next" before it would belong to: a
/// unit, a weekday, a month, a season or a part of the day.
fn starts_a_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    parse_unit(&lower).is_some()
        || super::dates::is_month_or_weekday_name(word)
        || [
            "weekend",
            "night",
            "morning",
            "afternoon",
            "evening",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "season",
            "term",
            "time",
        ]
        .contains(&lower.as_str())
}

/// "the day before yesterday", "the week after next", "the year before last": two
/// units from the article date's, over `start..end` ("the day before") and the word
/// after it. `None` when that word is not one of these, or starts a phrase of its own
/// ("the day before last week's vote").
fn two_back_or_on(
    prose: &str,
    start: usize,
    end: usize,
    unit: TimeUnit,
    direction: &str,
) -> Option<Mention> {
    let rest = prose[end..].strip_prefix(' ')?;
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    let word = rest[..word_len].to_ascii_lowercase();
    let back = match (direction, word.as_str()) {
        ("before", "last" | "yesterday") => true,
        ("after", "next" | "tomorrow") => false,
        _ => return None,
    };
    if matches!(word.as_str(), "last" | "next") {
        // "last week's vote", "next Monday": the word belongs to a time after it.
        let after = &rest[word_len..];
        let next_word = after
            .strip_prefix(' ')
            .unwrap_or_default()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        if after.starts_with("'s") || starts_a_time(next_word) {
            return None;
        }
    }
    let span = Span::new(start, end + 1 + word_len);
    let value = match unit {
        TimeUnit::Day => MentionValue::Relative(RelativeOffset {
            by: Duration {
                milli_amount: 2000,
                unit,
                indefinite: false,
                adjectival: false,
            },
            direction: if back {
                Direction::Before
            } else {
                Direction::After
            },
            relative_to: RelativeTo::Anchor,
        }),
        _ => {
            let unit = match unit {
                TimeUnit::Week => super::PeriodUnit::Week,
                TimeUnit::Month => super::PeriodUnit::Month,
                TimeUnit::Year => super::PeriodUnit::Year,
                _ => return None,
            };
            MentionValue::Period(super::PeriodExpr {
                unit,
                position: super::PeriodPosition::Shift(if back { -2 } else { 2 }),
            })
        }
    };
    Some(Mention {
        span,
        value,
        approx: Approx::Exact,
    })
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&FIXED_RELATIVE_RE);
}

#[cfg(test)]
#[path = "fixed_relatives_tests.rs"]
mod tests;
