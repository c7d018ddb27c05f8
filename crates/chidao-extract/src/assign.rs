//! Assignments in the body: which sentence gives work to whom, who coordinates, by when.
//!
//! The rules, in the order they are tried on each sentence:
//! 1. a name followed by "chủ trì" is the lead;
//! 2. a sentence opening with "Giao", "Đề nghị", "Yêu cầu" (after "Đồng thời", "Trong đó" …)
//!    gives the work to the name after it;
//! 3. a sentence opening with a name followed by a verb ("Sở Tài chính có trách nhiệm …",
//!    "Bộ Công an: …") has that name as lead, unless the verb reports what was done ("đã",
//!    "được");
//! 4. "giao", "đề nghị", "yêu cầu" inside the sentence, followed by a name;
//! 5. a name after a clause that opens the sentence, followed by a duty ("…, Sở Nội vụ có
//!    trách nhiệm …") or after a colon and followed by a verb ("Đối với …: các sở … nghiên
//!    cứu …");
//! 6. otherwise the first sentence of a numbered item under a heading that names an agency
//!    ("3. Đối với Bộ Công Thương:"), or under a lead-in ("… thành phố Đà Nẵng cần tập trung
//!    thực hiện các nhiệm vụ sau:"), is that agency's, with a lower confidence.
//!
//! Further sentences of the same item with no lead of their own belong to the assignment
//! before them.

use chidao_model::{NaiveDate, match_key};

use crate::agency::{Name, name_at, stop_at};
use crate::clause::{deadline, output};
use crate::heading::{
    self, NOT_TASKS, TASK_LABELS, after_doi_voi, after_label, heading_lead, is_heading,
};
use crate::items::{self, Path};
use crate::table;
use crate::text::{Para, Span, sentences, words};
use crate::{Assignment, Field};

/// Words that open a sentence before its subject without changing it.
const OPENERS: &[&str] = &[
    "đồng thời",
    "trong đó",
    "ngoài ra",
    "theo đó",
    "bên cạnh đó",
];
/// Words that give work to the name after them.
pub(crate) const TRIGGERS: &[&str] = &["giao", "đề nghị", "yêu cầu"];
/// Words introducing the coordinating agencies.
const WITH: &[&str] = &[
    "phối hợp với",
    "phối hợp chặt chẽ với",
    "cùng với",
    "phối hợp",
];
pub(crate) fn lower_words(ws: &[(usize, &str)], i: usize, n: usize) -> Option<String> {
    let slice = ws.get(i..i + n)?;
    Some(
        slice
            .iter()
            .map(|(_, w)| w.to_lowercase())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The phrase of `list` starting at word `i`, as its number of words.
pub(crate) fn phrase_at(ws: &[(usize, &str)], i: usize, list: &[&str]) -> Option<usize> {
    list.iter()
        .map(|p| p.split(' ').count())
        .find(|&n| lower_words(ws, i, n).is_some_and(|w| list.contains(&w.as_str())))
}

/// A lead found in a sentence: the name, and the words after it.
struct Lead {
    name: Name,
    rule: u8,
}

fn find_lead(s: &str, ws: &[(usize, &str)]) -> Option<Lead> {
    // 1. "X chủ trì"
    let mut i = 0;
    while i < ws.len() {
        if let Some(n) = name_at(s, ws, i) {
            // "các dự án do Bộ Công an chủ trì" says who leads something else; "Chỉ đạo Sở Y tế
            // chủ trì …" asks the one addressed to direct the agency, who is not the lead
            let relative = i > 0 && lower_words(ws, i - 1, 1).as_deref() == Some("do");
            let directed = i == 2 && lower_words(ws, 0, 2).as_deref() == Some("chỉ đạo");
            if lower_words(ws, n.next_word, 2).as_deref() == Some("chủ trì")
                && !relative
                && !directed
            {
                return Some(Lead { name: n, rule: 1 });
            }
            i = n.next_word.max(i + 1);
        } else {
            i += 1;
        }
    }
    let mut start = 0;
    if let Some(n) = phrase_at(ws, 0, OPENERS) {
        start = n;
    } else if let Some(j) = after_adverbial(s, ws) {
        start = j;
    }
    // 2. "Giao X …" at the start
    if let Some(n) = phrase_at(ws, start, TRIGGERS) {
        let mut k = start + n;
        if ws.get(k).is_some_and(|(_, w)| *w == "cho") {
            k += 1;
        }
        if let Some(name) = name_at(s, ws, k) {
            return Some(Lead { name, rule: 2 });
        }
    }
    // 3. "X có trách nhiệm …" (or "X, Y và Z có trách nhiệm …") at the start
    if let Some(name) = name_at(s, ws, start) {
        let mut after = name.next_word;
        let gap_is_comma = ws
            .get(after)
            .is_some_and(|&(at, _)| matches!(s[name.end..at].trim(), ","));
        if gap_is_comma || ws.get(after).is_some_and(|(_, w)| *w == "và") {
            let from = if gap_is_comma { after } else { after + 1 };
            if let Some(last) = listed(s, ws, from).last() {
                after = last.next_word;
            }
        }
        // "Chủ tịch UBND tỉnh giao Sở Xây dựng …": the one given the work leads
        if let Some(n) = phrase_at(ws, after, TRIGGERS) {
            let k = after + n + usize::from(ws.get(after + n).is_some_and(|(_, w)| *w == "cho"));
            if let Some(given) = name_at(s, ws, k) {
                return Some(Lead {
                    name: given,
                    rule: 2,
                });
            }
        }
        let next = ws.get(after).map(|(_, w)| w.to_lowercase());
        // what was done, or the closing formula ("Văn phòng Chính phủ trân trọng thông báo")
        let reported = matches!(
            next.as_deref(),
            Some("đã" | "được" | "là" | "của" | "về" | "thông" | "trân" | "xin")
        ) || phrase_at(ws, after, ACKNOWLEDGES).is_some();
        let colon = s[name.end..].trim_start().starts_with(':');
        if !reported && (colon || stop_at(ws, after)) && after < ws.len() {
            return Some(Lead { name, rule: 3 });
        }
    }
    // 4. a trigger inside the sentence
    for i in start + 1..ws.len() {
        if let Some(n) = phrase_at(ws, i, TRIGGERS) {
            let mut k = i + n;
            if ws.get(k).is_some_and(|(_, w)| *w == "cho") {
                k += 1;
            }
            if let Some(name) = name_at(s, ws, k) {
                return Some(Lead { name, rule: 4 });
            }
        }
    }
    // 5. a subject after a clause that opens the sentence
    if let Some(name) = subject_after_clause(s, ws) {
        return Some(Lead { name, rule: 5 });
    }
    // 6. a name after a dash that ends the sentence: "Tài sản kết cấu hạ tầng đô thị - Bộ Xây
    // dựng."
    name_after_dash(s, ws).map(|name| Lead { name, rule: 5 })
}

/// The agency named after the last dash of a sentence, when the name is all that follows it.
fn name_after_dash(s: &str, ws: &[(usize, &str)]) -> Option<Name> {
    let j = (1..ws.len()).rev().find(|&j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        let gap = s[prev_end..ws[j].0]
            .trim()
            .trim_start_matches([')', '"', '”']);
        matches!(gap.trim(), "-" | "–" | "—")
    })?;
    let name = name_at(s, ws, j)?;
    s[name.end..]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ','))
        .is_empty()
        .then_some(name)
}

/// Words that give a duty to the subject before them ("…, Sở Nội vụ có trách nhiệm …").
const DUTIES: &[&str] = &[
    "có trách nhiệm",
    "chịu trách nhiệm",
    "cần",
    "phải",
    "chủ động",
    "khẩn trương",
];

/// The subject of a sentence that opens with a clause of purpose or topic: a name right after
/// a comma followed by a duty ("Triển khai thực hiện Quyết định số 1725/QĐ-TTg …, Sở Nội vụ
/// có trách nhiệm tham mưu …", "Đặc biệt lưu ý …, các huyện, thành phố cần rà soát …"), or
/// right after the colon of a topic followed by a verb ("Đối với dự thảo Quyết định …: các sở, ban,
/// ngành … nghiên cứu, có ý kiến …").
fn subject_after_clause(s: &str, ws: &[(usize, &str)]) -> Option<Name> {
    (1..ws.len()).find_map(|j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        // "Trường hợp … (VN_AQI ≥ 301), các đơn vị …": a bracket may close the clause
        let gap = s[prev_end..ws[j].0]
            .trim()
            .trim_start_matches([')', '"', '”']);
        if gap != "," && gap != ":" {
            return None;
        }
        let name = name_at(s, ws, j)?;
        let mut after = name.next_word;
        let more = ws
            .get(after)
            .is_some_and(|&(at, w)| s[name.end..at].trim() == "," || w == "và");
        if more {
            let from = after + usize::from(ws[after].1 == "và");
            if let Some(last) = listed(s, ws, from).last() {
                after = last.next_word;
            }
        }
        let duty = phrase_at(ws, after, DUTIES).is_some();
        // a verb, not a word that reports or relates ("là", "đã", "của" …)
        let relates = lower_words(ws, after, 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "là" | "được"
                    | "đã"
                    | "sẽ"
                    | "đang"
                    | "của"
                    | "về"
                    | "theo"
                    | "trong"
                    | "tại"
                    | "với"
                    | "khi"
                    | "để"
                    | "trước"
            )
        });
        // after a colon, only when the sentence opens with a topic ("Đối với …:", "Về …:")
        let topic = lower_words(ws, 0, 2).as_deref() == Some("đối với")
            || lower_words(ws, 0, 1).as_deref() == Some("về");
        let verb = gap == ":" && topic && after < ws.len() && stop_at(ws, after) && !relates;
        (duty || verb).then_some(name)
    })
}

/// Verbs after a subject that acknowledge what was done or said rather than give work ("…,
/// Thủ tướng Chính phủ ghi nhận, biểu dương …").
const ACKNOWLEDGES: &[&str] = &[
    "ghi nhận",
    "biểu dương",
    "hoan nghênh",
    "cảm ơn",
    "đánh giá cao",
    "nhất trí",
    "đồng ý",
    "kết luận",
];

/// Words opening a clause of time, condition or basis before the subject: "Trước ngày
/// 15/3/2024, Sở Tài chính …", "Sau khi phương án được thông qua, Bộ Tài chính …", "Trên cơ
/// sở Kế hoạch này, các sở, ban, ngành …", "Định kỳ, Thường trực Ủy ban …".
const ADVERBIALS: &[&str] = &[
    "trước",
    "sau khi",
    "sau",
    "trên cơ sở",
    "căn cứ",
    "định kỳ",
    "khi",
    "hằng năm",
    "hàng năm",
    "hằng tháng",
    "hàng tháng",
    "đến",
    "chậm nhất",
    "ngay sau",
];

/// The word after a leading clause of time, condition or basis ("Trước ngày 15/3/2024,"),
/// where a name starts: the subject of the sentence.
fn after_adverbial(s: &str, ws: &[(usize, &str)]) -> Option<usize> {
    phrase_at(ws, 0, ADVERBIALS)?;
    (1..ws.len().min(30)).find(|&j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        s[prev_end..ws[j].0].contains(',') && name_at(s, ws, j).is_some()
    })
}

/// Names listed one after the other from word `from` (separated by commas, "và", "với").
fn listed(s: &str, ws: &[(usize, &str)], from: usize) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    let mut i = from;
    while i < ws.len() {
        let Some(n) = name_at(s, ws, i) else { break };
        i = n.next_word;
        out.push(n);
        match ws.get(i).map(|(_, w)| w.to_lowercase()) {
            Some(w) if w == "và" || w == "với" => i += 1,
            _ => {
                let gap_ok = ws.get(i).is_some_and(|&(at, _)| {
                    let prev = out.last().map_or(at, |n| n.end);
                    s[prev..at].trim() == ","
                });
                if !gap_ok {
                    break;
                }
            }
        }
    }
    out
}

fn coordinating(s: &str, ws: &[(usize, &str)]) -> Vec<Name> {
    for i in 0..ws.len() {
        if let Some(n) = phrase_at(ws, i, WITH) {
            let found = listed(s, ws, i + n);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

pub(crate) fn name_field(s: &str, base: usize, n: &Name, confidence: f32) -> Field<String> {
    Field {
        value: s[n.start..n.end].to_owned(),
        span: base + n.start..base + n.end,
        confidence,
    }
}

/// A lead a heading or lead-in gives the items under it.
#[derive(Clone)]
struct Inherited {
    depth: usize,
    lead: Field<String>,
    /// Joint leads named with it, who coordinate ("Các Bộ: Công Thương, Xây dựng:").
    with: Vec<Field<String>>,
    /// Under "b) Chủ trì, phối hợp" (with whom, the items say): the name an item opens with
    /// coordinates, and this lead stays.
    items_name_partners: bool,
}

/// The closing formula of a document: "… nghiêm túc triển khai thực hiện./.", "Văn phòng
/// Chính phủ thông báo để các cơ quan biết, thực hiện./.".
fn is_closing(s: &str) -> bool {
    let t = s.trim_end();
    let Some(body) = t.strip_suffix("./.") else {
        return false;
    };
    let tail: Vec<&str> = body.split_whitespace().rev().take(4).collect();
    tail.contains(&"hiện") && tail.contains(&"thực") || body.trim_end().ends_with("thông báo")
}

/// The coordinating agencies of a sentence whose lead was found: the names after "phối
/// hợp (với)", and before them the joint leads listed with the lead ("Bộ Tài chính, Bộ Công
/// Thương khẩn trương …": the first is the lead, the others coordinate).
fn coordinating_of(s: &str, ws: &[(usize, &str)], lead: &Lead, sbase: usize) -> Vec<Field<String>> {
    let mut coord: Vec<Field<String>> = coordinating(s, ws)
        .iter()
        .filter(|n| n.start != lead.name.start)
        .map(|n| name_field(s, sbase, n, 0.7))
        .collect();
    if lead.rule == 1 {
        return coord;
    }
    let next = lead.name.next_word;
    let and = lower_words(ws, next, 1).as_deref() == Some("và");
    let comma = ws.get(next).is_some_and(|&(at, _)| {
        matches!(s[lead.name.end..at].trim(), "," | "") && name_at(s, ws, next).is_some()
    });
    if comma || and {
        let joint = listed(s, ws, if and { next + 1 } else { next.min(ws.len()) });
        for n in joint.iter().rev() {
            coord.insert(0, name_field(s, sbase, n, 0.5));
        }
    }
    coord
}

/// Whether a plan's section heading is about its content or funds rather than its tasks:
/// "II. NỘI DUNG KẾ HOẠCH", "III. KINH PHÍ THỰC HIỆN", not "III. NHIỆM VỤ, GIẢI PHÁP" or "IV.
/// TỔ CHỨC THỰC HIỆN".
fn is_content_section(text: &str) -> bool {
    let t = text.to_uppercase();
    let content =
        t.starts_with("NỘI DUNG") || t.starts_with("KINH PHÍ") || t.contains("NGUỒN KINH PHÍ");
    let tasks = ["NHIỆM VỤ", "GIẢI PHÁP", "PHÂN CÔNG", "TỔ CHỨC THỰC HIỆN"]
        .iter()
        .any(|w| t.contains(w));
    content && !tasks
}

/// Whether a lead-in ends by saying its agency works with others it does not name: "b) Chủ
/// trì, phối hợp", "Phối hợp với:".
fn ends_with_partners_to_come(text: &str) -> bool {
    let t = text
        .trim_end()
        .trim_end_matches([':', '.'])
        .trim_end()
        .to_lowercase();
    let ws: Vec<&str> = t.split_whitespace().collect();
    ws.len() <= 6 && (t.ends_with("phối hợp") || t.ends_with("phối hợp với"))
}

/// What follows a paragraph.
#[derive(Clone, Copy)]
struct Below {
    /// The next paragraph is an item under this one.
    sub_items: bool,
    /// The next paragraph has no numbering mark.
    text: bool,
}

/// The walk through the body: the items a paragraph is in, the leads headings give the items
/// under them, and the assignments so far.
struct Walk {
    out: Vec<Assignment>,
    /// Which assignments took their lead from a heading (a plan's labels may replace it).
    from_heading: Vec<bool>,
    path: Path,
    inherited: Vec<Inherited>,
    /// The depth of a section heading whose items are not tasks, while inside it.
    not_tasks: Option<usize>,
    /// Where the assignments of the current numbered item start.
    block_start: usize,
    /// The item of the heading just read that named a lead, until the next paragraph.
    heading_item: Option<String>,
    /// The assignments the last task block labels were about.
    labelled: (usize, usize),
    /// The columns of the table being read.
    table: table::Reader,
    addressee: Option<Field<String>>,
    date: Option<NaiveDate>,
    /// The default lead is a plan's issuer, not a letter's addressee.
    plan: bool,
    /// Inside a section of a plan on its content or its funds ("II. NỘI DUNG KẾ HOẠCH", "III.
    /// KINH PHÍ THỰC HIỆN"), not on tasks: work that names no one there is no assignment.
    content_section: bool,
}

impl Walk {
    /// "Công ty" in "Đề nghị Công ty thực hiện …" is the letter's addressee, named in full.
    fn resolve(&self, lead: Field<String>) -> Field<String> {
        match &self.addressee {
            Some(a)
                if match_key(&a.value).starts_with(&match_key(&lead.value))
                    && a.value.len() > lead.value.len() =>
            {
                Field {
                    value: a.value.clone(),
                    span: lead.span,
                    confidence: lead.confidence * 0.8,
                }
            }
            _ => lead,
        }
    }

    /// Gives the items under the current one `lead`.
    fn inherit(&mut self, lead: Field<String>) {
        let lead = self.resolve(lead);
        self.inherited.push(Inherited {
            depth: self.path.depth(),
            lead,
            with: Vec::new(),
            items_name_partners: false,
        });
    }

    /// A plan's task block labels: "Đơn vị chủ trì: X", "Đơn vị phối hợp: Y", "Thời gian
    /// thực hiện: Z" name the lead, the coordinating agencies and the time of the tasks above
    /// them in the block, since the labels before (a block may hold several tasks, each with
    /// its labels). Whether the paragraph was one.
    fn block_label(&mut self, text: &str, base: usize) -> bool {
        let Some((kind, skip, rest)) = heading::block_label(text) else {
            return false;
        };
        // the tasks these labels are about: those since the last labels, or, right after a
        // lead label, the same ones
        let from = self.block_start.max(self.labelled.1);
        let group = if self.labelled.1 == self.out.len()
            && self.block_start <= self.labelled.0
            && self.labelled.0 < self.labelled.1
        {
            self.labelled.0..self.labelled.1
        } else {
            from..self.out.len()
        };
        let rbase = base + skip;
        match kind {
            heading::Label::Lead => {
                let mut names = table::agencies(rest, rbase);
                if !names.is_empty() {
                    let lead = names.remove(0);
                    for i in group.clone() {
                        if self.from_heading[i] {
                            self.out[i].lead = Some(lead.clone());
                            self.out[i].coordinating = names.clone();
                        }
                    }
                }
                self.labelled = (group.start, group.end);
            }
            heading::Label::With => {
                let names = table::agencies(rest, rbase);
                for i in group {
                    if self.from_heading[i] {
                        self.out[i].coordinating.extend(names.iter().cloned());
                    }
                }
            }
            heading::Label::Time => {
                for a in &mut self.out[group] {
                    if a.deadline.is_none() {
                        a.deadline = deadline(rest, rbase, self.date);
                    }
                }
            }
        }
        true
    }

    /// A heading or a lead-in: it gives the items under it their lead and is no assignment
    /// itself. Whether the paragraph was one.
    fn heading(&mut self, text: &str, base: usize, marked: bool, below: Below) -> bool {
        let short_lead_in =
            text.trim_end().ends_with(':') && text.len() < 200 && sentences(text).len() == 1;
        // a longer title with items under it and no full stop is a heading too
        // ("2. Tăng cường tuyên truyền, phổ biến … về công tác xây dựng pháp luật"), unless it
        // names whom it gives work to
        let titled = below.sub_items
            && text.len() < 400
            && !text.trim_end().ends_with('.')
            && !text.contains(';')
            && find_lead(text, &words(text)).is_none();
        let heading_like = marked && (is_heading(text) || short_lead_in || titled);
        // "1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:": the first leads, the others
        // coordinate
        if (heading_like || text.trim_end().ends_with(':'))
            && let Some(mut names) = heading::list_prefix(text, base)
        {
            let lead = self.resolve(names.remove(0));
            self.inherited.push(Inherited {
                depth: self.path.depth(),
                lead,
                with: names,
                items_name_partners: false,
            });
            self.heading_item = Some(self.path.label());
            return true;
        }
        if heading_like && let Some(lead) = heading_lead(text, base, below.sub_items) {
            self.inherit(lead);
            self.heading_item = Some(self.path.label());
            return true;
        }
        // "1. Giao người đứng đầu các cơ quan …; Chủ tịch Ủy ban nhân dân các xã" with no full
        // stop and items under it gives them the work
        if marked && below.sub_items && !text.trim_end().ends_with(['.', ':']) {
            let ws = words(text);
            if let Some(lead) = find_lead(text, &ws).filter(|l| l.rule == 2) {
                self.inherit(name_field(text, base, &lead.name, 0.6));
                return true;
            }
        }
        // "b) Chủ trì, phối hợp" over "- Sở Tài chính … tham mưu …": the heading's agency leads
        // and the agencies the items open with are its partners
        if marked
            && below.sub_items
            && let Some(h) = self.inherited.last().cloned()
            && ends_with_partners_to_come(text)
        {
            self.inherited.push(Inherited {
                depth: self.path.depth(),
                items_name_partners: true,
                ..h
            });
            return true;
        }
        if heading_like {
            // "6. Sở Tài chính tham mưu bố trí kinh phí" with no full stop and nothing under
            // it is a sentence that gives work, not a heading
            if !short_lead_in
                && !below.sub_items
                && !below.text
                && find_lead(text, &words(text)).is_some()
            {
                return false;
            }
            if !short_lead_in {
                if NOT_TASKS.iter().any(|w| text.contains(w)) {
                    self.not_tasks = Some(self.path.depth());
                }
                return true;
            }
        }
        // "Đối với Bộ Công Thương:", "Sở Y tế:", "Chủ tịch UBND tỉnh giao:"
        let trimmed = text.trim_end();
        if !(trimmed.ends_with(':') && sentences(trimmed).len() == 1) {
            return false;
        }
        let ws = words(trimmed);
        let k = after_doi_voi(&ws);
        let heading = name_at(trimmed, &ws, k).filter(|n| trimmed[n.end..].trim() == ":");
        let lead = heading
            .as_ref()
            .map(|n| name_field(trimmed, base, n, 0.8))
            .or_else(|| find_lead(trimmed, &ws).map(|l| name_field(trimmed, base, &l.name, 0.6)));
        if let Some(lead) = lead {
            self.inherit(lead);
        }
        true
    }

    /// One sentence of a paragraph: a new assignment, the rest of the one before, or nothing.
    fn sentence(&mut self, s: &str, sbase: usize, item: &str, opens_item: bool) {
        let ws = words(s);
        let span: Span = sbase..sbase + s.len();
        // "Chủ trì, phối hợp với … yêu cầu các tổ chức …" under a heading naming an agency:
        // the one asked inside the sentence is not its lead, the heading's agency is
        let inherits = opens_item && self.not_tasks.is_none() && !self.inherited.is_empty();
        // "Các Bộ: Quốc phòng, Công an chủ động …": the first leads, the others coordinate
        if let Some((mut names, _)) = heading::list_prefix_inline(s, sbase) {
            let lead = self.resolve(names.remove(0));
            names.extend(
                coordinating(s, &ws)
                    .iter()
                    .map(|n| name_field(s, sbase, n, 0.7)),
            );
            self.from_heading.push(false);
            self.out.push(Assignment {
                item: item.to_owned(),
                span,
                lead: Some(lead),
                coordinating: names,
                deadline: deadline(s, sbase, self.date),
                output: output(s, sbase),
            });
            return;
        }
        let partners = self
            .inherited
            .last()
            .filter(|h| inherits && h.items_name_partners)
            .cloned();
        let found = find_lead(s, &ws).filter(|l| l.rule != 4 || !inherits);
        if let (Some(h), Some(lead)) = (&partners, found.as_ref().filter(|l| l.rule == 3)) {
            // under "Chủ trì, phối hợp": "- Sở Tài chính và các đơn vị có liên quan tham mưu …"
            let mut coord = vec![name_field(s, sbase, &lead.name, 0.6)];
            coord.extend(coordinating_of(s, &ws, lead, sbase));
            self.from_heading.push(true);
            self.out.push(Assignment {
                item: item.to_owned(),
                span,
                lead: Some(Field {
                    confidence: 0.5,
                    ..h.lead.clone()
                }),
                coordinating: coord,
                deadline: deadline(s, sbase, self.date),
                output: output(s, sbase),
            });
            return;
        }
        if let Some(lead) = found {
            let confidence = match lead.rule {
                1 | 2 => 0.9,
                3 => 0.8,
                _ => 0.6,
            };
            self.from_heading.push(false);
            self.out.push(Assignment {
                item: item.to_owned(),
                span,
                lead: Some(self.resolve(name_field(s, sbase, &lead.name, confidence))),
                coordinating: coordinating_of(s, &ws, &lead, sbase),
                deadline: deadline(s, sbase, self.date),
                output: output(s, sbase),
            });
        } else if let Some(h) = self.inherited.last().filter(|h| {
            opens_item
                && self.not_tasks.is_none()
                && !(self.plan && self.content_section && h.depth == 0)
        }) {
            let lead = Field {
                confidence: 0.5,
                ..h.lead.clone()
            };
            self.from_heading.push(true);
            self.out.push(Assignment {
                item: item.to_owned(),
                span,
                lead: Some(lead),
                coordinating: h
                    .with
                    .iter()
                    .cloned()
                    .chain(
                        coordinating(s, &ws)
                            .iter()
                            .map(|n| name_field(s, sbase, n, 0.7)),
                    )
                    .collect(),
                deadline: deadline(s, sbase, self.date),
                output: output(s, sbase),
            });
        } else if let Some(last) = self
            .out
            .last_mut()
            .filter(|l| l.item == item && !opens_item)
        {
            // a further sentence of the same assignment
            last.span.end = span.end;
            if last.deadline.is_none() {
                last.deadline = deadline(s, sbase, self.date);
            }
            if last.output.is_none() {
                last.output = output(s, sbase);
            }
        }
    }

    /// The assignment just read from sentence `s` goes on, after a semicolon, with a clause
    /// that names its own lead ("… gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp
    /// báo cáo …") or more work with a date of its own ("Giao X khẩn trương xây dựng vị trí
    /// việc làm, thời gian hoàn thành trước ngày 31/3/2024; hoàn thành sắp xếp đơn vị hành
    /// chính … trong quý III/2024."): each such clause is an assignment of its own, of that
    /// lead or of the same one, with its own deadline.
    fn split_clauses(&mut self, s: &str, sbase: usize) {
        let dated = |c: &str, at: usize| deadline(c, at, self.date).filter(|d| d.due.is_some());
        // a lead the clause opens with ("Sở Tài chính tổng hợp …")
        let own_lead = |c: &str| {
            find_lead(c, &words(c)).filter(|l| l.rule <= 3 && c[..l.name.start].trim().is_empty())
        };
        // "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã …" lists the leads
        let ends_in_name = |c: &str| {
            let t = c.trim_end_matches([';', ' ']);
            let ws = words(t);
            (0..ws.len()).any(|i| name_at(t, &ws, i).is_some_and(|n| n.end == t.len()))
        };
        // the clauses (start, end) of `s`, and whether each has a dated deadline
        let mut groups: Vec<(usize, usize, bool)> = Vec::new();
        let mut from = 0;
        for end in s.match_indices(';').map(|(i, _)| i + 1).chain([s.len()]) {
            let c = &s[from..end];
            let has = dated(c, sbase + from).is_some();
            let new = own_lead(c).is_some() && !ends_in_name(&s[..from]);
            match groups.last_mut() {
                Some(g) if !(new || has && g.2) => {
                    g.1 = end;
                    g.2 |= has;
                }
                _ => groups.push((from, end, has)),
            }
            from = end;
        }
        if groups.len() < 2 {
            return;
        }
        let (Some(first), Some(heading)) = (self.out.pop(), self.from_heading.pop()) else {
            return;
        };
        for (k, (a, b, _)) in groups.into_iter().enumerate() {
            let c = &s[a..b];
            let at = sbase + a;
            let mut next = Assignment {
                span: at..sbase + b,
                deadline: deadline(c, at, self.date),
                output: output(c, at),
                ..first.clone()
            };
            let lead = own_lead(c).filter(|_| k > 0);
            if let Some(l) = &lead {
                let ws = words(c);
                next.lead = Some(self.resolve(name_field(c, at, &l.name, 0.8)));
                next.coordinating = coordinating_of(c, &ws, l, at);
            }
            self.out.push(next);
            self.from_heading.push(heading && lead.is_none());
        }
    }

    /// A table's header row or one of its rows. Whether the paragraph was one.
    fn table_row(&mut self, p: &Para<'_>) -> bool {
        match self.table.feed(p, self.date) {
            None => false,
            Some(row) => {
                if let Some(a) = row {
                    self.from_heading.push(false);
                    self.out.push(a);
                }
                true
            }
        }
    }

    /// One paragraph; `next` is the one after it.
    fn paragraph(&mut self, p: &Para<'_>, next: Option<&Para<'_>>) {
        if self.table_row(p) {
            return;
        }
        let this_mark = items::mark(p.text).map(|(k, _, _)| k);
        let next_mark = next.and_then(|n| items::mark(n.text)).map(|(k, _, _)| k);
        let below = Below {
            sub_items: matches!((this_mark, next_mark), (Some(a), Some(b)) if b > a),
            text: next.is_some() && next_mark.is_none(),
        };
        let (text, base, marked) = match items::mark(p.text) {
            Some((kind, label, skip)) => {
                self.path.enter(kind, &label);
                if matches!(kind, items::Mark::Roman | items::Mark::Arabic(_)) {
                    self.block_start = self.out.len();
                }
                if kind == items::Mark::Roman {
                    self.content_section = is_content_section(&p.text[skip..]);
                }
                (&p.text[skip..], p.start + skip, true)
            }
            None => (p.text, p.start, false),
        };
        if self.block_label(text, base) {
            return;
        }
        let (text, base) = match after_label(text, TASK_LABELS) {
            Some((skip, rest)) => (rest, base + skip),
            None => (text, base),
        };
        // the text right under a heading that named a lead opens the heading's item ("3. Sở
        // Công Thương" and the next paragraph "Hỗ trợ cho các doanh nghiệp …")
        let pending = self.heading_item.take();
        let under_heading = !marked
            && pending.is_some_and(|h| {
                h == self.path.label() && self.out.last().is_none_or(|a| a.item != h)
            });
        if marked {
            let depth = self.path.depth();
            self.inherited.retain(|h| h.depth == 0 || h.depth < depth);
            if self.not_tasks.is_some_and(|d| depth <= d) {
                self.not_tasks = None;
            }
        }
        if self.heading(text, base, marked, below) {
            return;
        }
        let item = self.path.label();
        let before = self.out.len();
        let parts = sentences(text);
        let last = parts.len().saturating_sub(1);
        for (k, &(a, b)) in parts.iter().enumerate() {
            let s = &text[a..b];
            // "… Chủ tịch UBND tỉnh giao:" ends a paragraph by leading the items below it
            if k == last && k > 0 && s.trim_end().ends_with(':') && s.len() < 200 {
                if let Some(lead) = find_lead(s, &words(s)) {
                    self.inherit(name_field(s, base + a, &lead.name, 0.6));
                }
                continue;
            }
            if !is_closing(s) {
                let n = self.out.len();
                self.sentence(s, base + a, &item, k == 0 && (marked || under_heading));
                if self.out.len() == n + 1 {
                    self.split_clauses(s, base + a);
                }
            }
        }
        // "2. Bộ Tài chính … Trong đó chú ý một số nội dung sau:" leads the items under it
        if text.trim_end().ends_with(':')
            && let Some(lead) = self.out.get(before).and_then(|a| a.lead.clone())
        {
            self.inherited.push(Inherited {
                depth: self.path.depth(),
                lead,
                with: Vec::new(),
                items_name_partners: false,
            });
        }
    }
}

/// The assignments of the body paragraphs. `default_lead` is the lead of work that names no
/// addressee anywhere above it (a letter's addressee, a plan's issuer).
pub(crate) fn read(
    paras: &[Para<'_>],
    date: Option<NaiveDate>,
    default_lead: Option<Field<String>>,
    plan: bool,
) -> Vec<Assignment> {
    let mut walk = Walk {
        out: Vec::new(),
        from_heading: Vec::new(),
        path: Path::default(),
        inherited: Vec::new(),
        not_tasks: None,
        block_start: 0,
        heading_item: None,
        labelled: (0, 0),
        table: table::Reader::default(),
        addressee: default_lead.clone(),
        date,
        plan,
        content_section: false,
    };
    if let Some(lead) = default_lead {
        walk.inherited.push(Inherited {
            depth: 0,
            lead,
            with: Vec::new(),
            items_name_partners: false,
        });
    }
    for (i, p) in paras.iter().enumerate() {
        walk.paragraph(p, paras.get(i + 1));
    }
    walk.out
}
