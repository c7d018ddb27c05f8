//! Checking a document record by record, without a tree of the whole document.
//!
//! The text is scanned once: the top-level fields other than the collections are kept as
//! values (the *skeleton*, where each collection is an empty array), and each record of each
//! collection is kept as its span of text. Then, in parallel, each record is parsed on its own,
//! validated against the schema of its record type, and turned into the model. The skeleton is
//! validated against the dataset schema. As the dataset schema says of each collection only
//! that it is an array whose items match the record's definition, and the record schemas are
//! those definitions (both kept so by tests), the findings are those of validating the whole
//! document.
//!
//! Anything out of the ordinary makes [`check`] give up (`None`) so that the caller checks the
//! document as one tree ([`crate::whole`]), which handles every case: a text that is not JSON,
//! a document that is not an object, a collection that is not an array, a key written twice,
//! a top-level field that breaks the schema, a record that breaks the schema nowhere but does
//! not fit the model.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chidao_model::{
    Agency, AgencyGroup, Dataset, DatasetParts, Directive, Indicator, Meeting, Official, Project,
    Severity, Source, Task,
};
use chidao_schema::{SchemaKind, Violation};
use rayon::prelude::*;
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer as _, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use crate::whole::semantic;
use crate::{COLLECTIONS, Finding, Stage, merge, validator};

/// Where the records of each collection start in the text (byte offsets), for placing findings.
pub(crate) type RecordStarts = Vec<(String, Vec<usize>)>;

/// The findings of a document of the usual shape, and where its records start; or `None` when
/// it must be checked as one tree.
pub(crate) fn check(text: &str) -> Option<(Vec<Finding>, RecordStarts)> {
    let scanned = scan(text)?;
    let skeleton = Value::Object(scanned.skeleton);
    if !validator(SchemaKind::Dataset).is_valid(&skeleton) {
        return None;
    }
    let mut parts = DatasetParts::deserialize(&skeleton).ok()?;
    drop(skeleton);

    let mut findings = Vec::new();
    let mut left = LeftOut::default();
    let mut raws = scanned.collections;
    let starts: RecordStarts = COLLECTIONS
        .iter()
        .zip(&raws)
        .map(|(c, records)| {
            let offsets = records
                .iter()
                .map(|r| r.get().as_ptr() as usize - text.as_ptr() as usize)
                .collect();
            ((*c).to_owned(), offsets)
        })
        .collect();
    parts.sources = records(&mut raws, &mut findings, &mut left)?;
    parts.agencies = records(&mut raws, &mut findings, &mut left)?;
    parts.agency_groups = records(&mut raws, &mut findings, &mut left)?;
    parts.officials = records(&mut raws, &mut findings, &mut left)?;
    parts.meetings = records(&mut raws, &mut findings, &mut left)?;
    parts.directives = records(&mut raws, &mut findings, &mut left)?;
    parts.tasks = records(&mut raws, &mut findings, &mut left)?;
    parts.indicators = records(&mut raws, &mut findings, &mut left)?;
    parts.projects = records(&mut raws, &mut findings, &mut left)?;
    if raws.iter().any(|r| !r.is_empty()) {
        // a collection this path does not know yet
        return None;
    }

    let dataset = Dataset::new(parts);
    let semantic = semantic(&dataset, &left.maps, &left.ids);
    Some((merge(findings, semantic), starts))
}

/// A document cut into its skeleton and the text of each record.
struct Scanned<'a> {
    /// The top-level fields, each collection an empty array.
    skeleton: Map<String, Value>,
    /// The records of each collection of [`COLLECTIONS`], as text.
    collections: [Vec<&'a RawValue>; COLLECTIONS.len()],
}

/// Scans the document; `None` when it is not an object of the usual shape.
fn scan(text: &str) -> Option<Scanned<'_>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let scanned = (&mut de).deserialize_map(TopLevel).ok()?;
    de.end().ok()?;
    Some(scanned)
}

struct TopLevel;

impl<'de> Visitor<'de> for TopLevel {
    type Value = Scanned<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a dataset document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scanned<'de>, A::Error> {
        let mut skeleton = Map::new();
        let mut collections: [Vec<&'de RawValue>; COLLECTIONS.len()] = Default::default();
        while let Some(key) = map.next_key::<String>()? {
            let value = match COLLECTIONS.iter().position(|c| *c == key) {
                Some(i) => {
                    // Not an array: the whole-tree path reports it.
                    collections[i] = map.next_value()?;
                    Value::Array(Vec::new())
                }
                None => map.next_value()?,
            };
            if skeleton.insert(key, value).is_some() {
                // A key written twice: which value counts is the whole-tree path's call.
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(Scanned {
            skeleton,
            collections,
        })
    }
}

/// Records left out of the model for breaking the schema in a way it cannot hold.
#[derive(Default)]
struct LeftOut {
    /// For each collection with a record left out, the document index of each record kept.
    maps: HashMap<&'static str, Vec<usize>>,
    /// The ids of the records left out.
    ids: HashSet<String>,
}

/// A record type of a collection.
trait Record: DeserializeOwned + Send {
    /// The schema of the record type.
    const KIND: SchemaKind;
    /// The collection of a dataset document that holds records of this type.
    const COLLECTION: &'static str;
}

macro_rules! records {
    ($($t:ident in $collection:literal),* $(,)?) => {
        $(impl Record for $t {
            const KIND: SchemaKind = SchemaKind::$t;
            const COLLECTION: &'static str = $collection;
        })*
    };
}

records! {
    Source in "sources", Agency in "agencies", AgencyGroup in "agency_groups",
    Official in "officials", Meeting in "meetings", Directive in "directives", Task in "tasks",
    Indicator in "indicators", Project in "projects",
}

/// One record checked on its own.
struct Checked<T> {
    violations: Vec<Violation>,
    /// The record in the model, when it fits.
    record: Option<T>,
    /// Its id, when it is left out.
    left_out_id: Option<String>,
}

/// Checks the records of the collection of `T` (taking their text out of `raws`): their schema
/// findings go to `findings`, and the records that fit the model are returned. `None` when a
/// record does not fit the model for a reason the schema does not express.
fn records<T: Record>(
    raws: &mut [Vec<&RawValue>],
    findings: &mut Vec<Finding>,
    left: &mut LeftOut,
) -> Option<Vec<T>> {
    let collection = T::COLLECTION;
    let c = COLLECTIONS
        .iter()
        .position(|&name| name == collection)
        .expect("a collection of the document");
    let raws = std::mem::take(&mut raws[c]);
    let validator = validator(T::KIND);
    // Collected into a vector of the right size from the start: growing one of a million
    // records would copy them, into memory the system must first clear.
    let mut checked: Vec<Option<Checked<T>>> = Vec::new();
    raws.par_iter()
        .with_min_len(64)
        .map(|raw| {
            // From the text, not the value: a key written twice is kept in neither, but only
            // the text still shows it, and the model rejects it.
            let record = serde_json::from_str::<T>(raw.get()).ok();
            // A record the model took is checked whole; one it rejected, through a value of
            // bounded size, so that a wrong shape cannot cost many times its bytes.
            let value: Value = if record.is_some() {
                serde_json::from_str(raw.get()).ok()?
            } else {
                serde_json::from_str::<crate::capped::Capped>(raw.get())
                    .ok()?
                    .0
            };
            let violations = if validator.is_valid(&value) {
                Vec::new()
            } else {
                validator.validate(&value)
            };
            if record.is_none() && violations.is_empty() {
                return None;
            }
            let left_out_id = match record {
                Some(_) => None,
                None => value.get("id").and_then(Value::as_str).map(str::to_owned),
            };
            Some(Checked {
                violations,
                record,
                left_out_id,
            })
        })
        .collect_into_vec(&mut checked);
    drop(raws);
    if checked.iter().any(Option::is_none) {
        return None;
    }

    let any_left_out = checked.iter().flatten().any(|r| r.record.is_none());
    let mut original = Vec::new();
    // In place: the records take the memory of their checks.
    let kept: Vec<T> = checked
        .into_iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let r = r?;
            for v in r.violations {
                let path = record_path(collection, i, &v.path);
                findings.push(Finding::at(
                    Severity::Error,
                    Stage::Schema,
                    &v.rule,
                    path,
                    v.message,
                ));
            }
            match r.record {
                Some(record) => {
                    if any_left_out {
                        original.push(i);
                    }
                    Some(record)
                }
                None => {
                    left.ids.extend(r.left_out_id);
                    None
                }
            }
        })
        .collect();
    if any_left_out {
        left.maps.insert(collection, original);
    }
    Some(kept)
}

/// The path in the document of a path in record `i` of `collection`.
fn record_path(collection: &str, i: usize, inner: &str) -> String {
    if inner.is_empty() || inner.starts_with('[') {
        format!("{collection}[{i}]{inner}")
    } else {
        format!("{collection}[{i}].{inner}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_paths() {
        assert_eq!(record_path("tasks", 3, ""), "tasks[3]");
        assert_eq!(
            record_path("tasks", 3, "deadline.term"),
            "tasks[3].deadline.term"
        );
        assert_eq!(record_path("tasks", 3, "[\"a b\"]"), "tasks[3][\"a b\"]");
    }

    /// The dataset schema says of each collection only that it is an array of records, so the
    /// skeleton and the records can be validated apart.
    #[test]
    fn the_dataset_schema_asks_of_a_collection_only_an_array_of_records() {
        let dataset = SchemaKind::Dataset.schema();
        for c in COLLECTIONS {
            let property = dataset["properties"][c]
                .as_object()
                .expect("every collection is a property");
            let asserting: Vec<&String> = property
                .keys()
                .filter(|k| !matches!(k.as_str(), "default" | "description" | "title"))
                .collect();
            assert_eq!(asserting, ["items", "type"], "{c}");
            assert_eq!(property["type"], "array", "{c}");
            assert!(
                property["items"]["$ref"].as_str().is_some(),
                "{c}: items is a reference"
            );
        }
    }

    /// Each record schema is the dataset schema's definition of the records of its collection,
    /// both referring to the same shared definitions, so a record's findings are those the
    /// dataset schema gives.
    fn record_schema_is_the_dataset_definition<T: Record>() {
        let dataset = SchemaKind::Dataset.schema();
        let definitions = chidao_schema::definitions();
        let defs = definitions["$defs"].as_object().expect("definitions");
        let c = T::COLLECTION;
        let reference = dataset["properties"][c]["items"]["$ref"]
            .as_str()
            .expect("a reference");
        let name = reference
            .strip_prefix("defs.schema.json#/$defs/")
            .expect("a shared definition");
        let record = T::KIND.schema();
        // Inside the shared file its references are local.
        let local = |v: &Value| -> Value {
            serde_json::from_str(
                &v.to_string()
                    .replace("defs.schema.json#/$defs/", "#/$defs/"),
            )
            .expect("JSON")
        };
        let strip = |v: &Value| -> Value {
            let mut v = v.as_object().expect("an object schema").clone();
            v.retain(|k, _| !matches!(k.as_str(), "$id" | "$schema" | "title" | "description"));
            Value::Object(v)
        };
        assert_eq!(local(&strip(&record)), strip(&defs[name]), "{c}: {name}");
    }

    #[test]
    fn each_record_schema_is_the_dataset_definition() {
        record_schema_is_the_dataset_definition::<Source>();
        record_schema_is_the_dataset_definition::<Agency>();
        record_schema_is_the_dataset_definition::<AgencyGroup>();
        record_schema_is_the_dataset_definition::<Official>();
        record_schema_is_the_dataset_definition::<Meeting>();
        record_schema_is_the_dataset_definition::<Directive>();
        record_schema_is_the_dataset_definition::<Task>();
        record_schema_is_the_dataset_definition::<Indicator>();
        record_schema_is_the_dataset_definition::<Project>();
        // every collection has its record type above
        assert_eq!(COLLECTIONS.len(), 9);
    }
}
