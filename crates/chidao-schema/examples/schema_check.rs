//! Checks one record against its published JSON Schema, as a Python or TypeScript integrator's
//! validator would, and prints the schema's `$id` and every violation.
//!
//! `cargo run -p chidao-schema --example schema_check`

use chidao_schema::{SchemaKind, SchemaValidator};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("{}", SchemaKind::Task.schema()["$id"]);
    let validator = SchemaValidator::new(SchemaKind::Task)?;
    let task = serde_json::json!({
        "id": "t-1",
        "directive": "tb-1",
        "item": "1",
        "title": {"vi": "Rà soát"},
        "deadline": {"term": {"kind": "on_date", "date": "2024-3-31"}},
        "priority": "high"
    });
    for v in validator.validate(&task) {
        println!("{v}");
    }
    Ok(())
}
