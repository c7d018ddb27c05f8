//! Writing the canonical JSON form: functions, their error type, and the `json` exporter.

use std::fmt;
use std::io::Write;

use chidao_model::{
    Dataset, ExportError, ExportErrorKind, ExportOptions, ExportSummary, Exporter, FormatInfo, Sink,
};

/// Why a dataset could not be written as JSON.
#[derive(Debug)]
pub struct WriteError {
    kind: WriteErrorKind,
    message: String,
    cause: Box<dyn std::error::Error + Send + Sync>,
}

/// What kind of problem stopped writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WriteErrorKind {
    /// The writer failed (a full disk, a closed pipe).
    Io,
    /// A value the JSON form cannot hold (a date past year 9999).
    Data,
}

impl WriteError {
    /// What kind of problem it is.
    pub fn kind(&self) -> WriteErrorKind {
        self.kind
    }

    fn from_json(e: serde_json::Error) -> Self {
        let kind = if e.is_io() {
            WriteErrorKind::Io
        } else {
            WriteErrorKind::Data
        };
        WriteError {
            kind,
            message: e.to_string(),
            cause: Box::new(e),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WriteError {
    /// The writer's I/O error, or the serializer's error.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.cause.as_ref())
    }
}

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError {
            kind: WriteErrorKind::Io,
            message: e.to_string(),
            cause: Box::new(e),
        }
    }
}

/// Writes a dataset as indented JSON, ending with a newline.
///
/// # Errors
///
/// Returns [`WriteError`] of kind [`WriteErrorKind::Io`] when writing to `writer` fails, and
/// [`WriteErrorKind::Data`] for a value JSON cannot hold (a date past year 9999).
pub fn to_writer(mut writer: impl Write, dataset: &Dataset) -> Result<(), WriteError> {
    serde_json::to_writer_pretty(&mut writer, dataset).map_err(WriteError::from_json)?;
    writer.write_all(b"\n")?;
    Ok(())
}

/// Writes a dataset as indented JSON to a string, ending with a newline.
///
/// # Errors
///
/// Returns [`WriteError`] of kind [`WriteErrorKind::Data`] for a value JSON cannot hold (a
/// date past year 9999).
pub fn to_string(dataset: &Dataset) -> Result<String, WriteError> {
    let mut out = serde_json::to_string_pretty(dataset).map_err(WriteError::from_json)?;
    out.push('\n');
    Ok(out)
}

/// The canonical JSON as an [`Exporter`], named `json`.
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "json",
            "json",
            "application/json",
            false,
            "canonical JSON dataset document",
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
        to_writer(&mut buf, dataset).map_err(|e| {
            let kind = match e.kind() {
                WriteErrorKind::Data => ExportErrorKind::InvalidData,
                _ => ExportErrorKind::Io,
            };
            ExportError::new(kind, format!("cannot write json: {e}")).with_source(e)
        })?;
        buf.flush()?;
        Ok(ExportSummary::default())
    }
}

#[cfg(test)]
mod tests {
    use chidao_model::{DatasetParts, Meeting, MeetingKind, NaiveDate, Text};

    use super::*;

    #[test]
    fn a_date_json_cannot_hold_is_a_data_error_and_a_failing_writer_an_io_error() {
        let mut parts = DatasetParts::new();
        parts.meetings.push(Meeting::new(
            "m".parse().unwrap(),
            Text::vi("Họp"),
            MeetingKind::Conference,
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
        ));
        let e = to_string(&Dataset::new(parts)).unwrap_err();
        assert_eq!(e.kind(), WriteErrorKind::Data);
        assert!(e.to_string().contains("years are 0000 to 9999"), "{e}");

        struct Broken;
        impl Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::Error::new(
                    std::io::ErrorKind::StorageFull,
                    "disk full",
                ))
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let e = to_writer(Broken, &Dataset::new(DatasetParts::new())).unwrap_err();
        assert_eq!(e.kind(), WriteErrorKind::Io);
        let io = std::error::Error::source(&e).unwrap();
        assert!(io.to_string().contains("disk full"), "{io}");
    }
}
