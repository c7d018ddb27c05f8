//! Deadlines as they are written in directives, and the date each resolves to.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Frequency;

/// When a deadline falls, in the terms the document uses.
///
/// Every term but [`DeadlineTerm::None`] and [`DeadlineTerm::Recurring`] resolves to one
/// effective due date: the last day on which the task is still within its deadline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DeadlineTerm {
    /// On or before a date: "trước ngày 31/3/2024", "chậm nhất ngày 15/01/2024".
    OnDate {
        /// The last day within the deadline.
        date: NaiveDate,
    },
    /// Within a month: "trong tháng 02/2024"; due on the month's last day.
    Month {
        /// The year.
        year: i32,
        /// The month, 1 to 12.
        month: u32,
    },
    /// Within a quarter: "trong quý III/2024"; due on the quarter's last day.
    Quarter {
        /// The year.
        year: i32,
        /// The quarter, 1 to 4.
        quarter: u32,
    },
    /// Within a half-year: "6 tháng đầu năm 2024"; due on 30 June or 31 December.
    HalfYear {
        /// The year.
        year: i32,
        /// The half, 1 or 2.
        half: u32,
    },
    /// Within a year: "trong năm 2024"; due on 31 December.
    Year {
        /// The year.
        year: i32,
    },
    /// No deadline is set; never overdue.
    None,
    /// Recurring or continuous work ("thường xuyên", "hằng tháng"); never overdue as a whole.
    Recurring {
        /// How often it falls due.
        frequency: Frequency,
    },
}

/// A deadline: its term and the phrase as written in the source.
///
/// ```
/// use chidao_model::{Deadline, DeadlineTerm};
/// use chrono::NaiveDate;
///
/// let d = Deadline::parse_vi("trong quý III/2024").unwrap();
/// assert_eq!(d.term, DeadlineTerm::Quarter { year: 2024, quarter: 3 });
/// assert_eq!(d.due_date(), NaiveDate::from_ymd_opt(2024, 9, 30));
/// assert_eq!(d.as_written.as_deref(), Some("trong quý III/2024"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Deadline {
    /// When the deadline falls.
    pub term: DeadlineTerm,
    /// The phrase exactly as the document writes it ("trước ngày 31/3/2024"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::none()
    }
}

/// Why a deadline term does not name a real period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid deadline: {0}")]
pub struct DeadlineError(&'static str);

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (ny, nm) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

impl DeadlineTerm {
    /// The effective due date: the last day still within the deadline. `None` for no deadline,
    /// for recurring work, and for a term that names no real period (month 13).
    pub fn due_date(&self) -> Option<NaiveDate> {
        match *self {
            DeadlineTerm::OnDate { date } => Some(date),
            DeadlineTerm::Month { year, month } if (1..=12).contains(&month) => {
                last_day_of_month(year, month)
            }
            DeadlineTerm::Quarter { year, quarter } if (1..=4).contains(&quarter) => {
                last_day_of_month(year, quarter * 3)
            }
            DeadlineTerm::HalfYear { year, half } if (1..=2).contains(&half) => {
                last_day_of_month(year, half * 6)
            }
            DeadlineTerm::Year { year } => last_day_of_month(year, 12),
            _ => None,
        }
    }

    /// Checks that the term names a real period.
    ///
    /// # Errors
    ///
    /// Returns [`DeadlineError`] for a month outside 1–12, a quarter outside 1–4, a half outside
    /// 1–2, or a year outside the calendar chrono supports.
    pub fn check(&self) -> Result<(), DeadlineError> {
        let ok = match *self {
            DeadlineTerm::Month { month, .. } if !(1..=12).contains(&month) => {
                return Err(DeadlineError("month must be 1 to 12"));
            }
            DeadlineTerm::Quarter { quarter, .. } if !(1..=4).contains(&quarter) => {
                return Err(DeadlineError("quarter must be 1 to 4"));
            }
            DeadlineTerm::HalfYear { half, .. } if !(1..=2).contains(&half) => {
                return Err(DeadlineError("half must be 1 or 2"));
            }
            DeadlineTerm::Month { .. }
            | DeadlineTerm::Quarter { .. }
            | DeadlineTerm::HalfYear { .. }
            | DeadlineTerm::Year { .. } => self.due_date().is_some(),
            _ => true,
        };
        if ok {
            Ok(())
        } else {
            Err(DeadlineError("year is out of range"))
        }
    }

    /// Whether the task can ever be overdue under this term.
    pub fn has_due_date(&self) -> bool {
        self.due_date().is_some()
    }
}

impl DeadlineTerm {
    /// The term in words, in `lang`: "trước ngày 31/03/2024" / "on or before 2024-03-31",
    /// "trong quý III/2024" / "by the end of Q3 2024".
    pub fn describe(&self, lang: crate::Lang) -> String {
        use crate::Lang::{En, Vi};
        const ROMAN: [&str; 5] = ["", "I", "II", "III", "IV"];
        match (self, lang) {
            (DeadlineTerm::OnDate { date }, Vi) => {
                format!("trước ngày {}", date.format("%d/%m/%Y"))
            }
            (DeadlineTerm::OnDate { date }, En) => format!("on or before {date}"),
            (DeadlineTerm::Month { year, month }, Vi) => format!("trong tháng {month:02}/{year}"),
            (DeadlineTerm::Month { year, month }, En) => {
                format!("by the end of {year}-{month:02}")
            }
            (DeadlineTerm::Quarter { year, quarter }, Vi) => format!(
                "trong quý {}/{year}",
                ROMAN.get(*quarter as usize).copied().unwrap_or("?")
            ),
            (DeadlineTerm::Quarter { year, quarter }, En) => {
                format!("by the end of Q{quarter} {year}")
            }
            (DeadlineTerm::HalfYear { year, half }, Vi) => format!(
                "6 tháng {} năm {year}",
                if *half == 1 { "đầu" } else { "cuối" }
            ),
            (DeadlineTerm::HalfYear { year, half }, En) => {
                format!("by the end of H{half} {year}")
            }
            (DeadlineTerm::Year { year }, Vi) => format!("trong năm {year}"),
            (DeadlineTerm::Year { year }, En) => format!("by the end of {year}"),
            (DeadlineTerm::None, Vi) => "không có thời hạn".to_owned(),
            (DeadlineTerm::None, En) => "no deadline".to_owned(),
            (DeadlineTerm::Recurring { frequency }, lang) => frequency.label(lang).to_lowercase(),
        }
    }
}

impl std::fmt::Display for DeadlineTerm {
    /// The English description (see [`DeadlineTerm::describe`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(crate::Lang::En))
    }
}

impl Deadline {
    /// No deadline.
    pub fn none() -> Self {
        Deadline {
            term: DeadlineTerm::None,
            as_written: None,
        }
    }

    /// A deadline with the given term and no recorded phrase.
    pub fn new(term: DeadlineTerm) -> Self {
        Deadline {
            term,
            as_written: None,
        }
    }

    /// The same deadline with the phrase as written.
    #[must_use]
    pub fn with_as_written(mut self, phrase: impl Into<String>) -> Self {
        self.as_written = Some(phrase.into());
        self
    }

    /// The effective due date (see [`DeadlineTerm::due_date`]).
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.term.due_date()
    }

    /// Reads a Vietnamese deadline phrase, keeping it as written.
    ///
    /// Understood forms: "trước ngày 31/3/2024", "chậm nhất (trước) ngày 15/01/2024",
    /// "ngày 15/01/2024", "trong tháng 02/2024", "tháng 02/2024", "trong quý III/2024" (Roman or
    /// Arabic numerals), "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "trong năm 2024",
    /// "thường xuyên", "hằng tuần/tháng/quý/năm", "không thời hạn". Letter case, NFC or NFD
    /// form and surrounding text such as "hoàn thành" are tolerated.
    /// Returns `None` when the phrase is not understood.
    pub fn parse_vi(phrase: &str) -> Option<Deadline> {
        let term = parse_term_vi(phrase)?;
        Some(Deadline::new(term).with_as_written(phrase))
    }
}

fn parse_dmy(s: &str) -> Option<NaiveDate> {
    let mut it = s.split('/');
    let d: u32 = it.next()?.trim().parse().ok()?;
    let m: u32 = it.next()?.trim().parse().ok()?;
    let y: i32 = it.next()?.trim().parse().ok()?;
    if it.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn parse_my(s: &str) -> Option<(i32, u32)> {
    let (m, y) = s.split_once('/')?;
    let m: u32 = m.trim().parse().ok()?;
    let y: i32 = y.trim().parse().ok()?;
    (1..=12).contains(&m).then_some((y, m))
}

fn roman_or_arabic(s: &str) -> Option<u32> {
    match s {
        "i" | "1" => Some(1),
        "ii" | "2" => Some(2),
        "iii" | "3" => Some(3),
        "iv" | "4" => Some(4),
        _ => None,
    }
}

/// The token after the word `key` (a whole word, not part of one): digits, letters and slashes.
fn after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(pos) = text[from..].find(key) {
        let start = from + pos;
        let end = start + key.len();
        let before_ok = start == 0 || text.as_bytes()[start - 1] == b' ';
        let after_ok = text.as_bytes().get(end) == Some(&b' ');
        if before_ok && after_ok {
            let rest = text[end..].trim_start();
            let stop = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '/'))
                .unwrap_or(rest.len());
            return Some(&rest[..stop]);
        }
        from = end;
    }
    None
}

fn parse_term_vi(phrase: &str) -> Option<DeadlineTerm> {
    let text = crate::normalize::fold_vi(phrase);
    let text = text.as_str();
    if text.contains("thuong xuyen") || text.contains("lien tuc") {
        return Some(DeadlineTerm::Recurring {
            frequency: Frequency::Ongoing,
        });
    }
    for (key, frequency) in [
        ("hang tuan", Frequency::Weekly),
        ("hang thang", Frequency::Monthly),
        ("hang quy", Frequency::Quarterly),
        ("hang nam", Frequency::Yearly),
    ] {
        if text.contains(key) {
            return Some(DeadlineTerm::Recurring { frequency });
        }
    }
    if text.contains("khong thoi han") || text.contains("khong co thoi han") {
        return Some(DeadlineTerm::None);
    }
    if let Some(tok) = after(text, "ngay")
        && let Some(date) = parse_dmy(tok)
    {
        return Some(DeadlineTerm::OnDate { date });
    }
    if let Some((q, y)) = after(text, "quy").and_then(|tok| tok.split_once('/')) {
        return Some(DeadlineTerm::Quarter {
            year: y.parse().ok()?,
            quarter: roman_or_arabic(q)?,
        });
    }
    if text.contains("6 thang dau nam") || text.contains("6 thang cuoi nam") {
        let half = if text.contains("dau") { 1 } else { 2 };
        let year = after(text, "nam")?.parse().ok()?;
        return Some(DeadlineTerm::HalfYear { year, half });
    }
    if let Some(tok) = after(text, "thang")
        && let Some((year, month)) = parse_my(tok)
    {
        return Some(DeadlineTerm::Month { year, month });
    }
    if let Some(tok) = after(text, "nam")
        && tok.len() == 4
    {
        return Some(DeadlineTerm::Year {
            year: tok.parse().ok()?,
        });
    }
    None
}

/// The number of days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    i64::from(to.num_days_from_ce()) - i64::from(from.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn phrases_resolve() {
        let cases: &[(&str, Option<DeadlineTerm>, Option<NaiveDate>)] = &[
            (
                "trước ngày 31/3/2024",
                Some(DeadlineTerm::OnDate {
                    date: d(2024, 3, 31),
                }),
                Some(d(2024, 3, 31)),
            ),
            (
                "chậm nhất ngày 15/01/2024",
                Some(DeadlineTerm::OnDate {
                    date: d(2024, 1, 15),
                }),
                Some(d(2024, 1, 15)),
            ),
            (
                "chậm nhất trước ngày 15/01/2024",
                Some(DeadlineTerm::OnDate {
                    date: d(2024, 1, 15),
                }),
                Some(d(2024, 1, 15)),
            ),
            (
                "trong tháng 01/2024",
                Some(DeadlineTerm::Month {
                    year: 2024,
                    month: 1,
                }),
                Some(d(2024, 1, 31)),
            ),
            (
                "trong tháng 02/2024",
                Some(DeadlineTerm::Month {
                    year: 2024,
                    month: 2,
                }),
                Some(d(2024, 2, 29)),
            ),
            (
                "trong tháng 02/2023",
                Some(DeadlineTerm::Month {
                    year: 2023,
                    month: 2,
                }),
                Some(d(2023, 2, 28)),
            ),
            (
                "tháng 12/2024",
                Some(DeadlineTerm::Month {
                    year: 2024,
                    month: 12,
                }),
                Some(d(2024, 12, 31)),
            ),
            (
                "trong quý III/2024",
                Some(DeadlineTerm::Quarter {
                    year: 2024,
                    quarter: 3,
                }),
                Some(d(2024, 9, 30)),
            ),
            (
                "TRONG QUÝ IV/2024",
                Some(DeadlineTerm::Quarter {
                    year: 2024,
                    quarter: 4,
                }),
                Some(d(2024, 12, 31)),
            ),
            (
                "trong quý 1/2025",
                Some(DeadlineTerm::Quarter {
                    year: 2025,
                    quarter: 1,
                }),
                Some(d(2025, 3, 31)),
            ),
            (
                "6 tháng đầu năm 2024",
                Some(DeadlineTerm::HalfYear {
                    year: 2024,
                    half: 1,
                }),
                Some(d(2024, 6, 30)),
            ),
            (
                "6 tháng cuối năm 2024",
                Some(DeadlineTerm::HalfYear {
                    year: 2024,
                    half: 2,
                }),
                Some(d(2024, 12, 31)),
            ),
            (
                "trong năm 2024",
                Some(DeadlineTerm::Year { year: 2024 }),
                Some(d(2024, 12, 31)),
            ),
            (
                "thường xuyên",
                Some(DeadlineTerm::Recurring {
                    frequency: Frequency::Ongoing,
                }),
                None,
            ),
            (
                "báo cáo hằng tháng",
                Some(DeadlineTerm::Recurring {
                    frequency: Frequency::Monthly,
                }),
                None,
            ),
            ("không thời hạn", Some(DeadlineTerm::None), None),
            ("sớm", None, None),
            (
                "theo quyết định, trong tháng 02/2024",
                Some(DeadlineTerm::Month {
                    year: 2024,
                    month: 2,
                }),
                Some(d(2024, 2, 29)),
            ),
            (
                "hoàn thành trong quý II/2024",
                Some(DeadlineTerm::Quarter {
                    year: 2024,
                    quarter: 2,
                }),
                Some(d(2024, 6, 30)),
            ),
            ("trước ngày 30/02/2024", None, None),
        ];
        for (phrase, term, due) in cases {
            let got = Deadline::parse_vi(phrase);
            assert_eq!(got.as_ref().map(|d| d.term.clone()), *term, "{phrase}");
            assert_eq!(got.and_then(|d| d.due_date()), *due, "{phrase}");
        }
    }

    #[test]
    fn nfd_phrase_is_understood() {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = "trong quý III/2024".nfd().collect();
        assert_eq!(
            Deadline::parse_vi(&nfd).unwrap().term,
            DeadlineTerm::Quarter {
                year: 2024,
                quarter: 3
            }
        );
    }

    #[test]
    fn descriptions() {
        use crate::Lang::{En, Vi};
        let q = DeadlineTerm::Quarter {
            year: 2024,
            quarter: 3,
        };
        assert_eq!(q.describe(Vi), "trong quý III/2024");
        assert_eq!(q.to_string(), "by the end of Q3 2024");
        let on = DeadlineTerm::OnDate {
            date: d(2024, 3, 31),
        };
        assert_eq!(on.describe(Vi), "trước ngày 31/03/2024");
        assert_eq!(on.describe(En), "on or before 2024-03-31");
        let r = DeadlineTerm::Recurring {
            frequency: Frequency::Monthly,
        };
        assert_eq!(r.describe(Vi), "hằng tháng");
        // every description in Vietnamese reads back as the same term
        for t in [
            on,
            q,
            DeadlineTerm::Month {
                year: 2024,
                month: 2,
            },
            DeadlineTerm::HalfYear {
                year: 2024,
                half: 2,
            },
            DeadlineTerm::Year { year: 2025 },
            DeadlineTerm::None,
            r,
        ] {
            assert_eq!(Deadline::parse_vi(&t.describe(Vi)).map(|d| d.term), Some(t));
        }
    }

    #[test]
    fn invalid_terms() {
        assert!(
            DeadlineTerm::Month {
                year: 2024,
                month: 13
            }
            .check()
            .is_err()
        );
        assert!(
            DeadlineTerm::Quarter {
                year: 2024,
                quarter: 0
            }
            .check()
            .is_err()
        );
        assert!(
            DeadlineTerm::HalfYear {
                year: 2024,
                half: 3
            }
            .check()
            .is_err()
        );
        assert!(DeadlineTerm::Year { year: i32::MAX }.check().is_err());
        assert_eq!(
            DeadlineTerm::Month {
                year: 2024,
                month: 13
            }
            .due_date(),
            None
        );
        assert!(DeadlineTerm::Year { year: 2024 }.check().is_ok());
    }
}
