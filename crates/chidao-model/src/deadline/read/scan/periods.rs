//! Periods counted from a start: "trong thời hạn 10 ngày kể từ ngày ký", "15 ngày làm việc".

use chrono::NaiveDate;

use super::{EVENT_WORDS, SIGNING, Scanner, StartSpec, What, YearSpec};
use crate::PeriodUnit;
use crate::deadline::read::lex::Kind;

impl Scanner<'_> {
    /// A period counted from a start: "[trong (thời hạn|vòng)] 10 ngày [làm việc] [kể từ …]",
    /// "02 tuần", "03 tháng", "5 năm".
    pub(super) fn within(&self, i: usize) -> Option<(What, usize)> {
        let (amount, unit, mut j) = self.count(i)?;
        // "15 ngày trước khi …": an offset before an event, read with the event
        if self.is(j, "trước") && self.is(j + 1, "khi") {
            return None;
        }
        // "trước 15 ngày …": so many days before something
        if i > 0 && self.is(i - 1, "trước") {
            return Some((What::Vague, j));
        }
        // "… ngày 15/3" right after: not a count ("trong 10 ngày 15/3" does not occur; a
        // number then "tháng 3" is a date's month, handled by the date pattern)
        if unit == PeriodUnit::Days && self.num(j).is_some() {
            return None;
        }
        if self.tight_sym(j, ',') || self.is_sym_at(j, '(') {
            j += 1;
        }
        let (start, end) = self.start(j);
        Some((
            What::Within {
                amount,
                unit,
                start,
            },
            end,
        ))
    }

    /// The amount and unit of a period at token `i`, and where they end: "10 ngày", "05 ngày
    /// làm việc", "bảy (07) ngày", "một năm" (after "trong", "vòng", "hạn").
    fn count(&self, i: usize) -> Option<(u32, PeriodUnit, usize)> {
        let n = match self.num(i) {
            Some((n, _)) => n,
            // "trong vòng một năm", "trong hai tuần"
            None if i > 0 && self.any(i - 1, &["trong", "vòng", "hạn", "gian", "sau"]) => {
                self.word_number(i)?
            }
            None => return None,
        };
        let amount = u32::try_from(n).ok().filter(|n| *n > 0)?;
        // the number written twice: "bảy (07) ngày", "01 (một) ngày"
        let mut u = i + 1;
        if self.is_sym_at(u, '(') && self.is_sym_at(u + 2, ')') {
            let inner = self
                .num(u + 1)
                .or_else(|| self.word_number(u + 1).map(|v| (v, 0)));
            if inner.is_some_and(|(v, _)| v != n) {
                return None;
            }
            u += 3;
        }
        let (unit, end) = if self.is(u, "ngày") {
            if self.is(u + 1, "làm") && self.is(u + 2, "việc") {
                (PeriodUnit::WorkingDays, u + 3)
            } else {
                (PeriodUnit::Days, u + 1)
            }
        } else if self.is(u, "tuần") {
            (PeriodUnit::Weeks, u + 1)
        } else if self.is(u, "tháng") {
            (PeriodUnit::Months, u + 1)
        } else if self.is(u, "năm") {
            (PeriodUnit::Years, u + 1)
        } else {
            return None;
        };
        Some((amount, unit, end))
    }

    /// Where a period starts, from token `j` after its unit, and where that says ends: "kể từ
    /// ngày ký" (the document), "kể từ ngày 01/3/2024" (that day), "kể từ ngày nhận được văn
    /// bản", "sau khi …" (an undated event), or nothing (the document, not stated).
    fn start(&self, j: usize) -> (StartSpec, usize) {
        // "kể từ", "tính từ", or any one word before "từ" (a misspelt "kể"); "sau ngày …",
        // "sau khi …"
        let after_event = self.is(j, "sau") && self.any(j + 1, &["ngày", "khi"]);
        let from = if after_event || self.is(j, "từ") {
            j + 1
        } else if self.is(j + 1, "từ")
            && matches!(self.tok(j).map(|t| &t.kind), Some(Kind::Word { .. }))
        {
            j + 2
        } else {
            return (StartSpec::Document { stated: false }, j);
        };
        if let Some((
            What::Date {
                day,
                month,
                year: YearSpec::Given(y),
            },
            end,
        )) = self.date(from)
            && let Some(d) = NaiveDate::from_ymd_opt(y, month, day)
        {
            return (StartSpec::Date(d), end);
        }
        let mut end = from;
        let mut signing = false;
        let mut event = false;
        while !self.clause_end(end) && !self.deadline_follows(end) {
            signing |= self.any(end, SIGNING);
            event |= self.any(end, EVENT_WORDS);
            end += 1;
        }
        let start = if signing && !event {
            StartSpec::Document { stated: true }
        } else {
            StartSpec::Event
        };
        (start, end)
    }

    /// A number written in words, one to ten: "một", "hai" … "mười". "năm" (five) is left out:
    /// it is also "year".
    pub(super) fn word_number(&self, i: usize) -> Option<u64> {
        const WORDS: [&str; 10] = [
            "một", "hai", "ba", "bốn", "", "sáu", "bảy", "tám", "chín", "mười",
        ];
        WORDS
            .iter()
            .position(|w| !w.is_empty() && self.is(i, w))
            .map(|p| p as u64 + 1)
    }
}
