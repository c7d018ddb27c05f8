//! Scores the extractor on the hand-annotated corpus (`corpus/extract/`): per document and in
//! total, recall and precision of assignments, and among the assignments found, how often the
//! lead, the set of coordinating agencies and the due date are right.
//!
//! `cargo run -p chidao-extract --example score [CORPUS_DIR …]`, or `-- --seeds` for
//! `corpus/seeds/`: the seeds' 2024 notice annotated from the bundled dataset's tasks of it,
//! scored the same way; `-- --all` for every extraction set of the corpus, with one total.
//!
//! An annotated assignment is found when an extracted one's span overlaps its quote (each
//! extracted assignment answers for one annotated one at most).
//! An extracted assignment no annotation answers for, right after a found one (or another
//! such part) of the same item and lead, is a *part*: a further instruction of an assignment
//! the annotation keeps whole. Precision counts it as wrong; precision with parts as right.
//! Names are compared as written, after `match_key` (NFC, case, tone placement,
//! white space); the coordinating agencies as a set; due dates exactly (no date on both sides
//! is right).

use std::collections::BTreeSet;
use std::path::PathBuf;

use chidao_model::{NaiveDate, match_key};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Score {
    annotated: usize,
    extracted: usize,
    found: usize,
    lead: usize,
    coordinating: usize,
    due: usize,
    lead_and_due: usize,
    /// Extracted assignments that are a further instruction of a found one, of the same item
    /// and lead, which the annotation keeps whole.
    parts: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.annotated += o.annotated;
        self.extracted += o.extracted;
        self.parts += o.parts;
        self.found += o.found;
        self.lead += o.lead;
        self.coordinating += o.coordinating;
        self.due += o.due;
        self.lead_and_due += o.lead_and_due;
    }
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "—".to_owned()
    } else {
        format!("{:.0} %", 100.0 * a as f64 / b as f64)
    }
}

/// Header fields right, of those annotated: number, date of issue, meeting date, signer.
#[derive(Default, Clone, Copy)]
struct Header {
    fields: usize,
    right: usize,
}

fn header_score(ex: &chidao_extract::Extraction, ann: &Value) -> Header {
    let h = &ex.header;
    let mut s = Header::default();
    let mut check = |want: Option<String>, got: Option<String>| {
        if let Some(w) = want {
            s.fields += 1;
            s.right += usize::from(got.as_deref().map(match_key) == Some(match_key(&w)));
        }
    };
    check(
        ann["number"].as_str().map(str::to_owned),
        h.number.as_ref().map(|n| n.value.clone()),
    );
    check(
        ann["date"].as_str().map(str::to_owned),
        h.date.as_ref().map(|d| d.value.to_string()),
    );
    check(
        ann["meeting_date"].as_str().map(str::to_owned),
        h.meeting.as_ref().map(|m| m.date.value.to_string()),
    );
    check(
        ann["signer"]["name"].as_str().map(str::to_owned),
        h.signer
            .as_ref()
            .and_then(|s| s.name.as_ref())
            .map(|n| n.value.clone()),
    );
    s
}

/// Cited documents found, by number: `(annotated, found)`.
fn cites_score(ex: &chidao_extract::Extraction, ann: &Value) -> (usize, usize) {
    let mut annotated = 0;
    let mut found = 0;
    for c in ann["cites"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
    {
        let Some(number) = c
            .split(" số ")
            .nth(1)
            .and_then(|r| r.split_whitespace().next())
        else {
            continue;
        };
        annotated += 1;
        let number = number.trim_end_matches([',', ';', '.']);
        found += usize::from(ex.citations.iter().any(|x| x.number.value == number));
    }
    (annotated, found)
}

fn score(text: &str, ann: &Value) -> Score {
    let ex = chidao_extract::extract(text);
    let mut s = Score {
        extracted: ex.assignments.len(),
        ..Score::default()
    };
    let mut used = vec![false; ex.assignments.len()];
    let mut part = vec![false; ex.assignments.len()];
    for a in ann["assignments"].as_array().into_iter().flatten() {
        s.annotated += 1;
        let quote = a["quote"].as_str().unwrap_or_default();
        let Some(at) = text.find(quote) else {
            eprintln!("quote not in the text: {quote}");
            continue;
        };
        let hit = ex
            .assignments
            .iter()
            .enumerate()
            .find(|(i, x)| !used[*i] && x.span.start < at + quote.len() && at < x.span.end);
        let Some((i, x)) = hit else {
            if std::env::var_os("SCORE_MISSES").is_some() {
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let line: String = text[line_start..].chars().take(110).collect();
                eprintln!(
                    "missed {:?} {:?}: {}",
                    a["item"].as_str(),
                    a["lead"].as_str(),
                    line
                );
            }
            continue;
        };
        used[i] = true;
        s.found += 1;
        let lead_ok =
            x.lead.as_ref().map(|l| match_key(&l.value)) == a["lead"].as_str().map(match_key);
        let want: BTreeSet<String> = a["coordinating"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(match_key)
            .collect();
        let got: BTreeSet<String> = x.coordinating.iter().map(|c| match_key(&c.value)).collect();
        let due_want: Option<NaiveDate> = a["due"].as_str().and_then(|d| d.parse().ok());
        let due_got = x.deadline.as_ref().and_then(|d| d.due);
        if std::env::var_os("SCORE_VERBOSE").is_some() && !lead_ok {
            eprintln!(
                "lead {:?} want {:?} in {}",
                x.lead.as_ref().map(|l| &l.value),
                a["lead"].as_str(),
                &text[x.span.clone()].chars().take(90).collect::<String>()
            );
        }
        if std::env::var_os("SCORE_DUES").is_some() && due_want != due_got {
            eprintln!(
                "due {due_got:?} ({:?}) want {due_want:?} ({:?}) in {}",
                x.deadline.as_ref().map(|d| &d.phrase.value),
                a["deadline"].as_str(),
                &text[x.span.clone()].chars().take(90).collect::<String>()
            );
        }
        s.lead += usize::from(lead_ok);
        s.coordinating += usize::from(want == got);
        s.due += usize::from(due_want == due_got);
        s.lead_and_due += usize::from(lead_ok && due_want == due_got);
    }
    // an extracted assignment no annotation answers for, right after one of the same item and
    // lead: a further instruction the annotation keeps within the assignment before it
    for i in 1..used.len() {
        let (a, b) = (&ex.assignments[i - 1], &ex.assignments[i]);
        let same = |x: &chidao_extract::Assignment| {
            (x.item.clone(), x.lead.as_ref().map(|l| match_key(&l.value)))
        };
        if !used[i] && same(a) == same(b) && (used[i - 1] || part[i - 1]) {
            part[i] = true;
        }
    }
    s.parts = part.iter().filter(|&&p| p).count();
    if std::env::var_os("SCORE_EXTRAS").is_some() {
        for (i, x) in ex.assignments.iter().enumerate().filter(|(i, _)| !used[*i]) {
            eprintln!(
                "extra{} {} {:?}: {}",
                if part[i] { " (part)" } else { "" },
                x.item,
                x.lead.as_ref().map(|l| &l.value),
                text[x.span.clone()].chars().take(100).collect::<String>()
            );
        }
    }
    s
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let args: Vec<String> = std::env::args().skip(1).collect();
    // `--all`: every extraction set of the corpus (not the seeds), one total over them
    let mut dirs: Vec<PathBuf> = match args.first().map(String::as_str) {
        Some("--seeds") => vec![root.join("seeds")],
        Some("--all") => std::fs::read_dir(&root)
            .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("extract"))
            })
            .collect(),
        Some(_) => args.iter().map(PathBuf::from).collect(),
        None => vec![root.join("extract")],
    };
    dirs.sort();
    let many = dirs.len() > 1;
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in &dirs {
        let mut here: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        here.sort();
        files.extend(here);
    }
    header();
    let mut total = Score::default();
    let mut headers = Header::default();
    let mut cites = (0usize, 0usize);
    for f in &files {
        let ann: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let text = std::fs::read_to_string(f.with_extension("txt")).unwrap();
        let ex = chidao_extract::extract(&text);
        let h = header_score(&ex, &ann);
        headers.fields += h.fields;
        headers.right += h.right;
        let (annotated, found) = cites_score(&ex, &ann);
        cites.0 += annotated;
        cites.1 += found;
        let s = score(&text, &ann);
        total.add(s);
        let stem = f.file_stem().unwrap().to_string_lossy();
        let name = match f.parent().and_then(|d| d.file_name()).filter(|_| many) {
            Some(d) => format!("{}/{stem}", d.to_string_lossy()),
            None => stem.into_owned(),
        };
        row(&name, s);
    }
    row("**total**", total);
    // the counts behind the last column, for comparing two runs
    if std::env::var_os("SCORE_COUNTS").is_some() {
        eprintln!(
            "found {} of {}, with lead and due {}",
            total.found, total.annotated, total.lead_and_due
        );
    }
    println!(
        "\nHeader fields (number, date of issue, meeting date, signer's name) right: {} of {} ({})",
        headers.right,
        headers.fields,
        pct(headers.right, headers.fields)
    );
    println!(
        "Cited documents found (by number): {} of {} ({})",
        cites.1,
        cites.0,
        pct(cites.1, cites.0)
    );
}

fn header() {
    println!(
        "| document | annotated | extracted | recall | precision | parts | precision with parts | lead | coordinating | due | found with lead and due |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
}

fn row(name: &str, s: Score) {
    println!(
        "| {name} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        s.annotated,
        s.extracted,
        pct(s.found, s.annotated),
        pct(s.found, s.extracted),
        s.parts,
        pct(s.found + s.parts, s.extracted),
        pct(s.lead, s.found),
        pct(s.coordinating, s.found),
        pct(s.due, s.found),
        pct(s.lead_and_due, s.annotated),
    );
}
