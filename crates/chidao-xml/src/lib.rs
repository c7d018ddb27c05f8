//! The XML interchange form of a chidao dataset: a streaming writer, a hardened pull reader,
//! and the published XSD (`schemas/chidao.xsd`) the output validates against.
//!
//! The document is one `<dataset>` element in the [`NAMESPACE`] namespace. Every record is an
//! element; identifiers, codes, references, numbers and ISO 8601 dates are attributes; free text
//! is element content, and bilingual text is one element per language, each carrying
//! `xml:lang` (`vi` always, `en` where written). Reading the output back gives the same model,
//! field for field. `docs/xml.md` describes the form with an excerpt.
//!
//! Both directions stream: the writer emits quick-xml events as it walks the dataset, and the
//! reader pulls events into the model, without building a tree. The reader accepts no DOCTYPE
//! (so no DTD, no declared entities, nothing fetched), bounds nesting ([`MAX_DEPTH`]) and the
//! size of every text and attribute value ([`MAX_TEXT_LEN`]), and reports errors with line,
//! column and element path.
//!
//! ```
//! let json = r#"{
//!   "agencies": [{"id": "ubnd-tinh", "name": {"vi": "UBND tỉnh Lạng Sơn", "en": "Lạng Sơn Provincial People's Committee"},
//!                 "kind": "peoples_committee", "level": "province"}]
//! }"#;
//! let dataset = chidao_json::from_str(json)?;
//!
//! let xml = chidao_xml::to_string(&dataset)?;
//! assert!(xml.contains(r#"<agency id="ubnd-tinh" kind="peoples_committee" level="province">"#));
//! assert!(xml.contains(r#"<name xml:lang="vi">UBND tỉnh Lạng Sơn</name>"#));
//! assert_eq!(chidao_xml::from_str(&xml)?, dataset);
//!
//! let err = chidao_xml::from_str(r#"<!DOCTYPE d [<!ENTITY x "y">]><dataset/>"#).unwrap_err();
//! assert_eq!(err.category(), chidao_xml::ErrorCategory::Refused);
//!
//! let bad = xml.replace(r#"level="province""#, r#"level="galaxy""#);
//! let err = chidao_xml::from_str(&bad).unwrap_err();
//! assert_eq!(err.path(), "/dataset/agencies/agency[1]");
//! assert_eq!((err.line(), err.column()), (4, 53));
//! assert_eq!(err.message(), "attribute `level`: unknown agency_level code `galaxy`");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod import;
mod read;

pub use import::XmlImporter;
mod write;

use std::io::{Read, Write};

use chidao_model::{
    Dataset, ExportError, ExportOptions, ExportSummary, Exporter, FormatInfo, Sink,
};

pub use read::{Error, ErrorCategory};

/// The namespace of every element of the format.
pub const NAMESPACE: &str = "urn:chidao:dataset:1";

/// The deepest nesting of elements the reader accepts. The format itself nests at most six
/// deep (`dataset/indicators/indicator/indicator-year/target/text`), and the reader refuses
/// any element it does not know before going deeper, so this is a second line of defence.
pub const MAX_DEPTH: usize = 16;

/// The longest text or attribute value the reader accepts, in bytes (1 MiB).
pub const MAX_TEXT_LEN: usize = 1 << 20;

/// Writes a dataset as an XML document, indented, ending with a newline.
///
/// The output is streamed as the dataset is walked: when an error stops it, what was written
/// so far is an incomplete document.
///
/// # Errors
///
/// Returns [`ExportError`] of kind [`InvalidData`](chidao_model::ExportErrorKind::InvalidData)
/// when a text holds a character XML 1.0 forbids (a control character other than tab, line
/// feed and carriage return, or U+FFFE/U+FFFF), naming the record and field
/// (`tasks[3] (id tb2024-09c) field title.vi: character U+0001 is not allowed in XML 1.0`), and
/// of kind [`Io`](chidao_model::ExportErrorKind::Io) when writing fails.
///
/// # Examples
///
/// ```
/// use chidao_model::{Dataset, DatasetParts, ExportErrorKind, Text};
///
/// let mut parts = DatasetParts::new();
/// parts.title = Some(Text::new("Chỉ đạo, điều hành", "Direction and administration"));
/// let mut out = Vec::new();
/// chidao_xml::to_writer(&mut out, &Dataset::new(parts.clone()))?;
/// assert!(String::from_utf8(out)?.contains(r#"<title xml:lang="en">Direction and administration</title>"#));
///
/// parts.title = Some(Text::vi("chuông \u{7}"));
/// let err = chidao_xml::to_writer(std::io::sink(), &Dataset::new(parts)).unwrap_err();
/// assert_eq!(err.kind(), ExportErrorKind::InvalidData);
/// assert_eq!(err.to_string(), "dataset field title.vi: character U+0007 is not allowed in XML 1.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn to_writer(writer: impl Write, dataset: &Dataset) -> Result<(), ExportError> {
    let mut w = write::XmlWriter::new(writer);
    w.dataset(dataset)?;
    w.into_inner().flush()?;
    Ok(())
}

/// Writes a dataset as an XML document to a string.
///
/// # Errors
///
/// Returns [`ExportError`] as [`to_writer`] does (never of kind `Io`).
pub fn to_string(dataset: &Dataset) -> Result<String, ExportError> {
    let mut out = Vec::new();
    to_writer(&mut out, dataset)?;
    Ok(String::from_utf8(out).expect("the writer writes UTF-8"))
}

/// Reads a dataset from XML text. A leading byte-order mark is ignored.
///
/// # Errors
///
/// Returns [`Error`] with the line, column and element path of the first problem: text that is
/// not well-formed XML 1.0 or not UTF-8 ([`ErrorCategory::Syntax`]), XML that does not fit the
/// model ([`ErrorCategory::Data`]), or a construct the reader refuses: a DOCTYPE, an undeclared
/// entity, nesting or text beyond the limits ([`ErrorCategory::Refused`]).
pub fn from_str(text: &str) -> Result<Dataset, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    read::read_document(text)
}

/// Reads a dataset from XML bytes, which must be UTF-8.
///
/// # Errors
///
/// Returns [`Error`] as [`from_str`] does, and with [`ErrorCategory::Io`] and the position of
/// the first bad byte when the bytes are not UTF-8.
pub fn from_slice(bytes: &[u8]) -> Result<Dataset, Error> {
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(e) => {
            let (line, column) = read::line_col(bytes, e.valid_up_to());
            Err(Error::new(
                ErrorCategory::Io,
                line,
                column,
                "",
                format!(
                    "the input is not UTF-8: invalid byte 0x{:02X} at byte offset {}",
                    bytes[e.valid_up_to()],
                    e.valid_up_to()
                ),
            ))
        }
    }
}

/// Reads a dataset from a reader, reading it whole.
///
/// # Errors
///
/// Returns [`Error`] with [`ErrorCategory::Io`] when reading fails, otherwise as
/// [`from_slice`] does.
///
/// # Examples
///
/// ```
/// let xml = "<dataset xmlns='urn:chidao:dataset:1'>\n  <tasks>\n    <task id='t-1' item='1'/>\n  </tasks>\n</dataset>";
/// let err = chidao_xml::from_reader(xml.as_bytes()).unwrap_err();
/// assert_eq!(err.to_string(), "line 3, column 5: at /dataset/tasks/task[1]: missing attribute `directive` on <task>");
/// ```
pub fn from_reader(mut reader: impl Read) -> Result<Dataset, Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| {
        Error::new(
            ErrorCategory::Io,
            0,
            0,
            "",
            format!("cannot read input: {e}"),
        )
    })?;
    from_slice(&bytes)
}

/// The XML form as an [`Exporter`], named `xml`.
#[derive(Debug, Clone, Copy, Default)]
pub struct XmlExporter;

impl Exporter for XmlExporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "xml",
            "xml",
            "application/xml",
            false,
            "XML interchange document, valid against schemas/chidao.xsd",
        )
    }

    fn export(
        &self,
        dataset: &Dataset,
        _options: &ExportOptions,
        mut sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        let w = sink.writer()?;
        let mut buf = std::io::BufWriter::with_capacity(1 << 16, w);
        to_writer(&mut buf, dataset)?;
        buf.flush()?;
        Ok(ExportSummary::default())
    }
}
