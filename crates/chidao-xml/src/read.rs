//! The hardened pull reader: quick-xml events straight into the model, no tree.
//!
//! Refused outright: any DOCTYPE (so no DTD, no entity declarations, nothing fetched),
//! references to entities other than the five predefined ones, nesting beyond [`MAX_DEPTH`]
//! and text or attribute values longer than [`MAX_TEXT_LEN`] bytes.

use std::fmt;
use std::str::FromStr;

use chidao_model::{Dataset, DatasetParts, Decimal, IdError, NaiveDate, Text, Vocabulary};
use quick_xml::XmlVersion;
use quick_xml::escape::EscapeError;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;

mod deadline;
mod error;
mod records;

use crate::write::is_xml_char;
use crate::{MAX_DEPTH, MAX_TEXT_LEN, NAMESPACE};
pub(crate) use error::line_col;
pub use error::{Error, ErrorCategory};
use records::{
    read_agency, read_directive, read_group, read_indicator, read_meeting, read_official,
    read_project, read_source, read_task,
};

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

    /// The children of an element that holds one bilingual text and nothing else: its
    /// `<name xml:lang="…">` elements; any other child is refused.
    fn lang_children(&mut self, name: &str) -> Result<TextAcc> {
        let mut acc = TextAcc::default();
        while let Some(t) = self.child()? {
            if t.name == name {
                self.lang_text(t, &mut acc)?;
            } else {
                return Err(self.unexpected(&t));
            }
        }
        Ok(acc)
    }

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

#[cfg(test)]
mod tests;
