//! The hardened pull reader: quick-xml events straight into the model, no tree.
//!
//! Refused outright: any DOCTYPE (so no DTD, no entity declarations, nothing fetched),
//! references to entities other than the five predefined ones, nesting beyond [`MAX_DEPTH`]
//! and text or attribute values longer than [`MAX_TEXT_LEN`] bytes.

use std::fmt;
use std::str::FromStr;

use chidao_model::{
    Agency, AgencyGroup, Attendee, Baseline, Dataset, DatasetParts, Decimal, Directive,
    ExpectedOutput, Extension, Figure, GroupCriteria, Halt, IdError, Indicator, IndicatorYear,
    Inference, Meeting, Milestone, NaiveDate, Official, Position, ProgressUpdate, Project,
    Reassignment, Signature, Source, Target, Task, Text, Vocabulary, YearMonth, YearSpan,
};
use quick_xml::XmlVersion;
use quick_xml::escape::EscapeError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

mod deadline;

use crate::write::is_xml_char;
use crate::{MAX_DEPTH, MAX_TEXT_LEN, NAMESPACE};
use deadline::read_deadline;

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
/// Attributes in this namespace (`xsi:schemaLocation`) are for schema validators, as in XSD.
const XSI_NS: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// Elements that may repeat among their siblings: their position is always shown in paths.
const REPEATED: &[&str] = &[
    "source",
    "agency",
    "agency-group",
    "official",
    "meeting",
    "directive",
    "task",
    "indicator",
    "project",
    "alias",
    "member",
    "position",
    "attendee",
    "recipient",
    "reference",
    "coordinating",
    "progress",
    "indicator-year",
    "location",
    "partner",
    "milestone",
    "inferred",
    "extension",
    "reassignment",
];

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

type Result<T, E = Error> = std::result::Result<T, E>;

struct Frame {
    name: String,
    path: String,
    counts: Vec<(String, usize)>,
}

struct Attr {
    key: String,
    value: String,
    offset: usize,
    used: bool,
}

/// A start tag just read: its local name, path, position and attributes.
struct Elem {
    name: String,
    parent: String,
    path: String,
    start: usize,
    attrs: Vec<Attr>,
}

/// Bilingual text gathered from elements carrying `xml:lang`.
#[derive(Default)]
struct TextAcc {
    vi: Option<String>,
    en: Option<String>,
}

struct Parser<'a> {
    src: &'a str,
    reader: NsReader<&'a [u8]>,
    stack: Vec<Frame>,
}

fn is_ws(s: &str) -> bool {
    s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
}

fn predefined(name: &str) -> Option<char> {
    Some(match name {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "apos" => '\'',
        "quot" => '"',
        _ => return None,
    })
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    chidao_model::parse_date(s).map_err(|e| e.to_string())
}

fn parse_decimal(s: &str) -> Result<Decimal, String> {
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let ok = (!int.is_empty() || !frac.is_empty())
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        return Err(format!("`{s}` is not a decimal number"));
    }
    let text = s.strip_prefix('+').unwrap_or(s);
    let text = text.strip_suffix('.').unwrap_or(text);
    let normal;
    let text = match text
        .strip_prefix("-.")
        .map(|f| ("-0.", f))
        .or_else(|| text.strip_prefix('.').map(|f| ("0.", f)))
    {
        Some((head, f)) => {
            normal = format!("{head}{f}");
            normal.as_str()
        }
        None => text,
    };
    Decimal::from_str(text)
        .map(|d| d.normalize())
        .map_err(|_| format!("`{s}` is not a decimal number in range"))
}

fn parse_bool(s: &str) -> Result<bool, String> {
    match s {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(format!("`{s}` is not a boolean (true or false)")),
    }
}

impl<'a> Parser<'a> {
    fn new(src: &'a str) -> Self {
        let mut reader = NsReader::from_str(src);
        let config = reader.config_mut();
        config.expand_empty_elements = true;
        config.check_end_names = true;
        config.check_comments = true;
        config.trim_text(false);
        Parser {
            src,
            reader,
            stack: Vec::new(),
        }
    }

    fn error(
        &self,
        category: ErrorCategory,
        offset: usize,
        path: &str,
        msg: impl Into<String>,
    ) -> Error {
        let (line, column) = line_col(self.src.as_bytes(), offset);
        Error::new(category, line, column, path, msg)
    }

    fn here(&self) -> &str {
        self.stack.last().map_or("", |f| f.path.as_str())
    }

    fn quick(&self, err: &quick_xml::Error) -> Error {
        let offset = self.reader.error_position() as usize;
        let category = match err {
            quick_xml::Error::Io(_) => ErrorCategory::Io,
            quick_xml::Error::Escape(EscapeError::UnrecognizedEntity(..)) => ErrorCategory::Refused,
            _ => ErrorCategory::Syntax,
        };
        let msg = match err {
            quick_xml::Error::Namespace(quick_xml::name::NamespaceError::TooManyBindings(n)) => {
                format!(
                    "more than {n} namespace declarations (xmlns) in scope: a dataset document needs one, {NAMESPACE}"
                )
            }
            other => other.to_string().to_lowercase_first(),
        };
        self.error(category, offset, self.here(), msg)
    }

    fn next(&mut self) -> Result<(usize, Event<'a>)> {
        let pos = self.reader.buffer_position() as usize;
        match self.reader.read_event() {
            Ok(Event::DocType(_)) => Err(self.error(
                ErrorCategory::Refused,
                pos,
                self.here(),
                "document type declarations (DOCTYPE) are not allowed: the reader reads no \
                 DTD, expands no declared entities and fetches nothing",
            )),
            Ok(ev) => Ok((pos, ev)),
            Err(e) => Err(self.quick(&e)),
        }
    }

    fn check_chars(&self, pos: usize, s: &str) -> Result<()> {
        if let Some(c) = s.chars().find(|&c| !is_xml_char(c)) {
            let at = self.src[pos..].find(c).map_or(pos, |i| pos + i);
            return Err(self.error(
                ErrorCategory::Syntax,
                at,
                self.here(),
                format!("character U+{:04X} is not allowed in XML 1.0", c as u32),
            ));
        }
        Ok(())
    }

    fn check_len(&self, pos: usize, path: &str, len: usize) -> Result<()> {
        if len > MAX_TEXT_LEN {
            return Err(self.error(
                ErrorCategory::Refused,
                pos,
                path,
                format!("text is longer than the limit of {MAX_TEXT_LEN} bytes"),
            ));
        }
        Ok(())
    }

    fn resolve_ref(&self, pos: usize, name: &str) -> Result<char> {
        if let Some(num) = name.strip_prefix('#') {
            let code = if let Some(hex) = num.strip_prefix('x') {
                u32::from_str_radix(hex, 16).ok()
            } else if num.bytes().all(|b| b.is_ascii_digit()) {
                num.parse().ok()
            } else {
                None
            };
            return match code.and_then(char::from_u32) {
                Some(c) if is_xml_char(c) => Ok(c),
                _ => Err(self.error(
                    ErrorCategory::Syntax,
                    pos,
                    self.here(),
                    format!("character reference &{name}; is not a character XML 1.0 allows"),
                )),
            };
        }
        predefined(name).ok_or_else(|| {
            self.error(
                ErrorCategory::Refused,
                pos,
                self.here(),
                format!(
                    "entity reference &{name}; is not allowed: only the five predefined entities \
                     and character references are, and no entity is ever expanded"
                ),
            )
        })
    }

    /// Checks the XML declaration: version 1.0, UTF-8.
    fn decl(&self, pos: usize, d: &quick_xml::events::BytesDecl<'_>) -> Result<()> {
        let syntax = |m: String| self.error(ErrorCategory::Syntax, pos, "", m);
        let version = d.version().map_err(|e| syntax(e.to_string()))?;
        if &*version != "1.0" {
            return Err(syntax(format!(
                "unsupported version {version} of XML: only 1.0 is read"
            )));
        }
        if let Some(enc) = d.encoding() {
            let enc = enc.map_err(|e| syntax(e.to_string()))?;
            if !enc.eq_ignore_ascii_case("utf-8") {
                return Err(syntax(format!(
                    "encoding {enc} is not supported: only UTF-8 is"
                )));
            }
        }
        Ok(())
    }

    /// Turns a start tag into an [`Elem`] and enters it.
    fn open(&mut self, pos: usize, start: &BytesStart<'a>) -> Result<Elem> {
        let parent_path = self.here().to_owned();
        let parent = self
            .stack
            .last()
            .map(|f| f.name.clone())
            .unwrap_or_default();
        let qname = start.name();
        let (ns, local) = self.reader.resolver().resolve_element(qname);
        let local = local.into_inner().to_owned();
        let in_ns = matches!(&ns, ResolveResult::Bound(n) if n.into_inner() == NAMESPACE);
        let index = match self.stack.last_mut() {
            Some(frame) => match frame.counts.iter_mut().find(|(n, _)| *n == local) {
                Some((_, c)) => {
                    *c += 1;
                    *c
                }
                None => {
                    frame.counts.push((local.clone(), 1));
                    1
                }
            },
            None => 1,
        };
        let path = if index > 1 || REPEATED.contains(&local.as_str()) {
            format!("{parent_path}/{local}[{index}]")
        } else {
            format!("{parent_path}/{local}")
        };
        if !in_ns {
            return Err(self.error(
                ErrorCategory::Data,
                pos,
                &path,
                format!(
                    "element <{}> is not in the chidao namespace {NAMESPACE}",
                    qname.into_inner()
                ),
            ));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(
                ErrorCategory::Refused,
                pos,
                &path,
                format!("elements are nested deeper than the limit of {MAX_DEPTH}"),
            ));
        }
        let mut attrs = Vec::new();
        // Attributes come in order: each is looked for after the one before, so that a tag of
        // many attributes is read in one pass.
        let tag_end = self.src[pos..]
            .find('>')
            .map_or(self.src.len(), |i| pos + i);
        let mut from = pos;
        for a in start.attributes() {
            let a = a.map_err(|e| self.error(ErrorCategory::Syntax, pos, &path, e.to_string()))?;
            let key = a.key.into_inner();
            if key == "xmlns" || key.starts_with("xmlns:") {
                continue;
            }
            let offset = match attr_offset(&self.src[from..tag_end], key) {
                Some(i) => {
                    from += i + key.len();
                    from - key.len()
                }
                None => pos,
            };
            let name = match self.reader.resolver().resolve_attribute(a.key) {
                (ResolveResult::Unbound, local) => local.into_inner().to_owned(),
                (ResolveResult::Bound(n), local) if n.into_inner() == XML_NS => {
                    format!("xml:{}", local.into_inner())
                }
                (ResolveResult::Bound(n), _) if n.into_inner() == XSI_NS => continue,
                _ => {
                    return Err(self.error(
                        ErrorCategory::Data,
                        offset,
                        &path,
                        format!("unknown attribute `{key}` on <{local}>"),
                    ));
                }
            };
            self.check_len(offset, &path, a.value.len())?;
            let value = match a.normalized_value(XmlVersion::Implicit1_0) {
                Ok(v) => v.into_owned(),
                Err(e) => {
                    let (category, msg) = match &e {
                        quick_xml::Error::Escape(EscapeError::UnrecognizedEntity(_, name)) => (
                            ErrorCategory::Refused,
                            format!(
                                "entity reference &{name}; is not allowed: only the five \
                                 predefined entities and character references are, and no \
                                 entity is ever expanded"
                            ),
                        ),
                        other => (ErrorCategory::Syntax, other.to_string()),
                    };
                    return Err(self.error(
                        category,
                        offset,
                        &path,
                        format!("attribute `{key}`: {msg}"),
                    ));
                }
            };
            if let Some(c) = value.chars().find(|&c| !is_xml_char(c)) {
                return Err(self.error(
                    ErrorCategory::Syntax,
                    offset,
                    &path,
                    format!(
                        "attribute `{key}`: character U+{:04X} is not allowed in XML 1.0",
                        c as u32
                    ),
                ));
            }
            attrs.push(Attr {
                key: name,
                value,
                offset,
                used: false,
            });
        }
        self.stack.push(Frame {
            name: local.clone(),
            path: path.clone(),
            counts: Vec::new(),
        });
        Ok(Elem {
            name: local,
            parent,
            path,
            start: pos,
            attrs,
        })
    }

    /// The next child element of the current element, or `None` once it ends.
    fn child(&mut self) -> Result<Option<Elem>> {
        loop {
            let (pos, ev) = self.next()?;
            match ev {
                // `expand_empty_elements` turns every `<a/>` into a start and an end.
                Event::Start(s) | Event::Empty(s) => return self.open(pos, &s).map(Some),
                Event::End(_) => {
                    self.stack.pop();
                    return Ok(None);
                }
                Event::Text(t) if is_ws(&t) => {}
                Event::Comment(_) | Event::PI(_) => {}
                Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {
                    let name = self.stack.last().map_or("", |f| f.name.as_str());
                    return Err(self.error(
                        ErrorCategory::Data,
                        pos,
                        self.here(),
                        format!("unexpected text in <{name}>, which holds only elements"),
                    ));
                }
                Event::Decl(_) => {
                    return Err(self.error(
                        ErrorCategory::Syntax,
                        pos,
                        self.here(),
                        "unexpected XML declaration",
                    ));
                }
                Event::Eof | Event::DocType(_) => {
                    return Err(self.error(
                        ErrorCategory::Syntax,
                        pos,
                        self.here(),
                        "unexpected end of document",
                    ));
                }
            }
        }
    }

    /// The text content of the element just opened, through its end tag.
    fn text(&mut self, e: &Elem) -> Result<String> {
        let mut out = String::new();
        loop {
            let (pos, ev) = self.next()?;
            match ev {
                Event::Text(t) => {
                    let t = t.xml10_content();
                    self.check_chars(pos, &t)?;
                    out.push_str(&t);
                }
                Event::CData(t) => {
                    let t = t.xml10_content();
                    self.check_chars(pos, &t)?;
                    out.push_str(&t);
                }
                Event::GeneralRef(r) => out.push(self.resolve_ref(pos, &r)?),
                Event::Comment(_) | Event::PI(_) => {}
                Event::End(_) => {
                    self.stack.pop();
                    return Ok(out);
                }
                Event::Start(s) | Event::Empty(s) => {
                    let c = self.open(pos, &s)?;
                    return Err(self.error(
                        ErrorCategory::Data,
                        c.start,
                        &c.path,
                        format!(
                            "unexpected element <{}> in <{}>, which holds only text",
                            c.name, e.name
                        ),
                    ));
                }
                Event::Decl(_) | Event::Eof | Event::DocType(_) => {
                    return Err(self.error(
                        ErrorCategory::Syntax,
                        pos,
                        self.here(),
                        "unexpected end of document",
                    ));
                }
            }
            self.check_len(pos, self.here(), out.len())?;
        }
    }

    /// The end of an element that holds nothing.
    fn end(&mut self) -> Result<()> {
        match self.child()? {
            None => Ok(()),
            Some(c) => Err(self.unexpected(&c)),
        }
    }

    fn unexpected(&self, c: &Elem) -> Error {
        self.error(
            ErrorCategory::Data,
            c.start,
            &c.path,
            format!("unexpected element <{}> in <{}>", c.name, c.parent),
        )
    }

    fn duplicate(&self, c: &Elem) -> Error {
        self.error(
            ErrorCategory::Data,
            c.start,
            &c.path,
            format!("duplicate <{}> in <{}>", c.name, c.parent),
        )
    }

    fn once<T>(&self, slot: &Option<T>, c: &Elem) -> Result<()> {
        if slot.is_some() {
            return Err(self.duplicate(c));
        }
        Ok(())
    }

    // Attributes.

    fn attr(&self, e: &mut Elem, key: &str) -> Option<(String, usize)> {
        let a = e.attrs.iter_mut().find(|a| a.key == key)?;
        a.used = true;
        Some((a.value.clone(), a.offset))
    }

    fn attr_error(&self, e: &Elem, offset: usize, key: &str, msg: impl fmt::Display) -> Error {
        self.error(
            ErrorCategory::Data,
            offset,
            &e.path,
            format!("attribute `{key}`: {msg}"),
        )
    }

    fn req(&self, e: &mut Elem, key: &str) -> Result<(String, usize)> {
        self.attr(e, key).ok_or_else(|| {
            self.error(
                ErrorCategory::Data,
                e.start,
                &e.path,
                format!("missing attribute `{key}` on <{}>", e.name),
            )
        })
    }

    fn opt_with<T>(
        &self,
        e: &mut Elem,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<Option<T>> {
        match self.attr(e, key) {
            None => Ok(None),
            Some((v, off)) => parse(&v)
                .map(Some)
                .map_err(|m| self.attr_error(e, off, key, m)),
        }
    }

    fn req_with<T>(
        &self,
        e: &mut Elem,
        key: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Result<T> {
        let (v, off) = self.req(e, key)?;
        parse(&v).map_err(|m| self.attr_error(e, off, key, m))
    }

    fn id<T: FromStr<Err = IdError>>(&self, e: &mut Elem, key: &str) -> Result<T> {
        self.req_with(e, key, |v| v.parse().map_err(|e: IdError| e.to_string()))
    }

    fn opt_id<T: FromStr<Err = IdError>>(&self, e: &mut Elem, key: &str) -> Result<Option<T>> {
        self.opt_with(e, key, |v| v.parse().map_err(|e: IdError| e.to_string()))
    }

    fn vocab<V: Vocabulary>(&self, e: &mut Elem, key: &str) -> Result<V> {
        self.req_with(e, key, vocab_code)
    }

    fn opt_vocab<V: Vocabulary>(&self, e: &mut Elem, key: &str) -> Result<Option<V>> {
        self.opt_with(e, key, vocab_code)
    }

    fn date(&self, e: &mut Elem, key: &str) -> Result<NaiveDate> {
        self.req_with(e, key, parse_date)
    }

    fn opt_date(&self, e: &mut Elem, key: &str) -> Result<Option<NaiveDate>> {
        self.opt_with(e, key, parse_date)
    }

    fn int<T: FromStr>(&self, e: &mut Elem, key: &str) -> Result<T> {
        self.req_with(e, key, parse_int)
    }

    fn opt_int<T: FromStr>(&self, e: &mut Elem, key: &str) -> Result<Option<T>> {
        self.opt_with(e, key, parse_int)
    }

    fn decimal(&self, e: &mut Elem, key: &str) -> Result<Decimal> {
        self.req_with(e, key, parse_decimal)
    }

    fn flag(&self, e: &mut Elem, key: &str) -> Result<bool> {
        Ok(self.opt_with(e, key, parse_bool)?.unwrap_or(false))
    }

    /// Refuses attributes no one asked for.
    fn finish(&self, e: &Elem) -> Result<()> {
        match e.attrs.iter().find(|a| !a.used) {
            None => Ok(()),
            Some(a) => Err(self.error(
                ErrorCategory::Data,
                a.offset,
                &e.path,
                format!("unknown attribute `{}` on <{}>", a.key, e.name),
            )),
        }
    }

    // Elements.

    /// One language of a bilingual text.
    fn lang_text(&mut self, mut c: Elem, acc: &mut TextAcc) -> Result<()> {
        let (lang, off) = self.req(&mut c, "xml:lang")?;
        self.finish(&c)?;
        let slot = match lang.as_str() {
            "vi" => &mut acc.vi,
            "en" => &mut acc.en,
            other => {
                return Err(self.attr_error(
                    &c,
                    off,
                    "xml:lang",
                    format!("must be `vi` or `en`, not `{other}`"),
                ));
            }
        };
        if slot.is_some() {
            return Err(self.error(
                ErrorCategory::Data,
                c.start,
                &c.path,
                format!(
                    "duplicate <{} xml:lang=\"{lang}\"> in <{}>",
                    c.name, c.parent
                ),
            ));
        }
        *slot = Some(self.text(&c)?);
        Ok(())
    }

    fn opt_text(&self, e: &Elem, name: &str, acc: TextAcc) -> Result<Option<Text>> {
        match acc {
            TextAcc { vi: None, en: None } => Ok(None),
            TextAcc { vi: Some(vi), en } => Ok(Some(Text { vi, en })),
            TextAcc {
                vi: None,
                en: Some(_),
            } => Err(self.error(
                ErrorCategory::Data,
                e.start,
                &e.path,
                format!(
                    "<{name} xml:lang=\"en\"> without <{name} xml:lang=\"vi\"> in <{}>",
                    e.name
                ),
            )),
        }
    }

    fn req_text(&self, e: &Elem, name: &str, acc: TextAcc) -> Result<Text> {
        self.opt_text(e, name, acc)?.ok_or_else(|| {
            self.error(
                ErrorCategory::Data,
                e.start,
                &e.path,
                format!("missing <{name} xml:lang=\"vi\"> in <{}>", e.name),
            )
        })
    }

    /// A text-only element without attributes, at most once.
    fn plain_once(&mut self, c: Elem, slot: &mut Option<String>) -> Result<()> {
        self.once(slot, &c)?;
        *slot = Some(self.plain(c)?);
        Ok(())
    }

    fn plain(&mut self, c: Elem) -> Result<String> {
        self.finish(&c)?;
        self.text(&c)
    }

    /// `<name ref="id"/>`.
    fn reference<T: FromStr<Err = IdError>>(&mut self, mut c: Elem) -> Result<T> {
        let id = self.id(&mut c, "ref")?;
        self.finish(&c)?;
        self.end()?;
        Ok(id)
    }

    /// A list container holding only `item` elements.
    fn items(
        &mut self,
        container: &Elem,
        item: &str,
        mut read: impl FnMut(&mut Self, Elem) -> Result<()>,
    ) -> Result<()> {
        self.finish(container)?;
        while let Some(c) = self.child()? {
            if c.name != item {
                return Err(self.unexpected(&c));
            }
            read(self, c)?;
        }
        Ok(())
    }
}

/// Where attribute `key` starts in the start tag at the beginning of `tag`.
fn attr_offset(tag: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = tag[from..].find(key) {
        let at = from + i;
        let before_ws = tag[..at].ends_with([' ', '\t', '\r', '\n']);
        let after = tag[at + key.len()..].trim_start_matches([' ', '\t', '\r', '\n']);
        if before_ws && after.starts_with('=') {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

/// The longest message and element path an error keeps, in bytes; what is longer is cut with
/// an ellipsis that says how much was left out.
const MAX_MESSAGE: usize = 1024;
const MAX_PATH_IN_MESSAGE: usize = 512;

fn vocab_code<V: Vocabulary>(v: &str) -> Result<V, String> {
    V::from_code(v).ok_or_else(|| format!("unknown {} code `{v}`", V::NAME))
}

fn parse_int<T: FromStr>(v: &str) -> Result<T, String> {
    let digits = v.strip_prefix('-').unwrap_or(v);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("`{v}` is not an integer"));
    }
    v.parse().map_err(|_| format!("`{v}` is out of range"))
}

trait LowerFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowerFirst for String {
    fn to_lowercase_first(&self) -> String {
        let mut c = self.chars();
        match c.next() {
            Some(f) => f.to_lowercase().chain(c).collect(),
            None => String::new(),
        }
    }
}

/// Reads a whole document.
pub(crate) fn read_document(src: &str) -> Result<Dataset> {
    let mut p = Parser::new(src);
    let root = loop {
        let (pos, ev) = p.next()?;
        match ev {
            Event::Decl(d) => p.decl(pos, &d)?,
            Event::Start(s) => break p.open(pos, &s)?,
            Event::Text(t) if is_ws(&t) => {}
            Event::Comment(_) | Event::PI(_) => {}
            Event::Eof => {
                return Err(p.error(
                    ErrorCategory::Syntax,
                    pos,
                    "",
                    "the document has no root element",
                ));
            }
            _ => {
                return Err(p.error(
                    ErrorCategory::Syntax,
                    pos,
                    "",
                    "unexpected content before the root element",
                ));
            }
        }
    };
    if root.name != "dataset" {
        return Err(p.error(
            ErrorCategory::Data,
            root.start,
            &root.path,
            format!("the root element must be <dataset>, not <{}>", root.name),
        ));
    }
    let dataset = read_dataset(&mut p, root)?;
    loop {
        let (pos, ev) = p.next()?;
        match ev {
            Event::Eof => return Ok(dataset),
            Event::Text(t) if is_ws(&t) => {}
            Event::Comment(_) | Event::PI(_) => {}
            _ => {
                return Err(p.error(
                    ErrorCategory::Syntax,
                    pos,
                    "",
                    "unexpected content after the root element",
                ));
            }
        }
    }
}

fn read_dataset(p: &mut Parser<'_>, mut e: Elem) -> Result<Dataset> {
    let mut parts = DatasetParts::new();
    if let Some((v, _)) = p.attr(&mut e, "format-version") {
        parts.format_version = v;
    }
    p.finish(&e)?;
    let mut title = TextAcc::default();
    let mut seen: Vec<String> = Vec::new();
    while let Some(c) = p.child()? {
        if c.name != "title" {
            if seen.contains(&c.name) {
                return Err(p.duplicate(&c));
            }
            seen.push(c.name.clone());
        }
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "sources" => p.items(&c, "source", |p, e| {
                parts.sources.push(read_source(p, e)?);
                Ok(())
            })?,
            "agencies" => p.items(&c, "agency", |p, e| {
                parts.agencies.push(read_agency(p, e)?);
                Ok(())
            })?,
            "agency-groups" => p.items(&c, "agency-group", |p, e| {
                parts.agency_groups.push(read_group(p, e)?);
                Ok(())
            })?,
            "officials" => p.items(&c, "official", |p, e| {
                parts.officials.push(read_official(p, e)?);
                Ok(())
            })?,
            "meetings" => p.items(&c, "meeting", |p, e| {
                parts.meetings.push(read_meeting(p, e)?);
                Ok(())
            })?,
            "directives" => p.items(&c, "directive", |p, e| {
                parts.directives.push(read_directive(p, e)?);
                Ok(())
            })?,
            "tasks" => p.items(&c, "task", |p, e| {
                parts.tasks.push(read_task(p, e)?);
                Ok(())
            })?,
            "indicators" => p.items(&c, "indicator", |p, e| {
                parts.indicators.push(read_indicator(p, e)?);
                Ok(())
            })?,
            "projects" => p.items(&c, "project", |p, e| {
                parts.projects.push(read_project(p, e)?);
                Ok(())
            })?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    parts.title = p.opt_text(&e, "title", title)?;
    Ok(Dataset::new(parts))
}

fn read_source(p: &mut Parser<'_>, mut e: Elem) -> Result<Source> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let published = p.opt_date(&mut e, "published")?;
    p.finish(&e)?;
    let (mut title, mut publisher, mut locator) = (TextAcc::default(), None, None);
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "publisher" => p.plain_once(c, &mut publisher)?,
            "locator" => p.plain_once(c, &mut locator)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut s = Source::new(id, p.req_text(&e, "title", title)?, kind);
    s.publisher = publisher;
    s.published = published;
    s.locator = locator;
    Ok(s)
}

fn read_agency(p: &mut Parser<'_>, mut e: Elem) -> Result<Agency> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let level = p.vocab(&mut e, "level")?;
    let parent = p.opt_id(&mut e, "parent")?;
    let code = p
        .attr(&mut e, "code")
        .map(|(v, _)| chidao_model::AgencyCode::lenient(v));
    let established_by = p.opt_id(&mut e, "established-by")?;
    p.finish(&e)?;
    let (mut name, mut abbreviation, mut aliases, mut sources) =
        (TextAcc::default(), None, Vec::new(), Vec::new());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "abbreviation" => p.plain_once(c, &mut abbreviation)?,
            "alias" => aliases.push(p.plain(c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut a = Agency::new(id, p.req_text(&e, "name", name)?, kind, level);
    a.abbreviation = abbreviation;
    a.parent = parent;
    a.established_by = established_by;
    a.code = code;
    a.aliases = aliases;
    a.sources = sources;
    Ok(a)
}

fn read_group(p: &mut Parser<'_>, mut e: Elem) -> Result<AgencyGroup> {
    let id = p.id(&mut e, "id")?;
    p.finish(&e)?;
    let (mut name, mut members, mut criteria, mut sources) =
        (TextAcc::default(), Vec::new(), None, Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "member" => members.push(p.reference(c)?),
            "criteria" => {
                p.once(&criteria, &c)?;
                let level = p.opt_vocab(&mut c, "level")?;
                let parent = p.opt_id(&mut c, "parent")?;
                let kinds = p
                    .opt_with(&mut c, "kinds", |v| {
                        v.split_ascii_whitespace()
                            .map(vocab_code)
                            .collect::<Result<Vec<_>, _>>()
                    })?
                    .unwrap_or_default();
                p.finish(&c)?;
                p.end()?;
                let mut k = GroupCriteria::new(kinds, level);
                k.parent = parent;
                criteria = Some(k);
            }
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut g = AgencyGroup::new(id, p.req_text(&e, "name", name)?);
    g.members = members;
    g.criteria = criteria;
    g.sources = sources;
    Ok(g)
}

fn read_official(p: &mut Parser<'_>, mut e: Elem) -> Result<Official> {
    let id = p.id(&mut e, "id")?;
    p.finish(&e)?;
    let (mut name, mut positions, mut sources) = (None, Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.plain_once(c, &mut name)?,
            "position" => {
                let agency = p.opt_id(&mut c, "agency")?;
                let from = p.opt_date(&mut c, "from")?;
                let until = p.opt_date(&mut c, "until")?;
                let attested = p.opt_date(&mut c, "attested")?;
                p.finish(&c)?;
                let mut title = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "title" => p.lang_text(t, &mut title)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                let mut pos = Position::new(p.req_text(&c, "title", title)?, agency);
                pos.from = from;
                pos.until = until;
                pos.attested = attested;
                positions.push(pos);
            }
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let name = name.ok_or_else(|| {
        p.error(
            ErrorCategory::Data,
            e.start,
            &e.path,
            "missing <name> in <official>",
        )
    })?;
    let mut o = Official::new(id, name);
    o.positions = positions;
    o.sources = sources;
    Ok(o)
}

fn read_meeting(p: &mut Parser<'_>, mut e: Elem) -> Result<Meeting> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let date = p.date(&mut e, "date")?;
    let end_date = p.opt_date(&mut e, "end-date")?;
    let host = p.opt_id(&mut e, "host")?;
    let chair = p.opt_id(&mut e, "chair")?;
    p.finish(&e)?;
    let mut title = TextAcc::default();
    let mut summary = TextAcc::default();
    let mut theme = TextAcc::default();
    let mut place = None;
    let mut attendees = Vec::new();
    let mut counts = None;
    let mut inferred = Vec::new();
    let mut sources = Vec::new();
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "place" => p.plain_once(c, &mut place)?,
            "attendee" => {
                let mut a = Attendee::default();
                a.official = p.opt_id(&mut c, "official")?;
                a.agency = p.opt_id(&mut c, "agency")?;
                p.finish(&c)?;
                let mut role = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "role" => p.lang_text(t, &mut role)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                a.role = p.opt_text(&c, "role", role)?;
                attendees.push(a);
            }
            "counts" => {
                p.once(&counts, &c)?;
                let mut k = chidao_model::MeetingCounts::default();
                k.participants = p.opt_int(&mut c, "participants")?;
                k.connection_points = p.opt_int(&mut c, "connection-points")?;
                k.petitions = p.opt_int(&mut c, "petitions")?;
                k.speakers = p.opt_int(&mut c, "speakers")?;
                p.finish(&c)?;
                p.end()?;
                counts = Some(k);
            }
            "summary" => p.lang_text(c, &mut summary)?,
            "theme" => p.lang_text(c, &mut theme)?,
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut m = Meeting::new(id, p.req_text(&e, "title", title)?, kind, date);
    m.end_date = end_date;
    m.place = place;
    m.host = host;
    m.chair = chair;
    m.attendees = attendees;
    m.counts = counts.unwrap_or_default();
    m.summary = p.opt_text(&e, "summary", summary)?;
    m.theme = p.opt_text(&e, "theme", theme)?;
    m.inferred = inferred;
    m.sources = sources;
    Ok(m)
}

/// `<inferred field="lead"><note xml:lang="vi">…</note></inferred>`: a field whose value is
/// inferred, with what the source does say.
fn read_inference(p: &mut Parser<'_>, mut e: Elem) -> Result<Inference> {
    let (field, _) = p.req(&mut e, "field")?;
    p.finish(&e)?;
    let mut note = TextAcc::default();
    while let Some(t) = p.child()? {
        match t.name.as_str() {
            "note" => p.lang_text(t, &mut note)?,
            _ => return Err(p.unexpected(&t)),
        }
    }
    Ok(Inference::new(field, p.req_text(&e, "note", note)?))
}

fn parse_month(s: &str) -> Result<YearMonth, String> {
    s.parse()
        .map_err(|e: chidao_model::MonthError| e.to_string())
}

fn read_directive(p: &mut Parser<'_>, mut e: Elem) -> Result<Directive> {
    let id = p.id(&mut e, "id")?;
    let number = p
        .attr(&mut e, "number")
        .map(|(v, _)| chidao_model::DocumentNumber::lenient(v));
    let document_type = p.vocab(&mut e, "document-type")?;
    let issuer = p.id(&mut e, "issuer")?;
    let date = p.opt_date(&mut e, "date")?;
    let issue_month = p.opt_with(&mut e, "issue-month", parse_month)?;
    let conclusions_of = p.opt_id(&mut e, "conclusions-of")?;
    let meeting = p.opt_id(&mut e, "meeting")?;
    let draft = p.flag(&mut e, "draft")?;
    p.finish(&e)?;
    let mut subject = TextAcc::default();
    let mut place = None;
    let mut signer = None;
    let (mut recipients, mut references, mut projects, mut sources) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut inferred = Vec::new();
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "subject" => p.lang_text(c, &mut subject)?,
            "place" => p.plain_once(c, &mut place)?,
            "signer" => {
                p.once(&signer, &c)?;
                let official = p.id(&mut c, "official")?;
                let authority = p.vocab(&mut c, "authority")?;
                p.finish(&c)?;
                let (mut for_title, mut title) = (TextAcc::default(), TextAcc::default());
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "for-title" => p.lang_text(t, &mut for_title)?,
                        "title" => p.lang_text(t, &mut title)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                let mut s = Signature::new(official, authority, p.req_text(&c, "title", title)?);
                s.for_title = p.opt_text(&c, "for-title", for_title)?;
                signer = Some(s);
            }
            "recipient" => recipients.push(p.reference(c)?),
            "reference" => references.push(p.reference(c)?),
            "project" => projects.push(p.reference(c)?),
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut d = Directive::new(
        id,
        document_type,
        issuer,
        p.req_text(&e, "subject", subject)?,
    );
    d.number = number;
    d.date = date;
    d.issue_month = issue_month;
    d.place = place;
    d.conclusions_of = conclusions_of;
    d.signer = signer;
    d.meeting = meeting;
    d.recipients = recipients;
    d.references = references;
    d.projects = projects;
    d.draft = draft;
    d.inferred = inferred;
    d.sources = sources;
    Ok(d)
}

/// `<extension effective="…" decision="…">`: a deadline in force from a day, with the
/// decision and the reason.
fn read_extension(p: &mut Parser<'_>, mut e: Elem) -> Result<Extension> {
    let effective = p.date(&mut e, "effective")?;
    let decision = p.opt_id(&mut e, "decision")?;
    p.finish(&e)?;
    let (mut deadline, mut as_written, mut reason) = (None, None, TextAcc::default());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "deadline" => {
                p.once(&deadline, &c)?;
                deadline = Some(read_deadline(p, c)?);
            }
            "decision-as-written" => p.plain_once(c, &mut as_written)?,
            "reason" => p.lang_text(c, &mut reason)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut x = Extension::new(effective, deadline.unwrap_or_default());
    x.decision = decision;
    x.decision_as_written = as_written;
    x.reason = p.opt_text(&e, "reason", reason)?;
    Ok(x)
}

/// `<reassignment effective="…" lead="…" decision="…">`: a lead in force from a day.
fn read_reassignment(p: &mut Parser<'_>, mut e: Elem) -> Result<Reassignment> {
    let effective = p.date(&mut e, "effective")?;
    let lead = p.id(&mut e, "lead")?;
    let decision = p.opt_id(&mut e, "decision")?;
    p.finish(&e)?;
    let (mut as_written, mut reason) = (None, TextAcc::default());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "decision-as-written" => p.plain_once(c, &mut as_written)?,
            "reason" => p.lang_text(c, &mut reason)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut r = Reassignment::new(effective, lead);
    r.decision = decision;
    r.decision_as_written = as_written;
    r.reason = p.opt_text(&e, "reason", reason)?;
    Ok(r)
}

fn read_task(p: &mut Parser<'_>, mut e: Elem) -> Result<Task> {
    let id = p.id(&mut e, "id")?;
    let directive = p.id(&mut e, "directive")?;
    let (item, _) = p.req(&mut e, "item")?;
    let lead = p.opt_id(&mut e, "lead")?;
    let assigned_on = p.opt_date(&mut e, "assigned-on")?;
    let completed_on = p.opt_date(&mut e, "completed-on")?;
    p.finish(&e)?;
    let (mut title, mut description) = (TextAcc::default(), TextAcc::default());
    let mut deadline = None;
    let mut output = None;
    let mut halt = None;
    let mut inferred = Vec::new();
    let mut references = Vec::new();
    let mut extensions = Vec::new();
    let mut reassignments = Vec::new();
    let (mut coordinating, mut projects, mut indicators, mut progress, mut sources) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "description" => p.lang_text(c, &mut description)?,
            "coordinating" => coordinating.push(p.reference(c)?),
            "deadline" => {
                p.once(&deadline, &c)?;
                deadline = Some(read_deadline(p, c)?);
            }
            "extension" => extensions.push(read_extension(p, c)?),
            "reassignment" => reassignments.push(read_reassignment(p, c)?),
            "output" => {
                p.once(&output, &c)?;
                let mut o = ExpectedOutput::new(p.vocab(&mut c, "kind")?);
                o.recipient = p.opt_id(&mut c, "recipient")?;
                p.finish(&c)?;
                let mut desc = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "description" => p.lang_text(t, &mut desc)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                o.description = p.opt_text(&c, "description", desc)?;
                output = Some(o);
            }
            "project" => projects.push(p.reference(c)?),
            "reference" => references.push(p.reference(c)?),
            "indicator" => indicators.push(p.reference(c)?),
            "progress" => {
                let date = p.date(&mut c, "date")?;
                let percent = p.opt_int(&mut c, "percent")?;
                p.finish(&c)?;
                let mut note = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "note" => p.lang_text(t, &mut note)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                progress.push(ProgressUpdate::new(
                    date,
                    percent,
                    p.req_text(&c, "note", note)?,
                ));
            }
            "halt" => {
                p.once(&halt, &c)?;
                let mut h = Halt::new(p.vocab(&mut c, "kind")?, p.opt_date(&mut c, "date")?);
                p.finish(&c)?;
                let mut reason = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "reason" => p.lang_text(t, &mut reason)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                h.reason = p.opt_text(&c, "reason", reason)?;
                halt = Some(h);
            }
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut t = Task::new(id, directive, item, p.req_text(&e, "title", title)?);
    t.description = p.opt_text(&e, "description", description)?;
    t.lead = lead;
    t.coordinating = coordinating;
    t.assigned_on = assigned_on;
    t.deadline = deadline.unwrap_or_default();
    t.output = output;
    t.projects = projects;
    t.indicators = indicators;
    t.progress = progress;
    t.completed_on = completed_on;
    t.halt = halt;
    t.reassignments = reassignments;
    t.extensions = extensions;
    t.references = references;
    t.inferred = inferred;
    t.sources = sources;
    Ok(t)
}

fn read_target(p: &mut Parser<'_>, mut e: Elem) -> Result<Target> {
    let (kind, off) = p.req(&mut e, "kind")?;
    let target = match kind.as_str() {
        "exact" => Target::Exact {
            value: p.decimal(&mut e, "value")?,
        },
        "range" => Target::Range {
            min: p.decimal(&mut e, "min")?,
            max: p.decimal(&mut e, "max")?,
        },
        "at_least" => Target::AtLeast {
            value: p.decimal(&mut e, "value")?,
        },
        "at_most" => Target::AtMost {
            value: p.decimal(&mut e, "value")?,
        },
        "about" => Target::About {
            value: p.decimal(&mut e, "value")?,
        },
        "qualitative" => {
            p.finish(&e)?;
            let mut text = TextAcc::default();
            while let Some(t) = p.child()? {
                match t.name.as_str() {
                    "text" => p.lang_text(t, &mut text)?,
                    _ => return Err(p.unexpected(&t)),
                }
            }
            return Ok(Target::Qualitative {
                text: p.req_text(&e, "text", text)?,
            });
        }
        other => {
            return Err(p.attr_error(&e, off, "kind", format!("unknown target kind `{other}`")));
        }
    };
    p.finish(&e)?;
    p.end()?;
    Ok(target)
}

fn read_year(p: &mut Parser<'_>, mut e: Elem) -> Result<IndicatorYear> {
    let mut y = IndicatorYear::new(p.int(&mut e, "year")?);
    y.stated_assessment = p.opt_vocab(&mut e, "stated-assessment")?;
    p.finish(&e)?;
    let (mut qualitative, mut note) = (TextAcc::default(), TextAcc::default());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "target" => {
                p.once(&y.target, &c)?;
                y.target = Some(read_target(p, c)?);
            }
            "target-as-written" => p.plain_once(c, &mut y.target_as_written)?,
            "figure" => {
                p.once(&y.figure, &c)?;
                let kind = p.vocab(&mut c, "kind")?;
                let value = p.decimal(&mut c, "value")?;
                p.finish(&c)?;
                p.end()?;
                y.figure = Some(Figure::new(kind, value));
            }
            "qualitative-result" => p.lang_text(c, &mut qualitative)?,
            "note" => p.lang_text(c, &mut note)?,
            "inferred" => y.inferred.push(read_inference(p, c)?),
            "source" => y.sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    y.qualitative_result = p.opt_text(&e, "qualitative-result", qualitative)?;
    y.note = p.opt_text(&e, "note", note)?;
    Ok(y)
}

fn read_indicator(p: &mut Parser<'_>, mut e: Elem) -> Result<Indicator> {
    let id = p.id(&mut e, "id")?;
    let group = p.vocab(&mut e, "group")?;
    let measure = p.vocab(&mut e, "measure")?;
    let unit = p.opt_vocab(&mut e, "unit")?;
    let polarity = p.vocab(&mut e, "polarity")?;
    p.finish(&e)?;
    let mut name = TextAcc::default();
    let (mut baseline, mut years, mut sources) = (None, Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "baseline" => {
                p.once(&baseline, &c)?;
                let year = p.int(&mut c, "year")?;
                let value = p.decimal(&mut c, "value")?;
                p.finish(&c)?;
                p.end()?;
                baseline = Some(Baseline::new(year, value));
            }
            "indicator-year" => years.push(read_year(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut i = Indicator::new(
        id,
        p.req_text(&e, "name", name)?,
        group,
        measure,
        unit,
        polarity,
    );
    i.baseline = baseline;
    i.years = years;
    i.sources = sources;
    Ok(i)
}

fn read_project(p: &mut Parser<'_>, mut e: Elem) -> Result<Project> {
    let id = p.id(&mut e, "id")?;
    let sector = p.vocab(&mut e, "sector")?;
    let investment_form = p.opt_vocab(&mut e, "investment-form")?;
    let owner = p.opt_id(&mut e, "owner")?;
    let total = p.opt_int(&mut e, "total-investment-vnd")?;
    let start: Option<i32> = p.opt_int(&mut e, "period-start")?;
    let end: Option<i32> = p.opt_int(&mut e, "period-end")?;
    let phase = p.opt_vocab(&mut e, "phase")?;
    let period = match (start, end) {
        (Some(start), Some(end)) => Some(YearSpan { start, end }),
        (None, None) => None,
        _ => {
            return Err(p.error(
                ErrorCategory::Data,
                e.start,
                &e.path,
                "attributes `period-start` and `period-end` go together",
            ));
        }
    };
    p.finish(&e)?;
    let mut name = TextAcc::default();
    let mut inferred = Vec::new();
    let mut partners = Vec::new();
    let (mut investor, mut locations, mut milestones, mut sources) =
        (None, Vec::new(), Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "investor" => p.plain_once(c, &mut investor)?,
            "location" => {
                let en = p.attr(&mut c, "en").map(|(v, _)| v);
                let vi = p.plain(c)?;
                locations.push(Text { vi, en });
            }
            "partner" => partners.push(p.reference(c)?),
            "milestone" => {
                let date = p.opt_date(&mut c, "date")?;
                let reached = p.flag(&mut c, "reached")?;
                p.finish(&c)?;
                let mut title = TextAcc::default();
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "title" => p.lang_text(t, &mut title)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                milestones.push(Milestone::new(
                    p.req_text(&c, "title", title)?,
                    date,
                    reached,
                ));
            }
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut pr = Project::new(id, p.req_text(&e, "name", name)?, sector);
    pr.investment_form = investment_form;
    pr.investor = investor;
    pr.owner = owner;
    pr.locations = locations;
    pr.partners = partners;
    pr.total_investment_vnd = total;
    pr.period = period;
    pr.phase = phase;
    pr.milestones = milestones;
    pr.inferred = inferred;
    pr.sources = sources;
    Ok(pr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_guard_fires_at_the_limit() {
        // The public reader refuses unknown elements before this deep; drive the parser itself.
        let depth = MAX_DEPTH + 5;
        let src = format!(
            "<a xmlns=\"{NAMESPACE}\">{}{}</a>",
            "<a>".repeat(depth),
            "</a>".repeat(depth)
        );
        let mut p = Parser::new(&src);
        let (pos, ev) = p.next().unwrap();
        let Event::Start(s) = ev else {
            panic!("{ev:?}")
        };
        p.open(pos, &s).unwrap();
        let mut opened = 1;
        let err = loop {
            match p.child() {
                Ok(Some(_)) => opened += 1,
                Ok(None) => panic!("ended without refusing"),
                Err(e) => break e,
            }
        };
        assert_eq!(opened, MAX_DEPTH);
        assert_eq!(err.category(), ErrorCategory::Refused);
        assert_eq!(
            err.message(),
            "elements are nested deeper than the limit of 16"
        );
        assert_eq!(err.path().matches("/a").count(), MAX_DEPTH + 1);
    }

    #[test]
    fn dates() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        for (text, date) in [
            ("2024-01-31", d(2024, 1, 31)),
            ("0001-01-01", d(1, 1, 1)),
            ("0000-06-15", d(0, 6, 15)),
        ] {
            assert_eq!(parse_date(text), Ok(date), "{text}");
            assert_eq!(chidao_model::format_date(date).unwrap(), text);
        }
        for bad in [
            "-0044-03-15",
            "12345-12-31",
            "10000-01-01",
            "2024-1-31",
            "24-01-31",
            "2024-01-31Z",
            "+2024-01-31",
            "02024-01-01",
            "2024/01/31",
            "",
        ] {
            assert!(
                parse_date(bad).unwrap_err().contains("is not a date"),
                "{bad}"
            );
        }
        assert_eq!(
            parse_date("2023-02-29").unwrap_err(),
            "`2023-02-29` is not a calendar date"
        );
    }

    #[test]
    fn decimals() {
        let dec = |s: &str| Decimal::from_str(s).unwrap();
        for (text, value) in [
            ("7", dec("7")),
            ("7.50", dec("7.5")),
            ("+2.09", dec("2.09")),
            ("-0.25", dec("-0.25")),
            (".5", dec("0.5")),
            ("-.5", dec("-0.5")),
            ("3.", dec("3")),
            ("79228162514264337593543950335", Decimal::MAX),
        ] {
            assert_eq!(parse_decimal(text), Ok(value), "{text}");
        }
        for bad in ["", ".", "1e5", "1_000", "1,5", "NaN", "--1", "1.2.3"] {
            assert!(parse_decimal(bad).is_err(), "{bad}");
        }
        assert!(
            parse_decimal("79228162514264337593543950336")
                .unwrap_err()
                .contains("in range")
        );
    }
}
