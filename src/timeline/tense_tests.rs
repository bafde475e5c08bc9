//! Tests of the tense cue reader. All sentences are invented, except where the corpus
//! is read to compare the word scanner with the regex it replaced.

use super::*;

fn bias(sentence: &str, mention: &str) -> Option<Bias> {
    let at = sentence.find(mention).expect("mention in sentence");
    nearest_bias(sentence, at)
}

/// The cue reading as one regex per direction, which [`cues`] replaced because
/// compiling it cost every run more than reading the words.
fn cues_by_regex(sentence: &str) -> Vec<Cue> {
    const FUTURE: &str = r"(?i)\b(?:will|shall|won't|would|should|can|could|might|must|expects?|going to|next|upcoming|scheduled|expected to|plans? to|planning to|preparing to|hopes? to|planned|due (?:to|on|by|out|back|for|next)|set to|likely to|forecast to|slated to|poised to|projected to|is to|are to|to be held|later this|payable)\b|'ll\b";
    const PAST: &str = r"(?i)\b(?:was|were|had|did|said|told|last|ago|earlier|since|spoke|met|began|took|made|came|went|held|gave|saw|won|lost|left|became|fell|rose|underwent|struck|fought|brought|bought|caught|sought|thought|sent|built|meant|fled|wrote|broke|stole|chose|froze|grew|knew|threw|drew|flew|withdrew|sank|ran|stood|shook|forgot|paid|sold|found|heard|overcame|forgave|arose|spent|felt|kept|led|hung|swore|rode|drove|got|given|taken|shown|written|begun|broken|chosen|driven|fallen|frozen|grown|spoken|stolen|thrown|risen|hidden|forgotten|beaten|[a-z]{3,}ed)\b";
    let set = regex::bytes::RegexBuilder::new(&format!("(?P<future>{FUTURE})|(?P<past>{PAST})"))
        .unicode(false)
        .build()
        .expect("pattern compiles");
    let mut all = Vec::new();
    for caps in set.captures_iter(sentence.as_bytes()) {
        let m = caps.get(0).expect("whole match");
        let word = &sentence[m.range()];
        let cue = |bias| Cue {
            start: m.start(),
            end: m.end(),
            bias,
        };
        let future = caps.name("future").is_some();
        if (word.eq_ignore_ascii_case("was") || word.eq_ignore_ascii_case("were"))
            && is_future_in_past(&sentence[m.end()..])
            || word.eq_ignore_ascii_case("last") && is_verb_last(sentence, m.start(), m.end())
            || word.eq_ignore_ascii_case("left")
                && is_time_remaining(last_word(sentence, m.start()))
        {
            continue;
        }
        if word.eq_ignore_ascii_case("could") && !could_looks_ahead(&sentence[m.end()..]) {
            continue;
        }
        let due_told_past = word.len() > 4
            && word[..4].eq_ignore_ascii_case("due ")
            && !word[4..].eq_ignore_ascii_case("to")
            && ["was", "were", "been", "had"]
                .iter()
                .any(|w| last_word(sentence, m.start()).eq_ignore_ascii_case(w));
        if due_told_past {
            continue;
        }
        if future {
            let after = &sentence[m.end()..];
            if word.eq_ignore_ascii_case("next")
                && (after.starts_with(" to ") || after.starts_with([',', '.', ';', ':']))
            {
                continue;
            }
            all.push(cue(Bias::Future));
        }
        let past = if future {
            word.eq_ignore_ascii_case("planned")
        } else {
            // Only a regular "-ed" form can be an "un-" adjective ("underwent" is not).
            let regular = word.len() > 2 && word[word.len() - 2..].eq_ignore_ascii_case("ed");
            let not_past = NOT_PAST.iter().any(|w| word.eq_ignore_ascii_case(w));
            !not_past && (!regular || !is_un_adjective(word))
        };
        if past && is_past_verb(sentence, m.start()) {
            all.push(cue(Bias::Past));
        }
    }
    all
}

#[test]
fn reading_words_finds_what_the_regex_found() {
    let mut sentences: Vec<String> = [
        "We'll see. He won't go, and won the cup; they WON'T stop.",
        "The meeting is to be held Monday, going to Rome next to the hotel.",
        "Plans to sell, plan to buy, planned merger, the planned sale, it planned ahead.",
        "Officials said the 2nd_edited draft was unsigned and unveiled later this week.",
        "She expected to win; it is scheduled; due  to rain; set to open; are to vote.",
        "Results are due on May 2, due out soon, due back, due for renewal, due next week; due in part.",
        "It was due on May 2 and had been due by June; were due to go.",
        "They were planning to march and preparing to leave; planning ahead, preparing food.",
        "We hope to finish; she hopes to win; hope springs, no hopes to.",
        "Rain is forecast to fall, likely to last; slated to open, poised to win, projected to \
         rise; it projected a loss, the forecast said, a likely winner was slated.",
        "It will last until May, may not last, could last longer; we last met, the last one.",
        "It rose, fell and was earlier left since ago; bed red need speed indeed proceeded.",
        "With three days left and little time left, he left; Days left.",
        "x'll 'll ll' going  to goingto later thistle toured",
        "will shall would should can might must upcoming scheduled payable planned next \
         was were had did said told last ago earlier since spoke met began took made \
         came went held gave saw lost left became fell rose won underwent fled",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    for name in ["te3-train.jsonl", "news-afp.jsonl"] {
        if let Ok(text) = std::fs::read_to_string(corpus.join(name)) {
            sentences.extend(text.lines().map(str::to_string));
        }
    }
    for sentence in &sentences {
        let (words, regex) = (cues(sentence), cues_by_regex(sentence));
        if let Some(i) = (0..words.len().max(regex.len())).find(|&i| words.get(i) != regex.get(i)) {
            let at = words.get(i).or(regex.get(i)).map_or(0, |c| c.start);
            let near = sentence.get(at.saturating_sub(40)..(at + 40).min(sentence.len()));
            panic!(
                "cue {i} differs near {near:?}: {:?} / {:?}",
                words.get(i),
                regex.get(i)
            );
        }
    }
}

#[test]
fn a_planned_event_is_ahead_but_a_plan_made_is_past() {
    assert_eq!(
        sentence_bias("The company's planned sale closes Monday."),
        Some(Bias::Future)
    );
    assert_eq!(
        sentence_bias("On Friday, the board planned to pay the first claims."),
        None
    );
}

#[test]
fn reads_simple_cues() {
    assert_eq!(
        bias("The two last spoke on March 3.", "March 3"),
        Some(Bias::Past)
    );
    assert_eq!(
        bias("The board will meet on March 3.", "March 3"),
        Some(Bias::Future)
    );
    assert_eq!(bias("The vote is on March 3.", "March 3"), None);
    // "last" the verb is no past.
    assert_eq!(
        bias("The trial is expected to last until the summer.", "summer"),
        Some(Bias::Future)
    );
    // An irregular past before the date governs it, not the "will" after it.
    assert_eq!(
        bias(
            "The striker, who underwent surgery in November, will miss the cup.",
            "November"
        ),
        Some(Bias::Past)
    );
    assert_eq!(
        sentence_bias("She said the board will meet on March 3."),
        None,
        "mixed cues decide nothing for a weekday"
    );
    assert_eq!(
        sentence_bias("Two died in the blast next to the bank on Friday."),
        None,
        "\"next to\" is a place"
    );
}

#[test]
fn mixed_cues_take_the_nearest_before_the_mention() {
    assert_eq!(
        bias("She said the board should meet on March 3.", "March 3"),
        Some(Bias::Future)
    );
    assert_eq!(
        bias(
            "The board, which met on March 3, will vote soon.",
            "March 3"
        ),
        Some(Bias::Past)
    );
    assert_eq!(
        bias("On March 3 the mill closed, and it will reopen.", "March 3"),
        Some(Bias::Past)
    );
}

#[test]
fn adjectives_and_passives_are_no_past_tense() {
    assert_eq!(
        sentence_bias("The bonus would be paid on an unspecified day in March."),
        Some(Bias::Future)
    );
    assert_eq!(
        sentence_bias("The revised plan is signed in May."),
        None,
        "a participle after a determiner or a present \"be\" is no verb in the past"
    );
    assert_eq!(
        sentence_bias("Police unveiled the plan in May."),
        Some(Bias::Past)
    );
    assert_eq!(
        sentence_bias("The museum will stay closed until May."),
        Some(Bias::Future),
        "a participle after a verb of staying is a state"
    );
    assert_eq!(
        sentence_bias("With three days left before the vote in May, rivals campaign."),
        None,
        "time left is time that remains"
    );
    assert_eq!(sentence_bias("The envoy left in May."), Some(Bias::Past));
    assert_eq!(
        sentence_bias("Rain will fall in May on already saturated ground."),
        Some(Bias::Future),
        "a participle after an adverb after a preposition modifies a noun"
    );
    assert_eq!(
        sentence_bias("The river had already flooded in May."),
        Some(Bias::Past)
    );
}

#[test]
fn future_words_ending_in_ed_are_no_past_tense() {
    assert_eq!(
        bias("The pool is expected to reopen in June.", "June"),
        Some(Bias::Future)
    );
    assert_eq!(
        bias("Ms. Lee will succeed him Feb. 1.", "Feb. 1"),
        Some(Bias::Future)
    );
    assert_eq!(
        bias("The dividend is payable Jan. 4.", "Jan. 4"),
        Some(Bias::Future)
    );
}
