//! The conformance corpus of `chidao validate` (tests/conformance/manifest.json): each invalid
//! document breaks exactly one thing, and `chidao validate` must find that thing, at its path,
//! and nothing else that is an error. The bundled dataset must validate.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `chidao validate --format json` on `file`: the exit code and the report.
fn validate(file: &Path) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .args(["validate", "--format", "json"])
        .arg(file)
        .output()
        .expect("chidao runs");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{}: the report is not JSON ({e}): {}",
            file.display(),
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (out.status.code().expect("exit code"), report)
}

fn errors(report: &Value) -> Vec<&Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect()
}

fn manifest() -> Vec<Value> {
    let text = std::fs::read_to_string(root().join("tests/conformance/manifest.json")).unwrap();
    let manifest: Value = serde_json::from_str(&text).unwrap();
    manifest["cases"].as_array().unwrap().clone()
}

#[test]
fn corpus_is_large_enough_and_every_file_is_listed() {
    let cases = manifest();
    let invalid = cases.iter().filter(|c| c["expect"] == "invalid").count();
    assert!(invalid >= 25, "only {invalid} invalid documents");
    let listed: Vec<&str> = cases.iter().map(|c| c["file"].as_str().unwrap()).collect();
    for dir in ["valid", "invalid", "parse"] {
        for entry in std::fs::read_dir(root().join("tests/conformance").join(dir)).unwrap() {
            let name = format!("{dir}/{}", entry.unwrap().file_name().to_string_lossy());
            assert!(
                listed.contains(&name.as_str()),
                "{name} is not in the manifest"
            );
        }
    }
}

#[test]
fn every_case_gets_its_verdict_and_finding() {
    let mut failures = Vec::new();
    for case in manifest() {
        let file = case["file"].as_str().unwrap();
        let (code, report) = validate(&root().join("tests/conformance").join(file));
        let errors = errors(&report);
        let problem = match case["expect"].as_str().unwrap() {
            "valid" => (code != 0 || !errors.is_empty())
                .then(|| format!("expected valid, exit {code}, errors {errors:?}")),
            "unparsable" => (code != 2 || errors.len() != 1 || errors[0]["stage"] != "parse")
                .then(|| format!("expected exit 2 with one parse error, exit {code}, {errors:?}")),
            "invalid" => {
                let stage = case["level"].as_str().unwrap();
                let (rule, path) = (&case["rule"], &case["path"]);
                if code != 1 {
                    Some(format!("expected exit 1, got {code}: {errors:?}"))
                } else if !errors
                    .iter()
                    .any(|e| e["rule"] == *rule && e["path"] == *path && e["stage"] == stage)
                {
                    Some(format!("no {stage} finding {rule} at {path}: {errors:?}"))
                } else if errors.iter().any(|e| e["path"] != *path) {
                    Some(format!("findings beyond the one thing broken: {errors:?}"))
                } else if errors.iter().any(|e| e["line"].is_null()) {
                    Some(format!("a finding without a line: {errors:?}"))
                } else {
                    None
                }
            }
            other => Some(format!("unknown expectation {other}")),
        };
        if let Some(problem) = problem {
            failures.push(format!("{file}: {problem}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn bundled_dataset_is_valid() {
    let (code, report) = validate(&root().join("data/langson.json"));
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["valid"], true);
    assert!(errors(&report).is_empty());
}

/// Several problems at once, in all stages that can run: every one reported, ordered by line.
#[test]
fn every_finding_is_reported_in_one_list_ordered_by_location() {
    let text = std::fs::read_to_string(root().join("tests/conformance/valid/base.json")).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    // schema: a record referenced elsewhere breaks the schema; it is left out of the semantic
    // stage, and references to it are not reported as dangling
    doc["agencies"][1]["level"] = "galaxy".into();
    // schema: a date that does not exist
    doc["meetings"][0]["date"] = "2024-02-30".into();
    // semantic: a duplicate id, reported with the index of the original document
    doc["tasks"][1]["id"] = "t-1".into();
    // semantic: a dangling reference
    doc["tasks"][1]["lead"] = "so-xyz".into();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();

    let (code, report) = validate(&file);
    assert_eq!(code, 1);
    let got: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["stage"].as_str().unwrap().to_owned(),
                f["rule"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        ("schema", "enum", "agencies[1].level"),
        ("schema", "format", "meetings[0].date"),
        ("semantic", "duplicate-id", "tasks[1].id"),
        ("semantic", "dangling-reference", "tasks[1].lead"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(got, expected);
    let lines: Vec<u64> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert_eq!(report["errors"], 4);
}

#[test]
fn human_output_gives_file_line_and_column() {
    let file = root().join("tests/conformance/invalid/date-feb-30.json");
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(
        first.ends_with(
            ":90:15: error[format] meetings[0].date: \"2024-02-30\" is not a valid date (a calendar date written yyyy-mm-dd)"
        ),
        "{first}"
    );
    assert!(text.ends_with(": 1 errors, 0 warnings\n"), "{text}");
}

#[test]
fn schema_command_writes_every_schema_and_prints_the_dataset_schema() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .args(["schema", "-o"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(chidao_schema::stale_schemas(dir.path()).is_empty());
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .arg("schema")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        schema["$id"],
        "https://chidao.example/schemas/1.2/dataset.schema.json"
    );
    // printed, it needs no other file: every reference is inside it
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains("defs.schema.json"),
        "a reference leaves the file"
    );
    assert!(schema["$defs"]["Task"].is_object());
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .unwrap();
    let bundled: Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("data/langson.json")).unwrap())
            .unwrap();
    assert!(validator.is_valid(&bundled));
    let mut broken = bundled;
    broken["tasks"][0]["deadline"]["term"]["kind"] = "fortnight".into();
    assert!(!validator.is_valid(&broken));
}

/// A record that breaks the schema only in a way the model can hold (a malformed document
/// number) stays in the semantic stage, and the rule does not repeat the schema's finding.
#[test]
fn a_record_the_model_can_hold_is_still_checked() {
    let text = std::fs::read_to_string(root().join("tests/conformance/valid/base.json")).unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    doc["directives"][0]["number"] = "TB 12".into();
    doc["directives"][0]["issuer"] = "ubnd-xyz".into();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("number.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();

    let (code, report) = validate(&file);
    assert_eq!(code, 1);
    let findings = report["findings"].as_array().unwrap();
    let mut got: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["stage"].as_str().unwrap(),
                f["rule"].as_str().unwrap(),
                f["path"].as_str().unwrap(),
            )
        })
        .collect();
    let positions: Vec<(u64, u64)> = findings
        .iter()
        .map(|f| (f["line"].as_u64().unwrap(), f["column"].as_u64().unwrap()))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
    got.sort_by_key(|g| g.2);
    assert_eq!(
        got,
        [
            ("semantic", "dangling-reference", "directives[0].issuer"),
            ("schema", "pattern", "directives[0].number"),
        ]
    );
}

/// A decimal past its range is one schema finding at its value, and the semantic rules still
/// check the rest of the document: a duplicate id beside it is reported too.
#[test]
fn a_decimal_past_its_range_leaves_the_rest_of_the_document_checked() {
    let base = root().join("tests/conformance/valid/base.json");
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(base).unwrap()).unwrap();
    doc["indicators"][0]["years"][0]["figure"] =
        serde_json::json!({"kind": "actual", "value": 1e29});
    let first = doc["tasks"][0].clone();
    doc["tasks"].as_array_mut().unwrap().push(first);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let (code, report) = validate(&file);
    assert_eq!(code, 1);
    let rules: Vec<(&str, &str)> = errors(&report)
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["path"].as_str().unwrap()))
        .collect();
    assert!(
        rules.contains(&(
            "decimal-out-of-range",
            "indicators[0].years[0].figure.value"
        )),
        "{rules:?}"
    );
    assert!(
        rules.iter().any(|(rule, _)| *rule == "duplicate-id"),
        "{rules:?}"
    );
}
