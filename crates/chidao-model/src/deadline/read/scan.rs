//! The scanner: finds every time expression of a phrase, with its role.
//!
//! Patterns are matched on tokens, left to right, longest first at each position; a token a
//! pattern has taken is never read again, so "Đầu tư" is never the "đầu" of "6 tháng đầu năm",
//! and the date of a cited document ("Quyết định số 1725/QĐ-TTg ngày 29/12/2023") is never a
//! deadline.

use chrono::NaiveDate;

mod cycles;
mod dates;
mod events;
mod periods;

use super::lex::{Kind, Lexed, Tok};
use crate::{DayOfWeek, EventRelation, Frequency, PeriodUnit};

/// The year of a period, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// A year written in full.
    Given(i32),
    /// No year: the first such period on or after the document's date.
    Omitted,
    /// "năm nay": the document's year.
    This,
}

/// Where a period counted in days, weeks or months starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum StartSpec {
    /// The document's date: "kể từ ngày ký", or (`stated == false`) no start written.
    Document { stated: bool },
    /// A date written in full.
    Date(NaiveDate),
    /// An event the phrase does not date ("kể từ ngày nhận được văn bản").
    Event,
}

/// What an expression says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum What {
    Date {
        day: u32,
        month: u32,
        year: YearSpec,
    },
    DayOnly(u32),
    Month {
        month: u32,
        year: YearSpec,
    },
    Quarter {
        quarter: u32,
        year: YearSpec,
    },
    Half {
        half: u32,
        year: YearSpec,
    },
    Year(YearSpec),
    Within {
        amount: u32,
        unit: PeriodUnit,
        start: StartSpec,
    },
    Every(Frequency),
    Weekday(DayOfWeek),
    /// "tháng cuối quý", "tháng cuối kỳ": the last month of the cycle (of a quarter, when the
    /// phrase says so), for a recurrence anchor.
    LastMonthOfCycle {
        quarter: bool,
    },
    Continuous,
    Urgent,
    NoDeadline,
    Conditional {
        relation: EventRelation,
        event: String,
    },
    /// Names a time, but not a day it is due: "đầu năm 2024", "giữa tháng 5".
    Vague,
    /// "định kỳ" without its cycle: vague alone, nothing beside a cycle.
    Periodic,
    /// A time counted from something other than the document: "kỳ báo cáo", "năm sau", "tháng
    /// kế tiếp". Vague alone; beside a cycle it is the cycle's own frame. With the cycle its
    /// word names ("tháng" monthly, "năm" yearly), when it names one.
    Frame(Frame, Option<Frequency>),
    /// A date or period that does not exist: 30/02/2024, tháng 13.
    Invalid,
    /// A date or period only partly written: a two-digit year.
    Partial,
}

/// What a frame counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Frame {
    /// The period reported on or the one before: "tháng này", "tháng trước", "năm trước".
    Covered,
    /// The period a report is due in: "tháng tiếp theo", "năm sau", "kỳ báo cáo".
    Reporting,
}

/// How an expression stands in the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// Preceded by a deadline word ("trước", "chậm nhất", "trong", "hoàn thành", "đến hết").
    Marked,
    /// Not marked, standing by itself: at the start of the phrase or of a clause ("Sở Kế
    /// hoạch và Đầu tư: 6 tháng cuối năm 2024", "Quý II/2024"), as a deadline cell writes it.
    Bare,
    /// Not marked, inside running text: what the work is about ("báo cáo công tác 6 tháng đầu
    /// năm 2018", "kế hoạch sử dụng đất năm 2018"), not when it is due.
    Content,
    /// Not marked, after "và" or "hoặc": one more of a list ("ngày 31 tháng 01 (…) và ngày 30
    /// tháng 6 (…)"), a second deadline when the list's first is one.
    Listed,
    /// The start of a range or period ("từ ngày 01/3", "sau ngày …"): not a deadline.
    Start,
    /// The date of something else: a meeting, a signing ("tại cuộc họp ngày 5/3/2024").
    Citation,
}

/// One time expression.
#[derive(Debug, Clone)]
pub(super) struct Expr {
    pub(super) what: What,
    pub(super) role: Role,
    /// Byte span in the phrase.
    pub(super) start: usize,
    pub(super) end: usize,
    /// The frame a date or period is written in ("ngày 10 của tháng tiếp theo"), when it is not
    /// the document's calendar.
    pub(super) framed: Option<Frame>,
    /// The cycle of that frame ("ngày 10 của tháng kế tiếp": monthly), when it names one.
    pub(super) frame_cycle: Option<Frequency>,
}

/// Words that make the expression after them a deadline.
const MARKS: &[&str] = &[
    "trước", "hạn", "hết", "đến", "tới", "trong", "xong", "thành", "vào", "hơn", "nhất", "là",
    "chót", "quá",
];
/// Words that make the expression after them a start.
const STARTS: &[&str] = &["từ", "sau"];
/// Words after which "ngày …" is the date of something else.
const CITING: &[&str] = &["họp", "nghị", "việc", "ký", "hành", "luận", "định"];
/// Words after "kể từ ngày" / "từ khi" that name the document's own signing or issue.
const SIGNING: &[&str] = &["ký", "hành"];
/// Words after "kể từ" that name another event.
const EVENT_WORDS: &[&str] = &["nhận", "lực", "duyệt", "giao", "kết", "thúc", "có", "được"];

pub(super) struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Tok],
    /// The lower-case letters of the words (see [`Lexed`](super::lex::Lexed)).
    lower: &'a str,
    pub(super) exprs: Vec<Expr>,
    /// Tokens taken by a pattern.
    taken: Vec<bool>,
    /// Tokens taken by a pattern that says nothing (a time of day, a cited document's number):
    /// looking back for a deadline word passes over them.
    neutral: Vec<bool>,
    /// The token after the last expression, and its role.
    last: Option<(usize, Role)>,
}

impl<'a> Scanner<'a> {
    pub(super) fn new(text: &'a str, lexed: &'a Lexed) -> Self {
        let toks = lexed.toks.as_slice();
        Scanner {
            text,
            toks,
            lower: &lexed.lower,
            exprs: Vec::new(),
            taken: vec![false; toks.len()],
            neutral: vec![false; toks.len()],
            last: None,
        }
    }

    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.tok(i).is_some_and(|t| t.is(self.lower, word))
    }

    fn any(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(i, w))
    }

    fn num(&self, i: usize) -> Option<(u64, usize)> {
        self.tok(i).and_then(Tok::num)
    }

    /// Token `i` is the symbol `c` with no space before it.
    fn tight_sym(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c) && !t.gap)
    }

    /// Token `i` is a number with no space before it.
    fn tight_num(&self, i: usize) -> Option<(u64, usize)> {
        self.tok(i).filter(|t| !t.gap).and_then(Tok::num)
    }

    /// Whether token `i` is past the end or ends a clause.
    fn clause_end(&self, i: usize) -> bool {
        self.tok(i).is_none_or(Tok::ends_clause)
    }

    /// Runs every pattern over the phrase.
    pub(super) fn scan(mut self) -> Self {
        let mut i = 0;
        while i < self.toks.len() {
            if !self.toks[i].starts_pattern() {
                i += 1;
                continue;
            }
            match self.at(i) {
                Some((what, end)) => {
                    let what = match what {
                        Some(What::Frame(f, cycle)) => self.qualify(i, end, f, cycle),
                        what => what,
                    };
                    let says_nothing = what.is_none();
                    if let Some(what) = what {
                        self.push(what, i, end);
                    }
                    for t in &mut self.taken[i..end] {
                        *t = true;
                    }
                    if says_nothing {
                        for t in &mut self.neutral[i..end] {
                            *t = true;
                        }
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
        self
    }

    /// A frame ("tháng này", "của kỳ báo cáo") right after a date or period makes it a time of
    /// that frame, not of the document ("đến hết ngày 15 tháng này", "ngày 14 tháng 6 của kỳ
    /// báo cáo"); elsewhere it is what the work is about ("giá của năm trước") and says nothing
    /// of the deadline.
    fn qualify(
        &mut self,
        from: usize,
        to: usize,
        frame: Frame,
        cycle: Option<Frequency>,
    ) -> Option<What> {
        let mut j = from;
        // "năm 2025 và các năm tiếp theo": open-ended, not a deadline in 2025
        while j > 0 && self.any(j - 1, &["của", "thuộc", "và", "các", "những"]) {
            j -= 1;
        }
        let (after, _) = self.last?;
        if after != j {
            return None;
        }
        let last = self.exprs.last_mut()?;
        let qualifies = matches!(
            last.what,
            What::Date { .. }
                | What::DayOnly(_)
                | What::Month { .. }
                | What::Quarter { .. }
                | What::Half { .. }
                | What::Year(_)
        );
        if !qualifies {
            return matches!(last.what, What::LastMonthOfCycle { .. } | What::Every(_))
                .then_some(What::Frame(frame, cycle));
        }
        last.framed = Some(frame);
        last.frame_cycle = cycle;
        last.end = self.toks[to - 1].end;
        self.last = Some((to, last.role));
        None
    }

    fn push(&mut self, what: What, from: usize, to: usize) {
        let role = match (self.role(from), &what) {
            // "sau 15 ngày" is a period's end, not a start
            (Role::Start, What::Within { .. }) => Role::Marked,
            (role, _) => role,
        };
        let (start, end) = (self.toks[from].start, self.toks[to - 1].end);
        self.last = Some((to, role));
        self.exprs.push(Expr {
            what,
            role,
            start,
            end,
            framed: None,
            frame_cycle: None,
        });
    }

    /// The role of an expression that starts at token `from`, from the words before it in its
    /// clause, back to the previous expression.
    fn role(&self, from: usize) -> Role {
        // "Căn cứ …", "Theo …", "Thực hiện …" (the documents an order rests on): every date in
        // the clause is the date of something else
        let mut clause = from;
        while clause > 0 && !self.toks[clause - 1].ends_clause() {
            clause -= 1;
        }
        if self.is(clause, "căn") && self.is(clause + 1, "cứ") {
            return Role::Citation;
        }
        // "hết năm 2022", "cuối quý III": the end of a period is a deadline by itself
        if self.any(from, &["hết", "cuối"]) {
            return Role::Marked;
        }
        let first_is_day = self.is(from, "ngày");
        if first_is_day && from > 0 && self.any(from - 1, CITING) && !self.any(from - 1, MARKS) {
            return Role::Citation;
        }
        // "quý I và quý II năm 2020", "30/4 - 03/5": joined to the expression before, it stands
        // as that one does
        if let Some((after, role)) = self.last
            && after < from
            && (after..from).all(|j| {
                self.any(j, &["và", "hoặc"])
                    || self.toks[j].is_sym(',')
                    || self.toks[j].is_sym('-')
                    || self.toks[j].is_sym('–')
            })
        {
            return role;
        }
        let mut j = from;
        let mut seen = 0;
        while j > 0 && seen < 6 {
            j -= 1;
            let t = &self.toks[j];
            if self.neutral[j] {
                continue;
            }
            if self.taken[j] || t.ends_clause() {
                break;
            }
            seen += 1;
            if self.any(j, &["đến", "tới"]) {
                return Role::Marked;
            }
            if self.any(j, STARTS) {
                return Role::Start;
            }
            if self.any(j, MARKS) {
                return Role::Marked;
            }
        }
        // the token before, passing over a time of day: a word or number joins the expression
        // to running text
        let before = (0..from).rev().find(|&j| !self.neutral[j]);
        match before {
            Some(j) if self.any(j, &["và", "hoặc"]) => Role::Listed,
            Some(j) if matches!(self.toks[j].kind, Kind::Word { .. } | Kind::Num { .. }) => {
                Role::Content
            }
            _ => Role::Bare,
        }
    }

    /// The pattern that matches at token `i`: what it says (nothing for text that is read but
    /// says nothing, such as a time of day or a cited document's number) and where it ends.
    fn at(&self, i: usize) -> Option<(Option<What>, usize)> {
        if let Some(end) = self.document_number(i) {
            return Some((None, self.citation_date(end).unwrap_or(end)));
        }
        if let Some(end) = self.time_of_day(i) {
            return Some((None, end));
        }
        self.conditional(i)
            .or_else(|| self.frame(i))
            .or_else(|| self.every(i))
            .or_else(|| self.no_date(i))
            .or_else(|| self.half(i))
            .or_else(|| self.within(i))
            .or_else(|| self.last_month_of_cycle(i))
            .or_else(|| self.quarter(i))
            .or_else(|| self.month(i))
            .or_else(|| self.year(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.date(i))
            .map(|(w, e)| (Some(w), e))
    }

    fn is_sym_at(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c))
    }

    /// Whether a number was left unread right after a time word ("ngày", "tháng", "quý",
    /// "năm"): the phrase is only partly understood. Returns its span.
    pub(super) fn stray_number(&self) -> Option<(usize, usize)> {
        (1..self.toks.len()).find_map(|i| {
            let after_time_word = self.any(i - 1, &["ngày", "tháng", "quý", "năm"]);
            (!self.taken[i] && self.num(i).is_some() && after_time_word)
                .then(|| (self.toks[i - 1].start, self.toks[i].end))
        })
    }
}
