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
