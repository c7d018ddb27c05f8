//! Rules of the fourth session (2026-12-03): names that say what a body manages, and more.

use super::check::check;

#[test]
fn a_body_by_its_kind_goes_on_with_what_it_manages() {
    check(
        "`các sở quản lý nhà nước chuyên ngành về hạ tầng` is one name; a named body's `quản lý` is its verb",
        "1. Các sở quản lý nhà nước chuyên ngành về hạ tầng rà soát tài sản kết cấu hạ tầng.\n\
         2. Sở Tài chính quản lý chặt chẽ nguồn vốn đầu tư công.\n",
        &[
            (
                "1",
                "Các sở quản lý nhà nước chuyên ngành về hạ tầng",
                &[],
                None,
            ),
            ("2", "Sở Tài chính", &[], None),
        ],
    );
}
