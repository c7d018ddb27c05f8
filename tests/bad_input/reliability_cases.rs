//! Corpus cases of the reliability review: outputs that are inputs, data with errors, one date
//! grammar, bounded messages and memory, and the smaller answers (see SECURITY.md).

use serde_json::json;

use crate::harness::{BASE, Case, base_replace, base_with, base_xml_replace, case, xml};

/// An output name of 250 bytes (file names may have 255).
const LONG_NAME: &str = "ooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo.json";

const PRECIOUS: &[u8] = b"precious: an earlier good output\n";

fn data() -> (&'static str, Vec<u8>) {
    ("data.json", BASE.as_bytes().to_vec())
}

/// Outputs that are the command's own input, by any name.
fn output_is_input() -> Vec<Case> {
    vec![
        case(
            "cli-report-output-is-input",
            "the report's output is its input: refused before anything is written",
            vec![data()],
            &["report", "-i", "data.json", "-o", "data.json"],
            3,
        ),
        case(
            "cli-export-output-is-input-by-another-name",
            "the export's output is its input under another path",
            vec![data()],
            &[
                "export",
                "--to",
                "xml",
                "-i",
                "data.json",
                "-o",
                "./data.json",
            ],
            3,
        ),
        case(
            "cli-extract-output-is-input",
            "the draft of an extraction would replace the notice it reads",
            vec![("notice.txt", "1. Giao Sở Tài chính chủ trì.\n".into())],
            &["extract", "notice.txt", "-o", "notice.txt"],
            3,
        ),
        case(
            "cli-extract-same-file-for-two-outputs",
            "the review and the draft are given the same file",
            vec![("notice.txt", "1. Giao Sở Tài chính chủ trì.\n".into())],
            &[
                "extract",
                "notice.txt",
                "-o",
                "d.json",
                "--review",
                "d.json",
            ],
            2,
        ),
    ]
}

/// A dataset `validate` rejects is not written from, unless asked.
fn data_with_errors() -> Vec<Case> {
    let dangling = || {
        (
            "data.json",
            base_with(|v| v["tasks"][0]["lead"] = json!("so-khong-co")),
        )
    };
    let duplicate = || {
        (
            "data.json",
            base_with(|v| v["tasks"][1]["id"] = json!("t-1")),
        )
    };
    vec![
        case(
            "cli-report-dangling-lead-refused",
            "a task whose lead does not exist: no report, the errors printed",
            vec![dangling()],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            1,
        ),
        case(
            "cli-report-dangling-lead-allow-errors",
            "the same, written anyway with --allow-errors, the errors as warnings",
            vec![dangling()],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
                "--allow-errors",
            ],
            0,
        )
        .writes("out.xlsx"),
        case(
            "cli-export-duplicate-ids-refused",
            "two tasks with one id: no export, and an earlier output kept",
            vec![duplicate(), ("out.xml", PRECIOUS.to_vec())],
            &["export", "--to", "xml", "-i", "data.json", "-o", "out.xml"],
            1,
        ),
        case(
            "cli-export-xml-missing-directive-refused",
            "an XML input whose task names a directive that does not exist",
            vec![(
                "data.xml",
                base_xml_replace(r#"directive="tb-12""#, r#"directive="tb-khong-co""#),
            )],
            &["export", "--to", "json", "-i", "data.xml", "-o", "out.json"],
            1,
        ),
    ]
}

/// One date grammar, YYYY-MM-DD with four-digit years, for every command and format.
fn dates() -> Vec<Case> {
    let export = |name, about, file: Vec<u8>| {
        case(
            name,
            about,
            vec![("data.json", file)],
            &[
                "export",
                "--to",
                "json",
                "-i",
                "data.json",
                "-o",
                "out.json",
            ],
            2,
        )
    };
    vec![
        export(
            "json-date-unpadded-export",
            "a date without leading zeros, which validate also refuses",
            base_replace("\"2024-01-10\"", "\"2024-1-10\""),
        ),
        export(
            "json-date-five-digit-year-export",
            "a date with a sign and five digits of year",
            base_replace("\"2024-01-10\"", "\"+10000-01-10\""),
        ),
        case(
            "xml-date-five-digit-year",
            "an XML date of five year digits, which xs:date alone would allow",
            vec![(
                "data.xml",
                base_xml_replace(r#"date="2024-01-10""#, r#"date="10000-01-10""#),
            )],
            &["validate", "data.xml"],
            2,
        ),
        case(
            "cli-as-of-day-first",
            "--as-of written day first, as Vietnamese dates are",
            vec![],
            &["report", "--as-of", "31/03/2024"],
            2,
        ),
    ]
}

/// Answers that were wrong or unclear: messages, shapes, line endings.
fn smaller() -> Vec<Case> {
    let sources_of_numbers = format!(
        "{{\"sources\": [[{}0]], \"format_version\": \"1.2\"}}\n",
        "0, ".repeat(2000)
    );
    let namespaces: String = (0..200)
        .map(|i| format!(" xmlns:p{i}=\"urn:x:{i}\""))
        .collect();
    vec![
        case(
            "json-trailing-surrogate",
            "a lone trailing surrogate escape, named as trailing",
            vec![("data.json", br#"{"title": {"vi": "\uDC00"}}"#.to_vec())],
            &["validate", "data.json"],
            2,
        ),
        case(
            "json-cr-line-endings",
            "old Mac line endings (CR alone): the line of the finding is the one an editor shows",
            vec![(
                "data.json",
                base_replace("\"item\": \"1\",", "\"item\": 1,")
                    .into_iter()
                    .map(|b| if b == b'\n' { b'\r' } else { b })
                    .collect(),
            )],
            &["validate", "data.json"],
            1,
        ),
        case(
            "json-group-cycle",
            "agency groups that contain themselves, directly and through each other",
            vec![(
                "data.json",
                base_with(|v| {
                    let groups = v["agency_groups"].as_array_mut().unwrap();
                    groups.extend([
                        json!({"id": "g-self", "name": {"vi": "Nhóm A"}, "members": ["g-self"]}),
                        json!({"id": "g-1", "name": {"vi": "Nhóm B"}, "members": ["g-2", "cac-so"]}),
                        json!({"id": "g-2", "name": {"vi": "Nhóm C"}, "members": ["g-1"]}),
                    ])
                }),
            )],
            &["validate", "data.json"],
            1,
        ),
        case(
            "json-source-of-numbers",
            "a source that is an array of numbers: said without building it",
            vec![("data.json", sources_of_numbers.into_bytes())],
            &["validate", "data.json"],
            1,
        ),
        case(
            "xml-too-many-namespaces",
            "two hundred namespace declarations on the root",
            vec![(
                "data.xml",
                format!("<dataset xmlns=\"urn:chidao:dataset:1\"{namespaces}/>\n").into_bytes(),
            )],
            &["validate", "data.xml"],
            2,
        ),
        case(
            "xml-long-element-name",
            "an element name of 100,000 letters: the message quotes it cut",
            vec![("data.xml", xml(&format!("<{}/>\n", "a".repeat(100_000))))],
            &["validate", "data.xml"],
            2,
        ),
        case(
            "cli-input-is-a-workbook",
            "a zip archive named .xlsx that is not a workbook, given as the dataset: read as a workbook, refused with the reason",
            vec![("tracker.xlsx", b"PK\x03\x04rest of a zip".to_vec())],
            &["report", "-i", "tracker.xlsx", "-o", "out.xlsx"],
            2,
        ),
        case(
            "cli-sample-too-many-tasks",
            "a sample of 2^32 tasks, which would not fit in memory",
            vec![],
            &["sample", "--tasks", "4294967296"],
            2,
        ),
        case(
            "cli-output-name-of-250-bytes",
            "a legal output name of 250 bytes, whose temporary name must still fit",
            vec![],
            &["export", "--to", "json", "-o", LONG_NAME],
            0,
        )
        .writes(LONG_NAME),
    ]
}

pub(crate) fn cases() -> Vec<Case> {
    let mut all = output_is_input();
    all.extend(data_with_errors());
    all.extend(dates());
    all.extend(smaller());
    all
}
