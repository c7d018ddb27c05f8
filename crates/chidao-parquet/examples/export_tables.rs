//! Writes a dataset as Parquet tables into a directory, one file per table, for DuckDB, Spark
//! or pandas.
//!
//! `cargo run -p chidao-parquet --example export_tables [DIR]` (a temporary directory when
//! absent)

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;

use chidao_model::{ExportOptions, FileSet, NaiveDate};

/// Files created in one directory: the simplest `FileSet` (the command line's writes to a
/// temporary directory and renames it into place when every table is written).
struct Dir(PathBuf);

impl FileSet for Dir {
    fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
        Ok(Box::new(BufWriter::new(File::create(self.0.join(name))?)))
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).map_or_else(
        || std::env::temp_dir().join("chidao-example-parquet"),
        PathBuf::from,
    );
    std::fs::create_dir_all(&dir)?;
    let dataset = chidao_sample::SampleConfig::new(2_000).generate();
    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2025, 6, 30).ok_or("a day")?);
    let summary = chidao_parquet::to_files(&dataset, &options, &mut Dir(dir.clone()))?;
    for w in &summary.warnings {
        eprintln!("warning: {w}");
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    names.sort();
    println!(
        "{} tables in {}: {}",
        names.len(),
        dir.display(),
        names.join(", ")
    );
    Ok(())
}
