//! The bad-input corpus: what the `chidao` binary answers to broken JSON, hostile XML and wrong
//! command lines, as the person at the terminal sees it.
//!
//! Every case runs the binary in a fresh directory holding the case's files, checks the exit
//! code, checks that no file was changed or left behind (a failed run never touches an existing
//! output; a successful one writes only the output it was asked for), and snapshots the exit
//! code, standard output and standard error under `tests/bad_input/snapshots/`. Long lines are
//! cut in snapshots (a 1 MB string would otherwise be one).
//!
//! JSON data cases are `tests/conformance/valid/base.json` with one thing broken, written with
//! two-space indentation, so the lines and columns in the snapshots can be checked by eye
//! against `serde_json::to_string_pretty` of the same value.

#[path = "bad_input/harness.rs"]
mod harness;
#[path = "bad_input/reliability_cases.rs"]
mod reliability_cases;
#[path = "bad_input/workbook_cases.rs"]
mod workbook_cases;

use std::io::Cursor;
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use chidao_model::{Dataset, ExportOptions, NaiveDate};

use harness::*;
use serde_json::json;

const PRECIOUS: &[u8] = b"precious: an earlier good output\n";

/// JSON: syntax, encoding, size, types, fields, dates, references, numbers.
fn json_cases() -> Vec<Case> {
    let v = |name, about, file: Vec<u8>, exit| {
        case(
            name,
            about,
            vec![("data.json", file)],
            &["validate", "data.json"],
            exit,
        )
    };
    let e = |name, about, file: Vec<u8>, exit| {
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
            exit,
        )
        .writes("out.json")
    };
    let mut long = String::from("{\"title\": {\"vi\": \"");
    long.push_str(&"ệ".repeat(333_334)); // 1 000 002 bytes
    long.push_str("\"}, \"format_version\": \"1.2\"}\n");
    let mut deep = String::from("{\"title\": {\"vi\": ");
    deep.push_str(&"[".repeat(100_000));
    deep.push_str("}\n");
    let truncated = &BASE.as_bytes()[..BASE.len() / 2];
    vec![
        v(
            "json-syntax-trailing-comma",
            "a comma after the last field of a record",
            b"{\n  \"agencies\": [\n    {\"id\": \"a\", \"kind\": \"ministry\",}\n  ]\n}\n"
                .to_vec(),
            2,
        ),
        e(
            "json-syntax-missing-colon",
            "a key without its colon, line 36 of the base document",
            base_replace("\"kind\": \"department\"", "\"kind\" \"department\""),
            2,
        ),
        v(
            "json-syntax-single-quotes",
            "strings in single quotes, as pasted from a script",
            b"{\n  'title': {'vi': 'x'}\n}\n".to_vec(),
            2,
        ),
        v(
            "json-syntax-comment",
            "a comment, which JSON does not have",
            b"{\n  // the dataset\n  \"agencies\": []\n}\n".to_vec(),
            2,
        ),
        v(
            "json-syntax-unquoted-key",
            "a key without quotes",
            b"{\n  agencies: []\n}\n".to_vec(),
            2,
        ),
        v(
            "json-syntax-trailing-text",
            "a second document after the first",
            b"{}\n{}\n".to_vec(),
            2,
        ),
        v(
            "json-truncated-validate",
            "the base document cut in half",
            truncated.to_vec(),
            2,
        ),
        e(
            "json-truncated-export",
            "the base document cut in half, exported",
            truncated.to_vec(),
            2,
        ),
        v("json-empty-file", "a file of zero bytes", Vec::new(), 2),
        e(
            "json-whitespace-only",
            "a file of blank lines",
            b"\n\n   \n".to_vec(),
            2,
        ),
        v(
            "json-bom",
            "a UTF-8 byte-order mark before the document: accepted",
            [b"\xEF\xBB\xBF".as_slice(), BASE.as_bytes()].concat(),
            0,
        ),
        e(
            "json-bom-export",
            "a UTF-8 byte-order mark: exported without it",
            [b"\xEF\xBB\xBF".as_slice(), BASE.as_bytes()].concat(),
            0,
        ),
        v(
            "json-non-utf8-latin1",
            "Vietnamese typed in a legacy 8-bit encoding",
            b"{\n  \"title\": {\"vi\": \"S\xF4 K\xEA ho\xE1ch\"}\n}\n".to_vec(),
            2,
        ),
        e(
            "json-non-utf8-export",
            "a stray byte 0xFF inside a string, exported",
            base_replace("Sở Tài chính", "Sở Tài \u{1}chính")
                .into_iter()
                .map(|b| if b == 1 { 0xFF } else { b })
                .collect(),
            2,
        ),
        v(
            "json-utf16",
            "a document saved as UTF-16 with its byte-order mark",
            [0xFFu8, 0xFE, b'{', 0, b'}', 0].to_vec(),
            2,
        ),
        v(
            "json-raw-control-character",
            "a raw control character (U+0001) inside a string",
            base_replace("Sở Tài chính", "Sở Tài \u{1}chính"),
            2,
        ),
        v(
            "json-escaped-control-character",
            "an escaped control character (\\u0007): valid JSON, valid data",
            base_replace("Sở Tài chính", "Sở Tài \\u0007chính"),
            0,
        ),
        v(
            "json-lone-surrogate",
            "an escaped lone surrogate, which is no character",
            base_replace("Sở Tài chính", "Sở Tài \\ud800chính"),
            2,
        ),
        v(
            "json-1mb-string",
            "a title of one million bytes: accepted",
            long.clone().into_bytes(),
            0,
        ),
        e(
            "json-1mb-string-export",
            "a title of one million bytes, exported",
            long.into_bytes(),
            0,
        ),
        v(
            "json-deep-nesting-validate",
            "100 000 nested arrays",
            deep.clone().into_bytes(),
            2,
        ),
        e(
            "json-deep-nesting-export",
            "100 000 nested arrays, exported",
            deep.into_bytes(),
            2,
        ),
        v(
            "json-wrong-type-date-number",
            "a date given as a number",
            base_with(|v| v["meetings"][0]["date"] = json!(20240110)),
            1,
        ),
        e(
            "json-wrong-type-date-number-export",
            "a date given as a number, exported",
            base_with(|v| v["meetings"][0]["date"] = json!(20240110)),
            2,
        ),
        v(
            "json-wrong-type-title-string",
            "a bilingual text given as a plain string",
            base_with(|v| v["tasks"][1]["title"] = json!("Đẩy nhanh giải ngân")),
            1,
        ),
        e(
            "json-wrong-type-document-array-export",
            "the whole document is an array, exported",
            b"[\n  {\"agencies\": []}\n]\n".to_vec(),
            2,
        ),
        v(
            "json-wrong-type-document-array",
            "the whole document is an array",
            b"[\n  {\"agencies\": []}\n]\n".to_vec(),
            1,
        ),
        v(
            "json-missing-field",
            "an agency without its kind",
            base_with(|v| {
                v["agencies"][2].as_object_mut().unwrap().remove("kind");
            }),
            1,
        ),
        e(
            "json-missing-field-export",
            "a task without its title, exported",
            base_with(|v| {
                v["tasks"][0].as_object_mut().unwrap().remove("title");
            }),
            2,
        ),
        v(
            "json-unknown-field",
            "a misspelt field on a task",
            base_with(|v| v["tasks"][0]["dealine"] = json!("2024-03-31")),
            1,
        ),
        e(
            "json-unknown-field-export",
            "an unknown top-level field, exported",
            base_with(|v| v["agency"] = json!([])),
            2,
        ),
        v(
            "json-invalid-date-feb-29",
            "2023-02-29, a day that does not exist",
            base_with(|v| v["meetings"][0]["date"] = json!("2023-02-29")),
            1,
        ),
        e(
            "json-invalid-date-feb-29-export",
            "2023-02-29, exported",
            base_with(|v| v["meetings"][0]["date"] = json!("2023-02-29")),
            2,
        ),
        v(
            "json-date-dd-mm-yyyy",
            "a date written 10/01/2024",
            base_with(|v| v["meetings"][0]["date"] = json!("10/01/2024")),
            1,
        ),
        v(
            "json-duplicate-ids",
            "two tasks with the same id",
            base_with(|v| v["tasks"][1]["id"] = json!("t-1")),
            1,
        ),
        v(
            "json-duplicate-key",
            "the same key twice in one record",
            base_replace(
                "\"item\": \"1\",",
                "\"item\": \"1\",\n      \"item\": \"2\",",
            ),
            1,
        ),
        v(
            "json-dangling-reference",
            "a task led by an agency that is not in the dataset",
            base_with(|v| v["tasks"][0]["lead"] = json!("so-xyz")),
            1,
        ),
        v(
            "json-dangling-references-all-at-once",
            "three dangling references: all reported in one run",
            base_with(|v| {
                v["tasks"][0]["lead"] = json!("so-xyz");
                v["tasks"][1]["directive"] = json!("tb-99");
                v["directives"][0]["meeting"] = json!("hn-1999");
            }),
            1,
        ),
        v(
            "json-deadline-before-directive",
            "a deadline a year before the directive (a slip in a real notice): a warning",
            base_with(|v| {
                v["tasks"][0]["deadline"] = json!({"term": {"kind": "on_date", "date": "2023-01-15"}, "as_written": "trước ngày 15/01/2023"});
            }),
            0,
        ),
        v(
            "json-number-too-large-money",
            "an investment of 10^23 đồng, beyond a 64-bit count",
            base_with(|v| v["projects"][0]["total_investment_vnd"] = json!(1e23)),
            1,
        ),
        e(
            "json-number-too-large-money-export",
            "an investment of 10^23 đồng, exported",
            base_with(|v| v["projects"][0]["total_investment_vnd"] = json!(1e23)),
            2,
        ),
        v(
            "json-number-too-large-year",
            "a year of 99 999 999 999",
            base_replace(
                "\"year\": 2024,\n          \"quarter\"",
                "\"year\": 99999999999,\n          \"quarter\"",
            ),
            1,
        ),
        v(
            "json-number-overflow-literal",
            "a number literal of 400 digits",
            base_replace("\"value\": 7.8", &format!("\"value\": {}", "9".repeat(400))),
            2,
        ),
        v(
            "json-negative-money",
            "a negative investment",
            base_with(|v| v["projects"][0]["total_investment_vnd"] = json!(-11000000000000i64)),
            1,
        ),
        e(
            "json-negative-money-export",
            "a negative investment, exported",
            base_with(|v| v["projects"][0]["total_investment_vnd"] = json!(-11000000000000i64)),
            2,
        ),
        v(
            "json-empty-dataset",
            "an empty object: no format_version, which format 1.2 requires",
            b"{}\n".to_vec(),
            1,
        ),
        e(
            "json-empty-dataset-export",
            "an empty object, exported",
            b"{}\n".to_vec(),
            0,
        ),
        v(
            "json-nfd-and-old-tone-marks",
            "agency names and a deadline phrase in NFD form with old-style tone marks (hoà, thuỷ): valid, the phrase still matches its date",
            base_with(|v| {
                v["agencies"][1]["name"]["vi"] = json!(
                    "So\u{31b}\u{309} Ke\u{302}\u{301} hoa\u{323}ch va\u{300} \u{110}a\u{302}\u{300}u tu\u{31b}"
                );
                v["agencies"][2]["name"]["vi"] = json!("Sở Tài chính và Thuỷ lợi Hoà Bình");
                v["tasks"][0]["deadline"]["as_written"] =
                    json!("tru\u{31b}o\u{31b}\u{301}c nga\u{300}y 31/3/2024");
            }),
            0,
        ),
        case(
            "json-validate-machine-output",
            "a syntax error, reported for machines",
            vec![(
                "data.json",
                b"{\n  \"agencies\": [\n    {\"id\": \"a\",}\n  ]\n}\n".to_vec(),
            )],
            &["validate", "data.json", "--format", "json"],
            2,
        ),
    ]
}

/// XML: DTDs and entities, well-formedness, encoding, limits, data.
fn xml_cases() -> Vec<Case> {
    let v = |name, about, file: Vec<u8>, exit| {
        case(
            name,
            about,
            vec![("data.xml", file)],
            &["validate", "data.xml"],
            exit,
        )
    };
    let e = |name, about, file: Vec<u8>, exit| {
        case(
            name,
            about,
            vec![("data.xml", file), ("out.json", PRECIOUS.to_vec())],
            &["export", "--to", "json", "-i", "data.xml", "-o", "out.json"],
            exit,
        )
        .writes("out.json")
    };
    let title = |t: &str| xml(&format!("  <title xml:lang=\"vi\">{t}</title>\n"));
    let billion_laughs = {
        let mut s =
            String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE dataset [\n  <!ENTITY lol \"lol\">\n");
        let mut prev = "lol".to_owned();
        for i in 1..=9 {
            s.push_str(&format!(
                "  <!ENTITY lol{i} \"{}\">\n",
                format!("&{prev};").repeat(10)
            ));
            prev = format!("lol{i}");
        }
        s.push_str(&format!(
            "]>\n<dataset {NS}>\n  <title xml:lang=\"vi\">&lol9;</title>\n</dataset>\n"
        ));
        s.into_bytes()
    };
    let deep = format!(
        "<dataset {NS}>\n{}{}</dataset>\n",
        "<title xml:lang=\"vi\">".repeat(50_000),
        "</title>".repeat(50_000)
    );
    let long_ok = title(&"ệ".repeat(333_334));
    let too_long = title(&"x".repeat((1 << 20) + 1));
    vec![
        e("xml-doctype-internal-entity", "a DOCTYPE declaring an entity", format!("<!DOCTYPE dataset [\n  <!ENTITY name \"UBND\">\n]>\n<dataset {NS}>\n  <title xml:lang=\"vi\">&name;</title>\n</dataset>\n").into_bytes(), 2),
        e("xml-external-entity-file", "an external entity reading /etc/passwd (XXE)", format!("<?xml version=\"1.0\"?>\n<!DOCTYPE dataset [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n<dataset {NS}>\n  <title xml:lang=\"vi\">&xxe;</title>\n</dataset>\n").into_bytes(), 2),
        v("xml-external-entity-http", "an external entity fetched over the network", format!("<!DOCTYPE dataset [<!ENTITY x SYSTEM \"http://example.invalid/x\">]>\n<dataset {NS}>\n  <title xml:lang=\"vi\">&x;</title>\n</dataset>\n").into_bytes(), 2),
        v("xml-external-dtd", "a DOCTYPE pointing to an external DTD", format!("<!DOCTYPE dataset SYSTEM \"http://example.invalid/chidao.dtd\">\n<dataset {NS}/>\n").into_bytes(), 2),
        v("xml-parameter-entity", "a parameter entity pulling in an external DTD", format!("<!DOCTYPE dataset [\n  <!ENTITY % ext SYSTEM \"http://example.invalid/evil.dtd\">\n  %ext;\n]>\n<dataset {NS}/>\n").into_bytes(), 2),
        e("xml-billion-laughs", "the entity-expansion bomb (10^9 lol)", billion_laughs, 2),
        v("xml-undeclared-entity", "a reference to an entity no one declared", title("UBND &tinh; Lạng Sơn"), 2),
        v("xml-predefined-entities", "the five predefined entities and character references: accepted", title("Sở KH&amp;ĐT &lt;&gt; &quot;&apos; &#x1EA1;&#7841;"), 0),
        v("xml-control-character-reference", "a character reference to U+0007, which XML 1.0 forbids", title("chuông &#7;"), 2),
        v("xml-raw-control-character", "a raw control character U+0001 in text", title("chuông \u{1}"), 2),
        e("xml-truncated", "the base document cut in half", { let x = String::from_utf8(xml_of(BASE.as_bytes())).unwrap(); let mut cut = x.len() / 2; while !x.is_char_boundary(cut) { cut -= 1; } x.as_bytes()[..cut].to_vec() }, 2),
        v("xml-mismatched-tags", "an end tag that does not match", xml("  <agencies>\n  </agency>\n"), 2),
        v("xml-unclosed-root", "the root element never closed", format!("<dataset {NS}>\n  <agencies/>\n").into_bytes(), 2),
        v("xml-deep-nesting", "50 000 nested elements", deep.into_bytes(), 2),
        v("xml-wrong-namespace", "the root element in another namespace", b"<dataset xmlns=\"urn:other\"/>\n".to_vec(), 2),
        v("xml-no-namespace", "the root element without the namespace", b"<dataset/>\n".to_vec(), 2),
        v("xml-wrong-root", "another document altogether", b"<html><body>not a dataset</body></html>\n".to_vec(), 2),
        v("xml-bom", "a UTF-8 byte-order mark: accepted", [b"\xEF\xBB\xBF".as_slice(), &xml_of(BASE.as_bytes())].concat(), 0),
        v("xml-non-utf8", "a Latin-1 byte in text", [b"<dataset xmlns=\"urn:chidao:dataset:1\">\n  <title xml:lang=\"vi\">S\xF4 K\xEA ho\xE1ch</title>\n".as_slice(), b"</dataset>\n"].concat(), 2),
        v("xml-declared-latin1", "an XML declaration of another encoding", format!("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dataset {NS}/>\n").into_bytes(), 2),
        v("xml-empty-file", "a file of zero bytes", Vec::new(), 2),
        v("xml-1mb-text", "a title of one million bytes: accepted", long_ok, 0),
        v("xml-text-over-limit", "a title of 1 MiB + 1 bytes, over the reader's limit", too_long, 2),
        v("xml-unknown-element", "an element the format does not have", xml("  <agencies>\n    <agnecy id=\"a\"/>\n  </agencies>\n"), 2),
        v("xml-unknown-attribute", "an attribute the format does not have", base_xml_replace("<agency id=\"so-tc\"", "<agency colour=\"red\" id=\"so-tc\""), 2),
        v("xml-missing-attribute", "an agency without its kind", base_xml_replace("<agency id=\"so-tc\" kind=\"department\"", "<agency id=\"so-tc\""), 2),
        e("xml-invalid-date-feb-29", "2023-02-29 in a date attribute", base_xml_replace("date=\"2024-01-10\"", "date=\"2023-02-29\""), 2),
        v("xml-negative-money", "a negative investment", base_xml_replace("total-investment-vnd=\"11000000000000\"", "total-investment-vnd=\"-11000000000000\""), 2),
        v("xml-number-too-large", "an investment beyond a 64-bit count", base_xml_replace("total-investment-vnd=\"11000000000000\"", "total-investment-vnd=\"100000000000000000000000\""), 2),
        v("xml-duplicate-ids", "two tasks with the same id", base_xml_replace("<task id=\"t-2\"", "<task id=\"t-1\""), 1),
        case("xml-validate-machine-output", "a dangling reference in XML, reported for machines with the element", vec![("data.xml", base_xml_replace("lead=\"so-khdt\"", "lead=\"so-xyz\""))], &["validate", "data.xml", "--format", "json"], 1),
        v("xml-dangling-reference", "a task led by an agency that is not in the dataset", base_xml_replace("lead=\"so-khdt\"", "lead=\"so-xyz\""), 1),
        v("xml-processing-instruction", "a stylesheet processing instruction pointing to the network: ignored, nothing fetched", [b"<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"http://example.invalid/x.xsl\"?>\n".as_slice(), &xml_of(b"{}")["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".len()..]].concat(), 0),
    ]
}

/// The command line: missing and unreadable inputs, unwritable outputs, existing outputs kept.
fn cli_cases() -> Vec<Case> {
    let base = || ("data.json", BASE.as_bytes().to_vec());
    let bell = base_replace("Sở Tài chính", "Sở Tài \\u0007chính");
    let mut huge = String::from("{\"title\": {\"vi\": \"");
    huge.push_str(&"x".repeat(2 << 20));
    huge.push_str("\"}, \"format_version\": \"1.2\"}\n");
    vec![
        case(
            "cli-missing-input-validate",
            "an input file that does not exist",
            vec![],
            &["validate", "nosuch.json"],
            2,
        ),
        case(
            "cli-missing-input-export-keeps-output",
            "an input that does not exist; the existing output stays as it was",
            vec![("out.json", PRECIOUS.to_vec())],
            &[
                "export",
                "--to",
                "json",
                "-i",
                "nosuch.json",
                "-o",
                "out.json",
            ],
            2,
        ),
        case(
            "cli-missing-input-report-keeps-output",
            "an input that does not exist; the existing workbook stays as it was",
            vec![("out.xlsx", PRECIOUS.to_vec())],
            &[
                "report",
                "-i",
                "nosuch.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            2,
        ),
        case(
            "cli-bad-input-xml-export-keeps-output",
            "an unparsable input; the existing XML output stays as it was",
            vec![
                ("data.json", b"{\"agencies\": [".to_vec()),
                ("out.xml", PRECIOUS.to_vec()),
            ],
            &["export", "--to", "xml", "-i", "data.json", "-o", "out.xml"],
            2,
        ),
        case(
            "cli-input-is-a-directory",
            "an input path that is a directory",
            vec![("data/", vec![])],
            &["export", "--to", "json", "-i", "data"],
            2,
        ),
        case(
            "cli-output-is-a-directory-export",
            "an output path that is a directory",
            vec![base(), ("out/", vec![])],
            &["export", "--to", "json", "-i", "data.json", "-o", "out"],
            3,
        ),
        case(
            "cli-output-is-a-directory-report",
            "a report output path that is a directory",
            vec![base(), ("out/", vec![])],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "out",
                "--as-of",
                "2024-02-15",
            ],
            3,
        ),
        case(
            "cli-output-under-a-file-export",
            "an output path under a regular file (not writable, even for root)",
            vec![base(), ("afile", b"x".to_vec())],
            &[
                "export",
                "--to",
                "xml",
                "-i",
                "data.json",
                "-o",
                "afile/out.xml",
            ],
            3,
        ),
        case(
            "cli-output-under-a-file-report",
            "a report output path under a regular file",
            vec![base(), ("afile", b"x".to_vec())],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "afile/out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            3,
        ),
        case(
            "cli-output-directory-missing",
            "an output path in a directory that does not exist",
            vec![base()],
            &[
                "export",
                "--to",
                "json",
                "-i",
                "data.json",
                "-o",
                "nosuch/out.json",
            ],
            3,
        ),
        case(
            "cli-xml-export-fails-midway-keeps-output",
            "a control character XML cannot carry, found while writing; the existing output stays as it was and no temporary file is left",
            vec![("data.json", bell.clone()), ("out.xml", PRECIOUS.to_vec())],
            &["export", "--to", "xml", "-i", "data.json", "-o", "out.xml"],
            3,
        ),
        case(
            "cli-xml-export-text-over-reader-limit",
            "a 2 MiB title: the XML writer refuses what the XML reader would refuse",
            vec![
                ("data.json", huge.into_bytes()),
                ("out.xml", PRECIOUS.to_vec()),
            ],
            &["export", "--to", "xml", "-i", "data.json", "-o", "out.xml"],
            3,
        ),
        case(
            "cli-control-character-in-report",
            "a control character in a title: the report carries it (escaped) and succeeds",
            vec![("data.json", bell), ("out.xlsx", PRECIOUS.to_vec())],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            0,
        )
        .writes("out.xlsx"),
        case(
            "cli-report-long-text-and-formulas",
            "a project name of one million characters and a task title `=1+1`: the report cuts the name to a cell with a warning and writes the title as text",
            vec![(
                "data.json",
                base_with(|v| {
                    v["projects"][0]["name"]["vi"] = json!("ệ".repeat(1_000_000));
                    v["tasks"][0]["title"]["vi"] = json!("=1+1");
                }),
            )],
            &["report", "-i", "data.json", "-o", "out.xlsx", "--as-of", "2024-02-15"],
            0,
        )
        .writes("out.xlsx"),
        case(
            "cli-report-to-stdout",
            "a report written to `-`: a workbook needs a file",
            vec![base()],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "-",
                "--as-of",
                "2024-02-15",
            ],
            3,
        ),
        case(
            "cli-export-dash-is-stdout",
            "an export to `-` goes to standard output",
            vec![("data.json", b"{}".to_vec())],
            &["export", "--to", "json", "-i", "data.json", "-o", "-"],
            0,
        ),
        case(
            "cli-bad-as-of-date",
            "--as-of 2023-02-29",
            vec![],
            &["report", "--as-of", "2023-02-29"],
            2,
        ),
        case(
            "cli-unknown-language",
            "--lang fr",
            vec![],
            &["report", "--lang", "fr"],
            2,
        ),
        case(
            "cli-unknown-format",
            "--to yaml",
            vec![],
            &["export", "--to", "yaml"],
            2,
        ),
        case(
            "cli-export-without-format",
            "export without --to",
            vec![],
            &["export"],
            2,
        ),
        case(
            "cli-two-inputs",
            "two files given to validate",
            vec![],
            &["validate", "a.json", "b.json"],
            2,
        ),
        case(
            "cli-unknown-subcommand",
            "a command that does not exist",
            vec![],
            &["frobnicate"],
            2,
        ),
        case(
            "cli-unknown-validate-format",
            "validate --format yaml",
            vec![],
            &["validate", "--format", "yaml"],
            2,
        ),
        case(
            "cli-report-replaces-old-output",
            "a successful report replaces an existing file, atomically",
            vec![base(), ("out.xlsx", PRECIOUS.to_vec())],
            &[
                "report",
                "-i",
                "data.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-02-15",
            ],
            0,
        )
        .writes("out.xlsx"),
    ]
}

#[test]
fn json_corpus() {
    run_all(&json_cases());
}

#[test]
fn xml_corpus() {
    run_all(&xml_cases());
}

#[test]
fn command_line_corpus() {
    run_all(&cli_cases());
}

#[test]
fn workbook_corpus() {
    run_all(&workbook_cases::cases());
}

#[test]
fn reliability_corpus() {
    run_all(&reliability_cases::cases());
}

#[test]
fn the_corpus_has_at_least_sixty_cases() {
    let n = json_cases().len()
        + xml_cases().len()
        + cli_cases().len()
        + reliability_cases::cases().len()
        + workbook_cases::cases().len();
    assert!(n >= 60, "{n} cases");
}

/// An output that exists but is not a regular file (here a socket; `/dev/full` in the wild) is
/// refused, not replaced by a rename.
#[cfg(unix)]
#[test]
fn output_that_is_not_a_regular_file_is_refused_and_kept() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("out.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_chidao"))
        .current_dir(dir.path())
        .args(["export", "--to", "json", "-o", "out.sock"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: out.sock: is not a regular file (a device, pipe or socket); give a file name\n"
    );
    assert!(
        std::fs::symlink_metadata(&socket)
            .unwrap()
            .file_type()
            .is_socket()
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing left behind"
    );
}

/// The report written for `dataset`, read back: every string cell of every sheet, and whether
/// any cell holds a formula.
fn report_strings(dataset: &Dataset) -> (Vec<String>, bool) {
    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 2, 15).unwrap());
    let (bytes, _) = chidao_xlsx::to_vec(dataset, &options).expect("the report is written");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let mut strings = Vec::new();
    let mut any_formula = false;
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        for cell in range.used_cells() {
            if let Data::String(s) = cell.2 {
                strings.push(s.clone());
            }
        }
        let formulas = book.worksheet_formula(&name).unwrap();
        any_formula |= formulas.used_cells().any(|c| !c.2.is_empty());
    }
    (strings, any_formula)
}

#[test]
fn formula_like_text_stays_text_in_the_report_and_long_text_is_cut_to_a_cell() {
    let formulas = [
        "=1+1",
        "+84 912 345 678",
        "-5% so với cùng kỳ",
        "@SUM(A1:A9)",
        "=HYPERLINK(\"http://example.invalid\",\"bấm vào đây\")",
        "=cmd|' /C calc'!A0",
    ];
    let mut parts = chidao_json::from_str(BASE).unwrap().into_parts();
    parts.tasks[0].title.vi = formulas[0].to_owned();
    parts.tasks[1].title.vi = formulas[1].to_owned();
    parts.agencies[1].name.vi = formulas[2].to_owned();
    parts.agencies[2].name.vi = formulas[3].to_owned();
    parts.directives[0].subject.vi = formulas[4].to_owned();
    parts.indicators[0].name.vi = formulas[5].to_owned();
    parts.projects[0].name.vi = "ệ".repeat(1_000_000);
    let (strings, any_formula) = report_strings(&Dataset::new(parts));
    assert!(!any_formula, "no cell of the report is a formula");
    for f in formulas {
        assert!(
            strings.iter().any(|s| s == f),
            "{f} is not in the report as text"
        );
    }
    // The million-character name is cut to Excel's limit of 32 767 characters, not refused.
    let longest = strings.iter().map(|s| s.encode_utf16().count()).max();
    assert_eq!(longest, Some(32_767));
}

/// Lookups between records go by id, so the form of a name never breaks a reference; where
/// names are compared (finding an agency by the name a document uses), NFC, NFD and both
/// tone-mark placements match, through JSON and XML alike.
#[test]
fn agency_names_match_whatever_their_unicode_form() {
    let nfd = "So\u{31b}\u{309} Ke\u{302}\u{301} hoa\u{323}ch va\u{300} \u{110}a\u{302}\u{300}u tu\u{31b}";
    let json = base_with(|v| {
        v["agencies"][1]["name"]["vi"] = json!(nfd);
        v["agencies"][2]["name"]["vi"] = json!("Sở Thuỷ lợi Hoà Bình");
    });
    let from_json = chidao_json::from_slice(&json).unwrap();
    let from_xml = chidao_xml::from_slice(&xml_of(&json)).unwrap();
    assert_eq!(from_json, from_xml, "names are kept as written");
    assert_eq!(from_xml.agencies()[1].name.vi, nfd);
    for ds in [&from_json, &from_xml] {
        assert!(
            ds.validate()
                .iter()
                .all(|f| f.severity != chidao_model::Severity::Error)
        );
        for (query, id) in [
            ("Sở Kế hoạch và Đầu tư", "so-khdt"),
            ("sở kế hoạch  và đầu tư", "so-khdt"),
            (nfd, "so-khdt"),
            ("Sở KH&ĐT", "so-khdt"),
            ("Sở Thủy lợi Hòa Bình", "so-tc"),
            ("Sở Thuỷ lợi Hoà Bình", "so-tc"),
            (
                "So\u{31b}\u{309} Thu\u{309}y lo\u{31b}\u{323}i Ho\u{300}a Bi\u{300}nh",
                "so-tc",
            ),
        ] {
            let found = ds.find_assignee_by_name(query).map(|a| a.id().as_str());
            assert_eq!(found, Some(id), "{query:?}");
        }
        // The report groups tasks by the agency's id: the NFD-named agency has its row.
        let (strings, _) = report_strings(ds);
        assert!(
            strings.iter().any(|s| s == nfd),
            "the name is in the report as written"
        );
    }
}

/// Inputs the fuzzers found or that broke a property once, kept as regression tests.
#[test]
fn decimals_beyond_a_double_are_written_as_the_json_they_read_back_as() {
    // The JSON of a decimal is the JSON written again after loading it.
    for text in [
        "-77140402752565412.3",
        "31139868283536.234",
        "70663893.78037024868",
        "0.1234567890123456789",
        "79228162514264337593543950335",
        "-0.0000000000000000000000000001",
    ] {
        let doc = r#"{"indicators": [{"id": "x", "name": {"vi": "x"}, "group": "economy", "measure": "number", "polarity": "higher_is_better", "baseline": {"year": 2024, "value": 0}}]}"#;
        let mut parts = chidao_json::from_str(doc).unwrap().into_parts();
        let exact: chidao_model::Decimal = text.parse().unwrap();
        parts.indicators[0].baseline.as_mut().unwrap().value = exact;
        let first = chidao_json::to_string(&Dataset::new(parts)).unwrap();
        let second = chidao_json::to_string(&chidao_json::from_str(&first).unwrap()).unwrap();
        assert_eq!(first, second, "{text}");
    }
}
