//! Headings and lead-ins: the lead a heading or a lead-in gives the items under it
//! ("3. Đối với Bộ Công Thương:", "… Chủ tịch UBND tỉnh giao:"), the sections whose items are
//! not tasks, and the items whose work the items under them only detail.

use super::{Below, Inherited, Walk, deadline, find_lead, name_field};
use crate::Field;
use crate::agency::{is_collective, name_at};
use crate::heading::{self, NOT_TASKS, after_doi_voi, heading_lead, is_heading};
use crate::items::Mark;
use crate::text::{sentences, words};

impl Walk {
    /// Gives the items under the current one `lead`.
    pub(super) fn inherit(&mut self, lead: Field<String>) {
        self.inherit_with(lead, Vec::new());
    }

    /// A heading's lead with the partners it names beside it, for the items under it.
    fn inherit_with(&mut self, lead: Field<String>, with: Vec<Field<String>>) {
        let lead = self.resolve(lead);
        self.inherited.push(Inherited {
            depth: self.path.depth(),
            lead,
            with,
            items_name_partners: false,
        });
    }

    /// A heading or a lead-in: it gives the items under it their lead and is no assignment
    /// itself. Whether the paragraph was one.
    pub(super) fn heading(&mut self, text: &str, base: usize, marked: bool, below: Below) -> bool {
        // "Bên cạnh đó, đề nghị lưu ý tuân thủ quy định tại Điều 58 Luật … như sau:" over a
        // quotation: the work is the lead-in's own, the quotation says what it is
        if self.quote_follows {
            return false;
        }
        let short_lead_in = text.trim_end().ends_with(':')
            && text.chars().count() < 200
            && sentences(text).len() == 1;
        // a longer title with items under it and no full stop is a heading too
        // ("2. Tăng cường tuyên truyền, phổ biến … về công tác xây dựng pháp luật"), unless it
        // names whom it gives work to
        let titled = below.sub_items
            && text.len() < 400
            && !text.trim_end().ends_with('.')
            && !text.contains(';')
            && find_lead(text, &words(text)).is_none();
        // "1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản."
        // over its items: a topic naming a body is a heading, full stop and all
        let topic = below.sub_items
            && text.chars().count() < 200
            && sentences(text).len() == 1
            && heading::opens_topic(&words(text));
        let heading_like = marked && (is_heading(text) || short_lead_in || titled || topic);
        // "1. Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:": the first leads, the others
        // coordinate
        if (heading_like || text.trim_end().ends_with(':'))
            && let Some(mut names) = heading::list_prefix(text, base)
        {
            let lead = names.remove(0);
            self.inherit_with(lead, names);
            self.heading_item = Some(self.path.label());
            return true;
        }
        // "4. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh", "5. Sở Y tế, Sở
        // Nội vụ": bodies named side by side, the first leading, the others coordinating
        // (collectives listed together are one joint lead: "11. Các sở, ban, ngành, UBND các
        // xã, phường")
        if heading_like
            && let Some(names) = heading::names_only(text)
                .filter(|n| n.len() > 1 && !n.iter().all(|n| is_collective(&text[n.start..n.end])))
        {
            let mut fields: Vec<Field<String>> = names
                .iter()
                .map(|n| name_field(text, base, n, 0.8))
                .collect();
            let lead = fields.remove(0);
            self.inherit_with(lead, fields);
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
                if NOT_TASKS.iter().any(|w| text.contains(w)) || heading::describes_section(text) {
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
            self.lead_in(lead);
        }
        true
    }

    /// A lead-in that names who does the work below it ("Để tiếp tục …, thành phố Đà Nẵng
    /// cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:"): its items are tasks,
    /// even at the end of a section of assessment ("I. ĐÁNH GIÁ CHUNG").
    pub(super) fn lead_in(&mut self, lead: Field<String>) {
        self.not_tasks = None;
        self.inherit(lead);
    }

    /// "- Các cơ sở KCB thực hiện mã hóa, ghi chép như sau:" over "+ Chọn mã số “3” …": the
    /// item that names its lead and its work is the task, and the items under it say how to
    /// do it. Whether the paragraph was such an item or one of its details.
    pub(super) fn detail(&mut self, text: &str, base: usize, marked: bool, below: Below) -> bool {
        let depth = self.path.depth();
        if let Some(d) = self.details {
            if marked && depth <= d {
                self.details = None;
            } else if let Some(last) = self.out.last_mut() {
                last.span.end = base + text.len();
                if last.deadline.is_none() {
                    last.deadline = deadline(text, base, self.date);
                }
                return true;
            }
        }
        let t = text.trim_end();
        // "… thực hiện các nội dung như sau:" lists tasks, not details
        let lists_tasks = ["nhiệm vụ", "nội dung", "công việc", "giải pháp"]
            .iter()
            .any(|w| t.contains(w));
        let own_work = || {
            find_lead(t, &words(t))
                .is_some_and(|l| l.rule <= 3 && t[..l.name.start].trim().is_empty())
        };
        // a bullet or a lettered point, not a section that lists its items "như sau:"
        let low = matches!(
            self.path.innermost(),
            Some(Mark::Dash | Mark::Plus | Mark::Letter | Mark::Bracketed)
        );
        if !(marked && low && below.sub_items && t.ends_with("như sau:") && !lists_tasks)
            || sentences(t).len() != 1
            || !own_work()
        {
            return false;
        }
        let n = self.out.len();
        let item = self.path.label();
        self.sentence(t, base, &item, true, true);
        if self.out.len() == n {
            return false;
        }
        self.details = Some(depth);
        true
    }
}

/// Whether a plan's section leaves its work to no one unless someone is named for it: every
/// section but the one that gives duties ("IV. TỔ CHỨC THỰC HIỆN", "V. PHÂN CÔNG NHIỆM VỤ",
/// "TRÁCH NHIỆM THỰC HIỆN") or names whose work it lists ("II. NHIỆM VỤ CHỦ YẾU CỦA BỘ …").
/// Under "II. NỘI DUNG KẾ HOẠCH", "III. KINH PHÍ", "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU" a
/// plan says what is to be done; who does it, its section on organising says (on the corpus
/// sets, reading them so drops 94 extracted tasks no annotator counted and gives up none).
pub(super) fn is_content_section(text: &str) -> bool {
    let t = text.to_uppercase();
    !["TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG", "TRÁCH NHIỆM", " CỦA "]
        .iter()
        .any(|w| t.contains(w))
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
