//! End-to-end tests of `chidao report`: defaults, exit codes, warnings, byte-identical runs.

use std::path::Path;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/crates/chidao-xlsx/tests/fixtures/small.json"
);

mod common;

use common::{chidao_in, stderr};

fn is_xlsx(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|b| b.starts_with(b"PK\x03\x04"))
}

#[test]
fn report_writes_the_default_file_and_says_so_in_one_line_without_a_bar_when_piped() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &["report", "-i", FIXTURE, "--as-of", "2024-02-15"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_xlsx(&dir.path().join("chidao-report.xlsx")));
    assert!(out.stdout.is_empty());
    // No progress bar on a pipe: only the line saying where, how many tasks, as of when.
    assert_eq!(
        stderr(&out),
        "wrote chidao-report.xlsx: 9 tasks, as of 2024-02-15\n"
    );
}

#[test]
fn report_of_the_bundled_dataset_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "report",
            "--as-of",
            "2024-02-15",
            "--lang",
            "en",
            "-o",
            "en.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_xlsx(&dir.path().join("en.xlsx")));
}

#[test]
fn two_runs_give_byte_identical_workbooks() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.xlsx", "b.xlsx"] {
        let out = chidao_in(
            dir.path(),
            &["report", "-i", FIXTURE, "--as-of", "2024-02-15", "-o", name],
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let a = std::fs::read(dir.path().join("a.xlsx")).unwrap();
    let b = std::fs::read(dir.path().join("b.xlsx")).unwrap();
    assert!(a == b, "the workbooks differ");
}

#[test]
fn export_warnings_go_to_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap();
    doc["tasks"][0]["title"]["vi"] = serde_json::Value::String("ơ".repeat(33_000));
    let input = dir.path().join("long.json");
    std::fs::write(&input, doc.to_string()).unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "report",
            "-i",
            input.to_str().unwrap(),
            "--as-of",
            "2024-02-15",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("warning: sheet ")
            && err.contains(": task t1, field title: text of 33000 characters cut"),
        "{err}"
    );
}

#[test]
fn unreadable_input_exits_2_and_unwritable_output_exits_3() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(dir.path(), &["report", "-i", "missing.json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("missing.json"));

    let out = chidao_in(dir.path(), &["report", "--as-of", "2024-02-30"]);
    assert_eq!(out.status.code(), Some(2), "a day that does not exist");
    let out = chidao_in(dir.path(), &["report", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(2));

    let out = chidao_in(
        dir.path(),
        &["report", "-i", FIXTURE, "-o", "no/such/dir/r.xlsx"],
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("does not exist"));
    assert!(!dir.path().join("chidao-report.xlsx").exists());
}

#[test]
fn a_failed_report_never_replaces_a_good_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("keep.xlsx");
    std::fs::write(&target, b"previous report").unwrap();
    let out = chidao_in(
        dir.path(),
        &["report", "-i", "missing.json", "-o", "keep.xlsx"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&target).unwrap(), b"previous report");
}
