//! The Excel report of a chidao dataset: the workbook a provincial office forwards to
//! leadership to answer "who has done what, on time?" and "which indicators will we miss?".
//!
//! The workbook has six sheets, named and headed in the language of
//! [`ExportOptions::lang`](chidao_model::ExportOptions):
//!
//! 1. **Overview**: who the data covers, as of when and from which data; headline counts; tasks
//!    by status with a chart; indicators exceeded, met and missed per year with a chart.
//! 2. **By agency**: the standard tracking table (tasks assigned, completed on time, completed
//!    late, in progress within the deadline, due soon, overdue, no deadline, postponed or
//!    cancelled, completion rate), most overdue first, with a totals row, overdue work
//!    highlighted and a chart of the agencies with most overdue tasks.
//! 3. **Tasks**: one row per task, with autofilter, frozen header and status colours, and a
//!    footer row saying which tasks the sheet holds ("Tasks 1–60 of 60"). When there are more
//!    tasks than a sheet holds, they continue on `Tasks (2)`, `Tasks (3)` ….
//! 4. **Indicators**: per indicator and year, newest year first: target, estimate or result,
//!    percent of target and the assessment, with a chart of the newest year's results against
//!    target.
//! 5. **Projects** and 6. **Directives**, with their task counts (open, overdue, completed).
//!
//! Task status and days overdue come from the options' [`StatusPolicy`](chidao_model::StatusPolicy)
//! for the options' as-of date.
//!
//! ## Group assignees
//!
//! A task whose lead is a group ("các sở, ban, ngành": all departments) is counted, by default,
//! once, on the group's own row of the by-agency table ([`GroupAssignees::OwnRow`]), so the
//! rows add up to the totals row. [`GroupAssignees::Expand`] counts it instead for every member
//! agency ([`Dataset::expand_group`](chidao_model::Dataset::expand_group)); the totals row still
//! counts each task once. Only the lead agency (chủ trì) is counted, never the coordinating ones,
//! as Vietnamese tracking practice does. The sheet says which rule it used in a note under the
//! table.
//!
//! ## Safety and scale
//!
//! Every text from the data is written as text, never as a formula: a task titled
//! `=HYPERLINK(...)` stays that text. Text longer than Excel's 32,767-character cell limit is
//! cut, ended with a marker, and reported in [`ExportSummary::warnings`] with the record and the
//! field. Dates are Excel dates, counts and values numbers, rates percentages, money has
//! thousands separators. The task sheets, the only ones that grow with the bulk of the data,
//! are written in constant-memory mode, row by row through temporary files, so a million tasks
//! never sit in memory as cells; the other sheets hold a row per agency, indicator-year, project
//! or directive. Rows get the height their wrapped text needs, except on task sheets of more
//! than 65,536 tasks, where every row is two lines high (the spreadsheet library would keep each
//! sized row in memory). Every sheet prints on A4 (the overview portrait on one page, the
//! tables landscape and one page wide) with its header row repeated, the title in the page
//! header and page numbers in the footer.
//!
//! The document creation date is [`ExportOptions::created`](chidao_model::ExportOptions) or, when
//! unset, midnight of the as-of date: the same data and options give byte-identical files.
//!
//! ```
//! use chidao_model::{Dataset, DatasetParts, ExportOptions, NaiveDate};
//!
//! let dataset = Dataset::new(DatasetParts::new());
//! let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 2, 15).unwrap());
//! let exporter = chidao_xlsx::XlsxExporter::builder()
//!     .source("an empty dataset")
//!     .build();
//! let mut file = std::io::Cursor::new(Vec::new());
//! let summary = exporter.write(&dataset, &options, &mut file)?;
//! assert!(summary.warnings.is_empty());
//! assert!(file.get_ref().starts_with(b"PK"));
//!
//! // Or with default settings, in one call; the same input gives the same bytes.
//! let (first, _) = chidao_xlsx::to_vec(&dataset, &options)?;
//! let (second, _) = chidao_xlsx::to_vec(&dataset, &options)?;
//! assert!(first == second);
//! # Ok::<(), chidao_model::ExportError>(())
//! ```
#![deny(missing_docs)]

mod labels;
mod latch;
mod stats;
mod text;
mod write;

use std::io::{Seek, Write};

use chidao_model::{
    Dataset, ExportError, ExportErrorKind, ExportOptions, ExportSummary, Exporter, FormatInfo, Sink,
};

/// The most rows a worksheet holds (Excel's limit).
const EXCEL_MAX_ROWS: u32 = 1_048_576;

/// How the by-agency table counts tasks led by a group of agencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum GroupAssignees {
    /// Once, on a row of its own for the group: the rows add up to the totals.
    #[default]
    OwnRow,
    /// Once for every member agency of the group; the totals row counts each task once.
    Expand,
}

/// Builds an [`XlsxExporter`]; its settings are frozen once built.
#[derive(Debug, Clone, Default)]
pub struct XlsxExporterBuilder {
    source: Option<String>,
    organisation: Option<String>,
    groups: GroupAssignees,
    max_rows: Option<u32>,
    sized_row_limit: Option<u64>,
    tempdir: Option<std::path::PathBuf>,
    period: Option<std::sync::Arc<PeriodChanges>>,
}

/// The changes of a report period: what [`chidao_model::diff::diff`] found between an earlier
/// snapshot (or the dataset as known on the period's first day) and the dataset reported on.
/// With them the report gains a changes sheet, period columns in the by-agency table and the
/// period on the overview.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct PeriodChanges {
    /// The period; its last day should be the report's as-of day.
    pub period: chidao_model::diff::Period,
    /// What the dataset was compared with, as the overview names it (a file, or "the same
    /// dataset as known on …").
    pub compared_with: String,
    /// The changes, in the order the diff gives them.
    pub changes: Vec<chidao_model::diff::Change>,
}

impl PeriodChanges {
    /// The changes of `period`, found by comparing with `compared_with`.
    pub fn new(
        period: chidao_model::diff::Period,
        compared_with: impl Into<String>,
        changes: Vec<chidao_model::diff::Change>,
    ) -> Self {
        PeriodChanges {
            period,
            compared_with: compared_with.into(),
            changes,
        }
    }
}

impl XlsxExporterBuilder {
    /// Reports on a period: the changes sheet, period columns and the period on the overview.
    #[must_use]
    pub fn period(mut self, changes: PeriodChanges) -> Self {
        self.period = Some(std::sync::Arc::new(changes));
        self
    }

    /// Names the data the report is made from (a file name), shown on the overview.
    #[must_use]
    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Names the body preparing the report, shown on the overview.
    #[must_use]
    pub fn organisation(mut self, organisation: impl Into<String>) -> Self {
        self.organisation = Some(organisation.into());
        self
    }

    /// The directory for the temporary files the task sheets are written through (one per
    /// sheet, deleted as they are closed); the system's temporary directory when not set. Give
    /// the output's own directory so that a report needs space in one file system only.
    #[must_use]
    pub fn tempdir(mut self, dir: impl Into<std::path::PathBuf>) -> Self {
        self.tempdir = Some(dir.into());
        self
    }

    /// How tasks led by a group of agencies are counted (see [`GroupAssignees`]).
    #[must_use]
    pub fn group_assignees(mut self, groups: GroupAssignees) -> Self {
        self.groups = groups;
        self
    }

    /// Caps the rows of a task sheet (header and footer included), so tests can see the overflow to a
    /// next sheet without a million tasks.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn max_rows_per_sheet(mut self, rows: u32) -> Self {
        self.max_rows = Some(rows);
        self
    }

    /// Lowers the number of task rows above which rows are not sized to their text.
    #[cfg(test)]
    #[must_use]
    pub(crate) fn sized_row_limit(mut self, rows: u64) -> Self {
        self.sized_row_limit = Some(rows);
        self
    }

    /// The exporter.
    pub fn build(self) -> XlsxExporter {
        XlsxExporter {
            source: self.source,
            organisation: self.organisation,
            groups: self.groups,
            max_rows: self
                .max_rows
                .unwrap_or(EXCEL_MAX_ROWS)
                .clamp(3, EXCEL_MAX_ROWS),
            sized_row_limit: self.sized_row_limit.unwrap_or(write::ROW_HEIGHT_LIMIT),
            tempdir: self.tempdir,
            period: self.period,
        }
    }
}

/// Writes the Excel report; implements [`Exporter`] under the name `xlsx`.
#[derive(Debug, Clone)]
pub struct XlsxExporter {
    source: Option<String>,
    organisation: Option<String>,
    groups: GroupAssignees,
    max_rows: u32,
    sized_row_limit: u64,
    tempdir: Option<std::path::PathBuf>,
    period: Option<std::sync::Arc<PeriodChanges>>,
}

impl Default for XlsxExporter {
    fn default() -> Self {
        XlsxExporter::builder().build()
    }
}

impl XlsxExporter {
    /// A builder with default settings: no source or organisation named, group assignees on
    /// their own rows.
    pub fn builder() -> XlsxExporterBuilder {
        XlsxExporterBuilder::default()
    }

    /// How tasks led by a group of agencies are counted.
    pub fn group_assignees(&self) -> GroupAssignees {
        self.groups
    }

    /// Writes the report of `dataset` to `writer`.
    ///
    /// # Errors
    ///
    /// Returns [`ExportError`] of kind [`ExportErrorKind::Io`] when the writer or the temporary
    /// files of constant-memory mode fail (a full disk, say), and [`ExportErrorKind::Format`]
    /// when the spreadsheet library reports any other failure.
    ///
    /// The spreadsheet library panics when a write to a temporary file fails; that panic is
    /// caught here and returned as the [`ExportErrorKind::Io`] error it is (its message still
    /// reaches the panic hook, which an application may quiet with [`is_write_panic`]). Any
    /// other panic goes on unwinding.
    pub fn write<W: Write + Seek + Send>(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        writer: W,
    ) -> Result<ExportSummary, ExportError> {
        let mut writer = latch::Latch::new(writer);
        let outer = WRITING.replace(true);
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            write::report(self, dataset, options, &mut writer)
        }));
        WRITING.set(outer);
        let result = match run {
            Ok(result) => result,
            Err(panic) => match panic_message(panic.as_ref()) {
                Some(message) if is_io_panic(message) => Err(ExportError::new(
                    ExportErrorKind::Io,
                    format!(
                        "cannot write a temporary file of the workbook: {}",
                        os_message(message)
                    ),
                )),
                _ => std::panic::resume_unwind(panic),
            },
        };
        // The first failure of the output is the one to report; what the library did after it
        // (a ZIP writer finishing on drop) was kept from the output and from the terminal.
        match writer.into_error() {
            Some(e) => Err(ExportError::io(e)),
            None => result,
        }
    }
}

impl Exporter for XlsxExporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "xlsx",
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            true,
            "Excel report: overview, tasks by agency, tasks, indicators, projects, directives",
        )
    }

    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        match sink {
            Sink::Seekable(w) => self.write(dataset, options, w),
            _ => Err(ExportError::new(
                ExportErrorKind::NeedsSeek,
                "the xlsx format needs a seekable output such as a file",
            )),
        }
    }
}

thread_local! {
    /// Whether this thread is inside [`XlsxExporter::write`].
    static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic is the spreadsheet library's report of a failed write to one of its
/// temporary files (it unwraps I/O results there), which [`XlsxExporter::write`] catches and
/// returns as an error: a panic of this thread, inside `write`, whose message is a failed write
/// or carries a system I/O error. An application's panic hook can leave such a message
/// unprinted, since the error will say it; every other panic is printed as usual.
pub fn is_write_panic(message: &str) -> bool {
    WRITING.get() && is_io_panic(message)
}

/// Whether a panic message is a failed write or an unwrapped system I/O error.
fn is_io_panic(message: &str) -> bool {
    message.starts_with("Couldn't write to xml file") || message.contains("Os { code: ")
}

/// The system's words in the library's panic message, which shows the I/O error in its debug
/// form (`Os { code: 28, kind: StorageFull, message: "No space left on device" }`), lowercased
/// as chidao's messages are.
fn os_message(panic: &str) -> String {
    let why = panic.split_once(": ").map_or(panic, |(_, why)| why);
    let why = why
        .split_once("message: \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or(why, |(message, _)| message)
        .trim();
    let mut chars = why.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// The text of a panic's payload, when it has one.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| payload.downcast_ref::<&'static str>().copied())
}

/// Writes the report of `dataset` to `writer` with default settings.
///
/// # Errors
///
/// As [`XlsxExporter::write`]: [`ExportErrorKind::Io`] when writing fails,
/// [`ExportErrorKind::Format`] for any other failure of the spreadsheet library.
pub fn to_writer<W: Write + Seek + Send>(
    dataset: &Dataset,
    options: &ExportOptions,
    writer: W,
) -> Result<ExportSummary, ExportError> {
    XlsxExporter::default().write(dataset, options, writer)
}

/// The report of `dataset` as the bytes of an `.xlsx` file, with default settings.
///
/// # Errors
///
/// As [`XlsxExporter::write`]: [`ExportErrorKind::Io`] when the temporary files of
/// constant-memory mode fail, [`ExportErrorKind::Format`] for any other failure of the
/// spreadsheet library.
pub fn to_vec(
    dataset: &Dataset,
    options: &ExportOptions,
) -> Result<(Vec<u8>, ExportSummary), ExportError> {
    let mut cursor = std::io::Cursor::new(Vec::new());
    let summary = to_writer(dataset, options, &mut cursor)?;
    Ok((cursor.into_inner(), summary))
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Reader, Xlsx, open_workbook_from_rs};
    use chidao_model::{Lang, NaiveDate};

    use super::*;

    /// The XML of worksheet `n` (from 1) of a workbook.
    fn sheet_xml(bytes: &[u8], n: usize) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut part = zip.by_name(&format!("xl/worksheets/sheet{n}.xml")).unwrap();
        let mut xml = String::new();
        part.read_to_string(&mut xml).unwrap();
        xml
    }

    fn fixture() -> (Dataset, ExportOptions) {
        let dataset = chidao_json::from_str(include_str!("../tests/fixtures/small.json")).unwrap();
        let options =
            ExportOptions::new(NaiveDate::from_ymd_opt(2024, 2, 15).unwrap()).with_lang(Lang::En);
        (dataset, options)
    }

    #[test]
    fn rows_are_sized_to_their_text_up_to_a_limit() {
        let (dataset, options) = fixture();
        let mut out = Cursor::new(Vec::new());
        XlsxExporter::default()
            .write(&dataset, &options, &mut out)
            .unwrap();
        let tasks = sheet_xml(out.get_ref(), 4);
        // Task t1 names two coordinating agencies, 86 characters in a column 20 wide: four
        // lines at 15 points a line.
        let height: f64 = tasks
            .split(r#"<row r="2" ht=""#)
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .and_then(|h| h.parse().ok())
            .expect("row 2 has a height");
        assert!(height >= 60.0, "{height}");
        // Every row once: heights go before the cells, as constant-memory mode needs.
        for r in 1..=11 {
            assert_eq!(
                tasks.matches(&format!(r#"<row r="{r}">"#)).count()
                    + tasks.matches(&format!(r#"<row r="{r}" "#)).count(),
                1,
                "row {r}"
            );
        }

        // Above the limit, no row is sized; the sheet's default row is two lines high.
        let exporter = XlsxExporter::builder().sized_row_limit(8).build();
        let mut out = Cursor::new(Vec::new());
        exporter.write(&dataset, &options, &mut out).unwrap();
        let tasks = sheet_xml(out.get_ref(), 4);
        assert!(
            tasks.contains(r#"<row r="2" ht="30" customHeight="1">"#),
            "{tasks}"
        );
        assert!(
            tasks.contains(r#"<sheetFormatPr defaultRowHeight="30" customHeight="1""#),
            "{tasks}"
        );
    }

    #[test]
    fn no_sheet_writes_a_row_twice() {
        let (dataset, options) = fixture();
        for exporter in [
            XlsxExporter::default(),
            XlsxExporter::builder().max_rows_per_sheet(4).build(),
        ] {
            let mut out = Cursor::new(Vec::new());
            exporter.write(&dataset, &options, &mut out).unwrap();
            let archive = zip::ZipArchive::new(Cursor::new(out.get_ref())).unwrap();
            let sheets = archive
                .file_names()
                .filter(|n| {
                    n.as_ref()
                        .is_ok_and(|n| n.starts_with("xl/worksheets/sheet"))
                })
                .count();
            assert_eq!(sheets, if exporter.max_rows == 4 { 11 } else { 7 });
            for n in 1..=sheets {
                let xml = sheet_xml(out.get_ref(), n);
                let mut rows: Vec<&str> = xml
                    .split("<row r=\"")
                    .skip(1)
                    .map(|r| r.split('"').next().unwrap())
                    .collect();
                let count = rows.len();
                rows.dedup();
                assert_eq!(rows.len(), count, "sheet {n} repeats a row");
            }
        }
    }

    #[test]
    fn tasks_beyond_a_sheet_continue_on_numbered_sheets() {
        let (dataset, options) = fixture();
        // Five rows a sheet: the header, three tasks and the footer; nine tasks need three.
        let exporter = XlsxExporter::builder().max_rows_per_sheet(5).build();
        let mut out = Cursor::new(Vec::new());
        exporter.write(&dataset, &options, &mut out).unwrap();
        let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(out.into_inner())).unwrap();
        let names = book.sheet_names();
        assert_eq!(
            names[3..6],
            [
                "Tasks".to_owned(),
                "Tasks (2)".to_owned(),
                "Tasks (3)".to_owned()
            ]
        );
        assert_eq!(names[6], "Indicators");
        let mut items = Vec::new();
        for name in &names[3..6] {
            let range = book.worksheet_range(name).unwrap();
            assert_eq!(range.height(), 5, "{name}");
            let header = range.get_value((0, 0)).unwrap().to_string();
            assert_eq!(header, "Directive number", "the header repeats on {name}");
            for r in 1..4 {
                items.push(range.get_value((r, 3)).unwrap().to_string());
            }
        }
        let titles: Vec<String> = dataset
            .tasks()
            .iter()
            .map(|t| t.title.get(Lang::En).to_owned())
            .collect();
        assert_eq!(items, titles, "every task once, in order");
        let mut footer = |name: &str| {
            book.worksheet_range(name)
                .unwrap()
                .get_value((4, 0))
                .unwrap()
                .to_string()
        };
        assert_eq!(footer("Tasks"), "Tasks 1–3 of 9");
        assert_eq!(footer("Tasks (3)"), "Tasks 7–9 of 9");
    }
}

#[cfg(test)]
mod write_panic_tests {
    #[test]
    fn the_system_words_of_a_write_panic_are_kept() {
        let panic = r#"Couldn't write to xml file: Os { code: 28, kind: StorageFull, message: "No space left on device" }"#;
        assert!(super::is_io_panic(panic));
        assert_eq!(super::os_message(panic), "no space left on device");
        let unwrapped = r#"called `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: "No space left on device" }"#;
        assert!(super::is_io_panic(unwrapped));
        assert_eq!(super::os_message(unwrapped), "no space left on device");
        assert_eq!(
            super::os_message("Couldn't write to xml file: Disk gone"),
            "disk gone"
        );
        assert!(!super::is_io_panic("index out of bounds"));
        // Outside a write, no panic is the library's.
        assert!(!super::is_write_panic(panic));
    }
}
