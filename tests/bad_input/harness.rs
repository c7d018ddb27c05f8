//! The harness of the bad-input corpus: one run of the binary per case, in a fresh directory,
//! checked and snapshotted (see `tests/bad_input.rs`).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

pub(crate) const BASE: &str = include_str!("../conformance/valid/base.json");

/// One run of the binary.
pub(crate) struct Case {
    /// The snapshot name.
    pub(crate) name: &'static str,
    /// What is wrong, for the reader of the snapshot.
    pub(crate) about: &'static str,
    /// Files placed in the working directory before the run.
    pub(crate) files: Vec<(&'static str, Vec<u8>)>,
    pub(crate) args: Vec<&'static str>,
    pub(crate) exit: i32,
    /// The file a successful run writes (which may replace one set up).
    pub(crate) output: Option<&'static str>,
}

pub(crate) fn case(
    name: &'static str,
    about: &'static str,
    files: Vec<(&'static str, Vec<u8>)>,
    args: &[&'static str],
    exit: i32,
) -> Case {
    Case {
        name,
        about,
        files,
        args: args.to_vec(),
        exit,
        output: None,
    }
}

impl Case {
    pub(crate) fn writes(mut self, output: &'static str) -> Case {
        self.output = Some(output);
        self
    }
}

/// The base document with `change` applied, as indented JSON.
pub(crate) fn base_with(change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(BASE).unwrap();
    change(&mut v);
    let mut s = serde_json::to_string_pretty(&v).unwrap();
    s.push('\n');
    s.into_bytes()
}

/// The base document with the first `from` replaced by `to`, as text.
pub(crate) fn base_replace(from: &str, to: &str) -> Vec<u8> {
    assert!(BASE.contains(from), "{from}");
    BASE.replacen(from, to, 1).into_bytes()
}

/// The XML form of a JSON document.
pub(crate) fn xml_of(json: &[u8]) -> Vec<u8> {
    let dataset = chidao_json::from_slice(json).unwrap();
    chidao_xml::to_string(&dataset).unwrap().into_bytes()
}

pub(crate) fn base_xml_replace(from: &str, to: &str) -> Vec<u8> {
    let xml = String::from_utf8(xml_of(BASE.as_bytes())).unwrap();
    assert!(xml.contains(from), "{from}");
    xml.replacen(from, to, 1).into_bytes()
}

pub(crate) const NS: &str = r#"xmlns="urn:chidao:dataset:1""#;

pub(crate) fn xml(body: &str) -> Vec<u8> {
    format!("<dataset {NS}>\n{body}</dataset>\n").into_bytes()
}

pub(crate) fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let bytes = if entry.file_type().unwrap().is_file() {
            std::fs::read(entry.path()).unwrap()
        } else {
            b"<not a file>".to_vec()
        };
        out.insert(name, bytes);
    }
    out
}

/// Lines longer than this are cut in snapshots.
pub(crate) const MAX_LINE: usize = 400;

pub(crate) fn shown(bytes: &[u8], dir: &Path) -> String {
    let text = String::from_utf8_lossy(bytes).replace(&dir.display().to_string(), "[DIR]");
    let mut out = String::new();
    for line in text.lines() {
        if line.len() > MAX_LINE {
            let mut cut = MAX_LINE;
            while !line.is_char_boundary(cut) {
                cut -= 1;
            }
            out.push_str(&format!(
                "{}…[{} more bytes]\n",
                &line[..cut],
                line.len() - cut
            ));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

pub(crate) fn run(case: &Case) {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in &case.files {
        if let Some(sub) = name.strip_suffix('/') {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
        } else {
            std::fs::write(dir.path().join(name), bytes).unwrap();
        }
    }
    let before = files_in(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .current_dir(dir.path())
        .args(&case.args)
        .output()
        .expect("chidao runs");
    let code = out
        .status
        .code()
        .expect("chidao exits, never dies of a signal");
    let stdout = shown(&out.stdout, dir.path());
    let stderr = shown(&out.stderr, dir.path());
    assert_eq!(
        code, case.exit,
        "case {}: exit code\n--- stdout\n{stdout}--- stderr\n{stderr}",
        case.name
    );
    assert!(!stderr.contains("panicked"), "case {}: {stderr}", case.name);

    // Nothing changed but the output asked for, and only when the run succeeded.
    let mut after = files_in(dir.path());
    if code == 0
        && let Some(output) = case.output
    {
        assert!(
            after.remove(output).is_some(),
            "case {}: no output",
            case.name
        );
        let mut before = before.clone();
        before.remove(output);
        assert_eq!(after, before, "case {}: other files changed", case.name);
    } else {
        assert_eq!(
            after.keys().collect::<Vec<_>>(),
            before.keys().collect::<Vec<_>>(),
            "case {}: files added or removed",
            case.name
        );
        assert!(after == before, "case {}: a file changed", case.name);
    }

    let snapshot = format!(
        "{}\n$ chidao {}\nexit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}",
        case.about,
        case.args.join(" ")
    );
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!(case.name, snapshot));
}

pub(crate) fn run_all(cases: &[Case]) {
    let mut names: Vec<_> = cases.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "case names are unique");
    for c in cases {
        run(c);
    }
}
