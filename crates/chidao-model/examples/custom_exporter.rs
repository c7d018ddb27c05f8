//! Writes a format the workspace does not have, a CSV of tasks, and plugs it into the registry
//! beside the others without touching the core.
//!
//! `cargo run -p chidao-model --example custom_exporter`

use chidao_model::{
    Dataset, DatasetParts, ExportError, ExportOptions, ExportSummary, Exporter, ExporterRegistry,
    FormatInfo, NaiveDate, Sink, Task, Text,
};

/// Tasks as CSV: id, item, lead, status as of the export's date.
struct TasksCsv {
    separator: char,
}

impl Exporter for TasksCsv {
    fn info(&self) -> FormatInfo {
        // A name chosen at run time: one registry entry per dialect.
        let name = if self.separator == ';' {
            "csv-semicolon"
        } else {
            "csv"
        };
        FormatInfo::named(name, "csv", "text/csv", false, "tasks as CSV")
    }

    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        mut sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        let w = sink.writer()?;
        let s = self.separator;
        writeln!(w, "id{s}item{s}lead{s}status").map_err(ExportError::io)?;
        for t in dataset.tasks() {
            let lead = t.lead.as_ref().map_or("", |l| l.as_str());
            let status = options.status_policy.status(t, options.as_of);
            writeln!(w, "{}{s}{}{s}{lead}{s}{}", t.id, t.item, status.code())
                .map_err(ExportError::io)?;
        }
        Ok(ExportSummary::default())
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut parts = DatasetParts::new();
    let mut task = Task::new("t-1".parse()?, "tb-1".parse()?, "1", Text::vi("Việc một"));
    task.lead = Some("so-tc".parse()?);
    parts.tasks.push(task);
    let dataset = Dataset::new(parts);

    let mut registry = ExporterRegistry::new();
    registry.register(Box::new(TasksCsv { separator: ',' }));
    registry.register(Box::new(TasksCsv { separator: ';' }));
    println!("formats: {:?}", registry.names());

    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 1).ok_or("a day")?);
    let exporter = registry.get("csv-semicolon").ok_or("registered")?;
    // Into memory, as for an HTTP body.
    let (bytes, _) = exporter.export_to_vec(&dataset, &options)?;
    print!("{}", String::from_utf8(bytes)?);
    Ok(())
}
