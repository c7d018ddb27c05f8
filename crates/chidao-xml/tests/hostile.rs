//! Hostile and broken input: every case is refused with a category, a position and a path,
//! and nothing is expanded or fetched.

mod common;

use chidao_xml::{ErrorCategory, from_slice, from_str};

const NS: &str = "urn:chidao:dataset:1";

fn doc(body: &str) -> String {
    format!("<?xml version=\"1.0\"?>\n<dataset xmlns=\"{NS}\">\n{body}\n</dataset>\n")
}

/// One hostile input and what reading it must give.
fn check(input: &str, category: ErrorCategory, pos: (usize, usize), path: &str, message: &str) {
    let err = from_str(input).expect_err(input);
    assert_eq!(
        (err.category(), (err.line(), err.column()), err.path()),
        (category, pos, path),
        "{err}"
    );
    assert!(err.message().contains(message), "{err}");
    assert!(
        err.to_string()
            .starts_with(&format!("line {}, column {}: ", pos.0, pos.1))
    );
}

#[test]
fn doctype_and_entity_declarations_are_refused() {
    let laughs = r#"<?xml version="1.0"?>
<!DOCTYPE dataset [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<dataset xmlns="urn:chidao:dataset:1"><title xml:lang="vi">&lol3;</title></dataset>"#;
    check(
        laughs,
        ErrorCategory::Refused,
        (2, 1),
        "",
        "document type declarations (DOCTYPE) are not allowed",
    );

    let xxe = r#"<!DOCTYPE dataset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<dataset xmlns="urn:chidao:dataset:1"><title xml:lang="vi">&xxe;</title></dataset>"#;
    check(xxe, ErrorCategory::Refused, (1, 1), "", "DOCTYPE");

    let external = r#"<!DOCTYPE dataset SYSTEM "http://example.invalid/evil.dtd"><dataset xmlns="urn:chidao:dataset:1"/>"#;
    check(
        external,
        ErrorCategory::Refused,
        (1, 1),
        "",
        "fetches nothing",
    );

    let parameter =
        r#"<!DOCTYPE d [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><dataset/>"#;
    check(parameter, ErrorCategory::Refused, (1, 1), "", "DOCTYPE");
}

#[test]
fn undeclared_entities_are_refused_in_text_and_attributes() {
    check(
        &doc(r#"<title xml:lang="vi">a &xxe; b</title>"#),
        ErrorCategory::Refused,
        (3, 24),
        "/dataset/title",
        "entity reference &xxe; is not allowed",
    );
    check(
        &doc(r#"<agencies><agency id="a" kind="other" level="&xxe;"/></agencies>"#),
        ErrorCategory::Refused,
        (3, 39),
        "/dataset/agencies/agency[1]",
        "attribute `level`: entity reference &xxe; is not allowed",
    );
    // The predefined entities and character references are fine.
    let ds = from_str(&doc(
        r#"<title xml:lang="vi">&lt;&amp;&gt;&quot;&apos;&#x1EA1;&#273;</title>"#,
    ))
    .unwrap();
    assert_eq!(ds.title().unwrap().vi, "<&>\"'ạđ");
}

#[test]
fn nesting_is_bounded() {
    // A hundred thousand nested elements: refused at the first unknown one, without recursion.
    let depth = 100_000;
    let mut input = format!("<dataset xmlns=\"{NS}\">");
    input.push_str(&"<x>".repeat(depth));
    input.push_str(&"</x>".repeat(depth));
    input.push_str("</dataset>");
    check(
        &input,
        ErrorCategory::Data,
        (1, 39),
        "/dataset/x",
        "unexpected element <x> in <dataset>",
    );

    // Known elements nested where they do not belong are refused the same way.
    let input = doc(&"<tasks><task>".repeat(1000));
    let err = from_str(&input).unwrap_err();
    assert_eq!(err.category(), ErrorCategory::Data);
    assert_eq!(err.path(), "/dataset/tasks/task[1]");
    assert!(
        err.message().contains("missing attribute `id` on <task>"),
        "{err}"
    );
}

#[test]
fn text_size_is_bounded() {
    let big = "a".repeat(chidao_xml::MAX_TEXT_LEN + 1);
    check(
        &doc(&format!("<title xml:lang=\"vi\">{big}</title>")),
        ErrorCategory::Refused,
        (3, 22),
        "/dataset/title",
        "text is longer than the limit of 1048576 bytes",
    );
    // Many small pieces count together.
    let pieces = "ab&amp;".repeat(chidao_xml::MAX_TEXT_LEN / 3 + 1);
    let err = from_str(&doc(&format!("<title xml:lang=\"vi\">{pieces}</title>"))).unwrap_err();
    assert_eq!(err.category(), ErrorCategory::Refused, "{err}");
    check(
        &doc(&format!(
            "<agencies><agency id=\"a\" kind=\"other\" level=\"{big}\"/></agencies>"
        )),
        ErrorCategory::Refused,
        (3, 39),
        "/dataset/agencies/agency[1]",
        "text is longer than the limit",
    );
    // Text just within the limit is read.
    let ok = "a".repeat(chidao_xml::MAX_TEXT_LEN);
    let ds = from_str(&doc(&format!("<title xml:lang=\"vi\">{ok}</title>"))).unwrap();
    assert_eq!(ds.title().unwrap().vi.len(), chidao_xml::MAX_TEXT_LEN);
}

#[test]
fn characters_xml_forbids_are_refused_when_reading() {
    check(
        &doc("<title xml:lang=\"vi\">a\u{1}b</title>"),
        ErrorCategory::Syntax,
        (3, 23),
        "/dataset/title",
        "character U+0001 is not allowed in XML 1.0",
    );
    check(
        &doc("<title xml:lang=\"vi\">a&#1;b</title>"),
        ErrorCategory::Syntax,
        (3, 23),
        "/dataset/title",
        "character reference &#1; is not a character XML 1.0 allows",
    );
    check(
        &doc("<title xml:lang=\"vi\">&#xFFFE;</title>"),
        ErrorCategory::Syntax,
        (3, 22),
        "/dataset/title",
        "&#xFFFE;",
    );
}

#[test]
fn characters_xml_forbids_are_refused_when_writing() {
    use chidao_model::{ExportErrorKind, Task, Text};
    let mut parts = common::rich().into_parts();
    parts.tasks[3] = Task::new(
        "tb2024-09c".parse().unwrap(),
        "tb-12".parse().unwrap(),
        "9c",
        Text::vi("Báo cáo\u{1}"),
    );
    let dataset = chidao_model::Dataset::new(parts.clone());
    let err = chidao_xml::to_string(&dataset).unwrap_err();
    assert_eq!(err.kind(), ExportErrorKind::InvalidData);
    assert_eq!(
        err.to_string(),
        "tasks[3] (id tb2024-09c) field title.vi: character U+0001 is not allowed in XML 1.0"
    );

    type Change = fn(&mut chidao_model::DatasetParts);
    let cases: Vec<(Change, &str)> = vec![
        (
            (|p| p.tasks[0].progress[1].note.en = Some("\u{FFFF}".into())),
            "tasks[0] (id t-1) field progress[1].note.en: character U+FFFF is not allowed in XML 1.0",
        ),
        (
            (|p| p.agencies[0].aliases[1] = "\u{8}".into()),
            "agencies[0] (id ubnd-tinh) field aliases[1]: character U+0008 is not allowed in XML 1.0",
        ),
        (
            (|p| {
                p.directives[0].number = Some(chidao_model::DocumentNumber::lenient("12/TB\u{0}"))
            }),
            "directives[0] (id tb-12) field number: character U+0000 is not allowed in XML 1.0",
        ),
        (
            (|p| p.agency_groups[0].name.vi = "\u{1F}".into()),
            "agency_groups[0] (id cac-so) field name.vi: character U+001F is not allowed in XML 1.0",
        ),
        (
            (|p| p.directives[0].signer.as_mut().unwrap().for_title = Some(Text::vi("\u{B}"))),
            "directives[0] (id tb-12) field signer.for_title.vi: character U+000B is not allowed in XML 1.0",
        ),
        (
            (|p| p.title = Some(Text::vi("\u{7}"))),
            "dataset field title.vi: character U+0007 is not allowed in XML 1.0",
        ),
    ];
    for (change, expected) in cases {
        let mut parts = common::rich().into_parts();
        change(&mut parts);
        let err = chidao_xml::to_string(&chidao_model::Dataset::new(parts)).unwrap_err();
        assert_eq!(err.kind(), ExportErrorKind::InvalidData);
        assert_eq!(err.to_string(), expected);
    }
}

#[test]
fn errors_carry_line_column_and_element_path() {
    let mut xml = chidao_xml::to_string(&common::rich()).unwrap();
    xml = xml.replace(
        r#"<deadline kind="quarter" year="2024" quarter="3" due="2024-09-30"/>"#,
        r#"<deadline kind="quarter" year="2024" quarter="III" due="2024-09-30"/>"#,
    );
    let err = from_str(&xml).unwrap_err();
    let line = xml
        .lines()
        .position(|l| l.contains("quarter=\"III\""))
        .unwrap()
        + 1;
    assert_eq!(err.category(), ErrorCategory::Data);
    assert_eq!(err.path(), "/dataset/tasks/task[3]/deadline");
    assert_eq!((err.line(), err.column()), (line, 44));
    assert_eq!(
        err.message(),
        "attribute `quarter`: `III` is not an integer"
    );

    check(
        &doc(
            r#"<meetings><meeting id="m" kind="conference" date="2023-02-29"><title xml:lang="vi">H</title></meeting></meetings>"#,
        ),
        ErrorCategory::Data,
        (3, 45),
        "/dataset/meetings/meeting[1]",
        "attribute `date`: `2023-02-29` is not a calendar date",
    );
}

#[test]
fn broken_and_foreign_documents_are_refused() {
    // Not well formed.
    check(
        &doc("<title xml:lang=\"vi\">x</titel>"),
        ErrorCategory::Syntax,
        (3, 23),
        "/dataset/title",
        "expected `</title>`",
    );
    check(
        "<dataset xmlns=\"urn:chidao:dataset:1\">",
        ErrorCategory::Syntax,
        (1, 39),
        "/dataset",
        "",
    );
    check(
        "",
        ErrorCategory::Syntax,
        (1, 1),
        "",
        "the document has no root element",
    );
    // Another namespace, or none.
    check(
        "<dataset/>",
        ErrorCategory::Data,
        (1, 1),
        "/dataset",
        "is not in the chidao namespace",
    );
    check(
        &doc("<x:title xmlns:x=\"urn:other\" xml:lang=\"vi\">a</x:title>"),
        ErrorCategory::Data,
        (3, 1),
        "/dataset/title",
        "<x:title> is not in the chidao namespace",
    );
    // Not our root, unknown element or attribute, missing text.
    check(
        &format!("<tasks xmlns=\"{NS}\"/>"),
        ErrorCategory::Data,
        (1, 1),
        "/tasks",
        "the root element must be <dataset>",
    );
    check(
        &doc("<bogus/>"),
        ErrorCategory::Data,
        (3, 1),
        "/dataset/bogus",
        "unexpected element <bogus> in <dataset>",
    );
    check(
        &doc("<sources><source id=\"s\" kind=\"synthetic\" colour=\"red\"/></sources>"),
        ErrorCategory::Data,
        (3, 42),
        "/dataset/sources/source[1]",
        "unknown attribute `colour` on <source>",
    );
    check(
        &doc("<sources><source id=\"s\" kind=\"synthetic\"/></sources>"),
        ErrorCategory::Data,
        (3, 10),
        "/dataset/sources/source[1]",
        "missing <title xml:lang=\"vi\"> in <source>",
    );
    check(
        &doc("<title xml:lang=\"fr\">x</title>"),
        ErrorCategory::Data,
        (3, 8),
        "/dataset/title",
        "attribute `xml:lang`: must be `vi` or `en`, not `fr`",
    );
    check(
        &doc("<title xml:lang=\"vi\">x</title><title xml:lang=\"vi\">y</title>"),
        ErrorCategory::Data,
        (3, 31),
        "/dataset/title[2]",
        "duplicate <title xml:lang=\"vi\"> in <dataset>",
    );
    check(
        &doc("stray text"),
        ErrorCategory::Data,
        (2, 39),
        "/dataset",
        "unexpected text in <dataset>",
    );
    // Encodings other than UTF-8, XML 1.1, bytes that are not UTF-8.
    check(
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><dataset/>",
        ErrorCategory::Syntax,
        (1, 1),
        "",
        "encoding ISO-8859-1 is not supported",
    );
    check(
        "<?xml version=\"1.1\"?><dataset/>",
        ErrorCategory::Syntax,
        (1, 1),
        "",
        "only 1.0 is read",
    );
    let err = from_slice(
        b"<dataset xmlns=\"urn:chidao:dataset:1\">\n<title xml:lang=\"vi\">\xff</title></dataset>",
    )
    .unwrap_err();
    assert_eq!(
        (err.category(), err.line(), err.column()),
        (ErrorCategory::Io, 2, 22)
    );
    // Content after the root.
    check(
        &format!("<dataset xmlns=\"{NS}\"/><dataset xmlns=\"{NS}\"/>"),
        ErrorCategory::Syntax,
        (1, 40),
        "",
        "unexpected content after the root element",
    );
}
