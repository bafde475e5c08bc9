//! Hover on a temporal mention: how it was read and resolved, e.g.
//! "February 18 → Friday, 2022-02-18; year from the article date 2022-05-13".

use crate::document::Document;
use crate::extract::{Mention, MentionValue};
use crate::rules::value::weekday_name;
use crate::timeline::{duration_timex, zone_abbreviation, Analysis, Bias, Provenance, Resolution};
use chrono::Datelike;

/// The mention at byte `offset` (the innermost, when mentions nest), by index.
pub fn mention_at(analysis: &Analysis, offset: usize) -> Option<usize> {
    let offset = offset as u32;
    let inside = |m: &Mention| m.span.start <= offset && offset < m.span.end;
    let touching = |m: &Mention| m.span.start <= offset && offset <= m.span.end;
    let pick = |test: &dyn Fn(&Mention) -> bool| {
        analysis
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| test(m))
            .min_by_key(|(_, m)| m.span.len())
            .map(|(i, _)| i)
    };
    pick(&inside).or_else(|| pick(&touching))
}

/// The hover text (Markdown) for mention `i`.
pub fn describe(doc: &Document, analysis: &Analysis, i: usize) -> Option<String> {
    let mention = analysis.mentions.get(i)?;
    let written = doc.text(mention.span).replace(['\r', '\n'], " ");
    let resolution = analysis.timeline.resolutions.get(i).copied().flatten();
    let anchor = analysis.timeline.anchor.as_ref();
    let mut text = format!("**{written}** → ");
    match (&mention.value, resolution) {
        (MentionValue::Duration(d), _) => {
            text.push_str(&format!("a length of time, `{}`", duration_timex(d)));
        }
        (MentionValue::Time(t), _) => {
            text.push_str(&format!("{:02}:{:02}", t.hour, t.minute));
            if let Some(zone) = t.zone {
                text.push_str(&format!(" {}", zone_abbreviation(zone)));
            }
            text.push_str(" (a time of day)");
        }
        (_, Some(resolution)) => text.push_str(&resolved(doc, analysis, &resolution)),
        (_, None) if anchor.is_none() => text.push_str("not resolved: no article date was found"),
        (_, None) => text.push_str("not resolved"),
    }
    if let Some(anchor) = anchor {
        text.push_str(&format!(
            "\n\nArticle date: {} (from {})",
            anchor.date, anchor.source
        ));
    }
    Some(text)
}

fn resolved(doc: &Document, analysis: &Analysis, r: &Resolution) -> String {
    let mut out = match r.date.exact() {
        Some(day) => format!("{}, {}", weekday_name(day.weekday()), r.date.timex()),
        None => r.date.timex(),
    };
    if let Some(t) = r.date.time {
        out.push_str(&format!(" {:02}:{:02}", t.hour, t.minute));
        if let Some(zone) = t.zone {
            out.push_str(&format!(" {}", zone_abbreviation(zone)));
        }
    }
    let anchor = analysis
        .timeline
        .anchor
        .as_ref()
        .map_or_else(String::new, |a| format!(" {}", a.date));
    let direction = |bias: Bias| match bias {
        Bias::Past => "its most recent occurrence",
        Bias::Future => "its next occurrence",
    };
    let how = match r.provenance {
        Provenance::Explicit => "as written".to_string(),
        Provenance::TwoDigitYear => "two-digit year expanded".to_string(),
        Provenance::YearFromAnchor { bias } => {
            format!("year from the article date{anchor} ({})", direction(bias))
        }
        Provenance::WeekdayFromAnchor { bias } => {
            format!("placed from the article date{anchor} ({})", direction(bias))
        }
        Provenance::RelativeToAnchor => format!("counted from the article date{anchor}"),
        Provenance::RelativeToMention { mention } => match analysis.mentions.get(mention) {
            Some(m) => format!(
                "counted from “{}”",
                doc.text(m.span).replace(['\r', '\n'], " ")
            ),
            None => "counted from an earlier date".to_string(),
        },
        Provenance::LeadDay { mention } => match analysis.mentions.get(mention) {
            Some(m) => format!(
                "placed on the day the lead tells of, “{}”",
                doc.text(m.span).replace(['\r', '\n'], " ")
            ),
            None => "placed on the day the lead tells of".to_string(),
        },
        Provenance::LatestPeriod => {
            format!("the latest such period before the article date{anchor}")
        }
        Provenance::Deictic => "a reference to the present, past or future".to_string(),
        Provenance::ArticleDay => format!("placed on the article date{anchor}"),
    };
    format!("{out}; {how}; confidence {}", r.confidence)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, DocKind};

    #[test]
    fn a_bare_date_says_where_its_year_came_from() {
        let text =
            "---\ndate: 2022-05-13\n---\nThe talks began on February 18 and lasted 84 days.\n";
        let doc = Document::new(text, DocKind::Markdown);
        let analysis = analyze(&doc, None);
        let at = text.find("February").unwrap() + 3;
        let i = mention_at(&analysis, at).unwrap();
        let hover = describe(&doc, &analysis, i).unwrap();
        assert!(
            hover.starts_with(
                "**February 18** → Friday, 2022-02-18; year from the article date 2022-05-13"
            ),
            "{hover}"
        );
        let i = mention_at(&analysis, text.find("84").unwrap()).unwrap();
        assert!(describe(&doc, &analysis, i).unwrap().contains("`P84D`"));
        assert!(mention_at(&analysis, text.find("talks").unwrap()).is_none());
    }
}
