//! The extractor reads any text without panicking, and every span it gives lies on character
//! boundaries of that text: texts made of the words, marks and punctuation of real directives
//! in random order, and every corpus document cut at random places.

use proptest::prelude::*;

const PIECES: &[&str] = &[
    "Ngày ",
    "Số: ",
    "12/TB-UBND",
    "ngày 05 tháng 3 năm 2024",
    "THÔNG BÁO",
    "CỘNG HÒA",
    "Kính gửi:",
    "Nơi nhận:",
    "KT. CHỦ TỊCH",
    "Giao ",
    "Đề nghị ",
    "Sở Tài chính",
    "các sở, ban, ngành",
    "UBND các huyện, thành phố",
    "chủ trì",
    ", phối hợp với ",
    " và ",
    "trước ngày 31/3/2024",
    "trong quý II",
    "báo cáo UBND tỉnh",
    "Đối với ",
    ":",
    ";",
    ".",
    "./.",
    "\n",
    "\n1. ",
    "\na) ",
    "\n- ",
    "\nII. ",
    "Đơn vị chủ trì: ",
    "Thời gian thực hiện: ",
    "Ủy ban nhân dân",
    "Đào tạo",
    "ở",
    "ế",
    "\u{301}",
    "\t",
    "  ",
    "Vườn quốc gia",
];

fn text_of(picks: &[usize]) -> String {
    picks.iter().map(|i| PIECES[*i % PIECES.len()]).collect()
}

fn check(text: &str) {
    let ex = chidao_extract::extract(text);
    for a in &ex.assignments {
        assert!(text.get(a.span.clone()).is_some(), "{:?}", a.span);
        for f in a.lead.iter().chain(&a.coordinating) {
            assert!(text.get(f.span.clone()).is_some());
        }
    }
    let gazetteer = chidao_model::Dataset::default();
    let draft = chidao_extract::to_draft(&ex, text, &gazetteer);
    let _ = chidao_extract::review_markdown(&ex, &draft, text, "x");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_of_directive_pieces_is_read(picks in proptest::collection::vec(0usize..1000, 0..60)) {
        check(&text_of(&picks));
    }

    #[test]
    fn corpus_documents_cut_anywhere_are_read(doc in 0usize..21, cut in 0.0f64..1.0) {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus/extract");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
        files.sort();
        let text = std::fs::read_to_string(&files[doc % files.len()]).unwrap();
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        check(&text[..at]);
    }
}
