//! A later snapshot of a dataset, for the benchmark of `chidao diff`: what a month of work
//! does to a tracker, applied by rule so that every run makes the same one.

use chidao_model::{
    Dataset, Deadline, DeadlineTerm, Extension, NaiveDate, ProgressUpdate, Reassignment, Text,
};

/// `dataset` `days` after `day`: of its tasks open on `day`, one in 20 completed, one in 50
/// extended by 60 days, one in 30 with a progress report, one in 100 reassigned to the lead
/// of the next task, one in 200 removed, and one in 100 copied as a new task under a fresh id.
pub fn later_snapshot(dataset: &Dataset, day: NaiveDate, days: u32) -> Dataset {
    let at = |n: u64| day + chrono::Days::new(n);
    let mut parts = dataset.parts().clone();
    let leads: Vec<_> = parts.tasks.iter().map(|t| t.lead.clone()).collect();
    let mut added = Vec::new();
    for (i, t) in parts.tasks.iter_mut().enumerate() {
        let n = u64::from(days);
        // Only work open on the day changes (as the validation rules of changes require).
        let open = t.completed_on.is_none() && dataset.assigned_on(t).is_none_or(|a| a <= day);
        if !open {
            continue;
        }
        if i % 20 == 0 {
            t.completed_on = Some(at(1 + i as u64 % n));
        }
        if i % 50 == 1 {
            let mut e = Extension::new(at(5), Deadline::new(DeadlineTerm::OnDate { date: at(60) }));
            e.decision_as_written = Some("Công văn gia hạn".into());
            t.extensions.push(e);
        }
        if i % 30 == 2 {
            let note = Text::vi("Đã triển khai một phần");
            t.progress.push(ProgressUpdate::new(at(10), Some(50), note));
        }
        if i % 100 == 4
            && let Some(Some(lead)) = leads.get(i + 1)
        {
            let mut r = Reassignment::new(at(12), lead.clone());
            r.decision_as_written = Some("Công văn giao lại".into());
            t.reassignments.push(r);
        }
        if i % 100 == 7 {
            let mut copy = t.clone();
            copy.id = format!("{}-m2", t.id)
                .parse()
                .expect("an id with a suffix is an id");
            copy.assigned_on = Some(at(7));
            copy.completed_on = None;
            added.push(copy);
        }
    }
    let mut i = 0;
    parts.tasks.retain(|_| {
        i += 1;
        (i - 1) % 200 != 3
    });
    parts.tasks.extend(added);
    Dataset::new(parts)
}
