//! Checking a document as one tree: for every document, however odd. The streaming path
//! ([`crate::stream`]) gives the same findings faster for documents of the usual shape.

use std::collections::{HashMap, HashSet};

use chidao_model::{Dataset, Severity};
use chidao_schema::SchemaKind;
use serde_json::Value;

use crate::{COLLECTIONS, Finding, Raw, Stage, merge, record_of, validator};

/// Every finding of the schema, model and semantic stages, not yet placed in the text; or the
/// one `parse` finding (placed) when the text is not JSON.
pub(crate) fn check(text: &str) -> Result<Vec<Finding>, Box<Finding>> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        // The loader's words for the same fault where it stops at the same place (it names a
        // trailing surrogate as such and cuts long quoted input); the parser's otherwise.
        let message = match chidao_json::from_str(text) {
            Err(le) if (le.line(), le.column()) == (e.line(), e.column()) => {
                le.message().to_owned()
            }
            _ => {
                let message = e.to_string();
                match message.rfind(" at line ") {
                    Some(i) => message[..i].to_owned(),
                    None => message,
                }
            }
        };
        Box::new(Finding {
            severity: Severity::Error,
            stage: Stage::Parse,
            rule: "parse".to_owned(),
            path: String::new(),
            line: Some(e.line()),
            column: Some(e.column()),
            element: None,
            message,
        })
    })?;

    let findings: Vec<Finding> = validator(SchemaKind::Dataset)
        .validate(&doc)
        .into_iter()
        .map(|v| Finding::at(Severity::Error, Stage::Schema, &v.rule, v.path, v.message))
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
        // text, so the two are never held at once.
        drop(doc);
        semantic_stage(&Value::Null, text, &broken, &broken_fields)
    } else {
        semantic_stage(&doc, text, &broken, &broken_fields)
    };
    Ok(merge(findings, semantic))
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
pub(crate) fn restore_indexes(text: &str, maps: &HashMap<&'static str, Vec<usize>>) -> String {
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

/// The semantic findings of a dataset built without the records left out, with the indexes
/// of the pruned collections restored to the document's.
pub(crate) fn semantic(
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
            rule: f.code().to_owned(),
            path: restore_indexes(&f.path, maps),
            message: restore_indexes(&f.message, maps),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_of_the_pruned_document_are_restored() {
        let maps = HashMap::from([("tasks", vec![0, 2, 5])]);
        assert_eq!(
            restore_indexes("id `t` is already used by tasks[1] at subtasks[1]", &maps),
            "id `t` is already used by tasks[2] at subtasks[1]"
        );
        assert_eq!(restore_indexes("tasks[2].lead", &maps), "tasks[5].lead");
    }
}
