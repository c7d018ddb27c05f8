//! Parquet export of a chidao dataset, for DuckDB, Spark, Polars and pandas: one file per
//! table, flat columns joined by ids.
//!
//! A table per record kind (`agencies`, `agency_groups`, `officials`, `meetings`, `directives`,
//! `tasks`, `indicators`, `indicator_years`, `projects`, `sources`), link tables for the parts
//! that are lists (`task_assignees` with the role `lead` or `coordinating`,
//! `directive_recipients`, `task_projects`, `task_progress`, …), and `vocabularies`, the
//! Vietnamese and English label of every code. [`TABLES`] lists them all; `docs/parquet.md`
//! gives every column with worked queries.
//!
//! - Bilingual text is two columns, `…_vi` and `…_en` (null where no English was written).
//! - Dates are Parquet DATE (days), never timestamps.
//! - Decimals are DECIMAL(38, 9), which holds every integer part a decimal of the model can
//!   have; a value with more than nine decimal places goes, exactly, to the `…_text` column
//!   beside it, the decimal is null there, and the export warns. Money is DECIMAL(20, 0).
//! - Closed vocabularies are dictionary-encoded codes (the codes of JSON and XML).
//! - A task's deadline is its phrase as written, its term (`deadline_kind`, and the whole term
//!   as JSON in `deadline_term`) and its resolved due date; the task's status is computed as of
//!   [`ExportOptions::as_of`](chidao_model::ExportOptions), which every file carries in its
//!   key-value metadata (`chidao.as_of`) with the status policy and the dataset's format
//!   version.
//!
//! Rows go out in batches of [`BATCH_ROWS`] in row groups of at most [`ROW_GROUP_ROWS`], read
//! from the loaded dataset: no second copy of the data is built.
//!
//! ```
//! use std::collections::BTreeMap;
//! use std::io::Write;
//! use chidao_model::{Dataset, ExportOptions, Exporter, FileSet, Sink};
//!
//! /// Keeps the files in memory.
//! #[derive(Default)]
//! struct InMemory(BTreeMap<String, Vec<u8>>);
//!
//! impl FileSet for InMemory {
//!     fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
//!         Ok(Box::new(self.0.entry(name.to_owned()).or_default()))
//!     }
//! }
//!
//! let dataset = chidao_json::from_str(r#"{"agencies": [{"id": "so-tc",
//!     "name": {"vi": "Sở Tài chính", "en": "Department of Finance"},
//!     "kind": "department", "level": "province"}]}"#)?;
//! let options = ExportOptions::new(chidao_model::NaiveDate::from_ymd_opt(2024, 2, 15).unwrap());
//! let mut files = InMemory::default();
//! chidao_parquet::ParquetExporter.export(&dataset, &options, Sink::Files(&mut files))?;
//!
//! assert_eq!(files.0.len(), chidao_parquet::TABLES.len());
//! assert!(files.0["agencies.parquet"].starts_with(b"PAR1"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod table;
mod tables;

use chidao_model::{
    Dataset, ExportError, ExportErrorKind, ExportOptions, ExportSummary, Exporter, FileSet,
    FormatInfo, Sink,
};

pub use table::{BATCH_ROWS, DECIMAL_PRECISION, DECIMAL_SCALE, MONEY_PRECISION, ROW_GROUP_ROWS};

/// Every table an export writes, in the order written; each is the file `<name>.parquet`.
pub const TABLES: &[&str] = &[
    "agencies",
    "agency_groups",
    "agency_group_members",
    "officials",
    "official_positions",
    "meetings",
    "meeting_attendees",
    "directives",
    "directive_recipients",
    "directive_references",
    "directive_projects",
    "tasks",
    "task_extensions",
    "task_reassignments",
    "task_assignees",
    "task_projects",
    "task_references",
    "task_indicators",
    "task_progress",
    "indicators",
    "indicator_years",
    "projects",
    "project_milestones",
    "project_partners",
    "project_locations",
    "sources",
    "record_sources",
    "record_inferences",
    "vocabularies",
];

/// The `parquet` exporter: a [`Sink::Files`] gets one file per table of [`TABLES`].
#[derive(Debug, Clone, Copy, Default)]
pub struct ParquetExporter;

impl Exporter for ParquetExporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "parquet",
            "parquet",
            "application/vnd.apache.parquet",
            false,
            "one Parquet file per table (a directory), for DuckDB, Spark, Polars and pandas",
        )
        .with_files()
    }

    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        match sink {
            Sink::Files(files) => to_files(dataset, options, files),
            _ => Err(ExportError::new(
                ExportErrorKind::NeedsFiles,
                "the parquet format writes one file per table and needs a directory",
            )),
        }
    }
}

/// Writes every table of `dataset` into `files`.
///
/// # Errors
///
/// Returns an [`ExportErrorKind::Io`] error when a file cannot be created or written, and an
/// [`ExportErrorKind::InvalidData`] one for a cell Parquet readers cannot take (more than 2 GiB
/// of text).
pub fn to_files(
    dataset: &Dataset,
    options: &ExportOptions,
    files: &mut dyn FileSet,
) -> Result<ExportSummary, ExportError> {
    let meta = table::FileMeta {
        pairs: vec![
            ("chidao.as_of", options.as_of.to_string()),
            (
                "chidao.due_soon_days",
                options.status_policy.due_soon_days().to_string(),
            ),
            ("chidao.format_version", dataset.format_version().to_owned()),
        ],
    };
    let (warnings, written) = tables::write_all(dataset, options, files, meta)?;
    debug_assert_eq!(
        written, TABLES,
        "TABLES lists the tables in the order written"
    );
    let mut summary = ExportSummary::default();
    summary.warnings = warnings;
    Ok(summary)
}
