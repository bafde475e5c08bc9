//! The tokenizer, written with winnow. It recognizes lexemes; turning a lexeme into a
//! value (number scale, duration unit, string escapes) happens here too, so every
//! malformed literal is reported with its own byte range.

use super::{ExprError, Span};
use crate::rules::value::{NUMBER_SCALE, SECONDS_PER_DAY};
use winnow::ascii::multispace0;
use winnow::combinator::{alt, opt, preceded, repeat};
use winnow::prelude::*;
use winnow::stream::{LocatingSlice, Location};
use winnow::token::{any, none_of, one_of, take_while};

/// A token of the expression grammar.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Tok {
    /// A number, fixed-point scaled by [`NUMBER_SCALE`].
    Number(i128),
    /// A duration literal in seconds.
    Duration(i128),
    Str(String),
    Ident(String),
    /// An operator or punctuation, as written.
    Punct(&'static str),
}

/// A token and where it is.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Token {
    pub tok: Tok,
    pub span: Span,
}

type In<'a> = LocatingSlice<&'a str>;

/// A lexeme before validation.
enum Raw<'a> {
    Num {
        int: &'a str,
        frac: Option<&'a str>,
        suffix: &'a str,
    },
    Str {
        body: &'a str,
        closed: bool,
    },
    Ident(&'a str),
    Punct(&'static str),
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn number<'a>(i: &mut In<'a>) -> ModalResult<Raw<'a>> {
    (
        take_while(1.., |c: char| c.is_ascii_digit()),
        opt(preceded('.', take_while(1.., |c: char| c.is_ascii_digit()))),
        take_while(0.., is_ident_char),
    )
        .map(|(int, frac, suffix)| Raw::Num { int, frac, suffix })
        .parse_next(i)
}

fn string<'a>(i: &mut In<'a>) -> ModalResult<Raw<'a>> {
    let body_char = alt((('\\', any).void(), none_of(['"', '\\']).void()));
    (
        '"',
        repeat::<_, _, (), _, _>(0.., body_char).take(),
        opt('"'),
    )
        .map(|(_, body, close)| Raw::Str {
            body,
            closed: close.is_some(),
        })
        .parse_next(i)
}

fn ident<'a>(i: &mut In<'a>) -> ModalResult<Raw<'a>> {
    (
        one_of(|c: char| c.is_ascii_alphabetic() || c == '_'),
        take_while(0.., is_ident_char),
    )
        .take()
        .map(Raw::Ident)
        .parse_next(i)
}

fn punct<'a>(i: &mut In<'a>) -> ModalResult<Raw<'a>> {
    // Two-character operators first, so `<=` is not read as `<` then `=`.
    alt((
        alt(("||", "&&", "==", "!=", "<=", ">=")),
        alt((
            "<", ">", "+", "-", "*", "/", "!", "(", ")", ",", "=", "|", "&",
        )),
    ))
    .map(|s: &str| Raw::Punct(intern(s)))
    .parse_next(i)
}

/// Maps a matched operator to its `'static` spelling.
fn intern(s: &str) -> &'static str {
    const ALL: [&str; 19] = [
        "||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "!", "(", ")", ",", "=",
        "|", "&",
    ];
    ALL.into_iter().find(|p| *p == s).unwrap_or("?")
}

/// Splits `src` into tokens.
pub(super) fn tokenize(src: &str) -> Result<Vec<Token>, ExprError> {
    let mut input = LocatingSlice::new(src);
    let mut out = Vec::new();
    loop {
        let _ = multispace0::<_, winnow::error::ContextError>.parse_next(&mut input);
        let start = input.current_token_start();
        if start >= src.len() {
            return Ok(out);
        }
        let lexeme = alt((number, string, ident, punct))
            .with_span()
            .parse_next(&mut input);
        let Ok((raw, range)) = lexeme else {
            let c = src[start..].chars().next().unwrap_or(' ');
            let span = Span {
                start,
                end: start + c.len_utf8(),
            };
            return Err(ExprError::new(format!("unexpected character `{c}`"), span));
        };
        let span = Span {
            start: range.start,
            end: range.end,
        };
        out.push(Token {
            tok: validate(raw, span)?,
            span,
        });
    }
}

fn validate(raw: Raw<'_>, span: Span) -> Result<Tok, ExprError> {
    match raw {
        Raw::Num { int, frac, suffix } => {
            let num_len = int.len() + frac.map_or(0, |f| f.len() + 1);
            let num_span = Span {
                start: span.start,
                end: span.start + num_len,
            };
            let value = fixed_point(int, frac, num_span)?;
            if suffix.is_empty() {
                return Ok(Tok::Number(value));
            }
            let suffix_span = Span {
                start: num_span.end,
                end: span.end,
            };
            duration(value, suffix, suffix_span, span).map(Tok::Duration)
        }
        Raw::Str { body, closed } => {
            if !closed {
                return Err(ExprError::new("unclosed string literal", span));
            }
            unescape(body, span.start + 1).map(Tok::Str)
        }
        Raw::Ident(name) => {
            if name.chars().any(|c| c.is_ascii_uppercase()) {
                let msg = format!(
                    "names are lower-case: write `{}`",
                    name.to_ascii_lowercase()
                );
                return Err(ExprError::new(msg, span));
            }
            Ok(Tok::Ident(name.to_string()))
        }
        Raw::Punct("=") => Err(ExprError::new("use `==` to compare", span)),
        Raw::Punct("|") => Err(ExprError::new("use `||` for \"or\"", span)),
        Raw::Punct("&") => Err(ExprError::new("use `&&` for \"and\"", span)),
        Raw::Punct(p) => Ok(Tok::Punct(p)),
    }
}

/// Converts decimal digits to fixed point, rejecting what the scale cannot hold exactly.
fn fixed_point(int: &str, frac: Option<&str>, span: Span) -> Result<i128, ExprError> {
    let frac = frac.unwrap_or("");
    if frac.len() > 6 {
        return Err(ExprError::new(
            "numbers have at most 6 decimal places",
            span,
        ));
    }
    let too_large = || ExprError::new("number is too large", span);
    let whole: i128 = int.parse().map_err(|_| too_large())?;
    let padded = format!("{frac:0<6}");
    let fraction: i128 = padded.parse().map_err(|_| too_large())?;
    whole
        .checked_mul(NUMBER_SCALE)
        .and_then(|w| w.checked_add(fraction))
        .ok_or_else(too_large)
}

/// Applies a unit suffix to a fixed-point number, giving whole seconds.
fn duration(value: i128, suffix: &str, suffix_span: Span, span: Span) -> Result<i128, ExprError> {
    let unit = match suffix {
        "d" => SECONDS_PER_DAY,
        "w" => 7 * SECONDS_PER_DAY,
        "h" => 3_600,
        "m" => 60,
        "s" => 1,
        _ => {
            let msg = format!(
                "unknown duration unit `{suffix}`; use d (days), w (weeks), h (hours), \
                 m (minutes) or s (seconds)"
            );
            return Err(ExprError::new(msg, suffix_span));
        }
    };
    let scaled = value
        .checked_mul(unit)
        .ok_or_else(|| ExprError::new("duration is too large", span))?;
    let scale = NUMBER_SCALE;
    if scaled % scale != 0 {
        return Err(ExprError::new(
            "duration is not a whole number of seconds",
            span,
        ));
    }
    Ok(scaled / scale)
}

/// Resolves `\"`, `\\` and `\n` escapes; `offset` is where `body` starts in the source.
fn unescape(body: &str, offset: usize) -> Result<String, ExprError> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, '"')) => out.push('"'),
            Some((_, '\\')) => out.push('\\'),
            Some((_, 'n')) => out.push('\n'),
            other => {
                let len = 1 + other.map_or(0, |(_, e)| e.len_utf8());
                let span = Span {
                    start: offset + i,
                    end: offset + i + len,
                };
                return Err(ExprError::new(
                    "unknown escape; use \\\", \\\\ or \\n",
                    span,
                ));
            }
        }
    }
    Ok(out)
}
