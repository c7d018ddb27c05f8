//! Reading the dataset a command works on: the bundled Lạng Sơn dataset by default, or a file
//! in any format of the importer registry (JSON, XML, the data-entry workbook), recognised by
//! extension and, failing that, by content.

use std::fmt;
use std::io::Read;
use std::path::Path;

use chidao_model::{
    Dataset, ImportOptions, ImportProblem, Importer, ImporterRegistry, Lang, Locate,
};

/// The bundled dataset, built from the documents in `shared/seeds/`.
pub const BUNDLED_JSON: &str = include_str!("../data/langson.json");

/// The name the bundled dataset is shown under in messages.
pub const BUNDLED_NAME: &str = "<bundled: data/langson.json>";

/// The name standard input is shown under in messages (`-i -`).
pub const STDIN_NAME: &str = "<stdin>";

/// The formats a dataset can be read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    Json,
    Xml,
    /// The data-entry workbook of `chidao template`.
    Template,
}

/// Every input format the command line knows.
pub fn importers() -> ImporterRegistry {
    let mut r = ImporterRegistry::new();
    r.register(Box::new(chidao_json::JsonImporter));
    r.register(Box::new(chidao_xml::XmlImporter));
    r.register(Box::new(chidao_template::TemplateImporter));
    r
}

/// Where the dataset came from, and its raw text (kept for locating findings).
pub struct Input {
    pub name: String,
    pub format: InputFormat,
    /// The text of a text format; empty for a workbook.
    pub text: String,
    /// The bytes of a workbook; empty for a text format.
    pub bytes: Vec<u8>,
    /// The language of an importer's messages.
    pub lang: Lang,
    /// Places the dataset's paths in a workbook, once it is parsed.
    pub locator: Option<Box<dyn Locate>>,
    /// What the importer warned about.
    pub warnings: Vec<ImportProblem>,
}

/// Why an input could not be read or parsed: exit code 2.
#[derive(Debug)]
pub struct InputError {
    pub file: String,
    /// The whole message, position included.
    pub message: String,
    /// Where, when the parser knows: line and column from 1, and the path (JSON path or XML
    /// element path) of the failing value.
    pub location: Option<Box<Location>>,
    /// Every problem an importer found (a workbook's, each at its cell).
    pub problems: Vec<ImportProblem>,
}

/// A place in an input file.
#[derive(Debug, Clone)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub path: String,
    /// The message without the position.
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl InputError {
    /// Prints the error to standard error: each problem of an importer on its own line, with
    /// its severity, then the count.
    pub fn print(&self) {
        if self.problems.is_empty() {
            eprintln!("error: {self}");
            return;
        }
        for p in &self.problems {
            eprintln!("{}: {}: {p}", p.severity, self.file);
        }
        eprintln!("error: {}: {}", self.file, self.message);
    }
}

impl std::error::Error for InputError {}

/// The format of a file: a workbook by its content (a zip archive), else by the registry
/// (extension, then content); JSON when nothing names another, so that JSON's messages say
/// what is wrong.
fn detect(path: &Path, bytes: &[u8]) -> InputFormat {
    if bytes.starts_with(b"PK\x03\x04") {
        return InputFormat::Template;
    }
    let extension = path.extension().and_then(|e| e.to_str());
    match importers().detect(extension, bytes).map(|i| i.info().name) {
        Some(name) if name == "xml" => InputFormat::Xml,
        Some(name) if name == "template" => InputFormat::Template,
        _ => InputFormat::Json,
    }
}

/// Reads the input file, or the bundled dataset when `path` is `None`.
pub fn read(path: Option<&Path>) -> Result<Input, InputError> {
    let Some(path) = path else {
        return Ok(Input {
            name: BUNDLED_NAME.to_owned(),
            format: InputFormat::Json,
            text: BUNDLED_JSON.to_owned(),
            bytes: Vec::new(),
            lang: Lang::En,
            locator: None,
            warnings: Vec::new(),
        });
    };
    let stdin = path.as_os_str() == "-";
    let name = if stdin {
        STDIN_NAME.to_owned()
    } else {
        path.display().to_string()
    };
    let err = |message: String| InputError {
        file: name.clone(),
        message,
        location: None,
        problems: Vec::new(),
    };
    if !stdin && path.is_dir() {
        return Err(err("is a directory, not a dataset file".into()));
    }
    let cannot = |e: std::io::Error| {
        err(match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
            _ => format!("cannot read: {e}"),
        })
    };
    let mut bytes = Vec::new();
    if stdin {
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(cannot)?;
    } else {
        let mut file = std::fs::File::open(path).map_err(cannot)?;
        let meta = file.metadata().map_err(cannot)?;
        crate::guard::read_input(path, &meta);
        file.read_to_end(&mut bytes).map_err(cannot)?;
    }
    if bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&bytes)
        .iter()
        .all(u8::is_ascii_whitespace)
    {
        return Err(err(
            "the file is empty: a dataset document is at least `{}` (JSON) or `<dataset \
             xmlns=\"urn:chidao:dataset:1\"/>` (XML)"
                .to_owned(),
        ));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(err(
            "the file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8"
                .to_owned(),
        ));
    }
    let format = detect(path, &bytes);
    if format == InputFormat::Template {
        return Ok(Input {
            name,
            format,
            text: String::new(),
            bytes,
            lang: Lang::En,
            locator: None,
            warnings: Vec::new(),
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            // Let the JSON loader describe the position of the bad byte.
            let bytes = e.into_bytes();
            let msg = match chidao_json::from_slice(&bytes) {
                Err(le) => le.to_string(),
                Ok(_) => "the file is not UTF-8".to_owned(),
            };
            return Err(err(msg));
        }
    };
    Ok(Input {
        name,
        format,
        text: lone_cr_as_lf(text),
        bytes: Vec::new(),
        lang: Lang::En,
        locator: None,
        warnings: Vec::new(),
    })
}

/// A file with old Mac line endings (a carriage return alone) read as lines: each lone CR
/// becomes a line feed, byte for byte, so that every line and column in a message is the one an
/// editor shows. XML itself reads a lone CR as a line feed; JSON allows both as whitespace and
/// neither inside a string.
fn lone_cr_as_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut bytes = text.into_bytes();
    for i in 0..bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
            bytes[i] = b'\n';
        }
    }
    String::from_utf8(bytes).expect("ASCII replaced by ASCII")
}

impl Input {
    /// Parses the input into a dataset; a workbook's locator and warnings are kept in the
    /// input.
    pub fn parse(&mut self) -> Result<Dataset, InputError> {
        let err =
            |message: String, line: usize, column: usize, path: &str, bare: &str| InputError {
                file: self.name.clone(),
                message,
                location: (line > 0).then(|| {
                    Box::new(Location {
                        line,
                        column,
                        path: path.to_owned(),
                        message: bare.to_owned(),
                    })
                }),
                problems: Vec::new(),
            };
        match self.format {
            InputFormat::Template => {
                let options = ImportOptions::default().with_lang(self.lang);
                match chidao_template::TemplateImporter.import(&self.bytes, &options) {
                    Ok(imported) => {
                        self.warnings = imported.warnings;
                        self.locator = imported.locator;
                        Ok(imported.dataset)
                    }
                    Err(e) => Err(InputError {
                        file: self.name.clone(),
                        message: match e.error_count() {
                            1 => "1 error; the workbook was not read".to_owned(),
                            n => format!("{n} errors; the workbook was not read"),
                        },
                        location: None,
                        problems: e.into_problems(),
                    }),
                }
            }
            InputFormat::Json => chidao_json::from_str(&self.text)
                .map_err(|e| err(e.to_string(), e.line(), e.column(), e.path(), e.message())),
            InputFormat::Xml => chidao_xml::from_str(&self.text)
                .map_err(|e| err(e.to_string(), e.line(), e.column(), e.path(), e.message())),
        }
    }
}

/// Reads and parses the input in one step.
pub fn load(path: Option<&Path>) -> Result<(Input, Dataset), InputError> {
    let mut input = read(path)?;
    let dataset = input.parse()?;
    Ok((input, dataset))
}

impl Input {
    /// Where a finding's path is in the input, for a workbook: its sheet and cell.
    pub fn place(&self, path: &str) -> Option<String> {
        self.locator
            .as_ref()
            .and_then(|l| l.locate(path))
            .map(|p| p.to_string())
    }
}
