//! Dataset → template → import gives back the same dataset, exactly.

use chidao_model::{Dataset, ExportOptions, Exporter, ImportOptions, Importer, Lang, NaiveDate};
use chidao_template::{TemplateExporter, TemplateImporter};

fn bundled() -> Dataset {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/langson.json"
    ))
    .expect("the bundled dataset");
    chidao_json::from_str(&text).expect("the bundled dataset reads")
}

fn round_trip(dataset: &Dataset, lang: Lang) -> Dataset {
    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()).with_lang(lang);
    let (bytes, summary) = TemplateExporter
        .export_to_vec(dataset, &options)
        .expect("the template writes");
    assert!(summary.warnings.is_empty(), "{:?}", summary.warnings);
    let imported = TemplateImporter
        .import(&bytes, &ImportOptions::default().with_lang(lang))
        .unwrap_or_else(|e| panic!("the template imports:\n{e}"));
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    imported.dataset
}

#[test]
fn the_bundled_dataset_comes_back_exactly_in_either_language() {
    let dataset = bundled();
    for lang in [Lang::Vi, Lang::En] {
        let back = round_trip(&dataset, lang);
        same_json(
            &chidao_json::to_string(&back).unwrap(),
            &chidao_json::to_string(&dataset).unwrap(),
            lang,
        );
        assert_eq!(back, dataset);
    }
}

/// Fails with the first lines that differ, rather than two whole documents.
fn same_json(back: &str, original: &str, lang: Lang) {
    let (b, o): (Vec<&str>, Vec<&str>) = (back.lines().collect(), original.lines().collect());
    if let Some(i) = (0..b.len().max(o.len())).find(|&i| b.get(i) != o.get(i)) {
        let from = i.saturating_sub(6);
        panic!(
            "{lang:?}: line {}\n--- back\n{}\n--- original\n{}",
            i + 1,
            b[from..(i + 4).min(b.len())].join("\n"),
            o[from..(i + 4).min(o.len())].join("\n")
        );
    }
}

/// A whole figure past 2^53 that a double holds exactly (1141914769869544832, the double
/// nearest 1141914769869544800) comes back as itself, not as the shortest decimal that names
/// the same double; its neighbour that no double holds comes back too (written as text).
#[test]
fn whole_figures_past_two_to_the_53_come_back_exactly() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/langson.json"
    ))
    .unwrap();
    for value in [
        "1141914769869544832",
        "1141914769869544800",
        "-9007199254740994",
    ] {
        let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let years = doc["indicators"][0]["years"].as_array_mut().unwrap();
        let year = years
            .iter_mut()
            .find(|y| y.get("figure").is_some())
            .unwrap();
        year["figure"]["value"] = serde_json::from_str(value).unwrap();
        let dataset = chidao_json::from_str(&doc.to_string()).unwrap();
        let json = chidao_json::to_string(&dataset).unwrap();
        assert!(json.contains(value), "{value} is written as itself");
        let back = chidao_json::to_string(&round_trip(&dataset, Lang::En)).unwrap();
        assert_eq!(back, json, "{value}");
    }
}

/// A reference to no agency that is the name of two records (an agency's other name and a
/// group's name, in another case) is warned about as ambiguous when written, and the import
/// refuses it at its cell rather than picking one of the two (the case a property test found).
#[test]
fn a_dangling_reference_that_two_records_go_by_is_warned_about_and_refused() {
    let doc = serde_json::json!({
        "format_version": "1.0",
        "agencies": [{"id": "A", "name": {"vi": "Sở A"}, "kind": "government", "level": "central", "aliases": ["d"]}],
        "agency_groups": [{"id": "a", "name": {"vi": "d"}, "members": []}],
        "officials": [{"id": "o", "name": "Nguyễn Văn B", "positions": [{"title": {"vi": "Giám đốc"}, "agency": "D"}]}],
    });
    let dataset = chidao_json::from_str(&doc.to_string()).expect("the dataset loads");
    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
    let (bytes, summary) = TemplateExporter
        .export_to_vec(&dataset, &options)
        .expect("the template writes");
    assert!(
        summary
            .warnings
            .iter()
            .any(|w| w.contains("`D` names no agency") && w.contains("2 go by that name (A, a)")),
        "{:?}",
        summary.warnings
    );
    let err = TemplateImporter
        .import(&bytes, &ImportOptions::default())
        .expect_err("an ambiguous name does not import");
    let problem = err
        .problems()
        .iter()
        .find(|p| p.rule == "unknown-agency")
        .unwrap_or_else(|| panic!("an unknown-agency problem:\n{err}"));
    assert_eq!(problem.value.as_deref(), Some("D"));
    assert!(problem.message.contains("A, a"), "{}", problem.message);
}

/// Two tasks with one id: the progress row of the second cannot say which task it is of, so
/// the export warns that it reads back as the first's, and the duplicate is an error of
/// validation (the case a property test found).
#[test]
fn a_list_row_of_an_id_two_records_have_is_warned_about() {
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/langson.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let tasks = doc["tasks"].as_array_mut().unwrap();
    let first = tasks[0]["id"].clone();
    tasks[1]["id"] = first.clone();
    tasks[1]["progress"] = serde_json::json!([
        {"date": "2024-03-01", "note": {"vi": "Đã trình dự thảo"}}
    ]);
    let dataset = chidao_json::from_str(&doc.to_string()).expect("the dataset loads");
    let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
    let (bytes, summary) = TemplateExporter
        .export_to_vec(&dataset, &options)
        .expect("the template writes");
    let id = first.as_str().unwrap();
    assert!(
        summary.warnings.iter().any(|w| w.contains(&format!(
            "`{id}` is the id of 2 records, and a row here cannot say which it is of: it reads \
             back as the first's"
        ))),
        "{:?}",
        summary.warnings
    );
    let imported = TemplateImporter
        .import(&bytes, &ImportOptions::default())
        .unwrap_or_else(|e| panic!("the template imports:\n{e}"));
    let tasks = imported.dataset.tasks();
    assert_eq!(tasks[0].progress.len(), 1, "the first task has the row");
    assert!(tasks[1].progress.is_empty());
    assert!(
        imported
            .dataset
            .validate()
            .iter()
            .any(|f| f.rule == chidao_model::Rule::DuplicateId),
        "validation reports the duplicate"
    );
}
