//! Tests of clock times and parts of the day placed on a day: the day their sentence
//! names, the lead's day, or the article date. All sentences are invented.

use crate::timeline::coarse::tests::{v, v_on};

#[test]
fn times_take_the_day_of_their_sentence() {
    assert_eq!(
        v("The polls closed at 8 p.m. on Wednesday.", "8 p.m."),
        "2022-05-11T20:00"
    );
    assert_eq!(
        v("The polls closed at 8 p.m.", "8 p.m."),
        "2022-05-13T20:00"
    );
    // A day after another time set off by a comma is that time's.
    let text = "On Monday the sun rose at 5:27 am, compared with 6:31 am on Thursday.";
    assert_eq!(v(text, "5:27 am"), "2022-05-09T05:27");
    assert_eq!(
        v("The shops open at 9 a.m. and 5 p.m. on Thursday.", "9 a.m."),
        "2022-05-12T09:00"
    );
    // The nearest day in the text, not in the mention list: a dateline that runs
    // into the sentence is further from the time than the day written after it.
    assert_eq!(
        v(
            "May 12, 2022 In a talk at 16:15 UTC, May 10, the mayor spoke.",
            "16:15 UTC"
        ),
        "2022-05-10T16:15Z"
    );
}

#[test]
fn a_time_ahead_with_no_day_takes_the_day_ahead_named_just_before() {
    let text = "The envoy will land at 4 p.m. on Tuesday. A dinner will follow at 8 p.m.";
    assert_eq!(v(text, "8 p.m."), "2022-05-17T20:00");
    // Not a day gone, nor one in another paragraph, nor into a sentence in the past.
    let text = "The envoy landed at 4 p.m. on Tuesday. A dinner will follow at 8 p.m.";
    assert_eq!(v(text, "8 p.m."), "2022-05-13T20:00");
    let text = "The envoy will land at 4 p.m. on Tuesday.\n\nA dinner will follow at 8 p.m.";
    assert_eq!(v(text, "8 p.m."), "2022-05-13T20:00");
    let text = "The envoy will land at 4 p.m. on Tuesday. A dinner was held at 8 p.m.";
    assert_eq!(v(text, "8 p.m."), "2022-05-13T20:00");
}

#[test]
fn a_day_in_a_clause_of_its_own_after_a_time_is_not_its_day() {
    let text = "The chair cut off comment at 10 p.m., saying members had heard it on May 2.";
    assert_eq!(v(text, "10 p.m."), "2022-05-13T22:00");
    let text = "Churches held a service at noon, and the mayor declared Tuesday a holiday.";
    assert_eq!(v(text, "noon"), "2022-05-13T12:00");
    let text = "The headliners go on at 9 p.m., while a rapper closes Tuesday's bill.";
    assert_eq!(v(text, "9 p.m."), "2022-05-13T21:00");
    // A verb that shares the subject keeps the day.
    let text = "The shop will open at 9 a.m., and close early on Tuesday.";
    assert_eq!(v(text, "9 a.m."), "2022-05-17T09:00");
}

#[test]
fn a_time_in_a_trailing_source_is_when_it_spoke() {
    let text = "The man was last seen at 6 p.m. on Tuesday, May 10, the inspector told \
                reporters at 11 a.m.";
    assert_eq!(v(text, "11 a.m."), "2022-05-13T11:00");
    assert_eq!(v(text, "6 p.m."), "2022-05-10T18:00");
}

#[test]
fn a_midnight_gone_on_the_article_day_ends_the_day_before() {
    assert_eq!(
        v(
            "The wall gave way at midnight, neighbours said.",
            "midnight"
        ),
        "2022-05-12T24:00"
    );
    assert_eq!(
        v("The fireworks will start at midnight.", "midnight"),
        "2022-05-13T24:00"
    );
}

#[test]
fn a_time_in_parentheses_takes_the_day_beside_it_there() {
    let text = "The strike will start at 0001 local time on Wednesday (2201 GMT on Tuesday).";
    assert_eq!(v(text, "2201 GMT"), "2022-05-17T22:01Z");
    assert_eq!(v(text, "Wednesday"), "2022-05-18");
}

#[test]
fn a_day_that_opens_the_sentence_frames_every_time_in_it() {
    let text = "On May 17, the gates will open at 8 a.m. and shut at 6 p.m., and the \
                organisers said the last bus leaves at 9 p.m.";
    assert_eq!(v(text, "9 p.m."), "2022-05-17T21:00");
    // Not a day that runs into its clause: a time set off by a comma after it may be
    // a comparison with another day.
    let text = "On Monday the sun rose at 5:27 am, compared with 6:31 am a month ago.";
    assert_eq!(v(text, "6:31 am"), "2022-05-13T06:31");
}

#[test]
fn a_time_told_in_the_past_falls_on_the_day_of_the_lead() {
    let story = "Investigators said Friday that a lamp started the fire that destroyed \
                 the Orrin barn on Tuesday.\n\nThe fire was reported at 11:42 p.m.";
    assert_eq!(v(story, "11:42 p.m."), "2022-05-10T23:42");
    // A holiday is a day too: New Year's Eve 2021, written on January 2.
    let story = "Police said Sunday that the shop burned down on New Year's Eve.\n\nThe \
                 alarm went off at 9 p.m.";
    assert_eq!(v_on("2022-01-02", story, "9 p.m."), "2021-12-31T21:00");
}

#[test]
fn the_lead_is_no_headline_and_its_night_ends_the_next_day() {
    let story = "Rail misery after Christmas\n\nPassengers faced delays on Thursday after \
                 a signal failed.\n\nTrains stopped at 7 a.m.";
    assert_eq!(v_on("2022-12-30", story, "7 a.m."), "2022-12-29T07:00");
    let story = "Fans celebrated the title on Saturday night.\n\nThe last of them left at \
                 2 a.m. and the square was swept at 11 a.m.";
    assert_eq!(v_on("2022-05-15", story, "2 a.m."), "2022-05-15T02:00");
    assert_eq!(v_on("2022-05-15", story, "11 a.m."), "2022-05-14T11:00");
}

#[test]
fn the_lead_day_is_the_event_not_a_clause_about_another() {
    // "after protests on May 9" tells of an earlier day; "after 11 p.m." is no clause.
    let story = "The council passed the budget shortly after 11 p.m. Wednesday, days \
                 after protests on May 9.\n\nThe debate opened at 9 a.m.";
    assert_eq!(v(story, "9 a.m."), "2022-05-11T09:00");
}

#[test]
fn other_times_stay_on_the_article_date() {
    // Ahead of the story, or in a sentence that looks forward.
    let story = "The barn burned down on Tuesday.\n\nA vigil will be held at 7 p.m.";
    assert_eq!(v(story, "7 p.m."), "2022-05-13T19:00");
    // A lead day more than a week back is background, not the story's event.
    let story = "The mill, which opened on April 2, closed on Thursday.\n\nThe last \
                 shift ended at 6 a.m.";
    assert_eq!(v(story, "6 a.m."), "2022-05-12T06:00");
    let story = "The mill, which opened on April 2, said it was closing.\n\nThe last \
                 shift ended at 6 a.m.";
    assert_eq!(v(story, "6 a.m."), "2022-05-13T06:00");
    // With no day in the lead, the time stays on the article date.
    let story = "The barn burned down.\n\nThe fire was reported at 11:42 p.m.";
    assert_eq!(v(story, "11:42 p.m."), "2022-05-13T23:42");
}

#[test]
fn a_part_of_the_day_without_its_day_is_placed_like_a_time() {
    // In the sentence's own day, on the lead's day in a story told in the past, and
    // on the article date otherwise.
    let story = "The council met on Tuesday.\n\nBy late morning the hall was full.";
    assert_eq!(v(story, "late morning"), "2022-05-10TMO");
    assert_eq!(
        v("Talks resumed on May 3 in the afternoon.", "the afternoon"),
        "2022-05-03TAF"
    );
    assert_eq!(
        v("The ferry will sail in the evening.", "the evening"),
        "2022-05-13TEV"
    );
    // "That night" goes back to the day named, not to the part of it.
    let story = "The ferry left on May 3. It docked in the afternoon and sailed again \
                 that night.";
    assert_eq!(v(story, "that night"), "2022-05-03TNI");
}

#[test]
fn a_day_in_a_relative_clause_after_a_time_is_that_clause_s() {
    let text = "The vote came shortly after 2 p.m. and followed two days of debate that \
                began on Wednesday.";
    assert_eq!(v(text, "2 p.m."), "2022-05-13T14:00");
}

#[test]
fn a_holiday_in_the_sentence_is_the_time_s_day() {
    let text = "The fireworks display on New Year's Eve will begin at 11 p.m. above the harbour.";
    assert_eq!(v(text, "11 p.m."), "2022-12-31T23:00");
}

#[test]
fn a_time_ahead_in_its_own_clause_takes_the_day_named_before() {
    // The clause after the time has a verb of its own, told in the perfect.
    let text = "A hearing is set for Wednesday. The judge will hear arguments at 2 p.m., \
                and the firm has asked to pay its suppliers.";
    assert_eq!(v(text, "2 p.m."), "2022-05-18T14:00");
    // A month its own sentence names frames it instead.
    let text = "Sentencing is set for May 27. The June hearing is scheduled to begin at 9 a.m.";
    assert_eq!(v(text, "9 a.m."), "2022-05-13T09:00");
}

#[test]
fn a_time_gone_takes_the_day_gone_named_just_before() {
    let text = "Voting took place on Wednesday. Polls opened at 7 a.m. and closed at 5 p.m.";
    assert_eq!(v(text, "7 a.m."), "2022-05-11T07:00");
    assert_eq!(v(text, "5 p.m."), "2022-05-11T17:00");
}

#[test]
fn a_day_after_another_time_and_its_verb_is_that_times() {
    let text = "The strike began at 6 a.m. and is due to end at 6 a.m. Sunday.";
    assert_eq!(v(text, "6 a.m."), "2022-05-13T06:00");
    // Before both, a day frames them.
    let text = "The ferry leaves on Monday at 7:15 and is due to land at 10:40.";
    assert_eq!(v(text, "10:40"), "2022-05-16T10:40");
}

#[test]
fn a_day_in_an_aside_before_a_time_is_the_asides() {
    let text = "The fire, which started on Tuesday afternoon, was half contained as of 8 a.m.";
    assert_eq!(v(text, "8 a.m."), "2022-05-13T08:00");
}
