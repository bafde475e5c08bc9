//! Tests of weekdays placed by the clause around them and by the headline over them.
//! All sentences are invented.

use crate::document::{DocKind, Document};
use crate::timeline::{analyze, timex};

/// The TIMEX3 values of the mentions written `needle`, in order, in a text dated
/// 2022-05-13 (a Friday).
fn values(text: &str, needle: &str) -> Vec<String> {
    let text = format!("Dated 2022-05-13.\n\n{text}");
    let doc = Document::new(&text, DocKind::PlainText);
    let analysis = analyze(&doc, None);
    analysis
        .mentions
        .iter()
        .zip(&analysis.timeline.resolutions)
        .filter(|(m, _)| doc.text(m.span) == needle)
        .map(|(m, r)| timex(m, r.as_ref()).1)
        .collect()
}

#[test]
fn a_source_told_after_the_day_leaves_the_day_its_own_tense() {
    let text = "Snow is expected to fall through Sunday, the weather service said Friday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    // With nothing before the source to say otherwise, its past governs.
    let text = "Snow fell on Sunday, the weather service said Friday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-08"]);
}

#[test]
fn forecasts_and_slates_look_ahead() {
    let text = "A storm is forecast to reach the coast on Sunday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    let text = "The bridge is slated to reopen Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    // Without "to", "projected" is a past verb.
    let text = "The firm projected a loss on Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
}

#[test]
fn a_headline_weekday_is_the_day_its_lead_names() {
    let text = "Harbour inquiry opens Monday\n\nThe inquiry into the harbour collapse \
                opens Monday in Dunmore.";
    assert_eq!(values(text, "Monday"), ["2022-05-16", "2022-05-16"]);
    // A headline that looks ahead with "to" gives its day to the lead.
    let text = "Ferry crews to strike from Wednesday\n\nFerry crews voted to walk out \
                from 6am Wednesday over pay.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18", "2022-05-18"]);
    // A headline about a day gone by keeps the lead's past.
    let text = "Gale topples pier Tuesday\n\nA gale toppled the old pier on Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-10", "2022-05-10"]);
    // A month too; but after a verb of change "to" is a preposition.
    let text = "Ferries to add night sailings under November timetable\n\nThe ferry \
                company said it had bought two boats.";
    assert_eq!(values(text, "November"), ["2022-11"]);
    let text = "Jobless rate falls to two-year low in November\n\nThe rate fell to 4 \
                percent, officials said.";
    assert_eq!(values(text, "November"), ["2021-11"]);
}

#[test]
fn a_fixture_in_the_present_is_ahead() {
    let text = "Rovers travel to Ashford on Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    let text = "United host Rovers on Monday night, while Rovers travel to Ashford \
                on Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn what_a_postponement_moves_to_is_ahead() {
    let text = "The judge adjourned the trial until Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    let text = "Officials postponed until Tuesday morning any ruling on the permit.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    let text = "The hearing was adjourned to February.";
    assert_eq!(values(text, "February"), ["2023-02"]);
    // A past verb of another kind keeps the day gone by.
    let text = "The judge heard the case until Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
}

#[test]
fn expecting_and_promising_look_ahead() {
    let text = "Forecasters expect more rain between Monday and Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    let text = "The mayor has promised a new budget by March.";
    assert_eq!(values(text, "March"), ["2023-03"]);
    // A plain past verb with "by" keeps its past.
    let text = "The mayor had finished the budget by March.";
    assert_eq!(values(text, "March"), ["2022-03"]);
}

#[test]
fn a_body_that_holds_its_meeting_on_a_day_holds_it_ahead() {
    let text = "The forum, which holds its first gathering Wednesday, was his idea.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn a_plan_still_held_looks_ahead_in_a_sentence_told_in_the_past() {
    let text = "Growers marched through Elmsford on Saturday and were planning to \
                blockade the depot on Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    // A plan told in the past perfect is of a day gone.
    let text = "Growers marched through Elmsford on Saturday; they had been planning to \
                blockade the depot on Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-10"]);
}

#[test]
fn an_instruction_still_to_be_followed_is_ahead() {
    let text = "Witnesses have been told to report at 9 a.m. Monday.";
    assert_eq!(values(text, "Monday"), ["2022-05-16"]);
    // An order told in the past may be of a day gone.
    let text = "The skipper was ordered to appear in court Monday.";
    assert_eq!(values(text, "Monday"), ["2022-05-09"]);
}

#[test]
fn could_looks_ahead_unless_it_tells_of_an_ability_or_the_past() {
    let text = "A second front could bring sleet on Wednesday, though forecasters said \
                it was too early to tell.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    let text = "The ferry owner could not be reached Wednesday, his office said.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
    let text = "Neither brother could be located Wednesday, police said.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
}

#[test]
fn a_day_after_ahead_of_is_still_to_come() {
    let text = "Polls published ahead of Sunday's runoff gave the mayor a narrow lead.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    let text = "Crews toured the valley in the run-up to Thursday's vote.";
    assert_eq!(values(text, "Thursday"), ["2022-05-19"]);
}

#[test]
fn a_trailing_source_does_not_turn_a_deadline_back() {
    let text = "The inquest was adjourned Friday until Tuesday, a court clerk said.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    // A past verb in the day's own clause still does.
    let text = "Until Tuesday, the police had not named him.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-10"]);
}

#[test]
fn a_clock_time_between_the_deadline_word_and_the_day_is_read_past() {
    // Dated a Friday: Thursday alone, in a past sentence, is yesterday.
    let text = "The agency issued a gale warning, valid until noon Thursday.";
    assert_eq!(values(text, "Thursday"), ["2022-05-19"]);
    let text = "Ferries are suspended until at least Thursday.";
    assert_eq!(values(text, "Thursday"), ["2022-05-19"]);
    // "Just before midnight Monday" is as often a moment gone.
    let text = "Negotiators settled the dispute just before midnight Monday.";
    assert_eq!(values(text, "Monday"), ["2022-05-09"]);
    let text = "Early voting ends at 7 p.m. Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn a_weekday_as_the_subject_of_a_future_is_ahead() {
    let text = "The motoring club said Wednesday afternoon would be the worst time to drive.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    let text = "\u{201c}Wednesday is our chance,\u{201d} the mayor told the crowd.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
    let text = "The club said Wednesday the roads were clear.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
}

#[test]
fn an_event_starting_on_a_day_is_ahead_unless_a_past_verb_tells_it() {
    let text = "The classic is played this weekend, with the final round starting Sunday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    let text = "The ceasefire beginning Sunday was not the first, officials said.";
    assert_eq!(values(text, "Sunday"), ["2022-05-08"]);
    // Six words may stand between the verb and the day.
    let text = "The club faces four matches in ten days, starting at home to Oldmere on Sunday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
}

#[test]
fn what_is_effective_on_a_day_is_ahead_unless_told_so() {
    let text = "The judge issued an injunction, effective at 5 p.m. on Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    let text = "The ban was effective Tuesday, officials said.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-10"]);
}

#[test]
fn a_state_in_the_present_on_a_day_is_ahead() {
    let text = "Bond markets close early on Thursday and are shut on Sunday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    // A clock time between the verb and the day ends no clause.
    let text = "A second slot is available at 04:07 UTC on Sunday, the agency said.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    let text = "Futures trading resumes at 6 p.m. on Sunday.";
    assert_eq!(values(text, "Sunday"), ["2022-05-15"]);
    // Not a day that names its own event.
    let text = "The death toll is 40 after Sunday's quake.";
    assert_eq!(values(text, "Sunday"), ["2022-05-08"]);
}

#[test]
fn a_settled_price_dates_a_day_gone() {
    let text = "Orrin will pay $12 a share, a 30% premium to Tallow's closing price on Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
    let text = "The offer will top Wednesday's close by a fifth.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
    // "close" as a verb is no price.
    let text = "The exchange will close on Wednesday for the holiday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn next_names_a_day_of_next_week() {
    // Written on a Friday: "next Saturday" is not tomorrow.
    let text = "The race finishes in Port Orrel next Saturday.";
    assert_eq!(values(text, "Saturday"), ["2022-05-21"]);
    let text = "The board meets again next Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn a_headline_day_placed_by_default_takes_the_storys_day() {
    let filler = "The route climbs through the old town and along the coast. ".repeat(12);
    let text = format!(
        "Riders eye Thursday summit finish\n\nThe tour starts on Sunday.\n\n{filler}\n\n\
         The decisive day is expected to be Thursday, when the climb comes."
    );
    assert_eq!(values(&text, "Thursday"), ["2022-05-19", "2022-05-19"]);
}

#[test]
fn a_calendar_of_releases_in_the_present_looks_ahead() {
    let text = "The central bank announces its decision at 2 p.m. Tuesday.";
    assert_eq!(values(text, "Tuesday"), ["2022-05-17"]);
    let text = "The statistics office publishes its figures on Wednesday.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn giving_up_by_a_day_sets_no_deadline() {
    let text = "\"We had given up hope by Wednesday,\" her brother told reporters.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-11"]);
    let text = "The judge gave the agency until Wednesday to respond.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}

#[test]
fn a_source_set_off_with_who_it_is_still_trails() {
    let text = "\"We will wait, whether it takes until Wednesday or longer,\" Ferro, a former \
                mayor, told supporters.";
    assert_eq!(values(text, "Wednesday"), ["2022-05-18"]);
}
