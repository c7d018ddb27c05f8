//! The directives sheet: directives with their task counts.

use chidao_model::{ExportError, TaskStatus};
use rust_xlsxwriter::Worksheet;

use crate::labels::{self};
use crate::stats::{self, Counts, Stats};

use super::ctx::{Ctx, Record, month_text};
use super::{overdue_highlight, table_sheet, xlsx_err};

pub(super) fn directives(ctx: &mut Ctx<'_>, stats: &Stats) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_DIRECTIVES);
    let mut sheet = table_sheet(
        ctx,
        name,
        &[5.0, 18.0, 11.0, 13.0, 26.0, 52.0, 10.0, 11.0, 11.0, 10.0],
        2,
        &[
            labels::NO,
            labels::DIRECTIVE_NUMBER,
            labels::DIRECTIVE_DATE,
            labels::DOCUMENT_TYPE,
            labels::ISSUER,
            labels::SUBJECT,
            labels::TASKS,
            labels::COMPLETED_TASKS,
            labels::OPEN_TASKS,
            labels::OVERDUE_TASKS,
        ],
    )?;
    let ws = &mut sheet;
    let f = ctx.f;
    let empty = Counts::default();
    let mut row = 1u32;
    for (i, d) in ds.directives().iter().enumerate() {
        let record = Record("directive", d.id.as_str());
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        let mark = |ctx: &mut Ctx<'_>, ws: &mut Worksheet, col, field| {
            ctx.mark_inferred(ws, row, col, &d.inferred, field)
        };
        match &d.number {
            Some(n) => {
                let text = format!("{n}{}", mark(ctx, ws, 1, "number")?);
                ctx.text(ws, row, 1, text, &f.text, &record, "number")?
            }
            None => ctx.blank(ws, row, 1, &f.text)?,
        }
        match (d.date, d.issue_month) {
            (None, Some(m)) => {
                mark(ctx, ws, 2, "issue_month")?;
                let month = month_text(m, lang);
                ctx.label(ws, row, 2, &month, &f.date)?;
            }
            (date, _) => {
                mark(ctx, ws, 2, "date")?;
                ctx.date(ws, row, 2, date, &f.date)?;
            }
        }
        ctx.label(ws, row, 3, d.document_type.label(lang), &f.text)?;
        let issuer = stats::assignee_name(ds, d.issuer.as_str(), lang);
        let issuer = format!("{issuer}{}", mark(ctx, ws, 4, "issuer")?);
        ctx.text(ws, row, 4, &issuer, &f.text, &record, "issuer")?;
        let subject = format!("{}{}", d.subject.get(lang), mark(ctx, ws, 5, "subject")?);
        ctx.text(ws, row, 5, subject, &f.text, &record, "subject")?;
        let c = stats.by_directive.get(d.id.as_str()).unwrap_or(&empty);
        ctx.int(ws, row, 6, c.assigned(), &f.int)?;
        ctx.int(ws, row, 7, c.completed(), &f.int)?;
        ctx.int(ws, row, 8, c.open(), &f.int)?;
        ctx.int(ws, row, 9, c.get(TaskStatus::Overdue), &f.int)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 9).map_err(xlsx_err)?;
        overdue_highlight(ws, row - 1, 9)?;
    }
    ctx.inferred_legend(ws, row + 1)?;
    Ok(sheet)
}
