//! The indicators sheet: targets and results per indicator and year.

use chidao_model::{Decimal, ExportError, Indicator, IndicatorYear, Lang, Polarity, Target};
use rust_xlsxwriter::{Chart, ChartDataLabel, ChartFormat, ChartSolidFill, ChartType, Worksheet};

use crate::labels::{self};
use crate::stats::{self};

use super::ctx::{Ctx, decimal_f64};
use super::{standalone_sheet, xlsx_err};

/// The target as text: as the plan writes it, else built from its value.
pub(super) fn target_text(year: &IndicatorYear, lang: Lang) -> String {
    if let Some(t) = &year.target_as_written {
        return t.clone();
    }
    let n = |d: &Decimal| {
        let s = d.normalize().to_string();
        match lang {
            Lang::Vi => s.replace('.', ","),
            Lang::En => s,
        }
    };
    match &year.target {
        Some(Target::Exact { value }) => n(value),
        Some(Target::Range { min, max }) => format!("{}–{}", n(min), n(max)),
        Some(Target::AtLeast { value }) => format!("≥ {}", n(value)),
        Some(Target::AtMost { value }) => format!("≤ {}", n(value)),
        Some(Target::About { value }) => format!("~ {}", n(value)),
        Some(Target::Qualitative { text }) => text.get(lang).to_owned(),
        _ => String::new(),
    }
}

/// The value the result is compared with (as in `IndicatorYear::percent_of_target`).
pub(super) fn target_reference(year: &IndicatorYear, polarity: Polarity) -> Option<Decimal> {
    let (lo, hi) = year.target.as_ref()?.bounds()?;
    match polarity {
        Polarity::LowerIsBetter => hi.or(lo),
        _ => lo.or(hi),
    }
}

pub(super) fn indicators(ctx: &mut Ctx<'_>) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_INDICATORS);
    let mut sheet = standalone_sheet(name)?;
    let ws = &mut sheet;
    ctx.page_setup(ws, name, Some(0))?;
    ctx.columns(
        ws,
        &[
            12.0, 40.0, 12.0, 7.0, 14.0, 12.0, 13.0, 13.0, 11.0, 14.0, 40.0,
        ],
    )?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    ctx.headers(
        ws,
        0,
        &[
            ctx.l(labels::GROUP),
            ctx.l(labels::INDICATOR),
            ctx.l(labels::UNIT),
            ctx.l(labels::YEAR),
            ctx.l(labels::TARGET),
            ctx.l(labels::TARGET_VALUE),
            ctx.l(labels::FIGURE_KIND),
            ctx.l(labels::RESULT),
            ctx.l(labels::PERCENT_OF_TARGET),
            ctx.l(labels::ASSESSMENT),
            ctx.l(labels::NOTE),
        ],
    )?;
    let f = ctx.f;
    // Newest year first; within a year, the indicators measured against a numeric target
    // first (they make the chart's contiguous range), then in dataset order.
    let mut rows: Vec<(&Indicator, &IndicatorYear)> = ds
        .indicators()
        .iter()
        .flat_map(|i| i.years.iter().map(move |y| (i, y)))
        .collect();
    let measured =
        |(i, y): &(&Indicator, &IndicatorYear)| y.percent_of_target(i.polarity).is_some();
    rows.sort_by(|a, b| b.1.year.cmp(&a.1.year).then(measured(b).cmp(&measured(a))));
    let chart_year = rows
        .iter()
        .find(|(i, y)| y.percent_of_target(i.polarity).is_some())
        .map(|(_, y)| y.year);
    let mut chart_rows: Option<(u32, u32)> = None;

    let mut row = 1u32;
    for (ind, y) in &rows {
        let record = format!("indicator {} year {}", ind.id, y.year);
        ctx.label(ws, row, 0, ind.group.label(lang), &f.text)?;
        ctx.text(ws, row, 1, ind.name.get(lang), &f.text, &record, "name")?;
        match ind.unit {
            Some(u) => ctx.label(ws, row, 2, u.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 2, &f.text)?,
        }
        ctx.num(ws, row, 3, f64::from(y.year), &f.whole)?;
        let target = target_text(y, lang);
        ctx.text(ws, row, 4, &target, &f.text, &record, "target")?;
        match target_reference(y, ind.polarity) {
            Some(v) => ctx.num(ws, row, 5, decimal_f64(v), f.number_for(v))?,
            None => ctx.blank(ws, row, 5, &f.text)?,
        }
        match &y.figure {
            Some(fig) => {
                ctx.label(ws, row, 6, fig.kind.label(lang), &f.text)?;
                ctx.num(ws, row, 7, decimal_f64(fig.value), f.number_for(fig.value))?;
            }
            None => {
                ctx.blank(ws, row, 6, &f.text)?;
                match &y.qualitative_result {
                    Some(t) => ctx.text(ws, row, 7, t.get(lang), &f.text, &record, "result")?,
                    None => ctx.blank(ws, row, 7, &f.text)?,
                }
            }
        }
        match y.percent_of_target(ind.polarity) {
            Some(p) => ctx.num(ws, row, 8, decimal_f64(p) / 100.0, &f.pct)?,
            None => ctx.blank(ws, row, 8, &f.pct)?,
        }
        let a = y.assessment(ind.polarity);
        ctx.label(
            ws,
            row,
            9,
            a.label(lang),
            &f.assessment[stats::assessment_index(a)],
        )?;
        match &y.note {
            Some(n) => ctx.text(ws, row, 10, n.get(lang), &f.text, &record, "note")?,
            None => ctx.blank(ws, row, 10, &f.text)?,
        }
        if Some(y.year) == chart_year && y.percent_of_target(ind.polarity).is_some() {
            chart_rows = Some(chart_rows.map_or((row, row), |(a, _)| (a, row)));
        }
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 10).map_err(xlsx_err)?;
    }
    if let (Some(year), Some((first, last))) = (chart_year, chart_rows) {
        let mut chart = Chart::new(ChartType::Bar);
        chart
            .add_series()
            .set_categories((name, first, 1, last, 1))
            .set_values((name, first, 8, last, 8))
            .set_name((name, 0, 8))
            .set_format(
                ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(0x2E75B6)),
            )
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
        chart
            .set_width(760)
            .set_height(140 + 26 * (last - first + 1));
        ws.set_page_breaks(&[row + 1]).map_err(xlsx_err)?;
        ws.insert_chart_with_offset(row + 1, 1, &chart, 0, 0)
            .map_err(xlsx_err)?;
    }
    Ok(sheet)
}
