//! Every fixed text the report writes, in Vietnamese and in English.
//!
//! Labels of the model's vocabularies (task status, assessment, sector …) come from
//! [`chidao_model::Vocabulary::label`]; this module holds only the report's own words.

use chidao_model::Lang;

/// A fixed text in both languages.
#[derive(Debug, Clone, Copy)]
pub(crate) struct L(pub(crate) &'static str, pub(crate) &'static str);

impl L {
    pub(crate) fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.0,
            Lang::En => self.1,
        }
    }
}

// Sheet names (at most 31 characters, none of `[]:*?/\`).
pub(crate) const SHEET_OVERVIEW: L = L("Tổng quan", "Overview");
pub(crate) const SHEET_AGENCIES: L = L("Theo cơ quan", "By agency");
pub(crate) const SHEET_CHARTS: L = L("Biểu đồ", "Charts");
pub(crate) const SHEET_TASKS: L = L("Nhiệm vụ", "Tasks");
pub(crate) const SHEET_INDICATORS: L = L("Chỉ tiêu", "Indicators");
pub(crate) const SHEET_PROJECTS: L = L("Dự án", "Projects");
pub(crate) const SHEET_DIRECTIVES: L = L("Văn bản chỉ đạo", "Directives");
pub(crate) const SHEET_CHANGES: L = L("Thay đổi trong kỳ", "Changes this period");

// Overview.
pub(crate) const REPORT_TITLE: L = L(
    "BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO",
    "REPORT ON ASSIGNED TASKS",
);
pub(crate) const UNTITLED_DATASET: L = L("Bộ dữ liệu chưa đặt tên", "Untitled dataset");
pub(crate) const AS_OF: L = L("Số liệu tính đến ngày", "Figures as of");
pub(crate) const DATA_SOURCE: L = L("Nguồn dữ liệu", "Data source");
pub(crate) const REPORT_PERIOD: L = L("Kỳ báo cáo", "Report period");
pub(crate) const COMPARED_WITH: L = L("So sánh với", "Compared with");
pub(crate) const THIS_PERIOD: L = L("Trong kỳ báo cáo", "In the report period");
pub(crate) const P_ASSIGNED: L = L("Giao trong kỳ", "Assigned this period");
pub(crate) const P_COMPLETED: L = L("Hoàn thành trong kỳ", "Completed this period");
pub(crate) const P_COMPLETED_LATE: L = L("trong đó quá hạn", "of which late");
pub(crate) const P_NEWLY_OVERDUE: L = L("Mới quá hạn", "Newly overdue");
pub(crate) const P_EXTENDED: L = L("Được gia hạn", "Deadline extended");
pub(crate) const P_REASSIGNED: L = L("Giao lại chủ trì", "Lead reassigned");
pub(crate) const P_DIRECTIVES: L = L("Văn bản ban hành trong kỳ", "Directives issued this period");
pub(crate) const P_ALL_CHANGES: L = L(
    "Tổng số thay đổi (xem sheet Thay đổi trong kỳ)",
    "All changes (see the Changes sheet)",
);
pub(crate) const PREPARED_BY: L = L("Đơn vị lập báo cáo", "Prepared by");
pub(crate) const HEADLINE: L = L("Số liệu chính", "Headline figures");
pub(crate) const COUNT: L = L("Số lượng", "Number");
pub(crate) const SHARE: L = L("Tỷ lệ", "Share");
pub(crate) const N_DIRECTIVES: L = L("Văn bản chỉ đạo", "Directives");
pub(crate) const N_TASKS: L = L("Nhiệm vụ được giao", "Tasks assigned");
pub(crate) const N_COMPLETED: L = L("Nhiệm vụ đã hoàn thành", "Tasks completed");
pub(crate) const N_OPEN: L = L("Nhiệm vụ đang thực hiện", "Tasks open");
pub(crate) const N_OVERDUE: L = L("Nhiệm vụ đang thực hiện quá hạn", "Tasks open and overdue");
pub(crate) const COMPLETION_RATE: L = L("Tỷ lệ hoàn thành", "Completion rate");
pub(crate) const N_AGENCIES: L = L("Cơ quan chủ trì có nhiệm vụ", "Lead agencies with tasks");
pub(crate) const N_INDICATORS: L = L("Chỉ tiêu chủ yếu", "Main indicators");
pub(crate) const N_PROJECTS: L = L("Dự án trọng điểm", "Key projects");
pub(crate) const N_MEETINGS: L = L("Hội nghị, cuộc họp", "Meetings");
pub(crate) const STATUS_BREAKDOWN: L = L("Tình hình thực hiện nhiệm vụ", "Task status breakdown");
pub(crate) const STATUS: L = L("Tình trạng", "Status");
pub(crate) const TOTAL: L = L("Tổng cộng", "Total");
pub(crate) const INDICATOR_OUTCOMES: L = L(
    "Kết quả thực hiện các chỉ tiêu",
    "Indicators met and missed",
);
pub(crate) const YEAR: L = L("Năm", "Year");
pub(crate) const CHART_STATUS: L = L("Nhiệm vụ theo tình trạng", "Tasks by status");
pub(crate) const CHART_INDICATORS: L = L(
    "Số chỉ tiêu theo kết quả đánh giá",
    "Indicators by assessment",
);

// Values marked as inferred.
pub(crate) const INFERRED_MARK: &str = " *";
pub(crate) const INFERRED_NOTE: L = L(
    "Giá trị suy ra, nguồn không nêu trực tiếp",
    "Inferred, not stated by the source",
);
pub(crate) const INFERRED_LEGEND: L = L(
    "* Giá trị suy ra, nguồn không nêu trực tiếp: ghi chú của ô nói nguồn nêu gì.",
    "* Inferred, not stated by the source: the cell's note says what the source does say.",
);

// Charts.
pub(crate) const CHARTS_TITLE: L = L("Biểu đồ theo dõi thực hiện", "Charts of progress");
pub(crate) const NOTHING_TO_CHART: L = L(
    "Chưa có nhiệm vụ quá hạn và chưa có chỉ tiêu nào so được với kế hoạch: không có biểu đồ.",
    "No task is overdue and no indicator can be compared with a target: nothing to chart.",
);

// By agency.
pub(crate) const NO: L = L("STT", "No.");
pub(crate) const AGENCY: L = L("Cơ quan chủ trì", "Lead agency");
pub(crate) const ASSIGNED: L = L("Số nhiệm vụ được giao", "Tasks assigned");
pub(crate) const HALTED: L = L("Tạm hoãn, hủy bỏ", "Postponed or cancelled");
pub(crate) const NO_LEAD: L = L("(Chưa xác định cơ quan chủ trì)", "(No lead agency)");
pub(crate) const GROUP_SUFFIX: L = L(" (nhóm cơ quan)", " (group)");
pub(crate) const CHART_OVERDUE: L = L(
    "Cơ quan có nhiều nhiệm vụ quá hạn nhất",
    "Agencies with most overdue tasks",
);
pub(crate) const NOTE_OWN_ROW: L = L(
    "Ghi chú: mỗi nhiệm vụ được tính một lần, cho cơ quan chủ trì; nhiệm vụ giao cho một nhóm cơ quan (như \"các sở, ban, ngành\") được tính ở dòng của nhóm đó. Tỷ lệ hoàn thành = số đã hoàn thành / số được giao.",
    "Note: each task is counted once, for its lead agency; a task assigned to a group of agencies (such as \"all departments\") is counted on the group's own row. Completion rate = tasks completed / tasks assigned.",
);
pub(crate) const NOTE_EXPAND: L = L(
    "Ghi chú: nhiệm vụ giao cho một nhóm cơ quan (như \"các sở, ban, ngành\") được tính cho từng cơ quan thành viên, nên tổng các dòng có thể lớn hơn dòng Tổng cộng; dòng Tổng cộng tính mỗi nhiệm vụ một lần. Tỷ lệ hoàn thành = số đã hoàn thành / số được giao.",
    "Note: a task assigned to a group of agencies (such as \"all departments\") is counted for each member agency, so the rows may add up to more than the Total row, which counts each task once. Completion rate = tasks completed / tasks assigned.",
);

// Tasks.
pub(crate) const DIRECTIVE_NUMBER: L = L("Số, ký hiệu văn bản", "Directive number");
pub(crate) const DIRECTIVE_DATE: L = L("Ngày ban hành", "Directive date");
pub(crate) const ASSIGNED_ON: L = L("Ngày giao", "Assigned on");
pub(crate) const EXTENDED_FROM: L = L("Đã gia hạn; thời hạn ban đầu", "Extended; first deadline");
pub(crate) const BY_DECISION: L = L("theo", "by");
pub(crate) const REASSIGNED_FROM: L = L(
    "Đã chuyển cơ quan chủ trì; ban đầu",
    "Lead changed; first lead",
);
pub(crate) const SINCE: L = L("từ ngày", "since");
pub(crate) const NO_DEADLINE: L = L("không có thời hạn", "no deadline");
pub(crate) const ITEM: L = L("Mục", "Item");
pub(crate) const TASK: L = L("Nội dung nhiệm vụ", "Task");
pub(crate) const LEAD: L = L("Cơ quan chủ trì", "Lead");
pub(crate) const COORDINATING: L = L("Cơ quan phối hợp", "Coordinating");
pub(crate) const DEADLINE_AS_WRITTEN: L = L("Thời hạn (theo văn bản)", "Deadline as written");
pub(crate) const DUE_DATE: L = L("Hạn hoàn thành", "Due date");
pub(crate) const DAYS_OVERDUE: L = L("Số ngày quá hạn", "Days overdue");
pub(crate) const COMPLETED_ON: L = L("Ngày hoàn thành", "Completed on");
pub(crate) const PROGRESS_DATE: L = L("Ngày cập nhật tiến độ", "Progress update date");
pub(crate) const PROGRESS_NOTE: L = L("Tiến độ mới nhất", "Latest progress note");

/// The footer of a task sheet: which tasks it holds among all of them.
pub(crate) fn tasks_range(lang: Lang, first: u64, last: u64, total: u64) -> String {
    match (lang, total) {
        (Lang::Vi, 0) => "Không có nhiệm vụ nào".to_owned(),
        (Lang::En, 0) => "No tasks".to_owned(),
        (Lang::Vi, _) => format!("Nhiệm vụ {first}–{last} trên tổng số {total}"),
        (Lang::En, _) => format!("Tasks {first}–{last} of {total}"),
    }
}

// Indicators.
pub(crate) const GROUP: L = L("Nhóm", "Group");
pub(crate) const INDICATOR: L = L("Chỉ tiêu", "Indicator");
pub(crate) const UNIT: L = L("Đơn vị tính", "Unit");
pub(crate) const TARGET: L = L("Kế hoạch", "Target");
pub(crate) const TARGET_VALUE: L = L("Kế hoạch (giá trị so sánh)", "Target (reference value)");
pub(crate) const FIGURE_KIND: L = L("Loại số liệu", "Figure");
pub(crate) const RESULT: L = L("Ước thực hiện / thực hiện", "Estimate or result");
pub(crate) const PERCENT_OF_TARGET: L = L("So với kế hoạch", "Percent of target");
pub(crate) const ASSESSMENT: L = L("Đánh giá", "Assessment");
pub(crate) const AS_STATED: L = L("(theo nguồn)", "(as the source says)");
pub(crate) const NOTE: L = L("Ghi chú", "Note");
pub(crate) const CHART_TARGET_VS_RESULT: L =
    L("Kết quả so với kế hoạch năm", "Result against target,");

// Projects.
pub(crate) const PROJECT: L = L("Dự án", "Project");
pub(crate) const SECTOR: L = L("Lĩnh vực", "Sector");
pub(crate) const INVESTMENT_FORM: L = L("Hình thức đầu tư", "Investment form");
pub(crate) const OWNER: L = L("Chủ đầu tư, cơ quan quản lý", "Investor or owner");
pub(crate) const LOCATIONS: L = L("Địa điểm", "Location");
pub(crate) const TOTAL_INVESTMENT: L = L(
    "Tổng mức đầu tư (tỷ đồng)",
    "Total investment (billion VND)",
);
pub(crate) const PERIOD: L = L("Thời gian thực hiện", "Period");
pub(crate) const PHASE: L = L("Giai đoạn", "Phase");
pub(crate) const TASKS: L = L("Số nhiệm vụ", "Tasks");
pub(crate) const OPEN_TASKS: L = L("Đang thực hiện", "Open tasks");
pub(crate) const OVERDUE_TASKS: L = L("Quá hạn", "Overdue");
pub(crate) const COMPLETED_TASKS: L = L("Đã hoàn thành", "Completed");

// Directives.
pub(crate) const DOCUMENT_TYPE: L = L("Loại văn bản", "Type");
pub(crate) const ISSUER: L = L("Cơ quan ban hành", "Issuer");
pub(crate) const SUBJECT: L = L("Trích yếu", "Subject");

// Print.
pub(crate) const PAGE: L = L("Trang &P/&N", "Page &P of &N");

// Changes.
pub(crate) const CHANGE: L = L("Thay đổi", "Change");
pub(crate) const RECORD_KIND: L = L("Loại", "Kind");
pub(crate) const RECORD_ID: L = L("Mã", "Id");
pub(crate) const RECORD_NAME: L = L("Tên, nội dung", "Name or title");
pub(crate) const BEFORE: L = L("Trước", "Before");
pub(crate) const AFTER: L = L("Sau", "After");
pub(crate) const CHANGE_DATE: L = L("Ngày", "Date");
pub(crate) const DECISION: L = L("Căn cứ", "Decision");
pub(crate) const NO_CHANGES: L = L("Không có thay đổi trong kỳ.", "No changes in the period.");

// Safety.
pub(crate) const CUT_MARKER: L = L(" …[đã cắt bớt]", " …[truncated]");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_valid_excel_names() {
        for l in [
            SHEET_OVERVIEW,
            SHEET_AGENCIES,
            SHEET_TASKS,
            SHEET_INDICATORS,
            SHEET_PROJECTS,
            SHEET_DIRECTIVES,
            SHEET_CHANGES,
            SHEET_CHARTS,
        ] {
            for lang in Lang::ALL {
                let name = l.get(lang);
                assert_eq!(crate::text::sanitize_sheet_name(name), name);
            }
        }
    }
}
