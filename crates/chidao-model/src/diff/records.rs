//! The changes of agencies, meetings, directives and projects.

use super::matching::{Keyed, Pair, change, compare, edited, pairs};
use super::{Change, ChangeCode};
use crate::{Dataset, Directive, Project};

/// Nothing to compare in a record of both snapshots.
fn none<T>(_: &T, _: &T, _: &mut Vec<Change>) {}

pub(super) fn agencies(old: &Dataset, new: &Dataset, out: &mut Vec<Change>) {
    let codes = (ChangeCode::AgencyAdded, ChangeCode::AgencyRemoved);
    let found = (old.agencies(), new.agencies());
    compare(
        found,
        |id| old.agency(id),
        |id| new.agency(id),
        codes,
        none,
        out,
    );
    let found = (old.agency_groups(), new.agency_groups());
    compare(
        found,
        |id| old.agency_group(id),
        |id| new.agency_group(id),
        codes,
        none,
        out,
    );
}

pub(super) fn meetings(old: &Dataset, new: &Dataset, out: &mut Vec<Change>) {
    let codes = (ChangeCode::MeetingAdded, ChangeCode::MeetingRemoved);
    let found = (old.meetings(), new.meetings());
    compare(
        found,
        |id| old.meeting(id),
        |id| new.meeting(id),
        codes,
        none,
        out,
    );
}

pub(super) fn directives(old: &Dataset, new: &Dataset, out: &mut Vec<Change>) {
    let found = pairs(
        old.directives(),
        new.directives(),
        |id| old.directive(id),
        |id| new.directive(id),
    );
    let issued = |d: &Directive| {
        let code = if d.draft {
            ChangeCode::DirectiveDrafted
        } else {
            ChangeCode::DirectiveIssued
        };
        change(code, d).values(None, d.named()).on(d.date)
    };
    for pair in found {
        match pair {
            Pair::Added(n) => out.push(issued(n)),
            Pair::Removed(o) => {
                out.push(change(ChangeCode::DirectiveRemoved, o).values(o.named(), None));
            }
            Pair::Both(o, n) => {
                if o.draft && !n.draft {
                    out.push(issued(n));
                }
                let fields = edited(&[
                    ("number", o.number == n.number),
                    ("document_type", o.document_type == n.document_type),
                    ("issuer", o.issuer == n.issuer),
                    ("date", o.date == n.date),
                    ("issue_month", o.issue_month == n.issue_month),
                    ("subject", o.subject == n.subject),
                ]);
                if let Some(fields) = fields {
                    out.push(
                        change(ChangeCode::DirectiveDetailsChanged, n).values(None, Some(fields)),
                    );
                }
            }
        }
    }
}

pub(super) fn projects(old: &Dataset, new: &Dataset, out: &mut Vec<Change>) {
    let codes = (ChangeCode::ProjectAdded, ChangeCode::ProjectRemoved);
    let found = (old.projects(), new.projects());
    let both = |o: &Project, n: &Project, out: &mut Vec<Change>| {
        for m in n.milestones.iter().filter(|m| m.reached) {
            let before = o
                .milestones
                .iter()
                .any(|w| w.reached && w.title.vi == m.title.vi);
            if !before {
                out.push(
                    change(ChangeCode::ProjectMilestoneReached, n)
                        .values(None, Some(m.title.vi.clone()))
                        .on(m.date),
                );
            }
        }
        if o.phase != n.phase {
            let code = |p: Option<crate::ProjectPhase>| p.map(|p| p.code().to_owned());
            out.push(
                change(ChangeCode::ProjectPhaseChanged, n).values(code(o.phase), code(n.phase)),
            );
        }
    };
    compare(
        found,
        |id| old.project(id),
        |id| new.project(id),
        codes,
        both,
        out,
    );
}
