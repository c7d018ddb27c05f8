//! Micro-benchmarks of the hot paths: task status over all tasks, reading deadline phrases,
//! semantic and schema
//! validation, the whole validation of a document, and writing the Tasks sheet row by row.
//!
//! `cargo bench -p chidao-bench` runs them; `DIVAN_SAMPLE_COUNT` and friends tune divan.
//! Datasets are generated once per size by `chidao-sample`.

use std::hint::black_box;
use std::io::Cursor;
use std::sync::OnceLock;

use chidao_bench::{Row, task_rows, write_tasks_floor};
use chidao_model::{Dataset, Deadline, ExportOptions, NaiveDate, StatusPolicy};
use chidao_sample::SampleConfig;
use chidao_schema::{SchemaKind, SchemaValidator};
use divan::Bencher;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1_000, 10_000];

fn dataset(n: usize) -> &'static Dataset {
    static SMALL: OnceLock<Dataset> = OnceLock::new();
    static LARGE: OnceLock<Dataset> = OnceLock::new();
    let cell = if n <= 1_000 { &SMALL } else { &LARGE };
    cell.get_or_init(|| SampleConfig::new(n).with_seed(1).generate())
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 30).expect("valid date")
}

/// The status of every task, as the report's statistics and Tasks sheet compute it.
#[divan::bench(args = SIZES)]
fn status_all_tasks(bencher: Bencher, n: usize) {
    let ds = dataset(n);
    let policy = StatusPolicy::default();
    let day = as_of();
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| {
            ds.tasks()
                .iter()
                .map(|t| policy.status(t, day) as usize)
                .sum::<usize>()
        });
}

/// Reading every task's deadline phrase against its directive's date, as the
/// `deadline-phrase-mismatch` rule does.
#[divan::bench(args = SIZES)]
fn read_deadline_phrases(bencher: Bencher, n: usize) {
    let ds = dataset(n);
    let day = as_of();
    let phrases: Vec<&str> = ds
        .tasks()
        .iter()
        .filter_map(|t| t.deadline.as_written.as_deref())
        .collect();
    bencher
        .counter(divan::counter::ItemsCount::new(phrases.len()))
        .bench(|| {
            phrases
                .iter()
                .filter(|p| Deadline::parse_vi_at(black_box(p), day).is_ok())
                .count()
        });
}

/// The semantic rules of the core (`Dataset::validate`).
#[divan::bench(args = SIZES, sample_count = 20)]
fn semantic_validation(bencher: Bencher, n: usize) {
    let ds = dataset(n);
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| ds.validate().len());
}

/// The published dataset schema against the document as a `serde_json::Value`.
#[divan::bench(args = SIZES, sample_count = 10)]
fn schema_validation(bencher: Bencher, n: usize) {
    let doc: serde_json::Value =
        serde_json::from_str(&chidao_json::to_string(dataset(n)).expect("serialises"))
            .expect("parses");
    let validator = SchemaValidator::new(SchemaKind::Dataset).expect("the schema compiles");
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| validator.validate(black_box(&doc)).len());
}

/// All of `chidao validate` on the document text: parse, schema, model and semantic rules,
/// record by record in parallel, findings placed at their lines.
#[divan::bench(args = SIZES, sample_count = 10)]
fn validate_document(bencher: Bencher, n: usize) {
    let text = chidao_json::to_string(dataset(n)).expect("serialises");
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| chidao_validate::check_json(black_box(&text)).findings.len());
}

/// The cell values of the Tasks sheet: status, names, latest progress, per row.
#[divan::bench(args = SIZES, sample_count = 20)]
fn task_row_cells(bencher: Bencher, n: usize) {
    let ds = dataset(n);
    let options = ExportOptions::new(as_of());
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| task_rows(ds, &options).len());
}

/// Writing the Tasks sheet cells with bare rust_xlsxwriter (constant memory): the per-row
/// floor of the report.
#[divan::bench(args = SIZES, sample_count = 5)]
fn tasks_sheet_floor(bencher: Bencher, n: usize) {
    let rows: Vec<Row> = task_rows(dataset(n), &ExportOptions::new(as_of()));
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .with_inputs(|| rows.clone())
        .bench_values(|rows| {
            let mut out = Cursor::new(Vec::new());
            write_tasks_floor(rows, &mut out).expect("writes");
            out.into_inner().len()
        });
}

/// The whole report (all six sheets) into memory.
#[divan::bench(args = SIZES, sample_count = 5)]
fn report(bencher: Bencher, n: usize) {
    let ds = dataset(n);
    let options = ExportOptions::new(as_of());
    bencher
        .counter(divan::counter::ItemsCount::new(n))
        .bench(|| chidao_xlsx::to_vec(ds, &options).expect("writes").0.len());
}

/// The extractor over every document of the evaluation corpus (`corpus/extract/`, 21 real
/// directives of 400 to 30,000 bytes): the time for all of them, so a typical notice is the
/// figure divided by 21.
#[divan::bench(sample_count = 20)]
fn extract_corpus_documents(bencher: Bencher) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/extract");
    let texts: Vec<String> = std::fs::read_dir(dir)
        .expect("the corpus directory")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("a text"))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .bench(|| {
            texts
                .iter()
                .map(|t| chidao_extract::extract(t).assignments.len())
                .sum::<usize>()
        });
}
