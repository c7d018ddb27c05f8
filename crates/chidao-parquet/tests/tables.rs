//! The tables of a Parquet export read back with the `parquet` crate's own reader: the columns
//! and types `docs/parquet.md` lists, row counts that follow the dataset, and values equal to
//! the model's (ids, statuses, due dates, exact decimals).

use std::collections::BTreeMap;
use std::io::Write;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Decimal128Type, Int64Type};
use arrow_array::{Array, RecordBatch};
use arrow_schema::{DataType, Schema};
use chidao_model::{
    Dataset, DatasetParts, ExportOptions, Exporter, FigureKind, FileSet, Indicator, IndicatorGroup,
    IndicatorYear, Measure, NaiveDate, Polarity, Sink, Text,
};
use chidao_parquet::{ParquetExporter, TABLES};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

#[derive(Default)]
struct InMemory(BTreeMap<String, Vec<u8>>);

impl FileSet for InMemory {
    fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
        Ok(Box::new(self.0.entry(name.to_owned()).or_default()))
    }
}

/// One table read back: its schema, key-value metadata and batches.
type ReadTable = (Schema, BTreeMap<String, String>, Vec<RecordBatch>);

/// An export, table by table.
struct Export {
    tables: BTreeMap<String, ReadTable>,
    warnings: Vec<String>,
}

impl Export {
    fn of(ds: &Dataset, as_of: NaiveDate) -> Export {
        let mut files = InMemory::default();
        let summary = ParquetExporter
            .export(ds, &ExportOptions::new(as_of), Sink::Files(&mut files))
            .unwrap();
        let mut tables = BTreeMap::new();
        for (name, bytes) in files.0 {
            let builder =
                ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes)).unwrap();
            let schema = builder.schema().as_ref().clone();
            let kv = builder
                .metadata()
                .file_metadata()
                .key_value_metadata()
                .into_iter()
                .flatten()
                .map(|kv| (kv.key.clone(), kv.value.clone().unwrap_or_default()))
                .collect();
            let batches = builder.build().unwrap().map(Result::unwrap).collect();
            let table = name.strip_suffix(".parquet").unwrap().to_owned();
            tables.insert(table, (schema, kv, batches));
        }
        Export {
            tables,
            warnings: summary.warnings,
        }
    }

    fn rows(&self, table: &str) -> usize {
        self.tables[table].2.iter().map(RecordBatch::num_rows).sum()
    }

    /// Every value of a column, each as `f` reads it from its array and row.
    fn column<T>(&self, table: &str, column: &str, f: impl Fn(&dyn Array, usize) -> T) -> Vec<T> {
        let mut out = Vec::new();
        for batch in &self.tables[table].2 {
            let array = batch.column_by_name(column).unwrap();
            out.extend((0..array.len()).map(|i| f(array.as_ref(), i)));
        }
        out
    }

    fn strings(&self, table: &str, column: &str) -> Vec<Option<String>> {
        self.column(table, column, |a, i| match a.data_type() {
            DataType::Dictionary(_, _) => {
                let d = a.as_dictionary::<arrow_array::types::Int8Type>();
                let values = d.values().as_string::<i32>();
                d.key(i).map(|k| values.value(k).to_owned())
            }
            _ => a
                .is_valid(i)
                .then(|| a.as_string::<i32>().value(i).to_owned()),
        })
    }

    fn dates(&self, table: &str, column: &str) -> Vec<Option<NaiveDate>> {
        self.column(table, column, |a, i| {
            a.is_valid(i).then(|| {
                let days = a.as_primitive::<Date32Type>().value(i);
                NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + chrono::Days::new(days as u64)
            })
        })
    }
}

fn bundled() -> Dataset {
    let text = include_str!("../../../data/langson.json");
    chidao_json::from_str(text).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The type of a column as `docs/parquet.md` names it.
fn doc_type(f: &arrow_schema::Field) -> String {
    let t = match f.data_type() {
        DataType::Utf8 => "VARCHAR".to_owned(),
        DataType::Dictionary(k, v) if **k == DataType::Int8 && **v == DataType::Utf8 => {
            "code".to_owned()
        }
        DataType::Date32 => "DATE".to_owned(),
        DataType::Int64 => "BIGINT".to_owned(),
        DataType::Int32 => "INTEGER".to_owned(),
        DataType::Boolean => "BOOLEAN".to_owned(),
        DataType::Decimal128(p, s) => format!("DECIMAL({p},{s})"),
        DataType::List(item) if *item.data_type() == DataType::Utf8 => "VARCHAR[]".to_owned(),
        other => panic!(
            "column {} has a type the docs do not name: {other}",
            f.name()
        ),
    };
    if f.is_nullable() {
        t
    } else {
        format!("{t} NOT NULL")
    }
}

/// `(table, [(column, type)])` as `docs/parquet.md` lists them, in order.
fn documented() -> Vec<(String, Vec<(String, String)>)> {
    let doc = include_str!("../../../docs/parquet.md");
    let tables = doc
        .split("\n## The tables\n")
        .nth(1)
        .expect("a tables section");
    let mut out: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in tables.lines() {
        if let Some(name) = line.strip_prefix("### `") {
            out.push((name.trim_end_matches('`').to_owned(), Vec::new()));
        } else if let Some(row) = line.strip_prefix("| `") {
            let mut cells = row.split(" | ");
            let column = cells.next().unwrap().trim_end_matches('`').to_owned();
            let ty = cells.next().unwrap().to_owned();
            out.last_mut()
                .expect("a row under a table")
                .1
                .push((column, ty));
        }
    }
    out
}

#[test]
fn the_docs_list_every_table_and_column_with_its_type() {
    let export = Export::of(&bundled(), day(2024, 2, 15));
    let documented = documented();
    let names: Vec<&str> = documented.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        names, TABLES,
        "docs/parquet.md lists the tables of TABLES in order"
    );
    assert_eq!(export.tables.len(), TABLES.len());
    for (table, columns) in documented {
        let schema = &export.tables[&table].0;
        let actual: Vec<(String, String)> = schema
            .fields()
            .iter()
            .map(|f| (f.name().clone(), doc_type(f)))
            .collect();
        assert_eq!(actual, columns, "columns of {table} in docs/parquet.md");
    }
}

#[test]
fn every_file_says_its_table_and_the_day_of_its_statuses() {
    let ds = bundled();
    let export = Export::of(&ds, day(2024, 2, 15));
    for (table, (_, kv, _)) in &export.tables {
        assert_eq!(kv["chidao.table"], *table);
        assert_eq!(kv["chidao.as_of"], "2024-02-15");
        assert_eq!(kv["chidao.due_soon_days"], "7");
        assert_eq!(kv["chidao.format_version"], ds.format_version());
    }
}

#[test]
fn rows_follow_the_dataset() {
    let ds = bundled();
    let export = Export::of(&ds, day(2024, 2, 15));
    assert_eq!(export.rows("agencies"), ds.agencies().len());
    assert_eq!(export.rows("agency_groups"), ds.agency_groups().len());
    assert_eq!(export.rows("officials"), ds.officials().len());
    assert_eq!(export.rows("meetings"), ds.meetings().len());
    assert_eq!(export.rows("directives"), ds.directives().len());
    assert_eq!(export.rows("tasks"), ds.tasks().len());
    assert_eq!(export.rows("indicators"), ds.indicators().len());
    assert_eq!(export.rows("projects"), ds.projects().len());
    assert_eq!(export.rows("sources"), ds.sources().len());
    let assignees: usize = ds
        .tasks()
        .iter()
        .map(|t| usize::from(t.lead.is_some()) + t.coordinating.len())
        .sum();
    assert_eq!(export.rows("task_assignees"), assignees);
    let years: usize = ds.indicators().iter().map(|i| i.years.len()).sum();
    assert_eq!(export.rows("indicator_years"), years);
    let recipients: usize = ds.directives().iter().map(|d| d.recipients.len()).sum();
    assert_eq!(export.rows("directive_recipients"), recipients);
}

#[test]
fn task_values_are_the_models() {
    let ds = bundled();
    let as_of = day(2024, 2, 15);
    let export = Export::of(&ds, as_of);
    let ids: Vec<String> = ds.tasks().iter().map(|t| t.id.to_string()).collect();
    let got: Vec<String> = export
        .strings("tasks", "task_id")
        .into_iter()
        .map(Option::unwrap)
        .collect();
    assert_eq!(got, ids);
    let ordinals = export.column("tasks", "ordinal", |a, i| {
        a.as_primitive::<Int64Type>().value(i)
    });
    assert_eq!(ordinals, (0..ids.len() as i64).collect::<Vec<_>>());
    let statuses: Vec<Option<String>> = ds
        .tasks()
        .iter()
        .map(|t| Some(t.status(as_of).code().to_owned()))
        .collect();
    assert_eq!(export.strings("tasks", "status"), statuses);
    let due: Vec<Option<NaiveDate>> = ds.tasks().iter().map(|t| t.deadline.due_date()).collect();
    assert_eq!(export.dates("tasks", "deadline_due"), due);
    let assigned: Vec<Option<NaiveDate>> = ds.tasks().iter().map(|t| ds.assigned_on(t)).collect();
    assert_eq!(export.dates("tasks", "assigned_on"), assigned);
    let terms: Vec<Option<String>> = ds
        .tasks()
        .iter()
        .map(|t| Some(serde_json::to_string(&t.deadline.term).unwrap()))
        .collect();
    assert_eq!(export.strings("tasks", "deadline_term"), terms);
    let kinds: Vec<Option<String>> = ds
        .tasks()
        .iter()
        .map(|t| Some(t.deadline.term.kind().to_owned()))
        .collect();
    assert_eq!(export.strings("tasks", "deadline_kind"), kinds);
}

/// A dataset of one indicator with the given figures, one year each from 2020.
fn indicator_with(figures: &[&str]) -> Dataset {
    let mut ind = Indicator::new(
        "chi-tieu".parse().unwrap(),
        Text::vi("Chỉ tiêu"),
        IndicatorGroup::Economy,
        Measure::Number,
        None,
        Polarity::HigherIsBetter,
    );
    for (i, f) in figures.iter().enumerate() {
        let mut y = IndicatorYear::new(2020 + i as i32);
        y.figure = Some(chidao_model::Figure::new(
            FigureKind::Actual,
            f.parse().unwrap(),
        ));
        ind.years.push(y);
    }
    let mut parts = DatasetParts::new();
    parts.indicators.push(ind);
    Dataset::new(parts)
}

#[test]
fn decimals_are_exact_and_those_past_nine_places_go_to_text() {
    let figures = [
        "7.5",
        "-0.000000001",
        "79228162514264337593543950335",
        "0.0000000001",
        "100.9",
        "100",
    ];
    let export = Export::of(&indicator_with(&figures), day(2024, 2, 15));
    let decimals = export.column("indicator_years", "figure_value", |a, i| {
        a.is_valid(i).then(|| {
            // exactly as written, without the scale's trailing zeros
            let s = a.as_primitive::<Decimal128Type>().value_as_string(i);
            match s.split_once('.') {
                Some((int, frac)) if frac.trim_end_matches('0').is_empty() => int.to_owned(),
                Some((int, frac)) => format!("{int}.{}", frac.trim_end_matches('0')),
                None => s,
            }
        })
    });
    let text = export.strings("indicator_years", "figure_value_text");
    let expected_decimal = [
        Some("7.5"),
        Some("-0.000000001"),
        Some("79228162514264337593543950335"),
        None,
        Some("100.9"),
        Some("100"),
    ];
    assert_eq!(
        decimals,
        expected_decimal.map(|s| s.map(str::to_owned)).to_vec()
    );
    assert_eq!(
        text,
        vec![
            None,
            None,
            None,
            Some("0.0000000001".to_owned()),
            None,
            None
        ]
    );
    assert_eq!(
        export.warnings,
        vec![
            "indicator_years.figure_value: 1 value(s) with more than 9 decimal places do not fit \
             DECIMAL(38, 9); they are written exactly in figure_value_text and figure_value is \
             null there"
        ]
    );
}

/// More tasks than one batch: every task once, in order, across batches and row groups.
#[test]
fn a_sample_larger_than_a_batch_comes_back_whole() {
    let n = chidao_parquet::BATCH_ROWS + 1_000;
    let ds = chidao_sample::SampleConfig::new(n).generate();
    let export = Export::of(&ds, day(2025, 6, 30));
    assert_eq!(export.rows("tasks"), ds.tasks().len());
    assert!(
        export.tables["tasks"].2.len() >= 2,
        "written in several batches"
    );
    let ids = export.strings("tasks", "task_id");
    assert!(
        ids.iter()
            .zip(ds.tasks())
            .all(|(a, t)| a.as_deref() == Some(t.id.as_str()))
    );
}

#[test]
fn a_single_stream_is_refused() {
    let mut out = Vec::new();
    let err = ParquetExporter
        .export(
            &bundled(),
            &ExportOptions::new(day(2024, 2, 15)),
            Sink::Stream(&mut out),
        )
        .unwrap_err();
    assert_eq!(err.kind(), chidao_model::ExportErrorKind::NeedsFiles);
    assert!(out.is_empty());
}
