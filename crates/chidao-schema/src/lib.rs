//! JSON Schema (Draft 2020-12) for chidao dataset documents, generated from the core types.
//!
//! Integrators in other languages validate their feeds with these schemas before sending them;
//! `chidao validate` checks the same schemas first, then the semantic rules of the core. There
//! is one schema for the whole dataset document and one per record type ([`SchemaKind`]), each
//! published as `schemas/<name>.schema.json` under a stable `$id`:
//! `https://chidao.example/schemas/<format version>/<name>.schema.json`.
//!
//! The definitions the schemas share (texts, identifiers, vocabularies, tagged unions, the
//! record types) are published once, in `schemas/defs.schema.json` ([`definitions`], `$id`
//! [`definitions_id`]); the other schemas refer to them by a relative `$ref`
//! (`defs.schema.json#/$defs/AgencyKind`), which resolves to the file beside them.
//! [`SchemaValidator`] registers that file under its `$id`, so it fetches nothing. Objects are
//! closed (`additionalProperties: false`), dates carry `format: date`, identifiers, document
//! numbers and agency codes carry the patterns of the core ([`chidao_model::ID_PATTERN`],
//! [`chidao_model::DOCUMENT_NUMBER_PATTERN`], [`chidao_model::AGENCY_CODE_PATTERN`]).
//!
//! Every enumeration lists its codes as a `oneOf` of `const` alternatives, each with the
//! English label as `title` and the Vietnamese label as `description`, the labels of
//! [`chidao_model::Vocabulary`]. Only standard keywords are used, so strict validators (ajv in
//! strict mode) accept the schemas as they are.
//!
//! ```
//! use chidao_schema::{SchemaKind, SchemaValidator};
//!
//! let schema = SchemaKind::Agency.schema();
//! assert_eq!(schema["$id"], "https://chidao.example/schemas/1.2/agency.schema.json");
//! assert_eq!(schema["properties"]["level"]["allOf"][0]["$ref"], "defs.schema.json#/$defs/AgencyLevel");
//! let level = &chidao_schema::definitions()["$defs"]["AgencyLevel"]["oneOf"][1];
//! assert_eq!((&level["const"], &level["title"], &level["description"]),
//!            (&"province".into(), &"Province".into(), &"Tỉnh".into()));
//!
//! let validator = SchemaValidator::new(SchemaKind::Agency)?;
//! let agency = serde_json::json!({"id": "so-khdt", "name": {"vi": "Sở Kế hoạch và Đầu tư"},
//!     "kind": "department", "level": "galaxy", "colour": "blue"});
//! for v in validator.validate(&agency) {
//!     println!("{v}");
//! }
//! let found = validator.validate(&agency);
//! assert_eq!(found.len(), 2);
//! let level = found.iter().find(|v| v.path == "level").unwrap();
//! assert_eq!(level.message, "\"galaxy\" is not one of central, province, district, commune, foreign");
//! let colour = found.iter().find(|v| v.path == "colour").unwrap();
//! assert_eq!((colour.keyword.as_str(), colour.message.starts_with("unknown field `colour`")), ("additionalProperties", true));
//! # Ok::<(), chidao_schema::SchemaError>(())
//! ```
#![deny(missing_docs)]

mod check;
mod generate;
mod integrate;

use std::fmt;
use std::path::Path;

pub use check::{DECIMAL_OUT_OF_RANGE, SchemaValidator, Violation, join_key, pointer_to_path};
pub use generate::{
    DEFINITIONS_FILE, META_SCHEMA, SCHEMA_BASE_URI, SchemaKind, all_schemas, definitions,
    definitions_id, published_files, stale_schemas, to_text, write_schemas,
};

/// The command that regenerates the checked-in schemas from the workspace root.
pub const UPDATE_COMMAND: &str = "cargo run -- schema -o schemas";

/// Why schemas could not be written or compiled.
#[derive(Debug)]
pub struct SchemaError {
    message: String,
    source: Option<std::io::Error>,
}

impl SchemaError {
    pub(crate) fn io(path: &Path, e: std::io::Error) -> Self {
        SchemaError {
            message: format!("cannot write {}: {e}", path.display()),
            source: Some(e),
        }
    }

    pub(crate) fn compile(kind: SchemaKind, message: String) -> Self {
        SchemaError {
            message: format!("the {} schema does not compile: {message}", kind.name()),
            source: None,
        }
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SchemaError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_ref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}
