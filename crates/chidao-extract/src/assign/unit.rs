//! The unit of work: which further sentences of an item give work of their own.
//!
//! An office tracks each instruction on its own row: in "6. Tập trung đẩy nhanh tiến độ … .
//! Tiếp tục tăng cường công tác quản lý đất đai … . Tập trung thúc đẩy giải ngân …" every
//! sentence that opens with an instruction is its own task, of the same lead, with its own
//! deadline. A sentence that only dates, reports or explains the work before it ("Thời gian
//! hoàn thành: …", "Báo cáo kết quả về …", "Trong đó …", "Mục tiêu là …") stays with it.

use super::lead::{Lead, find_lead, phrase_at};
use crate::agency::name_at;

/// Words that open an instruction: what a directive asks to be done.
const INSTRUCTIONS: &[&str] = &[
    "bảo đảm",
    "ban hành",
    "bố trí",
    "cải thiện",
    "chấn chỉnh",
    "chỉ đạo",
    "chủ động",
    "chuẩn bị",
    "có biện pháp",
    "có các biện pháp",
    "có các giải pháp",
    "có giải pháp",
    "có kế hoạch",
    "có phương án",
    "đảm bảo",
    "đẩy mạnh",
    "đẩy nhanh",
    "đề xuất",
    "đôn đốc",
    "duy trì",
    "gắn",
    "giải quyết",
    "hỗ trợ",
    "hoàn thành dứt điểm",
    "hoàn thiện",
    "huy động",
    "hướng dẫn",
    "khắc phục",
    "khẩn trương",
    "khôi phục",
    "kiểm tra",
    "kiện toàn",
    "kịp thời",
    "lưu ý",
    "nâng cao",
    "nghiên cứu",
    "nghiêm túc",
    "phát huy",
    "phấn đấu",
    "phối hợp",
    "quan tâm",
    "quán triệt",
    "rà soát",
    "siết chặt",
    "tăng cường",
    "tập trung",
    "tham mưu",
    "tháo gỡ",
    "theo dõi",
    "thúc đẩy",
    "thực hiện",
    "tiếp tục",
    "tổ chức",
    "triển khai",
    "tuyên truyền",
    "ưu tiên",
    "xây dựng",
    "xử lý",
    "thường xuyên",
    "ứng dụng",
    "lồng ghép",
    "đổi mới",
    "củng cố",
    "bảo vệ",
    "phục hồi",
    "chú trọng",
    "kiểm soát",
    "phát triển",
    "phổ biến",
    "đào tạo",
    "khảo sát",
    "phê duyệt",
    "sử dụng",
    "thu gom",
    "công khai",
    "tổng hợp",
    "tuyệt đối",
];

/// Words before an instruction that join it to the one before without changing who does it.
const JOINS: &[&str] = &[
    "đồng thời",
    "ngoài ra",
    "bên cạnh đó",
    "mặt khác",
    "cùng với đó",
];

/// Whether a sentence (its words `ws`) opens with an instruction of its own: "Tổ chức đấu
/// giá các khu đất …", "Đồng thời tăng cường công tác thanh tra …", not "Thời gian hoàn thành
/// …", "Trong đó …" or "Một số cụm công nghiệp khác cần …".
///
/// A topic or a case before "thì" opens the instruction after it: "Đối với nội dung cần thiết
/// có văn bản chỉ đạo của UBND tỉnh thì chủ động đề xuất …".
pub(super) fn is_instruction(ws: &[(usize, &str)]) -> bool {
    let from = phrase_at(ws, 0, JOINS).unwrap_or(0);
    if phrase_at(ws, from, INSTRUCTIONS).is_some() {
        return true;
    }
    let topic = phrase_at(ws, 0, TOPICS).is_some();
    topic
        && ws
            .iter()
            .position(|&(_, w)| w == "thì")
            .is_some_and(|t| phrase_at(ws, t + 1, INSTRUCTIONS).is_some())
}

/// Whether sentence `s` (its words `ws`) opens with a case and then, after a comma, asks for
/// work: "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về Sở …",
/// "Nếu đảm bảo các điều kiện theo quy định, đề xuất phương án di dời …". An office tracks
/// such a request on its own row.
pub(super) fn is_instruction_after_case(s: &str, ws: &[(usize, &str)]) -> bool {
    // (a case closed with "thì" is read as a topic: "Trường hợp không báo cáo, … thì phải …"
    // says what follows a breach)
    if phrase_at(ws, 0, CASES).is_none() || ws.iter().any(|&(_, w)| w == "thì") {
        return false;
    }
    (1..ws.len().min(40)).any(|j| {
        let prev_end = ws[j - 1].0 + ws[j - 1].1.len();
        let gap = &s[prev_end..ws[j].0];
        gap.contains(',')
            && !gap.contains([';', '.', ':'])
            && ws[j].1.starts_with(char::is_lowercase)
            && (phrase_at(ws, j, INSTRUCTIONS).is_some() || phrase_at(ws, j, REQUESTS).is_some())
    })
}

/// Words opening a case before the work it asks for.
const CASES: &[&str] = &["nếu", "trong quá trình", "quá trình", "trường hợp", "khi"];

/// Requests that follow a case: to report, to reflect back, to propose.
const REQUESTS: &[&str] = &[
    "báo cáo",
    "phản ánh",
    "gửi",
    "đề xuất",
    "kiến nghị",
    "trao đổi",
];

/// Words opening a topic or a case that "thì" closes.
const TOPICS: &[&str] = &["đối với", "trường hợp", "riêng"];

/// Whether clause `c` (its words `ws`) after a semicolon is more work of its own: joined with
/// "đồng thời" ("…; đồng thời khẩn trương xây dựng Kế hoạch triển khai …"), or with partners
/// of its own ("…; phối hợp chặt chẽ với Bộ Giao thông vận tải đẩy nhanh tiến độ …"), whom a
/// tracker keeps on that task's row.
pub(super) fn is_joined_instruction(c: &str, ws: &[(usize, &str)]) -> bool {
    // after "đồng thời" comes the work ("… đồng thời thông tin về kết quả …") or its own lead
    let joined = phrase_at(ws, 0, &["đồng thời"]).is_some_and(|n| {
        phrase_at(ws, n, INSTRUCTIONS).is_some()
            || ws
                .get(n)
                .is_some_and(|&(_, w)| w.chars().next().is_some_and(char::is_lowercase))
                && name_at(c, ws, n).is_none()
    });
    let partners = phrase_at(ws, 0, PARTNERS).is_some_and(|n| name_at(c, ws, n).is_some());
    joined || partners
}

/// Where in a further sentence of an assignment more work joins it with "đồng thời" after a
/// comma or a semicolon ("Báo cáo kết quả … trước ngày 30/8/2026, đồng thời thông tin về kết
/// quả …"): the start of "đồng thời".
pub(super) fn joined_at(s: &str) -> Option<usize> {
    s.match_indices(" đồng thời ")
        .filter(|&(i, _)| s[..i].ends_with([',', ';']))
        .map(|(i, _)| i + 1)
        .find(|&i| {
            let ws = crate::text::words(&s[i..]);
            is_joined_instruction(&s[i..], &ws)
                || phrase_at(&ws, 0, &["đồng thời"])
                    .is_some_and(|n| name_at(&s[i..], &ws, n).is_some())
        })
}

/// The lead that a clause joined with "đồng thời" names right after it ("đồng thời UBND
/// phường Âu Lâu đề xuất …").
pub(super) fn own_lead_after_join(c: &str, ws: &[(usize, &str)]) -> Option<Lead> {
    let n = phrase_at(ws, 0, &["đồng thời"])?;
    find_lead(c, ws).filter(|l| l.rule <= 3 && ws.get(n).is_some_and(|&(at, _)| at == l.name.start))
}

/// Words opening a clause of work with partners.
const PARTNERS: &[&str] = &["phối hợp với", "phối hợp chặt chẽ với"];

/// Where a list closed with an ellipsis gives way to more work of the sentence: "… Quốc lộ
/// 4B,... hoàn thành dứt điểm dự án cải tạo …", "… trường học, bệnh viện,…, khôi phục sản
/// xuất …". Gives the places right after each such ellipsis and its punctuation, where the
/// new instruction's clause starts.
pub(super) fn after_ellipsis(s: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = s[from..].find(['…', '.']).map(|i| from + i) {
        let run = s[i..]
            .find(|c: char| !matches!(c, '.' | '…' | ','))
            .map_or(s.len(), |n| i + n);
        from = run.max(i + 1);
        let dots = s[i..run].matches('.').count();
        if dots < 3 && !s[i..run].contains('…') {
            continue;
        }
        // the work follows the ellipsis itself, not a semicolon after it
        let rest = &s[run..];
        if !rest.trim_start().starts_with(char::is_lowercase) {
            continue;
        }
        if is_instruction(&crate::text::words(rest)) {
            out.push(run);
        }
    }
    out
}

/// The instructions that close a document without naming work of their own: "… nghiêm túc
/// triển khai thực hiện./.", "… phối hợp thực hiện./.", "… chỉ đạo tổ chức thực hiện các nội
/// dung trên./.".
const CLOSING: &[&str] = &[
    "thực hiện",
    "triển khai",
    "tổ chức",
    "nghiêm túc",
    "khẩn trương",
    "phối hợp",
    "chỉ đạo",
    "quán triệt",
    "kịp thời",
    "chủ động",
    "tiếp tục",
    "đôn đốc",
    "theo dõi",
    "quan tâm",
    "bảo đảm",
    "đảm bảo",
];

/// Whether words `ws` name an instruction beyond those a closing formula uses: "… chủ động
/// nghiên cứu các quy định hiện hành …" does, "… nghiêm túc triển khai thực hiện" does not.
pub(super) fn names_work(ws: &[(usize, &str)]) -> bool {
    // in lower case: "Sở Xây dựng" names a body, not the work "xây dựng"
    (0..ws.len()).any(|i| {
        ws[i].1.starts_with(char::is_lowercase)
            && phrase_at(ws, i, INSTRUCTIONS).is_some()
            && phrase_at(ws, i, CLOSING).is_none()
    })
}
