//! The deadline and the expected output of a sentence: a phrase from a deadline word
//! ("trước ngày", "trong quý", "định kỳ" …) to the end of its clause, read by the core's
//! deadline reader against the document's date, and the first output verb ("báo cáo",
//! "trình", "tham mưu") with its clause and recipient.

use chidao_model::{Deadline, NaiveDate, OutputKind};

use crate::agency::name_at;
use crate::assign::{lower_words, name_field, phrase_at};
use crate::text::words;
use crate::{DeadlineField, Field, OutputField};

/// Words that start a deadline phrase.
const DEADLINE_STARTS: &[&str] = &[
    "trước ngày",
    "chậm nhất",
    "trong tháng",
    "trong quý",
    "trong năm",
    "trước tháng",
    "trước quý",
    "hoàn thành trong",
    "hoàn thành trước",
    "trong thời hạn",
    "trong vòng",
    "định kỳ",
    "hằng tháng",
    "hàng tháng",
    "hằng quý",
    "hàng quý",
    "hằng năm",
    "hàng năm",
    "thường xuyên",
    "xong trước",
    "đến hết",
    "xong cuối",
    "quý i",
    "quý ii",
    "quý iii",
    "quý iv",
];

/// The deadline of a sentence: the first phrase from a deadline word to the end of its
/// clause that the deadline reader reads, against the document's date.
pub(crate) fn deadline(s: &str, base: usize, date: Option<NaiveDate>) -> Option<DeadlineField> {
    let ws = words(s);
    // "đến hết năm 2020" may say how long a measure lasts rather than when the work is due:
    // a later phrase of another kind in the sentence wins over it ("… miễn phí thị thực …
    // đến hết năm 2020, …, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020")
    let mut until: Option<DeadlineField> = None;
    for i in 0..ws.len() {
        // "trước 30/6/2024", "trước 15 tháng 3": "trước" and a number
        let before_a_number = ws[i].1 == "trước"
            && ws
                .get(i + 1)
                .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()));
        if !before_a_number && phrase_at(&ws, i, DEADLINE_STARTS).is_none() {
            continue;
        }
        let start = ws[i].0;
        let rest = &s[start..];
        let mut end = rest.len();
        let bytes: Vec<(usize, char)> = rest.char_indices().collect();
        for (k, &(at, c)) in bytes.iter().enumerate() {
            let digit = |j: usize| bytes.get(j).is_some_and(|(_, c)| c.is_ascii_digit());
            let closes = match c {
                ';' | ',' | '(' | ')' | ':' => true,
                '.' => !(k > 0 && digit(k - 1) && digit(k + 1)),
                _ => false,
            };
            if closes {
                end = at;
                break;
            }
        }
        let phrase = rest[..end].trim_end();
        let read = read_deadline(phrase, base + start, date);
        if phrase_at(&ws, i, UNTIL).is_none() {
            return Some(read);
        }
        until.get_or_insert(read);
    }
    until
}

/// Deadline words that may instead say until when a measure lasts.
const UNTIL: &[&str] = &["đến hết"];

/// A deadline phrase read against the document's date; `at` is where it starts in the text.
pub(crate) fn read_deadline(phrase: &str, at: usize, date: Option<NaiveDate>) -> DeadlineField {
    let read = match date {
        Some(d) => Deadline::parse_vi_at(phrase, d),
        None => Deadline::parse_vi(phrase),
    };
    let span = at..at + phrase.len();
    match read {
        Ok(d) => DeadlineField {
            due: d.due_date(),
            kind: d.term.kind().to_owned(),
            problem: None,
            phrase: Field {
                value: phrase.to_owned(),
                span,
                confidence: 0.9,
            },
        },
        Err(e) => DeadlineField {
            due: None,
            kind: "none".to_owned(),
            problem: Some(format!("{:?}", e.kind())),
            phrase: Field {
                value: phrase.to_owned(),
                span,
                confidence: 0.4,
            },
        },
    }
}

/// Verbs that name an expected output, with its kind.
const OUTPUTS: &[(&str, OutputKind)] = &[
    ("báo cáo", OutputKind::Report),
    ("trình", OutputKind::DraftDocument),
    ("tham mưu cho", OutputKind::Other),
    ("tham mưu", OutputKind::Other),
    ("trả lời bằng văn bản", OutputKind::WrittenReply),
];

/// The expected output of a sentence: the first of its output verbs, the clause after it, and
/// the agency named right after the verb as the recipient.
pub(crate) fn output(s: &str, base: usize) -> Option<OutputField> {
    let ws = words(s);
    for i in 0..ws.len() {
        let Some((phrase, kind)) = OUTPUTS.iter().find(|(p, _)| {
            let n = p.split(' ').count();
            lower_words(&ws, i, n).as_deref() == Some(*p)
        }) else {
            continue;
        };
        let after = i + phrase.split(' ').count();
        // "báo cáo kết quả", "trình cấp có thẩm quyền": the recipient is the name right after
        let recipient = name_at(s, &ws, after).map(|n| name_field(s, base, &n, 0.7));
        let start = ws[i].0;
        let end = s[start..]
            .find([';', '.', ':'])
            .map_or(s.len(), |e| start + e);
        let text = s[start..end].trim_end_matches([',', ' ']);
        return Some(OutputField {
            kind: *kind,
            phrase: Field {
                value: text.to_owned(),
                span: base + start..base + start + text.len(),
                confidence: 0.7,
            },
            recipient,
        });
    }
    None
}
