//! The overview sheet: headline figures, the status breakdown and indicator outcomes.

use chidao_model::diff::ChangeCode;
use chidao_model::{ExportError, TaskStatus, Vocabulary};
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFormat, ChartLegendPosition, ChartPoint, ChartSolidFill, ChartType,
    Workbook,
};

use crate::XlsxExporter;
use crate::labels::{self, L};
use crate::stats::Stats;

use super::ctx::{Ctx, day_text};
use super::formats::{assessment_colours, colour, darker, status_colours};
use super::{count_unit, new_sheet, widths, xlsx_err};

pub(super) fn overview(
    ctx: &mut Ctx<'_>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    stats: &Stats,
    dataset_title: &str,
) -> Result<(), ExportError> {
    let name = ctx.l(labels::SHEET_OVERVIEW);
    let ws = new_sheet(wb, name, false)?;
    ctx.page_setup(ws, name, None)?;
    widths(ws, &[44.0, 14.0, 12.0, 12.0, 12.0, 14.0, 3.0])?;
    ctx.cols.clear();
    // The overview is one portrait page.
    ws.set_portrait();
    ws.set_print_fit_to_pages(1, 1);
    let lang = ctx.lang;
    let f = ctx.f;

    let mut row = 0;
    ctx.label(ws, row, 0, ctx.l(labels::REPORT_TITLE), &f.title)?;
    row += 1;
    ctx.text(ws, row, 0, dataset_title, &f.subtitle, "dataset", "title")?;
    row += 2;
    ctx.label(ws, row, 0, ctx.l(labels::AS_OF), &f.label)?;
    ctx.date(ws, row, 1, Some(ctx.options.as_of), &f.date_plain)?;
    row += 1;
    ctx.label(ws, row, 0, ctx.l(labels::DATA_SOURCE), &f.label)?;
    if let Some(source) = &exporter.source {
        ctx.text(
            ws,
            row,
            1,
            source,
            &f.text_plain,
            "report settings",
            "source",
        )?;
    }
    row += 1;
    if let Some(p) = &exporter.period {
        ctx.label(ws, row, 0, ctx.l(labels::REPORT_PERIOD), &f.label)?;
        let span = format!(
            "{} – {}",
            day_text(p.period.since(), lang),
            day_text(p.period.as_of(), lang)
        );
        ctx.label(ws, row, 1, &span, &f.text_plain)?;
        row += 1;
        ctx.label(ws, row, 0, ctx.l(labels::COMPARED_WITH), &f.label)?;
        ctx.text(
            ws,
            row,
            1,
            &p.compared_with,
            &f.text_plain,
            "report settings",
            "since",
        )?;
        row += 1;
    }
    if let Some(org) = &exporter.organisation {
        ctx.label(ws, row, 0, ctx.l(labels::PREPARED_BY), &f.label)?;
        ctx.text(
            ws,
            row,
            1,
            org,
            &f.text_plain,
            "report settings",
            "organisation",
        )?;
        row += 1;
    }
    row += 1;

    // Headline figures.
    let ds = ctx.dataset;
    ctx.label(ws, row, 0, ctx.l(labels::HEADLINE), &f.subtitle)?;
    row += 1;
    let total = &stats.total;
    let lead_agencies = stats
        .agencies
        .iter()
        .filter(|a| a.has_lead && a.counts.assigned() > 0)
        .count() as u64;
    let headline: [(L, u64); 9] = [
        (labels::N_DIRECTIVES, ds.directives().len() as u64),
        (labels::N_TASKS, total.assigned()),
        (labels::N_COMPLETED, total.completed()),
        (labels::N_OPEN, total.open()),
        (labels::N_OVERDUE, total.get(TaskStatus::Overdue)),
        (labels::N_AGENCIES, lead_agencies),
        (labels::N_INDICATORS, ds.indicators().len() as u64),
        (labels::N_PROJECTS, ds.projects().len() as u64),
        (labels::N_MEETINGS, ds.meetings().len() as u64),
    ];
    for (i, (l, n)) in headline.iter().enumerate() {
        ctx.label(ws, row, 0, ctx.l(*l), &f.text_plain)?;
        ctx.int(ws, row, 1, *n, &f.int_plain)?;
        row += 1;
        if i == 4 {
            ctx.label(ws, row, 0, ctx.l(labels::COMPLETION_RATE), &f.text_plain)?;
            match total.completion_rate() {
                Some(r) => ctx.num(ws, row, 1, r, &f.pct_plain)?,
                None => ctx.blank(ws, row, 1, &f.pct_plain)?,
            }
            row += 1;
        }
    }
    row += 1;
    if let Some(changes) = &stats.changes {
        row = period_figures(ctx, ws, row, changes)?;
    }

    // Status breakdown, with a chart beside it.
    ctx.label(ws, row, 0, ctx.l(labels::STATUS_BREAKDOWN), &f.subtitle)?;
    row += 1;
    ctx.headers(
        ws,
        row,
        &[
            ctx.l(labels::STATUS),
            ctx.l(labels::COUNT),
            ctx.l(labels::SHARE),
        ],
    )?;
    row += 1;
    let first = row;
    let assigned = total.assigned();
    for s in TaskStatus::ALL {
        ctx.label(ws, row, 0, s.label(lang), f.status(*s))?;
        ctx.int(ws, row, 1, total.get(*s), &f.int)?;
        if assigned > 0 {
            ctx.num(ws, row, 2, total.get(*s) as f64 / assigned as f64, &f.pct)?;
        } else {
            ctx.blank(ws, row, 2, &f.pct)?;
        }
        row += 1;
    }
    let last = row - 1;
    ctx.label(ws, row, 0, ctx.l(labels::TOTAL), &f.total_text)?;
    ctx.int(ws, row, 1, assigned, &f.total_int)?;
    if assigned > 0 {
        ctx.num(ws, row, 2, 1.0, &f.total_pct)?;
    } else {
        ctx.blank(ws, row, 2, &f.total_pct)?;
    }
    row += 1;

    let mut chart = Chart::new(ChartType::Bar);
    let points: Vec<ChartPoint> = TaskStatus::ALL
        .iter()
        .map(|s| {
            let (fill, _) = status_colours(*s);
            let fill = if *s == TaskStatus::Overdue {
                colour::DARK_RED
            } else {
                darker(fill)
            };
            ChartPoint::new().set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(fill)),
            )
        })
        .collect();
    chart
        .add_series()
        .set_categories((name, first, 0, last, 0))
        .set_values((name, first, 1, last, 1))
        .set_name(ctx.l(labels::COUNT))
        .set_points(&points)
        .set_data_label(ChartDataLabel::new().show_value())
        .set_gap(60);
    chart.title().set_name(ctx.l(labels::CHART_STATUS));
    // In a bar chart the categories run up the y axis: reversed, they read top down.
    chart.y_axis().set_reverse();
    chart
        .x_axis()
        .set_min(0)
        .set_major_unit(count_unit(assigned))
        .set_num_format("#,##0");
    chart.legend().set_hidden();
    chart.set_width(560).set_height(300);
    ws.insert_chart_with_offset(row + 1, 0, &chart, 0, 0)
        .map_err(xlsx_err)?;
    // Leave room for the chart (300 px is 15 rows of 20 px).
    row += 17;

    // Indicators met and missed, per year.
    ctx.label(ws, row, 0, ctx.l(labels::INDICATOR_OUTCOMES), &f.subtitle)?;
    row += 1;
    let mut headers = vec![ctx.l(labels::YEAR)];
    for a in [
        chidao_model::Assessment::Exceeded,
        chidao_model::Assessment::Met,
        chidao_model::Assessment::Missed,
        chidao_model::Assessment::NotAssessable,
    ] {
        headers.push(a.label(lang));
    }
    headers.push(ctx.l(labels::TOTAL));
    ctx.headers(ws, row, &headers)?;
    let header_row = row;
    row += 1;
    let first = row;
    for (year, n) in &stats.assessments {
        ctx.label(ws, row, 0, &year.to_string(), &f.text)?;
        for (i, v) in n.iter().enumerate() {
            ctx.int(ws, row, 1 + i as u16, *v, &f.int)?;
        }
        ctx.int(ws, row, 5, n.iter().sum(), &f.total_int)?;
        row += 1;
    }
    if !stats.assessments.is_empty() {
        let last = row - 1;
        let mut chart = Chart::new(ChartType::ColumnStacked);
        for i in 0..4u16 {
            let (fill, _) = assessment_colours(i as usize);
            chart
                .add_series()
                .set_categories((name, first, 0, last, 0))
                .set_values((name, first, 1 + i, last, 1 + i))
                .set_name((name, header_row, 1 + i))
                .set_format(
                    ChartFormat::new()
                        .set_solid_fill(ChartSolidFill::new().set_color(darker(fill))),
                )
                .set_gap(80);
        }
        chart.title().set_name(ctx.l(labels::CHART_INDICATORS));
        chart.legend().set_position(ChartLegendPosition::Bottom);
        chart.set_width(560).set_height(300);
        ws.insert_chart_with_offset(row + 1, 0, &chart, 0, 0)
            .map_err(xlsx_err)?;
    }
    Ok(())
}

/// What moved in the report period: tasks assigned, completed (and of them late), newly
/// overdue, extended and reassigned, directives issued, and all changes.
fn period_figures<'a>(
    ctx: &mut Ctx<'a>,
    ws: &mut rust_xlsxwriter::Worksheet,
    mut row: u32,
    changes: &[(ChangeCode, u64)],
) -> Result<u32, ExportError> {
    let f = ctx.f;
    let n = |codes: &[ChangeCode]| -> u64 {
        changes
            .iter()
            .filter(|(c, _)| codes.contains(c))
            .map(|(_, n)| n)
            .sum()
    };
    ctx.label(ws, row, 0, ctx.l(labels::THIS_PERIOD), &f.subtitle)?;
    row += 1;
    // (The late completions are a part of the completions: indented under them.)
    let figures: [(L, bool, u64); 8] = [
        (labels::P_ASSIGNED, false, n(&[ChangeCode::TaskAdded])),
        (
            labels::P_COMPLETED,
            false,
            n(&[
                ChangeCode::TaskCompletedOnTime,
                ChangeCode::TaskCompletedLate,
            ]),
        ),
        (
            labels::P_COMPLETED_LATE,
            true,
            n(&[ChangeCode::TaskCompletedLate]),
        ),
        (
            labels::P_NEWLY_OVERDUE,
            false,
            n(&[ChangeCode::TaskNewlyOverdue]),
        ),
        (
            labels::P_EXTENDED,
            false,
            n(&[ChangeCode::TaskDeadlineExtended]),
        ),
        (
            labels::P_REASSIGNED,
            false,
            n(&[ChangeCode::TaskReassigned]),
        ),
        (
            labels::P_DIRECTIVES,
            false,
            n(&[ChangeCode::DirectiveIssued]),
        ),
        (
            labels::P_ALL_CHANGES,
            false,
            changes.iter().map(|(_, n)| n).sum(),
        ),
    ];
    for (l, indent, v) in figures {
        let text = if indent {
            format!("    {}", ctx.l(l))
        } else {
            ctx.l(l).to_owned()
        };
        ctx.label(ws, row, 0, &text, &f.text_plain)?;
        ctx.int(ws, row, 1, v, &f.int_plain)?;
        row += 1;
    }
    Ok(row + 1)
}
