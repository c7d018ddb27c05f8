//! Rules from the eighth held-out set (2026-12-03, third session): what a plan's sections
//! say without naming who does it.

use super::check::{check, check_text, plan};

#[test]
fn a_plans_sections_give_unnamed_work_to_no_one() {
    check_text(
        "work under a plan's tasks and solutions that names no one is nobody's; its section on organising gives it",
        &plan(
            "I. MỤC ĐÍCH, YÊU CẦU\n\
             1. Nâng cao hiệu quả quản lý nhà nước.\n\
             II. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\
             1. Hoàn thiện thể chế\n\
             - Ban hành quy chế quản lý, chia sẻ dữ liệu số.\n\
             - Sở Tư pháp rà soát các văn bản quy phạm pháp luật.\n\
             III. TỔ CHỨC THỰC HIỆN\n\
             1. Sở Xây dựng\n\
             - Chủ trì triển khai Kế hoạch.\n\
             2. Tổ chức sơ kết việc thực hiện Kế hoạch.\n",
        ),
        &[
            ("II.1.-2", "Sở Tư pháp", &[], None),
            ("III.1.-1", "Sở Xây dựng", &[], None),
            ("III.2", "UBND TỈNH X", &[], None),
        ],
    );
    check_text(
        "a section of tasks naming whose they are gives its unnamed work to the plan's issuer",
        &plan(
            "II. NHIỆM VỤ CHỦ YẾU CỦA ỦY BAN NHÂN DÂN TỈNH\n\
             1. Xây dựng kế hoạch tuyên truyền.\n\
             2. Tổng hợp kết quả thực hiện.\n",
        ),
        &[
            ("II.1", "UBND TỈNH X", &[], None),
            ("II.2", "UBND TỈNH X", &[], None),
        ],
    );
}

#[test]
fn sections_that_describe_the_work_give_none() {
    check_text(
        "criteria, forms of reward, time and solutions describe the work, even under a body's heading",
        &plan(
            "III. TIÊU CHÍ VÀ HÌNH THỨC KHEN THƯỞNG\n\
             1. Tiêu chí thi đua\n\
             a) Đối với các cơ quan, đơn vị trên địa bàn tỉnh\n\
             - Hoàn thành vượt mức các nhiệm vụ, chỉ tiêu được giao.\n\
             2. Hình thức khen thưởng\n\
             - Bằng khen của Chủ tịch UBND tỉnh.\n\
             IV. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN\n\
             1. Thời gian thực hiện\n\
             Đợt thi đua được triển khai từ ngày ban hành Kế hoạch.\n\
             2. Trách nhiệm thực hiện\n\
             a) Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Kế hoạch.\n",
        ),
        &[("IV.2.a", "Sở Nội vụ", &[], None)],
    );
}

#[test]
fn an_item_naming_its_lead_leads_the_items_under_it() {
    check_text(
        "an item whose sentence names its lead gives it to the dashes under it, full stop and all",
        &plan(
            "IV. TỔ CHỨC THỰC HIỆN\n\
             1. Các cơ quan, đơn vị, địa phương căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch triển khai thực hiện đợt thi đua.\n\
             - Giới thiệu điển hình tiên tiến trong đợt thi đua.\n\
             - Báo cáo Ủy ban nhân dân tỉnh về kết quả đợt thi đua khi tổng kết.\n\
             2. Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Kế hoạch.\n",
        ),
        &[
            ("IV.1", "Các cơ quan, đơn vị, địa phương", &[], None),
            ("IV.1.-1", "Các cơ quan, đơn vị, địa phương", &[], None),
            ("IV.1.-2", "Các cơ quan, đơn vị, địa phương", &[], None),
            ("IV.2", "Sở Nội vụ", &[], None),
        ],
    );
    check_text(
        "a verb of launching, taking in or deciding ends a name (`UBND tỉnh phát động Đợt thi đua …`)",
        &plan(
            "IV. TỔ CHỨC THỰC HIỆN\n\
             1. Ủy ban nhân dân tỉnh phát động Đợt thi đua lập thành tích trong toàn tỉnh.\n",
        ),
        &[("IV.1", "Ủy ban nhân dân tỉnh", &[], None)],
    );
}

#[test]
fn a_bare_head_shares_the_collective_after_it() {
    check(
        "`Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố` is one joint lead, for the items of a lead-in too",
        "Bộ Nông nghiệp và Môi trường đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố khẩn trương thực hiện các nhiệm vụ sau:\n\
         1. Bố trí nguồn lực để tổ chức triển khai thi hành trên địa bàn.\n\
         2. Hội đồng nhân dân, Sở Tài chính rà soát các quy định.\n",
        &[
            (
                "1",
                "Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố",
                &[],
                None,
            ),
            ("2", "Hội đồng nhân dân", &["Sở Tài chính"], None),
        ],
    );
}

#[test]
fn work_given_as_a_duty_at_the_start_of_a_sentence() {
    check(
        "`Giao nhiệm vụ X …` at the start gives X the work, not the one X is to ask; inside a sentence the words name a mechanism",
        "1. Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp trong khu công nghiệp trồng cây xanh.\n\
         2. Sở Tài chính nghiên cứu cơ chế đặt hàng, giao nhiệm vụ cho các doanh nghiệp công nghệ số.\n",
        &[
            ("1", "Ban Quản lý các Khu công nghiệp tỉnh", &[], None),
            ("2", "Sở Tài chính", &[], None),
        ],
    );
}

#[test]
fn a_heading_naming_a_body_by_what_it_has() {
    check(
        "a heading of a name and what singles it out (`có …`), with no verb, leads the text under it whole",
        "1. Sở Tài chính\n\
         Tham mưu bố trí kinh phí thực hiện.\n\
         2. Ủy ban nhân dân các xã, phường có cụm công nghiệp\n\
         Đẩy nhanh công tác giải phóng mặt bằng các cụm công nghiệp trên địa bàn.\n",
        &[
            ("1", "Sở Tài chính", &[], None),
            (
                "2",
                "Ủy ban nhân dân các xã, phường có cụm công nghiệp",
                &[],
                None,
            ),
        ],
    );
}

#[test]
fn a_project_boards_kind_is_its_name() {
    check(
        "`Ban Quản lý dự án đầu tư xây dựng số 1` is one name, verbs and all; `đẩy nhanh` ends it",
        "1. Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ dự án đường trục chính.\n",
        &[("1", "Ban Quản lý dự án đầu tư xây dựng số 1", &[], None)],
    );
}
