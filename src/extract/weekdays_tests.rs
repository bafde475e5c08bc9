use super::find_weekdays;
use crate::extract::{CalendarSlot, MentionValue, PartOfDay, Recurrence};
use chrono::Weekday;

/// The mentions the weekday finder makes of `text`, as (text, value).
fn found(text: &str) -> Vec<(&str, MentionValue)> {
    let mut out = Vec::new();
    find_weekdays(
        text,
        &crate::extract::triggers::Triggers::of(text),
        &mut out,
    );
    out.into_iter()
        .map(|m| (&text[m.span.range()], m.value))
        .collect()
}

fn each(weekday: Weekday, part: Option<PartOfDay>) -> MentionValue {
    MentionValue::Set(Recurrence::Each(CalendarSlot::Weekday(weekday, part)))
}

#[test]
fn recurring_weekdays_are_sets() {
    assert_eq!(
        found("The ferry leaves each Thursday."),
        vec![("each Thursday", each(Weekday::Thu, None))]
    );
    assert_eq!(
        found("Bins go out every other Thursday."),
        vec![("every other Thursday", each(Weekday::Thu, None))]
    );
    assert_eq!(
        found("Staff work every second Sunday."),
        vec![("every second Sunday", each(Weekday::Sun, None))]
    );
    assert_eq!(
        found("The club meets on Sundays and Mondays."),
        vec![
            ("Sundays", each(Weekday::Sun, None)),
            ("Mondays", each(Weekday::Mon, None))
        ]
    );
    assert_eq!(
        found("Every Monday night the hall fills."),
        vec![(
            "Every Monday night",
            each(Weekday::Mon, Some(PartOfDay::Night))
        )]
    );
    assert_eq!(
        found("The market opens Saturday mornings."),
        vec![(
            "Saturday mornings",
            each(Weekday::Sat, Some(PartOfDay::Morning))
        )]
    );
    assert_eq!(
        found("Flights leave on Monday and Tuesday nights."),
        vec![
            ("Monday", each(Weekday::Mon, Some(PartOfDay::Night))),
            ("Tuesday nights", each(Weekday::Tue, Some(PartOfDay::Night)))
        ]
    );
    // One night of each is two days, not a recurrence.
    assert_eq!(
        found("They flew on Monday and Tuesday night."),
        vec![
            ("Monday", MentionValue::Weekday(Weekday::Mon)),
            ("Tuesday", MentionValue::Weekday(Weekday::Tue))
        ]
    );
    assert_eq!(
        found("Sundays are quiet."),
        vec![("Sundays", each(Weekday::Sun, None))]
    );
}

#[test]
fn one_weekday_and_names_are_not_sets() {
    assert_eq!(
        found("The vote is on Saturday morning."),
        vec![("Saturday", MentionValue::Weekday(Weekday::Sat))]
    );
    assert_eq!(
        found("They ate at TGI Fridays on Monday."),
        vec![("Monday", MentionValue::Weekday(Weekday::Mon))]
    );
    assert!(found("The Sundays Best label signed them.").is_empty());
    // "everyday" is one word, and "each" must stand right before the day.
    assert_eq!(
        found("The everyday Friday rush."),
        vec![("Friday", MentionValue::Weekday(Weekday::Fri))]
    );
    assert!(found("Good Fridays were kept quiet.").is_empty());
    // Counted within a month, a weekday is a day of that month.
    assert!(found("Clocks go back on the last Sunday of October.").is_empty());
    assert!(found("The fair opens the first Monday in September.").is_empty());
    assert_eq!(
        found("He left last Sunday in a hurry."),
        vec![("Sunday", MentionValue::Weekday(Weekday::Sun))]
    );
}

/// The weekday finder reads words; this is the regex it replaced, which stays the
/// definition of what it finds.
#[test]
fn weekdays_found_as_the_pattern_finds_them() {
    use super::super::dates::{cased, WEEKDAYS};
    use super::find_weekdays;
    let full = cased(WEEKDAYS.iter().map(|w| w.0), "(?-u:\\b)");
    let abbr = cased(
        WEEKDAYS[..5].iter().flat_map(|w| w.1.iter().copied()),
        r"(?-u:\b)\.",
    );
    let pattern = format!("(?-u:\\b)(?:{})", [full, abbr].concat().join("|"));
    let re = crate::extract::ascii_regex(&pattern);
    let texts = [
        "Monday, MONDAY, monday, MonDay, Mondays, xMonday, Monday_, 3Monday, Monday3",
        "Mon. Mon MON. Tues. TUES. Tue. Thurs. Thur. Thu. Fri. Sat. Sun. Sunday SUNDAY.",
        "éMonday Friday. (Wed.) \"Thursday\" Tuesday-Wednesday WED.5 Fri.. Wed",
        "é Monday, Good Friday, GOOD FRIDAY, good Friday, xBlack Monday, Black  Monday",
    ];
    for text in texts {
        let mut found = Vec::new();
        find_weekdays(
            text,
            &crate::extract::triggers::Triggers::of(text),
            &mut found,
        );
        let spans: Vec<_> = found
            .iter()
            .filter(|m| matches!(m.value, MentionValue::Weekday(_)))
            .map(|m| m.span.range())
            .collect();
        // Weekdays in names ("Good Friday") are left out after either way of finding.
        let expected: Vec<_> = re
            .find_iter(text)
            .filter(|m| !super::names_a_day(&text[..m.start()]))
            .map(|m| m.start()..m.start() + m.as_str().trim_end_matches('.').len())
            .collect();
        assert_eq!(spans, expected, "{text}");
    }
}

#[test]
fn counted_days_and_odd_text_around_plural_weekdays() {
    // Counted days are no recurrence.
    assert!(found("Two Sundays ago, the team lost.").is_empty());
    assert!(found("Over the past three Sundays it rained.").is_empty());
    // A capitalised "I" after it is no name; a multi-byte letter before it is no panic.
    assert_eq!(
        found("On Sundays I cook."),
        vec![("Sundays", each(Weekday::Sun, None))]
    );
    assert_eq!(
        found("They brunch at the café Sundays."),
        vec![("Sundays", each(Weekday::Sun, None))]
    );
    assert_eq!(
        found("Shops close early—on Sundays, at noon."),
        vec![("Sundays", each(Weekday::Sun, None))]
    );
    // Hard-wrapped lines and capitals.
    assert_eq!(
        found("The ferry leaves every\nThursday."),
        vec![("every\nThursday", each(Weekday::Thu, None))]
    );
    assert_eq!(
        found("OPEN SATURDAY MORNINGS"),
        vec![(
            "SATURDAY MORNINGS",
            each(Weekday::Sat, Some(PartOfDay::Morning))
        )]
    );
}
