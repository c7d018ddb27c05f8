//! The task sheets: one row per task, split over numbered sheets at the row limit.

use std::collections::HashMap;

use chidao_model::{Dataset, ExportError, Lang, NaiveDate};
use rust_xlsxwriter::{Format, Workbook};

use crate::XlsxExporter;
use crate::labels::{self};
use crate::stats::{self, Stats};
use crate::text::numbered_sheet_name;

use super::ctx::{Ctx, Record, grid_borders, row_height};
use super::formats::colour;
use super::{new_sheet, xlsx_err};

/// How many task rows pass between two progress reports.
const PROGRESS_STEP: u64 = 4096;

/// The latest progress note of a task, with its date.
pub(super) fn tasks(
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
pub(super) fn cached_name<'m, 'd>(
    names: &'m mut HashMap<&'d str, String>,
    ds: &'d Dataset,
    id: &'d str,
    lang: Lang,
) -> &'m str {
    names
        .entry(id)
        .or_insert_with(|| stats::assignee_name(ds, id, lang))
}
