//! Days, months, quarters, half-years and years, with the year as written; times of day and
//! cited documents' numbers, which say nothing of a deadline.

use chrono::NaiveDate;

use super::{Scanner, What, YearSpec};
use crate::deadline::read::lex::Kind;

impl Scanner<'_> {
    /// A document's number and symbol: digits, then `/` or `-` and letters with no space
    /// ("1725/QĐ-TTg", "30/2020/NĐ-CP", "12-KL/TW"). Returns the end of the whole run.
    pub(super) fn document_number(&self, i: usize) -> Option<usize> {
        self.num(i)?;
        let mut j = i + 1;
        let mut lettered = false;
        while let Some(t) = self.tok(j).filter(|t| !t.gap) {
            match &t.kind {
                Kind::Sym('/' | '-') => {
                    if matches!(
                        self.tok(j + 1).filter(|n| !n.gap).map(|n| &n.kind),
                        Some(Kind::Word { .. })
                    ) {
                        lettered = true;
                    }
                }
                Kind::Sym('&' | '.') | Kind::Word { .. } | Kind::Num { .. } => {}
                Kind::Sym(_) => break,
            }
            j += 1;
        }
        lettered.then_some(j)
    }

    /// The date of a cited document right after its number: "… ngày 29/12/2023".
    pub(super) fn citation_date(&self, i: usize) -> Option<usize> {
        let (_, end) = self.date(i)?;
        Some(end)
    }

    /// A time of day: "10h00'", "14 giờ", "17h", "8 giờ 30 phút", "16:30".
    pub(super) fn time_of_day(&self, i: usize) -> Option<usize> {
        let (h, _) = self.num(i)?;
        if h > 24 {
            return None;
        }
        let mut j = i + 1;
        if self.tight_sym(j, ':') && self.tight_num(j + 1).is_some() {
            j += 2;
        } else if self.any(j, &["h", "g", "giờ"]) {
            j += 1;
            if let Some((m, _)) = self.num(j)
                && m < 60
                && !self.is(j + 1, "ngày")
                && !self.tight_sym(j + 1, '/')
            {
                j += 1;
                if self.any(j, &["phút", "p"]) {
                    j += 1;
                }
            }
        } else {
            return None;
        }
        while self
            .tok(j)
            .is_some_and(|t| !t.gap && matches!(t.kind, Kind::Sym('\'' | '’')))
        {
            j += 1;
        }
        Some(j)
    }

    /// "6 tháng đầu/cuối năm [2024]", "nửa đầu/cuối năm [2024]".
    pub(super) fn half(&self, i: usize) -> Option<(What, usize)> {
        let j = if self.num(i).map(|(v, _)| v) == Some(6) && self.is(i + 1, "tháng") {
            i + 2
        } else if self.is(i, "nửa") {
            i + 1
        } else {
            return None;
        };
        let half = if self.is(j, "đầu") {
            1
        } else if self.is(j, "cuối") {
            2
        } else {
            return None;
        };
        if !self.is(j + 1, "năm") {
            return None;
        }
        let (year, end) = self.year_after_word(j + 2);
        Some((
            match year {
                Some(year) => What::Half { half, year },
                None => What::Partial,
            },
            end,
        ))
    }

    /// The year after the word "năm": "2024", "nay", or nothing (`Omitted`). `None` for a
    /// year not written in four digits, and for "năm sau", "năm tới".
    pub(super) fn year_after_word(&self, i: usize) -> (Option<YearSpec>, usize) {
        if let Some((y, digits)) = self.num(i) {
            return if digits == 4 {
                (Some(YearSpec::Given(y as i32)), i + 1)
            } else {
                (None, i + 1)
            };
        }
        if self.is(i, "nay") {
            (Some(YearSpec::This), i + 1)
        } else if self.any(i, &["sau", "tới"]) {
            // "năm sau" counts from a year the phrase does not name: the document's, or the
            // year reported on in a regulation
            (None, i + 1)
        } else {
            (Some(YearSpec::Omitted), i)
        }
    }

    /// The year after a period's number: "/2024", "-2024", " năm 2024", " năm nay".
    pub(super) fn period_year(&self, i: usize) -> (Option<YearSpec>, usize) {
        if (self.tight_sym(i, '/') || self.tight_sym(i, '-') || self.tight_sym(i, '.'))
            && let Some((y, digits)) = self.tight_num(i + 1)
        {
            return if digits == 4 {
                (Some(YearSpec::Given(y as i32)), i + 2)
            } else {
                (None, i + 2)
            };
        }
        if self.is(i, "năm") {
            let (y, end) = self.year_after_word(i + 1);
            if y == Some(YearSpec::Omitted) {
                return (Some(YearSpec::Omitted), i);
            }
            return (y, end);
        }
        (Some(YearSpec::Omitted), i)
    }

    /// A modifier before a period: "cuối", "hết" (the period's end: the same deadline) or
    /// "đầu", "giữa" (vague). Returns whether it is vague and where the period word is.
    pub(super) fn modifier(&self, i: usize) -> (bool, usize) {
        if self.any(i, &["cuối", "hết"]) {
            (false, i + 1)
        } else if self.any(i, &["đầu", "giữa"]) {
            (true, i + 1)
        } else {
            (false, i)
        }
    }

    /// "[cuối] quý III/2024", "quý 2 năm 2024", "quý IV".
    pub(super) fn quarter(&self, i: usize) -> Option<(What, usize)> {
        let (vague, j) = self.modifier(i);
        if !self.is(j, "quý") {
            return None;
        }
        let next = self.tok(j + 1);
        let q = match next.map(|t| (&t.kind, t.word(self.lower))) {
            Some((Kind::Word { .. }, Some(word))) => match word {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                "iv" => 4,
                _ => return vague.then_some((What::Vague, j + 1)),
            },
            Some((Kind::Num { value, .. }, _)) => *value,
            _ => return vague.then_some((What::Vague, j + 1)),
        };
        let (year, end) = self.period_year(j + 2);
        let what = period(vague, year, q, 4, |quarter, year| What::Quarter {
            quarter,
            year,
        });
        Some((what, end))
    }

    /// "[cuối] tháng 3/2024", "tháng 11 năm 2024", "tháng 8".
    pub(super) fn month(&self, i: usize) -> Option<(What, usize)> {
        let (vague, j) = self.modifier(i);
        if !self.is(j, "tháng") {
            return None;
        }
        let Some((m, _)) = self.num(j + 1) else {
            return vague.then_some((What::Vague, j + 1));
        };
        let (year, end) = self.period_year(j + 2);
        let what = period(vague, year, m, 12, |month, year| What::Month {
            month,
            year,
        });
        Some((what, end))
    }

    /// "[trong|cuối|hết] năm 2024", "năm nay", "cuối năm", "đầu năm 2024" (vague).
    pub(super) fn year(&self, i: usize) -> Option<(What, usize)> {
        let (vague, j) = self.modifier(i);
        if !self.is(j, "năm") {
            return None;
        }
        let (year, end) = self.year_after_word(j + 1);
        match year {
            _ if vague => Some((What::Vague, end)),
            None => Some((What::Partial, end)),
            // a bare "năm" is a year only as "cuối năm" / "hết năm" / "trong năm" ending a clause
            Some(YearSpec::Omitted) => {
                let closes = self.clause_end(end);
                let modified = j > i || (i > 0 && self.is(i - 1, "trong"));
                (closes && modified).then_some((What::Year(YearSpec::Omitted), end))
            }
            Some(y) => Some((What::Year(y), end)),
        }
    }

    /// A day: "[ngày] 31/3/2024", "31-3-2024", "31.3.2024", "ngày 31 tháng 3 năm 2024",
    /// "ngày 15/12", "ngày 15 tháng 12", "ngày 20" (a day of the month only).
    pub(super) fn date(&self, i: usize) -> Option<(What, usize)> {
        let day_word = self.is(i, "ngày");
        let n = i + usize::from(day_word);
        let (d, _) = self.num(n)?;
        // ngày 31 tháng 3 [năm 2024 | /2024]
        if day_word
            && self.is(n + 1, "tháng")
            && let Some((m, _)) = self.num(n + 2)
        {
            let (year, end) = self.period_year(n + 3);
            return Some((date_what(d, m, year), end));
        }
        for sep in ['/', '-', '.'] {
            if !self.tight_sym(n + 1, sep) {
                continue;
            }
            let (m, _) = self.tight_num(n + 2)?;
            if self.tight_sym(n + 3, sep)
                && let Some((y, digits)) = self.tight_num(n + 4)
            {
                let end = n + 5;
                if self.tight_sym(end, sep) && self.tight_num(end + 1).is_some() {
                    return Some((What::Partial, end + 2));
                }
                let year = (digits == 4).then_some(YearSpec::Given(y as i32));
                return Some((date_what(d, m, year), end));
            }
            // "3/2024" is a month and year
            if sep == '/'
                && !day_word
                && let Some((_, 4)) = self.tight_num(n + 2)
            {
                let month = u32::try_from(d).ok().filter(|m| (1..=12).contains(m));
                let what = month.map_or(What::Invalid, |month| What::Month {
                    month,
                    year: YearSpec::Given(m as i32),
                });
                return Some((what, n + 3));
            }
            // "15/12" (a day and month) with '/', or after "ngày"; "1-2", "1.5" are not dates,
            // nor a count "9/9 tiêu chí" (a day and month without "ngày" is followed by the end
            // of the clause, a year or a cycle)
            let counted_thing = !day_word
                && matches!(self.tok(n + 3).map(|t| &t.kind), Some(Kind::Word { .. }))
                && !self.any(n + 3, &["năm", "hằng", "hàng", "mỗi", "của", "này"]);
            if counted_thing {
                return None;
            }
            if sep == '/' || day_word {
                let (year, end) = self.period_year(n + 3);
                return Some((date_what(d, m, year), end));
            }
            return None;
        }
        if day_word {
            return Some((
                if (1..=31).contains(&d) {
                    What::DayOnly(d as u32)
                } else {
                    What::Invalid
                },
                n + 1,
            ));
        }
        None
    }
}

fn date_what(d: u64, m: u64, year: Option<YearSpec>) -> What {
    let Some(year) = year else {
        return What::Partial;
    };
    let (Ok(day), Ok(month)) = (u32::try_from(d), u32::try_from(m)) else {
        return What::Invalid;
    };
    // a day that exists in no year (31/4, 30/2, 0/3), or a full date that does not exist
    let exists = match year {
        YearSpec::Given(y) => NaiveDate::from_ymd_opt(y, month, day).is_some(),
        _ => NaiveDate::from_ymd_opt(2024, month, day).is_some(),
    };
    if exists {
        What::Date { day, month, year }
    } else {
        What::Invalid
    }
}

/// A numbered period (a month 1–12, a quarter 1–4) with its year as written: vague after
/// "đầu"/"giữa", partial with a year not written in full, invalid past `max`.
fn period(
    vague: bool,
    year: Option<YearSpec>,
    number: u64,
    max: u64,
    make: impl FnOnce(u32, YearSpec) -> What,
) -> What {
    match year {
        _ if vague => What::Vague,
        None => What::Partial,
        Some(year) if (1..=max).contains(&number) => make(number as u32, year),
        Some(_) => What::Invalid,
    }
}
