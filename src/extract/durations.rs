//! Durations ("84 days", "an hour", "three-week", "about 1.5 years") and relative
//! offsets built on them ("a week before", "two days ago", "forty years from now").
//!
//! One regex finds an optional approximation marker, an amount, a unit and an optional
//! direction word, so "about a week before" is one mention. The fixed phrases ("the day
//! after", "the following week", "yesterday") are [`super::fixed_relatives`]'.
//!
//! Ambiguous idioms are skipped rather than guessed: rates ("twice a day", "$5 a day"),
//! ages ("45-year-old"), "a second" (usually an ordinal) and "one day" (usually "some
//! day") produce nothing unless a direction word makes them an offset.

use std::sync::LazyLock;

use regex_automata::meta;

use super::numbers::{parse_number_words, spelled_number_pattern};
use super::reach::{is_space, tokens_forward, walk_back};
use super::scan::Groups;
use super::scan::{capture_groups, captures_of_match, recogniser_regex, Digits};
use super::triggers::{find_near_triggers, kind, kinds_of, Cursor, Triggers};
use super::{Approx, Direction, Duration, Mention, MentionValue, RelativeOffset, RelativeTo};
use super::{Span, TimeUnit};

static DURATION_RE: LazyLock<meta::Regex> = LazyLock::new(|| {
    let approx = r"about|around|approximately|roughly|some|nearly|almost|more\s+than|over|at\s+least|less\s+than|under|up\s+to|fewer\s+than";
    let digits = r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?";
    let words = spelled_number_pattern();
    let unit = r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|quarters|years?|yrs?|decades?|century|centuries";
    let pattern = format!(
        r"(?i)(?-u:\b)(?:(?P<approx>{approx})\s+)?(?P<amount>(?P<digits>{digits})(?P<slashhalf>(?:\s+|-)1/2)?|(?P<half>half\s+an?|an?\s+half)|(?P<quarterof>an?\s+quarter(?:\s+of\s+an?)?)|(?P<couple>a\s+couple(?:\s+of)?|couple\s+of)|(?P<words>{words})|(?P<single>single)|(?P<article>an?)|(?P<shiftedfortnight>past|last|next|coming|previous))(?P<andhalf>(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?(?:\s+(?:more|further|additional|extra|straight|consecutive|successive|trading|business|working|single|full|whole|entire)(?-u:\b))?(?P<sep>\s+|-)(?P<unit>{unit})(?-u:\b)(?P<andhalf2>\s+and\s+a\s+half(?-u:\b))?(?P<orso>\s+or\s+so(?-u:\b))?(?P<old>(?:\s+|-)olds?(?-u:\b))?(?:\s+(?P<dir>before|after|later|earlier|ago|prior|from\s+now)(?-u:\b))?"
    );
    recogniser_regex(&pattern)
});

capture_groups! {
    /// The groups of [`DURATION_RE`].
    struct DurationGroups {
        old, unit, dir, digits, half, couple, words, sep, andhalf, andhalf2, slashhalf, approx,
        orso, single, quarterof, article, shiftedfortnight,
    }
}

static DG: LazyLock<DurationGroups> = LazyLock::new(|| DurationGroups::of(&DURATION_RE));

/// The unit named by a (case-insensitive) unit word or abbreviation.
pub(super) fn parse_unit(word: &str) -> Option<TimeUnit> {
    let w = word.to_ascii_lowercase();
    let stem = w.trim_end_matches('s');
    Some(match stem {
        "second" | "sec" => TimeUnit::Second,
        "minute" | "min" => TimeUnit::Minute,
        "hour" | "hr" => TimeUnit::Hour,
        "day" => TimeUnit::Day,
        "week" => TimeUnit::Week,
        "fortnight" => TimeUnit::Fortnight,
        "month" => TimeUnit::Month,
        "quarter" => TimeUnit::Quarter,
        "year" | "yr" => TimeUnit::Year,
        "decade" => TimeUnit::Decade,
        "century" | "centurie" => TimeUnit::Century,
        _ => return None,
    })
}

/// The approximation marker a hedge word sets.
fn parse_approx(words: &str) -> Approx {
    let first = words
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match first.as_str() {
        "about" | "around" | "approximately" | "roughly" | "some" => Approx::About,
        "more" | "over" | "at" => Approx::AtLeast,
        "nearly" | "almost" | "less" | "under" | "up" | "fewer" => Approx::AtMost,
        _ => Approx::Exact,
    }
}

/// Digits with optional thousands separators and decimals, in thousandths
/// ("1,200" → 1_200_000, "1.5" → 1_500). Decimals past the third are dropped.
fn parse_digits_milli(s: &str) -> Option<u64> {
    let plain: String = s.chars().filter(|c| *c != ',').collect();
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let whole: u64 = int.parse().ok()?;
    let mut milli = whole.checked_mul(1000)?;
    for (i, c) in frac.chars().take(3).enumerate() {
        let digit = u64::from(c.to_digit(10)?);
        milli = milli.checked_add(digit * 10u64.pow(2 - i as u32))?;
    }
    Some(milli)
}

/// The last whitespace-separated token before `start`, lower-cased.
fn previous_token(prose: &str, start: usize) -> String {
    let before = prose[..start].trim_end();
    before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Third-person verbs ending in "s" that commonly precede "a <unit>" as a length of
/// time ("it takes a week"), so they must not be read as the plural noun of a rate.
const S_VERBS: &[&str] = &[
    "was", "has", "is", "does", "takes", "lasts", "spends", "needs", "gets", "gives", "goes",
    "makes", "requires", "remains", "stays", "its", "this", "his", "as", "us", "plus",
];

/// True when an indefinite "a <unit>" is a rate ("twice a day", "$5 a day",
/// "24 hours a day", "1,000 barrels a day"), not a length of time.
fn is_rate(prose: &str, start: usize) -> bool {
    let prev = previous_token(prose, start);
    let prev = prev.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let plural_noun = prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && prev.bytes().all(|b| b.is_ascii_lowercase())
        && !S_VERBS.contains(&prev);
    matches!(
        prev,
        "once" | "twice" | "thrice" | "times" | "thousand" | "million" | "billion" | "trillion"
    ) || prev.ends_with(|c: char| c.is_ascii_digit())
        || parse_unit(prev).is_some()
        || plural_noun
}

/// True when the unit word is the head of a hyphenated compound that is not a length
/// ("a day-care centre", "year-end results"); "-long" ("a week-long strike") is one.
fn in_other_compound(prose: &str, unit_end: usize) -> bool {
    let rest = &prose[unit_end..];
    let Some(after_hyphen) = rest.strip_prefix('-') else {
        return false;
    };
    let starts_word = after_hyphen.starts_with(|c: char| c.is_ascii_alphabetic());
    let long = after_hyphen
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("long"));
    starts_word && !long
}

/// Whether `rest` starts with "-long" as a whole word ("week-long", not "week-longer").
pub(super) fn long_follows(rest: &str) -> bool {
    rest.get(..5)
        .is_some_and(|r| r.eq_ignore_ascii_case("-long"))
        && !rest[5..].starts_with(|c: char| c.is_alphanumeric())
}

/// True when "a <unit>" is followed by "high" or "low", as in market reports.
fn market_extreme(prose: &str, unit_end: usize) -> bool {
    let next = prose[unit_end..]
        .trim_start()
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    next.eq_ignore_ascii_case("high") || next.eq_ignore_ascii_case("low")
}

/// Reads one duration match into a mention, or `None` when it is an idiom to skip.
fn duration_mention(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    if caps.get(DG.old).is_some() {
        return None; // "45-year-old" is an age.
    }
    let unit_match = caps.get(DG.unit)?;
    let unit = parse_unit(unit_match.as_str())?;
    if in_other_compound(prose, unit_match.end()) {
        return None;
    }
    // "the 1988 second quarter": "second" there is an ordinal, not a unit.
    if unit == TimeUnit::Second
        && unit_match.as_str().eq_ignore_ascii_case("second")
        && prose[unit_match.end()..]
            .trim_start_matches(' ')
            .get(..4)
            .is_some_and(|w| w.eq_ignore_ascii_case("quar") || w.eq_ignore_ascii_case("half"))
    {
        return None;
    }
    // "three-quarters of the vote", "two quarters of the hall": fractions, not time.
    // "two consecutive quarters of growth" counts periods: a fraction has no such word.
    let counted = whole.as_str()[..unit_match.start() - whole.start()]
        .split_whitespace()
        .any(|w| {
            ["consecutive", "straight", "successive"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v))
        });
    if unit == TimeUnit::Quarter
        && (caps.get(DG.sep).is_some_and(|s| s.as_str() == "-")
            || prose[unit_match.end()..].starts_with(" of ") && !counted)
    {
        return None;
    }
    let dir = caps.get(DG.dir).map(|d| d.as_str().to_ascii_lowercase());
    let couple = caps.get(DG.couple).is_some();
    // "a couple of years" and "a week or so" are said loosely.
    let approx = match caps.get(DG.approx) {
        Some(a) => parse_approx(a.as_str()),
        None if couple || caps.get(DG.orso).is_some() => Approx::About,
        None => Approx::Exact,
    };
    let mut indefinite = false;
    let mut milli = if caps.get(DG.shiftedfortnight).is_some() {
        // "the past fortnight" is two weeks long ("the past week" is a calendar week,
        // read elsewhere, and so, more nearly, is "last fortnight").
        let after_the = super::ends_with_ignore_case(&prose[..whole.start()], "the ");
        if unit != TimeUnit::Fortnight || dir.is_some() || !after_the {
            return None;
        }
        1000
    } else if let Some(d) = caps.get(DG.digits) {
        parse_digits_milli(d.as_str())?
    } else if caps.get(DG.half).is_some() {
        500
    } else if caps.get(DG.quarterof).is_some() {
        // "a quarter of a century", "a quarter-century", "a quarter hour".
        250
    } else if couple {
        2000
    } else if caps.get(DG.single).is_some() {
        // "a single-day record", "the biggest single-day drop".
        if caps.get(DG.sep).is_none_or(|s| s.as_str() != "-") {
            return None;
        }
        1000
    } else if let Some(w) = caps.get(DG.words) {
        let text = w.as_str();
        let value = parse_number_words(text)?;
        // "one day he will…" means "some day"; keep it only as an offset, or after a
        // word that makes it a length ("for one day", "fell 6% in one day").
        let hyphenated = caps.get(DG.sep).is_some_and(|s| s.as_str() == "-");
        let measured = ["for", "by", "in", "within", "only", "just", "than", "least"]
            .contains(&super::word_before(&prose[..whole.start()]).as_str());
        let and_a_half = caps.get(DG.andhalf).is_some() || caps.get(DG.andhalf2).is_some();
        if dir.is_none()
            && !hyphenated
            && !and_a_half
            && !measured
            && approx == Approx::Exact
            && unit == TimeUnit::Day
            && text.eq_ignore_ascii_case("one")
        {
            return None;
        }
        value.checked_mul(1000)?
    } else {
        indefinite = true;
        let plural = unit_match.as_str().ends_with(['s', 'S']);
        if plural {
            return None; // "a decades-long silence": the article belongs to the noun.
        }
        if dir.is_none() && (unit == TimeUnit::Second || is_rate(prose, whole.start())) {
            return None; // "a second time", "twice a day".
        }
        if dir.is_none() && market_extreme(prose, unit_match.end()) {
            return None; // "a year low", "a day high".
        }
        1000
    };
    // "2 1/2 years", "an hour and a half".
    if caps.get(DG.andhalf).is_some()
        || caps.get(DG.andhalf2).is_some()
        || caps.get(DG.slashhalf).is_some()
    {
        milli = milli.checked_add(500)?;
    }
    // "three-week" and "a week-long" both modify a noun.
    let adjectival = caps.get(DG.sep).is_some_and(|s| s.as_str() == "-")
        || prose[unit_match.end()..].starts_with('-');
    let by = Duration {
        milli_amount: milli,
        unit,
        indefinite,
        adjectival,
    };
    // "a week-long strike", "a 10-year-long drought": the length is the compound, said
    // loosely; an article belongs to the noun after it.
    let long = long_follows(&prose[unit_match.end()..]);
    if long && dir.is_none() {
        let start = match caps.get(DG.article) {
            Some(_) => unit_match.start(),
            None => whole.start(),
        };
        return Some(Mention {
            span: Span::new(start, unit_match.end() + "-long".len()),
            value: MentionValue::Duration(by),
            // One unit with no number is the unit's order of size; a counted one
            // ("10-year-long") is said as loosely as "about".
            approx: match approx {
                Approx::Exact if caps.get(DG.article).is_some() => Approx::Rough,
                Approx::Exact => Approx::About,
                hedged => hedged,
            },
        });
    }
    let value = match dir.as_deref() {
        // An adjectival form cannot take a direction ("a 10-day later" is not prose);
        // report the duration alone and leave the direction word unclaimed.
        Some(_) if adjectival => {
            return Some(Mention {
                span: Span::new(whole.start(), unit_match.end()),
                value: MentionValue::Duration(by),
                approx,
            });
        }
        Some(d) => MentionValue::Relative(RelativeOffset {
            by,
            direction: if matches!(d, "before" | "earlier" | "ago" | "prior") {
                Direction::Before
            } else {
                Direction::After
            },
            // "forty years from now" counts from the article's date, like "ago".
            relative_to: if d == "ago" || d.starts_with("from") {
                RelativeTo::Anchor
            } else {
                RelativeTo::Event
            },
        }),
        None => MentionValue::Duration(by),
    };
    Some(Mention {
        span: Span::new(whole.start(), whole.end()),
        value,
        approx,
    })
}

/// The words [`DURATION_RE`] can read before the unit, besides number words and the
/// [`HEDGE_WORDS`](super::HEDGE_WORDS): the articles, halves and "a couple of", the modifiers
/// ("two more days", "a full week"), and the words that count "the past fortnight".
pub(super) const WORDS_BEFORE_UNIT: &[&str] = &[
    "half",
    "a",
    "an",
    "couple",
    "of",
    "and",
    "further",
    "additional",
    "extra",
    "straight",
    "consecutive",
    "successive",
    "trading",
    "business",
    "working",
    "single",
    "quarter",
    "full",
    "whole",
    "entire",
    "past",
    "last",
    "next",
    "coming",
    "previous",
];

/// The most tokens (see [`tokens_forward`]) a duration holds from its unit on: the
/// unit, "and a half", "or so", "-", "olds", and a direction word.
const TOKENS_FROM_UNIT: usize = 9;

/// The matches of [`DURATION_RE`], as `find_iter` finds them.
///
/// Every duration holds one unit word, which starts a whole word. Before it there are
/// only number words, [`WORDS_BEFORE_UNIT`], digits with their separators, and
/// spaces or hyphens; after it at most [`TOKENS_FROM_UNIT`] tokens.
fn duration_matches<'h>(
    prose: &'h str,
    triggers: &'h Triggers,
) -> impl Iterator<Item = regex_automata::Match> + 'h {
    let bytes = prose.as_bytes();
    let mut units = Cursor::new(triggers.starts(kind::TIME_UNIT));
    let next_trigger = move |from| units.first_from(from);
    let reach = move |unit| {
        let glue = |b: u8| is_space(b) || matches!(b, b'-' | b'0'..=b'9' | b',' | b'.' | b'/');
        let lead_word = |w: &[u8]| kinds_of(w) & (kind::NUMBER | kind::BEFORE_TIME_UNIT) != 0;
        walk_back(bytes, unit, glue, lead_word, 0)..tokens_forward(bytes, unit, TOKENS_FROM_UNIT)
    };
    find_near_triggers(&DURATION_RE, prose, next_trigger, reach)
}

/// Finds durations and the relative offsets built on them, in `prose` whose trigger
/// words are `triggers`.
pub(super) fn find_durations(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    for m in duration_matches(prose, triggers) {
        // The pattern names particular digits ("1/2").
        let Some(caps) = captures_of_match(&DURATION_RE, Digits::Distinct, prose, m.range()) else {
            continue;
        };
        let Some(mut mention) = duration_mention(prose, &caps) else {
            continue;
        };
        out.extend(super::ranges::lower_end_of_range(prose, &mut mention));
        out.push(mention);
    }
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&DURATION_RE);
}

#[cfg(test)]
#[path = "durations_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "durations_compound_tests.rs"]
mod compound_tests;

#[cfg(test)]
#[path = "durations_relative_tests.rs"]
mod relative_tests;
