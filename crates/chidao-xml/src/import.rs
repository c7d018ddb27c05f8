//! The XML dataset document as an input format of the [`Importer`] registry.

use chidao_model::{FormatInfo, ImportError, ImportOptions, Imported, Importer, Place};

use crate::ErrorCategory;

/// Reads the XML dataset document (`urn:chidao:dataset:1`): the `xml` input format.
///
/// ```
/// use chidao_model::{ImportOptions, Importer, Place};
/// let xml = b"<dataset xmlns='urn:chidao:dataset:1'>\n  <tasks>\n    <task id='t-1' item='1'/>\n  </tasks>\n</dataset>";
/// let err = chidao_xml::XmlImporter.import(xml, &ImportOptions::default()).unwrap_err();
/// assert_eq!(err.problems()[0].place, Place::Text { line: 3, column: 5, path: "/dataset/tasks/task[1]".into() });
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct XmlImporter;

impl Importer for XmlImporter {
    fn info(&self) -> FormatInfo {
        FormatInfo::new(
            "xml",
            "xml",
            "application/xml",
            false,
            "the XML dataset document",
        )
    }

    fn recognizes(&self, head: &[u8]) -> bool {
        let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
        head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<')
    }

    /// # Errors
    ///
    /// Returns the first problem, at its line, column and element path.
    fn import(&self, bytes: &[u8], _: &ImportOptions) -> Result<Imported, ImportError> {
        crate::from_slice(bytes).map(Imported::new).map_err(|e| {
            let rule = match e.category() {
                ErrorCategory::Io => "encoding",
                ErrorCategory::Syntax => "syntax",
                ErrorCategory::Refused => "refused",
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
