//! Deadlines a clerk writes: a phrase (`trước ngày 31/3/2024`, `trong quý II`) read by the
//! deadline reader against the directive's date, or a due date alone. A deadline whose
//! machine code was kept from the template is left as it is.

use std::collections::HashMap;

use chidao_model::{Deadline, Locate, NaiveDate, Place};
use serde_json::{Map, Value, json};

use super::{Locator, Problems};

/// Fills in the term of every deadline of `records` (tasks and their extensions) that has
/// none, from its phrase or its due date; a task with no deadline at all gets the term `none`.
pub(crate) fn complete(
    collection: &str,
    records: &mut [Value],
    directive_dates: &HashMap<String, String>,
    problems: &mut Problems,
    locator: &Locator,
) {
    if collection != "tasks" {
        return;
    }
    for (i, task) in records.iter_mut().enumerate() {
        let Some(task) = task.as_object_mut() else {
            continue;
        };
        let issued = task
            .get("directive")
            .and_then(Value::as_str)
            .and_then(|d| directive_dates.get(d))
            .map(String::as_str)
            .or_else(|| task.get("assigned_on").and_then(Value::as_str))
            .and_then(|d| d.parse::<NaiveDate>().ok());
        let deadline = task
            .entry("deadline")
            .or_insert_with(|| Value::Object(Map::new()));
        fill(
            deadline,
            issued,
            &format!("tasks[{i}].deadline"),
            problems,
            locator,
        );
        if let Some(extensions) = task.get_mut("extensions").and_then(Value::as_array_mut) {
            for (j, extension) in extensions.iter_mut().enumerate() {
                let effective = extension
                    .get("effective")
                    .and_then(Value::as_str)
                    .and_then(|d| d.parse::<NaiveDate>().ok());
                let Some(deadline) = extension.as_object_mut().map(|e| {
                    e.entry("deadline")
                        .or_insert_with(|| Value::Object(Map::new()))
                }) else {
                    continue;
                };
                let path = format!("tasks[{i}].extensions[{j}].deadline");
                fill(deadline, effective.or(issued), &path, problems, locator);
            }
        }
    }
}

fn fill(
    deadline: &mut Value,
    issued: Option<NaiveDate>,
    path: &str,
    problems: &mut Problems,
    locator: &Locator,
) {
    let Some(d) = deadline.as_object_mut() else {
        return;
    };
    if d.contains_key("term") {
        return;
    }
    let phrase = d
        .get("as_written")
        .and_then(Value::as_str)
        .map(str::to_owned);
    let due = d.get("due").and_then(Value::as_str).map(str::to_owned);
    let place = |field: &str| {
        locator
            .locate(&format!("{path}.{field}"))
            .unwrap_or(Place::Document)
    };
    let term = match (&phrase, &due) {
        (Some(phrase), due) => {
            let read = match issued {
                Some(day) => Deadline::parse_vi_at(phrase, day),
                None => Deadline::parse_vi(phrase),
            };
            match read {
                Ok(read) => serde_json::to_value(&read.term).expect("a term serializes"),
                Err(e) => {
                    let why = e.to_string();
                    let (term, vi, en) = match due {
                        Some(due) => (
                            json!({"kind": "on_date", "date": due}),
                            format!("không đọc được thời hạn ({why}); dùng hạn xử lý đã ghi"),
                            format!(
                                "the deadline phrase cannot be read ({why}); the due date written is used"
                            ),
                        ),
                        None => (
                            json!({"kind": "none"}),
                            format!(
                                "không đọc được thời hạn ({why}); giữ nguyên văn, không có hạn xử lý"
                            ),
                            format!(
                                "the deadline phrase cannot be read ({why}); it is kept as written, with no due date"
                            ),
                        ),
                    };
                    let message = problems.say(vi, en);
                    problems.warn(place("as_written"), "deadline-unread", message);
                    term
                }
            }
        }
        (None, Some(due)) => json!({"kind": "on_date", "date": due}),
        (None, None) => json!({"kind": "none"}),
    };
    d.insert("term".to_owned(), term);
}
