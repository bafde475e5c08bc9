//! Ages of people: "the 45-year-old", "Smith, 45,", "aged 45", "at the age of 45",
//! "who turned 60".
//!
//! An age is a number with a fixed meaning (whole years, never rounded), and the checks
//! that read one need to know whose age it is, so each age keeps the span of the name
//! written with it, when the text writes one right there ("Ann Lee, 45,"; "the
//! 45-year-old Ann Lee"). Nothing here resolves pronouns or descriptions ("the
//! 45-year-old"): such an age has no person, and checks that need one abstain.
//!
//! Every form has a digit run in it, so the search starts from digits only (see
//! `scan`): each run is tried against short patterns on the text right before and
//! right after it. Forms that read as something else are skipped: "18-year-olds" (a
//! group), "aged 18 to 25" (a range), "turned 5 percent" (not an age).

use std::sync::LazyLock;

use regex::Regex;

use super::dates::is_calendar_name;
use super::scan::{ascii_regex, capture_groups};
use super::triggers::Triggers;
use super::{Approx, Mention, MentionValue, Span};

/// How an age was written; checks choose the forms whose meaning they rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgeForm {
    /// "the 45-year-old", "45 years old".
    Compound,
    /// A number set off by commas after a name: "Ann Lee, 45, said".
    Apposition,
    /// "aged 45", "at the age of 45".
    Aged,
    /// "turned 60", "turns 60": the age at a birthday, not now.
    Turned,
}

/// A person's age in whole years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Age {
    /// The age as written.
    pub years: u32,
    /// Which form it was written in.
    pub form: AgeForm,
    /// The name written with it ("Ann Lee" in "Ann Lee, 45,"), if any.
    pub person: Option<Span>,
}

/// The oldest age a person is credibly given; larger numbers are not ages.
const MAX_AGE: u32 = 120;

/// How far before a number a name or cue is looked for, in bytes.
const BEFORE_WINDOW: usize = 80;

/// How far after a number its form is looked for, in bytes.
const AFTER_WINDOW: usize = 24;

/// A personal name: one to four capitalised words, with the lowercase particles names
/// carry ("Diego de la Vega"). Titles and sentence-initial words are trimmed later.
/// Words are separated by spaces only, and only a title or an initial takes a period,
/// so a name never reaches into the previous sentence.
const NAME: &str = r"(?P<name>(?:(?:(?:Mr|Mrs|Ms|Dr|Prof|[A-Z])\.|[A-Z][A-Za-z'-]*) +(?:(?:de|del|della|da|di|du|la|le|van|von|der|den|bin|ibn|al|el) +)*){0,3}[A-Z][a-z][A-Za-z'-]*)";

/// "-year-old", " years old" right after the number; not "-year-olds" (a group).
static COMPOUND_AFTER: LazyLock<Regex> =
    LazyLock::new(|| ascii_regex(r"^(?:-|\s)(?i:years?)(?:-|\s)(?i:old)(?-u:\b)"));

/// A name right after a compound: "the 45-year-old Ann Lee".
static NAME_AFTER: LazyLock<Regex> = LazyLock::new(|| ascii_regex(&format!(r"^\s+{NAME}")));

/// A name and a comma right before the number: "Ann Lee, " in "Ann Lee, 45,".
static NAME_COMMA_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| ascii_regex(&format!(r"(?-u:\b){NAME}\s*,\s*$")));

/// A name before an apposed compound: "Ann Lee, a 45" in "Ann Lee, a 45-year-old".
static NAME_APPOSED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| ascii_regex(&format!(r"(?-u:\b){NAME}\s*,\s*(?:an?|the)\s+$")));

/// "aged ", "at the age of ", with the name they may follow ("Ann Lee, aged ").
static AGED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(&format!(
        r"(?:(?-u:\b){NAME}\s*,\s*)?(?-u:\b)(?:aged|at\s+the\s+age\s+of)\s+$"
    ))
});

/// "turned ", "turns ", with the name they may follow ("Ann Lee, who turned ").
static TURNED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(&format!(
        r"(?:(?-u:\b){NAME}\s*(?:,\s*who\s+)?(?:has\s+|had\s+|just\s+)*)?(?-u:\b)(?:turned|turns|turning)\s+$"
    ))
});

/// What may follow an age written without a unit ("aged 45", "turned 60", "Lee, 45,"):
/// punctuation, or a word that starts a new phrase. Anything else ("aged 18 to 25",
/// "turned 5 percent") is not an age.
static BARE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"^(?:\s*(?:[,.;:)!?]|$)|\s+(?:on|in|at|of|when|after|before|but|or|who|was|is|has|had|died|said|last|this|next|with|from|as|by|years?)(?-u:\b))",
    )
});

capture_groups! {
    /// The one group every name pattern has.
    struct NameGroups { name }
}

static NAME_GROUP: LazyLock<NameGroups> = LazyLock::new(|| NameGroups::of(&NAME_AFTER));

/// Words a capitalised run may start with that are not part of a name ("In Paris,
/// Ann Lee, 45,"; "Mrs Lee" keeps its title, which tells Mr from Mrs Lee).
const LEADING_NON_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Or",
    "When",
    "As",
    "For",
    "By",
    "With",
    "From",
    "After",
    "Before",
    "Meanwhile",
    "Former",
    "Late",
];

/// Capitalised words that end a run but are not names ("He, 45, …"); month and weekday
/// names ("In March, 45, …") are told by `dates::is_calendar_name`.
const NOT_NAMES: &[&str] = &["He", "She", "It", "They", "We", "I", "You", "This", "That"];

/// Whether a capitalised word is not a name.
fn not_a_name(word: &str) -> bool {
    NOT_NAMES.contains(&word) || is_calendar_name(word)
}

/// Proposes an age mention for every digit run (of `triggers`) written as one.
pub(super) fn find_ages(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    let bytes = prose.as_bytes();
    for (start, end) in triggers.digit_runs() {
        if end - start > 3 || !free_standing(bytes, start, end) {
            continue;
        }
        let Ok(years) = prose[start..end].parse::<u32>() else {
            continue;
        };
        if years == 0 || years > MAX_AGE {
            continue;
        }
        if let Some(mention) = age_at(prose, start, end, years) {
            out.push(mention);
        }
    }
}

/// Whether the digit run `start..end` is a whole number, not part of "1,045", "4.5",
/// "$45", "7-45" or "A45".
fn free_standing(bytes: &[u8], start: usize, end: usize) -> bool {
    let before_ok = start == 0
        || !matches!(
            bytes[start - 1],
            b',' | b'.' | b'$' | b'/' | b':' | b'-' | b'#'
        ) && !bytes[start - 1].is_ascii_alphanumeric();
    let continues_number = |i: usize| {
        matches!(bytes.get(i), Some(b',' | b'.' | b':' | b'/'))
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
    };
    before_ok
        && !continues_number(end)
        && !bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric())
}

/// Reads the number at `start..end` as an age, if its context makes it one.
fn age_at(prose: &str, start: usize, end: usize, years: u32) -> Option<Mention> {
    let before = window_before(prose, start);
    let before_start = start - before.len();
    let after = window_after(prose, end);
    let name_in = |re: &Regex, text: &str, offset: usize| {
        re.captures(text)
            .and_then(|c| c.get(NAME_GROUP.name))
            .and_then(|m| trim_name(m.as_str(), offset + m.start()))
    };
    let (span_end, form, person) = if let Some(m) = COMPOUND_AFTER.find(after) {
        let person = name_in(&NAME_APPOSED_BEFORE, before, before_start).or_else(|| {
            let tail = &after[m.end()..];
            name_in(&NAME_AFTER, tail, end + m.end())
        });
        (end + m.end(), AgeForm::Compound, person)
    } else if !BARE_AFTER.is_match(after) {
        return None;
    } else if AGED_BEFORE.is_match(before) {
        let person = name_in(&AGED_BEFORE, before, before_start);
        (end, AgeForm::Aged, person)
    } else if TURNED_BEFORE.is_match(before) {
        let person = name_in(&TURNED_BEFORE, before, before_start);
        (end, AgeForm::Turned, person)
    } else {
        // "Ann Lee, 45," needs the closing comma and a name: a number between commas
        // with no name is a list item or a score.
        let closes = after.trim_start().starts_with(',')
            && !after
                .trim_start()
                .trim_start_matches(',')
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
        let person = name_in(&NAME_COMMA_BEFORE, before, before_start);
        if !closes || person.is_none() {
            return None;
        }
        (end, AgeForm::Apposition, person)
    };
    Some(Mention {
        span: Span::new(start, span_end),
        value: MentionValue::Age(Age {
            years,
            form,
            person,
        }),
        approx: Approx::Exact,
    })
}

/// The name inside a matched capitalised run, without leading non-name words and only
/// when its last word can be a surname; `offset` is where `run` starts in the prose.
fn trim_name(run: &str, offset: usize) -> Option<Span> {
    let mut rest = run;
    loop {
        let trimmed = rest.trim_start();
        let word = trimmed.split_whitespace().next()?;
        if !LEADING_NON_NAMES.contains(&word) {
            rest = trimmed;
            break;
        }
        rest = &trimmed[word.len()..];
    }
    let last = rest.split_whitespace().last()?;
    if not_a_name(last) {
        return None;
    }
    Some(Span::new(
        offset + (run.len() - rest.len()),
        offset + run.len(),
    ))
}

/// Up to [`BEFORE_WINDOW`] bytes of prose before `at`, cut at a character boundary.
fn window_before(prose: &str, at: usize) -> &str {
    let mut from = at.saturating_sub(BEFORE_WINDOW);
    while !prose.is_char_boundary(from) {
        from += 1;
    }
    &prose[from..at]
}

/// Up to [`AFTER_WINDOW`] bytes of prose after `at`, cut at a character boundary.
fn window_after(prose: &str, at: usize) -> &str {
    let mut to = (at + AFTER_WINDOW).min(prose.len());
    while !prose.is_char_boundary(to) {
        to -= 1;
    }
    &prose[at..to]
}

/// The parts of a written name that tell people apart: an optional title and the
/// words of the name, the last being the surname.
#[derive(Debug, PartialEq, Eq)]
pub struct PersonName<'a> {
    /// "Mr", "Mrs", "Dr" …, without a period.
    pub title: Option<&'a str>,
    /// Given names and surname, in order.
    pub words: Vec<&'a str>,
}

/// Titles a name may carry; the gendered ones tell a couple apart.
const TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Dame", "Lord",
];

impl<'a> PersonName<'a> {
    /// Splits a name as written ("Mrs Ann Lee", "Dr. Lee").
    pub fn parse(written: &'a str) -> PersonName<'a> {
        let mut words: Vec<&str> = written.split_whitespace().collect();
        let title = words
            .first()
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| TITLES.contains(w));
        if title.is_some() {
            words.remove(0);
        }
        PersonName { title, words }
    }

    /// The last word, which two mentions of one person share.
    pub fn surname(&self) -> Option<&'a str> {
        self.words.last().copied()
    }

    /// Whether this and `other` can name the same person: the same surname, no
    /// different given names, and no titles of different people ("Mr"/"Mrs").
    pub fn compatible(&self, other: &PersonName) -> bool {
        let gendered = |t: Option<&str>| match t {
            Some("Mr") | Some("Sir") | Some("Lord") => Some(true),
            Some("Mrs") | Some("Ms") | Some("Miss") | Some("Dame") => Some(false),
            _ => None,
        };
        let (mine, theirs) = (self.given_names(), other.given_names());
        self.surname().is_some()
            && self.surname() == other.surname()
            && (mine.is_empty() || theirs.is_empty() || mine == theirs)
            && !matches!((gendered(self.title), gendered(other.title)), (Some(a), Some(b)) if a != b)
    }

    /// The words before the surname.
    fn given_names(&self) -> &[&'a str] {
        &self.words[..self.words.len().saturating_sub(1)]
    }

    /// Whether the name has a given name, so it picks out one person on its own.
    pub fn is_full(&self) -> bool {
        self.words.len() >= 2
    }
}

/// Whether `prose` names someone else with the surname of `name` (a full name): "Tom
/// Lee" or "Mr Lee" beside "Mrs Ann Lee". A capitalised word right before the surname
/// that is none of `name`'s words, nor a title it may carry, nor a sentence-initial
/// word, is taken for another given name.
pub fn surname_shared(prose: &str, name: &PersonName) -> bool {
    let Some(surname) = name.surname() else {
        return false;
    };
    let bytes = prose.as_bytes();
    let mut from = 0;
    while let Some(i) = prose.get(from..).and_then(|rest| rest.find(surname)) {
        let at = from + i;
        from = at + surname.len();
        let whole_word = (at == 0 || !is_name_byte(bytes[at - 1]))
            && !bytes.get(from).copied().is_some_and(is_name_byte);
        if !whole_word {
            continue;
        }
        let before = prose[..at].trim_end_matches(' ');
        if before.len() == at {
            continue; // no space before: a line start or punctuation
        }
        let Some(previous) = before.rsplit(' ').next() else {
            continue;
        };
        let previous = previous.trim_end_matches('.');
        let capitalised = previous.starts_with(|c: char| c.is_ascii_uppercase())
            && previous.bytes().all(is_name_byte);
        if !capitalised
            || name.words.contains(&previous)
            || LEADING_NON_NAMES.contains(&previous)
            || not_a_name(previous)
        {
            continue;
        }
        let title = PersonName::parse(previous).title;
        let titled = PersonName {
            title,
            words: vec![surname],
        };
        if title.is_some() && titled.compatible(name) {
            continue;
        }
        return true;
    }
    false
}

/// A byte that may be part of a name word.
fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\'' || b == b'-'
}

#[cfg(test)]
#[path = "ages_tests.rs"]
mod tests;
