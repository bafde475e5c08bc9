//! The mention stage: a [`Document`]'s prose in, typed [`Mention`]s out.
//!
//! Owns recognising the claims factlint can check, in the forms news prose writes them,
//! and parsing each into a typed, *unresolved* value: a written date keeps the parts it
//! was written with (no year invented here), a duration keeps its unit and amount, and
//! every mention carries its approximation marker ("about", "more than", "a week"), which
//! later sets the tolerance a check may use. Resolution against the article date belongs
//! to `timeline`, not here.
//!
//! Extraction runs once per document over [`Document::prose`], so offsets are source
//! offsets and code, URLs and markup never produce mentions.

mod ages;
mod amounts;
mod calendar;
mod calendar_days;
mod calendar_years;
mod dates;
mod durations;
mod fixed_relatives;
mod fractions;
mod holidays;
mod lists;
mod numbers;
mod ranges;
mod reach;
mod references;
mod scan;
mod seasons;
mod spoken_years;
mod times;
pub use times::{TimeOfDay, Zone};
mod triggers;
mod units;
mod weekdays;

pub use ages::{surname_shared, Age, AgeForm, PersonName};
pub use amounts::{Amount, Currency, Money, Quantity};
pub(crate) use holidays::nth_weekday;
pub use holidays::Holiday;
pub use numbers::parse_number_words;
pub(crate) use ranges::continues_a_year_range;
#[cfg(test)]
pub(crate) use scan::ascii_regex;
pub(crate) use scan::{ends_with_ignore_case, next_word, starts_with_ignore_case, word_before};
pub use units::{convert_unit_difference, convert_units, Dimension, Unit};

use crate::document::{Document, Span};

/// One recognised claim in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The whole expression, e.g. "about 84 days" or "Friday, May 13, 2022".
    pub span: Span,
    /// What the expression says, parsed but not resolved.
    pub value: MentionValue,
    /// The approximation marker written with it, which sets the check's tolerance.
    pub approx: Approx,
}

/// The typed, unresolved value of a mention.
#[derive(Clone, Debug, PartialEq)]
pub enum MentionValue {
    /// A calendar date as written, possibly partial ("February 18", "May 2022", "2022"),
    /// possibly with a time of day ("13 MAY 22 12:01 ET").
    Date(WrittenDate),
    /// A weekday name standing alone ("on Friday", "Friday's meeting").
    Weekday(chrono::Weekday),
    /// A time of day standing alone ("at 12:49 p.m.").
    Time(TimeOfDay),
    /// A length of time ("84 days", "an hour", "three-week", "eighty-four days").
    Duration(Duration),
    /// A shift from another point in time: "a week before", "two days later",
    /// "yesterday", "three days ago".
    Relative(RelativeOffset),
    /// A calendar period named by its place relative to the article date or by its own
    /// number: "last week", "this month", "the third quarter", "last summer", "tonight",
    /// "in March", "the 1990s", "fiscal 1998".
    Period(PeriodExpr),
    /// A point in time with no calendar value: "now" (the present), "recently" (the
    /// past), "the future".
    Reference(TimeReference),
    /// A recurring time: "every week", "daily", "annually", "every Thursday".
    Set(Recurrence),
    /// A length of time with no amount: "years", "several months", "a few days".
    VagueDuration(TimeUnit),
    /// A cardinal number: "1,200", "eighty-four", "a dozen", "1.5 million".
    Number(Amount),
    /// A percentage: "30 percent", "30%", "0.32 pct".
    Percent(Amount),
    /// An amount of money: "$1.2 billion", "€40", "40 million euros".
    Money(Money),
    /// A quantity with a unit of measure: "10 miles", "100°F", "5.8 kilograms".
    Quantity(Quantity),
    /// A list introduced by a colon or dash ("France, Germany and Italy"), with its
    /// number of items.
    List(u32),
    /// A person's age: "the 45-year-old", "Ann Lee, 45,", "aged 45", "turned 60".
    Age(Age),
}

impl MentionValue {
    /// Whether this is a numeric mention (a number, percentage, money or quantity), which
    /// the timeline neither resolves nor reports as a time expression.
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            MentionValue::Number(_)
                | MentionValue::Percent(_)
                | MentionValue::Money(_)
                | MentionValue::Quantity(_)
                | MentionValue::List(_)
                | MentionValue::Age(_)
        )
    }
}

/// A calendar period as written, unresolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeriodExpr {
    /// The kind of period named.
    pub unit: PeriodUnit,
    /// Which one of them.
    pub position: PeriodPosition,
}

/// The calendar units news prose names as periods.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodUnit {
    /// A calendar day ("today").
    Day,
    /// A part of a day ("this morning", "tonight").
    PartOfDay(PartOfDay),
    /// An ISO week.
    Week,
    /// Saturday and Sunday of a week.
    Weekend,
    /// A calendar month; with [`PeriodPosition::Nth`], the month number.
    Month,
    /// A quarter of a (calendar or fiscal) year.
    Quarter,
    /// A half of a year.
    Half,
    /// A season; with [`PeriodPosition::Nth`], which one.
    Season(Season),
    /// A year.
    Year,
    /// Ten years; an absolute decade is named by its first year ("the 1990s" → 1990).
    Decade,
    /// A hundred years; an absolute century is named by its number ("the 20th century").
    Century,
    /// A holiday ("Thanksgiving Day"): one day, whose date depends on the year.
    Holiday(Holiday),
}

/// Parts of a day, as TIMEX3 names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartOfDay {
    /// "morning": `MO`.
    Morning,
    /// "afternoon": `AF`.
    Afternoon,
    /// "evening": `EV`.
    Evening,
    /// "night", "tonight": `NI`.
    Night,
}

impl PartOfDay {
    /// The part of the day a word names, in any case: "morning", "Night".
    pub fn from_word(word: &str) -> Option<PartOfDay> {
        Some(match word.to_ascii_lowercase().as_str() {
            "morning" => PartOfDay::Morning,
            "afternoon" => PartOfDay::Afternoon,
            "evening" => PartOfDay::Evening,
            "night" => PartOfDay::Night,
            _ => return None,
        })
    }
}

/// The four seasons, as TIMEX3 names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    /// `SP`.
    Spring,
    /// `SU`.
    Summer,
    /// `FA`.
    Fall,
    /// `WI`.
    Winter,
}

/// Which period of its unit an expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodPosition {
    /// So many units from the one holding the article date: "last week" is -1, "this
    /// month" 0, "next year" +1.
    Shift(i32),
    /// The numbered period of a year, which is the article's year shifted by
    /// `year_shift` ("the third quarter" 0, "last year's first quarter" -1), or inferred
    /// from the article date when `None` ("in March", "last summer").
    Nth {
        /// The quarter, half or month number, or 1 for a season.
        n: u32,
        /// The year relative to the article's, when written.
        year_shift: Option<i32>,
        /// Whether a cue said the period is strictly past ("last March") or future.
        cue: Option<Direction>,
    },
    /// The numbered period of a year written after it: "the third quarter of 2019",
    /// "the second half of 1998".
    NthOf { n: u32, year: i32 },
    /// The most recent complete period before the article date, as financial news
    /// reports it: "the quarter", "the latest quarter".
    Latest,
    /// The period a year before the latest one: "the year-earlier quarter".
    YearEarlier,
    /// The year turning, as news says it around New Year: "the new year" is the next
    /// one in the year's second half and the one begun in its first.
    Turning,
    /// The period, of the given unit, that holds the date the text last named ("that
    /// year", "later that month", "earlier that day"), shifted by whole years ("the same
    /// month a year earlier" is -1) or, for a part of the day, by whole days ("the next
    /// morning" is +1).
    Anaphoric { shift: i32 },
    /// A period named by its own number: a year ("the 1996 Olympics", "fiscal 1998"),
    /// a decade's first year ("the 1990s"), a century's ordinal ("the 20th century").
    Absolute(i32),
}

/// References with no calendar value (TIMEX3 `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeReference {
    /// "now", "at present".
    Present,
    /// "recently", "in recent years", "the past".
    Past,
    /// "the future".
    Future,
}

/// A recurring time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recurrence {
    /// Once every `every` `unit`s: "weekly", "every two months", "twice a year".
    Interval {
        /// The period between occurrences.
        unit: TimeUnit,
        /// How many units apart ("every two weeks" → 2).
        every: u32,
    },
    /// Each time a named part of the calendar comes round: "every Thursday", "on
    /// Sundays", "Saturday mornings", "each July", "every night".
    Each(CalendarSlot),
}

/// A part of the calendar that comes round again and again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarSlot {
    /// A day of the week, perhaps one part of it ("Monday nights").
    Weekday(chrono::Weekday, Option<PartOfDay>),
    /// A month of the year, 1–12.
    Month(u32),
    /// A part of every day ("every morning").
    PartOfDay(PartOfDay),
    /// Saturday and Sunday.
    Weekend,
    /// A season of the year.
    Season(Season),
}

/// A date as the text wrote it. Any part may be missing; nothing is validated here, so
/// "April 31" is kept as month 4, day 31 for the `impossible-date` check to report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrittenDate {
    /// The year as written; `None` for "February 18" (the timeline infers it).
    pub year: Option<WrittenYear>,
    /// 1–12.
    pub month: Option<u32>,
    /// As written, 1–31 (not checked against the month).
    pub day: Option<u32>,
    /// A weekday written as part of the date ("Friday, May 13, 2022").
    pub weekday: Option<WeekdayPart>,
    /// A time written as part of the date ("13 MAY 22 12:01 ET").
    pub time: Option<TimeOfDay>,
    /// Where the day-month part is ("May 13" in "Friday, May 13, 2022"), for messages.
    pub date_span: Span,
}

/// A weekday that is part of a larger date expression, with its own span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayPart {
    /// The day named.
    pub weekday: chrono::Weekday,
    /// Where the weekday name is (without a trailing period or comma).
    pub span: Span,
}

/// A year as written: four digits, or two ("13 MAY 22", "5/13/22").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WrittenYear {
    /// Four digits, 1000–2199.
    Full(i32),
    /// Two digits, 0–99; the century is the timeline's to infer.
    TwoDigit(u32),
}

/// Units of time a duration can be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimeUnit {
    /// "second(s)", "sec(s)".
    Second,
    /// "minute(s)", "min(s)".
    Minute,
    /// "hour(s)", "hr(s)".
    Hour,
    /// "day(s)".
    Day,
    /// "week(s)".
    Week,
    /// "fortnight(s)": two weeks.
    Fortnight,
    /// "month(s)": calendar months, not a fixed number of days.
    Month,
    /// "quarters": three calendar months, as reporting periods count them.
    Quarter,
    /// "year(s)", "yr(s)".
    Year,
    /// "decade(s)".
    Decade,
    /// "century", "centuries".
    Century,
}

/// A written length of time. `amount` is in `unit`s; fractional amounts ("1.5 hours",
/// "half an hour") are kept exactly as thousandths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Duration {
    /// Amount in thousandths of a unit ("84 days" → 84_000; "half an hour" → 500).
    pub milli_amount: u64,
    /// The unit the amount was written in; not converted, since months and years
    /// have no fixed length in days.
    pub unit: TimeUnit,
    /// True when the amount was the indefinite article ("a week", "an hour"), which
    /// news prose uses loosely; checks widen their tolerance for it.
    pub indefinite: bool,
    /// Used as a modifier: "the three-week trip", "a 10-day visit".
    pub adjectival: bool,
}

/// Which way a relative expression points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    /// "before", "earlier", "ago", "prior", "previous", "yesterday".
    Before,
    /// "after", "later", "next", "following", "tomorrow".
    After,
}

/// What a relative expression is relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelativeTo {
    /// The article's own date: "yesterday", "three days ago", "tomorrow".
    Anchor,
    /// Another event in the text: "a week before …", "two days later", "the day after".
    Event,
}

/// A shift in time: the duration, its direction and what it is relative to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelativeOffset {
    /// How far ("a week" in "a week before"; one day for "yesterday").
    pub by: Duration,
    /// Which way from the reference point.
    pub direction: Direction,
    /// The reference point: the article date or another event.
    pub relative_to: RelativeTo,
}

/// The approximation marker written with a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Approx {
    #[default]
    Exact,
    /// "about", "around", "approximately", "roughly", "some", "nearly"-free hedges.
    About,
    /// "more than", "over", "at least": the true value is ≥ (or >) the written one.
    AtLeast,
    /// "less than", "under", "up to", "nearly", "almost": the true value is ≤ it.
    AtMost,
    /// A length named by its unit alone as a compound ("a week-long strike", "day-long"):
    /// the unit's order of size, half a unit either way.
    Rough,
}

/// The hedges an amount or a length may open with ("about", "more than", "up to"), as
/// the words the recognisers' `approx` groups are made of: a search near a trigger
/// must be able to reach back over them.
pub(super) const HEDGE_WORDS: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "at",
    "least",
    "less",
    "under",
    "up",
    "to",
    "fewer",
];

/// Finds every mention in the document's prose, sorted by span start, with no two
/// mentions overlapping (the longest match wins).
pub fn extract(doc: &Document) -> Vec<Mention> {
    extract_from_prose(doc.prose())
}

/// Compiles every recogniser's pattern now, two at a time on the thread pool, so that
/// a process linting one short file does not compile them one after another on first
/// use (they are most of its start-up). Optional: each is compiled on first use anyway.
pub fn prepare() {
    rayon::join(
        || rayon::join(calendar::prepare, dates::prepare),
        || {
            rayon::join(amounts::prepare, || {
                durations::prepare();
                fixed_relatives::prepare();
                times::prepare();
            })
        },
    );
}

/// Finds every mention in `prose` (the document's prose view, where blanked markup is
/// runs of spaces), sorted by span start, with no two mentions overlapping.
///
/// Each recogniser proposes candidates independently; overlaps are then settled by
/// keeping the longest candidate, so "Friday, May 13" beats "Friday" and "a week
/// before" beats "a week". On equal length the more specific kind wins (see
/// `kind_rank`).
pub fn extract_from_prose(prose: &str) -> Vec<Mention> {
    let triggers = triggers::Triggers::of(prose);
    let mut candidates = Vec::new();
    dates::find_dates(prose, &triggers, &mut candidates);
    dates::find_bare_years(prose, &triggers, &mut candidates);
    weekdays::find_weekdays(prose, &triggers, &mut candidates);
    times::find_times(prose, &triggers, &mut candidates);
    durations::find_durations(prose, &triggers, &mut candidates);
    fixed_relatives::find_fixed_relatives(prose, &triggers, &mut candidates);
    let mut mentions = resolve_overlaps(candidates);
    // The forms below are added after the checked kinds are settled and only where they
    // overlap none of them, so no check ever loses or changes a mention it reads.
    let mut extra = Vec::new();
    calendar::find_calendar_forms(prose, &mut extra);
    holidays::find_holidays(prose, &mut extra);
    ranges::find_year_ranges(prose, &mut extra);
    spoken_years::find_spoken_years(prose, &triggers, &mut extra);
    add_disjoint(&mut mentions, resolve_overlaps(extra));
    // Ages before other numbers, so "Lee, 45," is an age and not a count; never where
    // a time expression is.
    let mut ages = Vec::new();
    ages::find_ages(prose, &triggers, &mut ages);
    add_disjoint(&mut mentions, ages);
    // Numbers come last, and only where no time expression is: "84 days" stays a
    // duration and "2022" a year.
    let mut numeric = Vec::new();
    amounts::find_amounts(prose, &triggers, &mut numeric);
    fractions::find_fractions(prose, &triggers, &mut numeric);
    lists::find_lists(prose, &mut numeric);
    lists::find_year_lists(prose, &triggers, &mut numeric);
    lists::find_appositive_lists(prose, &mut numeric);
    add_disjoint(&mut mentions, resolve_overlaps(numeric));
    mentions
}

/// Adds the `extra` mentions that overlap none of `mentions`, keeping the order by start.
fn add_disjoint(mentions: &mut Vec<Mention>, extra: Vec<Mention>) {
    if extra.is_empty() {
        return;
    }
    let kept: Vec<Mention> = extra
        .into_iter()
        .filter(|m| {
            let at = mentions.partition_point(|c| c.span.end <= m.span.start);
            mentions.get(at).is_none_or(|c| !c.span.overlaps(m.span))
        })
        .collect();
    mentions.extend(kept);
    mentions.sort_by_key(|m| m.span.start);
}

/// Tie-break between equally long overlapping candidates: a relative offset says more
/// than the duration inside it, a date more than a time or weekday.
fn kind_rank(value: &MentionValue) -> u8 {
    match value {
        MentionValue::Relative(_) | MentionValue::Period(_) => 5,
        MentionValue::Date(_) | MentionValue::Set(_) => 4,
        MentionValue::Duration(_) | MentionValue::VagueDuration(_) => 3,
        MentionValue::Time(_) | MentionValue::Reference(_) => 2,
        MentionValue::Weekday(_) => 1,
        MentionValue::Percent(_) | MentionValue::Money(_) | MentionValue::Quantity(_) => 1,
        MentionValue::Number(_) => 0,
        // A list is longer than any amount inside it and wins; none is inside one anyway.
        MentionValue::List(_) => 0,
        MentionValue::Age(_) => 1,
    }
}

/// Keeps a non-overlapping subset of `candidates`, longest first, sorted by start.
///
/// Candidates are grouped into clusters of transitively overlapping spans; almost all
/// clusters are a single candidate and pass straight through, so the cost is one sort.
fn resolve_overlaps(mut candidates: Vec<Mention>) -> Vec<Mention> {
    candidates.retain(|m| !m.span.is_empty());
    candidates.sort_unstable_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut keep = vec![false; candidates.len()];
    let mut i = 0;
    while i < candidates.len() {
        let mut cluster_end = candidates[i].span.end;
        let mut j = i + 1;
        while j < candidates.len() && candidates[j].span.start < cluster_end {
            cluster_end = cluster_end.max(candidates[j].span.end);
            j += 1;
        }
        if j - i == 1 {
            keep[i] = true;
        } else {
            choose_in_cluster(&candidates[i..j], &mut keep[i..j]);
        }
        i = j;
    }
    candidates
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect()
}

/// Within one cluster of overlapping candidates, keeps the longest (then the most
/// specific, then the earliest) and any others that do not overlap a kept one.
fn choose_in_cluster(cluster: &[Mention], keep: &mut [bool]) {
    let mut order: Vec<usize> = (0..cluster.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&cluster[a], &cluster[b]);
        b.span
            .len()
            .cmp(&a.span.len())
            .then_with(|| kind_rank(&b.value).cmp(&kind_rank(&a.value)))
            .then_with(|| a.span.start.cmp(&b.span.start))
    });
    // Kept spans, sorted by start; being disjoint, only the neighbours of an insertion
    // point can overlap a new span.
    let mut kept: Vec<Span> = Vec::new();
    for idx in order {
        let span = cluster[idx].span;
        let at = kept.partition_point(|k| k.start < span.start);
        let clash = (at > 0 && kept[at - 1].overlaps(span))
            || kept.get(at).is_some_and(|k| k.overlaps(span));
        if !clash {
            kept.insert(at, span);
            keep[idx] = true;
        }
    }
}

#[cfg(test)]
mod tests;
