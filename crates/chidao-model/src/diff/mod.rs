//! What changed between two snapshots of a dataset, over a period: [`diff`].
//!
//! Records are matched by id, kind by kind. A record whose id changed is, plainly, one removed
//! and one added. Each [`Change`] names its record, says what happened by a stable
//! [`ChangeCode`], and carries the old and new values as text in the one grammar of every
//! format (dates `YYYY-MM-DD`, agencies and directives by id, vocabulary values by code).
//!
//! The [`Period`] is the span the changes are read over: from `since` (the day of the old
//! snapshot) to `as_of` (that of the new). It decides one change only, a task "newly overdue":
//! overdue as of `as_of` by the new snapshot and not as of `since` by the old. Every other change
//! is read from the records themselves.
//!
//! One dataset compared with itself at an earlier day, [`Dataset::as_known_on`], gives the
//! changes of a period from the dates a dataset records (completions, progress reports,
//! extensions, reassignments, halts, directives issued).
//!
//! ```
//! use chidao_model::*;
//! use chidao_model::diff::{ChangeCode, Period, diff};
//!
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut parts = DatasetParts::new();
//! let mut task = Task::new("t-1".parse()?, "tb-1".parse()?, "1", Text::vi("Báo cáo"));
//! task.deadline = Deadline::parse_vi("trước ngày 31/5/2024").unwrap();
//! parts.tasks.push(task);
//! let old = Dataset::new(parts.clone());
//! parts.tasks[0].completed_on = Some(day(2024, 6, 3));
//! let new = Dataset::new(parts);
//!
//! let changes = diff(&old, &new, &Period::new(day(2024, 5, 31), day(2024, 6, 30))?);
//! assert_eq!(changes.len(), 1);
//! assert_eq!(changes[0].code, ChangeCode::TaskCompletedLate);
//! assert_eq!(changes[0].new.as_deref(), Some("2024-06-03"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod indicators;
mod known;
mod matching;
mod records;
mod tasks;
#[cfg(test)]
mod tests;

use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::vocabulary;
use crate::{Dataset, Deadline, RecordKind, StatusPolicy};

vocabulary! {
    /// What happened to a record between two snapshots: the stable code of a [`Change`].
    #[non_exhaustive]
    pub enum ChangeCode as "change_code" {
        /// A task in the new snapshot only.
        TaskAdded = ("task_added", "Nhiệm vụ mới giao", "Task assigned"),
        /// A task in the old snapshot only.
        TaskRemoved = ("task_removed", "Nhiệm vụ bị xóa", "Task removed"),
        /// Completed, on or before the deadline in force that day.
        TaskCompletedOnTime = ("task_completed_on_time", "Hoàn thành đúng hạn", "Completed on time"),
        /// Completed, after the deadline in force that day.
        TaskCompletedLate = ("task_completed_late", "Hoàn thành quá hạn", "Completed late"),
        /// The recorded day of completion changed.
        TaskCompletionRevised = ("task_completion_revised", "Sửa ngày hoàn thành", "Completion date revised"),
        /// Completed in the old snapshot, not in the new.
        TaskReopened = ("task_reopened", "Mở lại nhiệm vụ", "Task reopened"),
        /// Overdue as of the end of the period, not as of its start.
        TaskNewlyOverdue = ("task_newly_overdue", "Mới quá hạn", "Newly overdue"),
        /// A new extension with a later due date.
        TaskDeadlineExtended = ("task_deadline_extended", "Gia hạn", "Deadline extended"),
        /// A new extension with an earlier due date.
        TaskDeadlineBroughtForward = ("task_deadline_brought_forward", "Rút ngắn thời hạn", "Deadline brought forward"),
        /// The deadline the task was assigned with was edited (no extension recorded).
        TaskDeadlineChanged = ("task_deadline_changed", "Sửa thời hạn giao", "Assigned deadline edited"),
        /// A new reassignment of the lead.
        TaskReassigned = ("task_reassigned", "Giao lại chủ trì", "Lead reassigned"),
        /// The lead the task was assigned to was edited (no reassignment recorded).
        TaskLeadChanged = ("task_lead_changed", "Sửa đơn vị chủ trì", "Assigned lead edited"),
        /// Postponed or cancelled.
        TaskHalted = ("task_halted", "Tạm hoãn hoặc hủy bỏ", "Postponed or cancelled"),
        /// No longer postponed or cancelled.
        TaskResumed = ("task_resumed", "Tiếp tục thực hiện", "Resumed"),
        /// A new progress report.
        TaskProgressReported = ("task_progress_reported", "Báo cáo tiến độ", "Progress reported"),
        /// Other fields edited: title, description, item, directive, coordinating agencies,
        /// expected output, projects, indicators, references.
        TaskDetailsChanged = ("task_details_changed", "Sửa thông tin nhiệm vụ", "Task details edited"),
        /// A directive in the new snapshot only, or no longer a draft.
        DirectiveIssued = ("directive_issued", "Văn bản mới ban hành", "Directive issued"),
        /// A directive in the new snapshot only, still a draft.
        DirectiveDrafted = ("directive_drafted", "Dự thảo văn bản mới", "Draft directive added"),
        /// A directive in the old snapshot only.
        DirectiveRemoved = ("directive_removed", "Văn bản bị xóa", "Directive removed"),
        /// The number, type, issuer, date or subject of a directive edited.
        DirectiveDetailsChanged = ("directive_details_changed", "Sửa thông tin văn bản", "Directive details edited"),
        /// A meeting in the new snapshot only.
        MeetingAdded = ("meeting_added", "Cuộc họp mới", "Meeting added"),
        /// A meeting in the old snapshot only.
        MeetingRemoved = ("meeting_removed", "Cuộc họp bị xóa", "Meeting removed"),
        /// An agency or agency group in the new snapshot only.
        AgencyAdded = ("agency_added", "Cơ quan mới", "Agency added"),
        /// An agency or agency group in the old snapshot only.
        AgencyRemoved = ("agency_removed", "Cơ quan bị xóa", "Agency removed"),
        /// An indicator in the new snapshot only.
        IndicatorAdded = ("indicator_added", "Chỉ tiêu mới", "Indicator added"),
        /// An indicator in the old snapshot only.
        IndicatorRemoved = ("indicator_removed", "Chỉ tiêu bị xóa", "Indicator removed"),
        /// A year's figure where there was none.
        IndicatorFigureAdded = ("indicator_figure_added", "Có số liệu mới", "Figure added"),
        /// A year's figure changed in value or kind (an estimate made final).
        IndicatorFigureRevised = ("indicator_figure_revised", "Điều chỉnh số liệu", "Figure revised"),
        /// A year's figure gone.
        IndicatorFigureRemoved = ("indicator_figure_removed", "Bỏ số liệu", "Figure removed"),
        /// A year's target set or changed.
        IndicatorTargetChanged = ("indicator_target_changed", "Điều chỉnh mục tiêu", "Target changed"),
        /// A year's assessment (computed, else stated) changed.
        IndicatorAssessmentChanged = ("indicator_assessment_changed", "Thay đổi đánh giá", "Assessment changed"),
        /// A project in the new snapshot only.
        ProjectAdded = ("project_added", "Dự án mới", "Project added"),
        /// A project in the old snapshot only.
        ProjectRemoved = ("project_removed", "Dự án bị xóa", "Project removed"),
        /// A milestone reached that was not before.
        ProjectMilestoneReached = ("project_milestone_reached", "Đạt mốc tiến độ", "Milestone reached"),
        /// The phase of a project changed.
        ProjectPhaseChanged = ("project_phase_changed", "Chuyển giai đoạn", "Phase changed"),
    }
}

/// One change between two snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Change {
    /// What happened.
    pub code: ChangeCode,
    /// The kind of record it happened to.
    pub record: RecordKind,
    /// The record's id.
    pub id: String,
    /// For an indicator's yearly figure, target or assessment: the year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The value before, as text (see the module's overview); `None` when there was none.
    pub old: Option<String>,
    /// The value after, as text; `None` when there is none.
    pub new: Option<String>,
    /// The day it happened, when the record says: completion, the effective day of an
    /// extension or reassignment, a progress report, a halt, a directive's date.
    #[serde(
        with = "crate::date::optional",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<NaiveDate>,
    /// The decision behind an extension or reassignment: a directive id, else the decision as
    /// written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

impl Change {
    /// A change of `code` to the record `id` of kind `record`, with no values.
    pub fn new(code: ChangeCode, record: RecordKind, id: impl Into<String>) -> Self {
        Change {
            code,
            record,
            id: id.into(),
            year: None,
            old: None,
            new: None,
            date: None,
            decision: None,
        }
    }

    /// `value` (its [`old`](Change::old) or [`new`](Change::new)) in words, in `lang`, where
    /// it is the code of a vocabulary (a status, a halt, an assessment, a phase); any other
    /// value as it is.
    ///
    /// ```
    /// use chidao_model::{Lang, RecordKind};
    /// use chidao_model::diff::{Change, ChangeCode};
    /// let c = Change::new(ChangeCode::TaskHalted, RecordKind::Task, "t-1");
    /// assert_eq!(c.value_text("postponed", Lang::Vi), "Tạm hoãn");
    /// assert_eq!(c.value_text("2024-06-30", Lang::Vi), "2024-06-30");
    /// ```
    pub fn value_text(&self, value: &str, lang: crate::Lang) -> String {
        fn of<V: crate::Vocabulary>(value: &str, lang: crate::Lang) -> Option<&'static str> {
            V::from_code(value).map(|v| v.label(lang))
        }
        let label = match self.code {
            ChangeCode::TaskNewlyOverdue => of::<crate::TaskStatus>(value, lang),
            ChangeCode::TaskHalted | ChangeCode::TaskResumed => of::<crate::HaltKind>(value, lang),
            ChangeCode::IndicatorAssessmentChanged => of::<crate::Assessment>(value, lang),
            ChangeCode::ProjectPhaseChanged => of::<crate::ProjectPhase>(value, lang),
            ChangeCode::TaskDetailsChanged | ChangeCode::DirectiveDetailsChanged => {
                let names: Vec<&str> = value.split(", ").map(|f| field_label(f, lang)).collect();
                return names.join(", ");
            }
            ChangeCode::IndicatorFigureAdded
            | ChangeCode::IndicatorFigureRevised
            | ChangeCode::IndicatorFigureRemoved => {
                // `7.2 (estimate)`: the kind in words.
                if let Some((number, kind)) =
                    value.strip_suffix(')').and_then(|v| v.split_once(" ("))
                    && let Some(kind) = of::<crate::FigureKind>(kind, lang)
                {
                    return format!("{number} ({})", kind.to_lowercase());
                }
                None
            }
            _ => None,
        };
        label.map_or_else(|| value.to_owned(), str::to_owned)
    }

    fn values(mut self, old: Option<String>, new: Option<String>) -> Self {
        self.old = old;
        self.new = new;
        self
    }

    fn on(mut self, date: Option<NaiveDate>) -> Self {
        self.date = date;
        self
    }
}

/// A field an edit names, in words (the JSON name when it is not one of the fields listed).
fn field_label(field: &str, lang: crate::Lang) -> &str {
    use crate::Lang::{En, Vi};
    let (vi, en) = match field {
        "item" => ("mục", "item"),
        "title" => ("nội dung", "title"),
        "description" => ("mô tả", "description"),
        "directive" => ("văn bản giao", "directive"),
        "coordinating" => ("cơ quan phối hợp", "coordinating agencies"),
        "assigned_on" => ("ngày giao", "day assigned"),
        "output" => ("sản phẩm", "expected output"),
        "projects" => ("dự án", "projects"),
        "references" => ("văn bản được thực hiện", "documents carried out"),
        "indicators" => ("chỉ tiêu", "indicators"),
        "number" => ("số, ký hiệu", "number"),
        "document_type" => ("loại văn bản", "document type"),
        "issuer" => ("cơ quan ban hành", "issuer"),
        "date" => ("ngày ban hành", "date of issue"),
        "issue_month" => ("tháng ban hành", "month of issue"),
        "subject" => ("trích yếu", "subject"),
        other => return other,
    };
    match lang {
        Vi => vi,
        En => en,
    }
}

/// The span changes are read over: from `since` to `as_of`, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    since: NaiveDate,
    as_of: NaiveDate,
    policy: StatusPolicy,
}

/// The error of a period whose start comes after its end.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the period starts on {since} after it ends on {as_of}")]
pub struct PeriodError {
    since: NaiveDate,
    as_of: NaiveDate,
}

impl Period {
    /// The period from `since` to `as_of`, with the default [`StatusPolicy`].
    ///
    /// # Errors
    ///
    /// [`PeriodError`] when `since` comes after `as_of`.
    pub fn new(since: NaiveDate, as_of: NaiveDate) -> Result<Self, PeriodError> {
        if since > as_of {
            return Err(PeriodError { since, as_of });
        }
        Ok(Period {
            since,
            as_of,
            policy: StatusPolicy::default(),
        })
    }

    /// The same period with statuses judged under `policy`.
    #[must_use]
    pub fn with_policy(mut self, policy: StatusPolicy) -> Self {
        self.policy = policy;
        self
    }

    /// The first day: the day of the old snapshot.
    pub fn since(&self) -> NaiveDate {
        self.since
    }

    /// The last day: the day of the new snapshot.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// The status policy the period judges "overdue" and "on time" by.
    pub fn policy(&self) -> &StatusPolicy {
        &self.policy
    }
}

/// Every change from `old` to `new` over `period`, kind by kind in the order of the dataset
/// document (agencies, meetings, directives, tasks, indicators, projects); within a kind, the
/// changes of records of the new snapshot in its order, then the removals in the old one's.
/// `diff(a, a, p)` is empty for every `a` and `p` whose start and end statuses agree.
pub fn diff(old: &Dataset, new: &Dataset, period: &Period) -> Vec<Change> {
    let mut out = Vec::new();
    records::agencies(old, new, &mut out);
    records::meetings(old, new, &mut out);
    records::directives(old, new, &mut out);
    tasks::tasks(old, new, period, &mut out);
    indicators::indicators(old, new, &mut out);
    records::projects(old, new, &mut out);
    out
}

/// A deadline as a value: its due date when it has one, else the phrase as written, else the
/// term in Vietnamese words.
pub(crate) fn deadline_value(d: &Deadline) -> String {
    match (d.due_date(), &d.as_written) {
        (Some(due), _) => date_text(due),
        (None, Some(phrase)) => phrase.clone(),
        (None, None) => d.term.describe(crate::Lang::Vi),
    }
}

fn date_value(d: Option<NaiveDate>) -> Option<String> {
    d.map(date_text)
}

/// A date as `YYYY-MM-DD`; a year the grammar cannot write (past 9999, from arithmetic on a
/// deadline) in chrono's extended form.
fn date_text(d: NaiveDate) -> String {
    crate::format_date(d).unwrap_or_else(|_| d.to_string())
}
