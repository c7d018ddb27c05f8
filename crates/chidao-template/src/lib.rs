//! The data-entry workbook of a chidao dataset: a template a clerk fills in Excel or
//! LibreOffice, and its importer.
//!
//! [`TemplateExporter`] (the `template` output format) writes a workbook with one sheet per
//! record kind (agencies, meetings, directives, tasks, indicators, projects …) and one per list
//! inside records (progress reports, extensions, reassignments, indicator years, attendees …),
//! pre-filled from a dataset so that a clerk updates instead of retyping. Every column has its
//! field code in the first row, so a translated or edited header never breaks import; a
//! dropdown for every closed vocabulary and reference from a hidden list sheet through defined
//! names; a date or number rule; and an input message saying what goes in.
//!
//! [`TemplateImporter`] (the `template` input format) reads such a workbook back as Excel and
//! LibreOffice users really leave it: dates as date cells or as text (`31/03/2024`), numbers as
//! text with a decimal comma, blank and re-sorted rows, filters left on, extra columns,
//! agencies written by name, deadlines written as phrases (read by the deadline reader). It
//! reports every problem at once, each at its sheet and cell with the column's header.
//!
//! ```
//! use chidao_model::{ExportOptions, Exporter, ImportOptions, Importer, NaiveDate};
//! use chidao_template::{TemplateExporter, TemplateImporter};
//!
//! let json = r#"{"format_version": "1.1",
//!   "agencies": [{"id": "stc", "name": {"vi": "Sở Tài chính"}, "kind": "department", "level": "province"}]}"#;
//! let dataset = chidao_json::from_str(json)?;
//! let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
//! let (workbook, _) = TemplateExporter.export_to_vec(&dataset, &options)?;
//! let imported = TemplateImporter.import(&workbook, &ImportOptions::default())?;
//! assert_eq!(imported.dataset, dataset);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod guide;
mod layout;
mod read;
mod write;

use chidao_model::{
    Dataset, ExportError, ExportOptions, ExportSummary, Exporter, FormatInfo, ImportError,
    ImportOptions, Imported, Importer, Lang, Sink,
};

/// The name of the hidden sheet that holds the dropdowns' values.
pub(crate) const LISTS_SHEET: &str = "_lists";

/// How yes and no are written.
pub(crate) fn bool_label(value: bool, lang: Lang) -> &'static str {
    match (value, lang) {
        (true, Lang::Vi) => "có",
        (false, Lang::Vi) => "không",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// Writes the data-entry template of a dataset: the `template` output format. Headers,
/// labels and dropdown values are in the language of the [`ExportOptions`].
#[derive(Debug, Clone, Copy, Default)]
pub struct TemplateExporter;

impl Exporter for TemplateExporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "template",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            true,
            "the data-entry workbook a clerk fills and `chidao import` reads back",
        )
    }

    /// # Errors
    ///
    /// Returns [`ExportError`] when the sink is not seekable, or when writing fails.
    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        match sink {
            Sink::Seekable(w) => write::write_template(dataset, options.lang, w),
            _ => Err(ExportError::new(
                chidao_model::ExportErrorKind::NeedsSeek,
                "the template is a zip archive and needs a seekable file, not a stream",
            )),
        }
    }
}

/// Reads a filled template back into a dataset: the `template` input format (`.xlsx`).
#[derive(Debug, Clone, Copy, Default)]
pub struct TemplateImporter;

impl Importer for TemplateImporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "template",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            true,
            "the data-entry workbook of `chidao template`",
        )
    }

    fn recognizes(&self, head: &[u8]) -> bool {
        head.starts_with(b"PK\x03\x04")
    }

    /// # Errors
    ///
    /// Returns every problem found, each at its sheet and cell: a file that is not a
    /// workbook, a sheet missing, a value of the wrong type, an impossible date, an unknown
    /// agency, a merged cell, a value the dataset's rules refuse on reading.
    fn import(&self, bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError> {
        read::read_template(bytes, options.lang)
    }
}
