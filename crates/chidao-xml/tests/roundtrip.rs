//! JSON → XML → model gives back the model: for the bundled dataset, the rich sample, and
//! random datasets covering every field and enumeration value.

mod common;

use proptest::prelude::*;

#[test]
fn bundled_dataset_round_trips() {
    let dataset = common::bundled();
    let xml = chidao_xml::to_string(&dataset).unwrap();
    let back = chidao_xml::from_str(&xml).unwrap();
    assert_eq!(back, dataset);
    // And the XML of what was read is the same document, byte for byte.
    assert_eq!(chidao_xml::to_string(&back).unwrap(), xml);
    // Through JSON again: the canonical JSON is unchanged by the trip.
    assert_eq!(
        chidao_json::to_string(&back).unwrap(),
        chidao_json::to_string(&dataset).unwrap()
    );
}

#[test]
fn rich_sample_round_trips() {
    let dataset = common::rich();
    let xml = chidao_xml::to_string(&dataset).unwrap();
    assert_eq!(chidao_xml::from_str(&xml).unwrap(), dataset);
}

#[test]
fn empty_dataset_round_trips() {
    let dataset = chidao_model::Dataset::default();
    let xml = chidao_xml::to_string(&dataset).unwrap();
    assert_eq!(
        xml,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataset xmlns=\"urn:chidao:dataset:1\" format-version=\"1.2\">\n</dataset>\n"
    );
    assert_eq!(chidao_xml::from_str(&xml).unwrap(), dataset);
}

#[test]
fn reader_api_agrees() {
    let dataset = common::rich();
    let mut bytes = Vec::new();
    chidao_xml::to_writer(&mut bytes, &dataset).unwrap();
    assert_eq!(chidao_xml::from_reader(&bytes[..]).unwrap(), dataset);
    assert_eq!(chidao_xml::from_slice(&bytes).unwrap(), dataset);
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom.extend_from_slice(&bytes);
    assert_eq!(chidao_xml::from_slice(&with_bom).unwrap(), dataset);
}

#[test]
fn exporter_writes_the_same_document() {
    use chidao_model::{ExportOptions, Exporter, Sink};
    let dataset = common::rich();
    let exporter = chidao_xml::XmlExporter;
    assert_eq!(exporter.info().name, "xml");
    let mut out = Vec::new();
    let opts = ExportOptions::new(chidao_model::NaiveDate::from_ymd_opt(2024, 6, 30).unwrap());
    let summary = exporter
        .export(&dataset, &opts, Sink::Stream(&mut out))
        .unwrap();
    assert!(summary.warnings.is_empty());
    assert_eq!(
        String::from_utf8(out).unwrap(),
        chidao_xml::to_string(&dataset).unwrap()
    );
}

/// Whitespace, markup characters and line ends survive: they are escaped, never normalised.
#[test]
fn awkward_text_survives() {
    let text = " \t<a> & \"b\" 'c' ]]> \r\n\r x\u{85}\u{2028}\u{FEFF}😀 ";
    let mut parts = chidao_model::DatasetParts::new();
    parts.title = Some(chidao_model::Text::new(text, ""));
    let mut a = chidao_model::Agency::new(
        "a".parse().unwrap(),
        chidao_model::Text::vi("x"),
        chidao_model::AgencyKind::Other,
        chidao_model::AgencyLevel::Foreign,
    );
    a.code = Some(chidao_model::AgencyCode::lenient(text));
    parts.agencies.push(a);
    let dataset = chidao_model::Dataset::new(parts);
    let xml = chidao_xml::to_string(&dataset).unwrap();
    assert!(xml.contains("&#xD;"), "{xml}");
    assert!(
        xml.contains("code=\" &#x9;&lt;a&gt; &amp; &quot;b&quot;"),
        "{xml}"
    );
    assert_eq!(chidao_xml::from_str(&xml).unwrap(), dataset);
}

/// A deadline of a year past 9999 (reported by validation as `invalid-deadline`) has no due
/// date: it is written as its term alone, with no `due`, and reads back as the same dataset, as
/// in JSON (a dataset that loads always writes).
#[test]
fn a_term_past_the_year_9999_is_written_without_a_due_date_and_reads_back() {
    let mut parts = chidao_model::DatasetParts::new();
    let mut task = chidao_model::Task::new(
        "t".parse().unwrap(),
        "d".parse().unwrap(),
        "1",
        chidao_model::Text::vi("Việc"),
    );
    task.deadline = chidao_model::Deadline::new(chidao_model::DeadlineTerm::Year { year: 10000 });
    parts.tasks.push(task);
    let dataset = chidao_model::Dataset::new(parts);
    let xml = chidao_xml::to_string(&dataset).unwrap();
    assert!(xml.contains("10000"), "{xml}");
    assert!(!xml.contains("due="), "{xml}");
    assert_eq!(chidao_xml::from_str(&xml).unwrap(), dataset);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_datasets_round_trip(dataset in common::dataset()) {
        let xml = chidao_xml::to_string(&dataset).unwrap();
        let back = chidao_xml::from_str(&xml).map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
        prop_assert_eq!(&back, &dataset);
        prop_assert_eq!(chidao_xml::to_string(&back).unwrap(), xml);
    }
}

/// Other spellings of the same document that XML allows are read the same way.
#[test]
fn other_spellings_are_read() {
    let input = "\u{feff}<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n\
        <!-- a comment --><?chidao a processing instruction?>\n\
        <c:dataset xmlns:c='urn:chidao:dataset:1' format-version='1.0' \
        xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' \
        xsi:schemaLocation='urn:chidao:dataset:1 chidao.xsd'>\
        <c:title xml:lang='en'>English <![CDATA[<first> & ]]>then</c:title>\
        <c:title xml:lang='vi'></c:title>\
        <c:agencies><c:agency kind='other' id='a' level='foreign'><!-- c -->\
        <c:name xml:lang='vi'>A\r\nB</c:name><c:alias>x&#10;y</c:alias></c:agency></c:agencies>\
        <c:tasks><c:task id='t' directive='d' item='line\none'><c:title xml:lang='vi'>T</c:title>\
        <c:deadline kind='none'/></c:task></c:tasks>\
        </c:dataset>\n<!-- trailing comment -->\n";
    let ds = chidao_xml::from_str(input).unwrap();
    let title = ds.title().unwrap();
    assert_eq!(
        (title.vi.as_str(), title.en.as_deref()),
        ("", Some("English <first> & then"))
    );
    let a = &ds.agencies()[0];
    assert_eq!(
        a.name.vi, "A\nB",
        "end-of-line handling applies to literal line ends"
    );
    assert_eq!(a.aliases, ["x\ny"]);
    let t = &ds.tasks()[0];
    assert_eq!(t.item, "line one", "attribute-value normalisation applies");
    assert_eq!(t.deadline, chidao_model::Deadline::none());
}
