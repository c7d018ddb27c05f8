//! Every sheet's cell values, read back with calamine, for the bundled Lạng Sơn dataset and the
//! small fixture, in both languages, as of 15 February 2024.

mod common;

use chidao_model::{ExportOptions, Lang};
use chidao_xlsx::XlsxExporter;
use common::*;

fn rendered(dataset: &chidao_model::Dataset, source: &str, lang: Lang) -> String {
    let options = ExportOptions::new(as_of()).with_lang(lang);
    let exporter = XlsxExporter::builder().source(source).build();
    render(&export(&exporter, dataset, &options).0)
}

fn bundled() -> chidao_model::Dataset {
    chidao_json::from_str(include_str!("../../../data/langson.json"))
        .expect("the bundled dataset loads")
}

#[test]
fn bundled_dataset_in_vietnamese() {
    insta::assert_snapshot!(rendered(&bundled(), "data/langson.json", Lang::Vi));
}

#[test]
fn bundled_dataset_in_english() {
    insta::assert_snapshot!(rendered(&bundled(), "data/langson.json", Lang::En));
}

#[test]
fn fixture_in_vietnamese() {
    insta::assert_snapshot!(rendered(&fixture(), "tests/fixtures/small.json", Lang::Vi));
}

#[test]
fn fixture_in_english() {
    insta::assert_snapshot!(rendered(&fixture(), "tests/fixtures/small.json", Lang::En));
}
