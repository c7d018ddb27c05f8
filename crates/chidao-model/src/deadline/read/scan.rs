//! The scanner: finds every time expression of a phrase, with its role.
//!
//! Patterns are matched on tokens, left to right, longest first at each position; a token a
//! pattern has taken is never read again, so "Đầu tư" is never the "đầu" of "6 tháng đầu năm",
//! and the date of a cited document ("Quyết định số 1725/QĐ-TTg ngày 29/12/2023") is never a
//! deadline.

use chrono::NaiveDate;

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
    /// kế tiếp". Vague alone; beside a cycle it is the cycle's own frame.
    Frame(Frame),
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
    /// Neither marked nor a start.
    Bare,
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
                        Some(What::Frame(f)) => self.qualify(i, end, f),
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
    fn qualify(&mut self, from: usize, to: usize, frame: Frame) -> Option<What> {
        let mut j = from;
        while j > 0 && self.any(j - 1, &["của", "thuộc"]) {
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
                .then_some(What::Frame(frame));
        }
        last.framed = Some(frame);
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
        Role::Bare
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

    /// A document's number and symbol: digits, then `/` or `-` and letters with no space
    /// ("1725/QĐ-TTg", "30/2020/NĐ-CP", "12-KL/TW"). Returns the end of the whole run.
    fn document_number(&self, i: usize) -> Option<usize> {
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
    fn citation_date(&self, i: usize) -> Option<usize> {
        let (_, end) = self.date(i)?;
        Some(end)
    }

    /// A time of day: "10h00'", "14 giờ", "17h", "8 giờ 30 phút", "16:30".
    fn time_of_day(&self, i: usize) -> Option<usize> {
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

    /// "trước khi …", "sau khi …", "ngay sau khi …", "trước Tết …", "trước kỳ họp …": to the
    /// end of the clause.
    fn conditional(&self, i: usize) -> Option<(What, usize)> {
        let mut j = i;
        if self.is(j, "ngay") && self.any(j + 1, &["sau", "trước", "khi"]) {
            j += 1;
        }
        // "cho đến khi UBND tỉnh có thông báo mới": until further notice
        if self.any(j, &["đến", "tới"]) && self.is(j + 1, "khi") {
            let mut end = j + 2;
            while !self.clause_end(end) {
                end += 1;
            }
            return Some((What::Continuous, end));
        }
        // "khi có yêu cầu", "nếu phát sinh …", "trường hợp vượt thẩm quyền": once it happens
        let once = if self.is(j, "khi") || self.is(j, "nếu") {
            Some(j + 1)
        } else if self.is(j, "trường") && self.is(j + 1, "hợp") {
            Some(j + 2)
        } else {
            None
        };
        if let Some(from) = once {
            return self.event(EventRelation::After, from);
        }
        let relation = if self.is(j, "trước") {
            EventRelation::Before
        } else if self.is(j, "sau") {
            EventRelation::After
        } else {
            return None;
        };
        let event_from = if self.is(j + 1, "khi") {
            j + 2
        } else if self.is(j + 1, "tết")
            || (self.any(j + 1, &["kỳ", "phiên", "hội", "lễ"])
                && self.any(j + 2, &["họp", "nghị", "hội"]))
        {
            j + 1
        } else {
            return None;
        };
        self.event(relation, event_from)
    }

    /// Whether a deadline word at `i` leads into a time expression ("trước 14h ngày …", "đến
    /// ngày 31 tháng 3", "chậm nhất ngày …"): where the words of an event end.
    fn deadline_follows(&self, i: usize) -> bool {
        if !self.any(i, &["trước", "chậm", "đến", "hạn", "trong"]) {
            return false;
        }
        (i + 1..i + 3)
            .any(|j| self.num(j).is_some() || self.any(j, &["ngày", "hết", "tháng", "quý", "năm"]))
    }

    /// The event of a conditional deadline, from token `from` to the end of the clause.
    fn event(&self, relation: EventRelation, from: usize) -> Option<(What, usize)> {
        let mut end = from;
        while !self.clause_end(end) && !self.deadline_follows(end) {
            end += 1;
        }
        if end == from {
            return None;
        }
        let event = self.text[self.toks[from].start..self.toks[end - 1].end].to_owned();
        Some((What::Conditional { relation, event }, end))
    }

    /// A time counted from something other than the document ("kỳ báo cáo", "năm báo cáo",
    /// "năm sau", "tháng kế tiếp", "tuần này"), a school year ("năm học"), or a period named
    /// without its number ("trong tháng", "trong quý").
    fn frame(&self, i: usize) -> Option<(What, usize)> {
        if self.is(i, "kỳ") && self.is(i + 1, "báo") && self.is(i + 2, "cáo") {
            return Some((What::Frame(Frame::Reporting), i + 3));
        }
        // "vào thời điểm thích hợp": when is left to someone's judgement
        if self.any(i, &["thời"])
            && self.any(i + 1, &["điểm", "gian"])
            && self.any(i + 2, &["thích", "phù"])
            && self.is(i + 3, "hợp")
        {
            return Some((What::Vague, i + 4));
        }
        let (_, j) = self.modifier(i);
        if !self.any(j, &["ngày", "tuần", "tháng", "quý", "năm"]) {
            return None;
        }
        if self.is(j, "năm") && self.is(j + 1, "học") {
            return Some((What::Vague, j + 2));
        }
        // "tuần đầu của tháng 12": which day of that week is not said
        if self.is(j, "tuần") && self.any(j + 1, &["đầu", "cuối", "giữa"]) {
            return Some((What::Vague, j + 2));
        }
        if self.is(j + 1, "báo") && self.is(j + 2, "cáo") {
            return Some((What::Frame(Frame::Reporting), j + 3));
        }
        const NEXT: [(&[&str], Frame); 7] = [
            (&["tiếp", "theo"], Frame::Reporting),
            (&["kế", "tiếp"], Frame::Reporting),
            (&["kế"], Frame::Reporting),
            (&["sau"], Frame::Reporting),
            (&["tới"], Frame::Reporting),
            (&["trước"], Frame::Covered),
            (&["này"], Frame::Covered),
        ];
        for (next, frame) in NEXT {
            if next.iter().enumerate().all(|(k, w)| self.is(j + 1 + k, w)) {
                let after = j + 1 + next.len();
                // "trước"/"sau" is a deadline word or an event when a day, a number or "khi"
                // follows ("năm trước ngày …", "ngày trước khi …")
                if matches!(next, ["trước"] | ["sau"])
                    && (self.any(after, &["ngày", "khi"]) || self.num(after).is_some())
                {
                    return None;
                }
                // "năm nay" is the document's year
                if next == ["này"] && self.is(j, "năm") {
                    return None;
                }
                return Some((What::Frame(frame), after));
            }
        }
        // "trong tháng", "trong quý", "trong tuần" with no number: which one is not said
        if i > 0
            && self.is(i - 1, "trong")
            && j == i
            && self.any(j, &["tuần", "tháng", "quý"])
            && self.num(j + 1).is_none()
            && !self.any(j + 1, &["i", "ii", "iii", "iv"])
        {
            return Some((What::Vague, j + 1));
        }
        None
    }

    /// Recurring work: "hằng/hàng/mỗi ngày|tuần|tháng|quý|năm", "định kỳ hằng tháng", "định
    /// kỳ 6 tháng", "6 tháng một lần".
    fn every(&self, i: usize) -> Option<(What, usize)> {
        if self.any(i, &["hằng", "hàng", "mỗi"]) {
            let f = self.unit_frequency(i + 1)?;
            return Some((What::Every(f), i + 2));
        }
        if self.is(i, "định") && self.is(i + 1, "kỳ") {
            let j = i + 2;
            if self.any(j, &["hằng", "hàng", "mỗi", "theo"])
                && let Some(f) = self.unit_frequency(j + 1)
            {
                return Some((What::Every(f), j + 2));
            }
            if let Some((n, _)) = self.num(j)
                && let Some(f) = months_frequency(n, self.is(j + 1, "tháng"), self.is(j + 1, "năm"))
            {
                return Some((What::Every(f), j + 2));
            }
            return Some((What::Periodic, j));
        }
        // "báo cáo tháng", "báo cáo quý", "báo cáo 6 tháng": a periodic report, when no number
        // or "đầu"/"cuối" makes it one period
        if self.is(i, "báo") && self.is(i + 1, "cáo") {
            let (f, end) = match self.num(i + 2) {
                Some((6, _)) if self.is(i + 3, "tháng") => (Some(Frequency::HalfYearly), i + 4),
                Some(_) => (None, i + 2),
                None => (
                    self.unit_frequency(i + 2)
                        .filter(|f| *f != Frequency::Daily),
                    i + 3,
                ),
            };
            // "báo cáo năm trước" is last year's report, "báo cáo năm trước ngày …" the yearly
            // report due before a day
            let deadline_word = self.any(end, &["trước", "sau"])
                && (self.is(end + 1, "ngày") || self.num(end + 1).is_some());
            let one_period = self.num(end).is_some()
                || self.any(end, &["đầu", "cuối", "này", "nay", "tới"])
                || (self.any(end, &["trước", "sau"]) && !deadline_word)
                || self.tight_sym(end, '/');
            return f.filter(|_| !one_period).map(|f| (What::Every(f), end));
        }
        // "6 tháng một lần", "6 tháng/lần"
        let (n, _) = self.num(i)?;
        let f = months_frequency(n, self.is(i + 1, "tháng"), self.is(i + 1, "năm"))?;
        if (self.any(i + 2, &["một"]) || self.num(i + 2) == Some((1, 1))) && self.is(i + 3, "lần")
        {
            return Some((What::Every(f), i + 4));
        }
        if self.tight_sym(i + 2, '/') && self.is(i + 3, "lần") {
            return Some((What::Every(f), i + 4));
        }
        None
    }

    fn unit_frequency(&self, i: usize) -> Option<Frequency> {
        [
            ("ngày", Frequency::Daily),
            ("tuần", Frequency::Weekly),
            ("tháng", Frequency::Monthly),
            ("quý", Frequency::Quarterly),
            ("năm", Frequency::Yearly),
        ]
        .into_iter()
        .find(|(w, _)| self.is(i, w))
        .map(|(_, f)| f)
    }

    /// Work with no date: continuous ("thường xuyên", "liên tục"), urgent ("khẩn trương",
    /// "ngay", "gấp", "sớm", "kịp thời"), none ("không (có) thời hạn").
    fn no_date(&self, i: usize) -> Option<(What, usize)> {
        let pairs: [(&str, &str, What); 7] = [
            ("thường", "xuyên", What::Continuous),
            ("liên", "tục", What::Continuous),
            ("lâu", "dài", What::Continuous),
            ("khẩn", "trương", What::Urgent),
            ("khẩn", "cấp", What::Urgent),
            ("kịp", "thời", What::Urgent),
            ("lập", "tức", What::Urgent),
        ];
        for (a, b, what) in pairs {
            if self.is(i, a) && self.is(i + 1, b) {
                return Some((what, i + 2));
            }
        }
        if self.is(i, "không") {
            let j = if self.any(i + 1, &["có", "quy"]) {
                i + 2 + usize::from(self.is(i + 2, "định"))
            } else {
                i + 1
            };
            if self.is(j, "thời") && self.is(j + 1, "hạn") {
                return Some((What::NoDeadline, j + 2));
            }
            return None;
        }
        // "ngay" (at once) has no diacritics, so a "ngày" typed without them looks the same:
        // it is urgency only when no number follows
        let at_once = self.is(i, "ngay") && self.num(i + 1).is_none() && !self.is(i + 1, "từ");
        (at_once || self.any(i, &["gấp", "sớm"])).then_some((What::Urgent, i + 1))
    }

    /// "6 tháng đầu/cuối năm [2024]", "nửa đầu/cuối năm [2024]".
    fn half(&self, i: usize) -> Option<(What, usize)> {
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
    fn year_after_word(&self, i: usize) -> (Option<YearSpec>, usize) {
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
    fn period_year(&self, i: usize) -> (Option<YearSpec>, usize) {
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

    /// A period counted from a start: "[trong (thời hạn|vòng)] 10 ngày [làm việc] [kể từ …]",
    /// "02 tuần", "03 tháng", "5 năm".
    fn within(&self, i: usize) -> Option<(What, usize)> {
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
        let (unit, mut j) = if self.is(u, "ngày") {
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
        let mut start = StartSpec::Document { stated: false };
        // "kể từ", "tính từ", or any one word before "từ" (a misspelt "kể"); "sau ngày …",
        // "sau khi …"
        let after_event = self.is(j, "sau") && self.any(j + 1, &["ngày", "khi"]);
        let from = if after_event || self.is(j, "từ") {
            Some(j + 1)
        } else if self.is(j + 1, "từ")
            && matches!(self.tok(j).map(|t| &t.kind), Some(Kind::Word { .. }))
        {
            Some(j + 2)
        } else {
            None
        };
        if let Some(from) = from {
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
                return Some((
                    What::Within {
                        amount,
                        unit,
                        start: StartSpec::Date(d),
                    },
                    end,
                ));
            }
            let mut end = from;
            let mut signing = false;
            let mut event = false;
            while !self.clause_end(end) && !self.deadline_follows(end) {
                signing |= self.any(end, SIGNING);
                event |= self.any(end, EVENT_WORDS);
                end += 1;
            }
            start = if signing && !event {
                StartSpec::Document { stated: true }
            } else {
                StartSpec::Event
            };
            j = end;
        }
        Some((
            What::Within {
                amount,
                unit,
                start,
            },
            j,
        ))
    }

    fn is_sym_at(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_sym(c))
    }

    /// A number written in words, one to ten: "một", "hai" … "mười". "năm" (five) is left out:
    /// it is also "year".
    fn word_number(&self, i: usize) -> Option<u64> {
        const WORDS: [&str; 10] = [
            "một", "hai", "ba", "bốn", "", "sáu", "bảy", "tám", "chín", "mười",
        ];
        WORDS
            .iter()
            .position(|w| !w.is_empty() && self.is(i, w))
            .map(|p| p as u64 + 1)
    }

    /// "tháng cuối quý", "tháng cuối của quý", "tháng cuối kỳ".
    fn last_month_of_cycle(&self, i: usize) -> Option<(What, usize)> {
        if !(self.is(i, "tháng") && self.is(i + 1, "cuối")) {
            return None;
        }
        let mut j = i + 2;
        j += usize::from(self.is(j, "cùng"));
        j += usize::from(self.is(j, "của"));
        if self.any(j, &["quý", "kỳ"]) {
            let quarter = self.is(j, "quý");
            return Some((What::LastMonthOfCycle { quarter }, j + 1));
        }
        // "… của mỗi quý": the cycle is read by itself
        (self.any(j, &["mỗi", "hằng", "hàng"]) && self.is(j + 1, "quý"))
            .then_some((What::LastMonthOfCycle { quarter: true }, j))
    }

    /// A modifier before a period: "cuối", "hết" (the period's end: the same deadline) or
    /// "đầu", "giữa" (vague). Returns whether it is vague and where the period word is.
    fn modifier(&self, i: usize) -> (bool, usize) {
        if self.any(i, &["cuối", "hết"]) {
            (false, i + 1)
        } else if self.any(i, &["đầu", "giữa"]) {
            (true, i + 1)
        } else {
            (false, i)
        }
    }

    /// "[cuối] quý III/2024", "quý 2 năm 2024", "quý IV".
    fn quarter(&self, i: usize) -> Option<(What, usize)> {
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
        let what = match (year, q) {
            _ if vague => What::Vague,
            (None, _) => What::Partial,
            (Some(year), 1..=4) => What::Quarter {
                quarter: q as u32,
                year,
            },
            _ => What::Invalid,
        };
        Some((what, end))
    }

    /// "[cuối] tháng 3/2024", "tháng 11 năm 2024", "tháng 8".
    fn month(&self, i: usize) -> Option<(What, usize)> {
        let (vague, j) = self.modifier(i);
        if !self.is(j, "tháng") {
            return None;
        }
        let Some((m, _)) = self.num(j + 1) else {
            return vague.then_some((What::Vague, j + 1));
        };
        let (year, end) = self.period_year(j + 2);
        let what = match (year, m) {
            _ if vague => What::Vague,
            (None, _) => What::Partial,
            (Some(year), 1..=12) => What::Month {
                month: m as u32,
                year,
            },
            _ => What::Invalid,
        };
        Some((what, end))
    }

    /// "[trong|cuối|hết] năm 2024", "năm nay", "cuối năm", "đầu năm 2024" (vague).
    fn year(&self, i: usize) -> Option<(What, usize)> {
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

    /// "thứ Sáu", "thứ 6", "Chủ nhật", read only where it is a day of the week: before
    /// "hằng tuần" or after "vào".
    fn weekday(&self, i: usize) -> Option<(What, usize)> {
        let (day, end) = if self.is(i, "chủ") && self.is(i + 1, "nhật") {
            (DayOfWeek::Sunday, i + 2)
        } else if self.is(i, "thứ") {
            let names = [
                ("hai", DayOfWeek::Monday),
                ("ba", DayOfWeek::Tuesday),
                ("tư", DayOfWeek::Wednesday),
                ("năm", DayOfWeek::Thursday),
                ("sáu", DayOfWeek::Friday),
                ("bảy", DayOfWeek::Saturday),
            ];
            let by_name = names
                .iter()
                .find(|(w, _)| self.is(i + 1, w))
                .map(|(_, d)| *d);
            let by_number = match self.num(i + 1) {
                Some((n @ 2..=7, 1)) => names.get(n as usize - 2).map(|(_, d)| *d),
                _ => None,
            };
            (by_name.or(by_number)?, i + 2)
        } else {
            return None;
        };
        let weekly_after = self.any(end, &["hằng", "hàng", "mỗi"]) && self.is(end + 1, "tuần");
        let after_vao = i > 0 && self.is(i - 1, "vào");
        (weekly_after || after_vao).then_some((What::Weekday(day), end))
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
            // "15/12" (a day and month) with '/', or after "ngày"; "1-2", "1.5" are not dates
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

/// The frequency of "định kỳ N tháng" / "N tháng một lần".
fn months_frequency(n: u64, months: bool, years: bool) -> Option<Frequency> {
    match (n, months, years) {
        (1, true, _) => Some(Frequency::Monthly),
        (3, true, _) => Some(Frequency::Quarterly),
        (6, true, _) => Some(Frequency::HalfYearly),
        (12, true, _) | (1, _, true) => Some(Frequency::Yearly),
        _ => None,
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
