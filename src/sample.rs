//! `chidao sample`: a deterministic synthetic dataset of national shape, as canonical JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_sample::SampleConfig;

#[derive(clap::Args)]
pub struct Args {
    /// Number of tasks (directives, meetings, agencies, indicators and projects scale with it)
    #[arg(long, value_name = "N")]
    tasks: usize,
    /// Seed of the generator: the same seed gives the same dataset
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// Output file; standard output when absent or `-`
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let config = SampleConfig::new(args.tasks).with_seed(args.seed);
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
