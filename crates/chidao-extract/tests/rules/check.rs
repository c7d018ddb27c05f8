//! The one data-driven helper every rule test goes through.

/// A header dated 05/03/2024, then `body`.
pub(crate) fn document(body: &str) -> String {
    format!(
        "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\n\
         X, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n{body}"
    )
}

/// `(item, lead, coordinating, due)` of every assignment read from `body`.
pub(crate) type Row = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
);

/// A plan's header (UBND tỉnh X, dated 05/03/2024), then `body`.
pub(crate) fn plan(body: &str) -> String {
    format!(
        "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n\
         X, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai Nghị quyết số 27-NQ/TW\n{body}"
    )
}

pub(crate) fn check(rule: &str, body: &str, want: &[Row]) {
    check_text(rule, &document(body), want);
}

pub(crate) fn check_text(rule: &str, text: &str, want: &[Row]) {
    let text = text.to_owned();
    let ex = chidao_extract::extract(&text);
    let got: Vec<(String, String, Vec<String>, Option<String>)> = ex
        .assignments
        .iter()
        .map(|a| {
            (
                a.item.clone(),
                a.lead
                    .as_ref()
                    .map_or_else(String::new, |l| l.value.clone()),
                a.coordinating.iter().map(|c| c.value.clone()).collect(),
                a.deadline
                    .as_ref()
                    .and_then(|d| d.due)
                    .map(|d| d.to_string()),
            )
        })
        .collect();
    let want: Vec<(String, String, Vec<String>, Option<String>)> = want
        .iter()
        .map(|(i, l, c, d)| {
            (
                (*i).to_owned(),
                (*l).to_owned(),
                c.iter().map(|s| (*s).to_owned()).collect(),
                d.map(str::to_owned),
            )
        })
        .collect();
    assert_eq!(got, want, "rule: {rule}");
    // every span points at the words it names
    for a in &ex.assignments {
        if let Some(l) = &a.lead {
            assert!(
                text[l.span.clone()].contains(l.value.split(' ').next().unwrap()),
                "{rule}"
            );
        }
    }
}
