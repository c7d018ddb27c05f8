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
