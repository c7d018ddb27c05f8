//! A plan's task block labels ("Đơn vị chủ trì: X", "Trách nhiệm chỉ đạo thực hiện: Y",
//! "Thời gian thực hiện: Z"): the lead, partners and time they give the work of their block,
//! the work that waits for them, and the tasks a label makes of a heading.

use super::{Walk, coordinating_of, deadline, find_lead, name_field, output, partners, unit};
use crate::agency::{is_collective, name_at};
use crate::heading;
use crate::table;
use crate::text::{Span, words};
use crate::{Assignment, Field};

impl Walk {
    /// A plan's task block labels: "Đơn vị chủ trì: X", "Đơn vị phối hợp: Y", "Thời gian
    /// thực hiện: Z" name the lead, the coordinating agencies and the time of the tasks above
    /// them in the block, since the labels before (a block may hold several tasks, each with
    /// its labels). Whether the paragraph was one.
    pub(super) fn block_label(&mut self, text: &str, base: usize) -> bool {
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
            heading::Label::Lead if group.is_empty() && !self.pending.is_empty() => {
                if label_is_sentence(rest) && self.block_heading.is_some() {
                    self.pending.clear();
                    self.label_gives_work(rest, rbase, base + text.len());
                } else {
                    self.claim_pending(rest, rbase);
                }
                self.labelled = (group.start, self.out.len());
            }
            heading::Label::Lead if group.is_empty() && self.block_heading.is_some() => {
                self.label_gives_work(rest, rbase, base + text.len());
                self.labelled = (group.start, self.out.len());
            }
            heading::Label::Lead => {
                let mut names = label_names(rest, rbase);
                if !names.is_empty() {
                    let lead = names.remove(0);
                    for i in group.clone() {
                        if self.from_heading[i] {
                            self.out[i].lead = Some(lead.clone());
                            self.out[i].coordinating = names.clone();
                        }
                    }
                    self.provisional.retain(|i| !group.contains(i));
                }
                // the block's work that named no one is the label's too, in the order written
                if !self.pending.is_empty() {
                    // the block's order changes: none of it is provisional any more
                    self.provisional.retain(|&i| i < group.start);
                    self.claim_pending(rest, rbase);
                    let mut block: Vec<(Assignment, bool)> = self
                        .out
                        .drain(group.start..)
                        .zip(self.from_heading.drain(group.start..))
                        .collect();
                    block.sort_by_key(|(a, _)| a.span.start);
                    for (a, h) in block {
                        self.out.push(a);
                        self.from_heading.push(h);
                    }
                }
                self.labelled = (group.start, self.out.len());
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

    /// A lead label under a heading with no task above it ("4. Tổ chức kiểm tra việc thi hành
    /// Luật …" / "- Cơ quan thực hiện: Sở Nội vụ, các sở, ban, ngành …"): the heading is the
    /// work, and the block from it to the label (ending at `end`) its task. A label written
    /// as a sentence ("Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở … chủ động …") is
    /// read as one, each clause with its own lead.
    fn label_gives_work(&mut self, rest: &str, rbase: usize, end: usize) {
        let Some((item, start)) = self.block_heading.clone() else {
            return;
        };
        let first = self.out.len();
        if label_is_sentence(rest) {
            self.sentence(rest, rbase, &item, false, false);
            if self.out.len() == first + 1 {
                self.split_clauses(rest, rbase);
            }
        } else {
            let mut names = label_names(rest, rbase);
            if names.is_empty() {
                return;
            }
            let lead = names.remove(0);
            self.from_heading.push(false);
            self.out.push(Assignment {
                item: item.clone(),
                span: start..end,
                lead: Some(lead),
                coordinating: names,
                deadline: None,
                output: None,
            });
        }
        if let Some(a) = self.out.get_mut(first) {
            a.span.start = start;
        }
        if let Some(a) = self.out.last_mut() {
            a.span.end = a.span.end.max(end);
        }
    }

    /// The end of a block: the provisional further instructions no label confirmed go back
    /// into the task before them.
    pub(super) fn settle(&mut self) {
        let mut idx = std::mem::take(&mut self.provisional);
        idx.sort_unstable();
        for &i in idx.iter().rev() {
            if i == 0 || i >= self.out.len() {
                continue;
            }
            let a = self.out.remove(i);
            self.from_heading.remove(i);
            let prev = &mut self.out[i - 1];
            prev.span.end = prev.span.end.max(a.span.end);
            if prev.deadline.is_none() {
                prev.deadline = a.deadline;
            }
            if prev.output.is_none() {
                prev.output = a.output;
            }
        }
        let len = self.out.len();
        self.labelled = (self.labelled.0.min(len), self.labelled.1.min(len));
    }

    /// The work pending in the block goes to the lead and coordinating agencies the label
    /// names.
    fn claim_pending(&mut self, rest: &str, rbase: usize) {
        let mut names = label_names(rest, rbase);
        if names.is_empty() {
            return;
        }
        let lead = names.remove(0);
        for mut a in std::mem::take(&mut self.pending) {
            a.lead = Some(lead.clone());
            let own = std::mem::take(&mut a.coordinating);
            a.coordinating = names.iter().cloned().chain(own).collect();
            self.out.push(a);
            self.from_heading.push(false);
        }
    }

    /// Work that names no one, kept until a label names its lead: an item's first sentence,
    /// a further instruction of it, or the rest of the one before.
    pub(super) fn pend(
        &mut self,
        s: &str,
        sbase: usize,
        item: &str,
        opens_item: bool,
        ws: &[(usize, &str)],
    ) {
        let span: Span = sbase..sbase + s.len();
        let last = self.pending.last_mut().filter(|l| l.item == item);
        match last {
            Some(last) if !opens_item && !unit::is_instruction(ws) => {
                last.span.end = span.end;
                if last.deadline.is_none() {
                    last.deadline = deadline(s, sbase, self.date);
                }
            }
            _ if opens_item || last.is_some() => self.pending.push(Assignment {
                item: item.to_owned(),
                span,
                lead: None,
                coordinating: partners(s, sbase, ws),
                deadline: deadline(s, sbase, self.date),
                output: output(s, sbase),
            }),
            _ => {}
        }
    }
}

/// The names a lead label lists: "Sở Nội vụ, Sở Tài chính" (the first leads); collectives
/// listed lead jointly ("Các Sở, ngành, đơn vị, UBND cấp xã"); where semicolons part the
/// bodies, commas are inside them ("Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy
/// ban nhân dân tỉnh").
fn label_names(rest: &str, rbase: usize) -> Vec<Field<String>> {
    // "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các
    // sở, ngành liên quan": the one who leads, then the partners, the parts after it too
    if label_is_sentence(rest) {
        let first = rest.split(';').next().unwrap_or(rest);
        let ws = words(first);
        if let Some(lead) = find_lead(first, &ws) {
            let mut out = vec![name_field(first, rbase, &lead.name, 0.6)];
            out.extend(coordinating_of(first, &ws, &lead, rbase));
            if first.len() < rest.len() {
                let tail = &rest[first.len() + 1..];
                let more = rest.len() - tail.trim_start().len();
                out.extend(label_names(&rest[more..], rbase + more));
            }
            return out;
        }
    }
    let names = if rest.contains(';') {
        let mut from = 0;
        let mut out = Vec::new();
        for part in rest.split(';') {
            let t = part.trim().trim_end_matches(['.', ',']).trim_end();
            let at = from + (part.len() - part.trim_start().len());
            if !t.is_empty() && name_at(t, &words(t), 0).is_some() {
                out.push(Field {
                    value: t.to_owned(),
                    span: rbase + at..rbase + at + t.len(),
                    confidence: 0.6,
                });
            }
            from += part.len() + 1;
        }
        out
    } else {
        table::agencies(rest, rbase)
    };
    if names.len() > 1 && names.iter().all(|n| is_collective(&n.value)) {
        let span = names[0].span.start..names[names.len() - 1].span.end;
        return vec![Field {
            value: rest[span.start - rbase..span.end - rbase].to_owned(),
            span,
            confidence: names[0].confidence,
        }];
    }
    names
}

/// Whether a lead label is written as a sentence ("Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp
/// … chủ động …") rather than as a list of names.
fn label_is_sentence(rest: &str) -> bool {
    let ws = words(rest);
    // a name, then "chủ trì" or an instruction ("Sở Thông tin và Truyền thông đôn đốc …"), not
    // words that say which of them ("Các cơ quan, đơn vị theo quy định")
    find_lead(rest, &ws).is_some_and(|l| {
        rest[..l.name.start].trim().is_empty()
            && (l.rule == 1 || l.rule == 3 && unit::is_instruction(&ws[l.name.next_word..]))
    })
}
