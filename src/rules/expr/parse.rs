//! The recursive-descent parser over [`lex`](super::lex) tokens.
//!
//! Nesting is bounded two ways: by how deep the parser itself recurses (parentheses,
//! prefix operators) and by the depth of the tree it builds (long `a + b + c …` chains
//! are iterative here but recursive in the checker and evaluator).

use super::lex::{tokenize, Tok, Token};
use super::{BinaryOp, Expr, ExprError, ExprKind, Span, UnaryOp, MAX_DEPTH};
use crate::rules::value::{DurationValue, Range, Truth, Value};

/// Parses a whole expression source.
pub(super) fn parse(src: &str) -> Result<Expr, ExprError> {
    let tokens = tokenize(src)?;
    let mut p = Parser {
        src,
        tokens,
        pos: 0,
        nesting: 0,
    };
    let (expr, _) = p.expr()?;
    if let Some(t) = p.peek() {
        let msg = format!("expected an operator, found {}", p.describe(t));
        return Err(ExprError::new(msg, t.span));
    }
    Ok(expr)
}

/// A subtree and its height.
type Node = (Expr, usize);

struct Parser<'s> {
    src: &'s str,
    tokens: Vec<Token>,
    pos: usize,
    /// Current recursion depth of [`Parser::expr`] and [`Parser::unary`].
    nesting: usize,
}

fn too_deep(span: Span) -> ExprError {
    ExprError::new(
        format!("expression is nested too deeply (more than {MAX_DEPTH} levels)"),
        span,
    )
}

impl<'s> Parser<'s> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.pos)
    }

    fn peek_punct(&self) -> Option<&'static str> {
        match self.peek() {
            Some(Token {
                tok: Tok::Punct(p), ..
            }) => Some(p),
            _ => None,
        }
    }

    /// The span of token `i`; callers have already peeked it, but a bad index yields
    /// the end of input rather than a panic.
    fn span_at(&self, i: usize) -> Span {
        self.tokens.get(i).map_or(self.end_span(), |t| t.span)
    }

    fn end_span(&self) -> Span {
        Span {
            start: self.src.len(),
            end: self.src.len(),
        }
    }

    fn describe(&self, t: &Token) -> String {
        let text = self.src.get(t.span.start..t.span.end).unwrap_or("?");
        format!("`{text}`")
    }

    /// An error for the current token (or end of input) when `what` was expected.
    fn expected(&self, what: &str) -> ExprError {
        match self.peek() {
            Some(t) => ExprError::new(
                format!("expected {what}, found {}", self.describe(t)),
                t.span,
            ),
            None => ExprError::new(
                format!("expected {what}, found the end of the expression"),
                self.end_span(),
            ),
        }
    }

    fn enter(&mut self, span: Span) -> Result<(), ExprError> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(too_deep(span));
        }
        Ok(())
    }

    fn expr(&mut self) -> Result<Node, ExprError> {
        let span = self.peek().map_or(self.end_span(), |t| t.span);
        self.enter(span)?;
        let result = self.or();
        self.nesting -= 1;
        result
    }

    /// Parses a left-associative chain of the operators `ops` over `next`.
    fn chain(
        &mut self,
        ops: &[(&str, BinaryOp)],
        next: fn(&mut Self) -> Result<Node, ExprError>,
    ) -> Result<Node, ExprError> {
        let mut lhs = next(self)?;
        while let Some(op) = self
            .peek_punct()
            .and_then(|p| ops.iter().find(|(s, _)| *s == p).map(|(_, op)| *op))
        {
            let op_span = self.span_at(self.pos);
            self.pos += 1;
            let rhs = next(self)?;
            lhs = binary(op, op_span, lhs, rhs)?;
        }
        Ok(lhs)
    }

    fn or(&mut self) -> Result<Node, ExprError> {
        self.chain(&[("||", BinaryOp::Or)], Self::and)
    }

    fn and(&mut self) -> Result<Node, ExprError> {
        self.chain(&[("&&", BinaryOp::And)], Self::comparison)
    }

    fn comparison(&mut self) -> Result<Node, ExprError> {
        const OPS: [(&str, BinaryOp); 6] = [
            ("==", BinaryOp::Eq),
            ("!=", BinaryOp::Ne),
            ("<=", BinaryOp::Le),
            (">=", BinaryOp::Ge),
            ("<", BinaryOp::Lt),
            (">", BinaryOp::Gt),
        ];
        let find = |p: Option<&str>| OPS.iter().find(|(s, _)| Some(*s) == p).map(|x| x.1);
        let lhs = self.sum()?;
        let Some(op) = find(self.peek_punct()) else {
            return Ok(lhs);
        };
        let op_span = self.span_at(self.pos);
        self.pos += 1;
        let rhs = self.sum()?;
        if find(self.peek_punct()).is_some() {
            let span = self.span_at(self.pos);
            return Err(ExprError::new(
                "comparisons cannot be chained; join them with `&&`",
                span,
            ));
        }
        binary(op, op_span, lhs, rhs)
    }

    fn sum(&mut self) -> Result<Node, ExprError> {
        self.chain(&[("+", BinaryOp::Add), ("-", BinaryOp::Sub)], Self::product)
    }

    fn product(&mut self) -> Result<Node, ExprError> {
        self.chain(&[("*", BinaryOp::Mul), ("/", BinaryOp::Div)], Self::unary)
    }

    fn unary(&mut self) -> Result<Node, ExprError> {
        let op = match self.peek_punct() {
            Some("!") => UnaryOp::Not,
            Some("-") => UnaryOp::Neg,
            _ => return self.atom(),
        };
        let op_span = self.span_at(self.pos);
        self.pos += 1;
        self.enter(op_span)?;
        let operand = self.unary();
        self.nesting -= 1;
        let (operand, height) = operand?;
        let span = op_span.to(operand.span);
        // `-3` and `-7d` are literals, so messages and folding see one value.
        let kind = match (op, operand.kind) {
            (UnaryOp::Neg, ExprKind::Literal(Value::Number(r))) => {
                ExprKind::Literal(Value::Number(r.neg()))
            }
            (UnaryOp::Neg, ExprKind::Literal(Value::Duration(d))) => {
                ExprKind::Literal(Value::Duration(DurationValue {
                    seconds: d.seconds.neg(),
                }))
            }
            (op, kind) => {
                let operand = Box::new(Expr {
                    kind,
                    span: operand.span,
                });
                return node(ExprKind::Unary { op, operand }, span, height + 1);
            }
        };
        Ok((Expr { kind, span }, height))
    }

    fn atom(&mut self) -> Result<Node, ExprError> {
        let Some(token) = self.peek().cloned() else {
            return Err(self.expected("an expression"));
        };
        let span = token.span;
        let literal = |v: Value| {
            Ok((
                Expr {
                    kind: ExprKind::Literal(v),
                    span,
                },
                1,
            ))
        };
        match token.tok {
            Tok::Number(n) => {
                self.pos += 1;
                literal(Value::Number(Range::exact(n)))
            }
            Tok::Duration(s) => {
                self.pos += 1;
                literal(Value::Duration(DurationValue {
                    seconds: Range::exact(s),
                }))
            }
            Tok::Str(s) => {
                self.pos += 1;
                literal(Value::Text(s))
            }
            Tok::Ident(name) => {
                self.pos += 1;
                if self.peek_punct() == Some("(") {
                    return self.call(name, span);
                }
                if let Some(v) = keyword(&name) {
                    return literal(v);
                }
                Ok((
                    Expr {
                        kind: ExprKind::Name(name),
                        span,
                    },
                    1,
                ))
            }
            Tok::Punct("(") => {
                self.pos += 1;
                let (inner, height) = self.expr()?;
                self.close(span, "an operator or `)`")?;
                let end = self.span_at(self.pos.saturating_sub(1));
                // The parenthesised span, so errors about the group include its parens.
                let expr = Expr {
                    kind: inner.kind,
                    span: span.to(end),
                };
                Ok((expr, height))
            }
            Tok::Punct(_) => Err(self.expected("an expression")),
        }
    }

    /// Consumes a `)` that closes the `(` at `open`.
    fn close(&mut self, open: Span, what: &str) -> Result<(), ExprError> {
        match self.peek_punct() {
            Some(")") => {
                self.pos += 1;
                Ok(())
            }
            _ if self.peek().is_none() => Err(ExprError::new("unclosed `(`", open)),
            _ => Err(self.expected(what)),
        }
    }

    fn call(&mut self, name: String, name_span: Span) -> Result<Node, ExprError> {
        let open = self.span_at(self.pos);
        self.pos += 1;
        let mut args = Vec::new();
        let mut height = 0;
        if self.peek_punct() == Some(")") {
            self.pos += 1;
        } else {
            loop {
                let (arg, h) = self.expr()?;
                height = height.max(h);
                args.push(arg);
                if self.peek_punct() == Some(",") {
                    self.pos += 1;
                    continue;
                }
                self.close(open, "`,` or `)`")?;
                break;
            }
        }
        let end = self.span_at(self.pos.saturating_sub(1));
        let kind = ExprKind::Call {
            name,
            name_span,
            args,
        };
        node(kind, name_span.to(end), height + 1)
    }
}

/// The value of a reserved word, if `name` is one.
fn keyword(name: &str) -> Option<Value> {
    use chrono::Weekday::*;
    let weekday = match name {
        "true" => return Some(Value::Bool(Truth::True)),
        "false" => return Some(Value::Bool(Truth::False)),
        "monday" => Mon,
        "tuesday" => Tue,
        "wednesday" => Wed,
        "thursday" => Thu,
        "friday" => Fri,
        "saturday" => Sat,
        "sunday" => Sun,
        _ => return None,
    };
    Some(Value::Weekday(Some(weekday)))
}

fn node(kind: ExprKind, span: Span, height: usize) -> Result<Node, ExprError> {
    if height > MAX_DEPTH {
        return Err(too_deep(span));
    }
    Ok((Expr { kind, span }, height))
}

fn binary(op: BinaryOp, op_span: Span, lhs: Node, rhs: Node) -> Result<Node, ExprError> {
    let span = lhs.0.span.to(rhs.0.span);
    let height = 1 + lhs.1.max(rhs.1);
    let kind = ExprKind::Binary {
        op,
        op_span,
        lhs: Box::new(lhs.0),
        rhs: Box::new(rhs.0),
    };
    node(kind, span, height)
}
