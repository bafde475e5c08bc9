//! Loading rule files: YAML → validated, compiled [`Rule`]s, or errors that point into
//! the file. Everything is checked here, up front, so linting never meets a bad rule.

use super::error::{locate_key, RuleError};
use super::expr::{self, Expr, ExprError, Template, TypeEnv};
use super::pattern::{Origin, Pattern};
use super::schema::{
    ApproxSpec, BindingSpec, ConfidenceSpec, ExampleSpec, KindSpec, PickSpec, RuleFile, ScopeSpec,
    YearSpec,
};
use super::value::Type;
use crate::timeline::Confidence;

pub use super::pattern::RULE_REGEX_SIZE_LIMIT;
pub use super::rule::{cue_name, text_name, Binding, Example, FixTemplate, Rule, CUE_GROUP};

/// Parses and validates one rule file.
pub fn load_rule(path: &str, source: &str) -> Result<Rule, RuleError> {
    load_rule_with(path, source, Origin::User)
}

/// [`load_rule`], with patterns compiled `when` asked.
pub(super) fn load_rule_with(path: &str, source: &str, when: Origin) -> Result<Rule, RuleError> {
    // A built-in file is parsed from the JSON copy build.rs made of it, which is several
    // times faster than YAML; errors still point into the YAML, located by key.
    let prebuilt = (when == Origin::Builtin)
        .then(|| super::builtin::json_of(path))
        .flatten()
        .and_then(|json| serde_json::from_str::<RuleFile>(json).ok());
    let file: RuleFile = match prebuilt {
        Some(file) => file,
        None => serde_yaml::from_str(source).map_err(|e| {
            let span = e.location().map(|l| (l.index().min(source.len()), 1));
            RuleError::new(path, source, yaml_message(&e), span)
        })?,
    };
    Compiler {
        path,
        source,
        patterns: when,
    }
    .compile(file)
}

fn yaml_message(e: &serde_yaml::Error) -> String {
    // serde_yaml appends " at line N column M"; the label shows the place already.
    let text = e.to_string();
    match text.find(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

struct Compiler<'a> {
    path: &'a str,
    source: &'a str,
    patterns: Origin,
}

impl Compiler<'_> {
    fn error(&self, message: impl Into<String>, span: Option<(usize, usize)>) -> RuleError {
        RuleError::new(self.path, self.source, message, span)
    }

    /// Where a top-level key's value starts, for errors found after parsing.
    fn key_span(&self, keys: &[&str]) -> Option<(usize, usize)> {
        locate_key(self.source, keys)
    }

    /// Where `needle` (a value's text) sits after the given key, else the key itself.
    fn value_span(&self, keys: &[&str], needle: &str) -> Option<(usize, usize)> {
        let (key_at, _) = self.key_span(keys)?;
        match self.source[key_at..].find(needle) {
            Some(i) if !needle.is_empty() => Some((key_at + i, needle.len())),
            _ => Some((key_at, keys.last().map_or(1, |k| k.len()))),
        }
    }

    fn compile(&self, file: RuleFile) -> Result<Rule, RuleError> {
        if !is_kebab_case(&file.id) {
            return Err(self.error(
                format!(
                    "rule id `{}` must be kebab-case (lowercase words joined by `-`)",
                    file.id
                ),
                self.value_span(&["id"], &file.id),
            ));
        }
        if file.bind.0.is_empty() {
            return Err(self.error("`bind` names no mentions", self.key_span(&["bind"])));
        }
        let mut bindings: Vec<Binding> = Vec::with_capacity(file.bind.0.len());
        for (index, (name, spec)) in file.bind.0.iter().enumerate() {
            let binding = self.compile_binding(index, name, spec, &bindings)?;
            bindings.push(binding);
        }
        // Each binding is also available as its source text, `<name>_text`, so
        // messages can quote the claim as written, and as `<name>_cue` when its
        // `before`/`after` pattern captures a `cue` group.
        let env: TypeEnv = bindings
            .iter()
            .flat_map(|b| {
                let cue = b.has_cue().then(|| (cue_name(&b.name), Type::Text));
                [
                    (b.name.clone(), b.value_type()),
                    (text_name(&b.name), Type::Text),
                ]
                .into_iter()
                .chain(cue)
            })
            .collect();

        let assert = self.compile_expr("assert", &file.assert)?;
        let ty = expr::check(&assert, &env)
            .map_err(|e| self.expr_error(&["assert"], &file.assert, e))?;
        if ty != Type::Bool {
            return Err(self.error(
                format!("`assert` must be a true/false expression, found {ty}"),
                self.value_span(&["assert"], &file.assert),
            ));
        }
        let message = self.compile_template(&["message"], &file.message, &env)?;
        let explain = match &file.explain {
            Some(src) => Some(self.compile_template(&["explain"], src, &env)?),
            None => None,
        };
        let report = match &file.report {
            Some(name) => self.binding_index(&bindings, name, &["report"])?,
            None => 0,
        };
        let mut fixes = Vec::new();
        for fix in &file.fixes {
            fixes.push(FixTemplate {
                binding: self.binding_index(&bindings, &fix.at, &["fixes"])?,
                replace: self.compile_template(&["fixes"], &fix.replace, &env)?,
                safe: fix.safe,
            });
        }
        let examples = self.compile_examples(&file.examples)?;
        Ok(Rule {
            id: file.id,
            summary: file.summary,
            severity: file.severity,
            docs: file.docs,
            tolerance: file.tolerance,
            origin: self.path.to_string(),
            bindings,
            assert,
            assert_source: file.assert,
            message,
            explain,
            report,
            min_confidence: match file.confidence.unwrap_or(ConfidenceSpec::High) {
                ConfidenceSpec::Low => Confidence::Low,
                ConfidenceSpec::Medium => Confidence::Medium,
                ConfidenceSpec::High => Confidence::High,
            },
            fixes,
            examples,
        })
    }

    fn binding_index(
        &self,
        bindings: &[Binding],
        name: &str,
        keys: &[&str],
    ) -> Result<usize, RuleError> {
        bindings.iter().position(|b| b.name == name).ok_or_else(|| {
            let known: Vec<&str> = bindings.iter().map(|b| b.name.as_str()).collect();
            self.error(
                format!(
                    "`{name}` is not bound; bound names are {}",
                    known.join(", ")
                ),
                self.value_span(keys, name),
            )
        })
    }

    fn compile_binding(
        &self,
        index: usize,
        name: &str,
        spec: &BindingSpec,
        earlier: &[Binding],
    ) -> Result<Binding, RuleError> {
        let at = |field: &str| {
            self.key_span(&["bind", name, field])
                .or_else(|| self.key_span(&["bind", name]))
        };
        let earlier_index = |field: &str, target: &str| -> Result<usize, RuleError> {
            earlier
                .iter()
                .position(|b| b.name == target)
                .ok_or_else(|| {
                    self.error(
                        format!("`{field}: {target}` must name a binding listed before `{name}`"),
                        at(field),
                    )
                })
        };
        if !is_identifier(name) {
            return Err(self.error(
                format!("binding name `{name}` must be lowercase letters, digits and `_`"),
                self.key_span(&["bind", name]),
            ));
        }
        let part_of = match (&spec.part_of, spec.part) {
            (Some(target), Some(part)) => Some((earlier_index("part-of", target)?, part)),
            (Some(_), None) => {
                return Err(self.error(
                    "`part-of` needs `part: weekday` or `part: time`",
                    at("part-of"),
                ))
            }
            (None, Some(_)) => {
                return Err(self.error("`part` needs `part-of: <binding>`", at("part")))
            }
            (None, None) => None,
        };
        let kind = match (spec.kind, part_of) {
            (Some(kind), None) => kind,
            (None, Some((target, _))) => earlier[target].kind,
            (Some(_), Some(_)) => {
                return Err(self.error(
                    "a `part-of` binding takes its kind from its parent; remove `kind`",
                    at("kind"),
                ))
            }
            (None, None) => {
                return Err(self.error(
                    format!(
                    "binding `{name}` needs a `kind` (date, weekday, time, duration, relative, number, percent, money, quantity, amount or age)"
                ),
                    self.key_span(&["bind", name]),
                ))
            }
        };
        if index == 0
            && (part_of.is_some()
                || kind == KindSpec::Now
                || spec.or.is_some()
                || spec.follows.is_some()
                || spec.precedes.is_some())
        {
            return Err(self.error(
                "the first binding is the claim every match starts from: it cannot be `now`, `part-of`, `follows`, `precedes` or have `or`",
                self.key_span(&["bind", name]),
            ));
        }
        if !spec.unit.is_empty() && !matches!(kind, KindSpec::Duration | KindSpec::Relative) {
            return Err(self.error(
                "`unit` applies to duration and relative bindings only",
                at("unit"),
            ));
        }
        if !spec.dimension.is_empty() && kind != KindSpec::Quantity {
            return Err(self.error(
                "`dimension` applies to quantity bindings only",
                at("dimension"),
            ));
        }
        let numeric = matches!(
            kind,
            KindSpec::Number
                | KindSpec::Percent
                | KindSpec::Money
                | KindSpec::Quantity
                | KindSpec::Amount
                | KindSpec::Figure
        );
        if spec.rounded.is_some() && !numeric {
            return Err(self.error(
                "`rounded` applies to number, percent, money, quantity, amount and figure bindings only",
                at("rounded"),
            ));
        }
        if spec.approx.is_some() && !numeric {
            return Err(self.error(
                "`approx` applies to number, percent, money, quantity, amount and figure bindings only",
                at("approx"),
            ));
        }
        if (spec.granularity.is_some() || !spec.with.is_empty() || spec.year.is_some())
            && kind != KindSpec::Date
        {
            return Err(self.error(
                "`granularity`, `with` and `year` apply to date bindings only",
                at("granularity"),
            ));
        }
        if (spec.relative_to.is_some() || spec.direction.is_some()) && kind != KindSpec::Relative {
            return Err(self.error(
                "`relative-to` and `direction` apply to relative bindings only",
                at("relative-to"),
            ));
        }
        if spec.or.is_some() && kind != KindSpec::Date {
            return Err(self.error("`or: article-date` applies to date bindings only", at("or")));
        }
        let same_person = spec
            .same_person
            .as_deref()
            .map(|t| earlier_index("same-person", t))
            .transpose()?;
        if same_person.is_some_and(|t| kind != KindSpec::Age || earlier[t].kind != KindSpec::Age) {
            return Err(self.error(
                "`same-person` relates two age bindings only",
                at("same-person"),
            ));
        }
        let follows = spec
            .follows
            .as_deref()
            .map(|t| earlier_index("follows", t))
            .transpose()?;
        let precedes = spec
            .precedes
            .as_deref()
            .map(|t| earlier_index("precedes", t))
            .transpose()?;
        if follows.is_some() && precedes.is_some() {
            return Err(self.error("use `follows` or `precedes`, not both", at("precedes")));
        }
        if spec.gap.is_some() && follows.is_none() && precedes.is_none() {
            return Err(self.error("`gap` needs `follows` or `precedes`", at("gap")));
        }
        let regex = |field: &str, pattern: &Option<String>| -> Result<Option<Pattern>, RuleError> {
            pattern
                .as_deref()
                .map(|p| {
                    Pattern::new(p, self.patterns).map_err(|e| {
                        self.error(
                            format!(
                                "`{field}` is not a valid regular expression: {}",
                                one_line(&e.to_string())
                            ),
                            self.value_span(&["bind", name, field], p)
                                .or_else(|| at(field)),
                        )
                    })
                })
                .transpose()
        };
        let gap = regex("gap", &spec.gap)?;
        let adjacent = follows.is_some() || precedes.is_some();
        let (before, after) = (regex("before", &spec.before)?, regex("after", &spec.after)?);
        let has_key = |re: &Option<Pattern>| re.as_ref().is_some_and(|r| r.has_group("key"));
        let keyed = has_key(&before) || has_key(&after);
        Ok(Binding {
            name: name.to_string(),
            kind,
            units: spec.unit.clone(),
            dimensions: spec.dimension.clone(),
            exact_only: spec.approx == Some(ApproxSpec::Exact),
            ignore_marker: spec.approx == Some(ApproxSpec::Ignore),
            as_written: spec.rounded == Some(false),
            granularity: spec.granularity,
            with: spec.with.clone(),
            year: spec.year.unwrap_or(YearSpec::Any),
            part_of,
            scope: spec.scope.unwrap_or(ScopeSpec::Sentence),
            follows,
            precedes,
            gap,
            before,
            after,
            not_before: regex("not-before", &spec.not_before)?,
            not_after: regex("not-after", &spec.not_after)?,
            relative_to: spec.relative_to,
            direction: spec.direction,
            pick: spec.pick.unwrap_or(if adjacent {
                PickSpec::Nearest
            } else {
                PickSpec::Unique
            }),
            keyed,
            fallback: spec.or,
            same_person,
            label: spec.label.clone().unwrap_or_else(|| name.replace('_', " ")),
        })
    }

    fn compile_expr(&self, key: &str, src: &str) -> Result<Expr, RuleError> {
        expr::parse(src).map_err(|e| self.expr_error(&[key], src, e))
    }

    fn compile_template(
        &self,
        keys: &[&str],
        src: &str,
        env: &TypeEnv,
    ) -> Result<Template, RuleError> {
        let template = Template::parse(src).map_err(|e| self.expr_error(keys, src, e))?;
        template
            .check(env)
            .map_err(|e| self.expr_error(keys, src, e))?;
        Ok(template)
    }

    /// Maps an error inside an expression to the file: exact when the expression is
    /// written verbatim in the file, else at its key.
    fn expr_error(&self, keys: &[&str], src: &str, e: ExprError) -> RuleError {
        let span = self
            .key_span(keys)
            .map(|(key_at, len)| match self.source[key_at..].find(src) {
                Some(i) if !src.is_empty() => {
                    let start = key_at + i + e.start.min(src.len());
                    (start, e.end.saturating_sub(e.start).max(1))
                }
                _ => (key_at, len),
            });
        self.error(format!("in `{}`: {}", keys.join("."), e.message), span)
    }

    fn compile_examples(&self, specs: &[ExampleSpec]) -> Result<Vec<Example>, RuleError> {
        let passing = specs.iter().any(|e| e.expect.is_empty());
        let failing = specs.iter().any(|e| !e.expect.is_empty());
        if !passing || !failing {
            return Err(self.error(
                "`examples` needs at least one passing example (`expect: []`) and one failing example; examples are the rule's tests",
                self.key_span(&["examples"]),
            ));
        }
        specs
            .iter()
            .map(|spec| {
                let date = spec
                    .date
                    .as_deref()
                    .map(|d| {
                        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                            self.error(
                                format!("example date `{d}` is not YYYY-MM-DD"),
                                self.value_span(&["examples"], d),
                            )
                        })
                    })
                    .transpose()?;
                for expect in &spec.expect {
                    if !spec.text.contains(&expect.at) {
                        return Err(self.error(
                            format!(
                                "expected finding at `{}`, which is not in the example text",
                                expect.at
                            ),
                            self.value_span(&["examples"], &expect.at),
                        ));
                    }
                }
                Ok(Example {
                    text: spec.text.clone(),
                    date,
                    expect: spec
                        .expect
                        .iter()
                        .map(|e| (e.at.clone(), e.related.clone()))
                        .collect(),
                })
            })
            .collect()
    }
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_kebab_case(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
