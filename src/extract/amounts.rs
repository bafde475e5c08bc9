//! Numeric mentions: cardinals ("1,200", "eighty-four", "a dozen", "1.5 million"),
//! percentages ("30 percent", "30%", "0.32 pct"), money ("$1.2 billion", "€40", "40
//! million euros") and quantities with units ("10 miles", "100°F", "5.8 kilograms").
//!
//! Every amount is an exact decimal in fixed point (six decimals) together with the
//! precision it was written to: "1.1" stands for anything that rounds to it, [1.05, 1.15];
//! a whole number ending in zeros may be rounded to its last non-zero digit ("600" is
//! 550–650), since news rounds round figures. Checks read that precision, so a rounded
//! figure never looks like an error.
//!
//! One regex finds an optional approximation marker, the amount (digits or words), an
//! optional scale word and an optional suffix (percent, currency, unit); a currency sign
//! may precede the amount.

use std::cell::OnceCell;
use std::sync::LazyLock;

use regex::Regex;
use regex_automata::meta;

use super::numbers::{parse_number_words, spelled_number_pattern};
use super::reach::{is_space, walk_back};
use super::scan::{ascii_regex, capture_groups, captures_of_match, is_word_byte, Digits};
use super::scan::{recogniser_regex, Group, Groups};
use super::triggers::{find_near_triggers, first_of, kind, kinds_of};
use super::triggers::{Cursor, Triggers};
use super::units::{parse_unit, Unit};
use super::{Approx, Mention, MentionValue, Span};

/// Fixed-point scale of amounts: six decimals, as `rules::value::NUMBER_SCALE`.
const SCALE: i128 = 1_000_000;

/// A written amount: its value and the half-width of the rounding its digits allow, both
/// in millionths ("1.1" is 1_100_000 ± 50_000; "26" is 26_000_000 ± 500_000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    /// The value as written, scaled by 10^6 (negative for "-2.64%").
    pub value: i128,
    /// Half a unit of the last significant written digit, scaled by 10^6 ("three" and
    /// "3" alike are 2.5–3.5).
    pub half_step: i128,
}

/// Currencies news prose writes amounts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    /// "$", "US$", "dollars".
    Dollar,
    /// "€", "euros".
    Euro,
    /// "£", "pounds sterling".
    Sterling,
    /// "¥", "yen".
    Yen,
    /// Another currency named in words ("yuan", "francs").
    Other,
}

/// An amount of money.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money {
    /// How much, in units of the currency.
    pub amount: Amount,
    /// Which currency.
    pub currency: Currency,
}

/// A physical quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// How much, in `unit`s.
    pub amount: Amount,
    /// The unit as written.
    pub unit: Unit,
    /// Whether the text also speaks of nautical miles, which makes a bare "miles" ambiguous.
    pub nautical_context: bool,
}

const UNIT_WORDS: &str = r"nautical\s+miles?|miles?\s+(?:per|an)\s+hour|kilomet(?:er|re)s?\s+(?:per|an)\s+hour|square\s+(?:kilomet(?:er|re)s?|miles?)|sq\s+(?:km|miles)|miles?|kilomet(?:er|re)s?|km/h|kph|kms?|km²|metres?|meters?|centimet(?:er|re)s?|cm|feet|foot|ft|inch(?:es)?|yards?|kilogram(?:me)?s?|kilos?|kgs?|grams?|pounds?|lbs?|tonnes?|metric\s+tons?|acres?|hectares?|gallons?|lit(?:er|re)s?|mph|knots?|degrees\s+(?:fahrenheit|celsius|centigrade|f|c)";

static AMOUNT_RE: LazyLock<meta::Regex> = LazyLock::new(|| {
    let approx = r"about|around|approximately|roughly|some|nearly|almost|more\s+than|over|at\s+least|less\s+than|under|up\s+to|fewer\s+than|an\s+estimated";
    let digits = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";
    let words = spelled_number_pattern();
    let pattern = format!(
        r"(?i)(?:(?-u:\b)(?P<approx>{approx})\s+)?(?:(?P<cur>US\$|\$|€|£|¥)\s?)?(?:(?P<digits>{digits})|(?-u:\b)(?P<words>{words}))(?:\s*(?P<scale>million|billion|trillion|bn|mln)(?-u:\b))?(?:(?P<pct>\s*%|[\s-]percent(?-u:\b)|\s+per\s+cent(?-u:\b)|\s+pct(?-u:\b))|\s+(?P<curword>dollars|euros|yen|yuan|pounds\s+sterling|francs|marks|rupees|pesos)(?-u:\b)|(?:\s*|-)°\s*(?P<deg>[FC])(?-u:\b)|(?:\s+|-)(?P<unit>{UNIT_WORDS})(?-u:\b))?"
    );
    recogniser_regex(&pattern)
});

capture_groups! {
    /// The groups of [`AMOUNT_RE`].
    struct AmountGroups { approx, cur, digits, words, scale, pct, curword, deg, unit }
}

static G: LazyLock<AmountGroups> = LazyLock::new(|| AmountGroups::of(&AMOUNT_RE));

/// A number right after "five foot": a height in feet and inches ("five foot four",
/// "6 feet 2"), whose feet alone are not the whole quantity.
static INCHES_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    ascii_regex(
        r"(?i)^\s*,?\s*(?:and\s+)?(?:[0-9]{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\b",
    )
});

/// Whether the word "nautical", in any case, is in `prose`: read directly, since
/// compiling even that small a regex costs more than the search, at every start-up.
/// The search looks for its "u", the rarest of its letters in English.
fn mentions_nautical(prose: &str) -> bool {
    const WORD: &[u8] = b"nautical";
    let bytes = prose.as_bytes();
    memchr::memchr2_iter(b'u', b'U', bytes).any(|u| {
        let Some(at) = u.checked_sub(2) else {
            return false;
        };
        bytes
            .get(at..at + WORD.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(WORD))
            && (at == 0 || !is_word_byte(bytes[at - 1]))
            && !bytes.get(at + WORD.len()).is_some_and(|b| is_word_byte(*b))
    })
}

/// The words [`AMOUNT_RE`] can read before the number itself besides the
/// [`HEDGE_WORDS`](super::HEDGE_WORDS): "US" of "US$", and the articles of "a dozen"
/// and "an estimated".
pub(super) const WORDS_BEFORE_NUMBER: &[&str] = &["an", "estimated", "us", "a"];

/// The matches of [`AMOUNT_RE`], as `find_iter` finds them.
///
/// Every amount holds its number, digits or a number word, and so starts with its
/// first digit or number word, or before them with only what [`WORDS_BEFORE_NUMBER`],
/// the hedges and a currency sign add: the stretch [`walk_back`] passes over. A digit or a whole
/// number word always starts an amount, so the search never runs far past one.
fn amount_matches<'h>(
    prose: &'h str,
    triggers: &'h Triggers,
) -> impl Iterator<Item = regex_automata::Match> + 'h {
    let bytes = prose.as_bytes();
    let mut number_words = Cursor::new(triggers.starts(kind::NUMBER));
    let mut digit = triggers.next_digit();
    let next_trigger = move |from| first_of(digit(from), number_words.first_from(from));
    let reach = move |trigger| {
        // Spaces and the bytes of "$", "€", "£" and "¥"; "US" of "US$" may end a word.
        let glue =
            |b: u8| is_space(b) || matches!(b, b'$' | 0xC2 | 0xA3 | 0xA5 | 0xE2 | 0x82 | 0xAC);
        let lead_word = |w: &[u8]| kinds_of(w) & kind::BEFORE_NUMBER != 0;
        walk_back(bytes, trigger, glue, lead_word, 2)..prose.len()
    };
    find_near_triggers(&AMOUNT_RE, prose, next_trigger, reach)
}

/// Proposes a numeric mention for every amount in `prose`, whose trigger words are
/// `triggers`.
pub(super) fn find_amounts(prose: &str, triggers: &Triggers, out: &mut Vec<Mention>) {
    // Read only for a quantity: most texts have none, and the search reads all the text.
    let nautical = OnceCell::new();
    // Each mention with the scale factor written with it ("billion"), if any.
    let mut found: Vec<(Mention, Option<i128>)> = Vec::new();
    for m in amount_matches(prose, triggers) {
        // Half of all amounts are bare digits ("1,200", "26"): their parts are known
        // without resolving capture groups, which costs more than finding the match.
        let whole = Group::new(prose, m.start(), m.end());
        let parts = if whole
            .as_str()
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b',' | b'.'))
        {
            Parts::digits_only(whole)
        } else {
            // The pattern reads digits only as `[0-9]`; it names no particular one.
            let caps = captures_of_match(&AMOUNT_RE, Digits::Alike, prose, m.range());
            match caps.and_then(|c| Parts::of(&c)) {
                Some(parts) => parts,
                None => continue,
            }
        };
        if let Some(m) = mention(prose, &parts, &nautical) {
            found.push((m, parts.scale.map(|s| scale_factor(s.as_str()))));
        }
    }
    share_scales(prose, &mut found);
    out.extend(found.into_iter().map(|(m, _)| m));
}

/// The multiplier a scale word stands for.
fn scale_factor(word: &str) -> i128 {
    match word.to_ascii_lowercase().as_str() {
        "million" | "mln" => 1_000_000,
        "billion" | "bn" => 1_000_000_000,
        _ => 1_000_000_000_000,
    }
}

/// "from 1.2 to 1.5 billion", "between 20 and 40 million": a range writes its scale
/// once, after the second figure, and it applies to both. Without this, "rose 25
/// percent, from 1.2 to 1.5 billion" would read as a rise from 1.2 to 1,500,000,000.
fn share_scales(prose: &str, found: &mut [(Mention, Option<i128>)]) {
    for i in 1..found.len() {
        let (Some(factor), None) = (found[i].1, found[i - 1].1) else {
            continue;
        };
        let (first, second) = (&found[i - 1].0, &found[i].0);
        let between = prose
            .get(first.span.end as usize..second.span.start as usize)
            .unwrap_or("");
        let joined = matches!(
            between.trim().to_ascii_lowercase().as_str(),
            "to" | "and" | "or" | "-" | "–"
        );
        if !joined {
            continue;
        }
        let scaled = |a: Amount| -> Option<Amount> {
            // Only a figure under a thousand is short for a scale ("1.2" in "1.2 to 1.5
            // billion", not "1,500" in "1,500 to 2 million").
            (a.value.abs() < 1000 * SCALE).then_some(())?;
            Some(Amount {
                value: a.value.checked_mul(factor)?,
                half_step: a.half_step.checked_mul(factor)?,
            })
        };
        let value = match found[i - 1].0.value {
            MentionValue::Number(a) => scaled(a).map(MentionValue::Number),
            MentionValue::Money(m) => scaled(m.amount).map(|amount| {
                MentionValue::Money(Money {
                    amount,
                    currency: m.currency,
                })
            }),
            _ => None,
        };
        if let Some(value) = value {
            found[i - 1].0.value = value;
            found[i - 1].1 = Some(factor);
        }
    }
}

/// The parts of one amount match (the groups of [`AMOUNT_RE`]).
struct Parts<'h> {
    whole: Group<'h>,
    approx: Option<Group<'h>>,
    cur: Option<Group<'h>>,
    digits: Option<Group<'h>>,
    words: Option<Group<'h>>,
    scale: Option<Group<'h>>,
    pct: Option<Group<'h>>,
    curword: Option<Group<'h>>,
    deg: Option<Group<'h>>,
    unit: Option<Group<'h>>,
}

impl<'h> Parts<'h> {
    fn of(caps: &Groups<'h>) -> Option<Parts<'h>> {
        let get = |i: usize| caps.get(i);
        Some(Parts {
            whole: get(0)?,
            approx: get(G.approx),
            cur: get(G.cur),
            digits: get(G.digits),
            words: get(G.words),
            scale: get(G.scale),
            pct: get(G.pct),
            curword: get(G.curword),
            deg: get(G.deg),
            unit: get(G.unit),
        })
    }

    /// A match that is only digits, commas and periods is all number.
    fn digits_only(whole: Group<'h>) -> Parts<'h> {
        Parts {
            whole,
            approx: None,
            cur: None,
            digits: Some(whole),
            words: None,
            scale: None,
            pct: None,
            curword: None,
            deg: None,
            unit: None,
        }
    }
}

/// The mention `parts` make; `nautical` holds [`mentions_nautical`] of `prose` once a
/// quantity has needed it.
fn mention(prose: &str, parts: &Parts<'_>, nautical: &OnceCell<bool>) -> Option<Mention> {
    let nautical = || *nautical.get_or_init(|| mentions_nautical(prose));
    let whole = parts.whole;
    let bytes = prose.as_bytes();
    let number = parts.digits.or(parts.words)?;
    // A number glued to letters or other digits ("B52", "3.4.1", "10,5") is a code.
    let before = bytes.get(whole.start().wrapping_sub(1)).copied();
    let after = bytes.get(whole.end()).copied();
    let glued = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
    let after_separator = matches!(before, Some(b'.' | b',')) && parts.digits.is_some();
    // "P5-plus-one", "G-8": a number at the end of a hyphenated compound is part of a name.
    let in_compound = before == Some(b'-')
        && glued(
            whole
                .start()
                .checked_sub(2)
                .and_then(|i| bytes.get(i))
                .copied(),
        );
    if in_compound {
        return None;
    }
    if glued(before) || glued(after) || after_separator {
        return None;
    }
    if parts.digits.is_some()
        && matches!(after, Some(b'.' | b',' | b'/' | b':'))
        && bytes.get(whole.end() + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let mut amount = match parts.digits {
        Some(d) => parse_digits(d.as_str())?,
        None => {
            let v = parse_number_words(number.as_str())?;
            let value = i128::from(v).checked_mul(SCALE)?;
            // Words round like digits: "forty" may be a round figure, "two miles" is
            // anything that rounds to two.
            Amount {
                value,
                half_step: rounding_of_whole(u128::from(v)).map_or(SCALE / 2, |h| h.min(value)),
            }
        }
    };
    if let Some(scale) = parts.scale {
        let factor = scale_factor(scale.as_str());
        amount.value = amount.value.checked_mul(factor)?;
        amount.half_step = amount.half_step.checked_mul(factor)?;
    }
    // A minus sign written before a percentage ("-2.64%") when it is not a range dash.
    let mut start = whole.start();
    if parts.approx.is_none() && parts.cur.is_none() && start >= 1 {
        let prev = bytes.get(start - 1).copied();
        let prev2 = start.checked_sub(2).and_then(|i| bytes.get(i)).copied();
        if prev == Some(b'-') && prev2.is_none_or(|b| b == b' ' || b == b'(') {
            amount.value = -amount.value;
            start -= 1;
        }
    }
    let approx = match parts.approx {
        None => Approx::Exact,
        Some(a) => match a.as_str().to_ascii_lowercase().split_whitespace().next() {
            Some("more" | "over" | "at") => Approx::AtLeast,
            Some("nearly" | "almost" | "less" | "under" | "up" | "fewer") => Approx::AtMost,
            _ => Approx::About,
        },
    };
    let currency_sign = parts.cur.map(|c| match c.as_str() {
        "€" => Currency::Euro,
        "£" => Currency::Sterling,
        "¥" => Currency::Yen,
        _ => Currency::Dollar,
    });
    let value = if parts.pct.is_some() {
        MentionValue::Percent(amount)
    } else if let Some(w) = parts.curword {
        let currency = match w.as_str().to_ascii_lowercase().as_str() {
            "dollars" => Currency::Dollar,
            "euros" => Currency::Euro,
            "yen" => Currency::Yen,
            s if s.starts_with("pounds") => Currency::Sterling,
            _ => Currency::Other,
        };
        MentionValue::Money(Money { amount, currency })
    } else if let Some(currency) = currency_sign {
        // "$40 miles" does not happen; a currency sign makes the amount money and the
        // suffix, if any, is not part of it.
        let end = parts.scale.map_or(number.end(), |s| s.end());
        return Some(Mention {
            span: Span::new(start, end),
            value: MentionValue::Money(Money { amount, currency }),
            approx,
        });
    } else if let Some(deg) = parts.deg {
        let unit = if deg.as_str().eq_ignore_ascii_case("f") {
            Unit::Fahrenheit
        } else {
            Unit::Celsius
        };
        quantity(amount, unit, nautical())
    } else if let Some(u) = parts.unit {
        let word = u.as_str().to_ascii_lowercase();
        let unit = parse_unit(&word)?;
        if unit == Unit::Foot && INCHES_AFTER_RE.is_match(prose.get(whole.end()..)?) {
            return None;
        }
        // "40 million pounds" is money; "40 pounds" a weight.
        if unit == Unit::Pound && parts.scale.is_some() {
            MentionValue::Money(Money {
                amount,
                currency: Currency::Sterling,
            })
        } else {
            quantity(amount, unit, nautical())
        }
    } else {
        MentionValue::Number(amount)
    };
    Some(Mention {
        span: Span::new(start, whole.end()),
        value,
        approx,
    })
}

fn quantity(amount: Amount, unit: Unit, nautical_context: bool) -> MentionValue {
    MentionValue::Quantity(Quantity {
        amount,
        unit,
        nautical_context,
    })
}

/// Half the rounding step of a whole number ending in zeros ("600" → 50, "1,000" → 500),
/// scaled by 10^6; `None` when it ends in a non-zero digit.
fn rounding_of_whole(v: u128) -> Option<i128> {
    if v == 0 || v % 10 != 0 {
        return None;
    }
    let mut step: i128 = 1;
    let mut rest = v;
    while rest % 10 == 0 && rest > 0 {
        rest /= 10;
        step = step.checked_mul(10)?;
    }
    step.checked_mul(SCALE / 2)
}

/// "1,200" → 1200 ± 50 (rounded to hundreds); "10,406.77" → 10406.77 ± 0.005; "26" →
/// 26 ± 0.5. More than five decimals are not news figures, and are skipped.
fn parse_digits(text: &str) -> Option<Amount> {
    // Read in place rather than through a copy without the commas: half of all amounts
    // are bare digits, and the copy was an allocation each.
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    fn digits(part: &str) -> impl Iterator<Item = u8> + '_ {
        part.bytes().filter(|&b| b != b',')
    }
    let frac_len = digits(frac).count();
    if frac_len > 5 || digits(int).count() > 13 {
        return None;
    }
    let mut int_value: i128 = 0;
    for b in digits(int) {
        int_value = int_value * 10 + i128::from(decimal_digit(b)?);
    }
    let mut frac_value: i128 = 0;
    for (i, b) in digits(frac).enumerate() {
        frac_value += i128::from(decimal_digit(b)?) * 10_i128.pow(5 - i as u32);
    }
    let value = int_value.checked_mul(SCALE)?.checked_add(frac_value)?;
    let half_step = if frac_len == 0 {
        rounding_of_whole(int_value.unsigned_abs()).unwrap_or(SCALE / 2)
    } else {
        5 * 10_i128.pow(5 - frac_len as u32)
    };
    Some(Amount { value, half_step })
}

/// The value of an ASCII digit.
fn decimal_digit(b: u8) -> Option<u8> {
    b.is_ascii_digit().then(|| b - b'0')
}

/// Compiles this recogniser's pattern now (see [`super::prepare`]).
pub(super) fn prepare() {
    LazyLock::force(&AMOUNT_RE);
}

#[cfg(test)]
#[path = "amounts_tests.rs"]
mod tests;
