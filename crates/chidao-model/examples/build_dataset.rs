//! Builds a dataset in code, checks it, computes statuses, and changes a task in place: what
//! a service that records assignments does with the core crate alone.
//!
//! `cargo run -p chidao-model --example build_dataset`

use chidao_model::{
    Agency, AgencyKind, AgencyLevel, Dataset, DatasetParts, Deadline, Directive, DocumentNumber,
    DocumentType, NaiveDate, RecordKind, Task, TaskStatus, Text,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");

    let mut parts = DatasetParts::new();
    parts.agencies.push(Agency::new(
        "ubnd-tinh".parse()?,
        Text::new("UBND tỉnh", "Provincial People's Committee"),
        AgencyKind::PeoplesCommittee,
        AgencyLevel::Province,
    ));
    parts.agencies.push(Agency::new(
        "so-tc".parse()?,
        Text::new("Sở Tài chính", "Department of Finance"),
        AgencyKind::Department,
        AgencyLevel::Province,
    ));
    let mut notice = Directive::new(
        "tb-15".parse()?,
        DocumentType::Notice,
        "ubnd-tinh".parse()?,
        Text::vi("Kết luận phiên họp thường kỳ tháng 3"),
    );
    notice.number = Some(DocumentNumber::parse("15/TB-UBND")?);
    notice.date = Some(day(2024, 3, 5));
    parts.directives.push(notice);

    let mut task = Task::new(
        "tb-15-1".parse()?,
        "tb-15".parse()?,
        "1",
        Text::vi("Rà soát nguồn vốn đầu tư công"),
    );
    task.lead = Some("so-tc".parse()?);
    // The phrase as the notice writes it; the reader never guesses.
    task.deadline = Deadline::parse_vi("trước ngày 31/3/2024")?;
    parts.tasks.push(task);

    let mut ds = Dataset::new(parts);
    let findings = ds.validate();
    println!("{} findings", findings.len());
    for f in findings.iter() {
        println!("  {f}");
    }

    let task = ds.task("tb-15-1").ok_or("the task")?;
    for as_of in [day(2024, 3, 1), day(2024, 3, 28), day(2024, 4, 2)] {
        // `None` before the task was assigned.
        let status = ds
            .status(task, as_of)
            .map_or("not yet assigned", |s| s.code());
        println!("as of {as_of}: {status}");
    }

    // The Department reports completion: change the task in place.
    ds.task_mut("tb-15-1").ok_or("the task")?.completed_on = Some(day(2024, 3, 29));
    let task = ds.task("tb-15-1").ok_or("the task")?;
    assert_eq!(
        ds.status(task, day(2024, 4, 2)),
        Some(TaskStatus::CompletedOnTime)
    );
    println!("completed: {}", TaskStatus::CompletedOnTime.code());

    // A dangling lead is reported with the record it is in.
    ds.task_mut("tb-15-1").ok_or("the task")?.lead = Some("so-khong-co".parse()?);
    let findings = ds.validate();
    let f = &findings[0];
    assert_eq!(f.record_kind, Some(RecordKind::Task));
    println!(
        "{} in {:?} {}",
        f.rule,
        f.record_kind,
        f.record_id.as_deref().unwrap_or("")
    );
    Ok(())
}
