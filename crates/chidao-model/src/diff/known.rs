//! A dataset as it was known on an earlier day, and the latest day a dataset records.

use chrono::NaiveDate;

use crate::{Dataset, DatasetParts};

impl Dataset {
    /// The dataset as it stood on `day`, by the dates it records: without the directives dated
    /// and the meetings held after `day`, the tasks assigned after it ([`Dataset::assigned_on`]),
    /// and the completions, progress reports, extensions, reassignments and halts dated after
    /// it, with the milestones dated after it not reached. What carries no date (a task whose
    /// assignment day is unknown, an indicator's figures) is kept as it is.
    ///
    /// Compared with the dataset itself by [`diff`](super::diff), it gives the changes of the
    /// period from `day`, read from one snapshot.
    ///
    /// ```
    /// use chidao_model::*;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut parts = DatasetParts::new();
    /// let mut task = Task::new("t".parse()?, "tb".parse()?, "1", Text::vi("Việc"));
    /// task.completed_on = Some(day(2024, 6, 3));
    /// parts.tasks.push(task);
    /// let ds = Dataset::new(parts);
    /// assert_eq!(ds.as_known_on(day(2024, 6, 2)).tasks()[0].completed_on, None);
    /// assert_eq!(ds.as_known_on(day(2024, 6, 3)).tasks()[0].completed_on, Some(day(2024, 6, 3)));
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn as_known_on(&self, day: NaiveDate) -> Dataset {
        let after = |d: Option<NaiveDate>| d.is_some_and(|d| d > day);
        let parts = self.parts();
        let tasks = parts
            .tasks
            .iter()
            .filter(|t| !after(self.assigned_on(t)))
            .map(|t| {
                let mut t = t.clone();
                if after(t.completed_on) {
                    t.completed_on = None;
                }
                t.progress.retain(|p| p.date <= day);
                t.extensions.retain(|e| e.effective <= day);
                t.reassignments.retain(|r| r.effective <= day);
                if t.halt.as_ref().is_some_and(|h| after(h.date)) {
                    t.halt = None;
                }
                t
            })
            .collect();
        let projects = parts
            .projects
            .iter()
            .map(|p| {
                let mut p = p.clone();
                for m in &mut p.milestones {
                    if after(m.date) {
                        m.reached = false;
                    }
                }
                p
            })
            .collect();
        Dataset::new(DatasetParts {
            meetings: parts
                .meetings
                .iter()
                .filter(|m| m.date <= day)
                .cloned()
                .collect(),
            directives: parts
                .directives
                .iter()
                .filter(|d| !after(d.date))
                .cloned()
                .collect(),
            tasks,
            projects,
            ..parts.clone_without_records()
        })
    }

    /// The latest day the dataset records: of a completion, a progress report, an extension or
    /// reassignment taking effect, a halt, a directive, a meeting or a milestone. `None` when it
    /// records none. A snapshot's own day, when no other is known.
    pub fn latest_date(&self) -> Option<NaiveDate> {
        let p = self.parts();
        let tasks = p.tasks.iter().flat_map(|t| {
            t.completed_on
                .into_iter()
                .chain(t.progress.iter().map(|u| u.date))
                .chain(t.extensions.iter().map(|e| e.effective))
                .chain(t.reassignments.iter().map(|r| r.effective))
                .chain(t.halt.as_ref().and_then(|h| h.date))
                .chain(t.assigned_on)
        });
        let milestones = p.projects.iter().flat_map(|p| {
            p.milestones
                .iter()
                .filter(|m| m.reached)
                .filter_map(|m| m.date)
        });
        tasks
            .chain(p.directives.iter().filter_map(|d| d.date))
            .chain(p.meetings.iter().map(|m| m.date))
            .chain(milestones)
            .max()
    }
}

impl DatasetParts {
    /// The same document with the collections the cut changes left empty, everything else cloned.
    fn clone_without_records(&self) -> DatasetParts {
        DatasetParts {
            format_version: self.format_version.clone(),
            title: self.title.clone(),
            sources: self.sources.clone(),
            agencies: self.agencies.clone(),
            agency_groups: self.agency_groups.clone(),
            officials: self.officials.clone(),
            meetings: Vec::new(),
            directives: Vec::new(),
            tasks: Vec::new(),
            indicators: self.indicators.clone(),
            projects: Vec::new(),
        }
    }
}
