//! The report read back with calamine: what each sheet says about the fixture dataset.

mod common;

use std::sync::{Arc, Mutex};

use calamine::{Data, Reader};
use chidao_model::{
    ExportErrorKind, ExportOptions, Exporter, Lang, NaiveDate, Progress, Sink, StatusPolicy,
    TaskStatus, Text, Vocabulary,
};
use chidao_xlsx::{GroupAssignees, XlsxExporter};
use common::*;

fn options(lang: Lang) -> ExportOptions {
    ExportOptions::new(as_of()).with_lang(lang)
}

fn report(lang: Lang) -> Vec<u8> {
    export(&XlsxExporter::default(), &fixture(), &options(lang)).0
}

#[test]
fn sheets_are_named_in_the_chosen_language() {
    let vi = open(&report(Lang::Vi)).sheet_names();
    assert_eq!(
        vi,
        [
            "Tổng quan",
            "Theo cơ quan",
            "Biểu đồ",
            "Nhiệm vụ",
            "Chỉ tiêu",
            "Dự án",
            "Văn bản chỉ đạo"
        ]
    );
    let en = open(&report(Lang::En)).sheet_names();
    assert_eq!(
        en,
        [
            "Overview",
            "By agency",
            "Charts",
            "Tasks",
            "Indicators",
            "Projects",
            "Directives"
        ]
    );
}

#[test]
fn tasks_sheet_has_one_row_per_task_with_status_from_the_policy() {
    let ds = fixture();
    let bytes = report(Lang::En);
    let rows = grid(&mut open(&bytes), "Tasks");
    // The header, one row per task, and the footer.
    assert_eq!(rows.len(), ds.tasks().len() + 2);
    assert_eq!(rows[0][0], "Directive number");
    assert_eq!(rows.last().unwrap(), &["Tasks 1–9 of 9"]);
    let rows = &rows[..rows.len() - 1];
    assert_eq!(rows[0][8], "Status");
    let policy = StatusPolicy::default();
    for (task, row) in ds.tasks().iter().zip(&rows[1..]) {
        assert_eq!(row[3], task.title.get(Lang::En), "title of {}", task.id);
        assert_eq!(
            row[8],
            policy.status(task, as_of()).label(Lang::En),
            "status of {}",
            task.id
        );
        let days = policy
            .days_overdue(task, as_of())
            .map(|d| d.to_string())
            .unwrap_or_default();
        assert_eq!(
            row.get(9).cloned().unwrap_or_default(),
            days,
            "days overdue of {}",
            task.id
        );
    }
    // Every status of the vocabulary but none is present in the fixture.
    let statuses: Vec<&str> = rows[1..].iter().map(|r| r[8].as_str()).collect();
    for s in TaskStatus::ALL {
        assert!(statuses.contains(&s.label(Lang::En)), "{s:?} missing");
    }
}

#[test]
fn task_cells_are_typed_and_show_the_day_as_it_stood() {
    let bytes = report(Lang::Vi);
    let mut book = open(&bytes);
    let range = book.worksheet_range("Nhiệm vụ").unwrap();
    // t1: directive date and due date are Excel dates, not text.
    let t1 = 1;
    assert!(matches!(range.get_value((t1, 1)), Some(Data::DateTime(_))));
    assert!(matches!(range.get_value((t1, 7)), Some(Data::DateTime(_))));
    assert!(matches!(range.get_value((t1, 10)), Some(Data::DateTime(_))));
    let rows = grid(&mut book, "Nhiệm vụ");
    assert_eq!(rows[t1 as usize][0], "12/TB-UBND");
    assert_eq!(rows[t1 as usize][1], "date:2024-01-12");
    assert_eq!(
        rows[t1 as usize][5],
        "Sở Nông nghiệp và Phát triển nông thôn; UBND huyện Lộc Bình"
    );
    assert_eq!(rows[t1 as usize][6], "trước ngày 31/01/2024");
    // t2 was completed ten days late.
    assert_eq!(rows[2][9], "10");
    // t3: the progress note of 1 March is after the as-of day, so the February one shows.
    assert_eq!(rows[3][7], "date:2024-03-31");
    assert_eq!(rows[3][11], "date:2024-02-10");
    assert_eq!(rows[3][12], "Đã bàn giao 40% mặt bằng");
    // t5 is led by a group.
    assert_eq!(rows[5][4], "Các sở, ban, ngành");
}

#[test]
fn user_text_that_looks_like_a_formula_stays_text() {
    let bytes = report(Lang::Vi);
    let mut book = open(&bytes);
    let rows = grid(&mut book, "Nhiệm vụ");
    let title = "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")";
    assert_eq!(rows[9][3], title);
    let formulas = book.worksheet_formula("Nhiệm vụ").unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula anywhere"
    );
}

#[test]
fn text_over_the_cell_limit_is_cut_with_a_marker_and_a_warning() {
    let mut parts = fixture().into_parts();
    parts.tasks[0].title = Text::vi("ư".repeat(40_000));
    let ds = chidao_model::Dataset::new(parts);
    let (bytes, summary) = export(&XlsxExporter::default(), &ds, &options(Lang::Vi));
    assert_eq!(summary.warnings.len(), 1, "{:?}", summary.warnings);
    let w = &summary.warnings[0];
    assert!(
        w.starts_with("sheet Nhiệm vụ, cell D2: task t1, field title") && w.contains("40000"),
        "{w}"
    );
    assert!(w.starts_with(char::is_lowercase), "{w}");
    assert!(!w.ends_with('.'));
    let rows = grid(&mut open(&bytes), "Nhiệm vụ");
    let cell = &rows[1][3];
    assert_eq!(cell.chars().count(), 32_767);
    assert!(cell.ends_with(" …[đã cắt bớt]"));
    assert!(cell.starts_with("ưưư"));
}

#[test]
fn by_agency_counts_each_task_once_with_groups_on_their_own_row() {
    let ds = fixture();
    let bytes = report(Lang::En);
    let rows = grid(&mut open(&bytes), "By agency");
    assert_eq!(rows[0][1], "Lead agency");
    assert_eq!(rows[0][7], TaskStatus::Overdue.label(Lang::En));
    // Most overdue first: the group and the task without a lead have one overdue task each.
    assert_eq!(rows[1][1], "All departments (group)");
    assert_eq!(rows[1][7], "1");
    assert_eq!(rows[2][1], "(No lead agency)");
    let total = rows
        .iter()
        .find(|r| r.get(1).map(String::as_str) == Some("Total"))
        .unwrap();
    assert_eq!(total[2], ds.tasks().len().to_string());
    let body: Vec<&Vec<String>> = rows[1..]
        .iter()
        .take_while(|r| r.get(1).is_some_and(|c| c != "Total"))
        .collect();
    let sum: u64 = body.iter().map(|r| r[2].parse::<u64>().unwrap()).sum();
    assert_eq!(sum, ds.tasks().len() as u64);
    // Planning and Investment: 3 tasks, 2 completed (one on time, one late), 1 with no deadline.
    let khdt = body
        .iter()
        .find(|r| r[1] == "Department of Planning and Investment")
        .unwrap();
    assert_eq!(
        &khdt[2..],
        ["3", "1", "1", "0", "0", "0", "1", "0", "0.666667"]
    );
}

#[test]
fn by_agency_can_expand_groups_to_their_members() {
    let exporter = XlsxExporter::builder()
        .group_assignees(GroupAssignees::Expand)
        .build();
    let (bytes, _) = export(&exporter, &fixture(), &options(Lang::En));
    let rows = grid(&mut open(&bytes), "By agency");
    assert!(
        rows.iter()
            .all(|r| r.get(1).is_none_or(|c| !c.contains("(group)")))
    );
    // The group's overdue task is counted for both departments.
    for name in [
        "Department of Planning and Investment",
        "Department of Agriculture and Rural Development",
    ] {
        let r = rows
            .iter()
            .find(|r| r.get(1).map(String::as_str) == Some(name))
            .unwrap();
        assert_eq!(r[7], "1", "{name}");
    }
    let total = rows
        .iter()
        .find(|r| r.get(1).map(String::as_str) == Some("Total"))
        .unwrap();
    assert_eq!(total[2], "9", "the totals row counts each task once");
}

#[test]
fn overview_gives_who_when_and_the_headline_counts() {
    let bytes = report(Lang::Vi);
    let rows = grid(&mut open(&bytes), "Tổng quan");
    let find = |label: &str| {
        rows.iter()
            .find(|r| r.first().map(String::as_str) == Some(label))
            .unwrap_or_else(|| panic!("no row {label}"))
            .clone()
    };
    assert_eq!(rows[1][0], "Bộ dữ liệu thử của tỉnh");
    assert_eq!(find("Số liệu tính đến ngày")[1], "date:2024-02-15");
    assert_eq!(find("Nhiệm vụ được giao")[1], "9");
    assert_eq!(find("Nhiệm vụ đã hoàn thành")[1], "2");
    assert_eq!(find("Nhiệm vụ đang thực hiện quá hạn")[1], "2");
    assert_eq!(find("Đang thực hiện quá hạn")[1..], ["2", "0.222222"]);
    assert_eq!(find("Tổng cộng")[1..], ["9", "1"]);
    assert_eq!(find("2023")[1..], ["1", "2", "1", "0", "4"]);
}

#[test]
fn indicators_show_percent_of_target_and_assessment() {
    let bytes = report(Lang::En);
    let rows = grid(&mut open(&bytes), "Indicators");
    assert_eq!(rows.len(), 1 + 5);
    // Newest year first.
    assert_eq!(
        rows[1][..5],
        ["Economy", "GRDP growth", "%", "2024", "7,5–8,0"]
    );
    assert_eq!(rows[1][9], "Not assessable");
    let poverty = rows.iter().find(|r| r[1] == "Poverty rate").unwrap();
    assert_eq!(poverty[4], "≤ 3");
    assert_eq!(poverty[7..10], ["2.5", "0.8333", "Exceeded"]);
    let revenue = rows.iter().find(|r| r[1] == "Budget revenue").unwrap();
    assert_eq!(
        revenue[5..10],
        ["6000", "Estimate", "5800", "0.9667", "Missed"]
    );
    let pci = rows.iter().find(|r| r[1] == "PCI").unwrap();
    assert_eq!(pci[7], "Fairly good group");
    // No figure to compute it from: the assessment is the source's, and said to be.
    assert_eq!(pci[9], "Met (as the source says)");
}

#[test]
fn projects_and_directives_count_their_tasks() {
    let bytes = report(Lang::En);
    let mut book = open(&bytes);
    let projects = grid(&mut book, "Projects");
    assert_eq!(projects[1][1], "Hữu Nghị – Chi Lăng expressway");
    assert_eq!(projects[1][6], "11000", "billion VND");
    assert_eq!(projects[1][9..13], ["1", "2", "2", "1"]);
    assert_eq!(projects[2][9..13], ["0", "0", "0", "0"]);
    let directives = grid(&mut book, "Directives");
    assert_eq!(
        directives[1][1..4],
        ["12/TB-UBND", "date:2024-01-12", "Notice"]
    );
    assert_eq!(directives[1][6..10], ["5", "2", "3", "1"]);
    assert_eq!(directives[2][6..10], ["4", "0", "2", "1"]);
}

#[test]
fn the_same_input_gives_byte_identical_files() {
    let ds = fixture();
    let a = export(&XlsxExporter::default(), &ds, &options(Lang::Vi)).0;
    let b = export(&XlsxExporter::default(), &ds, &options(Lang::Vi)).0;
    assert_eq!(a, b);
    let created = day(2024, 2, 16).and_hms_opt(8, 30, 0).unwrap();
    let c = export(
        &XlsxExporter::default(),
        &ds,
        &options(Lang::Vi).with_created(created),
    )
    .0;
    let d = export(
        &XlsxExporter::default(),
        &ds,
        &options(Lang::Vi).with_created(created),
    )
    .0;
    assert_eq!(c, d);
    assert_ne!(a, c, "the creation date is written into the file");
}

#[test]
fn the_exporter_needs_a_seekable_sink() {
    let exporter = XlsxExporter::default();
    assert_eq!(exporter.info().name, "xlsx");
    assert!(exporter.info().needs_seek);
    let mut out = Vec::new();
    let err = exporter
        .export(&fixture(), &options(Lang::Vi), Sink::Stream(&mut out))
        .unwrap_err();
    assert_eq!(err.kind(), ExportErrorKind::NeedsSeek);
    let mut file = tempfile::tempfile().unwrap();
    exporter
        .export(&fixture(), &options(Lang::Vi), Sink::Seekable(&mut file))
        .unwrap();
    assert!(file.metadata().unwrap().len() > 0);
}

#[derive(Default)]
struct Recorder(Mutex<Vec<String>>);

impl Progress for Recorder {
    fn start(&self, message: &str, total: u64) {
        self.0
            .lock()
            .unwrap()
            .push(format!("start {message} {total}"));
    }
    fn advance(&self, n: u64) {
        self.0.lock().unwrap().push(format!("advance {n}"));
    }
    fn finish(&self) {
        self.0.lock().unwrap().push("finish".into());
    }
}

#[test]
fn progress_is_reported_for_every_task() {
    let recorder = Arc::new(Recorder::default());
    let opts = options(Lang::En).with_progress(recorder.clone());
    export(&XlsxExporter::default(), &fixture(), &opts);
    let events = recorder.0.lock().unwrap().clone();
    assert_eq!(events, ["start Tasks 9", "advance 9", "finish"]);
}

#[test]
fn an_empty_dataset_still_makes_every_sheet() {
    let ds = chidao_model::Dataset::default();
    let (bytes, summary) = export(
        &XlsxExporter::default(),
        &ds,
        &ExportOptions::new(NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()),
    );
    assert!(summary.warnings.is_empty());
    let mut book = open(&bytes);
    assert_eq!(book.sheet_names().len(), 7);
    let tasks = grid(&mut book, "Nhiệm vụ");
    assert_eq!(tasks.len(), 2, "the header and the footer");
    assert_eq!(tasks[1], ["Không có nhiệm vụ nào"]);
}

/// The text of one part of the workbook's zip package.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
    text
}

#[test]
fn task_cells_sit_in_a_grid_and_wrap_without_a_format_of_their_own() {
    let ds = fixture();
    let bytes = report(Lang::En);
    // Cells written without a format take the first cell format: wrapped, at the top.
    let styles = part(&bytes, "xl/styles.xml");
    let cell_xfs = &styles[styles.find("<cellXfs").unwrap()..];
    let first_xf = &cell_xfs[cell_xfs.find("<xf ").unwrap()..cell_xfs.find("</xf>").unwrap()];
    assert!(
        first_xf.contains(r#"<alignment vertical="top" wrapText="1"/>"#),
        "{first_xf}"
    );
    // The Tasks sheet (the fourth) draws its grid with one conditional format over every task
    // row and column, whose format is the thin grey border of the other sheets' cells.
    let sheet = part(&bytes, "xl/worksheets/sheet4.xml");
    let last = ds.tasks().len() + 1;
    assert!(sheet.contains(&format!(r#"<autoFilter ref="A1:M{last}"/>"#)));
    assert!(
        sheet.contains(&format!(
            r#"<conditionalFormatting sqref="A2:M{last}"><cfRule type="expression" dxfId="#
        )),
        "no grid over the tasks"
    );
    let dxfs = &styles[styles.find("<dxfs").unwrap()..styles.find("</dxfs>").unwrap()];
    for side in ["left", "right", "top", "bottom"] {
        assert!(
            dxfs.contains(&format!(
                r#"<{side} style="thin"><color rgb="FFBFBFBF"/></{side}>"#
            )),
            "no thin grey {side} border among the conditional formats: {dxfs}"
        );
    }
    // Task text carries no format of its own, and empty cells are left out.
    let body = &sheet[sheet.find(r#"<row r="2""#).unwrap()..sheet.find("</sheetData>").unwrap()];
    assert!(body.contains(r#"<c r="D2" t="inlineStr">"#), "{body}");
    assert!(!body.contains("/>"), "an empty cell was written: {body}");
}

/// The value of attribute `name` in an element's text `<col min="1" width="12.7"/>`.
fn attr<'t>(element: &'t str, name: &str) -> Option<&'t str> {
    let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

/// The size in points that 11-point text of a sheet prints at, from what the sheet's XML says
/// of its paper, margins, fit to width and column widths (as Excel lays a page out: a column of
/// width `w` is `trunc(7w + 0.5)` pixels, a pixel is 0.75 point).
fn printed_text_points(sheet: &str) -> f64 {
    let setup = &sheet[sheet.find("<pageSetup").expect("a page setup")..];
    let setup = &setup[..setup.find("/>").unwrap()];
    assert_eq!(attr(setup, "paperSize"), Some("9"), "A4: {setup}");
    assert_eq!(attr(setup, "orientation"), Some("landscape"), "{setup}");
    assert!(
        sheet.contains(r#"<pageSetUpPr fitToPage="1"/>"#),
        "fit to page"
    );
    let margins = &sheet[sheet.find("<pageMargins").unwrap()..];
    let inches = |name| attr(margins, name).unwrap().parse::<f64>().unwrap();
    let printable = (11.69 - inches("left") - inches("right")) * 72.0;
    let mut pixels = 0.0;
    for col in sheet.split("<col ").skip(1) {
        let col = &col[..col.find("/>").unwrap()];
        let n = |name| {
            attr(&format!(" {col}"), name)
                .unwrap()
                .parse::<f64>()
                .unwrap()
        };
        let width = n("width");
        pixels += (n("max") - n("min") + 1.0) * (7.0 * width + 0.5).trunc();
    }
    let table = pixels * 0.75;
    11.0 * (printable / table).min(1.0)
}

#[test]
fn task_sheets_print_on_a4_one_page_wide_with_text_at_8_points_or_more() {
    // The widest task sheet: a long directive number and item (their columns grow with the
    // data, within bounds), marked as inferred.
    let mut ds = fixture();
    ds.edit(|parts| {
        parts.directives[0].number = Some(chidao_model::DocumentNumber::lenient(
            "12345/QĐ-BCĐTW-UBND".to_owned(),
        ));
        for t in &mut parts.tasks {
            t.item = "II.3.a.1.b.c".to_owned();
            t.inferred = vec![chidao_model::Inference::new("item", Text::vi("suy ra"))];
        }
    });
    for ds in [fixture(), ds] {
        let bytes = export(&XlsxExporter::default(), &ds, &options(Lang::Vi)).0;
        let sheet = part(&bytes, "xl/worksheets/sheet4.xml");
        let points = printed_text_points(&sheet);
        assert!(points >= 8.0, "task text prints at {points:.2} pt");
    }
    // The rule itself can fail: a sheet twice as wide prints at under 8 points.
    let wide = "<pageSetUpPr fitToPage=\"1\"/><cols><col min=\"1\" max=\"13\" width=\"31\"/></cols>\
        <pageMargins left=\"0.3\" right=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"/>";
    assert!(printed_text_points(wide) < 8.0);
}

#[test]
fn charts_have_a_sheet_of_their_own_one_printed_page_each() {
    let bytes = report(Lang::En);
    // The fixture has overdue tasks and indicators measured against numeric targets.
    let rels = part(&bytes, "xl/worksheets/_rels/sheet3.xml.rels");
    let drawing = rels
        .split("Target=\"../drawings/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the charts sheet has a drawing");
    let drawing = part(&bytes, &format!("xl/drawings/{drawing}"));
    assert_eq!(drawing.matches("<c:chart ").count(), 2, "{drawing}");
    // The second chart starts a page, and nothing repeats above the charts.
    let sheet = part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(sheet.contains("<rowBreaks count=\"1\""), "{sheet}");
    let workbook = part(&bytes, "xl/workbook.xml");
    assert!(
        workbook.contains("Tasks!$1:$1") && !workbook.contains("Charts!$"),
        "{workbook}"
    );
    // The tables the charts read keep no chart of their own.
    for n in [2, 5] {
        let rels = format!("xl/worksheets/_rels/sheet{n}.xml.rels");
        let zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let has_drawing = zip.file_names().any(|f| f.is_ok_and(|f| f == rels))
            && part(&bytes, &rels).contains("drawing");
        assert!(!has_drawing, "sheet {n} has a drawing");
    }
}

#[test]
fn an_extended_task_shows_the_deadline_in_force_with_a_note_of_the_first() {
    // t2 was due 15/01/2024 and completed on 25/01: ten days late, unless its deadline was
    // extended before.
    let rows = grid(&mut open(&report(Lang::Vi)), "Nhiệm vụ");
    assert_eq!(
        (rows[2][8].as_str(), rows[2][9].as_str()),
        ("Hoàn thành quá hạn", "10")
    );
    let mut ds = fixture();
    ds.edit(|parts| {
        let mut e = chidao_model::Extension::new(
            day(2024, 1, 10),
            chidao_model::Deadline::new(chidao_model::DeadlineTerm::OnDate {
                date: day(2024, 1, 31),
            })
            .with_as_written("trước ngày 31/01/2024"),
        );
        e.decision_as_written = Some("Công văn số 45/UBND-KT".to_owned());
        parts.tasks[1].extensions.push(e);
    });
    let bytes = export(&XlsxExporter::default(), &ds, &options(Lang::Vi)).0;
    let rows = grid(&mut open(&bytes), "Nhiệm vụ");
    assert_eq!(rows[2][6], "trước ngày 31/01/2024");
    assert_eq!(rows[2][7], "date:2024-01-31");
    assert_eq!(rows[2][8], "Hoàn thành đúng hạn");
    assert_eq!(rows[2].get(9).map(String::as_str).unwrap_or(""), "");
    let notes = part(&bytes, "xl/comments1.xml");
    assert!(
        notes.contains("Đã gia hạn; thời hạn ban đầu: ")
            && notes.contains("theo Công văn số 45/UBND-KT"),
        "{notes}"
    );
}

#[test]
fn a_reassigned_task_counts_for_the_lead_in_force_with_a_note_of_the_first() {
    // t3 is led by UBND huyện Lộc Bình; from 01/02/2024 by Sở KH&ĐT.
    let mut ds = fixture();
    ds.edit(|parts| {
        let mut r = chidao_model::Reassignment::new(day(2024, 2, 1), "so-khdt".parse().unwrap());
        r.decision_as_written = Some("Công văn số 50/UBND-KT".to_owned());
        parts.tasks[2].reassignments.push(r);
    });
    let count = |bytes: &[u8], agency: &str| {
        let rows = grid(&mut open(bytes), "Theo cơ quan");
        rows.iter()
            .find(|r| r.get(1).is_some_and(|n| n.starts_with(agency)))
            .map(|r| r[2].clone())
    };
    let before = report(Lang::Vi);
    let after = export(&XlsxExporter::default(), &ds, &options(Lang::Vi)).0;
    let khdt_before: u32 = count(&before, "Sở Kế hoạch").map_or(0, |n| n.parse().unwrap());
    let khdt_after: u32 = count(&after, "Sở Kế hoạch").map_or(0, |n| n.parse().unwrap());
    assert_eq!(khdt_after, khdt_before + 1);
    let rows = grid(&mut open(&after), "Nhiệm vụ");
    assert!(rows[3][4].starts_with("Sở Kế hoạch"), "{:?}", rows[3]);
    let notes = part(&after, "xl/comments1.xml");
    assert!(
        notes.contains("Đã chuyển cơ quan chủ trì; ban đầu: UBND huyện Lộc Bình; từ ngày 01/02/2024; theo Công văn số 50/UBND-KT"),
        "{notes}"
    );
    // Before the reassignment took effect, the first lead still counts.
    let january = ExportOptions::new(day(2024, 1, 31)).with_lang(Lang::Vi);
    let bytes = export(&XlsxExporter::default(), &ds, &january).0;
    let rows = grid(&mut open(&bytes), "Nhiệm vụ");
    assert!(
        rows[3][4].starts_with("UBND huyện Lộc Bình"),
        "{:?}",
        rows[3]
    );
}
