//! Changing a dataset in place, keeping its indexes true.
//!
//! Two ways, by what they cost:
//!
//! - [`Dataset::task_mut`] hands out one task to change. Changing its fields costs nothing
//!   more; only when its `id` or `directive` changed is the dataset indexed again when the
//!   handle is dropped (time linear in the records, as [`Dataset::new`]).
//! - [`Dataset::edit`] hands out every record as plain data ([`DatasetParts`]) and indexes
//!   the dataset again afterwards, whatever changed: one linear pass, the price of adding or
//!   removing records.

use std::borrow::Borrow;
use std::hash::Hash;
use std::ops::{Deref, DerefMut};

use super::{Dataset, DatasetParts, Index};
use crate::{DirectiveId, Task, TaskId};

/// One task of a dataset, borrowed to change it; see [`Dataset::task_mut`].
#[derive(Debug)]
pub struct TaskMut<'a> {
    // Named so as not to hide a field of `Task` (a field of the handle would be found before
    // the task's through `Deref`).
    edited_dataset: &'a mut Dataset,
    edited_at: usize,
    id_before: TaskId,
    directive_before: DirectiveId,
}

impl Deref for TaskMut<'_> {
    type Target = Task;
    fn deref(&self) -> &Task {
        &self.edited_dataset.parts.tasks[self.edited_at]
    }
}

impl DerefMut for TaskMut<'_> {
    fn deref_mut(&mut self) -> &mut Task {
        &mut self.edited_dataset.parts.tasks[self.edited_at]
    }
}

impl Drop for TaskMut<'_> {
    fn drop(&mut self) {
        let task = &self.edited_dataset.parts.tasks[self.edited_at];
        if task.id != self.id_before || task.directive != self.directive_before {
            self.edited_dataset.index = Index::of(&self.edited_dataset.parts);
        }
    }
}

impl Dataset {
    /// The task with `id`, to change in place. Its indexes stay true: when the handle is
    /// dropped after its `id` or `directive` changed, the dataset is indexed again (linear
    /// time); any other change costs nothing more.
    ///
    /// ```
    /// use chidao_model::*;
    /// let mut parts = DatasetParts::new();
    /// parts.tasks.push(Task::new("t-1".parse()?, "tb".parse()?, "1", Text::vi("Việc")));
    /// let mut ds = Dataset::new(parts);
    /// let done = NaiveDate::from_ymd_opt(2024, 3, 20).unwrap();
    /// ds.task_mut("t-1").unwrap().completed_on = Some(done);
    /// assert_eq!(ds.task("t-1").unwrap().completed_on, Some(done));
    ///
    /// ds.task_mut("t-1").unwrap().id = "t-9".parse()?;
    /// assert!(ds.task("t-1").is_none());
    /// assert!(ds.task("t-9").is_some());
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn task_mut<Q>(&mut self, id: &Q) -> Option<TaskMut<'_>>
    where
        TaskId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let at = *self.index.tasks.get(id)?;
        let task = &self.parts.tasks[at];
        let (id, directive) = (task.id.clone(), task.directive.clone());
        Some(TaskMut {
            edited_dataset: self,
            edited_at: at,
            id_before: id,
            directive_before: directive,
        })
    }

    /// Changes the records through `change`, then indexes the dataset again (one linear
    /// pass): for adding or removing records, or many changes at once.
    ///
    /// ```
    /// use chidao_model::*;
    /// let mut ds = Dataset::new(DatasetParts::new());
    /// ds.edit(|parts| {
    ///     parts.tasks.push(Task::new("t-1".parse().unwrap(), "tb".parse().unwrap(), "1",
    ///         Text::vi("Việc")));
    /// });
    /// assert!(ds.task("t-1").is_some());
    /// ```
    pub fn edit<R>(&mut self, change: impl FnOnce(&mut DatasetParts) -> R) -> R {
        let out = change(&mut self.parts);
        self.index = Index::of(&self.parts);
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::{Dataset, DatasetParts, Task, Text};

    fn two_tasks() -> Dataset {
        let mut parts = DatasetParts::new();
        for (id, directive) in [("t-1", "tb-1"), ("t-2", "tb-1")] {
            parts.tasks.push(Task::new(
                id.parse().unwrap(),
                directive.parse().unwrap(),
                "1",
                Text::vi("Việc"),
            ));
        }
        Dataset::new(parts)
    }

    #[test]
    fn moving_a_task_to_another_directive_moves_it_in_the_index() {
        let mut ds = two_tasks();
        ds.task_mut("t-2").unwrap().directive = "tb-2".parse().unwrap();
        assert_eq!(ds.tasks_of("tb-1").count(), 1);
        assert_eq!(ds.tasks_of("tb-2").next().unwrap().id.as_str(), "t-2");
    }

    #[test]
    fn an_edit_that_removes_records_leaves_no_stale_index() {
        let mut ds = two_tasks();
        let removed = ds.edit(|parts| parts.tasks.remove(0));
        assert_eq!(removed.id.as_str(), "t-1");
        assert!(ds.task("t-1").is_none());
        assert_eq!(ds.task("t-2").unwrap().id.as_str(), "t-2");
        assert_eq!(ds.tasks_of("tb-1").count(), 1);
    }
}
