//! The indicators sheet: targets and results per indicator and year.

use chidao_model::{
    Assessment, Dataset, Decimal, ExportError, Indicator, IndicatorYear, Lang, Polarity, Target,
};
use rust_xlsxwriter::Worksheet;

use crate::labels::{self};
use crate::stats::{self};

use super::ctx::{Ctx, decimal_f64};
use super::{table_sheet, xlsx_err};

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

/// The rows of the indicators sheet: newest year first; within a year, the indicators
/// measured against a numeric target first (they make the chart's contiguous range), then in
/// dataset order.
pub(super) fn rows(ds: &Dataset) -> Vec<(&Indicator, &IndicatorYear)> {
    let mut rows: Vec<(&Indicator, &IndicatorYear)> = ds
        .indicators()
        .iter()
        .flat_map(|i| i.years.iter().map(move |y| (i, y)))
        .collect();
    let measured =
        |(i, y): &(&Indicator, &IndicatorYear)| y.percent_of_target(i.polarity).is_some();
    rows.sort_by(|a, b| b.1.year.cmp(&a.1.year).then(measured(b).cmp(&measured(a))));
    rows
}

/// The rows the target-versus-result chart shows: the newest year with an indicator measured
/// against a numeric target, and that year's measured rows (sheet rows, after the header).
pub(super) fn chart_rows(rows: &[(&Indicator, &IndicatorYear)]) -> Option<(i32, u32, u32)> {
    let measured =
        |(i, y): &&(&Indicator, &IndicatorYear)| y.percent_of_target(i.polarity).is_some();
    let first = rows.iter().position(|r| measured(&r))?;
    let year = rows[first].1.year;
    let count = rows[first..]
        .iter()
        .take_while(|r| r.1.year == year && measured(r))
        .count();
    let first = first as u32 + 1;
    Some((year, first, first + count as u32 - 1))
}

pub(super) fn indicators(ctx: &mut Ctx<'_>) -> Result<Worksheet, ExportError> {
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_INDICATORS);
    let mut sheet = table_sheet(
        ctx,
        name,
        &[
            12.0, 40.0, 12.0, 7.0, 14.0, 12.0, 13.0, 13.0, 11.0, 14.0, 40.0,
        ],
        2,
        &[
            labels::GROUP,
            labels::INDICATOR,
            labels::UNIT,
            labels::YEAR,
            labels::TARGET,
            labels::TARGET_VALUE,
            labels::FIGURE_KIND,
            labels::RESULT,
            labels::PERCENT_OF_TARGET,
            labels::ASSESSMENT,
            labels::NOTE,
        ],
    )?;
    let ws = &mut sheet;
    let mut row = 1u32;
    for (ind, y) in rows(ds) {
        indicator_row(ctx, ws, row, ind, y)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 10).map_err(xlsx_err)?;
    }
    ctx.inferred_legend(ws, row + 1)?;
    Ok(sheet)
}

/// One indicator's figures for one year.
fn indicator_row(
    ctx: &mut Ctx<'_>,
    ws: &mut Worksheet,
    row: u32,
    ind: &Indicator,
    y: &IndicatorYear,
) -> Result<(), ExportError> {
    let lang = ctx.lang;
    let f = ctx.f;
    let record = format!("indicator {} year {}", ind.id, y.year);
    ctx.label(ws, row, 0, ind.group.label(lang), &f.text)?;
    ctx.text(ws, row, 1, ind.name.get(lang), &f.text, &record, "name")?;
    match ind.unit {
        Some(u) => ctx.label(ws, row, 2, u.label(lang), &f.text)?,
        None => ctx.blank(ws, row, 2, &f.text)?,
    }
    let inferred = &y.inferred;
    ctx.mark_inferred(ws, row, 3, inferred, "year")?;
    ctx.num(ws, row, 3, f64::from(y.year), &f.whole)?;
    let mark = ctx.mark_inferred(ws, row, 4, inferred, "target")?;
    let target = format!("{}{mark}", target_text(y, lang));
    ctx.text(ws, row, 4, &target, &f.text, &record, "target")?;
    match target_reference(y, ind.polarity) {
        Some(v) => ctx.num(ws, row, 5, decimal_f64(v), f.number_for(v))?,
        None => ctx.blank(ws, row, 5, &f.text)?,
    }
    match &y.figure {
        Some(fig) => {
            ctx.label(ws, row, 6, fig.kind.label(lang), &f.text)?;
            ctx.mark_inferred(ws, row, 7, inferred, "figure")?;
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
    // An assessment the figures cannot give is the source's own words: said so.
    let stated = y.computed_assessment(ind.polarity) == Assessment::NotAssessable
        && y.stated_assessment.is_some();
    let label = if stated {
        format!("{} {}", a.label(lang), ctx.l(labels::AS_STATED))
    } else {
        a.label(lang).to_owned()
    };
    let format = &f.assessment[stats::assessment_index(a)];
    ctx.label(ws, row, 9, &label, format)?;
    match &y.note {
        Some(n) => ctx.text(ws, row, 10, n.get(lang), &f.text, &record, "note"),
        None => ctx.blank(ws, row, 10, &f.text),
    }
}
