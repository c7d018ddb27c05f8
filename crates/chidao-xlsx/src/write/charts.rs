//! The charts sheet: the agencies with most overdue tasks and the newest year's results
//! against target, each on a printed page of its own.
//!
//! The charts read their figures from the by-agency and indicators sheets. They sit on a
//! sheet of their own rather than under those tables, where a printed chart would come under
//! the table's repeated header row, on a page with no data.

use chidao_model::{Dataset, ExportError, TaskStatus};
use rust_xlsxwriter::{Chart, ChartDataLabel, ChartFormat, ChartSolidFill, ChartType, Workbook};

use crate::labels;
use crate::stats::Stats;

use super::ctx::Ctx;
use super::formats::colour;
use super::{count_unit, indicators, new_sheet, widths, xlsx_err};

/// The most agencies the overdue chart shows.
const OVERDUE_AGENCIES: usize = 10;

/// The width of a chart in pixels: most of an A4 landscape page.
const WIDTH_PX: u32 = 960;

/// The default row height in pixels (the workbook's default format).
const ROW_PX: u32 = super::DEFAULT_ROW_PX;

pub(super) fn charts(
    ctx: &mut Ctx<'_>,
    wb: &mut Workbook,
    stats: &Stats,
) -> Result<(), ExportError> {
    let name = ctx.l(labels::SHEET_CHARTS);
    let ws = new_sheet(wb, name, false)?;
    ctx.page_setup(ws, name, None)?;
    widths(ws, &[2.0])?;
    ctx.cols.clear();
    let f = ctx.f;
    ctx.label(ws, 0, 1, ctx.l(labels::CHARTS_TITLE), &f.subtitle)?;
    let overdue = overdue_chart(ctx, stats);
    let target = target_chart(ctx, ctx.dataset);
    let first = 2u32;
    let mut row = first;
    let mut breaks = Vec::new();
    for (chart, height) in overdue.into_iter().chain(target) {
        if row > first {
            // Each chart starts a printed page: the row above it ends the page before.
            breaks.push(row - 1);
        }
        ws.insert_chart_with_offset(row, 1, &chart, 0, 0)
            .map_err(xlsx_err)?;
        row += height.div_ceil(ROW_PX) + 2;
    }
    if row == first {
        ctx.label(ws, first, 1, ctx.l(labels::NOTHING_TO_CHART), &f.text_plain)?;
    }
    if !breaks.is_empty() {
        ws.set_page_breaks(&breaks).map_err(xlsx_err)?;
    }
    Ok(())
}

/// The agencies with most overdue tasks, from the by-agency sheet (sorted most overdue first).
fn overdue_chart(ctx: &Ctx<'_>, stats: &Stats) -> Option<(Chart, u32)> {
    let rows = stats
        .agencies
        .iter()
        .take(OVERDUE_AGENCIES)
        .take_while(|a| a.counts.get(TaskStatus::Overdue) > 0)
        .count() as u32;
    if rows == 0 {
        return None;
    }
    let sheet = ctx.l(labels::SHEET_AGENCIES);
    let mut chart = Chart::new(ChartType::Bar);
    chart
        .add_series()
        .set_categories((sheet, 1, 1, rows, 1))
        .set_values((sheet, 1, 7, rows, 7))
        .set_name((sheet, 0, 7))
        .set_format(
            ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(colour::DARK_RED)),
        )
        .set_data_label(ChartDataLabel::new().show_value())
        .set_gap(60);
    chart.title().set_name(ctx.l(labels::CHART_OVERDUE));
    chart.y_axis().set_reverse();
    let most = stats.agencies[0].counts.get(TaskStatus::Overdue);
    chart
        .x_axis()
        .set_min(0)
        .set_major_unit(count_unit(most))
        .set_num_format("#,##0");
    chart.legend().set_hidden();
    let height = 120 + 28 * rows;
    chart.set_width(WIDTH_PX).set_height(height);
    Some((chart, height))
}

/// The newest year's results against target, from the indicators sheet.
fn target_chart(ctx: &Ctx<'_>, ds: &Dataset) -> Option<(Chart, u32)> {
    let (year, first, last) = indicators::chart_rows(&indicators::rows(ds))?;
    let sheet = ctx.l(labels::SHEET_INDICATORS);
    let mut chart = Chart::new(ChartType::Bar);
    chart
        .add_series()
        .set_categories((sheet, first, 1, last, 1))
        .set_values((sheet, first, 8, last, 8))
        .set_name((sheet, 0, 8))
        .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(0x2E75B6)))
        .set_data_label(ChartDataLabel::new().show_value().set_num_format("0%"))
        .set_gap(50);
    chart.title().set_name(&format!(
        "{} {year} (100% = {})",
        ctx.l(labels::CHART_TARGET_VS_RESULT),
        ctx.l(labels::TARGET).to_lowercase()
    ));
    chart.y_axis().set_reverse();
    chart.x_axis().set_num_format("0%").set_min(0);
    chart.legend().set_hidden();
    let height = 140 + 26 * (last - first + 1);
    chart.set_width(WIDTH_PX).set_height(height);
    Some((chart, height))
}
