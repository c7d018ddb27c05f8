//! The canonical JSON form of a chidao dataset.
//!
//! One document holds a whole dataset: a `format_version`, then arrays of records with
//! snake_case field names, ISO 8601 dates and enumerations as snake_case codes (see the
//! published JSON Schema in `schemas/`). Loading reports the JSON path, line and column of the
//! first value that does not fit the model; [`chidao_model::Dataset::validate`] then reports every
//! semantic problem at once.
//!
//! ```
//! let text = r#"{
//!   "format_version": "1.1",
//!   "agencies": [{"id": "ubnd-tinh", "name": {"vi": "UBND tỉnh Lạng Sơn"},
//!                 "kind": "peoples_committee", "level": "province"}]
//! }"#;
//! let dataset = chidao_json::from_str(text)?;
//! assert_eq!(dataset.agencies().len(), 1);
//!
//! let err = chidao_json::from_str(r#"{"agencies": [{"id": "x", "name": {"vi": "X"}, "kind": "ministry", "level": "galaxy"}]}"#)
//!     .unwrap_err();
//! assert_eq!(err.path(), "agencies[0].level");
//! assert_eq!((err.line(), err.column()), (1, 84));
//!
//! let json = chidao_json::to_string(&dataset)?;
//! assert_eq!(chidao_json::from_str(&json)?, dataset);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod import;
mod write;

pub use import::JsonImporter;

pub use write::{JsonExporter, WriteError, WriteErrorKind, to_string, to_writer};

use std::fmt;
use std::io::Read;

use chidao_model::{Dataset, DatasetParts};

/// What kind of problem stopped loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCategory {
    /// Reading the input failed, or it is not UTF-8.
    Io,
    /// The text is not JSON.
    Syntax,
    /// The JSON does not fit the model (wrong type, unknown field, bad date or code).
    Data,
    /// The input ends in the middle of a value.
    Eof,
}

/// Why a JSON dataset could not be loaded.
#[derive(Debug)]
pub struct LoadError {
    category: ErrorCategory,
    path: String,
    line: usize,
    column: usize,
    message: String,
    /// The failure underneath: the reader's I/O error, or the parser's.
    cause: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl LoadError {
    /// What kind of problem it is.
    pub fn category(&self) -> ErrorCategory {
        self.category
    }
    /// The JSON path to the failing value (`tasks[3].deadline.term`); empty for the document
    /// itself or a syntax error.
    pub fn path(&self) -> &str {
        &self.path
    }
    /// The line of the failure, from 1 (0 when unknown).
    pub fn line(&self) -> usize {
        self.line
    }
    /// The column of the failure, from 1 (0 when unknown).
    pub fn column(&self) -> usize {
        self.column
    }
    /// The message, without position.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "line {}, column {}: ", self.line, self.column)?;
        }
        if !self.path.is_empty() {
            write!(f, "at {}: ", self.path)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for LoadError {
    /// The I/O error of the reader ([`from_reader`]) or the parser's error underneath.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Strips serde_json's " at line L column C" suffix; position is reported separately.
fn bare_message(err: &serde_json::Error, text: &str) -> String {
    let message = err.to_string();
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    };
    // serde_json says "leading" of every lone surrogate; say which it is.
    if message == "lone leading surrogate in hex escape"
        && let Some(escape) = escape_before(text, err.line(), err.column())
        && (0xDC00..=0xDFFF).contains(&escape)
    {
        return format!(
            "lone trailing surrogate \\u{escape:04X} in a string: an escape of U+DC00 to U+DFFF must follow one of U+D800 to U+DBFF"
        );
    }
    chidao_model::cut_for_message(message, MAX_MESSAGE)
}

/// The value of the last `\uXXXX` escape before line `line`, byte column `column` of `text`.
fn escape_before(text: &str, line: usize, column: usize) -> Option<u32> {
    let start = if line <= 1 {
        0
    } else {
        memchr::memchr_iter(b'\n', text.as_bytes()).nth(line - 2)? + 1
    };
    let end = (start + column).min(text.len());
    let before = text.get(start..end)?;
    let at = before.rfind("\\u")?;
    u32::from_str_radix(before.get(at + 2..at + 6)?, 16).ok()
}

/// The longest message and path a load error keeps, in bytes: a 10 MB key quoted in a message
/// is cut, with a note of how much was left out.
const MAX_MESSAGE: usize = 1024;

fn line_col(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

/// One step of a path: an object key or an array index.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Splits a path such as `tasks[3].deadline.term` or `agencies[0]["odd key"]` into steps.
fn parse_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('[') {
            if after.starts_with('"') {
                let (key, used) = scan_string(after.as_bytes(), 0)?;
                rest = after[used..].strip_prefix(']')?;
                steps.push(Step::Key(key));
            } else {
                let close = after.find(']')?;
                steps.push(Step::Index(after[..close].parse().ok()?));
                rest = &after[close + 1..];
            }
        } else {
            let rest_key = rest.strip_prefix('.').unwrap_or(rest);
            let end = rest_key.find(['.', '[']).unwrap_or(rest_key.len());
            if end == 0 {
                return None;
            }
            steps.push(Step::Key(rest_key[..end].to_owned()));
            rest = &rest_key[end..];
        }
    }
    Some(steps)
}

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Reads the JSON string starting at `bytes[i]` (a `"`): its decoded text and the offset just
/// after its closing quote.
fn scan_string(bytes: &[u8], i: usize) -> Option<(String, usize)> {
    if bytes.get(i) != Some(&b'"') {
        return None;
    }
    let mut out: Vec<u8> = Vec::new();
    let mut j = i + 1;
    loop {
        match *bytes.get(j)? {
            b'"' => return Some((String::from_utf8(out).ok()?, j + 1)),
            b'\\' => {
                let escaped = *bytes.get(j + 1)?;
                j += 2;
                let c = match escaped {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    b'u' => {
                        let hex = |at: usize| {
                            std::str::from_utf8(bytes.get(at..at + 4)?)
                                .ok()
                                .and_then(|h| u32::from_str_radix(h, 16).ok())
                        };
                        let first = hex(j)?;
                        j += 4;
                        let code = if (0xD800..0xDC00).contains(&first)
                            && bytes.get(j..j + 2) == Some(b"\\u")
                        {
                            let second = hex(j + 2)?;
                            j += 6;
                            0x10000 + ((first - 0xD800) << 10) + (second.checked_sub(0xDC00)?)
                        } else {
                            first
                        };
                        char::from_u32(code).unwrap_or('\u{fffd}')
                    }
                    _ => return None,
                };
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            b => {
                out.push(b);
                j += 1;
            }
        }
    }
}

/// The offset just after the JSON string starting at `bytes[i]` (a `"`), without decoding it.
fn skip_string(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    loop {
        match *bytes.get(j)? {
            b'"' => return Some(j + 1),
            b'\\' => j += 2,
            _ => j += 1,
        }
    }
}

/// The offset just after the JSON value starting at `bytes[i]`.
fn skip_value(bytes: &[u8], i: usize) -> Option<usize> {
    match *bytes.get(i)? {
        b'"' => skip_string(bytes, i),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = i;
            loop {
                match *bytes.get(j)? {
                    b'"' => {
                        j = skip_string(bytes, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
        }
        _ => {
            let mut j = i;
            while j < bytes.len()
                && !matches!(bytes[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            (j > i).then_some(j)
        }
    }
}

/// The offset where the value at `step` starts, inside the container starting at `bytes[i]`.
fn enter(bytes: &[u8], i: usize, step: &Step) -> Option<usize> {
    match (bytes.get(i)?, step) {
        (b'{', Step::Key(wanted)) => {
            let mut j = skip_ws(bytes, i + 1);
            if bytes.get(j) == Some(&b'}') {
                return None;
            }
            loop {
                let (key, after) = scan_string(bytes, j)?;
                j = skip_ws(bytes, after);
                if bytes.get(j) != Some(&b':') {
                    return None;
                }
                j = skip_ws(bytes, j + 1);
                if &key == wanted {
                    return Some(j);
                }
                j = skip_ws(bytes, skip_value(bytes, j)?);
                match bytes.get(j)? {
                    b',' => j = skip_ws(bytes, j + 1),
                    _ => return None,
                }
            }
        }
        (b'[', Step::Index(wanted)) => {
            let mut j = skip_ws(bytes, i + 1);
            if bytes.get(j) == Some(&b']') {
                return None;
            }
            for _ in 0..*wanted {
                j = skip_ws(bytes, skip_value(bytes, j)?);
                match bytes.get(j)? {
                    b',' => j = skip_ws(bytes, j + 1),
                    _ => return None,
                }
            }
            Some(j)
        }
        _ => None,
    }
}

/// The line and column (both from 1; the column counts characters) where the value at `path`
/// starts in the JSON `text`, or `None` when the text has no value there.
///
/// `path` is in the form findings use: keys joined by `.`, array indexes in brackets, and keys
/// that are not plain names as JSON strings in brackets: `tasks[3].deadline.term`,
/// `agencies[0]["odd key"]`. The empty path is the whole document. A leading byte-order mark
/// is not counted, as [`from_str`] ignores it; of duplicated keys the first is found. The text
/// need not be valid as a whole: only the part before the value is read.
///
/// ```
/// let text = "{\n  \"tasks\": [\n    {\"id\": \"t1\", \"lead\": \"so-khdt\"}\n  ]\n}";
/// assert_eq!(chidao_json::locate(text, "tasks[0].lead"), Some((3, 26)));
/// assert_eq!(chidao_json::locate(text, "tasks[1]"), None);
/// ```
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bytes = text.as_bytes();
    let mut at = skip_ws(bytes, 0);
    for step in parse_path(path)? {
        at = enter(bytes, at, &step)?;
    }
    if at >= bytes.len() {
        return None;
    }
    Some(line_col(bytes, at))
}

/// Finds where values are in one JSON text, for many paths: the text is scanned once when the
/// locator is built (line starts, and the start of every element of every top-level array), so
/// that each [`Locator::locate`] only reads the one record the path points into. Use it rather
/// than [`locate`] when placing many findings in a large document.
///
/// ```
/// let text = "{\n  \"tasks\": [\n    {\"id\": \"t1\"},\n    {\"id\": \"t2\", \"lead\": \"x\"}\n  ]\n}";
/// let locator = chidao_json::Locator::new(text);
/// assert_eq!(locator.locate("tasks[1].lead"), Some((4, 26)));
/// assert_eq!(locator.locate("tasks[1].lead"), chidao_json::locate(text, "tasks[1].lead"));
/// assert_eq!(locator.locate("tasks[2]"), None);
/// ```
#[derive(Debug)]
pub struct Locator<'a> {
    bytes: &'a [u8],
    positions: Positions,
    records: Vec<(String, Vec<usize>)>,
    /// The element starts of long arrays inside records, by the array's offset, found on the
    /// first path that indexes far into one: many findings in one long array (a group of
    /// 100,000 members) then cost one pass over it, not one each.
    elements: std::sync::Mutex<std::collections::HashMap<usize, Vec<usize>>>,
}

/// Indexes from which a path into an array inside a record is found through the cached
/// element starts rather than by skipping elements.
const FAR_INDEX: usize = 32;

/// The offsets where the elements of the array starting at `bytes[i]` start, as far as the
/// text is well formed.
fn element_starts(bytes: &[u8], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = skip_ws(bytes, i + 1);
    if bytes.get(j) == Some(&b']') {
        return out;
    }
    loop {
        out.push(j);
        let Some(end) = skip_value(bytes, j) else {
            return out;
        };
        j = skip_ws(bytes, end);
        match bytes.get(j) {
            Some(b',') => j = skip_ws(bytes, j + 1),
            _ => return out,
        }
    }
}

impl<'a> Locator<'a> {
    /// Scans `text` once. A leading byte-order mark is not counted, as in [`locate`].
    pub fn new(text: &'a str) -> Self {
        let bytes = text.strip_prefix('\u{feff}').unwrap_or(text).as_bytes();
        Locator {
            bytes,
            positions: Positions::new(bytes),
            records: index_records(bytes).unwrap_or_default(),
            elements: Default::default(),
        }
    }

    /// A locator for a text whose records the caller has already found: for each top-level
    /// array, its key and the byte offset in `text` where each of its elements starts. This
    /// saves the scan for records that [`Locator::new`] makes. A leading byte-order mark is not
    /// counted, as in [`locate`]; the offsets count it when `text` has one.
    ///
    /// ```
    /// let text = "{\"tasks\": [{\"id\": \"t1\"},\n  {\"id\": \"t2\"}]}";
    /// let starts = vec![("tasks".to_owned(), vec![11, 27])];
    /// let locator = chidao_json::Locator::with_records(text, starts);
    /// assert_eq!(locator.locate("tasks[1].id"), Some((2, 10)));
    /// assert_eq!(locator.locate("tasks[1].id"), chidao_json::locate(text, "tasks[1].id"));
    /// ```
    pub fn with_records(text: &'a str, mut records: Vec<(String, Vec<usize>)>) -> Self {
        let stripped = text.strip_prefix('\u{feff}').unwrap_or(text);
        let bom = text.len() - stripped.len();
        if bom > 0 {
            for (_, starts) in &mut records {
                for s in starts.iter_mut() {
                    *s = s.saturating_sub(bom);
                }
            }
        }
        let bytes = stripped.as_bytes();
        Locator {
            bytes,
            positions: Positions::new(bytes),
            records,
            elements: Default::default(),
        }
    }

    /// The line and column where the value at `path` starts, as [`locate`] gives them.
    pub fn locate(&self, path: &str) -> Option<(usize, usize)> {
        let steps = parse_path(path)?;
        let mut at = skip_ws(self.bytes, 0);
        let mut rest = &steps[..];
        if let [Step::Key(key), Step::Index(i), tail @ ..] = &steps[..]
            && let Some((_, starts)) = self.records.iter().find(|(k, _)| k == key)
        {
            at = *starts.get(*i)?;
            rest = tail;
        }
        for step in rest {
            at = match step {
                Step::Index(i) if *i >= FAR_INDEX && self.bytes.get(at) == Some(&b'[') => {
                    let mut cache = self
                        .elements
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner);
                    let starts = cache
                        .entry(at)
                        .or_insert_with(|| element_starts(self.bytes, at));
                    *starts.get(*i)?
                }
                _ => enter(self.bytes, at, step)?,
            };
        }
        if at >= self.bytes.len() {
            return None;
        }
        Some(self.positions.line_col(self.bytes, at))
    }
}

/// The bytes of a text in blocks of this size: the [`Positions`] of an offset are found by
/// reading at most two blocks.
const BLOCK: usize = 1 << 12;

/// How many newlines and characters come before each block of a text, and where the line
/// running into each block starts: small (three numbers per 4 KiB), built in one fast pass, and
/// enough to turn any offset into a line and column by reading at most two blocks, however
/// long the line (a minified document is one line).
#[derive(Debug)]
struct Positions {
    /// Newlines before block `k`, for every block and one past the end.
    newlines: Vec<usize>,
    /// Characters (UTF-8 sequences) before block `k`, likewise.
    chars: Vec<usize>,
    /// The offset where the line holding the first byte of block `k` starts, likewise.
    line_starts: Vec<usize>,
}

impl Positions {
    fn new(bytes: &[u8]) -> Self {
        let blocks = bytes.len() / BLOCK + 1;
        let mut newlines = Vec::with_capacity(blocks + 1);
        let mut chars = Vec::with_capacity(blocks + 1);
        let mut line_starts = Vec::with_capacity(blocks + 1);
        let (mut n, mut c, mut line_start) = (0, 0, 0);
        for (k, block) in bytes.chunks(BLOCK).enumerate() {
            newlines.push(n);
            chars.push(c);
            line_starts.push(line_start);
            n += memchr::memchr_iter(b'\n', block).count();
            c += count_chars(block);
            if let Some(i) = memchr::memrchr(b'\n', block) {
                line_start = k * BLOCK + i + 1;
            }
        }
        // a last entry for an offset at the very end (and for an empty text)
        newlines.push(n);
        chars.push(c);
        line_starts.push(line_start);
        Positions {
            newlines,
            chars,
            line_starts,
        }
    }

    /// The line and column (from 1, the column in characters) of byte offset `at`.
    fn line_col(&self, bytes: &[u8], at: usize) -> (usize, usize) {
        let k = at / BLOCK;
        let block_start = k * BLOCK;
        let line =
            self.newlines[k] + memchr::memchr_iter(b'\n', &bytes[block_start..at]).count() + 1;
        let line_start = match memchr::memrchr(b'\n', &bytes[block_start..at]) {
            Some(i) => block_start + i + 1,
            None => self.line_starts[k],
        };
        let column = self.chars_before(bytes, at) - self.chars_before(bytes, line_start) + 1;
        (line, column)
    }

    fn chars_before(&self, bytes: &[u8], at: usize) -> usize {
        let k = at / BLOCK;
        self.chars[k] + count_chars(&bytes[k * BLOCK..at])
    }
}

/// The characters in UTF-8 bytes: the bytes that do not continue a sequence.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The start offsets of the elements of every array that is a value of the root object.
fn index_records(bytes: &[u8]) -> Option<Vec<(String, Vec<usize>)>> {
    let mut out = Vec::new();
    let mut j = skip_ws(bytes, 0);
    if bytes.get(j) != Some(&b'{') {
        return None;
    }
    j = skip_ws(bytes, j + 1);
    if bytes.get(j) == Some(&b'}') {
        return Some(out);
    }
    loop {
        let (key, after) = scan_string(bytes, j)?;
        j = skip_ws(bytes, after);
        if bytes.get(j) != Some(&b':') {
            return Some(out);
        }
        j = skip_ws(bytes, j + 1);
        if bytes.get(j) == Some(&b'[') {
            let mut starts = Vec::new();
            let mut k = skip_ws(bytes, j + 1);
            if bytes.get(k) != Some(&b']') {
                loop {
                    starts.push(k);
                    k = skip_ws(bytes, skip_value(bytes, k)?);
                    match bytes.get(k) {
                        Some(b',') => k = skip_ws(bytes, k + 1),
                        _ => break,
                    }
                }
            }
            out.push((key, starts));
        }
        j = skip_ws(bytes, skip_value(bytes, j)?);
        match bytes.get(j) {
            Some(b',') => j = skip_ws(bytes, j + 1),
            _ => return Some(out),
        }
    }
}

/// Loads a dataset from JSON text. A leading byte-order mark is ignored.
///
/// # Errors
///
/// Returns [`LoadError`] when the text is not JSON ([`ErrorCategory::Syntax`]), ends early
/// ([`ErrorCategory::Eof`]) or does not fit the model ([`ErrorCategory::Data`]), with the JSON
/// path, line and column of the failing value.
pub fn from_str(text: &str) -> Result<Dataset, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // serde would read an array as the fields in order: a document must be an object.
    let start = skip_ws(text.as_bytes(), 0);
    if text.as_bytes().get(start) == Some(&b'[') {
        let (line, column) = line_col(text.as_bytes(), start);
        return Err(LoadError {
            category: ErrorCategory::Data,
            path: String::new(),
            line,
            column,
            message: "the document is an array: a dataset document is an object `{ … }`".to_owned(),
            cause: None,
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let parts: Result<DatasetParts, _> = serde_path_to_error::deserialize(&mut de);
    let (path, inner) = match parts {
        Ok(parts) => match de.end() {
            Ok(()) => return Ok(Dataset::new(parts)),
            Err(e) => (String::new(), e),
        },
        Err(err) => (err.path().to_string(), err.into_inner()),
    };
    let category = match inner.classify() {
        serde_json::error::Category::Io => ErrorCategory::Io,
        serde_json::error::Category::Syntax => ErrorCategory::Syntax,
        serde_json::error::Category::Data => ErrorCategory::Data,
        serde_json::error::Category::Eof => ErrorCategory::Eof,
    };
    Err(LoadError {
        category,
        path: if path == "." {
            String::new()
        } else {
            chidao_model::cut_for_message(path, MAX_MESSAGE)
        },
        line: inner.line(),
        column: inner.column(),
        message: bare_message(&inner, text),
        cause: Some(Box::new(inner)),
    })
}

/// Loads a dataset from JSON bytes, which must be UTF-8.
///
/// # Errors
///
/// Returns [`LoadError`] as [`from_str`] does, and with [`ErrorCategory::Io`] and the position of
/// the first bad byte when the bytes are not UTF-8.
pub fn from_slice(bytes: &[u8]) -> Result<Dataset, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => from_str(text),
        Err(e) => {
            let (line, column) = line_col(bytes, e.valid_up_to());
            Err(LoadError {
                category: ErrorCategory::Io,
                path: String::new(),
                line,
                column,
                message: format!(
                    "the file is not UTF-8: invalid byte 0x{:02X} at byte offset {}",
                    bytes[e.valid_up_to()],
                    e.valid_up_to()
                ),
                cause: Some(Box::new(e)),
            })
        }
    }
}

/// Loads a dataset from a reader, reading it whole.
///
/// # Errors
///
/// Returns [`LoadError`] with [`ErrorCategory::Io`] when reading fails, otherwise as
/// [`from_slice`] does.
pub fn from_reader(mut reader: impl Read) -> Result<Dataset, LoadError> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|e| LoadError {
        category: ErrorCategory::Io,
        path: String::new(),
        line: 0,
        column: 0,
        message: format!("cannot read input: {e}"),
        cause: Some(Box::new(e)),
    })?;
    from_slice(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_error_keeps_its_cause() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
                Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "the share went away",
                ))
            }
        }
        let e = from_reader(Broken).unwrap_err();
        assert_eq!(e.category(), ErrorCategory::Io);
        let cause = std::error::Error::source(&e).expect("the I/O error");
        assert_eq!(cause.to_string(), "the share went away");
        let e = from_str("{\"tasks\": 5}").unwrap_err();
        assert!(std::error::Error::source(&e).is_some());
    }

    /// The block index gives the positions a plain count from the start gives: on short
    /// lines, on lines longer than several blocks, with multi-byte characters, at block edges.
    #[test]
    fn block_positions_agree_with_counting() {
        let mut text = String::new();
        for i in 0..400 {
            let line = match i % 7 {
                0 => "Sở Kế hoạch và Đầu tư tỉnh Lạng Sơn ".repeat(i % 13),
                3 if i % 2 == 1 => "x".repeat(2 * BLOCK + i),
                5 if i % 3 == 0 => "ổ".repeat(BLOCK / 3 + i),
                _ => format!("{{\"id\": \"t{i}\"}}"),
            };
            text.push_str(&line);
            text.push('\n');
        }
        text.push_str("last line without a newline ư");
        let bytes = text.as_bytes();
        let positions = Positions::new(bytes);
        // every offset's position, counted from the start in one walk
        let mut expected = Vec::with_capacity(bytes.len());
        let (mut line, mut column) = (1, 1);
        for (i, c) in text.char_indices() {
            expected.resize(i, (0, 0));
            expected.push((line, column));
            if c == '\n' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        let mut offsets: Vec<usize> = (0..bytes.len()).step_by(197).collect();
        for k in 1..bytes.len() / BLOCK {
            offsets.extend([k * BLOCK - 1, k * BLOCK, k * BLOCK + 1]);
        }
        offsets.push(bytes.len() - 1);
        let mut checked = 0;
        for at in offsets {
            if !text.is_char_boundary(at) {
                continue;
            }
            assert_eq!(positions.line_col(bytes, at), expected[at], "offset {at}");
            checked += 1;
        }
        let last = text.char_indices().last().expect("text").0;
        assert_eq!(line_col(bytes, last), expected[last]);
        assert_eq!(positions.line_col(bytes, last), expected[last]);
        assert!(checked > 1000, "{checked}");
        assert!(bytes.len() > 20 * BLOCK);
        // A line that runs over many blocks: its start is found without walking back.
        let long = format!("x\n{}é", "a".repeat(10 * BLOCK));
        let positions = Positions::new(long.as_bytes());
        let at = long.len() - "é".len();
        assert_eq!(positions.line_col(long.as_bytes(), at), (2, 10 * BLOCK + 1));
    }

    #[test]
    fn positions_and_categories() {
        let err = from_str("{\n  \"tasks\": [\n    {\"id\": 5}\n  ]\n}").unwrap_err();
        assert_eq!(err.category(), ErrorCategory::Data);
        assert_eq!(err.path(), "tasks[0].id");
        assert_eq!(err.line(), 3);

        let err = from_str("{\"agencies\": [").unwrap_err();
        assert_eq!(err.category(), ErrorCategory::Eof);

        let err = from_str("{\"agencies\": [}").unwrap_err();
        assert_eq!(err.category(), ErrorCategory::Syntax);
        assert_eq!((err.line(), err.column()), (1, 15));

        let err = from_str("{} {}").unwrap_err();
        assert_eq!(err.category(), ErrorCategory::Syntax);

        let err = from_str(r#"{"bogus": 1}"#).unwrap_err();
        assert!(err.message().contains("unknown field `bogus`"), "{err}");
    }

    #[test]
    fn bom_and_non_utf8() {
        assert!(from_str("\u{feff}{}").is_ok());
        let err = from_slice(b"{\n\"title\": {\"vi\": \"\xff\"}}").unwrap_err();
        assert_eq!(err.category(), ErrorCategory::Io);
        assert_eq!((err.line(), err.column()), (2, 18));
    }

    #[test]
    fn locate_finds_values_by_path() {
        let text = "\u{feff}{\n  \"a b\": {\"x\\\"y\": [1, {\"k\": \"v\"}]},\n  \"s\": \"é\", \"n\": null,\n  \"t\": [[], {}, \"\\u00e9\"]\n}";
        assert_eq!(locate(text, ""), Some((1, 1)));
        assert_eq!(locate(text, "[\"a b\"]"), Some((2, 10)));
        assert_eq!(locate(text, "[\"a b\"][\"x\\\"y\"][1].k"), Some((2, 29)));
        assert_eq!(locate(text, "n"), Some((3, 18)));
        assert_eq!(locate(text, "t[2]"), Some((4, 17)));
        assert_eq!(locate(text, "t[3]"), None);
        assert_eq!(locate(text, "s.x"), None);
        assert_eq!(locate(text, "missing"), None);
        assert_eq!(locate(text, "t["), None);
        assert_eq!(locate("{\"a\": [1, 2", "a[1]"), Some((1, 11)));
        assert_eq!(
            parse_path("tasks[3].deadline"),
            Some(vec![
                Step::Key("tasks".into()),
                Step::Index(3),
                Step::Key("deadline".into())
            ])
        );
    }

    #[test]
    fn bad_calendar_date_is_reported_at_its_path() {
        let text = r#"{"meetings": [{"id": "m", "title": {"vi": "H"}, "kind": "conference", "date": "2023-02-29"}]}"#;
        let err = from_str(text).unwrap_err();
        assert_eq!(err.path(), "meetings[0].date");
        assert_eq!(err.message(), "`2023-02-29` is not a calendar date");
    }
}
