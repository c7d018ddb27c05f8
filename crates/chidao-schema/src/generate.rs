//! Generating the published schemas from the core types.

use std::path::{Path, PathBuf};

use chidao_model::{
    Agency, AgencyGroup, AgencyKind, AgencyLevel, Assessment, Authority, DatasetParts, DayOfWeek,
    Directive, DocumentType, EventRelation, FORMAT_VERSION, FigureKind, Frequency, HaltKind,
    Indicator, IndicatorGroup, InvestmentForm, Lang, Measure, Meeting, MeetingKind, Official,
    OutputKind, PeriodUnit, Polarity, Project, ProjectPhase, Sector, Source, SourceKind, Task,
    Unit, Vocabulary,
};
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use crate::{SchemaError, integrate};

/// The meta-schema every published schema declares: JSON Schema Draft 2020-12.
pub const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

/// The base every `$id` starts with. The last path segment before the file name is the major
/// and minor version of the dataset format ([`FORMAT_VERSION`]): schemas of a format version
/// never change meaning under the same `$id`.
pub const SCHEMA_BASE_URI: &str = "https://chidao.example/schemas/";

/// One of the published schemas: the whole dataset document, or one record type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SchemaKind {
    /// The whole dataset document (`dataset.schema.json`).
    Dataset,
    /// A source document record (`source.schema.json`).
    Source,
    /// An agency record (`agency.schema.json`).
    Agency,
    /// An agency group record (`agency-group.schema.json`).
    AgencyGroup,
    /// An official record (`official.schema.json`).
    Official,
    /// A meeting record (`meeting.schema.json`).
    Meeting,
    /// A directive record (`directive.schema.json`).
    Directive,
    /// A task record (`task.schema.json`).
    Task,
    /// An indicator record (`indicator.schema.json`).
    Indicator,
    /// A project record (`project.schema.json`).
    Project,
}

impl SchemaKind {
    /// Every schema, the dataset first, then the records in document order.
    pub const ALL: &'static [SchemaKind] = &[
        SchemaKind::Dataset,
        SchemaKind::Source,
        SchemaKind::Agency,
        SchemaKind::AgencyGroup,
        SchemaKind::Official,
        SchemaKind::Meeting,
        SchemaKind::Directive,
        SchemaKind::Task,
        SchemaKind::Indicator,
        SchemaKind::Project,
    ];

    /// The short name of the schema (`dataset`, `agency-group`).
    pub fn name(self) -> &'static str {
        match self {
            SchemaKind::Dataset => "dataset",
            SchemaKind::Source => "source",
            SchemaKind::Agency => "agency",
            SchemaKind::AgencyGroup => "agency-group",
            SchemaKind::Official => "official",
            SchemaKind::Meeting => "meeting",
            SchemaKind::Directive => "directive",
            SchemaKind::Task => "task",
            SchemaKind::Indicator => "indicator",
            SchemaKind::Project => "project",
        }
    }

    /// The file the schema is published as (`agency-group.schema.json`).
    pub fn file_name(self) -> String {
        format!("{}.schema.json", self.name())
    }

    /// The stable `$id` of the schema:
    /// `https://chidao.example/schemas/1.2/agency-group.schema.json`.
    pub fn id(self) -> String {
        format!("{SCHEMA_BASE_URI}{FORMAT_VERSION}/{}", self.file_name())
    }

    /// The title of the schema: the name of what it validates, an identifier (`Dataset`,
    /// `AgencyGroup`), which code generators take as the name of the root type.
    pub fn title(self) -> &'static str {
        match self {
            SchemaKind::Dataset => "Dataset",
            SchemaKind::Source => "Source",
            SchemaKind::Agency => "Agency",
            SchemaKind::AgencyGroup => "AgencyGroup",
            SchemaKind::Official => "Official",
            SchemaKind::Meeting => "Meeting",
            SchemaKind::Directive => "Directive",
            SchemaKind::Task => "Task",
            SchemaKind::Indicator => "Indicator",
            SchemaKind::Project => "Project",
        }
    }

    /// What the schema validates, in English with the Vietnamese term: the first sentence of
    /// its description.
    fn term(self) -> &'static str {
        match self {
            SchemaKind::Dataset => "Dataset document (bộ dữ liệu chỉ đạo điều hành)",
            SchemaKind::Source => "Source document (nguồn tài liệu)",
            SchemaKind::Agency => "Agency (cơ quan, đơn vị)",
            SchemaKind::AgencyGroup => "Agency group (nhóm cơ quan, đơn vị)",
            SchemaKind::Official => "Official (cán bộ lãnh đạo)",
            SchemaKind::Meeting => "Meeting (hội nghị, cuộc họp)",
            SchemaKind::Directive => "Directive (văn bản chỉ đạo)",
            SchemaKind::Task => "Task (nhiệm vụ)",
            SchemaKind::Indicator => "Indicator (chỉ tiêu)",
            SchemaKind::Project => "Project (dự án)",
        }
    }

    fn description(self) -> &'static str {
        match self {
            SchemaKind::Dataset => {
                "A whole chidao dataset of direction-and-administration data (chỉ đạo điều hành): \
                 sources, agencies and agency groups, officials, meetings, directives, tasks, \
                 indicators and projects. This schema checks the form of the document; \
                 cross-references (every id named exists, ids are unique) are checked by \
                 `chidao validate`."
            }
            SchemaKind::Source => {
                "A document the records of a dataset are taken from (nguồn tài liệu): an official \
                 document, a news article or synthetic data."
            }
            SchemaKind::Agency => {
                "A body that issues directives or carries out tasks (cơ quan, đơn vị), with its kind, \
                 administrative level and national identifier code (mã định danh)."
            }
            SchemaKind::AgencyGroup => {
                "A collective assignee such as \"UBND các huyện, thành phố\" (all district people's \
                 committees) or \"các sở, ban, ngành\" (all departments)."
            }
            SchemaKind::Official => {
                "A person holding office (cán bộ lãnh đạo), with the positions the sources show."
            }
            SchemaKind::Meeting => {
                "A meeting (hội nghị, buổi làm việc, phiên họp): a conference, online conference, \
                 working session or government session."
            }
            SchemaKind::Directive => {
                "A document issued to direct work (văn bản chỉ đạo): a conclusion notice (thông báo \
                 kết luận), instruction (chỉ thị), decision (quyết định), plan (kế hoạch) or \
                 resolution (nghị quyết), with its number and symbol (số, ký hiệu)."
            }
            SchemaKind::Task => {
                "A numbered item of a directive that assigns work (nhiệm vụ) to a lead agency (chủ \
                 trì), with coordinating agencies (phối hợp) and a deadline (thời hạn)."
            }
            SchemaKind::Indicator => {
                "A main socio-economic indicator (chỉ tiêu chủ yếu) with, per year, the plan target \
                 (kế hoạch), the estimate or result (ước thực hiện) and the assessment (vượt / đạt / \
                 không đạt)."
            }
            SchemaKind::Project => {
                "An investment project (dự án đầu tư) that directives and tasks are about."
            }
        }
    }

    /// The schema, as published: closed objects, labelled enumerations and the patterns of the
    /// core types, its definitions referenced in the shared file [`DEFINITIONS_FILE`]
    /// (`"$ref": "defs.schema.json#/$defs/Text"`), which [`definitions`] gives.
    pub fn schema(self) -> Value {
        let mut schema = self.self_contained();
        if let Value::Object(root) = &mut schema {
            root.remove("$defs");
        }
        point_refs_at_definitions(&mut schema);
        schema
    }

    /// The schema with every definition it uses in its own `$defs` (`"$ref": "#/$defs/Text"`):
    /// one document a validator needs nothing beside, with the same `$id` and the same verdicts
    /// as [`schema`](Self::schema) with the shared file. What `chidao schema` prints, and what
    /// the shared definitions are gathered from. Load either form under one `$id`, not both.
    pub fn self_contained(self) -> Value {
        let generated = match self {
            SchemaKind::Dataset => generate::<DatasetParts>(),
            SchemaKind::Source => generate::<Source>(),
            SchemaKind::Agency => generate::<Agency>(),
            SchemaKind::AgencyGroup => generate::<AgencyGroup>(),
            SchemaKind::Official => generate::<Official>(),
            SchemaKind::Meeting => generate::<Meeting>(),
            SchemaKind::Directive => generate::<Directive>(),
            SchemaKind::Task => generate::<Task>(),
            SchemaKind::Indicator => generate::<Indicator>(),
            SchemaKind::Project => generate::<Project>(),
        };
        let Value::Object(mut root) = generated else {
            unreachable!("schemars generates an object schema for every record type")
        };
        root.insert("$schema".into(), META_SCHEMA.into());
        root.insert("$id".into(), self.id().into());
        root.insert("title".into(), self.title().into());
        root.insert(
            "description".into(),
            format!("{}. {}", self.term(), self.description()).into(),
        );
        if let Some(Value::Object(defs)) = root.get_mut("$defs") {
            label_vocabularies(defs);
            integrate::name_definitions(defs);
        }
        integrate::add_examples(&mut root, self.title());
        if self == SchemaKind::Dataset {
            integrate::require_format_version(&mut root);
        }
        let mut value = Value::Object(root);
        tidy(&mut value);
        integrate::wrap_refs_with_siblings(&mut value);
        sort_keys(value)
    }
}

/// The file the definitions every schema shares are published as.
pub const DEFINITIONS_FILE: &str = "defs.schema.json";

/// The stable `$id` of the shared definitions:
/// `https://chidao.example/schemas/1.2/defs.schema.json`.
pub fn definitions_id() -> String {
    format!("{SCHEMA_BASE_URI}{FORMAT_VERSION}/{DEFINITIONS_FILE}")
}

/// The shared definitions (`defs.schema.json`): every definition any schema uses, once, under
/// `$defs`, referring to one another inside the file (`#/$defs/Text`). It validates no document
/// of its own (its root has no assertion); the other schemas refer to it by a relative `$ref`
/// (`defs.schema.json#/$defs/AgencyKind`), which resolves beside them under their `$id`.
///
/// # Panics
///
/// Panics if two schemas define the same name differently, which would be a bug of this crate
/// (a test generates every schema).
pub fn definitions() -> Value {
    static DEFINITIONS: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    DEFINITIONS
        .get_or_init(|| {
            let mut defs = Map::new();
            for &kind in SchemaKind::ALL {
                let Value::Object(mut root) = kind.self_contained() else {
                    unreachable!("every schema is an object")
                };
                let Some(Value::Object(own)) = root.remove("$defs") else {
                    continue;
                };
                for (name, def) in own {
                    if let Some(known) = defs.get(&name) {
                        assert_eq!(known, &def, "{kind:?} defines {name} differently");
                    } else {
                        defs.insert(name, def);
                    }
                }
            }
            sort_keys(json!({
                "$schema": META_SCHEMA,
                "$id": definitions_id(),
                "title": "Definitions",
                "description": "The definitions the chidao schemas share (định nghĩa dùng chung): \
                    the record types, texts, identifiers, vocabularies and tagged unions, each \
                    under `$defs` by its name. The other schemas refer to them as \
                    `defs.schema.json#/$defs/<name>`; this file validates no document of its own.",
                "$defs": defs,
            }))
        })
        .clone()
}

/// `"$ref": "#/$defs/Text"` becomes `"$ref": "defs.schema.json#/$defs/Text"`.
fn point_refs_at_definitions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get_mut("$ref")
                && target.starts_with("#/$defs/")
            {
                target.insert_str(0, DEFINITIONS_FILE);
            }
            map.values_mut().for_each(point_refs_at_definitions);
        }
        Value::Array(items) => items.iter_mut().for_each(point_refs_at_definitions),
        _ => {}
    }
}

/// Every file published in `schemas/`, by its name: every schema of [`SchemaKind::ALL`], then
/// the shared definitions.
pub fn published_files() -> Vec<(String, Value)> {
    let mut files: Vec<(String, Value)> = all_schemas()
        .into_iter()
        .map(|(k, s)| (k.file_name(), s))
        .collect();
    files.push((DEFINITIONS_FILE.to_owned(), definitions()));
    files
}

fn generate<T: JsonSchema>() -> Value {
    let generator = SchemaSettings::draft2020_12().into_generator();
    generator.into_root_schema_for::<T>().to_value()
}

/// The `oneOf` branches of a vocabulary: one `const` per code, titled with its English label
/// and described with its Vietnamese label.
fn branches<V: Vocabulary>() -> Vec<Value> {
    V::ALL
        .iter()
        .map(|v| {
            json!({
                "const": v.code(),
                "title": v.label(Lang::En),
                "description": v.label(Lang::Vi),
            })
        })
        .collect()
}

type Branches = fn() -> Vec<Value>;

/// The vocabularies the records use, by their name in `$defs`, with their term.
const VOCABULARIES: &[(&str, &str, Branches)] = &[
    (
        "AgencyKind",
        "Agency kind (loại cơ quan)",
        branches::<AgencyKind>,
    ),
    (
        "AgencyLevel",
        "Administrative level (cấp hành chính)",
        branches::<AgencyLevel>,
    ),
    (
        "MeetingKind",
        "Meeting form (hình thức cuộc họp)",
        branches::<MeetingKind>,
    ),
    (
        "DocumentType",
        "Document type (loại văn bản)",
        branches::<DocumentType>,
    ),
    (
        "Authority",
        "Signing authority (thẩm quyền ký)",
        branches::<Authority>,
    ),
    (
        "OutputKind",
        "Expected output (sản phẩm đầu ra)",
        branches::<OutputKind>,
    ),
    ("HaltKind", "Halt (tạm hoãn, hủy bỏ)", branches::<HaltKind>),
    ("Frequency", "Frequency (tần suất)", branches::<Frequency>),
    (
        "PeriodUnit",
        "Period unit (đơn vị thời hạn)",
        branches::<PeriodUnit>,
    ),
    ("DayOfWeek", "Day of the week (thứ)", branches::<DayOfWeek>),
    (
        "EventRelation",
        "Relation to the event (trước khi, sau khi)",
        branches::<EventRelation>,
    ),
    (
        "IndicatorGroup",
        "Indicator group (nhóm chỉ tiêu)",
        branches::<IndicatorGroup>,
    ),
    (
        "Polarity",
        "Polarity (chiều đánh giá)",
        branches::<Polarity>,
    ),
    ("Measure", "Measure (cách đo)", branches::<Measure>),
    ("Unit", "Unit (đơn vị tính)", branches::<Unit>),
    (
        "Assessment",
        "Assessment (đánh giá)",
        branches::<Assessment>,
    ),
    (
        "FigureKind",
        "Figure kind (loại số liệu)",
        branches::<FigureKind>,
    ),
    ("Sector", "Sector (lĩnh vực)", branches::<Sector>),
    (
        "InvestmentForm",
        "Investment form (hình thức đầu tư)",
        branches::<InvestmentForm>,
    ),
    (
        "ProjectPhase",
        "Project phase (giai đoạn dự án)",
        branches::<ProjectPhase>,
    ),
    (
        "SourceKind",
        "Source kind (loại nguồn)",
        branches::<SourceKind>,
    ),
];

/// Replaces the enumerations schemars derives with ones that list their codes as an `enum` (what
/// code generators and generic validators read) and carry both labels of each code in a
/// `oneOf` of `const` alternatives. The vocabulary's term (`Agency kind (loại cơ quan)`) starts
/// its description; its title is its name.
fn label_vocabularies(defs: &mut Map<String, Value>) {
    for (name, term, branches) in VOCABULARIES {
        let Some(def) = defs.get_mut(*name) else {
            continue;
        };
        let description = match def.get("description").and_then(Value::as_str) {
            Some(text) => format!("{term}. {text}"),
            None => format!("{term}."),
        };
        let branches = branches();
        let codes: Vec<Value> = branches.iter().map(|b| b["const"].clone()).collect();
        *def = json!({
            "title": name,
            "description": description,
            "type": "string",
            "enum": codes,
            "oneOf": branches,
        });
    }
}

/// Formats that schemars writes for Rust number types: not JSON Schema formats, so strict
/// validators (ajv) refuse them. The range keywords beside them say the same thing.
/// Each with the range of the Rust type, which the schema states instead.
/// The largest magnitude of a decimal value (`rust_decimal::Decimal::MAX`,
/// 79,228,162,514,264,337,593,543,950,335), as the double nearest to it.
pub(crate) const DECIMAL_MAX: f64 = 7.922_816_251_426_434e28;

const RUST_FORMATS: &[(&str, Option<i64>, Option<u64>)] = &[
    ("int", None, None),
    ("uint", Some(0), None),
    ("int8", Some(i8::MIN as i64), Some(i8::MAX as u64)),
    ("uint8", Some(0), Some(u8::MAX as u64)),
    ("int16", Some(i16::MIN as i64), Some(i16::MAX as u64)),
    ("uint16", Some(0), Some(u16::MAX as u64)),
    ("int32", Some(i32::MIN as i64), Some(i32::MAX as u64)),
    ("uint32", Some(0), Some(u32::MAX as u64)),
    ("int64", Some(i64::MIN), Some(i64::MAX as u64)),
    ("uint64", Some(0), Some(u64::MAX)),
    ("float", None, None),
    ("double", None, None),
];

/// Turns a Rust doc comment into a plain description: no code examples, no intra-doc links,
/// paragraphs kept and the lines of a paragraph joined.
fn clean_description(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_code = false;
    for line in doc.lines() {
        let line = line.trim();
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if line.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    strip_links(&paragraphs.join("\n\n"))
}

/// `[`Text::get`]` and `[`x`](crate::X)` become `` `Text::get` `` and `` `x` ``.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        let Some(len) = rest[start..].find("`]") else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push_str(&rest[start + 1..start + len + 1]);
        rest = &rest[start + len + 2..];
        if rest.starts_with('(')
            && let Some(close) = rest.find(')')
        {
            rest = &rest[close + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// Removes what the published schemas must not carry: Rust number formats, `null` as an
/// alternative for optional fields (the loader accepts it, the format never writes it: an
/// absent field is written by omitting it) and `null` defaults.
fn tidy(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("format").and_then(Value::as_str) == Some("double") {
                // Decimals (figures, targets, baselines) are written as JSON numbers and read
                // into a 96-bit decimal: the largest magnitude it holds, as the nearest double.
                map.remove("format");
                map.entry("minimum").or_insert((-DECIMAL_MAX).into());
                map.entry("maximum").or_insert(DECIMAL_MAX.into());
            }
            if let Some(format) = map.get("format").and_then(Value::as_str)
                && let Some(&(_, min, max)) = RUST_FORMATS.iter().find(|(f, ..)| *f == format)
            {
                map.remove("format");
                if let Some(min) = min {
                    map.entry("minimum").or_insert(min.into());
                }
                if let Some(max) = max {
                    map.entry("maximum").or_insert(max.into());
                }
            }
            if let Some(Value::String(text)) = map.get_mut("description") {
                *text = integrate::in_json_terms(&clean_description(text));
            }
            if map.get("default") == Some(&Value::Null) {
                map.remove("default");
            }
            if let Some(Value::Array(types)) = map.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let only = types.remove(0);
                    map.insert("type".into(), only);
                }
            }
            let null_alternative = |v: &Value| v.get("type") == Some(&Value::from("null"));
            if let Some(Value::Array(any)) = map.get("anyOf")
                && any.len() == 2
                && any.iter().any(null_alternative)
            {
                let kept = any
                    .iter()
                    .find(|v| !null_alternative(v))
                    .cloned()
                    .expect("one of the two is not null");
                map.remove("anyOf");
                if let Value::Object(kept) = kept {
                    for (k, v) in kept {
                        map.entry(k).or_insert(v);
                    }
                }
            }
            for v in map.values_mut() {
                tidy(v);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Rebuilds every object with its keys in sorted order, so that the text is the same whatever
/// map the JSON library is built with.
fn sort_keys(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_keys(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// Every published schema with its kind, the dataset first.
pub fn all_schemas() -> Vec<(SchemaKind, Value)> {
    SchemaKind::ALL.iter().map(|&k| (k, k.schema())).collect()
}

/// The text a schema is published as: indented JSON ending with a newline.
pub fn to_text(schema: &Value) -> String {
    let mut text = serde_json::to_string_pretty(schema).expect("a JSON value always serialises");
    text.push('\n');
    text
}

/// Writes every schema and the shared definitions into `dir` (created if missing) and returns the paths written.
///
/// # Errors
///
/// Returns [`SchemaError`] when the directory cannot be created or a file cannot be written.
pub fn write_schemas(dir: &Path) -> Result<Vec<PathBuf>, SchemaError> {
    std::fs::create_dir_all(dir).map_err(|e| SchemaError::io(dir, e))?;
    let mut written = Vec::new();
    for (name, schema) in published_files() {
        let path = dir.join(name);
        std::fs::write(&path, to_text(&schema)).map_err(|e| SchemaError::io(&path, e))?;
        written.push(path);
    }
    Ok(written)
}

/// The schema files in `dir` that differ from what [`write_schemas`] would write: missing,
/// changed, or a `*.schema.json` file that is not one of ours. Empty when `dir` is up to date.
pub fn stale_schemas(dir: &Path) -> Vec<PathBuf> {
    let mut stale = Vec::new();
    let files = published_files();
    let ours: Vec<&String> = files.iter().map(|(name, _)| name).collect();
    for (name, schema) in &files {
        let path = dir.join(name);
        if std::fs::read_to_string(&path).ok() != Some(to_text(schema)) {
            stale.push(path);
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut extra: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".schema.json") && !ours.iter().any(|o| *o == n))
            })
            .collect();
        extra.sort();
        stale.extend(extra);
    }
    stale
}
