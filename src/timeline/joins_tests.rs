//! Tests of neighbouring mentions joined into one TIMEX3 expression. All sentences are
//! invented.

use crate::timeline::extent::tests::{one, pair, timexes};

#[test]
fn neighbours_join() {
    assert_eq!(
        one("The count ends at noon Saturday."),
        pair("noon Saturday", "2022-05-14T12:00")
    );
    assert_eq!(
        one("The call will be at 8:30 a.m. Eastern time Monday."),
        pair("8:30 a.m. Eastern time Monday", "2022-05-16T08:30")
    );
    assert_eq!(
        one("Sales rose in the third quarter of 2019."),
        pair("the third quarter of 2019", "2019-Q3")
    );
    assert_eq!(
        one("It revised fourth-quarter 2019 growth."),
        pair("fourth-quarter 2019", "2019-Q4")
    );
    assert_eq!(
        one("The budget for fiscal 2023 passed."),
        pair("fiscal 2023", "2023")
    );
}

#[test]
fn times_join_the_date_after_them_and_weeks_their_day() {
    assert_eq!(
        one("Bids close at 5 p.m. EST, Nov. 6, 2021."),
        pair("5 p.m. EST, Nov. 6, 2021", "2021-11-06T17:00")
    );
    assert_eq!(
        one("The curfew runs from midnight tonight."),
        pair("midnight tonight", "2022-05-13T24:00")
    );
    let found = timexes("About forty years from now, the dam will be gone.");
    assert_eq!(
        found,
        [
            (
                "forty years".to_string(),
                "Duration".to_string(),
                "P40Y".to_string()
            ),
            (
                "now".to_string(),
                "Date".to_string(),
                "PRESENT_REF".to_string()
            )
        ]
    );
    assert_eq!(
        one("Crowds marched over the Easter weekend."),
        pair("the Easter weekend", "2022-W15-WE")
    );
    assert_eq!(
        one("The fair will fill Main Street this Labor Day weekend."),
        pair("this Labor Day weekend", "2022-W35-WE")
    );
    assert_eq!(
        one("The ferry sails at noon tomorrow."),
        pair("noon tomorrow", "2022-05-14T12:00")
    );
    assert_eq!(
        one("Talks resumed the week of March 7."),
        pair("the week of March 7", "2022-W10")
    );
    assert_eq!(
        one("Repairs started the week beginning 21 March."),
        pair("the week beginning 21 March", "2022-W12")
    );
    assert_eq!(
        one("The regatta moved to the weekend of 18 June."),
        pair("the weekend of 18 June", "2022-W24-WE")
    );
    assert_eq!(
        one("The mill shut several years ago."),
        pair("several years ago", "PAST_REF")
    );
}

#[test]
fn a_part_of_the_day_joins_the_day_named_after_it() {
    assert_eq!(
        one("Trading stopped in mid-afternoon yesterday."),
        pair("mid-afternoon yesterday", "2022-05-12TAF")
    );
    assert_eq!(
        one("The ferry left in mid morning."),
        pair("mid morning", "2022-05-13TMO")
    );
}

#[test]
fn the_months_of_a_quarter_name_the_quarter() {
    assert_eq!(
        one("Net profit for the January-March quarter rose 8 percent."),
        pair("the January-March quarter", "2022-Q1")
    );
    assert_eq!(
        one("Net profit for January-March rose 8 percent."),
        pair("January-March", "2022-Q1")
    );
    // Months that are no quarter stay a range.
    assert_eq!(timexes("Sales for February-April rose.").len(), 2);
}
