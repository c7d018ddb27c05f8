//! The closed vocabularies of the model: every value has a stable snake_case code and a label in
//! Vietnamese and in English (see [`Vocabulary`](crate::Vocabulary)).

use crate::lang::vocabulary;

vocabulary! {
    /// What kind of body an agency is.
    #[non_exhaustive]
    pub enum AgencyKind as "agency_kind" {
        /// The Government or the Prime Minister.
        Government = ("government", "Chính phủ, Thủ tướng Chính phủ", "Government, Prime Minister"),
        /// A ministry or a ministry-level agency.
        Ministry = ("ministry", "Bộ, cơ quan ngang bộ", "Ministry"),
        /// The office of a government or of a people's committee.
        GovernmentOffice = ("government_office", "Văn phòng", "Government office"),
        /// A committee of the Communist Party (Tỉnh ủy, Huyện ủy) or its standing committee.
        PartyCommittee = ("party_committee", "Cấp ủy Đảng", "Party committee"),
        /// An elected people's council (HĐND).
        PeoplesCouncil = ("peoples_council", "Hội đồng nhân dân", "People's council"),
        /// The people's committee of a province (UBND tỉnh).
        PeoplesCommittee = ("peoples_committee", "Ủy ban nhân dân", "People's committee"),
        /// A specialised department of a province (Sở) or board (Ban).
        Department = ("department", "Sở, ban, ngành", "Department"),
        /// The people's committee of a district or a provincial city.
        DistrictCommittee = ("district_committee", "UBND cấp huyện", "District people's committee"),
        /// The people's committee of a commune, ward or town.
        CommuneCommittee = ("commune_committee", "UBND cấp xã", "Commune people's committee"),
        /// A public service unit (đơn vị sự nghiệp công lập): centres, newspapers, broadcasters.
        PublicServiceUnit = ("public_service_unit", "Đơn vị sự nghiệp công lập", "Public service unit"),
        /// A state-owned or private enterprise.
        Enterprise = ("enterprise", "Doanh nghiệp", "Enterprise"),
        /// The Fatherland Front, mass organisations, delegations and any other body.
        Other = ("other", "Cơ quan, tổ chức khác", "Other body"),
    }
}

vocabulary! {
    /// The administrative level an agency belongs to.
    #[non_exhaustive]
    pub enum AgencyLevel as "agency_level" {
        /// Central (national) level.
        Central = ("central", "Trung ương", "Central"),
        /// Province or centrally governed city.
        Province = ("province", "Tỉnh", "Province"),
        /// District, town or provincial city.
        District = ("district", "Huyện", "District"),
        /// Commune, ward or township.
        Commune = ("commune", "Xã", "Commune"),
        /// A body outside the Vietnamese administrative hierarchy (a foreign government).
        Foreign = ("foreign", "Nước ngoài", "Foreign"),
    }
}

vocabulary! {
    /// The form a meeting took.
    #[non_exhaustive]
    pub enum MeetingKind as "meeting_kind" {
        /// A conference held in one place (hội nghị).
        Conference = ("conference", "Hội nghị", "Conference"),
        /// A conference linking connection points online (hội nghị trực tuyến).
        OnlineConference = ("online_conference", "Hội nghị trực tuyến", "Online conference"),
        /// A working session between leaders (buổi làm việc).
        WorkingSession = ("working_session", "Buổi làm việc", "Working session"),
        /// A regular or thematic session of a government or people's committee (phiên họp).
        GovernmentSession = ("government_session", "Phiên họp", "Government session"),
        /// A session of an elected council (kỳ họp).
        CouncilSession = ("council_session", "Kỳ họp", "Council session"),
        /// A field inspection visit (kiểm tra thực địa).
        FieldVisit = ("field_visit", "Kiểm tra thực địa", "Field visit"),
        /// Any other form.
        Other = ("other", "Hình thức khác", "Other"),
    }
}

vocabulary! {
    /// The type of an administrative document (Decree 30/2020/NĐ-CP), with its abbreviation in
    /// document numbers given by [`DocumentType::abbreviation`].
    #[non_exhaustive]
    pub enum DocumentType as "document_type" {
        /// Nghị quyết (NQ).
        Resolution = ("resolution", "Nghị quyết", "Resolution"),
        /// Quyết định (QĐ).
        Decision = ("decision", "Quyết định", "Decision"),
        /// Chỉ thị (CT).
        Instruction = ("instruction", "Chỉ thị", "Instruction"),
        /// Thông báo (TB), including conclusion notices.
        Notice = ("notice", "Thông báo", "Notice"),
        /// Kế hoạch (KH).
        Plan = ("plan", "Kế hoạch", "Plan"),
        /// Báo cáo (BC).
        Report = ("report", "Báo cáo", "Report"),
        /// Tờ trình (TTr).
        Submission = ("submission", "Tờ trình", "Submission"),
        /// Hướng dẫn (HD).
        Guidance = ("guidance", "Hướng dẫn", "Guidance"),
        /// Chương trình (CTr).
        Programme = ("programme", "Chương trình", "Programme"),
        /// Đề án (ĐA).
        Scheme = ("scheme", "Đề án", "Scheme"),
        /// Công điện (CĐ).
        Dispatch = ("dispatch", "Công điện", "Urgent dispatch"),
        /// Giấy mời (GM).
        Invitation = ("invitation", "Giấy mời", "Invitation"),
        /// Biên bản (BB).
        Minutes = ("minutes", "Biên bản", "Minutes"),
        /// Công văn: an official letter, whose number carries no type abbreviation.
        OfficialLetter = ("official_letter", "Công văn", "Official letter"),
        /// Any other type.
        Other = ("other", "Văn bản khác", "Other document"),
    }
}

impl DocumentType {
    /// The abbreviation of the type in document numbers (`TB` for a notice, `QĐ` for a
    /// decision); `None` for official letters and other documents, which carry none.
    pub fn abbreviation(self) -> Option<&'static str> {
        Some(match self {
            DocumentType::Resolution => "NQ",
            DocumentType::Decision => "QĐ",
            DocumentType::Instruction => "CT",
            DocumentType::Notice => "TB",
            DocumentType::Plan => "KH",
            DocumentType::Report => "BC",
            DocumentType::Submission => "TTr",
            DocumentType::Guidance => "HD",
            DocumentType::Programme => "CTr",
            DocumentType::Scheme => "ĐA",
            DocumentType::Dispatch => "CĐ",
            DocumentType::Invitation => "GM",
            DocumentType::Minutes => "BB",
            DocumentType::OfficialLetter | DocumentType::Other => return None,
        })
    }

    /// The document type whose abbreviation is `abbr` (`QĐ`, also accepted as `QD`).
    pub fn from_abbreviation(abbr: &str) -> Option<DocumentType> {
        let abbr = match abbr {
            "QD" => "QĐ",
            "CD" => "CĐ",
            "DA" => "ĐA",
            other => other,
        };
        <DocumentType as crate::Vocabulary>::ALL
            .iter()
            .copied()
            .find(|t| t.abbreviation() == Some(abbr))
    }
}

vocabulary! {
    /// The authority under which a document is signed (thẩm quyền ký).
    #[non_exhaustive]
    pub enum Authority as "authority" {
        /// Signed by the head in person: no prefix.
        Direct = ("direct", "Ký trực tiếp", "Signed directly"),
        /// TM.: on behalf of a collective body.
        OnBehalfOf = ("on_behalf_of", "TM.", "On behalf of (TM.)"),
        /// KT.: by a deputy signing for the head.
        Deputy = ("deputy", "KT.", "Signed for the head (KT.)"),
        /// TL.: by order of the head, signed by a subordinate such as the office chief.
        ByOrder = ("by_order", "TL.", "By order (TL.)"),
        /// TUQ.: under a written delegation of authority.
        Delegated = ("delegated", "TUQ.", "By delegation (TUQ.)"),
        /// Q.: by an acting head.
        Acting = ("acting", "Q.", "Acting (Q.)"),
    }
}

impl Authority {
    /// The prefix written before the title in the signature block (`TL.`), if any.
    pub fn prefix(self) -> Option<&'static str> {
        match self {
            Authority::Direct => None,
            Authority::OnBehalfOf => Some("TM."),
            Authority::Deputy => Some("KT."),
            Authority::ByOrder => Some("TL."),
            Authority::Delegated => Some("TUQ."),
            Authority::Acting => Some("Q."),
        }
    }
}

vocabulary! {
    /// What a task is expected to deliver.
    #[non_exhaustive]
    pub enum OutputKind as "output_kind" {
        /// A report to the assigning body.
        Report = ("report", "Báo cáo", "Report"),
        /// A written reply to petitions or proposals.
        WrittenReply = ("written_reply", "Văn bản trả lời", "Written reply"),
        /// Written comments on a draft.
        Comments = ("comments", "Ý kiến góp ý", "Comments"),
        /// A draft decision or other draft document submitted for issue.
        DraftDocument = ("draft_document", "Dự thảo văn bản", "Draft document"),
        /// A plan.
        Plan = ("plan", "Kế hoạch", "Plan"),
        /// A regulation or policy.
        Regulation = ("regulation", "Quy định", "Regulation"),
        /// An event, ceremony or exercise.
        Event = ("event", "Sự kiện", "Event"),
        /// A result on the ground (works completed, procedures finished).
        Result = ("result", "Kết quả thực hiện", "Result on the ground"),
        /// Anything else.
        Other = ("other", "Khác", "Other"),
    }
}

vocabulary! {
    /// Why a task no longer runs, set explicitly by the assigning body.
    #[non_exhaustive]
    pub enum HaltKind as "halt_kind" {
        /// Put on hold (tạm hoãn).
        Postponed = ("postponed", "Tạm hoãn", "Postponed"),
        /// Withdrawn (hủy bỏ).
        Cancelled = ("cancelled", "Hủy bỏ", "Cancelled"),
    }
}

vocabulary! {
    /// How often a recurring task falls due.
    #[non_exhaustive]
    pub enum Frequency as "frequency" {
        /// Continuous, with no cycle (thường xuyên, liên tục).
        Ongoing = ("ongoing", "Thường xuyên", "Ongoing"),
        /// Every day (hằng ngày).
        Daily = ("daily", "Hằng ngày", "Daily"),
        /// Every week.
        Weekly = ("weekly", "Hằng tuần", "Weekly"),
        /// Every month.
        Monthly = ("monthly", "Hằng tháng", "Monthly"),
        /// Every quarter.
        Quarterly = ("quarterly", "Hằng quý", "Quarterly"),
        /// Every half-year.
        HalfYearly = ("half_yearly", "6 tháng một lần", "Half-yearly"),
        /// Every year.
        Yearly = ("yearly", "Hằng năm", "Yearly"),
    }
}

vocabulary! {
    /// The unit of a period counted from a start ("trong 10 ngày làm việc").
    #[non_exhaustive]
    pub enum PeriodUnit as "period_unit" {
        /// Calendar days (ngày).
        Days = ("days", "ngày", "days"),
        /// Working days, Monday to Friday (ngày làm việc); public holidays are not skipped.
        WorkingDays = ("working_days", "ngày làm việc", "working days"),
        /// Weeks of seven days (tuần).
        Weeks = ("weeks", "tuần", "weeks"),
        /// Calendar months (tháng).
        Months = ("months", "tháng", "months"),
        /// Calendar years (năm).
        Years = ("years", "năm", "years"),
    }
}

vocabulary! {
    /// A day of the week, Monday first (thứ Hai … Chủ nhật).
    #[non_exhaustive]
    pub enum DayOfWeek as "day_of_week" {
        /// Monday (thứ Hai).
        Monday = ("monday", "Thứ Hai", "Monday"),
        /// Tuesday (thứ Ba).
        Tuesday = ("tuesday", "Thứ Ba", "Tuesday"),
        /// Wednesday (thứ Tư).
        Wednesday = ("wednesday", "Thứ Tư", "Wednesday"),
        /// Thursday (thứ Năm).
        Thursday = ("thursday", "Thứ Năm", "Thursday"),
        /// Friday (thứ Sáu).
        Friday = ("friday", "Thứ Sáu", "Friday"),
        /// Saturday (thứ Bảy).
        Saturday = ("saturday", "Thứ Bảy", "Saturday"),
        /// Sunday (Chủ nhật).
        Sunday = ("sunday", "Chủ nhật", "Sunday"),
    }
}

vocabulary! {
    /// How a conditional deadline stands to its event ("trước khi trình …", "sau khi … được
    /// phê duyệt").
    #[non_exhaustive]
    pub enum EventRelation as "event_relation" {
        /// Before the event happens (trước khi).
        Before = ("before", "Trước khi", "Before"),
        /// Once the event has happened (sau khi, khi).
        After = ("after", "Sau khi", "After"),
    }
}

vocabulary! {
    /// The area of the economy and society an indicator measures.
    #[non_exhaustive]
    pub enum IndicatorGroup as "indicator_group" {
        /// Economy (kinh tế).
        Economy = ("economy", "Kinh tế", "Economy"),
        /// Society and culture (văn hóa - xã hội).
        Society = ("society", "Xã hội", "Society"),
        /// Environment (môi trường).
        Environment = ("environment", "Môi trường", "Environment"),
    }
}

vocabulary! {
    /// Whether more of an indicator is better.
    #[non_exhaustive]
    pub enum Polarity as "polarity" {
        /// Higher is better (growth, revenue).
        HigherIsBetter = ("higher_is_better", "Càng cao càng tốt", "Higher is better"),
        /// Lower is better (poverty rate, consumer prices).
        LowerIsBetter = ("lower_is_better", "Càng thấp càng tốt", "Lower is better"),
    }
}

vocabulary! {
    /// How an indicator is measured (after IATI's measure codes).
    #[non_exhaustive]
    pub enum Measure as "measure" {
        /// A quantity in a unit (VND, USD, communes, border gates).
        Number = ("number", "Số lượng", "Number"),
        /// A percentage or a rate in percent.
        Percentage = ("percentage", "Tỷ lệ phần trăm", "Percentage"),
        /// A description, assessed by judgement (PCI in the "fairly good" group).
        Qualitative = ("qualitative", "Định tính", "Qualitative"),
    }
}

vocabulary! {
    /// The unit of an indicator's values.
    #[non_exhaustive]
    pub enum Unit as "unit" {
        /// Percent (%).
        Percent = ("percent", "%", "%"),
        /// Vietnamese đồng.
        Vnd = ("vnd", "đồng", "VND"),
        /// Million đồng.
        MillionVnd = ("million_vnd", "triệu đồng", "million VND"),
        /// Billion đồng.
        BillionVnd = ("billion_vnd", "tỷ đồng", "billion VND"),
        /// Million US dollars.
        MillionUsd = ("million_usd", "triệu USD", "million USD"),
        /// Billion US dollars.
        BillionUsd = ("billion_usd", "tỷ USD", "billion USD"),
        /// A count of things (indicators, border gates).
        Count = ("count", "số lượng", "count"),
        /// Communes.
        Commune = ("commune", "xã", "communes"),
        /// People.
        Person = ("person", "người", "people"),
        /// Hectares.
        Hectare = ("hectare", "ha", "ha"),
        /// Kilometres.
        Kilometre = ("kilometre", "km", "km"),
        /// Index points.
        IndexPoint = ("index_point", "điểm", "points"),
        /// A rank among provinces.
        Rank = ("rank", "thứ hạng", "rank"),
    }
}

impl Unit {
    /// Whether values in this unit are percentages.
    pub fn is_percent(self) -> bool {
        matches!(self, Unit::Percent)
    }
}

vocabulary! {
    /// The outcome of an indicator for a year (vượt / đạt / không đạt).
    #[non_exhaustive]
    pub enum Assessment as "assessment" {
        /// Better than the target (vượt).
        Exceeded = ("exceeded", "Vượt", "Exceeded"),
        /// Within the target (đạt).
        Met = ("met", "Đạt", "Met"),
        /// Worse than the target (không đạt).
        Missed = ("missed", "Không đạt", "Missed"),
        /// No target, no figure, or a qualitative indicator without a stated assessment.
        NotAssessable = ("not_assessable", "Chưa đánh giá được", "Not assessable"),
    }
}

vocabulary! {
    /// Whether a yearly figure is an estimate or the final result.
    #[non_exhaustive]
    pub enum FigureKind as "figure_kind" {
        /// An estimate made before the year's figures are final (ước thực hiện).
        Estimate = ("estimate", "Ước thực hiện", "Estimate"),
        /// The final result (thực hiện).
        Actual = ("actual", "Thực hiện", "Actual"),
    }
}

vocabulary! {
    /// The economic sector of a project.
    #[non_exhaustive]
    pub enum Sector as "sector" {
        /// Roads, expressways and bridges.
        Transport = ("transport", "Giao thông", "Transport"),
        /// Industrial parks and clusters.
        Industry = ("industry", "Công nghiệp", "Industry"),
        /// Border gates and trade.
        BorderTrade = ("border_trade", "Kinh tế cửa khẩu", "Border trade"),
        /// Tourism.
        Tourism = ("tourism", "Du lịch", "Tourism"),
        /// Health care.
        Health = ("health", "Y tế", "Health"),
        /// Education.
        Education = ("education", "Giáo dục", "Education"),
        /// Agriculture and forestry.
        Agriculture = ("agriculture", "Nông lâm nghiệp", "Agriculture"),
        /// Urban development.
        Urban = ("urban", "Đô thị", "Urban development"),
        /// Any other sector.
        Other = ("other", "Lĩnh vực khác", "Other"),
    }
}

vocabulary! {
    /// How a project is financed.
    #[non_exhaustive]
    pub enum InvestmentForm as "investment_form" {
        /// Public investment from the state budget.
        Public = ("public", "Đầu tư công", "Public investment"),
        /// Build–operate–transfer contract.
        Bot = ("bot", "BOT", "Build–operate–transfer"),
        /// Other public–private partnership.
        Ppp = ("ppp", "PPP", "Public–private partnership"),
        /// Private domestic investment.
        Private = ("private", "Đầu tư tư nhân", "Private investment"),
        /// Foreign direct investment.
        Fdi = ("fdi", "FDI", "Foreign direct investment"),
        /// Official development assistance.
        Oda = ("oda", "ODA", "Official development assistance"),
        /// Cooperation between governments (cross-border works).
        Intergovernmental = ("intergovernmental", "Hợp tác giữa hai bên", "Intergovernmental cooperation"),
        /// Any other form.
        Other = ("other", "Hình thức khác", "Other"),
    }
}

vocabulary! {
    /// The phase a project is in.
    #[non_exhaustive]
    pub enum ProjectPhase as "project_phase" {
        /// Investment preparation (chuẩn bị đầu tư).
        Preparation = ("preparation", "Chuẩn bị đầu tư", "Preparation"),
        /// Site clearance (giải phóng mặt bằng).
        SiteClearance = ("site_clearance", "Giải phóng mặt bằng", "Site clearance"),
        /// Under construction (thi công).
        Construction = ("construction", "Đang thi công", "Construction"),
        /// In operation (đưa vào khai thác).
        Operating = ("operating", "Đang khai thác", "Operating"),
        /// Completed and settled (hoàn thành).
        Completed = ("completed", "Hoàn thành", "Completed"),
    }
}

vocabulary! {
    /// What kind of source document a record is taken from.
    #[non_exhaustive]
    pub enum SourceKind as "source_kind" {
        /// An official document (notice, decision) in its original text.
        OfficialDocument = ("official_document", "Văn bản chính thức", "Official document"),
        /// A news article reporting on the events.
        NewsArticle = ("news_article", "Bài báo", "News article"),
        /// Data made up for tests and benchmarks.
        Synthetic = ("synthetic", "Dữ liệu mô phỏng", "Synthetic data"),
    }
}
