//! The changes sheet: what moved in the report period, one row per change, grouped by kind of
//! change in the order of [`ChangeCode::ALL`].

use chidao_model::diff::{Change, ChangeCode};
use chidao_model::{ExportError, Lang, RecordKind, parse_date};
use rust_xlsxwriter::Workbook;

use crate::labels::{self};
use crate::stats::{self};
use crate::{PeriodChanges, XlsxExporter};

use super::ctx::{Ctx, day_text, row_height};
use super::{new_sheet, xlsx_err};

const COLUMNS: usize = 10;

pub(super) fn changes(
    ctx: &mut Ctx<'_>,
    wb: &mut Workbook,
    exporter: &XlsxExporter,
    period: &PeriodChanges,
) -> Result<(), ExportError> {
    let name = ctx.l(labels::SHEET_CHANGES);
    // Written row by row in constant memory: a period of a national dataset can hold many.
    let ws = new_sheet(wb, name, true)?;
    ctx.page_setup(ws, name, Some(0))?;
    let widths: [f64; COLUMNS] = [5.0, 22.0, 11.0, 16.0, 44.0, 26.0, 16.0, 16.0, 11.0, 18.0];
    ctx.columns(ws, &widths)?;
    ws.set_freeze_panes(1, 2).map_err(xlsx_err)?;
    let headers = [
        labels::NO,
        labels::CHANGE,
        labels::RECORD_KIND,
        labels::RECORD_ID,
        labels::RECORD_NAME,
        labels::LEAD,
        labels::BEFORE,
        labels::AFTER,
        labels::CHANGE_DATE,
        labels::DECISION,
    ]
    .map(|l| ctx.l(l));
    ctx.headers(ws, 0, &headers)?;

    let mut order: Vec<&Change> = period.changes.iter().collect();
    // Codes order as declared, the order of `ChangeCode::ALL`; stable, so a group keeps the
    // diff's order.
    order.sort_by_key(|c| c.code);
    // The header, the rows and a note row fit one sheet; the rest are counted in a warning.
    let room = exporter.max_rows.saturating_sub(3) as usize;
    if order.len() > exporter.sized_row_limit as usize {
        ctx.sized_rows = false;
        ws.set_default_row_height(row_height(2));
    }
    let mut row = 1u32;
    for (i, c) in order.iter().take(room).enumerate() {
        change_row(ctx, ws, row, i, c)?;
        row += 1;
    }
    let f = ctx.f;
    row += 1;
    if order.is_empty() {
        ctx.label(ws, row, 1, ctx.l(labels::NO_CHANGES), &f.note)?;
    } else if order.len() > room {
        ctx.warnings.push(format!(
            "sheet {name}: {} of {} changes shown, as many as one sheet holds; chidao diff lists all",
            room,
            order.len()
        ));
    }
    ctx.end_row(ws, row)?;
    if row > 2 {
        ws.autofilter(0, 0, row - 2, COLUMNS as u16 - 1)
            .map_err(xlsx_err)?;
    }
    Ok(())
}

fn change_row(
    ctx: &mut Ctx<'_>,
    ws: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    i: usize,
    c: &Change,
) -> Result<(), ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let f = ctx.f;
    let record = format!("change {}", i + 1);
    ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
    ctx.label(ws, row, 1, c.code.label(lang), &f.text)?;
    ctx.label(ws, row, 2, c.record.label(lang), &f.text)?;
    let id = match c.year {
        Some(y) => format!("{} ({y})", c.id),
        None => c.id.clone(),
    };
    ctx.text(ws, row, 3, &id, &f.text, &record, "id")?;
    match name(ctx, c) {
        Some(n) => ctx.text(ws, row, 4, n, &f.text, &record, "name")?,
        None => ctx.blank(ws, row, 4, &f.text)?,
    }
    let lead = (c.record == RecordKind::Task)
        .then(|| ds.task(c.id.as_str()))
        .flatten()
        .and_then(|t| t.lead_on(ctx.options.as_of))
        .map(|l| stats::assignee_name(ds, l.as_str(), lang));
    match lead {
        Some(l) => ctx.text(ws, row, 5, l, &f.text, &record, "lead")?,
        None => ctx.blank(ws, row, 5, &f.text)?,
    }
    // A record added or removed is named in its own column, not again as a value.
    let names_record = matches!(
        c.code,
        ChangeCode::TaskAdded
            | ChangeCode::TaskRemoved
            | ChangeCode::DirectiveIssued
            | ChangeCode::DirectiveDrafted
            | ChangeCode::DirectiveRemoved
            | ChangeCode::MeetingAdded
            | ChangeCode::MeetingRemoved
            | ChangeCode::AgencyAdded
            | ChangeCode::AgencyRemoved
            | ChangeCode::IndicatorAdded
            | ChangeCode::IndicatorRemoved
            | ChangeCode::ProjectAdded
            | ChangeCode::ProjectRemoved
    );
    for (col, value) in [(6, &c.old), (7, &c.new)] {
        match value.as_ref().filter(|_| !names_record) {
            Some(v) => {
                let v = value_text(ctx, c, v);
                ctx.text(ws, row, col, v, &f.text, &record, "value")?;
            }
            None => ctx.blank(ws, row, col, &f.text)?,
        }
    }
    ctx.date(ws, row, 8, c.date, &f.date)?;
    match &c.decision {
        Some(d) => {
            let shown = ds
                .directive(d.as_str())
                .and_then(|d| d.number.as_ref())
                .map_or_else(|| d.clone(), |n| n.as_str().to_owned());
            ctx.text(ws, row, 9, shown, &f.text, &record, "decision")?;
        }
        None => ctx.blank(ws, row, 9, &f.text)?,
    }
    ctx.end_row(ws, row)
}

/// The name or title of the changed record in the report's language: from the dataset reported
/// on, else (a record removed, so only in the earlier one) the name the change carries.
fn name(ctx: &Ctx<'_>, c: &Change) -> Option<String> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let id = c.id.as_str();
    let found = match c.record {
        RecordKind::Task => ds.task(id).map(|t| t.title.get(lang).to_owned()),
        RecordKind::Directive => ds.directive(id).map(|d| match &d.number {
            Some(n) => format!("{n}: {}", d.subject.get(lang)),
            None => d.subject.get(lang).to_owned(),
        }),
        RecordKind::Meeting => ds.meeting(id).map(|m| m.title.get(lang).to_owned()),
        RecordKind::Agency | RecordKind::AgencyGroup => {
            ds.assignee(id).map(|a| a.name().get(lang).to_owned())
        }
        RecordKind::Indicator => ds.indicator(id).map(|i| i.name.get(lang).to_owned()),
        RecordKind::Project => ds.project(id).map(|p| p.name.get(lang).to_owned()),
        _ => None,
    };
    found.or_else(|| c.old.clone())
}

/// A value as the report shows it: a date as the report writes dates, an agency by its name, a
/// vocabulary value by its label.
fn value_text(ctx: &Ctx<'_>, c: &Change, v: &str) -> String {
    let lang: Lang = ctx.lang;
    if let Ok(d) = parse_date(v) {
        return day_text(d, lang);
    }
    if matches!(
        c.code,
        ChangeCode::TaskReassigned | ChangeCode::TaskLeadChanged
    ) {
        return stats::assignee_name(ctx.dataset, v, lang);
    }
    c.value_text(v, lang)
}
