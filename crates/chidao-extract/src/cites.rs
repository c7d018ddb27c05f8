//! Documents a directive cites: "Quyết định số 1725/QĐ-TTg ngày 29/12/2023 của Thủ tướng Chính
//! phủ về việc thành lập …": their type, number, date, issuer and subject, as written.

use chidao_model::{DocumentType, NaiveDate};
use serde::Serialize;

use crate::agency::name_at;
use crate::text::{Para, words};
use crate::{Field, Span};

/// A document cited in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Citation {
    /// The type its name gives (`Quyết định` a decision; laws, decrees and circulars are
    /// `other`, which the model's directing documents do not list).
    pub document_type: DocumentType,
    /// Number and symbol as written ("1725/QĐ-TTg").
    pub number: Field<String>,
    /// Its date, when the citation gives it.
    pub date: Option<NaiveDate>,
    /// Its issuer, when named ("của Thủ tướng Chính phủ").
    pub issuer: Option<Field<String>>,
    /// What it is about ("về việc thành lập …"), when said.
    pub subject: Option<Field<String>>,
    /// The whole citation.
    pub span: Span,
}

const TYPES: &[(&str, DocumentType)] = &[
    ("quyết định", DocumentType::Decision),
    ("nghị quyết", DocumentType::Resolution),
    ("chỉ thị", DocumentType::Instruction),
    ("thông báo", DocumentType::Notice),
    ("kế hoạch", DocumentType::Plan),
    ("công văn", DocumentType::OfficialLetter),
    ("văn bản", DocumentType::OfficialLetter),
    ("công điện", DocumentType::Dispatch),
    ("chương trình", DocumentType::Programme),
    ("kết luận", DocumentType::Other),
    ("nghị định", DocumentType::Other),
    ("thông tư", DocumentType::Other),
    ("luật", DocumentType::Other),
];

/// A document number: digits first, and a `/` or `-` joining its symbol ("06/2022/NĐ-CP",
/// "95-NQ/TU").
fn is_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.contains(['/', '-'])
}

/// The number token at byte `at` of `s`: up to white space or a closing mark.
fn number_at(s: &str, at: usize) -> &str {
    let rest = &s[at..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '(' | ':'))
        .unwrap_or(rest.len());
    rest[..end].trim_end_matches('.')
}

/// "ngày 29/12/2023" or "ngày 29 tháng 12 năm 2023" at the start of `s`, and its length.
fn date_at(s: &str) -> Option<(NaiveDate, usize)> {
    let t = s.strip_prefix("ngày ")?;
    let ws = words(t);
    let num = |i: usize| ws.get(i).and_then(|(_, w)| w.parse::<u32>().ok());
    if let Some(&(_, w)) = ws.first()
        && w.contains('/')
    {
        let mut parts = w.split('/').map(|p| p.parse::<u32>().ok());
        let (d, m, y) = (parts.next()??, parts.next()??, parts.next()??);
        let date = NaiveDate::from_ymd_opt(y as i32, m, d)?;
        return Some((date, "ngày ".len() + w.len()));
    }
    let words_are = |i: usize, w: &str| ws.get(i).is_some_and(|(_, x)| *x == w);
    if words_are(1, "tháng") && words_are(3, "năm") {
        let date = NaiveDate::from_ymd_opt(num(4)? as i32, num(2)?, num(0)?)?;
        let (at, last) = ws[4];
        return Some((date, "ngày ".len() + at + last.len()));
    }
    None
}

/// Every document cited in `paras`, each number once, in the order of the text.
pub(crate) fn read(paras: &[Para<'_>]) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for p in paras {
        let s = p.text;
        let ws = words(s);
        let longest = TYPES
            .iter()
            .map(|(t, _)| t.split(' ').count())
            .max()
            .unwrap_or(0);
        for i in 0..ws.len() {
            // a citation's type is followed by "số": look for it only there
            if !ws.iter().skip(i + 1).take(longest).any(|&(_, w)| w == "số") {
                continue;
            }
            let Some((ty, n)) = TYPES.iter().find_map(|(t, ty)| {
                let n = t.split(' ').count();
                let got: Vec<String> = ws
                    .get(i..i + n)?
                    .iter()
                    .map(|(_, w)| w.to_lowercase())
                    .collect();
                (got.join(" ") == *t).then_some((*ty, n))
            }) else {
                continue;
            };
            let Some(&(_, so)) = ws.get(i + n) else {
                continue;
            };
            if so != "số" {
                continue;
            }
            let Some(&(at, first)) = ws.get(i + n + 1) else {
                continue;
            };
            if !first.starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            let number = number_at(s, at);
            if !is_number(number) || out.iter().any(|c| c.number.value == number) {
                continue;
            }
            let mut end = at + number.len();
            let gap = s[end..].len() - s[end..].trim_start().len();
            let date = date_at(&s[end + gap..]).map(|(d, len)| {
                end += gap + len;
                d
            });
            let mut issuer = None;
            if let Some(rest) = s[end..].trim_start().strip_prefix("của ") {
                let from = s.len() - rest.len();
                let rws = words(rest);
                if let Some(name) = name_at(rest, &rws, 0) {
                    issuer = Some(Field {
                        value: rest[name.start..name.end].to_owned(),
                        span: p.start + from + name.start..p.start + from + name.end,
                        confidence: 0.7,
                    });
                    end = from + name.end;
                }
            }
            let mut subject = None;
            if let Some(rest) = s[end..].trim_start().strip_prefix("về ") {
                let rest = rest.strip_prefix("việc ").unwrap_or(rest);
                let from = s.len() - rest.len();
                let stop = rest.find([';', ',', ')']).unwrap_or(rest.len());
                let text = rest[..stop].trim_end_matches(['.', ' ']);
                if !text.is_empty() {
                    subject = Some(Field {
                        value: text.to_owned(),
                        span: p.start + from..p.start + from + text.len(),
                        confidence: 0.6,
                    });
                    end = from + text.len();
                }
            }
            let start = ws[i].0;
            out.push(Citation {
                document_type: ty,
                number: Field {
                    value: number.to_owned(),
                    span: p.start + at..p.start + at + number.len(),
                    confidence: 0.9,
                },
                date,
                issuer,
                subject,
                span: p.start + start..p.start + end,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_with_their_parts() {
        let text = "Triển khai Quyết định số 1725/QĐ-TTg ngày 29/12/2023 của Thủ tướng Chính phủ về việc thành lập Trung tâm Xúc tiến, theo Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 và Chỉ thị số 03/CT-UBND.";
        let paras = crate::text::paragraphs(text);
        let c = read(&paras);
        type Read<'a> = (&'a str, Option<String>, Option<&'a str>, Option<&'a str>);
        let got: Vec<Read<'_>> = c
            .iter()
            .map(|c| {
                (
                    c.number.value.as_str(),
                    c.date.map(|d| d.to_string()),
                    c.issuer.as_ref().map(|f| f.value.as_str()),
                    c.subject.as_ref().map(|f| f.value.as_str()),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "1725/QĐ-TTg",
                    Some("2023-12-29".to_owned()),
                    Some("Thủ tướng Chính phủ"),
                    Some("thành lập Trung tâm Xúc tiến"),
                ),
                ("06/2022/NĐ-CP", Some("2022-01-07".to_owned()), None, None),
                ("03/CT-UBND", None, None, None),
            ]
        );
        assert_eq!(c[0].document_type, DocumentType::Decision);
        assert_eq!(c[1].document_type, DocumentType::Other);
        for x in &c {
            assert_eq!(&text[x.number.span.clone()], x.number.value);
            if let Some(s) = &x.subject {
                assert_eq!(&text[s.span.clone()], s.value);
            }
        }
    }
}
