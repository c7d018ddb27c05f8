//! `chidao schema`: the published JSON Schemas, written to a directory or printed.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chidao_schema::{SchemaKind, all_schemas, to_text};

use crate::{EXIT_OUTPUT, output};

#[derive(clap::Args)]
pub struct Args {
    /// Directory to write every schema into (created if missing); without it, the dataset
    /// schema is printed to standard output
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let Some(dir) = args.output else {
        let text = to_text(&SchemaKind::Dataset.schema());
        let mut out = std::io::stdout().lock();
        if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
            eprintln!("error: <stdout>: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
        return ExitCode::SUCCESS;
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: {}: cannot create the directory: {e}", dir.display());
        return ExitCode::from(EXIT_OUTPUT);
    }
    for (kind, schema) in all_schemas() {
        let path = dir.join(kind.file_name());
        let text = to_text(&schema);
        let written = output::write_atomically(&path, |tmp| tmp.write_all(text.as_bytes()));
        if let Err(e) = written {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
        eprintln!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
