//! `chidao sample`: a deterministic synthetic dataset of national shape, as canonical JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_sample::SampleConfig;

#[derive(clap::Args)]
pub struct Args {
    /// Number of tasks (directives, meetings, agencies, indicators and projects scale with it),
    /// at most 10 000 000 (about 10 GB of JSON, and 13 GB of memory: the dataset is built whole)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=MAX_TASKS))]
    tasks: u64,
    /// Seed of the generator: the same seed gives the same dataset
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// Output file; standard output when absent or `-`
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// The most tasks a sample may have: ten times national scale (1M tasks take 1.3 GB of memory).
const MAX_TASKS: u64 = 10_000_000;

pub fn run(args: Args) -> ExitCode {
    let tasks = usize::try_from(args.tasks).expect("at most MAX_TASKS");
    let config = SampleConfig::new(tasks).with_seed(args.seed);
    let dataset = config.generate();
    // The JSON exporter does not use the as-of date; the sample's reference day is its natural one.
    let options = chidao_model::ExportOptions::new(config.reference_date());
    crate::run_export(
        &chidao_json::JsonExporter,
        &dataset,
        &options,
        args.output.as_deref(),
    )
}
