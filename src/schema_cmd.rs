//! `chidao schema`: the published JSON Schemas, written to a directory or printed.

use std::path::PathBuf;
use std::process::ExitCode;

use chidao_schema::{SchemaKind, published_files, to_text};

use crate::{EXIT_OUTPUT, output};

#[derive(clap::Args)]
pub struct Args {
    /// Directory to write every schema into (created if missing); without it, the dataset
    /// schema is printed to standard output with every definition in it, needing no other
    /// file
    #[arg(short, long, value_name = "DIR")]
    output: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let Some(dir) = args.output else {
        let text = to_text(&SchemaKind::Dataset.self_contained());
        if let Err(e) = output::print(&text) {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
        return ExitCode::SUCCESS;
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: {}: cannot create the directory: {e}", dir.display());
        return ExitCode::from(EXIT_OUTPUT);
    }
    let texts: Vec<(PathBuf, String)> = published_files()
        .into_iter()
        .map(|(name, schema)| (dir.join(name), to_text(&schema)))
        .collect();
    let files: Vec<(&std::path::Path, &[u8])> = texts
        .iter()
        .map(|(path, text)| (path.as_path(), text.as_bytes()))
        .collect();
    if let Err(e) = output::write_all_atomically(&files) {
        eprintln!("error: {e}");
        return ExitCode::from(EXIT_OUTPUT);
    }
    for (path, _) in &texts {
        eprintln!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
