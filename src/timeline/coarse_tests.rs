//! Tests of the coarse resolutions: periods in focus, weekday cues, times placed on
//! their day. All sentences are invented.

use crate::document::{DocKind, Document};
use crate::timeline::{analyze, timex};

/// The TIMEX3 value of the mention `needle` in a text dated 2022-05-13 (a Friday).
pub(in crate::timeline) fn v(text: &str, needle: &str) -> String {
    v_on("2022-05-13", text, needle)
}

/// The TIMEX3 value of the mention `needle` in a text dated `date`.
pub(in crate::timeline) fn v_on(date: &str, text: &str, needle: &str) -> String {
    let text = format!("Dated {date}.\n\n{text}");
    let doc = Document::new(&text, DocKind::PlainText);
    let analysis = analyze(&doc, None);
    let i = analysis
        .mentions
        .iter()
        .position(|m| doc.text(m.span) == needle)
        .unwrap_or_else(|| panic!("no mention {needle:?} in {:?}", analysis.mentions));
    timex(
        &analysis.mentions[i],
        analysis.timeline.resolutions[i].as_ref(),
    )
    .1
}

#[test]
fn the_week_after_a_named_day_is_a_whole_week() {
    let text = "The heats are on Thursday, June 9. The finals follow the next week.";
    assert_eq!(v(text, "the next week"), "2022-W24");
    let text = "Admissions reached 90 in the week to Sunday, May 8, up from 60 the previous week.";
    assert_eq!(v(text, "the previous week"), "2022-W17");
}

#[test]
fn a_month_shift_looks_past_a_background_year() {
    let text = "A review found in July 2018 that the pumps, first faulted in 2009, had \
                failed. The board resigned the following month.";
    assert_eq!(v(text, "the following month"), "2018-08");
    // Not past a year of a sentence of its own, which may be the one meant.
    let text = "A review reported in July 2018. Repairs began in 2019. The board resigned \
                the following month.";
    assert_eq!(v(text, "the following month"), "XXXX-XX-XX");
}

#[test]
fn years_and_months_ago_keep_their_granularity() {
    assert_eq!(v("The mill closed two years ago.", "two years ago"), "2020");
    assert_eq!(
        v("The mill closed three months ago.", "three months ago"),
        "2022-02"
    );
    // A year and a half is counted in months.
    assert_eq!(
        v(
            "The mill closed a year and a half ago.",
            "a year and a half ago"
        ),
        "2020-11"
    );
}

#[test]
fn a_date_named_again_keeps_its_year() {
    // The first is surely next February's; the second, in a past-tense sentence,
    // would be this February's on its own.
    let text = "The chief will step down Feb. 1, the board said. It named an interim \
                team last week, to take over on Feb. 1.";
    let doc = Document::new(format!("Dated 2022-10-20.\n\n{text}"), DocKind::PlainText);
    let analysis = analyze(&doc, None);
    let years: Vec<_> = analysis
        .mentions
        .iter()
        .zip(&analysis.timeline.resolutions)
        .filter(|(m, _)| doc.text(m.span) == "Feb. 1")
        .map(|(_, r)| r.and_then(|r| r.date.year))
        .collect();
    assert_eq!(years, [Some(2023), Some(2023)]);
    // A date with its year written is an anniversary when named again bare.
    assert_eq!(
        v(
            "The towers fell on Sept. 11, 2001. Services were held on Sept. 11 across the city.",
            "Sept. 11"
        ),
        "2021-09-11"
    );
    // February 29 written with a year lends it to no bare February 29 after it.
    let text = "Dated 2022-05-13.\n\nThe rule was proposed on Feb. 29, 2019. A vote followed on Feb. 29, when it passed.";
    let doc = Document::new(text, DocKind::PlainText);
    let analysis = analyze(&doc, None);
    let last = analysis
        .mentions
        .iter()
        .rposition(|m| doc.text(m.span) == "Feb. 29");
    let value = last.map(|i| {
        timex(
            &analysis.mentions[i],
            analysis.timeline.resolutions[i].as_ref(),
        )
        .1
    });
    assert_eq!(value.as_deref(), Some("XXXX-02-29"));
}

#[test]
fn the_previous_fiscal_year_counts_from_the_year_in_focus() {
    assert_eq!(
        v(
            "Sales in fiscal 2019 rose 5% from the previous fiscal year.",
            "the previous fiscal year"
        ),
        "2018"
    );
    // With no year named before it, the article's own.
    assert_eq!(
        v(
            "Growth will be faster in the next fiscal year.",
            "the next fiscal year"
        ),
        "2023"
    );
    // "next year" is no year written, and one named paragraphs back is not the
    // year in focus.
    assert_eq!(
        v(
            "Prices will rise next year, and faster in the next fiscal year.",
            "the next fiscal year"
        ),
        "2023"
    );
    let far = format!(
        "Deflation may return in fiscal 2024, she said.\n\n{}\n\nGrowth will be 2 percent in the next fiscal year.",
        "The weather was wet and sales were slow in the autumn, the report said. ".repeat(3)
    );
    assert_eq!(v(&far, "the next fiscal year"), "2023");
    // Counted from the year just written, in a past narrative.
    assert_eq!(
        v(
            "In fiscal 2015 it lost money, and the next fiscal year it recovered.",
            "the next fiscal year"
        ),
        "2016"
    );
}

#[test]
fn a_year_back_in_a_quarterly_report_is_that_quarter() {
    let text = "Sales rose in the first quarter, up from a year ago.";
    assert_eq!(v(text, "a year ago"), "2021-Q1");
    // Only one year back is the comparison: twenty years back is a year.
    let text = "Sales rose in the first quarter. The line was launched 20 years ago.";
    assert_eq!(v(text, "20 years ago"), "2002");
}

#[test]
fn the_latest_quarter_is_a_finished_one() {
    // Written in May 2022: the latest finished quarter is the first, whatever
    // later quarter a forecast names before it.
    let text = "The bank expects a third-quarter charge. Profit fell in the latest quarter.";
    assert_eq!(v(text, "the latest quarter"), "2022-Q1");
    let text = "Profit rose in the fourth quarter of 2021. The quarter was strong.";
    assert_eq!(v(text, "The quarter"), "2021-Q4");
}

#[test]
fn weekday_cues_and_tomorrow() {
    assert_eq!(v("The ferry sank last Friday.", "Friday"), "2022-05-06");
    assert_eq!(v("The ferry sails next Friday.", "Friday"), "2022-05-20");
    // The day after the article date, with no cue either way.
    assert_eq!(v("The ferry sails Saturday.", "Saturday"), "2022-05-14");
    assert_eq!(v("The ferry sank on Wednesday.", "Wednesday"), "2022-05-11");
    // "on a Monday" is any Monday: no day, but still a Monday.
    assert_eq!(v("The pump was fixed on a Monday.", "Monday"), "XXXX-WXX-1");
    // "this" is the article's week (Monday 9 to Sunday 15).
    assert_eq!(
        v("The exam was set for this Sunday.", "Sunday"),
        "2022-05-15"
    );
    assert_eq!(v("The ferry docked this Tuesday.", "Tuesday"), "2022-05-10");
    // A day already gone, in a sentence not in the past, is the next one.
    assert_eq!(
        v("The board will meet this Tuesday.", "Tuesday"),
        "2022-05-17"
    );
    assert_eq!(v("The council meets this Monday.", "Monday"), "2022-05-16");
    // Cues both ways: a plain future in the day's own clause governs it, unless a
    // past verb follows the day in that clause.
    let both = "On Tuesday the club will play a side who drew on Wednesday.";
    assert_eq!(v(both, "Tuesday"), "2022-05-17");
    assert_eq!(v(both, "Wednesday"), "2022-05-11");
    assert_eq!(
        v(
            "The fund, which was sold last year, is to resume trading Tuesday.",
            "Tuesday"
        ),
        "2022-05-17"
    );
    assert_eq!(
        v(
            "He claimed the case will fail and on Tuesday criticised the judge.",
            "Tuesday"
        ),
        "2022-05-10"
    );
    // A day named for its event is the day named so before, with no cue word.
    let text = "Dated 2022-05-13.\n\nThe island will vote on Tuesday.\n\nTuesday's vote, \
                which was called in March, was delayed twice.";
    let doc = Document::new(text, DocKind::PlainText);
    let analysis = analyze(&doc, None);
    let tuesdays: Vec<String> = analysis
        .mentions
        .iter()
        .zip(&analysis.timeline.resolutions)
        .filter(|(m, _)| doc.text(m.span) == "Tuesday")
        .map(|(m, r)| timex(m, r.as_ref()).1)
        .collect();
    assert_eq!(tuesdays, ["2022-05-17", "2022-05-17"]);
    // Booked in the present, a day is ahead; told as booked in the past, it may be gone.
    let booked = "A funeral is scheduled for 11 a.m. Tuesday, the family said.";
    assert_eq!(v(booked, "Tuesday"), "2022-05-17");
    let called = "A meeting has been called for 10:00 GMT on Tuesday, officials said.";
    assert_eq!(v(called, "Tuesday"), "2022-05-17");
    let postponed = "The vote was scheduled for Tuesday but was postponed.";
    assert_eq!(v(postponed, "Tuesday"), "2022-05-10");
    let postponed = "The vote was set for Tuesday at 9 a.m. but has been called off.";
    assert_eq!(v(postponed, "Tuesday"), "2022-05-10");
    // Booked in the active voice; "called for" a day's event is a demand.
    let called = "The union has called a meeting with managers for Tuesday.";
    assert_eq!(v(called, "Tuesday"), "2022-05-17");
    let demand = "The union called for Tuesday's vote to be scrapped.";
    assert_eq!(v(demand, "Tuesday"), "2022-05-10");
    // Told as booked, with nothing to say the plan fell through, the day is ahead.
    let booked = "A bail hearing was set for 9:30 a.m. Tuesday, her lawyer said.";
    assert_eq!(v(booked, "Tuesday"), "2022-05-17");
    // Reported speech: "would" looks ahead from the saying; "would have" does not, nor
    // does a day named for its event.
    assert_eq!(
        v(
            "The minister said the talks would resume on Tuesday.",
            "Tuesday"
        ),
        "2022-05-17"
    );
    assert_eq!(
        v(
            "The minister said the talks would have resumed on Tuesday.",
            "Tuesday"
        ),
        "2022-05-10"
    );
    assert_eq!(
        v(
            "Lawyers said they would seek to overturn Tuesday's ruling.",
            "Tuesday"
        ),
        "2022-05-10"
    );
    // The reported future reaches a setting after ", with", past a "next" that names
    // a time; a comma alone still ends the clause.
    let forecast = "Forecasters said the rain would last into next week, with cooler air \
                    arriving late Tuesday.";
    assert_eq!(v(forecast, "Tuesday"), "2022-05-17");
    let staying = "The port said it would extend its hours, staying open from Tuesday morning.";
    assert_eq!(v(staying, "Tuesday"), "2022-05-17");
    let later = "Forecasters said the rain would last, and it eased on Tuesday.";
    assert_eq!(v(later, "Tuesday"), "2022-05-10");
    // A deadline granted is ahead; one a relative clause tells of may be gone.
    let granted = "The judge halted the work and gave the agency until July 30 to report.";
    assert_eq!(v(granted, "July 30"), "2022-07-30");
    let has = "The firm said it has until Tuesday to reply.";
    assert_eq!(v(has, "Tuesday"), "2022-05-17");
    let earlier = "It followed a ruling in March, which gave the firm until April 30 to reply.";
    assert_eq!(v(earlier, "April 30"), "2022-04-30");
    // So is one ordered, with "to" before it; "no later than" is a deadline word too.
    let ordered = "The judge ordered both sides to swap reports by April 15 and file \
                   arguments no later than July 7.";
    assert_eq!(v(ordered, "April 15"), "2023-04-15");
    assert_eq!(v(ordered, "July 7"), "2022-07-07");
    // Still due, a day is ahead; due once, or a plan that fell through, it may be gone.
    let due = "The line said it had diverted two ferries that were due to dock on Tuesday.";
    assert_eq!(v(due, "Tuesday"), "2022-05-17");
    let had_been = "The line said two ferries had been due to dock on Tuesday.";
    assert_eq!(v(had_been, "Tuesday"), "2022-05-10");
    let fell_through = "The line said a ferry was due to dock on Tuesday but was cancelled.";
    assert_eq!(v(fell_through, "Tuesday"), "2022-05-10");
    // "must" binds ahead, but not across a dash.
    let must = "Under the licence, renewed last year, music must stop by midnight on Tuesday.";
    assert_eq!(v(must, "Tuesday"), "2022-05-17");
    let aside = "They settled how fast firms must comply -- just before midnight Tuesday.";
    assert_eq!(v(aside, "Tuesday"), "2022-05-10");
    // A past verb joined by "and" after the day is its subject's, not the day's.
    let joined = "The airline said it would cancel flights on Tuesday and warned of more.";
    assert_eq!(v(joined, "Tuesday"), "2022-05-17");
    // The colon of a clock time ends no clause.
    let timed = "The walkout will run from 00:01 on Tuesday, the pilots' union (PCA) said.";
    assert_eq!(v(timed, "Tuesday"), "2022-05-17");
    // "could" looking ahead is a plain future too; "could have" is not.
    let could = "Forecasters said snow could reach the hills late on Tuesday.";
    assert_eq!(v(could, "Tuesday"), "2022-05-17");
    let could_have = "Forecasters said snow could have reached the hills on Tuesday.";
    assert_eq!(v(could_have, "Tuesday"), "2022-05-10");
    // Expected now, a day is ahead; expected then, it may be gone.
    let expected = "The final is expected to be Tuesday, when the roads have been cleared.";
    assert_eq!(v(expected, "Tuesday"), "2022-05-17");
    let was = "The final was expected to be Tuesday, when the roads had been cleared.";
    assert_eq!(v(was, "Tuesday"), "2022-05-10");
    // A day that opens its sentence belongs to the clause after its comma.
    let fronted = "On Tuesday morning, the two leaders will meet, as they have since 2019.";
    assert_eq!(v(fronted, "Tuesday"), "2022-05-17");
    let inside = "Police said that on Tuesday, a man who will face charges was seen.";
    assert_eq!(v(inside, "Tuesday"), "2022-05-10");
    // A past verb in a clause of its own after the day is not the day's.
    assert_eq!(
        v(
            "Ferries will be halted from Tuesday after talks broke down.",
            "Tuesday"
        ),
        "2022-05-17"
    );
    assert_eq!(
        v(
            "The offer had been scheduled to expire on Tuesday, and will now run on.",
            "Tuesday"
        ),
        "2022-05-10"
    );
    // A plan told in the past tense is still ahead of the article.
    assert_eq!(
        v(
            "Growers were planning to block the road on Monday.",
            "Monday"
        ),
        "2022-05-16"
    );
    // An event on a named day, told in the present tense, is still to come, whatever
    // the verb of saying around it.
    assert_eq!(
        v(
            "The envoy meets the rebels Tuesday in the capital.",
            "Tuesday"
        ),
        "2022-05-17"
    );
    assert_eq!(
        v(
            "Dealers said buying would be thin when the exchange opens Monday.",
            "Monday"
        ),
        "2022-05-16"
    );
    assert_eq!(
        v(
            "The fair, which ends on Wednesday, drew crowds.",
            "Wednesday"
        ),
        "2022-05-18"
    );
    // A deadline still to come; not a day named for its event, nor one a past verb
    // after it tells of.
    assert_eq!(
        v("The curfew stays in place until Tuesday.", "Tuesday"),
        "2022-05-17"
    );
    assert_eq!(
        v("Its share before Tuesday's purchases was 7%.", "Tuesday"),
        "2022-05-10"
    );
    assert_eq!(
        v("Until Tuesday, police had not named a suspect.", "Tuesday"),
        "2022-05-10"
    );
    // A bare form after a plural subject: "talks resume", "preorders begin".
    assert_eq!(
        v("Preorders begin Tuesday morning.", "Tuesday"),
        "2022-05-17"
    );
    assert_eq!(
        v(
            "The schools reopen on Wednesday after the floods.",
            "Wednesday"
        ),
        "2022-05-18"
    );
    // Alone, a bare form is as often a noun or an infinitive.
    assert_eq!(
        v("The mill did not reopen on Wednesday.", "Wednesday"),
        "2022-05-11"
    );
    assert_eq!(
        v("His first start on Wednesday went badly.", "Wednesday"),
        "2022-05-11"
    );
    // Yesterday's weekday is a story dated the day after it was written.
    assert_eq!(v("The fair opens Thursday.", "Thursday"), "2022-05-12");
    // Not a verb after a determiner or "to", nor a noun with no object after it.
    assert_eq!(
        v("The visits Wednesday drew crowds.", "Wednesday"),
        "2022-05-11"
    );
    assert_eq!(
        v(
            "Shares slid all week, to close on Wednesday at a low.",
            "Wednesday"
        ),
        "2022-05-11"
    );
    assert_eq!(
        v("The mayor thanked her hosts Wednesday.", "Wednesday"),
        "2022-05-11"
    );
    // Bare forms are nouns or infinitives as often ("his first start", "did not
    // return"), a count makes a noun, and a past verb before it in its clause makes it
    // that verb's object.
    for (text, day, date) in [
        (
            "Rivera made his first start on Sunday.",
            "Sunday",
            "2022-05-08",
        ),
        (
            "Greer did not return to work on Monday.",
            "Monday",
            "2022-05-09",
        ),
        (
            "Shares fell after a weak close on Wednesday.",
            "Wednesday",
            "2022-05-11",
        ),
        ("The rookie made 12 starts Sunday.", "Sunday", "2022-05-08"),
        (
            "Hundreds watched the last ferry leave on Sunday.",
            "Sunday",
            "2022-05-08",
        ),
    ] {
        assert_eq!(v(text, day), date, "{text}");
    }
    // A headline tells past events in the present.
    assert_eq!(
        v(
            "Index ends lower Wednesday as grocers slump\n\nThe index fell.",
            "Wednesday"
        ),
        "2022-05-11"
    );
    // Clause marks and letters of more than one byte are read as such.
    assert_eq!(
        v("She said: \u{201c}The café opens Monday.\u{201d}", "Monday"),
        "2022-05-16"
    );
    assert_eq!(
        v("\u{201c}Monday, the café reopened.", "Monday"),
        "2022-05-09"
    );
}

#[test]
fn a_month_alone_in_a_past_clause_of_its_own_is_gone_by() {
    // Written in December: January is near ahead, unless the month's own clause says
    // it is done.
    let on = |text: &str| v_on("2022-12-15", text, "January");
    assert_eq!(
        on("The party, which took power after an election win in January, has warned."),
        "2022-01"
    );
    assert_eq!(
        on("The current parliament, elected in January, would sit until 2026."),
        "2022-01"
    );
    assert_eq!(
        on("The party, which has ruled since its win in the January polls, refused."),
        "2022-01"
    );
    // After "since", a day is past too.
    let text = "The road has been closed since January 3.";
    assert_eq!(v_on("2022-12-15", text, "January 3"), "2022-01-03");
    let text = "The road will be closed from January 3.";
    assert_eq!(v_on("2022-12-15", text, "January 3"), "2023-01-03");
    // Months away, a hope is ahead.
    let text = "We hope to complete the guidelines in September.";
    assert_eq!(v_on("2022-04-08", text, "September"), "2022-09");
    // Still ahead: an invitation or a plan, a deadline, another clause, a time word.
    assert_eq!(
        on("The board invited the ministers to a summit in January."),
        "2023-01"
    );
    assert_eq!(on("The vote was planned for January."), "2023-01");
    assert_eq!(on("Talks were due to end by January."), "2023-01");
    assert_eq!(
        on("Talks broke down, and a vote comes in January."),
        "2023-01"
    );
    assert_eq!(
        on("Prices rose last week ahead of talks in January."),
        "2023-01"
    );
}

#[test]
fn a_season_alone_takes_the_year_of_its_tense_or_the_one_it_is_in() {
    // Written on 13 May 2022, in spring.
    assert_eq!(
        v("The road reopens in the spring.", "the spring"),
        "2022-SP"
    );
    assert_eq!(v("Orders fell over the winter.", "the winter"), "2021-WI");
    assert_eq!(
        v("Filming will start in the autumn.", "the autumn"),
        "2022-FA"
    );
    assert_eq!(
        v("The canal froze in the winter of 1963.", "the winter"),
        "1963-WI"
    );
    // A winter is the year it starts in: in January, the one since December.
    let text = "Heating bills soared in the winter.";
    assert_eq!(v_on("2022-01-20", text, "the winter"), "2021-WI");
    // A summer weeks away, in a past clause of its own, is last year's.
    assert_eq!(
        v("The old dam failed in the summer.", "the summer"),
        "2021-SU"
    );
    assert_eq!(
        v("The new dam opens in the summer.", "the summer"),
        "2022-SU"
    );
}

#[test]
fn the_previous_weekday_counts_from_the_day_in_focus() {
    // The day in focus is Wednesday the 11th; the Friday before it is the 6th.
    let text = "The index fell on Wednesday, down 3% from the previous Friday.";
    assert_eq!(v(text, "Friday"), "2022-05-06");
    let text = "The talks opened on May 2 and closed the following Thursday.";
    assert_eq!(v(text, "Thursday"), "2022-05-05");
    // With no day named before it, the article date is the base.
    assert_eq!(v("Up 3% from the previous Friday.", "Friday"), "2022-05-06");
    // "last" is deictic: it counts from the article date whatever came before.
    let text = "The index fell on May 2, and again last Thursday.";
    assert_eq!(v(text, "Thursday"), "2022-05-12");
}

#[test]
fn a_month_takes_the_year_named_after_it_with_of() {
    assert_eq!(
        v("Leases will lapse after October of next year.", "October"),
        "2023-10"
    );
    assert_eq!(v("The ferry sank in May of last year.", "May"), "2021-05");
    assert_eq!(v("Sales fell in March of 2019.", "March"), "2019-03");
    // Without "of", the year is the article date's guess.
    assert_eq!(
        v("Sales fell in March, a year after the merger.", "March"),
        "2022-03"
    );
}

#[test]
fn the_next_morning_is_the_morning_after_the_day_in_focus() {
    let text = "The ferry left on May 3. It docked the next morning.";
    assert_eq!(v(text, "the next morning"), "2022-05-04TMO");
    let text = "The ferry left on May 3. The previous evening, the crew had loaded it.";
    assert_eq!(v(text, "The previous evening"), "2022-05-02TEV");
    // With no other day named before it, the dateline's day is the one in focus.
    assert_eq!(
        v("It docked the next morning.", "the next morning"),
        "2022-05-14TMO"
    );
}

#[test]
fn a_quarter_two_ahead_told_in_the_past_is_last_years() {
    let text = "In the fourth quarter as a whole the economy created 98,000 jobs.";
    assert_eq!(v_on("2011-01-21", text, "the fourth quarter"), "2010-Q4");
    // The next quarter may still be to come.
    let text = "The firm has announced cuts, resulting in closures during the fourth quarter.";
    assert_eq!(v_on("2022-08-19", text, "the fourth quarter"), "2022-Q4");
}

#[test]
fn a_month_named_before_its_report_is_the_month_over() {
    let text = "Traders will turn to Friday's September jobs report.";
    assert_eq!(v_on("2013-10-03", text, "September"), "2013-09");
}
