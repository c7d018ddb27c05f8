//! Where each value of the imported document came from: the sheet, row and column of every
//! record and list element, so that a finding's path (`tasks[3].deadline.due`) names a cell.

use std::collections::HashMap;

use chidao_model::{Locate, Place};

use crate::layout::Sheet;

/// The column letters of a column number from 0 (`0` is `A`, `26` is `AA`).
pub(crate) fn column_letters(mut c: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, char::from(b'A' + (c % 26) as u8));
        if c < 26 {
            return s;
        }
        c = c / 26 - 1;
    }
}

struct SheetInfo {
    name: String,
    /// Column number, field code, element of a repeated column, header as written.
    columns: Vec<(u32, &'static str, Option<usize>, String)>,
}

/// Places the paths of an imported document in the workbook.
#[derive(Default)]
pub(crate) struct Locator {
    sheets: HashMap<String, SheetInfo>,
    records: HashMap<&'static str, Vec<u32>>,
    /// By `collection.list`, the rows of each record's elements.
    elements: HashMap<String, HashMap<usize, Vec<u32>>>,
    document_row: Option<u32>,
}

impl Locator {
    pub(crate) fn add_sheet(
        &mut self,
        sheet: &Sheet,
        name: &str,
        columns: impl Iterator<Item = (u32, &'static str, Option<usize>, String)>,
    ) {
        self.sheets.insert(
            sheet.code(),
            SheetInfo {
                name: name.to_owned(),
                columns: columns.collect(),
            },
        );
    }

    pub(crate) fn set_document_row(&mut self, row: u32) {
        self.document_row = Some(row);
    }

    pub(crate) fn add_record(&mut self, collection: &'static str, row: u32) {
        self.records.entry(collection).or_default().push(row);
    }

    pub(crate) fn add_element(
        &mut self,
        collection: &'static str,
        list: &'static str,
        record: usize,
        element: usize,
        row: u32,
    ) {
        let rows = self
            .elements
            .entry(format!("{collection}.{list}"))
            .or_default()
            .entry(record)
            .or_default();
        debug_assert_eq!(rows.len(), element);
        rows.push(row);
    }

    fn cell(&self, sheet: &str, row: u32, rest: &str) -> Option<Place> {
        let info = self.sheets.get(sheet)?;
        // `coordinating[1]` is the column `coordinating.2`.
        let (base, index) = match rest.split_once('[') {
            Some((base, tail)) => (
                base,
                tail.split(']').next().and_then(|n| n.parse::<usize>().ok()),
            ),
            None => (rest, None),
        };
        let column = info
            .columns
            .iter()
            .find(|(_, code, i, _)| *code == base && (i.is_none() || *i == index))
            .or_else(|| {
                info.columns
                    .iter()
                    .filter(|(_, code, _, _)| base.starts_with(&format!("{code}.")))
                    .max_by_key(|(_, code, _, _)| code.len())
            })
            .or_else(|| {
                info.columns.iter().find(|(_, code, _, _)| {
                    !base.is_empty() && code.starts_with(&format!("{base}."))
                })
            })
            .or_else(|| info.columns.first())?;
        Some(Place::Cell {
            sheet: info.name.clone(),
            cell: format!("{}{}", column_letters(column.0 as usize), row + 1),
            header: Some(column.3.clone()),
        })
    }
}

/// `name[3]` and the rest of the path after it.
fn indexed(path: &str) -> Option<(&str, usize, &str)> {
    let (name, tail) = path.split_once('[')?;
    let (index, rest) = tail.split_once(']')?;
    Some((
        name,
        index.parse().ok()?,
        rest.strip_prefix('.').unwrap_or(rest),
    ))
}

impl Locate for Locator {
    fn locate(&self, path: &str) -> Option<Place> {
        let Some((collection, i, rest)) = indexed(path) else {
            return self.cell("dataset", self.document_row?, path);
        };
        let (&collection, rows) = self.records.get_key_value(collection)?;
        let row = *rows.get(i)?;
        if let Some((list, j, tail)) = indexed(rest)
            && let Some(per_record) = self.elements.get(&format!("{collection}.{list}"))
        {
            let row = *per_record.get(&i)?.get(j)?;
            return self.cell(&format!("{collection}.{list}"), row, tail);
        }
        self.cell(collection, row, rest)
    }
}
