//! `chidao template`: the data-entry workbook a clerk fills, blank or pre-filled from a
//! dataset (see `chidao_template`).

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::{Dataset, DatasetParts, ExportOptions};

use crate::report::LangArg;

#[derive(clap::Args)]
pub struct Args {
    /// Dataset to pre-fill the workbook with (.json, .xml or a filled workbook); a blank
    /// workbook when absent
    #[arg(short, long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Output workbook
    #[arg(short, long, value_name = "FILE", default_value = "template.xlsx")]
    output: PathBuf,
    /// Language of the headers, labels, dropdowns and instructions
    #[arg(long, value_enum, default_value_t = LangArg::Vi)]
    lang: LangArg,
}

pub fn run(args: Args) -> ExitCode {
    let dataset = match &args.input {
        Some(path) => match crate::load_or_exit(Some(path)) {
            Ok((_, dataset)) => dataset,
            Err(code) => return code,
        },
        None => Dataset::new(DatasetParts::new()),
    };
    let options = ExportOptions::new(crate::today()).with_lang(args.lang.into());
    crate::run_export(
        &chidao_template::TemplateExporter,
        &dataset,
        &options,
        Some(&args.output),
    )
}
