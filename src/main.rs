//! `chidao`: validate, export and report on direction-and-administration datasets.
//!
//! Exit codes: 0 success (warnings allowed); 1 the data has errors; 2 the input cannot be read
//! or parsed, or the command line is wrong; 3 the output cannot be written.

mod diff;
mod extract;
mod guard;
mod import;
mod input;
mod output;
mod output_dir;
mod report;
mod sample;
mod schema_cmd;
mod template;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::{ExportOptions, ExporterRegistry};
use clap::{Parser, Subcommand};

/// Loading builds millions of small values; mimalloc frees and reuses them much faster than the
/// system allocator (about a fifth of `validate`'s time went to malloc and free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Replace an existing output even when it is read-only or belongs to another user (an
    /// output that is the command's own input is refused all the same)
    #[arg(long, global = true)]
    force: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Check a dataset and list every finding (errors and warnings)
    Validate(validate::Args),
    /// Write a dataset in another format
    Export(ExportArgs),
    /// Write the published JSON Schemas (Draft 2020-12) of the dataset document and its records
    Schema(schema_cmd::Args),
    /// Write the Excel report: tasks by agency, tasks, indicators, projects, directives
    Report(report::Args),
    /// Generate a synthetic dataset of national shape, for tests and benchmarks
    Sample(sample::Args),
    /// Read a directive's text into a draft dataset: its assignments, leads, coordinating
    /// agencies and deadlines, each with the words it came from
    Extract(extract::Args),
    /// Write the data-entry workbook a clerk fills in Excel or LibreOffice, pre-filled from a
    /// dataset when one is given
    Template(template::Args),
    /// Read a filled data-entry workbook back into a dataset, every mistake reported with its
    /// sheet and cell
    Import(import::Args),
    /// What changed between two snapshots of a dataset: tasks added, completed, newly overdue,
    /// extended, reassigned; directives issued; indicator figures; project milestones
    Diff(diff::Args),
}

#[derive(clap::Args)]
struct ExportArgs {
    /// Output format: any registered exporter (json, xml, xlsx, parquet)
    #[arg(long = "to", value_name = "FORMAT", value_parser = clap::builder::PossibleValuesParser::new(registry().names().into_iter().map(String::from)))]
    to: String,
    /// Input dataset (.json or .xml); the bundled Lạng Sơn dataset when absent
    #[arg(short, long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Output file (a directory for parquet); standard output when absent or `-`
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The day task statuses are computed for (YYYY-MM-DD), in formats that carry them
    /// (xlsx, parquet); today when absent
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    as_of: Option<chrono::NaiveDate>,
    /// Write even when the dataset has errors (dangling references, duplicate ids …), printing
    /// them as warnings; without it a dataset with errors is refused and nothing is written
    #[arg(long)]
    allow_errors: bool,
}

/// Reads a date argument in the one date grammar of every format (YYYY-MM-DD).
pub fn date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    chidao_model::parse_date(s).map_err(|e| e.to_string())
}

/// Every output format the command line knows.
fn registry() -> ExporterRegistry {
    let mut r = ExporterRegistry::new();
    r.register(Box::new(chidao_json::JsonExporter));
    r.register(Box::new(chidao_xml::XmlExporter));
    r.register(Box::new(chidao_xlsx::XlsxExporter::default()));
    r.register(Box::new(chidao_parquet::ParquetExporter));
    r.register(Box::new(chidao_template::TemplateExporter));
    r
}

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Reads and parses the input of a command; on failure prints why and gives exit code 2.
fn load_or_exit(
    path: Option<&std::path::Path>,
) -> Result<(input::Input, chidao_model::Dataset), ExitCode> {
    let (input, dataset) = input::load(path).map_err(|e| {
        e.print();
        ExitCode::from(EXIT_INPUT)
    })?;
    // What a workbook's importer warned about (an extra column, a deadline phrase not read).
    for w in &input.warnings {
        eprintln!("warning: {}: {w}", input.name);
    }
    Ok((input, dataset))
}

/// Runs `exporter` into `path` (standard output when `None`), prints its warnings, and gives
/// exit code 0, or 3 when the output cannot be written.
fn run_export(
    exporter: &dyn chidao_model::Exporter,
    dataset: &chidao_model::Dataset,
    options: &ExportOptions,
    path: Option<&std::path::Path>,
) -> ExitCode {
    match output::export_to(exporter, dataset, options, path) {
        Ok(summary) => {
            for w in summary.warnings {
                eprintln!("warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Err(e) if e.closed_pipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}

fn export(args: ExportArgs) -> ExitCode {
    let (input, dataset) = match load_or_exit(args.input.as_deref()) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Err(code) = validate::refuse_if_invalid(&input, &dataset, args.allow_errors) {
        return code;
    }
    let registry = registry();
    let exporter = registry
        .get(&args.to)
        .expect("every format of the command line is registered");
    let options = ExportOptions::new(args.as_of.unwrap_or_else(today))
        .with_progress(std::sync::Arc::new(report::Bar::new()));
    run_export(exporter, &dataset, &options, args.output.as_deref())
}

/// The spreadsheet library panics when a temporary file cannot be written; the exporter turns
/// that into an error, which is printed as such, so its panic message is not.
fn quiet_handled_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied());
        if !message.is_some_and(chidao_xlsx::is_write_panic) {
            default(info);
        }
    }));
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
    quiet_handled_panics();
    guard::set_force(cli.force);
    guard::clean_up_on_signals();
    match cli.command {
        Command::Validate(args) => validate::run(args),
        Command::Export(args) => export(args),
        Command::Schema(args) => schema_cmd::run(args),
        Command::Report(args) => report::run(args),
        Command::Sample(args) => sample::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Template(args) => template::run(args),
        Command::Import(args) => import::run(args),
    }
}
