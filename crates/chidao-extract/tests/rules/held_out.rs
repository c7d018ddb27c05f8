//! Rules written on the second to the fifth held-out sets, once each had been scored unseen.

use super::check::{check, check_text, plan};

/// Rules written on the second held-out set once it had been scored as unseen (2026-12-02).
#[test]
fn names_headings_and_partners() {
    check_text(
        "a table goes on past a line with no letter (a page number, a rule of dots)",
        &plan(
            "TT\tNội dung thực hiện\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n\
             1\tBan hành quy chế phối hợp\tSở Xây dựng\tSở Tài chính\tNăm 2024\n\
             ……………\n\
             2\tThành lập bộ máy quản lý Quỹ\tSở Tài chính\tSở Nội vụ\tNăm 2025\n",
        ),
        &[
            ("PL.1", "Sở Xây dựng", &["Sở Tài chính"], Some("2024-12-31")),
            ("PL.2", "Sở Tài chính", &["Sở Nội vụ"], Some("2025-12-31")),
        ],
    );
    check_text(
        "a heading that gives the work to joint leads: the first leads, the others coordinate (and `kiểm sát` is one word of a name)",
        &plan(
            "2.10. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\n\
             - Thực hiện tốt chức năng thực hành quyền công tố, xét xử.\n",
        ),
        &[(
            "2.10.-1",
            "Viện kiểm sát nhân dân tỉnh",
            &["Tòa án nhân dân tỉnh"],
            None,
        )],
    );
    check_text(
        "a heading's name before a colon leads, the words after it say what it is",
        &plan(
            "2. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm các nội dung sau\n\
             a) Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh.\n",
        ),
        &[("2.a", "Các sở, ban, ngành, địa phương", &[], None)],
    );
    check_text(
        "under `Chủ trì, phối hợp` the agencies the items open with are partners, the heading's agency leads",
        &plan(
            "2.3. Công an tỉnh\n\
             b) Chủ trì, phối hợp\n\
             - Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh cân đối ngân sách.\n\
             - Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp quản lý.\n",
        ),
        &[
            (
                "2.3.b.-1",
                "Công an tỉnh",
                &["Sở Tài chính", "các đơn vị có liên quan"],
                None,
            ),
            ("2.3.b.-2", "Công an tỉnh", &["Sở Nội vụ"], None),
        ],
    );
    check_text(
        "`do X chủ trì` says who leads something else; the heading's agency leads",
        &plan(
            "2.3. Công an tỉnh\n\
             c) Tổ chức triển khai thực hiện các dự án do Bộ Công an chủ trì theo chức năng, nhiệm vụ được giao.\n",
        ),
        &[("2.3.c", "Công an tỉnh", &[], None)],
    );
    check(
        "`Chỉ đạo X chủ trì` asks the one addressed to direct X: X is not the lead",
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Y\n\
         1. Chỉ đạo Sở Y tế chủ trì phối hợp với các sở, ngành liên quan tổ chức quán triệt.\n",
        &[(
            "1",
            "Chủ tịch Ủy ban nhân dân tỉnh Y",
            &["các sở, ngành liên quan"],
            None,
        )],
    );
    check(
        "a shared list prefix opening a sentence: the first leads, the others coordinate",
        "5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị đóng trên địa bàn rà soát kịch bản.\n\
         6. Các Bộ: Giáo dục và Đào tạo, Y tế theo chức năng, nhiệm vụ được giao chỉ đạo bảo đảm an toàn.\n",
        &[
            ("5", "Bộ Quốc phòng", &["Bộ Công an"], None),
            ("6", "Bộ Giáo dục và Đào tạo", &["Bộ Y tế"], None),
        ],
    );
    check(
        "a copy line (`Đồng kính gửi`) names no addressee and no task; a minister (`Bộ trưởng`) and chained heads name one agency; a heading's name ends before its duty verb",
        "Kính gửi:\n- Bộ Tài chính;\n- Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia.\n\
         Đồng kính gửi:\n- Thủ tướng Chính phủ (để báo cáo).\n\
         Phó Thủ tướng Chính phủ có ý kiến như sau:\n\
         3. Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia tập trung lãnh đạo, chỉ đạo các đơn vị liên quan thực hiện một số nhiệm vụ sau:\n\
         3.1. Hoàn thiện Kế hoạch cao điểm chống buôn lậu dịp Tết.\n\
         5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, đôn đốc các cơ quan.\n\
         6. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo rà soát.\n",
        &[
            (
                "3.1",
                "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ đạo 389 quốc gia",
                &[],
                None,
            ),
            (
                "5",
                "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia",
                &[],
                None,
            ),
            (
                "6",
                "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                &[],
                None,
            ),
        ],
    );
    check_text(
        "in a plan, work naming no one in a section on its content, funds or tasks is no assignment (its section on organising gives the work)",
        &plan(
            "II. NỘI DUNG KẾ HOẠCH\n\
             1. Quan trắc môi trường vùng nuôi tôm\n\
             - Cửa sông Mã: Lấy mẫu 01 vị trí tại khu vực nước cấp.\n\
             III. NHIỆM VỤ, GIẢI PHÁP\n\
             1. Tuyên truyền, hướng dẫn người nuôi trồng thủy sản.\n\
             IV. TỔ CHỨC THỰC HIỆN\n\
             1. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền bố trí kinh phí.\n",
        ),
        &[("IV.1", "Sở Tài chính", &[], None)],
    );
    check(
        "a name after a dash that ends an item leads it; a capitalised word after a hyphen goes on with a name",
        "6. Đối với các Bộ quản lý chuyên ngành:\n\
         - Tài sản kết cấu hạ tầng đô thị - Bộ Xây dựng.\n\
         - Tài sản kết cấu hạ tầng thông tin (bao gồm cả khu công nghệ số) - Bộ Khoa học và Công nghệ.\n\
         7. Về mở rộng nhà máy lọc dầu: giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam khẩn trương hoàn thiện hồ sơ.\n",
        &[
            ("6.-1", "Bộ Xây dựng", &[], None),
            ("6.-2", "Bộ Khoa học và Công nghệ", &[], None),
            (
                "7",
                "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
                &[],
                None,
            ),
        ],
    );
    check(
        "`chính trị - xã hội` is inside a name, and a bracket may close the clause before the subject",
        "1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chủ động bố trí kinh phí.\n\
         2. Trường hợp chất lượng không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, trường học chủ động tạm dừng các hoạt động ngoài trời.\n",
        &[
            (
                "1",
                "Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường",
                &[],
                None,
            ),
            ("2", "các đơn vị, trường học", &[], None),
        ],
    );
}

#[test]
fn units_of_work() {
    check(
        "each further sentence opening with an instruction is a task of the same lead, with its own deadline",
        "1. Sở Tài chính rà soát các khoản chi thường xuyên. Tổ chức kiểm tra việc quyết toán vốn trước ngày 30/6/2024. Đồng thời tăng cường công tác thanh tra.\n",
        &[
            ("1", "Sở Tài chính", &[], None),
            ("1", "Sở Tài chính", &[], Some("2024-06-30")),
            ("1", "Sở Tài chính", &[], None),
        ],
    );
    check(
        "a sentence that only dates, reports or explains the work stays with it",
        "1. Sở Xây dựng rà soát quy hoạch các khu dân cư. Thời gian hoàn thành trước ngày 30/6/2024. Trong đó lưu ý các khu vực ven sông. Một số dự án khác cần sớm hoàn thiện thủ tục.\n",
        &[("1", "Sở Xây dựng", &[], Some("2024-06-30"))],
    );
    check(
        "a new paragraph of an item goes back to the lead the item opened with",
        "UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện các nhiệm vụ sau:\n\
         5. Đẩy mạnh công tác giải phóng mặt bằng. Đặc biệt lưu ý trong việc triển khai dự án, các huyện cần rà soát nhu cầu tái định cư.\n\
         Tập trung thực hiện giải phóng mặt bằng các dự án trọng điểm.\n",
        &[
            ("5", "các sở, ngành", &[], None),
            ("5", "các huyện", &[], None),
            ("5", "các sở, ngành", &[], None),
        ],
    );
    check(
        "a topic closed by `thì` opens the instruction after it",
        "2. Yêu cầu Sở Tư pháp trả lời bằng văn bản các kiến nghị trước ngày 15/3/2024. Đối với nội dung cần có văn bản chỉ đạo thì chủ động đề xuất, trình UBND tỉnh. Trường hợp cần thiết thực hiện đầy đủ quy trình theo quy định.\n",
        &[
            ("2", "Sở Tư pháp", &[], Some("2024-03-15")),
            ("2", "Sở Tư pháp", &[], None),
        ],
    );
    check(
        "more work joined with `; đồng thời`, or with partners of its own, is a task of its own; other clauses stay",
        "3. Sở Kế hoạch và Đầu tư hoàn thiện quy hoạch tỉnh; đồng thời khẩn trương xây dựng kế hoạch thực hiện quy hoạch.\n\
         4. Sở Công Thương thực hiện các chương trình khuyến công; đẩy mạnh xây dựng các chuỗi liên kết.\n\
         5. Sở Xây dựng tập trung giải phóng mặt bằng các dự án trọng điểm; phối hợp chặt chẽ với Bộ Xây dựng đẩy nhanh tiến độ dự án nâng cấp quốc lộ.\n",
        &[
            ("3", "Sở Kế hoạch và Đầu tư", &[], None),
            ("3", "Sở Kế hoạch và Đầu tư", &[], None),
            ("4", "Sở Công Thương", &[], None),
            ("5", "Sở Xây dựng", &[], None),
            ("5", "Sở Xây dựng", &["Bộ Xây dựng"], None),
        ],
    );
    check(
        "`, đồng thời` splits a sentence too, but not a lead-in; receiving a letter gives no work",
        "Ủy ban nhân dân tỉnh nhận được Văn bản số 28/CV-ĐĐT ngày 04/8/2024 về việc lấn chiếm đất.\n\
         1. Giao Sở Tài chính chủ trì kiểm tra, báo cáo kết quả trước ngày 30/4/2024, đồng thời thông tin về kết quả kiểm tra cho doanh nghiệp biết.\n",
        &[
            ("1", "Sở Tài chính", &[], Some("2024-04-30")),
            ("1", "Sở Tài chính", &[], None),
        ],
    );
    check(
        "more work after a list closed with an ellipsis is a task of its own; a semicolon after the ellipsis is a plain one",
        "1. Sở Xây dựng đẩy nhanh tiến độ các dự án Quốc lộ 4B, Quốc lộ 18,... hoàn thành dứt điểm dự án cải tạo Quốc lộ 1.\n\
         2. Sở Y tế chủ trì rà soát hư hại trường học, bệnh viện,…, khôi phục sản xuất; bảo đảm nhà ở, đường xá…; huy động các nguồn lực xã hội.\n\
         3. Sở Tài chính rà soát tài sản, hồ sơ... để báo cáo.\n",
        &[
            ("1", "Sở Xây dựng", &[], None),
            ("1", "Sở Xây dựng", &[], None),
            ("2", "Sở Y tế", &[], None),
            ("2", "Sở Y tế", &[], None),
            ("3", "Sở Tài chính", &[], None),
        ],
    );
    check(
        "collectives listed one after the other lead jointly; single agencies and heads keep the first as lead",
        "1. Giao các sở, ban, ngành, UBND các huyện, thành phố khẩn trương xây dựng vị trí việc làm.\n\
         2. Sở Nội vụ, Sở Tài chính khẩn trương rà soát biên chế.\n\
         3. Giám đốc các Sở, Thủ trưởng các ngành khẩn trương rà soát biên chế.\n",
        &[
            (
                "1",
                "các sở, ban, ngành, UBND các huyện, thành phố",
                &[],
                None,
            ),
            ("2", "Sở Nội vụ", &["Sở Tài chính"], None),
            ("3", "Giám đốc các Sở", &["Thủ trưởng các ngành"], None),
        ],
    );
    check(
        "the closing formula is no task, however it names the work",
        "1. Sở Y tế rà soát các cơ sở khám bệnh, chữa bệnh.\n\
         UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nghiêm túc tổ chức triển khai thực hiện các nhiệm vụ trên./.\n",
        &[("1", "Sở Y tế", &[], None)],
    );
    check_text(
        "a plan's block label listing collectives gives them as one lead",
        &plan(
            "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tuyên truyền, phổ biến Nghị quyết.\nĐơn vị chủ trì thực hiện: Các sở, ngành, đơn vị, UBND cấp xã.\n",
        ),
        &[("II.1", "Các sở, ngành, đơn vị, UBND cấp xã", &[], None)],
    );
    check_text(
        "the further instructions of a plan's issuer, a lead the plan gives by default, are not split",
        &plan(
            "II. TỔ CHỨC THỰC HIỆN\n1. Tiếp tục tăng cường sự lãnh đạo của các cấp ủy. Tăng cường công tác thanh tra, kiểm tra. Nâng cao ý thức của toàn dân.\n",
        ),
        &[("II.1", "UBND TỈNH X", &[], None)],
    );
}

#[test]
fn bracketed_items_and_labels_under_headings() {
    check(
        "items marked (i), (ii) are items of their own, and `Chủ đầu tư` is a name",
        "1. Về dự án nhà máy điện:\n\
         (i) Tập đoàn Điện lực Việt Nam báo cáo Thủ tướng Chính phủ về thời gian khánh thành dự án trước ngày 15/3/2024.\n\
         (ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu các hạng mục còn lại.\n",
        &[
            (
                "1.(i)",
                "Tập đoàn Điện lực Việt Nam",
                &[],
                Some("2024-03-15"),
            ),
            ("1.(ii)", "Chủ đầu tư", &["các đơn vị liên quan"], None),
        ],
    );
    check_text(
        "a lead label under a heading with no task above it makes the heading's block a task",
        &plan(
            "II. NỘI DUNG\n\
             1. Tổ chức tập huấn, bồi dưỡng nghiệp vụ\n\
             - Nội dung thực hiện: Tổ chức tập huấn cho cán bộ, công chức làm công tác việc làm.\n\
             - Cơ quan chủ trì: Sở Nội vụ, Sở Tài chính.\n\
             - Thời gian thực hiện: trong quý II/2024.\n\
             2. Tổ chức kiểm tra việc thi hành Luật\n\
             - Cơ quan thực hiện: Sở Nội vụ chủ trì tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch; Sở Tư pháp chủ động tổ chức triển khai.\n",
        ),
        &[
            ("II.1", "Sở Nội vụ", &["Sở Tài chính"], Some("2024-06-30")),
            ("II.2", "Sở Nội vụ", &[], None),
            ("II.2", "Sở Tư pháp", &[], None),
        ],
    );
}

#[test]
fn provinces_by_name_and_lead_ins_after_an_assessment() {
    check(
        "a lead-in naming a province or city by its name opens tasks, even in a section of assessment",
        "I. ĐÁNH GIÁ CHUNG\n\
         Thành phố đã rất nỗ lực vượt qua khó khăn trong thời gian qua.\n\
         Để tiếp tục vận hành chính quyền địa phương hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ sau đây:\n\
         1. Tăng cường hiệu quả hoạt động của bộ máy chính quyền cấp xã.\n\
         II. VỀ CÁC KIẾN NGHỊ\n\
         1. Tỉnh Phú Thọ chủ động rà soát quy hoạch các khu công nghiệp.\n",
        &[
            ("I.1", "thành phố Đà Nẵng", &[], None),
            ("II.1", "Tỉnh Phú Thọ", &[], None),
        ],
    );
    check_text(
        "the text right under a topic heading opens its item, with the letter's addressee as lead",
        "BAN CHỈ ĐẠO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 171/CV-BCĐ\nHà Nội, ngày 21 tháng 11 năm 2025\n\
         V/v tổ chức chính quyền địa phương hai cấp\n\
         Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n\
         3. Về cơ sở vật chất, trụ sở và tài sản công\n\
         Tiếp tục rà soát, thống kê, sắp xếp trụ sở, tài sản công của các cơ quan.\n\
         Nơi nhận:\n- Như trên;\n",
        &[(
            "3",
            "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
            &[],
            None,
        )],
    );
    check(
        "a subject whose words single some of them out (`, nhất là …`) leads",
        "4.5. Cấp uỷ, chính quyền địa phương các cấp, nhất là thành phố Hà Nội, Thành phố Hồ Chí Minh và các đô thị lớn phải đi đầu trong chuyển đổi mô hình chăm sóc trẻ em.\n",
        &[("4.5", "Cấp uỷ, chính quyền địa phương các cấp", &[], None)],
    );
    check(
        "`Tỉnh` alone, and a subject after `Trong thời gian tới,`, lead",
        "1. Trong thời gian tới, Tỉnh tổ chức thực hiện nghiêm túc nhiệm vụ Trung ương giao.\n\
         2. Về việc hỗ trợ xe cứu thương: Tỉnh căn cứ các quy định hiện hành để bố trí xe.\n\
         3. Tỉnh ủy lãnh đạo việc sắp xếp bộ máy.\n",
        &[
            ("1", "Tỉnh", &[], None),
            ("2", "Tỉnh", &[], None),
            ("3", "Tỉnh ủy", &[], None),
        ],
    );
    check(
        "a subject after a short label and its colon leads",
        "1. Chế độ báo cáo:\n- Báo cáo năm: Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 15/12/2024.\n",
        &[("1.-1", "Các cơ quan, đơn vị", &[], Some("2024-12-15"))],
    );
    check(
        "a body referred back to after a trigger leads, as written",
        "2. Kiến nghị\n\
         Để việc chấp hành quy định được tốt hơn, Sở Công Thương yêu cầu đơn vị nêu trên thực hiện một số nội dung sau:\n\
         - Tăng cường thêm lực lượng bảo vệ kho vật liệu nổ.\n\
         3. Các sở, ngành đáp ứng yêu cầu chỉ đạo của tỉnh.\n",
        &[
            ("2.-1", "đơn vị nêu trên", &[], None),
            ("3", "Các sở, ngành", &[], None),
        ],
    );
}

#[test]
fn labels_after_the_work_and_party_bodies() {
    check_text(
        "a lead label after lead-less work gives it its lead; semicolons part the bodies it lists",
        &plan(
            "III. NHIỆM VỤ VÀ GIẢI PHÁP\n\
             3.1. Tăng cường sự lãnh đạo của Đảng\n\
             - Đổi mới công tác tuyên truyền, phổ biến pháp luật. Xây dựng các phong trào toàn dân tham gia bảo vệ môi trường.\n\
             - Tăng cường kiểm soát các cơ sở công nghiệp. Yêu cầu các cơ sở sản xuất lắp đặt hệ thống quan trắc tự động.\n\
             Trách nhiệm chỉ đạo thực hiện: Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.\n",
        ),
        &[
            (
                "III.3.1.-1",
                "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh",
                &["Đảng ủy Ủy ban nhân dân tỉnh"],
                None,
            ),
            (
                "III.3.1.-1",
                "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh",
                &["Đảng ủy Ủy ban nhân dân tỉnh"],
                None,
            ),
            (
                "III.3.1.-2",
                "Đảng uỷ Mặt trận Tổ quốc, các đoàn thể tỉnh",
                &["Đảng ủy Ủy ban nhân dân tỉnh"],
                None,
            ),
            ("III.3.1.-2", "các cơ sở sản xuất", &[], None),
        ],
    );
    check(
        "a unit of a Party committee is named with it; `Cấp ủy` is a name; one directed to lead does not lead",
        "1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn việc quán triệt.\n\
         2. Cấp ủy các cấp khẩn trương rà soát các cơ sở trợ giúp xã hội.\n\
         3. Giao Đảng uỷ Chính phủ: Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng quy trình liên thông.\n",
        &[
            (
                "1",
                "Ban Tuyên giáo Tỉnh ủy",
                &["các cơ quan liên quan"],
                None,
            ),
            ("2", "Cấp ủy các cấp", &[], None),
            ("3", "Đảng uỷ Chính phủ", &[], None),
        ],
    );
}

#[test]
fn party_notices() {
    let text = "BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 432-TB/VPTW\n\
                Hà Nội, ngày 26 tháng 11 năm 2025\nTHÔNG BÁO KẾT LUẬN\n\
                CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG UỶ BỘ Y TẾ\n-----\n\
                Trẻ em là tương lai của đất nước. Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:\n\
                1. Giảm tối đa số trẻ bị bỏ rơi mới. Cần có giải pháp về tư vấn tâm lý.\n\
                2. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng quy trình liên thông. (ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì xây dựng các chương trình giáo dục; (iii) Chỉ đạo Đảng uỷ Bộ Tài chính bố trí kinh phí.\n";
    check_text(
        "a rule under the title marks no item; a Party committee's collective leads the items under its lead-in; items written inside a paragraph are items",
        text,
        &[
            (
                "1",
                "cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp",
                &[],
                None,
            ),
            ("2.(i)", "Đảng uỷ Chính phủ", &[], None),
            ("2.(ii)", "Đảng uỷ Chính phủ", &[], None),
            ("2.(iii)", "Đảng uỷ Chính phủ", &[], None),
        ],
    );
    let ex = chidao_extract::extract(text);
    assert_eq!(
        ex.header.document_type.map(|t| t.value),
        Some(chidao_model::DocumentType::Notice),
        "a type line that opens with the type (`THÔNG BÁO KẾT LUẬN`) gives the type"
    );
}

#[test]
fn a_programme_a_decision_issues() {
    let text = "ỦY BAN NHÂN DÂN TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 435/QĐ-UBND\n\
                X, ngày 04 tháng 5 năm 2020\nQUYẾT ĐỊNH\nV/v ban hành Chương trình hành động\n\
                QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động.\n\
                Nơi nhận:\n- Như điều 2;\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn A\n\
                CHƯƠNG TRÌNH HÀNH ĐỘNG\n(Ban hành kèm theo Quyết định số 435/QĐ-UBND ngày 04 tháng 5 năm 2020 của Ủy ban nhân dân tỉnh X)\n\
                I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ.\n\
                II. NỘI DUNG HOẠT ĐỘNG\n\
                1.1. Tiếp tục thực hiện hiệu quả Đề án tuyên truyền pháp luật cho người lao động.\n\
                - Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh; các sở, ngành liên quan.\n\
                - Thời gian thực hiện: trong quý IV/2020.\n";
    check_text(
        "the plan a decision issues after its signature is read as the issuer's plan, and a label written as a sentence names the lead and the partners",
        text,
        &[(
            "II.1.1",
            "Sở Lao động - Thương binh và Xã hội",
            &["Liên đoàn Lao động tỉnh", "các sở, ngành liên quan"],
            Some("2020-12-31"),
        )],
    );
}
