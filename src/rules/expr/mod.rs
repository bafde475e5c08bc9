//! The assertion language of rules: a small, typed, side-effect-free expression grammar.
//!
//! `parse` turns source into an [`Expr`]; `check` type-checks it against the names a rule
//! binds and the function library, *when the rule loads*; `eval` computes a [`Value`]
//! while linting. Comparisons are three-valued (see [`crate::rules::value`]).
//! Message templates (`"{claim} is not {days(from, to)}"`) embed expressions in text.

use crate::rules::value::{Type, Value};
use std::collections::HashMap;

/// A parsed expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    _todo: (),
}

/// An error in an expression's source, with the byte range within that source.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ExprError {
    pub message: String,
    pub start: usize,
    pub end: usize,
}

/// Why evaluation produced no value; the engine abstains.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EvalError {
    #[error("`{0}` is not bound")]
    Unbound(String),
    #[error("{0}")]
    Undefined(String),
}

/// The types of the names an expression may use.
pub type TypeEnv = HashMap<String, Type>;
/// The values of the names while evaluating.
pub type ValueEnv = HashMap<String, Value>;

pub fn parse(src: &str) -> Result<Expr, ExprError> {
    todo!()
}

pub fn check(expr: &Expr, env: &TypeEnv) -> Result<Type, ExprError> {
    todo!()
}

pub fn eval(expr: &Expr, env: &ValueEnv) -> Result<Value, EvalError> {
    todo!()
}

/// A message template: literal text with `{expr}` holes (`{{` and `}}` escape braces).
#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    _todo: (),
}

impl Template {
    pub fn parse(src: &str) -> Result<Template, ExprError> {
        todo!()
    }
    pub fn check(&self, env: &TypeEnv) -> Result<(), ExprError> {
        todo!()
    }
    pub fn render(&self, env: &ValueEnv) -> Result<String, EvalError> {
        todo!()
    }
}
