//! Recurring work and its anchors ("hằng tháng", "định kỳ 6 tháng", "tháng cuối quý", "thứ Sáu
//! hằng tuần"), and frames other than the document's calendar ("kỳ báo cáo", "năm sau").

use super::{Frame, Scanner, What};
use crate::{DayOfWeek, Frequency};

impl Scanner<'_> {
    /// A time counted from something other than the document ("kỳ báo cáo", "năm báo cáo",
    /// "năm sau", "tháng kế tiếp", "tuần này"), a school year ("năm học"), or a period named
    /// without its number ("trong tháng", "trong quý").
    pub(super) fn frame(&self, i: usize) -> Option<(What, usize)> {
        if self.is(i, "kỳ") && self.is(i + 1, "báo") && self.is(i + 2, "cáo") {
            return Some((What::Frame(Frame::Reporting, None), i + 3));
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
            return Some((What::Frame(Frame::Reporting, self.unit_frequency(j)), j + 3));
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
                return Some((What::Frame(frame, self.unit_frequency(j)), after));
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
    pub(super) fn every(&self, i: usize) -> Option<(What, usize)> {
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

    pub(super) fn unit_frequency(&self, i: usize) -> Option<Frequency> {
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

    /// "tháng cuối quý", "tháng cuối của quý", "tháng cuối kỳ".
    pub(super) fn last_month_of_cycle(&self, i: usize) -> Option<(What, usize)> {
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

    /// "thứ Sáu", "thứ 6", "Chủ nhật", read only where it is a day of the week: before
    /// "hằng tuần" or after "vào".
    pub(super) fn weekday(&self, i: usize) -> Option<(What, usize)> {
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
