//! Task status at every boundary, table-driven.

use chidao_model::{
    Deadline, DeadlineTerm, Frequency, Halt, HaltKind, StatusPolicy, Task, TaskStatus, Text,
};
use chrono::NaiveDate;

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn task(
    term: DeadlineTerm,
    completed: Option<&str>,
    halt: Option<(HaltKind, Option<&str>)>,
) -> Task {
    let mut t = Task::new(
        "t".parse().unwrap(),
        "d".parse().unwrap(),
        "1",
        Text::vi("Nhiệm vụ"),
    );
    t.deadline = Deadline::new(term);
    t.completed_on = completed.map(day);
    t.halt = halt.map(|(k, d)| Halt::new(k, d.map(day)));
    t
}

fn on(date: &str) -> DeadlineTerm {
    DeadlineTerm::OnDate { date: day(date) }
}

/// One row: deadline, completion, halt, as-of, due-soon window, expected status, days overdue.
type Row = (
    DeadlineTerm,
    Option<&'static str>,
    Option<(HaltKind, Option<&'static str>)>,
    &'static str,
    u32,
    TaskStatus,
    Option<i64>,
);

#[test]
fn status_boundaries() {
    use TaskStatus::*;
    let rows: Vec<Row> = vec![
        // open, on-date deadline 2024-03-31, window 7
        (
            on("2024-03-31"),
            None,
            None,
            "2024-03-23",
            7,
            InProgress,
            None,
        ),
        (on("2024-03-31"), None, None, "2024-03-24", 7, DueSoon, None),
        (on("2024-03-31"), None, None, "2024-03-31", 7, DueSoon, None),
        (
            on("2024-03-31"),
            None,
            None,
            "2024-04-01",
            7,
            Overdue,
            Some(1),
        ),
        (
            on("2024-03-31"),
            None,
            None,
            "2024-05-01",
            7,
            Overdue,
            Some(31),
        ),
        // window 0: only the due day itself is due soon
        (
            on("2024-03-31"),
            None,
            None,
            "2024-03-30",
            0,
            InProgress,
            None,
        ),
        (on("2024-03-31"), None, None, "2024-03-31", 0, DueSoon, None),
        // completion on the due day is on time; a day later is late
        (
            on("2024-03-31"),
            Some("2024-03-31"),
            None,
            "2024-06-01",
            7,
            CompletedOnTime,
            None,
        ),
        (
            on("2024-03-31"),
            Some("2024-04-01"),
            None,
            "2024-06-01",
            7,
            CompletedLate,
            Some(1),
        ),
        // a completion after the as-of date is not yet known on that date
        (
            on("2024-03-31"),
            Some("2024-04-10"),
            None,
            "2024-04-05",
            7,
            Overdue,
            Some(5),
        ),
        (
            on("2024-03-31"),
            Some("2024-04-10"),
            None,
            "2024-04-10",
            7,
            CompletedLate,
            Some(10),
        ),
        // month, quarter, half-year and year terms resolve to their last day
        (
            DeadlineTerm::Month {
                year: 2024,
                month: 2,
            },
            None,
            None,
            "2024-02-29",
            7,
            DueSoon,
            None,
        ),
        (
            DeadlineTerm::Month {
                year: 2024,
                month: 2,
            },
            None,
            None,
            "2024-03-01",
            7,
            Overdue,
            Some(1),
        ),
        (
            DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3,
            },
            None,
            None,
            "2024-09-30",
            7,
            DueSoon,
            None,
        ),
        (
            DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3,
            },
            None,
            None,
            "2024-10-01",
            7,
            Overdue,
            Some(1),
        ),
        (
            DeadlineTerm::HalfYear {
                year: 2024,
                half: 1,
            },
            None,
            None,
            "2024-06-22",
            7,
            InProgress,
            None,
        ),
        (
            DeadlineTerm::HalfYear {
                year: 2024,
                half: 1,
            },
            None,
            None,
            "2024-06-23",
            7,
            DueSoon,
            None,
        ),
        (
            DeadlineTerm::Year { year: 2024 },
            None,
            None,
            "2025-01-01",
            7,
            Overdue,
            Some(1),
        ),
        // no deadline and recurring work are never overdue
        (
            DeadlineTerm::None,
            None,
            None,
            "2099-01-01",
            7,
            NoDeadline,
            None,
        ),
        (
            DeadlineTerm::Recurring {
                frequency: Frequency::Ongoing,
                anchor: None,
            },
            None,
            None,
            "2099-01-01",
            7,
            NoDeadline,
            None,
        ),
        (
            DeadlineTerm::None,
            Some("2024-01-20"),
            None,
            "2024-02-01",
            7,
            CompletedOnTime,
            None,
        ),
        // halts: from their date on; completion wins over a halt
        (
            on("2024-03-31"),
            None,
            Some((HaltKind::Postponed, Some("2024-03-01"))),
            "2024-02-29",
            7,
            InProgress,
            None,
        ),
        (
            on("2024-03-31"),
            None,
            Some((HaltKind::Postponed, Some("2024-03-01"))),
            "2024-03-01",
            7,
            Postponed,
            None,
        ),
        (
            on("2024-03-31"),
            None,
            Some((HaltKind::Cancelled, None)),
            "2024-05-01",
            7,
            Cancelled,
            None,
        ),
        (
            on("2024-03-31"),
            Some("2024-03-15"),
            Some((HaltKind::Cancelled, None)),
            "2024-05-01",
            7,
            CompletedOnTime,
            None,
        ),
    ];
    for (i, (term, completed, halt, as_of, window, expected, overdue)) in
        rows.into_iter().enumerate()
    {
        let t = task(term, completed, halt);
        let policy = StatusPolicy::default().with_due_soon_days(window);
        let as_of = day(as_of);
        assert_eq!(
            policy.status(&t, as_of),
            expected,
            "row {i}: {t:?} as of {as_of}"
        );
        assert_eq!(
            policy.days_overdue(&t, as_of),
            overdue,
            "row {i}: days overdue"
        );
    }
}

#[test]
fn default_policy_is_seven_days() {
    let t = task(on("2024-03-31"), None, None);
    assert_eq!(t.status(day("2024-03-24")), TaskStatus::DueSoon);
    assert_eq!(t.status(day("2024-03-23")), TaskStatus::InProgress);
    assert_eq!(
        StatusPolicy::default().due_soon_days(),
        StatusPolicy::DEFAULT_DUE_SOON_DAYS
    );
}

#[test]
fn open_and_completed_partition_the_statuses() {
    use chidao_model::Vocabulary;
    for s in TaskStatus::ALL {
        let kinds = [
            s.is_open(),
            s.is_completed(),
            matches!(s, TaskStatus::Postponed | TaskStatus::Cancelled),
        ];
        assert_eq!(kinds.iter().filter(|k| **k).count(), 1, "{s:?}");
    }
}

/// A task due on 31/3/2024, extended on 25/3 to 30/4/2024.
fn extended(completed: Option<&str>) -> Task {
    let mut t = task(on("2024-03-31"), completed, None);
    t.extensions.push(chidao_model::Extension::new(
        day("2024-03-25"),
        Deadline::new(on("2024-04-30")),
    ));
    t
}

#[test]
fn status_is_judged_against_the_deadline_in_force_on_the_day() {
    let p = StatusPolicy::default().with_due_soon_days(7);
    let open = extended(None);
    // (as of, status, days overdue, status against the original deadline)
    let rows = [
        // before the extension: the original deadline, 8 then 7 days away
        (
            "2024-03-23",
            TaskStatus::InProgress,
            None,
            TaskStatus::InProgress,
        ),
        // the day before it takes effect
        ("2024-03-24", TaskStatus::DueSoon, None, TaskStatus::DueSoon),
        // on the day it takes effect: the new deadline
        (
            "2024-03-25",
            TaskStatus::InProgress,
            None,
            TaskStatus::DueSoon,
        ),
        // past the original deadline but within the new one
        (
            "2024-04-01",
            TaskStatus::InProgress,
            None,
            TaskStatus::Overdue,
        ),
        ("2024-04-23", TaskStatus::DueSoon, None, TaskStatus::Overdue),
        ("2024-04-30", TaskStatus::DueSoon, None, TaskStatus::Overdue),
        // past the new deadline
        (
            "2024-05-01",
            TaskStatus::Overdue,
            Some(1),
            TaskStatus::Overdue,
        ),
    ];
    for (as_of, status, overdue, original) in rows {
        let d = day(as_of);
        assert_eq!(p.status(&open, d), status, "{as_of}");
        assert_eq!(p.days_overdue(&open, d), overdue, "{as_of}");
        assert_eq!(p.status_against_original(&open, d), original, "{as_of}");
    }
}

#[test]
fn a_completion_is_judged_against_the_deadline_in_force_when_it_was_completed() {
    let p = StatusPolicy::default();
    let as_of = day("2024-06-30");
    // on the extended deadline: on time, though late by the original one
    let t = extended(Some("2024-04-30"));
    assert_eq!(p.status(&t, as_of), TaskStatus::CompletedOnTime);
    assert_eq!(
        p.status_against_original(&t, as_of),
        TaskStatus::CompletedLate
    );
    assert_eq!(p.days_overdue(&t, as_of), None);
    // a day after it: late by one day
    let t = extended(Some("2024-05-01"));
    assert_eq!(p.status(&t, as_of), TaskStatus::CompletedLate);
    assert_eq!(p.days_overdue(&t, as_of), Some(1));
    // completed before the extension took effect, past the original deadline: late, as the
    // deadline in force on that day says
    let mut t = task(on("2024-03-31"), Some("2024-04-05"), None);
    t.extensions.push(chidao_model::Extension::new(
        day("2024-04-10"),
        Deadline::new(on("2024-04-30")),
    ));
    assert_eq!(p.status(&t, as_of), TaskStatus::CompletedLate);
    // brought forward: the earlier deadline counts from its day
    let mut t = task(on("2024-04-30"), None, None);
    t.extensions.push(chidao_model::Extension::new(
        day("2024-04-01"),
        Deadline::new(on("2024-04-10")),
    ));
    assert_eq!(p.status(&t, day("2024-04-11")), TaskStatus::Overdue);
    assert_eq!(t.current_deadline().due_date(), Some(day("2024-04-10")));
}
