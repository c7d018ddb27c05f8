//! The by-agency sheet: task counts by status for every lead agency.

use chidao_model::{ExportError, TaskStatus};
use rust_xlsxwriter::{
    ConditionalFormatCell, ConditionalFormatCellRule, ConditionalFormatFormula, Format, Workbook,
    Worksheet,
};

use crate::labels::{self};
use crate::stats::{Counts, Stats};
use crate::{GroupAssignees, XlsxExporter};

use super::ctx::Ctx;
use super::formats::colour;
use super::{new_sheet, xlsx_err};

pub(super) fn by_agency<'a>(
    ctx: &mut Ctx<'a>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
) -> Result<(), ExportError> {
    let lang = ctx.lang;
    let name = ctx.l(labels::SHEET_AGENCIES);
    let ws = new_sheet(wb, name, false)?;
    ctx.page_setup(ws, name, Some(0))?;
    let name_width = stats
        .agencies
        .iter()
        .map(|a| a.name.chars().count())
        .max()
        .unwrap_or(20)
        .clamp(24, 48) as f64;
    // With a report period, four columns of what moved in it follow the status counts.
    let period = exporter.period.is_some();
    let mut widths = vec![
        5.0, name_width, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0, 11.0,
    ];
    if period {
        widths.extend([11.0; 4]);
    }
    ctx.columns(ws, &widths)?;
    let last_col = widths.len() as u16 - 1;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    let columns = [
        TaskStatus::CompletedOnTime,
        TaskStatus::CompletedLate,
        TaskStatus::InProgress,
        TaskStatus::DueSoon,
        TaskStatus::Overdue,
        TaskStatus::NoDeadline,
    ];
    let mut headers = vec![
        ctx.l(labels::NO),
        ctx.l(labels::AGENCY),
        ctx.l(labels::ASSIGNED),
    ];
    headers.extend(columns.iter().map(|s| s.label(lang)));
    headers.push(ctx.l(labels::HALTED));
    headers.push(ctx.l(labels::COMPLETION_RATE));
    if period {
        headers.extend(
            [
                labels::P_ASSIGNED,
                labels::P_COMPLETED,
                labels::P_NEWLY_OVERDUE,
                labels::P_EXTENDED,
            ]
            .map(|l| ctx.l(l)),
        );
    }
    ctx.headers(ws, 0, &headers)?;
    let f = ctx.f;

    let write_counts = |ctx: &mut Ctx<'a>,
                        ws: &mut Worksheet,
                        row: u32,
                        c: &Counts,
                        int: &'a Format,
                        pct: &'a Format|
     -> Result<(), ExportError> {
        ctx.int(ws, row, 2, c.assigned(), int)?;
        for (i, s) in columns.iter().enumerate() {
            ctx.int(ws, row, 3 + i as u16, c.get(*s), int)?;
        }
        ctx.int(ws, row, 9, c.halted(), int)?;
        match c.completion_rate() {
            Some(r) => ctx.num(ws, row, 10, r, pct)?,
            None => ctx.blank(ws, row, 10, pct)?,
        }
        if period {
            for (i, n) in c.period.iter().enumerate() {
                ctx.int(ws, row, 11 + i as u16, *n, int)?;
            }
        }
        Ok(())
    };

    let mut row = 1;
    for (i, a) in stats.agencies.iter().enumerate() {
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        let record = format!("agency row {}", i + 1);
        ctx.text(ws, row, 1, &a.name, &f.text, &record, "name")?;
        write_counts(ctx, ws, row, &a.counts, &f.int, &f.pct)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    let n = stats.agencies.len() as u32;
    ctx.blank(ws, row, 0, &f.total_text)?;
    ctx.label(ws, row, 1, ctx.l(labels::TOTAL), &f.total_text)?;
    write_counts(ctx, ws, row, &stats.total, &f.total_int, &f.total_pct)?;
    ctx.end_row(ws, row)?;
    let total_row = row;
    row += 2;
    let note = match exporter.groups {
        GroupAssignees::OwnRow => labels::NOTE_OWN_ROW,
        GroupAssignees::Expand => labels::NOTE_EXPAND,
    };
    ctx.label(ws, row, 1, ctx.l(note), &f.note)?;
    ctx.end_row(ws, row)?;

    if n > 0 {
        ws.autofilter(0, 0, n, last_col).map_err(xlsx_err)?;
        overdue_formats(ws, n, total_row)?;
    }
    Ok(())
}

/// Overdue work stands out: the overdue count in red, and the agency's row tinted.
fn overdue_formats(ws: &mut Worksheet, n: u32, total_row: u32) -> Result<(), ExportError> {
    let overdue_col = 7;
    ws.add_conditional_format(
        1,
        overdue_col,
        total_row,
        overdue_col,
        &ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::GreaterThan(0))
            .set_format(
                Format::new()
                    .set_bold()
                    .set_font_color(colour::HEADER_TEXT)
                    .set_background_color(colour::DARK_RED),
            ),
    )
    .map_err(xlsx_err)?;
    ws.add_conditional_format(
        1,
        0,
        n,
        2,
        &ConditionalFormatFormula::new()
            .set_rule("=$H2>0")
            .set_format(
                Format::new()
                    .set_font_color(colour::RED_TEXT)
                    .set_background_color(colour::RED),
            ),
    )
    .map_err(xlsx_err)?;
    Ok(())
}
