//! The state of one export and the cell writers every sheet shares.

use std::borrow::Cow;

use chidao_model::{
    Dataset, Decimal, ExportError, ExportOptions, Inference, Lang, NaiveDate, YearMonth,
};
use rust_xlsxwriter::{ConditionalFormatFormula, Format, FormatBorder, Note, Worksheet};

use crate::labels::{self, L};
use crate::text::{MAX_CELL_CHARS, escape_header, fit_cell, shorten};

use super::formats::{Formats, GRID};
use super::xlsx_err;

/// The longest note text: Excel's cell limit less the room the library keeps for an author.
const MAX_NOTE_CHARS: usize = MAX_CELL_CHARS - 54;

/// The state of one export: language, formats and the warnings gathered so far.
pub(super) struct Ctx<'a> {
    pub(super) dataset: &'a Dataset,
    /// The cell formats, made once for the whole report.
    pub(super) f: &'a Formats,
    pub(super) options: &'a ExportOptions,
    pub(super) lang: Lang,
    pub(super) warnings: Vec<String>,
    pub(super) title: String,
    /// The widths of the current table sheet's columns, for estimating row heights.
    pub(super) cols: Vec<f64>,
    /// The most lines a wrapped cell of the current row needs.
    pub(super) row_lines: usize,
    /// Whether rows get heights that fit their text (see [`ROW_HEIGHT_LIMIT`]).
    pub(super) sized_rows: bool,
    /// How many values of the current table sheet are marked as inferred.
    pub(super) inferred_on_sheet: usize,
    /// The cells of the current table row, written by [`Ctx::end_row`].
    pub(super) pending: Vec<(u16, Value, Option<&'a Format>)>,
}

/// A record named in a warning, as "task T-1": formatted only when there is a warning.
pub(super) struct Record<'r>(pub(super) &'static str, pub(super) &'r str);

impl std::fmt::Display for Record<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

/// A cell's value.
pub(super) enum Value {
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Blank,
}

/// Writes one cell. Without a format a cell takes the workbook's default (see
/// [`default_format`]), and a blank cell without a format is not written at all.
pub(super) fn write_value(
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

/// The thin grey grid of a table's body, `first_row..=last_row` × `0..=last_col`, drawn by
/// one conditional format that always applies instead of a border on every cell. It looks
/// the same as the cell borders of the other sheets.
pub(super) fn grid_borders(
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

/// A day as the report writes it in text (a note): `31/03/2024` in Vietnamese, `2024-03-31` in
/// English, as the date cells show it.
pub(super) fn day_text(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.to_string(),
    }
}

/// A month of issue as the report writes it: `01/2024` in Vietnamese, `2024-01` in English.
pub(super) fn month_text(m: YearMonth, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("{:02}/{:04}", m.month(), m.year()),
        Lang::En => m.to_string(),
    }
}

pub(super) fn decimal_f64(d: Decimal) -> f64 {
    // Through the shortest decimal text: 2.09 becomes the double nearest to 2.09.
    d.normalize().to_string().parse().unwrap_or(0.0)
}

impl<'a> Ctx<'a> {
    /// A context with no warnings yet, before any table sheet.
    pub(super) fn new(
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
            inferred_on_sheet: 0,
            pending: Vec::new(),
        }
    }

    /// A context for building other sheets at the same time, with warnings of its own.
    pub(super) fn fork(&self) -> Self {
        Ctx::new(self.dataset, self.f, self.options, self.title.clone())
    }

    pub(super) fn l(&self, l: L) -> &'static str {
        l.get(self.lang)
    }

    /// Writes user text as text (never a formula), cut to the cell limit with a warning.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn text<'v>(
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
    pub(super) fn label(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: &str,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Text(value.to_owned()), format)
    }

    pub(super) fn int(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        value: u64,
        format: impl Into<Option<&'a Format>>,
    ) -> Result<(), ExportError> {
        self.put(ws, row, col, Value::Number(value as f64), format)
    }

    pub(super) fn num(
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
    pub(super) fn date(
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

    pub(super) fn blank(
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
    pub(super) fn put(
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
    pub(super) fn headers(
        &self,
        ws: &mut Worksheet,
        row: u32,
        headers: &[&str],
    ) -> Result<(), ExportError> {
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
    pub(super) fn columns(
        &mut self,
        ws: &mut Worksheet,
        widths: &[f64],
    ) -> Result<(), ExportError> {
        for (c, w) in widths.iter().enumerate() {
            ws.set_column_width(c as u16, *w).map_err(xlsx_err)?;
        }
        debug_assert!(self.pending.is_empty(), "a row was left unwritten");
        self.cols = widths.to_vec();
        self.inferred_on_sheet = 0;
        self.row_lines = 1;
        self.sized_rows = true;
        Ok(())
    }

    /// Ends a table row: gives it the height its wrapped text needs. Spreadsheet programs do
    /// not reliably size rows of wrapped text themselves when they open a file.
    pub(super) fn end_row(&mut self, ws: &mut Worksheet, row: u32) -> Result<(), ExportError> {
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

    /// Marks the value of `field` at `row`, `col` when the record's `inferred` list says its
    /// sources do not state it: a note on the cell with what the source does say. Returns the
    /// mark to write after the value as text (` *`), or nothing.
    pub(super) fn mark_inferred(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        inferred: &[Inference],
        field: &str,
    ) -> Result<&'static str, ExportError> {
        let Some(inference) = chidao_model::inferred(inferred, field) else {
            return Ok("");
        };
        let text = format!(
            "{}: {}",
            self.l(labels::INFERRED_NOTE),
            inference.note.get(self.lang)
        );
        self.note(ws, row, col, &text)?;
        self.inferred_on_sheet += 1;
        Ok(labels::INFERRED_MARK)
    }

    /// A note on a cell, cut to the limit of a note.
    pub(super) fn note(
        &self,
        ws: &mut Worksheet,
        row: u32,
        col: u16,
        text: &str,
    ) -> Result<(), ExportError> {
        let marker = labels::CUT_MARKER.get(self.lang);
        let (text, _) = fit_cell(text, marker, MAX_NOTE_CHARS);
        let note = Note::new(text)
            .add_author_prefix(false)
            .set_width(360)
            .set_height(120);
        ws.insert_note(row, col, &note).map_err(xlsx_err)?;
        Ok(())
    }

    /// Under a table with values marked as inferred: what the mark means.
    pub(super) fn inferred_legend(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
    ) -> Result<(), ExportError> {
        if self.inferred_on_sheet > 0 {
            // One line that runs on over the empty cells to its right, as the task sheets'
            // footer does: not wrapped in the first column.
            ws.write_string_with_format(row, 0, self.l(labels::INFERRED_LEGEND), &self.f.footer)
                .map_err(xlsx_err)?;
        }
        Ok(())
    }

    /// Print setup: A4 landscape, one page wide, header rows repeated, title and page numbers.
    pub(super) fn page_setup(
        &self,
        ws: &mut Worksheet,
        sheet_name: &str,
        repeat_until: Option<u32>,
    ) -> Result<(), ExportError> {
        ws.set_paper_size(9);
        ws.set_landscape();
        ws.set_print_fit_to_pages(1, 0);
        ws.set_margins(0.3, 0.3, 0.6, 0.6, 0.3, 0.3);
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
pub(super) fn wrapped_lines(text: &str, capacity: f64) -> usize {
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

/// The height in points of a row of `lines` lines of 11-point text: 15 points a line, as
/// Excel sizes Calibri 11 (its limit is 409).
pub(super) fn row_height(lines: usize) -> f64 {
    (lines.min(27) as f64 * 15.0).max(20.0)
}
