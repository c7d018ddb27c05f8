//! Tables of tasks (a plan's appendix: "STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
//! hợp | Thời gian hoàn thành"), read as one line per row with tab-separated cells (as
//! [`crate::docx_text`] writes them). The header row says which column is which; each
//! numbered row under it is one assignment, its lead the agency of the lead column.

use chidao_model::NaiveDate;

use crate::agency::name_at;
use crate::clause::read_deadline;
use crate::heading::is_heading;
use crate::text::{Para, words};
use crate::{Assignment, Field};

/// Which cell of a row holds what, from the header row.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Columns {
    task: usize,
    lead: usize,
    with: Option<usize>,
    time: Option<usize>,
}

/// The cells of a row: each cell's text (trimmed) and its byte offset in the row.
fn cells(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for cell in text.split('\t') {
        let lead = cell.len() - cell.trim_start().len();
        out.push((at + lead, cell.trim()));
        at += cell.len() + 1;
    }
    out
}

/// The columns of a table's header row: one names the lead ("Cơ quan chủ trì", "Đơn vị chủ
/// trì"), others the coordinating agencies, the time and the task.
pub(crate) fn header(text: &str) -> Option<Columns> {
    if !text.contains('\t') {
        return None;
    }
    let cs: Vec<String> = cells(text).iter().map(|(_, c)| c.to_lowercase()).collect();
    let find = |words: &[&str]| cs.iter().position(|c| words.iter().any(|w| c.contains(w)));
    // "Đơn vị thực hiện" names the lead only in a table that names no "chủ trì"
    let lead = find(&["chủ trì"])
        .or_else(|| find(&["đơn vị thực hiện", "cơ quan thực hiện"]))
        .filter(|&i| cs[i].len() < 80)?;
    let with = find(&["phối hợp"]).filter(|&i| i != lead);
    let time = find(&["thời gian", "thời hạn", "tiến độ"]);
    let task = find(&["nhiệm vụ", "nội dung", "công việc", "hoạt động", "tên"])
        .filter(|&i| i != lead && Some(i) != with && Some(i) != time)
        .unwrap_or(1);
    (task != lead).then_some(Columns {
        task,
        lead,
        with,
        time,
    })
}

/// The agencies a cell names, each taken whole up to the next comma, semicolon or "và" that
/// starts another name: "Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT" is "Vụ Pháp
/// chế" and "các đơn vị có liên quan thuộc Bộ TN&MT"; "Bộ Văn hóa, Thể thao và Du lịch" is one.
/// A cell that does not start with a name names none.
pub(crate) fn agencies(cell: &str, base: usize) -> Vec<Field<String>> {
    let cell = cell.trim_end_matches(['.', ';', ',', ' ']);
    let ws = words(cell);
    if name_at(cell, &ws, 0).is_none() {
        return Vec::new();
    }
    let mut cuts = vec![(0, 0)];
    for j in 1..ws.len() {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        let gap = &cell[prev_end..ws[j].0];
        if gap.contains([',', ';']) && name_at(cell, &ws, j).is_some() {
            cuts.push((prev_end, ws[j].0));
        } else if ws[j].1 == "và" && j + 1 < ws.len() && name_at(cell, &ws, j + 1).is_some() {
            cuts.push((prev_end, ws[j + 1].0));
        }
    }
    cuts.push((cell.len(), cell.len()));
    cuts.windows(2)
        .map(|w| {
            let value = cell[w[0].1..w[1].0].trim_end_matches([',', ';', ' ']);
            Field {
                value: value.to_owned(),
                span: base + w[0].1..base + w[0].1 + value.len(),
                confidence: 0.7,
            }
        })
        .collect()
}

/// The assignment of a numbered row under the header `cols`; `None` for any other row.
pub(crate) fn row(p: &Para<'_>, cols: Columns, date: Option<NaiveDate>) -> Option<Assignment> {
    let cs = cells(p.text);
    let number = cs.first()?.1.trim_end_matches(['.', ')']);
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let &(task_at, task) = cs.get(cols.task)?;
    if task.is_empty() {
        return None;
    }
    let cell = |i: Option<usize>| {
        i.and_then(|i| cs.get(i))
            .map(|&(at, c)| (p.start + at, c))
            .filter(|(_, c)| !c.is_empty())
    };
    // joint leads in the lead cell: the first leads, the others coordinate
    let mut leads = cell(Some(cols.lead)).map_or_else(Vec::new, |(at, c)| agencies(c, at));
    let lead = (!leads.is_empty()).then(|| leads.remove(0));
    let mut coordinating = leads;
    if let Some((at, c)) = cell(cols.with) {
        coordinating.extend(agencies(c, at));
    }
    let deadline = cell(cols.time).map(|(at, c)| read_deadline(c.trim_end_matches('.'), at, date));
    Some(Assignment {
        item: format!("PL.{number}"),
        span: p.start + task_at..p.start + p.text.len(),
        lead,
        coordinating,
        deadline,
        output: None,
    })
}

/// Reads the tables among paragraphs: a header row starts one, its rows follow, a group row
/// ("I. NÂNG CAO NHẬN THỨC") or a line with no letter (a page number) between them keeps it
/// going, any other paragraph ends it.
#[derive(Debug, Default)]
pub(crate) struct Reader {
    cols: Option<Columns>,
}

impl Reader {
    /// `None` when `p` is no part of a table; else the assignment of its row, if any.
    pub(crate) fn feed(
        &mut self,
        p: &Para<'_>,
        date: Option<NaiveDate>,
    ) -> Option<Option<Assignment>> {
        if let Some(cols) = header(p.text) {
            self.cols = Some(cols);
            return Some(None);
        }
        let cols = self.cols?;
        if !p.text.contains('\t') {
            if is_heading(p.text) && crate::items::mark(p.text).is_some() {
                return Some(None);
            }
            // a page number or a rule of dots between rows ("- 3 -", "……") is no text
            if !p.text.chars().any(char::is_alphabetic) {
                return Some(None);
            }
            self.cols = None;
            return None;
        }
        Some(row(p, cols, date))
    }
}

/// The assignments of the tables among `paras` (an appendix after the signature), and only
/// those.
pub(crate) fn read(paras: &[Para<'_>], date: Option<NaiveDate>) -> Vec<Assignment> {
    let mut reader = Reader::default();
    paras
        .iter()
        .filter_map(|p| reader.feed(p, date).flatten())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows() {
        let h =
            header("STT\tTên nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành")
                .unwrap();
        assert_eq!((h.task, h.lead, h.with, h.time), (1, 2, Some(3), Some(4)));
        assert!(header("TT\tHọ và tên\tChức vụ").is_none());
        assert!(header("Cơ quan chủ trì: Sở Y tế").is_none());
    }
}
