//! Items written inside one sentence after a topic: "4. Đẩy mạnh cắt giảm, đơn giản hóa thủ tục
//! hành chính: (1) Các bộ, ngành, khẩn trương rà soát …, hoàn thành trong tháng 11 năm 2025;
//! (2) các bộ, ngành, địa phương tổ chức tổng rà soát …; (3) các bộ, ngành, địa phương tập
//! trung: (i) Sửa đổi …; (ii) Rà soát …". Each item is an assignment of its own, labelled
//! under the item it is written in ("4.(1)", "4.(3).(i)"), with the lead it names or, when it
//! names none, the lead of the item it is written under.

use super::lead::{coordinating_of, find_lead, name_field, partners};
use super::{Walk, inline_mark};
use crate::Field;
use crate::text::words;

/// Where the items inside sentence `s` start: right after the colon of a topic that names no
/// lead itself ("4. Đẩy mạnh cắt giảm …: (1) …").
pub(super) fn items_after_topic(s: &str) -> Option<usize> {
    let colon = s.find(": (")?;
    let topic = &s[..colon];
    let rest = &s[colon + 1..];
    // two items at least, the first with a lead of its own
    let items = split(rest);
    let first = strip(items.first()?.1).1;
    (items.len() > 1
        && find_lead(topic, &words(topic)).is_none()
        && find_lead(first, &words(first)).is_some_and(|l| l.rule <= 3))
    .then_some(colon + 1)
}

/// The items of `r`: each from its bracketed mark ("(1)", "(ii)") to the next one that follows
/// a semicolon, as (offset in `r`, text).
fn split(r: &str) -> Vec<(usize, &str)> {
    // the first item opens `r`
    let lead_space = r.len() - r.trim_start().len();
    let Some(first) = Some(&r[lead_space..])
        .filter(|t| t.starts_with('('))
        .and_then(inline_mark)
    else {
        return Vec::new();
    };
    // items of the first's kind only: "(3) …: (i) …; (ii) …" are items of (3)
    let kind = mark_kind(&first);
    let mut starts = vec![lead_space];
    for (i, _) in r.match_indices("; (") {
        let at = i + 2;
        if inline_mark(&r[at..]).is_some_and(|m| mark_kind(&m) == kind) {
            starts.push(at);
        }
    }
    let mut out = Vec::new();
    for (k, &a) in starts.iter().enumerate() {
        let b = starts.get(k + 1).map_or(r.len(), |&n| n - 2);
        out.push((a, &r[a..b]));
    }
    out
}

/// The kind of a bracketed mark: a number, a Roman numeral or a letter.
fn mark_kind(mark: &str) -> u8 {
    let inner = mark.trim_matches(['(', ')']);
    if inner.chars().all(|c| c.is_ascii_digit()) {
        0
    } else if inner
        .chars()
        .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'))
    {
        1
    } else {
        2
    }
}

/// The mark of an item and its text after the mark.
fn strip(part: &str) -> (String, &str) {
    let mark = inline_mark(part).unwrap_or_default();
    let close = part.find(')').map_or(0, |c| c + 1);
    (mark, part[close..].trim_start())
}

impl Walk {
    /// The items written in `r` (at `rbase`) under `item`, each an assignment; `lead` is the one
    /// they fall back on, with its partners.
    pub(super) fn inline_items(
        &mut self,
        r: &str,
        rbase: usize,
        item: &str,
        lead: Option<(Field<String>, Vec<Field<String>>)>,
    ) {
        for (at, part) in split(r) {
            let (mark, text) = strip(part);
            let tbase = rbase + at + (part.len() - text.len());
            let label = format!("{item}.{mark}");
            let ws = words(text);
            let own = find_lead(text, &ws).filter(|l| l.rule <= 3);
            let named = own.as_ref().map(|l| {
                (
                    self.resolve(name_field(text, tbase, &l.name, 0.8)),
                    coordinating_of(text, &ws, l, tbase),
                )
            });
            // "(3) các bộ, ngành, địa phương tập trung: (i) Sửa đổi …; (ii) Rà soát …"
            if let Some(colon) = text.find(": (")
                && split(&text[colon + 1..]).len() > 1
            {
                let inner = named.or_else(|| lead.clone());
                self.inline_items(&text[colon + 1..], tbase + colon + 1, &label, inner);
                continue;
            }
            let Some((l, mut coord)) = named.or_else(|| lead.clone()) else {
                continue;
            };
            if own.is_none() {
                coord.extend(partners(text, tbase, &ws));
            }
            self.push(text, tbase, &label, Some(l), coord, false);
        }
    }
}
