//! Text safety: the cell length limit and sheet names.

use std::borrow::Cow;

/// Excel's limit on the characters of a cell (counted in UTF-16 code units).
pub(crate) const MAX_CELL_CHARS: usize = 32_767;

/// Excel's limit on the length of a sheet name.
pub(crate) const MAX_SHEET_NAME: usize = 31;

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// `text` as it fits a cell: unchanged when within `limit` UTF-16 units, otherwise cut at a
/// character boundary and ended with `marker`, so that the whole is exactly within the limit.
/// The second value is the original length when the text was cut.
pub(crate) fn fit_cell<'a>(
    text: &'a str,
    marker: &str,
    limit: usize,
) -> (Cow<'a, str>, Option<usize>) {
    // A character takes no more UTF-16 units than UTF-8 bytes: most text needs no counting.
    if text.len() <= limit {
        return (Cow::Borrowed(text), None);
    }
    let len = utf16_len(text);
    if len <= limit {
        return (Cow::Borrowed(text), None);
    }
    let room = limit.saturating_sub(utf16_len(marker));
    let mut used = 0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if used + c.len_utf16() > room {
            break;
        }
        used += c.len_utf16();
        end = i + c.len_utf8();
    }
    let mut out = String::with_capacity(end + marker.len());
    out.push_str(&text[..end]);
    out.push_str(marker);
    (Cow::Owned(out), Some(len))
}

/// A valid Excel sheet name made from `name`: the characters `[]:*?/\` become `-`, control
/// characters are dropped, leading and trailing apostrophes and spaces are trimmed, the result
/// is cut to 31 characters, and an empty result becomes `Sheet`.
pub(crate) fn sanitize_sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c => c,
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '\'' || c.is_whitespace());
    let mut out = String::new();
    let mut used = 0;
    for c in trimmed.chars() {
        if used + c.len_utf16() > MAX_SHEET_NAME {
            break;
        }
        used += c.len_utf16();
        out.push(c);
    }
    let out = out
        .trim_end_matches(|c: char| c == '\'' || c.is_whitespace())
        .to_owned();
    if out.is_empty() {
        "Sheet".to_owned()
    } else {
        out
    }
}

/// The name of the `n`th sheet (from 1) of a series: `base` for the first, `base (n)` after,
/// cut so that the suffix always fits.
pub(crate) fn numbered_sheet_name(base: &str, n: usize) -> String {
    let base = sanitize_sheet_name(base);
    if n <= 1 {
        return base;
    }
    let suffix = format!(" ({n})");
    let room = MAX_SHEET_NAME - suffix.len();
    let mut out = String::new();
    let mut used = 0;
    for c in base.chars() {
        if used + c.len_utf16() > room {
            break;
        }
        used += c.len_utf16();
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    out.push_str(&suffix);
    out
}

/// Escapes `&` for a page header or footer, where it starts a control code.
pub(crate) fn escape_header(text: &str) -> String {
    text.replace('&', "&&")
}

/// `text` cut to at most `max` UTF-16 units, with an ellipsis when cut.
pub(crate) fn shorten(text: &str, max: usize) -> Cow<'_, str> {
    fit_cell(text, "…", max).0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_unchanged() {
        let (t, cut) = fit_cell("Sở Kế hoạch và Đầu tư", "…", 100);
        assert_eq!(t, "Sở Kế hoạch và Đầu tư");
        assert_eq!(cut, None);
    }

    #[test]
    fn long_text_is_cut_to_the_limit_with_the_marker() {
        let text = "ệ".repeat(40_000);
        let (t, cut) = fit_cell(&text, " …[truncated]", MAX_CELL_CHARS);
        assert_eq!(cut, Some(40_000));
        assert_eq!(utf16_len(&t), MAX_CELL_CHARS);
        assert!(t.ends_with(" …[truncated]"));
        // Characters outside the basic plane count twice and are never split.
        let text = "😀".repeat(20_000);
        let (t, _) = fit_cell(&text, "…", MAX_CELL_CHARS);
        assert!(utf16_len(&t) <= MAX_CELL_CHARS);
        assert!(t.ends_with("😀…"));
    }

    #[test]
    fn sheet_names_are_sanitised() {
        assert_eq!(sanitize_sheet_name("a/b:c[d]*?\\"), "a-b-c-d----");
        assert_eq!(sanitize_sheet_name("'quoted'"), "quoted");
        assert_eq!(sanitize_sheet_name("   "), "Sheet");
        assert_eq!(sanitize_sheet_name(&"x".repeat(40)).len(), 31);
        assert_eq!(sanitize_sheet_name("Văn bản chỉ đạo"), "Văn bản chỉ đạo");
    }

    #[test]
    fn numbered_names_fit() {
        assert_eq!(numbered_sheet_name("Tasks", 1), "Tasks");
        assert_eq!(numbered_sheet_name("Tasks", 2), "Tasks (2)");
        let long = numbered_sheet_name(&"y".repeat(40), 12);
        assert_eq!(long.chars().count(), 31);
        assert!(long.ends_with(" (12)"));
    }

    #[test]
    fn header_ampersands_are_escaped() {
        assert_eq!(escape_header("Sở KH&ĐT"), "Sở KH&&ĐT");
    }
}
