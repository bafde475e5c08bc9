//! Rule patterns (`before`, `after`, `gap`, `not-before`, `not-after`), compiled when a
//! lint first needs them.
//!
//! Compiling a regular expression costs far more than matching one against a 256-byte
//! window, and a short article touches only some of the built-in rules' patterns. So
//! the built-in packs, whose patterns the test suite compiles, load them lazily; a rule
//! file from a user is compiled as it loads, so a bad pattern is an error that points
//! into the file, never a surprise in the middle of a lint.

use std::sync::OnceLock;

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;

/// The most memory one compiled rule pattern may take (bytes). Patterns are written by
/// rule authors; a pattern that compiles to more than this (say, nested counted
/// repetitions) is refused when the rule loads rather than slowing every lint.
pub const RULE_REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Where a rule came from, which decides how its patterns are compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A rule file a user wrote: compiled as it loads, with Unicode classes.
    User,
    /// The built-in packs: compiled on first use, in ASCII mode. Their words are
    /// English and the prose view has only ASCII spaces, so Unicode `\w`, `\s` and
    /// case folding would only make the automata several times larger to build (and a
    /// Unicode `\b` sends the regex engine to its slow path on non-ASCII text).
    Builtin,
}

/// One rule pattern and, once compiled, its regex.
#[derive(Debug)]
pub struct Pattern {
    source: Box<str>,
    origin: Origin,
    regex: OnceLock<Option<Regex>>,
}

impl Pattern {
    /// A pattern, compiled now when it is a user's.
    pub fn new(source: &str, origin: Origin) -> Result<Pattern, PatternError> {
        let regex = OnceLock::new();
        if origin == Origin::User {
            let _ = regex.set(Some(build(source, origin)?));
        }
        Ok(Pattern {
            source: source.into(),
            origin,
            regex,
        })
    }

    /// The compiled regex, built on first use.
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| match self.origin {
                Origin::Builtin => built_in(&self.source),
                Origin::User => build(&self.source, self.origin).ok(),
            })
            .as_ref()
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Whether the pattern matches somewhere in `haystack`. A built-in pattern that
    /// failed to compile (which the test suite rules out) matches nothing.
    pub fn is_match(&self, haystack: &str) -> bool {
        self.regex().is_some_and(|re| re.is_match(haystack))
    }

    /// Whether the pattern names a group `name`, read from its source so that asking
    /// does not compile it.
    pub fn has_group(&self, name: &str) -> bool {
        self.source.contains(&format!("(?P<{name}>"))
            || self.source.contains(&format!("(?<{name}>"))
    }

    /// The text the group `name` took in the first match in `haystack`, if the pattern
    /// matches and the group took part.
    pub fn group<'h>(&self, haystack: &'h str, name: &str) -> Option<&'h str> {
        let re = self.regex()?;
        let mut caps = re.create_captures();
        re.captures(haystack, &mut caps);
        let span = caps.get_group_by_name(name)?;
        haystack.get(span.range())
    }

    /// Compiles the pattern now if it is not yet, reporting why it cannot be.
    pub fn compile(&self) -> Result<(), PatternError> {
        if self.regex.get().is_some_and(Option::is_some) {
            return Ok(());
        }
        build(&self.source, self.origin).map(|_| ())
    }
}

/// A built-in pattern's regex, built once per process however many rules write the
/// same pattern (a fifth of the built-in patterns repeat another: "born … in", the
/// market reports' "points, or"). A meta regex is a handle, so the copy is cheap.
fn built_in(source: &str) -> Option<Regex> {
    static BUILT: std::sync::LazyLock<
        std::sync::Mutex<std::collections::HashMap<Box<str>, Option<Regex>>>,
    > = std::sync::LazyLock::new(Default::default);
    // A poisoned lock only means another thread panicked while holding it; the map is
    // still a valid cache.
    let mut built = BUILT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    built
        .entry(source.into())
        .or_insert_with(|| build(source, Origin::Builtin).ok())
        .clone()
}

/// Why a pattern does not compile: its syntax, or its size over the limit.
#[derive(Debug)]
pub struct PatternError(Box<meta::BuildError>);

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(syntax) = self.0.syntax_error() {
            write!(f, "{syntax}")
        } else if let Some(limit) = self.0.size_limit() {
            write!(f, "it compiles to more than the {limit}-byte limit")
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl std::error::Error for PatternError {}

/// Patterns only ever match a window of at most a few hundred bytes around a mention,
/// so a literal prefilter, whose extraction is most of the cost of building a regex,
/// could save little: it is left out. The lazy DFA stays, since a pattern anchored at
/// the window's end (`…\s+$`) is tried from every start position without one.
fn build(source: &str, origin: Origin) -> Result<Regex, PatternError> {
    let unicode = origin == Origin::User;
    meta::Builder::new()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(RULE_REGEX_SIZE_LIMIT))
                .auto_prefilter(false),
        )
        // In ASCII mode a class like `[^.]` can match one byte of a multi-byte
        // character, so matches need not fall on character boundaries; `group` checks.
        .syntax(syntax::Config::new().unicode(unicode).utf8(unicode))
        .build(source)
        .map_err(|e| PatternError(Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eager_patterns_report_errors_as_they_load() {
        let Err(e) = Pattern::new("(unclosed", Origin::User) else {
            panic!("an unclosed group compiled");
        };
        assert!(e.to_string().contains("unclosed group"), "{e}");
        let Err(e) = Pattern::new(r"(?:\w{100}){100}", Origin::User) else {
            panic!("a huge pattern compiled");
        };
        assert!(e.to_string().contains("limit"), "{e}");
        assert!(Pattern::new("(unclosed", Origin::Builtin).is_ok());
    }

    #[test]
    fn lazy_patterns_compile_on_first_match() {
        let p = Pattern::new(r"^\s+or\s+$", Origin::Builtin).expect("lazy never fails");
        assert!(p.regex.get().is_none());
        assert!(p.is_match(" or "));
        assert!(!p.is_match(" and "));
        assert!(p.compile().is_ok());
        let keyed = Pattern::new(r"first (?P<key>\w+) in $", Origin::Builtin).expect("lazy");
        assert!(keyed.has_group("key") && !keyed.has_group("cue"));
        assert_eq!(keyed.group("the first medal in ", "key"), Some("medal"));
        assert_eq!(keyed.group("no match", "key"), None);
        let bad = Pattern::new("(unclosed", Origin::Builtin).expect("lazy never fails");
        assert!(!bad.is_match("(unclosed"));
        assert!(bad.compile().is_err());
    }
}

#[cfg(test)]
mod builtin_tests {
    /// The built-in packs compile their patterns lazily, in ASCII mode, so this is
    /// where a bad one shows: every one of them must compile.
    #[test]
    fn every_builtin_pattern_compiles() {
        let rules = crate::rules::load_builtin_and([]).expect("built-in rules load");
        for rule in &rules {
            for b in &rule.bindings {
                let patterns = [&b.gap, &b.before, &b.after, &b.not_before, &b.not_after];
                for p in patterns.into_iter().flatten() {
                    if let Err(e) = p.compile() {
                        panic!("{} `{}`: {e}", rule.id, p.as_str());
                    }
                }
            }
        }
    }
}
