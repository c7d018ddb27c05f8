//! One small document per rule, checked through one data-driven helper: the items, leads,
//! coordinating agencies and due dates the extractor reads from it.

/// A header dated 05/03/2024, then `body`.
fn document(body: &str) -> String {
    format!(
        "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/TB-UBND\n\
         X, ngày 05 tháng 3 năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh\n{body}"
    )
}

/// `(item, lead, coordinating, due)` of every assignment read from `body`.
type Row = (
    &'static str,
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
);

/// A plan's header (UBND tỉnh X, dated 05/03/2024), then `body`.
fn plan(body: &str) -> String {
    format!(
        "UBND TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n\
         X, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\nTriển khai Nghị quyết số 27-NQ/TW\n{body}"
    )
}

fn check(rule: &str, body: &str, want: &[Row]) {
    check_text(rule, &document(body), want);
}

fn check_text(rule: &str, text: &str, want: &[Row]) {
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
        "a heading that gives the work to joint leads: the first leads (and `kiểm sát` is one word of a name)",
        &plan(
            "2.10. Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh\n\
             - Thực hiện tốt chức năng thực hành quyền công tố, xét xử.\n",
        ),
        &[("2.10.-1", "Viện kiểm sát nhân dân tỉnh", &[], None)],
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
        "in a plan, work naming no one in a section on its content or funds is no assignment; in its tasks it is the issuer's",
        &plan(
            "II. NỘI DUNG KẾ HOẠCH\n\
             1. Quan trắc môi trường vùng nuôi tôm\n\
             - Cửa sông Mã: Lấy mẫu 01 vị trí tại khu vực nước cấp.\n\
             III. NHIỆM VỤ, GIẢI PHÁP\n\
             1. Tuyên truyền, hướng dẫn người nuôi trồng thủy sản.\n\
             IV. TỔ CHỨC THỰC HIỆN\n\
             1. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, trình cấp có thẩm quyền bố trí kinh phí.\n",
        ),
        &[
            ("III.1", "UBND TỈNH X", &[], None),
            ("IV.1", "Sở Tài chính", &[], None),
        ],
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
            "II. NHIỆM VỤ, GIẢI PHÁP\n1. Tiếp tục tăng cường sự lãnh đạo của các cấp ủy. Tăng cường công tác thanh tra, kiểm tra. Nâng cao ý thức của toàn dân.\n",
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

#[test]
fn sub_items_sharing_labels_and_names_written_loosely() {
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
        "a clause of time or course before the subject (`Trong thời gian giữa hai kỳ họp, …`, `Trong quá trình thực hiện, …`) opens the sentence",
        "1. Trong thời gian giữa hai kỳ họp, Thường trực Hội đồng nhân dân tỉnh xem xét các vấn đề cử tri quan tâm.\n\
         2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị báo cáo Sở Tài chính.\n",
        &[
            ("1", "Thường trực Hội đồng nhân dân tỉnh", &[], None),
            ("2", "các cơ quan, đơn vị", &[], None),
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
