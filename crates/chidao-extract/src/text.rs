//! The text of a document as paragraphs and sentences, each with its byte span in the text.

/// A span of bytes in the document's text.
pub type Span = std::ops::Range<usize>;

/// A paragraph: one line of the text, without its line break and surrounding white space.
#[derive(Debug, Clone)]
pub(crate) struct Para<'t> {
    pub(crate) text: &'t str,
    pub(crate) start: usize,
}

impl<'t> Para<'t> {
    pub(crate) fn span(&self) -> Span {
        self.start..self.start + self.text.len()
    }
}

/// The paragraphs of `text`: its non-blank lines, trimmed; lines starting with `// ` (a
/// corpus file's notes) are left out.
pub(crate) fn paragraphs(text: &str) -> Vec<Para<'_>> {
    let mut out: Vec<Para<'_>> = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        // the bold marks of a text copied from a web page ("**TL. CHỦ TỊCH", "CHÁNH VĂN
        // PHÒNG**") are no part of the words
        let trimmed = line.trim_start();
        let trimmed = trimmed.strip_prefix("**").unwrap_or(trimmed).trim_start();
        let lead = line.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        let trimmed = trimmed.strip_suffix("**").unwrap_or(trimmed).trim_end();
        if !trimmed.is_empty() && !trimmed.starts_with("// ") {
            let start = offset + lead;
            match out.last_mut() {
                // a sentence a page break or a hard wrap cut ("… kiến nghị của" / "UBND các
                // huyện, thành phố tại Hội nghị …") goes on in the same paragraph
                Some(prev) if cut_short(prev.text, trimmed) => {
                    prev.text = &text[prev.start..start + trimmed.len()];
                }
                _ => out.push(Para {
                    text: trimmed,
                    start,
                }),
            }
        }
        offset += raw.len();
    }
    out
}

/// Words a Vietnamese sentence does not end with: a line that ends with one was cut.
const GOES_ON: &[&str] = &[
    "của", "và", "với", "cho", "các", "những", "tại", "về", "để", "theo", "trong", "là",
];

/// Whether paragraph `prev` was cut short and `next` goes on with it: `prev` is a sentence
/// (long, no closing mark) ending with a word that needs more after it, and `next` is no
/// numbered item.
fn cut_short(prev: &str, next: &str) -> bool {
    if prev.len() < 40 || prev.ends_with(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    let last = prev.rsplit(' ').next().unwrap_or_default();
    GOES_ON.contains(&last) && crate::items::mark(next).is_none()
}

/// Splits a paragraph into sentences: after `.`, `!` or `?` (or `;` when `semicolons`)
/// followed by white space and an upper-case letter or a digit. A full stop inside a number
/// ("1.725") or an abbreviation followed by a lower-case word does not end a sentence.
/// Gives `(start, end)` byte offsets within the paragraph.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let Some(&(_, next)) = chars.get(i + 1) else {
            continue;
        };
        if !next.is_whitespace() {
            continue;
        }
        // "Ông. Hoàng Văn Thuân": a title's full stop ends nothing
        let word = text[start..at].rsplit(' ').next().unwrap_or_default();
        if c == '.' && matches!(word, "Ông" | "Bà" | "TS" | "ThS" | "PGS" | "GS" | "BS") {
            continue;
        }
        let after = chars[i + 1..].iter().find(|(_, c)| !c.is_whitespace());
        let Some(&(from, first)) = after else {
            continue;
        };
        // "… dữ liệu dân cư. (ii) Chỉ đạo …": a bracketed item mark opens a sentence
        let mark = first == '('
            && matches!(
                crate::items::mark(&text[from..]),
                Some((crate::items::Mark::Bracketed, _, _))
            );
        if first.is_uppercase() || first == '"' || first == '“' || mark {
            let end = at + c.len_utf8();
            if end > start {
                out.push((start, end));
            }
            start = from;
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Whether `text` starts with `bare`, an ASCII lower-case phrase, once its tone and vowel
/// marks are dropped and "đ" is "d": a scanned "Noi nhận:" is the "Nơi nhận:" it stands for.
pub(crate) fn starts_bare(text: &str, bare: &str) -> bool {
    let mut want = bare.chars().peekable();
    for c in unicode_normalization::UnicodeNormalization::nfd(text) {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        let Some(&w) = want.peek() else {
            return true;
        };
        let c = if matches!(c, 'đ' | 'Đ') { 'd' } else { c };
        if !c.to_lowercase().eq(std::iter::once(w)) {
            return false;
        }
        want.next();
    }
    want.peek().is_none()
}

/// The words of a text with their byte offsets: runs of letters, digits and the characters
/// that join them inside a word (`&`, `/`, `-` between letters, `.` in abbreviations).
pub(crate) fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        // "tỉnh/Ban Chỉ huy …": a slash from a word in lower case to a capitalised one
        // parts two names ("1725/QĐ-TTg", "TB/TU", "KH&ĐT" stay whole)
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        let parts_names = c == '/' && prev.is_lowercase() && next.is_uppercase();
        prev = c;
        let part = c.is_alphanumeric()
            || unicode_normalization::char::is_combining_mark(c)
            || matches!(c, '&' | '/' | '_') && !parts_names;
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_prefixes() {
        assert!(starts_bare("Nơi nhận:", "noi nhan"));
        assert!(starts_bare("Noi nhận:", "noi nhan"));
        assert!(starts_bare("NƠI NHẬN", "noi nhan"));
        assert!(!starts_bare("Nơi", "noi nhan"));
        assert!(!starts_bare("Nội dung", "noi nhan"));
    }

    #[test]
    fn paragraphs_keep_their_place_in_the_text() {
        let text = "// source: x\n  Số: 12/TB-UBND \r\n\nGiao Sở Tài chính.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        assert_eq!(&text[p[0].span()], "Số: 12/TB-UBND");
        assert_eq!(&text[p[1].span()], "Giao Sở Tài chính.");
    }

    #[test]
    fn bold_marks_around_a_line_are_not_its_words() {
        let text = "**TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG**\n** Nguyễn Văn A **\n";
        let p = paragraphs(text);
        let got: Vec<&str> = p.iter().map(|p| &text[p.span()]).collect();
        assert_eq!(got, ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]);
    }

    #[test]
    fn a_sentence_cut_by_a_page_break_is_one_paragraph() {
        let text = "Giao Sở Tài nguyên và Môi trường chủ trì, xem xét đề xuất, kiến nghị của\n\nUBND các huyện, thành phố tại Hội nghị, báo cáo UBND tỉnh trong tháng 02/2024.\n1. Sở Nông nghiệp và Phát triển nông thôn\nRà soát.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3);
        assert!(p[0].text.ends_with("trong tháng 02/2024."));
        assert_eq!(&text[p[0].span()], p[0].text);
        assert_eq!(p[1].text, "1. Sở Nông nghiệp và Phát triển nông thôn");
    }

    #[test]
    fn sentences_end_before_an_upper_case_word() {
        let s =
            "Giao Sở Tài chính chủ trì. Sở Xây dựng phối hợp, báo cáo trước ngày 1.5.2024. xong";
        let parts: Vec<&str> = sentences(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            parts,
            [
                "Giao Sở Tài chính chủ trì.",
                "Sở Xây dựng phối hợp, báo cáo trước ngày 1.5.2024. xong"
            ]
        );
    }
}
