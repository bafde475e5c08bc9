//! Message templates: literal text with `{expr}` holes.

use super::{check, eval, parse, EvalError, Expr, ExprError, Span, TypeEnv, ValueEnv};

/// A message template: literal text with `{expr}` holes (`{{` and `}}` escape braces).
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq)]
enum Part {
    Text(String),
    /// An expression and the byte offset of its source within the template, so its
    /// errors can be reported against the whole template string.
    Hole {
        expr: Expr,
        offset: usize,
    },
}

impl Template {
    /// Splits a template into text and expression holes, parsing each hole.
    pub fn parse(src: &str) -> Result<Template, ExprError> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut chars = src.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|x| x.1) == Some('{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek().map(|x| x.1) == Some('}') => {
                    chars.next();
                    text.push('}');
                }
                '}' => {
                    return Err(ExprError::new(
                        "unmatched `}`; write `}}` for a literal brace",
                        Span {
                            start: i,
                            end: i + 1,
                        },
                    ))
                }
                '{' => {
                    let start = i + 1;
                    let end = hole_end(src, start).ok_or_else(|| {
                        ExprError::new(
                            "unclosed `{`; write `{{` for a literal brace",
                            Span {
                                start: i,
                                end: i + 1,
                            },
                        )
                    })?;
                    let hole = &src[start..end];
                    if hole.trim().is_empty() {
                        return Err(ExprError::new(
                            "empty `{}`; put an expression inside, or write `{{`",
                            Span {
                                start: i,
                                end: end + 1,
                            },
                        ));
                    }
                    let expr = parse(hole).map_err(|e| e.shifted(start))?;
                    if !text.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut text)));
                    }
                    parts.push(Part::Hole {
                        expr,
                        offset: start,
                    });
                    // Skip the hole and its closing brace.
                    while chars.next_if(|&(j, _)| j <= end).is_some() {}
                }
                _ => text.push(c),
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Template { parts })
    }

    /// Type-checks every hole; any type may be shown.
    pub fn check(&self, env: &TypeEnv) -> Result<(), ExprError> {
        for part in &self.parts {
            if let Part::Hole { expr, offset } = part {
                check(expr, env).map_err(|e| e.shifted(*offset))?;
            }
        }
        Ok(())
    }

    /// Evaluates the holes and joins the message.
    pub fn render(&self, env: &ValueEnv) -> Result<String, EvalError> {
        let mut out = String::new();
        for part in &self.parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Hole { expr, .. } => out.push_str(&eval(expr, env)?.to_string()),
            }
        }
        Ok(out)
    }

    /// The expressions in the holes, in order.
    pub fn holes(&self) -> impl Iterator<Item = &Expr> {
        self.parts.iter().filter_map(|p| match p {
            Part::Hole { expr, .. } => Some(expr),
            Part::Text(_) => None,
        })
    }
}

/// The byte index of the `}` closing a hole that starts at `start`, skipping braces
/// inside string literals (`{"}"}`).
fn hole_end(src: &str, start: usize) -> Option<usize> {
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in src.get(start..)?.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '}' if !in_string => return Some(start + i),
            _ => {}
        }
    }
    None
}
