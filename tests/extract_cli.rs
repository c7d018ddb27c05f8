//! `chidao extract`: a document's text becomes a draft dataset that validates, a review for a
//! clerk, and the evidence of every field; unreadable inputs are refused with the reason.

use std::path::Path;

mod common;

use common::{chidao, stderr};

fn corpus(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/extract")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_notice_becomes_a_draft_that_validates_with_its_review_and_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.json");
    let review = dir.path().join("review.md");
    let evidence = dir.path().join("evidence.json");
    let out = chidao(&[
        "extract",
        &corpus("09-laocai-ubnd-cv-4390-2026.txt"),
        "-o",
        draft.to_str().unwrap(),
        "--review",
        review.to_str().unwrap(),
        "--evidence",
        evidence.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("tasks read;"), "{}", stderr(&out));
    let check = chidao(&["validate", draft.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    assert_eq!(check.status.code(), Some(0), "{report}");
    assert!(report.contains(" 0 errors"), "{report}");
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&evidence).unwrap()).unwrap();
    let first = &v["assignments"][0];
    assert!(first["lead"]["span"]["start"].is_u64(), "{first}");
    let text = std::fs::read_to_string(&review).unwrap();
    insta::assert_snapshot!(
        "extract-review-09",
        text.replace(env!("CARGO_MANIFEST_DIR"), "<repo>")
    );
}

#[test]
fn a_docx_or_other_zip_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("notice.docx");
    std::fs::write(&docx, b"PK\x03\x04 not really a document").unwrap();
    let out = chidao(&["extract", docx.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a zip archive (a .docx or .xlsx?)"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn text_that_is_not_utf8_is_refused_with_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("notice.txt");
    std::fs::write(&bad, b"S\xe1 12/TB").unwrap();
    let out = chidao(&["extract", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not UTF-8 text (first bad byte at 1)"),
        "{}",
        stderr(&out)
    );
}
