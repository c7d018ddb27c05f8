//! The JSON dataset document as an input format of the [`Importer`] registry.

use chidao_model::{FormatInfo, ImportError, ImportOptions, Imported, Importer, Place};

use crate::ErrorCategory;

/// Reads the canonical JSON dataset document: the `json` input format.
///
/// ```
/// use chidao_model::{ImportOptions, Importer, Place};
/// let imported = chidao_json::JsonImporter.import(br#"{"format_version": "1.1"}"#, &ImportOptions::default())?;
/// assert!(imported.dataset.tasks().is_empty());
/// let err = chidao_json::JsonImporter.import(b"{\"tasks\": 7}", &ImportOptions::default()).unwrap_err();
/// assert!(matches!(&err.problems()[0].place, Place::Text { line: 1, path, .. } if path == "tasks"));
/// # Ok::<(), chidao_model::ImportError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct JsonImporter;

impl Importer for JsonImporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "json",
            "json",
            "application/json",
            false,
            "the canonical JSON dataset document",
        )
    }

    fn recognizes(&self, head: &[u8]) -> bool {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
    }

    /// # Errors
    ///
    /// Returns the first value that does not fit the model, at its line, column and JSON path.
    fn import(&self, bytes: &[u8], _: &ImportOptions) -> Result<Imported, ImportError> {
        crate::from_slice(bytes).map(Imported::new).map_err(|e| {
            let rule = match e.category() {
                ErrorCategory::Io => "encoding",
                ErrorCategory::Syntax | ErrorCategory::Eof => "syntax",
                _ => "data",
            };
            ImportError::one(
                Place::text(e.line(), e.column(), e.path()),
                rule,
                e.message(),
            )
        })
    }
}
