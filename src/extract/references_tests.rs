//! Reference, recurrence and amount-less duration tests. All sentences are invented.

use crate::extract::{extract_from_prose, MentionValue, Recurrence, TimeReference, TimeUnit};

fn found(s: &str) -> Vec<(&str, MentionValue)> {
    extract_from_prose(s)
        .into_iter()
        .map(|m| (&s[m.span.range()], m.value))
        .collect()
}

#[test]
fn references_to_present_past_and_future() {
    assert_eq!(
        found("The canal is now open."),
        vec![("now", MentionValue::Reference(TimeReference::Present))]
    );
    assert_eq!(
        found("The pier is currently shut."),
        vec![("currently", MentionValue::Reference(TimeReference::Present))]
    );
    assert_eq!(
        found("Ticket prices rose recently."),
        vec![("recently", MentionValue::Reference(TimeReference::Past))]
    );
    assert_eq!(
        found("Tolls may rise in the near future."),
        vec![(
            "the near future",
            MentionValue::Reference(TimeReference::Future)
        )]
    );
    assert_eq!(
        found("Floods were common in the past."),
        vec![("the past", MentionValue::Reference(TimeReference::Past))]
    );
    assert_eq!(
        found("Rents have climbed lately."),
        vec![("lately", MentionValue::Reference(TimeReference::Past))]
    );
    assert_eq!(
        found("The pool stays shut for the time being."),
        vec![(
            "the time being",
            MentionValue::Reference(TimeReference::Present)
        )]
    );
}

#[test]
fn conjunctions_and_lengths_are_not_references() {
    assert!(found("Now that the dam is built, fish are scarce.").is_empty());
    // "the past two months" is a duration; its length is the duration recogniser's.
    assert!(found("over the past half-century")
        .iter()
        .all(|(_, v)| !matches!(v, MentionValue::Reference(_))));
    assert!(found("in the past two months")
        .iter()
        .all(|(_, v)| !matches!(v, MentionValue::Reference(_))));
    assert!(found("over the past fortnight")
        .iter()
        .all(|(_, v)| !matches!(v, MentionValue::Reference(_))));
}

#[test]
fn recurrences() {
    let set = |unit, every| MentionValue::Set(Recurrence::Interval { unit, every });
    assert_eq!(
        found("The ferry runs daily."),
        vec![("daily", set(TimeUnit::Day, 1))]
    );
    assert_eq!(
        found("Inspectors call every week."),
        vec![("every week", set(TimeUnit::Week, 1))]
    );
    // "two weeks" is a duration the interval check reads; it keeps it.
    assert!(matches!(
        found("Inspectors call every two weeks.")[..],
        [("two weeks", MentionValue::Duration(_))]
    ));
    assert_eq!(
        found("The fair is held each year."),
        vec![("each year", set(TimeUnit::Year, 1))]
    );
    assert_eq!(
        found("The fund pays interest every quarter."),
        vec![("every quarter", set(TimeUnit::Quarter, 1))]
    );
    assert_eq!(
        found("The council meets twice a year."),
        vec![("twice a year", set(TimeUnit::Year, 1))]
    );
    assert_eq!(
        found("Take one three times a day."),
        vec![("three times a day", set(TimeUnit::Day, 1))]
    );
    assert_eq!(
        found("The bins go out every other week."),
        vec![("every other week", set(TimeUnit::Week, 2))]
    );
    assert_eq!(
        found("The bins go out every second week."),
        vec![("every second week", set(TimeUnit::Week, 2))]
    );
}

#[test]
fn lengths_without_an_amount() {
    assert_eq!(
        found("The repairs took several months."),
        vec![(
            "several months",
            MentionValue::VagueDuration(TimeUnit::Month)
        )]
    );
    assert_eq!(
        found("The strike lasted a few days."),
        vec![("a few days", MentionValue::VagueDuration(TimeUnit::Day))]
    );
    assert_eq!(
        found("Talks dragged on for years."),
        vec![("years", MentionValue::VagueDuration(TimeUnit::Year))]
    );
    assert_eq!(
        found("The hull sank within seconds."),
        vec![("seconds", MentionValue::VagueDuration(TimeUnit::Second))]
    );
    // A bare plural that is not a length on its own stays out.
    assert!(found("The years of drought ended.").is_empty());
    assert!(found("She seconds the motion.").is_empty());
}

#[test]
fn the_years_after_a_preposition_are_a_length() {
    let year = MentionValue::VagueDuration(TimeUnit::Year);
    assert_eq!(
        found("Over the years, the choir grew."),
        vec![("the years", year.clone())]
    );
    assert_eq!(
        found("In the early years the mill lost money."),
        vec![("the early years", year)]
    );
    assert_eq!(
        found("The ruins were found decades ago."),
        vec![("decades", MentionValue::VagueDuration(TimeUnit::Decade))]
    );
    assert_eq!(
        found("The dam broke in just minutes."),
        vec![("minutes", MentionValue::VagueDuration(TimeUnit::Minute))]
    );
    // The years of something, or years named by number, are not a length; nor is a
    // plural with no preposition or article before it.
    for text in [
        "In the years of the drought, wells ran dry.",
        "Costs are spread over the years 2027 to 2031.",
        "Her best years are ahead of her.",
        "Talks — years of them — failed.",
        "Café years passed.",
    ] {
        let lengths: Vec<_> = found(text)
            .into_iter()
            .filter(|(_, v)| matches!(v, MentionValue::VagueDuration(_)))
            .collect();
        assert!(lengths.is_empty(), "{text}: {lengths:?}");
    }
}

#[test]
fn lengths_said_by_long_and_ahead() {
    assert_eq!(
        found("The towns ended a decades-long feud."),
        vec![(
            "decades-long",
            MentionValue::VagueDuration(TimeUnit::Decade)
        )]
    );
    assert_eq!(
        found("Fares may climb in the weeks ahead."),
        vec![(
            "the weeks ahead",
            MentionValue::VagueDuration(TimeUnit::Week)
        )]
    );
    // "ahead of" places something before an event; it is not a length.
    assert!(found("In the days ahead of the vote, the town was quiet.").is_empty());
}

#[test]
fn frequency_words_are_recurrences_except_in_names() {
    assert_eq!(
        found("She gave her weekly address."),
        vec![(
            "weekly",
            MentionValue::Set(Recurrence::Interval {
                unit: TimeUnit::Week,
                every: 1
            })
        )]
    );
    assert!(found("The party daily Sentinel ran it.").is_empty());
    assert!(found("The Harbor Daily ran it.").is_empty());
    assert!(found("The daily-use pass.").is_empty());
    assert_eq!(
        found("The paper is printed daily in Lagos."),
        vec![(
            "daily",
            MentionValue::Set(Recurrence::Interval {
                unit: TimeUnit::Day,
                every: 1
            })
        )]
    );
    // "in the past" followed by a clause is still the past.
    assert_eq!(
        found("The firm said in the past it would sell."),
        vec![("the past", MentionValue::Reference(TimeReference::Past))]
    );
}

#[test]
fn the_near_term_is_ahead_unless_it_modifies_a_noun() {
    assert_eq!(
        found("Prices may fall in the near term, and rise at a later date."),
        vec![
            (
                "the near term",
                MentionValue::Reference(TimeReference::Future)
            ),
            (
                "a later date",
                MentionValue::Reference(TimeReference::Future)
            ),
        ]
    );
    assert!(found("It pays for the long term care of veterans.").is_empty());
    assert_eq!(
        found("Growth in the near term appears likely."),
        vec![(
            "the near term",
            MentionValue::Reference(TimeReference::Future)
        )]
    );
    assert!(found("Banks cut the short term rates again.").is_empty());
    assert!(found("Rates in the short term debt market rose.").is_empty());
}

#[test]
fn each_of_a_named_part_of_the_calendar_is_a_recurrence() {
    use crate::extract::{CalendarSlot, PartOfDay, Season};
    let each = |slot| MentionValue::Set(Recurrence::Each(slot));
    assert_eq!(
        found("Pickers gather every July in the valley."),
        vec![("every July", each(CalendarSlot::Month(7)))]
    );
    assert_eq!(
        found("Guards walk the wall each morning."),
        vec![(
            "each morning",
            each(CalendarSlot::PartOfDay(PartOfDay::Morning))
        )]
    );
    assert_eq!(
        found("Every autumn the river floods."),
        vec![("Every autumn", each(CalendarSlot::Season(Season::Fall)))]
    );
    assert_eq!(
        found("The shop closes on weekends."),
        vec![("weekends", each(CalendarSlot::Weekend))]
    );
    // A modal verb is no month, and counted weekends are no recurrence.
    assert!(found("Each may choose a seat.").is_empty());
    assert!(found("It rained for two weekends.")
        .iter()
        .all(|(_, v)| !matches!(v, MentionValue::Set(_))));
}

#[test]
fn season_and_part_words_before_a_noun_or_verb_are_no_recurrence() {
    for text in [
        "Each fall costs hospitals about $30,000.",
        "Each winter coat sold out.",
        "Every morning paper ran it.",
    ] {
        assert!(
            found(text)
                .iter()
                .all(|(_, v)| !matches!(v, MentionValue::Set(_))),
            "{text}"
        );
    }
    assert_eq!(found("Every night he sleeps well.").len(), 1);
    assert_eq!(found("The fair returns each spring, as ever.").len(), 1);
}
