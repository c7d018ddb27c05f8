//! A table as a list of typed columns, each reading its value from a row, and the writer that
//! turns rows into Parquet row groups a batch at a time.
//!
//! A table module (`tables/`) says *what* each column holds; this module says *how* a column of
//! each type becomes Arrow arrays and Parquet pages. Rows are borrowed from the dataset and
//! gathered a batch at a time, so the only copy of the data in memory is one batch of Arrow
//! arrays.

use std::io::Write;
use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Date32Builder, Decimal128Builder, Int32Builder, Int64Builder, ListBuilder,
    StringBuilder,
};
use arrow_array::types::Int8Type;
use arrow_array::{ArrayRef, DictionaryArray, Int8Array, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use chidao_model::{ExportError, ExportErrorKind, FileSet, NaiveDate, Text, Vocabulary};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::metadata::KeyValue;
use parquet::file::properties::WriterProperties;
use parquet::schema::types::ColumnPath;
use rust_decimal::Decimal;

/// Precision of every decimal column: DECIMAL(38, 9) holds every integer part a
/// [`Decimal`] can have (29 digits) with nine decimal places.
pub const DECIMAL_PRECISION: u8 = 38;
/// Scale of every decimal column.
pub const DECIMAL_SCALE: i8 = 9;
/// Precision of money columns: DECIMAL(20, 0) holds every whole amount of đồng a `u64` can.
pub const MONEY_PRECISION: u8 = 20;

/// Rows gathered before they become one batch of Arrow arrays.
pub const BATCH_ROWS: usize = 32 * 1024;
/// Rows in one Parquet row group (a few batches).
pub const ROW_GROUP_ROWS: usize = 128 * 1024;

/// Days from 0001-01-01 (chrono's day 1) to 1970-01-01, the epoch of Parquet's DATE.
const UNIX_EPOCH_DAYS_FROM_CE: i32 = 719_163;

type Get<'a, R, T> = Box<dyn Fn(&R) -> T + Send + Sync + 'a>;
type GetStr<'a, R> = Box<dyn for<'r> Fn(&'r R) -> Option<&'r str> + Send + Sync + 'a>;
type GetStrs<'a, R> = Box<dyn for<'r> Fn(&'r R) -> Vec<&'r str> + Send + Sync + 'a>;

enum Kind<'a, R> {
    Text(GetStr<'a, R>),
    OwnedText(Get<'a, R, Option<String>>),
    Code {
        values: Vec<&'static str>,
        get: Get<'a, R, Option<&'static str>>,
    },
    Date(Get<'a, R, Option<NaiveDate>>),
    Int32(Get<'a, R, Option<i32>>),
    Int64(Get<'a, R, Option<i64>>),
    Bool(Get<'a, R, Option<bool>>),
    /// A decimal: the DECIMAL(38, 9) column, and beside it `<name>_text` with the exact value
    /// where it has more than nine decimal places (the decimal column is then null).
    Decimal(Get<'a, R, Option<Decimal>>),
    Money(Get<'a, R, Option<u64>>),
    List(GetStrs<'a, R>),
}

struct Column<'a, R> {
    name: &'static str,
    nullable: bool,
    /// Whether Parquet may dictionary-encode the column's pages: not for values that rarely
    /// repeat (a record's own id, free text), where building the dictionary is work lost.
    dictionary: bool,
    kind: Kind<'a, R>,
}

/// What the columns of a table hold, built column by column.
pub(crate) struct Table<'a, R> {
    name: &'static str,
    columns: Vec<Column<'a, R>>,
    /// The most text bytes one array of a batch may hold before the batch is split.
    max_array_bytes: usize,
}

impl<'a, R> Table<'a, R> {
    /// A table with no columns yet, written to `<name>.parquet`.
    pub(crate) fn new(name: &'static str) -> Self {
        Table {
            name,
            columns: Vec::new(),
            max_array_bytes: MAX_ARRAY_BYTES,
        }
    }

    fn push(mut self, name: &'static str, nullable: bool, kind: Kind<'a, R>) -> Self {
        self.columns.push(Column {
            name,
            nullable,
            dictionary: true,
            kind,
        });
        self
    }

    /// Marks the last column as one whose values rarely repeat: no dictionary encoding.
    fn distinct(mut self) -> Self {
        if let Some(c) = self.columns.last_mut() {
            c.dictionary = false;
        }
        self
    }

    /// The record's own id, unique in the table.
    pub(crate) fn id(
        self,
        name: &'static str,
        get: impl for<'r> Fn(&'r R) -> &'r str + Send + Sync + 'a,
    ) -> Self {
        self.text(name, get).distinct()
    }

    /// A text column every row has.
    pub(crate) fn text(
        self,
        name: &'static str,
        get: impl for<'r> Fn(&'r R) -> &'r str + Send + Sync + 'a,
    ) -> Self {
        self.push(name, false, Kind::Text(Box::new(move |r| Some(get(r)))))
    }

    /// A text column that may be null.
    pub(crate) fn opt_text(
        self,
        name: &'static str,
        get: impl for<'r> Fn(&'r R) -> Option<&'r str> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, true, Kind::Text(Box::new(get)))
    }

    /// A text column every row has, made for the row (not borrowed from it).
    pub(crate) fn text_owned(
        self,
        name: &'static str,
        get: impl Fn(&R) -> String + Send + Sync + 'a,
    ) -> Self {
        self.push(
            name,
            false,
            Kind::OwnedText(Box::new(move |r| Some(get(r)))),
        )
    }

    /// Text made for the row, null where the row has none.
    pub(crate) fn opt_text_owned(
        self,
        name: &'static str,
        get: impl Fn(&R) -> Option<String> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, true, Kind::OwnedText(Box::new(get)))
    }

    /// Bilingual text every row has: `<name>_vi`, and `<name>_en` where one was written.
    pub(crate) fn bilingual(
        self,
        names: [&'static str; 2],
        get: impl for<'r> Fn(&'r R) -> &'r Text + Send + Sync + Clone + 'a,
    ) -> Self {
        let en = get.clone();
        self.text(names[0], move |r| get(r).vi.as_str())
            .distinct()
            .opt_text(names[1], move |r| en(r).en.as_deref())
            .distinct()
    }

    /// Bilingual text that may be absent: `<name>_vi` and `<name>_en`, both nullable.
    pub(crate) fn opt_bilingual(
        self,
        names: [&'static str; 2],
        get: impl for<'r> Fn(&'r R) -> Option<&'r Text> + Send + Sync + Clone + 'a,
    ) -> Self {
        let en = get.clone();
        self.opt_text(names[0], move |r| get(r).map(|t| t.vi.as_str()))
            .distinct()
            .opt_text(names[1], move |r| en(r).and_then(|t| t.en.as_deref()))
            .distinct()
    }

    /// A closed vocabulary, dictionary-encoded with the vocabulary's codes as the dictionary.
    pub(crate) fn vocab<V: Vocabulary>(
        self,
        name: &'static str,
        get: impl Fn(&R) -> Option<V> + Send + Sync + 'a,
    ) -> Self {
        let values = V::ALL.iter().map(|v| v.code()).collect();
        self.push(
            name,
            true,
            Kind::Code {
                values,
                get: Box::new(move |r| get(r).map(Vocabulary::code)),
            },
        )
    }

    /// A closed vocabulary every row has.
    pub(crate) fn req_vocab<V: Vocabulary>(
        self,
        name: &'static str,
        get: impl Fn(&R) -> V + Send + Sync + 'a,
    ) -> Self {
        let mut table = self.vocab(name, move |r| Some(get(r)));
        if let Some(c) = table.columns.last_mut() {
            c.nullable = false;
        }
        table
    }

    /// A code from a fixed list of values (not a model vocabulary), dictionary-encoded.
    pub(crate) fn code(
        self,
        name: &'static str,
        values: &[&'static str],
        nullable: bool,
        get: impl Fn(&R) -> Option<&'static str> + Send + Sync + 'a,
    ) -> Self {
        self.push(
            name,
            nullable,
            Kind::Code {
                values: values.to_vec(),
                get: Box::new(get),
            },
        )
    }

    /// A DATE column.
    pub(crate) fn date(
        self,
        name: &'static str,
        get: impl Fn(&R) -> Option<NaiveDate> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, true, Kind::Date(Box::new(get)))
    }

    /// A DATE column every row has.
    pub(crate) fn req_date(
        self,
        name: &'static str,
        get: impl Fn(&R) -> NaiveDate + Send + Sync + 'a,
    ) -> Self {
        self.push(name, false, Kind::Date(Box::new(move |r| Some(get(r)))))
    }

    /// A 32-bit integer column.
    pub(crate) fn int32(
        self,
        name: &'static str,
        nullable: bool,
        get: impl Fn(&R) -> Option<i32> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, nullable, Kind::Int32(Box::new(get)))
    }

    /// A 64-bit integer column.
    pub(crate) fn int64(
        self,
        name: &'static str,
        nullable: bool,
        get: impl Fn(&R) -> Option<i64> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, nullable, Kind::Int64(Box::new(get)))
    }

    /// A boolean column.
    pub(crate) fn boolean(
        self,
        name: &'static str,
        nullable: bool,
        get: impl Fn(&R) -> Option<bool> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, nullable, Kind::Bool(Box::new(get)))
    }

    /// A DECIMAL(38, 9) column with its `<name>_text` companion.
    pub(crate) fn decimal(
        self,
        name: &'static str,
        get: impl Fn(&R) -> Option<Decimal> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, true, Kind::Decimal(Box::new(get)))
    }

    /// An amount of đồng as DECIMAL(20, 0).
    pub(crate) fn money(
        self,
        name: &'static str,
        get: impl Fn(&R) -> Option<u64> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, true, Kind::Money(Box::new(get)))
    }

    /// A list of texts (names, places): LIST<VARCHAR>, empty rather than null.
    pub(crate) fn list(
        self,
        name: &'static str,
        get: impl for<'r> Fn(&'r R) -> Vec<&'r str> + Send + Sync + 'a,
    ) -> Self {
        self.push(name, false, Kind::List(Box::new(get)))
    }

    /// The table's name.
    pub(crate) fn name(&self) -> &'static str {
        self.name
    }

    /// The file the table is written to.
    pub(crate) fn file_name(&self) -> String {
        format!("{}.parquet", self.name)
    }

    /// The Arrow schema of the table.
    pub(crate) fn schema(&self) -> SchemaRef {
        let mut fields = Vec::with_capacity(self.columns.len());
        for c in &self.columns {
            let ty = match &c.kind {
                Kind::Text(_) | Kind::OwnedText(_) => DataType::Utf8,
                Kind::Code { .. } => {
                    DataType::Dictionary(Box::new(DataType::Int8), Box::new(DataType::Utf8))
                }
                Kind::Date(_) => DataType::Date32,
                Kind::Int32(_) => DataType::Int32,
                Kind::Int64(_) => DataType::Int64,
                Kind::Bool(_) => DataType::Boolean,
                Kind::Decimal(_) => DataType::Decimal128(DECIMAL_PRECISION, DECIMAL_SCALE),
                Kind::Money(_) => DataType::Decimal128(MONEY_PRECISION, 0),
                Kind::List(_) => {
                    DataType::List(Arc::new(Field::new_list_field(DataType::Utf8, true)))
                }
            };
            fields.push(Field::new(c.name, ty, c.nullable));
            if let Kind::Decimal(_) = c.kind {
                fields.push(Field::new(format!("{}_text", c.name), DataType::Utf8, true));
            }
        }
        Arc::new(Schema::new(fields))
    }

    /// The arrays of one batch of rows; `Err(Overflow)` when a text column of the batch passes
    /// Arrow's 2 GiB offset limit, so the caller splits the batch.
    fn arrays(&self, rows: &[R], notes: &mut Notes) -> Result<Vec<ArrayRef>, Overflow> {
        let mut out: Vec<ArrayRef> = Vec::with_capacity(self.columns.len() + 2);
        for c in &self.columns {
            match &c.kind {
                Kind::Text(get) => {
                    let values = rows.iter().map(get);
                    out.push(Arc::new(strings(values, self.max_array_bytes)?));
                }
                Kind::OwnedText(get) => {
                    let values: Vec<Option<String>> = rows.iter().map(get).collect();
                    let values = values.iter().map(Option::as_deref);
                    out.push(Arc::new(strings(values, self.max_array_bytes)?));
                }
                Kind::Code { values, get } => {
                    let keys: Int8Array = rows
                        .iter()
                        .map(|r| {
                            get(r).and_then(|code| {
                                let i = values.iter().position(|v| *v == code);
                                // A code outside its list would be a bug of a table module;
                                // never written as another code.
                                debug_assert!(i.is_some(), "{code} is not a code of {}", c.name);
                                i.map(|i| i as i8)
                            })
                        })
                        .collect();
                    let dict = DictionaryArray::<Int8Type>::try_new(
                        keys,
                        Arc::new(StringArray::from(values.clone())),
                    )
                    .expect("every key indexes the dictionary");
                    out.push(Arc::new(dict));
                }
                Kind::Date(get) => {
                    let mut b = Date32Builder::with_capacity(rows.len());
                    for r in rows {
                        b.append_option(get(r).map(days_since_epoch));
                    }
                    out.push(Arc::new(b.finish()));
                }
                Kind::Int32(get) => {
                    let mut b = Int32Builder::with_capacity(rows.len());
                    rows.iter().for_each(|r| b.append_option(get(r)));
                    out.push(Arc::new(b.finish()));
                }
                Kind::Int64(get) => {
                    let mut b = Int64Builder::with_capacity(rows.len());
                    rows.iter().for_each(|r| b.append_option(get(r)));
                    out.push(Arc::new(b.finish()));
                }
                Kind::Bool(get) => {
                    let mut b = BooleanBuilder::with_capacity(rows.len());
                    rows.iter().for_each(|r| b.append_option(get(r)));
                    out.push(Arc::new(b.finish()));
                }
                Kind::Decimal(get) => {
                    let mut b = Decimal128Builder::with_capacity(rows.len());
                    let mut exact = StringBuilder::new();
                    for r in rows {
                        match get(r) {
                            None => {
                                b.append_null();
                                exact.append_null();
                            }
                            Some(d) => match scaled(d) {
                                Some(v) => {
                                    b.append_value(v);
                                    exact.append_null();
                                }
                                None => {
                                    b.append_null();
                                    exact.append_value(d.to_string());
                                    notes.inexact(c.name);
                                }
                            },
                        }
                    }
                    let b = b
                        .finish()
                        .with_precision_and_scale(DECIMAL_PRECISION, DECIMAL_SCALE)
                        .expect("38 and 9 are a valid precision and scale");
                    out.push(Arc::new(b));
                    out.push(Arc::new(exact.finish()));
                }
                Kind::Money(get) => {
                    let mut b = Decimal128Builder::with_capacity(rows.len());
                    rows.iter()
                        .for_each(|r| b.append_option(get(r).map(i128::from)));
                    let b = b
                        .finish()
                        .with_precision_and_scale(MONEY_PRECISION, 0)
                        .expect("20 and 0 are a valid precision and scale");
                    out.push(Arc::new(b));
                }
                Kind::List(get) => {
                    let mut b = ListBuilder::new(StringBuilder::new());
                    let mut bytes = 0usize;
                    for r in rows {
                        for s in get(r) {
                            bytes += s.len();
                            if bytes > self.max_array_bytes {
                                return Err(Overflow);
                            }
                            b.values().append_value(s);
                        }
                        b.append(true);
                    }
                    out.push(Arc::new(b.finish()));
                }
            }
        }
        Ok(out)
    }
}

/// The largest number of text bytes one Arrow string array may hold (its offsets are `i32`).
const MAX_ARRAY_BYTES: usize = i32::MAX as usize;

/// A batch too large for one Arrow array: split it.
struct Overflow;

fn strings<'r>(
    values: impl Iterator<Item = Option<&'r str>>,
    max_bytes: usize,
) -> Result<StringArray, Overflow> {
    // Sized once: growing the buffers by doubling copied them and faulted in fresh pages.
    let values: Vec<Option<&str>> = values.collect();
    let bytes: usize = values.iter().flatten().map(|s| s.len()).sum();
    if bytes > max_bytes {
        return Err(Overflow);
    }
    let mut b = StringBuilder::with_capacity(values.len(), bytes);
    for v in values {
        b.append_option(v);
    }
    Ok(b.finish())
}

/// A date as Parquet's DATE: days since 1970-01-01.
fn days_since_epoch(d: NaiveDate) -> i32 {
    chrono::Datelike::num_days_from_ce(&d) - UNIX_EPOCH_DAYS_FROM_CE
}

/// The unscaled value of `d` at scale 9, or `None` when `d` has more decimal places than that.
pub(crate) fn scaled(d: Decimal) -> Option<i128> {
    let d = d.normalize();
    let scale = d.scale();
    if scale > DECIMAL_SCALE as u32 {
        return None;
    }
    // |mantissa| < 2^96 and 10^9 < 2^30, so the product fits an i128 (and 38 digits).
    Some(d.mantissa() * 10i128.pow(DECIMAL_SCALE as u32 - scale))
}

/// What writing noticed: decimal columns with values kept in their `_text` companion.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    inexact: Vec<(&'static str, u64)>,
}

impl Notes {
    fn inexact(&mut self, column: &'static str) {
        match self.inexact.iter_mut().find(|(c, _)| *c == column) {
            Some((_, n)) => *n += 1,
            None => self.inexact.push((column, 1)),
        }
    }

    /// The warnings of one table.
    pub(crate) fn warnings(&self, table: &str) -> Vec<String> {
        self.inexact
            .iter()
            .map(|(column, n)| {
                format!(
                    "{table}.{column}: {n} value(s) with more than {DECIMAL_SCALE} decimal places \
                     do not fit DECIMAL({DECIMAL_PRECISION}, {DECIMAL_SCALE}); they are written \
                     exactly in {column}_text and {column} is null there"
                )
            })
            .collect()
    }
}

/// What every file of an export says about itself in its key-value metadata.
#[derive(Debug, Clone)]
pub(crate) struct FileMeta {
    pub(crate) pairs: Vec<(&'static str, String)>,
}

fn parquet_err(table: &str, e: impl std::fmt::Display) -> ExportError {
    ExportError::new(
        ExportErrorKind::Format,
        format!("cannot write the {table} table: {e}"),
    )
}

fn io_err(table: &str, e: std::io::Error) -> ExportError {
    ExportError::new(
        ExportErrorKind::Io,
        format!("cannot write the {table} table: {e}"),
    )
    .with_source(e)
}

/// Writes `rows` as the table's file in `files`, a batch at a time, calling `advance` with the
/// number of rows of each batch written.
///
/// # Errors
///
/// Returns an I/O error of the file set or of writing, or an [`ExportErrorKind::InvalidData`]
/// error for one cell past Arrow's 2 GiB limit.
pub(crate) fn write<R>(
    files: &mut dyn FileSet,
    meta: &FileMeta,
    table: &Table<'_, R>,
    rows: impl IntoIterator<Item = R>,
    advance: &dyn Fn(u64),
) -> Result<Notes, ExportError> {
    let schema = table.schema();
    let mut kv: Vec<KeyValue> = meta
        .pairs
        .iter()
        .map(|(k, v)| KeyValue::new((*k).to_owned(), v.clone()))
        .collect();
    kv.push(KeyValue::new(
        "chidao.table".to_owned(),
        table.name.to_owned(),
    ));
    let mut props = WriterProperties::builder()
        .set_compression(Compression::ZSTD(ZstdLevel::default()))
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_created_by(format!("chidao-parquet {}", env!("CARGO_PKG_VERSION")))
        .set_key_value_metadata(Some(kv));
    for c in table.columns.iter().filter(|c| !c.dictionary) {
        props = props.set_column_dictionary_enabled(ColumnPath::from(c.name), false);
    }
    let props = props.build();
    let name = table.file_name();
    let file = files.create(&name).map_err(|e| io_err(table.name, e))?;
    let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props))
        .map_err(|e| parquet_err(table.name, e))?;
    let mut notes = Notes::default();
    let mut batch: Vec<R> = Vec::with_capacity(BATCH_ROWS);
    let mut rows = rows.into_iter();
    loop {
        batch.extend(rows.by_ref().take(BATCH_ROWS));
        if batch.is_empty() {
            break;
        }
        let n = batch.len() as u64;
        write_batch(&mut writer, &schema, table, &batch, &mut notes)?;
        advance(n);
        batch.clear();
    }
    // Writes the footer and gives the file back.
    let mut file = writer
        .into_inner()
        .map_err(|e| parquet_err(table.name, e))?;
    file.flush().map_err(|e| io_err(table.name, e))?;
    Ok(notes)
}

/// Writes one batch, split in halves while a text column of it is too large for one array.
fn write_batch<R, W: Write + Send>(
    writer: &mut ArrowWriter<W>,
    schema: &SchemaRef,
    table: &Table<'_, R>,
    rows: &[R],
    notes: &mut Notes,
) -> Result<(), ExportError> {
    match table.arrays(rows, notes) {
        Ok(arrays) => {
            let batch = RecordBatch::try_new(schema.clone(), arrays)
                .map_err(|e| parquet_err(table.name, e))?;
            writer.write(&batch).map_err(|e| parquet_err(table.name, e))
        }
        Err(Overflow) if rows.len() > 1 => {
            let (a, b) = rows.split_at(rows.len() / 2);
            write_batch(writer, schema, table, a, notes)?;
            write_batch(writer, schema, table, b, notes)
        }
        Err(Overflow) => Err(ExportError::new(
            ExportErrorKind::InvalidData,
            format!(
                "a row of the {} table holds more than {} bytes of text in one column, past what one Arrow array holds",
                table.name, table.max_array_bytes
            ),
        )),
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use arrow_array::Array;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    use super::*;

    #[derive(Default)]
    struct InMemory(BTreeMap<String, Vec<u8>>);

    impl FileSet for InMemory {
        fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
            Ok(Box::new(self.0.entry(name.to_owned()).or_default()))
        }
    }

    fn read_back(bytes: Vec<u8>) -> Vec<RecordBatch> {
        ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
            .unwrap()
            .build()
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    fn meta() -> FileMeta {
        FileMeta {
            pairs: vec![("chidao.as_of", "2024-02-15".to_owned())],
        }
    }

    /// A batch whose text passes the limit of one array is split until each part fits; the
    /// rows come back whole and in order.
    #[test]
    fn a_batch_too_large_for_one_array_is_split() {
        let mut table = Table::<String>::new("t").text("s", |s| s.as_str());
        table.max_array_bytes = 25;
        let rows: Vec<String> = (0..10).map(|i| format!("row {i:02} ..")).collect();
        let mut files = InMemory::default();
        write(&mut files, &meta(), &table, rows.clone(), &|_| {}).unwrap();
        let batches = read_back(files.0.remove("t.parquet").unwrap());
        let mut back = Vec::new();
        for b in &batches {
            let col = b.column(0).as_any().downcast_ref::<StringArray>().unwrap();
            back.extend((0..col.len()).map(|i| col.value(i).to_owned()));
        }
        assert_eq!(back, rows);
    }

    /// One cell past the limit cannot be split: an error naming the table, not a panic.
    #[test]
    fn a_cell_too_large_for_one_array_is_an_error() {
        let mut table = Table::<String>::new("t").text("s", |s| s.as_str());
        table.max_array_bytes = 5;
        let mut files = InMemory::default();
        let err = write(
            &mut files,
            &meta(),
            &table,
            vec!["123456".to_owned()],
            &|_| {},
        )
        .unwrap_err();
        assert_eq!(err.kind(), ExportErrorKind::InvalidData);
        assert_eq!(
            err.message(),
            "a row of the t table holds more than 5 bytes of text in one column, past what one Arrow array holds"
        );
    }

    #[test]
    fn decimals_scale_exactly_or_not_at_all() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(scaled(d("7.5")), Some(7_500_000_000));
        assert_eq!(scaled(d("-0.000000001")), Some(-1));
        assert_eq!(scaled(d("100.90")), Some(100_900_000_000));
        // trailing zeros past the ninth place are not precision
        assert_eq!(scaled(d("1.0000000000000")), Some(1_000_000_000));
        assert_eq!(scaled(d("0.0000000001")), None);
        let max = Decimal::MAX;
        assert_eq!(scaled(max), Some(max.mantissa() * 1_000_000_000));
        assert!(scaled(max).unwrap().to_string().len() <= DECIMAL_PRECISION as usize);
    }

    #[test]
    fn dates_count_from_the_unix_epoch() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(days_since_epoch(day(1970, 1, 1)), 0);
        assert_eq!(days_since_epoch(day(2024, 3, 31)), 19_813);
        assert_eq!(days_since_epoch(day(1969, 12, 31)), -1);
    }
}
