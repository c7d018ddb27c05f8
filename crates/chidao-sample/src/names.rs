//! Vietnamese names for synthetic records.

/// The 34 provinces and centrally governed cities (after the 2025 merger).
pub const PROVINCES: [&str; 34] = [
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",
    "Lào Cai",
    "Thái Nguyên",
    "Phú Thọ",
    "Bắc Ninh",
    "Hưng Yên",
    "Hải Phòng",
    "Ninh Bình",
    "Quảng Trị",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Lâm Đồng",
    "Đắk Lắk",
    "Hồ Chí Minh",
    "Đồng Nai",
    "Tây Ninh",
    "Cần Thơ",
    "Vĩnh Long",
    "Đồng Tháp",
    "Cà Mau",
    "An Giang",
];

/// Ministries and central bodies: (Vietnamese, English).
pub const MINISTRIES: [(&str, &str); 17] = [
    ("Bộ Tài chính", "Ministry of Finance"),
    ("Bộ Xây dựng", "Ministry of Construction"),
    ("Bộ Công Thương", "Ministry of Industry and Trade"),
    (
        "Bộ Nông nghiệp và Môi trường",
        "Ministry of Agriculture and Environment",
    ),
    ("Bộ Y tế", "Ministry of Health"),
    (
        "Bộ Giáo dục và Đào tạo",
        "Ministry of Education and Training",
    ),
    ("Bộ Nội vụ", "Ministry of Home Affairs"),
    ("Bộ Tư pháp", "Ministry of Justice"),
    ("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
    ("Bộ Quốc phòng", "Ministry of National Defence"),
    ("Bộ Công an", "Ministry of Public Security"),
    (
        "Bộ Khoa học và Công nghệ",
        "Ministry of Science and Technology",
    ),
    (
        "Bộ Văn hóa, Thể thao và Du lịch",
        "Ministry of Culture, Sports and Tourism",
    ),
    (
        "Bộ Dân tộc và Tôn giáo",
        "Ministry of Ethnic and Religious Affairs",
    ),
    ("Thanh tra Chính phủ", "Government Inspectorate"),
    ("Ngân hàng Nhà nước Việt Nam", "State Bank of Viet Nam"),
    ("Văn phòng Chính phủ", "Government Office"),
];

/// Provincial departments: (Vietnamese, English, abbreviation).
pub const DEPARTMENTS: [(&str, &str); 18] = [
    ("Sở Tài chính", "Department of Finance"),
    ("Sở Xây dựng", "Department of Construction"),
    ("Sở Công Thương", "Department of Industry and Trade"),
    (
        "Sở Nông nghiệp và Môi trường",
        "Department of Agriculture and Environment",
    ),
    ("Sở Y tế", "Department of Health"),
    (
        "Sở Giáo dục và Đào tạo",
        "Department of Education and Training",
    ),
    ("Sở Nội vụ", "Department of Home Affairs"),
    ("Sở Tư pháp", "Department of Justice"),
    (
        "Sở Khoa học và Công nghệ",
        "Department of Science and Technology",
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch",
        "Department of Culture, Sports and Tourism",
    ),
    ("Sở Ngoại vụ", "Department of Foreign Affairs"),
    (
        "Sở Dân tộc và Tôn giáo",
        "Department of Ethnic and Religious Affairs",
    ),
    ("Thanh tra tỉnh", "Provincial Inspectorate"),
    ("Ban Quản lý Khu kinh tế", "Economic Zone Authority"),
    ("Công an tỉnh", "Provincial Police"),
    ("Bộ Chỉ huy Quân sự tỉnh", "Provincial Military Command"),
    (
        "Đài Phát thanh và Truyền hình",
        "Radio and Television Station",
    ),
    ("Trung tâm Xúc tiến Đầu tư", "Investment Promotion Centre"),
];

/// Syllables for place names.
pub const PLACE: [&str; 24] = [
    "Hòa", "Bình", "An", "Phú", "Thịnh", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Long", "Thạnh",
    "Yên", "Quang", "Minh", "Tân", "Lộc", "Phước", "Trung", "Sơn", "Hải", "Văn", "Lãng", "Định",
];

/// Family names.
pub const FAMILY: [&str; 12] = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
];

/// Middle names.
pub const MIDDLE: [&str; 10] = [
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Xuân", "Ngọc", "Tiến",
];

/// Given names.
pub const GIVEN: [&str; 16] = [
    "Hùng",
    "Lan",
    "Phương",
    "Thưởng",
    "Huyền",
    "Trường",
    "Hậu",
    "Nghiệm",
    "Tuấn",
    "Hà",
    "Dũng",
    "Thảo",
    "Khánh",
    "Sơn",
    "Mai",
    "Việt",
];

/// Task verbs and objects: (Vietnamese, English).
pub const WORK: [(&str, &str); 16] = [
    ("Rà soát", "Review"),
    ("Xây dựng kế hoạch", "Draw up a plan for"),
    ("Báo cáo kết quả", "Report on"),
    ("Tham mưu đề xuất", "Advise on"),
    ("Đẩy nhanh tiến độ", "Speed up"),
    ("Tổ chức triển khai", "Carry out"),
    ("Kiểm tra, đôn đốc", "Inspect and urge"),
    ("Hoàn thiện hồ sơ", "Complete the file on"),
    ("Giải quyết dứt điểm", "Settle"),
    ("Tổng hợp ý kiến", "Collect comments on"),
    ("Tháo gỡ vướng mắc", "Remove obstacles to"),
    ("Nghiên cứu, đề xuất cơ chế", "Propose a mechanism for"),
    ("Trình dự thảo quyết định", "Submit a draft decision on"),
    ("Tổ chức hội nghị", "Hold a conference on"),
    ("Đánh giá tình hình", "Assess"),
    ("Chuẩn bị điều kiện", "Prepare for"),
];

/// Subjects of work: (Vietnamese, English).
pub const SUBJECTS: [(&str, &str); 16] = [
    ("giải phóng mặt bằng", "site clearance"),
    (
        "giải ngân vốn đầu tư công",
        "public investment disbursement",
    ),
    ("chuyển đổi số", "digital transformation"),
    ("cải cách hành chính", "administrative reform"),
    ("xây dựng nông thôn mới", "new rural development"),
    ("phát triển du lịch", "tourism development"),
    ("an sinh xã hội", "social security"),
    ("quản lý đất đai", "land management"),
    ("phòng, chống thiên tai", "disaster prevention"),
    ("thu ngân sách nhà nước", "state budget revenue"),
    (
        "phát triển hạ tầng khu công nghiệp",
        "industrial park infrastructure",
    ),
    ("đón Tết Nguyên đán", "the Lunar New Year holiday"),
    ("vị trí việc làm", "job positions"),
    (
        "sắp xếp đơn vị hành chính",
        "administrative unit rearrangement",
    ),
    ("xúc tiến đầu tư", "investment promotion"),
    ("kinh tế cửa khẩu", "border-gate economy"),
];

/// Indicator names: (Vietnamese, English, measure code, unit code, lower is better).
pub const INDICATORS: [(&str, &str, &str, Option<&str>, bool); 10] = [
    (
        "Tốc độ tăng trưởng GRDP",
        "GRDP growth rate",
        "percentage",
        Some("percent"),
        false,
    ),
    (
        "GRDP bình quân đầu người",
        "GRDP per head",
        "number",
        Some("million_vnd"),
        false,
    ),
    (
        "Tổng thu ngân sách nhà nước",
        "State budget revenue",
        "number",
        Some("billion_vnd"),
        false,
    ),
    (
        "Tỷ lệ hộ nghèo",
        "Poverty rate",
        "percentage",
        Some("percent"),
        true,
    ),
    (
        "Kim ngạch xuất nhập khẩu",
        "Import–export turnover",
        "number",
        Some("million_usd"),
        false,
    ),
    (
        "Số xã đạt chuẩn nông thôn mới",
        "Communes meeting the new-rural standard",
        "number",
        Some("commune"),
        false,
    ),
    (
        "Tỷ lệ che phủ rừng",
        "Forest cover",
        "percentage",
        Some("percent"),
        false,
    ),
    (
        "Tỷ lệ thu gom rác thải đô thị",
        "Urban waste collected",
        "percentage",
        Some("percent"),
        false,
    ),
    (
        "Chỉ số giá tiêu dùng",
        "Consumer price index",
        "percentage",
        Some("percent"),
        true,
    ),
    (
        "Chỉ số năng lực cạnh tranh cấp tỉnh",
        "Provincial competitiveness index",
        "qualitative",
        None,
        false,
    ),
];

/// Project kinds: (Vietnamese, English, sector code).
pub const PROJECTS: [(&str, &str, &str); 8] = [
    ("Đường cao tốc", "Expressway", "transport"),
    ("Nâng cấp quốc lộ", "National road upgrade", "transport"),
    (
        "Hạ tầng khu công nghiệp",
        "Industrial park infrastructure",
        "industry",
    ),
    ("Cửa khẩu thông minh", "Smart border gate", "border_trade"),
    ("Khu du lịch sinh thái", "Eco-tourism area", "tourism"),
    ("Trung tâm y tế", "Health centre", "health"),
    ("Trường học liên cấp", "Multi-level school", "education"),
    ("Khu đô thị mới", "New urban area", "urban"),
];
