//! The published schemas: in sync with the code, valid 2020-12 schemas, closed and labelled.

use std::path::Path;

use chidao_model::{AgencyKind, Lang, Vocabulary};
use chidao_schema::{
    DEFINITIONS_FILE, SchemaKind, SchemaValidator, UPDATE_COMMAND, all_schemas, definitions,
    definitions_id, published_files, stale_schemas,
};
use serde_json::{Value, json};

#[test]
fn checked_in_schemas_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schemas");
    let stale = stale_schemas(&dir);
    assert!(
        stale.is_empty(),
        "the schemas in schemas/ are out of date ({}); run `{UPDATE_COMMAND}` from the workspace root",
        stale
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
}

#[test]
fn every_schema_is_a_valid_2020_12_schema_and_compiles() {
    for (kind, schema) in all_schemas() {
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{kind:?}"
        );
        if let Err(e) = jsonschema::meta::validate(&schema) {
            panic!("{kind:?} breaks the meta-schema: {e}");
        }
        SchemaValidator::new(kind).unwrap();
    }
}

/// Every `$ref` of a published file, with the file it is in.
fn refs() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (file, schema) in published_files() {
        walk(&schema, "", &mut |_, map| {
            if let Some(Value::String(target)) = map.get("$ref") {
                found.push((file.clone(), target.clone()));
            }
        });
    }
    found
}

#[test]
fn the_definitions_are_shared_in_one_file_that_every_reference_finds() {
    assert_eq!(
        definitions_id(),
        "https://chidao.example/schemas/1.2/defs.schema.json"
    );
    let definitions = definitions();
    assert_eq!(definitions["$id"], definitions_id());
    let defs = definitions["$defs"].as_object().unwrap();
    for (file, schema) in published_files() {
        assert_eq!(
            schema.get("$defs").is_some(),
            file == DEFINITIONS_FILE,
            "{file}: only the shared file has definitions"
        );
    }
    let all = refs();
    assert!(all.len() > 100, "{}", all.len());
    for (file, target) in all {
        // Inside the shared file a reference is local; elsewhere it names the file beside.
        let name = if file == DEFINITIONS_FILE {
            target.strip_prefix("#/$defs/")
        } else {
            target.strip_prefix("defs.schema.json#/$defs/")
        };
        let name = name.unwrap_or_else(|| panic!("{file}: {target}"));
        assert!(defs.contains_key(name), "{file}: {target} names nothing");
    }
    // The records' own definitions are those of the dataset, so a record's findings are those
    // of the dataset schema; a definition no file uses is not published.
    let used: std::collections::BTreeSet<&str> = defs.keys().map(String::as_str).collect();
    let targets = refs();
    for name in used {
        assert!(
            targets
                .iter()
                .any(|(_, t)| t.ends_with(&format!("/$defs/{name}"))),
            "{name} is defined but never referenced"
        );
    }
}

#[test]
fn ids_are_stable_and_distinct() {
    let ids: Vec<String> = SchemaKind::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(
        ids[0],
        "https://chidao.example/schemas/1.2/dataset.schema.json"
    );
    assert!(ids.contains(&"https://chidao.example/schemas/1.2/agency-group.schema.json".into()));
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
}

/// Calls `f` on every subschema-like object of `value`, with its JSON pointer.
fn walk(value: &Value, at: &str, f: &mut dyn FnMut(&str, &serde_json::Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            f(at, map);
            for (k, v) in map {
                walk(v, &format!("{at}/{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{at}/{i}"), f);
            }
        }
        _ => {}
    }
}

#[test]
fn objects_are_closed_formats_standard_and_enumerations_labelled() {
    for (kind, schema) in published_files() {
        walk(&schema, "", &mut |at, map| {
            if at.ends_with("/properties") || at.ends_with("/$defs") {
                return;
            }
            if map.get("type") == Some(&json!("object")) {
                assert_eq!(
                    map.get("additionalProperties"),
                    Some(&json!(false)),
                    "{kind:?} {at} is an open object"
                );
            }
            if map.contains_key("$ref") {
                assert_eq!(map.len(), 1, "{kind:?} {at}: a $ref with siblings");
            }
            if let Some(format) = map.get("format") {
                assert_eq!(format, "date", "{kind:?} {at}");
            }
            if let Some(Value::Array(codes)) = map.get("enum") {
                // Beside the labels: the same codes, in the same order.
                let labelled: Option<Vec<&Value>> = map
                    .get("oneOf")
                    .and_then(Value::as_array)
                    .map(|b| b.iter().map(|b| &b["const"]).collect());
                let is_format_version = at == "/properties/format_version";
                assert!(
                    is_format_version || labelled == Some(codes.iter().collect()),
                    "{kind:?} {at}: an enum without its labels"
                );
            }
            if let Some(Value::Array(branches)) = map.get("oneOf")
                && branches.iter().all(|b| b.get("const").is_some())
            {
                assert!(
                    map.contains_key("enum"),
                    "{kind:?} {at}: labels without an enum"
                );
            }
            if let Some(c) = map.get("const") {
                let parent_is_one_of = at.rsplit('/').nth(1) == Some("oneOf");
                if parent_is_one_of {
                    assert!(
                        map.contains_key("title") && map.contains_key("description"),
                        "{kind:?} {at}: code {c} has no labels"
                    );
                }
            }
            if let Some(Value::String(d)) = map.get("description") {
                assert!(
                    !d.contains("```") && !d.contains("[`") && !d.contains("::"),
                    "{kind:?} {at}: {d}"
                );
            }
        });
    }
}

#[test]
fn enumerations_carry_both_labels_of_every_code() {
    let schema = definitions();
    let def = &schema["$defs"]["AgencyKind"];
    assert_eq!(def["title"], "AgencyKind");
    assert!(
        def["description"]
            .as_str()
            .unwrap()
            .starts_with("Agency kind (loại cơ quan). ")
    );
    let codes: Vec<&str> = AgencyKind::ALL.iter().map(|k| k.code()).collect();
    assert_eq!(def["enum"], json!(codes));
    let branches = def["oneOf"].as_array().unwrap();
    assert_eq!(branches.len(), AgencyKind::ALL.len());
    for (branch, kind) in branches.iter().zip(AgencyKind::ALL) {
        assert_eq!(branch["const"], kind.code());
        assert_eq!(branch["title"], kind.label(Lang::En));
        assert_eq!(branch["description"], kind.label(Lang::Vi));
    }
}

#[test]
fn ranges_are_those_of_the_domain_not_of_rust_types() {
    let schema = definitions();
    let percent = &schema["$defs"]["ProgressUpdate"]["properties"]["percent"];
    assert_eq!(
        (&percent["minimum"], &percent["maximum"]),
        (&json!(0), &json!(100))
    );
    let schema = SchemaKind::Project.schema();
    let money = &schema["properties"]["total_investment_vnd"];
    assert_eq!(money["minimum"], 0);
    assert_eq!(money["maximum"], 9_007_199_254_740_991_u64);
    assert_eq!(money["type"], "integer");
}

#[test]
fn every_bound_is_the_domain_s_and_javascript_reads_every_integer() {
    let schema = definitions();
    let bound = |pointer: &str| {
        let v = schema
            .pointer(pointer)
            .unwrap_or_else(|| panic!("{pointer}"));
        (v["minimum"].as_i64(), v["maximum"].as_i64())
    };
    let term = "/$defs/DeadlineTerm/oneOf";
    assert_eq!(
        bound(&format!("{term}/1/properties/month")),
        (Some(1), Some(12))
    );
    assert_eq!(
        bound(&format!("{term}/2/properties/quarter")),
        (Some(1), Some(4))
    );
    assert_eq!(
        bound(&format!("{term}/3/properties/half")),
        (Some(1), Some(2))
    );
    for (branch, field) in [(1, "year"), (2, "year"), (3, "year"), (4, "year")] {
        let at = format!("{term}/{branch}/properties/{field}");
        assert_eq!(bound(&at), (Some(0), Some(9999)), "{at}");
    }
    for at in [
        "/$defs/IndicatorYear/properties/year",
        "/$defs/Baseline/properties/year",
        "/$defs/YearSpan/properties/start",
        "/$defs/YearSpan/properties/end",
    ] {
        assert_eq!(bound(at), (Some(0), Some(9999)), "{at}");
    }
    assert_eq!(
        bound("/$defs/RecurrenceAnchor/properties/day"),
        (Some(1), Some(31))
    );
    // No integer a JavaScript number cannot hold exactly.
    for (kind, schema) in published_files() {
        walk(&schema, "", &mut |at, map| {
            if map.get("type") == Some(&json!("integer")) {
                let max = map.get("maximum").and_then(Value::as_u64);
                let min = map.get("minimum").and_then(Value::as_i64);
                assert!(max.is_some_and(|m| m < (1 << 53)), "{kind:?} {at}: {max:?}");
                assert!(
                    min.is_some_and(|m| m > -(1 << 53)),
                    "{kind:?} {at}: {min:?}"
                );
            }
        });
    }
}

#[test]
fn titles_are_identifiers_that_code_generators_can_use() {
    let is_identifier = |t: &str| {
        t.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && t.chars().all(|c| c.is_ascii_alphanumeric())
    };
    for (file, schema) in published_files() {
        assert!(is_identifier(schema["title"].as_str().unwrap()), "{file}");
    }
    for (name, def) in definitions()["$defs"].as_object().unwrap() {
        assert_eq!(def["title"], json!(name), "{name}");
        assert!(is_identifier(name), "{name}");
    }
    assert_eq!(SchemaKind::Dataset.schema()["title"], "Dataset");
    let schema = definitions();
    let titles = |union: &str| -> Vec<String> {
        schema["$defs"][union]["oneOf"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| b["title"].as_str().unwrap().to_owned())
            .collect()
    };
    let deadline = titles("DeadlineTerm");
    assert_eq!(deadline[0], "DeadlineOnDate");
    assert!(deadline.contains(&"DeadlineHalfYear".to_owned()));
    let target = titles("Target");
    assert!(target.contains(&"TargetRange".to_owned()));
    assert!(target.contains(&"TargetAtLeast".to_owned()));
    assert!(
        schema["$defs"]["TaskId"]["description"]
            .as_str()
            .unwrap()
            .starts_with("The id of a task: ")
    );
}

#[test]
fn every_record_schema_has_an_example_that_it_accepts() {
    for &kind in &SchemaKind::ALL[1..] {
        let schema = kind.schema();
        let examples = schema["examples"]
            .as_array()
            .unwrap_or_else(|| panic!("{kind:?}"));
        assert_eq!(examples.len(), 1, "{kind:?}");
        let validator = SchemaValidator::new(kind).unwrap();
        assert_eq!(validator.validate(&examples[0]), [], "{kind:?}");
        let in_dataset = &definitions()["$defs"][kind.title()]["examples"];
        assert_eq!(in_dataset, &schema["examples"], "{kind:?}");
    }
}

#[test]
fn the_document_states_its_format_version() {
    let schema = SchemaKind::Dataset.schema();
    assert_eq!(schema["required"], json!(["format_version"]));
    let version = &schema["properties"]["format_version"];
    assert_eq!(version["enum"], json!(["1.0", "1.1", "1.2"]));
    assert_eq!(version["default"], chidao_model::FORMAT_VERSION);
    check(
        SchemaKind::Dataset,
        json!({"meetings": []}),
        &["required : missing required field `format_version`"],
    );
    check(
        SchemaKind::Dataset,
        json!({"format_version": "2.0"}),
        &["enum format_version: \"2.0\" is not one of 1.0, 1.1, 1.2"],
    );
}

#[test]
fn optional_fields_are_not_required_and_not_nullable() {
    let schema = SchemaKind::Directive.schema();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(required, ["id", "document_type", "issuer", "subject"]);
    assert_eq!(
        schema["properties"]["number"]["allOf"][0]["$ref"],
        "defs.schema.json#/$defs/DocumentNumber"
    );
    assert!(!schemas_text().contains("\"null\""));
}

fn schemas_text() -> String {
    published_files()
        .iter()
        .map(|(_, s)| chidao_schema::to_text(s))
        .collect()
}

/// Validates `doc` against the schema of `kind` and compares `keyword path: message` lines.
fn check(kind: SchemaKind, doc: Value, expected: &[&str]) {
    let validator = SchemaValidator::new(kind).unwrap();
    let got: Vec<String> = validator
        .validate(&doc)
        .iter()
        .map(|v| format!("{} {}: {}", v.keyword, v.path, v.message))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(validator.is_valid(&doc), expected.is_empty());
}

fn meeting(extra: Value) -> Value {
    let mut m = json!({"id": "m1", "title": {"vi": "Hội nghị"}, "kind": "conference", "date": "2024-01-12"});
    m.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    m
}

#[test]
fn findings_name_keyword_path_and_problem() {
    check(SchemaKind::Meeting, meeting(json!({})), &[]);
    check(
        SchemaKind::Meeting,
        meeting(json!({"date": "2024-02-30"})),
        &["format date: \"2024-02-30\" is not a valid date (a calendar date written yyyy-mm-dd)"],
    );
    check(
        SchemaKind::Meeting,
        meeting(json!({"kind": "party"})),
        &[
            "enum kind: \"party\" is not one of conference, online_conference, working_session, government_session, council_session, field_visit, other",
        ],
    );
    check(
        SchemaKind::Meeting,
        meeting(json!({"counts": {"participants": -3}})),
        &["minimum counts.participants: -3 is less than the minimum 0"],
    );
    check(
        SchemaKind::Meeting,
        meeting(json!({"title": "Hội nghị"})),
        &["type title: expected an object, found \"Hội nghị\""],
    );
    check(
        SchemaKind::Meeting,
        json!({"id": "m1", "kind": "conference", "date": "2024-01-12"}),
        &["required : missing required field `title`"],
    );
    check(
        SchemaKind::Meeting,
        meeting(json!({"chair": "-x", "odd key": 1})),
        &[
            "pattern chair: \"-x\" is not a valid identifier: ASCII letters, digits, '.', '-' and '_', starting with a letter or digit, at most 64 characters",
            "additionalProperties [\"odd key\"]: unknown field `odd key`; expected one of attendees, chair, counts, date, end_date, host, id, inferred, kind, place, sources, summary, theme, title",
        ],
    );
}

#[test]
fn tagged_unions_report_inside_the_chosen_form() {
    let task = |term: Value| {
        json!({"id": "t1", "directive": "d1", "item": "1", "title": {"vi": "Rà soát"},
               "deadline": {"term": term}})
    };
    check(
        SchemaKind::Task,
        task(json!({"kind": "on_date", "date": "2024-02-30"})),
        &[
            "format deadline.term.date: \"2024-02-30\" is not a valid date (a calendar date written yyyy-mm-dd)",
        ],
    );
    check(
        SchemaKind::Task,
        task(json!({"kind": "someday"})),
        &[
            "oneOf deadline.term.kind: \"someday\" is not one of on_date, month, quarter, half_year, year, within, none, recurring, urgent, conditional",
        ],
    );
    check(
        SchemaKind::Task,
        task(json!({"kind": "month", "year": 2024})),
        &["required deadline.term: missing required field `month`"],
    );
}

#[test]
fn document_numbers_and_agency_codes_follow_the_core_patterns() {
    let directive = |number: &str| {
        json!({"id": "d1", "document_type": "notice", "issuer": "ubnd", "subject": {"vi": "Kết luận"},
               "number": number})
    };
    for ok in [
        "394/TB-VPCP",
        "95-NQ/TU",
        "30/2020/NĐ-CP",
        "/TB-UBND",
        "123/UBND-TNMT",
    ] {
        check(SchemaKind::Directive, directive(ok), &[]);
        assert!(chidao_model::DocumentNumber::parse(ok).is_ok(), "{ok}");
    }
    // Every Vietnamese letter, and none of the signs and marks a range from À to ỹ took in:
    // the pattern and the model's parser agree on each.
    let letters = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";
    let validator = SchemaValidator::new(SchemaKind::Directive).unwrap();
    for c in letters.chars() {
        let number = format!("12/TB-{c}");
        assert!(validator.is_valid(&directive(&number)), "{number}");
        assert!(
            chidao_model::DocumentNumber::parse(&number).is_ok(),
            "{number}"
        );
    }
    for c in ['×', '÷', '\u{0301}', 'ÿ', 'Ā', 'ß', 'Ø'] {
        let number = format!("12/TB-{c}");
        assert!(!validator.is_valid(&directive(&number)), "{number}");
        assert!(
            chidao_model::DocumentNumber::parse(&number).is_err(),
            "{number}"
        );
    }
    check(
        SchemaKind::Directive,
        directive("TB 394"),
        &[
            "pattern number: \"TB 394\" is not a well-formed document number (số, ký hiệu) such as 394/TB-VPCP or 95-NQ/TU",
        ],
    );
    let agency = |code: &str| json!({"id": "a", "name": {"vi": "A"}, "kind": "ministry", "level": "central", "code": code});
    check(SchemaKind::Agency, agency("000.00.00.H41"), &[]);
    check(
        SchemaKind::Agency,
        agency("000-00-00-H41"),
        &["pattern code: \"000-00-00-H41\" is not a well-formed agency code such as 000.00.00.H41"],
    );
}

#[test]
fn a_decimal_past_its_range_has_a_rule_of_its_own_naming_the_range() {
    let validator = SchemaValidator::new(SchemaKind::Indicator).unwrap();
    let mut indicator = SchemaKind::Indicator.schema()["examples"][0].clone();
    indicator["years"][0]["target"] = json!({"kind": "range", "min": -1e29, "max": 8});
    let found = validator.validate(&indicator);
    assert_eq!(found.len(), 1, "{found:?}");
    let v = &found[0];
    assert_eq!(
        (v.rule.as_str(), v.keyword.as_str(), v.path.as_str()),
        (
            chidao_schema::DECIMAL_OUT_OF_RANGE,
            "minimum",
            "years[0].target.min"
        )
    );
    assert_eq!(
        v.message,
        "-1e+29 is past the range of a decimal value, -7.922816251426434e28 to \
         7.922816251426434e28 (the largest a 96-bit decimal holds)"
    );
    // Any other bound keeps its keyword as its rule.
    indicator["years"][0]["target"] = json!({"kind": "range", "min": 1, "max": 8});
    indicator["years"][0]["year"] = json!(10000);
    let found = validator.validate(&indicator);
    assert_eq!(
        found.iter().map(|v| v.rule.as_str()).collect::<Vec<_>>(),
        ["maximum"]
    );
}
