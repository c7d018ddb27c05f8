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
}
