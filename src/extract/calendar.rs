//! Calendar periods named without a full date: "last week", "this month", "the third
//! quarter", "last summer", "tonight", "in March", "the 1990s", "the 20th century" and
//! years written without a preposition ("the 1996 Olympics").
//!
//! Extents follow the TIMEX3 guidelines: a cue that says which period ("last", "this",
//! "next", "earlier this", "early") and a leading "the" belong to the expression; a
//! preposition before it does not.

use std::sync::LazyLock;

use regex_automata::meta;

use super::scan::{capture_groups, captures_of_match, recogniser_regex, Digits, Groups};
use super::{references, PeriodUnit, Season, Span};
use super::{Direction, Mention, MentionValue, PartOfDay, PeriodExpr, PeriodPosition};

/// "last week", "earlier this month", "early next year", "this summer", "next spring",
/// "last fiscal year", "the next fiscal year".
const SHIFTED: &str = r"(?i:(?-u:\b)(?P<scue>(?:(?:early|earlier|late|later|mid)(?:\s+|-))?(?:last|this|next|this\s+past|this\s+coming|the\s+current|the\s+full|the\s+last|the\s+past|the\s+next|the\s+previous|the\s+coming))\s+(?P<sfiscal>fiscal\s+)?(?P<sunit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)(?-u:\b)(?:'s)?)";

/// Seasons without "last", "this" or "next": "autumn 2004", "the winter of 1994",
/// "the summer", "early spring", "in winter". Only the season's word is matched (a
/// leading "the" or "early" in the pattern made every "the" a state of the scan);
/// [`super::seasons::season_named`] reads the words around it and settles which name a season.
const SEASON: &str = r"(?i:(?-u:\b)(?P<season>spring|summer|autumn|winter|fall)(?-u:\b))";

/// "the third quarter", "third-quarter", "last year's first quarter", "the second half",
/// "the fiscal first quarter", "the last half of 1989", "Q4".
const NTH: &str = r"(?i:(?-u:\b)(?P<nthe>the\s+)?(?:(?P<nyr>this|last|next)\s+year's\s+|(?P<nago>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?(?:(?P<nord>first|second|third|fourth|final|1st|2nd|3rd|4th)(?P<nsep>\s+|-)(?:fiscal\s+)?(?P<nunit>quarter|half)|(?P<nlasthalf>(?:last|latter)\s+half)|(?-i:Q(?P<nq>[1-4])))(?-u:\b))";

/// "the quarter", "the latest quarter", "the year-earlier period", "year-ago".
const LATEST: &str = r"(?i:(?-u:\b)(?:(?P<latest>the\s+(?:latest\s+|most\s+recent\s+)?quarter|the\s+latest\s+period)|(?P<earlier>(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?))(?-u:\b))";

/// "today", "tonight", "this morning", "mid-afternoon", "late morning", "the afternoon",
/// "last night", "the weekend", "the (same) day", "the new year".
const DAY: &str = r"(?i:(?-u:\b)(?:(?P<today>today)|(?P<tonight>tonight)|this\s+(?P<part>morning|afternoon|evening)|(?:the\s+)?(?:mid(?:-|\s+)?|(?:early|late)(?:-|\s+))(?P<midpart>morning|afternoon|evening)|(?P<thepart>the\s+(?:morning|afternoon|evening))|(?P<lastnight>last\s+night)|(?P<weekend>the\s+weekend)|(?P<yearend>year-end|year's\s+end|year\s+end)|(?-i:(?P<newyear>[Tt]he\s+new\s+year))|(?P<theday>the\s+(?:same\s+)?day))(?-u:\b))";

/// Periods of the date the text last named: "that year", "later that month", "earlier
/// that day", "that same morning", "the same year", "that quarter", "the same period
/// last year", "the corresponding period a year earlier". ("The same day" is [`DAY`]'s.)
/// "The end of the year", "earlier in the month" and "a high for the year" are of the
/// same kind: the year or month in focus ("the end of the decade" is the article's).
const ANAPHORIC: &str = r"(?i:(?-u:\b)(?:(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+(?:same|corresponding|comparable))\s+(?P<aunit>day|week|month|quarter|period|year|morning|afternoon|evening|night)|the\s+(?P<pshift>next|following|previous|preceding)\s+(?P<ppart>morning|afternoon|evening|night)|(?:the\s+(?:end|beginning|start|middle)\s+of|(?:earlier|later)\s+in)\s+the\s+(?P<aunit2>year|month|decade)|(?:for|of|during|over|through|throughout)\s+(?P<focus>the\s+(?:(?:entire|whole)\s+)?(?P<aunit3>year|month|week)))(?-u:\b))";

/// Month names standing without a day: "in March", "late November", "last April".
/// Case-sensitive, so "may" the verb is never read; "May" itself needs a cue before it.
const MONTH: &str = r"(?-u:\b)(?P<mcue>(?:(?i:early|late|mid)(?:\s+|-)|(?i:last|this|next)\s+))?(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)";

/// "the 1990s", "the mid-1980s", "the '80s" (or with a curly apostrophe), "the 80s",
/// "the nineties",
/// "the 20th century", "since '82", and four-digit years 1900–2099 standing alone.
const ABSOLUTE: &str = r"(?:(?i:(?-u:\b)(?:(?P<decade>(?:the\s+)?(?:(?:early|mid|late)(?:\s+|-))?(?:(?P<dc>1[0-9]|20)(?P<dd>[0-9])0'?s|(?P<apos>'|\x{2019})?(?P<dd2>[0-9])0s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))|(?P<century>(?:the\s+)?(?P<cn>[0-9]{1,2})(?:st|nd|rd|th)(?:\s+|-)century)|(?P<year>(?:19|20)[0-9]{2}))(?-u:\b))|(?P<yy>(?:'|\x{2019})[0-9]{2})(?-u:\b))";

/// All calendar, reference, recurrence and vague-duration forms in one pattern, so the
/// text is scanned once for all of them. Where two start at the same place the earlier
/// alternative wins: "last year's first quarter" before "last year", "the past few
/// weeks" before "the past".
static ALL_RE: LazyLock<meta::Regex> = LazyLock::new(|| {
    let pattern = [
        ("nth", NTH),
        ("latest", LATEST),
        ("shifted", SHIFTED),
        ("season", SEASON),
        ("day", DAY),
        ("anaphoric", ANAPHORIC),
        ("month", MONTH),
        ("absolute", ABSOLUTE),
        ("vague", references::VAGUE),
        ("reference", references::REFERENCE),
        ("set", references::SET),
    ]
    .iter()
    .map(|(name, p)| format!("(?P<k_{name}>{p})"))
    .collect::<Vec<_>>()
    .join("|");
    recogniser_regex(&pattern)
});

capture_groups! {
    /// The groups of [`ALL_RE`], for this module and `references`.
    pub(super) struct CalendarGroups {
        k_nth, k_latest, k_shifted, k_season, k_day, k_anaphoric, k_month, k_absolute, k_vague, k_reference,
        scue, sfiscal, sunit, season, nthe, nyr, nago, nord, nsep, nunit, nlasthalf, nq, latest, today, tonight, part,
        midpart, thepart, lastnight, yearend, newyear, theday, aunit, pshift, ppart, aunit2, focus, aunit3, mcue, month, decade, dc, dd, apos, dd2, dw, yy, century, cn, year,
        present, past, adverb, setn, setunit, slot, slotmonth, weekends, freq, perunit, lunit, q, vunit,
    }
}

pub(super) static CG: LazyLock<CalendarGroups> = LazyLock::new(|| CalendarGroups::of(&ALL_RE));

/// Finds every calendar period, reference, recurrence and vague duration in `prose`.
pub(super) fn find_calendar_forms(prose: &str, out: &mut Vec<Mention>) {
    for m in ALL_RE.find_iter(prose) {
        // A quarter of all matches are bare years, and only the year alternative matches
        // four digits alone: read it without resolving capture groups, which costs more
        // than finding the match.
        let digits = prose.as_bytes().get(m.range()).unwrap_or_default();
        if m.len() == 4 && digits.iter().all(u8::is_ascii_digit) {
            out.extend(super::calendar_years::year_period(
                prose,
                m.start(),
                m.end(),
            ));
            continue;
        }
        let Some(caps) = captures_of_match(&ALL_RE, Digits::Distinct, prose, m.range()) else {
            continue;
        };
        let found = if caps.get(CG.k_nth).is_some() {
            nth(prose, &caps)
        } else if caps.get(CG.k_latest).is_some() {
            latest(&caps)
        } else if caps.get(CG.k_shifted).is_some() {
            shifted(prose, &caps)
        } else if caps.get(CG.k_season).is_some() {
            super::seasons::season_named(prose, &caps)
        } else if caps.get(CG.k_day).is_some() {
            super::calendar_days::day(prose, &caps)
        } else if caps.get(CG.k_anaphoric).is_some() {
            anaphoric(prose, &caps)
        } else if caps.get(CG.k_month).is_some() {
            month(prose, &caps)
        } else if caps.get(CG.k_absolute).is_some() {
            super::calendar_years::absolute(prose, &caps)
        } else if caps.get(CG.k_vague).is_some() {
            references::vague(prose, &caps)
        } else if caps.get(CG.k_reference).is_some() {
            references::reference(prose, &caps)
        } else {
            references::set(prose, &caps)
        };
        out.extend(found);
    }
}

fn latest(caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let position = if caps.get(CG.latest).is_some() {
        PeriodPosition::Latest
    } else {
        PeriodPosition::YearEarlier
    };
    Some(period(
        whole.start(),
        whole.end(),
        PeriodUnit::Quarter,
        position,
    ))
}

/// A period mention over `start..end`.
pub(super) fn period(
    start: usize,
    end: usize,
    unit: PeriodUnit,
    position: PeriodPosition,
) -> Mention {
    Mention {
        span: Span::new(start, end),
        value: MentionValue::Period(PeriodExpr { unit, position }),
        approx: Default::default(),
    }
}

pub(super) fn season(word: &str) -> Option<Season> {
    Some(match word.to_ascii_lowercase().as_str() {
        "spring" => Season::Spring,
        "summer" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" => Season::Winter,
        _ => return None,
    })
}

fn shifted(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let cue = caps.get(CG.scue)?.as_str().to_ascii_lowercase();
    // "the last week of March", "the past year of his term": a part of what follows,
    // not the period before this one. ("A profit for the last year of $2.7 billion"
    // is last year's.)
    if cue.starts_with("the ") {
        if let Some(of) = prose[whole.end()..].strip_prefix(" of ") {
            // "the last week of 2021" names a year; "of $2.7 billion" an amount.
            let amount = year_after(of, "").is_none()
                && of
                    .trim_start_matches(|c: char| c.is_ascii_uppercase())
                    .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'));
            if !amount {
                return None;
            }
        }
    }
    let unit_word = caps.get(CG.sunit)?.as_str();
    let fiscal = caps.get(CG.sfiscal).is_some();
    if fiscal && !["year", "quarter"].contains(&unit_word.to_ascii_lowercase().as_str()) {
        return None;
    }
    // The possessive ("last year's profit") stays outside the extent.
    let end = caps.get(CG.sunit)?.end();
    let last_word = cue.split_whitespace().last().unwrap_or_default();
    let last_word = last_word.rsplit('-').next().unwrap_or(last_word);
    // "the next year" and "the previous month" count from the event before them (the
    // fixed relatives read them). A fiscal year named so counts from the year in focus
    // ("fiscal 2019 … the previous fiscal year" is 2018); "the next decade" is the
    // article's next one, with the extent "next decade". "The coming year", like "this
    // coming year", counts from the time of writing; "the coming winter", written in
    // December, may be the one begun, so seasons are left alone.
    if cue.split_whitespace().eq(["the", "coming"]) && season(unit_word).is_some() {
        return None;
    }
    let counts_from_event = ["the next", "the previous"]
        .iter()
        .any(|c| cue.split_whitespace().eq(c.split_whitespace()));
    let start = match (counts_from_event, fiscal) {
        (false, _) => whole.start(),
        (true, true) if unit_word.eq_ignore_ascii_case("year") => {
            let year_shift = if last_word == "previous" { -1 } else { 1 };
            let position = PeriodPosition::Anaphoric { shift: year_shift };
            return Some(period(whole.start(), end, PeriodUnit::Year, position));
        }
        (true, false) if last_word == "next" => {
            // The cue's last word, after whatever space (a no-break space is two bytes).
            let cue = caps.get(CG.scue)?;
            let (at, space) = cue
                .as_str()
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())?;
            cue.start() + at + space.len_utf8()
        }
        (true, _) => return None,
    };
    let (shift, direction) = match last_word {
        "last" => (-1, Some(Direction::Before)),
        "next" => (1, Some(Direction::After)),
        "past" => (-1, Some(Direction::Before)),
        "coming" => (1, Some(Direction::After)),
        _ => (0, None),
    };
    if let Some(season) = season(unit_word) {
        let position = PeriodPosition::Nth {
            n: 1,
            year_shift: None,
            cue: direction,
        };
        let position = match direction {
            None => PeriodPosition::Nth {
                n: 1,
                year_shift: Some(0),
                cue: None,
            },
            Some(_) => position,
        };
        return Some(period(start, end, PeriodUnit::Season(season), position));
    }
    let unit = match unit_word.to_ascii_lowercase().as_str() {
        "week" => PeriodUnit::Week,
        "weekend" => PeriodUnit::Weekend,
        "month" => PeriodUnit::Month,
        "year" => PeriodUnit::Year,
        "quarter" => PeriodUnit::Quarter,
        "decade" => PeriodUnit::Decade,
        "century" => PeriodUnit::Century,
        _ => return None,
    };
    Some(period(start, end, unit, PeriodPosition::Shift(shift)))
}

fn ordinal(word: &str) -> Option<u32> {
    Some(match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        // "the final quarter"; a final half is the second, settled in `nth`.
        "final" => 4,
        _ => return None,
    })
}

fn nth(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    // "the last half of 1989" is its second half; "in the last half" alone could be the
    // last half of anything.
    if caps.get(CG.nlasthalf).is_some() {
        let year = year_after(&prose[whole.end()..], " of ")?;
        let start = caps.get(CG.nthe).map_or(whole.start(), |the| the.start());
        return Some(period(
            start,
            whole.end(),
            PeriodUnit::Half,
            PeriodPosition::NthOf { n: 2, year },
        ));
    }
    let (mut n, unit) = match caps.get(CG.nq) {
        // "Q4", "Q3 2011": a quarter, as business copy abbreviates it.
        Some(q) => (q.as_str().parse().ok()?, PeriodUnit::Quarter),
        None => {
            let word = caps.get(CG.nord)?.as_str();
            let n = ordinal(word)?;
            let unit = match caps.get(CG.nunit)?.as_str().to_ascii_lowercase().as_str() {
                "quarter" => PeriodUnit::Quarter,
                _ if word.eq_ignore_ascii_case("final") => PeriodUnit::Half,
                _ if n <= 2 => PeriodUnit::Half,
                _ => return None,
            };
            (n, unit)
        }
    };
    if caps
        .get(CG.nord)
        .is_some_and(|w| w.as_str().eq_ignore_ascii_case("final"))
        && unit == PeriodUnit::Half
    {
        n = 2;
    }
    let year_shift = match caps.get(CG.nyr).map(|m| m.as_str().to_ascii_lowercase()) {
        // "the year-ago third quarter" is the one a year before the article's.
        None if caps.get(CG.nago).is_some() => -1,
        Some(w) if w == "last" => -1,
        Some(w) if w == "next" => 1,
        _ => 0,
    };
    // "the third-quarter loss": the article belongs to the noun, not to the modifier.
    let start = match (caps.get(CG.nthe), caps.get(CG.nsep)) {
        // "the Q3 results": the article belongs to the noun.
        (Some(the), _) if caps.get(CG.nq).is_some() => the.end(),
        (Some(the), Some(sep))
            if sep.as_str() == "-" && caps.get(CG.nyr).is_none() && caps.get(CG.nago).is_none() =>
        {
            the.end()
        }
        _ => whole.start(),
    };
    // "the second half of 2019-20" is a half of a season, no calendar half-year.
    let of_a_season = prose[whole.end()..]
        .strip_prefix(" of ")
        .and_then(|rest| {
            rest.get(4..)
                .filter(|_| rest.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        })
        .is_some_and(super::ranges::continues_a_year_range);
    if of_a_season {
        return None;
    }
    // "the third quarter of 1990", and in tables and wire copy "fourth-quarter 2006".
    let rest = &prose[whole.end()..];
    let position = match year_after(rest, " of ").or_else(|| year_after(rest, " ")) {
        Some(year) if caps.get(CG.nyr).is_none() && caps.get(CG.nago).is_none() => {
            PeriodPosition::NthOf { n, year }
        }
        _ => PeriodPosition::Nth {
            n,
            year_shift: Some(year_shift),
            cue: None,
        },
    };
    Some(period(start, whole.end(), unit, position))
}

/// The four-digit year (1800–2199) that `rest` starts with after `gap`, standing alone.
pub(super) fn year_after(rest: &str, gap: &str) -> Option<i32> {
    let digits = rest.strip_prefix(gap)?.get(..4)?;
    let after = &rest[gap.len() + 4..];
    // "of 1989-90" names a season across two years, not the first of them.
    if !digits.bytes().all(|b| b.is_ascii_digit())
        || after.starts_with(|c: char| c.is_ascii_alphanumeric())
        || super::ranges::continues_a_year_range(after)
    {
        return None;
    }
    let year: i32 = digits.parse().ok()?;
    (1800..=2199).contains(&year).then_some(year)
}

/// What may follow "the same month" to move it a year back. ("A year earlier" is a
/// relative offset of its own, which the TIMEX3 extents join to it.)
const YEAR_BACK: [&str; 4] = [
    " last year",
    " of last year",
    " of the last year",
    " of the previous year",
];

/// Words after "for the year" that make it a span of its own or another period.
const FOCUS_ENDS: [&str; 13] = [
    "ended",
    "ending",
    "to",
    "through",
    "ago",
    "earlier",
    "before",
    "after",
    "later",
    "prior",
    "old",
    "following",
    "when",
];

/// Whether the unit word of an anaphoric period is `unit` ("week").
fn unit_word_is(caps: &Groups<'_>, unit: &str) -> bool {
    caps.get(CG.aunit3)
        .is_some_and(|w| w.as_str().eq_ignore_ascii_case(unit))
}

fn anaphoric(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    // "the next morning", "the previous night": a part of the day after or before the
    // day the text last named.
    if let (Some(shift), Some(part)) = (caps.get(CG.pshift), caps.get(CG.ppart)) {
        let days = match shift.as_str().to_ascii_lowercase().as_str() {
            "next" | "following" => 1,
            _ => -1,
        };
        let part = PartOfDay::from_word(part.as_str())?;
        return Some(period(
            whole.start(),
            whole.end(),
            PeriodUnit::PartOfDay(part),
            PeriodPosition::Anaphoric { shift: days },
        ));
    }
    let rest = &prose[whole.end()..];
    // "that year's budget" still names the year; "the same day-long strike" no day.
    if rest.starts_with('-') {
        return None;
    }
    let year_back = YEAR_BACK.iter().find(|suffix| {
        rest.get(..suffix.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(suffix))
    });
    let end = whole.end() + year_back.map_or(0, |s| s.len());
    // "for the year", "of the month": the period itself, not the preposition; "the year
    // ended March 31", "the year to June" and "the year 2000" are other periods.
    let start = match caps.get(CG.focus) {
        Some(focus) => {
            let next = rest
                .trim_start()
                .split(|c: char| !c.is_ascii_alphanumeric())
                .next();
            let other = next.is_some_and(|word| {
                word.starts_with(|c: char| c.is_ascii_digit())
                    || FOCUS_ENDS.iter().any(|w| word.eq_ignore_ascii_case(w))
            });
            // "for the month of July" is named after it, by the month's own mention.
            let named_after = rest
                .strip_prefix(" of ")
                .is_some_and(|of| of.starts_with(|c: char| c.is_ascii_uppercase()));
            // "certain days of the week": any one, not one.
            let generic =
                unit_word_is(caps, "week") && super::word_before(&prose[..whole.start()]) == "days";
            if other || named_after || generic || year_back.is_some() {
                return None;
            }
            focus.start()
        }
        None => whole.start(),
    };
    let unit_word = caps
        .get(CG.aunit)
        .or_else(|| caps.get(CG.aunit2))
        .or_else(|| caps.get(CG.aunit3))?;
    let unit = match unit_word.as_str().to_ascii_lowercase().as_str() {
        "day" => PeriodUnit::Day,
        "week" => PeriodUnit::Week,
        "month" => PeriodUnit::Month,
        "quarter" => PeriodUnit::Quarter,
        // "the same period last year": the quarter or month in focus, a year back;
        // "that period" alone is any stretch of time.
        "period" if year_back.is_some() => PeriodUnit::Quarter,
        "period" => return None,
        "year" => PeriodUnit::Year,
        // "before the end of the decade": the article's own, news hardly meaning
        // another by it.
        "decade" => {
            return Some(period(
                start,
                end,
                PeriodUnit::Decade,
                PeriodPosition::Shift(0),
            ))
        }
        part => PeriodUnit::PartOfDay(PartOfDay::from_word(part)?),
    };
    Some(period(
        start,
        end,
        unit,
        PeriodPosition::Anaphoric {
            shift: -i32::from(year_back.is_some()),
        },
    ))
}

/// Words after which "May" is the month: prepositions, period cues, and "the" or a
/// superlative ("the coldest May").
fn may_is_month(before: &str) -> bool {
    let word = super::scan::word_before(before);
    let superlative = word.len() > 4
        && word.ends_with("est")
        && super::scan::word_before(&before.trim_end()[..before.trim_end().len() - word.len()])
            == "the";
    superlative
        || matches!(
            word.as_str(),
            "in" | "into"
                | "for"
                | "between"
                | "since"
                | "by"
                | "until"
                | "through"
                | "during"
                | "early"
                | "late"
                | "mid"
                | "last"
                | "this"
                | "next"
                | "from"
                | "of"
                | "to"
                | "and"
                | "before"
                | "after"
        )
}

fn month(prose: &str, caps: &Groups<'_>) -> Option<Mention> {
    let whole = caps.get(0)?;
    let name = caps.get(CG.month)?;
    let n = super::dates::month_number(name.as_str())?;
    if n == 5 && caps.get(CG.mcue).is_none() && !may_is_month(&prose[..name.start()]) {
        return None;
    }
    // "from May Brothers Department Stores": a name.
    let next = super::scan::next_word(prose, name.end());
    if n == 5
        && next.starts_with(|c: char| c.is_ascii_uppercase())
        && !super::dates::is_calendar_name(next)
    {
        return None;
    }
    // "March 5" and "March 1990" are dates; the date recogniser owns them.
    let rest = prose[name.end()..].trim_start_matches([' ', ',']);
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let cue = caps
        .get(CG.mcue)
        .map(|c| c.as_str().trim().to_ascii_lowercase());
    let direction = match cue.as_deref() {
        Some("last") => Some(Direction::Before),
        Some("next") => Some(Direction::After),
        _ => None,
    };
    let year_shift = (cue.as_deref() == Some("this")).then_some(0);
    Some(period(
        whole.start(),
        whole.end(),
        PeriodUnit::Month,
        PeriodPosition::Nth {
            n,
            year_shift,
            cue: direction,
        },
    ))
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&ALL_RE);
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
