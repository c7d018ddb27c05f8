//! Assignments in the body: which sentence gives work to whom, who coordinates, by when.
//!
//! The rules, in the order they are tried on each sentence:
//! 0. a person named with a title before a colon ("Ông … - Trưởng đoàn: Phụ trách …") leads,
//!    kept as written;
//! 1. a name followed by "chủ trì" is the lead;
//! 2. a sentence opening with "Giao", "Đề nghị", "Yêu cầu" (after "Đồng thời", "Trong đó" …)
//!    gives the work to the name after it;
//! 3. a sentence opening with a name followed by a verb ("Sở Tài chính có trách nhiệm …",
//!    "Bộ Công an: …") has that name as lead, unless the verb reports what was done ("đã",
//!    "được");
//! 4. "giao", "đề nghị", "yêu cầu" inside the sentence, followed by a name (as plainly as
//!    rule 2 when a subject asks: "…, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh …");
//! 5. a name after a clause that opens the sentence, followed by a duty ("…, Sở Nội vụ có
//!    trách nhiệm …") or after a colon and followed by a verb ("Đối với …: các sở … nghiên
//!    cứu …");
//! 6. otherwise the first sentence of a numbered item under a heading that names an agency
//!    ("3. Đối với Bộ Công Thương:"), under a lead-in ("… thành phố Đà Nẵng cần tập trung
//!    thực hiện các nhiệm vụ sau:") or under an item that names its lead, is that agency's,
//!    with a lower confidence; a plan's issuer is given such work only in its section on
//!    organising ("IV. TỔ CHỨC THỰC HIỆN"), and sections that describe (criteria, forms,
//!    time, solutions) give none.
//!
//! Further sentences of the same item with no lead of their own belong to the assignment
//! before them, unless they open with an instruction (`assign/unit.rs`). A short name the
//! text gives the lead and those listed with it ("(sau đây gọi là …)") replaces the list.
//! Quotations of another text (a law's articles a letter quotes) give no work.

use chidao_model::{NaiveDate, match_key};

mod headings;
mod inline;
mod labels;
mod lead;
mod unit;

pub(crate) use lead::{TRIGGERS, lower_words, name_field, phrase_at};
use lead::{coordinating, coordinating_of, find_lead, partners};

use crate::agency::name_at;
use crate::clause::{deadline, output};
use crate::heading::{self, TASK_LABELS, after_label};
use crate::items::{self, Path};
use crate::table;
use crate::text::{Para, Span, sentences, words};
use crate::{Assignment, Field};

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

/// Nouns that open what a plan describes rather than asks: its subjects, place, scope, form,
/// theme, funds, means, members.
const DESCRIBES: &[&str] = &[
    "đối tượng",
    "địa điểm",
    "phạm vi",
    "hình thức",
    "chủ đề",
    "kinh phí",
    "nguồn kinh phí",
    "phương tiện",
    "thành phần",
    "bộ nhận diện",
    "khẩu hiệu",
    "quy mô",
];

/// Whether sentence `s` only names bodies, with what each is in charge of in brackets:
/// "Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);", "Sở Xây dựng.".
fn is_listed_body(s: &str) -> bool {
    let mut t = s.trim_end().trim_end_matches([';', '.', ',']).trim_end();
    if t.ends_with(')')
        && let Some(open) = t.rfind('(')
    {
        t = t[..open].trim_end();
    }
    !t.is_empty() && heading::names_only(t).is_some()
}

/// The closing formula of a document: "… nghiêm túc triển khai thực hiện./.", "Văn phòng
/// Chính phủ thông báo để các cơ quan biết, thực hiện./.".
fn is_closing(s: &str) -> bool {
    let t = s.trim_end();
    let Some(body) = t.strip_suffix("./.") else {
        return false;
    };
    // "… triển khai thực hiện./.", "… thực hiện các nhiệm vụ trên./.", "… thực hiện nghiêm
    // túc Chỉ thị này./."
    let tail: Vec<&str> = body.split_whitespace().rev().take(7).collect();
    let formula =
        tail.contains(&"hiện") && tail.contains(&"thực") || body.trim_end().ends_with("thông báo");
    // "Cục Hóa chất đề nghị Sở Công Thương … chủ động nghiên cứu các quy định hiện hành … để
    // thực hiện theo đúng quy định./." asks for work of its own
    formula && !unit::names_work(&words(body))
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
    /// The depth of an item whose work the items under it detail, while inside it.
    details: Option<usize>,
    /// Where the assignments of the current numbered item start.
    block_start: usize,
    /// The item of the heading just read that named a lead, until the next paragraph.
    heading_item: Option<String>,
    /// Work in a plan's block that names no one, until a lead label below it says who does
    /// it ("- Đổi mới công tác tuyên truyền …" / "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy
    /// ban nhân dân tỉnh."); work no label claims is no assignment.
    pending: Vec<Assignment>,
    /// Further instructions split from work a plan gives its issuer only by default: a lead
    /// label below confirms them, else they go back into the task before them when the block
    /// ends, since that lead is a guess ("III.1. Nhiệm vụ, giải pháp chung": "Tiếp tục tăng
    /// cường … . Thực hiện phương châm …").
    provisional: Vec<usize>,
    /// The item and start of the last numbered heading, whose block a plan's labels may
    /// describe ("2. Tổ chức tập huấn …" / "- Cơ quan chủ trì: Sở Nội vụ.").
    block_heading: Option<(String, usize)>,
    /// The assignments the last task block labels were about.
    labelled: (usize, usize),
    /// The columns of the table being read.
    table: table::Reader,
    addressee: Option<Field<String>>,
    date: Option<NaiveDate>,
    /// The default lead is a plan's issuer, not a letter's addressee.
    plan: bool,
    /// Inside a section of a plan other than the one giving duties ("II. NỘI DUNG KẾ HOẠCH",
    /// "III. NHIỆM VỤ VÀ GIẢI PHÁP", not "IV. TỔ CHỨC THỰC HIỆN"): work that names no one
    /// there is no assignment of the issuer's.
    content_section: bool,
    /// The next paragraph opens a quotation of another text.
    quote_follows: bool,
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

    /// Whether assignment `k` is a plan's issuer's only because the plan names no one else for
    /// it: its further instructions are split only provisionally, since that lead is a guess
    /// ("III.1. Nhiệm vụ, giải pháp chung": "Tiếp tục tăng cường … . Thực hiện phương châm …").
    fn issuer_by_default(&self, k: usize) -> bool {
        let issuer = self.inherited.first().filter(|h| h.depth == 0);
        self.plan
            && self.from_heading[k]
            && issuer
                .is_some_and(|h| self.out[k].lead.as_ref().map(|l| &l.value) == Some(&h.lead.value))
    }

    /// A new assignment from sentence `s` (at `sbase`), with its own deadline and output.
    fn push(
        &mut self,
        s: &str,
        sbase: usize,
        item: &str,
        lead: Option<Field<String>>,
        coordinating: Vec<Field<String>>,
        from_heading: bool,
    ) {
        self.from_heading.push(from_heading);
        self.out.push(Assignment {
            item: item.to_owned(),
            span: sbase..sbase + s.len(),
            lead,
            coordinating,
            deadline: deadline(s, sbase, self.date),
            output: output(s, sbase),
        });
    }

    /// One sentence of a paragraph: a new assignment, the rest of the one before, or nothing.
    fn sentence(
        &mut self,
        s: &str,
        sbase: usize,
        item: &str,
        opens_item: bool,
        opens_paragraph: bool,
    ) {
        // "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);": a body listed
        // among those the text means, with no work of its own
        if is_listed_body(s) {
            return;
        }
        // "Địa điểm kiểm tra: Tại trụ sở làm việc …", "Chủ đề Tháng hành động năm 2025": what
        // the plan describes, not work, unless someone is named to do it
        let ws = words(s);
        if phrase_at(&ws, 0, DESCRIBES).is_some() && find_lead(s, &ws).is_none() {
            return;
        }
        // "Chủ trì, phối hợp với … yêu cầu các tổ chức …" under a heading naming an agency:
        // the one asked inside the sentence is not its lead, the heading's agency is
        let inherits = opens_item && self.not_tasks.is_none() && !self.inherited.is_empty();
        // "Các Bộ: Quốc phòng, Công an chủ động …": the first leads, the others coordinate
        if let Some(mut names) = heading::list_prefix_inline(s, sbase) {
            let lead = self.resolve(names.remove(0));
            names.extend(partners(s, sbase, &ws));
            self.push(s, sbase, item, Some(lead), names, false);
            return;
        }
        let under_partners = self
            .inherited
            .last()
            .filter(|h| inherits && h.items_name_partners)
            .cloned();
        let found = find_lead(s, &ws).filter(|l| l.rule != 4 || !inherits);
        if let (Some(h), Some(lead)) = (&under_partners, found.as_ref().filter(|l| l.rule == 3)) {
            // under "Chủ trì, phối hợp": "- Sở Tài chính và các đơn vị có liên quan tham mưu …"
            let mut coord = vec![name_field(s, sbase, &lead.name, 0.6)];
            coord.extend(coordinating_of(s, &ws, lead, sbase));
            let lead = Field {
                confidence: 0.5,
                ..h.lead.clone()
            };
            self.push(s, sbase, item, Some(lead), coord, true);
            return;
        }
        if let Some(lead) = found {
            let confidence = match lead.rule {
                1 | 2 => 0.9,
                3 => 0.8,
                _ => 0.6,
            };
            let name = self.resolve(name_field(s, sbase, &lead.name, confidence));
            let coord = coordinating_of(s, &ws, &lead, sbase);
            self.push(s, sbase, item, Some(name), coord, false);
        } else if let Some(h) = self.inherited.last().filter(|h| {
            opens_item
                && self.not_tasks.is_none()
                && !(self.plan && self.content_section && h.depth == 0)
        }) {
            let lead = Field {
                confidence: 0.5,
                ..h.lead.clone()
            };
            let coord = h
                .with
                .iter()
                .cloned()
                .chain(partners(s, sbase, &ws))
                .collect();
            self.push(s, sbase, item, Some(lead), coord, true);
        } else if !opens_item {
            self.rest_of_item(s, sbase, item, opens_paragraph, &ws);
        } else if self.not_tasks.is_none() {
            self.pend(s, sbase, item, opens_item, &ws);
        }
    }

    /// A further sentence of an item that names no lead: an instruction of its own, of the
    /// same lead (a new paragraph goes back to the lead the item opened with: "5. Đẩy mạnh …,
    /// các huyện, thành phố cần …" / "Tập trung thực hiện giải phóng mặt bằng …"), or the rest
    /// of the assignment before it, or work waiting for a label.
    fn rest_of_item(
        &mut self,
        s: &str,
        sbase: usize,
        item: &str,
        opens_paragraph: bool,
        ws: &[(usize, &str)],
    ) {
        let Some(k) = self
            .out
            .len()
            .checked_sub(1)
            .filter(|&k| self.out[k].item == item)
        else {
            if self.not_tasks.is_none() {
                self.pend(s, sbase, item, false, ws);
            }
            return;
        };
        if unit::is_instruction(ws) || unit::is_instruction_after_case(s, ws) {
            let first = (self.block_start..self.out.len())
                .find(|&j| self.out[j].item == item)
                .filter(|_| opens_paragraph)
                .unwrap_or(k);
            let lead = self.out[first].lead.clone().map(|l| Field {
                confidence: l.confidence.min(0.5),
                ..l
            });
            if self.issuer_by_default(first) {
                self.provisional.push(self.out.len());
            }
            let coord = partners(s, sbase, ws);
            let heading = self.from_heading[first];
            self.push(s, sbase, item, lead, coord, heading);
        } else {
            // "Báo cáo kết quả … trước ngày 30/8/2026, đồng thời thông tin …": more work joined
            // to the rest of the assignment is one of its own, of the same lead
            // (when the rest says when or to whom: a forecast's "…, đồng thời nguy cơ …" does
            // not)
            let joined = unit::joined_at(s).map(|c| {
                let jws = words(&s[c..]);
                let own = unit::own_lead_after_join(&s[c..], &jws);
                (c, jws, own)
            });
            let cut = joined.filter(|(c, _, own)| {
                let r = &s[..*c];
                own.is_some()
                    || deadline(r, sbase, self.date).is_some()
                    || output(r, sbase).is_some()
            });
            let rest = &s[..cut.as_ref().map_or(s.len(), |(c, _, _)| *c)];
            let last = &mut self.out[k];
            last.span.end = sbase + rest.trim_end_matches([',', ';', ' ']).len();
            if last.deadline.is_none() {
                last.deadline = deadline(rest, sbase, self.date);
            }
            if last.output.is_none() {
                last.output = output(rest, sbase);
            }
            if let Some((c, jws, own)) = cut {
                let joined = &s[c..];
                // "…; đồng thời UBND phường Âu Lâu đề xuất …": work of the body it names
                let (lead, coord, heading) = match own {
                    Some(l) => (
                        Some(self.resolve(name_field(joined, sbase + c, &l.name, 0.8))),
                        coordinating_of(joined, &jws, &l, sbase + c),
                        false,
                    ),
                    None => (
                        last.lead.clone(),
                        partners(joined, sbase + c, &jws),
                        self.from_heading[k],
                    ),
                };
                self.push(joined, sbase + c, item, lead, coord, heading);
            }
        }
    }

    /// The assignment just read from sentence `s` goes on, after a semicolon, with a clause
    /// that names its own lead ("… gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp
    /// báo cáo …") or more work with a date of its own ("Giao X khẩn trương xây dựng vị trí
    /// việc làm, thời gian hoàn thành trước ngày 31/3/2024; hoàn thành sắp xếp đơn vị hành
    /// chính … trong quý III/2024."): each such clause is an assignment of its own, of that
    /// lead or of the same one, with its own deadline. So is more work joined with "đồng
    /// thời" ("…; đồng thời khẩn trương xây dựng Kế hoạch …").
    fn split_clauses(&mut self, s: &str, sbase: usize) {
        let guessed = self.issuer_by_default(self.out.len() - 1);
        let dated = |c: &str, at: usize| deadline(c, at, self.date).filter(|d| d.due.is_some());
        // a lead the clause opens with ("Sở Tài chính tổng hợp …")
        // (or right after "đồng thời": "…; đồng thời UBND phường Âu Lâu đề xuất …")
        let own_lead = |c: &str| {
            let ws = words(c);
            // (or "…; giao Bộ Nông nghiệp và Môi trường làm chủ Chương trình …")
            let given = |l: &lead::Lead| {
                l.rule == 2
                    && phrase_at(&ws, 0, lead::TRIGGERS)
                        .is_some_and(|n| ws.get(n).is_some_and(|&(at, _)| at == l.name.start))
            };
            find_lead(c, &ws)
                .filter(|l| l.rule <= 3 && c[..l.name.start].trim().is_empty() || given(l))
                .or_else(|| unit::own_lead_after_join(c, &ws))
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
        // clauses end at a semicolon, and before ", đồng thời" in a sentence that is no
        // lead-in ("… trước ngày 30/8/2026, đồng thời thông tin về kết quả …")
        let mut ends: Vec<usize> = s.match_indices(';').map(|(i, _)| i + 1).collect();
        // and after a list closed with an ellipsis, where more work begins
        let after_ellipsis = unit::after_ellipsis(s);
        if !s.trim_end().ends_with(':') {
            ends.extend(s.match_indices(", đồng thời ").map(|(i, _)| i + 1));
            ends.extend(after_ellipsis.iter().copied());
            ends.sort_unstable();
            ends.dedup();
        }
        for end in ends.into_iter().chain([s.len()]) {
            let c = &s[from..end];
            let has = dated(c, sbase + from).is_some();
            let joined = from > 0
                && !guessed
                && (unit::is_joined_instruction(c, &words(c)) || after_ellipsis.contains(&from));
            // "…: (i) Chỉ đạo …; (ii) Chỉ đạo …": items written inside the sentence
            let enumerated = from > 0 && inline_mark(c).is_some();
            let new = own_lead(c).is_some() && !ends_in_name(&s[..from]) || joined || enumerated;
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
        // the clauses that name partners of their own keep them: the others do not
        let own_partners: Vec<Span> = groups
            .iter()
            .skip(1)
            .filter(|(a, b, _)| {
                let c = &s[*a..*b];
                !coordinating(c, &words(c)).is_empty()
            })
            .map(|(a, b, _)| sbase + a..sbase + b)
            .collect();
        let inside = |f: &Field<String>, r: &Span| r.start <= f.span.start && f.span.end <= r.end;
        let enumerated = groups
            .iter()
            .skip(1)
            .any(|&(a, b, _)| inline_mark(&s[a..b]).is_some());
        for (k, (a, b, _)) in groups.into_iter().enumerate() {
            let c = &s[a..b];
            let at = sbase + a;
            let item = match inline_mark(c).filter(|_| enumerated) {
                Some(m) => {
                    // "2.(ii)" goes on with "2.(iii)", not "2.(ii).(iii)"
                    let parent = first
                        .item
                        .rsplit_once(".(")
                        .filter(|(_, m)| m.ends_with(')'))
                        .map_or(first.item.as_str(), |(p, _)| p);
                    format!("{parent}.{m}")
                }
                None => first.item.clone(),
            };
            let here = at..sbase + b;
            let mine = own_partners.contains(&here);
            let mut next = Assignment {
                item,
                span: here.clone(),
                deadline: deadline(c, at, self.date),
                output: output(c, at),
                coordinating: first
                    .coordinating
                    .iter()
                    .filter(|f| {
                        let elsewhere = own_partners.iter().any(|r| *r != here && inside(f, r));
                        !elsewhere && (!mine || inside(f, &here))
                    })
                    .cloned()
                    .collect(),
                ..first.clone()
            };
            if mine && next.coordinating.is_empty() {
                next.coordinating = partners(c, at, &words(c));
            }
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

    /// The item a paragraph's numbering mark opens, if it has one: a numbered item ends the
    /// block before it. Gives the text after the mark, where it starts, and whether there
    /// was one.
    fn enter<'p>(&mut self, p: &Para<'p>) -> (&'p str, usize, bool) {
        let Some((kind, label, skip)) = items::mark(p.text) else {
            return (p.text, p.start, false);
        };
        self.path.enter(kind, &label);
        if matches!(
            kind,
            items::Mark::Article | items::Mark::Roman | items::Mark::Arabic(_)
        ) {
            self.settle();
            self.block_start = self.out.len();
            // "1.1. Tổ chức nghiên cứu … / 1.2. Nâng cao … / - Cơ quan thực hiện: …": the
            // labels after the last sub-item of a group are those of the work before it too
            if !matches!(kind, items::Mark::Arabic(n) if n >= 2) {
                self.pending.clear();
            }
        }
        if kind == items::Mark::Roman {
            self.content_section = headings::is_content_section(&p.text[skip..]);
        }
        (&p.text[skip..], p.start + skip, true)
    }

    /// One paragraph; `next` is the one after it.
    fn paragraph(&mut self, p: &Para<'_>, next: Option<&Para<'_>>) {
        // a rule under a heading ("-----") is no text
        if !p.text.chars().any(char::is_alphanumeric) || self.table_row(p) {
            return;
        }
        let this_mark = items::mark(p.text).map(|(k, _, _)| k);
        let next_mark = next.and_then(|n| items::mark(n.text)).map(|(k, _, _)| k);
        let below = Below {
            sub_items: matches!((this_mark, next_mark), (Some(a), Some(b)) if b > a),
            text: next.is_some() && next_mark.is_none(),
        };
        let (text, base, marked) = self.enter(p);
        if self.block_label(text, base) {
            return;
        }
        let labelled_work = after_label(text, TASK_LABELS);
        let task_label = labelled_work.is_some();
        let (text, base) = match labelled_work {
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
        if self.detail(text, base, marked, below) {
            return;
        }
        let bullet = matches!(this_mark, Some(items::Mark::Dash | items::Mark::Plus));
        if marked && !bullet {
            self.block_heading = None;
        }
        if self.heading(text, base, marked, below) {
            if marked {
                self.block_heading = Some((self.path.label(), p.start));
                // the text right under a topic heading opens its item too ("3. Về cơ sở vật
                // chất, trụ sở và tài sản công" / "Tiếp tục rà soát, thống kê …")
                self.heading_item.get_or_insert_with(|| self.path.label());
            }
            return;
        }
        // "- Nội dung thực hiện: Tổ chức tập huấn …" is the work of the item above the dash,
        // which only labels it
        let item = match self.path.label() {
            l if task_label && bullet => l
                .rsplit_once(".-")
                .or_else(|| l.rsplit_once(".+"))
                .map_or(l.clone(), |(parent, _)| parent.to_owned()),
            l => l,
        };
        let before = self.out.len();
        let parts = sentences(text);
        let last = parts.len().saturating_sub(1);
        // items written inside the paragraph ("…: (i) Chỉ đạo … . (ii) Chỉ đạo …") are the
        // item's own, each from its mark on
        let mut item = item;
        let base_item = item.clone();
        for (k, &(a, b)) in parts.iter().enumerate() {
            let s = &text[a..b];
            if let Some(m) = inline_mark(s) {
                item = format!("{base_item}.{m}");
                let sbase = base + a;
                if k > 0
                    && self.out.len() > before
                    && find_lead(s, &words(s)).is_none_or(|l| l.rule == 4)
                {
                    let lead = self.out[before].lead.clone();
                    let coord = partners(s, sbase, &words(s));
                    let heading = self.from_heading[before];
                    self.push(s, sbase, &item, lead, coord, heading);
                    self.split_clauses(s, sbase);
                    continue;
                }
            }
            // "… Chủ tịch UBND tỉnh giao:" ends a paragraph by leading the items below it
            if k == last && k > 0 && s.trim_end().ends_with(':') && s.chars().count() < 200 {
                if let Some(lead) = find_lead(s, &words(s)) {
                    self.lead_in(name_field(s, base + a, &lead.name, 0.6));
                }
                continue;
            }
            // "4. Đẩy mạnh cắt giảm …: (1) Các bộ, ngành, khẩn trương …; (2) …": the items
            // written inside the sentence are its assignments
            if let Some(c) = inline::items_after_topic(s) {
                self.inline_items(&s[c..], base + a + c, &base_item, None);
                continue;
            }
            if !is_closing(s) {
                let n = self.out.len();
                self.sentence(
                    s,
                    base + a,
                    &item,
                    k == 0 && (marked || under_heading),
                    k == 0,
                );
                // (a sentence that went on with the assignment before and split off its
                // "đồng thời" part is split already)
                if self.out.len() == n + 1 && self.out[n].span.start == base + a {
                    self.split_clauses(s, base + a);
                }
            }
        }
        // "2. Bộ Tài chính … Trong đó chú ý một số nội dung sau:" leads the items under it;
        // so does an item that names its lead in its own words, full stop and all ("1. Các
        // cơ quan, đơn vị căn cứ … xây dựng kế hoạch … ." over "- Giới thiệu điển hình …")
        let named_over_items =
            marked && below.sub_items && self.from_heading.get(before).is_some_and(|h| !h);
        if (text.trim_end().ends_with(':') || named_over_items)
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

/// The mark of an item written inside a sentence: "(ii)" at the start of a clause, or after
/// the colon that opens the list ("Giao Đảng uỷ Chính phủ: (i) Chỉ đạo …").
fn inline_mark(c: &str) -> Option<String> {
    let t = c.trim_start();
    let at = if t.starts_with('(') {
        t
    } else {
        t.split_once(": (")
            .map(|(_, r)| &t[t.len() - r.len() - 1..])?
    };
    match items::mark(at) {
        Some((items::Mark::Bracketed, label, _)) => Some(label),
        _ => None,
    }
}

/// Which paragraphs are inside a quotation of another text, which gives no work of this one: a
/// law's articles a letter quotes (`Luật … quy định:` / `"1. Nhà nước quản lý …` / … / `4. …
/// theo quy định."`), from a paragraph that opens a quotation and leaves it open (or one that
/// starts with a quotation mark) to the one that closes it, within 60 paragraphs; a quotation
/// that never closes marks nothing.
fn quoted(paras: &[Para<'_>]) -> Vec<bool> {
    let n = paras.len();
    let mut out = vec![false; n];
    let count = |t: &str, c: char| t.matches(c).count();
    let left_open = |t: &str| count(t, '“') > count(t, '”') || count(t, '"') % 2 == 1;
    let closes = |t: &str| {
        t.trim_end_matches(['.', ';', ',', ')', '/', ' '])
            .ends_with(['”', '"'])
    };
    let mut i = 0;
    while i < n {
        let t = paras[i].text;
        let starts = t.starts_with(['"', '“']);
        if starts && !left_open(t) {
            // a quotation of its own: "“Bình đẳng giới và an toàn …”."
            out[i] = closes(t);
            i += 1;
            continue;
        }
        if !left_open(t) {
            i += 1;
            continue;
        }
        let from = if starts { i } else { i + 1 };
        match (i + 1..n.min(i + 60)).find(|&j| closes(paras[j].text)) {
            Some(j) => {
                out[from..=j].iter_mut().for_each(|q| *q = true);
                i = j + 1;
            }
            None => i += 1,
        }
    }
    out
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
        details: None,
        block_start: 0,
        heading_item: None,
        block_heading: None,
        pending: Vec::new(),
        provisional: Vec::new(),
        labelled: (0, 0),
        table: table::Reader::default(),
        addressee: default_lead.clone(),
        date,
        plan,
        content_section: false,
        quote_follows: false,
    };
    if let Some(lead) = default_lead {
        walk.inherited.push(Inherited {
            depth: 0,
            lead,
            with: Vec::new(),
            items_name_partners: false,
        });
    }
    let quoted = quoted(paras);
    for (i, p) in paras.iter().enumerate() {
        if !quoted[i] {
            walk.quote_follows = quoted.get(i + 1) == Some(&true);
            walk.paragraph(p, paras.get(i + 1));
        }
    }
    walk.settle();
    walk.out
}
