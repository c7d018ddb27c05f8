//! The records of a dataset: sources, agencies and groups, officials, meetings, directives,
//! tasks and projects.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    AgencyCode, AgencyId, AgencyKind, AgencyLevel, Authority, Deadline, DirectiveId,
    DocumentNumber, DocumentType, HaltKind, IndicatorId, InvestmentForm, MeetingId, MeetingKind,
    OfficialId, OutputKind, ProjectId, ProjectPhase, Sector, SourceId, SourceKind, StatusPolicy,
    TaskId, TaskStatus, Text,
};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A document the records of a dataset are taken from. Every record lists its sources.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// Identifier.
    pub id: SourceId,
    /// Title of the source (headline or document subject), in our own words where needed.
    pub title: Text,
    /// What kind of document it is.
    pub kind: SourceKind,
    /// Who published it (a newspaper, a government portal, the issuing body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The date it was published or issued.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub published: Option<NaiveDate>,
    /// Where to find it: a file name or an address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
}

impl Source {
    /// A source with the required fields.
    pub fn new(id: SourceId, title: Text, kind: SourceKind) -> Self {
        Source {
            id,
            title,
            kind,
            publisher: None,
            published: None,
            locator: None,
        }
    }
}

/// A body that issues directives or carries out tasks (cơ quan, đơn vị).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Agency {
    /// Identifier, unique among agencies and agency groups.
    pub id: AgencyId,
    /// Full name (Vietnamese, with English where written).
    pub name: Text,
    /// Usual abbreviation, such as "Sở KH&ĐT" or "VPCP".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abbreviation: Option<String>,
    /// What kind of body it is.
    pub kind: AgencyKind,
    /// Its administrative level.
    pub level: AgencyLevel,
    /// The body it belongs to, if recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<AgencyId>,
    /// Its national identifier code (`000.00.00.H41`), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<AgencyCode>,
    /// The decision that established it (quyết định thành lập), when it is a record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established_by: Option<DirectiveId>,
    /// Other names it is written under, for matching names typed by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The sources naming it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Agency {
    /// An agency with the required fields.
    pub fn new(id: AgencyId, name: Text, kind: AgencyKind, level: AgencyLevel) -> Self {
        Agency {
            id,
            name,
            abbreviation: None,
            kind,
            level,
            parent: None,
            code: None,
            established_by: None,
            aliases: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// Which agencies a group takes in besides its listed members: every agency of one of `kinds`
/// (any kind when empty) at `level` (any level when absent) under `parent` (anywhere when absent).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct GroupCriteria {
    /// Kinds of agency taken in.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<AgencyKind>,
    /// Level of the agencies taken in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<AgencyLevel>,
    /// The agency whose direct subordinates are taken in (the departments of one province).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<AgencyId>,
}

impl GroupCriteria {
    /// Criteria taking in every agency of the given kinds at the given level.
    pub fn new(kinds: Vec<AgencyKind>, level: Option<AgencyLevel>) -> Self {
        GroupCriteria {
            kinds,
            level,
            parent: None,
        }
    }

    /// The same criteria limited to the direct subordinates of `parent`.
    #[must_use]
    pub fn under(mut self, parent: AgencyId) -> Self {
        self.parent = Some(parent);
        self
    }

    /// Whether `agency` meets the criteria.
    pub fn matches(&self, agency: &Agency) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&agency.kind))
            && self.level.is_none_or(|l| l == agency.level)
            && self
                .parent
                .as_ref()
                .is_none_or(|p| agency.parent.as_ref() == Some(p))
    }
}

/// A collective assignee: "UBND các huyện, thành phố" (all district people's committees),
/// "các sở, ban, ngành" (all departments). Tasks are assigned to groups as they are to agencies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct AgencyGroup {
    /// Identifier, unique among agencies and agency groups.
    pub id: AgencyId,
    /// The name as documents write it.
    pub name: Text,
    /// Agencies named as members.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<AgencyId>,
    /// Agencies taken in by kind and level, besides the listed members.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criteria: Option<GroupCriteria>,
    /// The sources naming it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl AgencyGroup {
    /// A group with a name and no members yet.
    pub fn new(id: AgencyId, name: Text) -> Self {
        AgencyGroup {
            id,
            name,
            members: Vec::new(),
            criteria: None,
            sources: Vec::new(),
        }
    }
}

/// A position an official held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Position {
    /// The title (Chủ tịch UBND tỉnh, Chánh Văn phòng).
    pub title: Text,
    /// The agency the position is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyId>,
    /// First day in the position, if known.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub from: Option<NaiveDate>,
    /// Last day in the position, if known.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub until: Option<NaiveDate>,
    /// A day a source shows the position held, when the exact term is not known.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub attested: Option<NaiveDate>,
}

impl Position {
    /// A position with a title, in an agency.
    pub fn new(title: Text, agency: Option<AgencyId>) -> Self {
        Position {
            title,
            agency,
            from: None,
            until: None,
            attested: None,
        }
    }

    /// Whether the position is known to be held on `day`: within `from..=until`, or attested
    /// on that day when no term is recorded.
    pub fn held_on(&self, day: NaiveDate) -> bool {
        if self.from.is_none() && self.until.is_none() {
            return self.attested == Some(day);
        }
        self.from.is_none_or(|f| f <= day) && self.until.is_none_or(|u| day <= u)
    }
}

/// A person holding office, with the positions the sources show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Official {
    /// Identifier.
    pub id: OfficialId,
    /// Full name.
    pub name: String,
    /// Positions held, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub positions: Vec<Position>,
    /// The sources naming the official.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Official {
    /// An official with a name and no positions yet.
    pub fn new(id: OfficialId, name: impl Into<String>) -> Self {
        Official {
            id,
            name: name.into(),
            positions: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// Someone who attended a meeting: an official, an agency, or an official for an agency.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attendee {
    /// The official attending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub official: Option<OfficialId>,
    /// The agency or agency group attending or represented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<AgencyId>,
    /// Their role at the meeting (phát biểu chỉ đạo, trình bày dự thảo).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Text>,
}

impl Attendee {
    /// An official attending.
    pub fn official(id: OfficialId) -> Self {
        Attendee {
            official: Some(id),
            ..Attendee::default()
        }
    }

    /// An agency or group attending.
    pub fn agency(id: AgencyId) -> Self {
        Attendee {
            agency: Some(id),
            ..Attendee::default()
        }
    }
}

/// Counts a meeting report gives.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct MeetingCounts {
    /// People taking part, in all places.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub participants: Option<u32>,
    /// Connection points of an online conference (điểm cầu).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_points: Option<u32>,
    /// Petitions and proposals raised (kiến nghị).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub petitions: Option<u32>,
    /// Speeches and contributions made (ý kiến phát biểu, tham luận).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speakers: Option<u32>,
}

impl MeetingCounts {
    /// Whether no count is recorded.
    pub fn is_empty(&self) -> bool {
        *self == MeetingCounts::default()
    }
}

/// A meeting: a conference, online conference, working session or government session.
/// The directives it produced name it in [`Directive::meeting`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Meeting {
    /// Identifier.
    pub id: MeetingId,
    /// What the meeting was, in a line.
    pub title: Text,
    /// Its form.
    pub kind: MeetingKind,
    /// The day it was held (its first day).
    #[serde(with = "crate::date::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "NaiveDate"))]
    pub date: NaiveDate,
    /// Its last day, for meetings over several days.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub end_date: Option<NaiveDate>,
    /// Where it was held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The body that held it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host: Option<AgencyId>,
    /// The official who chaired it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chair: Option<OfficialId>,
    /// Who attended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<Attendee>,
    /// Counts of participants, connection points, petitions.
    #[serde(default, skip_serializing_if = "MeetingCounts::is_empty")]
    pub counts: MeetingCounts,
    /// What it concluded, in our own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
    /// The theme of the year (chủ đề năm) it set or restated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<Text>,
    /// Fields whose values are inferred rather than stated by the sources (see
    /// [`Inference`](crate::Inference)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<crate::Inference>,
    /// The sources reporting it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Meeting {
    /// A meeting with the required fields.
    pub fn new(id: MeetingId, title: Text, kind: MeetingKind, date: NaiveDate) -> Self {
        Meeting {
            id,
            title,
            kind,
            date,
            end_date: None,
            place: None,
            host: None,
            chair: None,
            attendees: Vec::new(),
            counts: MeetingCounts::default(),
            summary: None,
            theme: None,
            inferred: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// The signature block of a document: "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG / Phạm Hùng Trường".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Signature {
    /// Who signed.
    pub official: OfficialId,
    /// Under what authority (TL., KT., TM. …).
    pub authority: Authority,
    /// The head or body signed for, after the prefix ("CHỦ TỊCH" in "TL. CHỦ TỊCH").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub for_title: Option<Text>,
    /// The signer's own title ("CHÁNH VĂN PHÒNG").
    pub title: Text,
}

impl Signature {
    /// A signature by `official` with `title`, under `authority`.
    pub fn new(official: OfficialId, authority: Authority, title: Text) -> Self {
        Signature {
            official,
            authority,
            for_title: None,
            title,
        }
    }
}

/// A document issued to direct work: a conclusion notice, instruction, decision, plan, resolution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Directive {
    /// Identifier.
    pub id: DirectiveId,
    /// Number and symbol, when known (a draft may carry `/TB-UBND` with no number yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<DocumentNumber>,
    /// Document type.
    pub document_type: DocumentType,
    /// The issuing body.
    pub issuer: AgencyId,
    /// Date of issue, when known.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub date: Option<NaiveDate>,
    /// The month of issue, when the day is not known (a notice dated "ngày … tháng 01 năm
    /// 2024"). With a date as well, the date falls in this month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_month: Option<crate::YearMonth>,
    /// Place of issue ("Lạng Sơn", "Hà Nội").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Subject (trích yếu), in our own words.
    pub subject: Text,
    /// The official whose conclusions or instructions it records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conclusions_of: Option<OfficialId>,
    /// The signature block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer: Option<Signature>,
    /// The meeting it follows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<MeetingId>,
    /// The distribution list (nơi nhận): agencies and groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<AgencyId>,
    /// Other documents it cites.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<DirectiveId>,
    /// Projects it concerns directly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<ProjectId>,
    /// Whether the text is a draft not yet issued.
    #[serde(default, skip_serializing_if = "is_false")]
    pub draft: bool,
    /// Fields whose values are inferred rather than stated by the sources (see
    /// [`Inference`](crate::Inference)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<crate::Inference>,
    /// The sources it is known from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Directive {
    /// A directive with the required fields.
    pub fn new(
        id: DirectiveId,
        document_type: DocumentType,
        issuer: AgencyId,
        subject: Text,
    ) -> Self {
        Directive {
            id,
            number: None,
            document_type,
            issuer,
            date: None,
            issue_month: None,
            place: None,
            subject,
            conclusions_of: None,
            signer: None,
            meeting: None,
            recipients: Vec::new(),
            references: Vec::new(),
            projects: Vec::new(),
            draft: false,
            inferred: Vec::new(),
            sources: Vec::new(),
        }
    }
}

/// What a task is to deliver, and to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ExpectedOutput {
    /// The kind of output.
    pub kind: OutputKind,
    /// What it is, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Who receives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<AgencyId>,
}

impl ExpectedOutput {
    /// An output of the given kind.
    pub fn new(kind: OutputKind) -> Self {
        ExpectedOutput {
            kind,
            description: None,
            recipient: None,
        }
    }
}

/// A progress report on a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ProgressUpdate {
    /// The day of the report.
    #[serde(with = "crate::date::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "NaiveDate"))]
    pub date: NaiveDate,
    /// Share of the work done, 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(max = 100)))]
    pub percent: Option<u8>,
    /// What was reported.
    pub note: Text,
}

impl ProgressUpdate {
    /// A progress report.
    pub fn new(date: NaiveDate, percent: Option<u8>, note: Text) -> Self {
        ProgressUpdate {
            date,
            percent,
            note,
        }
    }
}

/// An explicit decision to postpone or cancel a task.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Halt {
    /// Postponed or cancelled.
    pub kind: HaltKind,
    /// From when, if known; the halt applies from the start when absent.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub date: Option<NaiveDate>,
    /// Why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

impl Halt {
    /// A halt of the given kind.
    pub fn new(kind: HaltKind, date: Option<NaiveDate>) -> Self {
        Halt {
            kind,
            date,
            reason: None,
        }
    }
}

/// A numbered item of a directive that assigns work to a lead agency (chủ trì), with
/// coordinating agencies (phối hợp) and a deadline (thời hạn).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Task {
    /// Identifier.
    pub id: TaskId,
    /// The directive assigning it.
    pub directive: DirectiveId,
    /// The item number in the directive ("2", "11"), as written.
    pub item: String,
    /// Short title.
    pub title: Text,
    /// Full description, in our own words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The lead agency or group (chủ trì).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<AgencyId>,
    /// Coordinating agencies or groups (phối hợp).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordinating: Vec<AgencyId>,
    /// The day it was assigned; the directive's date (or its meeting's) when absent.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub assigned_on: Option<NaiveDate>,
    /// The deadline.
    #[serde(default)]
    pub deadline: Deadline,
    /// Changes of its deadline by decisions, in the order they take effect (see
    /// [`Extension`](crate::Extension)); `deadline` stays the one it was assigned with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extensions: Vec<crate::Extension>,
    /// Changes of its lead by decisions, in the order they take effect (see
    /// [`Reassignment`](crate::Reassignment)); `lead` stays the one it was assigned to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reassignments: Vec<crate::Reassignment>,
    /// What it is to deliver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<ExpectedOutput>,
    /// Projects it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub projects: Vec<ProjectId>,
    /// Documents it carries out or cites ("theo Nghị quyết số 95-NQ/TU").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<DirectiveId>,
    /// Indicators it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<IndicatorId>,
    /// Progress reports, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<ProgressUpdate>,
    /// The day it was completed.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub completed_on: Option<NaiveDate>,
    /// An explicit postponement or cancellation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub halt: Option<Halt>,
    /// Fields whose values are inferred rather than stated by the sources (see
    /// [`Inference`](crate::Inference)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<crate::Inference>,
    /// The sources it is taken from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Task {
    /// A task with the required fields and no deadline.
    pub fn new(id: TaskId, directive: DirectiveId, item: impl Into<String>, title: Text) -> Self {
        Task {
            id,
            directive,
            item: item.into(),
            title,
            description: None,
            lead: None,
            coordinating: Vec::new(),
            assigned_on: None,
            deadline: Deadline::none(),
            output: None,
            projects: Vec::new(),
            references: Vec::new(),
            extensions: Vec::new(),
            reassignments: Vec::new(),
            indicators: Vec::new(),
            progress: Vec::new(),
            completed_on: None,
            halt: None,
            inferred: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// The status of the task as of `as_of` under the default [`StatusPolicy`].
    ///
    /// ```
    /// use chidao_model::{Deadline, DeadlineTerm, Task, TaskStatus, Text};
    /// use chrono::NaiveDate;
    /// let day = |d| NaiveDate::from_ymd_opt(2024, 3, d).unwrap();
    /// let mut task = Task::new("t1".parse()?, "d1".parse()?, "9", Text::vi("Xây dựng vị trí việc làm"));
    /// task.deadline = Deadline::new(DeadlineTerm::OnDate { date: day(31) });
    /// assert_eq!(task.status(day(1)), TaskStatus::InProgress);
    /// assert_eq!(task.status(day(31)), TaskStatus::DueSoon);
    /// task.completed_on = Some(day(30));
    /// assert_eq!(task.status(day(31)), TaskStatus::CompletedOnTime);
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn status(&self, as_of: NaiveDate) -> TaskStatus {
        StatusPolicy::default().status(self, as_of)
    }

    /// The latest progress report, by date.
    pub fn latest_progress(&self) -> Option<&ProgressUpdate> {
        self.progress.iter().max_by_key(|p| p.date)
    }
}

/// A span of calendar years, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearSpan {
    /// First year, 0 to 9999.
    #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
    pub start: i32,
    /// Last year, 0 to 9999.
    #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
    pub end: i32,
}

/// A step in a project's life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Milestone {
    /// What happens.
    pub title: Text,
    /// When it happened or is planned, if known.
    #[serde(
        with = "crate::date::optional",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<NaiveDate>"))]
    pub date: Option<NaiveDate>,
    /// Whether it has happened.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reached: bool,
}

impl Milestone {
    /// A milestone.
    pub fn new(title: Text, date: Option<NaiveDate>, reached: bool) -> Self {
        Milestone {
            title,
            date,
            reached,
        }
    }
}

/// An investment project that directives and tasks are about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Project {
    /// Identifier.
    pub id: ProjectId,
    /// Name.
    pub name: Text,
    /// Sector.
    pub sector: Sector,
    /// How it is financed, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_form: Option<InvestmentForm>,
    /// The investor, by name, when it is not an agency of the dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investor: Option<String>,
    /// The agency owning or managing the project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<AgencyId>,
    /// Agencies it is carried out with: a partner across the border, a co-owner.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<AgencyId>,
    /// Where it is (districts, places), named in Vietnamese and, where written, in English. A
    /// plain string (as format 1.1 wrote a place) reads as a name in Vietnamese only.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "crate::lang::texts::deserialize"
    )]
    #[cfg_attr(
        feature = "schemars",
        schemars(with = "Vec<crate::lang::texts::PlaceName>")
    )]
    pub locations: Vec<Text>,
    /// Total investment in đồng, at most 9007199254740991 (2^53 − 1, the largest integer a
    /// JavaScript number holds exactly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schemars", schemars(range(max = 9_007_199_254_740_991_u64)))]
    pub total_investment_vnd: Option<u64>,
    /// The years it runs over.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<YearSpan>,
    /// The phase it is in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<ProjectPhase>,
    /// Steps reached or planned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// Fields whose values are inferred rather than stated by the sources (see
    /// [`Inference`](crate::Inference)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<crate::Inference>,
    /// The sources naming it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Project {
    /// A project with the required fields.
    pub fn new(id: ProjectId, name: Text, sector: Sector) -> Self {
        Project {
            id,
            name,
            sector,
            investment_form: None,
            investor: None,
            owner: None,
            partners: Vec::new(),
            locations: Vec::new(),
            total_investment_vnd: None,
            period: None,
            phase: None,
            milestones: Vec::new(),
            inferred: Vec::new(),
            sources: Vec::new(),
        }
    }
}
