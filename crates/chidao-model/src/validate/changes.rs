//! The rules of a task's changes (deadline extensions, reassignments of the lead): each in
//! effect after the task was assigned and not after it was completed, in the order they take
//! effect, with a decision; an extension's deadline real, a new lead that exists.

use chrono::NaiveDate;

use super::{Checker, Kind, Rule};
use crate::{DirectiveId, Extension, Reassignment, Task, Text};

/// What the rules need of a change.
trait Change {
    /// "extension", "reassignment".
    const WHAT: &'static str;
    fn effective(&self) -> NaiveDate;
    fn decision(&self) -> Option<&DirectiveId>;
    fn decision_as_written(&self) -> Option<&str>;
    fn reason(&self) -> Option<&Text>;
}

impl Change for Extension {
    const WHAT: &'static str = "extension";
    fn effective(&self) -> NaiveDate {
        self.effective
    }
    fn decision(&self) -> Option<&DirectiveId> {
        self.decision.as_ref()
    }
    fn decision_as_written(&self) -> Option<&str> {
        self.decision_as_written.as_deref()
    }
    fn reason(&self) -> Option<&Text> {
        self.reason.as_ref()
    }
}

impl Change for Reassignment {
    const WHAT: &'static str = "reassignment";
    fn effective(&self) -> NaiveDate {
        self.effective
    }
    fn decision(&self) -> Option<&DirectiveId> {
        self.decision.as_ref()
    }
    fn decision_as_written(&self) -> Option<&str> {
        self.decision_as_written.as_deref()
    }
    fn reason(&self) -> Option<&Text> {
        self.reason.as_ref()
    }
}

pub(super) fn check_changes(c: &mut Checker<'_>, at: &str, t: &Task) {
    check_list(c, t, &t.extensions, &format!("{at}.extensions"));
    for (k, e) in t.extensions.iter().enumerate() {
        if let Err(err) = e.deadline.term.check() {
            c.push(
                Rule::InvalidDeadline,
                format!("{at}.extensions[{k}].deadline.term"),
                err.to_string(),
            );
        }
    }
    check_list(c, t, &t.reassignments, &format!("{at}.reassignments"));
    for (k, r) in t.reassignments.iter().enumerate() {
        c.reference(Kind::Assignee, r.lead.as_str(), || {
            format!("{at}.reassignments[{k}].lead")
        });
    }
}

fn check_list<C: Change>(c: &mut Checker<'_>, t: &Task, changes: &[C], at: &str) {
    let assigned = c.ds.assigned_on(t);
    let what = C::WHAT;
    for (k, e) in changes.iter().enumerate() {
        let eat = format!("{at}[{k}]");
        let effective = e.effective();
        if let Some(a) = assigned
            && effective < a
        {
            c.push(
                Rule::ChangeBeforeAssignment,
                format!("{eat}.effective"),
                format!(
                    "the {what} takes effect on {effective}, before the task was assigned on {a}"
                ),
            );
        }
        if let Some(done) = t.completed_on
            && effective > done
        {
            c.push(
                Rule::ChangeAfterCompletion,
                format!("{eat}.effective"),
                format!(
                    "the {what} takes effect on {effective}, after the task was completed on {done}"
                ),
            );
        }
        if let Some(before) = k.checked_sub(1).map(|j| &changes[j])
            && effective < before.effective()
        {
            c.push(
                Rule::ChangesOutOfOrder,
                format!("{eat}.effective"),
                format!(
                    "the {what} takes effect on {effective}, before the one listed before it ({})",
                    before.effective()
                ),
            );
        }
        match e.decision() {
            Some(d) => c.reference(Kind::Directive, d.as_str(), || format!("{eat}.decision")),
            None if e.decision_as_written().is_none() => c.push(
                Rule::ChangeWithoutDecision,
                eat.clone(),
                format!("the {what} names no decision, neither a directive nor as written"),
            ),
            None => {}
        }
        if let Some(reason) = e.reason() {
            c.text(reason, || format!("{eat}.reason"));
        }
    }
}
