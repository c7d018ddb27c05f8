//! The plug point every input format implements: [`Importer`], and the [`ImporterRegistry`]
//! the command line picks formats from, by name, by extension or by content.
//!
//! The core reads no file: the application reads the bytes and hands them to an importer,
//! which gives back a [`Dataset`] or every problem it found, each at its [`Place`] (a line and
//! column, an XML element, a sheet and cell). Adding an input format never touches this crate.
//!
//! ```
//! use chidao_model::{
//!     Dataset, DatasetParts, FormatInfo, ImportError, ImportOptions, ImportProblem, Imported,
//!     Importer, ImporterRegistry, Place,
//! };
//!
//! /// Reads an empty dataset from a file that says `empty`, nothing else.
//! struct Empty;
//!
//! impl Importer for Empty {
//!     fn info(&self) -> FormatInfo {
//!         FormatInfo::new("empty", "empty", "text/plain", false, "an empty dataset")
//!     }
//!     fn recognizes(&self, head: &[u8]) -> bool {
//!         head.starts_with(b"empty")
//!     }
//!     fn import(&self, bytes: &[u8], _: &ImportOptions) -> Result<Imported, ImportError> {
//!         if bytes.trim_ascii() != b"empty" {
//!             let problem = ImportProblem::error(Place::Document, "empty", "the file must say `empty`");
//!             return Err(ImportError::new(vec![problem]));
//!         }
//!         Ok(Imported::new(Dataset::new(DatasetParts::new())))
//!     }
//! }
//!
//! let mut registry = ImporterRegistry::new();
//! registry.register(Box::new(Empty));
//! let importer = registry.detect(Some("txt"), b"empty\n").expect("known by content");
//! let imported = importer.import(b"empty\n", &ImportOptions::default())?;
//! assert!(imported.dataset.tasks().is_empty());
//! let err = importer.import(b"full", &ImportOptions::default()).unwrap_err();
//! assert_eq!(err.to_string(), "(document): the file must say `empty` [empty]");
//! # Ok::<(), ImportError>(())
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::{Dataset, FormatInfo, Lang, Severity};

/// Where in an input a problem or a record is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Place {
    /// The document as a whole.
    Document,
    /// A position in a text file: line and column from 1, and the path of the value in the
    /// dataset document (`tasks[3].lead`), when known.
    Text {
        /// The line, from 1.
        line: usize,
        /// The column, from 1, in characters.
        column: usize,
        /// The path of the value in the dataset document; empty when not known.
        path: String,
    },
    /// An element of an XML document, as a path (`/dataset/tasks/task[3]/lead`).
    Element {
        /// The element path.
        path: String,
    },
    /// A cell of a workbook.
    Cell {
        /// The sheet's name as the workbook has it.
        sheet: String,
        /// The cell in A1 form (`C7`); a column (`C`) or a row (`7`) alone when the problem
        /// is in all of it.
        cell: String,
        /// The header of the cell's column, when it has one.
        header: Option<String>,
    },
}

impl Place {
    /// A position in a text file, or the whole document when the line is not known (0).
    ///
    /// ```
    /// use chidao_model::Place;
    /// assert_eq!(Place::text(0, 0, "tasks"), Place::Document);
    /// assert_eq!(Place::text(3, 5, "tasks[0]").to_string(), "3:5");
    /// ```
    pub fn text(line: usize, column: usize, path: impl Into<String>) -> Place {
        if line == 0 {
            Place::Document
        } else {
            Place::Text {
                line,
                column,
                path: path.into(),
            }
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Document => f.write_str("(document)"),
            Place::Text { line, column, .. } => write!(f, "{line}:{column}"),
            Place::Element { path } => f.write_str(path),
            Place::Cell {
                sheet,
                cell,
                header,
            } => {
                write!(f, "sheet '{sheet}', cell {cell}")?;
                if let Some(header) = header {
                    write!(f, " ({header})")?;
                }
                Ok(())
            }
        }
    }
}

/// One problem an importer found.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImportProblem {
    /// An error stops the import; a warning is reported and the import goes on.
    pub severity: Severity,
    /// Where.
    pub place: Place,
    /// The rule broken, a stable kebab-case code (`bad-date`, `unknown-agency`).
    pub rule: Cow<'static, str>,
    /// The value as the input has it, when there is one.
    pub value: Option<String>,
    /// What is wrong, for the person fixing the input: lowercase, no trailing period.
    pub message: String,
}

impl ImportProblem {
    /// An error of `rule` at `place`.
    pub fn error(
        place: Place,
        rule: impl Into<Cow<'static, str>>,
        message: impl Into<String>,
    ) -> Self {
        ImportProblem {
            severity: Severity::Error,
            place,
            rule: rule.into(),
            value: None,
            message: message.into(),
        }
    }

    /// A warning of `rule` at `place`.
    pub fn warning(
        place: Place,
        rule: impl Into<Cow<'static, str>>,
        message: impl Into<String>,
    ) -> Self {
        ImportProblem {
            severity: Severity::Warning,
            ..ImportProblem::error(place, rule, message)
        }
    }

    /// The same problem, with the value the input has.
    #[must_use]
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
}

impl fmt::Display for ImportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)?;
        if let Some(value) = &self.value {
            write!(f, " (value: {value:?})")?;
        }
        write!(f, " [{}]", self.rule)
    }
}

/// Why an input could not be imported: every problem found, errors and warnings, in the
/// order of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    problems: Vec<ImportProblem>,
}

impl ImportError {
    /// An error made of these problems.
    pub fn new(problems: Vec<ImportProblem>) -> Self {
        ImportError { problems }
    }

    /// One error at `place`.
    pub fn one(
        place: Place,
        rule: impl Into<Cow<'static, str>>,
        message: impl Into<String>,
    ) -> Self {
        ImportError::new(vec![ImportProblem::error(place, rule, message)])
    }

    /// Every problem found.
    pub fn problems(&self) -> &[ImportProblem] {
        &self.problems
    }

    /// The problems, owned.
    pub fn into_problems(self) -> Vec<ImportProblem> {
        self.problems
    }

    /// How many of the problems are errors.
    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ImportError {}

/// Places a path of the dataset document (`tasks[3].lead`, as a [`Finding`](crate::Finding)
/// names it) in the input it was imported from, so that the findings of validation point at
/// the line or the cell a person edits.
pub trait Locate: Send + Sync {
    /// Where the value at `path` came from, when the importer knows.
    fn locate(&self, path: &str) -> Option<Place>;
}

/// What an importer gives back: the dataset, the warnings, and how to place its paths.
#[non_exhaustive]
pub struct Imported {
    /// The dataset read; not yet validated.
    pub dataset: Dataset,
    /// Problems that did not stop the import.
    pub warnings: Vec<ImportProblem>,
    /// Places the dataset's paths in the input; `None` when the format cannot.
    pub locator: Option<Box<dyn Locate>>,
}

impl fmt::Debug for Imported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Imported")
            .field("warnings", &self.warnings)
            .field("locator", &self.locator.is_some())
            .finish_non_exhaustive()
    }
}

impl Imported {
    /// A dataset imported with no warnings and no locator.
    pub fn new(dataset: Dataset) -> Self {
        Imported {
            dataset,
            warnings: Vec::new(),
            locator: None,
        }
    }

    /// The same, with these warnings.
    #[must_use]
    pub fn with_warnings(mut self, warnings: Vec<ImportProblem>) -> Self {
        self.warnings = warnings;
        self
    }

    /// The same, with a locator.
    #[must_use]
    pub fn with_locator(mut self, locator: Box<dyn Locate>) -> Self {
        self.locator = Some(locator);
        self
    }

    /// Where the value at `path` came from, when known.
    pub fn locate(&self, path: &str) -> Option<Place> {
        self.locator.as_ref().and_then(|l| l.locate(path))
    }
}

/// What an import is given besides the bytes.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ImportOptions {
    /// The language of the messages (and of the headers and labels a workbook may use).
    pub lang: Lang,
}

impl ImportOptions {
    /// The options with messages in `lang`.
    #[must_use]
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }
}

/// An input format: reads a whole file's bytes into a [`Dataset`].
pub trait Importer: Send + Sync {
    /// The format's name and usual extension (the `needs_seek` and `files` fields say
    /// nothing for an importer).
    fn info(&self) -> FormatInfo;

    /// Whether the start of a file (at most its first 4 KiB) looks like this format, for an
    /// input whose extension names no format.
    fn recognizes(&self, head: &[u8]) -> bool;

    /// Reads `bytes`.
    ///
    /// # Errors
    ///
    /// Returns every problem found, at its place, when the input cannot give a dataset. A
    /// dataset that reads but breaks the model's rules is not an error here:
    /// [`Dataset::validate`] reports those.
    fn import(&self, bytes: &[u8], options: &ImportOptions) -> Result<Imported, ImportError>;
}

/// The input formats an application knows, picked by name, extension or content.
#[derive(Default)]
pub struct ImporterRegistry {
    importers: Vec<Box<dyn Importer>>,
}

impl fmt::Debug for ImporterRegistry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.importers.iter().map(|i| i.info().name))
            .finish()
    }
}

impl ImporterRegistry {
    /// An empty registry.
    pub fn new() -> Self {
        ImporterRegistry::default()
    }

    /// Adds an importer, replacing one of the same name.
    pub fn register(&mut self, importer: Box<dyn Importer>) -> &mut Self {
        let name = importer.info().name;
        self.importers.retain(|i| i.info().name != name);
        self.importers.push(importer);
        self
    }

    /// The importer named `name`.
    pub fn get(&self, name: &str) -> Option<&dyn Importer> {
        self.importers
            .iter()
            .find(|i| i.info().name == name)
            .map(|i| &**i)
    }

    /// The importer whose extension is `extension` (without the dot, any case).
    pub fn by_extension(&self, extension: &str) -> Option<&dyn Importer> {
        self.importers
            .iter()
            .find(|i| i.info().extension.eq_ignore_ascii_case(extension))
            .map(|i| &**i)
    }

    /// The importer for a file: by its extension when that names a format, else the first
    /// that recognizes the start of its content.
    pub fn detect(&self, extension: Option<&str>, head: &[u8]) -> Option<&dyn Importer> {
        if let Some(importer) = extension.and_then(|e| self.by_extension(e)) {
            return Some(importer);
        }
        let head = &head[..head.len().min(4096)];
        self.importers
            .iter()
            .find(|i| i.recognizes(head))
            .map(|i| &**i)
    }

    /// The names of the registered formats, in the order they were registered.
    pub fn names(&self) -> Vec<Cow<'static, str>> {
        self.importers.iter().map(|i| i.info().name).collect()
    }
}
