//! The assertion language of rules: a small, typed, side-effect-free expression grammar.
//!
//! `parse` turns source into an [`Expr`]; `check` type-checks it against the names a rule
//! binds and the function library, *when the rule loads*; `eval` computes a [`Value`]
//! while linting. Comparisons are three-valued (see [`crate::rules::value`]).
//! Message templates (`"{claim} is not {days(from, to)}"`) embed expressions in text.
//!
//! Grammar, lowest to highest precedence:
//!
//! ```text
//! expr    := or
//! or      := and ("||" and)*
//! and     := cmp ("&&" cmp)*
//! cmp     := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?   -- not chainable
//! sum     := product (("+" | "-") product)*
//! product := unary (("*" | "/") unary)*
//! unary   := ("!" | "-") unary | atom
//! atom    := number | duration | string | "true" | "false" | weekday
//!          | name | name "(" (expr ("," expr)*)? ")" | "(" expr ")"
//! ```
//!
//! Numbers are `84` or `1.5` (at most six decimals); durations are a number with a unit
//! suffix `d`, `w`, `h`, `m` (minutes) or `s`; weekdays are `monday` … `sunday`.

mod check;
mod eval;
pub mod functions;
mod lex;
mod parse;
mod template;

use crate::rules::value::{Type, Value};
use std::collections::HashMap;

pub use template::Template;

/// How deeply expressions may nest. Checking and evaluation recurse over the tree, so a
/// limit keeps a malicious or machine-generated rule from overflowing the stack.
pub const MAX_DEPTH: usize = 64;

/// A byte range within the source an expression was parsed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The smallest span covering both `self` and `other`.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A parsed expression: a node and where it came from, so load-time errors can point
/// at the exact operand that is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What the node is.
    pub kind: ExprKind,
    /// Where it is written, including any enclosing parentheses.
    pub span: Span,
}

/// The kinds of expression node.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A literal: number, duration, string, boolean or weekday.
    Literal(Value),
    /// A name bound by the rule, e.g. `claim`.
    Name(String),
    /// A call of a library function; `name_span` is where the name is written.
    #[allow(missing_docs)] // fields named by the variant's doc
    Call {
        name: String,
        name_span: Span,
        args: Vec<Expr>,
    },
    /// A prefix operator.
    #[allow(missing_docs)] // fields named by the variant's doc
    Unary { op: UnaryOp, operand: Box<Expr> },
    /// An infix operator; `op_span` is where the operator is written.
    #[allow(missing_docs)] // fields named by the variant's doc
    Binary {
        op: BinaryOp,
        op_span: Span,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
}

/// Prefix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!`, Kleene negation.
    Not,
    /// `-`, arithmetic negation.
    Neg,
}

/// Infix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    /// `||`, Kleene or.
    Or,
    /// `&&`, Kleene and.
    And,
    /// `==`.
    Eq,
    /// `!=`.
    Ne,
    /// `<`.
    Lt,
    /// `<=`.
    Le,
    /// `>`.
    Gt,
    /// `>=`.
    Ge,
    /// `+`.
    Add,
    /// `-`.
    Sub,
    /// `*`.
    Mul,
    /// `/`.
    Div,
}

impl BinaryOp {
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "||",
            BinaryOp::And => "&&",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
        }
    }

    /// Whether this is one of the (non-chainable) comparison operators.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        )
    }
}

impl Expr {
    /// Every bound name the expression refers to, in order of appearance, so a loader
    /// can tell which bindings a rule needs.
    pub fn names(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_names(&mut out);
        out
    }

    fn collect_names<'a>(&'a self, out: &mut Vec<&'a str>) {
        match &self.kind {
            ExprKind::Literal(_) => {}
            ExprKind::Name(n) => out.push(n),
            ExprKind::Call { args, .. } => args.iter().for_each(|a| a.collect_names(out)),
            ExprKind::Unary { operand, .. } => operand.collect_names(out),
            ExprKind::Binary { lhs, rhs, .. } => {
                lhs.collect_names(out);
                rhs.collect_names(out);
            }
        }
    }
}

/// An error in an expression's source, with the byte range within that source.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    /// What is wrong, phrased for the rule author.
    pub message: String,
    /// First byte of the offending source.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

impl ExprError {
    /// An error covering `span`.
    pub fn new(message: impl Into<String>, span: Span) -> ExprError {
        ExprError {
            message: message.into(),
            start: span.start,
            end: span.end,
        }
    }

    /// The same error with its range moved by `offset` bytes, for expressions embedded
    /// in a larger source such as a message template.
    pub fn shifted(mut self, offset: usize) -> ExprError {
        self.start += offset;
        self.end += offset;
        self
    }
}

/// Why evaluation produced no value; the engine abstains.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    /// A name the expression uses has no value (the rule's match did not bind it).
    #[error("`{0}` is not bound")]
    Unbound(String),
    /// The value cannot be known, e.g. the weekday arithmetic of a month-only date.
    #[error("{0}")]
    Undefined(String),
}

/// The types of the names an expression may use.
pub type TypeEnv = HashMap<String, Type>;
/// The values of the names while evaluating.
pub type ValueEnv = HashMap<String, Value>;

/// Parses an expression; errors carry the byte range of the offending token.
pub fn parse(src: &str) -> Result<Expr, ExprError> {
    parse::parse(src)
}

/// Type-checks `expr` against the bound names' types and the function library,
/// returning the expression's type.
pub fn check(expr: &Expr, env: &TypeEnv) -> Result<Type, ExprError> {
    check::check(expr, env)
}

/// Evaluates `expr`. A checked expression fails only when a value is unknowable
/// (e.g. the weekday-free arithmetic of a month-only date), never on types.
pub fn eval(expr: &Expr, env: &ValueEnv) -> Result<Value, EvalError> {
    eval::eval(expr, env)
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod proptests;
