//! Every finding of a chidao dataset document, in one list ordered by location.
//!
//! This is what `chidao validate` does, as a library for services that accept dataset
//! documents. A JSON document goes through four stages, and every finding of every stage that
//! could run is reported:
//!
//! 1. **parse**: the text must be JSON (otherwise [`Outcome::unparsable`], with line and column);
//! 2. **schema**: the published dataset schema (`schemas/dataset.schema.json`, Draft 2020-12,
//!    formats such as `date` checked), through [`chidao_schema::SchemaValidator`];
//! 3. **model**: the document must fit the typed model of [`chidao_model`] where the schema did
//!    not already say why it does not (a number out of range, say);
//! 4. **semantic**: the core's rules ([`chidao_model::Dataset::validate`]): unique ids,
//!    references that resolve, deadlines and dates that make sense.
//!
//! Each finding names the rule broken, the JSON path of the value (`tasks[3].deadline.term`),
//! and its line and column in the text.
//!
//! The semantic rules need the typed model. A record (or top-level field) that breaks the
//! schema in a way the model cannot hold (a wrong type, an unknown field) is left out, and the
//! rules run on the rest: the schema's findings are the better messages for it, and references
//! to a left-out record are not reported as dangling. A rule does not repeat what the schema
//! reported at the same path or inside it. When the document itself breaks the schema (it is
//! not an object), only the schema's findings are reported.
//!
//! # Large documents
//!
//! A national dataset holds about a million tasks. The document is read once: each record of
//! each collection is parsed, checked against the schema of its record type and turned into
//! the model on its own, in parallel (rayon), so no tree of the whole document is ever built.
//! The record schemas are the dataset schema's definitions (a test keeps them so), so the
//! findings are those of validating the whole document against the dataset schema. Documents
//! that need more care (a top-level field that breaks the schema, a record the model cannot
//! hold for a reason the schema does not express, a key written twice) are checked as one tree.
//!
//! # Example
//!
//! ```
//! use chidao_validate::{Stage, check_json};
//!
//! let text = r#"{
//!   "format_version": "1.1",
//!   "agencies": [
//!     {"id": "ubnd", "name": {"vi": "Ủy ban nhân dân tỉnh"}, "kind": "peoples_committee", "level": "province"}
//!   ],
//!   "meetings": [
//!     {"id": "m1", "title": {"vi": "Hội nghị"}, "kind": "conference", "date": "2024-02-30"}
//!   ],
//!   "directives": [
//!     {"id": "d1", "document_type": "notice", "issuer": "ubnd", "subject": {"vi": "Kết luận"}, "meeting": "m9"}
//!   ]
//! }"#;
//! let outcome = check_json(text);
//! assert!(!outcome.is_valid());
//! assert_eq!(outcome.findings.len(), 2);
//! let date = &outcome.findings[0];
//! assert_eq!((date.stage, date.rule.as_str(), date.path.as_str()), (Stage::Schema, "format", "meetings[0].date"));
//! assert_eq!((date.line, date.column), (Some(7), Some(77)));
//! let meeting = &outcome.findings[1];
//! assert_eq!((meeting.stage, meeting.rule.as_str()), (Stage::Semantic, "dangling-reference"));
//! assert_eq!((meeting.path.as_str(), meeting.message.as_str()), ("directives[0].meeting", "no meeting has id `m9`"));
//! ```
#![deny(missing_docs)]

mod capped;
mod stream;
mod whole;

use std::collections::HashSet;
use std::sync::OnceLock;

use chidao_model::{Dataset, Severity};
use chidao_schema::{SchemaKind, SchemaValidator};
use serde::Serialize;

/// The stage a finding comes from, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The text is not JSON.
    Parse,
    /// The document breaks the published JSON Schema.
    Schema,
    /// The document does not fit the typed model (and the schema did not say why).
    Model,
    /// A rule of the core: references, ids, dates.
    Semantic,
}

/// One finding, from any stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Whether the finding makes the document invalid.
    pub severity: Severity,
    /// The stage that found it.
    pub stage: Stage,
    /// The rule code (semantic), the JSON Schema keyword (schema), or `parse`/`model`.
    pub rule: String,
    /// Where, as `tasks[3].deadline.term`; empty for the whole document.
    pub path: String,
    /// Line of the value at `path` (or of its nearest existing parent), from 1.
    pub line: Option<usize>,
    /// Column of the same, from 1, in characters.
    pub column: Option<usize>,
    /// For an XML input, the element of the record the finding is about
    /// (`/dataset/tasks/task[1]`), as XML error messages name places.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// What is wrong: lowercase, no trailing period.
    pub message: String,
}

impl Finding {
    /// A finding at `path`, not yet placed in the text.
    fn at(severity: Severity, stage: Stage, rule: &str, path: String, message: String) -> Self {
        Finding {
            severity,
            stage,
            rule: rule.to_owned(),
            path,
            line: None,
            column: None,
            element: None,
            message,
        }
    }
}

/// The outcome of checking one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Every finding, ordered by location; findings without one come last.
    pub findings: Vec<Finding>,
    /// The input is not JSON at all (the one finding says where).
    pub unparsable: bool,
}

impl Outcome {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.findings.len() - self.errors()
    }

    /// Whether the document parsed and no finding is an error.
    pub fn is_valid(&self) -> bool {
        !self.unparsable && self.errors() == 0
    }

    fn sorted(mut self) -> Self {
        // Ordered by location; findings without one come last; ties keep the stage order.
        self.findings.sort_by_key(|f| {
            (
                f.line.is_none(),
                f.line.unwrap_or(0),
                f.column.unwrap_or(0),
                f.stage,
            )
        });
        self
    }
}

/// Checks a JSON dataset document: syntax, schema, model and semantic rules. A leading
/// byte-order mark is ignored.
///
/// Never fails: a text that is not JSON gives an [`Outcome`] marked
/// [`unparsable`](Outcome::unparsable) with one `parse` finding at the line and column of the
/// first error.
pub fn check_json(text: &str) -> Outcome {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (findings, starts) = match stream::check(text) {
        Some((findings, starts)) => (findings, Some(starts)),
        None => match whole::check(text) {
            Ok(findings) => (findings, None),
            Err(parse_error) => {
                return Outcome {
                    findings: vec![*parse_error],
                    unparsable: true,
                };
            }
        },
    };
    located(text, findings, starts)
}

/// The outcome of a parsed document: its findings placed in `text` and ordered.
fn located(
    text: &str,
    mut findings: Vec<Finding>,
    starts: Option<stream::RecordStarts>,
) -> Outcome {
    place(text, starts, &mut findings);
    Outcome {
        findings,
        unparsable: false,
    }
    .sorted()
}

/// Checks a dataset already in the model (read from XML, say) against the semantic rules.
/// Each finding names the element of the XML form that holds its record
/// (`/dataset/tasks/task[1]`) and has no line or column.
pub fn check_dataset(dataset: &Dataset) -> Outcome {
    let findings = dataset
        .validate()
        .into_iter()
        .map(|f| Finding {
            severity: f.severity,
            stage: Stage::Semantic,
            rule: f.code().to_owned(),
            element: xml_element(&f.path),
            path: f.path,
            line: None,
            column: None,
            message: f.message,
        })
        .collect();
    Outcome {
        findings,
        unparsable: false,
    }
    .sorted()
}

/// The published schema of `kind`; every schema is compiled once per process, on first use.
fn validator(kind: SchemaKind) -> &'static SchemaValidator {
    static VALIDATORS: OnceLock<Vec<SchemaValidator>> = OnceLock::new();
    VALIDATORS
        .get_or_init(|| {
            SchemaKind::ALL
                .iter()
                .map(|&k| SchemaValidator::new(k).expect("the published schemas compile"))
                .collect()
        })
        .iter()
        .find(|v| v.kind() == kind)
        .expect("every schema is compiled")
}

/// The top-level collections of a dataset document, whose records can be left out one by one.
const COLLECTIONS: &[&str] = &chidao_model::DatasetParts::COLLECTIONS;

/// A finding of the semantic stage (or a `model` finding) before it is placed in the text.
struct Raw {
    severity: Severity,
    rule: String,
    path: String,
    message: String,
}

/// Adds the semantic (and model) findings to the schema's, leaving out what a rule would
/// repeat at a path the schema already reported, or about a value the schema reported a part
/// of (`invalid-deadline` at `tasks[1].deadline.term` when the schema reported the month 13 of
/// `tasks[1].deadline.term.month`).
fn merge(mut findings: Vec<Finding>, semantic: Vec<Raw>) -> Vec<Finding> {
    let schema_paths: HashSet<String> = findings.iter().map(|f| f.path.clone()).collect();
    let reported_inside = |path: &str| {
        !path.is_empty()
            && schema_paths.iter().any(|p| {
                p.strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
            })
    };
    for f in semantic {
        if f.rule != "model" && (schema_paths.contains(&f.path) || reported_inside(&f.path)) {
            continue;
        }
        let stage = if f.rule == "model" {
            Stage::Model
        } else {
            Stage::Semantic
        };
        findings.push(Finding::at(f.severity, stage, &f.rule, f.path, f.message));
    }
    findings
}

/// Gives every finding the line and column of its path (or of its nearest parent in the text).
/// The text is indexed once, and only when there is something to place; `starts`, where the
/// records start, when they are known.
fn place(text: &str, starts: Option<stream::RecordStarts>, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let locator = match starts {
        Some(starts) => chidao_json::Locator::with_records(text, starts),
        None => chidao_json::Locator::new(text),
    };
    for f in findings {
        let pos = position(&locator, &f.path);
        f.line = pos.map(|p| p.0);
        f.column = pos.map(|p| p.1);
    }
}

/// Where the value at `path` starts, or its nearest parent that exists in the text.
fn position(locator: &chidao_json::Locator<'_>, path: &str) -> Option<(usize, usize)> {
    let mut path = path;
    loop {
        if let Some(pos) = locator.locate(path) {
            return Some(pos);
        }
        if path.is_empty() {
            return None;
        }
        path = parent_path(path);
    }
}

/// `tasks[3].deadline` → `tasks[3]` → `tasks` → ``.
fn parent_path(path: &str) -> &str {
    if path.ends_with(']') {
        // `[3]` or `["key"]`: cut at the `[` that opens the last bracket.
        if let Some(open) = last_bracket(path) {
            return &path[..open];
        }
    }
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

fn last_bracket(path: &str) -> Option<usize> {
    if path.ends_with("\"]") {
        // find the `["` opening the quoted key, skipping escaped quotes inside it
        let bytes = path.as_bytes();
        let mut i = path.len() - 2;
        while i > 0 {
            i -= 1;
            if bytes[i] == b'"' && (i == 0 || bytes[i - 1] != b'\\') {
                return (i > 0 && bytes[i - 1] == b'[').then(|| i - 1);
            }
        }
        None
    } else {
        path.rfind('[')
    }
}

/// The record a path is in (`tasks[3]` for `tasks[3].deadline`), when it is in one.
fn record_of(path: &str) -> Option<(&'static str, usize)> {
    COLLECTIONS.iter().find_map(|&c| {
        let rest = path.strip_prefix(c)?.strip_prefix('[')?;
        let close = rest.find(']')?;
        Some((c, rest[..close].parse().ok()?))
    })
}

/// The element of the XML form holding the record a path is in: `tasks[0].lead` →
/// `/dataset/tasks/task[1]`.
fn xml_element(path: &str) -> Option<String> {
    let (collection, i) = record_of(path)?;
    let element = match collection {
        "agencies" => "agency",
        "agency_groups" => "agency-group",
        c => c.strip_suffix('s')?,
    };
    Some(format!(
        "/dataset/{}/{element}[{}]",
        collection.replace('_', "-"),
        i + 1
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parent_paths() {
        assert_eq!(parent_path("tasks[3].deadline"), "tasks[3]");
        assert_eq!(parent_path("tasks[3]"), "tasks");
        assert_eq!(parent_path("tasks"), "");
        assert_eq!(parent_path("a[\"x.y[\\\"\"]"), "a");
    }

    #[test]
    fn xml_elements_of_paths() {
        assert_eq!(
            xml_element("tasks[0].lead").as_deref(),
            Some("/dataset/tasks/task[1]")
        );
        assert_eq!(
            xml_element("agency_groups[2].members[0]").as_deref(),
            Some("/dataset/agency-groups/agency-group[3]")
        );
        assert_eq!(
            xml_element("agencies[1]").as_deref(),
            Some("/dataset/agencies/agency[2]")
        );
        assert_eq!(xml_element("format_version"), None);
    }

    #[test]
    fn records_of_paths() {
        assert_eq!(record_of("tasks[3].deadline"), Some(("tasks", 3)));
        assert_eq!(record_of("format_version"), None);
        assert_eq!(record_of("tasks"), None);
    }
}

/// The streaming path and the whole-tree path give the same findings wherever the streaming
/// path runs.
#[cfg(test)]
mod paths_agree {
    use super::*;
    use serde_json::{Value, json};
    use std::path::Path;

    /// Whether the streaming path ran on `text`; panics when the paths disagree.
    fn agree(name: &str, text: &str) -> bool {
        let Some((streamed, starts)) = stream::check(text) else {
            return false;
        };
        let whole = whole::check(text).expect("a document the streaming path read is JSON");
        assert_eq!(
            located(text, streamed, Some(starts)),
            located(text, whole, None),
            "{name}"
        );
        true
    }

    fn json_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("a test directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                json_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }

    #[test]
    fn on_every_corpus_document() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut files = Vec::new();
        json_files(&root.join("tests/conformance"), &mut files);
        files.push(root.join("tests/fixtures/broken.json"));
        files.push(root.join("data/langson.json"));
        let mut streamed = 0;
        for file in &files {
            let text = std::fs::read_to_string(file).expect("a corpus file");
            if agree(&file.display().to_string(), &text) {
                streamed += 1;
            }
        }
        // most of the corpus has the usual shape
        assert!(streamed * 2 > files.len(), "{streamed} of {}", files.len());
    }

    #[test]
    fn on_broken_records_of_a_sample() {
        let dataset = chidao_sample::SampleConfig::new(300)
            .with_seed(7)
            .generate();
        let base: Value = serde_json::from_str(&chidao_json::to_string(&dataset).unwrap()).unwrap();
        type Mutation = fn(&mut Value);
        let mutations: &[(&str, Mutation)] = &[
            ("nothing", |_| {}),
            ("a task of the wrong type", |v| v["tasks"][5] = json!(42)),
            ("unknown fields", |v| {
                v["tasks"][3]["dealine"] = json!("2025-01-01");
                v["directives"][2]["colour"] = json!("blue");
            }),
            ("a bad date and a bad kind", |v| {
                v["meetings"][1]["date"] = json!("2024-02-30");
                v["agencies"][0]["kind"] = json!("galaxy");
            }),
            ("a left-out agency still referenced", |v| {
                v["agencies"][1]["name"] = json!(7);
            }),
            ("a duplicate id and a dangling reference", |v| {
                let id = v["tasks"][0]["id"].clone();
                v["tasks"][9]["id"] = id;
                v["tasks"][4]["lead"] = json!("no-such-agency");
            }),
            ("records left out in two collections", |v| {
                v["tasks"][0]["title"] = json!([]);
                v["tasks"][2]["title"] = json!([]);
                v["directives"][1]["date"] = json!(20240101);
            }),
            ("a malformed document number", |v| {
                v["directives"][0]["number"] = json!("not a number");
            }),
        ];
        for (name, mutate) in mutations {
            let mut doc = base.clone();
            mutate(&mut doc);
            for text in [
                serde_json::to_string_pretty(&doc).unwrap(),
                serde_json::to_string(&doc).unwrap(),
            ] {
                assert!(agree(name, &text), "{name}: the streaming path ran");
                let errors = check_json(&text).errors();
                assert_eq!(*name == "nothing", errors == 0, "{name}: {errors} errors");
            }
        }
    }

    #[test]
    fn unusual_documents_are_checked_as_one_tree() {
        for text in [
            "[]",
            "{\"tasks\": {}}",
            "{\"tasks\": [], \"tasks\": []}",
            "{\"title\": {\"vi\": \"a\"}, \"title\": {\"vi\": \"b\"}}",
            "{\"format_version\": 1}",
            "{\"unknown\": true}",
            "{} {}",
            "{",
        ] {
            assert!(stream::check(text).is_none(), "{text}");
        }
    }
}
