//! What a validation finds: the severity, the rule with its stable code, and the findings of a
//! dataset in document order.

use std::fmt;

use crate::RecordKind;
use crate::lang::vocabulary;

vocabulary! {
    /// How serious a finding is.
    pub enum Severity as "severity" {
        /// The data is wrong and must be fixed: `chidao validate` exits with 1.
        Error = ("error", "Lỗi", "Error"),
        /// The data is suspicious but loads and is used as written.
        Warning = ("warning", "Cảnh báo", "Warning"),
    }
}

vocabulary! {
    /// The rules [`Dataset::validate`](crate::Dataset::validate) checks. Codes are stable: tools may match on them.
    #[non_exhaustive]
    pub enum Rule as "rule" {
        /// The format version is not one this crate reads.
        UnsupportedFormatVersion = ("unsupported-format-version", "Phiên bản định dạng không được hỗ trợ", "Unsupported format version"),
        /// Two records of the same kind (or an agency and a group) share an id.
        DuplicateId = ("duplicate-id", "Trùng mã định danh", "Duplicate id"),
        /// A reference names a record that does not exist, or one of the wrong kind.
        DanglingReference = ("dangling-reference", "Tham chiếu không tồn tại", "Dangling reference"),
        /// Required text is empty or only white space.
        EmptyText = ("empty-text", "Thiếu nội dung bắt buộc", "Empty required text"),
        /// A document number does not follow the numbering rules.
        MalformedDocumentNumber = ("malformed-document-number", "Số, ký hiệu văn bản sai quy cách", "Malformed document number"),
        /// A document number has no number yet (a draft).
        UnassignedDocumentNumber = ("unassigned-document-number", "Văn bản chưa có số", "Document number not yet assigned"),
        /// The type abbreviation in a document number disagrees with the document type.
        DocumentTypeMismatch = ("document-type-mismatch", "Ký hiệu không khớp loại văn bản", "Document type does not match its number"),
        /// An agency code does not follow the national format.
        MalformedAgencyCode = ("malformed-agency-code", "Mã định danh cơ quan sai quy cách", "Malformed agency code"),
        /// An end date or year comes before its start.
        EndBeforeStart = ("end-before-start", "Ngày kết thúc trước ngày bắt đầu", "End before start"),
        /// A deadline names no real period (month 13, quarter 5).
        InvalidDeadline = ("invalid-deadline", "Thời hạn không hợp lệ", "Invalid deadline"),
        /// A deadline falls before the directive that sets it was issued.
        DeadlineBeforeDirective = ("deadline-before-directive", "Thời hạn trước ngày ban hành văn bản", "Deadline before the directive"),
        /// The deadline phrase as written reads, without doubt, as a different term than the
        /// one recorded.
        DeadlinePhraseMismatch = ("deadline-phrase-mismatch", "Thời hạn ghi khác với thời hạn đã nhập", "Deadline phrase disagrees with its term"),
        /// The due date a document states disagrees with the date its deadline term resolves to.
        DueDateMismatch = ("due-date-mismatch", "Ngày đến hạn không khớp thời hạn", "Due date disagrees with its term"),
        /// A task is completed before it was assigned.
        CompletedBeforeAssigned = ("completed-before-assigned", "Hoàn thành trước ngày giao", "Completed before assigned"),
        /// A progress percentage is over 100.
        ProgressOutOfRange = ("progress-out-of-range", "Tỷ lệ tiến độ vượt 100%", "Progress over 100 %"),
        /// An attendee names neither an official nor an agency.
        EmptyAttendee = ("empty-attendee", "Thành phần dự họp trống", "Empty attendee"),
        /// A group has no members and no criteria.
        EmptyGroup = ("empty-group", "Nhóm cơ quan không có thành viên", "Empty agency group"),
        /// An agency is its own ancestor.
        ParentCycle = ("parent-cycle", "Cơ quan cấp trên lặp vòng", "Agency parent cycle"),
        /// An agency group contains itself, directly or through other groups.
        GroupCycle = ("group-cycle", "Nhóm cơ quan chứa chính nó", "Agency group contains itself"),
        /// The unit of an indicator does not fit its measure, or a value does not fit the measure.
        UnitMeasureMismatch = ("unit-measure-mismatch", "Đơn vị không phù hợp cách đo", "Unit does not fit the measure"),
        /// The target as written reads, without doubt, as another target than the one recorded.
        TargetPhraseMismatch = ("target-phrase-mismatch", "Chỉ tiêu ghi khác chỉ tiêu đã nhập", "Target phrase disagrees with the target"),
        /// A rule of a service built on the crate, not of the crate: its own code is the
        /// finding's [`Finding::code`] (see [`Finding::custom`]). `validate` never reports it.
        Custom = ("custom", "Quy tắc riêng của dịch vụ", "A service's own rule"),
        /// A range target whose lower end is above its upper end.
        InvertedRange = ("inverted-range", "Khoảng chỉ tiêu ngược", "Inverted target range"),
        /// An indicator lists the same year twice.
        DuplicateYear = ("duplicate-year", "Trùng năm của chỉ tiêu", "Duplicate indicator year"),
        /// An "at most" target on an indicator where higher is better, or the reverse.
        TargetPolarityMismatch = ("target-polarity-mismatch", "Chỉ tiêu ngược chiều đánh giá", "Target bound against polarity"),
        /// The assessment a source states differs from the one computed from the figures.
        AssessmentMismatch = ("assessment-mismatch", "Đánh giá khác kết quả tính", "Stated assessment disagrees with figures"),
        /// A task's lead also appears among its coordinating agencies.
        LeadAlsoCoordinating = ("lead-also-coordinating", "Cơ quan chủ trì trùng cơ quan phối hợp", "Lead also coordinating"),
        /// An inference names no field of its record that can be inferred, or names one twice.
        InferredFieldUnknown = ("inferred-field-unknown", "Trường suy ra không có trong bản ghi", "Inferred field is not a field of the record"),
        /// An inference names a field that holds no value.
        InferredFieldEmpty = ("inferred-field-empty", "Trường suy ra không có giá trị", "Inferred field holds no value"),
        /// A change of a task (a deadline extension, a reassignment) takes effect before the task
        /// was assigned.
        ChangeBeforeAssignment = ("change-before-assignment", "Thay đổi trước ngày giao nhiệm vụ", "Change before the task was assigned"),
        /// A change of a task takes effect after the task was completed.
        ChangeAfterCompletion = ("change-after-completion", "Thay đổi sau khi đã hoàn thành", "Change after completion"),
        /// A task's extensions, or its reassignments, are not listed in the order they take effect.
        ChangesOutOfOrder = ("changes-out-of-order", "Các lần thay đổi không theo thứ tự thời gian", "Changes out of order"),
        /// A change of a task names no decision.
        ChangeWithoutDecision = ("change-without-decision", "Thay đổi không nêu văn bản quyết định", "Change without a decision"),
        /// A directive's date of issue is not in its month of issue.
        IssueMonthMismatch = ("issue-month-mismatch", "Ngày ban hành không thuộc tháng ban hành", "Date of issue outside the month of issue"),
        /// A text is not in Unicode normalization form C (a letter written as a base letter and
        /// combining marks): it looks the same, but compares, sorts and searches differently.
        TextNotNfc = ("text-not-nfc", "Văn bản chưa chuẩn hóa Unicode dạng NFC", "Text not in Unicode NFC"),
    }
}

impl Rule {
    /// The severity findings of this rule have.
    pub fn severity(self) -> Severity {
        match self {
            Rule::UnassignedDocumentNumber
            | Rule::DocumentTypeMismatch
            | Rule::DeadlineBeforeDirective
            | Rule::DeadlinePhraseMismatch
            | Rule::EmptyGroup
            | Rule::TargetPolarityMismatch
            | Rule::AssessmentMismatch
            | Rule::LeadAlsoCoordinating
            | Rule::ChangeWithoutDecision
            | Rule::TargetPhraseMismatch
            | Rule::TextNotNfc => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[non_exhaustive]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// The rule broken.
    pub rule: Rule,
    /// Where: a path into the dataset document, such as `tasks[12].lead`.
    pub path: String,
    /// What is wrong, for the person fixing the data: lowercase, no trailing period.
    pub message: String,
    /// The kind of the record the finding is in, when it is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_kind: Option<RecordKind>,
    /// The id of that record as written (an id may be malformed or shared: it is what the
    /// document says), when it is in one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
    /// The code of a service's own rule, for [`Rule::Custom`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub custom_code: Option<String>,
}

impl Finding {
    /// A finding of `rule`, with the rule's severity, at `path`, in no record: for a service
    /// that adds findings of its own checks to those of [`Dataset::validate`](crate::Dataset::validate).
    ///
    /// ```
    /// use chidao_model::{Finding, RecordKind, Rule, Severity};
    /// let f = Finding::new(Rule::EmptyText, "tasks[0].title.vi", "text is empty")
    ///     .in_record(RecordKind::Task, "t-1");
    /// assert_eq!(f.severity, Severity::Error);
    /// assert_eq!(f.record_id.as_deref(), Some("t-1"));
    /// ```
    pub fn new(rule: Rule, path: impl Into<String>, message: impl Into<String>) -> Self {
        Finding {
            severity: rule.severity(),
            rule,
            path: path.into(),
            message: message.into(),
            record_kind: None,
            record_id: None,
            custom_code: None,
        }
    }

    /// A finding of a service's own rule, with its own code and severity, so that a service
    /// adds its checks to the same list as the crate's.
    ///
    /// ```
    /// use chidao_model::{Finding, Rule, Severity};
    /// let f = Finding::custom(Severity::Warning, "lead-not-in-district", "tasks[2].lead",
    ///     "the lead is not an agency of the district");
    /// assert_eq!(f.rule, Rule::Custom);
    /// assert_eq!(f.code(), "lead-not-in-district");
    /// ```
    pub fn custom(
        severity: Severity,
        code: impl Into<String>,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        let mut f = Finding::new(Rule::Custom, path, message).with_severity(severity);
        f.custom_code = Some(code.into());
        f
    }

    /// The rule's code: the crate's (`dangling-reference`), or a service's own for
    /// [`Rule::Custom`].
    pub fn code(&self) -> &str {
        self.custom_code.as_deref().unwrap_or(self.rule.code())
    }

    /// The same finding, placed in the record of `kind` with `id`.
    #[must_use]
    pub fn in_record(mut self, kind: RecordKind, id: impl Into<String>) -> Self {
        self.record_kind = Some(kind);
        self.record_id = Some(id.into());
        self
    }

    /// The same finding with another severity (a service may treat a warning as an error).
    #[must_use]
    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity,
            self.code(),
            self.path,
            self.message
        )
    }
}

/// The findings of a validation, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct Findings(Vec<Finding>);

impl Findings {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// The findings.
    pub fn iter(&self) -> std::slice::Iter<'_, Finding> {
        self.0.iter()
    }
    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.0
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count()
    }
    /// The number of warnings.
    pub fn warning_count(&self) -> usize {
        self.0
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count()
    }
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }
    /// The findings as a vector.
    pub fn into_vec(self) -> Vec<Finding> {
        self.0
    }
    /// Adds a finding (of a service's own checks, say) at the end.
    pub fn push(&mut self, finding: Finding) {
        self.0.push(finding);
    }
}

/// The findings as a slice: `findings[0]`, `findings.first()`, `findings.get(3)`.
impl std::ops::Deref for Findings {
    type Target = [Finding];
    fn deref(&self) -> &[Finding] {
        &self.0
    }
}

impl From<Vec<Finding>> for Findings {
    fn from(v: Vec<Finding>) -> Self {
        Findings(v)
    }
}

impl Extend<Finding> for Findings {
    fn extend<I: IntoIterator<Item = Finding>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

impl IntoIterator for Findings {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Findings {
    type Item = &'a Finding;
    type IntoIter = std::slice::Iter<'a, Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
