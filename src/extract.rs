//! `chidao extract`: from the text of a directive to a draft dataset, with the words behind
//! every field, and a review for a clerk to read beside the source.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chidao_model::Dataset;

use crate::output::write_atomically;
use crate::{EXIT_INPUT, EXIT_OUTPUT};

#[derive(clap::Args)]
pub struct Args {
    /// The document: a Word file (.docx), or plain UTF-8 text with one paragraph per line
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The draft dataset (JSON); standard output when absent or `-`
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// A dataset whose agencies are the gazetteer names are matched against; the bundled
    /// dataset's when absent
    #[arg(long, value_name = "DATASET", conflicts_with = "into")]
    agencies: Option<PathBuf>,
    /// Add the directive and its tasks to this dataset (fresh ids, its agencies reused) and
    /// write the whole dataset to `-o`
    #[arg(long, value_name = "DATASET")]
    into: Option<PathBuf>,
    /// Write a review (Markdown): every task with its source sentence, the words behind each
    /// field marked, and what needs a decision
    #[arg(long, value_name = "FILE")]
    review: Option<PathBuf>,
    /// Write what was read, with the byte span and confidence of every field (JSON)
    #[arg(long, value_name = "FILE")]
    evidence: Option<PathBuf>,
}

fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        _ => format!("cannot read: {e}"),
    })?;
    if bytes.starts_with(b"PK\x03\x04") {
        return chidao_extract::docx_text(&bytes).map_err(|e| e.to_string());
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "is not UTF-8 text (first bad byte at {}); save it as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })
}

fn write_text(path: Option<&Path>, text: &str) -> Result<(), String> {
    match path.filter(|p| p.as_os_str() != "-") {
        Some(p) => {
            write_atomically(p, |tmp| tmp.write_all(text.as_bytes())).map_err(|e| e.to_string())
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|()| out.flush())
                .map_err(|e| format!("<stdout>: {e}"))
        }
    }
}

pub fn run(args: Args) -> ExitCode {
    let name = args.file.display().to_string();
    let text = match read_text(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {name}: {e}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let gazetteer: Dataset =
        match crate::load_or_exit(args.into.as_deref().or(args.agencies.as_deref())) {
            Ok((_, ds)) => ds,
            Err(code) => return code,
        };
    let ex = chidao_extract::extract(&text);
    let draft = chidao_extract::to_draft(&ex, &text, &gazetteer);
    let review = chidao_extract::review_markdown(&ex, &draft, &text, &name);
    let tasks = draft.parts.tasks.len();
    let notes = draft.review.len();
    let dataset = if args.into.is_some() {
        Dataset::new(chidao_extract::merge_into(gazetteer, draft))
    } else {
        Dataset::new(draft.parts)
    };
    let json = match chidao_json::to_string(&dataset) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("error: cannot write the draft: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
    };
    let evidence = serde_json::to_string_pretty(&ex).expect("an extraction serializes");
    let mut outputs: Vec<(Option<&Path>, &str)> = Vec::new();
    if let Some(p) = &args.review {
        outputs.push((Some(p), &review));
    }
    if let Some(p) = &args.evidence {
        outputs.push((Some(p), &evidence));
    }
    outputs.push((args.output.as_deref(), &json));
    for (path, body) in outputs {
        if let Err(e) = write_text(path, body) {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
    }
    eprintln!("{name}: {tasks} tasks read; {notes} points to review");
    ExitCode::SUCCESS
}
