//! Work tied to an event ("trước khi …", "sau khi …", "khi có yêu cầu"), and work with no date
//! (continuous, urgent, none).

use super::{Scanner, What};
use crate::EventRelation;

impl Scanner<'_> {
    /// "trước khi …", "sau khi …", "ngay sau khi …", "trước Tết …", "trước kỳ họp …": to the
    /// end of the clause.
    pub(super) fn conditional(&self, i: usize) -> Option<(What, usize)> {
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
    pub(super) fn deadline_follows(&self, i: usize) -> bool {
        if !self.any(i, &["trước", "chậm", "đến", "hạn", "trong", "hết"]) {
            return false;
        }
        (i + 1..i + 3)
            .any(|j| self.num(j).is_some() || self.any(j, &["ngày", "hết", "tháng", "quý", "năm"]))
    }

    /// The event of a conditional deadline, from token `from` to the end of the clause.
    pub(super) fn event(&self, relation: EventRelation, from: usize) -> Option<(What, usize)> {
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

    /// Work with no date: continuous ("thường xuyên", "liên tục"), urgent ("khẩn trương",
    /// "ngay", "gấp", "sớm", "kịp thời"), none ("không (có) thời hạn").
    pub(super) fn no_date(&self, i: usize) -> Option<(What, usize)> {
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
}
