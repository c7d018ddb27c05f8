//! The rich sample (`tests/data/rich.json`) sets every field of every record and every variant
//! of every tagged union, as listed by the model's JSON Schema. With the rich round trip in
//! `roundtrip.rs`, a field added to the model fails here until the sample sets it, and then
//! fails the round trip until the XML form carries it.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

/// Every `Type.field` (and `Type[kind].field` for a variant of a tagged union) in the schema.
fn all_fields(defs: &serde_json::Map<String, Value>, root: &Value) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let add = |out: &mut BTreeSet<String>, owner: &str, node: &Value| {
        if let Some(props) = node.get("properties").and_then(Value::as_object) {
            for k in props.keys() {
                if k != "kind" || node.get("oneOf").is_some() {
                    out.insert(format!("{owner}.{k}"));
                }
            }
        }
    };
    add(&mut out, "DatasetParts", root);
    for (name, def) in defs {
        add(&mut out, name, def);
        let branches = def
            .get("oneOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten();
        for branch in branches.filter(|b| b.get("properties").is_some()) {
            let kind = branch["properties"]["kind"]["const"]
                .as_str()
                .unwrap_or("?");
            add(&mut out, &format!("{name}[{kind}]"), branch);
            out.insert(format!("{name}[{kind}]"));
        }
    }
    out
}

/// Walks `value` along `schema`, recording the fields it sets.
fn walk(
    defs: &serde_json::Map<String, Value>,
    owner: &str,
    schema: &Value,
    value: &Value,
    seen: &mut BTreeSet<String>,
) {
    if value.is_null() {
        return;
    }
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return walk(defs, name, &defs[name], value, seen);
    }
    if let Some(alts) = schema.get("anyOf").and_then(Value::as_array) {
        for alt in alts
            .iter()
            .filter(|a| a.get("type") != Some(&Value::from("null")))
        {
            walk(defs, owner, alt, value, seen);
        }
        return;
    }
    if let (Some(branches), true) = (
        schema.get("oneOf").and_then(Value::as_array),
        value.is_object(),
    ) {
        let kind = value["kind"].as_str().expect("a tagged union has a kind");
        let branch = branches
            .iter()
            .find(|b| b["properties"]["kind"]["const"] == kind)
            .expect("a known kind");
        let owner = format!("{owner}[{kind}]");
        seen.insert(owner.clone());
        return walk(defs, &owner, branch, value, seen);
    }
    if let (Some(items), Some(list)) = (schema.get("items"), value.as_array()) {
        for v in list {
            walk(defs, owner, items, v, seen);
        }
        return;
    }
    if let (Some(props), Some(obj)) = (
        schema.get("properties").and_then(Value::as_object),
        value.as_object(),
    ) {
        for (k, v) in obj {
            if k != "kind" || owner.ends_with(']') {
                seen.insert(format!("{owner}.{k}"));
            }
            walk(defs, owner, &props[k], v, seen);
        }
    }
}

#[test]
fn rich_sample_sets_every_field_and_variant() {
    let schema = serde_json::to_value(schemars::schema_for!(chidao_model::DatasetParts)).unwrap();
    let defs = schema["$defs"].as_object().unwrap().clone();
    let rich = serde_json::to_value(common::rich()).unwrap();
    let mut seen = BTreeSet::new();
    walk(&defs, "DatasetParts", &schema, &rich, &mut seen);
    let missing: Vec<String> = all_fields(&defs, &schema)
        .difference(&seen)
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "tests/data/rich.json never sets: {missing:?}"
    );
}
