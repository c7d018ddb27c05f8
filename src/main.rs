//! `chidao`: validate, export and report on direction-and-administration datasets.
//!
//! Exit codes: 0 success (warnings allowed); 1 the data has errors; 2 the input cannot be read
//! or parsed, or the command line is wrong; 3 the output cannot be written.

mod input;
mod output;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::{ExportOptions, ExporterRegistry};
use clap::{Parser, Subcommand, ValueEnum};

/// Exit code: the data has errors.
const EXIT_DATA: u8 = 1;
/// Exit code: the input cannot be read or parsed, or the command line is wrong.
const EXIT_INPUT: u8 = 2;
/// Exit code: the output cannot be written.
const EXIT_OUTPUT: u8 = 3;

#[derive(Parser)]
#[command(
    name = "chidao",
    version,
    about = "Direction-and-administration data: validate, export and report",
    long_about = "Direction-and-administration data (chỉ đạo điều hành): meetings, directives, \
                  tasks, agencies, indicators and projects.\n\nEvery command reads the bundled \
                  Lạng Sơn dataset unless given a file.\n\nExit codes: 0 success (warnings \
                  allowed); 1 the data has errors; 2 the input cannot be read or parsed, or the \
                  command line is wrong; 3 the output cannot be written."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a dataset and list every finding (errors and warnings)
    Validate(validate::Args),
    /// Write a dataset in another format
    Export(ExportArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    /// The canonical JSON dataset document
    Json,
}

impl ExportFormat {
    fn name(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
        }
    }
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Output format
    #[arg(long = "to", value_enum)]
    to: ExportFormat,
    /// Input dataset (.json or .xml); the bundled Lạng Sơn dataset when absent
    #[arg(short, long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Output file; standard output when absent
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Every output format the command line knows.
fn registry() -> ExporterRegistry {
    let mut r = ExporterRegistry::new();
    r.register(Box::new(chidao_json::JsonExporter));
    r
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn export(args: ExportArgs) -> ExitCode {
    let (_, dataset) = match input::load(args.input.as_deref()) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let registry = registry();
    let exporter = registry
        .get(args.to.name())
        .expect("every format of the command line is registered");
    let options = ExportOptions::new(today());
    match output::export_to(exporter, &dataset, &options, args.output.as_deref()) {
        Ok(summary) => {
            for w in summary.warnings {
                eprintln!("warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_INPUT } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Validate(args) => validate::run(args),
        Command::Export(args) => export(args),
    }
}
