//! `chidao extract`: from the text of a directive to a draft dataset, with the words behind
//! every field, and a review for a clerk to read beside the source.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chidao_model::Dataset;

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
    let cannot = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_owned(),
        _ => format!("cannot read: {e}"),
    };
    let mut file = std::fs::File::open(path).map_err(cannot)?;
    crate::guard::read_input(path, &file.metadata().map_err(cannot)?);
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).map_err(cannot)?;
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
    let files: Vec<&Path> = outputs
        .iter()
        .filter_map(|(p, _)| *p)
        .filter(|p| p.as_os_str() != "-")
        .collect();
    if let Some(twice) = files
        .iter()
        .enumerate()
        .find_map(|(i, p)| files[..i].contains(p).then_some(p))
    {
        eprintln!(
            "error: {}: is given for two outputs (-o, --review, --evidence); give each its own file",
            twice.display()
        );
        return ExitCode::from(EXIT_INPUT);
    }
    let (files, printed): (Vec<_>, Vec<_>) = outputs
        .into_iter()
        .partition(|(path, _)| path.is_some_and(|p| p.as_os_str() != "-"));
    let files: Vec<(&Path, &[u8])> = files
        .into_iter()
        .filter_map(|(path, body)| Some((path?, body.as_bytes())))
        .collect();
    if let Err(e) = crate::output::write_all_atomically(&files) {
        eprintln!("error: {e}");
        return ExitCode::from(EXIT_OUTPUT);
    }
    for (_, body) in printed {
        if let Err(e) = crate::output::print(body) {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_OUTPUT);
        }
    }
    eprintln!("{name}: {tasks} tasks read; {notes} points to review");
    ExitCode::SUCCESS
}
