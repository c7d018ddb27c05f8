//! Helpers shared by the report tests: the fixture dataset and reading a workbook back.
#![allow(dead_code)]

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chidao_model::{Dataset, ExportOptions, ExportSummary, NaiveDate};
use chidao_xlsx::XlsxExporter;

/// The small dataset of `tests/fixtures/small.json`: every task status as of 2024-02-15.
pub fn fixture() -> Dataset {
    chidao_json::from_str(include_str!("../fixtures/small.json")).expect("the fixture loads")
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

/// The as-of day the fixture is made for.
pub fn as_of() -> NaiveDate {
    day(2024, 2, 15)
}

pub fn export(
    exporter: &XlsxExporter,
    dataset: &Dataset,
    options: &ExportOptions,
) -> (Vec<u8>, ExportSummary) {
    let mut out = Cursor::new(Vec::new());
    let summary = exporter
        .write(dataset, options, &mut out)
        .expect("the report is written");
    (out.into_inner(), summary)
}

pub fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook")
}

/// One cell as text: dates as `date:YYYY-MM-DD`, numbers without noise.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            let s = format!("{f:.6}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".to_owned()
            } else {
                s.to_owned()
            }
        }
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => format!("date:{}", d.date()),
            _ => format!("datetime:{}", dt.as_f64()),
        },
        Data::DateTimeIso(s) => format!("date:{s}"),
        Data::DurationIso(s) => format!("duration:{s}"),
        Data::Error(e) => format!("error:{e:?}"),
    }
}

/// The cells of a sheet as a grid of text, from A1, with trailing blanks trimmed.
pub fn grid(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(sheet).expect("the sheet exists");
    let Some((r0, c0)) = range.start() else {
        return Vec::new();
    };
    let mut rows: Vec<Vec<String>> = vec![Vec::new(); r0 as usize];
    for r in range.rows() {
        let mut row: Vec<String> = vec![String::new(); c0 as usize];
        row.extend(r.iter().map(cell_text));
        while row.last().is_some_and(|c| c.is_empty()) {
            row.pop();
        }
        rows.push(row);
    }
    while rows.last().is_some_and(|r| r.is_empty()) {
        rows.pop();
    }
    rows
}

/// Every sheet's cell values as text, for snapshots: one line per non-empty row.
pub fn render(bytes: &[u8]) -> String {
    let mut book = open(bytes);
    let mut out = String::new();
    for name in book.sheet_names() {
        out.push_str(&format!("=== {name}\n"));
        for (i, row) in grid(&mut book, &name).iter().enumerate() {
            if row.is_empty() {
                continue;
            }
            out.push_str(&format!("{:>4}: {}\n", i + 1, row.join(" | ")));
        }
    }
    out
}
