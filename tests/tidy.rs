//! Tidy checks run as ordinary tests: documentation and hygiene rules of the code base.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn crate_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root().join("crates"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("Cargo.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(name.as_str(), "target" | "node_modules" | ".git" | "fuzz") {
                rust_files(&path, out);
            }
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_crate_has_an_overview_and_denies_missing_docs() {
    for dir in crate_dirs() {
        let lib = dir.join("src/lib.rs");
        let text = fs::read_to_string(&lib).unwrap();
        assert!(
            text.starts_with("//!"),
            "{} must start with a //! overview",
            lib.display()
        );
        assert!(
            text.contains("#![deny(missing_docs)]"),
            "{} must deny missing docs",
            lib.display()
        );
        assert!(
            text.contains("```"),
            "{} overview needs an example",
            lib.display()
        );
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains("description = "),
            "{} needs a description",
            dir.display()
        );
    }
}

/// Every library crate (the benchmark harness aside) has an example program a consumer can
/// copy, run by `scripts/examples` in CI, that says how to run it.
#[test]
fn every_library_crate_has_an_example_that_says_how_to_run_it() {
    for dir in crate_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if name == "chidao-bench" {
            continue;
        }
        let examples: Vec<PathBuf> = fs::read_dir(dir.join("examples"))
            .map(|entries| {
                entries
                    .map(|e| e.unwrap().path())
                    .filter(|p| p.extension().is_some_and(|x| x == "rs"))
                    .collect()
            })
            .unwrap_or_default();
        assert!(!examples.is_empty(), "{name} has no examples/*.rs");
        for example in examples {
            let text = fs::read_to_string(&example).unwrap();
            let stem = example.file_stem().unwrap().to_string_lossy();
            assert!(
                text.starts_with("//!"),
                "{} must start with a //! overview",
                example.display()
            );
            let run = format!("-p {name}");
            assert!(
                text.contains("cargo run") && text.contains(&run) && text.contains(&*stem),
                "{} must say how to run it (`cargo run -p {name} --example {stem}`)",
                example.display()
            );
        }
    }
}

#[test]
fn architecture_names_every_crate() {
    let arch = fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    for dir in crate_dirs() {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            arch.contains(&format!("### `crates/{name}`")),
            "ARCHITECTURE.md has no section for crates/{name}"
        );
    }
}

#[test]
fn no_ignored_tests_and_every_source_file_documented() {
    let mut files = Vec::new();
    rust_files(&root().join("crates"), &mut files);
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("tests"), &mut files);
    assert!(files.len() > 10);
    let ignore = ["#[", "ignore]"].concat();
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        assert!(
            !text.contains(&ignore),
            "{} has an ignored test",
            f.display()
        );
        let is_module = f.components().any(|c| c.as_os_str() == "src");
        if is_module {
            assert!(
                text.starts_with("//!"),
                "{} must start with a //! comment",
                f.display()
            );
        }
    }
}

#[test]
fn no_pending_snapshots() {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(name.as_str(), "target" | "node_modules" | ".git") {
                    walk(&path, found);
                }
            } else if name.ends_with(".snap.new") || name.ends_with(".pending-snap") {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    walk(&root(), &mut found);
    assert!(found.is_empty(), "pending snapshots: {found:?}");
}

/// Length of the word runs the bundled dataset may share with its sources: a narrative field
/// fails when any run of this many consecutive words also appears in a source document.
const SHARED_RUN: usize = 12;

/// Text fields of `data/langson.json` written in our own words, by shape: the record
/// collection and the keys down to the field, array positions and the `vi`/`en` of a
/// bilingual text left out (`tasks.output.description` is the `vi` and `en` of every task's
/// output description).
const NARRATIVE: &[&str] = &[
    "title",
    "meetings.title",
    "meetings.summary",
    "meetings.attendees.role",
    "directives.subject",
    "tasks.title",
    "tasks.description",
    "tasks.output.description",
    "tasks.progress.note",
    "tasks.halt.reason",
    "indicators.name",
    "indicators.years.note",
    "meetings.inferred.note",
    "directives.inferred.note",
    "tasks.inferred.note",
    "indicators.years.inferred.note",
    "projects.inferred.note",
    "indicators.years.qualitative_result",
    "indicators.years.target.text",
    "projects.milestones.title",
];

/// Text fields that may repeat their source word for word, with the reason.
const NOT_NARRATIVE: &[(&str, &str)] = &[
    ("sources.title", "a source's headline, cited as published"),
    ("sources.publisher", "a publisher's name"),
    ("sources.locator", "where the source document is"),
    ("agencies.name", "an agency's formal name"),
    ("agencies.abbreviation", "an agency's formal short name"),
    ("agencies.aliases", "other formal names of an agency"),
    (
        "agency_groups.name",
        "a group as the sources name it (nơi nhận)",
    ),
    ("officials.name", "a person's name"),
    ("officials.positions.title", "a formal position"),
    ("directives.number", "a document number"),
    ("directives.place", "a place name"),
    (
        "directives.signer.title",
        "a formal position in the signature block",
    ),
    (
        "directives.signer.for_title",
        "a formal position in the signature block",
    ),
    ("meetings.place", "a place name"),
    (
        "meetings.theme",
        "the theme of the year, a motto quoted as written",
    ),
    ("tasks.item", "the item number as written"),
    (
        "tasks.deadline.as_written",
        "the deadline phrase, kept as written by design",
    ),
    (
        "indicators.years.target_as_written",
        "the target, kept as written by design",
    ),
    ("projects.name", "a project's formal name"),
    ("projects.investor", "an investor's name"),
    ("projects.locations", "place names"),
];

/// Narrative values that may repeat their source, by JSON path (both languages), with the
/// reason. Keep this list short: each entry is a field nobody paraphrases.
const VERBATIM_VALUES: &[(&str, &str)] = &[
    (
        "directives[id=tb-394-vpcp-2019].subject",
        "the notice's own subject line, as the source quotes it",
    ),
    (
        "directives[id=tb-ubnd-2024-kl-trien-khai].subject",
        "the notice's own subject line (its heading)",
    ),
    (
        "directives[id=qd-1725-ttg-2023].subject",
        "the decision's own subject line (về việc …), as the notice cites it",
    ),
    (
        "directives[id=ct-03-ubnd-2024].subject",
        "the instruction's own subject line, as the notice cites it",
    ),
    (
        "directives[id=qd-ubnd-2024-nhiem-vu-giai-phap].subject",
        "the draft decision's own title, as the notice names it",
    ),
    (
        "directives[id=qd-ubnd-giup-xa-ntm-2023-2025].subject",
        "the decision's own subject line (về việc …), as the notice cites it",
    ),
];

/// Mottos that narrative text may quote: they are cut out of a field before it is compared,
/// so the words around them still count.
const QUOTED_MOTTOS: &[(&str, &str)] = &[
    (
        "Siết chặt kỷ cương, tăng cường trách nhiệm, quyết liệt hành động, sáng tạo bứt phá",
        "Lạng Sơn's theme of the year for 2021 (seed 003) and again for 2024 (seed 004)",
    ),
    (
        "Kỷ cương, liêm chính, hành động, sáng tạo, hiệu quả",
        "the motto notice 394/TB-VPCP sets for public service (task tb394-06)",
    ),
];

/// The words of `text` for comparison: NFC, lower case, split at every character that is not
/// a letter or a digit.
fn comparison_words(text: &str) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let folded: String = text.to_lowercase().nfc().collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The source documents the bundled dataset was built from, as (file name, words).
fn source_documents() -> Vec<(String, Vec<String>)> {
    let dir = root().join("../shared/seeds");
    let entries = fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "the source documents of data/langson.json are not at {} ({e}); this check needs \
             them beside the repository (CI has them there), it does not skip",
            dir.display()
        )
    });
    let mut docs: Vec<(String, Vec<String>)> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, comparison_words(&text))
        })
        .collect();
    docs.sort();
    assert!(!docs.is_empty(), "no source documents in {}", dir.display());
    docs
}

/// A text field of the dataset: its JSON path, its shape (see [`NARRATIVE`]) and its value.
struct TextField {
    path: String,
    shape: String,
    text: String,
}

fn text_fields(value: &serde_json::Value, path: &str, shape: &str, out: &mut Vec<TextField>) {
    use serde_json::Value;
    let join = |base: &str, key: &str| {
        if base.is_empty() {
            key.to_owned()
        } else {
            format!("{base}.{key}")
        }
    };
    match value {
        Value::String(text) => {
            // the two languages of a bilingual text share the shape of the text
            let shape = shape
                .strip_suffix(".vi")
                .or_else(|| shape.strip_suffix(".en"))
                .or(match shape {
                    "vi" | "en" => Some(""),
                    _ => None,
                })
                .unwrap_or(shape);
            out.push(TextField {
                path: path.to_owned(),
                shape: shape.to_owned(),
                text: text.clone(),
            });
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let at = match item.get("id").and_then(Value::as_str) {
                    Some(id) => format!("{path}[id={id}]"),
                    None => format!("{path}[{i}]"),
                };
                text_fields(item, &at, shape, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                text_fields(item, &join(path, key), &join(shape, key), out);
            }
        }
        _ => {}
    }
}

/// The longest run of consecutive words `words` shares with `source`, as (start in `words`,
/// length).
fn longest_shared_run(words: &[String], source: &[String]) -> (usize, usize) {
    let mut best = (0, 0);
    let mut previous = vec![0usize; source.len() + 1];
    for (i, word) in words.iter().enumerate() {
        let mut current = vec![0usize; source.len() + 1];
        for (j, other) in source.iter().enumerate() {
            if word == other {
                current[j + 1] = previous[j] + 1;
                if current[j + 1] > best.1 {
                    best = (i + 1 - current[j + 1], current[j + 1]);
                }
            }
        }
        previous = current;
    }
    best
}

/// `words` with every occurrence of a quoted motto cut out, as the pieces left between them.
fn without_mottos(words: &[String], mottos: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut pieces = vec![Vec::new()];
    let mut i = 0;
    while i < words.len() {
        if let Some(motto) = mottos
            .iter()
            .find(|m| !m.is_empty() && words[i..].starts_with(m))
        {
            pieces.push(Vec::new());
            i += motto.len();
        } else {
            pieces.last_mut().unwrap().push(words[i].clone());
            i += 1;
        }
    }
    pieces
}

/// Narrative text of the bundled dataset (meeting, directive, task, indicator and project
/// texts, the dataset's title) is in our own words: no run of [`SHARED_RUN`] consecutive words
/// of a source document. Formal names, positions, numbers, headlines and quoted mottos may be
/// verbatim (see [`NOT_NARRATIVE`], [`VERBATIM_VALUES`], [`QUOTED_MOTTOS`]).
#[test]
fn bundled_narrative_fields_are_in_our_own_words() {
    let sources = source_documents();
    let windows: std::collections::HashSet<&[String]> = sources
        .iter()
        .flat_map(|(_, words)| words.windows(SHARED_RUN))
        .collect();
    let mottos: Vec<Vec<String>> = QUOTED_MOTTOS
        .iter()
        .map(|(m, _)| comparison_words(m))
        .collect();

    let text = fs::read_to_string(root().join("data/langson.json")).unwrap();
    let dataset: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut fields = Vec::new();
    text_fields(&dataset, "", "", &mut fields);

    let mut failures = Vec::new();
    let mut unclassified = Vec::new();
    let mut verbatim_used = vec![false; VERBATIM_VALUES.len()];
    let mut narrative_count = 0;
    for field in &fields {
        let words = comparison_words(&field.text);
        if !NARRATIVE.contains(&field.shape.as_str()) {
            let known = NOT_NARRATIVE.iter().any(|(s, _)| *s == field.shape);
            // ids, codes, dates and vocabulary values are short; a long unknown text is prose
            if !known && words.len() >= SHARED_RUN {
                unclassified.push(format!("{} ({})", field.path, field.shape));
            }
            continue;
        }
        narrative_count += 1;
        if let Some(i) = VERBATIM_VALUES.iter().position(|(p, _)| {
            field
                .path
                .strip_prefix(p)
                .is_some_and(|rest| matches!(rest, ".vi" | ".en"))
        }) {
            verbatim_used[i] = true;
            continue;
        }
        let pieces = without_mottos(&words, &mottos);
        let shares = pieces
            .iter()
            .any(|piece| piece.windows(SHARED_RUN).any(|w| windows.contains(w)));
        if !shares {
            continue;
        }
        let mut longest = (0, String::new(), String::new());
        for piece in &pieces {
            for (name, source) in &sources {
                let (start, len) = longest_shared_run(piece, source);
                if len > longest.0 {
                    longest = (len, piece[start..start + len].join(" "), name.clone());
                }
            }
        }
        failures.push(format!(
            "{}: {} words shared with {}: \"{}\"",
            field.path, longest.0, longest.2, longest.1
        ));
    }

    assert!(
        narrative_count > 100,
        "only {narrative_count} narrative fields found: has the dataset's shape changed?"
    );
    assert!(
        unclassified.is_empty(),
        "text fields of data/langson.json that are neither in NARRATIVE nor in NOT_NARRATIVE \
         of tests/tidy.rs (add each to one of them):\n  {}",
        unclassified.join("\n  ")
    );
    let stale: Vec<&str> = VERBATIM_VALUES
        .iter()
        .zip(&verbatim_used)
        .filter(|(_, used)| !**used)
        .map(|((p, _), _)| *p)
        .collect();
    assert!(
        stale.is_empty(),
        "VERBATIM_VALUES names fields that no longer exist: {stale:?}"
    );
    assert!(
        failures.is_empty(),
        "{} narrative fields of data/langson.json repeat {SHARED_RUN} or more consecutive words \
         of a source; say it in our own words (formal names and quoted mottos aside):\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
