//! The sheets of the workbook and their columns, one function per family of records.

use chidao_model::{
    AgencyKind, AgencyLevel, Assessment, Authority, DocumentType, FigureKind, HaltKind,
    IndicatorGroup, InvestmentForm, Measure, MeetingKind, OutputKind, Polarity, ProjectPhase,
    Sector, SourceKind, Unit, Vocabulary,
};

use super::{Column, Kind, Layout, PARENT, RefKind, Sheet, Vocab, vocab};

struct Builder {
    vocabs: Vec<Vocab>,
}

impl Builder {
    fn vocab<V: Vocabulary>(&mut self) -> Kind {
        if let Some(i) = self.vocabs.iter().position(|v| v.name == V::NAME) {
            return Kind::Vocab(i);
        }
        self.vocabs.push(vocab::<V>());
        Kind::Vocab(self.vocabs.len() - 1)
    }
}

const fn col(code: &'static str, vi: &'static str, en: &'static str, kind: Kind) -> Column {
    Column {
        code,
        vi,
        en,
        kind,
        repeat: false,
        required: false,
    }
}

const fn req(code: &'static str, vi: &'static str, en: &'static str, kind: Kind) -> Column {
    Column {
        required: true,
        ..col(code, vi, en, kind)
    }
}

const fn many(code: &'static str, vi: &'static str, en: &'static str, kind: Kind) -> Column {
    Column {
        repeat: true,
        ..col(code, vi, en, kind)
    }
}

/// The two columns of a bilingual text: Vietnamese (required when the text is) and English.
macro_rules! text {
    ($code:literal, $vi:literal, $en:literal, $required:expr) => {
        [
            Column {
                required: $required,
                ..col(
                    concat!($code, ".vi"),
                    concat!($vi, " (tiếng Việt)"),
                    concat!($en, " (Vietnamese)"),
                    Kind::Text,
                )
            },
            col(
                concat!($code, ".en"),
                concat!($vi, " (tiếng Anh)"),
                concat!($en, " (English)"),
                Kind::Text,
            ),
        ]
    };
}

fn sheet(
    collection: &'static str,
    vi: &'static str,
    en: &'static str,
    columns: Vec<Column>,
) -> Sheet {
    Sheet {
        collection,
        list: None,
        vi,
        en,
        columns,
    }
}

/// A sheet of list elements: its first column names the parent record.
fn list_sheet(
    collection: &'static str,
    list: &'static str,
    (vi, en): (&'static str, &'static str),
    parent: Column,
    mut columns: Vec<Column>,
) -> Sheet {
    columns.insert(0, parent);
    Sheet {
        collection,
        list: Some(list),
        vi,
        en,
        columns,
    }
}

const SOURCES: Kind = Kind::Ref(RefKind::Source);
const AGENCY: Kind = Kind::Ref(RefKind::Agency);

fn sources() -> Column {
    many("sources", "Nguồn", "Sources", SOURCES)
}

fn inferred() -> Column {
    col(
        "inferred",
        "Suy luận (mã máy)",
        "Inferences (machine code)",
        Kind::Json,
    )
}

pub(super) fn build() -> Layout {
    let mut b = Builder { vocabs: Vec::new() };
    let mut sheets = Vec::new();

    let mut c = vec![req(
        "format_version",
        "Phiên bản định dạng",
        "Format version",
        Kind::Code,
    )];
    c.extend(text!("title", "Tên tập dữ liệu", "Dataset title", false));
    sheets.push(sheet("", "Tập dữ liệu", "Dataset", c));
    sources_and_agencies(&mut b, &mut sheets);
    meetings(&mut b, &mut sheets);
    directives(&mut b, &mut sheets);
    tasks(&mut b, &mut sheets);
    indicators(&mut b, &mut sheets);
    projects(&mut b, &mut sheets);
    Layout {
        sheets,
        vocabs: b.vocabs,
    }
}

fn sources_and_agencies(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã nguồn", "Source id", Kind::Code)];
    c.extend(text!("title", "Tên nguồn", "Title", true));
    c.push(req("kind", "Loại nguồn", "Kind", b.vocab::<SourceKind>()));
    c.push(col("publisher", "Nơi công bố", "Publisher", Kind::Text));
    c.push(col("published", "Ngày công bố", "Published", Kind::Date));
    c.push(col("locator", "Địa chỉ", "Locator", Kind::Text));
    sheets.push(sheet("sources", "Nguồn", "Sources", c));

    let mut c = vec![req("id", "Mã cơ quan", "Agency id", Kind::Code)];
    c.extend(text!("name", "Tên cơ quan", "Name", true));
    c.push(col(
        "abbreviation",
        "Tên viết tắt",
        "Abbreviation",
        Kind::Text,
    ));
    c.push(req("kind", "Loại cơ quan", "Kind", b.vocab::<AgencyKind>()));
    c.push(req("level", "Cấp", "Level", b.vocab::<AgencyLevel>()));
    c.push(col("parent", "Cơ quan cấp trên", "Parent agency", AGENCY));
    c.push(col("code", "Mã định danh", "Agency code", Kind::Code));
    c.push(col(
        "established_by",
        "Thành lập theo văn bản",
        "Established by",
        Kind::Ref(RefKind::Directive),
    ));
    c.push(many("aliases", "Tên gọi khác", "Other names", Kind::Text));
    c.push(sources());
    sheets.push(sheet("agencies", "Cơ quan", "Agencies", c));

    let mut c = vec![req("id", "Mã nhóm", "Group id", Kind::Code)];
    c.extend(text!("name", "Tên nhóm", "Name", true));
    c.push(many("members", "Thành viên", "Members", AGENCY));
    c.push(many(
        "criteria.kinds",
        "Gồm các loại cơ quan",
        "Agency kinds",
        b.vocab::<AgencyKind>(),
    ));
    c.push(col(
        "criteria.level",
        "Thuộc cấp",
        "Of level",
        b.vocab::<AgencyLevel>(),
    ));
    c.push(col("criteria.parent", "Trực thuộc", "Under", AGENCY));
    c.push(sources());
    sheets.push(sheet("agency_groups", "Nhóm cơ quan", "Agency groups", c));

    let mut c = vec![req("id", "Mã cán bộ", "Official id", Kind::Code)];
    c.push(req("name", "Họ và tên", "Name", Kind::Text));
    c.push(sources());
    sheets.push(sheet("officials", "Cán bộ", "Officials", c));
    let mut c = Vec::new();
    c.extend(text!("title", "Chức vụ", "Position", true));
    c.push(col("agency", "Cơ quan", "Agency", AGENCY));
    c.push(col("from", "Từ ngày", "From", Kind::Date));
    c.push(col("until", "Đến ngày", "Until", Kind::Date));
    c.push(col("attested", "Ghi nhận ngày", "Attested on", Kind::Date));
    let parent = req(PARENT, "Cán bộ", "Official", Kind::Ref(RefKind::Official));
    sheets.push(list_sheet(
        "officials",
        "positions",
        ("Chức vụ", "Positions"),
        parent,
        c,
    ));
}

fn meetings(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã cuộc họp", "Meeting id", Kind::Code)];
    c.extend(text!("title", "Tên cuộc họp", "Title", true));
    c.push(req(
        "kind",
        "Loại cuộc họp",
        "Kind",
        b.vocab::<MeetingKind>(),
    ));
    c.push(req("date", "Ngày họp", "Date", Kind::Date));
    c.push(col("end_date", "Ngày kết thúc", "End date", Kind::Date));
    c.push(col("place", "Địa điểm", "Place", Kind::Text));
    c.push(col("host", "Cơ quan tổ chức", "Host", AGENCY));
    c.push(col(
        "chair",
        "Người chủ trì",
        "Chair",
        Kind::Ref(RefKind::Official),
    ));
    c.push(col(
        "counts.participants",
        "Số đại biểu",
        "Participants",
        Kind::Int,
    ));
    c.push(col(
        "counts.connection_points",
        "Số điểm cầu",
        "Connection points",
        Kind::Int,
    ));
    c.push(col(
        "counts.petitions",
        "Số kiến nghị",
        "Petitions",
        Kind::Int,
    ));
    c.push(col(
        "counts.speakers",
        "Số ý kiến phát biểu",
        "Speakers",
        Kind::Int,
    ));
    c.extend(text!("summary", "Tóm tắt", "Summary", false));
    c.extend(text!("theme", "Chủ đề", "Theme", false));
    c.push(inferred());
    c.push(sources());
    sheets.push(sheet("meetings", "Cuộc họp", "Meetings", c));
    let mut c = vec![
        col(
            "official",
            "Cán bộ",
            "Official",
            Kind::Ref(RefKind::Official),
        ),
        col("agency", "Cơ quan", "Agency", AGENCY),
    ];
    c.extend(text!("role", "Vai trò", "Role", false));
    let parent = req(PARENT, "Cuộc họp", "Meeting", Kind::Ref(RefKind::Meeting));
    sheets.push(list_sheet(
        "meetings",
        "attendees",
        ("Thành phần dự họp", "Attendees"),
        parent,
        c,
    ));
}

fn directives(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã văn bản", "Directive id", Kind::Code)];
    c.push(col("number", "Số, ký hiệu", "Number", Kind::Code));
    c.push(req(
        "document_type",
        "Loại văn bản",
        "Document type",
        b.vocab::<DocumentType>(),
    ));
    c.push(req("issuer", "Cơ quan ban hành", "Issuer", AGENCY));
    c.push(col("date", "Ngày ban hành", "Date of issue", Kind::Date));
    c.push(col(
        "issue_month",
        "Tháng ban hành (yyyy-mm)",
        "Month of issue (yyyy-mm)",
        Kind::Code,
    ));
    c.push(col("place", "Địa danh", "Place", Kind::Text));
    c.extend(text!("subject", "Trích yếu", "Subject", true));
    c.push(col(
        "conclusions_of",
        "Kết luận của",
        "Conclusions of",
        Kind::Ref(RefKind::Official),
    ));
    c.push(col(
        "signer.official",
        "Người ký",
        "Signer",
        Kind::Ref(RefKind::Official),
    ));
    c.push(col(
        "signer.authority",
        "Thẩm quyền ký",
        "Signing authority",
        b.vocab::<Authority>(),
    ));
    c.extend(text!(
        "signer.for_title",
        "Ký thay cho",
        "Signing for",
        false
    ));
    c.extend(text!(
        "signer.title",
        "Chức vụ người ký",
        "Signer's title",
        false
    ));
    c.push(col(
        "meeting",
        "Cuộc họp",
        "Meeting",
        Kind::Ref(RefKind::Meeting),
    ));
    c.push(many("recipients", "Nơi nhận", "Recipients", AGENCY));
    c.push(many(
        "references",
        "Văn bản căn cứ",
        "References",
        Kind::Ref(RefKind::Directive),
    ));
    c.push(many(
        "projects",
        "Dự án",
        "Projects",
        Kind::Ref(RefKind::Project),
    ));
    c.push(col("draft", "Dự thảo", "Draft", Kind::Bool));
    c.push(inferred());
    c.push(sources());
    sheets.push(sheet("directives", "Văn bản", "Directives", c));
}

fn tasks(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã nhiệm vụ", "Task id", Kind::Code)];
    c.push(req(
        "directive",
        "Văn bản giao",
        "Directive",
        Kind::Ref(RefKind::Directive),
    ));
    c.push(req("item", "Mục", "Item", Kind::Code));
    c.extend(text!("title", "Nội dung nhiệm vụ", "Task", true));
    c.push(col("lead", "Cơ quan chủ trì", "Lead agency", AGENCY));
    c.push(many(
        "coordinating",
        "Cơ quan phối hợp",
        "Coordinating",
        AGENCY,
    ));
    c.push(col(
        "deadline.as_written",
        "Thời hạn (như văn bản ghi)",
        "Deadline (as written)",
        Kind::Text,
    ));
    c.push(col("deadline.due", "Hạn xử lý", "Due date", Kind::Date));
    c.push(col("assigned_on", "Ngày giao", "Assigned on", Kind::Date));
    c.push(col(
        "completed_on",
        "Ngày hoàn thành",
        "Completed on",
        Kind::Date,
    ));
    c.push(col(
        "halt.kind",
        "Dừng/hoãn",
        "Halted",
        b.vocab::<HaltKind>(),
    ));
    c.push(col("halt.date", "Ngày dừng/hoãn", "Halted on", Kind::Date));
    c.extend(text!(
        "halt.reason",
        "Lý do dừng/hoãn",
        "Halt reason",
        false
    ));
    c.push(col(
        "output.kind",
        "Kết quả phải có",
        "Expected output",
        b.vocab::<OutputKind>(),
    ));
    c.extend(text!(
        "output.description",
        "Mô tả kết quả",
        "Output description",
        false
    ));
    c.push(col(
        "output.recipient",
        "Gửi kết quả cho",
        "Output to",
        AGENCY,
    ));
    c.extend(text!("description", "Mô tả", "Description", false));
    c.push(many(
        "projects",
        "Dự án",
        "Projects",
        Kind::Ref(RefKind::Project),
    ));
    c.push(many(
        "indicators",
        "Chỉ tiêu",
        "Indicators",
        Kind::Ref(RefKind::Indicator),
    ));
    c.push(many(
        "references",
        "Văn bản liên quan",
        "References",
        Kind::Ref(RefKind::Directive),
    ));
    c.push(col(
        "deadline.term",
        "Thời hạn (mã máy)",
        "Deadline term (machine code)",
        Kind::Json,
    ));
    c.push(inferred());
    c.push(sources());
    sheets.push(sheet("tasks", "Nhiệm vụ", "Tasks", c));

    let task = || req(PARENT, "Nhiệm vụ", "Task", Kind::Ref(RefKind::Task));
    let mut c = vec![
        req("date", "Ngày báo cáo", "Date", Kind::Date),
        col("percent", "Tiến độ (%)", "Progress (%)", Kind::Int),
    ];
    c.extend(text!("note", "Nội dung báo cáo", "Report", true));
    sheets.push(list_sheet(
        "tasks",
        "progress",
        ("Tiến độ", "Progress"),
        task(),
        c,
    ));

    let mut c = vec![
        req("effective", "Ngày hiệu lực", "Effective", Kind::Date),
        col(
            "deadline.as_written",
            "Thời hạn mới (như văn bản ghi)",
            "New deadline (as written)",
            Kind::Text,
        ),
        col("deadline.due", "Hạn mới", "New due date", Kind::Date),
        col(
            "decision",
            "Văn bản gia hạn",
            "Decision",
            Kind::Ref(RefKind::Directive),
        ),
        col(
            "decision_as_written",
            "Văn bản gia hạn (như ghi)",
            "Decision (as written)",
            Kind::Text,
        ),
    ];
    c.extend(text!("reason", "Lý do", "Reason", false));
    c.push(col(
        "deadline.term",
        "Thời hạn (mã máy)",
        "Deadline term (machine code)",
        Kind::Json,
    ));
    sheets.push(list_sheet(
        "tasks",
        "extensions",
        ("Gia hạn", "Extensions"),
        task(),
        c,
    ));

    let mut c = vec![
        req("effective", "Ngày hiệu lực", "Effective", Kind::Date),
        req("lead", "Cơ quan chủ trì mới", "New lead", AGENCY),
        col(
            "decision",
            "Văn bản giao lại",
            "Decision",
            Kind::Ref(RefKind::Directive),
        ),
        col(
            "decision_as_written",
            "Văn bản giao lại (như ghi)",
            "Decision (as written)",
            Kind::Text,
        ),
    ];
    c.extend(text!("reason", "Lý do", "Reason", false));
    sheets.push(list_sheet(
        "tasks",
        "reassignments",
        ("Giao lại", "Reassignments"),
        task(),
        c,
    ));
}

fn indicators(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã chỉ tiêu", "Indicator id", Kind::Code)];
    c.extend(text!("name", "Tên chỉ tiêu", "Name", true));
    c.push(req("group", "Nhóm", "Group", b.vocab::<IndicatorGroup>()));
    c.push(req("measure", "Loại đo", "Measure", b.vocab::<Measure>()));
    c.push(col("unit", "Đơn vị", "Unit", b.vocab::<Unit>()));
    c.push(req(
        "polarity",
        "Chiều tốt",
        "Polarity",
        b.vocab::<Polarity>(),
    ));
    c.push(col("baseline.year", "Năm gốc", "Baseline year", Kind::Int));
    c.push(col(
        "baseline.value",
        "Giá trị năm gốc",
        "Baseline value",
        Kind::Decimal,
    ));
    c.push(sources());
    sheets.push(sheet("indicators", "Chỉ tiêu", "Indicators", c));

    let mut c = vec![
        req("year", "Năm", "Year", Kind::Int),
        col("target.kind", "Loại mục tiêu", "Target kind", Kind::Code),
        col("target.value", "Mục tiêu", "Target", Kind::Decimal),
        col("target.min", "Mục tiêu từ", "Target from", Kind::Decimal),
        col("target.max", "Mục tiêu đến", "Target to", Kind::Decimal),
    ];
    c.extend(text!(
        "target.text",
        "Mục tiêu định tính",
        "Qualitative target",
        false
    ));
    c.push(col(
        "target_as_written",
        "Mục tiêu (như văn bản ghi)",
        "Target (as written)",
        Kind::Text,
    ));
    c.push(col(
        "figure.kind",
        "Loại số liệu",
        "Figure kind",
        b.vocab::<FigureKind>(),
    ));
    c.push(col("figure.value", "Số liệu", "Figure", Kind::Decimal));
    c.extend(text!(
        "qualitative_result",
        "Kết quả định tính",
        "Qualitative result",
        false
    ));
    c.push(col(
        "stated_assessment",
        "Đánh giá",
        "Assessment",
        b.vocab::<Assessment>(),
    ));
    c.extend(text!("note", "Ghi chú", "Note", false));
    c.push(inferred());
    c.push(sources());
    let parent = req(
        PARENT,
        "Chỉ tiêu",
        "Indicator",
        Kind::Ref(RefKind::Indicator),
    );
    sheets.push(list_sheet(
        "indicators",
        "years",
        ("Chỉ tiêu theo năm", "Indicator years"),
        parent,
        c,
    ));
}

fn projects(b: &mut Builder, sheets: &mut Vec<Sheet>) {
    let mut c = vec![req("id", "Mã dự án", "Project id", Kind::Code)];
    c.extend(text!("name", "Tên dự án", "Name", true));
    c.push(req("sector", "Lĩnh vực", "Sector", b.vocab::<Sector>()));
    c.push(col(
        "investment_form",
        "Hình thức đầu tư",
        "Investment form",
        b.vocab::<InvestmentForm>(),
    ));
    c.push(col("investor", "Nhà đầu tư", "Investor", Kind::Text));
    c.push(col("owner", "Chủ đầu tư", "Owner", AGENCY));
    c.push(many("partners", "Đơn vị phối hợp", "Partners", AGENCY));
    c.push(col(
        "total_investment_vnd",
        "Tổng mức đầu tư (đồng)",
        "Total investment (VND)",
        Kind::Int,
    ));
    c.push(col("period.start", "Từ năm", "From year", Kind::Int));
    c.push(col("period.end", "Đến năm", "To year", Kind::Int));
    c.push(col(
        "phase",
        "Giai đoạn",
        "Phase",
        b.vocab::<ProjectPhase>(),
    ));
    c.push(inferred());
    c.push(sources());
    sheets.push(sheet("projects", "Dự án", "Projects", c));

    let project = || req(PARENT, "Dự án", "Project", Kind::Ref(RefKind::Project));
    let mut c = Vec::new();
    c.extend(text!("title", "Mốc", "Milestone", true));
    c.push(col("date", "Ngày", "Date", Kind::Date));
    c.push(col("reached", "Đã đạt", "Reached", Kind::Bool));
    sheets.push(list_sheet(
        "projects",
        "milestones",
        ("Mốc dự án", "Milestones"),
        project(),
        c,
    ));
    let mut c = Vec::new();
    c.extend(text!("", "Địa điểm", "Location", true));
    sheets.push(list_sheet(
        "projects",
        "locations",
        ("Địa điểm dự án", "Locations"),
        project(),
        c,
    ));
}
