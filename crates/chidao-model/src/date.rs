//! The one date grammar of every format and command: `YYYY-MM-DD`, four digits of year (0000
//! to 9999), two of month and two of day, a day that exists. It is RFC 3339's `full-date`,
//! what JSON Schema's `date` format and the XSD's date type (restricted to four-digit years)
//! say, so that every reader agrees on what a date is.

use std::fmt;

use chrono::{Datelike, NaiveDate};

/// Why a text is not a date of [`parse_date`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    kind: DateErrorKind,
    value: String,
}

/// What is wrong with a date's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateErrorKind {
    /// Not of the form `YYYY-MM-DD` (`2024-1-5`, `31/03/2024`, `+10000-01-01`).
    NotADate,
    /// Of the form, but no such day (`2024-02-30`, month 13).
    NoSuchDay,
    /// A date that exists but cannot be written in four digits of year.
    OutOfRange,
}

impl DateError {
    /// What is wrong.
    pub fn kind(&self) -> DateErrorKind {
        self.kind
    }

    /// The text as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            DateErrorKind::NotADate => {
                write!(f, "`{}` is not a date of the form YYYY-MM-DD", self.value)
            }
            DateErrorKind::NoSuchDay => write!(f, "`{}` is not a calendar date", self.value),
            DateErrorKind::OutOfRange => {
                write!(f, "{} is out of range: years are 0000 to 9999", self.value)
            }
        }
    }
}

impl std::error::Error for DateError {}

/// Reads a date of the form `YYYY-MM-DD`.
///
/// ```
/// use chidao_model::{parse_date, NaiveDate};
/// assert_eq!(parse_date("2024-03-31"), Ok(NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()));
/// assert!(parse_date("2024-3-31").is_err());
/// assert!(parse_date("+10000-01-01").is_err());
/// assert!(parse_date("2024-02-30").is_err());
/// ```
///
/// # Errors
///
/// [`DateError`] of kind [`DateErrorKind::NotADate`] when the text is not of the form, and
/// [`DateErrorKind::NoSuchDay`] when the day does not exist.
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let err = |kind| DateError {
        kind,
        value: s.to_owned(),
    };
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && [0, 1, 2, 3, 5, 6, 8, 9]
            .iter()
            .all(|&i| b[i].is_ascii_digit());
    if !shape {
        return Err(err(DateErrorKind::NotADate));
    }
    let n = |r: std::ops::Range<usize>| {
        b[r].iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'))
    };
    // Four digits always fit an i32.
    let year = n(0..4) as i32;
    NaiveDate::from_ymd_opt(year, n(5..7), n(8..10)).ok_or_else(|| err(DateErrorKind::NoSuchDay))
}

/// Writes a date as `YYYY-MM-DD`.
///
/// # Errors
///
/// [`DateError`] of kind [`DateErrorKind::OutOfRange`] for a year outside 0000 to 9999, which
/// the grammar cannot write.
pub fn format_date(date: NaiveDate) -> Result<String, DateError> {
    if (0..=9999).contains(&date.year()) {
        Ok(date.format("%Y-%m-%d").to_string())
    } else {
        Err(DateError {
            kind: DateErrorKind::OutOfRange,
            value: date.to_string(),
        })
    }
}

/// Reads a date from a string in the grammar of [`parse_date`].
struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date string YYYY-MM-DD")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse_date(v).map_err(E::custom)
    }
}

/// Serde of a required date through [`parse_date`] and [`format_date`].
pub(crate) mod required {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        let text = super::format_date(*d).map_err(serde::ser::Error::custom)?;
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(super::DateVisitor)
    }
}

/// Serde of an optional date through [`parse_date`] and [`format_date`].
pub(crate) mod optional {
    use std::fmt;

    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => super::required::serialize(d, s),
            None => s.serialize_none(),
        }
    }

    struct OptionVisitor;

    impl<'de> serde::de::Visitor<'de> for OptionVisitor {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a date string YYYY-MM-DD or null")
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(super::DateVisitor).map(Some)
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(OptionVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_two_two_digits_of_a_real_day_are_a_date() {
        for bad in [
            "2024-1-5",
            "+10000-01-01",
            "10000-01-01",
            "-2024-01-01",
            "2024-01-05T00:00",
            " 2024-01-05",
            "2024/01/05",
            "31/03/2024",
            "２０２４-01-05",
            "",
        ] {
            assert_eq!(
                parse_date(bad).map_err(|e| e.kind()),
                Err(DateErrorKind::NotADate),
                "{bad:?}"
            );
        }
        for no_day in ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10"] {
            assert_eq!(
                parse_date(no_day).map_err(|e| e.kind()),
                Err(DateErrorKind::NoSuchDay),
                "{no_day}"
            );
        }
        assert_eq!(
            parse_date("0000-01-01").unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap()
        );
        assert_eq!(
            parse_date("2024-02-29").unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
    }

    #[test]
    fn what_is_written_reads_back_and_what_cannot_be_read_is_not_written() {
        let d = NaiveDate::from_ymd_opt(987, 6, 5).unwrap();
        assert_eq!(format_date(d).unwrap(), "0987-06-05");
        assert_eq!(parse_date(&format_date(d).unwrap()).unwrap(), d);
        let far = NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        assert_eq!(
            format_date(far).map_err(|e| e.kind()),
            Err(DateErrorKind::OutOfRange)
        );
        let before = NaiveDate::from_ymd_opt(-1, 1, 1).unwrap();
        assert!(format_date(before).is_err());
    }
}
