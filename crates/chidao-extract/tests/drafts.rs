//! The draft of every document of every corpus set is a dataset that validates, with
//! the bundled dataset as the gazetteer; and the seeds' 2024 notice's agencies are found in it.

use chidao_model::{Dataset, Severity};

fn gazetteer() -> Dataset {
    chidao_json::from_str(include_str!("../../../data/langson.json")).unwrap()
}

/// Every document of every set: the development set, the held-out sets and the seeds' notice.
fn corpus() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    // every set: the development and held-out sets and the seeds' notice
    let mut out: Vec<(String, String)> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .flat_map(|set| std::fs::read_dir(set).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.display().to_string();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_draft_validates() {
    let gaz = gazetteer();
    let docs = corpus();
    assert!(docs.len() >= 67, "every set of the corpus is read");
    for (name, text) in docs {
        let ex = chidao_extract::extract(&text);
        let draft = chidao_extract::to_draft(&ex, &text, &gaz);
        assert_eq!(draft.parts.tasks.len(), ex.assignments.len(), "{name}");
        let ds = Dataset::new(draft.parts);
        let errors: Vec<String> = ds
            .validate()
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        // every field left for a person is said, with where to look when there is a place
        for note in &draft.review {
            if let Some(span) = &note.span {
                assert!(span.end <= text.len(), "{name}: {note:?}");
            }
        }
    }
}

/// A name and its usual abbreviation are one agency, recorded under the full name with the
/// abbreviation as an alias.
#[test]
fn an_abbreviation_and_its_full_name_are_one_agency() {
    let text = "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\n\
                X, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n\
                1. Giao Sở KH&ĐT chủ trì rà soát.\n\
                2. Sở Kế hoạch và Đầu tư báo cáo kết quả trước ngày 31/3/2024.\n";
    let ex = chidao_extract::extract(text);
    let draft = chidao_extract::to_draft(&ex, text, &Dataset::default());
    let leads: Vec<_> = draft.parts.tasks.iter().map(|t| t.lead.clone()).collect();
    assert_eq!(leads[0], leads[1]);
    let agency = draft
        .parts
        .agencies
        .iter()
        .find(|a| Some(&a.id) == leads[0].as_ref())
        .unwrap();
    assert_eq!(agency.name.vi, "Sở Kế hoạch và Đầu tư");
    assert_eq!(agency.aliases, ["Sở KH&ĐT"]);
}
