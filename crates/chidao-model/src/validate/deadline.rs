//! The deadline rules of a task: a term that names a real period, a stated due date that
//! agrees with it, a phrase that reads as the term recorded, a deadline not before the
//! directive.

use chrono::NaiveDate;

use super::{Checker, Rule};
use crate::{Dataset, Deadline, Directive, Task};

/// The directive that assigns `t`, the day it was issued (or its meeting was held), and words
/// saying which.
fn issued<'a>(ds: &'a Dataset, t: &Task) -> Option<(&'a Directive, NaiveDate, &'static str)> {
    let directive = ds.directive(t.directive.as_str())?;
    match directive.date {
        Some(d) => Some((directive, d, "issued")),
        None => directive
            .meeting
            .as_ref()
            .and_then(|m| ds.meeting(m.as_str()))
            .map(|m| (directive, m.date, "whose meeting was held")),
    }
}

pub(super) fn check_deadline(c: &mut Checker<'_>, at: &str, t: &Task) {
    let ds = c.ds;
    let deadline = &t.deadline;
    if let Err(e) = deadline.term.check() {
        c.push(
            Rule::InvalidDeadline,
            format!("{at}.deadline.term"),
            e.to_string(),
        );
        return;
    }
    if let Some(stated) = deadline.stated_due
        && deadline.due_date() != Some(stated)
    {
        let resolved = match deadline.due_date() {
            Some(d) => format!("resolves to {d}"),
            None => "has no due date".to_owned(),
        };
        c.push(
            Rule::DueDateMismatch,
            format!("{at}.deadline.due"),
            format!(
                "the due date {stated} disagrees with the term \"{}\", which {resolved}; kept as written",
                deadline.term
            ),
        );
    }
    let issued = issued(ds, t);
    if let Some(phrase) = &deadline.as_written {
        let read = match issued {
            Some((_, day, _)) => Deadline::parse_vi_at(phrase, day),
            None => Deadline::parse_vi(phrase),
        };
        // only a phrase that reads without doubt is compared
        if let Ok(read) = read
            && read.term != deadline.term
        {
            c.push(
                Rule::DeadlinePhraseMismatch,
                format!("{at}.deadline"),
                format!(
                    "the phrase \"{phrase}\" reads as \"{}\" but the term recorded is \"{}\"",
                    read.term, deadline.term
                ),
            );
        }
    }
    let Some(due) = deadline.due_date() else {
        return;
    };
    let Some((directive, issued, what)) = issued else {
        return;
    };
    if due < issued {
        let number = directive
            .number
            .as_ref()
            .map_or(directive.id.as_str(), |n| n.as_str());
        c.push(
            Rule::DeadlineBeforeDirective,
            format!("{at}.deadline"),
            format!(
                "deadline {due} is before directive {number} {what} on {issued}; kept as written"
            ),
        );
    }
}
