//! Benchmarks of chidao against baselines measured in the same run.
//!
//! The `chidao-bench` binary runs **one operation per process**, so that the harness
//! (`scripts/bench`) can measure the wall time and peak memory of each operation on its own
//! with `/usr/bin/time -v`. Each operation also prints its own internal timings, phase by
//! phase, as one line of JSON on standard output. The operations are ours (loading JSON,
//! validating, writing JSON, exporting XML, reading XML back, the Excel report) and their
//! floors (a `serde_json::Value` parse and write of the same file; a minimal rust_xlsxwriter
//! program writing the same cells as the report's Tasks sheet, constant-memory, at the same zip
//! compression level).
//!
//! This library holds what the binary and the micro-benchmarks (`benches/hot_paths.rs`) share:
//! the cell values of the Tasks sheet ([`task_rows`]), computed as the report computes them; a
//! tab-separated file of those cells ([`write_cells`], [`read_cells`]) that the floor programs,
//! in Rust and in Python, read so that every program writes the very same values; the floor
//! writer itself ([`write_tasks_floor`]); and [`Phases`], the internal stopwatch.
//!
//! ```
//! use chidao_bench::{Cell, Phases, read_cells, task_rows, write_cells, write_tasks_floor};
//! use chidao_model::{ExportOptions, NaiveDate};
//!
//! let dataset = chidao_json::from_str(r#"{
//!   "agencies": [{"id": "so-khdt", "name": {"vi": "Sở Kế hoạch và Đầu tư"},
//!                 "kind": "department", "level": "province"}],
//!   "directives": [{"id": "d1", "document_type": "notice", "issuer": "so-khdt",
//!                   "subject": {"vi": "Kết luận"}}],
//!   "tasks": [{"id": "t1", "directive": "d1", "item": "1", "title": {"vi": "Lập quy hoạch"},
//!              "lead": "so-khdt", "deadline": {"term": {"kind": "on_date", "date": "2024-03-31"}}}]
//! }"#)?;
//! let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 6, 30).unwrap());
//! let rows = task_rows(&dataset, &options);
//! assert_eq!(rows[0][3], Cell::Text("Lập quy hoạch".into()));
//! assert_eq!(rows[0][4], Cell::Text("Sở Kế hoạch và Đầu tư".into()));
//! assert_eq!(rows[0][9], Cell::Number(91.0)); // days overdue
//!
//! // The cells survive the tab-separated file the floor programs read.
//! let mut tsv = Vec::new();
//! write_cells(&mut tsv, &rows)?;
//! assert_eq!(read_cells(&tsv[..])?, rows);
//!
//! let mut phases = Phases::new("example");
//! let mut xlsx = std::io::Cursor::new(Vec::new());
//! phases.time("write", || write_tasks_floor(rows.iter().cloned(), &mut xlsx))?;
//! assert!(xlsx.get_ref().starts_with(b"PK"));
//! let timings: serde_json::Value = serde_json::from_str(&phases.to_json())?;
//! assert_eq!(timings["op"], "example");
//! assert!(timings["phases"]["write"].as_f64().is_some());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod later;

pub use later::later_snapshot;

use std::collections::HashMap;
use std::io::{self, BufRead, Seek, Write};
use std::time::Instant;

use chidao_model::{Dataset, ExportOptions, Lang, NaiveDate};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The columns of the report's Tasks sheet.
pub const TASK_COLUMNS: usize = 13;

/// The zip compression level of the report (rust_xlsxwriter's and Python zipfile's default).
pub const ZIP_LEVEL: u8 = 6;

/// One cell of the Tasks sheet.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Cell {
    /// No value (a formatted blank cell in the report).
    #[default]
    Blank,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A date, written as an Excel date.
    Date(NaiveDate),
}

/// One row of the Tasks sheet.
pub type Row = [Cell; TASK_COLUMNS];

/// The name of an assignee as the report shows it: the agency's or group's name, else the id.
fn assignee_name(dataset: &Dataset, id: &str, lang: Lang) -> String {
    match dataset.assignee(id) {
        Some(a) => a.name().get(lang).to_owned(),
        None => id.to_owned(),
    }
}

fn text_or_blank(s: Option<String>) -> Cell {
    s.map_or(Cell::Blank, Cell::Text)
}

fn date_or_blank(d: Option<NaiveDate>) -> Cell {
    d.map_or(Cell::Blank, Cell::Date)
}

/// Calls `each` with the cells of every task row, in dataset order, as the report's Tasks sheet
/// holds them for `options` (status from the options' policy and as-of day, labels in the
/// The day a task was assigned as the report shows it: its own, its directive's date, its
/// directive's month of issue (as text, `01/2024`), else its meeting's day.
fn assigned(
    dataset: &Dataset,
    task: &chidao_model::Task,
    directive: Option<&chidao_model::Directive>,
) -> Cell {
    if let Some(d) = task.assigned_on.or(directive.and_then(|d| d.date)) {
        return Cell::Date(d);
    }
    if let Some(m) = directive.and_then(|d| d.issue_month) {
        return Cell::Text(format!("{:02}/{:04}", m.month(), m.year()));
    }
    date_or_blank(dataset.assigned_on(task))
}

/// options' language).
pub fn for_each_task_row(dataset: &Dataset, options: &ExportOptions, mut each: impl FnMut(Row)) {
    let lang = options.lang;
    let as_of = options.as_of;
    let mut names: HashMap<&str, String> = HashMap::new();
    for task in dataset.tasks() {
        let mut name_of = |id: &str| -> String {
            if let Some(n) = names.get(id) {
                return n.clone();
            }
            let n = assignee_name(dataset, id, lang);
            // Keys borrow from the dataset, so the cache needs no copies of ids.
            if let Some(a) = dataset.assignee(id) {
                names.insert(a.id().as_str(), n.clone());
            }
            n
        };
        let directive = dataset.directive(task.directive.as_str());
        let status = options.status_policy.status(task, as_of);
        let latest = task
            .progress
            .iter()
            .filter(|p| p.date <= as_of)
            .max_by_key(|p| p.date);
        let lead = task.lead_on(as_of).map(|l| name_of(l.as_str()));
        let coordinating = task
            .coordinating
            .iter()
            .map(|c| name_of(c.as_str()))
            .collect::<Vec<_>>()
            .join("; ");
        each([
            text_or_blank(
                directive
                    .and_then(|d| d.number.as_ref())
                    .map(|n| n.to_string()),
            ),
            assigned(dataset, task, directive),
            Cell::Text(task.item.clone()),
            Cell::Text(task.title.get(lang).to_owned()),
            text_or_blank(lead),
            Cell::Text(coordinating),
            Cell::Text(
                task.deadline_on(as_of)
                    .as_written
                    .clone()
                    .unwrap_or_default(),
            ),
            date_or_blank(task.deadline_on(as_of).due_date()),
            Cell::Text(status.label(lang).to_owned()),
            options
                .status_policy
                .days_overdue(task, as_of)
                .map_or(Cell::Blank, |d| Cell::Number(d as f64)),
            date_or_blank(task.completed_on.filter(|c| *c <= as_of)),
            date_or_blank(latest.map(|p| p.date)),
            text_or_blank(latest.map(|p| p.note.get(lang).to_owned())),
        ]);
    }
}

/// The cells of every task row, as [`for_each_task_row`] gives them.
pub fn task_rows(dataset: &Dataset, options: &ExportOptions) -> Vec<Row> {
    let mut rows = Vec::with_capacity(dataset.tasks().len());
    for_each_task_row(dataset, options, |r| rows.push(r));
    rows
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Appends one row to `out` as a line of the cells file: thirteen tab-separated fields, each
/// empty (blank) or a type letter and the value: `s` text (with `\\`, `\t`, `\n`, `\r`
/// escaped), `n` number, `d` ISO date.
pub fn encode_row(row: &Row, out: &mut String) {
    for (i, cell) in row.iter().enumerate() {
        if i > 0 {
            out.push('\t');
        }
        match cell {
            Cell::Blank => {}
            Cell::Text(s) => {
                out.push('s');
                escape(s, out);
            }
            Cell::Number(n) => {
                out.push('n');
                out.push_str(&n.to_string());
            }
            Cell::Date(d) => {
                out.push('d');
                out.push_str(&d.format("%Y-%m-%d").to_string());
            }
        }
    }
    out.push('\n');
}

/// Parses one line of the cells file (without its line end).
///
/// # Errors
///
/// [`io::ErrorKind::InvalidData`] when the line does not hold thirteen well-formed fields.
pub fn decode_row(line: &str) -> io::Result<Row> {
    let bad =
        |what: &str| io::Error::new(io::ErrorKind::InvalidData, format!("cells file: {what}"));
    let mut row: Row = Default::default();
    let mut n = 0;
    for (i, field) in line.split('\t').enumerate() {
        if i >= TASK_COLUMNS {
            return Err(bad("more than 13 fields"));
        }
        let mut chars = field.chars();
        row[i] = match chars.next() {
            None => Cell::Blank,
            Some('s') => Cell::Text(unescape(chars.as_str())),
            Some('n') => Cell::Number(chars.as_str().parse().map_err(|_| bad("bad number"))?),
            Some('d') => Cell::Date(
                NaiveDate::parse_from_str(chars.as_str(), "%Y-%m-%d")
                    .map_err(|_| bad("bad date"))?,
            ),
            Some(_) => return Err(bad("unknown cell type")),
        };
        n = i + 1;
    }
    if n != TASK_COLUMNS {
        return Err(bad("fewer than 13 fields"));
    }
    Ok(row)
}

/// Writes rows as the cells file (see [`encode_row`]).
///
/// # Errors
///
/// When `out` fails.
pub fn write_cells(mut out: impl Write, rows: &[Row]) -> io::Result<()> {
    let mut line = String::new();
    for row in rows {
        line.clear();
        encode_row(row, &mut line);
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// Reads every row of a cells file.
///
/// # Errors
///
/// When reading fails or a line is malformed ([`decode_row`]).
pub fn read_cells(input: impl BufRead) -> io::Result<Vec<Row>> {
    input
        .lines()
        .map(|line| line.and_then(|l| decode_row(&l)))
        .collect()
}

/// The header of the Tasks sheet (Vietnamese, as the report writes it by default).
pub const TASK_HEADERS: [&str; TASK_COLUMNS] = [
    "Số, ký hiệu văn bản",
    "Ngày giao",
    "Mục",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời hạn (theo văn bản)",
    "Hạn hoàn thành",
    "Tình trạng",
    "Số ngày quá hạn",
    "Ngày hoàn thành",
    "Ngày cập nhật tiến độ",
    "Tiến độ mới nhất",
];

/// The floor of the report: a minimal rust_xlsxwriter program that writes `rows` (and a header)
/// as one constant-memory worksheet, with a date format for dates and nothing else, at zip
/// compression level [`ZIP_LEVEL`]. Rows beyond Excel's limit continue on further sheets, as
/// the report's do.
///
/// # Errors
///
/// When rust_xlsxwriter fails (its temporary files or `writer`).
pub fn write_tasks_floor<W: Write + Seek + Send>(
    rows: impl IntoIterator<Item = Row>,
    writer: W,
) -> Result<(), XlsxError> {
    const MAX_ROWS: u32 = 1_048_576;
    let mut wb = Workbook::new();
    wb.set_zip_compression_level(ZIP_LEVEL);
    let date = Format::new().set_num_format("dd/mm/yyyy");
    let mut sheet: Option<usize> = None;
    let mut r = 0u32;
    for row in rows {
        if sheet.is_none() || r == MAX_ROWS {
            let ws = wb.add_worksheet_with_constant_memory()?;
            for (c, h) in TASK_HEADERS.iter().enumerate() {
                ws.write_string(0, c as u16, *h)?;
            }
            sheet = Some(wb.worksheets().len() - 1);
            r = 1;
        }
        let ws = wb.worksheet_from_index(sheet.unwrap_or_default())?;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Blank => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s)?;
                }
                Cell::Number(n) => {
                    ws.write_number(r, c, *n)?;
                }
                Cell::Date(d) => {
                    ws.write_date_with_format(r, c, d, &date)?;
                }
            }
        }
        r += 1;
    }
    if sheet.is_none() {
        let ws = wb.add_worksheet_with_constant_memory()?;
        for (c, h) in TASK_HEADERS.iter().enumerate() {
            ws.write_string(0, c as u16, *h)?;
        }
    }
    wb.save_to_writer(writer)
}

/// The internal stopwatch of one operation: named phases, printed as one line of JSON.
#[derive(Debug)]
pub struct Phases {
    op: String,
    start: Instant,
    phases: Vec<(String, f64)>,
    facts: Vec<(String, String)>,
}

impl Phases {
    /// Starts the clock of operation `op`.
    pub fn new(op: &str) -> Self {
        Phases {
            op: op.to_owned(),
            start: Instant::now(),
            phases: Vec::new(),
            facts: Vec::new(),
        }
    }

    /// Runs `f` as the phase `name` and records its wall time.
    pub fn time<T>(&mut self, name: &str, f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let out = f();
        self.phases
            .push((name.to_owned(), t.elapsed().as_secs_f64()));
        out
    }

    /// Records a fact about the run (a count, a size) to print with the timings.
    pub fn fact(&mut self, name: &str, value: impl ToString) {
        self.facts.push((name.to_owned(), value.to_string()));
    }

    /// The timings as one line of JSON: `{"op": …, "total_s": …, "phases": {…}, "facts": {…}}`.
    pub fn to_json(&self) -> String {
        let mut phases = serde_json::Map::new();
        for (name, secs) in &self.phases {
            phases.insert(name.clone(), serde_json::json!(secs));
        }
        let mut facts = serde_json::Map::new();
        for (name, value) in &self.facts {
            facts.insert(name.clone(), serde_json::json!(value));
        }
        let mut out = serde_json::Map::new();
        out.insert("op".into(), serde_json::json!(self.op));
        out.insert(
            "total_s".into(),
            serde_json::json!(self.start.elapsed().as_secs_f64()),
        );
        out.insert("phases".into(), phases.into());
        out.insert("facts".into(), facts.into());
        serde_json::Value::Object(out).to_string()
    }
}
