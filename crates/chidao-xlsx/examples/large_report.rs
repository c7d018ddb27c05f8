//! Writes the report of a synthetic dataset of many tasks, to see constant-memory writing at
//! scale: `cargo run --release -p chidao-xlsx --example large_report -- 1000000 /tmp/large.xlsx`.
//! With `-` as the file, only the dataset is built: the memory it takes alone is the baseline.

use std::fs::File;
use std::io::BufWriter;

use chidao_model::{
    Agency, AgencyKind, AgencyLevel, Dataset, DatasetParts, Deadline, DeadlineTerm, Directive,
    DocumentNumber, DocumentType, ExportOptions, NaiveDate, Task, Text,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map_or(Ok(100_000), |a| a.parse())?;
    let path = args
        .next()
        .unwrap_or_else(|| "large-report.xlsx".to_owned());
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");

    let mut parts = DatasetParts::new();
    parts.title = Some(Text::new("Dữ liệu mô phỏng", "Synthetic data"));
    for a in 0..50 {
        parts.agencies.push(Agency::new(
            format!("so-{a}").parse()?,
            Text::new(format!("Sở số {a}"), format!("Department {a}")),
            AgencyKind::Department,
            AgencyLevel::Province,
        ));
    }
    for d in 0..100 {
        let mut directive = Directive::new(
            format!("d-{d}").parse()?,
            DocumentType::Notice,
            "so-0".parse()?,
            Text::vi(format!("Thông báo kết luận số {d}")),
        );
        directive.number = Some(DocumentNumber::parse(&format!("{}/TB-UBND", d + 1))?);
        directive.date = Some(day(2024, 1, 1 + (d % 28) as u32));
        parts.directives.push(directive);
    }
    for t in 0..n {
        let mut task = Task::new(
            format!("t-{t}").parse()?,
            format!("d-{}", t % 100).parse()?,
            (t % 20 + 1).to_string(),
            Text::vi(format!(
                "Nhiệm vụ mô phỏng số {t}: rà soát, báo cáo kết quả thực hiện"
            )),
        );
        task.lead = Some(format!("so-{}", t % 50).parse()?);
        let due = day(2024, 1 + (t % 12) as u32, 1 + (t % 28) as u32);
        task.deadline = Deadline::new(DeadlineTerm::OnDate { date: due });
        if t % 3 == 0 {
            task.completed_on = due.checked_add_days(chrono::Days::new((t % 5) as u64));
        }
        parts.tasks.push(task);
    }
    let dataset = Dataset::new(parts);
    if path == "-" {
        println!("{n} tasks built, no report written");
        return Ok(());
    }
    let options = ExportOptions::new(day(2024, 6, 30));
    let file = BufWriter::new(File::create(&path)?);
    let summary = chidao_xlsx::to_writer(&dataset, &options, file)?;
    println!(
        "{n} tasks written to {path}; {} warnings",
        summary.warnings.len()
    );
    Ok(())
}
