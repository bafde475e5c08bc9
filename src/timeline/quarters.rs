//! Quarters and halves named by their number alone ("the fourth quarter",
//! "third-quarter", "the second half"), whose year the article date and the clause
//! around them decide.

use crate::extract::{PeriodExpr, PeriodPosition, PeriodUnit};
use chrono::{Datelike, NaiveDate};

/// The number of a quarter named by its number alone ("the fourth quarter",
/// "third-quarter"), not with a year ("this year's fourth quarter").
fn lone_quarter(expr: &PeriodExpr, text: &str) -> Option<u32> {
    lone_part_of_year(expr, text)
        .filter(|(unit, n)| *unit == PeriodUnit::Quarter && *n <= 4)
        .map(|(_, n)| n)
}

/// A quarter or half named by its number alone ("the second half"), with its unit.
pub(super) fn lone_part_of_year(expr: &PeriodExpr, text: &str) -> Option<(PeriodUnit, u32)> {
    let PeriodPosition::Nth {
        n,
        year_shift: Some(0),
        cue: None,
    } = expr.position
    else {
        return None;
    };
    (matches!(expr.unit, PeriodUnit::Quarter | PeriodUnit::Half)
        && n >= 1
        && !text.to_ascii_lowercase().contains("year"))
    .then_some((expr.unit, n))
}

/// Whether a period is a quarter named alone ([`lone_quarter`]) that has not begun by
/// the article date.
pub(super) fn quarter_alone_not_begun(expr: &PeriodExpr, text: &str, anchor: NaiveDate) -> bool {
    lone_quarter(expr, text).is_some_and(|n| (n - 1) * 3 + 1 > anchor.month())
}

/// The number of a quarter named by its number ("the third quarter" is 3).
pub(super) fn quarter_number(expr: &PeriodExpr) -> Option<u32> {
    match expr.position {
        PeriodPosition::Nth { n, .. } if expr.unit == PeriodUnit::Quarter => Some(n),
        _ => None,
    }
}

/// Whether a quarter named alone ended at least two quarters before the article date:
/// told as still to come ("expected to hold rates until the second quarter", written in
/// December), it is next year's. (The quarter just over is still reported on: "will
/// post third-quarter results", written in November.)
pub(super) fn quarter_alone_long_over(expr: &PeriodExpr, text: &str, anchor: NaiveDate) -> bool {
    let current = (anchor.month() - 1) / 3 + 1;
    lone_quarter(expr, text).is_some_and(|n| current >= n + 2)
}
