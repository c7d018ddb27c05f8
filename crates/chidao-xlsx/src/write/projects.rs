//! The projects sheet: investment projects with their task counts.

use chidao_model::{ExportError, TaskStatus};
use rust_xlsxwriter::Worksheet;

use crate::labels::{self};
use crate::stats::{self, Counts, Stats};

use super::ctx::{Ctx, Record};
use super::{overdue_highlight, table_sheet, xlsx_err};

pub(super) fn projects(ctx: &mut Ctx<'_>, stats: &Stats) -> Result<Worksheet, ExportError> {
    let lang = ctx.lang;
    let ds = ctx.dataset;
    let name = ctx.l(labels::SHEET_PROJECTS);
    let mut sheet = table_sheet(
        ctx,
        name,
        &[
            5.0, 40.0, 14.0, 14.0, 26.0, 20.0, 14.0, 11.0, 15.0, 10.0, 10.0, 10.0, 10.0,
        ],
        2,
        &[
            labels::NO,
            labels::PROJECT,
            labels::SECTOR,
            labels::INVESTMENT_FORM,
            labels::OWNER,
            labels::LOCATIONS,
            labels::TOTAL_INVESTMENT,
            labels::PERIOD,
            labels::PHASE,
            labels::N_DIRECTIVES,
            labels::TASKS,
            labels::OPEN_TASKS,
            labels::OVERDUE_TASKS,
        ],
    )?;
    let ws = &mut sheet;
    let f = ctx.f;
    let empty = Counts::default();
    let mut row = 1u32;
    for (i, p) in ds.projects().iter().enumerate() {
        let record = Record("project", p.id.as_str());
        ctx.int(ws, row, 0, i as u64 + 1, &f.int)?;
        ctx.text(ws, row, 1, p.name.get(lang), &f.text, &record, "name")?;
        ctx.label(ws, row, 2, p.sector.label(lang), &f.text)?;
        match p.investment_form {
            Some(x) => ctx.label(ws, row, 3, x.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 3, &f.text)?,
        }
        // The owner (marked when inferred), the partners it works with, then an investor named
        // only by text.
        let mut owner: Vec<String> = Vec::new();
        if let Some(o) = &p.owner {
            let mark = ctx.mark_inferred(ws, row, 4, &p.inferred, "owner")?;
            owner.push(format!(
                "{}{mark}",
                stats::assignee_name(ds, o.as_str(), lang)
            ));
        }
        owner.extend(
            p.partners
                .iter()
                .map(|a| stats::assignee_name(ds, a.as_str(), lang)),
        );
        owner.extend(p.investor.clone());
        ctx.text(ws, row, 4, owner.join("; "), &f.text, &record, "owner")?;
        ctx.text(
            ws,
            row,
            5,
            p.locations
                .iter()
                .map(|l| l.get(lang))
                .collect::<Vec<_>>()
                .join("; "),
            &f.text,
            &record,
            "locations",
        )?;
        match p.total_investment_vnd {
            Some(v) => ctx.num(ws, row, 6, v as f64 / 1e9, &f.money)?,
            None => ctx.blank(ws, row, 6, &f.money)?,
        }
        match p.period {
            Some(s) if s.start == s.end => ctx.label(ws, row, 7, &s.start.to_string(), &f.text)?,
            Some(s) => ctx.label(ws, row, 7, &format!("{}–{}", s.start, s.end), &f.text)?,
            None => ctx.blank(ws, row, 7, &f.text)?,
        }
        match p.phase {
            Some(x) => ctx.label(ws, row, 8, x.label(lang), &f.text)?,
            None => ctx.blank(ws, row, 8, &f.text)?,
        }
        let c = stats.by_project.get(p.id.as_str()).unwrap_or(&empty);
        let directives = stats
            .directives_by_project
            .get(p.id.as_str())
            .copied()
            .unwrap_or(0);
        ctx.int(ws, row, 9, directives, &f.int)?;
        ctx.int(ws, row, 10, c.assigned(), &f.int)?;
        ctx.int(ws, row, 11, c.open(), &f.int)?;
        ctx.int(ws, row, 12, c.get(TaskStatus::Overdue), &f.int)?;
        ctx.end_row(ws, row)?;
        row += 1;
    }
    if row > 1 {
        ws.autofilter(0, 0, row - 1, 12).map_err(xlsx_err)?;
        overdue_highlight(ws, row - 1, 12)?;
    }
    ctx.inferred_legend(ws, row + 1)?;
    Ok(sheet)
}
