//! The counts the report shows, gathered in one pass over the tasks before any sheet is written
//! (sheets are written row by row in constant memory, so every total must be known first).

use std::collections::HashMap;

use chidao_model::diff::ChangeCode;
use chidao_model::{
    Assessment, Assignee, Dataset, ExportOptions, Lang, RecordKind, TaskStatus, Vocabulary,
};

use crate::labels;
use crate::{GroupAssignees, PeriodChanges};

/// The position of `status` in [`TaskStatus::ALL`].
pub(crate) fn status_index(status: TaskStatus) -> usize {
    TaskStatus::ALL
        .iter()
        .position(|s| *s == status)
        .unwrap_or(0)
}

/// What a task did in the report period, as the by-agency table counts it: one bit each.
pub(crate) const PERIOD_COLUMNS: [ChangeCode; 4] = [
    ChangeCode::TaskAdded,
    ChangeCode::TaskCompletedOnTime,
    ChangeCode::TaskNewlyOverdue,
    ChangeCode::TaskDeadlineExtended,
];

/// The bit of a change in a task's period marks; a late completion counts as a completion.
fn period_bit(code: ChangeCode) -> Option<u8> {
    let code = match code {
        ChangeCode::TaskCompletedLate => ChangeCode::TaskCompletedOnTime,
        c => c,
    };
    PERIOD_COLUMNS
        .iter()
        .position(|c| *c == code)
        .map(|i| 1 << i)
}

/// Tasks counted by status, and by what they did in the report period.
#[derive(Debug, Clone)]
pub(crate) struct Counts {
    pub(crate) by_status: Vec<u64>,
    /// Tasks assigned, completed, newly overdue and extended in the period (see
    /// [`PERIOD_COLUMNS`]).
    pub(crate) period: [u64; 4],
}

impl Default for Counts {
    fn default() -> Self {
        Counts {
            by_status: vec![0; TaskStatus::ALL.len()],
            period: [0; 4],
        }
    }
}

impl Counts {
    pub(crate) fn add(&mut self, status: TaskStatus) {
        self.by_status[status_index(status)] += 1;
    }

    /// Counts a task's period marks (bits of [`PERIOD_COLUMNS`]).
    pub(crate) fn add_marks(&mut self, marks: u8) {
        for (i, n) in self.period.iter_mut().enumerate() {
            if marks & (1 << i) != 0 {
                *n += 1;
            }
        }
    }

    pub(crate) fn get(&self, status: TaskStatus) -> u64 {
        self.by_status[status_index(status)]
    }

    pub(crate) fn assigned(&self) -> u64 {
        self.by_status.iter().sum()
    }

    pub(crate) fn completed(&self) -> u64 {
        self.get(TaskStatus::CompletedOnTime) + self.get(TaskStatus::CompletedLate)
    }

    pub(crate) fn open(&self) -> u64 {
        TaskStatus::ALL
            .iter()
            .filter(|s| s.is_open())
            .map(|s| self.get(*s))
            .sum()
    }

    pub(crate) fn halted(&self) -> u64 {
        self.get(TaskStatus::Postponed) + self.get(TaskStatus::Cancelled)
    }

    /// Completed over assigned; `None` with nothing assigned.
    pub(crate) fn completion_rate(&self) -> Option<f64> {
        let assigned = self.assigned();
        (assigned > 0).then(|| self.completed() as f64 / assigned as f64)
    }
}

/// One row of the by-agency table.
#[derive(Debug, Clone)]
pub(crate) struct AgencyRow {
    /// Whether the row stands for an agency or a group, not for tasks without a lead.
    pub(crate) has_lead: bool,
    pub(crate) name: String,
    pub(crate) counts: Counts,
}

/// Everything counted before writing.
#[derive(Debug, Clone)]
pub(crate) struct Stats {
    /// The status of each task, in dataset order.
    pub(crate) statuses: Vec<TaskStatus>,
    /// All tasks by status (each task once).
    pub(crate) total: Counts,
    /// Rows of the by-agency table, most overdue first.
    pub(crate) agencies: Vec<AgencyRow>,
    /// Tasks by directive id.
    pub(crate) by_directive: HashMap<String, Counts>,
    /// Tasks by project id.
    pub(crate) by_project: HashMap<String, Counts>,
    /// Directives naming each project.
    pub(crate) directives_by_project: HashMap<String, u64>,
    /// Indicator assessments by year, oldest first: `(year, [exceeded, met, missed, n/a])`.
    pub(crate) assessments: Vec<(i32, [u64; 4])>,
    /// With a report period: the changes of each code, in the order of [`ChangeCode::ALL`].
    pub(crate) changes: Option<Vec<(ChangeCode, u64)>>,
}

pub(crate) fn assessment_index(a: Assessment) -> usize {
    match a {
        Assessment::Exceeded => 0,
        Assessment::Met => 1,
        Assessment::Missed => 2,
        _ => 3,
    }
}

/// The name of an agency or group as the report shows it.
pub(crate) fn assignee_name(dataset: &Dataset, id: &str, lang: Lang) -> String {
    match dataset.assignee(id) {
        Some(a) => a.name().get(lang).to_owned(),
        None => id.to_owned(),
    }
}

/// The period marks of every task that has any, by task id.
fn period_marks(period: &PeriodChanges) -> HashMap<&str, u8> {
    let mut marks: HashMap<&str, u8> = HashMap::new();
    for c in &period.changes {
        if c.record != RecordKind::Task {
            continue;
        }
        if let Some(bit) = period_bit(c.code) {
            *marks.entry(c.id.as_str()).or_default() |= bit;
        }
    }
    marks
}

/// How many changes of each code the period has, every code listed.
fn change_counts(period: &PeriodChanges) -> Vec<(ChangeCode, u64)> {
    let mut n: Vec<(ChangeCode, u64)> = ChangeCode::ALL.iter().map(|c| (*c, 0)).collect();
    for c in &period.changes {
        if let Some(slot) = n.iter_mut().find(|(code, _)| *code == c.code) {
            slot.1 += 1;
        }
    }
    n
}

pub(crate) fn gather(
    dataset: &Dataset,
    options: &ExportOptions,
    groups: GroupAssignees,
    period: Option<&PeriodChanges>,
) -> Stats {
    let lang = options.lang;
    let marks = period.map(period_marks).unwrap_or_default();
    let mut statuses = Vec::with_capacity(dataset.tasks().len());
    let mut total = Counts::default();
    // Keyed by lead id ("" for none), in order of first appearance.
    let mut agency_index: HashMap<String, usize> = HashMap::new();
    let mut agency_rows: Vec<(String, Counts)> = Vec::new();
    let mut by_directive: HashMap<String, Counts> = HashMap::new();
    let mut by_project: HashMap<String, Counts> = HashMap::new();
    let mut expanded: HashMap<String, Vec<String>> = HashMap::new();

    // (Keys are looked up before they are copied: a million tasks share a few thousand.)
    let mut count_for = |key: &str, status: TaskStatus, marks: u8| {
        let i = match agency_index.get(key) {
            Some(i) => *i,
            None => {
                agency_rows.push((key.to_owned(), Counts::default()));
                agency_index.insert(key.to_owned(), agency_rows.len() - 1);
                agency_rows.len() - 1
            }
        };
        agency_rows[i].1.add(status);
        agency_rows[i].1.add_marks(marks);
    };
    fn count_in(map: &mut HashMap<String, Counts>, key: &str, status: TaskStatus) {
        match map.get_mut(key) {
            Some(c) => c.add(status),
            None => map.entry(key.to_owned()).or_default().add(status),
        }
    }

    for task in dataset.tasks() {
        let status = options.status_policy.status(task, options.as_of);
        statuses.push(status);
        total.add(status);
        let marks = if marks.is_empty() {
            0
        } else {
            marks.get(task.id.as_str()).copied().unwrap_or(0)
        };
        total.add_marks(marks);
        // The lead in force on the as-of day counts the task.
        match task.lead_on(options.as_of).map(|l| l.as_str()) {
            None => count_for("", status, marks),
            Some(lead) => match (groups, dataset.assignee(lead)) {
                (GroupAssignees::Expand, Some(Assignee::Group(_))) => {
                    let members = expanded.entry(lead.to_owned()).or_insert_with(|| {
                        dataset
                            .expand_group(lead)
                            .iter()
                            .map(|a| a.id.as_str().to_owned())
                            .collect()
                    });
                    if members.is_empty() {
                        count_for(lead, status, marks);
                    } else {
                        for m in members.iter() {
                            count_for(m, status, marks);
                        }
                    }
                }
                _ => count_for(lead, status, marks),
            },
        }
        count_in(&mut by_directive, task.directive.as_str(), status);
        for p in &task.projects {
            count_in(&mut by_project, p.as_str(), status);
        }
    }

    let mut agencies: Vec<AgencyRow> = agency_rows
        .into_iter()
        .map(|(key, counts)| {
            let name = if key.is_empty() {
                labels::NO_LEAD.get(lang).to_owned()
            } else if let Some(Assignee::Group(g)) = dataset.assignee(key.as_str()) {
                format!("{}{}", g.name.get(lang), labels::GROUP_SUFFIX.get(lang))
            } else {
                assignee_name(dataset, &key, lang)
            };
            AgencyRow {
                has_lead: !key.is_empty(),
                name,
                counts,
            }
        })
        .collect();
    // Most overdue first, then most assigned; ties keep the order of first appearance.
    agencies.sort_by(|a, b| {
        b.counts
            .get(TaskStatus::Overdue)
            .cmp(&a.counts.get(TaskStatus::Overdue))
            .then(b.counts.assigned().cmp(&a.counts.assigned()))
    });

    let mut directives_by_project: HashMap<String, u64> = HashMap::new();
    for d in dataset.directives() {
        for p in &d.projects {
            *directives_by_project
                .entry(p.as_str().to_owned())
                .or_default() += 1;
        }
    }

    let mut years: Vec<i32> = dataset
        .indicators()
        .iter()
        .flat_map(|i| i.years.iter().map(|y| y.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    let assessments = years
        .into_iter()
        .map(|year| {
            let mut n = [0u64; 4];
            for ind in dataset.indicators() {
                if ind.year(year).is_some() {
                    n[assessment_index(ind.assess(year))] += 1;
                }
            }
            (year, n)
        })
        .collect();

    Stats {
        statuses,
        total,
        agencies,
        by_directive,
        by_project,
        directives_by_project,
        assessments,
        changes: period.map(change_counts),
    }
}
