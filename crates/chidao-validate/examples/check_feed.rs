//! Checks a JSON feed the way `chidao validate` does and prints every finding with its line
//! and column: syntax, schema, model and the semantic rules, all at once.
//!
//! `cargo run -p chidao-validate --example check_feed [DATASET.json]`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        // A feed with three mistakes: an unknown level, a date that does not exist, and a
        // task whose lead is nowhere.
        None => r#"{
  "agencies": [{"id": "so-tc", "name": {"vi": "Sở Tài chính"}, "kind": "department", "level": "galaxy"}],
  "directives": [{"id": "tb-1", "document_type": "notice", "issuer": "so-tc", "subject": {"vi": "Kết luận"},
                  "date": "2024-02-30"}],
  "tasks": [{"id": "t-1", "directive": "tb-1", "item": "1", "title": {"vi": "Việc"}, "lead": "so-xyz"}]
}"#
        .to_owned(),
    };
    let outcome = chidao_validate::check_json(&text);
    for f in &outcome.findings {
        let at = match (f.line, f.column) {
            (Some(l), Some(c)) => format!("{l}:{c}"),
            _ => "-".to_owned(),
        };
        println!("{at}: {}[{}] {}: {}", f.severity, f.rule, f.path, f.message);
    }
    println!(
        "{} errors, {} warnings",
        outcome.errors(),
        outcome.warnings()
    );
    Ok(())
}
