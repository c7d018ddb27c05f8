//! Loads a dataset document, and shows where a broken one breaks: the path, line and column a
//! person fixing it needs.
//!
//! `cargo run -p chidao-json --example load_and_locate [DATASET.json]`

const BUNDLED: &str = include_str!("../../../data/langson.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => BUNDLED.to_owned(),
    };
    let dataset = chidao_json::from_str(&text)?;
    println!(
        "{} agencies, {} directives, {} tasks",
        dataset.agencies().len(),
        dataset.directives().len(),
        dataset.tasks().len()
    );

    // One wrong value: the error names where it is.
    let broken = text.replacen("\"level\": \"province\"", "\"level\": \"galaxy\"", 1);
    if let Err(e) = chidao_json::from_str(&broken) {
        println!(
            "{}:{}: at {}: {}",
            e.line(),
            e.column(),
            e.path(),
            e.message()
        );
    }

    // Many places at once, as `chidao validate` places its findings.
    let locator = chidao_json::Locator::new(&text);
    if let Some((line, column)) = locator.locate("tasks[0].lead") {
        println!("tasks[0].lead is at line {line}, column {column}");
    }
    // What is written reads back the same.
    let again = chidao_json::from_str(&chidao_json::to_string(&dataset)?)?;
    assert_eq!(again, dataset);
    Ok(())
}
