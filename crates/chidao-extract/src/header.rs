//! The parts of a directive around its body: issuer, number, place and date, document type,
//! subject (trích yếu), signature block and distribution list (Nơi nhận).

use chidao_model::{DocumentType, NaiveDate};

use crate::agency::name_at;
use crate::text::{Para, Span, words};
use crate::{Field, Signer};

/// What the header and the closing parts of a document say, and where its body is.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    pub(crate) issuer: Option<Field<String>>,
    pub(crate) number: Option<Field<String>>,
    pub(crate) place: Option<Field<String>>,
    pub(crate) date: Option<Field<NaiveDate>>,
    /// A date line with its day left blank ("ngày   tháng 01 năm 2024"): the month known.
    pub(crate) month_only: Option<Field<(i32, u32)>>,
    pub(crate) document_type: Option<Field<DocumentType>>,
    pub(crate) subject: Option<Field<String>>,
    pub(crate) signer: Option<Signer>,
    pub(crate) recipients: Vec<Field<String>>,
    /// Whom an official letter is addressed to (Kính gửi).
    pub(crate) addressees: Vec<Field<String>>,
    /// The meeting the document records, when its body opens by dating one.
    pub(crate) meeting: Option<crate::MeetingField>,
    /// The paragraphs of the body: `body.0..body.1`.
    pub(crate) body: (usize, usize),
}

const TYPES: &[(&str, DocumentType)] = &[
    ("THÔNG BÁO", DocumentType::Notice),
    ("CHỈ THỊ", DocumentType::Instruction),
    ("KẾ HOẠCH", DocumentType::Plan),
    ("QUYẾT ĐỊNH", DocumentType::Decision),
    ("NGHỊ QUYẾT", DocumentType::Resolution),
    ("CÔNG ĐIỆN", DocumentType::Dispatch),
    ("CÔNG VĂN", DocumentType::OfficialLetter),
    ("CHƯƠNG TRÌNH", DocumentType::Programme),
    ("BÁO CÁO", DocumentType::Report),
    ("HƯỚNG DẪN", DocumentType::Guidance),
    ("ĐỀ ÁN", DocumentType::Scheme),
];

const AUTHORITIES: &[&str] = &[
    "KT.", "TL.", "TM.", "TUQ.", "Q.", "T/M", "T.M.", "KT ", "TM ",
];

fn is_upper_line(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.iter().all(|c| !c.is_lowercase())
}

fn field<T>(value: T, span: Span, confidence: f32) -> Field<T> {
    Field {
        value,
        span,
        confidence,
    }
}

/// The day, month and year of a "ngày 25 tháng 11 năm 2025" or "ngày 25/11/2025" at `s`; the
/// day `None` when left blank.
fn date_words(s: &str) -> Option<(Option<u32>, u32, i32)> {
    let s = s.trim_start();
    let rest = s.strip_prefix("ngày")?.trim_start();
    let num = |t: &str| -> (Option<u32>, usize) {
        let n: String = t.chars().take_while(char::is_ascii_digit).collect();
        (n.parse().ok(), n.len())
    };
    let (day, used) = num(rest);
    let rest = rest[used..].trim_start();
    if let Some(r) = rest.strip_prefix('/').or_else(|| rest.strip_prefix('.')) {
        let (m, used) = num(r);
        let r = r[used..]
            .strip_prefix('/')
            .or_else(|| r[used..].strip_prefix('.'))?;
        let (y, _) = num(r);
        return Some((day, m?, y? as i32));
    }
    let rest = rest.strip_prefix("tháng")?.trim_start();
    let (month, used) = num(rest);
    let rest = rest[used..].trim_start().strip_prefix("năm")?.trim_start();
    let (year, _) = num(rest);
    Some((day, month?, year? as i32))
}

/// Where the first lines put the motto ("CỘNG HÒA …") and the type line ("THÔNG BÁO").
#[derive(Debug, Default, Clone, Copy)]
struct Landmarks {
    motto_at: Option<usize>,
    type_at: Option<usize>,
}

/// How many paragraphs the header may take.
const HEAD_LIMIT: usize = 14;

/// The number, the place and date, and the type line, from the first paragraphs.
fn first_lines(paras: &[Para<'_>], parts: &mut Parts) -> Landmarks {
    let mut marks = Landmarks::default();
    for (i, p) in paras.iter().enumerate().take(HEAD_LIMIT) {
        let t = p.text;
        if t.starts_with("CỘNG HÒA") || t.starts_with("CỘNG HOÀ") {
            marks.motto_at.get_or_insert(i);
            continue;
        }
        if parts.number.is_none() && (t.starts_with("Số:") || t.starts_with("Số ")) {
            let rest = t["Số".len()..].trim_start_matches([':', ' ']);
            let number: String = rest.split_whitespace().collect::<Vec<_>>().join("");
            let number = number.split("V/v").next().unwrap_or_default().to_owned();
            if !number.is_empty() {
                let off = t.len() - rest.len();
                // "Số: /TB-UBND" leaves the number blank
                let confidence = if rest.starts_with('/') { 0.5 } else { 0.9 };
                parts.number = Some(field(number, p.start + off..p.start + t.len(), confidence));
            }
            continue;
        }
        if parts.date.is_none()
            && parts.month_only.is_none()
            && let Some(comma) = t.find(", ngày")
            && let Some((day, month, year)) = date_words(&t[comma + 1..])
        {
            parts.place = Some(field(t[..comma].to_owned(), p.start..p.start + comma, 0.9));
            let span = p.start + comma + 2..p.start + t.len();
            match day.and_then(|d| NaiveDate::from_ymd_opt(year, month, d)) {
                Some(d) => parts.date = Some(field(d, span, 0.95)),
                None => parts.month_only = Some(field((year, month), span, 0.8)),
            }
            continue;
        }
        if marks.type_at.is_none() {
            let upper = t.trim_end_matches(['.', ':']);
            // "THÔNG BÁO", or a short upper-case line that opens with it ("THÔNG BÁO KẾT LUẬN",
            // "CHƯƠNG TRÌNH HÀNH ĐỘNG")
            let opens = |w: &str| {
                upper == w
                    || upper.len() < 60
                        && is_upper_line(upper)
                        && upper.strip_prefix(w).is_some_and(|r| r.starts_with(' '))
            };
            if let Some((_, ty)) = TYPES.iter().find(|(w, _)| opens(w)) {
                parts.document_type = Some(field(*ty, p.span(), 0.9));
                marks.type_at = Some(i);
            }
        }
    }
    marks
}

/// Head words of a unit under the body named above it ("UBND TỈNH X" / "VĂN PHÒNG").
const UNITS: &[&str] = &[
    "SỞ ",
    "VĂN PHÒNG",
    "BAN ",
    "CỤC ",
    "VỤ ",
    "CHI CỤC",
    "TRUNG TÂM",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "ĐẢNG ĐOÀN",
    "BAN CÁN SỰ",
];

/// The issuer: the upper-case lines before the motto (or the number), the last of them when
/// it names a unit under the one above.
fn issuer(paras: &[Para<'_>], marks: Landmarks) -> Option<Field<String>> {
    let end = marks
        .motto_at
        .or_else(|| {
            paras
                .iter()
                .take(HEAD_LIMIT)
                .position(|p| p.text.starts_with("Số"))
        })
        .unwrap_or(0);
    let lines: Vec<&Para<'_>> = paras[..end]
        .iter()
        .filter(|p| {
            is_upper_line(p.text)
                && !p.text.starts_with("Độc lập")
                // the Party's motto line, as "CỘNG HÒA …" is the State's
                && p.text != "ĐẢNG CỘNG SẢN VIỆT NAM"
        })
        .collect();
    let (first, last) = (lines.first()?, lines.last()?);
    let (name, span) = if lines.len() > 1 && UNITS.iter().any(|u| last.text.starts_with(u)) {
        (last.text.to_owned(), last.span())
    } else {
        let joined: Vec<&str> = lines.iter().map(|p| p.text).collect();
        (joined.join(" "), first.start..last.start + last.text.len())
    };
    // decorations under the header cells ("-------") are not part of the name
    let name = name
        .trim_end_matches(['-', '_', '*', ' '])
        .trim()
        .to_owned();
    Some(field(name, span, 0.8))
}

const ABOUT: [&str; 4] = ["V/v", "Về việc", "về việc", "V/V"];

/// The subject: the lines after the type line, or a letter's "V/v" line. Gives the first
/// paragraph after it.
fn subject(paras: &[Para<'_>], marks: Landmarks, parts: &mut Parts) -> usize {
    let mut after = marks.type_at.map_or(0, |t| t + 1);
    if let Some(t) = marks.type_at {
        let mut lines = Vec::new();
        for p in paras.iter().skip(t + 1).take(3) {
            let s = p.text;
            if ["Căn cứ", "Ngày ", "Kính gửi", "Thực hiện"]
                .iter()
                .any(|w| s.starts_with(w))
                || crate::items::mark(s).is_some()
                || s.len() > 600
                || (!lines.is_empty() && !is_upper_line(s))
            {
                break;
            }
            lines.push(p);
        }
        if let (Some(a), Some(b)) = (lines.first(), lines.last()) {
            let value: Vec<&str> = lines.iter().map(|p| p.text).collect();
            parts.subject = Some(field(value.join(" "), a.start..b.start + b.text.len(), 0.8));
            after = t + 1 + lines.len();
        }
    }
    if parts.subject.is_some() {
        return after;
    }
    let found = paras
        .iter()
        .take(HEAD_LIMIT)
        .enumerate()
        .find(|(_, p)| ABOUT.iter().any(|w| p.text.starts_with(w)));
    if let Some((i, p)) = found {
        let rest = ABOUT
            .iter()
            .find_map(|w| p.text.strip_prefix(w))
            .unwrap_or(p.text)
            .trim_start_matches([':', ' ']);
        let off = p.text.len() - rest.len();
        parts.subject = Some(field(
            rest.to_owned(),
            p.start + off..p.start + p.text.len(),
            0.8,
        ));
        parts
            .document_type
            .get_or_insert(field(DocumentType::OfficialLetter, p.span(), 0.6));
        after = after.max(i + 1);
    }
    after
}

/// The items of a dash list starting at paragraph `from` ("- Sở Tài chính;"), each without
/// its dash and closing punctuation, and the paragraph after the list.
fn dash_list(paras: &[Para<'_>], from: usize, confidence: f32) -> (Vec<Field<String>>, usize) {
    let mut out = Vec::new();
    let mut k = from;
    while let Some(q) = paras.get(k) {
        let Some(item) = q.text.strip_prefix(['-', '–', '+']) else {
            break;
        };
        let item = item.trim().trim_end_matches([';', '.', ',']);
        if !item.is_empty() {
            let off = q.text.find(item).unwrap_or(0);
            let span = q.start + off..q.start + off + item.len();
            out.push(field(item.to_owned(), span, confidence));
        }
        k += 1;
    }
    (out, k)
}

/// The addressees of a letter ("Kính gửi: X", or "Kính gửi:" and a list). Gives the first
/// paragraph after them.
fn addressees(paras: &[Para<'_>], parts: &mut Parts) -> Option<usize> {
    let i = paras
        .iter()
        .take(20)
        .position(|p| p.text.starts_with("Kính gửi"))?;
    let p = &paras[i];
    let rest = p.text["Kính gửi".len()..].trim_start_matches([':', ' ']);
    // "Kính gửi: DA ä ." over a list of dashes: words a scan misread, and the list is whom
    // the letter is addressed to
    let misread = !rest.is_empty()
        && name_at(rest, &words(rest), 0).is_none()
        && paras
            .get(i + 1)
            .is_some_and(|n| n.text.starts_with(['-', '–', '+']));
    let after = if rest.is_empty() || misread {
        let (list, after) = dash_list(paras, i + 1, 0.8);
        parts.addressees = list;
        after
    } else {
        let rest = rest.trim_end_matches([';', '.', ',']);
        let off = p.text.find(rest).unwrap_or(0);
        let span = p.start + off..p.start + off + rest.len();
        parts.addressees.push(field(rest.to_owned(), span, 0.8));
        i + 1
    };
    Some(copied_to(paras, after))
}

/// The paragraph after a copy line ("Đồng kính gửi: Thủ tướng Chính phủ (để báo cáo)."), or
/// its list, at `i`: those it names are told, not given work, and are no addressees.
fn copied_to(paras: &[Para<'_>], i: usize) -> usize {
    let Some(p) = paras.get(i).filter(|p| p.text.starts_with("Đồng kính gửi")) else {
        return i;
    };
    if p.text["Đồng kính gửi".len()..]
        .trim_start_matches([':', ' '])
        .is_empty()
    {
        dash_list(paras, i + 1, 0.8).1
    } else {
        i + 1
    }
}

/// The signature block starting at paragraph `i` ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / a name).
fn signer(paras: &[Para<'_>], i: usize) -> Signer {
    let line = paras[i].text;
    let authority = AUTHORITIES
        .iter()
        .find(|a| line.starts_with(*a))
        .map(|a| a.trim().to_owned())
        .unwrap_or_default();
    let for_title = line[authority.len()..].trim().to_owned();
    let mut title = None;
    let mut name = None;
    for p in paras.iter().skip(i + 1).take(4) {
        let words: Vec<&str> = p.text.split_whitespace().collect();
        if is_upper_line(p.text) && title.is_none() {
            title = Some(field(p.text.to_owned(), p.span(), 0.8));
        } else if !is_upper_line(p.text)
            && words.len() <= 5
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
        {
            name = Some(field(p.text.to_owned(), p.span(), 0.8));
            break;
        }
    }
    Signer {
        authority: Some(field(authority, paras[i].span(), 0.9)),
        for_title: (!for_title.is_empty()).then(|| field(for_title, paras[i].span(), 0.8)),
        title,
        name,
    }
}

/// The distribution list and the signature block. Gives where the body ends.
fn closing(paras: &[Para<'_>], parts: &mut Parts) -> usize {
    let mut end = paras.len();
    if let Some(i) = paras
        .iter()
        .rposition(|p| crate::text::starts_bare(p.text, "noi nhan"))
    {
        end = i;
        let (list, _) = dash_list(paras, i + 1, 0.7);
        parts.recipients = list
            .into_iter()
            .filter(|f| !f.value.starts_with("Lưu"))
            .collect();
    }
    let signature = paras
        .iter()
        .rposition(|p| AUTHORITIES.iter().any(|a| p.text.starts_with(a)) && is_upper_line(p.text));
    if let Some(i) = signature {
        end = end.min(i);
        parts.signer = Some(signer(paras, i));
    }
    end
}

/// Words that name the kind of a meeting, the most specific first.
const MEETING_KINDS: &[(&str, chidao_model::MeetingKind)] = &[
    (
        "hội nghị trực tuyến",
        chidao_model::MeetingKind::OnlineConference,
    ),
    ("phiên họp", chidao_model::MeetingKind::GovernmentSession),
    ("kỳ họp", chidao_model::MeetingKind::CouncilSession),
    ("hội nghị", chidao_model::MeetingKind::Conference),
    ("làm việc", chidao_model::MeetingKind::WorkingSession),
    ("kiểm tra thực tế", chidao_model::MeetingKind::FieldVisit),
    ("họp", chidao_model::MeetingKind::Other),
];

/// The meeting a body opening "Ngày 10 tháng 01 năm 2024, UBND tỉnh đã tổ chức Hội nghị …"
/// records: its date, its kind, its first sentence as the title, and who gave the conclusions
/// ("đồng chí X, Phó Chủ tịch … kết luận như sau").
fn meeting(body: &[Para<'_>]) -> Option<crate::MeetingField> {
    let (i, p) = body
        .iter()
        .enumerate()
        .take(4)
        .find(|(_, p)| p.text.starts_with("Ngày "))?;
    let head = p
        .text
        .char_indices()
        .nth(40)
        .map_or(p.text.len(), |(i, _)| i);
    let (day, month, year) = date_words(&p.text[..head].to_lowercase())?;
    let date = NaiveDate::from_ymd_opt(year, month, day?)?;
    let first = crate::text::sentences(p.text)
        .first()
        .map_or(p.text.len(), |s| s.1);
    let lower = p.text[..first].to_lowercase();
    let kind = MEETING_KINDS.iter().find(|(w, _)| lower.contains(w))?.1;
    let title = &p.text[..first];
    let chair = body.iter().skip(i).take(3).find_map(|q| {
        let t = q.text;
        let at = t.find("kết luận")?;
        let from = t[..at].rfind("đồng chí ")? + "đồng chí ".len();
        let end = t[from..].find(',').map_or(at, |e| from + e);
        let name = t[from..end].trim();
        (name.split_whitespace().count() <= 5
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase)))
        .then(|| {
            field(
                name.to_owned(),
                q.start + from..q.start + from + name.len(),
                0.7,
            )
        })
    });
    Some(crate::MeetingField {
        date: field(date, p.start..p.start + first, 0.8),
        kind,
        title: field(
            title.trim_end_matches('.').to_owned(),
            p.start..p.start + first,
            0.7,
        ),
        conclusions_of: chair,
    })
}

/// Reads the parts of the document from its paragraphs.
pub(crate) fn read(paras: &[Para<'_>]) -> Parts {
    let mut parts = Parts::default();
    let marks = first_lines(paras, &mut parts);
    parts.issuer = issuer(paras, marks);
    let mut body_start = subject(paras, marks, &mut parts);
    if body_start == 0 {
        body_start = [marks.motto_at, marks.type_at]
            .into_iter()
            .flatten()
            .max()
            .map_or(0, |i| i + 1);
        while paras.get(body_start).is_some_and(|p| {
            p.text.starts_with("Độc lập") || p.text.starts_with("Số") || p.text.contains(", ngày")
        }) {
            body_start += 1;
        }
    }
    if let Some(after) = addressees(paras, &mut parts) {
        body_start = body_start.max(after);
    }
    let body_end = closing(paras, &mut parts);
    parts.body = (body_start.min(body_end), body_end);
    parts.meeting = meeting(&paras[parts.body.0..parts.body.1]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_words_and_figures() {
        assert_eq!(
            date_words("ngày 25 tháng 11 năm 2025"),
            Some((Some(25), 11, 2025))
        );
        assert_eq!(
            date_words("ngày   tháng 01 năm 2024"),
            Some((None, 1, 2024))
        );
        assert_eq!(date_words("ngày 5/3/2024"), Some((Some(5), 3, 2024)));
        assert_eq!(date_words("ngày mai"), None);
    }
}
