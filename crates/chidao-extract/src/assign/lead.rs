//! Who a sentence gives its work to: the lead (the rules 1 to 5 of [`super`], and a name
//! after the dash that ends an item) and the coordinating agencies.

use crate::Field;
use crate::agency::{Name, head_at, is_collective, name_at, stop_at};

/// Words that open a sentence before its subject without changing it.
const OPENERS: &[&str] = &[
    "đồng thời",
    "trong đó",
    "ngoài ra",
    "theo đó",
    "bên cạnh đó",
];
/// The address before a title: "(các) đồng chí Bộ trưởng …".
const COMRADES: &[&str] = &["các đồng chí", "đồng chí"];

/// Word `k`, or the word after the address there when a title follows it ("các đồng chí Bộ
/// trưởng …" → "Bộ").
fn past_address(ws: &[(usize, &str)], k: usize) -> usize {
    phrase_at(ws, k, COMRADES)
        .filter(|&n| head_at(ws, k + n).is_some())
        .map_or(k, |n| k + n)
}
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
    // the words from `i` on in lower case, joined one more at a time, each made once
    let longest = list.iter().map(|p| p.split(' ').count()).max()?;
    let mut joined: Vec<String> = Vec::with_capacity(longest);
    for &(_, w) in ws.get(i..)?.iter().take(longest) {
        let lower = w.to_lowercase();
        let next = match joined.last() {
            Some(before) => format!("{before} {lower}"),
            None => lower,
        };
        joined.push(next);
    }
    list.iter().map(|p| p.split(' ').count()).find(|&n| {
        joined
            .get(n - 1)
            .is_some_and(|w| list.contains(&w.as_str()))
    })
}

/// A lead found in a sentence: the name, and the words after it.
pub(super) struct Lead {
    /// The lead's name in the sentence.
    pub(super) name: Name,
    /// The rule that found it (1 to 5, as numbered in [`super`]).
    pub(super) rule: u8,
}

pub(super) fn find_lead(s: &str, ws: &[(usize, &str)]) -> Option<Lead> {
    let mut lead = first_lead(s, ws)?;
    shared_tail(s, ws, &mut lead.name);
    if lead.rule != 1 {
        joint_collectives(s, ws, &mut lead.name);
    }
    if let Some(alias) = alias_of(s, ws, &lead.name) {
        lead.name = alias;
    }
    Some(lead)
}

/// The short name the text gives the lead and those listed with it: "… đề nghị các Bộ, cơ
/// quan ngang bộ, cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan trung ương) …", "…
/// yêu cầu các Bộ trưởng, …, Chủ tịch Ủy ban nhân dân các tỉnh … (sau đây gọi tắt là các bộ,
/// cơ quan trung ương và địa phương)". The documents call them so from there on.
fn alias_of(s: &str, ws: &[(usize, &str)], name: &Name) -> Option<Name> {
    const SO_CALLED: &[&str] = &["(sau đây gọi tắt là ", "(sau đây gọi là ", "(gọi tắt là "];
    let rest = &s[name.end..];
    let (open, phrase) = SO_CALLED
        .iter()
        .filter_map(|p| rest.find(p).map(|i| (i, *p)))
        .min()?;
    // only names listed before it, no other clause
    if open > 400 || rest[..open].contains(['.', ';', ':', '(']) {
        return None;
    }
    let from = name.end + open + phrase.len();
    let close = from + s[from..].find(')')?;
    let alias = s[from..close].trim().trim_matches(['"', '“', '”']).trim();
    let start = from + s[from..].find(alias)?;
    let next_word = ws
        .iter()
        .position(|&(at, _)| at > close)
        .unwrap_or(ws.len());
    (!alias.is_empty()).then_some(Name {
        start,
        end: start + alias.len(),
        next_word,
    })
}

/// A head that names no one by itself, then a comma and a collective whose words say whose
/// both are: "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố" is one joint lead, the
/// councils and the committees of the provinces.
fn shared_tail(s: &str, ws: &[(usize, &str)], name: &mut Name) {
    const BARE: &[&str] = &[
        "hội đồng nhân dân",
        "ủy ban nhân dân",
        "uỷ ban nhân dân",
        "hđnd",
        "ubnd",
    ];
    // the comma first: it is the cheap test, and most names have none after them
    let comma = ws
        .get(name.next_word)
        .is_some_and(|&(at, _)| s[name.end..at].trim() == ",");
    if !comma || !BARE.contains(&s[name.start..name.end].to_lowercase().as_str()) {
        return;
    }
    if let Some(next) = name_at(s, ws, name.next_word).filter(|n| {
        let t = s[n.start..n.end].to_lowercase();
        t.contains(" các ") || t.contains(" cấp ")
    }) {
        name.end = next.end;
        name.next_word = next.next_word;
    }
}

/// Collectives listed one after the other are one joint lead, as a tracker keeps them: "Giao
/// các sở, ban, ngành, UBND các huyện, thành phố khẩn trương …", "Các Sở, ngành, đơn vị, UBND
/// cấp xã …". Names of single agencies listed so keep the first as lead, the others
/// coordinating.
fn joint_collectives(s: &str, ws: &[(usize, &str)], name: &mut Name) {
    if !is_collective(&s[name.start..name.end]) {
        return;
    }
    let next = name.next_word;
    // "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố … căn cứ …": semicolons
    // may part them too
    let comma = ws
        .get(next)
        .is_some_and(|&(at, _)| matches!(s[name.end..at].trim(), "," | ";"));
    if !comma {
        return;
    }
    let more = listed(s, ws, next);
    let all = !more.is_empty() && more.iter().all(|n| is_collective(&s[n.start..n.end]));
    if let (true, Some(last)) = (all, more.last()) {
        name.end = last.end;
        name.next_word = last.next_word;
    }
}

/// A head that names no body by itself goes on with the words in lower case that say which
/// body it means, up to its duty: "Cơ quan phối hợp có trách nhiệm trả lời …" is led by
/// "Cơ quan phối hợp".
fn described(s: &str, ws: &[(usize, &str)], name: &mut Name) {
    if !crate::agency::is_generic(&s[name.start..name.end]) {
        return;
    }
    let from = name.next_word;
    let Some(k) = (from + 1..ws.len().min(from + 10)).find(|&k| {
        phrase_at(ws, k, DUTIES).is_some() || lower_words(ws, k, 2).as_deref() == Some("chủ trì")
    }) else {
        return;
    };
    let words_only = (from..k).all(|j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        s[prev_end..ws[j].0].trim().is_empty() && !ws[j].1.starts_with(char::is_uppercase)
    });
    if words_only {
        name.end = ws[k - 1].0 + ws[k - 1].1.len();
        name.next_word = k;
    }
}

/// Titles before a person's name.
const TITLES: &[&str] = &["ông", "bà", "đồng chí"];

/// A person given work by name before a colon: "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ
/// trách chung …", "Bà Nguyễn Thị A, Phó Giám đốc Sở: theo dõi …". The name is kept as
/// written, with the role, for the clerk to match to a body.
fn person_label(s: &str, ws: &[(usize, &str)]) -> Option<Name> {
    let n = phrase_at(ws, 0, TITLES)?;
    let colon = s.find(':')?;
    let end = ws.iter().position(|&(at, _)| at > colon)?;
    // a name of two to four capitalised words comes first, before the role
    let named = (n..end)
        .take_while(|&k| {
            let plain = k == n
                || s[ws[k - 1].0 + ws[k - 1].1.len()..ws[k].0]
                    .trim()
                    .is_empty();
            plain && ws[k].1.starts_with(char::is_uppercase)
        })
        .count();
    if !(2..=4).contains(&named) || end > n + 16 {
        return None;
    }
    Some(Name {
        start: ws[0].0,
        end: s[..colon].trim_end().len(),
        next_word: end,
    })
}

fn first_lead(s: &str, ws: &[(usize, &str)]) -> Option<Lead> {
    // 0. a person by name before a colon
    if let Some(name) = person_label(s, ws) {
        return Some(Lead { name, rule: 2 });
    }
    // 1. "X chủ trì"
    let mut i = 0;
    while i < ws.len() {
        if let Some(n) = name_at(s, ws, i) {
            // "các dự án do Bộ Công an chủ trì" says who leads something else; "Chỉ đạo Sở Y tế
            // chủ trì …" asks the one addressed to direct the agency, who is not the lead
            let relative = i > 0 && lower_words(ws, i - 1, 1).as_deref() == Some("do");
            let directed = i >= 2 && lower_words(ws, i - 2, 2).as_deref() == Some("chỉ đạo");
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
    // "Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …": the address before a title
    start = past_address(ws, start);
    // 2. "Giao X …" at the start, or "Giao nhiệm vụ (cho) X …" (inside a sentence those
    // words name a mechanism: "cơ chế đặt hàng, giao nhiệm vụ cho các doanh nghiệp …")
    if let Some(name) = given_at(s, ws, start).or_else(|| {
        let n = phrase_at(ws, start, &["giao nhiệm vụ cho", "giao nhiệm vụ"])?;
        name_at(s, ws, start + n)
    }) {
        return Some(Lead { name, rule: 2 });
    }
    // 3. "X có trách nhiệm …" (or "X, Y và Z có trách nhiệm …") at the start
    if let Some(mut name) = name_at(s, ws, start) {
        described(s, ws, &mut name);
        let mut after = name.next_word;
        // "Sở Y tế (Trung tâm Kiểm soát bệnh tật) tổ chức …": the words in brackets explain
        // the name, the verb comes after them
        if s[name.end..].trim_start().starts_with('(')
            && let Some(close) = s[name.end..].find(')')
        {
            let close = name.end + close;
            after = ws
                .iter()
                .position(|&(at, _)| at > close)
                .unwrap_or(ws.len());
        }
        let gap_is_comma = ws
            .get(after)
            .is_some_and(|&(at, _)| matches!(s[name.end..at].trim(), "," | ";"));
        if gap_is_comma || ws.get(after).is_some_and(|(_, w)| *w == "và") {
            let from = if gap_is_comma { after } else { after + 1 };
            if let Some(last) = listed(s, ws, from).last() {
                after = last.next_word;
            }
        }
        // "Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội … phải đi đầu …":
        // the words that single some of them out go on to the duty
        if phrase_at(ws, after, &["nhất là", "đặc biệt là"]).is_some()
            && let Some(k) = (after + 2..ws.len().min(after + 30)).find(|&k| {
                phrase_at(ws, k, DUTIES).is_some() && !s[ws[after].0..ws[k].0].contains([';', '.'])
            })
        {
            after = k;
        }
        // "Chủ tịch UBND tỉnh giao Sở Xây dựng …": the one given the work leads
        if let Some(given) = given_at(s, ws, after) {
            return Some(Lead {
                name: given,
                rule: 2,
            });
        }
        let next = ws.get(after).map(|(_, w)| w.to_lowercase());
        // what was done, or the closing formula ("Văn phòng Chính phủ trân trọng thông báo")
        let reported = matches!(
            next.as_deref(),
            Some("đã" | "được" | "là" | "của" | "về" | "thông" | "trân" | "xin")
        ) || phrase_at(ws, after, ACKNOWLEDGES).is_some()
            || phrase_at(ws, after, &["nhận được"]).is_some()
            || issued_at(ws, after);
        let colon = s[name.end..].trim_start().starts_with(':');
        if !reported && (colon || stop_at(ws, after)) && after < ws.len() {
            return Some(Lead { name, rule: 3 });
        }
    }
    // 4. a trigger inside the sentence; after a subject that asks ("…, Hội đồng nhân dân
    // tỉnh yêu cầu Ủy ban nhân dân tỉnh …") it gives the work as plainly as at the start
    for i in start + 1..ws.len() {
        if let Some(name) = given_at(s, ws, i) {
            // names open with a capital or "các"
            let asked = (i.saturating_sub(12)..i).any(|j| {
                (ws[j].1.starts_with(char::is_uppercase) || ws[j].1 == "các")
                    && name_at(s, ws, j).is_some_and(|n| n.next_word == i)
            });
            let rule = if asked { 2 } else { 4 };
            return Some(Lead { name, rule });
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

/// The name given the work by a trigger at word `i` ("giao X", "đề nghị X", "giao cho X").
fn given_at(s: &str, ws: &[(usize, &str)], i: usize) -> Option<Name> {
    let n = phrase_at(ws, i, TRIGGERS)?;
    // "Quyết định số 41/QĐ-TCT về việc giao Cục Thuế … chỉ tiêu …" names what a cited
    // decision is about, not work this text gives
    if i >= 2 && lower_words(ws, i - 2, 2).as_deref() == Some("về việc") {
        return None;
    }
    let k = i + n + usize::from(ws.get(i + n).is_some_and(|(_, w)| *w == "cho"));
    // "yêu cầu đồng chí Cục trưởng Cục Thuế …": the address before a title
    let k = past_address(ws, k);
    name_at(s, ws, k).or_else(|| referred_at(ws, k))
}

/// Bodies a letter refers back to, in lower case, after a trigger: "yêu cầu đơn vị nêu
/// trên …", "đề nghị cơ quan liên quan …". Kept as written, for the clerk to resolve.
const REFERRED: &[&str] = &["đơn vị", "cơ quan", "doanh nghiệp", "địa phương"];
/// What makes such a noun refer to a body named before or known: "nêu trên", "có liên quan".
const REFERRING: &[&str] = &["nêu trên", "trên", "có liên quan", "liên quan", "được giao"];

/// A body referred back to at word `k` ("đơn vị nêu trên").
fn referred_at(ws: &[(usize, &str)], k: usize) -> Option<Name> {
    let head = phrase_at(ws, k, REFERRED)?;
    let tail = phrase_at(ws, k + head, REFERRING)?;
    let last = k + head + tail - 1;
    Some(Name {
        start: ws[k].0,
        end: ws[last].0 + ws[last].1.len(),
        next_word: last + 1,
    })
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
    // "Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính và các cơ quan liên quan
    // khẩn trương …": partners are not the subject
    // (read once, and only when a name after a comma or a colon asks for it)
    let mut partners: Option<Vec<usize>> = None;
    (1..ws.len()).find_map(|j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        // "Trường hợp … (VN_AQI ≥ 301), các đơn vị …": a bracket may close the clause
        let gap = s[prev_end..ws[j].0]
            .trim()
            .trim_start_matches([')', '"', '”']);
        if gap != "," && gap != ":" {
            return None;
        }
        let partners = partners.get_or_insert_with(|| {
            // ("[Pp]hối hợp", "cùng với": the words of WITH, looked for at every word only
            // where the sentence has them)
            if !(s.contains("hối hợp") || s.contains("cùng với")) {
                return Vec::new();
            }
            (0..ws.len())
                .filter_map(|i| phrase_at(ws, i, WITH).map(|n| i + n))
                .flat_map(|from| listed(s, ws, from))
                .map(|n| n.start)
                .collect()
        });
        if partners.contains(&ws[j].0) {
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
        // "Đối với 04 dự án …, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức
        // …": the one asked leads
        if gap == ","
            && let Some(given) = given_at(s, ws, after)
        {
            return Some(given);
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
        // after a colon, only when the sentence opens with a topic ("Đối với …:", "Về …:") or
        // a short label ("Báo cáo 6 tháng: Các cơ quan, đơn vị gửi …")
        let topic = lower_words(ws, 0, 2).as_deref() == Some("đối với")
            || lower_words(ws, 0, 1).as_deref() == Some("về")
            || j <= 4 && name_at(s, ws, 0).is_none();
        let verb = gap == ":" && topic && after < ws.len() && stop_at(ws, after) && !relates;
        (duty || verb).then_some(name)
    })
}

/// Whether the words at `i` report a document the subject issued, by its number: "Bộ Y tế có
/// Công văn số 627/BYT-BH ngày 27/01/2021 …" (not "… có văn bản kiến nghị …", which is work).
fn issued_at(ws: &[(usize, &str)], i: usize) -> bool {
    const KINDS: &[&str] = &[
        "công văn",
        "văn bản",
        "thông báo",
        "quyết định",
        "kế hoạch",
        "tờ trình",
        "báo cáo",
    ];
    lower_words(ws, i, 1).as_deref() == Some("có")
        && phrase_at(ws, i + 1, KINDS)
            .is_some_and(|n| lower_words(ws, i + 1 + n, 1).as_deref() == Some("số"))
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
    // a council's resolution: "Hội đồng nhân dân tỉnh tán thành …", "… cơ bản thống nhất với
    // một số giải pháp …"
    "tán thành",
    "cơ bản thống nhất",
    "cơ bản nhất trí",
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
    "trong thời gian tới",
    "thời gian tới",
    "trường hợp",
    "nếu",
    "trong thời gian",
    "trong quá trình",
    "để",
    "nhằm",
];

/// The word after a leading clause of time, condition or basis ("Trước ngày 15/3/2024,"),
/// where a name starts: the subject of the sentence.
///
/// A topic before a colon opens the sentence so too: "Về dự án đường cao tốc …: Tỉnh thực
/// hiện theo chỉ đạo …; chủ động làm việc với Bộ Xây dựng về việc giao Ủy ban nhân dân tỉnh
/// …" is the province's work, whoever is given something inside it.
fn after_adverbial(s: &str, ws: &[(usize, &str)]) -> Option<usize> {
    let topic = phrase_at(ws, 0, &["về", "đối với"]).is_some();
    if !topic {
        phrase_at(ws, 0, ADVERBIALS)?;
    }
    // a topic may name several projects before its colon
    let (closes, within) = if topic { (':', 60) } else { (',', 30) };
    (1..ws.len().min(within)).find(|&j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        s[prev_end..ws[j].0].contains(closes) && name_at(s, ws, j).is_some()
    })
}

/// A collective listed after others with a word or two of lower case before its "các": "…
/// và hệ thống các cơ quan báo chí", "… và toàn thể các đơn vị".
fn system_of(s: &str, ws: &[(usize, &str)], i: usize) -> Option<Name> {
    let k = (i + 1..(i + 3).min(ws.len())).find(|&k| ws[k].1 == "các")?;
    let plain = (i..k).all(|m| ws[m].1.starts_with(char::is_lowercase) && !stop_at(ws, m));
    let n = name_at(s, ws, k).filter(|_| plain && !s[ws[i].0..ws[k].0].contains([',', ';']))?;
    Some(Name {
        start: ws[i].0,
        ..n
    })
}

/// Names listed one after the other from word `from` (separated by commas, "và", "với").
fn listed(s: &str, ws: &[(usize, &str)], from: usize) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    let mut i = from;
    while i < ws.len() {
        let named = name_at(s, ws, i).or_else(|| (!out.is_empty()).then(|| system_of(s, ws, i))?);
        let Some(n) = named else { break };
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

pub(super) fn coordinating(s: &str, ws: &[(usize, &str)]) -> Vec<Name> {
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

/// The coordinating agencies a sentence names ("phối hợp với …"), as fields.
pub(super) fn partners(s: &str, base: usize, ws: &[(usize, &str)]) -> Vec<Field<String>> {
    partner_fields(s, base, ws, None)
}

/// The names after "phối hợp (với)" as fields, but the one at `lead`. A shared list prefix
/// goes before each name: "phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây
/// dựng rà soát …" gives "Bộ Nông nghiệp và Phát triển nông thôn" and "Bộ Xây dựng".
fn partner_fields(
    s: &str,
    base: usize,
    ws: &[(usize, &str)],
    lead: Option<usize>,
) -> Vec<Field<String>> {
    for i in 0..ws.len() {
        let Some(n) = phrase_at(ws, i, WITH) else {
            continue;
        };
        if let Some(&(at, _)) = ws.get(i + n)
            && let Some(names) = crate::heading::list_prefix_inline(&s[at..], base + at)
        {
            return names;
        }
        let found = listed(s, ws, i + n);
        if !found.is_empty() {
            return found
                .iter()
                .filter(|n| Some(n.start) != lead)
                .map(|n| name_field(s, base, n, 0.7))
                .collect();
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

/// The coordinating agencies of a sentence whose lead was found: the names after "phối
/// hợp (với)", and before them the joint leads listed with the lead ("Bộ Tài chính, Bộ Công
/// Thương khẩn trương …": the first is the lead, the others coordinate).
pub(super) fn coordinating_of(
    s: &str,
    ws: &[(usize, &str)],
    lead: &Lead,
    sbase: usize,
) -> Vec<Field<String>> {
    let mut coord = partner_fields(s, sbase, ws, Some(lead.name.start));
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
