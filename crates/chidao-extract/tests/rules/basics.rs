//! The first rules: outputs and their recipients, and the sentence forms that give work.

use super::check::{check, check_text, document, plan};

#[test]
fn expected_outputs_and_their_recipients() {
    let text = document(
        "1. Giao Sở Tài chính chủ trì rà soát, báo cáo UBND tỉnh trước ngày 31/3/2024.\n\
         2. Sở Tư pháp thẩm định, trình Chủ tịch UBND tỉnh ký ban hành.\n\
         3. Sở Nội vụ tổng hợp kết quả.\n",
    );
    let ex = chidao_extract::extract(&text);
    let outs: Vec<(String, Option<String>)> = ex
        .assignments
        .iter()
        .map(|a| {
            let o = a.output.as_ref();
            (
                o.map_or_else(String::new, |o| o.kind.code().to_owned()),
                o.and_then(|o| o.recipient.as_ref().map(|r| r.value.clone())),
            )
        })
        .collect();
    assert_eq!(
        outs,
        [
            ("report".to_owned(), Some("UBND tỉnh".to_owned())),
            (
                "draft_document".to_owned(),
                Some("Chủ tịch UBND tỉnh".to_owned())
            ),
            (String::new(), None),
        ]
    );
    let o = ex.assignments[0].output.as_ref().unwrap();
    assert_eq!(&text[o.phrase.span.clone()], o.phrase.value);
    assert_eq!(o.phrase.value, "báo cáo UBND tỉnh trước ngày 31/3/2024");
}

#[test]
fn rules() {
    check(
        "X chủ trì, phối hợp với Y",
        "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng và các cơ quan liên quan rà soát, báo cáo UBND tỉnh trước ngày 31/3/2024.\n",
        &[(
            "1",
            "Sở Tài chính",
            &["Sở Xây dựng", "các cơ quan liên quan"],
            Some("2024-03-31"),
        )],
    );
    check(
        "Đề nghị X at the start",
        "2. Đề nghị Bộ Công Thương sớm hướng dẫn thực hiện trong quý II/2024.\n",
        &[("2", "Bộ Công Thương", &[], Some("2024-06-30"))],
    );
    check(
        "a name and a verb open the sentence; joint leads coordinate",
        "3. Sở Y tế, Sở Giáo dục và Đào tạo khẩn trương triển khai trong tháng 4.\n",
        &[(
            "3",
            "Sở Y tế",
            &["Sở Giáo dục và Đào tạo"],
            Some("2024-04-30"),
        )],
    );
    check(
        "what was done is not an assignment",
        "Năm 2023, Sở Tài chính đã hoàn thành việc quyết toán.\n",
        &[],
    );
    check(
        "a heading naming an agency leads the items under it",
        "4. Sở Nông nghiệp và Phát triển nông thôn\na) Rà soát các công trình thủy lợi.\nb) Chủ trì, phối hợp với UBND các huyện kiểm tra đê điều.\n5. Công an tỉnh bảo đảm an ninh trật tự.\n",
        &[
            ("4.a", "Sở Nông nghiệp và Phát triển nông thôn", &[], None),
            (
                "4.b",
                "Sở Nông nghiệp và Phát triển nông thôn",
                &["UBND các huyện"],
                None,
            ),
            ("5", "Công an tỉnh", &[], None),
        ],
    );
    check(
        "a lead-in ending with a colon leads its items",
        "Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng thực hiện các nội dung sau:\n- Kiểm tra chất lượng công trình.\n- Báo cáo kết quả trước ngày 15/4/2024.\n",
        &[
            ("-1", "Sở Xây dựng", &[], None),
            ("-2", "Sở Xây dựng", &[], Some("2024-04-15")),
        ],
    );
    check(
        "further sentences of an item belong to its assignment",
        "6. Giao Sở Tư pháp rà soát văn bản. Thời gian hoàn thành trước ngày 30/6/2024.\n",
        &[("6", "Sở Tư pháp", &[], Some("2024-06-30"))],
    );
    check(
        "a section of purposes holds no tasks",
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của cán bộ.\nII. NHIỆM VỤ\n1. Sở Nội vụ chủ trì tổ chức tập huấn.\n",
        &[("II.1", "Sở Nội vụ", &[], None)],
    );
    check(
        "an unread deadline keeps no date",
        "7. Giao Sở Công Thương triển khai trong thời gian sớm nhất.\n",
        &[("7", "Sở Công Thương", &[], None)],
    );
    check(
        "a heading giving the work (Giao X, Đề nghị X) leads the items under it",
        "2. Giao Sở Nội vụ\n- Hướng dẫn, theo dõi tiến độ cập nhật dữ liệu.\n- Tham mưu Ủy ban nhân dân tỉnh đánh giá trách nhiệm người đứng đầu.\n9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\na) Chỉ đạo các tổ chức thành viên tăng cường công tác truyền thông.\n",
        &[
            ("2.-1", "Sở Nội vụ", &[], None),
            ("2.-2", "Sở Nội vụ", &[], None),
            ("9.a", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", &[], None),
        ],
    );
    check(
        "the paragraph right under a heading naming an agency is its item",
        "3. Sở Công Thương\nHỗ trợ cho các doanh nghiệp phát triển, kinh doanh trên môi trường số.\nTổ chức hội nghị kết nối cung cầu.\n4. Sở Y tế\nPhối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở.\n",
        &[
            ("3", "Sở Công Thương", &[], None),
            ("3", "Sở Công Thương", &[], None),
            ("4", "Sở Y tế", &["Sở Giáo dục và Đào tạo"], None),
        ],
    );
    check(
        "a heading with sub-items is a heading even when its name goes on",
        "4. Các Sở Xây dựng nêu trên\n- Chỉ đạo các đơn vị có liên quan kiểm tra, rà soát các vị trí có nguy cơ ngập úng.\n7. Cục Kinh tế - Quản lý đầu tư xây dựng\n- Chỉ đạo các Ban Quản lý dự án kiểm tra công trường.\n8. Sở Tài chính chủ trì thực hiện các nội dung sau\n- Thẩm định kinh phí.\n5. Các chủ rừng là tổ chức (các Ban quản lý rừng đặc dụng, rừng phòng hộ)\n- Thực hiện đầy đủ quyền, nghĩa vụ của chủ rừng.\n",
        &[
            ("4.-1", "Các Sở Xây dựng nêu trên", &[], None),
            ("7.-1", "Cục Kinh tế - Quản lý đầu tư xây dựng", &[], None),
            ("8.-1", "Sở Tài chính", &[], None),
            ("5.-1", "Các chủ rừng là tổ chức", &[], None),
        ],
    );
    check(
        "a lead-in naming an agency then a comma and a verb: the name leads",
        "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:\n- Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp của Chương trình hành động.\n",
        &[("1.-1", "Ủy ban nhân dân tỉnh", &[], None)],
    );
    check(
        "a heading with a verb over plain text stays a heading",
        "2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở\nCác cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt Kết luận.\n",
        &[("2", "Các cấp ủy, tổ chức đảng", &[], None)],
    );
    check(
        "a heading with a verb and no sub-items is an assignment",
        "6. Sở Tài chính tham mưu bố trí kinh phí thực hiện\n",
        &[("6", "Sở Tài chính", &[], None)],
    );
    check(
        "a table of tasks: the header row names the lead, coordinating and time columns",
        "TT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện/ hoàn thành\nI. HOÀN THIỆN THỂ CHẾ\n1.\tHoàn thiện dự thảo Nghị định sửa đổi, bổ sung Nghị định số 06/2022/NĐ-CP để trình Chính phủ.\tCục Biến đổi khí hậu\tVụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT.\tTháng 8/2024\n7.\tNghiên cứu tham mưu xây dựng các nhiệm vụ chuyên môn về kiểm kê khí nhà kính.\tViện Khoa học Khí tượng thủy văn và Biến đổi khí hậu; Viện Chiến lược, Chính sách TN&MT\tCục Biến đổi khí hậu và các cơ quan, đơn vị có liên quan\t2024 - 2030\n8.\tThiết lập chuyên trang truyền thông.\t\tBộ Văn hóa, Thể thao và Du lịch\tThường xuyên\n",
        &[
            (
                "PL.1",
                "Cục Biến đổi khí hậu",
                &["Vụ Pháp chế", "các đơn vị có liên quan thuộc Bộ TN&MT"],
                Some("2024-08-31"),
            ),
            (
                "PL.7",
                "Viện Khoa học Khí tượng thủy văn và Biến đổi khí hậu",
                &[
                    "Viện Chiến lược, Chính sách TN&MT",
                    "Cục Biến đổi khí hậu",
                    "các cơ quan, đơn vị có liên quan",
                ],
                Some("2030-12-31"),
            ),
            ("PL.8", "", &["Bộ Văn hóa, Thể thao và Du lịch"], None),
        ],
    );
    check_text(
        "a plan's task labels name the tasks above them since the labels before",
        &plan(
            "4. Nâng cao phẩm chất, năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật\n- Tăng cường công tác giáo dục chính trị, tư tưởng, kỷ luật, kỷ cương.\nĐơn vị thực hiện: Các cơ quan, đơn vị, địa phương.\nĐơn vị phối hợp: Sở Tư pháp.\nThời gian thực hiện: Thường xuyên.\n- Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng xây dựng pháp luật.\nĐơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.\nĐơn vị phối hợp thực hiện: Các cơ quan, đơn vị, địa phương liên quan.\nThời gian thực hiện: Trong quý II/2024.\n",
        ),
        &[
            (
                "4.-1",
                "Các cơ quan, đơn vị, địa phương",
                &["Sở Tư pháp"],
                None,
            ),
            (
                "4.-2",
                "Sở Tư pháp",
                &["Các cơ quan, đơn vị, địa phương liên quan"],
                Some("2024-06-30"),
            ),
        ],
    );
    check(
        "head words: Hiệp hội, Thuế tỉnh, người đứng đầu",
        "6. Hiệp hội Doanh nghiệp tỉnh\n- Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số.\n7. Thuế tỉnh\n- Tăng cường thanh tra, kiểm tra các doanh nghiệp, cơ sở thu mua, chế biến và kinh doanh khoáng sản.\n8. Đề nghị người đứng đầu cấp ủy trực tiếp chỉ đạo và chịu trách nhiệm thực hiện.\n",
        &[
            ("6.-1", "Hiệp hội Doanh nghiệp tỉnh", &[], None),
            ("7.-1", "Thuế tỉnh", &[], None),
            ("8", "người đứng đầu cấp ủy", &[], None),
        ],
    );
    check(
        "a long lead-in giving the work, with no colon, leads the items under it",
        "1. Giao người đứng đầu các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường thực hiện tốt các nội dung sau\n- Tiếp tục triển khai việc cập nhật cơ sở dữ liệu của toàn bộ cán bộ, công chức, viên chức.\n- Chịu trách nhiệm về thực hiện bảo mật, bảo đảm an toàn thông tin cơ sở dữ liệu.\n",
        &[
            (
                "1.-1",
                "người đứng đầu các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
                &[],
                None,
            ),
            (
                "1.-2",
                "người đứng đầu các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
                &[],
                None,
            ),
        ],
    );
    check(
        "a longer title with items under it and no full stop is a heading, not a task",
        "Sở Tư pháp thực hiện các nhiệm vụ sau:\n2. Tăng cường tuyên truyền, phổ biến, quán triệt chủ trương, chính sách của Đảng và pháp luật của Nhà nước về công tác xây dựng pháp luật trên địa bàn tỉnh\n- Thường xuyên tuyên truyền, phổ biến, quán triệt Nghị quyết số 27-NQ/TW.\n",
        &[("2.-1", "Sở Tư pháp", &[], None)],
    );
    check(
        "under a heading, one asked inside a sentence opening with a verb is not its lead",
        "7. Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương:\nb) Phối hợp với Bộ Tài nguyên và Môi trường và các Bộ, ngành liên quan rà soát, yêu cầu các tổ chức, doanh nghiệp thực hiện chương trình, dự án theo cơ chế trao đổi tín chỉ các-bon.\n",
        &[(
            "7.b",
            "Ủy ban nhân dân các tỉnh và thành phố trực thuộc trung ương",
            &["Bộ Tài nguyên và Môi trường", "các Bộ, ngành liên quan"],
            None,
        )],
    );
    check(
        "a lead-in naming an agency and a duty verb over its items: the name leads",
        "d) Giao Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ chỉ đạo các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp có trách nhiệm:\n- Rà soát hệ thống thu gom, xử lý nước thải tập trung.\n",
        &[(
            "d.-1",
            "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
            &[],
            None,
        )],
    );
    check(
        "a shared list prefix: the first leads, the others coordinate",
        "1. Các Bộ: Công Thương, Văn hóa, Thể thao và Du lịch, Nông nghiệp và Phát triển nông thôn:\na) Khẩn trương ban hành kế hoạch giảm nhẹ phát thải khí nhà kính cấp lĩnh vực.\nb) Chủ trì, phối hợp với các cơ quan liên quan tham mưu cho cấp có thẩm quyền.\n",
        &[
            (
                "1.a",
                "Bộ Công Thương",
                &[
                    "Bộ Văn hóa, Thể thao và Du lịch",
                    "Bộ Nông nghiệp và Phát triển nông thôn",
                ],
                None,
            ),
            (
                "1.b",
                "Bộ Công Thương",
                &[
                    "Bộ Văn hóa, Thể thao và Du lịch",
                    "Bộ Nông nghiệp và Phát triển nông thôn",
                    "các cơ quan liên quan",
                ],
                None,
            ),
        ],
    );
    check(
        "a clause of time or basis before the subject",
        "III. NHIỆM VỤ\n1. Sau khi phương án phân vùng mới được cấp có thẩm quyền thông qua, Bộ Tài chính khẩn trương báo cáo Thủ tướng Chính phủ.\n2. Căn cứ kế hoạch này, Giám đốc các Sở, Thủ trưởng các ngành xây dựng kế hoạch triển khai trước ngày 30/4/2024.\nSau khi nghe báo cáo của các đại biểu, Chủ tịch UBND tỉnh ghi nhận, biểu dương các sở, ngành.\n",
        &[
            ("III.1", "Bộ Tài chính", &[], None),
            (
                "III.2",
                "Giám đốc các Sở",
                &["Thủ trưởng các ngành"],
                Some("2024-04-30"),
            ),
        ],
    );
    check(
        "a subject after a clause that opens the sentence gives that sentence its own lead",
        "UBND tỉnh yêu cầu các cấp, các ngành tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:\n9. Tiếp tục đẩy mạnh công tác chuyển đổi số và cải cách hành chính trên tất cả các lĩnh vực.\nTriển khai thực hiện Quyết định số 1725/QĐ-TTg ngày 29/12/2023 của Thủ tướng Chính phủ về việc thành lập Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh, Sở Nội vụ có trách nhiệm tham mưu UBND tỉnh tổ chức Lễ công bố Quyết định thành lập Trung tâm trong tháng 4/2024.\n5. Đẩy mạnh công tác giải phóng mặt bằng. Đặc biệt lưu ý trong việc triển khai thực hiện dự án, các huyện, thành phố cần rà soát kỹ lưỡng về nhu cầu tái định cư.\n12. Đối với dự thảo Quyết định của UBND tỉnh về nhiệm vụ, giải pháp chủ yếu năm 2024: các sở, ban, ngành nghiên cứu, có ý kiến tham gia, chậm nhất trước ngày 15/4/2024 gửi Sở Kế hoạch và Đầu tư tổng hợp.\n",
        &[
            ("9", "các cấp, các ngành", &[], None),
            ("9", "Sở Nội vụ", &[], Some("2024-04-30")),
            ("5", "các cấp, các ngành", &[], None),
            ("5", "các huyện, thành phố", &[], None),
            ("12", "các sở, ban, ngành", &[], Some("2024-04-15")),
        ],
    );
    check(
        "a colon that introduces a list, not a topic, is followed by no subject",
        "- Qua quá trình kiểm tra việc chấp hành quy định của pháp luật trong bảo quản, sử dụng vật liệu nổ công nghiệp của các đơn vị: Công ty cổ phần Xây dựng giao thông Yên Bái thực hiện cơ bản đầy đủ các quy định.\n",
        &[],
    );
    check(
        "a clause after a semicolon that opens with its own lead, or gives more work with a date of its own, is its own assignment",
        "9. Giao các sở, ban, ngành, UBND các huyện, thành phố khẩn trương triển khai xây dựng vị trí việc làm, thời gian hoàn thành trước ngày 31/3/2024; hoàn thành sắp xếp đơn vị hành chính cấp xã, cấp huyện trong quý III/2024.\n10. Các cơ quan, đơn vị gửi Sở Tài chính trước ngày 05/7/2024; Sở Tài chính tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 10/7/2024.\n",
        &[
            (
                "9",
                "các sở, ban, ngành, UBND các huyện, thành phố",
                &[],
                Some("2024-03-31"),
            ),
            (
                "9",
                "các sở, ban, ngành, UBND các huyện, thành phố",
                &[],
                Some("2024-09-30"),
            ),
            ("10", "Các cơ quan, đơn vị", &[], Some("2024-07-05")),
            ("10", "Sở Tài chính", &[], Some("2024-07-10")),
        ],
    );
    check(
        "leads listed with semicolons are not split",
        "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường tổ chức quán triệt, triển khai và chỉ đạo các cơ quan, đơn vị thuộc thẩm quyền quản lý thực hiện nghiêm túc Chỉ thị này trước ngày 30/4/2024.\n",
        &[("", "Thủ trưởng các sở, ban, ngành", &[], Some("2024-04-30"))],
    );
    check(
        "a sentence cut by a page break after a word that needs more goes on in the next paragraph",
        "11. Giao Sở Tài nguyên và Môi trường chủ trì, xem xét đề xuất, kiến nghị của\n\nUBND các huyện, thành phố tại Hội nghị, nghiên cứu cách làm của một số tỉnh, thành phố để xây dựng quy định của tỉnh, báo cáo UBND tỉnh trong tháng 02/2024.\n",
        &[("11", "Sở Tài nguyên và Môi trường", &[], Some("2024-02-29"))],
    );
    check(
        "the closing formula is not an assignment",
        "8. Giao Sở Tài chính thẩm định.\nYêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện./.\n",
        &[("8", "Sở Tài chính", &[], None)],
    );
}
