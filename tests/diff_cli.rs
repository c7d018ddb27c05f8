//! End-to-end tests of `chidao diff` and `chidao report --since` on a pair of snapshots built
//! to hold every kind of change (`tests/fixtures/diff/make.py` says how).

mod common;

use calamine::{Data, Reader, Xlsx, open_workbook};
use chidao_model::Vocabulary;
use chidao_model::diff::ChangeCode;
use common::{chidao, chidao_in, stderr};

const OLD: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diff/old.json");
const NEW: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/diff/new.json");

fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The fixture paths as the output names them, made independent of the checkout's place.
fn portable(s: &str) -> String {
    s.replace(env!("CARGO_MANIFEST_DIR"), "<repo>")
}

#[test]
fn diff_in_text_lists_every_change_grouped_by_kind() {
    let out = chidao(&["diff", OLD, NEW, "--as-of", "2024-06-30"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    insta::assert_snapshot!("diff_text_vi", portable(&stdout(&out)));
}

#[test]
fn diff_in_english_with_the_start_given() {
    let out = chidao(&[
        "diff",
        OLD,
        NEW,
        "--as-of",
        "2024-06-30",
        "--since",
        "2024-05-31",
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("diff_text_en", portable(&stdout(&out)));
}

#[test]
fn diff_in_json_has_a_stable_code_for_every_change_and_the_fixture_holds_every_code() {
    let out = chidao(&[
        "diff",
        OLD,
        NEW,
        "--as-of",
        "2024-06-30",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = portable(&stdout(&out));
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["since"], "2024-05-25");
    assert_eq!(doc["since_from"], "latest_in_old");
    let changes = doc["changes"].as_array().unwrap();
    for code in ChangeCode::ALL {
        assert!(
            changes.iter().any(|c| c["code"] == code.code()),
            "the fixture pair shows no {code}"
        );
    }
    let total: u64 = doc["counts"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(total as usize, changes.len());
    insta::assert_snapshot!("diff_json", text);
}

#[test]
fn a_snapshot_compared_with_itself_has_no_changes() {
    let out = chidao(&[
        "diff",
        NEW,
        NEW,
        "--as-of",
        "2024-06-30",
        "--since",
        "2024-06-30",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with("\nKhông có thay đổi.\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn diff_refuses_a_period_that_ends_before_it_starts_and_names_both_unreadable_inputs() {
    let out = chidao(&[
        "diff",
        OLD,
        NEW,
        "--as-of",
        "2024-06-01",
        "--since",
        "2024-06-02",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --since: the period starts on 2024-06-02 after it ends on 2024-06-01\n"
    );
    let out = chidao(&["diff", "no-old.json", "no-new.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: no-old.json: no such file\nerror: no-new.json: no such file\n"
    );
}

#[test]
fn diff_writes_its_output_to_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "diff",
            OLD,
            NEW,
            "--as-of",
            "2024-06-30",
            "--format",
            "json",
            "-o",
            "d.json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("d.json")).unwrap()).unwrap();
    assert_eq!(doc["as_of"], "2024-06-30");
}

fn sheet(book: &mut Xlsx<std::io::BufReader<std::fs::File>>, name: &str) -> Vec<Vec<String>> {
    let range = book.worksheet_range(name).unwrap();
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::Float(f) => f.to_string(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// The period counts of the by-agency table, per agency: assigned, completed, newly overdue,
/// extended.
fn period_columns(rows: &[Vec<String>], agency: &str) -> Vec<String> {
    let row = rows
        .iter()
        .find(|r| r.get(1).is_some_and(|a| a == agency))
        .unwrap_or_else(|| panic!("no row for {agency}"));
    row[11..15].to_vec()
}

#[test]
fn report_since_an_earlier_snapshot_has_the_changes_sheet_and_period_columns() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "report",
            "-i",
            NEW,
            "--since",
            OLD,
            "--as-of",
            "2024-06-30",
            "-o",
            "r.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut book: Xlsx<_> = open_workbook(dir.path().join("r.xlsx")).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names[..3],
        ["Tổng quan", "Theo cơ quan", "Thay đổi trong kỳ"]
    );

    let agencies = sheet(&mut book, "Theo cơ quan");
    assert_eq!(
        agencies[0][11..15],
        [
            "Giao trong kỳ",
            "Hoàn thành trong kỳ",
            "Mới quá hạn",
            "Được gia hạn"
        ]
    );
    // Sở Tài chính: one completed on time, one newly overdue (the reassigned task is now its
    // own, with no change of these four). Sở Xây dựng: one completed late, one extended.
    assert_eq!(
        period_columns(&agencies, "Sở Tài chính"),
        ["0", "1", "1", "0"]
    );
    assert_eq!(
        period_columns(&agencies, "Sở Xây dựng"),
        ["0", "1", "1", "1"]
    );
    assert_eq!(
        period_columns(&agencies, "Sở Nông nghiệp và Môi trường"),
        ["1", "0", "0", "0"]
    );

    let changes = sheet(&mut book, "Thay đổi trong kỳ");
    assert_eq!(
        changes[0],
        [
            "STT",
            "Thay đổi",
            "Loại",
            "Mã",
            "Tên, nội dung",
            "Cơ quan chủ trì",
            "Trước",
            "Sau",
            "Ngày",
            "Căn cứ"
        ]
    );
    let extended = changes
        .iter()
        .find(|r| r[3] == "t-gia-han" && r[1] == "Gia hạn")
        .expect("the extension is listed");
    assert_eq!(extended[4], "Giải phóng mặt bằng");
    assert_eq!(extended[5], "Sở Xây dựng");
    assert_eq!(extended[6..8], ["31/05/2024", "31/07/2024"]);
    assert_eq!(extended[9], "88/QĐ-UBND");
    let reassigned = changes.iter().find(|r| r[1] == "Giao lại chủ trì").unwrap();
    assert_eq!(reassigned[6..8], ["Sở Xây dựng", "Sở Tài chính"]);
    let removed = changes.iter().find(|r| r[1] == "Nhiệm vụ bị xóa").unwrap();
    assert_eq!(removed[4], "Việc đã bỏ");

    let overview = sheet(&mut book, "Tổng quan");
    let period = overview.iter().find(|r| r[0] == "Kỳ báo cáo").unwrap();
    assert_eq!(period[1], "25/05/2024 – 30/06/2024");
    let figure = |label: &str| {
        overview
            .iter()
            .find(|r| r[0].trim() == label)
            .map(|r| r[1].clone())
            .unwrap_or_else(|| panic!("no {label} on the overview"))
    };
    assert_eq!(figure("Hoàn thành trong kỳ"), "2");
    assert_eq!(figure("trong đó quá hạn"), "1");
    assert_eq!(figure("Mới quá hạn"), "2");
    assert_eq!(figure("Văn bản ban hành trong kỳ"), "2");
}

#[test]
fn report_since_a_day_reads_the_period_from_the_dates_of_one_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "report",
            "-i",
            NEW,
            "--since",
            "2024-05-31",
            "--as-of",
            "2024-06-30",
            "--lang",
            "en",
            "-o",
            "r.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut book: Xlsx<_> = open_workbook(dir.path().join("r.xlsx")).unwrap();
    let changes = sheet(&mut book, "Changes this period");
    let codes: Vec<(&str, &str)> = changes[1..]
        .iter()
        .filter(|r| !r[1].is_empty())
        .map(|r| (r[1].as_str(), r[3].as_str()))
        .collect();
    // What the dates of June say: two completions, a new task (its directive is of June), an
    // extension and a bringing forward (both effective 3 June), a reassignment, a halt, a
    // progress report, tasks falling overdue, the directives and the meeting of June and the
    // milestone reached. What carries no date (figures, edits) is not seen this way.
    assert!(
        codes.contains(&("Completed on time", "t-xong-dung-han")),
        "{codes:?}"
    );
    assert!(codes.contains(&("Completed late", "t-xong-muon")));
    assert!(codes.contains(&("Task assigned", "t-giao-moi")));
    assert!(codes.contains(&("Deadline extended", "t-gia-han")));
    assert!(codes.contains(&("Lead reassigned", "t-giao-lai")));
    assert!(codes.contains(&("Postponed or cancelled", "t-tam-hoan")));
    assert!(codes.contains(&("Progress reported", "t-tien-do")));
    assert!(codes.contains(&("Milestone reached", "duong-vanh-dai")));
    assert!(codes.contains(&("Meeting added", "hop-06")));
    assert!(
        !codes.iter().any(|(c, _)| c.starts_with("Figure")),
        "{codes:?}"
    );
    let overview = sheet(&mut book, "Overview");
    let compared = overview.iter().find(|r| r[0] == "Compared with").unwrap();
    assert_eq!(compared[1], "the same dataset as known on 2024-05-31");
}

#[test]
fn report_since_refuses_a_day_after_the_report_day() {
    let dir = tempfile::tempdir().unwrap();
    let out = chidao_in(
        dir.path(),
        &[
            "report",
            "-i",
            NEW,
            "--since",
            "2024-07-01",
            "--as-of",
            "2024-06-30",
            "-o",
            "r.xlsx",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: --since: the period starts on 2024-07-01 after it ends on 2024-06-30\n"
    );
    assert!(!dir.path().join("r.xlsx").exists());
}
