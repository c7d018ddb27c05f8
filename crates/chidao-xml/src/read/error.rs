//! What stops a read: the category of the problem, where it is (line, column, element path)
//! and what is wrong.

use std::fmt;

use super::{MAX_MESSAGE, MAX_PATH_IN_MESSAGE};

/// What kind of problem stopped reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCategory {
    /// Reading the input failed, or it is not UTF-8.
    Io,
    /// The text is not well-formed XML 1.0.
    Syntax,
    /// The XML is well formed but does not fit the model (unknown element or attribute,
    /// missing value, bad date or code).
    Data,
    /// The input uses something the reader never accepts: a DOCTYPE or entity declaration, a
    /// reference to an undeclared entity, nesting or text beyond the limits.
    Refused,
}

/// Why an XML dataset could not be read: a category, the line and column, the element path
/// (`/dataset/tasks/task[3]/deadline`) and a message.
pub struct Error(Box<ErrorImpl>);

struct ErrorImpl {
    category: ErrorCategory,
    line: usize,
    column: usize,
    path: String,
    message: String,
}

impl Error {
    /// An error; its path and message are cut to a length a person can read, so that a
    /// 10 MB element name quoted in them does not become a 10 MB message.
    pub(crate) fn new(
        category: ErrorCategory,
        line: usize,
        column: usize,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Error(Box::new(ErrorImpl {
            category,
            line,
            column,
            path: chidao_model::cut_for_message(path.into(), MAX_PATH_IN_MESSAGE),
            message: chidao_model::cut_for_message(message.into(), MAX_MESSAGE),
        }))
    }

    /// What kind of problem it is.
    pub fn category(&self) -> ErrorCategory {
        self.0.category
    }
    /// The line of the failure, from 1 (0 when unknown).
    pub fn line(&self) -> usize {
        self.0.line
    }
    /// The column of the failure in characters, from 1 (0 when unknown).
    pub fn column(&self) -> usize {
        self.0.column
    }
    /// The path of the element at fault, XPath style with positions counted from 1
    /// (`/dataset/tasks/task[3]/deadline`); empty outside the root element.
    pub fn path(&self) -> &str {
        &self.0.path
    }
    /// The message, without position or path.
    pub fn message(&self) -> &str {
        &self.0.message
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("category", &self.0.category)
            .field("line", &self.0.line)
            .field("column", &self.0.column)
            .field("path", &self.0.path)
            .field("message", &self.0.message)
            .finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.line > 0 {
            write!(f, "line {}, column {}: ", self.0.line, self.0.column)?;
        }
        if !self.0.path.is_empty() {
            write!(f, "at {}: ", self.0.path)?;
        }
        f.write_str(&self.0.message)
    }
}

impl std::error::Error for Error {}

/// The line and column (in characters, from 1) of byte `offset` of `src`.
pub(crate) fn line_col(src: &[u8], offset: usize) -> (usize, usize) {
    let before = &src[..offset.min(src.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}
