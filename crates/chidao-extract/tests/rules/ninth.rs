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

#[test]
fn deadlines_by_the_end_of_a_period_and_what_is_no_deadline() {
    check(
        "`đến hết năm` is a deadline; `6 tháng` names a half-year report, not a time limit; a measure's span gives way to the work's deadline",
        "1. Sở Tài chính bảo đảm đến hết năm 2024 giải quyết dứt điểm các khó khăn.\n\
         2. Sở Nội vụ sơ kết 6 tháng việc thực hiện Chỉ thị, báo cáo trước ngày 30/11/2024.\n\
         3. Sở Du lịch đề xuất miễn phí vé tham quan đến hết năm 2024, báo cáo UBND tỉnh trong tháng 4 năm 2024.\n",
        &[
            ("1", "Sở Tài chính", &[], Some("2024-12-31")),
            ("2", "Sở Nội vụ", &[], Some("2024-11-30")),
            ("3", "Sở Du lịch", &[], Some("2024-04-30")),
        ],
    );
}

#[test]
fn other_related_bodies_are_one_name() {
    check(
        "`các Bộ, ngành liên quan khác` ends after `khác`, and its work follows",
        "7. Các Bộ, ngành liên quan khác trong phạm vi chức năng, nhiệm vụ, tăng cường công tác quản lý nhà nước.\n",
        &[("7", "Các Bộ, ngành liên quan khác", &[], None)],
    );
}

#[test]
fn more_work_joined_in_a_further_sentence() {
    check(
        "`, đồng thời …` after a report in a further sentence is more work of the same lead; `; đồng thời X …` is X's",
        "1. Giao Sở Nông nghiệp và Môi trường chủ trì xác minh việc khai thác trái phép. Báo cáo kết quả về UBND tỉnh trước ngày 30/8/2024, đồng thời thông tin kết quả xác minh cho Công ty biết.\n\
         2. Giao Sở Công Thương rà soát hiện trạng cụm công nghiệp. Nếu đủ điều kiện, đề xuất phương án di dời; đồng thời UBND phường An Lạc đề xuất mở rộng cụm công nghiệp.\n\
         3. Giao Sở Xây dựng rà soát quy hoạch. Theo dự báo, mưa lớn còn kéo dài, đồng thời nguy cơ sạt lở đất vẫn cao.\n",
        &[
            ("1", "Sở Nông nghiệp và Môi trường", &[], Some("2024-08-30")),
            ("1", "Sở Nông nghiệp và Môi trường", &[], None),
            ("2", "Sở Công Thương", &[], None),
            // the proposal asked for if the conditions are met is work of its own
            ("2", "Sở Công Thương", &[], None),
            ("2", "UBND phường An Lạc", &[], None),
            ("3", "Sở Xây dựng", &[], None),
        ],
    );
}

#[test]
fn a_title_over_two_kinds_of_body() {
    check(
        "`Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ`: the kind named again after a comma is of the same title",
        "1. Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo các đơn vị quán triệt Chỉ thị.\n",
        &[(
            "1",
            "Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            &[],
            None,
        )],
    );
}

#[test]
fn the_press_as_leads() {
    check(
        "`Thông tấn xã Việt Nam` is a body; `và hệ thống các cơ quan báo chí` ends a list of leads, the first leading",
        "4. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí phối hợp với Bộ Công Thương tăng thời lượng tuyên truyền.\n",
        &[(
            "4",
            "Đài Truyền hình Việt Nam",
            &[
                "Thông tấn xã Việt Nam",
                "hệ thống các cơ quan báo chí",
                "Bộ Công Thương",
            ],
            None,
        )],
    );
}

#[test]
fn a_request_after_a_case_is_work_of_its_own() {
    check(
        "`Trong quá trình thực hiện, nếu có vướng mắc, kịp thời phản ánh …` is its own task of the same lead; a sanction after `thì` is none",
        "1. Sở Xây dựng rà soát quy hoạch các cụm công nghiệp. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời phản ánh về UBND tỉnh.\n\
         2. Sở Công Thương kiểm tra các mỏ khoáng sản. Trường hợp không báo cáo, báo cáo không đầy đủ thì bị xử lý theo quy định.\n",
        &[
            ("1", "Sở Xây dựng", &[], None),
            ("1", "Sở Xây dựng", &[], None),
            ("2", "Sở Công Thương", &[], None),
        ],
    );
}

#[test]
fn further_sentences_opening_with_more_instructions() {
    check(
        "`Thường xuyên …`, `Củng cố …`, `Ứng dụng …` open work of their own in a further sentence",
        "1. Sở Nông nghiệp và Môi trường tăng cường kiểm soát các cơ sở có nguồn phát thải lớn. Thường xuyên giám sát việc vận hành các công trình xử lý chất thải. Ứng dụng công nghệ số trong quan trắc môi trường.\n",
        &[
            ("1", "Sở Nông nghiệp và Môi trường", &[], None),
            ("1", "Sở Nông nghiệp và Môi trường", &[], None),
            ("1", "Sở Nông nghiệp và Môi trường", &[], None),
        ],
    );
}

#[test]
fn titles_addressed_as_comrades() {
    check(
        "`Các đồng chí` before a title is an address; a bare title shares what the next one names",
        "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo thực hiện một số nội dung sau:\n\
         - Tập trung rà soát tình hình thực hiện các nhiệm vụ.\n",
        &[(
            "1.-1",
            "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
            &[],
            None,
        )],
    );
}

#[test]
fn investors_are_bodies() {
    check(
        "`các chủ đầu tư` and `chủ đầu tư` name investors; `đầu tư` after `chủ` is no verb",
        "1. Đề nghị các chủ đầu tư bố trí đủ vốn theo đúng cam kết.\n\
         2. Định kỳ hằng tuần, chủ đầu tư gửi báo cáo tình hình triển khai về Sở Công Thương.\n",
        &[
            ("1", "các chủ đầu tư", &[], None),
            ("2", "chủ đầu tư", &[], None),
        ],
    );
}

#[test]
fn two_commands_parted_by_a_slash() {
    check(
        "`X tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh` heads two bodies, the first leading; a command's troops are its name",
        "4. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh\n\
         a) Chủ trì tuyên truyền pháp luật về vật liệu nổ công nghiệp.\n\
         5. Ban Chỉ huy Bộ đội Biên phòng tỉnh, Sở Ngoại vụ\n\
         a) Kiểm soát chặt chẽ việc nhập khẩu tiền chất thuốc nổ.\n",
        &[
            (
                "4.a",
                "Bộ Chỉ huy Quân sự tỉnh",
                &["Ban Chỉ huy Bộ đội Biên phòng tỉnh"],
                None,
            ),
            (
                "5.a",
                "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
                &["Sở Ngoại vụ"],
                None,
            ),
        ],
    );
}

#[test]
fn collectives_side_by_side_in_a_heading_lead_jointly() {
    check(
        "`11. Các sở, ban, ngành, UBND các xã, phường` leads its items jointly, as such a list does in a sentence; `chú trọng` ends a name; `Tuyệt đối …` and `Sử dụng …` open work",
        "11. Các sở, ban, ngành, UBND các xã, phường\n\
         a) Chủ động công bố dữ liệu mở của ngành. UBND cấp xã chú trọng công bố các dữ liệu về dân cư.\n\
         b) Quản lý chặt chẽ vật liệu nổ. Tuyệt đối không để xảy ra mất an toàn. Sử dụng nhân lực đã được huấn luyện.\n",
        &[
            ("11.a", "Các sở, ban, ngành, UBND các xã, phường", &[], None),
            ("11.a", "UBND cấp xã", &[], None),
            ("11.b", "Các sở, ban, ngành, UBND các xã, phường", &[], None),
            ("11.b", "Các sở, ban, ngành, UBND các xã, phường", &[], None),
            ("11.b", "Các sở, ban, ngành, UBND các xã, phường", &[], None),
        ],
    );
}

#[test]
fn items_written_inside_a_topics_sentence() {
    check(
        "`4. <topic>: (1) X …; (2) Y …; (3) Z tập trung: (i) …; (ii) …`: each item is an assignment, of its own lead or of the item it is under",
        "4. Đẩy mạnh cắt giảm thủ tục hành chính: (1) Các bộ, ngành khẩn trương rà soát quy trình, hoàn thành trong tháng 11 năm 2024; (2) Bộ Công an tổ chức tổng rà soát hiện trạng cơ sở dữ liệu; (3) các bộ, ngành, địa phương tập trung: (i) Sửa đổi các văn bản quy phạm pháp luật; (ii) Rà soát các quy định không phù hợp.\n",
        &[
            ("4.(1)", "Các bộ, ngành", &[], Some("2024-11-30")),
            ("4.(2)", "Bộ Công an", &[], None),
            ("4.(3).(i)", "các bộ, ngành, địa phương", &[], None),
            ("4.(3).(ii)", "các bộ, ngành, địa phương", &[], None),
        ],
    );
}

#[test]
fn a_letter_to_directors_with_slash_numbered_items() {
    check(
        "`1/`, `2/` number items; `yêu cầu đồng chí Cục trưởng Cục Thuế …` gives them the work; `về việc giao X` names what a cited decision is about",
        "Ngày 10/1/2024 Tổng cục Thuế đã ban hành Quyết định số 41/QĐ-TCT về việc giao Cục Thuế các tỉnh chỉ tiêu kế hoạch thanh tra năm 2024.\n\
         Để hoàn thành kế hoạch năm 2024, Tổng cục Thuế yêu cầu đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố chỉ đạo thực hiện một số công việc như sau:\n\
         1/ Tổ chức, quán triệt và giao nhiệm vụ cụ thể đến từng phòng.\n\
         2/ Rà soát danh sách doanh nghiệp thuộc kế hoạch thanh tra.\n",
        &[
            ("1", "Cục trưởng Cục Thuế các tỉnh, thành phố", &[], None),
            ("2", "Cục trưởng Cục Thuế các tỉnh, thành phố", &[], None),
        ],
    );
}

#[test]
fn a_heading_that_singles_some_out() {
    check(
        "`…, trong đó trọng tâm là các tỉnh: …` singles some out; the lead is the group before it",
        "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh: Đắk Lắk, Gia Lai:\n\
         a) Tổ chức xây dựng kế hoạch khắc phục hậu quả mưa lũ.\n",
        &[(
            "1.a",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng",
            &[],
            None,
        )],
    );
}

#[test]
fn reports_are_no_bodies_and_renewal_is_a_verb() {
    check(
        "`Các báo cáo trên gửi …` names reports, not a body; `đổi mới` ends a name",
        "1. Yêu cầu các Bộ, cơ quan đổi mới phương thức tổ chức thực hiện.\n\
         2. Bộ Tư pháp hoàn thiện các báo cáo tổng kết. Các báo cáo trên gửi Văn phòng Chính phủ trước ngày 05 tháng 12 năm 2024.\n",
        &[
            ("1", "các Bộ, cơ quan", &[], None),
            ("2", "Bộ Tư pháp", &[], Some("2024-12-05")),
        ],
    );
}

#[test]
fn a_clause_giving_the_work_after_a_semicolon() {
    check(
        "`…; giao X làm …` after a clause of another subject is X's work",
        "1. Về việc phê duyệt Chương trình: Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ Nông nghiệp và Môi trường làm chủ Chương trình, chịu trách nhiệm tổng hợp chung.\n",
        &[
            ("1", "Các Bộ, cơ quan", &[], None),
            ("1", "Bộ Nông nghiệp và Môi trường", &[], None),
        ],
    );
}

#[test]
fn businesses_as_leads() {
    check(
        "`Doanh nghiệp công nghệ số …` opening a dash is that dash's lead, not the heading's",
        "5. Các doanh nghiệp công nghệ số\n\
         - Doanh nghiệp công nghệ số chủ động tham gia triển khai Kế hoạch.\n\
         - Tham gia phát triển các nền tảng số.\n",
        &[
            ("5.-1", "Doanh nghiệp công nghệ số", &[], None),
            ("5.-2", "Các doanh nghiệp công nghệ số", &[], None),
        ],
    );
}

#[test]
fn committees_of_the_national_assembly() {
    check(
        "`Ủy ban Kinh tế và Tài chính của Quốc hội` is one name; a resolution `của Quốc hội` is no body",
        "3. Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội phối hợp chặt chẽ với các cơ quan Chính phủ thẩm tra hồ sơ.\n\
         4. Bộ Tư pháp rà soát việc thực hiện Nghị quyết số 197/2025/QH15 của Quốc hội.\n",
        &[
            (
                "3",
                "Ủy ban Kinh tế và Tài chính của Quốc hội",
                &["các cơ quan Chính phủ"],
                None,
            ),
            ("4", "Bộ Tư pháp", &[], None),
        ],
    );
}
