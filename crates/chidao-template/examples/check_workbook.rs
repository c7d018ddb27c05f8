//! Reads a filled data-entry workbook and prints every problem at its sheet and cell, or what
//! it holds: what a service receiving agencies' workbooks by email does before it accepts one.
//!
//! `cargo run -p chidao-template --example check_workbook [WORKBOOK.xlsx]` (without a file,
//! the template of the bundled Lạng Sơn dataset, written and read back in memory)

use chidao_model::{ExportOptions, Exporter, ImportOptions, Importer, Lang, NaiveDate};
use chidao_template::{TemplateExporter, TemplateImporter};

const BUNDLED: &str = include_str!("../../../data/langson.json");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = match std::env::args().nth(1) {
        Some(path) => std::fs::read(path)?,
        None => {
            let dataset = chidao_json::from_str(BUNDLED)?;
            let day = NaiveDate::from_ymd_opt(2024, 2, 15).expect("a real day");
            TemplateExporter
                .export_to_vec(&dataset, &ExportOptions::new(day))?
                .0
        }
    };
    let options = ImportOptions::default().with_lang(Lang::En);
    match TemplateImporter.import(&bytes, &options) {
        Ok(imported) => {
            for warning in &imported.warnings {
                println!("warning: {warning}");
            }
            let dataset = &imported.dataset;
            // Semantic findings, placed at the cell a clerk would correct.
            for finding in dataset.validate().iter() {
                let at = imported
                    .locate(&finding.path)
                    .map_or_else(|| finding.path.clone(), |p| p.to_string());
                println!(
                    "{}: {at}: {} [{}]",
                    finding.severity, finding.message, finding.rule
                );
            }
            println!(
                "{} agencies, {} directives, {} tasks, {} indicators, {} projects",
                dataset.agencies().len(),
                dataset.directives().len(),
                dataset.tasks().len(),
                dataset.indicators().len(),
                dataset.projects().len()
            );
            Ok(())
        }
        Err(e) => {
            for problem in e.problems() {
                println!("{}: {problem}", problem.severity);
            }
            Err(format!("{} errors", e.error_count()).into())
        }
    }
}
