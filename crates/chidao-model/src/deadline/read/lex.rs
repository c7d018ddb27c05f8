//! Tokens of a phrase, with the byte span of each in the text as written.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind {
    /// A word: where its letters in NFC lower case are in [`Lexed::lower`], and whether the
    /// phrase it is in has no diacritics at all (then a word matches a keyword by its letters
    /// alone).
    Word {
        lower: (u32, u32),
        plain: bool,
        /// Whether a pattern can start at this word.
        starts: bool,
    },
    /// A run of ASCII digits: its value (saturating) and how many digits it has.
    Num { value: u64, digits: usize },
    /// Any other character that is not white space.
    Sym(char),
}

/// One token.
#[derive(Debug, Clone)]
pub(super) struct Tok {
    pub(super) kind: Kind,
    /// Byte span in the phrase as given.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether white space comes before it.
    pub(super) gap: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_combining_mark(c)
}

/// The words a pattern of the scanner can start with (sorted, for a binary search): a word not
/// among them is passed over without trying every pattern on it.
const PATTERN_STARTS: &[&str] = &[
    "ba",
    "báo",
    "bảy",
    "bốn",
    "chín",
    "chủ",
    "cuối",
    "gian",
    "giữa",
    "gấp",
    "hai",
    "hàng",
    "hạn",
    "hằng",
    "hết",
    "khi",
    "không",
    "khẩn",
    "kịp",
    "kỳ",
    "liên",
    "lâu",
    "lập",
    "mười",
    "mỗi",
    "một",
    "ngay",
    "ngày",
    "năm",
    "nếu",
    "nửa",
    "quí",
    "quý",
    "qúy",
    "sau",
    "sáu",
    "sớm",
    "tháng",
    "thường",
    "thời",
    "thứ",
    "trong",
    "trước",
    "trường",
    "tuần",
    "tám",
    "tới",
    "vòng",
    "đầu",
    "đến",
    "định",
];

/// The tokens of a phrase, and the lower-case NFC letters of its words, one buffer for all.
pub(super) struct Lexed {
    pub(super) toks: Vec<Tok>,
    pub(super) lower: String,
}

/// Splits a phrase into words, numbers and symbols.
///
/// A word matches a keyword by its letters alone only when the whole phrase is written without
/// diacritics: in Vietnamese written with them, "tu" (repair) is not "từ" (from), nor "sau"
/// "sáu".
pub(super) fn tokens(text: &str) -> Lexed {
    let unaccented = text.is_ascii();
    let mut out = Vec::new();
    let mut buf = String::with_capacity(text.len() + 8);
    let mut chars = text.char_indices().peekable();
    let mut gap = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            let digits = &text[start..end];
            let value = digits.bytes().fold(0u64, |v, b| {
                v.saturating_mul(10).saturating_add(u64::from(b - b'0'))
            });
            Kind::Num {
                value,
                digits: digits.len(),
            }
        } else if is_word_char(c) {
            while let Some(&(i, d)) = chars.peek() {
                if !is_word_char(d) {
                    break;
                }
                end = i + d.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            let from = buf.len();
            if is_nfc_quick(word.chars()) == IsNormalized::Yes {
                buf.extend(word.chars().flat_map(char::to_lowercase));
            } else {
                buf.extend(word.nfc().flat_map(char::to_lowercase));
            }
            let starts = unaccented || PATTERN_STARTS.binary_search(&&buf[from..]).is_ok();
            Kind::Word {
                lower: (from as u32, buf.len() as u32),
                plain: unaccented,
                starts,
            }
        } else {
            Kind::Sym(c)
        };
        out.push(Tok {
            kind,
            start,
            end,
            gap,
        });
        gap = false;
    }
    Lexed {
        toks: out,
        lower: buf,
    }
}

/// A keyword without its diacritics ("tháng" → "thang"), to match words typed without them.
pub(super) fn plain(word: &str) -> String {
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| if c == 'đ' { 'd' } else { c })
        .collect()
}

impl Tok {
    /// Whether the token is the word `keyword` (lower case, with its diacritics), written with
    /// them or, in a word with none at all, without them. Tone marks count: "ngày" (day) is
    /// not "ngay" (at once), "từ" (from) is not "tư" (fourth), "quý" (quarter) is not "quỹ"
    /// (fund).
    pub(super) fn is(&self, lower: &str, keyword: &str) -> bool {
        let Kind::Word {
            lower: (from, to),
            plain: unaccented,
            ..
        } = self.kind
        else {
            return false;
        };
        let word = lower.get(from as usize..to as usize).unwrap_or("");
        // most comparisons fail on the length or the first byte: test those before the bytes
        let same = |a: &str, b: &str| {
            a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
        };
        same(word, keyword)
            || (unaccented && word.len() <= keyword.len() && word == plain(keyword))
            || (word.starts_with('q') && modern_spelling(word) == keyword)
    }

    /// The word in lower case, from the phrase's buffer `lower`, if the token is one.
    pub(super) fn word<'a>(&self, lower: &'a str) -> Option<&'a str> {
        match self.kind {
            Kind::Word { lower: (a, b), .. } => lower.get(a as usize..b as usize),
            _ => None,
        }
    }

    /// Whether a pattern of the scanner can start at this token: a number, or one of the words
    /// patterns start with.
    pub(super) fn starts_pattern(&self) -> bool {
        match self.kind {
            Kind::Word { starts, .. } => starts,
            Kind::Num { .. } => true,
            Kind::Sym(_) => false,
        }
    }

    /// The number, if the token is one.
    pub(super) fn num(&self) -> Option<(u64, usize)> {
        match self.kind {
            Kind::Num { value, digits } => Some((value, digits)),
            _ => None,
        }
    }

    /// Whether the token is the symbol `c`.
    pub(super) fn is_sym(&self, c: char) -> bool {
        self.kind == Kind::Sym(c)
    }

    /// Whether the token ends a clause: `,` `;` `.` `(` `)` `:` and line breaks' neighbours.
    pub(super) fn ends_clause(&self) -> bool {
        matches!(
            self.kind,
            Kind::Sym(',' | ';' | '.' | '(' | ')' | ':' | '[' | ']')
        )
    }
}

/// The spellings an older typewriter or rule gives some keywords: "quí" for "quý", tone marks
/// placed on the other vowel.
fn modern_spelling(lower: &str) -> &str {
    match lower {
        "quí" => "quý",
        "qúy" => "quý",
        _ => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_into_the_text_as_written() {
        let nfd: String = "Trước ngày 31/3".nfd().collect();
        let Lexed { toks, lower } = tokens(&nfd);
        assert_eq!(toks.len(), 5);
        assert!(toks[0].is(&lower, "trước"));
        assert!(toks[1].is(&lower, "ngày"));
        assert_eq!(&nfd[toks[1].start..toks[1].end], "nga\u{300}y");
        assert_eq!(toks[2].num(), Some((31, 2)));
        assert!(toks[3].is_sym('/') && !toks[3].gap);
        assert!(toks[1].gap);
    }

    #[test]
    fn pattern_starts_are_sorted_and_in_nfc() {
        assert!(PATTERN_STARTS.windows(2).all(|w| w[0] < w[1]));
        assert!(
            PATTERN_STARTS
                .iter()
                .all(|w| w.nfc().collect::<String>() == *w)
        );
    }

    #[test]
    fn tone_marks_tell_words_apart() {
        let lexed = tokens("ngay ngày NGÀY quỹ quý tư từ tu");
        let is = |i: usize, w: &str| lexed.toks[i].is(&lexed.lower, w);
        assert!(is(0, "ngay") && !is(0, "ngày"));
        assert!(is(1, "ngày") && !is(1, "ngay"));
        assert!(is(2, "ngày"));
        assert!(!is(3, "quý"));
        assert!(is(4, "quý"));
        assert!(!is(5, "từ") && is(6, "từ"));
        // "tu" (repair) in a phrase with diacritics is not "từ"
        assert!(!is(7, "từ"));
        // a phrase typed without any diacritics matches by letters alone
        let lexed = tokens("truoc ngay 31/3/2024 tu");
        let is = |i: usize, w: &str| lexed.toks[i].is(&lexed.lower, w);
        assert!(is(0, "trước") && is(1, "ngày") && is(7, "từ"));
    }
}
