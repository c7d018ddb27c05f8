//! The changes of tasks: added and removed, completed, newly overdue, extended, reassigned,
//! halted and resumed, progress reported, details edited.

use chrono::{Days, NaiveDate};

use super::matching::{Pair, change, pairs};
use super::{Change, ChangeCode, Period, date_value, deadline_value};
use crate::{Dataset, Task, TaskStatus};

pub(super) fn tasks(old: &Dataset, new: &Dataset, period: &Period, out: &mut Vec<Change>) {
    let found = pairs(
        old.tasks(),
        new.tasks(),
        |id| old.task(id),
        |id| new.task(id),
    );
    for pair in found {
        match pair {
            Pair::Both(o, n) => changed(old, o, new, n, period, out),
            Pair::Added(n) => added(new, n, period, out),
            Pair::Removed(o) => {
                out.push(change(ChangeCode::TaskRemoved, o).values(Some(o.title.vi.clone()), None))
            }
        }
    }
}

/// A task of the new snapshot only: its assignment, and what of its completion and status
/// falls in the period.
fn added(new: &Dataset, n: &Task, period: &Period, out: &mut Vec<Change>) {
    out.push(
        change(ChangeCode::TaskAdded, n)
            .values(None, Some(n.title.vi.clone()))
            .on(new.assigned_on(n)),
    );
    if let Some(done) = n.completed_on
        && (period.since..=period.as_of).contains(&done)
    {
        out.push(completion(n, done, period));
    }
    newly_overdue(None, new, n, period, out);
}

fn changed(
    old: &Dataset,
    o: &Task,
    new: &Dataset,
    n: &Task,
    period: &Period,
    out: &mut Vec<Change>,
) {
    details(o, n, out);
    deadlines(o, n, out);
    leads(o, n, out);
    halts(o, n, out);
    progress(o, n, out);
    match (o.completed_on, n.completed_on) {
        (None, Some(done)) => out.push(completion(n, done, period)),
        (Some(was), Some(is)) if was != is => out.push(
            change(ChangeCode::TaskCompletionRevised, n)
                .values(date_value(Some(was)), date_value(Some(is)))
                .on(Some(is)),
        ),
        (Some(was), None) => {
            out.push(change(ChangeCode::TaskReopened, n).values(date_value(Some(was)), None))
        }
        _ => {}
    }
    newly_overdue(Some((old, o)), new, n, period, out);
}

/// Completed on `done`: on time or late against the deadline in force that day.
fn completion(n: &Task, done: NaiveDate, period: &Period) -> Change {
    let code = match period.policy.status(n, done) {
        TaskStatus::CompletedLate => ChangeCode::TaskCompletedLate,
        _ => ChangeCode::TaskCompletedOnTime,
    };
    change(code, n)
        .values(None, date_value(Some(done)))
        .on(Some(done))
}

/// Overdue as of the end of the period by the new snapshot, and not as of its start by the old
/// (or not in the old at all).
fn newly_overdue(
    old: Option<(&Dataset, &Task)>,
    new: &Dataset,
    n: &Task,
    period: &Period,
    out: &mut Vec<Change>,
) {
    let policy = &period.policy;
    if new.status_with(policy, n, period.as_of) != Some(TaskStatus::Overdue) {
        return;
    }
    let was = old.and_then(|(ds, o)| ds.status_with(policy, o, period.since));
    if was == Some(TaskStatus::Overdue) {
        return;
    }
    let due = n.deadline_on(period.as_of).due_date();
    out.push(
        change(ChangeCode::TaskNewlyOverdue, n)
            .values(
                was.map(|s| s.code().to_owned()),
                Some(TaskStatus::Overdue.code().to_owned()),
            )
            .on(due.and_then(|d| d.checked_add_days(Days::new(1)))),
    );
}

/// The fields that are neither the deadline, the lead, progress nor completion.
fn details(o: &Task, n: &Task, out: &mut Vec<Change>) {
    let fields = super::matching::edited(&[
        ("item", o.item == n.item),
        ("title", o.title == n.title),
        ("description", o.description == n.description),
        ("directive", o.directive == n.directive),
        ("coordinating", o.coordinating == n.coordinating),
        ("assigned_on", o.assigned_on == n.assigned_on),
        ("output", o.output == n.output),
        ("projects", o.projects == n.projects),
        ("references", o.references == n.references),
        ("indicators", o.indicators == n.indicators),
    ]);
    if let Some(fields) = fields {
        out.push(change(ChangeCode::TaskDetailsChanged, n).values(None, Some(fields)));
    }
}

/// The day before `day`, for what was in force just before a change took effect.
fn before(day: NaiveDate) -> NaiveDate {
    day.pred_opt().unwrap_or(day)
}

fn deadlines(o: &Task, n: &Task, out: &mut Vec<Change>) {
    // An edit of the assigned deadline, or extensions taken away: the deadlines in force after
    // every extension, before and after.
    let removed = o.extensions.iter().any(|e| !n.extensions.contains(e));
    if o.deadline != n.deadline || removed {
        let (was, is) = if removed {
            (o.current_deadline(), n.current_deadline())
        } else {
            (&o.deadline, &n.deadline)
        };
        out.push(
            change(ChangeCode::TaskDeadlineChanged, n)
                .values(Some(deadline_value(was)), Some(deadline_value(is))),
        );
    }
    let mut fresh: Vec<_> = n
        .extensions
        .iter()
        .filter(|e| !o.extensions.contains(e))
        .collect();
    fresh.sort_by_key(|e| e.effective);
    for e in fresh {
        let previous = n.deadline_on(before(e.effective));
        let code = match (previous.due_date(), e.deadline.due_date()) {
            (Some(was), Some(is)) if is < was => ChangeCode::TaskDeadlineBroughtForward,
            _ => ChangeCode::TaskDeadlineExtended,
        };
        let mut c = change(code, n)
            .values(
                Some(deadline_value(previous)),
                Some(deadline_value(&e.deadline)),
            )
            .on(Some(e.effective));
        c.decision = decision(
            e.decision.as_ref().map(|d| d.as_str()),
            e.decision_as_written.as_deref(),
        );
        out.push(c);
    }
}

fn leads(o: &Task, n: &Task, out: &mut Vec<Change>) {
    let id = |a: Option<&crate::AgencyId>| a.map(|a| a.as_str().to_owned());
    let removed = o.reassignments.iter().any(|r| !n.reassignments.contains(r));
    if o.lead != n.lead || removed {
        let (was, is) = if removed {
            (latest_lead(o), latest_lead(n))
        } else {
            (o.lead.as_ref(), n.lead.as_ref())
        };
        out.push(change(ChangeCode::TaskLeadChanged, n).values(id(was), id(is)));
    }
    let mut fresh: Vec<_> = n
        .reassignments
        .iter()
        .filter(|r| !o.reassignments.contains(r))
        .collect();
    fresh.sort_by_key(|r| r.effective);
    for r in fresh {
        let mut c = change(ChangeCode::TaskReassigned, n)
            .values(id(n.lead_on(before(r.effective))), id(Some(&r.lead)))
            .on(Some(r.effective));
        c.decision = decision(
            r.decision.as_ref().map(|d| d.as_str()),
            r.decision_as_written.as_deref(),
        );
        out.push(c);
    }
}

fn latest_lead(t: &Task) -> Option<&crate::AgencyId> {
    t.reassignments
        .iter()
        .max_by_key(|r| r.effective)
        .map(|r| &r.lead)
        .or(t.lead.as_ref())
}

fn decision(id: Option<&str>, as_written: Option<&str>) -> Option<String> {
    id.or(as_written).map(str::to_owned)
}

fn halts(o: &Task, n: &Task, out: &mut Vec<Change>) {
    let kind = |h: &crate::Halt| h.kind.code().to_owned();
    match (&o.halt, &n.halt) {
        (None, Some(h)) => out.push(
            change(ChangeCode::TaskHalted, n)
                .values(None, Some(kind(h)))
                .on(h.date),
        ),
        (Some(was), Some(is)) if was.kind != is.kind => out.push(
            change(ChangeCode::TaskHalted, n)
                .values(Some(kind(was)), Some(kind(is)))
                .on(is.date),
        ),
        (Some(was), None) => {
            out.push(change(ChangeCode::TaskResumed, n).values(Some(kind(was)), None));
        }
        _ => {}
    }
}

fn progress(o: &Task, n: &Task, out: &mut Vec<Change>) {
    let mut fresh: Vec<_> = n
        .progress
        .iter()
        .filter(|p| !o.progress.contains(p))
        .collect();
    fresh.sort_by_key(|p| p.date);
    for p in fresh {
        // The share of the work reported before: the latest earlier report that gave one.
        let before = n
            .progress
            .iter()
            .filter(|q| q.date < p.date && q.percent.is_some())
            .max_by_key(|q| q.date)
            .and_then(|q| q.percent);
        out.push(
            change(ChangeCode::TaskProgressReported, n)
                .values(
                    before.map(|v| v.to_string()),
                    p.percent.map(|v| v.to_string()),
                )
                .on(Some(p.date)),
        );
    }
}
