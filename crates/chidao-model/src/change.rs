//! Changes a task goes through after it is assigned: its deadline extended (gia hạn) or
//! brought forward by a decision, its lead changed by one.
//!
//! The task's own `deadline` stays the deadline it was assigned with; each [`Extension`] gives
//! the deadline in force from the day it takes effect. On any day the deadline in force is that
//! of the last extension in effect by then, else the original ([`Task::deadline_on`]). Status
//! as of a day is judged against the deadline in force on that day, and a completion against
//! the deadline in force on the day of completion (see [`StatusPolicy`](crate::StatusPolicy));
//! [`StatusPolicy::status_against_original`](crate::StatusPolicy::status_against_original)
//! judges against the original deadline alone.
//!
//! The same way, `lead` stays the lead the task was assigned to, and each [`Reassignment`]
//! gives the lead from the day it takes effect ([`Task::lead_on`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::deadline::Deadline;
use crate::id::{AgencyId, DirectiveId};
use crate::lang::Text;
use crate::records::Task;

/// A new deadline for a task, set by a decision and in force from a given day.
///
/// ```
/// use chidao_model::*;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut task = Task::new("t".parse()?, "d".parse()?, "1", Text::vi("Báo cáo"));
/// task.deadline = Deadline::new(DeadlineTerm::OnDate { date: day(2024, 3, 31) });
/// let mut extension = Extension::new(
///     day(2024, 3, 25),
///     Deadline::new(DeadlineTerm::OnDate { date: day(2024, 4, 30) }),
/// );
/// extension.decision_as_written = Some("Công văn số 123/UBND-KT ngày 25/3/2024".into());
/// task.extensions.push(extension);
/// assert_eq!(task.deadline_on(day(2024, 3, 24)).due_date(), Some(day(2024, 3, 31)));
/// assert_eq!(task.deadline_on(day(2024, 3, 25)).due_date(), Some(day(2024, 4, 30)));
/// assert_eq!(task.current_deadline().due_date(), Some(day(2024, 4, 30)));
/// # Ok::<(), IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Extension {
    /// The day the new deadline takes effect (usually the decision's date).
    #[serde(with = "crate::date::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "NaiveDate"))]
    pub effective: NaiveDate,
    /// The deadline in force from that day: later (an extension) or earlier (brought forward).
    pub deadline: Deadline,
    /// The decision, when it is a directive of the dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DirectiveId>,
    /// The decision as written, when it is not a record ("Công văn số 123/UBND-KT ngày
    /// 25/3/2024").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_as_written: Option<String>,
    /// Why the deadline changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

impl Extension {
    /// An extension to `deadline` from `effective`, with no decision or reason recorded.
    pub fn new(effective: NaiveDate, deadline: Deadline) -> Self {
        Extension {
            effective,
            deadline,
            decision: None,
            decision_as_written: None,
            reason: None,
        }
    }
}

/// A new lead for a task, set by a decision and in force from a given day.
///
/// ```
/// use chidao_model::*;
/// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
/// let mut task = Task::new("t".parse()?, "d".parse()?, "1", Text::vi("Báo cáo"));
/// task.lead = Some("so-khdt".parse()?);
/// task.reassignments.push(Reassignment::new(day(2024, 3, 1), "so-tc".parse()?));
/// assert_eq!(task.lead_on(day(2024, 2, 29)).map(|a| a.as_str()), Some("so-khdt"));
/// assert_eq!(task.lead_on(day(2024, 3, 1)).map(|a| a.as_str()), Some("so-tc"));
/// # Ok::<(), IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Reassignment {
    /// The day the new lead takes over.
    #[serde(with = "crate::date::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "NaiveDate"))]
    pub effective: NaiveDate,
    /// The new lead agency or group.
    pub lead: AgencyId,
    /// The decision, when it is a directive of the dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<DirectiveId>,
    /// The decision as written, when it is not a record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_as_written: Option<String>,
    /// Why the lead changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

impl Reassignment {
    /// A reassignment to `lead` from `effective`, with no decision or reason recorded.
    pub fn new(effective: NaiveDate, lead: AgencyId) -> Self {
        Reassignment {
            effective,
            lead,
            decision: None,
            decision_as_written: None,
            reason: None,
        }
    }
}

impl Task {
    /// The lead on `day`: that of the last reassignment in effect by then, else the lead the
    /// task was assigned to.
    pub fn lead_on(&self, day: NaiveDate) -> Option<&AgencyId> {
        match self.reassignment_on(day) {
            Some(r) => Some(&r.lead),
            None => self.lead.as_ref(),
        }
    }

    /// The reassignment in force on `day`, if any.
    pub fn reassignment_on(&self, day: NaiveDate) -> Option<&Reassignment> {
        self.reassignments
            .iter()
            .filter(|r| r.effective <= day)
            .max_by_key(|r| r.effective)
    }

    /// The deadline in force on `day`: that of the last extension in effect by then (its
    /// `effective` day on or before `day`), else the deadline the task was assigned with.
    pub fn deadline_on(&self, day: NaiveDate) -> &Deadline {
        self.extension_on(day)
            .map_or(&self.deadline, |e| &e.deadline)
    }

    /// The deadline in force after every extension recorded.
    pub fn current_deadline(&self) -> &Deadline {
        self.extensions
            .iter()
            .max_by_key(|e| e.effective)
            .map_or(&self.deadline, |e| &e.deadline)
    }

    /// The extension in force on `day`, if any.
    pub fn extension_on(&self, day: NaiveDate) -> Option<&Extension> {
        self.extensions
            .iter()
            .filter(|e| e.effective <= day)
            .max_by_key(|e| e.effective)
    }
}
