//! The task sheets: one row per task, split over numbered sheets at the row limit.
//!
//! Printed, a task sheet is A4 landscape, one page wide: its columns are sized so that the
//! page scale keeps text at 8 points or more (see [`PRINT_WIDTH`]), and long text wraps.

use std::collections::HashMap;

use chidao_model::{
    Dataset, Directive, ExportError, Extension, Lang, NaiveDate, Reassignment, Task,
};
use rust_xlsxwriter::{Workbook, Worksheet};

use crate::XlsxExporter;
use crate::labels;
use crate::stats::{self, Stats};
use crate::text::numbered_sheet_name;

use super::ctx::{Ctx, Record, day_text, grid_borders, month_text, row_height};
use super::{new_sheet, xlsx_err};

/// How many task rows pass between two progress reports.
const PROGRESS_STEP: u64 = 4096;

/// The most the column widths of a task sheet add up to, in characters of the default font.
/// A4 landscape less margins of 0.3 inch is 11.09 inches, 798 points; a column `w` characters
/// wide is `7w + 5` pixels; text of 11 points prints at 8 points or more when the page scale
/// is at least 8/11, so the columns may take up to 798 × 11/8 ÷ 0.75 = 1463 pixels: with 13
/// columns, 203 characters. The widths below stay under that with some room.
pub(crate) const PRINT_WIDTH: f64 = 200.0;

/// The column widths, in characters: directive number and item are sized to the data within
/// these bounds.
const NUMBER_WIDTH: (usize, usize) = (11, 14);
const ITEM_WIDTH: (usize, usize) = (4, 8);
const WIDTHS: [f64; 11] = [
    10.0, // assigned on
    34.0, // task
    20.0, // lead
    20.0, // coordinating
    16.0, // deadline as written
    10.0, // due date
    13.0, // status
    7.5,  // days overdue
    10.0, // completed on
    10.0, // progress date
    24.0, // progress note
];

/// The columns, by index.
mod col {
    pub const NUMBER: u16 = 0;
    pub const ASSIGNED: u16 = 1;
    pub const ITEM: u16 = 2;
    pub const TITLE: u16 = 3;
    pub const LEAD: u16 = 4;
    pub const COORDINATING: u16 = 5;
    pub const AS_WRITTEN: u16 = 6;
    pub const DUE: u16 = 7;
    pub const STATUS: u16 = 8;
    pub const DAYS_OVERDUE: u16 = 9;
    pub const COMPLETED: u16 = 10;
    pub const PROGRESS_DATE: u16 = 11;
    pub const PROGRESS_NOTE: u16 = 12;
    pub const LAST: u16 = PROGRESS_NOTE;
}

/// The widths of the columns for `ds`.
fn column_widths(ds: &Dataset) -> Vec<f64> {
    let number = ds
        .directives()
        .iter()
        .filter_map(|d| d.number.as_ref().map(|n| n.as_str().chars().count()))
        .max()
        .unwrap_or(NUMBER_WIDTH.0)
        .clamp(NUMBER_WIDTH.0, NUMBER_WIDTH.1) as f64;
    let item = ds
        .tasks()
        .iter()
        .map(|t| {
            let mark = chidao_model::inferred(&t.inferred, "item").map_or(0, |_| 2);
            t.item.chars().count() + mark
        })
        .max()
        .unwrap_or(1)
        .clamp(ITEM_WIDTH.0, ITEM_WIDTH.1) as f64
        + 1.0;
    let mut widths = vec![number, WIDTHS[0], item];
    widths.extend_from_slice(&WIDTHS[1..]);
    debug_assert!(widths.iter().sum::<f64>() <= PRINT_WIDTH);
    widths
}

/// When a task was assigned, as the tasks sheet shows it.
enum Assigned {
    Day(NaiveDate),
    /// Only the month is known (an undated directive): "01/2024".
    Month(String),
    Unknown,
}

/// The task's own assignment day, else its directive's date, else the directive's month of
/// issue, else the date of the directive's meeting.
fn assigned(ds: &Dataset, task: &Task, directive: Option<&Directive>, lang: Lang) -> Assigned {
    if let Some(d) = task.assigned_on.or(directive.and_then(|d| d.date)) {
        return Assigned::Day(d);
    }
    if let Some(m) = directive.and_then(|d| d.issue_month) {
        return Assigned::Month(month_text(m, lang));
    }
    match ds.assigned_on(task) {
        Some(d) => Assigned::Day(d),
        None => Assigned::Unknown,
    }
}

/// The directive of the task before, looked up once for the tasks that follow it.
struct DirectiveCache<'d> {
    id: &'d str,
    directive: Option<&'d Directive>,
    number: Option<String>,
}

/// The writer of the task sheets, sheet after sheet.
struct Sheets<'x> {
    exporter: &'x XlsxExporter,
    headers: Vec<&'static str>,
    widths: Vec<f64>,
    base: &'static str,
    total: u64,
    /// The index of the current sheet in the workbook.
    index: Option<usize>,
    /// The number of the last sheet started ("Nhiệm vụ (2)" is 2).
    next_no: usize,
}

impl Sheets<'_> {
    /// Starts the next task sheet, with room for `count` tasks.
    fn start(
        &mut self,
        wb: &mut Workbook,
        ctx: &mut Ctx<'_>,
        count: u32,
    ) -> Result<(), ExportError> {
        self.next_no += 1;
        let name = numbered_sheet_name(self.base, self.next_no);
        let ws = new_sheet(wb, &name, true)?;
        ctx.page_setup(ws, &name, Some(0))?;
        ctx.columns(ws, &self.widths)?;
        if self.total > self.exporter.sized_row_limit {
            ctx.sized_rows = false;
            ws.set_default_row_height(row_height(2));
        }
        ws.set_freeze_panes(1, 0).map_err(xlsx_err)?;
        ws.autofilter(0, 0, count.max(1), col::LAST)
            .map_err(xlsx_err)?;
        grid_borders(ws, 1, count, col::LAST)?;
        ctx.headers(ws, 0, &self.headers)?;
        self.index = Some(wb.worksheets().len() - 1);
        Ok(())
    }

    /// "Tasks 1–9 of 9" under the table, where a sheet's tasks sit among all of them, and what
    /// the mark of an inferred value means when the sheet has one.
    fn finish(
        &self,
        wb: &mut Workbook,
        ctx: &Ctx<'_>,
        row: u32,
        first: u64,
        last: u64,
    ) -> Result<(), ExportError> {
        let Some(index) = self.index else {
            return Ok(());
        };
        let mut text = labels::tasks_range(ctx.lang, first, last, self.total);
        if ctx.inferred_on_sheet > 0 {
            text.push_str(". ");
            text.push_str(ctx.l(labels::INFERRED_LEGEND));
        }
        wb.worksheet_from_index(index)
            .and_then(|ws| ws.write_string_with_format(row, 0, text, &ctx.f.footer))
            .map_err(xlsx_err)?;
        Ok(())
    }
}

pub(super) fn tasks<'a>(
    ctx: &mut Ctx<'a>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
) -> Result<(), ExportError> {
    let ds = ctx.dataset;
    let total = ds.tasks().len() as u64;
    let mut sheets = Sheets {
        exporter,
        headers: [
            labels::DIRECTIVE_NUMBER,
            labels::ASSIGNED_ON,
            labels::ITEM,
            labels::TASK,
            labels::LEAD,
            labels::COORDINATING,
            labels::DEADLINE_AS_WRITTEN,
            labels::DUE_DATE,
            labels::STATUS,
            labels::DAYS_OVERDUE,
            labels::COMPLETED_ON,
            labels::PROGRESS_DATE,
            labels::PROGRESS_NOTE,
        ]
        .iter()
        .map(|l| ctx.l(*l))
        .collect(),
        widths: column_widths(ds),
        base: ctx.l(labels::SHEET_TASKS),
        total,
        index: None,
        next_no: 0,
    };
    ctx.options.progress.start(sheets.base, total);

    // Each task sheet has a header row and a footer row around its tasks.
    let rows_per_sheet = exporter.max_rows - 2;
    let remaining = |written: u64| (total - written).min(u64::from(rows_per_sheet)) as u32;
    let mut row = 0u32;
    let mut pending = 0u64;
    let mut written = 0u64;
    // Names are cached per assignee: a million tasks share a few hundred agencies.
    let mut names: HashMap<&'a str, String> = HashMap::new();
    let mut last = DirectiveCache {
        id: "",
        directive: None,
        number: None,
    };
    if total == 0 {
        sheets.start(wb, ctx, 0)?;
        sheets.finish(wb, ctx, 1, 0, 0)?;
    }
    for (i, task) in ds.tasks().iter().enumerate() {
        if sheets.index.is_none() || row > rows_per_sheet {
            if row > 0 {
                sheets.finish(wb, ctx, row, written - u64::from(row - 1) + 1, written)?;
            }
            sheets.start(wb, ctx, remaining(written))?;
            row = 1;
        }
        if task.directive.as_str() != last.id {
            let directive = ds.directive(task.directive.as_str());
            last = DirectiveCache {
                id: task.directive.as_str(),
                directive,
                number: directive
                    .and_then(|d| d.number.as_ref())
                    .map(|n| n.to_string()),
            };
        }
        let ws = wb
            .worksheet_from_index(sheets.index.unwrap_or_default())
            .map_err(xlsx_err)?;
        let row_ctx = Row {
            ws,
            row,
            task,
            status: stats.statuses[i],
        };
        task_row(ctx, row_ctx, &last, &mut names)?;
        row += 1;
        written += 1;
        pending += 1;
        if pending == PROGRESS_STEP {
            ctx.options.progress.advance(pending);
            pending = 0;
        }
    }
    if row > 0 {
        sheets.finish(wb, ctx, row, written - u64::from(row - 1) + 1, written)?;
    }
    if pending > 0 {
        ctx.options.progress.advance(pending);
    }
    ctx.options.progress.finish();
    Ok(())
}

/// Where one task's row goes.
struct Row<'w, 't> {
    ws: &'w mut Worksheet,
    row: u32,
    task: &'t Task,
    status: chidao_model::TaskStatus,
}

/// One task's row. Text takes the default format and blank cells are left out: the grid is
/// one conditional format (see [`grid_borders`]).
fn task_row<'a>(
    ctx: &mut Ctx<'a>,
    r: Row<'_, 'a>,
    directive: &DirectiveCache<'_>,
    names: &mut HashMap<&'a str, String>,
) -> Result<(), ExportError> {
    let (ws, row, task) = (r.ws, r.row, r.task);
    let ds = ctx.dataset;
    let lang = ctx.lang;
    let f = ctx.f;
    let record = Record("task", task.id.as_str());
    let inferred = &task.inferred;
    let no_inferences: &[chidao_model::Inference] = &[];
    let directive_inferred = directive.directive.map_or(no_inferences, |d| &d.inferred);
    if let Some(n) = &directive.number {
        let mark = ctx.mark_inferred(ws, row, col::NUMBER, directive_inferred, "number")?;
        let text = format!("{n}{mark}");
        ctx.text(
            ws,
            row,
            col::NUMBER,
            text,
            None,
            &record,
            "directive number",
        )?;
    }
    match assigned(ds, task, directive.directive, lang) {
        Assigned::Day(d) => ctx.date(ws, row, col::ASSIGNED, Some(d), &f.date)?,
        Assigned::Month(m) => ctx.label(ws, row, col::ASSIGNED, &m, &f.date)?,
        Assigned::Unknown => {}
    }
    let mark = ctx.mark_inferred(ws, row, col::ITEM, inferred, "item")?;
    ctx.text(
        ws,
        row,
        col::ITEM,
        format!("{}{mark}", task.item),
        None,
        &record,
        "item",
    )?;
    let mark = ctx.mark_inferred(ws, row, col::TITLE, inferred, "title")?;
    let title = format!("{}{mark}", task.title.get(lang));
    ctx.text(ws, row, col::TITLE, title, None, &record, "title")?;
    // The lead in force on the as-of day; a reassigned one says so in a note.
    if let Some(l) = task.lead_on(ctx.options.as_of) {
        let mark = ctx.mark_inferred(ws, row, col::LEAD, inferred, "lead")?;
        let name = format!("{}{mark}", cached_name(names, ds, l.as_str(), lang));
        ctx.text(ws, row, col::LEAD, name, None, &record, "lead")?;
    }
    if let Some(r) = task.reassignment_on(ctx.options.as_of) {
        let note = reassignment_note(ds, task, r, lang);
        ctx.note(ws, row, col::LEAD, &note)?;
    }
    let mut coordinating = String::new();
    for c in &task.coordinating {
        if !coordinating.is_empty() {
            coordinating.push_str("; ");
        }
        coordinating.push_str(cached_name(names, ds, c.as_str(), lang));
    }
    coordinating.push_str(ctx.mark_inferred(
        ws,
        row,
        col::COORDINATING,
        inferred,
        "coordinating",
    )?);
    ctx.text(
        ws,
        row,
        col::COORDINATING,
        coordinating,
        None,
        &record,
        "coordinating",
    )?;
    // The deadline in force on the as-of day; an extended one says so in a note.
    let as_of = ctx.options.as_of;
    let deadline = task.deadline_on(as_of);
    let mark = ctx.mark_inferred(ws, row, col::AS_WRITTEN, inferred, "deadline")?;
    let as_written = deadline.as_written.as_deref().unwrap_or("");
    if !as_written.is_empty() || !mark.is_empty() {
        let text = format!("{as_written}{mark}");
        ctx.text(ws, row, col::AS_WRITTEN, text, None, &record, "deadline")?;
    }
    if let Some(d) = deadline.due_date() {
        ctx.date(ws, row, col::DUE, Some(d), &f.date)?;
    }
    if let Some(e) = task.extension_on(as_of) {
        let note = extension_note(ds, task, e, lang);
        ctx.note(ws, row, col::DUE, &note)?;
    }
    ctx.label(
        ws,
        row,
        col::STATUS,
        r.status.label(lang),
        f.status(r.status),
    )?;
    if let Some(d) = ctx.options.status_policy.days_overdue(task, as_of) {
        ctx.num(ws, row, col::DAYS_OVERDUE, d as f64, &f.int)?;
    }
    if let Some(c) = task.completed_on.filter(|c| *c <= as_of) {
        ctx.mark_inferred(ws, row, col::COMPLETED, inferred, "completed_on")?;
        ctx.date(ws, row, col::COMPLETED, Some(c), &f.date)?;
    }
    // The latest report known on the as-of day.
    let latest = task
        .progress
        .iter()
        .filter(|p| p.date <= as_of)
        .max_by_key(|p| p.date);
    if let Some(p) = latest {
        ctx.date(ws, row, col::PROGRESS_DATE, Some(p.date), &f.date)?;
        let note = p.note.get(lang);
        ctx.text(
            ws,
            row,
            col::PROGRESS_NOTE,
            note,
            None,
            &record,
            "progress note",
        )?;
    }
    ctx.end_row(ws, row)
}

/// What a note on an extended due date says: the deadline the task was assigned with, and the
/// decision that changed it.
fn extension_note(ds: &Dataset, task: &Task, e: &Extension, lang: Lang) -> String {
    let original = match (
        task.deadline.as_written.as_deref(),
        task.deadline.due_date(),
    ) {
        (Some(w), _) => w.to_owned(),
        (None, Some(d)) => day_text(d, lang),
        (None, None) => labels::NO_DEADLINE.get(lang).to_owned(),
    };
    let decision = decision_text(ds, e.decision.as_ref(), e.decision_as_written.as_deref());
    let mut text = format!("{}: {original}", labels::EXTENDED_FROM.get(lang));
    if let Some(d) = decision {
        text.push_str(&format!("; {} {d}", labels::BY_DECISION.get(lang)));
    }
    if let Some(r) = &e.reason {
        text.push_str(&format!("; {}", r.get(lang)));
    }
    text
}

/// What a note on a reassigned lead says: the lead the task was assigned to, since when the new
/// one leads, and the decision.
fn reassignment_note(ds: &Dataset, task: &Task, r: &Reassignment, lang: Lang) -> String {
    let first = task.lead.as_ref().map_or_else(
        || labels::NO_LEAD.get(lang).to_owned(),
        |l| stats::assignee_name(ds, l.as_str(), lang),
    );
    let since = day_text(r.effective, lang);
    let mut text = format!(
        "{}: {first}; {} {since}",
        labels::REASSIGNED_FROM.get(lang),
        labels::SINCE.get(lang)
    );
    if let Some(d) = decision_text(ds, r.decision.as_ref(), r.decision_as_written.as_deref()) {
        text.push_str(&format!("; {} {d}", labels::BY_DECISION.get(lang)));
    }
    if let Some(reason) = &r.reason {
        text.push_str(&format!("; {}", reason.get(lang)));
    }
    text
}

/// A decision as a note names it: its number when it is a record, else as written.
fn decision_text(
    ds: &Dataset,
    decision: Option<&chidao_model::DirectiveId>,
    as_written: Option<&str>,
) -> Option<String> {
    decision
        .and_then(|d| ds.directive(d.as_str()))
        .and_then(|d| d.number.as_ref().map(|n| n.to_string()))
        .or_else(|| as_written.map(str::to_owned))
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
