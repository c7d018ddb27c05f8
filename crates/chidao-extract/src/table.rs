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
/// those: tables with a row per line, and tables whose cells come one per line.
pub(crate) fn read(paras: &[Para<'_>], date: Option<NaiveDate>) -> Vec<Assignment> {
    let mut reader = Reader::default();
    let mut out: Vec<Assignment> = paras
        .iter()
        .filter_map(|p| reader.feed(p, date).flatten())
        .collect();
    let rows = unflatten(paras);
    let mut reader = Reader::default();
    out.extend(
        rows.iter()
            .map(|(text, start)| Para {
                text,
                start: *start,
            })
            .filter_map(|p| reader.feed(&p, date).flatten()),
    );
    out
}

/// Tables whose cells come one per line, as text taken from a Word or PDF table often has
/// them: a header of short lines opening with "TT" or "STT" ("TT" / "Nội dung/nhiệm vụ" /
/// "Cơ quan chủ trì" / "Cơ quan phối hợp" / "Thời gian thực hiện"), then rows each opening
/// with its number. Gives each as one line with its cells parted by tabs, the header first,
/// at the same byte offsets as the text (the white space between lines becomes a tab and
/// spaces). A row with more or fewer cells than the header is left out, not guessed.
fn unflatten(paras: &[Para<'_>]) -> Vec<(String, usize)> {
    let joined = |group: &[Para<'_>]| {
        let start = group[0].start;
        let mut t = String::new();
        for p in group {
            if !t.is_empty() {
                let gap = p.start - start - t.len();
                t.push('\t');
                t.extend(std::iter::repeat_n(' ', gap.saturating_sub(1)));
            }
            t.push_str(p.text);
        }
        (t, start)
    };
    let number = |p: &Para<'_>| p.text.trim_end_matches('.').parse::<usize>().ok();
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let tt = matches!(
            paras[i].text.to_lowercase().as_str(),
            "tt" | "stt" | "số tt"
        );
        let k = (i + 1..paras.len().min(i + 9))
            .find(|&j| number(&paras[j]) == Some(1))
            .map_or(0, |j| j - i);
        if !tt || !(3..=8).contains(&k) || paras[i..i + k].iter().any(|p| p.text.len() > 60) {
            i += 1;
            continue;
        }
        let header_row = joined(&paras[i..i + k]);
        if header(&header_row.0).is_none() {
            i += 1;
            continue;
        }
        out.push(header_row);
        let mut j = i + k;
        let mut n = 1;
        while j < paras.len() && number(&paras[j]) == Some(n) {
            let end = (j + 1..paras.len())
                .find(|&e| number(&paras[e]) == Some(n + 1))
                .unwrap_or(paras.len().min(j + k));
            if end - j == k {
                out.push(joined(&paras[j..end]));
            }
            j = end;
            n += 1;
        }
        i = j.max(i + 1);
    }
    out
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

    #[test]
    fn cells_one_per_line() {
        let text = "TT\nNội dung\nCơ quan chủ trì\nThời gian\n1\nRà soát quy hoạch\nSở Xây dựng\nQuý III năm 2026\n2\nKhảo sát hạ tầng\nSở Công Thương\n";
        let paras = crate::text::paragraphs(text);
        let rows = unflatten(&paras);
        assert_eq!(rows.len(), 2, "the header and the one full row");
        assert_eq!(
            rows[1].0,
            "1\tRà soát quy hoạch\tSở Xây dựng\tQuý III năm 2026"
        );
        assert_eq!(
            &text[rows[1].1..rows[1].1 + rows[1].0.len()],
            rows[1].0.replace('\t', "\n")
        );
        let got = read(&paras, None);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].lead.as_ref().map(|l| l.value.as_str()),
            Some("Sở Xây dựng")
        );
        assert_eq!(
            &text[got[0].lead.as_ref().unwrap().span.clone()],
            "Sở Xây dựng"
        );
    }
}
