//! `chidao import`: a filled data-entry workbook back into a dataset, every mistake reported
//! at its sheet and cell; with errors nothing is written.

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::{Dataset, ExportOptions};

use crate::input::InputFormat;
use crate::report::LangArg;
use crate::{EXIT_INPUT, validate};

#[derive(clap::Args)]
pub struct Args {
    /// The filled workbook (.xlsx)
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The dataset to write (.json, or .xml by its extension); standard output when absent or
    /// `-`
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Add the workbook's records to this dataset: a record with the id of one of its records
    /// takes its place, the others are added after its own
    #[arg(long, value_name = "DATASET")]
    into: Option<PathBuf>,
    /// Language of the messages
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    lang: LangArg,
    /// Write even when the dataset has errors, printing them as warnings
    #[arg(long)]
    allow_errors: bool,
}

/// Puts `records` into `base` by id: a record with the id of one of `base`'s replaces it, the
/// others are added at the end.
fn merge<T>(base: &mut Vec<T>, records: Vec<T>, id: impl Fn(&T) -> String) {
    let mut at: std::collections::HashMap<String, usize> =
        base.iter().enumerate().map(|(i, r)| (id(r), i)).collect();
    for r in records {
        match at.get(&id(&r)) {
            Some(&i) => base[i] = r,
            None => {
                at.insert(id(&r), base.len());
                base.push(r);
            }
        }
    }
}

fn merge_into(base: Dataset, workbook: Dataset) -> Dataset {
    let mut parts = base.into_parts();
    let w = workbook.into_parts();
    if w.title.is_some() {
        parts.title = w.title;
    }
    merge(&mut parts.sources, w.sources, |r| r.id.to_string());
    merge(&mut parts.agencies, w.agencies, |r| r.id.to_string());
    merge(&mut parts.agency_groups, w.agency_groups, |r| {
        r.id.to_string()
    });
    merge(&mut parts.officials, w.officials, |r| r.id.to_string());
    merge(&mut parts.meetings, w.meetings, |r| r.id.to_string());
    merge(&mut parts.directives, w.directives, |r| r.id.to_string());
    merge(&mut parts.tasks, w.tasks, |r| r.id.to_string());
    merge(&mut parts.indicators, w.indicators, |r| r.id.to_string());
    merge(&mut parts.projects, w.projects, |r| r.id.to_string());
    Dataset::new(parts)
}

pub fn run(args: Args) -> ExitCode {
    let mut input = match crate::input::read(Some(&args.file)) {
        Ok(input) => input,
        Err(e) => {
            e.print();
            return ExitCode::from(EXIT_INPUT);
        }
    };
    if input.format != InputFormat::Template {
        eprintln!(
            "error: {}: not a workbook: `chidao import` reads the .xlsx of `chidao template` (other commands read JSON and XML as they are)",
            input.name
        );
        return ExitCode::from(EXIT_INPUT);
    }
    input.lang = args.lang.into();
    let dataset = match input.parse() {
        Ok(d) => d,
        Err(e) => {
            e.print();
            // A file that is not a workbook cannot be read (2); mistakes in its cells are
            // errors in the data (1).
            let unreadable = e.problems.iter().any(|p| p.rule == "not-a-workbook");
            return ExitCode::from(if unreadable {
                EXIT_INPUT
            } else {
                crate::EXIT_DATA
            });
        }
    };
    for w in &input.warnings {
        eprintln!("warning: {}: {w}", input.name);
    }
    if let Err(code) = validate::refuse_if_invalid(&input, &dataset, args.allow_errors) {
        return code;
    }
    let dataset = match &args.into {
        Some(path) => match crate::load_or_exit(Some(path)) {
            Ok((base_input, base)) => {
                let merged = merge_into(base, dataset);
                if let Err(code) =
                    validate::refuse_if_invalid(&base_input, &merged, args.allow_errors)
                {
                    return code;
                }
                merged
            }
            Err(code) => return code,
        },
        None => dataset,
    };
    let xml = args
        .output
        .as_deref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("xml"));
    let options = ExportOptions::new(crate::today());
    if xml {
        crate::run_export(
            &chidao_xml::XmlExporter,
            &dataset,
            &options,
            args.output.as_deref(),
        )
    } else {
        crate::run_export(
            &chidao_json::JsonExporter,
            &dataset,
            &options,
            args.output.as_deref(),
        )
    }
}
