//! Snapshots of the validation report of the bundled dataset and of a broken one.

use std::path::Path;

fn report(text: &str) -> String {
    let dataset = chidao_json::from_str(text).expect("loads");
    let findings = dataset.validate();
    let mut out: Vec<String> = findings.iter().map(ToString::to_string).collect();
    out.push(format!(
        "{} errors, {} warnings",
        findings.error_count(),
        findings.warning_count()
    ));
    out.join("\n")
}

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)).unwrap()
}

#[test]
fn bundled_dataset_report() {
    let text = read("data/langson.json");
    let dataset = chidao_json::from_str(&text).unwrap();
    assert_eq!(dataset.validate().error_count(), 0);
    insta::assert_snapshot!(report(&text));
}

#[test]
fn broken_dataset_report() {
    insta::assert_snapshot!(report(&read("tests/fixtures/broken.json")));
}
