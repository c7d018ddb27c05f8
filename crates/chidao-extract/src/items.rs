//! Item numbering at the start of a paragraph ("II.", "2.", "2.1.", "a)", "(ii)", "-") and the path
//! of items a paragraph sits in ("II.3.a").

/// The kind of a numbering mark, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Mark {
    /// An article of a resolution or decision: "Điều 2.".
    Article,
    Roman,
    /// Arabic numbers, with how many levels the label has ("2.1" has two).
    Arabic(usize),
    Letter,
    /// A small Roman or Arabic number in brackets: "(i)", "(ii)", "(3)".
    Bracketed,
    Dash,
    /// "+" under a dash.
    Plus,
}

/// A numbering mark at the start of a paragraph: its kind, its label as written without the
/// punctuation after it, and the byte offset where the paragraph's text starts after it.
pub(crate) fn mark(text: &str) -> Option<(Mark, String, usize)> {
    let first = text.chars().next()?;
    // a rule under a heading ("-----", "***") marks no item
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    if matches!(first, '-' | '–' | '+' | '•' | '*' | '—') {
        let rest = &text[first.len_utf8()..];
        let skip = rest.len() - rest.trim_start().len();
        let (kind, label) = if first == '+' {
            (Mark::Plus, "+")
        } else {
            (Mark::Dash, "-")
        };
        return Some((kind, label.to_owned(), first.len_utf8() + skip));
    }
    if let Some(b) = bracketed(text) {
        return Some(b);
    }
    if let Some(a) = article(text) {
        return Some(a);
    }
    // "1/ Tổ chức, quán triệt …": a number closed with a slash, then a space and a capital
    // (not a date: "12/3/2020")
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    if (1..=2).contains(&digits)
        && let Some(rest) = text[digits..].strip_prefix("/ ")
        && rest.starts_with(char::is_uppercase)
    {
        return Some((Mark::Arabic(1), text[..digits].to_owned(), digits + 2));
    }
    // "1.Các sở, ban, ngành …": a number whose space after it was lost, before a capital
    let digits = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    if digits > 1
        && text[..digits].ends_with('.')
        && text[digits..].starts_with(char::is_uppercase)
        && let Some(kind) = arabic(text[..digits].trim_end_matches('.'))
    {
        return Some((kind, text[..digits - 1].to_owned(), digits));
    }
    // "6.2 Đối với đơn vị được kiểm tra:": a label of levels with no dot after it, before a
    // capital (not "3.5 tỷ đồng", "1.000 Người")
    if let Some(sp) = text.find(' ')
        && text[..sp].contains('.')
        && text[..sp].split('.').all(|p| {
            (1..=2).contains(&p.len())
                && p.chars().all(|c| c.is_ascii_digit())
                && !p.starts_with('0')
        })
        && text[sp + 1..].starts_with(char::is_uppercase)
    {
        let levels = text[..sp].split('.').count();
        return Some((Mark::Arabic(levels), text[..sp].to_owned(), sp + 1));
    }
    // a run of label characters, then '.' or ')' and a space
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '.' || *c == 'đ'))
        .map_or(text.len(), |(i, _)| i);
    let (label, after) = text.split_at(end);
    let after_char = after.chars().next();
    let label_trimmed = label.trim_end_matches('.');
    let closed = label.ends_with('.') || after_char == Some(')');
    if !closed || label_trimmed.is_empty() {
        return None;
    }
    let rest_start = end + after_char.filter(|c| *c == ')').map_or(0, char::len_utf8);
    let rest = &text[rest_start..];
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let skip = rest.len() - rest.trim_start().len();
    let kind = if label_trimmed.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        Mark::Roman
    } else if let Some(kind) = arabic(label_trimmed) {
        kind
    } else if label_trimmed.chars().count() == 1
        && label_trimmed
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == 'đ')
    {
        Mark::Letter
    } else {
        return None;
    };
    Some((kind, label_trimmed.to_owned(), rest_start + skip))
}

/// "Điều 2. Hội đồng nhân dân tỉnh yêu cầu …": an article, labelled "Điều 2".
fn article(text: &str) -> Option<(Mark, String, usize)> {
    let rest = text.strip_prefix("Điều ")?;
    let digits = rest.find(|c: char| !c.is_ascii_digit())?;
    let after = &rest[digits..];
    if digits == 0 || digits > 3 || !after.starts_with(['.', ':']) {
        return None;
    }
    let skip = after[1..].len() - after[1..].trim_start().len();
    let label_end = "Điều ".len() + digits;
    Some((
        Mark::Article,
        text[..label_end].to_owned(),
        label_end + 1 + skip,
    ))
}

/// An Arabic label ("2", "2.1") with its number of levels.
fn arabic(label: &str) -> Option<Mark> {
    label
        .split('.')
        .all(|p| !p.is_empty() && p.len() <= 3 && p.chars().all(|c| c.is_ascii_digit()))
        .then(|| Mark::Arabic(label.split('.').count()))
}

/// "(ii) Chủ đầu tư …": a small Roman number in lower case or a number of at most two digits,
/// in brackets, then a space.
fn bracketed(text: &str) -> Option<(Mark, String, usize)> {
    let inner_end = text.strip_prefix('(')?.find(')')? + 1;
    let inner = &text[1..inner_end];
    let roman = !inner.is_empty()
        && inner.len() <= 4
        && inner.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let number = !inner.is_empty() && inner.len() <= 2 && inner.chars().all(|c| c.is_ascii_digit());
    let rest = &text[inner_end + 1..];
    if !(roman || number) || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let skip = rest.len() - rest.trim_start().len();
    Some((Mark::Bracketed, format!("({inner})"), inner_end + 1 + skip))
}

/// The items a paragraph is in, outermost first.
#[derive(Debug, Default, Clone)]
pub(crate) struct Path {
    levels: Vec<(Mark, String)>,
    dashes: usize,
    pluses: usize,
}

impl Path {
    /// Enters the item of a new mark: leaves the items at its level or deeper first.
    pub(crate) fn enter(&mut self, kind: Mark, label: &str) {
        while self.levels.last().is_some_and(|(k, _)| *k >= kind) {
            self.levels.pop();
        }
        let label = match kind {
            Mark::Plus => {
                self.pluses += 1;
                format!("+{}", self.pluses)
            }
            Mark::Dash => {
                self.dashes += 1;
                self.pluses = 0;
                format!("-{}", self.dashes)
            }
            _ => {
                self.dashes = 0;
                self.pluses = 0;
                label.to_owned()
            }
        };
        self.levels.push((kind, label));
    }

    /// The kind of mark of the innermost item.
    pub(crate) fn innermost(&self) -> Option<Mark> {
        self.levels.last().map(|(k, _)| *k)
    }

    /// The depth of the innermost item.
    pub(crate) fn depth(&self) -> usize {
        self.levels.len()
    }

    /// The label of the innermost item with its parents: "II.3.a"; a parent whose label the
    /// child's begins with is not repeated ("2.1", not "2.2.1").
    pub(crate) fn label(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        for (_, l) in &self.levels {
            if parts
                .last()
                .is_some_and(|p| l.starts_with(p) && l[p.len()..].starts_with('.'))
            {
                parts.pop();
            }
            parts.push(l);
        }
        parts.join(".")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_paths() {
        let cases = [
            ("II. VỀ CÁC ĐỀ XUẤT", Some((Mark::Roman, "II"))),
            ("2. Chuẩn bị", Some((Mark::Arabic(1), "2"))),
            ("2.1. Rà soát", Some((Mark::Arabic(2), "2.1"))),
            ("a) Sở Tài chính", Some((Mark::Letter, "a"))),
            ("đ) Các huyện", Some((Mark::Letter, "đ"))),
            ("- Giao Sở", Some((Mark::Dash, "-"))),
            ("(ii) Chủ đầu tư", Some((Mark::Bracketed, "(ii)"))),
            ("(3) Sở Xây dựng", Some((Mark::Bracketed, "(3)"))),
            ("(Kèm theo Kế hoạch)", None),
            ("(i)Chủ đầu tư", None),
            ("1.Các sở, ban, ngành", Some((Mark::Arabic(1), "1"))),
            ("2.1.Đẩy mạnh", Some((Mark::Arabic(2), "2.1"))),
            ("1.000 người", None),
            ("6.2 Đối với đơn vị", Some((Mark::Arabic(2), "6.2"))),
            ("1.000 Người", None),
            ("3.5 tỷ đồng", None),
            (
                "Điều 2. Hội đồng nhân dân tỉnh",
                Some((Mark::Article, "Điều 2")),
            ),
            ("Điều 12: Hiệu lực", Some((Mark::Article, "Điều 12"))),
            ("Điều kiện cần thiết", None),
            ("3.5.tỷ đồng", None),
            ("-----", None),
            ("Năm 2024. Tốt", None),
            ("UBND tỉnh", None),
            ("2024. Năm", None),
        ];
        for (text, want) in cases {
            let got = mark(text).map(|(k, l, _)| (k, l));
            assert_eq!(got, want.map(|(k, l)| (k, l.to_owned())), "{text}");
        }
        let mut p = Path::default();
        p.enter(Mark::Roman, "II");
        p.enter(Mark::Arabic(1), "3");
        p.enter(Mark::Letter, "a");
        assert_eq!(p.label(), "II.3.a");
        p.enter(Mark::Dash, "-");
        p.enter(Mark::Dash, "-");
        assert_eq!(p.label(), "II.3.a.-2");
        p.enter(Mark::Bracketed, "(i)");
        assert_eq!(p.label(), "II.3.a.(i)");
        p.enter(Mark::Arabic(1), "4");
        assert_eq!(p.label(), "II.4");
        p.enter(Mark::Arabic(2), "4.1");
        assert_eq!(p.label(), "II.4.1");
    }
}
