//! Reading an indicator's target as a plan writes it: "7,5–8,0 %", "dưới 3", "khoảng 4",
//! "tối thiểu 60", "từ 5 đến 6 tỷ đồng", "100 % trở lên".
//!
//! Numbers follow Vietnamese usage: a comma is the decimal mark and a dot groups thousands
//! ("1.234,5"). A number that reads two ways is refused rather than guessed: "1.000" may be a
//! thousand (Vietnamese) or one (English), and "1,234" a decimal or a thousand and more. Any
//! text left unread is an error too, with its byte span.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::Target;

/// Why a target phrase could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetParseError {
    kind: TargetParseErrorKind,
    span: Range<usize>,
    text: String,
}

/// What stopped the reading of a target phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TargetParseErrorKind {
    /// The phrase is empty.
    Empty,
    /// No number where one was expected (a target in words is not read as a number).
    NoNumber,
    /// A number that reads two ways ("1.000": a thousand, or one).
    Ambiguous,
    /// A number out of the decimal range.
    OutOfRange,
    /// Words left that the reader does not know.
    Unread,
}

impl TargetParseError {
    fn new(kind: TargetParseErrorKind, span: Range<usize>, text: &str) -> Self {
        TargetParseError {
            kind,
            span,
            text: text.to_owned(),
        }
    }

    /// What stopped the reading.
    pub fn kind(&self) -> TargetParseErrorKind {
        self.kind
    }

    /// The byte span, in the phrase as given, where reading stopped.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl fmt::Display for TargetParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.text.get(self.span.clone()).unwrap_or("");
        match self.kind {
            TargetParseErrorKind::Empty => write!(f, "the target is empty"),
            TargetParseErrorKind::NoNumber => {
                write!(f, "no number in `{}` where one was expected", self.text)
            }
            TargetParseErrorKind::Ambiguous => write!(
                f,
                "`{at}` reads two ways (a dot groups thousands in Vietnamese, and is a decimal point in English)"
            ),
            TargetParseErrorKind::OutOfRange => write!(f, "`{at}` is out of range"),
            TargetParseErrorKind::Unread => {
                write!(f, "`{at}` in `{}` is not understood", self.text)
            }
        }
    }
}

impl std::error::Error for TargetParseError {}

/// Words before a number and the target they make of it, longest first where one starts
/// another.
const PREFIXES: &[(&str, Side)] = &[
    ("không thấp hơn", Side::AtLeast),
    ("không dưới", Side::AtLeast),
    ("tối thiểu", Side::AtLeast),
    ("ít nhất", Side::AtLeast),
    ("trên", Side::AtLeast),
    ("≥", Side::AtLeast),
    (">=", Side::AtLeast),
    (">", Side::AtLeast),
    ("không vượt quá", Side::AtMost),
    ("không quá", Side::AtMost),
    ("không cao hơn", Side::AtMost),
    ("tối đa", Side::AtMost),
    ("dưới", Side::AtMost),
    ("≤", Side::AtMost),
    ("<=", Side::AtMost),
    ("<", Side::AtMost),
    ("khoảng", Side::About),
    ("xấp xỉ", Side::About),
    ("~", Side::About),
    ("từ", Side::From),
    ("đạt", Side::Exact),
    ("bằng", Side::Exact),
];

/// Units a plan writes after the number; the indicator carries its unit, so they are read
/// and left.
const UNITS: &[&str] = &[
    "phần trăm",
    "%",
    "tỷ đồng",
    "triệu đồng",
    "nghìn tỷ đồng",
    "tỷ usd",
    "triệu usd",
    "usd",
    "điểm",
    "lần",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    AtLeast,
    AtMost,
    About,
    From,
    Exact,
}

/// A cursor over the lowercased phrase, whose byte offsets are those of the phrase as given
/// (lowercasing Vietnamese keeps every letter's length).
struct Cursor<'a> {
    text: &'a str,
    lower: String,
    at: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.lower[self.at..]
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, word: &str) -> bool {
        self.skip_space();
        let rest = self.rest();
        let ends_word = |r: &str| {
            r.get(word.len()..)
                .and_then(|after| after.chars().next())
                .is_none_or(|c| !c.is_alphanumeric() || !word.chars().all(char::is_alphabetic))
        };
        if rest.starts_with(word) && ends_word(rest) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    fn unit(&mut self) {
        for unit in UNITS {
            if self.eat(unit) {
                return;
            }
        }
    }

    fn error(&self, kind: TargetParseErrorKind, span: Range<usize>) -> TargetParseError {
        TargetParseError::new(kind, span, self.text)
    }

    /// A number of Vietnamese or unambiguous form.
    fn number(&mut self) -> Result<Decimal, TargetParseError> {
        self.skip_space();
        let start = self.at;
        let len = self
            .rest()
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map_or(self.rest().len(), |(i, _)| i);
        let raw = self.rest()[..len].trim_end_matches(['.', ',']).to_owned();
        if raw.is_empty() || !raw.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(self.error(TargetParseErrorKind::NoNumber, start..start));
        }
        self.at = start + raw.len();
        let span = start..self.at;
        let plain = plain_number(&raw)
            .ok_or_else(|| self.error(TargetParseErrorKind::Ambiguous, span.clone()))?;
        Decimal::from_str(&plain)
            .map(|d| d.normalize())
            .map_err(|_| self.error(TargetParseErrorKind::OutOfRange, span))
    }
}

/// A number written with Vietnamese separators as plain digits with a decimal point; `None`
/// when it reads two ways or is not well formed.
fn plain_number(raw: &str) -> Option<String> {
    let groups_of_three = |s: &str, sep: char| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
    };
    let commas = raw.matches(',').count();
    let dots = raw.matches('.').count();
    match (dots, commas) {
        (0, 0) => Some(raw.to_owned()),
        // 7,5 and 1.234,5: a comma is the decimal mark, dots group thousands.
        (_, 1) => {
            let (int, frac) = raw.split_once(',')?;
            if frac.is_empty() || (dots > 0 && !groups_of_three(int, '.')) {
                return None;
            }
            Some(format!("{}.{frac}", int.replace('.', "")))
        }
        // 7.5: one dot not followed by exactly three digits is a decimal point.
        (1, 0) => {
            let (int, frac) = raw.split_once('.')?;
            (frac.len() != 3 && !frac.is_empty() && !int.is_empty()).then(|| raw.to_owned())
        }
        // 1.234.567: dots grouping thousands.
        (_, 0) if groups_of_three(raw, '.') => Some(raw.replace('.', "")),
        _ => None,
    }
}

impl Target {
    /// Reads a target as a plan writes it, in Vietnamese: a value ("7 %", "đạt 95 %"), a range
    /// ("7,5–8,0 %", "từ 5 đến 6"), a bound ("dưới 3", "tối thiểu 60", "trên 60 %", "100 % trở
    /// lên") or an approximation ("khoảng 4"). A unit after a number (`%`, `tỷ đồng` …) is read
    /// and left: the indicator carries its unit.
    ///
    /// ```
    /// use chidao_model::{Decimal, Target};
    /// let d = |s: &str| s.parse::<Decimal>().unwrap();
    /// assert_eq!(Target::parse_vi("7,5–8,0 %"), Ok(Target::Range { min: d("7.5"), max: d("8") }));
    /// assert_eq!(Target::parse_vi("dưới 3"), Ok(Target::AtMost { value: d("3") }));
    /// assert_eq!(Target::parse_vi("khoảng 4"), Ok(Target::About { value: d("4") }));
    /// assert_eq!(Target::parse_vi("tối thiểu 60%"), Ok(Target::AtLeast { value: d("60") }));
    /// assert!(Target::parse_vi("1.000").is_err()); // a thousand, or one?
    /// ```
    ///
    /// # Errors
    ///
    /// [`TargetParseError`]: an empty phrase, no number, a number that reads two ways or is out
    /// of range, or words left unread (a target in words is not read as a number), with the
    /// byte span where reading stopped.
    pub fn parse_vi(text: &str) -> Result<Target, TargetParseError> {
        let lower: String = text.to_lowercase();
        let mut c = Cursor {
            text,
            // Spans are offsets of the phrase as given only when lowercasing kept its length.
            lower: if lower.len() == text.len() {
                lower
            } else {
                text.to_owned()
            },
            at: 0,
        };
        c.skip_space();
        if c.rest().is_empty() {
            return Err(c.error(TargetParseErrorKind::Empty, 0..text.len()));
        }
        let side = PREFIXES
            .iter()
            .find(|(word, _)| c.eat(word))
            .map(|&(_, side)| side);
        let first = c.number()?;
        c.unit();
        let mut target = match side {
            Some(Side::AtLeast) => Target::AtLeast { value: first },
            Some(Side::AtMost) => Target::AtMost { value: first },
            Some(Side::About) => Target::About { value: first },
            _ => Target::Exact { value: first },
        };
        let ranged = matches!(side, None | Some(Side::From) | Some(Side::Exact));
        if ranged && ["–", "—", "-", "đến", "tới"].iter().any(|w| c.eat(w)) {
            let second = c.number()?;
            c.unit();
            target = Target::Range {
                min: first,
                max: second,
            };
        } else if ranged && c.eat("trở lên") {
            target = Target::AtLeast { value: first };
        } else if ranged && c.eat("trở xuống") {
            target = Target::AtMost { value: first };
        }
        c.skip_space();
        if !c.rest().is_empty() {
            return Err(c.error(TargetParseErrorKind::Unread, c.at..text.len()));
        }
        Ok(target)
    }

    /// The values the target admits, `(lower, upper)`, an open side `None`: an "at least 60"
    /// admits `(Some(60), None)`. `None` for a qualitative target. (See [`Target::bounds`] for
    /// the reference values an assessment compares with.)
    pub fn admitted(&self) -> Option<(Option<Decimal>, Option<Decimal>)> {
        Some(match *self {
            Target::Exact { value } | Target::About { value } => (Some(value), Some(value)),
            Target::Range { min, max } => (Some(min), Some(max)),
            Target::AtLeast { value } => (Some(value), None),
            Target::AtMost { value } => (None, Some(value)),
            Target::Qualitative { .. } => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn the_forms_plans_write() {
        for (text, want) in [
            ("7 %", Target::Exact { value: d("7") }),
            ("đạt 95%", Target::Exact { value: d("95") }),
            (
                "7,5-8,0%",
                Target::Range {
                    min: d("7.5"),
                    max: d("8"),
                },
            ),
            (
                "từ 5 đến 6 tỷ đồng",
                Target::Range {
                    min: d("5"),
                    max: d("6"),
                },
            ),
            (
                "5 – 6",
                Target::Range {
                    min: d("5"),
                    max: d("6"),
                },
            ),
            ("Trên 60 %", Target::AtLeast { value: d("60") }),
            ("ít nhất 60", Target::AtLeast { value: d("60") }),
            ("100% trở lên", Target::AtLeast { value: d("100") }),
            ("không quá 3", Target::AtMost { value: d("3") }),
            ("dưới 1,5 %", Target::AtMost { value: d("1.5") }),
            ("3% trở xuống", Target::AtMost { value: d("3") }),
            ("xấp xỉ 4", Target::About { value: d("4") }),
            ("1.234,5 tỷ đồng", Target::Exact { value: d("1234.5") }),
            (
                "1.234.567",
                Target::Exact {
                    value: d("1234567"),
                },
            ),
            ("7.5", Target::Exact { value: d("7.5") }),
        ] {
            assert_eq!(Target::parse_vi(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn what_reads_two_ways_or_is_left_unread_is_an_error_with_its_span() {
        let kind = |t: &str| Target::parse_vi(t).map_err(|e| e.kind());
        assert_eq!(kind(""), Err(TargetParseErrorKind::Empty));
        assert_eq!(kind("1.000"), Err(TargetParseErrorKind::Ambiguous));
        assert_eq!(kind("1,234,567"), Err(TargetParseErrorKind::Ambiguous));
        assert_eq!(kind("nhóm khá"), Err(TargetParseErrorKind::NoNumber));
        assert_eq!(kind("dưới"), Err(TargetParseErrorKind::NoNumber));
        let e = Target::parse_vi("7 % so với năm trước").unwrap_err();
        assert_eq!(e.kind(), TargetParseErrorKind::Unread);
        assert_eq!(&"7 % so với năm trước"[e.span()], "so với năm trước");
        // A prefix is a whole word: "trênh" is not "trên".
        assert_eq!(kind("trênh 5"), Err(TargetParseErrorKind::NoNumber));
    }

    #[test]
    fn admitted_values_leave_the_open_side_open() {
        assert_eq!(
            Target::AtLeast { value: d("60") }.admitted(),
            Some((Some(d("60")), None))
        );
        assert_eq!(
            Target::AtMost { value: d("3") }.admitted(),
            Some((None, Some(d("3"))))
        );
    }
}
