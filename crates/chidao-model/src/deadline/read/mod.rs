//! The reader of Vietnamese deadline phrases.
//!
//! A phrase is split into tokens ([`lex`]), every time expression in it is found with its role
//! ([`scan`]), and the expressions are then weighed together here. The reader never guesses:
//!
//! - expressions that start a range or period ("từ ngày 01/3", "sau ngày …") and dates of
//!   something else (a cited document, a meeting) are not deadlines;
//! - when some expressions are marked by a deadline word ("trước", "chậm nhất", "trong",
//!   "hoàn thành", "đến hết"), only those count; two that disagree are an error;
//! - a vague expression ("đầu năm 2024"), a date that does not exist, a date or period only
//!   partly written, or a number left unread right after "ngày", "tháng", "quý" or "năm" make
//!   the phrase unreadable as a whole;
//! - recurring work takes the day of the month, the date, the weekday or "tháng cuối quý" of the
//!   phrase as the day each occurrence falls due;
//! - "khẩn trương", "ngay" give way to any date; a conditional deadline gives way to an explicit
//!   date, and a period with no start after "sau khi …" counts from that event.

mod lex;
mod scan;

use std::ops::Range;

use chrono::NaiveDate;

use self::scan::{Expr, Frame, Role, Scanner, StartSpec, What, YearSpec};
use super::calendar::last_day_of_month;
use crate::{Deadline, DeadlineTerm, EventRelation, Frequency, RecurrenceAnchor};

/// Why a deadline phrase could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeadlineParseErrorKind {
    /// The phrase is empty or only white space.
    Empty,
    /// No deadline form was found in the phrase ("theo tiến độ").
    NoDeadline,
    /// The phrase names a time but not a day the work is due ("đầu năm 2024", "giữa tháng 5",
    /// "định kỳ" without its cycle).
    Vague,
    /// The phrase holds two different deadlines ("trước 30/6/2024 … trước 31/12/2024").
    Conflicting,
    /// A date or period that does not exist ("30/02/2024", "tháng 13/2024", "quý V").
    InvalidDate,
    /// A date or period only partly written (a two-digit year, a day without its month, a
    /// number after "ngày" or "năm" that fits no form).
    Incomplete,
    /// The phrase has no year, or counts from the document's date, and no document date was
    /// given ([`Deadline::parse_vi_at`] takes one).
    NeedsDocumentDate,
}

impl DeadlineParseErrorKind {
    fn message(self) -> &'static str {
        match self {
            Self::Empty => "the phrase is empty",
            Self::NoDeadline => "no deadline found in the phrase",
            Self::Vague => "the phrase names a time but not a day it is due",
            Self::Conflicting => "the phrase holds two different deadlines",
            Self::InvalidDate => "the phrase names a date that does not exist",
            Self::Incomplete => "a date or period in the phrase is only partly written",
            Self::NeedsDocumentDate => {
                "the phrase needs the document's date (no year, or counted from the document)"
            }
        }
    }
}

/// A deadline phrase that could not be read completely: why, and where it stopped.
///
/// ```
/// use chidao_model::{Deadline, DeadlineParseErrorKind};
/// let e = Deadline::parse_vi("trước ngày 30/02/2024").unwrap_err();
/// assert_eq!(e.kind(), DeadlineParseErrorKind::InvalidDate);
/// assert_eq!(&"trước ngày 30/02/2024"[e.span()], "ngày 30/02/2024");
/// assert_eq!(e.to_string(), "cannot read the deadline: the phrase names a date that does not exist (bytes 9..25)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read the deadline: {} (bytes {}..{})", kind.message(), span.start, span.end)]
pub struct DeadlineParseError {
    kind: DeadlineParseErrorKind,
    span: Range<usize>,
}

impl DeadlineParseError {
    fn new(kind: DeadlineParseErrorKind, span: Range<usize>) -> Self {
        DeadlineParseError { kind, span }
    }

    /// Why the phrase could not be read.
    pub fn kind(&self) -> DeadlineParseErrorKind {
        self.kind
    }

    /// The byte span of the phrase where reading stopped: the expression at fault, or the
    /// whole phrase when nothing in it was a deadline.
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

type Res<T> = Result<T, DeadlineParseError>;

/// Reads `phrase`, resolving against `reference` (the document's date) when given.
pub(super) fn read(phrase: &str, reference: Option<NaiveDate>) -> Res<Deadline> {
    let whole = 0..phrase.len();
    if phrase.trim().is_empty() {
        return Err(DeadlineParseError::new(
            DeadlineParseErrorKind::Empty,
            whole,
        ));
    }
    let lexed = lex::tokens(phrase);
    let scanner = Scanner::new(phrase, &lexed).scan();
    if let Some((start, end)) = scanner.stray_number() {
        return Err(DeadlineParseError::new(
            DeadlineParseErrorKind::Incomplete,
            start..end,
        ));
    }
    if let Some(year) = year_alone(&lexed.toks) {
        return Ok(Deadline::new(DeadlineTerm::Year { year }).with_as_written(phrase));
    }
    let dated_start = scanner
        .exprs
        .iter()
        .any(|e| e.role == Role::Start && is_dated(&e.what));
    let exprs: Vec<Expr> = scanner
        .exprs
        .into_iter()
        .filter(|e| {
            matches!(
                e.role,
                Role::Marked | Role::Bare | Role::Content | Role::Listed
            )
        })
        .collect();
    let exprs = range_end(phrase, exprs, reference);
    let term = decide(&exprs, reference, whole)?;
    if term == DeadlineTerm::Urgent && dated_start {
        // "khẩn trương … để áp dụng từ ngày 01/11/2020": the date bounds the work, but is
        // not written as its deadline
        return Err(DeadlineParseError::new(
            DeadlineParseErrorKind::Vague,
            0..phrase.len(),
        ));
    }
    Ok(Deadline::new(term).with_as_written(phrase))
}

/// A range of two dated times joined by a dash, as a plan's time column writes it ("Quý
/// IV/2025 - Quý II/2026", "Tháng 10/2025 – Tháng 12/2025"): the work is due at the end of the
/// range, so only its end counts. A range that runs backwards is left as it is (two deadlines).
fn range_end(phrase: &str, exprs: Vec<Expr>, reference: Option<NaiveDate>) -> Vec<Expr> {
    let [a, b] = exprs.as_slice() else {
        return exprs;
    };
    let dash = matches!(
        phrase.get(a.end..b.start).map(str::trim),
        Some("-" | "–" | "—")
    );
    let bare =
        a.role == Role::Bare && b.role == Role::Bare && is_dated(&a.what) && is_dated(&b.what);
    let due = |e: &Expr| resolve(e, reference, false).ok().and_then(|t| t.due_date());
    let forwards = matches!((due(a), due(b)), (Some(x), Some(y)) if x <= y);
    if dash && bare && forwards {
        return vec![b.clone()];
    }
    exprs
}

/// A phrase that is only a year, or a range of years ("2025", "2025 - 2026"), as the deadline
/// column of a task table writes it: due at the end of the (last) year.
fn year_alone(toks: &[lex::Tok]) -> Option<i32> {
    let year = |t: &lex::Tok| match t.num() {
        Some((y, 4)) => i32::try_from(y).ok(),
        _ => None,
    };
    match toks {
        [y] => year(y),
        [a, dash, b] if dash.is_sym('-') || dash.is_sym('–') => {
            let (a, b) = (year(a)?, year(b)?);
            (a <= b).then_some(b)
        }
        _ => None,
    }
}

fn err<T>(kind: DeadlineParseErrorKind, e: &Expr) -> Res<T> {
    Err(DeadlineParseError::new(kind, e.start..e.end))
}

/// Weighs the deadline expressions of a phrase into one term.
fn decide(exprs: &[Expr], reference: Option<NaiveDate>, whole: Range<usize>) -> Res<DeadlineTerm> {
    use DeadlineParseErrorKind as K;
    for e in exprs {
        match e.what {
            What::Invalid => return err(K::InvalidDate, e),
            What::Partial => return err(K::Incomplete, e),
            _ => {}
        }
    }
    if let Some(term) = recurring(exprs)? {
        return Ok(term);
    }
    for e in exprs {
        match e.what {
            // a vague time inside running text names what the work is about ("báo cáo giữa
            // năm"), not when it is due
            What::Vague if e.role == Role::Content => {}
            What::Vague | What::Frame(..) | What::Weekday(_) | What::LastMonthOfCycle { .. } => {
                return err(K::Vague, e);
            }
            _ if e.framed.is_some() => return err(K::Vague, e),
            What::DayOnly(_) => return err(K::Incomplete, e),
            _ => {}
        }
    }
    if let Some(term) = dated_term(exprs, reference)? {
        return Ok(term);
    }
    undated_term(exprs, whole)
}

/// The one date the phrase's dated expressions agree on, if they count (see the module's
/// rules); `None` when none counts.
fn dated_term(exprs: &[Expr], reference: Option<NaiveDate>) -> Res<Option<DeadlineTerm>> {
    use DeadlineParseErrorKind as K;
    let dated: Vec<&Expr> = exprs.iter().filter(|e| is_dated(&e.what)).collect();
    let after_event = exprs.iter().any(|e| {
        matches!(
            e.what,
            What::Conditional {
                relation: EventRelation::After,
                ..
            }
        )
    });
    // a date marked by a deadline word, or standing by itself, is a deadline; one inside
    // running text is not, unless it is listed after "và"/"hoặc" beside one of the same kind:
    // a second deadline ("chậm nhất vào ngày 31 tháng 01 (…) và ngày 30 tháng 6 (…)")
    let standing: Vec<&Expr> = dated
        .iter()
        .copied()
        .filter(|e| matches!(e.role, Role::Marked | Role::Bare))
        .collect();
    if standing.is_empty() {
        return Ok(None);
    }
    let same_kind = |e: &Expr| {
        standing
            .iter()
            .any(|m| std::mem::discriminant(&m.what) == std::mem::discriminant(&e.what))
    };
    let counted: Vec<&Expr> = dated
        .iter()
        .copied()
        .filter(|e| match e.role {
            Role::Content => false,
            Role::Listed => same_kind(e),
            _ => true,
        })
        .collect();
    let mut term: Option<DeadlineTerm> = None;
    for e in counted {
        let t = resolve(e, reference, after_event)?;
        match &term {
            Some(prev) if *prev != t => return err(K::Conflicting, e),
            _ => term = Some(t),
        }
    }
    // the dated term stands over urgency ("khẩn trương … trước ngày …") and over an event it
    // is written beside; continuous work or "no deadline" beside a date is two readings
    if term.is_some()
        && let Some(e) = exprs
            .iter()
            .find(|e| matches!(e.what, What::Continuous | What::NoDeadline))
    {
        return err(K::Conflicting, e);
    }
    Ok(term)
}

/// A phrase with no date: one kind among conditional, continuous and none; urgency only alone.
fn undated_term(exprs: &[Expr], whole: Range<usize>) -> Res<DeadlineTerm> {
    use DeadlineParseErrorKind as K;
    let mut term: Option<DeadlineTerm> = None;
    for e in exprs {
        let t = match &e.what {
            What::Conditional { relation, event } => DeadlineTerm::Conditional {
                relation: *relation,
                event: event.clone(),
            },
            What::Continuous => DeadlineTerm::Recurring {
                frequency: Frequency::Ongoing,
                anchor: None,
            },
            What::NoDeadline => DeadlineTerm::None,
            _ => continue,
        };
        match &term {
            Some(prev) if *prev != t => return err(K::Conflicting, e),
            _ => term = Some(t),
        }
    }
    if let Some(t) = term {
        return Ok(t);
    }
    if exprs.iter().any(|e| e.what == What::Urgent) {
        // "khẩn trương … phục vụ kỳ họp giữa năm 2017": the work is bound to a time, vaguely
        if let Some(e) = exprs.iter().find(|e| e.what == What::Vague) {
            return err(K::Vague, e);
        }
        return Ok(DeadlineTerm::Urgent);
    }
    // "định kỳ" alone says work recurs, not how often
    if let Some(e) = exprs.iter().find(|e| e.what == What::Periodic) {
        return err(K::Vague, e);
    }
    Err(DeadlineParseError::new(K::NoDeadline, whole))
}

fn is_dated(what: &What) -> bool {
    matches!(
        what,
        What::Date { .. }
            | What::Month { .. }
            | What::Quarter { .. }
            | What::Half { .. }
            | What::Year(_)
            | What::Within { .. }
    )
}

/// Recurring work, with its anchor, when the phrase has a cycle ("hằng tháng", "định kỳ 6
/// tháng", "tháng cuối quý"); `None` when it has none.
fn recurring(exprs: &[Expr]) -> Res<Option<DeadlineTerm>> {
    use DeadlineParseErrorKind as K;
    let Some(frequency) = frequency(exprs)? else {
        return Ok(None);
    };
    let cycle = super::calendar::cycle_months(frequency);
    let mut anchor = RecurrenceAnchor::default();
    let set = |slot: &mut Option<u32>, value: u32, e: &Expr| match *slot {
        Some(prev) if prev != value => err(K::Conflicting, e),
        _ => {
            *slot = Some(value);
            Ok(())
        }
    };
    // days with a month: one day of the year for yearly work; for quarterly and half-yearly
    // work, the same day of the same month of each cycle, written for at least two cycles
    // ("ngày 20 tháng 6 (…) và ngày 20 tháng 12 (…)")
    let mut months_seen = Vec::new();
    for e in exprs {
        // a day of the period reported on ("đến hết ngày 15 tháng này") is not when it is due
        if e.framed == Some(Frame::Covered) {
            continue;
        }
        match &e.what {
            What::DayOnly(d) => set(&mut anchor.day, *d, e)?,
            What::Date {
                day,
                month,
                year: YearSpec::Omitted,
            } if cycle.is_some_and(|c| c > 1) => {
                let c = cycle.unwrap_or(12);
                set(&mut anchor.day, *day, e)?;
                set(&mut anchor.month, (month - 1) % c + 1, e)?;
                if !months_seen.contains(month) {
                    months_seen.push(*month);
                }
            }
            What::LastMonthOfCycle { .. } => match cycle {
                Some(c) if c > 1 => set(&mut anchor.month, c, e)?,
                _ => return err(K::Conflicting, e),
            },
            What::Weekday(w) => match anchor.weekday {
                Some(prev) if prev != *w => return err(K::Conflicting, e),
                _ => anchor.weekday = Some(*w),
            },
            What::Month {
                month,
                year: YearSpec::Omitted,
            } if frequency == Frequency::Yearly => set(&mut anchor.month, *month, e)?,
            // a cycle stands over urgency, continuity, a bare "định kỳ", its own frame ("kỳ
            // báo cáo", "tháng kế tiếp"), a report asked for besides when it happens ("hoặc
            // đột xuất khi có yêu cầu"), and an unmarked date that is what the work is about
            // ("báo cáo hằng tháng kết quả năm 2024")
            What::Every(_) | What::Urgent | What::Continuous | What::Periodic | What::Frame(..) => {
            }
            What::Conditional {
                relation: EventRelation::After,
                ..
            } => {}
            w if is_dated(w) && e.role != Role::Marked => {}
            What::Vague if e.role == Role::Content => {}
            // "vào tuần đầu của tháng 12 hằng năm": which day of the cycle is not said
            What::Vague => return err(K::Vague, e),
            // a date, a period or a condition beside a cycle is a second deadline
            _ => return err(K::Conflicting, e),
        }
    }
    if cycle.is_some_and(|c| c > 1 && c < 12) && months_seen.len() == 1 {
        // one day-and-month for a cycle shorter than a year: which occurrence it names is
        // not said
        let e = exprs
            .iter()
            .find(|e| matches!(e.what, What::Date { .. }))
            .unwrap_or(&exprs[0]);
        return err(K::Conflicting, e);
    }
    let anchor = (anchor != RecurrenceAnchor::default()).then_some(anchor);
    let term = DeadlineTerm::Recurring { frequency, anchor };
    if term.check().is_err() {
        let e = exprs
            .iter()
            .find(|e| !matches!(e.what, What::Every(_)))
            .unwrap_or(&exprs[0]);
        return err(K::Conflicting, e);
    }
    Ok(Some(term))
}

/// The cycle of a phrase. Several cycles ("hàng quý, hàng năm") are one when the anchor names
/// which it is: "tháng cuối quý" the quarter, a day and month of the year ("trước ngày 31
/// tháng 5 hằng năm") the year, a weekday the week. "tháng cuối quý" alone is quarterly.
fn frequency(exprs: &[Expr]) -> Res<Option<Frequency>> {
    use DeadlineParseErrorKind as K;
    let mut cycles: Vec<(Frequency, &Expr)> = Vec::new();
    for e in exprs {
        if let What::Every(f) = e.what
            && !cycles.iter().any(|(g, _)| *g == f)
        {
            cycles.push((f, e));
        }
    }
    let named = exprs.iter().find_map(|e| match e.what {
        What::LastMonthOfCycle { quarter: true } => Some(Frequency::Quarterly),
        What::Weekday(_) => Some(Frequency::Weekly),
        What::Date {
            year: YearSpec::Omitted,
            ..
        } => Some(Frequency::Yearly),
        _ => None,
    });
    // "trước ngày 10 của tháng kế tiếp", "trước ngày 10/07 của năm báo cáo": a day of the
    // period after the one reported on recurs with that period
    let framed = exprs
        .iter()
        .find_map(|e| match (&e.what, e.framed, e.frame_cycle) {
            (What::DayOnly(_), Some(Frame::Reporting), Some(Frequency::Monthly)) => {
                Some(Frequency::Monthly)
            }
            (
                What::Date {
                    year: YearSpec::Omitted,
                    ..
                }
                | What::Month {
                    year: YearSpec::Omitted,
                    ..
                },
                Some(Frame::Reporting),
                Some(Frequency::Yearly),
            ) => Some(Frequency::Yearly),
            _ => None,
        });
    match (cycles.as_slice(), named) {
        ([], Some(Frequency::Quarterly)) => Ok(Some(Frequency::Quarterly)),
        ([], _) if framed.is_some() => Ok(framed),
        ([], _) => Ok(None),
        ([(f, _)], _) => Ok(Some(*f)),
        (many, Some(n)) if many.iter().any(|(f, _)| *f == n) => Ok(Some(n)),
        ([_, (_, e), ..], _) => err(K::Conflicting, e),
    }
}

/// The term of one dated expression, resolving a missing year and a period's start against the
/// document's date.
fn resolve(e: &Expr, reference: Option<NaiveDate>, after_event: bool) -> Res<DeadlineTerm> {
    use DeadlineParseErrorKind as K;
    let need = || -> Res<NaiveDate> {
        reference.ok_or_else(|| DeadlineParseError::new(K::NeedsDocumentDate, e.start..e.end))
    };
    // the year of a period whose end is `end_in(year)`: the first on or after the reference
    let year_of = |spec: YearSpec, end_in: &dyn Fn(i32) -> Option<NaiveDate>| -> Res<i32> {
        use chrono::Datelike;
        match spec {
            YearSpec::Given(y) => Ok(y),
            YearSpec::This => Ok(need()?.year()),
            YearSpec::Omitted => {
                let r = need()?;
                let y = r.year();
                match end_in(y) {
                    Some(end) if end >= r => Ok(y),
                    _ if end_in(y + 1).is_some() => Ok(y + 1),
                    _ => err(K::InvalidDate, e),
                }
            }
        }
    };
    let term = match e.what {
        What::Date { day, month, year } => {
            let y = year_of(year, &|y| NaiveDate::from_ymd_opt(y, month, day))?;
            match NaiveDate::from_ymd_opt(y, month, day) {
                Some(date) => DeadlineTerm::OnDate { date },
                None => return err(K::InvalidDate, e),
            }
        }
        What::Month { month, year } => DeadlineTerm::Month {
            year: year_of(year, &|y| last_day_of_month(y, month))?,
            month,
        },
        What::Quarter { quarter, year } => DeadlineTerm::Quarter {
            year: year_of(year, &|y| last_day_of_month(y, quarter * 3))?,
            quarter,
        },
        What::Half { half, year } => DeadlineTerm::HalfYear {
            year: year_of(year, &|y| last_day_of_month(y, half * 6))?,
            half,
        },
        What::Year(year) => DeadlineTerm::Year {
            year: year_of(year, &|y| last_day_of_month(y, 12))?,
        },
        What::Within {
            amount,
            unit,
            start,
        } => {
            let start = match start {
                // "sau khi … được phê duyệt, trong 6 tháng": from that event
                StartSpec::Document { stated: false } if after_event => None,
                StartSpec::Document { .. } => Some(need()?),
                StartSpec::Date(d) => Some(d),
                StartSpec::Event => None,
            };
            DeadlineTerm::Within {
                amount,
                unit,
                start,
            }
        }
        _ => return err(K::NoDeadline, e),
    };
    if term.check().is_err() {
        return err(K::InvalidDate, e);
    }
    Ok(term)
}
