//! `chidao sample`: a deterministic synthetic dataset of national shape, as canonical JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chidao_sample::SampleConfig;

use crate::{EXIT_OUTPUT, output};

#[derive(clap::Args)]
pub struct Args {
    /// Number of tasks (directives, meetings, agencies, indicators and projects scale with it)
    #[arg(long, value_name = "N")]
    tasks: usize,
    /// Seed of the generator: the same seed gives the same dataset
    #[arg(long, value_name = "S", default_value_t = 0)]
    seed: u64,
    /// Output file; standard output when absent
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let dataset = SampleConfig::new(args.tasks)
        .with_seed(args.seed)
        .generate();
    let result = match &args.output {
        Some(path) => output::write_atomically(path, |tmp| {
            let mut w = std::io::BufWriter::with_capacity(1 << 20, tmp.as_file_mut());
            chidao_json::to_writer(&mut w, &dataset)?;
            w.flush().map_err(serde_json::Error::io)
        }),
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::with_capacity(1 << 20, stdout.lock());
            chidao_json::to_writer(&mut w, &dataset)
                .and_then(|()| w.flush().map_err(serde_json::Error::io))
                .map_err(|e| output::OutputError {
                    file: "<stdout>".into(),
                    message: e.to_string(),
                })
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_OUTPUT)
        }
    }
}
