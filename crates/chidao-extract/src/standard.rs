//! The standard names of ministries and provincial departments with the abbreviations
//! documents write them in ("Sở KH&ĐT" is "Sở Kế hoạch và Đầu tư"), so that a name and its
//! abbreviation are one agency, and a new agency is recorded under its full name.

/// A field of government: its full name after "Bộ" or "Sở", and its usual abbreviations.
const FIELDS: &[(&str, &[&str])] = &[
    ("Kế hoạch và Đầu tư", &["KH&ĐT", "KHĐT", "KH-ĐT"]),
    ("Tài chính", &["TC"]),
    (
        "Nông nghiệp và Phát triển nông thôn",
        &["NN&PTNT", "NNPTNT", "NN-PTNT"],
    ),
    ("Nông nghiệp và Môi trường", &["NN&MT", "NNMT"]),
    ("Tài nguyên và Môi trường", &["TN&MT", "TNMT", "TN-MT"]),
    ("Thông tin và Truyền thông", &["TT&TT", "TTTT", "TT-TT"]),
    ("Khoa học và Công nghệ", &["KH&CN", "KHCN"]),
    (
        "Lao động - Thương binh và Xã hội",
        &["LĐ-TB&XH", "LĐTBXH", "LĐ-TBXH"],
    ),
    (
        "Văn hóa, Thể thao và Du lịch",
        &["VH,TT&DL", "VHTTDL", "VH-TT-DL"],
    ),
    ("Giáo dục và Đào tạo", &["GD&ĐT", "GDĐT", "GD-ĐT"]),
    ("Giao thông vận tải", &["GTVT"]),
    ("Xây dựng", &["XD"]),
    ("Công Thương", &["CT"]),
    ("Y tế", &["YT"]),
    ("Nội vụ", &["NV"]),
    ("Tư pháp", &["TP"]),
    ("Ngoại vụ", &["NgV"]),
];

/// Whether `next`, after a comma, goes on the field name `prev` started ("Văn hóa" and "Thể
/// thao và Du lịch").
pub(crate) fn field_goes_on(prev: &str, next: &str) -> bool {
    let joined = format!("{prev}, {next}");
    FIELDS
        .iter()
        .any(|(full, _)| full.contains(',') && full.starts_with(&joined))
}

/// The fields' full names as match keys, word by word.
static FIELD_KEYS: std::sync::LazyLock<Vec<Vec<String>>> = std::sync::LazyLock::new(|| {
    FIELDS
        .iter()
        .map(|(full, _)| {
            crate::text::words(full)
                .into_iter()
                .map(|(_, w)| chidao_model::match_key(w))
                .collect()
        })
        .collect()
});

/// How many words after the "Sở" or "Bộ" at word `i` spell a field's full name, whatever
/// their case or tone placement ("Sở Lao động - Thương binh và xã hội", "Bộ Tài nguyên và
/// môi trường"): a name with a word written in lower case is still read whole.
pub(crate) fn field_words_at(ws: &[(usize, &str)], i: usize) -> Option<usize> {
    if !matches!(ws.get(i)?.1, "Sở" | "Bộ") {
        return None;
    }
    // each word's key is made once, and only as far as some field still matches
    let mut keys: Vec<String> = Vec::new();
    // whether the key of the `k`-th word after the head is `want`
    let mut is = |k: usize, want: &str| -> bool {
        while keys.len() <= k {
            let Some(&(_, w)) = ws.get(i + 1 + keys.len()) else {
                return false;
            };
            keys.push(chidao_model::match_key(w));
        }
        keys[k] == want
    };
    let mut best = None;
    for f in FIELD_KEYS.iter() {
        if (0..f.len()).all(|k| is(k, &f[k])) {
            best = best.max(Some(f.len()));
        }
    }
    best
}

/// Bodies known by an abbreviation of their own.
const BODIES: &[(&str, &[&str])] = &[
    ("Văn phòng Chính phủ", &["VPCP"]),
    ("Ngân hàng Nhà nước Việt Nam", &["NHNN"]),
    ("Thanh tra Chính phủ", &["TTCP"]),
    ("Ủy ban Dân tộc", &["UBDT"]),
    ("Bộ Công an", &["BCA"]),
    ("Bộ Quốc phòng", &["BQP"]),
];

/// The standard full name of `name` when it is an abbreviation the list knows: "Sở KH&ĐT" →
/// "Sở Kế hoạch và Đầu tư", "Bộ NN&PTNT" → "Bộ Nông nghiệp và Phát triển nông thôn".
pub(crate) fn full_name(name: &str) -> Option<String> {
    let name = name.trim();
    for (head, rest) in [
        ("Sở", name.strip_prefix("Sở ")),
        ("Bộ", name.strip_prefix("Bộ ")),
    ] {
        let Some(rest) = rest else { continue };
        let rest = rest.trim();
        if let Some((full, _)) = FIELDS.iter().find(|(_, abbrs)| abbrs.contains(&rest)) {
            return Some(format!("{head} {full}"));
        }
    }
    BODIES
        .iter()
        .find(|(_, abbrs)| abbrs.contains(&name))
        .map(|(full, _)| (*full).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_become_the_standard_names() {
        assert_eq!(
            full_name("Sở KH&ĐT").as_deref(),
            Some("Sở Kế hoạch và Đầu tư")
        );
        assert_eq!(
            full_name("Bộ NN&PTNT").as_deref(),
            Some("Bộ Nông nghiệp và Phát triển nông thôn")
        );
        assert_eq!(
            full_name("Sở TT&TT").as_deref(),
            Some("Sở Thông tin và Truyền thông")
        );
        assert_eq!(full_name("VPCP").as_deref(), Some("Văn phòng Chính phủ"));
        assert_eq!(full_name("Sở Tài chính"), None);
        assert_eq!(full_name("KH&ĐT"), None);
    }

    #[test]
    fn a_field_name_is_known_in_any_case() {
        let ws = |t: &'static str| crate::text::words(t);
        let t = "Sở Lao động - Thương binh và xã hội chủ trì";
        assert_eq!(field_words_at(&ws(t), 0), Some(7));
        let t = "Bộ Văn hoá, thể thao và du lịch";
        assert_eq!(field_words_at(&ws(t), 0), Some(7));
        assert_eq!(field_words_at(&ws("Sở Tài chính tỉnh"), 0), Some(2));
        assert_eq!(field_words_at(&ws("Sở Tài nguyên rừng"), 0), None);
        assert_eq!(field_words_at(&ws("Ban Tài chính"), 0), None);
    }
}
