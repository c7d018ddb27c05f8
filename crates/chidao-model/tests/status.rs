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
