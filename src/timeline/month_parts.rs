//! Weeks and days named inside a month: "the last week of March", "the first week of
//! June", "the last Sunday of October", "the first Tuesday in November". Part of the
//! TIMEX3 view built in [`super::extent`]: the month's mention is widened over the
//! words before it, and its value narrowed to the week or day they name.

use chrono::{Datelike, NaiveDate, Weekday};

use super::extent::lead_before;
use super::timex::period_timex;
use super::{Period, Resolution};
use crate::extract::{Mention, MentionValue};

/// For a month's mention ("October", "March 2022") resolved to a month: where the
/// words naming a week or a day in it start, and that week's or day's TIMEX3 value.
pub(super) fn part_of_month(
    prose: &str,
    mention: &Mention,
    resolution: Option<&Resolution>,
) -> Option<(usize, String)> {
    let month_only = match &mention.value {
        MentionValue::Period(p) => p.unit == crate::extract::PeriodUnit::Month,
        MentionValue::Date(written) => written.month.is_some() && written.day.is_none(),
        _ => false,
    };
    if !month_only {
        return None;
    }
    let date = resolution?.date;
    let (year, month) = (date.year?, date.month?);
    let start = mention.span.start as usize;
    if let Some((from, week)) = week_of_month(prose, start, year, month) {
        return Some((from, period_timex(week)));
    }
    let (from, day) = weekday_of_month(prose, start, year, month)?;
    Some((from, day.format("%Y-%m-%d").to_string()))
}

/// "the last week of March": the ISO week that holds most of the month's last seven
/// days (or of its n-th seven, for "the first week of"), with where the phrase starts.
fn week_of_month(prose: &str, start: usize, year: i32, month: u32) -> Option<(usize, Period)> {
    let leads = [
        ("the first week of ", Some(1)),
        ("the second week of ", Some(2)),
        ("the third week of ", Some(3)),
        ("the fourth week of ", Some(4)),
        ("the last week of ", None),
        ("the final week of ", None),
    ];
    let (start, n) = leads
        .iter()
        .find_map(|(lead, n)| lead_before(prose, start, lead).map(|start| (start, *n)))?;
    // The fourth day of a seven-day run is in the ISO week holding most of the run.
    let middle = match n {
        Some(n) => chrono::NaiveDate::from_ymd_opt(year, month, 7 * (n - 1) + 4)?,
        None => {
            let next_month = if month == 12 {
                chrono::NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                chrono::NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            next_month.checked_sub_days(chrono::Days::new(4))?
        }
    };
    let week = middle.iso_week();
    Some((
        start,
        Period::Week {
            year: week.year(),
            week: week.week(),
        },
    ))
}

/// The ordinals that count weekdays in a month, and the n-th each names (`None` for
/// the last).
const NTH_OF_MONTH: [(&str, Option<u8>); 6] = [
    ("first", Some(1)),
    ("second", Some(2)),
    ("third", Some(3)),
    ("fourth", Some(4)),
    ("last", None),
    ("final", None),
];

/// "the last Sunday of October", "the first Tuesday in November": the day, with where
/// the phrase starts.
fn weekday_of_month(
    prose: &str,
    start: usize,
    year: i32,
    month: u32,
) -> Option<(usize, NaiveDate)> {
    let link = ["of ", "in "]
        .iter()
        .find_map(|link| lead_before(prose, start, link))?;
    let before = prose[..link].trim_end();
    let day_name = before.rsplit(' ').next()?;
    let weekday: Weekday = day_name.parse().ok()?;
    // Only the full name: "Sun" or "Wed" before "of" is no weekday.
    if day_name.len() < "Monday".len() {
        return None;
    }
    let before_day = prose[..before.len() - day_name.len()].trim_end();
    let (ordinal, n) = NTH_OF_MONTH
        .iter()
        .find(|(ordinal, _)| crate::extract::ends_with_ignore_case(before_day, ordinal))?;
    let the = lead_before(prose, before_day.len() - ordinal.len(), "the ")?;
    let day = crate::extract::nth_weekday(year, month, weekday, n.map_or(-1, i32::from))?;
    Some((the, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day_named(phrase: &str, year: i32, month: u32) -> Option<NaiveDate> {
        let prose = format!("{phrase} Month");
        weekday_of_month(&prose, phrase.len() + 1, year, month).map(|(_, day)| day)
    }

    #[test]
    fn nth_and_last_weekdays_of_a_month() {
        assert_eq!(
            day_named("the last Sunday of", 2015, 10),
            NaiveDate::from_ymd_opt(2015, 10, 25)
        );
        assert_eq!(
            day_named("the first Tuesday in", 2024, 11),
            NaiveDate::from_ymd_opt(2024, 11, 5)
        );
        assert_eq!(
            day_named("The third Monday of", 2022, 1),
            NaiveDate::from_ymd_opt(2022, 1, 17)
        );
        assert_eq!(day_named("the fifth Monday of", 2022, 1), None);
        assert_eq!(day_named("the last Sun of", 2022, 1), None);
        assert_eq!(day_named("the last day of", 2022, 1), None);
        assert_eq!(day_named("Sunday of", 2022, 1), None);
    }

    #[test]
    fn the_last_weekday_is_the_latest_of_its_name_in_the_month() {
        for year in [2019, 2020, 2024] {
            for month in 1..=12 {
                for (weekday, name) in [
                    (Weekday::Mon, "Monday"),
                    (Weekday::Thu, "Thursday"),
                    (Weekday::Sun, "Sunday"),
                ] {
                    let phrase = format!("the last {name} of");
                    let day = day_named(&phrase, year, month).expect("a day");
                    assert_eq!(day.weekday(), weekday);
                    assert_eq!(day.month(), month);
                    assert_ne!(
                        day.checked_add_days(chrono::Days::new(7))
                            .map(|d| d.month()),
                        Some(month)
                    );
                }
            }
        }
    }
}
