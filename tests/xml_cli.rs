//! End-to-end tests of XML through the `chidao` binary: export, read back, validate, errors.

mod common;

use common::{chidao, stderr};

#[test]
fn xml_export_reads_back_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let xml = dir.path().join("langson.xml");
    let xml = xml.to_str().unwrap();
    let out = chidao(&["export", "--to", "xml", "-o", xml]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(xml).unwrap();
    assert!(text.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataset xmlns=\"urn:chidao:dataset:1\""
    ));

    // Standard output gives the same bytes.
    let out = chidao(&["export", "--to", "xml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), text);

    // The XML is read back (by extension) into the same dataset as the bundled JSON.
    let from_xml = chidao(&["export", "--to", "json", "-i", xml]);
    let from_json = chidao(&["export", "--to", "json"]);
    assert_eq!(from_xml.status.code(), Some(0), "{}", stderr(&from_xml));
    assert_eq!(from_xml.stdout, from_json.stdout);

    // And by content, whatever the extension.
    let odd = dir.path().join("langson.data");
    std::fs::copy(xml, &odd).unwrap();
    let out = chidao(&["export", "--to", "json", "-i", odd.to_str().unwrap()]);
    assert_eq!(out.stdout, from_json.stdout, "{}", stderr(&out));

    let out = chidao(&["validate", xml]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains(" 0 errors"));
}

#[test]
fn hostile_xml_is_an_input_error_with_position_and_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("evil.xml");
    std::fs::write(
        &path,
        "<!DOCTYPE dataset [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<dataset xmlns=\"urn:chidao:dataset:1\"/>\n",
    )
    .unwrap();
    let out = chidao(&["export", "--to", "json", "-i", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "evil.xml: line 1, column 1: document type declarations (DOCTYPE) are not allowed"
        ),
        "{}",
        stderr(&out)
    );

    std::fs::write(
        &path,
        "<dataset xmlns=\"urn:chidao:dataset:1\">\n  <tasks>\n    <task id=\"t\" directive=\"d\" item=\"1\" lead=\"bad id\"/>\n  </tasks>\n</dataset>\n",
    )
    .unwrap();
    let out = chidao(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let all = format!("{}{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
    assert!(
        all.contains("line 3, column 41: at /dataset/tasks/task[1]: attribute `lead`"),
        "{all}"
    );
}

#[test]
fn xml_refuses_text_xml_cannot_carry() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("ctl.json");
    std::fs::write(&json, "{\"title\": {\"vi\": \"bell \\u0007\"}}").unwrap();
    let target = dir.path().join("ctl.xml");
    let out = chidao(&[
        "export",
        "--to",
        "xml",
        "-i",
        json.to_str().unwrap(),
        "-o",
        target.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("dataset field title.vi: character U+0007 is not allowed in XML 1.0"),
        "{}",
        stderr(&out)
    );
    assert!(!target.exists(), "no partial output is left behind");
}
