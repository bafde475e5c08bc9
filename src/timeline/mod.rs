//! The timeline stage: the article's anchor date, and every temporal mention resolved
//! to a calendar value with its provenance and a confidence.
//!
//! Receives the [`Document`] and its [`Mention`]s; returns a [`Timeline`]. All calendar
//! arithmetic on mentions (year inference, weekday resolution, "yesterday") lives here, so
//! the checks downstream never guess: they read a resolution and its confidence, and
//! abstain when the confidence is below what the rule demands.

mod anchor;
mod bookings;
mod clause;
mod coarse;
mod extent;
mod focus;
mod joins;
mod month_parts;
mod periods;
mod quarters;
mod ranges;
mod resolve;
mod scheduled;
mod tense;
mod times;
mod timex;
mod weekdays;
mod years;

pub use anchor::{find_anchor, Anchor, AnchorSource};
pub use extent::{timexes, Timex};
pub use resolve::{resolve, resolve_with};
pub use timex::{describe_provenance, duration_timex, period_timex, timex, TimexType};

use crate::document::Document;
use crate::extract::{Mention, TimeOfDay};
use chrono::NaiveDate;
use std::fmt;

/// The mentions of a document and their timeline: what `factlint timeline` prints and
/// what every check reads.
#[derive(Debug)]
pub struct Analysis {
    pub mentions: Vec<Mention>,
    pub timeline: Timeline,
}

/// Extracts a document's mentions and resolves them against its anchor (`date`, when
/// given, overrides whatever the document says).
pub fn analyze(doc: &Document, date: Option<NaiveDate>) -> Analysis {
    analyze_with(doc, date, &Policy::default())
}

/// [`analyze`] under a resolution policy (from configuration).
pub fn analyze_with(doc: &Document, date: Option<NaiveDate>, policy: &Policy) -> Analysis {
    let mentions = crate::extract::extract(doc);
    let anchor = find_anchor(doc, &mentions, date);
    let timeline = resolve_with(doc, &mentions, anchor.as_ref(), policy);
    Analysis { mentions, timeline }
}

/// How bare dates are placed and day counts read, where the text itself does not say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Policy {
    /// The direction a bare date or weekday takes when its sentence has no tense cue:
    /// `past` (default: the news convention, with the nearer year within 45 days) or
    /// `future` (for previews and schedules).
    #[serde(default)]
    pub bias: Option<Bias>,
    /// Whether a stated number of days may count both end days ("the 3-day festival,
    /// May 1 to May 3"), so a count one more than the calendar difference is right too.
    #[serde(default)]
    pub inclusive_days: bool,
}

/// How sure the resolver is of a value. Rules state the minimum they accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        })
    }
}

/// Which way a bare date or weekday was resolved relative to the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bias {
    /// The most recent occurrence on or before the article date (the news default).
    Past,
    /// The next occurrence on or after the article date (the sentence is about the future).
    Future,
}

/// Where a resolved value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Every part was written.
    Explicit,
    /// A two-digit year ("13 MAY 22") expanded to a century.
    TwoDigitYear,
    /// The year was inferred from the article date.
    YearFromAnchor { bias: Bias },
    /// A weekday ("on Friday") placed in the week around the article date.
    WeekdayFromAnchor { bias: Bias },
    /// Computed from the article date ("yesterday", "three days ago").
    RelativeToAnchor,
    /// Computed from another mention ("two days later"), by index into the mentions.
    RelativeToMention { mention: usize },
    /// The most recent complete reporting period before the article date ("the
    /// quarter" with no quarter named before it).
    LatestPeriod,
    /// A reference to the present, past or future as such ("now", "recently"): no
    /// calendar value, nothing inferred.
    Deictic,
    /// A time of day placed on the article date, no other day being named with it.
    ArticleDay,
    /// A time of day placed on the day the story's lead tells of, by index into the
    /// mentions: "The fire was reported at 11:42 p.m." after a lead about New Year's Eve.
    LeadDay { mention: usize },
}

/// A calendar value: year, month, day as far as they are known, plus a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    pub time: Option<TimeOfDay>,
}

impl CalendarDate {
    /// The exact day, when all three parts are known and form a real date.
    pub fn exact(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// The TIMEX3-style value: `2022-02-18`, `2022-02`, `2022`, `XXXX-02-18`.
    pub fn timex(&self) -> String {
        let year = self
            .year
            .map_or_else(|| "XXXX".to_string(), |y| format!("{y:04}"));
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{year}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year}-{m:02}"),
            (None, Some(d)) => format!("{year}-XX-{d:02}"),
            (None, None) => year,
        }
    }
}

/// A mention's resolved value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolution {
    /// The day, month or year, as far as it is a calendar date (for a period, the part
    /// of it a date can say: the year of "the third quarter").
    pub date: CalendarDate,
    pub provenance: Provenance,
    pub confidence: Confidence,
    /// For periods and references, the full value a date cannot hold.
    pub period: Option<Period>,
}

/// A resolved period or reference that is not a plain day, month or year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// A part of a day: `2022-05-13TMO`.
    PartOfDay(NaiveDate, crate::extract::PartOfDay),
    /// An ISO week: `2022-W18`.
    Week { year: i32, week: u32 },
    /// The weekend of an ISO week: `2022-W18-WE`.
    Weekend { year: i32, week: u32 },
    /// A quarter: `2022-Q1`.
    Quarter { year: i32, quarter: u32 },
    /// A half year: `2022-H2`.
    Half { year: i32, half: u32 },
    /// A season: `2021-SU`.
    Season {
        year: i32,
        season: crate::extract::Season,
    },
    /// A decade by its first year: `199` for the 1990s.
    Decade(i32),
    /// A century by its ordinal: `19` for the 20th century.
    Century(i32),
    /// `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(crate::extract::TimeReference),
}

/// The anchor and the resolution of each mention (parallel to the mention list; `None`
/// for mentions that are not points in time, such as durations).
#[derive(Clone, Debug)]
pub struct Timeline {
    pub anchor: Option<Anchor>,
    pub resolutions: Vec<Option<Resolution>>,
    /// Whether the text itself places the reported events on the article date (a
    /// weekday, "today" or the date itself that resolves to it). Only then may a check
    /// use the article date as the date of an event the text leaves undated.
    pub anchor_is_event_day: bool,
}

/// English month name for messages.
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get((month as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("?")
}

/// "February 11, 2022": how messages show one exact day.
pub fn day_label(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}, {}",
        month_name(date.month()),
        date.day(),
        date.year()
    )
}

/// "February 18, 2022", "February 2022", "February 18" — how messages show a date.
pub fn date_label(date: &CalendarDate) -> String {
    let mut out = String::new();
    match (date.month, date.day, date.year) {
        (Some(m), Some(d), Some(y)) => out.push_str(&format!("{} {d}, {y}", month_name(m))),
        (Some(m), Some(d), None) => out.push_str(&format!("{} {d}", month_name(m))),
        (Some(m), None, Some(y)) => out.push_str(&format!("{} {y}", month_name(m))),
        (Some(m), None, None) => out.push_str(month_name(m)),
        (None, _, Some(y)) => out.push_str(&y.to_string()),
        (None, _, None) => out.push_str("an unknown date"),
    }
    if let Some(t) = date.time {
        out.push_str(&format!(", {:02}:{:02}", t.hour, t.minute));
        if let Some(zone) = t.zone {
            out.push(' ');
            out.push_str(zone_abbreviation(zone));
        }
    }
    out
}

/// The abbreviation a zone is written with.
pub fn zone_abbreviation(zone: crate::extract::Zone) -> &'static str {
    use crate::extract::Zone;
    match zone {
        Zone::Et => "ET",
        Zone::Est => "EST",
        Zone::Edt => "EDT",
        Zone::Ct => "CT",
        Zone::Cst => "CST",
        Zone::Cdt => "CDT",
        Zone::Mt => "MT",
        Zone::Pt => "PT",
        Zone::Pst => "PST",
        Zone::Pdt => "PDT",
        Zone::Gmt => "GMT",
        Zone::Utc => "UTC",
        Zone::Bst => "BST",
        Zone::Cet => "CET",
    }
}
