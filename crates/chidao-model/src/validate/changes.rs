//! The rules of a task's extensions: each in effect after the task was assigned and not after
//! it was completed, in the order they take effect, with a real deadline and a decision.

use super::{Checker, Kind, Rule};
use crate::Task;

pub(super) fn check_extensions(c: &mut Checker<'_>, at: &str, t: &Task) {
    let assigned = c.ds.assigned_on(t);
    for (k, e) in t.extensions.iter().enumerate() {
        let eat = format!("{at}.extensions[{k}]");
        if let Some(a) = assigned
            && e.effective < a
        {
            c.push(
                Rule::ChangeBeforeAssignment,
                format!("{eat}.effective"),
                format!(
                    "the extension takes effect on {}, before the task was assigned on {a}",
                    e.effective
                ),
            );
        }
        if let Some(done) = t.completed_on
            && e.effective > done
        {
            c.push(
                Rule::ChangeAfterCompletion,
                format!("{eat}.effective"),
                format!(
                    "the extension takes effect on {}, after the task was completed on {done}",
                    e.effective
                ),
            );
        }
        if let Some(before) = k.checked_sub(1).map(|j| &t.extensions[j])
            && e.effective < before.effective
        {
            c.push(
                Rule::ChangesOutOfOrder,
                format!("{eat}.effective"),
                format!(
                    "the extension takes effect on {}, before the one listed before it ({})",
                    e.effective, before.effective
                ),
            );
        }
        if let Err(err) = e.deadline.term.check() {
            c.push(
                Rule::InvalidDeadline,
                format!("{eat}.deadline.term"),
                err.to_string(),
            );
        }
        match &e.decision {
            Some(d) => c.reference(Kind::Directive, d.as_str(), || format!("{eat}.decision")),
            None if e.decision_as_written.is_none() => c.push(
                Rule::ChangeWithoutDecision,
                eat.clone(),
                "the extension names no decision, neither a directive nor as written",
            ),
            None => {}
        }
        if let Some(reason) = &e.reason {
            c.text(reason, || format!("{eat}.reason"));
        }
    }
}
