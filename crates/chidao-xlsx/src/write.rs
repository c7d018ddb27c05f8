//! Writing the workbook, sheet by sheet and row by row (constant-memory mode).

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Write;

use chidao_model::{
    Dataset, Decimal, ExportError, ExportErrorKind, ExportOptions, ExportSummary, Indicator,
    IndicatorYear, Lang, NaiveDate, Polarity, Target, TaskStatus, Vocabulary,
};
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFormat, ChartLegendPosition, ChartPoint, ChartSolidFill, ChartType,
    ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatFormula, DocProperties,
    Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::labels::{self, L};
use crate::stats::{self, Counts, Stats};
use crate::text::{MAX_CELL_CHARS, escape_header, fit_cell, numbered_sheet_name, shorten};
use crate::{GroupAssignees, XlsxExporter};

/// How many task rows pass between two progress reports.
const PROGRESS_STEP: u64 = 4096;

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

/// The colour of the thin lines between table cells.
const GRID: u32 = 0xBFBFBF;

/// The colours of the report.
mod colour {
    pub const HEADER: u32 = 0x1F4E78;
    pub const HEADER_TEXT: u32 = 0xFFFFFF;
    pub const TOTAL: u32 = 0xD9E1F2;
    pub const GREEN: u32 = 0xC6EFCE;
    pub const GREEN_TEXT: u32 = 0x006100;
    pub const DARK_GREEN: u32 = 0x63BE7B;
    pub const AMBER: u32 = 0xFFEB9C;
    pub const AMBER_TEXT: u32 = 0x9C5700;
    pub const ORANGE: u32 = 0xF8CBAD;
    pub const RED: u32 = 0xFFC7CE;
    pub const RED_TEXT: u32 = 0x9C0006;
    pub const DARK_RED: u32 = 0xC00000;
    pub const BLUE: u32 = 0xDDEBF7;
    pub const GREY: u32 = 0xEDEDED;
    pub const GREY_TEXT: u32 = 0x595959;
}

/// The fill and font colours of a status.
fn status_colours(status: TaskStatus) -> (u32, u32) {
    match status {
        TaskStatus::CompletedOnTime => (colour::GREEN, colour::GREEN_TEXT),
        TaskStatus::CompletedLate => (colour::ORANGE, 0x833C0B),
        TaskStatus::InProgress => (colour::BLUE, 0x1F4E78),
        TaskStatus::DueSoon => (colour::AMBER, colour::AMBER_TEXT),
        TaskStatus::Overdue => (colour::RED, colour::RED_TEXT),
        _ => (colour::GREY, colour::GREY_TEXT),
    }
}

fn assessment_colours(index: usize) -> (u32, u32) {
    match index {
        0 => (colour::DARK_GREEN, 0x000000),
        1 => (colour::GREEN, colour::GREEN_TEXT),
        2 => (colour::RED, colour::RED_TEXT),
        _ => (colour::GREY, colour::GREY_TEXT),
    }
}

/// Every cell format of the report.
struct Formats {
    title: Format,
    subtitle: Format,
    label: Format,
    header: Format,
    text: Format,
    text_plain: Format,
    date: Format,
    date_plain: Format,
    int: Format,
    /// Whole numbers without a thousands separator (years).
    whole: Format,
    int_plain: Format,
    pct: Format,
    pct_plain: Format,
    money: Format,
    note: Format,
    total_text: Format,
    total_int: Format,
    total_pct: Format,
    status: Vec<Format>,
    assessment: Vec<Format>,
    /// Number formats by decimal places (0 to 4).
    number: Vec<Format>,
}

impl Formats {
    fn new(lang: Lang) -> Self {
        let date_pattern = match lang {
            Lang::Vi => "dd/mm/yyyy",
            Lang::En => "yyyy-mm-dd",
        };
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_border_color(GRID)
            .set_align(FormatAlign::Top);
        let total = cell
            .clone()
            .set_bold()
            .set_background_color(colour::TOTAL)
            .set_border_top(FormatBorder::Double);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(15)
                .set_font_color(colour::HEADER),
            subtitle: Format::new()
                .set_bold()
                .set_font_size(12)
                .set_font_color(colour::HEADER),
            label: Format::new().set_bold(),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_font_color(colour::HEADER_TEXT)
                .set_background_color(colour::HEADER)
                .set_border(FormatBorder::Thin)
                .set_border_color(GRID)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            text: cell.clone().set_text_wrap(),
            text_plain: Format::new().set_align(FormatAlign::Left),
            date: cell
                .clone()
                .set_num_format(date_pattern)
                .set_align(FormatAlign::Center),
            date_plain: Format::new()
                .set_num_format(date_pattern)
                .set_align(FormatAlign::Left),
            int: cell.clone().set_num_format("#,##0"),
            whole: cell.clone().set_num_format("0"),
            int_plain: Format::new()
                .set_num_format("#,##0")
                .set_align(FormatAlign::Left),
            pct: cell.clone().set_num_format("0.0%"),
            pct_plain: Format::new()
                .set_num_format("0.0%")
                .set_align(FormatAlign::Left),
            money: cell.clone().set_num_format("#,##0.00"),
            note: Format::new()
                .set_italic()
                .set_text_wrap()
                .set_font_color(colour::GREY_TEXT)
                .set_align(FormatAlign::Top),
            total_text: total.clone(),
            total_int: total.clone().set_num_format("#,##0"),
            total_pct: total.set_num_format("0.0%"),
            status: TaskStatus::ALL
                .iter()
                .map(|s| {
                    let (fill, font) = status_colours(*s);
                    cell.clone()
                        .set_text_wrap()
                        .set_background_color(fill)
                        .set_font_color(font)
                })
                .collect(),
            assessment: (0..4)
                .map(|i| {
                    let (fill, font) = assessment_colours(i);
                    cell.clone()
                        .set_text_wrap()
                        .set_background_color(fill)
                        .set_font_color(font)
                        .set_bold()
                })
                .collect(),
            number: ["#,##0", "#,##0.0", "#,##0.00", "#,##0.000", "#,##0.0000"]
                .iter()
                .map(|p| cell.clone().set_num_format(*p))
                .collect(),
        }
    }

    fn status(&self, s: TaskStatus) -> &Format {
        &self.status[stats::status_index(s)]
    }

    fn number_for(&self, d: Decimal) -> &Format {
        let scale = d.normalize().scale().min(4) as usize;
        &self.number[scale]
    }
}

/// The state of one export: language, formats and the warnings gathered so far.
struct Ctx<'a> {
    dataset: &'a Dataset,
    /// The cell formats, made once for the whole report.
    f: &'a Formats,
    options: &'a ExportOptions,
    lang: Lang,
    warnings: Vec<String>,
    title: String,
    /// The widths of the current table sheet's columns, for estimating row heights.
    cols: Vec<f64>,
    /// The most lines a wrapped cell of the current row needs.
    row_lines: usize,
    /// Whether rows get heights that fit their text (see [`ROW_HEIGHT_LIMIT`]).
    sized_rows: bool,
    /// The cells of the current table row, written by [`Ctx::end_row`].
    pending: Vec<(u16, Value, Option<&'a Format>)>,
}

/// A record named in a warning, as "task T-1": formatted only when there is a warning.
struct Record<'r>(&'static str, &'r str);

impl std::fmt::Display for Record<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

/// A cell's value.
enum Value {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Blank,
}

/// Writes one cell. Without a format a cell takes the workbook's default (see
/// [`default_format`]), and a blank cell without a format is not written at all.
fn write_value(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    value: Value,
    format: Option<&Format>,
) -> Result<(), ExportError> {
    match (value, format) {
        // Always a string cell: text from the data never becomes a formula.
        (Value::Text(t), Some(f)) => ws.write_string_with_format(row, col, t, f),
        (Value::Text(t), None) => ws.write_string(row, col, t),
        (Value::Number(n), Some(f)) => ws.write_number_with_format(row, col, n, f),
        (Value::Number(n), None) => ws.write_number(row, col, n),
        (Value::Date(d), Some(f)) => match ws.write_date_with_format(row, col, d, f) {
            Ok(ws) => Ok(ws),
            // Outside Excel's calendar (before 1900): the ISO date as text.
            Err(_) => ws.write_string_with_format(row, col, d.to_string(), f),
        },
        // A date needs a number format to show as a date: without one, the ISO date as text.
        (Value::Date(d), None) => ws.write_string(row, col, d.to_string()),
        (Value::Blank, Some(f)) => ws.write_blank(row, col, f),
        (Value::Blank, None) => return Ok(()),
    }
    .map_err(xlsx_err)?;
    Ok(())
}

/// The format of every cell written without one: text wraps and sits at the top of its
/// cell, as in the report's tables. The task sheets, which hold the bulk of a national
/// dataset, write their text this way and draw their grid with one conditional format (see
/// [`grid_borders`]): a cell format costs the spreadsheet library a lookup per cell.
fn default_format() -> Format {
    Format::new().set_text_wrap().set_align(FormatAlign::Top)
}

/// The thin grey grid of a table's body, `first_row..=last_row` × `0..=last_col`, drawn by
/// one conditional format that always applies instead of a border on every cell. It looks
/// the same as the cell borders of the other sheets.
fn grid_borders(
    ws: &mut Worksheet,
    first_row: u32,
    last_row: u32,
    last_col: u16,
) -> Result<(), ExportError> {
    if last_row < first_row {
        return Ok(());
    }
    ws.add_conditional_format(
        first_row,
        0,
        last_row,
        last_col,
        &ConditionalFormatFormula::new().set_rule("TRUE").set_format(
            Format::new()
                .set_border(FormatBorder::Thin)
                .set_border_color(GRID),
        ),
    )
    .map_err(xlsx_err)?;
    Ok(())
}

fn decimal_f64(d: Decimal) -> f64 {
    // Through the shortest decimal text: 2.09 becomes the double nearest to 2.09.
    d.normalize().to_string().parse().unwrap_or(0.0)
}

impl<'a> Ctx<'a> {
    /// A context with no warnings yet, before any table sheet.
    fn new(
        dataset: &'a Dataset,
        f: &'a Formats,
        options: &'a ExportOptions,
        title: String,
    ) -> Self {
        Ctx {
            dataset,
            f,
            options,
            lang: options.lang,
            warnings: Vec::new(),
            title,
            cols: Vec::new(),
            row_lines: 1,
            sized_rows: true,
            pending: Vec::new(),
        }
    }

    /// A context for building other sheets at the same time, with warnings of its own.
    fn fork(&self) -> Self {
        Ctx::new(self.dataset, self.f, self.options, self.title.clone())
    }

    fn l(&self, l: L) -> &'static str {
        l.get(self.lang)
    }

    /// Writes user text as text (never a formula), cut to the cell limit with a warning.
    #[allow(clippy::too_many_arguments)]
    fn text<'v>(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: impl Into<Cow<'v, str>>,
        format: impl Into<Option<&'a Format>>,
        record: &(impl std::fmt::Display + ?Sized),
        field: &str,
    ) -> Result<(), ExportError> {
        let marker = labels::CUT_MARKER.get(self.lang);
        let value = value.into();
        let (fitted, cut) = fit_cell(&value, marker, MAX_CELL_CHARS);
        // Text that fits is passed on as it is (an owned string is not copied).
        let value = match fitted {
            Cow::Borrowed(_) => value.into_owned(),
            Cow::Owned(cut_text) => cut_text,
        };
        if let Some(len) = cut {
            let cell = rust_xlsxwriter::utility::row_col_to_cell(row, col);
            self.warnings.push(format!(
                "sheet {}, cell {cell}: {record}, field {field}: text of {len} characters cut to the cell limit of {MAX_CELL_CHARS}",
                ws.name()
            ));
        }
        self.put(ws, row, col, Value::Text(value), format)
    }

    /// Writes a fixed label.
    fn label(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: &str,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Text(value.to_owned()), format)
    }

    fn int(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: u64,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Number(value as f64), format)
    }

    fn num(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: f64,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Number(value), format)
    }

    /// Writes a date as an Excel date (blank when `None`).
    fn date(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: Option<NaiveDate>,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        let value = value.map_or(Value::Blank, Value::Date);
        self.put(ws, row, col, value, format)
    }

    fn blank(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Blank, format)
    }

    /// Writes a cell, or on a table sheet holds it until [`Ctx::end_row`] knows the row's
    /// height: in constant-memory mode a row's height must be set before its cells.
    fn put(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: Value,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        let format = format.into();
        if self.cols.is_empty() || !self.sized_rows {
            return write_value(ws, row, col, value, format);
        }
        if let (Value::Text(t), Some(width)) = (&value, self.cols.get(usize::from(col))) {
            self.row_lines = self.row_lines.max(wrapped_lines(t, width * 1.1));
        }
        self.pending.push((col, value, format));
        Ok(())
    }

    /// A header row at `row`.
    fn headers(&self, ws: &mut Worksheet, row: u32, headers: &[&str]) -> Result<(), ExportError> {
        let lines = headers
            .iter()
            .enumerate()
            .map(|(c, h)| wrapped_lines(h, self.cols.get(c).copied().unwrap_or(12.0) * 1.05))
            .max()
            .unwrap_or(1);
        ws.set_row_height(row, row_height(lines))
            .map_err(xlsx_err)?;
        for (c, h) in headers.iter().enumerate() {
            ws.write_string_with_format(row, c as u16, *h, &self.f.header)
                .map_err(xlsx_err)?;
        }
        Ok(())
    }

    /// Sets the column widths of a table sheet and remembers them for row heights.
    fn columns(&mut self, ws: &mut Worksheet, widths: &[f64]) -> Result<(), ExportError> {
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w).map_err(xlsx_err)?;
        }
        debug_assert!(self.pending.is_empty(), "a row was left unwritten");
        self.cols = widths.to_vec();
        self.row_lines = 1;
        self.sized_rows = true;
        Ok(())
    }

    /// Ends a table row: gives it the height its wrapped text needs. Spreadsheet programs do
    /// not reliably size rows of wrapped text themselves when they open a file.
    fn end_row(&mut self, ws: &mut Worksheet, row: u32) -> Result<(), ExportError> {
        if self.row_lines > 1 && self.sized_rows {
            ws.set_row_height(row, row_height(self.row_lines))
                .map_err(xlsx_err)?;
        }
        self.row_lines = 1;
        for (col, value, format) in self.pending.drain(..) {
            write_value(ws, row, col, value, format)?;
        }
        Ok(())
    }

    /// Print setup: A4 landscape, one page wide, header rows repeated, title and page numbers.
    fn page_setup(
        &self,
        ws: &mut Worksheet,
        sheet_name: &str,
        repeat_until: Option<u32>,
    ) -> Result<(), ExportError> {
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_margins(0.4, 0.4, 0.6, 0.6, 0.3, 0.3);
        let title = escape_header(&self.title);
        let title = shorten(&title, 150);
        ws.set_header(format!(
            "&L&8{}&R&8{}",
            title,
            escape_header(&shorten(sheet_name, 60))
        ));
        ws.set_footer(format!("&C&8{}", self.l(labels::PAGE)));
        if let Some(last) = repeat_until {
            ws.set_repeat_rows(0, last).map_err(xlsx_err)?;
        }
        Ok(())
    }
}

/// The lines `text` takes when wrapped in a column `capacity` characters wide, wrapping at
/// spaces as spreadsheet programs do.
fn wrapped_lines(text: &str, capacity: f64) -> usize {
    let capacity = capacity.max(1.0) as usize;
    let mut lines = 0;
    for paragraph in text.split('\n') {
        let mut line = 0usize;
        lines += 1;
        for word in paragraph.split(' ') {
            let w = word.chars().count();
            if line == 0 {
                line = w;
            } else if line + 1 + w <= capacity {
                line += 1 + w;
            } else {
                lines += 1;
                line = w;
            }
            while line > capacity {
                lines += 1;
                line -= capacity;
            }
        }
    }
    lines.max(1)
}

/// The height in points of a row of `lines` lines of 11-point text (Excel's limit is 409).
fn row_height(lines: usize) -> f64 {
    (lines.min(27) as f64 * 15.0 + 3.0).max(20.0)
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
    let stats = stats::gather(dataset, options, exporter.groups);
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

    overview(&mut ctx, &mut wb, exporter, &stats, &dataset_title)?;
    by_agency(&mut ctx, &mut wb, exporter, &stats)?;
    // The sheets after the task sheets are built on a second thread while the task rows,
    // the bulk of the report, are written; they join the workbook in their place after.
    let mut side = ctx.fork();
    let (tasks_done, rest) = std::thread::scope(|scope| {
        let rest = scope.spawn(|| -> Result<_, ExportError> {
            let sheets = [
                indicators(&mut side)?,
                projects(&mut side, &stats)?,
                directives(&mut side, &stats)?,
            ];
            Ok(sheets)
        });
        let tasks_done = tasks(&mut ctx, &mut wb, exporter, &stats);
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

fn overview(
    ctx: &mut Ctx<'_>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
    dataset_title: &str,
) -> Result<(), ExportError> {
    let name = ctx.l(labels::SHEET_OVERVIEW);
    let ws = new_sheet(wb, name, false)?;
    ctx.page_setup(ws, name, None)?;
    widths(ws, &[44.0, 14.0, 12.0, 12.0, 12.0, 14.0, 3.0])?;
    ctx.cols.clear();
    // The overview is one portrait page.
    ws.set_portrait();
    ws.set_print_fit_to_pages(1, 1);
    let lang = ctx.lang;
    let f = ctx.f;

    let mut row = 0;
    ctx.label(ws, row, 0, ctx.l(labels::REPORT_TITLE), &f.title)?;
    row += 1;
    ctx.text(ws, row, 0, dataset_title, &f.subtitle, "dataset", "title")?;
    row += 2;
    ctx.label(ws, row, 0, ctx.l(labels::AS_OF), &f.label)?;
    ctx.date(ws, row, 1, Some(ctx.options.as_of), &f.date_plain)?;
    row += 1;
    ctx.label(ws, row, 0, ctx.l(labels::DATA_SOURCE), &f.label)?;
    if let Some(source) = &exporter.source {
        ctx.text(
            ws,
            row,
            1,
            source,
            &f.text_plain,
            "report settings",
            "source",
        )?;
    }
    row += 1;
    if let Some(org) = &exporter.organisation {
        ctx.label(ws, row, 0, ctx.l(labels::PREPARED_BY), &f.label)?;
        ctx.text(
            ws,
            row,
            1,
            org,
            &f.text_plain,
            "report settings",
            "organisation",
        )?;
        row += 1;
    }
    row += 1;

    // Headline figures.
    let ds = ctx.dataset;
    ctx.label(ws, row, 0, ctx.l(labels::HEADLINE), &f.subtitle)?;
    row += 1;
    let total = &stats.total;
    let lead_agencies = stats
        .agencies
        .iter()
        .filter(|a| a.has_lead && a.counts.assigned() > 0)
        .count() as u64;
    let headline: [(L, u64); 9] = [
        (labels::N_DIRECTIVES, ds.directives().len() as u64),
        (labels::N_TASKS, total.assigned()),
        (labels::N_COMPLETED, total.completed()),
        (labels::N_OPEN, total.open()),
        (labels::N_OVERDUE, total.get(TaskStatus::Overdue)),
        (labels::N_AGENCIES, lead_agencies),
        (labels::N_INDICATORS, ds.indicators().len() as u64),
        (labels::N_PROJECTS, ds.projects().len() as u64),
        (labels::N_MEETINGS, ds.meetings().len() as u64),
    ];
    for (i, (l, n)) in headline.iter().enumerate() {
        ctx.label(ws, row, 0, ctx.l(*l), &f.text_plain)?;
        ctx.int(ws, row, 1, *n, &f.int_plain)?;
        row += 1;
        if i == 4 {
            ctx.label(ws, row, 0, ctx.l(labels::COMPLETION_RATE), &f.text_plain)?;
            match total.completion_rate() {
                Some(r) => ctx.num(ws, row, 1, r, &f.pct_plain)?,
                None => ctx.blank(ws, row, 1, &f.pct_plain)?,
            }
            row += 1;
        }
    }
    row += 1;

    // Status breakdown, with a chart beside it.
    ctx.label(ws, row, 0, ctx.l(labels::STATUS_BREAKDOWN), &f.subtitle)?;
    row += 1;
    ctx.headers(
        ws,
        row,
        &[
            ctx.l(labels::STATUS),
            ctx.l(labels::COUNT),
            ctx.l(labels::SHARE),
        ],
    )?;
    row += 1;
    let first = row;
    let assigned = total.assigned();
    for s in TaskStatus::ALL {
        ctx.label(ws, row, 0, s.label(lang), f.status(*s))?;
        ctx.int(ws, row, 1, total.get(*s), &f.int)?;
        if assigned > 0 {
            ctx.num(ws, row, 2, total.get(*s) as f64 / assigned as f64, &f.pct)?;
        } else {
            ctx.blank(ws, row, 2, &f.pct)?;
        }
        row += 1;
    }
    let last = row - 1;
    ctx.label(ws, row, 0, ctx.l(labels::TOTAL), &f.total_text)?;
    ctx.int(ws, row, 1, assigned, &f.total_int)?;
    if assigned > 0 {
        ctx.num(ws, row, 2, 1.0, &f.total_pct)?;
    } else {
        ctx.blank(ws, row, 2, &f.total_pct)?;
    }
    row += 1;

    let mut chart = Chart::new(ChartType::Bar);
    let points: Vec<ChartPoint> = TaskStatus::ALL
        .iter()
        .map(|s| {
            let (fill, _) = status_colours(*s);
            let fill = if *s == TaskStatus::Overdue {
                colour::DARK_RED
            } else {
                darker(fill)
            };
            ChartPoint::new().set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(fill)),
            )
        })
        .collect();
    chart
        .add_series()
        .set_categories((name, first, 0, last, 0))
        .set_values((name, first, 1, last, 1))
        .set_name(ctx.l(labels::COUNT))
        .set_points(&points)
        .set_data_label(ChartDataLabel::new().show_value())
        .set_gap(60);
    chart.title().set_name(ctx.l(labels::CHART_STATUS));
    // In a bar chart the categories run up the y axis: reversed, they read top down.
    chart.y_axis().set_reverse();
    chart
        .x_axis()
        .set_min(0)
        .set_major_unit(count_unit(assigned))
        .set_num_format("#,##0");
    chart.legend().set_hidden();
    chart.set_width(560).set_height(300);
    ws.insert_chart_with_offset(row + 1, 0, &chart, 0, 0)
        .map_err(xlsx_err)?;
    // Leave room for the chart (300 px is 15 rows of 20 px).
    row += 17;

    // Indicators met and missed, per year.
    ctx.label(ws, row, 0, ctx.l(labels::INDICATOR_OUTCOMES), &f.subtitle)?;
    row += 1;
    let mut headers = vec![ctx.l(labels::YEAR)];
    for a in [
        chidao_model::Assessment::Exceeded,
        chidao_model::Assessment::Met,
        chidao_model::Assessment::Missed,
        chidao_model::Assessment::NotAssessable,
    ] {
        headers.push(a.label(lang));
    }
    headers.push(ctx.l(labels::TOTAL));
    ctx.headers(ws, row, &headers)?;
    let header_row = row;
    row += 1;
    let first = row;
    for (year, n) in &stats.assessments {
        ctx.label(ws, row, 0, &year.to_string(), &f.text)?;
        for (i, v) in n.iter().enumerate() {
            ctx.int(ws, row, 1 + i as u16, *v, &f.int)?;
        }
        ctx.int(ws, row, 5, n.iter().sum(), &f.total_int)?;
        row += 1;
    }
    if !stats.assessments.is_empty() {
        let last = row - 1;
        let mut chart = Chart::new(ChartType::ColumnStacked);
        for i in 0..4u16 {
            let (fill, _) = assessment_colours(i as usize);
            chart
                .add_series()
                .set_categories((name, first, 0, last, 0))
                .set_values((name, first, 1 + i, last, 1 + i))
                .set_name((name, header_row, 1 + i))
                .set_format(
                    ChartFormat::new()
                        .set_solid_fill(ChartSolidFill::new().set_color(darker(fill))),
                )
                .set_gap(80);
        }
        chart.title().set_name(ctx.l(labels::CHART_INDICATORS));
        chart.legend().set_position(ChartLegendPosition::Bottom);
        chart.set_width(560).set_height(300);
        ws.insert_chart_with_offset(row + 1, 0, &chart, 0, 0)
            .map_err(xlsx_err)?;
    }
    Ok(())
}

/// A step between axis labels that keeps counts whole: about five steps up to `max`.
fn count_unit(max: u64) -> f64 {
    (max.div_ceil(5)).max(1) as f64
}

/// A slightly darker shade, so chart fills read on paper.
fn darker(rgb: u32) -> u32 {
    let c = |shift: u32| (((rgb >> shift) & 0xFF) * 4 / 5) << shift;
    c(16) | c(8) | c(0)
}

fn by_agency<'a>(
    ctx: &mut Ctx<'a>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
) -> Result<(), ExportError> {
    let lang = ctx.lang;
    let name = ctx.l(labels::SHEET_AGENCIES);
    let ws = new_sheet(wb, name, false)?;
    ctx.page_setup(ws, name, Some(0))?;
    let name_width = stats
        .agencies
        .iter()
        .map(|a| a.name.chars().count())
        .max()
        .unwrap_or(20)
        .clamp(24, 48) as f64;
    ctx.columns(
        ws,
        &[
            5.0, name_width, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0,
        ],
    )?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    let columns = [
        TaskStatus::CompletedOnTime,
        TaskStatus::CompletedLate,
        TaskStatus::InProgress,
        TaskStatus::DueSoon,
        TaskStatus::Overdue,
        TaskStatus::NoDeadline,
    ];
    let mut headers = vec![
        ctx.l(labels::NO),
        ctx.l(labels::AGENCY),
        ctx.l(labels::ASSIGNED),
    ];
    headers.extend(columns.iter().map(|s| s.label(lang)));
    headers.push(ctx.l(labels::HALTED));
    headers.push(ctx.l(labels::COMPLETION_RATE));
    ctx.headers(ws, 0, &headers)?;
    let f = ctx.f;

    let write_counts = |ctx: &mut Ctx<'a>,
                        ws: &mut Worksheet,
                        row: u32,
                        c: &Counts,
                        int: &'a Format,
                        pct: &'a Format|
     -> Result<(), ExportError> {
        ctx.int(ws, row, 2, c.assigned(), int)?;
        for (i, s) in columns.iter().enumerate() {
            ctx.int(ws, row, 3 + i as u16, c.get(*s), int)?;
        }
        ctx.int(ws, row, 9, c.halted(), int)?;
        match c.completion_rate() {
            Some(r) => ctx.num(ws, row, 10, r, pct),
            None => ctx.blank(ws, row, 10, pct),
        }
    };

    let mut row = 1;
    for (i, a) in stats.agencies.iter().enumerate() {
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        let record = format!("agency row {}", i + 1);
        ctx.text(ws, row, 1, &a.name, &f.text, &record, "name")?;
        write_counts(ctx, ws, row, &a.counts, &f.int, &f.pct)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    let n = stats.agencies.len() as u32;
    ctx.blank(ws, row, 0, &f.total_text)?;
    ctx.label(ws, row, 1, ctx.l(labels::TOTAL), &f.total_text)?;
    write_counts(ctx, ws, row, &stats.total, &f.total_int, &f.total_pct)?;
    ctx.end_row(ws, row)?;
    let total_row = row;
    row += 2;
    let note = match exporter.groups {
        GroupAssignees::OwnRow => labels::NOTE_OWN_ROW,
        GroupAssignees::Expand => labels::NOTE_EXPAND,
    };
    ctx.label(ws, row, 1, ctx.l(note), &f.note)?;
    ctx.end_row(ws, row)?;
    row += 1;

    if n > 0 {
        ws.autofilter(0, 0, n, 10).map_err(xlsx_err)?;
        // Overdue work stands out: the overdue count in red, and the agency's row tinted.
        let overdue_col = 7;
        ws.add_conditional_format(
            1,
            overdue_col,
            total_row,
            overdue_col,
            &ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::GreaterThan(0))
                .set_format(
                    Format::new()
                        .set_bold()
                        .set_font_color(colour::HEADER_TEXT)
                        .set_background_color(colour::DARK_RED),
                ),
        )
        .map_err(xlsx_err)?;
        ws.add_conditional_format(
            1,
            0,
            n,
            2,
            &ConditionalFormatFormula::new()
                .set_rule("=$H2>0")
                .set_format(
                    Format::new()
                        .set_font_color(colour::RED_TEXT)
                        .set_background_color(colour::RED),
                ),
        )
        .map_err(xlsx_err)?;
    }

    let overdue_rows = stats
        .agencies
        .iter()
        .take(10)
        .take_while(|a| a.counts.get(TaskStatus::Overdue) > 0)
        .count() as u32;
    if overdue_rows > 0 {
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_categories((name, 1, 1, overdue_rows, 1))
            .set_values((name, 1, 7, overdue_rows, 7))
            .set_name((name, 0, 7))
            .set_format(
                ChartFormat::new()
                    .set_solid_fill(ChartSolidFill::new().set_color(colour::DARK_RED)),
            )
            .set_data_label(ChartDataLabel::new().show_value())
            .set_gap(60);
        chart.title().set_name(ctx.l(labels::CHART_OVERDUE));
        chart.y_axis().set_reverse();
        let most = stats.agencies[0].counts.get(TaskStatus::Overdue);
        chart
            .x_axis()
            .set_min(0)
            .set_major_unit(count_unit(most))
            .set_num_format("#,##0");
        chart.legend().set_hidden();
        chart.set_width(720).set_height(120 + 28 * overdue_rows);
        // The chart starts a printed page of its own rather than being cut by a page break.
        ws.set_page_breaks(&[row + 1]).map_err(xlsx_err)?;
        ws.insert_chart_with_offset(row + 1, 1, &chart, 0, 0)
            .map_err(xlsx_err)?;
    }
    Ok(())
}

/// The latest progress note of a task, with its date.
fn tasks(
    ctx: &mut Ctx<'_>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
) -> Result<(), ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let base = ctx.l(labels::SHEET_TASKS);
    let headers = [
        ctx.l(labels::DIRECTIVE_NUMBER),
        ctx.l(labels::DIRECTIVE_DATE),
        ctx.l(labels::ITEM),
        ctx.l(labels::TASK),
        ctx.l(labels::LEAD),
        ctx.l(labels::COORDINATING),
        ctx.l(labels::DEADLINE_AS_WRITTEN),
        ctx.l(labels::DUE_DATE),
        ctx.l(labels::STATUS),
        ctx.l(labels::DAYS_OVERDUE),
        ctx.l(labels::COMPLETED_ON),
        ctx.l(labels::PROGRESS_DATE),
        ctx.l(labels::PROGRESS_NOTE),
    ];
    let number_width = ds
        .directives()
        .iter()
        .filter_map(|d| d.number.as_ref().map(|n| n.to_string().chars().count()))
        .max()
        .unwrap_or(10)
        .clamp(12, 22) as f64;
    let item_width = ds
        .tasks()
        .iter()
        .map(|t| t.item.chars().count())
        .max()
        .unwrap_or(1)
        .clamp(5, 12) as f64
        + 1.0;
    let col_widths = [
        number_width,
        11.0,
        item_width,
        46.0,
        26.0,
        26.0,
        20.0,
        11.0,
        16.0,
        9.0,
        11.0,
        11.0,
        44.0,
    ];
    let f = ctx.f;
    let total = ds.tasks().len() as u64;
    ctx.options.progress.start(base, total);

    // Each task sheet has a header row and a footer row around its tasks.
    let rows_per_sheet = exporter.max_rows - 2;
    let mut sheet_no = 0;
    let mut sheet_index: Option<usize> = None;
    let mut row = 0u32;
    let mut pending = 0u64;
    // Names are cached per assignee: a million tasks share a few hundred agencies.
    let mut names: HashMap<&str, String> = HashMap::new();

    let start_sheet = |wb: &mut Workbook,
                       ctx: &mut Ctx<'_>,
                       n: usize,
                       count: u32|
     -> Result<usize, ExportError> {
        let name = numbered_sheet_name(base, n);
        let ws = new_sheet(wb, &name, true)?;
        ctx.page_setup(ws, &name, Some(0))?;
        ctx.columns(ws, &col_widths)?;
        if total > exporter.sized_row_limit {
            ctx.sized_rows = false;
            ws.set_default_row_height(row_height(2));
        }
        ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        ws.autofilter(0, 0, count.max(1), 12).map_err(xlsx_err)?;
        grid_borders(ws, 1, count, 12)?;
        ctx.headers(ws, 0, &headers)?;
        Ok(wb.worksheets().len() - 1)
    };

    // The number and date of the directive of the task before (tasks come by directive).
    let mut last_directive: (&str, Option<String>, Option<NaiveDate>) = ("", None, None);
    let mut written = 0u64;
    let remaining =
        |written: u64| -> u32 { (total - written).min(u64::from(rows_per_sheet)) as u32 };
    // "Tasks 1–9 of 9" under the table: where a sheet's tasks sit among all of them.
    let footer_format = Format::new().set_italic().set_font_color(colour::GREY_TEXT);
    let footer = |wb: &mut Workbook,
                  index: usize,
                  row: u32,
                  first: u64,
                  last: u64|
     -> Result<(), ExportError> {
        let text = labels::tasks_range(lang, first, last, total);
        wb.worksheet_from_index(index)
            .and_then(|ws| ws.write_string_with_format(row, 0, text, &footer_format))
            .map_err(xlsx_err)?;
        Ok(())
    };
    if total == 0 {
        let index = start_sheet(wb, ctx, 1, 0)?;
        footer(wb, index, 1, 0, 0)?;
    }
    for (i, task) in ds.tasks().iter().enumerate() {
        if sheet_index.is_none() || row > rows_per_sheet {
            if let Some(index) = sheet_index {
                footer(wb, index, row, written - u64::from(row - 1) + 1, written)?;
            }
            sheet_no += 1;
            sheet_index = Some(start_sheet(wb, ctx, sheet_no, remaining(written))?);
            row = 1;
        }
        let sheet = wb
            .worksheet_from_index(sheet_index.unwrap_or_default())
            .map_err(xlsx_err)?;
        let status = stats.statuses[i];
        let record = Record("task", task.id.as_str());
        // Text takes the default format and blank cells are left out: the grid is one
        // conditional format (see `grid_borders`).
        if task.directive.as_str() != last_directive.0 {
            let d = ds.directive(task.directive.as_str());
            last_directive = (
                task.directive.as_str(),
                d.and_then(|d| d.number.as_ref()).map(|n| n.to_string()),
                d.and_then(|d| d.date),
            );
        }
        if let Some(n) = &last_directive.1 {
            ctx.text(sheet, row, 0, n, None, &record, "directive number")?;
        }
        if let Some(d) = last_directive.2 {
            ctx.date(sheet, row, 1, Some(d), &f.date)?;
        }
        ctx.text(sheet, row, 2, &task.item, None, &record, "item")?;
        ctx.text(sheet, row, 3, task.title.get(lang), None, &record, "title")?;
        if let Some(l) = &task.lead {
            let name = cached_name(&mut names, ds, l.as_str(), lang);
            ctx.text(sheet, row, 4, name, None, &record, "lead")?;
        }
        let mut coordinating = String::new();
        for c in &task.coordinating {
            if !coordinating.is_empty() {
                coordinating.push_str("; ");
            }
            coordinating.push_str(cached_name(&mut names, ds, c.as_str(), lang));
        }
        ctx.text(sheet, row, 5, coordinating, None, &record, "coordinating")?;
        let as_written = task.deadline.as_written.as_deref().unwrap_or("");
        ctx.text(sheet, row, 6, as_written, None, &record, "deadline")?;
        if let Some(d) = task.deadline.due_date() {
            ctx.date(sheet, row, 7, Some(d), &f.date)?;
        }
        ctx.label(sheet, row, 8, status.label(lang), f.status(status))?;
        if let Some(d) = ctx
            .options
            .status_policy
            .days_overdue(task, ctx.options.as_of)
        {
            ctx.num(sheet, row, 9, d as f64, &f.int)?;
        }
        if let Some(c) = task.completed_on.filter(|c| *c <= ctx.options.as_of) {
            ctx.date(sheet, row, 10, Some(c), &f.date)?;
        }
        // The latest report known on the as-of day.
        let latest = task
            .progress
            .iter()
            .filter(|p| p.date <= ctx.options.as_of)
            .max_by_key(|p| p.date);
        if let Some(p) = latest {
            ctx.date(sheet, row, 11, Some(p.date), &f.date)?;
            ctx.text(
                sheet,
                row,
                12,
                p.note.get(lang),
                None,
                &record,
                "progress note",
            )?;
        }
        ctx.end_row(sheet, row)?;
        row += 1;
        written += 1;
        pending += 1;
        if pending == PROGRESS_STEP {
            ctx.options.progress.advance(pending);
            pending = 0;
        }
    }
    if let Some(index) = sheet_index {
        footer(wb, index, row, written - u64::from(row - 1) + 1, written)?;
    }
    if pending > 0 {
        ctx.options.progress.advance(pending);
    }
    ctx.options.progress.finish();
    Ok(())
}

/// The name of an assignee as the report shows it, made once per assignee.
fn cached_name<'m, 'd>(
    names: &'m mut HashMap<&'d str, String>,
    ds: &'d Dataset,
    id: &'d str,
    lang: Lang,
) -> &'m str {
    names
        .entry(id)
        .or_insert_with(|| stats::assignee_name(ds, id, lang))
}

/// The target as text: as the plan writes it, else built from its value.
fn target_text(year: &IndicatorYear, lang: Lang) -> String {
    if let Some(t) = &year.target_as_written {
        return t.clone();
    }
    let n = |d: &Decimal| {
        let s = d.normalize().to_string();
        match lang {
            Lang::Vi => s.replace('.', ","),
            Lang::En => s,
        }
    };
    match &year.target {
        Some(Target::Exact { value }) => n(value),
        Some(Target::Range { min, max }) => format!("{}–{}", n(min), n(max)),
        Some(Target::AtLeast { value }) => format!("≥ {}", n(value)),
        Some(Target::AtMost { value }) => format!("≤ {}", n(value)),
        Some(Target::About { value }) => format!("~ {}", n(value)),
        Some(Target::Qualitative { text }) => text.get(lang).to_owned(),
        _ => String::new(),
    }
}

/// The value the result is compared with (as in `IndicatorYear::percent_of_target`).
fn target_reference(year: &IndicatorYear, polarity: Polarity) -> Option<Decimal> {
    let (lo, hi) = year.target.as_ref()?.bounds()?;
    match polarity {
        Polarity::LowerIsBetter => hi.or(lo),
        _ => lo.or(hi),
    }
}

fn indicators(ctx: &mut Ctx<'_>) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_INDICATORS);
    let mut sheet = standalone_sheet(name)?;
    let ws = &mut sheet;
    ctx.page_setup(ws, name, Some(0))?;
    ctx.columns(
        ws,
        &[
            12.0, 40.0, 12.0, 7.0, 14.0, 12.0, 13.0, 13.0, 11.0, 14.0, 40.0,
        ],
    )?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    ctx.headers(
        ws,
        0,
        &[
            ctx.l(labels::GROUP),
            ctx.l(labels::INDICATOR),
            ctx.l(labels::UNIT),
            ctx.l(labels::YEAR),
            ctx.l(labels::TARGET),
            ctx.l(labels::TARGET_VALUE),
            ctx.l(labels::FIGURE_KIND),
            ctx.l(labels::RESULT),
            ctx.l(labels::PERCENT_OF_TARGET),
            ctx.l(labels::ASSESSMENT),
            ctx.l(labels::NOTE),
        ],
    )?;
    let f = ctx.f;
    // Newest year first; within a year, the indicators measured against a numeric target
    // first (they make the chart's contiguous range), then in dataset order.
    let mut rows: Vec<(&Indicator, &IndicatorYear)> = ds
        .indicators()
        .iter()
        .flat_map(|i| i.years.iter().map(move |y| (i, y)))
        .collect();
    let measured =
        |(i, y): &(&Indicator, &IndicatorYear)| y.percent_of_target(i.polarity).is_some();
    rows.sort_by(|a, b| b.1.year.cmp(&a.1.year).then(measured(b).cmp(&measured(a))));
    let chart_year = rows
        .iter()
        .find(|(i, y)| y.percent_of_target(i.polarity).is_some())
        .map(|(_, y)| y.year);
    let mut chart_rows: Option<(u32, u32)> = None;

    let mut row = 1u32;
    for (ind, y) in &rows {
        let record = format!("indicator {} year {}", ind.id, y.year);
        ctx.label(ws, row, 0, ind.group.label(lang), &f.text)?;
        ctx.text(ws, row, 1, ind.name.get(lang), &f.text, &record, "name")?;
        match ind.unit {
            Some(u) => ctx.label(ws, row, 2, u.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 2, &f.text)?,
        }
        ctx.num(ws, row, 3, f64::from(y.year), &f.whole)?;
        let target = target_text(y, lang);
        ctx.text(ws, row, 4, &target, &f.text, &record, "target")?;
        match target_reference(y, ind.polarity) {
            Some(v) => ctx.num(ws, row, 5, decimal_f64(v), f.number_for(v))?,
            None => ctx.blank(ws, row, 5, &f.text)?,
        }
        match &y.figure {
            Some(fig) => {
                ctx.label(ws, row, 6, fig.kind.label(lang), &f.text)?;
                ctx.num(ws, row, 7, decimal_f64(fig.value), f.number_for(fig.value))?;
            }
            None => {
                ctx.blank(ws, row, 6, &f.text)?;
                match &y.qualitative_result {
                    Some(t) => ctx.text(ws, row, 7, t.get(lang), &f.text, &record, "result")?,
                    None => ctx.blank(ws, row, 7, &f.text)?,
                }
            }
        }
        match y.percent_of_target(ind.polarity) {
            Some(p) => ctx.num(ws, row, 8, decimal_f64(p) / 100.0, &f.pct)?,
            None => ctx.blank(ws, row, 8, &f.pct)?,
        }
        let a = y.assessment(ind.polarity);
        ctx.label(
            ws,
            row,
            9,
            a.label(lang),
            &f.assessment[stats::assessment_index(a)],
        )?;
        match &y.note {
            Some(n) => ctx.text(ws, row, 10, n.get(lang), &f.text, &record, "note")?,
            None => ctx.blank(ws, row, 10, &f.text)?,
        }
        if Some(y.year) == chart_year && y.percent_of_target(ind.polarity).is_some() {
            chart_rows = Some(chart_rows.map_or((row, row), |(a, _)| (a, row)));
        }
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 10).map_err(xlsx_err)?;
    }
    if let (Some(year), Some((first, last))) = (chart_year, chart_rows) {
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_categories((name, first, 1, last, 1))
            .set_values((name, first, 8, last, 8))
            .set_name((name, 0, 8))
            .set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(0x2E75B6)),
            )
            .set_data_label(ChartDataLabel::new().show_value().set_num_format("0%"))
            .set_gap(50);
        chart.title().set_name(&format!(
            "{} {year} (100% = {})",
            ctx.l(labels::CHART_TARGET_VS_RESULT),
            ctx.l(labels::TARGET).to_lowercase()
        ));
        chart.y_axis().set_reverse();
        chart.x_axis().set_num_format("0%").set_min(0);
        chart.legend().set_hidden();
        chart
            .set_width(760)
            .set_height(140 + 26 * (last - first + 1));
        ws.set_page_breaks(&[row + 1]).map_err(xlsx_err)?;
        ws.insert_chart_with_offset(row + 1, 1, &chart, 0, 0)
            .map_err(xlsx_err)?;
    }
    Ok(sheet)
}

fn projects(ctx: &mut Ctx<'_>, stats: &Stats) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_PROJECTS);
    let mut sheet = standalone_sheet(name)?;
    let ws = &mut sheet;
    ctx.page_setup(ws, name, Some(0))?;
    ctx.columns(
        ws,
        &[
            5.0, 40.0, 14.0, 14.0, 26.0, 20.0, 14.0, 11.0, 15.0, 10.0, 10.0, 10.0, 10.0,
        ],
    )?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    ctx.headers(
        ws,
        0,
        &[
            ctx.l(labels::NO),
            ctx.l(labels::PROJECT),
            ctx.l(labels::SECTOR),
            ctx.l(labels::INVESTMENT_FORM),
            ctx.l(labels::OWNER),
            ctx.l(labels::LOCATIONS),
            ctx.l(labels::TOTAL_INVESTMENT),
            ctx.l(labels::PERIOD),
            ctx.l(labels::PHASE),
            ctx.l(labels::N_DIRECTIVES),
            ctx.l(labels::TASKS),
            ctx.l(labels::OPEN_TASKS),
            ctx.l(labels::OVERDUE_TASKS),
        ],
    )?;
    let f = ctx.f;
    let empty = Counts::default();
    let mut row = 1u32;
    for (i, p) in ds.projects().iter().enumerate() {
        let record = Record("project", p.id.as_str());
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        ctx.text(ws, row, 1, p.name.get(lang), &f.text, &record, "name")?;
        ctx.label(ws, row, 2, p.sector.label(lang), &f.text)?;
        match p.investment_form {
            Some(x) => ctx.label(ws, row, 3, x.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 3, &f.text)?,
        }
        let owner = p
            .owner
            .as_ref()
            .map(|o| stats::assignee_name(ds, o.as_str(), lang))
            .into_iter()
            .chain(p.investor.clone())
            .collect::<Vec<_>>()
            .join("; ");
        ctx.text(ws, row, 4, &owner, &f.text, &record, "owner")?;
        ctx.text(
            ws,
            row,
            5,
            p.locations.join("; "),
            &f.text,
            &record,
            "locations",
        )?;
        match p.total_investment_vnd {
            Some(v) => ctx.num(ws, row, 6, v as f64 / 1e9, &f.money)?,
            None => ctx.blank(ws, row, 6, &f.money)?,
        }
        match p.period {
            Some(s) if s.start == s.end => ctx.label(ws, row, 7, &s.start.to_string(), &f.text)?,
            Some(s) => ctx.label(ws, row, 7, &format!("{}–{}", s.start, s.end), &f.text)?,
            None => ctx.blank(ws, row, 7, &f.text)?,
        }
        match p.phase {
            Some(x) => ctx.label(ws, row, 8, x.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 8, &f.text)?,
        }
        let c = stats.by_project.get(p.id.as_str()).unwrap_or(&empty);
        let directives = stats
            .directives_by_project
            .get(p.id.as_str())
            .copied()
            .unwrap_or(0);
        ctx.int(ws, row, 9, directives, &f.int)?;
        ctx.int(ws, row, 10, c.assigned(), &f.int)?;
        ctx.int(ws, row, 11, c.open(), &f.int)?;
        ctx.int(ws, row, 12, c.get(TaskStatus::Overdue), &f.int)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 12).map_err(xlsx_err)?;
        overdue_highlight(ws, row - 1, 12)?;
    }
    Ok(sheet)
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

fn directives(ctx: &mut Ctx<'_>, stats: &Stats) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_DIRECTIVES);
    let mut sheet = standalone_sheet(name)?;
    let ws = &mut sheet;
    ctx.page_setup(ws, name, Some(0))?;
    ctx.columns(
        ws,
        &[5.0, 18.0, 11.0, 13.0, 26.0, 52.0, 10.0, 11.0, 11.0, 10.0],
    )?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    ctx.headers(
        ws,
        0,
        &[
            ctx.l(labels::NO),
            ctx.l(labels::DIRECTIVE_NUMBER),
            ctx.l(labels::DIRECTIVE_DATE),
            ctx.l(labels::DOCUMENT_TYPE),
            ctx.l(labels::ISSUER),
            ctx.l(labels::SUBJECT),
            ctx.l(labels::TASKS),
            ctx.l(labels::COMPLETED_TASKS),
            ctx.l(labels::OPEN_TASKS),
            ctx.l(labels::OVERDUE_TASKS),
        ],
    )?;
    let f = ctx.f;
    let empty = Counts::default();
    let mut row = 1u32;
    for (i, d) in ds.directives().iter().enumerate() {
        let record = Record("directive", d.id.as_str());
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        match &d.number {
            Some(n) => ctx.text(ws, row, 1, n.to_string(), &f.text, &record, "number")?,
            None => ctx.blank(ws, row, 1, &f.text)?,
        }
        ctx.date(ws, row, 2, d.date, &f.date)?;
        ctx.label(ws, row, 3, d.document_type.label(lang), &f.text)?;
        let issuer = stats::assignee_name(ds, d.issuer.as_str(), lang);
        ctx.text(ws, row, 4, &issuer, &f.text, &record, "issuer")?;
        ctx.text(ws, row, 5, d.subject.get(lang), &f.text, &record, "subject")?;
        let c = stats.by_directive.get(d.id.as_str()).unwrap_or(&empty);
        ctx.int(ws, row, 6, c.assigned(), &f.int)?;
        ctx.int(ws, row, 7, c.completed(), &f.int)?;
        ctx.int(ws, row, 8, c.open(), &f.int)?;
        ctx.int(ws, row, 9, c.get(TaskStatus::Overdue), &f.int)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 9).map_err(xlsx_err)?;
        overdue_highlight(ws, row - 1, 9)?;
    }
    Ok(sheet)
}
