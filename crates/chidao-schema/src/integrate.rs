//! What the tools integrators build on a schema need (code generators: pydantic models,
//! TypeScript types): a title that is an identifier on every definition and on every branch of
//! a tagged union, descriptions in JSON terms, and a root that states what it requires.

use chidao_model::FORMAT_VERSION;
use serde_json::{Map, Value, json};

/// The format versions a document may declare: every `1.x` version chidao reads, the current
/// one last. A `1.0` or `1.1` document is read, and validated, under the current rules.
pub(crate) const FORMAT_VERSIONS: &[&str] = &["1.0", "1.1", "1.2"];

/// The tagged unions, by their name in `$defs`, with the prefix of their branches' titles: the
/// branch of kind `on_date` of `DeadlineTerm` is titled `DeadlineOnDate`.
const TAGGED_UNIONS: &[(&str, &str)] = &[("DeadlineTerm", "Deadline"), ("Target", "Target")];

/// What each identifier names, for the description of its definition.
const IDS: &[(&str, &str)] = &[
    (
        "AgencyId",
        "an agency or an agency group (both can lead a task, so they share one namespace)",
    ),
    ("OfficialId", "an official"),
    ("MeetingId", "a meeting"),
    ("DirectiveId", "a directive"),
    ("TaskId", "a task"),
    ("IndicatorId", "an indicator"),
    ("ProjectId", "a project"),
    ("SourceId", "a source document"),
];

/// Definitions whose doc comment speaks of Rust: the description they carry instead.
const DESCRIPTIONS: &[(&str, &str)] = &[
    (
        "DeadlineTerm",
        "When a deadline falls, in the terms the document uses, told apart by `kind`.\n\n\
         The kinds `on_date`, `month`, `quarter`, `half_year`, `year`, and `within` with a \
         `start` resolve to one due date: the last day on which the task is still within its \
         deadline. The others have none, and a task under them is never overdue: `none`, \
         `recurring` (as a whole; each occurrence falls due on its own day), `urgent`, \
         `conditional`, and `within` counted from an event the document does not date.",
    ),
    (
        "Text",
        "Text written in Vietnamese (`vi`, required), with an optional English rendering \
         (`en`). The Vietnamese text is the authoritative one; a reader that wants English \
         falls back to it when `en` is absent.",
    ),
];

/// Phrases of doc comments that name Rust items, and what the schemas say instead.
const JSON_TERMS: &[(&str, &str)] = &[
    (" (see `Inference`)", ""),
    (" (see `Extension`)", ""),
    (" (see `Reassignment`)", ""),
    (
        " name it in `Directive::meeting`",
        " name it in their `meeting` field",
    ),
    (
        "; assessed as `Target::Exact`",
        "; assessed as an `exact` target",
    ),
    (" given by `DocumentType::abbreviation`", ""),
];

/// Rewrites the phrases of a description that name Rust items in JSON terms.
pub(crate) fn in_json_terms(text: &str) -> String {
    let mut text = text.to_owned();
    for (rust, json) in JSON_TERMS {
        text = text.replace(rust, json);
    }
    text
}

/// Titles every definition with its name, an identifier (`AgencyKind`, `DeadlineTerm`); the
/// descriptions of identifiers and of the definitions listed in [`DESCRIPTIONS`]; and the
/// branches of each tagged union.
pub(crate) fn name_definitions(defs: &mut Map<String, Value>) {
    for (name, def) in defs.iter_mut() {
        let Value::Object(def) = def else { continue };
        def.insert("title".into(), name.as_str().into());
        if let Some(&(_, what)) = IDS.iter().find(|(id, _)| id == name) {
            def.insert(
                "description".into(),
                format!(
                    "The id of {what}: 1 to 64 ASCII letters, digits, `.`, `_` or `-`, starting \
                     with a letter or a digit."
                )
                .into(),
            );
        }
        if let Some(&(_, text)) = DESCRIPTIONS.iter().find(|(d, _)| d == name) {
            def.insert("description".into(), text.into());
        }
    }
    for (union, prefix) in TAGGED_UNIONS {
        let Some(Value::Array(branches)) = defs.get_mut(*union).and_then(|d| d.get_mut("oneOf"))
        else {
            continue;
        };
        for branch in branches {
            let kind = branch
                .pointer("/properties/kind/const")
                .and_then(Value::as_str)
                .map(pascal_case);
            if let (Some(kind), Value::Object(branch)) = (kind, branch) {
                branch.insert("title".into(), format!("{prefix}{kind}").into());
            }
        }
    }
}

/// Puts a `$ref` that has sibling keywords (a field's own `description`) into an `allOf` of
/// its own: `{"allOf": [{"$ref": "#/$defs/Text"}], "description": "…"}`. It means the same,
/// and code generators then see one `Text` type where a `$ref` beside a `description` gives
/// them a copy per field (`Text1` … `Text26`).
pub(crate) fn wrap_refs_with_siblings(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.len() > 1
                && let Some(reference) = map.remove("$ref")
            {
                map.insert("allOf".into(), json!([{ "$ref": reference }]));
            }
            map.values_mut().for_each(wrap_refs_with_siblings);
        }
        Value::Array(items) => items.iter_mut().for_each(wrap_refs_with_siblings),
        _ => {}
    }
}

/// One record of each kind, as the `examples` of its schema: those of the conformance corpus's
/// `base.json` (synthetic data, marked "mô phỏng" where it names a project).
fn record_examples() -> Vec<(&'static str, Value)> {
    vec![
        (
            "Source",
            json!({"id": "src-1", "title": {"vi": "Thông báo kết luận (dữ liệu mô phỏng)"}, "kind": "synthetic", "published": "2024-01-12"}),
        ),
        (
            "Agency",
            json!({"id": "ubnd-tinh", "name": {"vi": "UBND tỉnh Lạng Sơn", "en": "Lạng Sơn Provincial People's Committee"}, "kind": "peoples_committee", "level": "province", "code": "000.00.00.H41", "sources": ["src-1"]}),
        ),
        (
            "AgencyGroup",
            json!({"id": "cac-so", "name": {"vi": "Các sở, ban, ngành"}, "criteria": {"kinds": ["department"], "level": "province"}}),
        ),
        (
            "Official",
            json!({"id": "chu-tich", "name": "Nguyễn Văn An", "positions": [{"title": {"vi": "Chủ tịch UBND tỉnh"}, "agency": "ubnd-tinh", "from": "2021-06-01"}]}),
        ),
        (
            "Meeting",
            json!({"id": "hn-2024", "title": {"vi": "Hội nghị triển khai nhiệm vụ năm 2024"}, "kind": "conference", "date": "2024-01-10", "host": "ubnd-tinh", "chair": "chu-tich", "attendees": [{"agency": "so-khdt"}], "counts": {"participants": 120}}),
        ),
        (
            "Directive",
            json!({"id": "tb-12", "number": "12/TB-UBND", "document_type": "notice", "issuer": "ubnd-tinh", "date": "2024-01-12", "place": "Lạng Sơn", "subject": {"vi": "Kết luận hội nghị triển khai nhiệm vụ năm 2024"}, "signer": {"official": "chu-tich", "authority": "direct", "title": {"vi": "Chủ tịch"}}, "meeting": "hn-2024", "recipients": ["cac-so"], "projects": ["da-1"], "sources": ["src-1"]}),
        ),
        (
            "Task",
            json!({"id": "t-1", "directive": "tb-12", "item": "1", "title": {"vi": "Rà soát danh mục dự án trọng điểm"}, "lead": "so-khdt", "coordinating": ["so-tc"], "deadline": {"term": {"kind": "on_date", "date": "2024-03-31"}, "as_written": "trước ngày 31/3/2024"}, "output": {"kind": "report", "recipient": "ubnd-tinh"}, "progress": [{"date": "2024-02-15", "percent": 50, "note": {"vi": "Đang rà soát"}}], "indicators": ["grdp"], "projects": ["da-1"]}),
        ),
        (
            "Indicator",
            json!({"id": "grdp", "name": {"vi": "Tốc độ tăng trưởng GRDP"}, "group": "economy", "measure": "percentage", "unit": "percent", "polarity": "higher_is_better", "baseline": {"year": 2023, "value": 7}, "years": [{"year": 2024, "target": {"kind": "range", "min": 7.5, "max": 8}, "target_as_written": "7,5–8,0", "figure": {"kind": "estimate", "value": 7.8}, "stated_assessment": "met"}]}),
        ),
        (
            "Project",
            json!({"id": "da-1", "name": {"vi": "Dự án đường cao tốc (mô phỏng)"}, "sector": "transport", "investment_form": "bot", "owner": "ubnd-tinh", "total_investment_vnd": 11_000_000_000_000_u64, "period": {"start": 2023, "end": 2026}, "phase": "construction", "milestones": [{"title": {"vi": "Khởi công"}, "date": "2023-01-01", "reached": true}]}),
        ),
    ]
}

/// Gives every record schema, a definition of `defs` or the root `root_name`, an `examples`
/// list of one record.
pub(crate) fn add_examples(root: &mut Map<String, Value>, root_name: &str) {
    for (name, example) in record_examples() {
        if name == root_name {
            root.insert("examples".into(), json!([example.clone()]));
        }
        if let Some(Value::Object(def)) = root.get_mut("$defs").and_then(|d| d.get_mut(name)) {
            def.insert("examples".into(), json!([example]));
        }
    }
}

/// `at_least` → `AtLeast`.
fn pascal_case(code: &str) -> String {
    code.split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// The dataset document's root: `format_version` is required and one of [`FORMAT_VERSIONS`].
pub(crate) fn require_format_version(root: &mut Map<String, Value>) {
    let current = FORMAT_VERSION;
    if let Some(Value::Object(props)) = root.get_mut("properties") {
        props.insert(
            "format_version".into(),
            json!({
                "title": "FormatVersion",
                "description": format!(
                    "The version of the document format the document is written to: \
                     `{current}` for a new document. chidao still reads the earlier 1.x \
                     versions, under the rules of `{current}`."
                ),
                "type": "string",
                "enum": FORMAT_VERSIONS,
                "default": current,
            }),
        );
    }
    root.insert("required".into(), json!(["format_version"]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn branch_titles_are_pascal_case() {
        assert_eq!(pascal_case("at_least"), "AtLeast");
        assert_eq!(pascal_case("on_date"), "OnDate");
        assert_eq!(pascal_case("none"), "None");
    }

    #[test]
    fn the_current_format_version_is_the_last_read() {
        assert_eq!(FORMAT_VERSIONS.last(), Some(&FORMAT_VERSION));
    }

    #[test]
    fn rust_names_become_json_terms() {
        assert_eq!(
            in_json_terms("About this value; assessed as `Target::Exact`."),
            "About this value; assessed as an `exact` target."
        );
    }
}
