//! Writing the workbook, sheet by sheet and row by row (constant-memory mode).

use std::io::Write;

use chidao_model::{Dataset, ExportError, ExportErrorKind, ExportOptions, ExportSummary, Lang};
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, DocProperties, Format, FormatAlign, Workbook,
    Worksheet, XlsxError,
};

use crate::XlsxExporter;
use crate::labels::{self};
use crate::stats::{self};

mod by_agency;
mod changes;
mod charts;
mod ctx;
mod directives;
mod formats;
mod indicators;
mod overview;
mod projects;
mod tasks;

use ctx::Ctx;
use formats::{Formats, colour};

/// The most task rows given a height that fits their text. The spreadsheet library keeps every
/// sized row's settings in memory (some hundreds of bytes a row, even in constant-memory mode),
/// so above this count the task sheets instead get a default height of two lines for every
/// row: a million tasks stay within constant memory, and a table that large is filtered on
/// screen, not printed.
pub(crate) const ROW_HEIGHT_LIMIT: u64 = 65_536;

fn xlsx_err(err: XlsxError) -> ExportError {
    match err {
        XlsxError::IoError(e) => ExportError::io(e),
        XlsxError::TempFileError(path, e) => ExportError::new(
            ExportErrorKind::Io,
            format!("cannot write a temporary file in {}: {e}", path.display()),
        )
        .with_source(e),
        other => ExportError::new(
            ExportErrorKind::Format,
            format!("cannot build the workbook: {other}"),
        )
        .with_source(other),
    }
}

/// The default row height and column width in pixels, those of the default font (Calibri 11).
const DEFAULT_ROW_PX: u32 = 20;
const DEFAULT_COLUMN_PX: u32 = 64;

/// The format of every cell written without one: text wraps and sits at the top of its
/// cell, as in the report's tables. The task sheets, which hold the bulk of a national
/// dataset, write their text this way and draw their grid with one conditional format (see
/// [`grid_borders`]): a cell format costs the spreadsheet library a lookup per cell.
fn default_format() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

/// Adds a sheet named `name`: in constant-memory mode for the task sheets, which grow with the
/// bulk of the data; in memory for the others, whose rows (agencies, indicators, projects,
/// directives) stay few. (In constant-memory mode the library writes the last row twice when it
/// has a height of its own, so every task sheet ends with a plain footer row.)
fn new_sheet<'w>(
    wb: &'w mut Workbook,
    name: &str,
    constant_memory: bool,
) -> Result<&'w mut Worksheet, ExportError> {
    let ws = if constant_memory {
        wb.add_worksheet_with_constant_memory().map_err(xlsx_err)?
    } else {
        wb.add_worksheet()
    };
    ws.set_name(name).map_err(xlsx_err)?;
    Ok(ws)
}

/// A table sheet built apart from the workbook (on another thread) and added to it later.
fn standalone_sheet(name: &str) -> Result<Worksheet, ExportError> {
    let mut ws = Worksheet::new();
    ws.set_default_format(&default_format(), DEFAULT_ROW_PX, DEFAULT_COLUMN_PX)
        .map_err(xlsx_err)?;
    ws.set_name(name).map_err(xlsx_err)?;
    Ok(ws)
}

/// A table sheet built apart from the workbook: print setup with the header row repeated,
/// column widths, the header row frozen with the first `frozen_cols` columns, and the headers.
fn table_sheet(
    ctx: &mut Ctx<'_>,
    name: &str,
    widths: &[f64],
    frozen_cols: u16,
    headers: &[labels::L],
) -> Result<Worksheet, ExportError> {
    let mut ws = standalone_sheet(name)?;
    ctx.page_setup(&mut ws, name, Some(0))?;
    ctx.columns(&mut ws, widths)?;
    ws.set_freeze_panes(1, frozen_cols).map_err(xlsx_err)?;
    let headers: Vec<&str> = headers.iter().map(|l| ctx.l(*l)).collect();
    ctx.headers(&mut ws, 0, &headers)?;
    Ok(ws)
}

fn widths(ws: &mut Worksheet, widths: &[f64]) -> Result<(), ExportError> {
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w).map_err(xlsx_err)?;
    }
    Ok(())
}

/// Writes the report.
pub(crate) fn report<W: Write + std::io::Seek + Send>(
    exporter: &XlsxExporter,
    dataset: &Dataset,
    options: &ExportOptions,
    writer: W,
) -> Result<ExportSummary, ExportError> {
    let lang = options.lang;
    let stats = stats::gather(
        dataset,
        options,
        exporter.groups,
        exporter.period.as_deref(),
    );
    let formats = Formats::new(lang);
    let dataset_title = dataset
        .title()
        .map(|t| t.get(lang).to_owned())
        .unwrap_or_else(|| labels::UNTITLED_DATASET.get(lang).to_owned());
    let as_of = match lang {
        Lang::Vi => options.as_of.format("%d/%m/%Y").to_string(),
        Lang::En => options.as_of.format("%Y-%m-%d").to_string(),
    };
    let title = format!(
        "{} — {} {}",
        dataset_title,
        labels::AS_OF.get(lang).to_lowercase(),
        as_of
    );
    let mut ctx = Ctx::new(dataset, &formats, options, title);

    let mut wb = Workbook::new();
    if let Some(dir) = &exporter.tempdir {
        wb.set_tempdir(dir).map_err(xlsx_err)?;
    }
    wb.set_default_format(&default_format(), DEFAULT_ROW_PX, DEFAULT_COLUMN_PX)
        .map_err(xlsx_err)?;
    let created = options
        .created
        .unwrap_or_else(|| options.as_of.and_hms_opt(0, 0, 0).unwrap_or_default());
    wb.set_properties(
        &DocProperties::new()
            .set_title(labels::REPORT_TITLE.get(lang))
            .set_subject(dataset_title.as_str())
            .set_author("chidao")
            .set_creation_datetime(&created),
    );

    overview::overview(&mut ctx, &mut wb, exporter, &stats, &dataset_title)?;
    by_agency::by_agency(&mut ctx, &mut wb, exporter, &stats)?;
    if let Some(period) = &exporter.period {
        changes::changes(&mut ctx, &mut wb, exporter, period)?;
    }
    charts::charts(&mut ctx, &mut wb, &stats)?;
    // The sheets after the task sheets are built on a second thread while the task rows,
    // the bulk of the report, are written; they join the workbook in their place after.
    let mut side = ctx.fork();
    let (tasks_done, rest) = std::thread::scope(|scope| {
        let rest = scope.spawn(|| -> Result<_, ExportError> {
            let sheets = [
                indicators::indicators(&mut side)?,
                projects::projects(&mut side, &stats)?,
                directives::directives(&mut side, &stats)?,
            ];
            Ok(sheets)
        });
        let tasks_done = tasks::tasks(&mut ctx, &mut wb, exporter, &stats);
        let rest = rest
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (tasks_done, rest)
    });
    tasks_done?;
    for sheet in rest? {
        wb.push_worksheet(sheet);
    }
    ctx.warnings.append(&mut side.warnings);

    wb.save_to_writer(writer).map_err(xlsx_err)?;
    let mut summary = ExportSummary::default();
    summary.warnings = ctx.warnings;
    Ok(summary)
}

fn overdue_highlight(ws: &mut Worksheet, last_row: u32, col: u16) -> Result<(), ExportError> {
    ws.add_conditional_format(
        1,
        col,
        last_row,
        col,
        &ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::GreaterThan(0))
            .set_format(
                Format::new()
                    .set_bold()
                    .set_font_color(colour::RED_TEXT)
                    .set_background_color(colour::RED),
            ),
    )
    .map_err(xlsx_err)?;
    Ok(())
}

/// A step between axis labels that keeps counts whole: about five steps up to `max`.
fn count_unit(max: u64) -> f64 {
    (max.div_ceil(5)).max(1) as f64
}
