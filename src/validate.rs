//! `chidao validate`: every finding of a dataset, for people or for machines.
//!
//! The checking itself is [`chidao_validate`]: a JSON input goes through the parse, schema,
//! model and semantic stages, every finding placed at its line and column. Other inputs (XML)
//! are parsed by their reader and get the semantic stage only, each finding naming its
//! element. This module reads the input and prints the findings.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::Severity;
use chidao_validate::{Finding, Outcome, Stage};
use clap::ValueEnum;
use serde::Serialize;

use crate::input::{Input, InputFormat};
use crate::{EXIT_DATA, EXIT_INPUT, EXIT_OUTPUT, input};

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
struct JsonReport<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    findings: &'a [Finding],
}

/// Checks an input in any format.
pub fn check(input: &mut Input) -> Result<Outcome, input::InputError> {
    Ok(match input.format {
        InputFormat::Json => chidao_validate::check_json(&input.text),
        InputFormat::Xml => chidao_validate::check_dataset(&input.parse()?),
        InputFormat::Template => match input.parse() {
            Ok(dataset) => {
                let mut outcome = chidao_validate::check_dataset(&dataset);
                for f in &mut outcome.findings {
                    f.element = input.place(&f.path);
                }
                let mut findings: Vec<Finding> =
                    input.warnings.iter().map(import_finding).collect();
                findings.append(&mut outcome.findings);
                outcome.findings = findings;
                outcome
            }
            Err(e) if !e.problems.is_empty() => Outcome {
                findings: e.problems.iter().map(import_finding).collect(),
                unparsable: true,
            },
            Err(e) => return Err(e),
        },
    })
}

/// A problem a workbook's importer found, as a finding placed at its cell.
fn import_finding(p: &chidao_model::ImportProblem) -> Finding {
    Finding {
        severity: p.severity,
        stage: Stage::Parse,
        rule: p.rule.to_string(),
        path: String::new(),
        line: None,
        column: None,
        element: Some(p.place.to_string()),
        message: match &p.value {
            Some(v) => format!("{} (value: {v:?})", p.message),
            None => p.message.clone(),
        },
    }
}

fn print_json(out: &mut impl Write, file: &str, outcome: &Outcome) -> std::io::Result<()> {
    let errors = outcome.errors();
    let report = JsonReport {
        file,
        valid: errors == 0,
        errors,
        warnings: outcome.warnings(),
        findings: &outcome.findings,
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn print_human(out: &mut impl Write, file: &str, outcome: &Outcome) -> std::io::Result<()> {
    for f in &outcome.findings {
        let at = match (f.line, f.column, &f.element) {
            (Some(l), Some(c), _) => format!("{file}:{l}:{c}"),
            (_, _, Some(element)) => format!("{file}: {element}"),
            _ => file.to_owned(),
        };
        let path = if f.path.is_empty() {
            "(document)"
        } else {
            &f.path
        };
        writeln!(
            out,
            "{at}: {}[{}] {path}: {}",
            f.severity, f.rule, f.message
        )?;
    }
    writeln!(
        out,
        "{file}: {} errors, {} warnings",
        outcome.errors(),
        outcome.warnings()
    )
}

/// Prints the findings to standard output. A reader that stops early (`| head`) is not an
/// error; any other failure to write is.
fn print(format: ReportFormat, file: &str, outcome: &Outcome) -> Result<(), ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match format {
        ReportFormat::Human => print_human(&mut out, file, outcome),
        ReportFormat::Json => print_json(&mut out, file, outcome),
    }
    .and_then(|()| out.flush());
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            eprintln!("error: <stdout>: {e}");
            Err(ExitCode::from(EXIT_OUTPUT))
        }
    }
}

/// The outcome of an input that could not be read or parsed: one `parse` finding.
fn unreadable(e: &input::InputError) -> Outcome {
    let location = e.location.as_deref();
    Outcome {
        findings: vec![Finding {
            severity: Severity::Error,
            stage: Stage::Parse,
            rule: "parse".to_owned(),
            path: location.map(|l| l.path.clone()).unwrap_or_default(),
            line: location.map(|l| l.line),
            column: location.map(|l| l.column),
            element: None,
            message: location.map_or_else(|| e.message.clone(), |l| l.message.clone()),
        }],
        unparsable: true,
    }
}

pub fn run(args: Args) -> ExitCode {
    let outcome = input::read(args.file.as_deref()).and_then(|mut input| {
        let outcome = check(&mut input)?;
        Ok((input, outcome))
    });
    let (input, outcome) = match outcome {
        Ok(x) => x,
        Err(e) => {
            match args.format {
                ReportFormat::Human => eprintln!("error: {e}"),
                ReportFormat::Json => {
                    if let Err(code) = print(ReportFormat::Json, &e.file, &unreadable(&e)) {
                        return code;
                    }
                }
            }
            return ExitCode::from(EXIT_INPUT);
        }
    };
    if let Err(code) = print(args.format, &input.name, &outcome) {
        return code;
    }
    if outcome.unparsable {
        ExitCode::from(EXIT_INPUT)
    } else if outcome.errors() > 0 {
        ExitCode::from(EXIT_DATA)
    } else {
        ExitCode::SUCCESS
    }
}

/// Before a report or an export: a dataset with errors is refused (its errors printed, exit
/// code 1) unless `allow_errors`, when they are printed as warnings and the run goes on.
/// Warnings alone never stop a run and are not printed here (`chidao validate` lists them).
pub fn refuse_if_invalid(
    input: &Input,
    dataset: &chidao_model::Dataset,
    allow_errors: bool,
) -> Result<(), ExitCode> {
    let file = &input.name;
    let outcome = chidao_validate::check_dataset(dataset);
    let errors = outcome.errors();
    if errors == 0 {
        return Ok(());
    }
    let said = if allow_errors { "warning" } else { "error" };
    for f in outcome
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        let placed = input.place(&f.path);
        let at = match (input.format, &f.element) {
            (InputFormat::Xml, Some(element)) => element,
            (InputFormat::Template, _) if placed.is_some() => placed.as_deref().unwrap_or_default(),
            _ if f.path.is_empty() => "(document)",
            _ => &f.path,
        };
        eprintln!("{said}: {file}: {at}: {} [{}]", f.message, f.rule);
    }
    if allow_errors {
        eprintln!("warning: {file}: {errors} errors; written anyway (--allow-errors)");
        Ok(())
    } else {
        eprintln!(
            "error: {file}: {errors} errors; nothing written (`chidao validate` places them; \
             --allow-errors writes anyway)"
        );
        Err(ExitCode::from(EXIT_DATA))
    }
}
