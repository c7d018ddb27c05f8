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

/// The seeds' 2024 notice, as the bundled dataset's tasks of it are kept: one task per
/// instruction, each line its item, lead (the gazetteer's id), due date and title.
#[test]
fn the_seeds_notice_becomes_one_task_per_instruction() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.json");
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds/01-langson-tb-ubnd-2024.txt");
    let out = chidao(&[
        "extract",
        source.to_str().unwrap(),
        "-o",
        draft.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&draft).unwrap()).unwrap();
    let lines: Vec<String> = v["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{} | {} | {} | {}",
                t["item"].as_str().unwrap(),
                t["lead"].as_str().unwrap_or("-"),
                t["deadline"]["due"].as_str().unwrap_or("-"),
                t["title"]["vi"].as_str().unwrap()
            )
        })
        .collect();
    insta::assert_snapshot!("extract-seeds-tasks", lines.join("\n"));
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

/// A `.docx` holding `paragraphs`, numbered by Word as decimal items when `Some(level)`.
fn docx(paragraphs: &[(Option<u32>, &str)]) -> Vec<u8> {
    use std::io::Write;
    let w = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;
    let body: String = paragraphs
        .iter()
        .map(|(num, text)| {
            let pr = num.map_or(String::new(), |l| {
                format!(
                    r#"<w:pPr><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="1"/></w:numPr></w:pPr>"#
                )
            });
            format!("<w:p>{pr}<w:r><w:t>{text}</w:t></w:r></w:p>")
        })
        .collect();
    let numbering = format!(
        r#"<w:numbering {w}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("word/document.xml", opts).unwrap();
    write!(
        zip,
        r#"<w:document {w}><w:body>{body}</w:body></w:document>"#
    )
    .unwrap();
    zip.start_file("word/numbering.xml", opts).unwrap();
    zip.write_all(numbering.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_word_document_is_read_with_its_numbering() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notice.docx");
    std::fs::write(
        &file,
        docx(&[
            (None, "UBND TỈNH X"),
            (None, "Số: 12/TB-UBND"),
            (None, "X, ngày 05 tháng 3 năm 2024"),
            (None, "THÔNG BÁO"),
            (None, "Kết luận của Chủ tịch UBND tỉnh"),
            (
                Some(0),
                "Giao Sở Tài chính chủ trì, báo cáo trước ngày 31/3/2024.",
            ),
            (Some(0), "Sở Y tế tăng cường kiểm tra."),
        ]),
    )
    .unwrap();
    let out = chidao(&["extract", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let draft: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let tasks = draft["tasks"].as_array().unwrap();
    let items: Vec<&str> = tasks.iter().map(|t| t["item"].as_str().unwrap()).collect();
    assert_eq!(items, ["1", "2"]);
    assert_eq!(tasks[0]["deadline"]["due"], "2024-03-31");
    assert_eq!(draft["directives"][0]["number"], "12/TB-UBND");
}

#[test]
fn a_zip_that_is_not_a_word_document_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("notice.docx");
    std::fs::write(&docx, b"PK\x03\x04 not really a document").unwrap();
    let out = chidao(&["extract", docx.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("notice.docx: not a readable .docx (zip archive)"),
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

#[test]
fn into_adds_the_directive_and_its_tasks_to_a_dataset_that_still_validates() {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.json");
    let merged = dir.path().join("merged.json");
    let out = chidao(&["export", "--to", "json", "-o", base.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = chidao(&[
        "extract",
        &corpus("20-vpcp-tb-634-2025.txt"),
        "--into",
        base.to_str().unwrap(),
        "-o",
        merged.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let check = chidao(&["validate", merged.to_str().unwrap()]);
    let report = String::from_utf8_lossy(&check.stdout).into_owned();
    assert!(report.contains(" 0 errors"), "{report}");
    let read = |p: &Path| -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
    };
    let (before, after) = (read(&base), read(&merged));
    let count = |v: &serde_json::Value, k: &str| v[k].as_array().unwrap().len();
    // the notice, and the documents it cites that the dataset did not hold
    let numbered = |v: &serde_json::Value, n: &str| {
        v["directives"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["number"] == n)
            .count()
    };
    assert_eq!(numbered(&before, "634/TB-VPCP"), 0);
    assert_eq!(numbered(&after, "634/TB-VPCP"), 1);
    assert!(count(&after, "directives") > count(&before, "directives") + 1);
    assert!(count(&after, "tasks") > count(&before, "tasks"));
    // the bundled agencies are reused, not copied twice
    let ids: Vec<&str> = after["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "an agency id is written twice");
    assert!(
        ids.contains(&"vpcp"),
        "the Government Office is the bundled one"
    );
}
