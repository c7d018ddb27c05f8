//! Rules from the sixth and seventh held-out sets (2026-12-03, second session).

use super::check::{check, check_text, plan};

#[test]
fn leads_read_from_the_sentence() {
    check(
        "a clause of purpose before the subject (`Nhằm …,`, `Để …,`) opens the sentence",
        "1. Nhằm tiếp tục đơn giản hóa thủ tục hành chính, Công an tỉnh nghiên cứu, tăng cường giải quyết hồ sơ trực tuyến.\n\
         2. Để bảo đảm tiến độ, Sở Xây dựng khẩn trương hoàn thiện hồ sơ.\n",
        &[
            ("1", "Công an tỉnh", &[], None),
            ("2", "Sở Xây dựng", &[], None),
        ],
    );
    check(
        "the subject after a topic's colon leads, however long the topic, whoever is given something inside",
        "7. Về dự án xây dựng đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang; dự án nâng cấp đường từ Quốc lộ 12 đến cửa khẩu A Pa Chải: Tỉnh thực hiện theo chỉ đạo của Tổng Bí thư; chủ động làm việc với Bộ Xây dựng về việc giao Ủy ban nhân dân tỉnh làm cơ quan chủ quản.\n",
        &[("7", "Tỉnh", &[], None)],
    );
    check(
        "partners are not the subject; work whose partners follow a colon is no label; a scanned `Noi nhận` ends the body",
        "a) Ngân hàng Nhà nước Việt Nam:\n\
         - Chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư, Bộ Tài chính và các cơ quan liên quan khẩn trương đề xuất chính sách tín dụng.\n\
         b) Bộ Công Thương:\n\
         - Chủ trì, phối hợp với các Bộ: Nông nghiệp và Phát triển nông thôn, Xây dựng rà soát nhu cầu nguyên vật liệu.\n\
         c) Bộ Giao thông vận tải:\n\
         - Chủ trì, phối hợp với các Bộ: Kế hoạch và Đầu tư, Tài chính và các cơ quan liên quan nghiên cứu việc chuyển đổi.\n\
         Noi nhận:\n\
         - Ban Bí thư Trung ương Đảng;\n\
         - Các Bộ, cơ quan ngang Bộ;\n",
        &[
            (
                "a.-1",
                "Ngân hàng Nhà nước Việt Nam",
                &[
                    "Bộ Kế hoạch và Đầu tư",
                    "Bộ Tài chính",
                    "các cơ quan liên quan",
                ],
                None,
            ),
            (
                "b.-1",
                "Bộ Công Thương",
                &["Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Xây dựng"],
                None,
            ),
            (
                "c.-1",
                "Bộ Giao thông vận tải",
                &[
                    "Bộ Kế hoạch và Đầu tư",
                    "Bộ Tài chính",
                    "các cơ quan liên quan",
                ],
                None,
            ),
        ],
    );
    check(
        "a person given work by name before a colon leads, as written with the role; a title's full stop ends no sentence",
        "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn.\n\
         4.2. Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Chủ trì, phụ trách việc kiểm tra hồ sơ.\n\
         4.3. Bà Lê Thị Hoa, Phó Giám đốc Sở: Chủ trì kiểm tra hồ sơ.\n",
        &[
            ("4.1", "Ông. Hoàng Văn Thuân - Trưởng đoàn", &[], None),
            ("4.2", "Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn", &[], None),
            ("4.3", "Bà Lê Thị Hoa, Phó Giám đốc Sở", &[], None),
        ],
    );
    check(
        "the short name a text gives those it asks (`sau đây gọi là …`) is their lead",
        "Để triển khai Nghị định số 178/2026/NĐ-CP, Bộ Tài chính đề nghị các Bộ, cơ quan ngang bộ, cơ quan khác ở trung ương (sau đây gọi là Bộ, cơ quan trung ương) thực hiện một số nội dung sau:\n\
         1. Rà soát các văn bản quy phạm pháp luật.\n",
        &[("1", "Bộ, cơ quan trung ương", &[], None)],
    );
    check(
        "after a clause, the one a subject asks leads (`…, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh …`); `tìm`, `thống nhất` end a name",
        "1. Về việc xử lý các dự án chậm triển khai:\n\
         - Đối với 04 dự án chậm triển khai trên địa bàn huyện, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp đã cam kết.\n\
         - Ủy ban nhân dân tỉnh tìm giải pháp đưa khu đất này vào sử dụng.\n",
        &[
            ("1.-1", "Ủy ban nhân dân tỉnh", &[], None),
            ("1.-2", "Ủy ban nhân dân tỉnh", &[], None),
        ],
    );
    check(
        "a clause of time or course before the subject (`Trong thời gian giữa hai kỳ họp, …`, `Trong quá trình thực hiện, …`) opens the sentence",
        "1. Trong thời gian giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh xem xét các vấn đề cử tri quan tâm.\n\
         2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Sở Tài chính.\n",
        &[
            ("1", "Thường trực Hội đồng nhân dân tỉnh", &[], None),
            ("2", "các cơ quan, đơn vị", &[], None),
        ],
    );
    check(
        "the one a subject asks inside a sentence leads even under a heading's lead; what a body approves gives its items no lead",
        "Điều 1. Hội đồng nhân dân tỉnh thống nhất với nội dung chất vấn tại kỳ họp thứ năm, cụ thể như sau:\n\
         1. Về việc xử lý các dự án chậm triển khai:\n\
         - Đối với 04 dự án chậm triển khai mà đại biểu đã chất vấn, Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tổ chức thực hiện các giải pháp.\n\
         - Ủy ban nhân dân tỉnh cần đẩy mạnh xã hội hóa.\n\
         2. Sở Y tế:\n\
         - Theo chức năng, nhiệm vụ, Sở Y tế đề nghị Bộ Y tế hướng dẫn chuyên môn.\n",
        &[
            ("Điều 1.1.-1", "Ủy ban nhân dân tỉnh", &[], None),
            ("Điều 1.1.-2", "Ủy ban nhân dân tỉnh", &[], None),
            ("Điều 1.2.-1", "Bộ Y tế", &[], None),
        ],
    );
}

#[test]
fn items_headings_and_labels() {
    check_text(
        "the labels after a group's last sub-item lead the sub-items before it that named no one",
        &plan(
            "II. NỘI DUNG HOẠT ĐỘNG\n1. Tăng cường sự lãnh đạo của cấp ủy\n\
             1.1. Tổ chức tuyên truyền, phổ biến Chỉ thị số 37-CT/TW.\n\
             1.2. Nâng cao vai trò của người đứng đầu.\n\
             - Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp.\n\
             2. Giải quyết tranh chấp lao động\n\
             2.1. Rà soát các thiết chế hòa giải.\n\
             - Cơ quan thực hiện: Sở Lao động - Thương binh và xã hội chủ trì, phối hợp với Liên đoàn Lao động tỉnh.\n",
        ),
        &[
            ("II.1.1", "Sở Nội vụ", &["Sở Tư pháp"], None),
            ("II.1.2", "Sở Nội vụ", &["Sở Tư pháp"], None),
            (
                "II.2.1",
                "Sở Lao động - Thương binh và xã hội",
                &["Liên đoàn Lao động tỉnh"],
                None,
            ),
        ],
    );
    check(
        "a number whose space was lost marks an item; collectives parted by semicolons before `căn cứ chức năng` lead jointly",
        "1.Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố căn cứ chức năng, nhiệm vụ chủ động xây dựng kế hoạch.\n\
         2.Sở Y tế gắn việc khám sức khỏe với tiêm chủng. Gắn việc tuyên truyền với phong trào thi đua.\n",
        &[
            (
                "1",
                "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố",
                &[],
                None,
            ),
            ("2", "Sở Y tế", &[], None),
            ("2", "Sở Y tế", &[], None),
        ],
    );
    check(
        "a heading giving the duties of a body (`Trách nhiệm chung của …`) leads the items under it",
        "1. Trách nhiệm chung của các cơ quan, đơn vị\n\
         - Lãnh đạo, chỉ đạo thực hiện nghiêm các quy định của pháp luật.\n\
         2. Nhiệm vụ cụ thể của Thanh tra tỉnh\n\
         - Xây dựng kế hoạch thanh tra.\n",
        &[
            ("1.-1", "các cơ quan, đơn vị", &[], None),
            ("2.-1", "Thanh tra tỉnh", &[], None),
        ],
    );
    check(
        "a council's articles are items, the one its lead-in asks leads them, and what it approves is no task",
        "Điều 1. Hội đồng nhân dân tỉnh tán thành nội dung Báo cáo kết quả giám sát.\n\
         Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện một số nhiệm vụ, giải pháp chủ yếu sau:\n\
         1. Thực hiện công khai danh mục các dự án thu hồi.\n\
         2. Về lĩnh vực nông nghiệp:\n\
         - Sở Nông nghiệp và Phát triển nông thôn:\n\
         + Thực hiện việc nghiệm thu công trình kè.\n\
         + Có phương án khắc phục tuyến kè.\n",
        &[
            ("Điều 2.1", "Ủy ban nhân dân tỉnh", &[], None),
            (
                "Điều 2.2.-1.+1",
                "Sở Nông nghiệp và Phát triển nông thôn",
                &[],
                None,
            ),
            (
                "Điều 2.2.-1.+2",
                "Sở Nông nghiệp và Phát triển nông thôn",
                &[],
                None,
            ),
        ],
    );
    check(
        "an item that names its lead and its work `như sau:` is one task, the items under it say how",
        "3. Hướng dẫn mã hóa\n\
         - Các bệnh viện thực hiện mã hóa, ghi chép như sau:\n\
         + Chọn mã số 3 để ghi vào Trường số 16.\n\
         + Ghi mức hưởng tương ứng với mã mức hưởng ghi trên thẻ.\n\
         - Sở Y tế kiểm tra việc thực hiện trước ngày 30/6/2024.\n",
        &[
            ("3.-1", "Các bệnh viện", &[], None),
            ("3.-2", "Sở Y tế", &[], Some("2024-06-30")),
        ],
    );
    check(
        "a topic naming a body over its items is a heading, full stop and all (`Yêu cầu đối với …`)",
        "1. Yêu cầu đối với các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản.\n\
         1.1. Triển khai thực hiện đúng các quy định của Luật Địa chất và khoáng sản.\n\
         1.2. Thực hiện nghiêm trách nhiệm báo cáo kết quả hoạt động khai thác.\n",
        &[
            (
                "1.1",
                "các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản",
                &[],
                None,
            ),
            (
                "1.2",
                "các tổ chức, cá nhân được cấp giấy phép khai thác khoáng sản",
                &[],
                None,
            ),
        ],
    );
}

#[test]
fn names_cases_and_what_gives_no_work() {
    check(
        "a body that issued a document (`Bộ Y tế có Công văn số …`) is given no work by it; one asked to write one is",
        "1. Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thanh toán.\n\
         2. Bảo hiểm xã hội các tỉnh có văn bản kiến nghị cơ quan quản lý nhà nước về y tế.\n",
        &[("2", "Bảo hiểm xã hội các tỉnh", &[], None)],
    );
    check(
        "a case that names its own subject is a task of its own; a case without one stays with the work before",
        "1. Về việc hỗ trợ xe cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp xe.\n\
         Trường hợp còn thiếu, Sở Y tế tổng hợp nhu cầu, báo cáo Bộ Tài chính.\n\
         2. Sở Xây dựng đẩy nhanh giải phóng mặt bằng. Trường hợp cần thiết thực hiện cưỡng chế theo quy định.\n",
        &[
            ("1", "Tỉnh", &[], None),
            ("1", "Sở Y tế", &[], None),
            ("2", "Sở Xây dựng", &[], None),
        ],
    );
    check(
        "a head that names no body by itself (`Cơ quan`, `Các cơ quan`) goes on with the words saying which; `Ban chỉ đạo` in lower case is a name",
        "1. Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế tỉnh, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao tỉnh, Ban Quản lý các Khu công nghiệp tỉnh):\n\
         - Chịu trách nhiệm tiếp nhận hồ sơ.\n\
         2. Cơ quan chủ trì giải quyết thủ tục đầu tư dự án\n\
         a) Hướng dẫn giải quyết nhanh các thủ tục đầu tư.\n\
         3. Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản.\n\
         4. Văn phòng Ban chỉ đạo theo dõi sát diễn biến tình hình.\n\
         5. Cục Báo chí, Cục Phát thanh Truyền hình và Thông tin điện tử: Tham mưu Lãnh đạo Bộ chỉ đạo các cơ quan báo chí:\n\
         - Tuyên truyền các chủ trương của Đảng.\n",
        &[
            ("1.-1", "Các cơ quan đăng ký đầu tư", &[], None),
            (
                "2.a",
                "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án",
                &[],
                None,
            ),
            ("3", "Cơ quan phối hợp", &[], None),
            ("4", "Văn phòng Ban chỉ đạo", &[], None),
            ("5.-1", "Cục Báo chí", &[], None),
        ],
    );
    check(
        "bodies listed with what each is in charge of in brackets give no work; a bracket after a subject explains it",
        "2. Giao các sở quản lý nhà nước chuyên ngành về hạ tầng gồm:\n\
         - Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp);\n\
         - Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị).\n\
         3. Sở Y tế (Trung tâm Kiểm soát bệnh tật) tổ chức giám sát dịch bệnh.\n",
        &[("3", "Sở Y tế", &[], None)],
    );
    check(
        "a quoted law gives no work, the lead-in over it does; a closing that names work of its own is a task",
        "Khoản 1 Điều 4 Luật Quản lý ngoại thương quy định:\n\
         \"1. Nhà nước quản lý ngoại thương theo quy định của pháp luật.\n\
         2. Sở Công Thương tổ chức cấp phép theo quy định.\"\n\
         Bên cạnh đó, Sở Y tế lưu ý tuân thủ quy định tại Điều 58 Luật Ban hành văn bản như sau:\n\
         “3. Trường hợp các văn bản có quy định khác nhau thì áp dụng văn bản có hiệu lực cao hơn.”\n\
         Cục Hóa chất đề nghị Sở Tài chính chủ động nghiên cứu các quy định hiện hành để thực hiện theo đúng quy định./.\n\
         Đề nghị Sở Xây dựng nghiêm túc triển khai thực hiện./.\n",
        &[("", "Sở Y tế", &[], None), ("", "Sở Tài chính", &[], None)],
    );
    check(
        "a committee of several levels (`Ủy ban nhân dân phường, xã, đặc khu`) is a collective and leads jointly with the others",
        "1. Các sở, ban, ngành Thành phố, Ủy ban nhân dân phường, xã, đặc khu xây dựng dự toán kinh phí hằng năm.\n",
        &[(
            "1",
            "Các sở, ban, ngành Thành phố, Ủy ban nhân dân phường, xã, đặc khu",
            &[],
            None,
        )],
    );
    check_text(
        "what a plan describes (its place, theme, funds) is no task unless someone is named to do it",
        &plan(
            "II. NỘI DUNG\n1. Địa điểm kiểm tra: Tại trụ sở làm việc của các đơn vị.\n\
             2. Chủ đề Tháng hành động năm 2025\n\
             3. Kinh phí thực hiện: Sở Tài chính bố trí kinh phí theo quy định.\n\
             III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ theo dõi, tổng hợp kết quả.\n",
        ),
        &[
            ("II.3", "Sở Tài chính", &[], None),
            ("III.1", "Sở Nội vụ", &[], None),
        ],
    );
}
