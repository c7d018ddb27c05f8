//! Task status, computed for an as-of date (never stored).

use chrono::NaiveDate;

use crate::deadline::{Deadline, days_between};
use crate::lang::vocabulary;
use crate::{HaltKind, Task};

vocabulary! {
    /// The status of a task on a given day, as Vietnamese tracking practice reports it
    /// (Decision 42/2014/QĐ-TTg as amended), with "due soon" and "postponed" added.
    ///
    /// Computed by [`Task::status`]; see [`StatusPolicy`] for the exact rules.
    #[non_exhaustive]
    pub enum TaskStatus as "task_status" {
        /// Completed on or before the due date (hoàn thành đúng hạn).
        CompletedOnTime = ("completed_on_time", "Hoàn thành đúng hạn", "Completed on time"),
        /// Completed after the due date (hoàn thành quá hạn).
        CompletedLate = ("completed_late", "Hoàn thành quá hạn", "Completed late"),
        /// Not completed, due date not passed and not near (đang thực hiện trong hạn).
        InProgress = ("in_progress", "Đang thực hiện trong hạn", "In progress within deadline"),
        /// Not completed, due within the due-soon window (sắp đến hạn).
        DueSoon = ("due_soon", "Sắp đến hạn", "Due soon"),
        /// Not completed and past the due date (đang thực hiện quá hạn).
        Overdue = ("overdue", "Đang thực hiện quá hạn", "In progress, overdue"),
        /// Not completed and without a due date, or recurring (không có thời hạn).
        NoDeadline = ("no_deadline", "Không có thời hạn", "No deadline"),
        /// Put on hold by the assigning body (tạm hoãn).
        Postponed = ("postponed", "Tạm hoãn", "Postponed"),
        /// Withdrawn by the assigning body (hủy bỏ).
        Cancelled = ("cancelled", "Hủy bỏ", "Cancelled"),
    }
}

impl TaskStatus {
    /// Whether the status counts as completed.
    pub fn is_completed(self) -> bool {
        matches!(
            self,
            TaskStatus::CompletedOnTime | TaskStatus::CompletedLate
        )
    }

    /// Whether the task is still open: not completed, postponed or cancelled.
    pub fn is_open(self) -> bool {
        matches!(
            self,
            TaskStatus::InProgress
                | TaskStatus::DueSoon
                | TaskStatus::Overdue
                | TaskStatus::NoDeadline
        )
    }
}

/// The rules that turn a task, its deadline and a report date into a [`TaskStatus`].
///
/// For a report as of day `D`, with due date `due` (the last day within the deadline in force,
/// see [`DeadlineTerm::due_date`](crate::DeadlineTerm::due_date) and [`Task::deadline_on`]: the
/// original deadline, or that of the last [extension](crate::Extension) in effect by the day):
///
/// 1. A task completed on day `C ≤ D` is **completed on time** when it has no due date in force
///    on `C` or `C ≤ due` of that day, otherwise **completed late**: a completion on an
///    extended deadline is on time, although late by the original one
///    ([`StatusPolicy::status_against_original`] says so). A completion after `D` is ignored:
///    the report shows the task as it stood on `D`.
/// 2. Otherwise a task halted on or before `D` (or with no halt date) is **cancelled** or
///    **postponed**.
/// 3. Otherwise a task with no due date (none, or recurring) has **no deadline**.
/// 4. Otherwise, if `D > due` (the due date in force on `D`) it is **overdue**; the deadline
///    day itself is within the deadline. An extension taking effect on `D` counts on `D`.
/// 5. Otherwise, if `due − D ≤ due_soon_days` it is **due soon** (with the default 7 days:
///    from 7 days before the due date up to the due date itself).
/// 6. Otherwise it is **in progress**.
///
/// By deadline term ([`DeadlineTerm`](crate::DeadlineTerm)): a date, a month, a quarter, a
/// half-year, a year, and a period counted from a known start ("trong 10 ngày kể từ ngày ký")
/// have a due date and follow rules 4 to 6. No deadline ("không thời hạn"), urgent work with no
/// date ("khẩn trương"), a deadline tied to an undated event ("trước khi trình Thủ tướng", a
/// period counted from receipt), continuous work ("thường xuyên") and recurring work ("hằng
/// tháng") have none and follow rule 3: they are never overdue as a whole. For recurring work,
/// [`DeadlineTerm::next_due`](crate::DeadlineTerm::next_due) names the next occurrence as of a
/// date, for a report to show beside the status.
///
/// ```
/// use chidao_model::StatusPolicy;
/// let policy = StatusPolicy::default().with_due_soon_days(14);
/// assert_eq!(policy.due_soon_days(), 14);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusPolicy {
    due_soon_days: u32,
}

impl Default for StatusPolicy {
    fn default() -> Self {
        StatusPolicy { due_soon_days: 7 }
    }
}

impl StatusPolicy {
    /// The default window of "due soon": 7 days.
    pub const DEFAULT_DUE_SOON_DAYS: u32 = 7;

    /// The same policy with a different due-soon window, in days. With 0, only the due date
    /// itself is "due soon".
    #[must_use]
    pub fn with_due_soon_days(mut self, days: u32) -> Self {
        self.due_soon_days = days;
        self
    }

    /// The due-soon window in days.
    pub fn due_soon_days(&self) -> u32 {
        self.due_soon_days
    }

    /// The status of `task` as of `as_of`, by the rules above, against the deadline in force:
    /// on `as_of` for an open task, on the day of completion for a completed one (see
    /// [`Task::deadline_on`]).
    pub fn status(&self, task: &Task, as_of: NaiveDate) -> TaskStatus {
        self.status_by(task, as_of, |day| task.deadline_on(day))
    }

    /// The status of `task` as of `as_of` against the deadline it was assigned with, as though
    /// it had never been extended: a report counts with it the tasks late by their original
    /// deadline.
    pub fn status_against_original(&self, task: &Task, as_of: NaiveDate) -> TaskStatus {
        self.status_by(task, as_of, |_| &task.deadline)
    }

    fn status_by<'t>(
        &self,
        task: &Task,
        as_of: NaiveDate,
        deadline_on: impl Fn(NaiveDate) -> &'t Deadline,
    ) -> TaskStatus {
        if let Some(done) = task.completed_on.filter(|c| *c <= as_of) {
            return match deadline_on(done).due_date() {
                Some(due) if done > due => TaskStatus::CompletedLate,
                _ => TaskStatus::CompletedOnTime,
            };
        }
        let due = deadline_on(as_of).due_date();
        if let Some(halt) = &task.halt
            && halt.date.is_none_or(|d| d <= as_of)
        {
            return match halt.kind {
                HaltKind::Cancelled => TaskStatus::Cancelled,
                HaltKind::Postponed => TaskStatus::Postponed,
            };
        }
        let Some(due) = due else {
            return TaskStatus::NoDeadline;
        };
        let left = days_between(as_of, due);
        if left < 0 {
            TaskStatus::Overdue
        } else if left <= i64::from(self.due_soon_days) {
            TaskStatus::DueSoon
        } else {
            TaskStatus::InProgress
        }
    }

    /// Days past the due date in force: for an open overdue task, from the due date in force
    /// on `as_of` to `as_of`; for a task completed late, from the due date in force on the day
    /// of completion to that day. `None` otherwise.
    pub fn days_overdue(&self, task: &Task, as_of: NaiveDate) -> Option<i64> {
        match self.status(task, as_of) {
            TaskStatus::Overdue => {
                let due = task.deadline_on(as_of).due_date()?;
                Some(days_between(due, as_of))
            }
            TaskStatus::CompletedLate => {
                let done = task.completed_on?;
                let due = task.deadline_on(done).due_date()?;
                Some(days_between(due, done))
            }
            _ => None,
        }
    }
}
