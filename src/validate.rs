//! `chidao validate`: every finding of a dataset, for people or for machines.

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::{Finding, Severity};
use clap::ValueEnum;
use serde::Serialize;

use crate::{EXIT_DATA, EXIT_INPUT, input};

#[derive(Clone, Copy, Default, ValueEnum)]
pub enum ReportFormat {
    /// Lines for people
    #[default]
    Human,
    /// One JSON document for machines
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Dataset to check (.json or .xml); the bundled Lạng Sơn dataset when absent
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,
    /// How to print the findings
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    format: ReportFormat,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: Severity,
    rule: &'a str,
    path: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
}

fn print_json(file: &str, findings: &[Finding], parse_error: Option<&str>) {
    let mut list: Vec<JsonFinding<'_>> = findings
        .iter()
        .map(|f| JsonFinding {
            severity: f.severity,
            rule: f.rule.code(),
            path: &f.path,
            message: &f.message,
        })
        .collect();
    if let Some(msg) = parse_error {
        list.push(JsonFinding {
            severity: Severity::Error,
            rule: "parse",
            path: "",
            message: msg,
        });
    }
    let errors = list
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let report = JsonReport {
        file,
        valid: errors == 0,
        errors,
        warnings: list.len() - errors,
        findings: list,
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&report).expect("report serialises")
    );
}

pub fn run(args: Args) -> ExitCode {
    let (input, dataset) = match input::load(args.file.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            match args.format {
                ReportFormat::Human => eprintln!("error: {e}"),
                ReportFormat::Json => print_json(&e.file, &[], Some(&e.message)),
            }
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let findings = dataset.validate();
    let list: Vec<Finding> = findings.iter().cloned().collect();
    match args.format {
        ReportFormat::Human => {
            for f in &list {
                println!(
                    "{}: {}[{}] {}: {}",
                    input.name, f.severity, f.rule, f.path, f.message
                );
            }
            println!(
                "{}: {} errors, {} warnings",
                input.name,
                findings.error_count(),
                findings.warning_count()
            );
        }
        ReportFormat::Json => print_json(&input.name, &list, None),
    }
    if findings.has_errors() {
        ExitCode::from(EXIT_DATA)
    } else {
        ExitCode::SUCCESS
    }
}
