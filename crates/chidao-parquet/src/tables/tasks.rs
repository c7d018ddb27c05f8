//! Tasks with their status as of the export's date, who leads and who coordinates them, the
//! projects and indicators they concern, and their progress reports.

use chidao_model::{
    AgencyId, Assignee, DeadlineTerm, DirectiveId, ExportError, Extension, ProgressUpdate,
    Reassignment, Task,
};

use super::{Ctx, link_table, links_of};
use crate::table::Table;

/// The roles of `task_assignees`.
const ROLES: &[&str] = &["lead", "coordinating"];
/// What an assignee id names.
const ASSIGNEE_KINDS: &[&str] = &["agency", "group"];

/// One row of `task_assignees`.
struct Assigned<'a> {
    task: &'a str,
    agency: &'a str,
    role: &'static str,
    seq: usize,
}

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let as_of = ctx.options.as_of;
    let policy = ctx.options.status_policy;
    let tasks = Table::<(usize, &Task)>::new("tasks")
        .int64("ordinal", false, |(i, _)| Some(*i as i64))
        .text("task_id", |(_, t)| t.id.as_str())
        .text("directive_id", |(_, t)| t.directive.as_str())
        .text("item", |(_, t)| t.item.as_str())
        .bilingual(["title_vi", "title_en"], |(_, t)| &t.title)
        .opt_bilingual(["description_vi", "description_en"], |(_, t)| {
            t.description.as_ref()
        })
        .opt_text("lead_id", |(_, t)| t.lead.as_ref().map(AgencyId::as_str))
        .date("assigned_on", move |(_, t)| ds.assigned_on(t))
        .opt_text("deadline_as_written", |(_, t)| {
            t.deadline.as_written.as_deref()
        })
        .code("deadline_kind", DeadlineTerm::KINDS, false, |(_, t)| {
            Some(t.deadline.term.kind())
        })
        .date("deadline_due", |(_, t)| t.deadline.due_date())
        .date("deadline_stated_due", |(_, t)| t.deadline.stated_due)
        .date("deadline_next_due", move |(_, t)| {
            t.deadline.term.next_due(as_of)
        })
        .text_owned("deadline_term", |(_, t)| {
            serde_json::to_string(&t.deadline.term).expect("a deadline term serializes")
        })
        .vocab("output_kind", |(_, t)| t.output.as_ref().map(|o| o.kind))
        .opt_bilingual(
            ["output_description_vi", "output_description_en"],
            |(_, t)| t.output.as_ref().and_then(|o| o.description.as_ref()),
        )
        .opt_text("output_recipient_id", |(_, t)| {
            t.output
                .as_ref()
                .and_then(|o| o.recipient.as_ref())
                .map(AgencyId::as_str)
        })
        .date("completed_on", |(_, t)| t.completed_on)
        .vocab("halt_kind", |(_, t)| t.halt.as_ref().map(|h| h.kind))
        .date("halt_date", |(_, t)| t.halt.as_ref().and_then(|h| h.date))
        .opt_bilingual(["halt_reason_vi", "halt_reason_en"], |(_, t)| {
            t.halt.as_ref().and_then(|h| h.reason.as_ref())
        })
        .date("due_in_force", move |(_, t)| {
            t.deadline_on(as_of).due_date()
        })
        .opt_text("lead_in_force_id", move |(_, t)| {
            t.lead_on(as_of).map(AgencyId::as_str)
        })
        .req_vocab("status", move |(_, t)| policy.status(t, as_of))
        .req_vocab("status_against_original", move |(_, t)| {
            policy.status_against_original(t, as_of)
        });
    ctx.records(&tasks, ds.tasks().iter().enumerate())?;

    let extensions = Table::<(&Task, usize, &Extension)>::new("task_extensions")
        .text("task_id", |(t, _, _)| t.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .date("effective", |(_, _, e)| Some(e.effective))
        .code("deadline_kind", DeadlineTerm::KINDS, false, |(_, _, e)| {
            Some(e.deadline.term.kind())
        })
        .date("deadline_due", |(_, _, e)| e.deadline.due_date())
        .opt_text("deadline_as_written", |(_, _, e)| {
            e.deadline.as_written.as_deref()
        })
        .opt_text("decision_id", |(_, _, e)| {
            e.decision.as_ref().map(DirectiveId::as_str)
        })
        .opt_text("decision_as_written", |(_, _, e)| {
            e.decision_as_written.as_deref()
        })
        .opt_bilingual(["reason_vi", "reason_en"], |(_, _, e)| e.reason.as_ref());
    let rows = ds
        .tasks()
        .iter()
        .flat_map(|t| t.extensions.iter().enumerate().map(move |(i, e)| (t, i, e)));
    ctx.links(&extensions, rows)?;

    let reassignments = Table::<(&Task, usize, &Reassignment)>::new("task_reassignments")
        .text("task_id", |(t, _, _)| t.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .date("effective", |(_, _, r)| Some(r.effective))
        .text("lead_id", |(_, _, r)| r.lead.as_str())
        .opt_text("decision_id", |(_, _, r)| {
            r.decision.as_ref().map(DirectiveId::as_str)
        })
        .opt_text("decision_as_written", |(_, _, r)| {
            r.decision_as_written.as_deref()
        })
        .opt_bilingual(["reason_vi", "reason_en"], |(_, _, r)| r.reason.as_ref());
    let rows = ds.tasks().iter().flat_map(|t| {
        t.reassignments
            .iter()
            .enumerate()
            .map(move |(i, r)| (t, i, r))
    });
    ctx.links(&reassignments, rows)?;

    let assigned = Table::<Assigned<'_>>::new("task_assignees")
        .text("task_id", |a| a.task)
        .text("agency_id", |a| a.agency)
        .code("role", ROLES, false, |a| Some(a.role))
        .int32("seq", false, |a| Some(a.seq as i32))
        .code("assignee_kind", ASSIGNEE_KINDS, true, move |a| {
            match ds.assignee(a.agency) {
                Some(Assignee::Agency(_)) => Some("agency"),
                Some(Assignee::Group(_)) => Some("group"),
                _ => None,
            }
        });
    let rows = ds.tasks().iter().flat_map(|t| {
        let lead = t.lead.iter().map(move |l| Assigned {
            task: t.id.as_str(),
            agency: l.as_str(),
            role: "lead",
            seq: 0,
        });
        let coordinating = t
            .coordinating
            .iter()
            .enumerate()
            .map(move |(i, c)| Assigned {
                task: t.id.as_str(),
                agency: c.as_str(),
                role: "coordinating",
                seq: i + 1,
            });
        lead.chain(coordinating)
    });
    ctx.links(&assigned, rows)?;

    let projects = links_of(ds.tasks(), |t| t.id.as_str(), |t| &t.projects);
    let table = link_table("task_projects", "task_id", "project_id");
    ctx.links(&table, projects)?;

    let references = links_of(ds.tasks(), |t| t.id.as_str(), |t| &t.references);
    let table = link_table("task_references", "task_id", "cited_directive_id");
    ctx.links(&table, references)?;

    let indicators = links_of(ds.tasks(), |t| t.id.as_str(), |t| &t.indicators);
    let table = link_table("task_indicators", "task_id", "indicator_id");
    ctx.links(&table, indicators)?;

    let progress = Table::<(&Task, usize, &ProgressUpdate)>::new("task_progress")
        .text("task_id", |(t, _, _)| t.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .req_date("date", |(_, _, p)| p.date)
        .int32("percent", true, |(_, _, p)| p.percent.map(i32::from))
        .bilingual(["note_vi", "note_en"], |(_, _, p)| &p.note);
    let rows = ds
        .tasks()
        .iter()
        .flat_map(|t| t.progress.iter().enumerate().map(move |(i, p)| (t, i, p)));
    ctx.links(&progress, rows)
}
