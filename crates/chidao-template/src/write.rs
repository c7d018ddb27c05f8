//! Writing the template: one sheet per record kind and per list inside records, pre-filled
//! from a dataset, with a dropdown, a rule and an input message on every column.

use std::collections::HashMap;
use std::io::{Seek, Write};

use chidao_model::{
    Dataset, ExportError, ExportErrorKind, ExportSummary, Lang, NaiveDate, match_key,
};
use chrono::Datelike;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, DocProperties,
    ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};
use serde_json::Value;

use crate::layout::{Column, Kind, Layout, PARENT, RefKind, Sheet, layout, pick};
use crate::read::column_letters;
use crate::{LISTS_SHEET, bool_label, guide};

/// Rows past the last record that carry the columns' rules, for the clerk's new rows.
pub(crate) const SPARE_ROWS: u32 = 500;
/// The row of field codes, the row of headers, the first row of data (from 0).
pub(crate) const CODE_ROW: u32 = 0;
pub(crate) const HEADER_ROW: u32 = 1;
pub(crate) const FIRST_ROW: u32 = 2;
/// Excel's limit on the text of one cell.
const CELL_LIMIT: usize = 32_767;

pub(crate) fn xlsx_err(err: XlsxError) -> ExportError {
    match err {
        XlsxError::IoError(e) => ExportError::io(e),
        other => ExportError::new(
            ExportErrorKind::Format,
            format!("cannot build the workbook: {other}"),
        )
        .with_source(other),
    }
}

struct Formats {
    code: Format,
    header: Format,
    text: Format,
    date: Format,
}

impl Formats {
    fn new() -> Self {
        Formats {
            code: Format::new()
                .set_font_size(8)
                .set_font_color(Color::Gray)
                .set_align(FormatAlign::Top),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xDDEBF7))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new().set_align(FormatAlign::Top),
            date: Format::new()
                .set_num_format("dd/mm/yyyy")
                .set_align(FormatAlign::Top),
        }
    }
}

/// Every name an agency or group goes by, as the importer matches names (both languages, the
/// abbreviation, the other names), with the records that go by it.
pub(crate) fn name_keys(dataset: &Dataset) -> HashMap<String, Vec<String>> {
    let mut keys: HashMap<String, Vec<String>> = HashMap::new();
    let mut add = |name: &str, id: &str| {
        let entry = keys.entry(match_key(name)).or_default();
        if !entry.iter().any(|i| i == id) {
            entry.push(id.to_owned());
        }
    };
    for a in dataset.agencies() {
        let id = a.id.as_str();
        add(&a.name.vi, id);
        a.name.en.iter().for_each(|n| add(n, id));
        a.abbreviation.iter().for_each(|n| add(n, id));
        a.aliases.iter().for_each(|n| add(n, id));
    }
    for g in dataset.agency_groups() {
        let id = g.id.as_str();
        add(&g.name.vi, id);
        g.name.en.iter().for_each(|n| add(n, id));
    }
    keys
}

/// How agencies are written: by name where the importer would find that record by it alone
/// (no other record goes by the name, and it is no record's id), else by id.
pub(crate) fn agency_names(
    dataset: &Dataset,
    keys: &HashMap<String, Vec<String>>,
    lang: Lang,
) -> HashMap<String, String> {
    let ids: std::collections::HashSet<&str> = dataset
        .agencies()
        .iter()
        .map(|a| a.id.as_str())
        .chain(dataset.agency_groups().iter().map(|g| g.id.as_str()))
        .collect();
    let named = dataset
        .agencies()
        .iter()
        .map(|a| (a.id.as_str(), a.name.get(lang)))
        .chain(
            dataset
                .agency_groups()
                .iter()
                .map(|g| (g.id.as_str(), g.name.get(lang))),
        );
    named
        .map(|(id, name)| {
            let theirs = keys
                .get(&match_key(name))
                .is_some_and(|k| k.len() == 1 && k[0] == id);
            let written =
                if theirs && name.trim() == name && !name.is_empty() && !ids.contains(name) {
                    name.to_owned()
                } else {
                    id.to_owned()
                };
            (id.to_owned(), written)
        })
        .collect()
}

/// The rows of a sheet: for a sheet of records, each record; for a sheet of list elements,
/// each element with its parent's id.
fn rows<'a>(doc: &'a Value, sheet: &Sheet) -> Vec<(Option<&'a str>, &'a Value)> {
    if sheet.collection.is_empty() {
        return vec![(None, doc)];
    }
    let records = doc
        .get(sheet.collection)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    match sheet.list {
        None => records.iter().map(|r| (None, r)).collect(),
        Some(list) => records
            .iter()
            .flat_map(|r| {
                let id = r.get("id").and_then(Value::as_str);
                r.get(list)
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .map(move |e| (id, e))
            })
            .collect(),
    }
}

/// The value at a dot-separated path (empty segments are skipped: `.vi` is the element's own
/// `vi`).
pub(crate) fn get<'a>(value: &'a Value, code: &str) -> Option<&'a Value> {
    code.split('.')
        .filter(|s| !s.is_empty())
        .try_fold(value, |v, key| v.get(key))
}

/// Warns of the rows of a list sheet whose record's id another record has too: they cannot
/// say which of them they are of, and read back as the first's (validation reports the
/// duplicate id at its cell).
fn shared_parents(
    ctx: &mut Ctx,
    count: &HashMap<&str, usize>,
    sheet: &Sheet,
    rows: &[(Option<&str>, &Value)],
) {
    let mut warned = std::collections::HashSet::new();
    for (r, (parent, _)) in rows.iter().enumerate() {
        if let Some(id) = parent
            && count.get(id).is_some_and(|&n| n > 1)
            && warned.insert(*id)
        {
            ctx.warnings.push(format!(
                "sheet '{}', row {}: `{id}` is the id of {} records, and a row here cannot say \
                 which it is of: it reads back as the first's",
                sheet.name(ctx.lang),
                FIRST_ROW as usize + r + 1,
                count[id]
            ));
        }
    }
}

/// How many records of `collection` have each id.
fn id_counts<'a>(doc: &'a Value, collection: &str) -> HashMap<&'a str, usize> {
    let mut count: HashMap<&str, usize> = HashMap::new();
    for id in doc
        .get(collection)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|r| r.get("id").and_then(Value::as_str))
    {
        *count.entry(id).or_default() += 1;
    }
    count
}

/// How many columns a repeated column takes: one more than the longest list, at least two
/// (three for the coordinating agencies of a task).
fn repeat_width(rows: &[(Option<&str>, &Value)], column: &Column) -> usize {
    let longest = rows
        .iter()
        .filter_map(|(_, r)| get(r, column.code).and_then(Value::as_array).map(Vec::len))
        .max()
        .unwrap_or(0);
    let least = if column.code == "coordinating" { 3 } else { 2 };
    (longest + 1).max(least)
}

/// One column of the sheet as written: the layout's column and, for a repeated one, which
/// element (from 0).
pub(crate) struct Placed<'l> {
    pub column: &'l Column,
    pub index: Option<usize>,
}

impl Placed<'_> {
    pub(crate) fn code(&self) -> String {
        match self.index {
            Some(i) => format!("{}.{}", self.column.code, i + 1),
            None => self.column.code.to_owned(),
        }
    }

    fn header(&self, lang: Lang) -> String {
        match self.index {
            Some(i) => format!("{} {}", self.column.header(lang), i + 1),
            None => self.column.header(lang).to_owned(),
        }
    }
}

struct Ctx {
    lang: Lang,
    layout: &'static Layout,
    names: HashMap<String, String>,
    /// The names agencies go by, to tell a reference to no agency that reads back as one.
    keys: HashMap<String, Vec<String>>,
    formats: Formats,
    warnings: Vec<String>,
    /// The columns (and sheets, for `{}`) a value that does not survive a cell was met in:
    /// warned about once each.
    empty: std::collections::HashSet<(String, &'static str)>,
}

/// Writes the template of `dataset` (empty for a blank template).
pub(crate) fn write_template<W: Write + Seek + Send>(
    dataset: &Dataset,
    lang: Lang,
    writer: W,
) -> Result<ExportSummary, ExportError> {
    let json = chidao_json::to_string(dataset).map_err(|e| {
        ExportError::new(ExportErrorKind::InvalidData, e.to_string()).with_source(e)
    })?;
    let doc: Value = serde_json::from_str(&json)
        .map_err(|e| ExportError::new(ExportErrorKind::Format, e.to_string()))?;
    let layout = layout();
    let keys = name_keys(dataset);
    let names = agency_names(dataset, &keys, lang);
    let lists = list_values(dataset, &names, lang, layout);
    let mut ctx = Ctx {
        lang,
        layout,
        names,
        keys,
        formats: Formats::new(),
        warnings: Vec::new(),
        empty: Default::default(),
    };
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(pick(
                lang,
                "Mẫu nhập liệu chidao",
                "chidao data-entry template",
            ))
            .set_author("chidao"),
    );
    guide::instructions(&mut wb, lang, layout).map_err(xlsx_err)?;
    // the ids of each collection with list sheets, counted once for all its lists
    let mut ids: HashMap<&str, HashMap<&str, usize>> = HashMap::new();
    for sheet in &layout.sheets {
        let rows = rows(&doc, sheet);
        if sheet.list.is_some() {
            let count = ids
                .entry(sheet.collection)
                .or_insert_with(|| id_counts(&doc, sheet.collection));
            shared_parents(&mut ctx, count, sheet, &rows);
        }
        let ws = wb.add_worksheet_with_constant_memory().map_err(xlsx_err)?;
        ws.set_name(sheet.name(lang)).map_err(xlsx_err)?;
        write_sheet(&mut ctx, ws, sheet, &rows)?;
    }
    write_lists(&mut wb, &lists, layout)?;
    wb.save_to_writer(writer).map_err(xlsx_err)?;
    let mut summary = ExportSummary::default();
    summary.warnings = ctx.warnings;
    Ok(summary)
}

fn write_sheet(
    ctx: &mut Ctx,
    ws: &mut Worksheet,
    sheet: &Sheet,
    rows: &[(Option<&str>, &Value)],
) -> Result<(), ExportError> {
    let mut placed = Vec::new();
    for column in &sheet.columns {
        if column.repeat {
            for i in 0..repeat_width(rows, column) {
                placed.push(Placed {
                    column,
                    index: Some(i),
                });
            }
        } else {
            placed.push(Placed {
                column,
                index: None,
            });
        }
    }
    // In constant-memory mode rows are written in order: the codes, then the headers.
    for (c, p) in placed.iter().enumerate() {
        let c = c as u16;
        ws.set_column_width(c, width(p.column)).map_err(xlsx_err)?;
        ws.write_string_with_format(CODE_ROW, c, p.code(), &ctx.formats.code)
            .map_err(xlsx_err)?;
    }
    ws.set_row_height(HEADER_ROW, 30).map_err(xlsx_err)?;
    for (c, p) in placed.iter().enumerate() {
        ws.write_string_with_format(
            HEADER_ROW,
            c as u16,
            p.header(ctx.lang),
            &ctx.formats.header,
        )
        .map_err(xlsx_err)?;
    }
    ws.set_freeze_panes(FIRST_ROW, 1).map_err(xlsx_err)?;
    // Printed: landscape, the codes and headers on every page, as wide as the columns are.
    ws.set_landscape();
    ws.set_repeat_rows(CODE_ROW, HEADER_ROW).map_err(xlsx_err)?;
    if placed.len() <= 12 {
        ws.set_print_fit_to_pages(1, 0);
    }
    let last_col = placed.len().saturating_sub(1) as u16;
    let last_row = FIRST_ROW + rows.len() as u32 + SPARE_ROWS - 1;
    ws.autofilter(
        HEADER_ROW,
        0,
        FIRST_ROW + rows.len().max(1) as u32 - 1,
        last_col,
    )
    .map_err(xlsx_err)?;
    for (c, p) in placed.iter().enumerate() {
        let rule = validation(ctx, p.column, &p.header(ctx.lang))?;
        ws.add_data_validation(FIRST_ROW, c as u16, last_row, c as u16, &rule)
            .map_err(xlsx_err)?;
    }
    for (r, (parent, record)) in rows.iter().enumerate() {
        let row = FIRST_ROW + r as u32;
        if let Some(path) = empty_object(record, String::new())
            && ctx.empty.insert((sheet.code(), "{}"))
        {
            ctx.warnings.push(format!(
                "sheet '{}', row {}: `{path}` is an object with nothing in it, which no cell \
                 holds: it reads back as absent",
                sheet.name(ctx.lang),
                row + 1
            ));
        }
        for (c, p) in placed.iter().enumerate() {
            let value = if p.column.code == PARENT {
                parent.map(|s| Value::String(s.to_owned()))
            } else {
                let v = get(record, p.column.code);
                match p.index {
                    Some(i) => v.and_then(Value::as_array).and_then(|a| a.get(i)).cloned(),
                    None => v.cloned(),
                }
            };
            if let Some(value) = value {
                cell(ctx, ws, row, c as u16, p.column, &value, sheet)?;
            }
        }
    }
    Ok(())
}

/// The path of the first empty object inside a record, if there is one.
fn empty_object(value: &Value, path: String) -> Option<String> {
    match value {
        Value::Object(map) if map.is_empty() && !path.is_empty() => Some(path),
        Value::Object(map) => map.iter().find_map(|(k, v)| {
            let path = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            empty_object(v, path)
        }),
        _ => None,
    }
}

fn width(column: &Column) -> f64 {
    match column.kind {
        Kind::Text if column.code.ends_with(".vi") || column.code.ends_with(".en") => 40.0,
        Kind::Text => 28.0,
        Kind::Ref(RefKind::Agency) => 30.0,
        Kind::Ref(_) | Kind::Code | Kind::Json | Kind::Vocab(_) => 20.0,
        Kind::Date => 12.0,
        Kind::Int | Kind::Decimal | Kind::Bool => 11.0,
    }
}

fn cell(
    ctx: &mut Ctx,
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    column: &Column,
    value: &Value,
    sheet: &Sheet,
) -> Result<(), ExportError> {
    if value.as_str() == Some("") {
        // A cell cannot hold an empty text apart from no text: it reads back as absent.
        if ctx.empty.insert((sheet.code(), column.code)) {
            ctx.warnings.push(format!(
                "sheet '{}', column {}: an empty text is written as an empty cell and reads back \
                 as no value (the model's rules refuse empty texts)",
                sheet.name(ctx.lang),
                column.code
            ));
        }
        return Ok(());
    }
    if matches!(column.kind, Kind::Code | Kind::Ref(_))
        && let Some(s) = value.as_str()
        && s.trim() != s
        && ctx.empty.insert((sheet.code(), column.code))
    {
        ctx.warnings.push(format!(
            "sheet '{}', column {}: a code with spaces around it (`{s}`) reads back without them",
            sheet.name(ctx.lang),
            column.code
        ));
    }
    let text = |s: &str| s.to_owned();
    let written = match (column.kind, value) {
        (Kind::Date, Value::String(s)) => {
            let excel = s.parse::<NaiveDate>().ok().and_then(|day| {
                let (y, m, d) = (
                    u16::try_from(day.year()).ok()?,
                    day.month() as u8,
                    day.day() as u8,
                );
                ExcelDateTime::from_ymd(y, m, d).ok()
            });
            match excel {
                Some(d) => {
                    ws.write_datetime_with_format(row, col, d, &ctx.formats.date)
                        .map_err(xlsx_err)?;
                    return Ok(());
                }
                // Outside Excel's calendar (before 1900): the ISO date as text.
                None => text(s),
            }
        }
        (Kind::Int | Kind::Decimal, Value::Number(n)) => match n.as_f64() {
            // A whole number beyond 2^53 is no longer exact in a spreadsheet number: such a
            // value is text. (A decimal is a double in JSON already, and a cell holds it.)
            Some(f)
                if (matches!(column.kind, Kind::Decimal) || f.abs() < 9_007_199_254_740_992.0)
                    && value_round_trips(n, f) =>
            {
                ws.write_number(row, col, f).map_err(xlsx_err)?;
                return Ok(());
            }
            _ => n.to_string(),
        },
        (Kind::Bool, Value::Bool(b)) => bool_label(*b, ctx.lang).to_owned(),
        (Kind::Vocab(v), Value::String(code)) => ctx.layout.vocabs[v]
            .values
            .iter()
            .find(|(c, _, _)| c == code)
            .map_or_else(
                || code.clone(),
                |(_, vi, en)| pick(ctx.lang, vi, en).to_owned(),
            ),
        (Kind::Ref(RefKind::Agency), Value::String(id)) => match ctx.names.get(id) {
            Some(name) => name.clone(),
            None => {
                // A reference to no agency of the dataset (validation reports it) that is the
                // name of one would read back as that one; the name of several, the import
                // refuses as ambiguous.
                match ctx.keys.get(&match_key(id)).map(Vec::as_slice) {
                    Some([_]) => ctx.warnings.push(format!(
                        "sheet '{}', row {}: `{id}` names no agency of the dataset, but one goes \
                         by that name: it reads back as that agency",
                        sheet.name(ctx.lang),
                        row + 1
                    )),
                    Some(many) if !many.is_empty() => ctx.warnings.push(format!(
                        "sheet '{}', row {}: `{id}` names no agency of the dataset, but {} go \
                         by that name ({}): the import refuses it as ambiguous",
                        sheet.name(ctx.lang),
                        row + 1,
                        many.len(),
                        many.join(", ")
                    )),
                    _ => {}
                }
                id.clone()
            }
        },
        (Kind::Json, v) => v.to_string(),
        (_, Value::String(s)) => s.clone(),
        (_, v) => v.to_string(),
    };
    if written.chars().count() > CELL_LIMIT {
        ctx.warnings.push(format!(
            "sheet '{}', row {}: a value of {} characters is longer than a cell holds (32,767); \
             it is cut there and will not import as it was",
            sheet.name(ctx.lang),
            row + 1,
            written.chars().count()
        ));
        let cut: String = written.chars().take(CELL_LIMIT).collect();
        ws.write_string_with_format(row, col, cut, &ctx.formats.text)
            .map_err(xlsx_err)?;
        return Ok(());
    }
    ws.write_string_with_format(row, col, written, &ctx.formats.text)
        .map_err(xlsx_err)?;
    Ok(())
}

/// Whether a JSON number reads back the same from the double a cell holds.
fn value_round_trips(n: &serde_json::Number, f: f64) -> bool {
    if let Some(i) = n.as_i64() {
        return f as i64 == i;
    }
    if let Some(u) = n.as_u64() {
        return f as u64 == u;
    }
    format!("{f}").parse::<f64>().ok() == Some(f)
}

/// The data validation of a column: a dropdown from the lists sheet, a date or number rule,
/// and an input message saying what goes in.
fn validation(ctx: &Ctx, column: &Column, header: &str) -> Result<DataValidation, ExportError> {
    let lang = ctx.lang;
    let (rule, hint): (DataValidation, String) = match column.kind {
        Kind::Ref(kind) => (
            DataValidation::new()
                .allow_list_formula(Formula::new(format!("={}", kind.range_name()))),
            match kind {
                RefKind::Agency => pick(
                    lang,
                    "Chọn trong danh sách, hoặc gõ tên hay mã của cơ quan.",
                    "Pick from the list, or type the agency's name or id.",
                )
                .to_owned(),
                _ => format!(
                    "{} {}.",
                    pick(
                        lang,
                        "Chọn mã trong danh sách:",
                        "Pick the id from the list:"
                    ),
                    kind.noun(lang)
                ),
            },
        ),
        Kind::Vocab(v) => (
            DataValidation::new()
                .allow_list_formula(Formula::new(format!("=vc_{}", ctx.layout.vocabs[v].name))),
            pick(lang, "Chọn trong danh sách.", "Pick from the list.").to_owned(),
        ),
        Kind::Bool => (
            DataValidation::new()
                .allow_list_strings(&[bool_label(true, lang), bool_label(false, lang)])
                .map_err(xlsx_err)?,
            pick(lang, "Có hoặc không.", "Yes or no.").to_owned(),
        ),
        Kind::Date => (
            DataValidation::new().allow_date(DataValidationRule::Between(
                ExcelDateTime::from_ymd(1900, 1, 1).map_err(xlsx_err)?,
                ExcelDateTime::from_ymd(9999, 12, 31).map_err(xlsx_err)?,
            )),
            pick(
                lang,
                "Ngày, dạng dd/mm/yyyy (31/03/2024).",
                "A date, dd/mm/yyyy (31/03/2024).",
            )
            .to_owned(),
        ),
        Kind::Int => (
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(
                -9_007_199_254_740_991.0,
                9_007_199_254_740_991.0,
            )),
            pick(lang, "Một số nguyên.", "A whole number.").to_owned(),
        ),
        Kind::Decimal => (
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e28, 1e28)),
            pick(
                lang,
                "Một số (dấu phẩy hay dấu chấm thập phân).",
                "A number.",
            )
            .to_owned(),
        ),
        Kind::Json => (
            DataValidation::new().allow_any_value(),
            pick(
                lang,
                "Do máy ghi; để trống khi nhập mới hoặc khi sửa cột thời hạn.",
                "Written by chidao; leave empty for a new row or when you change the deadline.",
            )
            .to_owned(),
        ),
        Kind::Text | Kind::Code => (DataValidation::new().allow_any_value(), String::new()),
    };
    let required = if column.required {
        pick(lang, "Bắt buộc. ", "Required. ")
    } else {
        ""
    };
    let message = format!("{required}{hint} [{}]", column.code);
    let title: String = header.chars().take(32).collect();
    let message: String = message.chars().take(255).collect();
    rule.set_error_style(DataValidationErrorStyle::Warning)
        .set_input_title(title)
        .and_then(|r| r.set_input_message(message))
        .map_err(xlsx_err)
}

/// The values of each dropdown: one list per vocabulary (labels), then one per kind of
/// reference (agencies by the name they are written by, others by id).
fn list_values(
    dataset: &Dataset,
    names: &HashMap<String, String>,
    lang: Lang,
    layout: &Layout,
) -> Vec<Vec<String>> {
    let mut lists: Vec<Vec<String>> = layout
        .vocabs
        .iter()
        .map(|v| {
            v.values
                .iter()
                .map(|(_, vi, en)| pick(lang, vi, en).to_owned())
                .collect()
        })
        .collect();
    for kind in RefKind::ALL {
        let ids: Vec<String> = match kind {
            RefKind::Agency => dataset
                .agencies()
                .iter()
                .map(|a| a.id.to_string())
                .chain(dataset.agency_groups().iter().map(|g| g.id.to_string()))
                .map(|id| names.get(&id).cloned().unwrap_or(id))
                .collect(),
            RefKind::Source => dataset.sources().iter().map(|r| r.id.to_string()).collect(),
            RefKind::Official => dataset
                .officials()
                .iter()
                .map(|r| r.id.to_string())
                .collect(),
            RefKind::Meeting => dataset
                .meetings()
                .iter()
                .map(|r| r.id.to_string())
                .collect(),
            RefKind::Directive => dataset
                .directives()
                .iter()
                .map(|r| r.id.to_string())
                .collect(),
            RefKind::Task => dataset.tasks().iter().map(|r| r.id.to_string()).collect(),
            RefKind::Indicator => dataset
                .indicators()
                .iter()
                .map(|r| r.id.to_string())
                .collect(),
            RefKind::Project => dataset
                .projects()
                .iter()
                .map(|r| r.id.to_string())
                .collect(),
        };
        lists.push(ids);
    }
    lists
}

/// The hidden sheet of dropdown values, and a defined name over each list.
fn write_lists(
    wb: &mut Workbook,
    lists: &[Vec<String>],
    layout: &Layout,
) -> Result<(), ExportError> {
    let ws = wb.add_worksheet_with_constant_memory().map_err(xlsx_err)?;
    ws.set_name(LISTS_SHEET).map_err(xlsx_err)?;
    ws.set_hidden(true);
    let names: Vec<String> = layout
        .vocabs
        .iter()
        .map(|v| format!("vc_{}", v.name))
        .chain(RefKind::ALL.iter().map(|k| k.range_name().to_owned()))
        .collect();
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    for (c, name) in names.iter().enumerate() {
        ws.write_string(0, c as u16, name).map_err(xlsx_err)?;
    }
    for r in 0..longest {
        for (c, list) in lists.iter().enumerate() {
            if let Some(v) = list.get(r) {
                ws.write_string(r as u32 + 1, c as u16, v)
                    .map_err(xlsx_err)?;
            }
        }
    }
    for (c, (name, list)) in names.iter().zip(lists).enumerate() {
        let col = column_letters(c);
        let end = list.len().max(1) + 1;
        wb.define_name(name, &format!("='{LISTS_SHEET}'!${col}$2:${col}${end}"))
            .map_err(xlsx_err)?;
    }
    Ok(())
}
