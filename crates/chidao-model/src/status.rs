//! Task status, computed for an as-of date (never stored).

use chrono::NaiveDate;

use crate::deadline::days_between;
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
/// For a report as of day `D`, with due date `due` (the last day within the deadline, see
/// [`DeadlineTerm::due_date`](crate::DeadlineTerm::due_date)):
///
/// 1. A task completed on day `C ≤ D` is **completed on time** when it has no due date or
///    `C ≤ due`, otherwise **completed late**. A completion after `D` is ignored: the report
///    shows the task as it stood on `D`.
/// 2. Otherwise a task halted on or before `D` (or with no halt date) is **cancelled** or
///    **postponed**.
/// 3. Otherwise a task with no due date (none, or recurring) has **no deadline**.
/// 4. Otherwise, if `D > due` it is **overdue**; the deadline day itself is within the deadline.
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

    /// The status of `task` as of `as_of`, by the rules above.
    pub fn status(&self, task: &Task, as_of: NaiveDate) -> TaskStatus {
        let due = task.deadline.due_date();
        if let Some(done) = task.completed_on.filter(|c| *c <= as_of) {
            return match due {
                Some(due) if done > due => TaskStatus::CompletedLate,
                _ => TaskStatus::CompletedOnTime,
            };
        }
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

    /// Days past the due date: for an open overdue task, from the due date to `as_of`; for a
    /// task completed late, from the due date to its completion. `None` otherwise.
    pub fn days_overdue(&self, task: &Task, as_of: NaiveDate) -> Option<i64> {
        let due = task.deadline.due_date()?;
        match self.status(task, as_of) {
            TaskStatus::Overdue => Some(days_between(due, as_of)),
            TaskStatus::CompletedLate => task.completed_on.map(|c| days_between(due, c)),
            _ => None,
        }
    }
}
