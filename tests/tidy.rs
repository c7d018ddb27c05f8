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
