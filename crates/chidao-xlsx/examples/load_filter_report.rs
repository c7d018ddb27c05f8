//! Loads a dataset, keeps the tasks of one agency, and writes the report of what is left: what
//! an office does to send each department its own tracking workbook.
//!
//! `cargo run -p chidao-xlsx --example load_filter_report [DATASET.json] [AGENCY] [OUT.xlsx]`
//! (the bundled Lạng Sơn dataset, `so-khdt` and a temporary file when absent)

use chidao_model::{ExportOptions, Exporter, Lang, NaiveDate};

const BUNDLED: &str = include_str!("../../../data/langson.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let text = match args.next() {
        Some(path) => std::fs::read_to_string(path)?,
        None => BUNDLED.to_owned(),
    };
    let agency = args.next().unwrap_or_else(|| "so-khdt".to_owned());
    let out = args.next().map_or_else(
        || std::env::temp_dir().join("chidao-example-report.xlsx"),
        std::path::PathBuf::from,
    );

    let mut dataset = chidao_json::from_str(&text)?;
    let before = dataset.tasks().len();
    // Keep the tasks the agency leads or coordinates; the dataset is indexed again after.
    dataset.edit(|parts| {
        parts.tasks.retain(|t| {
            t.lead.as_ref().is_some_and(|l| l.as_str() == agency)
                || t.coordinating.iter().any(|c| c.as_str() == agency)
        })
    });
    println!(
        "{} of {before} tasks concern {agency}",
        dataset.tasks().len()
    );

    let as_of = NaiveDate::from_ymd_opt(2024, 2, 15).ok_or("a day")?;
    let options = ExportOptions::new(as_of).with_lang(Lang::En);
    let exporter = chidao_xlsx::XlsxExporter::builder()
        .source(format!("tasks of {agency}"))
        .build();
    let (bytes, summary) = exporter.export_to_vec(&dataset, &options)?;
    for w in &summary.warnings {
        eprintln!("warning: {w}");
    }
    std::fs::write(&out, bytes)?;
    println!("wrote {}", out.display());
    Ok(())
}
