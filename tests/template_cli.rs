//! `chidao template` and `chidao import`: the round trip through the workbook, `--into`, and
//! the workbook as the input of other commands.

use std::path::Path;
use std::process::{Command, Output};

fn chidao(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chidao"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn base() -> &'static str {
    concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/conformance/valid/base.json"
    )
}

#[test]
fn the_bundled_dataset_comes_back_byte_for_byte_through_the_template() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&chidao(d, &["export", "--to", "json", "-o", "orig.json"]));
    for lang in ["vi", "en"] {
        ok(&chidao(
            d,
            &[
                "template",
                "-i",
                "orig.json",
                "-o",
                "t.xlsx",
                "--lang",
                lang,
            ],
        ));
        let out = chidao(d, &["import", "t.xlsx", "-o", "back.json"]);
        ok(&out);
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(
            std::fs::read_to_string(d.join("back.json")).unwrap(),
            std::fs::read_to_string(d.join("orig.json")).unwrap(),
            "{lang}"
        );
    }
    // `export --to template` writes the same workbook kind.
    ok(&chidao(d, &["export", "--to", "template", "-o", "e.xlsx"]));
    ok(&chidao(d, &["import", "e.xlsx", "-o", "back2.json"]));
    assert_eq!(
        std::fs::read(d.join("back2.json")).unwrap(),
        std::fs::read(d.join("orig.json")).unwrap()
    );
}

#[test]
fn a_workbook_is_the_input_of_report_validate_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(&chidao(d, &["template", "-i", base(), "-o", "t.xlsx"]));
    let out = chidao(d, &["validate", "t.xlsx"]);
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("t.xlsx: 0 errors, 0 warnings\n"));
    ok(&chidao(
        d,
        &[
            "report",
            "-i",
            "t.xlsx",
            "-o",
            "r.xlsx",
            "--as-of",
            "2024-02-15",
        ],
    ));
    ok(&chidao(
        d,
        &["export", "--to", "xml", "-i", "t.xlsx", "-o", "t.xml"],
    ));
    ok(&chidao(
        d,
        &["export", "--to", "json", "-i", "t.xml", "-o", "t.json"],
    ));
    ok(&chidao(
        d,
        &["export", "--to", "json", "-i", base(), "-o", "base.json"],
    ));
    assert_eq!(
        std::fs::read(d.join("t.json")).unwrap(),
        std::fs::read(d.join("base.json")).unwrap()
    );
}

#[test]
fn import_into_a_dataset_replaces_records_by_id_and_adds_the_new_ones() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let messy = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workbooks/messy-but-fine.xlsx"
    );
    ok(&chidao(
        d,
        &["export", "--to", "json", "-i", base(), "-o", "base.json"],
    ));
    ok(&chidao(
        d,
        &["import", messy, "--into", "base.json", "-o", "merged.json"],
    ));
    let merged: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(d.join("merged.json")).unwrap()).unwrap();
    let ids: Vec<&str> = merged["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    // The base's tasks keep their places; the workbook's new task comes after them.
    assert_eq!(ids, ["t-1", "t-2", "t-new"]);
    let new = &merged["tasks"][2];
    assert_eq!(
        new["lead"], "so-khdt",
        "the abbreviation with a trailing space names the agency"
    );
    assert_eq!(
        new["coordinating"][0], "so-tc",
        "a name in lower case names the agency"
    );
    assert_eq!(
        new["deadline"]["due"], "2024-03-31",
        "the phrase is read: quarter I of 2024"
    );
    assert_eq!(
        merged["indicators"][0]["years"][0]["figure"]["value"], 7.25,
        "a decimal comma"
    );
    // The output is never the dataset it merges into.
    let out = chidao(
        d,
        &["import", messy, "--into", "base.json", "-o", "base.json"],
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
