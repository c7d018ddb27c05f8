//! Deadlines as they are written in directives, and the date each resolves to.
//!
//! [`Deadline::parse_vi`] and [`Deadline::parse_vi_at`] read a Vietnamese phrase (see
//! [`read`](self) for the grammar); [`DeadlineTerm::due_date`] gives the last day within the
//! deadline; [`DeadlineTerm::next_due`] the next occurrence of recurring work.

mod calendar;
mod describe;
mod read;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{DayOfWeek, EventRelation, Frequency, PeriodUnit};

pub(crate) use calendar::days_between;
pub use read::{DeadlineParseError, DeadlineParseErrorKind};

/// When a deadline falls, in the terms the document uses.
///
/// The terms with a date ([`OnDate`](Self::OnDate), [`Month`](Self::Month),
/// [`Quarter`](Self::Quarter), [`HalfYear`](Self::HalfYear), [`Year`](Self::Year), and
/// [`Within`](Self::Within) with a known start) resolve to one effective due date: the last day
/// on which the task is still within its deadline. The others have none and a task under them
/// is never overdue: [`None`](Self::None), [`Recurring`](Self::Recurring) (as a whole; each
/// occurrence has a date, see [`DeadlineTerm::next_due`]), [`Urgent`](Self::Urgent),
/// [`Conditional`](Self::Conditional), and [`Within`](Self::Within) counted from an event the
/// document does not date. See [`StatusPolicy`](crate::StatusPolicy) for the status rules.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum DeadlineTerm {
    /// On or before a date: "trước ngày 31/3/2024", "chậm nhất ngày 15/01/2024"; due that day.
    OnDate {
        /// The last day within the deadline.
        #[serde(with = "crate::date::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "NaiveDate"))]
        date: NaiveDate,
    },
    /// Within a month: "trong tháng 02/2024"; due on the month's last day.
    Month {
        /// The year, 0 to 9999.
        #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
        year: i32,
        /// The month, 1 to 12.
        #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 12)))]
        month: u32,
    },
    /// Within a quarter: "trong quý III/2024"; due on the quarter's last day.
    Quarter {
        /// The year, 0 to 9999.
        #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
        year: i32,
        /// The quarter, 1 to 4.
        #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 4)))]
        quarter: u32,
    },
    /// Within a half-year: "6 tháng đầu năm 2024"; due on 30 June or 31 December.
    HalfYear {
        /// The year, 0 to 9999.
        #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
        year: i32,
        /// The half, 1 or 2.
        #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 2)))]
        half: u32,
    },
    /// Within a year: "trong năm 2024", "cuối năm 2024"; due on 31 December.
    Year {
        /// The year, 0 to 9999.
        #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
        year: i32,
    },
    /// Within a period counted from a start: "trong thời hạn 10 ngày kể từ ngày ký", "15 ngày
    /// làm việc". Due on the period's last day, the start day not counted (Civil Code art.
    /// 147); no due date when the start is an event the document does not date ("kể từ ngày
    /// nhận được văn bản").
    Within {
        /// How many units, at least 1.
        #[cfg_attr(feature = "schemars", schemars(range(min = 1)))]
        amount: u32,
        /// The unit counted.
        unit: PeriodUnit,
        /// The day counted from (the document's date when the phrase counts from its signing or
        /// states no start); absent when it is an undated event.
        #[serde(
            with = "crate::date::optional",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
        start: Option<NaiveDate>,
    },
    /// No deadline is set ("không thời hạn"); never overdue.
    None,
    /// Recurring ("hằng tháng", "định kỳ 6 tháng", "trước ngày 20 hằng tháng") or continuous
    /// ("thường xuyên", frequency `ongoing`) work; never overdue as a whole.
    Recurring {
        /// How often it falls due.
        frequency: Frequency,
        /// The day each occurrence falls due, when the document says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        anchor: Option<RecurrenceAnchor>,
    },
    /// Urgent work with no date ("khẩn trương", "ngay", "gấp"); never overdue.
    Urgent,
    /// Due relative to an event whose date is not known: "trước khi trình Thủ tướng", "sau khi
    /// Quy hoạch được phê duyệt"; never overdue.
    Conditional {
        /// Before or after the event.
        relation: EventRelation,
        /// The event, in the document's words ("trình Thủ tướng Chính phủ").
        event: String,
    },
}

/// The day on which each occurrence of recurring work falls due.
///
/// `day` is a day of the month (a month shorter than it falls due on its last day); `month` is
/// the month within the cycle (1–3 of a quarter, 1–6 of a half-year, 1–12 of a year), and
/// defaults to the cycle's last month; `weekday` is for weekly work.
///
/// ```
/// use chidao_model::{Deadline, DeadlineTerm, Frequency, RecurrenceAnchor};
/// let d = Deadline::parse_vi("trước ngày 30/6 hằng năm").unwrap();
/// let DeadlineTerm::Recurring { frequency, anchor } = d.term else { panic!() };
/// assert_eq!(frequency, Frequency::Yearly);
/// assert_eq!(anchor, Some(RecurrenceAnchor::day_of_month(30).in_month(6)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RecurrenceAnchor {
    /// The day of the month, 1 to 31.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 31)))]
    pub day: Option<u32>,
    /// The month within the cycle, 1 to the cycle's length in months (at most 12).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 12)))]
    pub month: Option<u32>,
    /// The day of the week, for weekly work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<DayOfWeek>,
}

impl RecurrenceAnchor {
    /// Each occurrence on day `day` of the month.
    pub fn day_of_month(day: u32) -> Self {
        RecurrenceAnchor {
            day: Some(day),
            ..RecurrenceAnchor::default()
        }
    }

    /// Each occurrence on `weekday`.
    pub fn on(weekday: DayOfWeek) -> Self {
        RecurrenceAnchor {
            weekday: Some(weekday),
            ..RecurrenceAnchor::default()
        }
    }

    /// The same anchor in month `month` of the cycle.
    #[must_use]
    pub fn in_month(mut self, month: u32) -> Self {
        self.month = Some(month);
        self
    }
}

/// A deadline: its term, the phrase as written in the source, and the date it is due.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, from = "DeadlineRepr")]
#[non_exhaustive]
pub struct Deadline {
    /// When the deadline falls.
    pub term: DeadlineTerm,
    /// The phrase exactly as the document writes it ("trước ngày 31/3/2024"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// A due date the loaded document stated that disagrees with the term's: kept as written,
    /// for validation to report (`due-date-mismatch`). `None` when the document stated none or
    /// one that agrees (reading keeps only a disagreeing one, see
    /// [`Deadline::with_stated_due`]), and for deadlines built in code. Status always uses
    /// [`Deadline::due_date`], from the term. JSON and XML carry, as `due`, this date if there
    /// is one, else the resolved one ([`Deadline::written_due`]).
    #[serde(
        with = "crate::date::optional",
        default,
        rename = "due",
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub stated_due: Option<NaiveDate>,
}

/// A deadline: its term, the phrase as written in the source, and the date it is due.
//
// The JSON form of a deadline as read, before a stated due date that agrees with the term is
// dropped; its schema is the published schema of `Deadline`.
#[derive(Deserialize)]
#[cfg_attr(
    feature = "schemars",
    derive(schemars::JsonSchema),
    schemars(rename = "Deadline")
)]
#[serde(deny_unknown_fields)]
struct DeadlineRepr {
    /// When the deadline falls.
    term: DeadlineTerm,
    /// The phrase exactly as the document writes it ("trước ngày 31/3/2024"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    as_written: Option<String>,
    /// The resolved due date: the last day within the deadline, so that consumers need not
    /// compute quarter ends, leap days or working days. Written by chidao; absent when the term
    /// has no date. A due date that disagrees with the term is a validation error
    /// (due-date-mismatch).
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    due: Option<NaiveDate>,
}

impl From<DeadlineRepr> for Deadline {
    fn from(r: DeadlineRepr) -> Self {
        let mut d = Deadline::new(r.term).with_stated_due(r.due);
        d.as_written = r.as_written;
        d
    }
}

impl Serialize for Deadline {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Out<'a> {
            term: &'a DeadlineTerm,
            #[serde(skip_serializing_if = "Option::is_none")]
            as_written: Option<&'a str>,
            #[serde(
                with = "crate::date::optional",
                skip_serializing_if = "Option::is_none"
            )]
            due: Option<NaiveDate>,
        }
        Out {
            term: &self.term,
            as_written: self.as_written.as_deref(),
            due: self.written_due(),
        }
        .serialize(serializer)
    }
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::none()
    }
}

/// Why a deadline term does not name a real period: its [`kind`](DeadlineError::kind) to
/// match on, and the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid deadline: {reason}")]
pub struct DeadlineError {
    kind: DeadlineErrorKind,
    reason: &'static str,
}

/// What is wrong with a deadline term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeadlineErrorKind {
    /// A month, quarter, half, year or anchor day outside its range (month 13, quarter 5).
    OutOfRange,
    /// A period of 0 units.
    EmptyPeriod,
    /// A period that ends outside the calendar chrono supports.
    OutsideCalendar,
    /// A conditional deadline without its event.
    MissingEvent,
    /// A recurrence anchor that does not fit its frequency (a weekday for monthly work).
    AnchorMismatch,
}

impl DeadlineError {
    pub(crate) fn new(kind: DeadlineErrorKind, reason: &'static str) -> Self {
        DeadlineError { kind, reason }
    }

    /// What is wrong.
    pub fn kind(&self) -> DeadlineErrorKind {
        self.kind
    }

    /// What is wrong, in a few words ("month must be 1 to 12").
    pub fn reason(&self) -> &'static str {
        self.reason
    }
}

impl DeadlineTerm {
    /// Every kind of term, as [`DeadlineTerm::kind`] names them, in the order of the variants.
    pub const KINDS: &'static [&'static str] = &[
        "on_date",
        "month",
        "quarter",
        "half_year",
        "year",
        "within",
        "none",
        "recurring",
        "urgent",
        "conditional",
    ];

    /// The kind of term, as JSON and XML name it: `on_date`, `month`, `quarter`, `half_year`,
    /// `year`, `within`, `none`, `recurring`, `urgent`, `conditional`.
    ///
    /// ```
    /// use chidao_model::Deadline;
    /// assert_eq!(Deadline::parse_vi("trong quý II/2024").unwrap().term.kind(), "quarter");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            DeadlineTerm::OnDate { .. } => "on_date",
            DeadlineTerm::Month { .. } => "month",
            DeadlineTerm::Quarter { .. } => "quarter",
            DeadlineTerm::HalfYear { .. } => "half_year",
            DeadlineTerm::Year { .. } => "year",
            DeadlineTerm::Within { .. } => "within",
            DeadlineTerm::None => "none",
            DeadlineTerm::Recurring { .. } => "recurring",
            DeadlineTerm::Urgent => "urgent",
            DeadlineTerm::Conditional { .. } => "conditional",
        }
    }

    /// The effective due date: the last day still within the deadline. `None` for the terms
    /// without a date (see the type's documentation), for a term that names no real period
    /// (month 13), and for a day past the years a date can be written with (0000 to 9999).
    pub fn due_date(&self) -> Option<NaiveDate> {
        use chrono::Datelike;
        self.due_day().filter(|d| (0..=9999).contains(&d.year()))
    }

    fn due_day(&self) -> Option<NaiveDate> {
        use calendar::last_day_of_month;
        match *self {
            DeadlineTerm::OnDate { date } => Some(date),
            DeadlineTerm::Month { year, month } => last_day_of_month(year, month),
            DeadlineTerm::Quarter { year, quarter } if (1..=4).contains(&quarter) => {
                last_day_of_month(year, quarter * 3)
            }
            DeadlineTerm::HalfYear { year, half } if (1..=2).contains(&half) => {
                last_day_of_month(year, half * 6)
            }
            DeadlineTerm::Year { year } => last_day_of_month(year, 12),
            DeadlineTerm::Within {
                amount,
                unit,
                start: Some(start),
            } if amount > 0 => calendar::period_end(start, amount, unit),
            _ => None,
        }
    }

    /// The next day on or after `as_of` on which the work falls due: the due date for a term
    /// with one (even when it has passed), the next occurrence for recurring work (the day of
    /// its anchor, or the last day of the week, month, quarter, half-year or year it is in
    /// without one; `as_of` itself for daily work), and `None` for the terms without a date
    /// and continuous work.
    ///
    /// ```
    /// use chidao_model::Deadline;
    /// use chrono::NaiveDate;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let d = Deadline::parse_vi("trước ngày 20 hằng tháng").unwrap();
    /// assert_eq!(d.term.next_due(day(2024, 3, 21)), Some(day(2024, 4, 20)));
    /// let q = Deadline::parse_vi("hằng quý").unwrap();
    /// assert_eq!(q.term.next_due(day(2024, 5, 2)), Some(day(2024, 6, 30)));
    /// ```
    pub fn next_due(&self, as_of: NaiveDate) -> Option<NaiveDate> {
        let DeadlineTerm::Recurring { frequency, anchor } = self else {
            return self.due_date();
        };
        let anchor = anchor.unwrap_or_default();
        match frequency {
            Frequency::Ongoing => None,
            Frequency::Daily => Some(as_of),
            Frequency::Weekly => calendar::next_weekday(
                as_of,
                calendar::weekday(anchor.weekday.unwrap_or(DayOfWeek::Sunday)),
            ),
            f => calendar::next_in_cycle(
                as_of,
                calendar::cycle_months(*f)?,
                anchor.month,
                anchor.day,
            ),
        }
    }

    /// Checks that the term names a real period.
    ///
    /// # Errors
    ///
    /// Returns [`DeadlineError`] for a month outside 1–12, a quarter outside 1–4, a half outside
    /// 1–2, a year outside 0–9999 (the years a date can be written with), a period of 0 units
    /// or one that ends outside the calendar, a conditional deadline without its event, or a recurrence anchor
    /// that does not fit its frequency (a weekday for monthly work, day 32, month 4 of a
    /// quarter).
    pub fn check(&self) -> Result<(), DeadlineError> {
        match self {
            DeadlineTerm::Month { month, .. } if !(1..=12).contains(month) => Err(
                DeadlineError::new(DeadlineErrorKind::OutOfRange, "month must be 1 to 12"),
            ),
            DeadlineTerm::Quarter { quarter, .. } if !(1..=4).contains(quarter) => Err(
                DeadlineError::new(DeadlineErrorKind::OutOfRange, "quarter must be 1 to 4"),
            ),
            DeadlineTerm::HalfYear { half, .. } if !(1..=2).contains(half) => Err(
                DeadlineError::new(DeadlineErrorKind::OutOfRange, "half must be 1 or 2"),
            ),
            DeadlineTerm::Month { year, .. }
            | DeadlineTerm::Quarter { year, .. }
            | DeadlineTerm::HalfYear { year, .. }
            | DeadlineTerm::Year { year }
                if !(0..=9999).contains(year) =>
            {
                Err(DeadlineError::new(
                    DeadlineErrorKind::OutOfRange,
                    "year must be 0 to 9999",
                ))
            }
            DeadlineTerm::Month { .. }
            | DeadlineTerm::Quarter { .. }
            | DeadlineTerm::HalfYear { .. }
            | DeadlineTerm::Year { .. } => self.due_date().map(|_| ()).ok_or(DeadlineError::new(
                DeadlineErrorKind::OutOfRange,
                "year is out of range",
            )),
            DeadlineTerm::Within { amount: 0, .. } => Err(DeadlineError::new(
                DeadlineErrorKind::EmptyPeriod,
                "a period must be at least 1 unit",
            )),
            DeadlineTerm::Within { start: Some(_), .. } if self.due_date().is_none() => {
                Err(DeadlineError::new(
                    DeadlineErrorKind::OutsideCalendar,
                    "the period ends outside the calendar",
                ))
            }
            DeadlineTerm::Conditional { event, .. } if event.trim().is_empty() => {
                Err(DeadlineError::new(
                    DeadlineErrorKind::MissingEvent,
                    "a conditional deadline needs its event",
                ))
            }
            DeadlineTerm::Recurring {
                frequency,
                anchor: Some(anchor),
            } => check_anchor(*frequency, anchor),
            _ => Ok(()),
        }
    }

    /// Whether the task can ever be overdue under this term.
    pub fn has_due_date(&self) -> bool {
        self.due_date().is_some()
    }
}

fn check_anchor(frequency: Frequency, anchor: &RecurrenceAnchor) -> Result<(), DeadlineError> {
    if anchor.day.is_some_and(|d| !(1..=31).contains(&d)) {
        return Err(DeadlineError::new(
            DeadlineErrorKind::OutOfRange,
            "an anchor day must be 1 to 31",
        ));
    }
    if frequency == Frequency::Weekly {
        return match (anchor.day, anchor.month) {
            (None, None) => Ok(()),
            _ => Err(DeadlineError::new(
                DeadlineErrorKind::AnchorMismatch,
                "weekly work takes a weekday only",
            )),
        };
    }
    let Some(cycle) = calendar::cycle_months(frequency) else {
        return match *anchor == RecurrenceAnchor::default() {
            true => Ok(()),
            false => Err(DeadlineError::new(
                DeadlineErrorKind::AnchorMismatch,
                "daily and continuous work take no anchor",
            )),
        };
    };
    if anchor.weekday.is_some() {
        return Err(DeadlineError::new(
            DeadlineErrorKind::AnchorMismatch,
            "a weekday anchors weekly work only",
        ));
    }
    match anchor.month {
        Some(_) if cycle == 1 => Err(DeadlineError::new(
            DeadlineErrorKind::AnchorMismatch,
            "monthly work takes an anchor day only",
        )),
        Some(m) if m == 0 || m > cycle => Err(DeadlineError::new(
            DeadlineErrorKind::OutOfRange,
            "an anchor month must fall within one cycle of the frequency",
        )),
        _ => Ok(()),
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
        Deadline::new(DeadlineTerm::None)
    }

    /// A deadline with the given term and no recorded phrase.
    pub fn new(term: DeadlineTerm) -> Self {
        Deadline {
            term,
            as_written: None,
            stated_due: None,
        }
    }

    /// The same deadline with the phrase as written.
    #[must_use]
    pub fn with_as_written(mut self, phrase: impl Into<String>) -> Self {
        self.as_written = Some(phrase.into());
        self
    }

    /// The same deadline with the due date a document states for it, kept only when it
    /// disagrees with the term's (see [`Deadline::stated_due`]).
    #[must_use]
    pub fn with_stated_due(mut self, due: Option<NaiveDate>) -> Self {
        self.stated_due = due.filter(|d| Some(*d) != self.due_date());
        self
    }

    /// The effective due date, from the term (see [`DeadlineTerm::due_date`]).
    pub fn due_date(&self) -> Option<NaiveDate> {
        self.term.due_date()
    }

    /// The due date JSON and XML carry: the stated one when a loaded document gave one, else
    /// the one the term resolves to.
    pub fn written_due(&self) -> Option<NaiveDate> {
        self.stated_due.or_else(|| self.due_date())
    }

    /// Reads a Vietnamese deadline phrase with no reference date, keeping it as written.
    ///
    /// The whole phrase is read, and nothing is guessed: a phrase that holds no deadline, two
    /// different ones, a vague one ("đầu năm 2024"), a date that does not exist, or a date or
    /// period without its year is an error with its kind and byte span. Use
    /// [`Deadline::parse_vi_at`] to resolve phrases without a year and periods counted from
    /// the document's date. The forms understood are listed in `docs/deadlines.md` of the repository.
    ///
    /// ```
    /// use chidao_model::{Deadline, DeadlineParseErrorKind, DeadlineTerm};
    /// use chrono::NaiveDate;
    /// let d = Deadline::parse_vi("Sở Kế hoạch và Đầu tư: 6 tháng cuối năm 2024").unwrap();
    /// assert_eq!(d.term, DeadlineTerm::HalfYear { year: 2024, half: 2 });
    /// let phrase = "trước ngày 15/12";
    /// let err = Deadline::parse_vi(phrase).unwrap_err();
    /// assert_eq!(err.kind(), DeadlineParseErrorKind::NeedsDocumentDate);
    /// assert_eq!(&phrase[err.span()], "ngày 15/12");
    /// ```
    ///
    /// # Errors
    ///
    /// Returns a [`DeadlineParseError`] when the phrase cannot be read completely; see
    /// [`DeadlineParseErrorKind`] for each reason.
    pub fn parse_vi(phrase: &str) -> Result<Deadline, DeadlineParseError> {
        read::read(phrase, None)
    }

    /// Reads a Vietnamese deadline phrase against the date of the document it comes from.
    ///
    /// A date or period without a year ("trước ngày 15/12", "trong tháng 8", "quý IV") is the
    /// first such one on or after `document_date`; a period counted from the document's
    /// signing or issue, or with no start stated ("15 ngày làm việc"), starts on it.
    ///
    /// ```
    /// use chidao_model::{Deadline, DeadlineTerm};
    /// use chrono::NaiveDate;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let d = Deadline::parse_vi_at("trước ngày 15/01", day(2024, 12, 20)).unwrap();
    /// assert_eq!(d.due_date(), Some(day(2025, 1, 15)));
    /// let w = Deadline::parse_vi_at("trong thời hạn 10 ngày kể từ ngày ký", day(2024, 3, 1)).unwrap();
    /// assert_eq!(w.due_date(), Some(day(2024, 3, 11)));
    /// ```
    ///
    /// # Errors
    ///
    /// As [`Deadline::parse_vi`], but never [`DeadlineParseErrorKind::NeedsDocumentDate`].
    pub fn parse_vi_at(
        phrase: &str,
        document_date: NaiveDate,
    ) -> Result<Deadline, DeadlineParseError> {
        read::read(phrase, Some(document_date))
    }
}

#[cfg(test)]
mod tests;
