//! A date known only to the month: a notice dated "ngày … tháng 01 năm 2024", whose day was
//! left blank, is dated January 2024 and no more.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A month of a year, written `YYYY-MM` (`2024-01`); years 0000 to 9999.
///
/// ```
/// use chidao_model::{NaiveDate, YearMonth};
/// let january: YearMonth = "2024-01".parse()?;
/// assert_eq!((january.year(), january.month()), (2024, 1));
/// assert!(january.contains(NaiveDate::from_ymd_opt(2024, 1, 31).unwrap()));
/// assert_eq!(january.to_string(), "2024-01");
/// assert!("2024-13".parse::<YearMonth>().is_err());
/// # Ok::<(), chidao_model::MonthError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

/// Why a text is not a [`YearMonth`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthError {
    value: String,
}

impl MonthError {
    /// The text as given.
    pub fn value(&self) -> &str {
        &self.value
    }
}

impl fmt::Display for MonthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a month of the form YYYY-MM (month 01 to 12)",
            crate::normalize::cut_for_message(self.value.clone(), 60)
        )
    }
}

impl std::error::Error for MonthError {}

impl YearMonth {
    /// The month `month` (1 to 12) of `year` (0 to 9999); `None` outside those ranges.
    pub fn new(year: i32, month: u32) -> Option<Self> {
        let year = u16::try_from(year).ok().filter(|y| *y <= 9999)?;
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        Some(YearMonth { year, month })
    }

    /// The month of a date.
    pub fn of(date: NaiveDate) -> Option<Self> {
        YearMonth::new(date.year(), date.month())
    }

    /// The year.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// Whether `date` falls in this month.
    pub fn contains(self, date: NaiveDate) -> bool {
        date.year() == self.year() && date.month() == self.month()
    }

    /// The first day of the month.
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year(), self.month(), 1).unwrap_or_default()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for YearMonth {
    type Err = MonthError;

    /// Reads `YYYY-MM`: four digits of year, a hyphen, two of month.
    ///
    /// # Errors
    ///
    /// [`MonthError`] when the text is not of that form or the month is not 01 to 12.
    fn from_str(s: &str) -> Result<Self, MonthError> {
        let err = || MonthError {
            value: s.to_owned(),
        };
        let b = s.as_bytes();
        if b.len() != 7
            || b[4] != b'-'
            || !b
                .iter()
                .enumerate()
                .all(|(i, c)| i == 4 || c.is_ascii_digit())
        {
            return Err(err());
        }
        let year = s[..4].parse().map_err(|_| err())?;
        let month = s[5..].parse().map_err(|_| err())?;
        YearMonth::new(year, month).ok_or_else(err)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = YearMonth;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a month string YYYY-MM")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<YearMonth, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for YearMonth {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YearMonth".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$",
            "description": "A month of a year, YYYY-MM: a date known only to the month.",
            "examples": ["2024-01"]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_four_digits_a_hyphen_and_a_real_month_are_a_month() {
        for bad in [
            "2024-1",
            "2024-00",
            "2024-13",
            "24-01",
            "2024/01",
            "2024-01-05",
            "+202-01",
            "２０２４-01",
        ] {
            assert!(bad.parse::<YearMonth>().is_err(), "{bad}");
        }
        for (good, y, m) in [
            ("2024-01", 2024, 1),
            ("0000-12", 0, 12),
            ("9999-09", 9999, 9),
        ] {
            let ym: YearMonth = good.parse().unwrap();
            assert_eq!(
                (ym.year(), ym.month(), ym.to_string().as_str()),
                (y, m, good)
            );
        }
    }

    #[test]
    fn a_month_contains_its_days_only() {
        let jan = YearMonth::new(2024, 1).unwrap();
        let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
        assert!(jan.contains(day(1, 1)) && jan.contains(day(1, 31)));
        assert!(!jan.contains(day(2, 1)));
        assert_eq!(jan.first_day(), day(1, 1));
        assert_eq!(YearMonth::new(10000, 1), None);
        assert_eq!(YearMonth::new(-1, 1), None);
    }
}
