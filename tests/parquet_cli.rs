//! `chidao export --to parquet -o DIR`: a directory of one file per table, written atomically,
//! never replacing a directory that is not an earlier export.

use std::path::Path;

mod common;

use common::{chidao, stderr};

fn export(dir: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["export", "--to", "parquet", "-o", dir.to_str().unwrap()];
    args.extend_from_slice(extra);
    chidao(&args)
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn expected_files() -> Vec<String> {
    let mut names: Vec<String> = chidao_parquet::TABLES
        .iter()
        .map(|t| format!("{t}.parquet"))
        .collect();
    names.sort();
    names
}

#[test]
fn writes_one_file_per_table_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("export");
    let out = export(&dir, &["--as-of", "2024-02-15"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(names(&dir), expected_files());
    assert_eq!(names(tmp.path()), ["export"], "no temporary directory left");
    for name in names(&dir) {
        let bytes = std::fs::read(dir.join(&name)).unwrap();
        assert!(
            bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"),
            "{name}"
        );
    }
}

#[test]
fn an_earlier_export_is_replaced_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("export");
    std::fs::create_dir(&dir).unwrap();
    // an earlier export with a table this version no longer writes
    std::fs::write(dir.join("old_table.parquet"), b"PAR1 old PAR1").unwrap();
    std::fs::write(dir.join("tasks.parquet"), b"PAR1 old PAR1").unwrap();
    let out = export(&dir, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(names(&dir), expected_files());
    assert_ne!(
        std::fs::read(dir.join("tasks.parquet")).unwrap(),
        b"PAR1 old PAR1"
    );
    assert_eq!(
        names(tmp.path()),
        ["export"],
        "no directory moved aside is left"
    );
}

#[test]
fn a_directory_holding_other_files_is_refused_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("notes");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("tasks.parquet"), b"keep").unwrap();
    std::fs::write(dir.join("minutes.docx"), b"keep").unwrap();
    let out = export(&dir, &[]);
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("holds `minutes.docx`, which is not a .parquet file of an earlier export"),
        "{err}"
    );
    assert_eq!(names(&dir), ["minutes.docx", "tasks.parquet"]);
    assert_eq!(std::fs::read(dir.join("tasks.parquet")).unwrap(), b"keep");
    assert_eq!(names(tmp.path()), ["notes"], "nothing written beside it");
}

#[test]
fn a_file_in_the_way_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("export");
    std::fs::write(&file, b"keep").unwrap();
    let out = export(&file, &[]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("exists and is not a directory"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), b"keep");
}

#[test]
fn standard_output_is_refused() {
    let out = chidao(&["export", "--to", "parquet"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out).trim(),
        "error: <stdout>: the parquet format writes a directory of files, one per table; give -o DIR"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_parent_directory_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("no/such/export");
    let out = export(&dir, &[]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
}
