//! The plug point every output format implements: [`Exporter`], and the [`ExporterRegistry`]
//! the command line picks formats from by name.
//!
//! The core knows no format: an exporter crate implements [`Exporter`] and the application
//! registers it. Adding a format never touches this crate.

use std::borrow::Cow;
use std::fmt;
use std::io::{Seek, Write};
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};

use crate::{Dataset, Lang, StatusPolicy};

/// What an exporter produces.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormatInfo {
    /// The name users pick the format by (`json`, `xml`, `xlsx`); owned when the format is
    /// named at run time (a plug-in, a configured CSV dialect).
    pub name: Cow<'static, str>,
    /// The usual file extension, without the dot.
    pub extension: Cow<'static, str>,
    /// The media type of the output.
    pub media_type: Cow<'static, str>,
    /// Whether the output needs a seekable sink (a file), not just a stream.
    pub needs_seek: bool,
    /// Whether the output is a set of named files (one per table, say), written through
    /// [`Sink::Files`] into a directory, rather than one file.
    pub files: bool,
    /// One line saying what the format is for.
    pub description: Cow<'static, str>,
}

impl FormatInfo {
    /// Describes a format.
    pub const fn new(
        name: &'static str,
        extension: &'static str,
        media_type: &'static str,
        needs_seek: bool,
        description: &'static str,
    ) -> Self {
        FormatInfo {
            name: Cow::Borrowed(name),
            extension: Cow::Borrowed(extension),
            media_type: Cow::Borrowed(media_type),
            needs_seek,
            files: false,
            description: Cow::Borrowed(description),
        }
    }

    /// Describes a format whose names are known only at run time.
    ///
    /// ```
    /// use chidao_model::FormatInfo;
    /// let dialect = "csv-semicolon".to_owned();
    /// let info = FormatInfo::named(dialect, "csv", "text/csv", false, "tasks as CSV with ';'");
    /// assert_eq!(info.name, "csv-semicolon");
    /// ```
    pub fn named(
        name: impl Into<Cow<'static, str>>,
        extension: impl Into<Cow<'static, str>>,
        media_type: impl Into<Cow<'static, str>>,
        needs_seek: bool,
        description: impl Into<Cow<'static, str>>,
    ) -> Self {
        FormatInfo {
            name: name.into(),
            extension: extension.into(),
            media_type: media_type.into(),
            needs_seek,
            files: false,
            description: description.into(),
        }
    }

    /// The same format, written as a set of named files through [`Sink::Files`] (the
    /// extension is then that of each file).
    #[must_use]
    pub const fn with_files(mut self) -> Self {
        self.files = true;
        self
    }
}

/// A writer that can also seek, as formats built on zip archives need.
pub trait WriteSeek: Write + Seek {}
impl<T: Write + Seek + ?Sized> WriteSeek for T {}

/// A set of named files an exporter writes into, such as one file per table of a columnar
/// format. The application decides where they go (a directory it renames into place when the
/// export succeeds, an archive, memory); the core only names them.
///
/// ```
/// use std::collections::BTreeMap;
/// use std::io::Write;
/// use chidao_model::FileSet;
///
/// /// Keeps every file in memory.
/// #[derive(Default)]
/// struct InMemory(BTreeMap<String, Vec<u8>>);
///
/// impl FileSet for InMemory {
///     fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
///         Ok(Box::new(self.0.entry(name.to_owned()).or_default()))
///     }
/// }
///
/// let mut files = InMemory::default();
/// files.create("tasks.parquet")?.write_all(b"PAR1")?;
/// assert_eq!(files.0["tasks.parquet"], b"PAR1");
/// # Ok::<(), std::io::Error>(())
/// ```
pub trait FileSet: Send {
    /// Starts the file `name`, a plain file name with no directory part, and gives a writer
    /// for it. The exporter flushes the writer and drops it before it starts the next file.
    ///
    /// # Errors
    ///
    /// Returns the I/O error of creating the file, or [`std::io::ErrorKind::InvalidInput`] for
    /// a name that is not a plain file name or was already used.
    fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>>;
}

/// Where an exporter writes its bytes.
#[non_exhaustive]
pub enum Sink<'a> {
    /// A stream (standard output, a pipe, a file).
    Stream(&'a mut dyn Write),
    /// A seekable file.
    Seekable(&'a mut (dyn WriteSeek + Send)),
    /// A set of named files, for formats whose [`FormatInfo::files`] is true.
    Files(&'a mut dyn FileSet),
}

impl fmt::Debug for Sink<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Sink::Stream(_) => f.write_str("Sink::Stream"),
            Sink::Seekable(_) => f.write_str("Sink::Seekable"),
            Sink::Files(_) => f.write_str("Sink::Files"),
        }
    }
}

impl Sink<'_> {
    /// The sink as a plain writer, seekable or not.
    ///
    /// # Errors
    ///
    /// Returns an error of kind [`ExportErrorKind::NeedsStream`] for a [`Sink::Files`], which
    /// has no single writer.
    pub fn writer(&mut self) -> Result<&mut dyn Write, ExportError> {
        match self {
            Sink::Stream(w) => Ok(*w),
            Sink::Seekable(w) => Ok(*w),
            Sink::Files(_) => Err(ExportError::new(
                ExportErrorKind::NeedsStream,
                "this format writes one file and was given a set of files",
            )),
        }
    }
}

/// Reports how far a long export has come. Implementations must be cheap to call often.
pub trait Progress: Send + Sync {
    /// Starts a stage of `total` steps, with a short message.
    fn start(&self, message: &str, total: u64);
    /// Records `n` more steps done.
    fn advance(&self, n: u64);
    /// Ends the current stage.
    fn finish(&self) {}
}

/// A [`Progress`] that reports nothing.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
}

/// Settings every exporter understands. Format-specific settings live on the exporter itself.
#[derive(Clone)]
#[non_exhaustive]
pub struct ExportOptions {
    /// The language of labels, headers and sheet names.
    pub lang: Lang,
    /// The day task statuses are computed for.
    pub as_of: NaiveDate,
    /// The rules of task status.
    pub status_policy: StatusPolicy,
    /// A fixed creation time to write into the output, for byte-identical runs; the exporter
    /// uses its own fixed default when `None`, never the clock, unless it documents otherwise.
    pub created: Option<NaiveDateTime>,
    /// Where progress goes.
    pub progress: Arc<dyn Progress>,
}

impl fmt::Debug for ExportOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExportOptions")
            .field("lang", &self.lang)
            .field("as_of", &self.as_of)
            .field("status_policy", &self.status_policy)
            .field("created", &self.created)
            .finish_non_exhaustive()
    }
}

impl ExportOptions {
    /// Options for a report as of `as_of`, in Vietnamese, with the default status policy and no
    /// progress reporting.
    pub fn new(as_of: NaiveDate) -> Self {
        ExportOptions {
            lang: Lang::Vi,
            as_of,
            status_policy: StatusPolicy::default(),
            created: None,
            progress: Arc::new(NoProgress),
        }
    }

    /// The same options in another language.
    #[must_use]
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// The same options with a status policy.
    #[must_use]
    pub fn with_status_policy(mut self, policy: StatusPolicy) -> Self {
        self.status_policy = policy;
        self
    }

    /// The same options with a fixed creation time.
    #[must_use]
    pub fn with_created(mut self, created: NaiveDateTime) -> Self {
        self.created = Some(created);
        self
    }

    /// The same options reporting progress to `progress`.
    #[must_use]
    pub fn with_progress(mut self, progress: Arc<dyn Progress>) -> Self {
        self.progress = progress;
        self
    }
}

/// What kind of failure an export met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExportErrorKind {
    /// Writing to the sink failed.
    Io,
    /// The data cannot be written in this format (a character XML forbids, a value too large).
    InvalidData,
    /// The format needs a seekable sink and got a stream.
    NeedsSeek,
    /// The format writes one stream and got a set of files.
    NeedsStream,
    /// The format writes a set of files and got a single stream.
    NeedsFiles,
    /// Anything else the format library reported.
    Format,
}

/// Why an export failed: a kind, a message naming the record and field where there is one, and
/// the underlying error.
#[derive(Debug)]
pub struct ExportError {
    kind: ExportErrorKind,
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ExportError {
    /// An error of `kind` with a message (lowercase, no trailing period).
    pub fn new(kind: ExportErrorKind, message: impl Into<String>) -> Self {
        ExportError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// The same error with its underlying cause.
    #[must_use]
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// A write failure.
    pub fn io(err: std::io::Error) -> Self {
        ExportError::new(ExportErrorKind::Io, format!("cannot write output: {err}"))
            .with_source(err)
    }

    /// What kind of failure it is.
    pub fn kind(&self) -> ExportErrorKind {
        self.kind
    }

    /// The message.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl From<std::io::Error> for ExportError {
    fn from(err: std::io::Error) -> Self {
        ExportError::io(err)
    }
}

/// What an export reports back besides its bytes: warnings about data it had to adapt
/// (text cut at a cell limit), each naming the record and field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportSummary {
    /// Warnings, lowercase, no trailing period.
    pub warnings: Vec<String>,
}

/// An output format: the one trait every exporter crate implements.
///
/// ```
/// use chidao_model::{Dataset, ExportError, ExportOptions, ExportSummary, Exporter, FormatInfo, Sink};
///
/// /// Writes one line per task id.
/// struct TaskIds;
///
/// impl Exporter for TaskIds {
///     fn info(&self) -> FormatInfo {
///         FormatInfo::new("ids", "txt", "text/plain", false, "task ids, one per line")
///     }
///     fn export(&self, ds: &Dataset, _: &ExportOptions, mut sink: Sink<'_>) -> Result<ExportSummary, ExportError> {
///         let w = sink.writer()?;
///         for t in ds.tasks() {
///             writeln!(w, "{}", t.id)?;
///         }
///         Ok(ExportSummary::default())
///     }
/// }
///
/// let mut out = Vec::new();
/// let opts = ExportOptions::new(chrono::NaiveDate::from_ymd_opt(2024, 1, 31).unwrap());
/// TaskIds.export(&Dataset::default(), &opts, Sink::Stream(&mut out))?;
/// assert!(out.is_empty());
/// # Ok::<(), ExportError>(())
/// ```
pub trait Exporter: Send + Sync {
    /// What the format is.
    fn info(&self) -> FormatInfo;

    /// Writes `dataset` to `sink`.
    ///
    /// # Errors
    ///
    /// Returns [`ExportError`] when writing fails ([`ExportErrorKind::Io`]), when the data cannot
    /// be represented ([`ExportErrorKind::InvalidData`]), or when the sink is not of the kind
    /// the format writes ([`ExportErrorKind::NeedsSeek`], [`ExportErrorKind::NeedsStream`],
    /// [`ExportErrorKind::NeedsFiles`]).
    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError>;

    /// Writes `dataset` into memory (an HTTP body, a test), in a seekable buffer when the
    /// format needs one.
    ///
    /// ```
    /// use chidao_model::{Dataset, DatasetParts, ExportOptions, Exporter, NaiveDate};
    /// # struct Lines;
    /// # impl Exporter for Lines {
    /// #     fn info(&self) -> chidao_model::FormatInfo {
    /// #         chidao_model::FormatInfo::new("lines", "txt", "text/plain", false, "one line per task")
    /// #     }
    /// #     fn export(&self, ds: &Dataset, _: &ExportOptions, mut sink: chidao_model::Sink<'_>)
    /// #         -> Result<chidao_model::ExportSummary, chidao_model::ExportError> {
    /// #         let w = sink.writer()?;
    /// #         for t in ds.tasks() { writeln!(w, "{}", t.id).map_err(chidao_model::ExportError::io)?; }
    /// #         Ok(Default::default())
    /// #     }
    /// # }
    /// let options = ExportOptions::new(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap());
    /// let (bytes, _) = Lines.export_to_vec(&Dataset::new(DatasetParts::new()), &options)?;
    /// assert!(bytes.is_empty());
    /// # Ok::<(), chidao_model::ExportError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Exporter::export`]; [`ExportErrorKind::NeedsFiles`] for a format written as a set
    /// of files, which has no one buffer.
    fn export_to_vec(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
    ) -> Result<(Vec<u8>, ExportSummary), ExportError> {
        let info = self.info();
        if info.files {
            return Err(ExportError::new(
                ExportErrorKind::NeedsFiles,
                format!(
                    "the {} format writes a set of files, not one buffer",
                    info.name
                ),
            ));
        }
        let mut buffer = std::io::Cursor::new(Vec::new());
        let summary = if info.needs_seek {
            self.export(dataset, options, Sink::Seekable(&mut buffer))?
        } else {
            self.export(dataset, options, Sink::Stream(&mut buffer))?
        };
        Ok((buffer.into_inner(), summary))
    }
}

impl<E: Exporter + ?Sized> Exporter for Box<E> {
    fn info(&self) -> FormatInfo {
        (**self).info()
    }
    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        (**self).export(dataset, options, sink)
    }
}

impl<E: Exporter + ?Sized> Exporter for &E {
    fn info(&self) -> FormatInfo {
        (**self).info()
    }
    fn export(
        &self,
        dataset: &Dataset,
        options: &ExportOptions,
        sink: Sink<'_>,
    ) -> Result<ExportSummary, ExportError> {
        (**self).export(dataset, options, sink)
    }
}

/// Exporters by name, for applications that let users pick a format.
///
/// ```
/// use chidao_model::ExporterRegistry;
/// let registry = ExporterRegistry::new();
/// assert!(registry.get("json").is_none());
/// ```
#[derive(Default)]
pub struct ExporterRegistry {
    exporters: Vec<Box<dyn Exporter>>,
}

impl fmt::Debug for ExporterRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}

impl ExporterRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        ExporterRegistry::default()
    }

    /// Adds an exporter; a later one with the same name replaces the earlier.
    pub fn register(&mut self, exporter: Box<dyn Exporter>) -> &mut Self {
        let name = exporter.info().name;
        self.exporters.retain(|e| e.info().name != name);
        self.exporters.push(exporter);
        self
    }

    /// The exporter named `name`.
    pub fn get(&self, name: &str) -> Option<&dyn Exporter> {
        self.exporters
            .iter()
            .find(|e| e.info().name == name)
            .map(|e| &**e)
    }

    /// The names of the registered formats, in registration order.
    pub fn names(&self) -> Vec<Cow<'static, str>> {
        self.exporters.iter().map(|e| e.info().name).collect()
    }

    /// Every registered format.
    pub fn iter(&self) -> impl Iterator<Item = &dyn Exporter> {
        self.exporters.iter().map(|e| &**e)
    }
}
