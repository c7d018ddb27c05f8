//! Document numbers (`394/TB-VPCP`, `95-NQ/TU`) and national agency codes (`000.00.00.H41`).
//!
//! Both keep the text exactly as written. They can be built strictly with `parse`, which refuses
//! malformed text, or leniently (as deserialization does), keeping malformed text so that
//! [`Dataset::validate`](crate::Dataset::validate) can report every malformed value at once
//! instead of stopping at the first.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::DocumentType;

/// The letters of Vietnamese beyond ASCII, precomposed (NFC), as a regular expression class
/// body: `À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý`, `Ă Đ Ĩ Ũ Ơ Ư` and the block `Ạ`–`ỹ`, in both cases.
/// Not a range from `À` to `ỹ`, which takes in `×`, `÷`, combining marks and the letters of
/// other languages.
macro_rules! vietnamese_letters {
    () => {
        concat!(vietnamese_letters_outside_the_block!(), "Ạ-ỹ")
    };
}

/// The letters of `vietnamese_letters!` outside the block `Ạ` (U+1EA0) to `ỹ` (U+1EF9).
macro_rules! vietnamese_letters_outside_the_block {
    () => {
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
    };
}

/// The regular expression a well-formed document number matches; it accepts exactly what
/// [`DocumentNumber::parse`] accepts. It uses only syntax common to ECMA 262, Python and Rust.
pub const DOCUMENT_NUMBER_PATTERN: &str = concat!(
    "^(?:",
    "[0-9]{1,6}-[A-Za-z",
    vietnamese_letters!(),
    "]{1,8}/[A-Za-z0-9.&",
    vietnamese_letters!(),
    "]+(?:-[A-Za-z0-9.&",
    vietnamese_letters!(),
    "]+)*",
    "|",
    "(?:[0-9]{1,6})?/(?:[0-9]{4}/)?[A-Za-z0-9.&",
    vietnamese_letters!(),
    "]+(?:-[A-Za-z0-9.&",
    vietnamese_letters!(),
    "]+)*",
    ")$"
);

/// The regular expression a well-formed agency code matches (with at most
/// [`AgencyCode::MAX_LEN`] characters): what [`AgencyCode::parse`] accepts.
pub const AGENCY_CODE_PATTERN: &str = "^[0-9A-Z]+(?:\\.[0-9A-Z]+)+$";

/// Type abbreviations recognised in state document numbers besides those of [`DocumentType`]
/// (decrees, circulars, conclusions, regulations and the like).
const OTHER_TYPE_ABBREVIATIONS: &[&str] = &[
    "NĐ", "TT", "TTLT", "KL", "QC", "QyĐ", "PA", "L", "PL", "HĐ", "GUQ", "GGT", "PC",
];

/// Whether a document number follows state or party numbering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NumberingStyle {
    /// State bodies: `394/TB-VPCP`, number then type and issuer.
    State,
    /// Party bodies: `95-NQ/TU`, number and type, then the issuing committee.
    Party,
}

/// Why a document number is malformed: its [`kind`](DocumentNumberError::kind) to match on,
/// the text as given and the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed document number `{text}`: {reason}")]
pub struct DocumentNumberError {
    text: String,
    kind: DocumentNumberErrorKind,
    reason: &'static str,
}

/// What is wrong with a document number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DocumentNumberErrorKind {
    /// The text is empty.
    Empty,
    /// The text contains white space.
    WhiteSpace,
    /// No `/` between the number and the symbol.
    NoSlash,
    /// The number is not 1 to 6 digits.
    BadNumber,
    /// The year between the number and the symbol is not four digits.
    BadYear,
    /// The type abbreviation of a party number (`95-NQ/TU`) is not 1 to 8 letters.
    BadTypeAbbreviation,
    /// The symbol is not groups of letters, digits, `.` or `&` joined by `-`.
    BadSymbol,
}

impl DocumentNumberError {
    fn new(text: &str, kind: DocumentNumberErrorKind, reason: &'static str) -> Self {
        DocumentNumberError {
            text: text.to_owned(),
            kind,
            reason,
        }
    }

    /// What is wrong.
    pub fn kind(&self) -> DocumentNumberErrorKind {
        self.kind
    }

    /// The text as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What is wrong, in a few words.
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Parts {
    style: NumberingStyle,
    number: Option<u32>,
    year: Option<u16>,
    type_abbr: Option<Box<str>>,
    issuer: Box<str>,
}

/// The number and symbol of a document (số, ký hiệu), such as `394/TB-VPCP`, `95-NQ/TU`,
/// `30/2020/NĐ-CP` or `123/UBND-TNMT` (an official letter, with no type abbreviation).
///
/// A number may be missing while the document is a draft (`/TB-UBND`). The original text is kept.
///
/// ```
/// use chidao_model::{DocumentNumber, DocumentType};
/// let n = DocumentNumber::parse("394/TB-VPCP")?;
/// assert_eq!(n.number(), Some(394));
/// assert_eq!(n.type_abbreviation(), Some("TB"));
/// assert_eq!(n.document_type(), Some(DocumentType::Notice));
/// assert_eq!(n.issuer(), Some("VPCP"));
///
/// let party = DocumentNumber::parse("95-NQ/TU")?;
/// assert_eq!((party.number(), party.type_abbreviation(), party.issuer()), (Some(95), Some("NQ"), Some("TU")));
///
/// assert!(DocumentNumber::parse("TB 394").is_err());
/// # Ok::<(), chidao_model::DocumentNumberError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct DocumentNumber {
    raw: Box<str>,
    parts: Option<Parts>,
}

fn is_symbol_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '.' || c == '&' || is_vietnamese_letter(c)
}

fn is_symbol_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_vietnamese_letter(c)
}

/// A letter of Vietnamese beyond ASCII, precomposed: what `vietnamese_letters!` lists.
fn is_vietnamese_letter(c: char) -> bool {
    vietnamese_letters_outside_the_block!().contains(c) || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
}

fn parse_number(s: &str, text: &str) -> Result<u32, DocumentNumberError> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DocumentNumberError::new(
            text,
            DocumentNumberErrorKind::BadNumber,
            "the number must be 1 to 6 digits",
        ));
    }
    Ok(s.parse().expect("at most six digits"))
}

fn check_tokens(s: &str, text: &str) -> Result<(), DocumentNumberError> {
    if s.split('-')
        .any(|t| t.is_empty() || !t.chars().all(is_symbol_char))
    {
        return Err(DocumentNumberError::new(
            text,
            DocumentNumberErrorKind::BadSymbol,
            "the symbol must be letters, digits, '.' or '&' in groups joined by '-'",
        ));
    }
    Ok(())
}

fn parse_parts(text: &str) -> Result<Parts, DocumentNumberError> {
    if text.is_empty() {
        return Err(DocumentNumberError::new(
            text,
            DocumentNumberErrorKind::Empty,
            "it is empty",
        ));
    }
    if text.chars().any(char::is_whitespace) {
        return Err(DocumentNumberError::new(
            text,
            DocumentNumberErrorKind::WhiteSpace,
            "it contains white space",
        ));
    }
    let Some((head, tail)) = text.split_once('/') else {
        return Err(DocumentNumberError::new(
            text,
            DocumentNumberErrorKind::NoSlash,
            "there is no '/' between the number and the symbol",
        ));
    };
    if let Some((num, kind)) = head.split_once('-') {
        // Party style: 95-NQ/TU
        let number = parse_number(num, text)?;
        if kind.is_empty() || kind.chars().count() > 8 || !kind.chars().all(is_symbol_letter) {
            return Err(DocumentNumberError::new(
                text,
                DocumentNumberErrorKind::BadTypeAbbreviation,
                "the type abbreviation must be 1 to 8 letters",
            ));
        }
        check_tokens(tail, text)?;
        return Ok(Parts {
            style: NumberingStyle::Party,
            number: Some(number),
            year: None,
            type_abbr: Some(kind.into()),
            issuer: tail.into(),
        });
    }
    let number = if head.is_empty() {
        None
    } else {
        Some(parse_number(head, text)?)
    };
    let (year, symbol) = match tail.split_once('/') {
        Some((y, rest)) => {
            if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DocumentNumberError::new(
                    text,
                    DocumentNumberErrorKind::BadYear,
                    "the year between the number and the symbol must be four digits",
                ));
            }
            (Some(y.parse::<u16>().expect("four digits")), rest)
        }
        None => (None, tail),
    };
    check_tokens(symbol, text)?;
    let (first, rest) = match symbol.split_once('-') {
        Some((f, r)) => (f, Some(r)),
        None => (symbol, None),
    };
    let is_type = DocumentType::from_abbreviation(first).is_some()
        || OTHER_TYPE_ABBREVIATIONS.contains(&first);
    let (type_abbr, issuer) = match rest {
        Some(rest) if is_type => (Some(first.into()), rest.into()),
        _ => (None, symbol.into()),
    };
    Ok(Parts {
        style: NumberingStyle::State,
        number,
        year,
        type_abbr,
        issuer,
    })
}

impl DocumentNumber {
    /// Parses a document number, refusing malformed text.
    ///
    /// # Errors
    ///
    /// Returns [`DocumentNumberError`] when `text` is empty, contains white space, has no `/`,
    /// has a number that is not 1 to 6 digits, a year that is not four digits, or a symbol with
    /// characters other than letters, digits, `.`, `&` and `-`.
    pub fn parse(text: &str) -> Result<Self, DocumentNumberError> {
        let parts = parse_parts(text)?;
        Ok(DocumentNumber {
            raw: text.into(),
            parts: Some(parts),
        })
    }

    /// Keeps `text` as a document number even if it is malformed; [`Self::check`] then reports
    /// what is wrong. This is what deserialization does.
    pub fn lenient(text: impl Into<String>) -> Self {
        let raw: String = text.into();
        let parts = parse_parts(&raw).ok();
        DocumentNumber {
            raw: raw.into_boxed_str(),
            parts,
        }
    }

    /// The text as written.
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// Whether the text is a well-formed document number.
    pub fn is_well_formed(&self) -> bool {
        self.parts.is_some()
    }

    /// Checks the form of the number.
    ///
    /// # Errors
    ///
    /// Returns the [`DocumentNumberError`] that [`Self::parse`] would return.
    pub fn check(&self) -> Result<(), DocumentNumberError> {
        parse_parts(&self.raw).map(|_| ())
    }

    /// The numbering style, when well formed.
    pub fn style(&self) -> Option<NumberingStyle> {
        self.parts.as_ref().map(|p| p.style)
    }

    /// The number, when well formed and assigned (a draft has none).
    pub fn number(&self) -> Option<u32> {
        self.parts.as_ref().and_then(|p| p.number)
    }

    /// The year written in the number (`30/2020/NĐ-CP`), if any.
    pub fn year(&self) -> Option<u16> {
        self.parts.as_ref().and_then(|p| p.year)
    }

    /// The type abbreviation (`TB`, `QĐ`, `NQ`), if the number carries one.
    pub fn type_abbreviation(&self) -> Option<&str> {
        self.parts.as_ref().and_then(|p| p.type_abbr.as_deref())
    }

    /// The document type the abbreviation stands for, if it is one of [`DocumentType`]'s.
    pub fn document_type(&self) -> Option<DocumentType> {
        self.type_abbreviation()
            .and_then(DocumentType::from_abbreviation)
    }

    /// The issuer part of the symbol (`VPCP`, `TU`, `UBND-TNMT`), when well formed.
    pub fn issuer(&self) -> Option<&str> {
        self.parts.as_ref().map(|p| &*p.issuer)
    }
}

impl fmt::Display for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl std::str::FromStr for DocumentNumber {
    type Err = DocumentNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocumentNumber::parse(s)
    }
}

impl From<String> for DocumentNumber {
    fn from(s: String) -> Self {
        DocumentNumber::lenient(s)
    }
}

impl From<DocumentNumber> for String {
    fn from(n: DocumentNumber) -> String {
        n.raw.into()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for DocumentNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocumentNumber".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": DOCUMENT_NUMBER_PATTERN,
            "description": "Document number and symbol (số, ký hiệu) as written: `394/TB-VPCP`, `95-NQ/TU`, `30/2020/NĐ-CP`; the number is empty in a draft (`/TB-UBND`).",
            "examples": ["394/TB-VPCP", "95-NQ/TU", "1725/QĐ-TTg"]
        })
    }
}

/// Why an agency code is malformed: its [`kind`](AgencyCodeError::kind) to match on, the text
/// as given and the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed agency code `{text}`: {reason}")]
pub struct AgencyCodeError {
    text: String,
    kind: AgencyCodeErrorKind,
    reason: &'static str,
}

/// What is wrong with an agency code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AgencyCodeErrorKind {
    /// Longer than [`AgencyCode::MAX_LEN`] characters.
    TooLong,
    /// Fewer than two groups joined by `.`.
    TooFewGroups,
    /// A group that is empty or not digits and capital letters.
    BadGroup,
}

impl AgencyCodeError {
    /// What is wrong.
    pub fn kind(&self) -> AgencyCodeErrorKind {
        self.kind
    }

    /// The text as given.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What is wrong, in a few words.
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

/// A national agency identifier code (mã định danh, Decision 20/2020/QĐ-TTg), such as
/// `000.00.00.H41`: groups of digits and capital letters joined by dots, at most 35 characters.
///
/// ```
/// use chidao_model::AgencyCode;
/// assert!(AgencyCode::parse("000.00.00.H41").is_ok());
/// assert!(AgencyCode::parse("000-00-00-H41").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct AgencyCode {
    raw: Box<str>,
}

impl AgencyCode {
    /// The longest code accepted.
    pub const MAX_LEN: usize = 35;

    fn check_text(text: &str) -> Result<(), AgencyCodeError> {
        let err = |kind, reason| {
            Err(AgencyCodeError {
                text: text.to_owned(),
                kind,
                reason,
            })
        };
        if text.len() > Self::MAX_LEN {
            return err(
                AgencyCodeErrorKind::TooLong,
                "it is longer than 35 characters",
            );
        }
        let groups: Vec<&str> = text.split('.').collect();
        if groups.len() < 2 {
            return err(
                AgencyCodeErrorKind::TooFewGroups,
                "it needs at least two groups joined by '.'",
            );
        }
        if groups.iter().any(|g| {
            g.is_empty()
                || !g
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
        }) {
            return err(
                AgencyCodeErrorKind::BadGroup,
                "each group must be digits and capital letters",
            );
        }
        Ok(())
    }

    /// Parses a code, refusing malformed text.
    ///
    /// # Errors
    ///
    /// Returns [`AgencyCodeError`] when the text is longer than 35 characters, has fewer than two
    /// groups, or a group that is empty or holds anything but digits and capital letters.
    pub fn parse(text: &str) -> Result<Self, AgencyCodeError> {
        Self::check_text(text)?;
        Ok(AgencyCode { raw: text.into() })
    }

    /// Keeps `text` as a code even if malformed; [`Self::check`] reports what is wrong.
    pub fn lenient(text: impl Into<String>) -> Self {
        AgencyCode {
            raw: text.into().into_boxed_str(),
        }
    }

    /// Checks the form of the code.
    ///
    /// # Errors
    ///
    /// Returns the [`AgencyCodeError`] that [`Self::parse`] would return.
    pub fn check(&self) -> Result<(), AgencyCodeError> {
        Self::check_text(&self.raw)
    }

    /// The code as written.
    pub fn as_str(&self) -> &str {
        &self.raw
    }
}

impl fmt::Display for AgencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl std::str::FromStr for AgencyCode {
    type Err = AgencyCodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AgencyCode::parse(s)
    }
}

impl From<String> for AgencyCode {
    fn from(s: String) -> Self {
        AgencyCode::lenient(s)
    }
}

impl From<AgencyCode> for String {
    fn from(c: AgencyCode) -> String {
        c.raw.into()
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for AgencyCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AgencyCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": AGENCY_CODE_PATTERN,
            "maxLength": 35,
            "description": "National agency identifier code (mã định danh, Decision 20/2020/QĐ-TTg), e.g. `000.00.00.H41`.",
            "examples": ["000.00.00.H41"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Number, year, type abbreviation and issuer expected from a parse.
    type Expected<'a> = (Option<u32>, Option<u16>, Option<&'a str>, &'a str);

    fn check(text: &str, expected: Option<Expected<'_>>) {
        let got = DocumentNumber::parse(text).ok().map(|n| {
            (
                n.number(),
                n.year(),
                n.type_abbreviation().map(str::to_owned),
                n.issuer().unwrap().to_owned(),
            )
        });
        let expected = expected.map(|(n, y, t, i)| (n, y, t.map(str::to_owned), i.to_owned()));
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn document_numbers() {
        check("394/TB-VPCP", Some((Some(394), None, Some("TB"), "VPCP")));
        check("95-NQ/TU", Some((Some(95), None, Some("NQ"), "TU")));
        check("1725/QĐ-TTg", Some((Some(1725), None, Some("QĐ"), "TTg")));
        check("03/CT-UBND", Some((Some(3), None, Some("CT"), "UBND")));
        check("/TB-UBND", Some((None, None, Some("TB"), "UBND")));
        check(
            "30/2020/NĐ-CP",
            Some((Some(30), Some(2020), Some("NĐ"), "CP")),
        );
        check("123/UBND-TNMT", Some((Some(123), None, None, "UBND-TNMT")));
        check("548/TTg-V.I", Some((Some(548), None, None, "TTg-V.I")));
        check("65/CĐ-TTg", Some((Some(65), None, Some("CĐ"), "TTg")));
        for bad in [
            "",
            "394",
            "394 /TB-VPCP",
            "abc/TB-VPCP",
            "1234567/TB-X",
            "394/TB--VPCP",
            "394/TB-VPCP-",
            "394/20/TB-X",
            "95-/TU",
            "95-NQ/",
            "394/TB_VPCP",
        ] {
            check(bad, None);
        }
    }

    #[test]
    fn lenient_keeps_malformed_text() {
        let n = DocumentNumber::lenient("số 394");
        assert!(!n.is_well_formed());
        assert_eq!(n.as_str(), "số 394");
        assert!(n.check().unwrap_err().to_string().contains("white space"));
    }

    #[test]
    fn agency_codes() {
        for ok in ["000.00.00.H41", "G22.01", "000.01.31.H41"] {
            assert!(AgencyCode::parse(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            "H41",
            "000..H41",
            "000.00.00.h41",
            "000.00.00.H41 ",
            &"1.".repeat(18),
        ] {
            assert!(AgencyCode::parse(bad).is_err(), "{bad}");
        }
    }
}
