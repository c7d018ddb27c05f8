//! Rules for the `inferred` lists of records and for a month of issue.

use crate::inferred::Fields;
use crate::{Directive, Inference};

use super::{Checker, Rule};

/// Each inference names a field of the record that holds a value, once.
pub(super) fn check_inferred(
    c: &mut Checker<'_>,
    record: &impl Fields,
    inferred: &[Inference],
    at: &str,
) {
    for (k, inference) in inferred.iter().enumerate() {
        let path = || format!("{at}.inferred[{k}].field");
        let field = inference.field.as_str();
        match record.has_value(field) {
            None => c.push(
                Rule::InferredFieldUnknown,
                path(),
                format!("`{field}` is not a field of this record that can be inferred"),
            ),
            Some(false) => c.push(
                Rule::InferredFieldEmpty,
                path(),
                format!("field `{field}` is marked as inferred but holds no value"),
            ),
            Some(true) => {}
        }
        if inferred[..k].iter().any(|i| i.field == inference.field) {
            c.push(
                Rule::InferredFieldUnknown,
                path(),
                format!("field `{field}` is marked as inferred twice"),
            );
        }
        c.text(&inference.note, || format!("{at}.inferred[{k}].note"));
    }
}

/// A directive's date falls in its month of issue, when it has both.
pub(super) fn check_issue_month(c: &mut Checker<'_>, d: &Directive, at: &str) {
    if let (Some(date), Some(month)) = (d.date, d.issue_month)
        && !month.contains(date)
    {
        c.push(
            Rule::IssueMonthMismatch,
            format!("{at}.issue_month"),
            format!("the date of issue {date} is not in the month of issue {month}"),
        );
    }
}
