//! Agency names in running text: where one starts (a head word such as "Sở", "Bộ", "UBND",
//! or a collective "các sở, ban, ngành") and where it ends (before the verb that follows it,
//! or the punctuation that closes it). No list of names is needed to find one; the gazetteer
//! only says afterwards whether it is known.

/// Head words that start an agency's name, with the word that must follow where the first
/// alone is ambiguous ("Văn phòng", not "Văn bản"). An empty second word means any.
const HEADS: &[(&str, &[&str])] = &[
    ("Bộ", &[]),
    ("Sở", &[]),
    ("Ủy", &["ban"]),
    ("Uỷ", &["ban"]),
    ("UBND", &[]),
    ("HĐND", &[]),
    ("BHXH", &[]),
    ("Văn", &["phòng"]),
    ("Ban", &[]),
    ("Cục", &[]),
    ("Tổng", &["cục", "công", "liên", "Công", "Liên"]),
    ("Công", &["an", "ty", "đoàn"]),
    ("Kho", &["bạc"]),
    ("Thanh", &["tra"]),
    ("Đài", &[]),
    ("Thông", &["tấn"]),
    ("Doanh", &["nghiệp"]),
    ("Báo", &[]),
    ("Trung", &["tâm", "ương"]),
    ("Hội", &[]),
    ("Liên", &["đoàn", "minh", "hiệp"]),
    ("Đoàn", &[]),
    ("Tỉnh", &["ủy", "uỷ", "Ủy", "đoàn", "Đoàn"]),
    ("Thành", &["ủy", "uỷ", "Ủy", "đoàn", "Đoàn"]),
    ("Huyện", &["ủy", "uỷ", "Ủy"]),
    ("Mặt", &["trận"]),
    ("Ngân", &["hàng"]),
    ("Chủ", &["tịch", "đầu"]),
    ("chủ", &["đầu"]),
    ("Cấp", &["ủy", "uỷ"]),
    ("cấp", &["ủy", "uỷ"]),
    ("Thủ", &["trưởng", "tướng"]),
    ("Phó", &["Thủ", "Chủ", "Giám", "chủ"]),
    ("Giám", &["đốc"]),
    ("Chi", &["cục"]),
    ("Viện", &[]),
    ("Tòa", &["án"]),
    ("Tập", &["đoàn"]),
    ("Quỹ", &[]),
    ("Cơ", &["quan"]),
    ("Đảng", &["ủy", "uỷ", "Ủy", "đoàn"]),
    ("Thường", &["trực"]),
    ("Chính", &["phủ"]),
    ("Kiểm", &["toán"]),
    ("Bảo", &["hiểm"]),
    ("Cảnh", &["sát"]),
    ("Hải", &["quan"]),
    ("Điện", &["lực"]),
    ("Lực", &["lượng"]),
    ("Cảng", &["vụ"]),
    ("Bệnh", &["viện"]),
    (
        "Trường",
        &["Đại", "Cao", "Chính", "Trung", "Cán", "đại", "cao"],
    ),
    ("Vụ", &[]),
    ("Tổ", &["đảng", "công", "chuyên", "Công"]),
    ("Vườn", &["quốc"]),
    ("Hiệp", &["hội"]),
    ("Thuế", &["tỉnh", "thành", "cơ"]),
    ("Người", &["đứng"]),
    ("người", &["đứng"]),
];

/// Words that, right after a head word, make it something else: "Ban hành" (to issue),
/// "Báo cáo" (a report), "Hội nghị" (a meeting), "Bộ máy" (the apparatus).
const NOT_AFTER_HEAD: &[&str] = &[
    "hành",
    "cáo",
    "nghị",
    "thảo",
    "máy",
    "tiêu",
    "chỉ",
    "kết",
    "viên",
    "thông",
    "chí",
    "lãnh",
    "học",
    "trưởng",
    "phận",
];

/// Nouns of a collective after "các" ("các sở", "các cơ quan liên quan").
const COLLECTIVE: &[&str] = &[
    "công",
    "vườn",
    "ngân",
    "quỹ",
    "viện",
    "đài",
    "báo",
    "ban quản lý",
    "bộ",
    "sở",
    "ban",
    "ngành",
    "cơ",
    "địa",
    "đơn",
    "cấp",
    "huyện",
    "tỉnh",
    "thành",
    "xã",
    "phường",
    "tổ",
    "doanh",
    "hội",
    "đoàn",
    "tập",
    "trường",
    "bệnh",
    "chủ",
    "nhà",
    "ủy",
    "uỷ",
    "thành viên",
    "quận",
    "thị",
    "cục",
    "chi",
    "phòng",
    "trung",
    "tổng",
    "lực",
    "hợp",
];

/// Bodies a collective lists after a comma that are no collective nouns of their own:
/// "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp".
const LISTED_BODIES: &[&str] = &["chính quyền", "đoàn thể", "tổ chức"];

/// Words `k` and `k + 1` in lower case.
fn lower_pair(ws: &[(usize, &str)], k: usize) -> Option<String> {
    Some(format!(
        "{} {}",
        lower(ws.get(k)?.1),
        lower(ws.get(k + 1)?.1)
    ))
}

/// Words in lower case that go on after a field's full name: where the body is.
const AFTER_FIELD: &[&str] = &[
    "tỉnh",
    "thành",
    "huyện",
    "quận",
    "thị",
    "xã",
    "phường",
    "thuộc",
    "các",
    "trung",
    "cùng",
];

/// Second syllables of words in agency names that are also verbs by themselves.
const COMPOUND_SECONDS: &[&str] = &["tạo", "giao", "phòng", "sát"];

/// Nouns of agency names written in lower case whose second syllable is also a verb by
/// itself: "Viện kiểm sát nhân dân", "Cơ quan chủ quản Chương trình".
const LOWER_COMPOUNDS: &[&str] = &["kiểm sát", "ban chỉ", "chỉ đạo", "chương trình", "chủ đầu"];

/// Heads that name no body by themselves: "Cơ quan", "Các đơn vị". Words in lower case
/// after them up to a duty say which body they mean ("Cơ quan phối hợp có trách nhiệm …",
/// "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án").
const GENERIC: &[&str] = &[
    "cơ quan",
    "các cơ quan",
    "đơn vị",
    "các đơn vị",
    "tổ chức",
    "các tổ chức",
];

/// Whether `name` is a head that names no body by itself ("Cơ quan", "Các đơn vị").
pub(crate) fn is_generic(name: &str) -> bool {
    GENERIC.contains(&name.to_lowercase().as_str())
}

/// Terms written with a hyphen inside a name: "tổ chức chính trị - xã hội", "kinh tế - xã
/// hội". The pair of words either side of the hyphen.
const HYPHENATED: &[(&str, &str)] = &[("trị", "xã"), ("tế", "xã")];

/// Levels and kinds of body that a name lists after a comma ("UBND xã, phường").
const ADMIN_UNITS: &[&str] = &[
    "xã",
    "phường",
    "thị",
    "huyện",
    "quận",
    "tỉnh",
    "thành",
    "ban",
    "ngành",
    "đặc",
];

/// What a project board manages, after "Ban Quản lý": "dự án đầu tư xây dựng".
const PROJECT_BOARD: &[&str] = &["dự", "án", "đầu", "tư", "xây", "dựng"];

/// What a body by its kind manages, after "quản lý": "các sở quản lý nhà nước chuyên ngành",
/// "Các cơ quan quản lý chuyên ngành", "Uỷ ban quản lý vốn nhà nước tại doanh nghiệp".
const MANAGED: &[&str] = &[
    "nhà",
    "chuyên",
    "lĩnh",
    "ngành",
    "vốn",
    "tài",
    "đường",
    "thị",
    "rừng",
];

/// Words in lower case that go on with what a body manages: "… về hạ tầng", "… tại doanh
/// nghiệp".
const MANAGED_GOES_ON: &[&str] = &["về", "tại"];

/// Words a verb phrase starts with: an agency's name ends before any of them. Matched on the
/// lower-case word; two-word entries are matched on two words.
const STOPS: &[&str] = &[
    "thẩm tra",
    "đổi mới",
    "chú trọng",
    "sơ kết",
    "tổng kết",
    "đẩy nhanh",
    "phát động",
    "tiếp thu",
    "ghi nhận",
    "biểu dương",
    "kết luận",
    "quyết định",
    "chủ trì",
    "phối hợp",
    "có",
    "khẩn trương",
    "tập trung",
    "tiếp tục",
    "chỉ đạo",
    "rà soát",
    "tham mưu",
    "nghiên cứu",
    "xây dựng",
    "hướng dẫn",
    "thực hiện",
    "tổ chức",
    "triển khai",
    "báo cáo",
    "đề xuất",
    "kiểm tra",
    "hoàn thiện",
    "hoàn thành",
    "theo dõi",
    "đôn đốc",
    "căn cứ",
    "quan tâm",
    "sớm",
    "chủ động",
    "phải",
    "cần",
    "ban hành",
    "trình",
    "bố trí",
    "thẩm định",
    "đẩy mạnh",
    "tăng cường",
    "nâng cao",
    "bảo đảm",
    "đảm bảo",
    "xem xét",
    "gắn",
    "tán thành",
    "thống nhất",
    "tìm",
    "lưu ý",
    "giải quyết",
    "đáp ứng",
    "lãnh đạo",
    "phân bổ",
    "cân đối",
    "lập",
    "làm",
    "thống nhất",
    "tổng hợp",
    "cung cấp",
    "đánh giá",
    "xử lý",
    "gửi",
    "là",
    "được",
    "đã",
    "sẽ",
    "đang",
    "khi",
    "để",
    "theo",
    "về",
    "trong",
    "trước",
    "tại",
    "với",
    "cùng",
    "nghiêm",
    "kịp",
    "thường xuyên",
    "định kỳ",
    "hỗ trợ",
    "phổ biến",
    "tuyên truyền",
    "vận động",
    "ưu tiên",
    "khắc phục",
    "tháo gỡ",
    "thúc đẩy",
    "phát huy",
    "quyết liệt",
    "chịu",
    "giao",
    "đề nghị",
    "yêu cầu",
    "tiến hành",
    "phấn đấu",
    "quản lý",
    "bổ sung",
    "điều chỉnh",
    "sửa đổi",
    "phê duyệt",
    "chuẩn bị",
    "hoàn tất",
    "ký",
    "trả lời",
    "giám sát",
    "kiểm soát",
    "tăng",
    "giảm",
    "thu",
    "chi trả",
    "cập nhật",
    "công khai",
    "duy trì",
    "phát triển",
    "mở rộng",
    "đầu tư",
    "tiếp nhận",
    "thông báo",
    "gấp",
    "ngay",
    "nhằm",
    "thì",
    "mà",
    "nhưng",
    "nên",
    "vẫn",
    "không",
    "chưa",
    "cũng",
    "đều",
    "tự",
    "trực tiếp",
    "tích cực",
    "rút kinh nghiệm",
    "nắm",
    "lựa chọn",
    "tạo",
    "huy động",
    "tuyên",
    "đề ra",
    "xác định",
    "thành lập",
    "kiện toàn",
    "sắp xếp",
    "tham gia",
    "hướng",
    "đăng",
    "lấy",
    "đưa",
    "dừng",
    "thanh tra",
    "rà",
    "cử",
    "bàn",
    "phân công",
    "tổ",
    "ngăn",
    "phòng",
    "chấn chỉnh",
    "biểu dương",
    "ghi nhận",
    "cơ bản",
    "đối với",
    "như",
    "gồm",
    "bao gồm",
    "của",
    "này",
    "đó",
    "trên",
    "dưới",
    "từ",
    "đến",
    "nhanh",
    "kiên quyết",
    "quyết",
    "sâu sát",
    "sát",
    "đúng",
    "khảo sát",
    "đo",
    "lắp",
    "hoạt",
    "thiết lập",
    "mời",
    "tiếp",
    "nhận",
    "xin",
    "tăng tốc",
    "đẩy",
    "tháo",
    "thu hồi",
    "kêu gọi",
    "xúc tiến",
    "đối chiếu",
    "ra",
    "vào",
    "lên",
    "bám",
    "nêu",
    "cho",
    "trân trọng",
    "quy định",
];

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// Whether `w` in lower case is `want`, without making the lower-case word (for checks run at
/// every word of a name).
fn is_lower_word(w: &str, want: &str) -> bool {
    w.chars().flat_map(char::to_lowercase).eq(want.chars())
}

fn is_upper_initial(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a verb phrase starts at word `i`.
pub(crate) fn stop_at(ws: &[(usize, &str)], i: usize) -> bool {
    let Some(&(_, w)) = ws.get(i) else {
        return true;
    };
    let w = lower(w);
    // two-word entries are compared word by word, without making the pair
    STOPS.iter().any(|s| match s.split_once(' ') {
        Some((a, b)) => a == w && ws.get(i + 1).is_some_and(|&(_, n)| is_lower_word(n, b)),
        None => *s == w,
    })
}

/// Whether a verb in lower case starts at word `i`, and not the second syllable of a
/// capitalised word ("Giáo dục và Đào tạo").
pub(crate) fn verb_at(ws: &[(usize, &str)], i: usize) -> bool {
    let Some(&(_, w)) = ws.get(i) else {
        return false;
    };
    let second =
        i > 0 && COMPOUND_SECONDS.contains(&lower(w).as_str()) && is_upper_initial(ws[i - 1].1);
    !is_upper_initial(w) && !second && stop_at(ws, i)
}

/// Whether an agency's name starts at word `i`, and how many words its head takes.
pub(crate) fn head_at(ws: &[(usize, &str)], i: usize) -> Option<usize> {
    let &(_, w) = ws.get(i)?;
    let next = ws.get(i + 1).map(|&(_, n)| n);
    if w == "các" || w == "Các" || w == "mỗi" || w == "Mỗi" {
        let n = lower(next?);
        // "Các báo cáo trên gửi Bộ Tư pháp …": reports, not newspapers
        if n == "báo" && ws.get(i + 2).is_some_and(|&(_, t)| is_lower_word(t, "cáo")) {
            return None;
        }
        let two = ws
            .get(i + 2)
            .map(|&(_, t)| format!("{n} {}", lower(t)))
            .unwrap_or_default();
        return (COLLECTIVE.contains(&n.as_str()) || COLLECTIVE.contains(&two.as_str()))
            .then_some(2);
    }
    // a province or city by its name, as notices of the Government address them: "tỉnh Phú
    // Thọ", "thành phố Đà Nẵng" (not "Tỉnh ủy", "Thành đoàn")
    let named = |k: usize| {
        ws.get(k)
            .is_some_and(|&(_, n)| is_upper_initial(n) && !matches!(n, "Ủy" | "Uỷ" | "Đoàn"))
    };
    if matches!(w, "tỉnh" | "Tỉnh") && named(i + 1) {
        return Some(1);
    }
    // "Tỉnh" alone, in a notice to a province: "Tỉnh tổ chức thực hiện nghiêm túc …"
    if w == "Tỉnh" && stop_at(ws, i + 1) && !is_upper_initial(next?) {
        return Some(1);
    }
    if matches!(w, "thành" | "Thành") && next == Some("phố") && named(i + 2) {
        return Some(2);
    }
    // "Bộ trưởng Bộ Tài chính", "Bộ trưởng các Bộ": a minister, like "Thủ trưởng"
    if w == "Bộ" && next == Some("trưởng") {
        return Some(2);
    }
    // "Cục trưởng Cục Thuế …", "Vụ trưởng Vụ …": the head of a department
    if matches!(w, "Cục" | "Vụ") && next == Some("trưởng") {
        return Some(2);
    }
    let (_, seconds) = HEADS.iter().find(|(h, _)| *h == w)?;
    if seconds.is_empty() {
        if next.is_some_and(|n| NOT_AFTER_HEAD.contains(&n)) {
            return None;
        }
        // "Bộ" and "Sở" alone name nothing: a name follows
        return Some(1);
    }
    seconds.contains(&next?).then_some(2)
}

/// Whether a name means many agencies: "các sở, ban, ngành", "UBND các huyện, thành phố",
/// "UBND cấp xã", "địa phương". The heads of agencies ("Giám đốc các Sở", "Thủ trưởng các
/// ngành") are people, not one.
pub(crate) fn is_collective(name: &str) -> bool {
    let t = name.to_lowercase();
    let heads = [
        "giám đốc",
        "thủ trưởng",
        "chủ tịch",
        "người đứng đầu",
        "bộ trưởng",
        "cục trưởng",
        "vụ trưởng",
        "trưởng",
    ];
    if heads.iter().any(|h| t.starts_with(h)) {
        return false;
    }
    // "Ủy ban nhân dân phường, xã, đặc khu": levels listed after a comma
    let levels = t.split(", ").skip(1).any(|part| {
        part.split_whitespace()
            .next()
            .is_some_and(|w| ADMIN_UNITS.contains(&w))
    });
    t.split_whitespace()
        .any(|w| matches!(w.trim_matches(','), "các" | "cấp"))
        || levels
        || t == "địa phương"
        || t == "các địa phương"
}

/// An agency's name found in a text: its byte span there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The index of the word after the name.
    pub(crate) next_word: usize,
}

/// The text between two words holds punctuation that closes a name.
fn closes(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ';' | ':' | '(' | ')' | '.' | '"' | '“' | '”' | '–' | '\n' | '/'
        )
    }) || gap.contains(" - ")
}

/// The agency name starting at word `i` of `text` (`ws` its words), if one starts there.
pub(crate) fn name_at(text: &str, ws: &[(usize, &str)], i: usize) -> Option<Name> {
    let head = head_at(ws, i)?;
    // "Tỉnh" alone ends before its verb
    if head == 1 && ws[i].1 == "Tỉnh" && stop_at(ws, i + 1) {
        return Some(Name {
            start: ws[i].0,
            end: ws[i].0 + ws[i].1.len(),
            next_word: i + 1,
        });
    }
    // "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp" lists like a collective
    let mut collective =
        matches!(ws[i].1, "các" | "Các" | "mỗi" | "Mỗi") || lower(ws[i].1) == "cấp" && head == 2;
    let mut j = i + head;
    let mut after_head = j;
    let mut capitalised = 0;
    // "các sở quản lý nhà nước …": the words after "quản lý" say what the body manages
    let mut managing = false;
    while j < ws.len() && j - i < 18 {
        // a body named by its kind alone goes on with what it manages ("các sở quản lý nhà
        // nước chuyên ngành về hạ tầng"), which a verb phrase never starts
        if j == after_head
            && capitalised == 0
            && j + 2 < ws.len()
            && is_lower_word(ws[j].1, "quản")
            && is_lower_word(ws[j + 1].1, "lý")
            && MANAGED.iter().any(|m| is_lower_word(ws[j + 2].1, m))
            && !closes(&text[ws[j].0 + ws[j].1.len()..ws[j + 2].0])
        {
            managing = true;
            j += 3;
            continue;
        }
        // "Ban Quản lý dự án đầu tư xây dựng số 1": the kind of project board is its name,
        // verbs and all
        if ws.len() >= j + PROJECT_BOARD.len()
            && PROJECT_BOARD
                .iter()
                .enumerate()
                .all(|(k, w)| is_lower_word(ws[j + k].1, w))
            && is_lower_word(ws[j - 1].1, "lý")
        {
            j += PROJECT_BOARD.len();
            continue;
        }
        // "Sở Lao động - Thương binh và xã hội": a field's full name, in any case, is whole
        if let Some(n) = crate::standard::field_words_at(ws, j - 1) {
            j += n;
            after_head = j;
            capitalised += 1;
            // after it, a word in lower case goes on only to say where ("Sở Y tế tỉnh …",
            // "Bộ Tài chính các nước"): "Bộ Văn hóa, Thể thao và Du lịch đây mạnh …" ends
            if ws.get(j).is_some_and(|&(_, w)| {
                !is_upper_initial(w) && !AFTER_FIELD.contains(&lower(w).as_str())
            }) {
                break;
            }
            continue;
        }
        let (at, w) = ws[j];
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        let gap = &text[prev_end..at];
        // "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Vụ Kế hoạch - Tài chính": a
        // capitalised word after a hyphen goes on with the name, unless it starts another
        let hyphenated = gap.trim() == "-"
            && (HYPHENATED.contains(&(lower(ws[j - 1].1).as_str(), lower(w).as_str()))
                || (!collective
                    && capitalised > 0
                    && is_upper_initial(w)
                    && !w.chars().all(char::is_uppercase)
                    && head_at(ws, j).is_none()));
        if closes(gap) && !hyphenated {
            break;
        }
        let comma = gap.contains(',');
        let lw = lower(w);
        if comma || lw == "và" || lw == "hoặc" {
            // inside a name ("Văn hóa, Thể thao và Du lịch") or a collective ("các sở, ban,
            // ngành"), else a list of names ends this one
            let (k, nw) = if comma && lw != "và" && lw != "hoặc" {
                (j, w)
            } else {
                match ws.get(j + 1) {
                    Some(&(_, n)) => (j + 1, n),
                    None => break,
                }
            };
            // "UBND xã, phường", "các sở, ban, ngành": a level or a kind of body after a comma
            // goes on listing; in a name, a capitalised word goes on ("Thể thao")
            let unit = ADMIN_UNITS.contains(&nw) && comma;
            // "các cấp, các ngành": a collective goes on with another "các …"
            if collective
                && comma
                && lower(nw) == "các"
                && let Some(n) = ws.get(k + 1).map(|&(_, n)| lower(n))
                && COLLECTIVE.contains(&n.as_str())
            {
                j = k + 2;
                continue;
            }
            let bodies = lower_pair(ws, k).is_some_and(|p| LISTED_BODIES.contains(&p.as_str()));
            // "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ": the kind of body the name
            // has named, again in lower case, is another of the same title
            let same = |a: usize, b: usize| {
                ws[a]
                    .1
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(ws[b].1.chars().flat_map(char::to_lowercase))
            };
            let again = comma
                && !is_upper_initial(nw)
                && k + 1 < ws.len()
                && (i..j.saturating_sub(1)).any(|m| same(m, k) && same(m + 1, k + 1))
                // (not "…, cơ quan chủ trì …", where the kind is the subject of a verb)
                && !stop_at(ws, k + 2);
            // "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ": a title alone shares what the next
            // title names
            let bare_title = comma
                && j == after_head
                && capitalised == 0
                && head == 2
                && matches!(ws[i + 1].1, "trưởng" | "tịch" | "đốc")
                && head_at(ws, k).is_some();
            let continues = bare_title
                || if collective {
                    (COLLECTIVE.contains(&lower(nw).as_str()) || bodies) && head_at(ws, k).is_none()
                } else {
                    unit || again || (is_upper_initial(nw) && head_at(ws, k).is_none())
                };
            if !continues {
                break;
            }
            j = k + 1;
            continue;
        }
        if let Some(h) = head_at(ws, j).filter(|_| lw != "các" && j >= i + head) {
            // a head right after a head goes on ("Thường trực Ủy ban", "Chủ tịch UBND",
            // "Giám đốc Sở"); after a name, it starts the next one ("Sở Tài chính Sở Xây dựng")
            // "… trực thuộc Trung ương", "… thuộc Bộ Tài chính" goes on
            // so does the Party committee or the centre a unit is of ("Ban Tuyên giáo Tỉnh ủy",
            // "Ủy ban Kiểm tra Thành ủy", "Ban Chỉ đạo Trung ương")
            let committee = matches!(lw.as_str(), "tỉnh" | "thành" | "huyện" | "quận" | "trung")
                && ws
                    .get(j + 1)
                    .is_some_and(|&(_, n)| matches!(lower(n).as_str(), "ủy" | "uỷ" | "ương"));
            // "Ban Chỉ huy Bộ đội Biên phòng tỉnh": the troops a command leads are its name
            let troops = w == "Bộ" && ws.get(j + 1).is_some_and(|&(_, n)| n == "đội");
            let belongs = lower(ws[j - 1].1) == "thuộc" || committee || troops;
            if j != after_head && !collective && capitalised > 0 && is_upper_initial(w) && !belongs
            {
                break;
            }
            after_head = j + h;
        }
        // "Ủy ban Kinh tế và Tài chính của Quốc hội": the committees of the National Assembly
        // are named with it
        if lw == "của"
            && ws.get(j + 1).is_some_and(|&(_, n)| n == "Quốc")
            && ws.get(j + 2).is_some_and(|&(_, n)| n == "hội")
        {
            j += 3;
            continue;
        }
        // "các cơ quan liên quan", "các đơn vị có liên quan", "các Bộ, ngành liên quan khác"
        let related = if lw == "liên" && ws.get(j + 1).is_some_and(|&(_, n)| n == "quan") {
            Some(2)
        } else if lw == "có"
            && ws.get(j + 1).is_some_and(|&(_, n)| n == "liên")
            && ws.get(j + 2).is_some_and(|&(_, n)| n == "quan")
        {
            Some(3)
        } else {
            None
        };
        if let Some(n) = related {
            j += n;
            if ws.get(j).is_some_and(|&(at, w)| {
                w == "khác" && !closes(&text[ws[j - 1].0 + ws[j - 1].1.len()..at])
            }) {
                j += 1;
            }
            break;
        }
        // the first word after "Sở" or "Bộ" is never the name's end ("Sở Xây dựng", "Bộ Tư
        // pháp"), nor is a capitalised word ("và Phát triển nông thôn"): verbs inside a
        // sentence are lower case
        // the second syllable of a capitalised word is part of it, even when it could start a
        // verb elsewhere ("Đào tạo", "Ngoại giao", "Quốc phòng", "Kiểm sát")
        let second_syllable = (COMPOUND_SECONDS.contains(&lw.as_str())
            && is_upper_initial(ws[j - 1].1))
            || LOWER_COMPOUNDS.contains(&format!("{} {lw}", lower(ws[j - 1].1)).as_str());
        let goes_on = (head == 1 && j == i + 1)
            || managing && MANAGED_GOES_ON.contains(&lw.as_str())
            || is_upper_initial(w)
            || second_syllable
            || lw == "các"
            || lw == "thuộc";
        if !goes_on && stop_at(ws, j) {
            break;
        }
        if is_upper_initial(w) {
            capitalised += 1;
        }
        if lw == "các" {
            // "UBND các huyện, thành phố" lists like a collective from here on
            collective = true;
        }
        j += 1;
    }
    let last = ws.get(j.checked_sub(1)?)?;
    let end = last.0 + last.1.len();
    let start = ws[i].0;
    // a head with nothing after it ("Bộ" alone, "các sở" is fine) names nothing
    if !collective && j == i + 1 && matches!(ws[i].1, "Bộ" | "Sở" | "Ban" | "Cục" | "Vụ") {
        return None;
    }
    Some(Name {
        start,
        end,
        next_word: j,
    })
}

/// Whether `text` is one agency's name and nothing else.
pub(crate) fn is_single_name(text: &str) -> bool {
    let ws = crate::text::words(text);
    name_at(text, &ws, 0).is_some_and(|n| text[n.end..].trim().is_empty())
}

/// Every agency named in `text`, left to right, not overlapping.
#[cfg(test)]
pub(crate) fn names(text: &str) -> Vec<Name> {
    let ws = crate::text::words(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match name_at(text, &ws, i) {
            Some(n) => {
                i = n.next_word.max(i + 1);
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        names(text)
            .into_iter()
            .map(|n| &text[n.start..n.end])
            .collect()
    }

    #[test]
    fn names_end_before_their_verb() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan rà soát",
                &["Sở Tài chính", "Sở Xây dựng", "các cơ quan liên quan"],
            ),
            (
                "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm tổ chức",
                &["Sở Văn hóa, Thể thao và Du lịch"],
            ),
            (
                "Giao các sở, ban, ngành, UBND các huyện, thành phố khẩn trương triển khai",
                &["các sở, ban, ngành", "UBND các huyện, thành phố"],
            ),
            (
                "Sở Nông nghiệp và Phát triển nông thôn tham mưu lãnh đạo UBND tỉnh làm việc với Bộ Nông nghiệp và Phát triển nông thôn để",
                &[
                    "Sở Nông nghiệp và Phát triển nông thôn",
                    "UBND tỉnh",
                    "Bộ Nông nghiệp và Phát triển nông thôn",
                ],
            ),
            ("Ban hành kế hoạch. Báo cáo kết quả. Hội nghị", &[]),
            ("Trường hợp cần thiết thực hiện", &[]),
            (
                "UBND tỉnh yêu cầu các cấp, các ngành tiếp thu",
                &["UBND tỉnh", "các cấp, các ngành"],
            ),
            (
                "Vườn quốc gia Hoàng Liên, các Công ty Lâm nghiệp chủ động nghiên cứu",
                &["Vườn quốc gia Hoàng Liên", "các Công ty Lâm nghiệp"],
            ),
            (
                "Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh phối hợp",
                &["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
            ),
            (
                "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động bố trí",
                &[
                    "Các sở, ban, ngành, tổ chức chính trị - xã hội",
                    "Ủy ban nhân dân các xã, phường",
                ],
            ),
            (
                "Ủy ban nhân dân thành phố Đà Nẵng chỉ đạo các sở, ngành tăng cường",
                &["Ủy ban nhân dân thành phố Đà Nẵng", "các sở, ngành"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), *want, "{text}");
        }
    }
}
