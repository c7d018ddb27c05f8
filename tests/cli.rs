//! End-to-end tests of the `chidao` binary: exit codes, JSON export round trip, safe outputs.

use std::path::Path;

mod common;

use common::{chidao, stderr};

#[test]
fn bundled_dataset_validates_without_errors() {
    let out = chidao(&["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains(" 0 errors"), "{text}");
}

#[test]
fn json_export_round_trips_the_bundled_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("a.json");
    let second = dir.path().join("b.json");
    let out = chidao(&["export", "--to", "json", "-o", first.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = chidao(&[
        "export",
        "--to",
        "json",
        "-i",
        first.to_str().unwrap(),
        "-o",
        second.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let a = std::fs::read(&first).unwrap();
    assert_eq!(a, std::fs::read(&second).unwrap());
    // the bundled file is kept in canonical form
    let bundled =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/langson.json")).unwrap();
    assert_eq!(
        a, bundled,
        "data/langson.json is not in canonical form: run `cargo run -- export --to json -i data/langson.json -o data/langson.json`"
    );
}

#[test]
fn json_export_to_stdout() {
    let out = chidao(&["export", "--to", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format_version"], "1.1");
}

#[test]
fn missing_input_is_exit_2_and_names_the_file() {
    let out = chidao(&["validate", "no/such/file.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "error: no/such/file.json: no such file"
    );
}

#[test]
fn unparsable_input_is_exit_2_with_position() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\n  \"agencies\": [\n    {\"id\": 7}\n  ]\n}\n").unwrap();
    let out = chidao(&["export", "--to", "json", "-i", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.json: line 3, column"), "{err}");
    assert!(err.contains("at agencies[0].id"), "{err}");
}

#[test]
fn failed_run_leaves_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");
    std::fs::write(&target, b"precious").unwrap();
    let out = chidao(&[
        "export",
        "--to",
        "json",
        "-i",
        "no/such/input.json",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&target).unwrap(), b"precious");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "temporary files left behind");
}

#[test]
fn output_path_that_is_a_directory_is_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao(&["export", "--to", "json", "-o", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
}

#[test]
fn unknown_flag_is_exit_2() {
    let out = chidao(&["validate", "--bogus"]);
    assert_eq!(out.status.code(), Some(2));
}

/// A reader that stops early (`chidao validate … | head`) ends the output quietly: no panic,
/// the exit code of the verdict.
#[test]
fn validate_into_a_closed_pipe_exits_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.json");
    // 5000 dangling references: far more findings than a pipe buffer holds
    let tasks: Vec<serde_json::Value> = (0..5000)
        .map(|i| {
            serde_json::json!({"id": format!("t{i}"), "directive": "no-such-directive",
                               "item": "1", "title": {"vi": "Rà soát"}})
        })
        .collect();
    std::fs::write(&file, serde_json::json!({ "tasks": tasks }).to_string()).unwrap();
    for format in ["human", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_chidao"))
            .args(["validate", "--format", format, file.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty(), "{format}");
        // the reader is dropped here: the pipe is closed with most of the output unread
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{format}");
    }
}
