//! Validating a JSON document against a published schema, with findings a person can act on.

use std::fmt;

use chidao_model::{AGENCY_CODE_PATTERN, DOCUMENT_NUMBER_PATTERN, ID_PATTERN};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use crate::generate::DECIMAL_MAX;
use crate::{SchemaError, SchemaKind, definitions, definitions_id};

/// One way a document breaks its schema.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Violation {
    /// The JSON Schema keyword that failed (`type`, `required`, `additionalProperties`,
    /// `format`, `pattern`, `oneOf` …).
    pub keyword: String,
    /// The rule `chidao validate` reports it under: the keyword, or a rule code of chidao's own
    /// where the keyword says less than the rule ([`DECIMAL_OUT_OF_RANGE`] for a `maximum` or
    /// `minimum` that is the range of a decimal).
    pub rule: String,
    /// Where, as a path in the form the core's findings use: `tasks[3].deadline.term`; empty for
    /// the document itself. Object keys that are not plain names are written `["a key"]`.
    pub path: String,
    /// What is wrong: lowercase, no trailing period.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "[{}] {}", self.keyword, self.message)
        } else {
            write!(f, "[{}] {}: {}", self.keyword, self.path, self.message)
        }
    }
}

/// The rule of a figure, target or baseline past the range of a decimal
/// (±7.922816251426434e28, `maximum` and `minimum` in the schema).
pub const DECIMAL_OUT_OF_RANGE: &str = "decimal-out-of-range";

/// The message of a decimal past its range, naming the range.
fn decimal_out_of_range(value: &Value) -> String {
    format!(
        "{} is past the range of a decimal value, -{DECIMAL_MAX:e} to {DECIMAL_MAX:e} (the largest a 96-bit decimal holds)",
        show(value)
    )
}

/// A compiled schema: build it once, validate many documents.
///
/// ```
/// use chidao_schema::{SchemaKind, SchemaValidator};
/// let validator = SchemaValidator::new(SchemaKind::Dataset)?;
/// let doc = serde_json::json!({"format_version": "1.1", "meetings": [
///     {"id": "m1", "title": {"vi": "Hội nghị"}, "kind": "conference", "date": "2024-02-30"}
/// ]});
/// let found = validator.validate(&doc);
/// assert_eq!(found.len(), 1);
/// assert_eq!((found[0].keyword.as_str(), found[0].path.as_str()), ("format", "meetings[0].date"));
/// # Ok::<(), chidao_schema::SchemaError>(())
/// ```
pub struct SchemaValidator {
    kind: SchemaKind,
    schema: Value,
    definitions: Value,
    validator: Validator,
}

impl fmt::Debug for SchemaValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SchemaValidator")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

impl SchemaValidator {
    /// Compiles the published schema of `kind`, checking formats (`date`) as assertions. The
    /// shared definitions it refers to are registered under their `$id`, so nothing is fetched.
    ///
    /// # Errors
    ///
    /// Returns [`SchemaError`] if the schema does not compile, which would be a bug of this
    /// crate (a test compiles every schema).
    pub fn new(kind: SchemaKind) -> Result<Self, SchemaError> {
        let schema = kind.schema();
        let definitions = definitions();
        let compile = |e: &dyn fmt::Display| SchemaError::compile(kind, e.to_string());
        let registry = jsonschema::Registry::new()
            .add(definitions_id(), definitions.clone())
            .and_then(|r| r.prepare())
            .map_err(|e| compile(&e))?;
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .offline()
            .with_registry(&registry)
            .build(&schema)
            .map_err(|e| compile(&e))?;
        Ok(SchemaValidator {
            kind,
            schema,
            definitions,
            validator,
        })
    }

    /// The schema (ours, or the shared definitions) that the keyword of `error` is in, and the
    /// keyword's location in it.
    fn keyword_in<'s>(&'s self, error: &ValidationError<'_>) -> (&'s Value, String) {
        let location = error.schema_path().as_str().to_owned();
        let in_definitions = error
            .absolute_keyword_location()
            .is_some_and(|uri| uri.as_str().starts_with(&definitions_id()));
        if in_definitions {
            (&self.definitions, location)
        } else {
            (&self.schema, location)
        }
    }

    /// The schema this validator checks.
    pub fn kind(&self) -> SchemaKind {
        self.kind
    }

    /// Whether `instance` is valid (faster than [`Self::validate`]).
    pub fn is_valid(&self, instance: &Value) -> bool {
        self.validator.is_valid(instance)
    }

    /// Every violation of the schema in `instance`, in document order of their paths as the
    /// validator met them. Empty when the document is valid.
    pub fn validate(&self, instance: &Value) -> Vec<Violation> {
        let mut out = Vec::new();
        for error in self.validator.iter_errors(instance) {
            self.describe(instance, &error, &mut out);
        }
        out.dedup();
        // A vocabulary's `enum` and the `oneOf` of its labels beside it report the same code:
        // keep the `enum` finding only.
        let enums: Vec<(String, String)> = out
            .iter()
            .filter(|v| v.keyword == "enum")
            .map(|v| (v.path.clone(), v.message.clone()))
            .collect();
        out.retain(|v| {
            v.keyword != "oneOf" || !enums.iter().any(|(p, m)| *p == v.path && *m == v.message)
        });
        out
    }

    fn describe(&self, root: &Value, error: &ValidationError<'_>, out: &mut Vec<Violation>) {
        let pointer = error.instance_path().as_str();
        let path = pointer_to_path(root, pointer);
        let keyword = error.kind().keyword().to_owned();
        let value = error.instance();
        let push = |out: &mut Vec<Violation>, path: String, message: String| {
            out.push(Violation {
                rule: keyword.clone(),
                keyword: keyword.clone(),
                path,
                message,
            });
        };
        let decimal_limit = |limit: &Value| limit.as_f64().map(f64::abs) == Some(DECIMAL_MAX);
        match error.kind() {
            ValidationErrorKind::AdditionalProperties { unexpected } => {
                let allowed = self.allowed_fields(error);
                for name in unexpected {
                    let mut message = format!("unknown field `{name}`");
                    if !allowed.is_empty() {
                        message.push_str(&format!("; expected one of {}", allowed.join(", ")));
                    }
                    push(out, join_key(&path, name), message);
                }
            }
            ValidationErrorKind::Required { property } => {
                let name = property.as_str().unwrap_or_default();
                push(out, path, format!("missing required field `{name}`"));
            }
            ValidationErrorKind::Type { kind } => {
                let expected = match kind {
                    TypeKind::Single(t) => t.to_string(),
                    TypeKind::Multiple(set) => set
                        .iter()
                        .map(|t| t.to_string())
                        .collect::<Vec<_>>()
                        .join(" or "),
                };
                push(
                    out,
                    path,
                    format!("expected {}, found {}", article(&expected), show(value)),
                );
            }
            ValidationErrorKind::Format { format } => {
                let hint = match format.as_str() {
                    "date" => " (a calendar date written yyyy-mm-dd)",
                    _ => "",
                };
                push(
                    out,
                    path,
                    format!("{} is not a valid {format}{hint}", show(value)),
                );
            }
            ValidationErrorKind::Pattern { pattern } => {
                let what = if pattern == DOCUMENT_NUMBER_PATTERN {
                    "a well-formed document number (số, ký hiệu) such as 394/TB-VPCP or 95-NQ/TU"
                        .to_owned()
                } else if pattern == AGENCY_CODE_PATTERN {
                    "a well-formed agency code such as 000.00.00.H41".to_owned()
                } else if pattern == ID_PATTERN {
                    "a valid identifier: ASCII letters, digits, '.', '-' and '_', starting with a letter or digit, at most 64 characters"
                        .to_owned()
                } else {
                    format!("matched by the pattern `{pattern}`")
                };
                push(out, path, format!("{} is not {what}", show(value)));
            }
            ValidationErrorKind::OneOfNotValid { context }
            | ValidationErrorKind::AnyOf { context } => {
                self.describe_alternatives(root, error, &path, context, out);
            }
            ValidationErrorKind::Minimum { limit } | ValidationErrorKind::Maximum { limit }
                if decimal_limit(limit) =>
            {
                out.push(Violation {
                    rule: DECIMAL_OUT_OF_RANGE.to_owned(),
                    keyword,
                    path,
                    message: decimal_out_of_range(value),
                });
            }
            ValidationErrorKind::Minimum { limit } => {
                push(
                    out,
                    path,
                    format!("{} is less than the minimum {limit}", show(value)),
                );
            }
            ValidationErrorKind::Maximum { limit } => {
                push(
                    out,
                    path,
                    format!("{} is more than the maximum {limit}", show(value)),
                );
            }
            ValidationErrorKind::MaxLength { limit } => {
                push(
                    out,
                    path,
                    format!("{} is longer than {limit} characters", show(value)),
                );
            }
            ValidationErrorKind::Constant { expected_value } => {
                push(
                    out,
                    path,
                    format!("expected {expected_value}, found {}", show(value)),
                );
            }
            ValidationErrorKind::Enum { options } => {
                let options = match options.as_array() {
                    Some(codes) => codes
                        .iter()
                        .map(|c| c.as_str().map_or_else(|| c.to_string(), str::to_owned))
                        .collect::<Vec<_>>()
                        .join(", "),
                    None => options.to_string(),
                };
                push(
                    out,
                    path,
                    format!("{} is not one of {options}", show(value)),
                );
            }
            _ => push(out, path, lowercase_first(&error.to_string())),
        }
    }

    /// A `oneOf`/`anyOf` that no alternative matched: a vocabulary (every alternative a
    /// `const`), or a tagged union, where the alternative whose tag matched explains best.
    fn describe_alternatives(
        &self,
        root: &Value,
        error: &ValidationError<'_>,
        path: &str,
        context: &[Vec<ValidationError<'static>>],
        out: &mut Vec<Violation>,
    ) {
        let keyword = error.kind().keyword().to_owned();
        let value = error.instance();
        let (schema, location) = self.keyword_in(error);
        let alternatives = schema.pointer(&location).and_then(Value::as_array);
        let codes: Option<Vec<&str>> = alternatives.and_then(|alts| {
            alts.iter()
                .map(|a| a.get("const").and_then(Value::as_str))
                .collect()
        });
        if let Some(codes) = codes {
            out.push(Violation {
                rule: keyword.clone(),
                keyword,
                path: path.to_owned(),
                message: format!("{} is not one of {}", show(value), codes.join(", ")),
            });
            return;
        }
        // A tagged union: the alternatives whose `kind` tag (a `const`) did not fail.
        let tag_failed = |errors: &Vec<ValidationError<'static>>| {
            errors
                .iter()
                .any(|e| matches!(e.kind(), ValidationErrorKind::Constant { .. }))
        };
        let matching: Vec<&Vec<ValidationError<'static>>> =
            context.iter().filter(|errs| !tag_failed(errs)).collect();
        if let [only] = matching.as_slice() {
            for e in only.iter() {
                self.describe(root, e, out);
            }
            return;
        }
        let tags: Vec<&str> = alternatives
            .map(|alts| {
                alts.iter()
                    .filter_map(|a| a.pointer("/properties/kind/const").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default();
        let message = if tags.is_empty() {
            format!("{} matches none of the allowed forms", show(value))
        } else if value.get("kind").is_some() {
            out.push(Violation {
                rule: keyword.clone(),
                keyword,
                path: join_key(path, "kind"),
                message: format!("{} is not one of {}", show(&value["kind"]), tags.join(", ")),
            });
            return;
        } else {
            format!(
                "matches none of the allowed forms: the field `kind` must be one of {}",
                tags.join(", ")
            )
        };
        out.push(Violation {
            rule: keyword.clone(),
            keyword,
            path: path.to_owned(),
            message,
        });
    }

    /// The fields an object schema allows, from the location of its `additionalProperties`.
    fn allowed_fields(&self, error: &ValidationError<'_>) -> Vec<String> {
        let (schema, location) = self.keyword_in(error);
        let parent = location
            .strip_suffix("/additionalProperties")
            .unwrap_or(&location);
        schema
            .pointer(parent)
            .and_then(|s| s.get("properties"))
            .and_then(Value::as_object)
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    }
}

fn article(what: &str) -> String {
    match what.as_bytes().first() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u') => format!("an {what}"),
        _ => format!("a {what}"),
    }
}

/// A value for a message: short values as JSON, long ones cut, containers by their kind.
fn show(value: &Value) -> String {
    match value {
        Value::Object(_) => "an object".to_owned(),
        Value::Array(_) => "an array".to_owned(),
        Value::Null => "null".to_owned(),
        other => {
            let text = other.to_string();
            if text.chars().count() > 60 {
                let cut: String = text.chars().take(57).collect();
                format!("{cut}...")
            } else {
                text
            }
        }
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_lowercase().collect())
        .unwrap_or_default();
    out.extend(chars);
    out.trim_end_matches('.').to_owned()
}

fn is_plain_name(key: &str) -> bool {
    let mut chars = key.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Appends an object key to a path: `.key`, or `["a key"]` for keys that are not plain names.
pub fn join_key(path: &str, key: &str) -> String {
    if is_plain_name(key) {
        if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        }
    } else {
        format!("{path}[{}]", Value::from(key))
    }
}

/// Turns a JSON Pointer into `instance` (`/tasks/3/deadline`) into the path form of the core's
/// findings (`tasks[3].deadline`). A segment is an array index when the value it is taken from
/// is an array.
pub fn pointer_to_path(instance: &Value, pointer: &str) -> String {
    let mut path = String::new();
    let mut current = Some(instance);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        match current {
            Some(Value::Array(items)) => {
                path.push_str(&format!("[{segment}]"));
                current = segment.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            other => {
                path = join_key(&path, &segment);
                current = other.and_then(|v| v.get(&segment));
            }
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn pointers_become_paths() {
        let doc = json!({"tasks": [{"deadline": {"term": 1}}], "a b": {"0": 1}});
        assert_eq!(
            pointer_to_path(&doc, "/tasks/0/deadline/term"),
            "tasks[0].deadline.term"
        );
        assert_eq!(pointer_to_path(&doc, "/a b/0"), "[\"a b\"][\"0\"]");
        assert_eq!(pointer_to_path(&doc, ""), "");
    }

    #[test]
    fn messages_are_lowercase_without_period() {
        assert_eq!(lowercase_first("Foo bar."), "foo bar");
        assert_eq!(show(&json!("x".repeat(80))).chars().count(), 60);
    }
}
