//! Turns a JSON dataset into the XML interchange form and reads it back: what a team that
//! exchanges XML with another system does.
//!
//! `cargo run -p chidao-xml --example json_to_xml [DATASET.json]`

const BUNDLED: &str = include_str!("../../../data/langson.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => BUNDLED.to_owned(),
    };
    let dataset = chidao_json::from_str(&text)?;
    let xml = chidao_xml::to_string(&dataset)?;
    println!("{} bytes of XML; it starts:", xml.len());
    for line in xml.lines().take(4) {
        println!("  {line}");
    }
    let back = chidao_xml::from_str(&xml)?;
    assert_eq!(back, dataset, "the XML reads back as the same dataset");

    // A reader error names the element.
    let broken = xml.replacen("<tasks>", "<tasks><surprise/>", 1);
    if let Err(e) = chidao_xml::from_str(&broken) {
        println!("{e}");
    }
    Ok(())
}
