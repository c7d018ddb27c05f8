//! The baselines write the very cells of the report's Tasks sheet: the cells `task_rows`
//! computes are those the report holds, and the floor writer puts them into its workbook.

use std::io::Cursor;

use calamine::{Data, DataType, Reader, Xlsx, open_workbook_from_rs};
use chidao_bench::{Cell, TASK_HEADERS, read_cells, task_rows, write_cells, write_tasks_floor};
use chidao_model::{ExportOptions, NaiveDate};
use chidao_sample::SampleConfig;

fn options() -> ExportOptions {
    ExportOptions::new(NaiveDate::from_ymd_opt(2025, 6, 30).unwrap())
}

fn sheet(bytes: Vec<u8>, index: usize) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let name = book.sheet_names()[index].clone();
    book.worksheet_range(&name).unwrap()
}

fn assert_same(range: &calamine::Range<Data>, rows: &[chidao_bench::Row], what: &str) {
    assert_eq!(range.start(), Some((0, 0)), "{what}: the header is in A1");
    // The report may add notes under its table (the range of tasks shown); the rows
    // before them are the tasks.
    assert!(range.height() > rows.len(), "{what}: rows");
    for (c, h) in TASK_HEADERS.iter().enumerate() {
        assert_eq!(
            range.get_value((0, c as u32)).and_then(|d| d.get_string()),
            Some(*h),
            "{what}: header {c}"
        );
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let got = range
                .get_value((r as u32 + 1, c as u32))
                .cloned()
                .unwrap_or(Data::Empty);
            let at = format!("{what}: row {} column {c}", r + 1);
            match cell {
                Cell::Blank => assert!(got.is_empty(), "{at}: {got:?}"),
                // An empty text is a blank cell in the file, in the report as in the floor.
                Cell::Text(s) if s.is_empty() => assert!(got.is_empty(), "{at}: {got:?}"),
                Cell::Text(s) => assert_eq!(got.get_string(), Some(s.as_str()), "{at}"),
                Cell::Number(n) => assert_eq!(got.get_float(), Some(*n), "{at}"),
                Cell::Date(d) => assert_eq!(got.as_date(), Some(*d), "{at}: {got:?}"),
            }
        }
    }
}

#[test]
fn task_rows_are_the_cells_of_the_report_tasks_sheet() {
    let ds = SampleConfig::new(400).with_seed(3).generate();
    let rows = task_rows(&ds, &options());
    assert_eq!(rows.len(), 400);
    let (bytes, _) = chidao_xlsx::to_vec(&ds, &options()).unwrap();
    // Overview, By agency, Charts, then Tasks.
    assert_same(&sheet(bytes, 3), &rows, "report");
}

#[test]
fn the_floor_writes_the_same_cells_from_the_cells_file() {
    let ds = SampleConfig::new(400).with_seed(5).generate();
    let rows = task_rows(&ds, &options());
    let mut tsv = Vec::new();
    write_cells(&mut tsv, &rows).unwrap();
    let back = read_cells(&tsv[..]).unwrap();
    assert_eq!(back, rows);
    let mut out = Cursor::new(Vec::new());
    write_tasks_floor(back, &mut out).unwrap();
    let range = sheet(out.into_inner(), 0);
    assert_eq!(
        range.height(),
        rows.len() + 1,
        "the header and the tasks, nothing else"
    );
    assert_same(&range, &rows, "floor");
}

#[test]
fn cells_file_escapes_tabs_and_line_ends() {
    let mut row: chidao_bench::Row = Default::default();
    row[3] = Cell::Text("a\tb\nc\\d\r".into());
    row[9] = Cell::Number(-3.5);
    row[7] = Cell::Date(NaiveDate::from_ymd_opt(1999, 12, 31).unwrap());
    let mut tsv = Vec::new();
    write_cells(&mut tsv, std::slice::from_ref(&row)).unwrap();
    assert_eq!(tsv.iter().filter(|&&b| b == b'\n').count(), 1);
    assert_eq!(read_cells(&tsv[..]).unwrap(), vec![row]);
    assert!(read_cells(&b"sx\n"[..]).is_err(), "a short line is refused");
}
