//! Finding a sheet's columns: by the row of field codes, or, when it was deleted, by the
//! headers in either language.

use calamine::{Data, Range};
use chidao_model::match_key;

use super::{Found, Problems, SheetData, cell_place, cells};
use crate::layout::{Column, Sheet};
use crate::write::CODE_ROW;

/// A column of the layout and, for a repeated one, which element, from what a cell says.
type Hit<'l> = Option<(&'l Column, Option<usize>)>;

/// A way of reading the key row: by codes or by headers.
type Lookup<'a, 'l> = &'a dyn Fn(&str) -> Hit<'l>;

/// The column whose field code is `s` (`lead`, `coordinating.2`).
fn by_code<'l>(sheet: &'l Sheet, s: &str) -> Hit<'l> {
    let s = s.trim();
    if let Some(c) = sheet.columns.iter().find(|c| !c.repeat && c.code == s) {
        return Some((c, None));
    }
    let (base, n) = s.rsplit_once('.')?;
    let n: usize = n.parse().ok().filter(|&n| n >= 1)?;
    let c = sheet.columns.iter().find(|c| c.repeat && c.code == base)?;
    Some((c, Some(n - 1)))
}

/// The column whose header, in either language, is `s` (`Cơ quan phối hợp 2`).
fn by_header<'l>(sheet: &'l Sheet, s: &str) -> Hit<'l> {
    let key = match_key(s);
    for c in &sheet.columns {
        for h in [c.vi, c.en] {
            if !c.repeat && match_key(h) == key {
                return Some((c, None));
            }
            if c.repeat
                && let Some(n) = key.strip_prefix(&match_key(h))
                && let Ok(n) = n.trim().parse::<usize>()
                && n >= 1
            {
                return Some((c, Some(n - 1)));
            }
        }
    }
    None
}

/// Finds the row of field codes (or the row of headers) among the first rows, and maps each
/// column to the layout's; `None`, with the problems reported, when a required column is
/// missing or there is no such row.
pub(super) fn find_columns<'l>(
    sheet: &'l Sheet,
    name: &str,
    range: Range<Data>,
    problems: &mut Problems,
) -> Option<SheetData<'l>> {
    let end = range.end().unwrap_or((0, 0));
    let text_at = |r: u32, c: u32| range.get_value((r, c)).and_then(cells::cell_text);
    let row_of = |lookup: &dyn Fn(&str) -> Hit<'l>| {
        (0..=end.0.min(5))
            .find(|&r| (0..=end.1).any(|c| text_at(r, c).is_some_and(|t| lookup(&t).is_some())))
    };
    let codes = |s: &str| by_code(sheet, s);
    let headers = |s: &str| by_header(sheet, s);
    // With codes, the headers are the row below them and the data starts after; without, the
    // data starts right after the headers.
    let (key_row, header_row, first, lookup): (u32, u32, u32, Lookup<'_, 'l>) =
        if let Some(r) = row_of(&codes) {
            (r, r + 1, r + 2, &codes)
        } else if let Some(r) = row_of(&headers) {
            (r, r, r + 1, &headers)
        } else {
            let message = problems.say(
                "không thấy hàng mã trường (hàng 1) hay hàng tiêu đề của mẫu".to_owned(),
                "neither the row of field codes (row 1) nor the template's header row is there"
                    .to_owned(),
            );
            problems.at(
                cell_place(name, CODE_ROW, 0, None),
                "missing-header",
                message,
                None,
            );
            return None;
        };
    let mut columns: Vec<Found<'l>> = Vec::new();
    for c in 0..=end.1 {
        let Some(t) = text_at(key_row, c) else {
            continue;
        };
        let header = text_at(header_row, c).unwrap_or_else(|| t.clone());
        let place = cell_place(name, key_row, c, Some(&header));
        match lookup(&t) {
            Some((column, index))
                if columns
                    .iter()
                    .any(|f| std::ptr::eq(f.column, column) && f.index == index) =>
            {
                let message = problems.say(
                    format!("cột \"{t}\" có hai lần"),
                    format!("column \"{t}\" appears twice"),
                );
                problems.at(place, "duplicate-column", message, None);
            }
            Some((column, index)) => columns.push(Found {
                col: c,
                column,
                index,
                header,
            }),
            None => {
                let message = problems.say(
                    format!("cột \"{t}\" không thuộc mẫu: bỏ qua"),
                    format!("column \"{t}\" is not a column of the template: ignored"),
                );
                problems.warn(place, "extra-column", message);
            }
        }
    }
    let mut ok = true;
    for column in sheet.columns.iter().filter(|c| c.required) {
        if !columns.iter().any(|f| std::ptr::eq(f.column, column)) {
            let message = problems.say(
                format!("thiếu cột bắt buộc \"{}\" [{}]", column.vi, column.code),
                format!(
                    "the required column \"{}\" [{}] is missing",
                    column.en, column.code
                ),
            );
            problems.at(
                cell_place(name, key_row, 0, None),
                "missing-column",
                message,
                None,
            );
            ok = false;
        }
    }
    ok.then(|| SheetData {
        sheet,
        name: name.to_owned(),
        range,
        columns,
        first,
    })
}
