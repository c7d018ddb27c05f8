//! `chidao validate`: every finding of a dataset, for people or for machines.
//!
//! A JSON input goes through three stages, and every finding of every stage that could run is
//! reported in one list ordered by location:
//!
//! 1. parse: the text must be JSON (otherwise exit 2, with line and column);
//! 2. schema: the published dataset schema (`schemas/dataset.schema.json`, Draft 2020-12),
//!    compiled once, with formats such as `date` checked;
//! 3. semantic: the core's rules ([`chidao_model::Dataset::validate`]): unique ids, references
//!    that resolve, deadlines and dates that make sense.
//!
//! The semantic rules need the typed model. When a record (or top-level field) breaks the
//! schema in a way the model cannot hold (a wrong type, an unknown field), it is left out and the
//! rules run on the rest: the schema's findings are the better messages for it, and references to
//! a left-out record are not reported as dangling. A rule does not repeat what the schema
//! reported at the same path. When the model cannot be built even from the rest, the reason is
//! one the schema does not express (a number out of range, say), reported as a `model` finding.
//! When the document itself breaks the schema (it is not an object), only the schema's findings
//! are reported. Other inputs (XML) are parsed by their reader and get the semantic stage only.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use chidao_model::{Dataset, Severity};
use chidao_schema::{SchemaKind, SchemaValidator};
use clap::ValueEnum;
use serde::Serialize;
use serde_json::Value;

use crate::input::{Input, InputFormat};
use crate::{EXIT_DATA, EXIT_INPUT, input};

#[derive(Clone, Copy, Default, ValueEnum)]
pub enum ReportFormat {
    /// Lines for people
    #[default]
    Human,
    /// One JSON document for machines
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Dataset to check (.json or .xml); the bundled Lạng Sơn dataset when absent
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
}

/// The stage a finding comes from, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
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
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub severity: Severity,
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
    pub message: String,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    findings: &'a [Finding],
}

/// The dataset schema, compiled once per process.
fn dataset_validator() -> &'static SchemaValidator {
    static VALIDATOR: OnceLock<SchemaValidator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        SchemaValidator::new(SchemaKind::Dataset).expect("the published schema compiles")
    })
}

/// The outcome of checking one input.
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// The input could not be parsed at all: exit 2.
    pub unparsable: bool,
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

/// A finding at `path`, not yet placed in the text (see [`place`]).
fn finding(severity: Severity, stage: Stage, rule: &str, path: String, message: String) -> Finding {
    Finding {
        severity,
        stage,
        rule: rule.to_owned(),
        line: None,
        column: None,
        element: None,
        path,
        message,
    }
}

/// The top-level collections of a dataset document, whose records can be left out one by one.
const COLLECTIONS: &[&str] = &chidao_model::DatasetParts::COLLECTIONS;

/// The record a path is in (`tasks[3]` for `tasks[3].deadline`), when it is in one.
fn record_of(path: &str) -> Option<(&'static str, usize)> {
    COLLECTIONS.iter().find_map(|&c| {
        let rest = path.strip_prefix(c)?.strip_prefix('[')?;
        let close = rest.find(']')?;
        Some((c, rest[..close].parse().ok()?))
    })
}

/// Runs every stage on a JSON input.
fn check_json(input: &Input) -> Outcome {
    let text = input.text.strip_prefix('\u{feff}').unwrap_or(&input.text);
    let doc: Value = match serde_json::from_str(text) {
        Ok(doc) => doc,
        Err(e) => {
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(i) => message[..i].to_owned(),
                None => message,
            };
            return Outcome {
                findings: vec![Finding {
                    severity: Severity::Error,
                    stage: Stage::Parse,
                    rule: "parse".to_owned(),
                    path: String::new(),
                    line: Some(e.line()),
                    column: Some(e.column()),
                    element: None,
                    message,
                }],
                unparsable: true,
            };
        }
    };

    let mut findings: Vec<Finding> = dataset_validator()
        .validate(&doc)
        .into_iter()
        .map(|v| {
            finding(
                Severity::Error,
                Stage::Schema,
                &v.keyword,
                v.path,
                v.message,
            )
        })
        .collect();

    // Records (and top-level fields) that break the schema, which the semantic stage may have
    // to leave out.
    let mut broken: HashSet<(&'static str, usize)> = HashSet::new();
    let mut broken_fields: HashSet<String> = HashSet::new();
    let mut whole_document_broken = false;
    for f in &findings {
        if let Some(r) = record_of(&f.path) {
            broken.insert(r);
        } else {
            let top = top_field(&f.path);
            if top.is_empty() {
                whole_document_broken = true;
            } else {
                broken_fields.insert(top.to_owned());
            }
        }
    }
    let semantic = if whole_document_broken {
        Vec::new()
    } else if broken.is_empty() && broken_fields.is_empty() {
        // Nothing to leave out: free the document tree before the model is built from the
        // text, so the two are never held at once (half the peak memory on large files).
        drop(doc);
        semantic_stage(&Value::Null, text, &broken, &broken_fields)
    } else {
        semantic_stage(&doc, text, &broken, &broken_fields)
    };
    // What the schema reported at a path, a rule need not repeat (a malformed document number).
    let schema_paths: HashSet<String> = findings.iter().map(|f| f.path.clone()).collect();
    for f in semantic {
        if f.rule != "model" && schema_paths.contains(&f.path) {
            continue;
        }
        let stage = if f.rule == "model" {
            Stage::Model
        } else {
            Stage::Semantic
        };
        findings.push(finding(f.severity, stage, &f.rule, f.path, f.message));
    }
    place(text, &mut findings);
    Outcome {
        findings,
        unparsable: false,
    }
}

/// Gives every finding the line and column of its path (or of its nearest parent in the text).
/// The text is indexed once, and only when there is something to place.
fn place(text: &str, findings: &mut [Finding]) {
    if findings.is_empty() {
        return;
    }
    let locator = chidao_json::Locator::new(text);
    for f in findings {
        let pos = position(&locator, &f.path);
        f.line = pos.map(|p| p.0);
        f.column = pos.map(|p| p.1);
    }
}

/// The top-level field a path starts in (`title` for `title.vi`).
fn top_field(path: &str) -> &str {
    if path.starts_with('[') {
        // a quoted key: never one of ours
        return path;
    }
    path.split(['.', '[']).next().unwrap_or_default()
}

/// Builds the typed model from as much of the document as it can hold and runs the semantic
/// rules on it. A record (or top-level field) that breaks the schema is left out only when the
/// model cannot be built with it; a record that merely has a malformed document number stays
/// in and is checked. When the model cannot be built even without every part that breaks the
/// schema, the reason is one the schema does not express, reported as a `model` finding.
fn semantic_stage(
    doc: &Value,
    text: &str,
    broken: &HashSet<(&'static str, usize)>,
    broken_fields: &HashSet<String>,
) -> Vec<Raw> {
    let mut left_records: HashSet<(&'static str, usize)> = HashSet::new();
    let mut left_fields: HashSet<String> = HashSet::new();
    loop {
        let (loaded, maps, left_out_ids) = if left_records.is_empty() && left_fields.is_empty() {
            (chidao_json::from_str(text), HashMap::new(), HashSet::new())
        } else {
            let (pruned, maps, ids) = prune(doc, &left_records, &left_fields);
            let pruned_text = serde_json::to_string(&pruned).expect("a JSON value serialises");
            (chidao_json::from_str(&pruned_text), maps, ids)
        };
        let error = match loaded {
            Ok(dataset) => return semantic(&dataset, &maps, &left_out_ids),
            Err(e) => e,
        };
        let path = restore_indexes(error.path(), &maps);
        if let Some(r) = record_of(&path)
            && broken.contains(&r)
            && left_records.insert(r)
        {
            continue;
        }
        let top = top_field(&path);
        if broken_fields.contains(top) && left_fields.insert(top.to_owned()) {
            continue;
        }
        if left_records != *broken || left_fields != *broken_fields {
            // The error is not where the schema pointed: try without every broken part.
            left_records.clone_from(broken);
            left_fields.clone_from(broken_fields);
            continue;
        }
        return vec![Raw {
            severity: Severity::Error,
            rule: "model".to_owned(),
            path,
            message: error.message().to_owned(),
        }];
    }
}

/// A semantic or model finding before it is located in the original text.
struct Raw {
    severity: Severity,
    rule: String,
    path: String,
    message: String,
}

/// The document without the broken records; for each collection the original index of each
/// kept record; and the ids of the records left out.
fn prune(
    doc: &Value,
    broken: &HashSet<(&'static str, usize)>,
    broken_fields: &HashSet<String>,
) -> (Value, HashMap<&'static str, Vec<usize>>, HashSet<String>) {
    let mut pruned = doc.clone();
    let mut maps = HashMap::new();
    let mut left_out = HashSet::new();
    if let Value::Object(map) = &mut pruned {
        for field in broken_fields {
            // A whole collection left out: references to its records are not dangling.
            let records: Vec<Value> = match map.remove(field) {
                Some(Value::Array(items)) => items,
                Some(Value::Object(by_key)) => by_key.into_iter().map(|(_, v)| v).collect(),
                _ => Vec::new(),
            };
            left_out.extend(
                records
                    .iter()
                    .filter_map(|r| r.get("id").and_then(Value::as_str))
                    .map(str::to_owned),
            );
        }
    }
    for &collection in COLLECTIONS {
        let Some(Value::Array(items)) = pruned.get_mut(collection) else {
            continue;
        };
        let mut kept = Vec::new();
        let mut original = Vec::new();
        for (i, item) in std::mem::take(items).into_iter().enumerate() {
            if broken.contains(&(collection, i)) {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    left_out.insert(id.to_owned());
                }
            } else {
                kept.push(item);
                original.push(i);
            }
        }
        *items = kept;
        maps.insert(collection, original);
    }
    (pruned, maps, left_out)
}

/// Rewrites `tasks[2]` in a path or message of the pruned document to the original index.
fn restore_indexes(text: &str, maps: &HashMap<&'static str, Vec<usize>>) -> String {
    if maps.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'outer: while !rest.is_empty() {
        for (&collection, map) in maps {
            let Some(after) = rest
                .strip_prefix(collection)
                .and_then(|r| r.strip_prefix('['))
            else {
                continue;
            };
            let Some(close) = after.find(']') else {
                continue;
            };
            let Ok(i) = after[..close].parse::<usize>() else {
                continue;
            };
            let preceded_by_name = out
                .chars()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
            if preceded_by_name {
                continue;
            }
            let original = map.get(i).copied().unwrap_or(i);
            out.push_str(&format!("{collection}[{original}]"));
            rest = &after[close + 1..];
            continue 'outer;
        }
        let c = rest.chars().next().expect("not empty");
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn semantic(
    dataset: &Dataset,
    maps: &HashMap<&'static str, Vec<usize>>,
    left_out_ids: &HashSet<String>,
) -> Vec<Raw> {
    dataset
        .validate()
        .into_iter()
        .filter(|f| {
            // A reference to a record left out for breaking the schema is not dangling.
            !(f.rule == chidao_model::Rule::DanglingReference
                && left_out_ids
                    .iter()
                    .any(|id| f.message.contains(&format!("`{id}`"))))
        })
        .map(|f| Raw {
            severity: f.severity,
            rule: f.rule.code().to_owned(),
            path: restore_indexes(&f.path, maps),
            message: restore_indexes(&f.message, maps),
        })
        .collect()
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

/// Checks an input in any format.
pub fn check(input: &Input) -> Result<Outcome, input::InputError> {
    let mut outcome = match input.format {
        InputFormat::Json => check_json(input),
        _ => {
            let dataset = input.parse()?;
            let findings = dataset
                .validate()
                .into_iter()
                .map(|f| Finding {
                    severity: f.severity,
                    stage: Stage::Semantic,
                    rule: f.rule.code().to_owned(),
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
        }
    };
    // Ordered by location; findings without one come last; ties keep the stage order.
    outcome.findings.sort_by_key(|f| {
        (
            f.line.is_none(),
            f.line.unwrap_or(0),
            f.column.unwrap_or(0),
            f.stage,
        )
    });
    Ok(outcome)
}

fn print_json(file: &str, findings: &[Finding]) {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let report = JsonReport {
        file,
        valid: errors == 0,
        errors,
        warnings: findings.len() - errors,
        findings,
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&report).expect("report serialises")
    );
}

fn print_human(file: &str, findings: &[Finding]) {
    for f in findings {
        let at = match (f.line, f.column, &f.element) {
            (Some(l), Some(c), _) => format!("{file}:{l}:{c}"),
            (_, _, Some(element)) => format!("{file}: {element}"),
            _ => file.to_owned(),
        };
        let path = if f.path.is_empty() {
            "(document)"
        } else {
            &f.path
        };
        println!("{at}: {}[{}] {path}: {}", f.severity, f.rule, f.message);
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    println!(
        "{file}: {errors} errors, {} warnings",
        findings.len() - errors
    );
}

pub fn run(args: Args) -> ExitCode {
    let outcome = input::read(args.file.as_deref()).and_then(|input| {
        let outcome = check(&input)?;
        Ok((input, outcome))
    });
    let (input, outcome) = match outcome {
        Ok(x) => x,
        Err(e) => {
            match args.format {
                ReportFormat::Human => eprintln!("error: {e}"),
                ReportFormat::Json => print_json(
                    &e.file,
                    &[Finding {
                        severity: Severity::Error,
                        stage: Stage::Parse,
                        rule: "parse".to_owned(),
                        path: e
                            .location
                            .as_ref()
                            .map(|l| l.path.clone())
                            .unwrap_or_default(),
                        line: e.location.as_ref().map(|l| l.line),
                        column: e.location.as_ref().map(|l| l.column),
                        element: None,
                        message: e
                            .location
                            .as_ref()
                            .map_or_else(|| e.message.clone(), |l| l.message.clone()),
                    }],
                ),
            }
            return ExitCode::from(EXIT_INPUT);
        }
    };
    match args.format {
        ReportFormat::Human => print_human(&input.name, &outcome.findings),
        ReportFormat::Json => print_json(&input.name, &outcome.findings),
    }
    if outcome.unparsable {
        ExitCode::from(EXIT_INPUT)
    } else if outcome
        .findings
        .iter()
        .any(|f| f.severity == Severity::Error)
    {
        ExitCode::from(EXIT_DATA)
    } else {
        ExitCode::SUCCESS
    }
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
    fn indexes_of_the_pruned_document_are_restored() {
        let maps = HashMap::from([("tasks", vec![0, 2, 5])]);
        assert_eq!(
            restore_indexes("id `t` is already used by tasks[1] at subtasks[1]", &maps),
            "id `t` is already used by tasks[2] at subtasks[1]"
        );
        assert_eq!(restore_indexes("tasks[2].lead", &maps), "tasks[5].lead");
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
