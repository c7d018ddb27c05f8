//! Headings and labels: the lead a numbered heading names ("4. Sở Y tế", "3. Đối với Bộ
//! Công Thương:", "2. Giao Sở Nội vụ"), the labels of a plan's task blocks ("Đơn vị chủ trì:
//! …"), and the sections whose items are not tasks.

use crate::Field;
use crate::agency::{Name, head_at, name_at, stop_at, verb_at};
use crate::assign::{TRIGGERS, lower_words, name_field, phrase_at};
use crate::text::words;

/// What a plan's task block label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    /// The lead: "Đơn vị chủ trì:", "Cơ quan thực hiện:", "Đơn vị chủ trì tham mưu thực hiện:".
    Lead,
    /// The coordinating agencies: "Đơn vị phối hợp:", "Đơn vị phối hợp thực hiện:".
    With,
    /// The time: "Thời gian thực hiện:", "Thời hạn hoàn thành:", "Tiến độ:".
    Time,
}

/// A plan's task block label at the start of `text` ("- Đơn vị chủ trì: Sở Khoa học và Công
/// nghệ."): what it names, where the words after it start, and those words. A label is a few
/// words before a colon, opening with "Đơn vị", "Cơ quan", "Chủ trì", "Trách nhiệm" ("Trách
/// nhiệm chỉ đạo thực hiện:"), "Phối hợp" (and naming
/// "chủ trì", "thực hiện" or "phối hợp") or with "Thời gian", "Thời hạn", "Tiến độ".
pub(crate) fn block_label(text: &str) -> Option<(Label, usize, &str)> {
    let colon = text.find(':').filter(|&c| c < 80)?;
    let prefix = text[..colon].trim().to_lowercase();
    // "Chủ trì, phối hợp với các Bộ: Nông nghiệp …, Xây dựng … rà soát …" is work whose
    // partners are listed after the colon, not a label
    if prefix.split_whitespace().count() > 10 || prefix.split_whitespace().any(|w| w == "với") {
        return None;
    }
    let opens = |ws: &[&str]| ws.iter().any(|w| prefix.starts_with(w));
    let kind = if opens(&["thời gian", "thời hạn", "tiến độ"]) {
        Label::Time
    } else if opens(&["đơn vị", "cơ quan", "phối hợp"]) && prefix.contains("phối hợp")
    {
        Label::With
    } else if opens(&["đơn vị", "cơ quan", "chủ trì", "trách nhiệm"])
        && (prefix.contains("chủ trì") || prefix.contains("thực hiện"))
    {
        Label::Lead
    } else {
        return None;
    };
    let rest = &text[colon + 1..];
    let skip = text.len() - rest.trim_start().len();
    Some((kind, skip, rest.trim()))
}

/// Labels before the task itself ("a) Nhiệm vụ: Tham mưu …").
pub(crate) const TASK_LABELS: &[&str] = &[
    "Nhiệm vụ",
    "Nội dung",
    "Nội dung thực hiện",
    "Nội dung công việc",
];

/// Verbs after a body's name by which it approves what others said or did.
const APPROVES: &[&str] = &[
    "thống nhất",
    "tán thành",
    "nhất trí",
    "ghi nhận",
    "cơ bản thống nhất",
    "cơ bản nhất trí",
];

/// Words before the name of a heading that gives the duties of a body.
const DUTIES_OF: &[&str] = &[
    "yêu cầu đối với",
    "trách nhiệm của",
    "trách nhiệm chung của",
    "nhiệm vụ của",
    "nhiệm vụ chung của",
    "nhiệm vụ cụ thể của",
];

/// Whether a text opens with a topic naming a body ("Đối với …", "Trách nhiệm của …",
/// "Yêu cầu đối với …"), not with a word that gives it work.
pub(crate) fn opens_topic(ws: &[(usize, &str)]) -> bool {
    lower_words(ws, 0, 2).as_deref() == Some("đối với") || phrase_at(ws, 0, DUTIES_OF).is_some()
}

/// Where a heading's name starts: after "Đối với" ("3. Đối với Bộ Công Thương:"), after a
/// word that gives the work ("2. Giao Sở Nội vụ", "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt
/// Nam tỉnh", "Giao cho Sở Y tế:"), or at once.
pub(crate) fn after_doi_voi(ws: &[(usize, &str)]) -> usize {
    if lower_words(ws, 0, 2).as_deref() == Some("đối với") {
        return 2;
    }
    // "1. Trách nhiệm chung của các cơ quan, đơn vị", "Nhiệm vụ của Sở Y tế:"
    if let Some(n) = phrase_at(ws, 0, DUTIES_OF) {
        return n;
    }
    match phrase_at(ws, 0, TRIGGERS) {
        Some(n) if ws.get(n).is_some_and(|(_, w)| *w == "cho") => n + 1,
        Some(n) => n,
        None => 0,
    }
}

/// The text after `label:` at the start of `text`, for the first label of `labels` there.
pub(crate) fn after_label<'t>(text: &'t str, labels: &[&str]) -> Option<(usize, &'t str)> {
    let mut sorted: Vec<&&str> = labels.iter().collect();
    sorted.sort_by_key(|l| std::cmp::Reverse(l.len()));
    sorted.into_iter().find_map(|l| {
        let rest = text.strip_prefix(*l)?.trim_start().strip_prefix(':')?;
        let skip = text.len() - rest.trim_start().len();
        Some((skip, rest.trim()))
    })
}

/// Words of a section heading whose items say why or what was done, not who must do what.
pub(crate) const NOT_TASKS: &[&str] = &[
    "MỤC ĐÍCH",
    "YÊU CẦU",
    "ĐÁNH GIÁ",
    "KẾT QUẢ",
    "TÌNH HÌNH",
    "QUAN ĐIỂM",
    "MỤC TIÊU",
    "CĂN CỨ",
    "BỐI CẢNH",
    "Mục đích",
    "Yêu cầu",
    "Đánh giá",
    "Kết quả",
    "Tình hình",
    "Mục tiêu",
    "Quan điểm",
];

/// Whether a section heading opens with what describes the work, not who does it: the
/// criteria, standards, forms, people, scope, time or place of a plan ("1. Tiêu chí thi đua",
/// "III. HÌNH THỨC KHEN THƯỞNG", "1. Thời gian thực hiện"), or its solutions ("IV. GIẢI PHÁP
/// THỰC HIỆN"); not a heading that also gives duties ("V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC
/// HIỆN", "III. GIẢI PHÁP VÀ NHIỆM VỤ").
pub(crate) fn describes_section(text: &str) -> bool {
    const OPENS: &[&str] = &[
        "TIÊU CHÍ",
        "TIÊU CHUẨN",
        "HÌNH THỨC",
        "ĐỐI TƯỢNG",
        "PHẠM VI",
        "THỜI GIAN",
        "ĐỊA ĐIỂM",
        "GIẢI PHÁP",
    ];
    const DUTIES: &[&str] = &["NHIỆM VỤ", "TRÁCH NHIỆM", "TỔ CHỨC THỰC HIỆN", "PHÂN CÔNG"];
    let t = text.trim_start().to_uppercase();
    OPENS.iter().any(|w| t.starts_with(w)) && !DUTIES.iter().any(|w| t.contains(w))
}

/// Whether a numbered paragraph is a heading: short, and not ended like a sentence.
pub(crate) fn is_heading(text: &str) -> bool {
    let t = text.trim_end();
    t.len() < 160 && !t.ends_with(['.', ';', ':']) && !t.ends_with("./.")
}

/// Whether an agency name (or several, separated by ";" or ",") is all a heading says:
/// "4. Sở Nông nghiệp và Môi trường", "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND
/// các xã, phường".
pub(crate) fn names_only(text: &str) -> Option<Vec<Name>> {
    let t = text.trim_end().trim_end_matches([':', '.', ';']);
    let ws = words(t);
    let k = after_doi_voi(&ws);
    let mut out = Vec::new();
    let mut i = k;
    while i < ws.len() {
        let n = name_at(t, &ws, i)?;
        i = n.next_word;
        let end = n.end;
        out.push(n);
        match ws.get(i) {
            None => return (t[end..].trim().is_empty()).then_some(out),
            Some(&(at, w)) => {
                let gap = t[end..at].trim();
                if !(matches!(gap, ";" | "," | "/") || (gap.is_empty() && w == "và")) {
                    return None;
                }
                if w == "và" {
                    i += 1;
                }
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Words after a heading's lead that single some of its bodies out.
const SINGLES_OUT: &[&str] = &[", trong đó ", ", nhất là ", ", đặc biệt là "];

/// Words closing a heading that introduces the duties listed under it.
const DUTIES: &[&str] = &[
    "có trách nhiệm thực hiện các nhiệm vụ sau",
    "thực hiện các nhiệm vụ sau",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "có nhiệm vụ",
    "thực hiện",
];

/// A shared list prefix (`Các Bộ: Công Thương, Giao thông vận tải, Xây dựng:`, `Đối với các
/// Tập đoàn: …`) distributed over the names listed after the colon: "Bộ Công Thương", "Bộ
/// Giao thông vận tải", "Bộ Xây dựng". "Bộ Văn hóa, Thể thao và Du lịch" keeps its comma.
/// The first name's span runs from the head word.
pub(crate) fn list_prefix(text: &str, base: usize) -> Option<Vec<Field<String>>> {
    let t = text.trim_end().trim_end_matches([':', '.', ';']).trim_end();
    let ws = words(t);
    let (head, head_start, colon) = prefix_head(t, &ws)?;
    distribute(t, head, head_start, colon, t.len(), base)
}

/// The head word of a shared list prefix at the start of `text` ("Bộ" of "Các Bộ: …", after
/// "Đối với"): capitalised, at most two words, a head of names; where it starts, and where
/// its colon is.
fn prefix_head<'t>(text: &'t str, ws: &[(usize, &str)]) -> Option<(&'t str, usize, usize)> {
    let k = after_doi_voi(ws);
    let &(at, w) = ws.get(k)?;
    if !matches!(w, "Các" | "các") {
        return None;
    }
    let colon = at + text[at..].find(':')?;
    let head_start = ws.get(k + 1)?.0;
    let head = text[head_start..colon].trim();
    if head.split_whitespace().count() > 2 || !head.starts_with(char::is_uppercase) {
        return None;
    }
    head_at(ws, k + 1)?;
    Some((head, head_start, colon))
}

/// A shared list prefix opening a sentence, the list ending before the verb: "Các Bộ: Quốc
/// phòng, Công an chủ động chỉ đạo …" gives "Bộ Quốc phòng" (the lead) and "Bộ Công an" (who
/// coordinates).
pub(crate) fn list_prefix_inline(text: &str, base: usize) -> Option<Vec<Field<String>>> {
    let ws = words(text);
    let (head, head_start, colon) = prefix_head(text, &ws)?;
    // the list ends at the first verb after the colon
    let first = ws.iter().position(|&(a, _)| a > colon)?;
    let end = (first..ws.len()).find(|&j| verb_at(&ws, j))?;
    let list_end = ws[end - 1].0 + ws[end - 1].1.len();
    if end == first || !text[list_end..ws[end].0].trim().is_empty() {
        return None;
    }
    distribute(text, head, head_start, colon, list_end, base)
}

/// The names of a list prefix: `head` ("Bộ") put before each of the names listed between
/// `colon` and `end`, when there are at least two and each looks like a name.
fn distribute(
    t: &str,
    head: &str,
    head_start: usize,
    colon: usize,
    end: usize,
    base: usize,
) -> Option<Vec<Field<String>>> {
    let list = &t[colon + 1..end];
    let mut parts: Vec<(usize, &str)> = Vec::new();
    let mut off = colon + 1;
    for seg in list.split([',', ';']) {
        let value = seg.trim();
        let start = off + (seg.len() - seg.trim_start().len());
        off += seg.len() + 1;
        match parts.last_mut() {
            // "Văn hóa, Thể thao và Du lịch"
            Some((s0, prev)) if crate::standard::field_goes_on(prev, value) => {
                *prev = &t[*s0..start + value.len()];
            }
            _ => parts.push((start, value)),
        }
    }
    // "…, Xây dựng và các cơ quan liên quan": the last may add bodies of no such head
    let mut others = None;
    if let Some((s0, last)) = parts.last_mut()
        && let Some(k) = last.find(" và ")
        && last[k + 5..].starts_with(char::is_lowercase)
    {
        let at = *s0 + k + 5;
        others = Some(Field {
            value: last[k + 5..].to_owned(),
            span: base + at..base + *s0 + last.len(),
            confidence: 0.6,
        });
        *last = &last[..k];
    }
    let ok = parts.len() >= 2
        && parts.iter().all(|(_, p)| {
            !p.is_empty() && p.split_whitespace().count() <= 8 && p.starts_with(char::is_uppercase)
        });
    if !ok {
        return None;
    }
    Some(
        parts
            .iter()
            .enumerate()
            .map(|(i, &(start, p))| {
                let from = if i == 0 { head_start } else { start };
                Field {
                    value: format!("{head} {p}"),
                    span: base + from..base + start + p.len(),
                    confidence: 0.6,
                }
            })
            .chain(others)
            .collect(),
    )
}

/// Verbs right after a heading's name that give it the duties of the items under it.
const DUTY_VERBS: &[&str] = &[
    "chủ trì",
    "thực hiện",
    "có trách nhiệm",
    "chịu trách nhiệm",
    "có nhiệm vụ",
    "triển khai",
    "khẩn trương",
    "tập trung",
    "tiếp tục",
    "phối hợp",
    "chỉ đạo",
    "tham mưu",
    "hướng dẫn",
    "tăng cường",
    "theo dõi",
    "đôn đốc",
    "cần",
    "phải",
];

/// The lead a heading names: "4. Sở Y tế", "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch
/// UBND các xã, phường" (the first of several), "3. Đối với Bộ Công Thương:", or a heading
/// that starts with a name and goes on describing whom it means ("5. Các tổ chức, cá nhân
/// khai thác nước dưới đất trên địa bàn"), taken whole. When sub-items follow (`sub_items`),
/// a heading whose name goes on with other words is still a heading ("4. Các Sở Xây dựng
/// nêu trên", "7. Cục Kinh tế - Quản lý đầu tư xây dựng"), taken whole, or only the name
/// when the words after it give the duty ("3. Sở Tài chính chủ trì thực hiện các nội dung
/// sau").
pub(crate) fn heading_lead(text: &str, base: usize, sub_items: bool) -> Option<Field<String>> {
    let mut t = text.trim_end().trim_end_matches([':', '.', ';']).trim_end();
    // "11. Các đơn vị cấp nước sạch trên địa bàn có trách nhiệm" heads the duties under it
    for duty in DUTIES {
        if let Some(rest) = t.strip_suffix(duty) {
            t = rest.trim_end().trim_end_matches(',').trim_end();
            break;
        }
    }
    // "8. Cục Báo chí, Cục Phát thanh …: Tham mưu Lãnh đạo Bộ chỉ đạo …:": the names before
    // an inner colon lead, the first of them
    if let Some(names) = t.find(':').and_then(|c| names_only(&t[..c])) {
        return Some(name_field(t, base, &names[0], 0.8));
    }
    let ws = words(t);
    let k = after_doi_voi(&ws);
    // "3. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án", "1. Các cơ quan đăng ký đầu tư
    // (Sở Tài chính, …):": a head that names no body says which it means in the words after
    if let Some(name) = name_at(t, &ws, k)
        && crate::agency::is_generic(&t[name.start..name.end])
    {
        let whole = t.find(" (").map_or(t, |b| t[..b].trim_end());
        if whole.len() > name.end && whole.split_whitespace().count() <= 16 {
            let span = base + name.start..base + whole.len();
            return Some(Field {
                value: whole[name.start..].to_owned(),
                span,
                confidence: 0.5,
            });
        }
    }
    if let Some(names) = names_only(t) {
        // "11. Các sở, ban, ngành, UBND các xã, phường": collectives side by side lead jointly,
        // as they do in a sentence
        let last = &names[names.len() - 1];
        if names.len() > 1
            && names
                .iter()
                .all(|n| crate::agency::is_collective(&t[n.start..n.end]))
        {
            return Some(Field {
                value: t[names[0].start..last.end].to_owned(),
                span: base + names[0].start..base + last.end,
                confidence: 0.7,
            });
        }
        return Some(name_field(t, base, &names[0], 0.8));
    }
    let name = name_at(t, &ws, k)?;
    // "7. Ủy ban nhân dân các xã, phường có cụm công nghiệp": a name and what singles it out,
    // with no verb after, is the whole lead
    if lower_words(&ws, name.next_word, 1).as_deref() == Some("có")
        && ws.len() - name.next_word <= 8
        && (name.next_word + 1..ws.len()).all(|j| !stop_at(&ws, j))
        && !t[name.end..].contains([',', ';', '(', ':'])
    {
        return Some(Field {
            value: t[name.start..].to_owned(),
            span: base + name.start..base + t.len(),
            confidence: 0.5,
        });
    }
    // "Điều 1. Hội đồng nhân dân tỉnh thống nhất với nội dung chất vấn …, cụ thể như sau:":
    // what a body approves gives its items no lead
    if phrase_at(&ws, name.next_word, APPROVES).is_some() {
        return None;
    }
    // "Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện …
    // sau:": the one asked leads the items, not the one asking
    if let Some(n) = phrase_at(&ws, name.next_word, TRIGGERS)
        && let Some(asked) = name_at(t, &ws, name.next_word + n)
    {
        return Some(name_field(t, base, &asked, 0.6));
    }
    // "2. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến …": the name before
    // the colon leads, the words after it say what it is to do
    if t[name.end..].trim_start().starts_with(':') {
        return Some(name_field(t, base, &name, 0.6));
    }
    // "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:": the name leads
    if t[name.end..].trim_start().starts_with(',')
        && ws
            .get(name.next_word)
            .is_some_and(|&(at, _)| t[name.end..at].trim() == ",")
        && stop_at(&ws, name.next_word)
    {
        return Some(name_field(t, base, &name, 0.6));
    }
    // a sentence with a verb after the name is not a heading
    if name.next_word < ws.len()
        && stop_at(&ws, name.next_word)
        && !t[name.end..].trim_start().starts_with([',', ';'])
    {
        if !sub_items {
            return None;
        }
        // "7. Ban Quản lý các khu công nghiệp chỉ đạo các đơn vị …" over its items: the name
        // leads; "4. Các Sở Xây dựng nêu trên", "3. Đối với các Bộ quản lý chuyên ngành"
        // describe whom they mean and are taken whole
        if phrase_at(&ws, name.next_word, DUTY_VERBS).is_some() {
            return Some(name_field(t, base, &name, 0.6));
        }
    }
    let start = name.start;
    // "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng
    // tâm là các tỉnh: …": the words that single some of them out are no part of the lead
    let t = SINGLES_OUT
        .iter()
        .filter_map(|p| t[name.end..].find(p).map(|i| name.end + i))
        .min()
        .map_or(t, |cut| &t[..cut]);
    // "5. Các chủ rừng là tổ chức (các Ban quản lý rừng …)": the words in brackets explain it
    let t = match t.strip_suffix(')').and_then(|r| r.rfind('(')) {
        Some(open) if open > name.end => t[..open].trim_end(),
        _ => t,
    };
    // "3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập
    // trung lãnh đạo, chỉ đạo …:": the words before the duty verb name whom it means
    let duty = (name.next_word..ws.len()).find(|&j| {
        ws[j].0 < t.len()
            && !ws[j].1.starts_with(char::is_uppercase)
            && phrase_at(&ws, j, DUTY_VERBS).is_some()
    });
    let t = match duty {
        Some(j) if ws[j].0 > name.end => t[..ws[j].0].trim_end().trim_end_matches(','),
        _ => t,
    };
    Some(Field {
        value: t[start..].to_owned(),
        span: base + start..base + t.len(),
        confidence: 0.6,
    })
}
