//! Reading a filled template back: find each sheet and its columns by their field codes,
//! read every row, resolve agencies written by name, complete deadlines written as phrases,
//! and hand the document to the JSON reader, every problem placed at its cell.

mod cells;
mod columns;
mod deadline;
mod locate;
mod refs;

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx, XlsxError};
use chidao_model::{ImportError, ImportProblem, Imported, Lang, Place, match_key};
use serde_json::{Map, Value};

use crate::layout::{Column, Kind, Layout, PARENT, RefKind, Sheet, layout, pick};
pub(crate) use locate::{Locator, column_letters};

/// A column of a sheet as found in the workbook.
struct Found<'l> {
    col: u32,
    column: &'l Column,
    /// For a repeated column, which element (from 0).
    index: Option<usize>,
    header: String,
}

/// One sheet of the layout as found in the workbook.
struct SheetData<'l> {
    sheet: &'l Sheet,
    name: String,
    range: Range<Data>,
    columns: Vec<Found<'l>>,
    /// The first row of data (from 0).
    first: u32,
}

/// The problems of an import, in order, and the language they are told in.
pub(crate) struct Problems {
    pub lang: Lang,
    pub list: Vec<ImportProblem>,
}

impl Problems {
    fn at(&mut self, place: Place, rule: &'static str, message: String, value: Option<String>) {
        let mut p = ImportProblem::error(place, rule, message);
        p.value = value;
        self.list.push(p);
    }
    fn warn(&mut self, place: Place, rule: &'static str, message: String) {
        self.list.push(ImportProblem::warning(place, rule, message));
    }
    fn errors(&self) -> usize {
        self.list
            .iter()
            .filter(|p| p.severity == chidao_model::Severity::Error)
            .count()
    }
    pub(crate) fn say(&self, vi: String, en: String) -> String {
        match self.lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

pub(crate) fn cell_place(sheet: &str, row: u32, col: u32, header: Option<&str>) -> Place {
    Place::Cell {
        sheet: sheet.to_owned(),
        cell: format!("{}{}", column_letters(col as usize), row + 1),
        header: header.map(str::to_owned),
    }
}

fn open_error(e: XlsxError, lang: Lang) -> ImportError {
    let message = match e {
        XlsxError::Password => pick(
            lang,
            "sổ tính có mật khẩu: lưu lại không đặt mật khẩu rồi nhập",
            "the workbook is password-protected: save it without a password and import again",
        )
        .to_owned(),
        XlsxError::Zip(z) => match lang {
            Lang::Vi => format!("không phải tệp Excel (.xlsx) đọc được: {z}"),
            Lang::En => format!("not a readable Excel workbook (.xlsx): {z}"),
        },
        other => match lang {
            Lang::Vi => format!("không đọc được sổ tính: {other}"),
            Lang::En => format!("cannot read the workbook: {other}"),
        },
    };
    ImportError::one(Place::Document, "not-a-workbook", message)
}

/// Reads a filled template.
pub(crate) fn read_template(bytes: &[u8], lang: Lang) -> Result<Imported, ImportError> {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        // An OLE compound file: what Excel writes for a password-protected workbook (and .xls).
        return Err(ImportError::one(
            Place::Document,
            "not-a-workbook",
            pick(
                lang,
                "tệp được mã hóa bằng mật khẩu hoặc là định dạng .xls cũ: lưu lại dạng .xlsx, không đặt mật khẩu",
                "the file is password-protected or an old .xls workbook: save it as .xlsx without a password",
            ),
        ));
    }
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(ImportError::one(
            Place::Document,
            "not-a-workbook",
            pick(
                lang,
                "không phải sổ tính Excel (.xlsx): tệp không phải một kho nén zip (tệp CSV hay văn bản đặt tên .xlsx?)",
                "not an Excel workbook (.xlsx): the file is not a zip archive (a CSV or text file named .xlsx?)",
            ),
        ));
    }
    let mut xlsx = Xlsx::new(Cursor::new(bytes)).map_err(|e| open_error(e, lang))?;
    let layout = layout();
    let mut problems = Problems {
        lang,
        list: Vec::new(),
    };
    let names = xlsx.sheet_names();
    let mut sheets = Vec::new();
    for sheet in &layout.sheets {
        let Some(name) = names.iter().find(|n| {
            let key = match_key(n);
            key == match_key(sheet.vi) || key == match_key(sheet.en)
        }) else {
            let message = problems.say(
                format!(
                    "thiếu trang \"{}\" (hoặc \"{}\"): đừng xóa hay đổi tên các trang của mẫu; các trang có: {}",
                    sheet.vi, sheet.en, names.join(", ")
                ),
                format!(
                    "sheet \"{}\" (or \"{}\") is missing: do not delete or rename the template's sheets; the workbook has: {}",
                    sheet.en, sheet.vi, names.join(", ")
                ),
            );
            problems.at(Place::Document, "missing-sheet", message, None);
            continue;
        };
        let range = match xlsx.worksheet_range(name) {
            Ok(r) => r,
            Err(e) => return Err(open_error(e, lang)),
        };
        if let Ok(merged) = xlsx.merge_cells_by_sheet_name(name) {
            for m in merged {
                let message = problems.say(
                    "ô gộp: tách các ô ra, mỗi ô một giá trị".to_owned(),
                    "merged cells: unmerge them, one value per cell".to_owned(),
                );
                let cell = format!(
                    "{}{}:{}{}",
                    column_letters(m.start.1 as usize),
                    m.start.0 + 1,
                    column_letters(m.end.1 as usize),
                    m.end.0 + 1
                );
                problems.at(
                    Place::Cell {
                        sheet: name.clone(),
                        cell,
                        header: None,
                    },
                    "merged-cells",
                    message,
                    None,
                );
            }
        }
        if let Some(data) = columns::find_columns(sheet, name, range, &mut problems) {
            sheets.push(data);
        }
    }
    if problems.errors() > 0 {
        return Err(ImportError::new(problems.list));
    }
    let index = refs::Index::new(&sheets);
    let mut locator = Locator::default();
    let doc = build_document(&sheets, layout, &index, &mut problems, &mut locator);
    if problems.errors() > 0 {
        return Err(ImportError::new(problems.list));
    }
    let text = serde_json::to_string(&doc).expect("a JSON value always serializes");
    match chidao_json::from_str(&text) {
        Ok(dataset) => {
            let mut imported = Imported::new(dataset).with_warnings(problems.list);
            imported.locator = Some(Box::new(locator));
            Ok(imported)
        }
        Err(e) => {
            let place = chidao_model::Locate::locate(&locator, e.path()).unwrap_or(Place::Document);
            problems.at(place, "data", e.message().to_owned(), None);
            Err(ImportError::new(problems.list))
        }
    }
}

/// Sets `value` at a dot-separated path of `object`.
fn set(object: &mut Map<String, Value>, code: &str, value: Value) {
    let mut parts = code.split('.').filter(|s| !s.is_empty()).peekable();
    let mut at = object;
    while let Some(key) = parts.next() {
        if parts.peek().is_none() {
            at.insert(key.to_owned(), value);
            return;
        }
        at = at
            .entry(key.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .expect("the layout nests objects only");
    }
}

/// Reads every sheet into the dataset document.
fn build_document(
    sheets: &[SheetData<'_>],
    layout: &Layout,
    index: &refs::Index,
    problems: &mut Problems,
    locator: &mut Locator,
) -> Value {
    let mut doc = Map::new();
    // Records by collection, with their ids' positions, filled sheet by sheet in layout order
    // (a collection's own sheet comes before the sheets of its lists).
    let mut collections: HashMap<&str, Vec<Map<String, Value>>> = HashMap::new();
    let mut positions: HashMap<&str, HashMap<String, usize>> = HashMap::new();
    for data in sheets {
        let sheet = data.sheet;
        locator.add_sheet(
            sheet,
            &data.name,
            data.columns
                .iter()
                .map(|f| (f.col, f.column.code, f.index, f.header.clone())),
        );
        let end = data.range.end().map_or(0, |e| e.0);
        for row in data.first..=end.max(data.first) {
            if row > end {
                break;
            }
            let Some(record) = read_row(data, row, layout, index, problems) else {
                continue;
            };
            if sheet.collection.is_empty() {
                if doc.is_empty() {
                    doc = record;
                    locator.set_document_row(row);
                }
                continue;
            }
            match sheet.list {
                None => {
                    let records = collections.entry(sheet.collection).or_default();
                    if let Some(id) = record.get("id").and_then(Value::as_str) {
                        positions
                            .entry(sheet.collection)
                            .or_default()
                            .entry(id.to_owned())
                            .or_insert(records.len());
                    }
                    locator.add_record(sheet.collection, row);
                    records.push(record);
                }
                Some(list) => {
                    let records = collections.entry(sheet.collection).or_default();
                    let at = positions.get(sheet.collection);
                    attach(
                        data, row, list, record, records, at, layout, problems, locator,
                    );
                }
            }
        }
    }
    let dates = directive_dates(collections.get("directives"));
    for data in sheets
        .iter()
        .filter(|d| d.sheet.list.is_none() && !d.sheet.collection.is_empty())
    {
        let records = collections
            .remove(data.sheet.collection)
            .unwrap_or_default();
        let mut records: Vec<Value> = records.into_iter().map(Value::Object).collect();
        deadline::complete(
            data.sheet.collection,
            &mut records,
            &dates,
            problems,
            locator,
        );
        doc.insert(data.sheet.collection.to_owned(), Value::Array(records));
    }
    Value::Object(doc)
}

/// The dates of the directives, for reading deadline phrases against them.
fn directive_dates(directives: Option<&Vec<Map<String, Value>>>) -> HashMap<String, String> {
    directives
        .into_iter()
        .flatten()
        .filter_map(|d| {
            Some((
                d.get("id")?.as_str()?.to_owned(),
                d.get("date")?.as_str()?.to_owned(),
            ))
        })
        .collect()
}

/// Adds a row of a list sheet to its parent record's list, or reports a parent that is not
/// there.
#[allow(clippy::too_many_arguments)]
fn attach(
    data: &SheetData<'_>,
    row: u32,
    list: &'static str,
    mut element: Map<String, Value>,
    records: &mut [Map<String, Value>],
    positions: Option<&HashMap<String, usize>>,
    layout: &Layout,
    problems: &mut Problems,
    locator: &mut Locator,
) {
    let sheet = data.sheet;
    let parent = element
        .remove(PARENT)
        .and_then(|v| v.as_str().map(str::to_owned));
    let at = parent.as_deref().and_then(|p| positions?.get(p).copied());
    if let (Some(_), Some(i)) = (&parent, at) {
        let elements = records[i]
            .entry(list.to_owned())
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
            .expect("lists are arrays");
        locator.add_element(sheet.collection, list, i, elements.len(), row);
        elements.push(Value::Object(element));
        return;
    }
    let found = data.columns.iter().find(|f| f.column.code == PARENT);
    let place = cell_place(
        &data.name,
        row,
        found.map_or(0, |f| f.col),
        found.map(|f| f.header.as_str()),
    );
    let records_sheet = parent_sheet(layout, sheet);
    let message = problems.say(
        format!(
            "không có bản ghi với mã này ở trang \"{}\"",
            records_sheet.vi
        ),
        format!("no record with this id on sheet \"{}\"", records_sheet.en),
    );
    problems.at(place, "unknown-parent", message, parent);
}

fn parent_sheet<'l>(layout: &'l Layout, sheet: &Sheet) -> &'l Sheet {
    layout
        .sheets
        .iter()
        .find(|s| s.collection == sheet.collection && s.list.is_none())
        .expect("every list sheet has its records' sheet")
}

/// One row as a record; `None` for a blank row (or one with problems, which are reported).
fn read_row(
    data: &SheetData<'_>,
    row: u32,
    layout: &Layout,
    index: &refs::Index,
    problems: &mut Problems,
) -> Option<Map<String, Value>> {
    let mut record = Map::new();
    let mut lists: Vec<(&str, usize, Value)> = Vec::new();
    let mut blank = true;
    // Columns whose cell was filled but could not be read: reported once, not again as missing.
    let mut unread: Vec<&str> = Vec::new();
    for found in &data.columns {
        let Some(cell) = data.range.get_value((row, found.col)) else {
            continue;
        };
        let place = || cell_place(&data.name, row, found.col, Some(&found.header));
        match cells::convert(cell, found.column.kind, layout, problems.lang) {
            Ok(None) => {}
            Ok(Some(value)) => {
                blank = false;
                let value = match (found.column.kind, value) {
                    (Kind::Ref(RefKind::Agency), Value::String(written)) => {
                        match index.agency(&written, problems.lang) {
                            Ok(id) => Value::String(id),
                            Err(message) => {
                                problems.at(place(), "unknown-agency", message, Some(written));
                                unread.push(found.column.code);
                                continue;
                            }
                        }
                    }
                    (_, v) => v,
                };
                match found.index {
                    Some(i) => lists.push((found.column.code, i, value)),
                    None => set(&mut record, found.column.code, value),
                }
            }
            Err(bad) => {
                blank = false;
                unread.push(found.column.code);
                problems.at(place(), bad.rule, bad.message, cells::cell_text(cell));
            }
        }
    }
    lists.sort_by_key(|(code, i, _)| (*code, *i));
    let mut i = 0;
    while i < lists.len() {
        let code = lists[i].0;
        let values: Vec<Value> = lists[i..]
            .iter()
            .take_while(|(c, _, _)| *c == code)
            .map(|(_, _, v)| v.clone())
            .collect();
        i += values.len();
        set(&mut record, code, Value::Array(values));
    }
    if blank {
        return None;
    }
    for column in data.sheet.columns.iter().filter(|c| c.required) {
        if !has(&record, column.code) && !unread.contains(&column.code) {
            let found = data.columns.iter().find(|f| std::ptr::eq(f.column, column));
            let message = problems.say(
                format!("bắt buộc phải có \"{}\"", column.vi),
                format!("\"{}\" is required", column.en),
            );
            problems.at(
                cell_place(
                    &data.name,
                    row,
                    found.map_or(0, |f| f.col),
                    found.map(|f| f.header.as_str()),
                ),
                "required",
                message,
                None,
            );
        }
    }
    // A record with problems is still kept, so that its lists find it: the problems stop the
    // import before the document is read.
    Some(record)
}

/// Whether a value is set at a dot-separated path.
fn has(record: &Map<String, Value>, code: &str) -> bool {
    let mut parts = code.split('.').filter(|s| !s.is_empty());
    let Some(first) = parts.next() else {
        return false;
    };
    parts
        .try_fold(record.get(first), |v, key| Some(v?.get(key)))
        .flatten()
        .is_some()
}
