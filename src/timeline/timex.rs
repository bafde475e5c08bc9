//! TIMEX3-style type and value of a mention, the notation TempEval scorers read.

use super::{Period, Provenance, Resolution};
use crate::extract::{CalendarSlot, Duration, Mention, MentionValue, PartOfDay, Recurrence};
use crate::extract::{Season, TimeReference, TimeUnit};

/// The TIMEX3 `type` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// TIMEX3 type and value for a mention and its resolution.
pub fn timex(mention: &Mention, resolution: Option<&Resolution>) -> (TimexType, String) {
    match &mention.value {
        MentionValue::Date(written) => {
            let value = resolution.map_or_else(|| "XXXX-XX-XX".to_string(), |r| r.date.timex());
            match written.time {
                Some(t) => (TimexType::Time, format!("{value}{}", t.timex())),
                None => (TimexType::Date, value),
            }
        }
        // A weekday on no known week ("on a Friday", or with no article date) is still
        // that weekday.
        MentionValue::Weekday(day) if resolution.is_none() => (
            TimexType::Date,
            format!("XXXX-WXX-{}", day.number_from_monday()),
        ),
        MentionValue::Weekday(_) | MentionValue::Relative(_) => (
            TimexType::Date,
            resolution.map_or_else(
                || "XXXX-XX-XX".to_string(),
                |r| r.period.map_or_else(|| r.date.timex(), period_timex),
            ),
        ),
        MentionValue::Time(t) => (
            TimexType::Time,
            format!(
                "{}{}",
                resolution.map_or_else(|| "XXXX-XX-XX".to_string(), |r| r.date.timex()),
                t.timex()
            ),
        ),
        MentionValue::Duration(d) => (TimexType::Duration, duration_timex(d)),
        MentionValue::Period(_) | MentionValue::Reference(_) => {
            let value = resolution.map_or_else(
                || "XXXX-XX-XX".to_string(),
                |r| r.period.map_or_else(|| r.date.timex(), period_timex),
            );
            let kind = match resolution.and_then(|r| r.period) {
                Some(Period::PartOfDay(..)) => TimexType::Time,
                _ => TimexType::Date,
            };
            (kind, value)
        }
        MentionValue::Set(set) => (TimexType::Set, set_timex(*set)),
        // Numbers are not time expressions; `timexes` never asks for them.
        MentionValue::Number(_)
        | MentionValue::Percent(_)
        | MentionValue::Money(_)
        | MentionValue::Quantity(_)
        | MentionValue::List(_)
        | MentionValue::Age(_) => (TimexType::Duration, String::new()),
        // Decades and centuries in years, as counted ones are ("decades" is PXY).
        MentionValue::VagueDuration(TimeUnit::Decade | TimeUnit::Century) => {
            (TimexType::Duration, "PXY".to_string())
        }
        MentionValue::VagueDuration(unit) => (
            TimexType::Duration,
            format!(
                "P{}X{}",
                if matches!(unit, TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second) {
                    "T"
                } else {
                    ""
                },
                unit_letter(*unit)
            ),
        ),
    }
}

/// The TIMEX3 letter of a unit (`M` is months outside a `T` part and minutes in it).
fn unit_letter(unit: TimeUnit) -> &'static str {
    match unit {
        TimeUnit::Second => "S",
        TimeUnit::Minute | TimeUnit::Month => "M",
        TimeUnit::Hour => "H",
        TimeUnit::Day => "D",
        TimeUnit::Week | TimeUnit::Fortnight => "W",
        TimeUnit::Quarter => "Q",
        TimeUnit::Year => "Y",
        TimeUnit::Decade => "DE",
        TimeUnit::Century => "CE",
    }
}

/// The TIMEX3 value of a recurrence: the period between occurrences (`P1W`, `PT1H`), or
/// the calendar slot with its year left open (`XXXX-WXX-4`, `XXXX-07`, `XXXX-XX-XXTMO`).
fn set_timex(set: Recurrence) -> String {
    match set {
        Recurrence::Interval { unit, every } => {
            let time = matches!(unit, TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second);
            format!(
                "P{}{every}{}",
                if time { "T" } else { "" },
                unit_letter(unit)
            )
        }
        Recurrence::Each(slot) => match slot {
            CalendarSlot::Weekday(weekday, part) => format!(
                "XXXX-WXX-{}{}",
                weekday.number_from_monday(),
                part.map_or(String::new(), |p| format!("T{}", part_suffix(p)))
            ),
            CalendarSlot::Month(month) => format!("XXXX-{month:02}"),
            CalendarSlot::PartOfDay(part) => format!("XXXX-XX-XXT{}", part_suffix(part)),
            CalendarSlot::Weekend => "XXXX-WXX-WE".to_string(),
            CalendarSlot::Season(season) => format!("XXXX-{}", season_code(season)),
        },
    }
}

/// The TIMEX3 code of a season: `SP`, `SU`, `FA`, `WI`.
fn season_code(season: Season) -> &'static str {
    match season {
        Season::Spring => "SP",
        Season::Summer => "SU",
        Season::Fall => "FA",
        Season::Winter => "WI",
    }
}

/// The TIMEX3 code of a part of the day: `MO`, `AF`, `EV`, `NI`.
pub(super) fn part_suffix(part: PartOfDay) -> &'static str {
    match part {
        PartOfDay::Morning => "MO",
        PartOfDay::Afternoon => "AF",
        PartOfDay::Evening => "EV",
        PartOfDay::Night => "NI",
    }
}

/// The TIMEX3 value of a resolved period: `2022-W18`, `2022-Q1`, `2021-SU`, `199`.
pub fn period_timex(period: Period) -> String {
    match period {
        Period::PartOfDay(date, part) => {
            format!("{}T{}", date.format("%Y-%m-%d"), part_suffix(part))
        }
        Period::Week { year, week } => format!("{year:04}-W{week:02}"),
        Period::Weekend { year, week } => format!("{year:04}-W{week:02}-WE"),
        Period::Quarter { year, quarter } => format!("{year:04}-Q{quarter}"),
        Period::Half { year, half } => format!("{year:04}-H{half}"),
        Period::Season { year, season } => format!("{year:04}-{}", season_code(season)),
        Period::Decade(decade) => format!("{decade:03}"),
        Period::Century(century) => format!("{century:02}"),
        Period::Reference(reference) => match reference {
            TimeReference::Present => "PRESENT_REF",
            TimeReference::Past => "PAST_REF",
            TimeReference::Future => "FUTURE_REF",
        }
        .to_string(),
    }
}

/// `P84D`, `PT1H`, `P3M`, `P6M` for half a year; `PXD` style when the amount is
/// unknown.
pub fn duration_timex(d: &Duration) -> String {
    // "an hour and a half" is PT1H30M: a fraction of an hour or minute is written in the
    // next smaller unit when it comes out whole.
    let whole = d.milli_amount / 1000;
    let fraction = d.milli_amount % 1000;
    if fraction != 0 && fraction * 60 % 1000 == 0 {
        let smaller = fraction * 60 / 1000;
        let lead = |letter: &str| {
            if whole == 0 {
                String::new()
            } else {
                format!("{whole}{letter}")
            }
        };
        match d.unit {
            TimeUnit::Hour => return format!("PT{}{smaller}M", lead("H")),
            TimeUnit::Minute => return format!("PT{}{smaller}S", lead("M")),
            _ => {}
        }
    }
    // So is a part of one year or day: "half a year" is P6M and "half a day" PT12H.
    // ("two and a half years" stays P2.5Y: te3-train writes P2Y6M, MEANTIME P2.5Y.)
    if whole == 0 && fraction != 0 {
        let in_smaller = |per: u64| (fraction * per % 1000 == 0).then_some(fraction * per / 1000);
        match d.unit {
            TimeUnit::Year => {
                if let Some(months) = in_smaller(12) {
                    return format!("P{months}M");
                }
            }
            TimeUnit::Day => {
                if let Some(hours) = in_smaller(24) {
                    return format!("PT{hours}H");
                }
            }
            _ => {}
        }
    }
    let amount = if d.milli_amount % 1000 == 0 {
        (d.milli_amount / 1000).to_string()
    } else {
        let text = format!("{:.3}", d.milli_amount as f64 / 1000.0);
        text.trim_end_matches('0').to_string()
    };
    let (time, unit) = match d.unit {
        TimeUnit::Second => (true, "S"),
        TimeUnit::Minute => (true, "M"),
        TimeUnit::Hour => (true, "H"),
        TimeUnit::Day => (false, "D"),
        TimeUnit::Week => (false, "W"),
        TimeUnit::Fortnight => return format!("P{}W", d.milli_amount.saturating_mul(2) / 1000),
        TimeUnit::Month => (false, "M"),
        TimeUnit::Quarter => (false, "Q"),
        TimeUnit::Year => (false, "Y"),
        // TimeML writes decades and centuries in years ("two decades" is P20Y, "half a
        // century" P50Y, "a quarter-century" P25Y).
        TimeUnit::Decade | TimeUnit::Century
            if d.milli_amount * if d.unit == TimeUnit::Decade { 10 } else { 100 } % 1000 == 0 =>
        {
            let per = if d.unit == TimeUnit::Decade { 10 } else { 100 };
            return format!("P{}Y", d.milli_amount * per / 1000);
        }
        TimeUnit::Decade => (false, "DE"),
        TimeUnit::Century => (false, "CE"),
    };
    format!("P{}{amount}{unit}", if time { "T" } else { "" })
}

/// A short description of where a value came from, for `factlint timeline`.
pub fn describe_provenance(provenance: Provenance) -> String {
    match provenance {
        Provenance::Explicit => "explicit".to_string(),
        Provenance::TwoDigitYear => "explicit, two-digit year expanded".to_string(),
        Provenance::YearFromAnchor { bias } => {
            format!("year inferred from the article date ({})", bias_word(bias))
        }
        Provenance::WeekdayFromAnchor { bias } => {
            format!("weekday placed from the article date ({})", bias_word(bias))
        }
        Provenance::RelativeToAnchor => "relative to the article date".to_string(),
        Provenance::RelativeToMention { mention } => format!("relative to mention #{mention}"),
        Provenance::LatestPeriod => {
            "the latest complete period before the article date".to_string()
        }
        Provenance::Deictic => "a reference to the present, past or future".to_string(),
        Provenance::ArticleDay => "placed on the article date".to_string(),
        Provenance::LeadDay { mention } => {
            format!("placed on the day the lead tells of, mention #{mention}")
        }
    }
}

fn bias_word(bias: super::Bias) -> &'static str {
    match bias {
        super::Bias::Past => "most recent past",
        super::Bias::Future => "next future",
    }
}
