//! The [`Dataset`]: every record, with lookups by id and by name.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::hash::Hash;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod edit;

pub use edit::TaskMut;

use crate::{
    Agency, AgencyGroup, AgencyId, Directive, DirectiveId, Indicator, IndicatorId, Meeting,
    MeetingId, Official, OfficialId, Project, ProjectId, Source, SourceId, StatusPolicy, Task,
    TaskId, TaskStatus, Text, match_key,
};

/// The version of the dataset document format this crate reads and writes.
pub const FORMAT_VERSION: &str = "1.2";

fn default_format_version() -> String {
    FORMAT_VERSION.to_owned()
}

/// The records of a dataset as plain data, in document order: what a dataset document holds.
///
/// Build one field by field, then turn it into a [`Dataset`] with [`Dataset::new`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DatasetParts {
    /// The version of the document format (`1.2`; every `1.x` is read).
    #[serde(default = "default_format_version")]
    pub format_version: String,
    /// What the dataset covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Source documents the records cite.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Agencies.
    #[serde(default)]
    pub agencies: Vec<Agency>,
    /// Agency groups (collective assignees).
    #[serde(default)]
    pub agency_groups: Vec<AgencyGroup>,
    /// Officials.
    #[serde(default)]
    pub officials: Vec<Official>,
    /// Meetings.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Directives.
    #[serde(default)]
    pub directives: Vec<Directive>,
    /// Tasks.
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// Indicators.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Projects.
    #[serde(default)]
    pub projects: Vec<Project>,
}

impl DatasetParts {
    /// The names of the record collections of a dataset document, in document order.
    pub const COLLECTIONS: [&'static str; 9] = [
        "sources",
        "agencies",
        "agency_groups",
        "officials",
        "meetings",
        "directives",
        "tasks",
        "indicators",
        "projects",
    ];

    /// An empty dataset document of the current format version.
    pub fn new() -> Self {
        DatasetParts {
            format_version: default_format_version(),
            ..DatasetParts::default()
        }
    }
}

/// The kinds of record a dataset holds, each by the collection of the document it lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordKind {
    /// A source document.
    Source,
    /// An agency.
    Agency,
    /// A group of agencies.
    AgencyGroup,
    /// An official.
    Official,
    /// A meeting.
    Meeting,
    /// A directive.
    Directive,
    /// A task.
    Task,
    /// An indicator.
    Indicator,
    /// An investment project.
    Project,
}

impl RecordKind {
    /// Every kind, in the order of the document's collections.
    pub const ALL: [RecordKind; 9] = [
        RecordKind::Source,
        RecordKind::Agency,
        RecordKind::AgencyGroup,
        RecordKind::Official,
        RecordKind::Meeting,
        RecordKind::Directive,
        RecordKind::Task,
        RecordKind::Indicator,
        RecordKind::Project,
    ];

    /// The collection of the dataset document holding records of this kind (`tasks`).
    pub fn collection(self) -> &'static str {
        DatasetParts::COLLECTIONS[self as usize]
    }

    /// The kind in words, in `lang` ("nhiệm vụ" / "task").
    pub fn label(self, lang: crate::Lang) -> &'static str {
        use crate::Lang::{En, Vi};
        match (self, lang) {
            (RecordKind::Source, Vi) => "nguồn",
            (RecordKind::Source, En) => "source",
            (RecordKind::Agency, Vi) => "cơ quan",
            (RecordKind::Agency, En) => "agency",
            (RecordKind::AgencyGroup, Vi) => "nhóm cơ quan",
            (RecordKind::AgencyGroup, En) => "agency group",
            (RecordKind::Official, Vi) => "cán bộ",
            (RecordKind::Official, En) => "official",
            (RecordKind::Meeting, Vi) => "cuộc họp",
            (RecordKind::Meeting, En) => "meeting",
            (RecordKind::Directive, Vi) => "văn bản",
            (RecordKind::Directive, En) => "directive",
            (RecordKind::Task, Vi) => "nhiệm vụ",
            (RecordKind::Task, En) => "task",
            (RecordKind::Indicator, Vi) => "chỉ tiêu",
            (RecordKind::Indicator, En) => "indicator",
            (RecordKind::Project, Vi) => "dự án",
            (RecordKind::Project, En) => "project",
        }
    }

    /// The kind whose collection is `name`.
    pub fn from_collection(name: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.collection() == name)
    }
}

/// An agency or an agency group: what a task can be assigned to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignee<'a> {
    /// A single agency.
    Agency(&'a Agency),
    /// A group of agencies.
    Group(&'a AgencyGroup),
}

impl<'a> Assignee<'a> {
    /// The id of the agency or group.
    pub fn id(self) -> &'a AgencyId {
        match self {
            Assignee::Agency(a) => &a.id,
            Assignee::Group(g) => &g.id,
        }
    }

    /// The name of the agency or group.
    pub fn name(self) -> &'a Text {
        match self {
            Assignee::Agency(a) => &a.name,
            Assignee::Group(g) => &g.name,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Index {
    sources: HashMap<SourceId, usize>,
    agencies: HashMap<AgencyId, usize>,
    groups: HashMap<AgencyId, usize>,
    officials: HashMap<OfficialId, usize>,
    meetings: HashMap<MeetingId, usize>,
    directives: HashMap<DirectiveId, usize>,
    tasks: HashMap<TaskId, usize>,
    indicators: HashMap<IndicatorId, usize>,
    projects: HashMap<ProjectId, usize>,
    tasks_by_directive: HashMap<DirectiveId, Vec<usize>>,
}

fn index_of<K: std::hash::Hash + Eq + Clone, T>(
    items: &[T],
    key: impl Fn(&T) -> &K,
) -> HashMap<K, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        // The first record with an id wins; validation reports the duplicates.
        map.entry(key(item).clone()).or_insert(i);
    }
    map
}

impl Index {
    /// The indexes of `parts`.
    fn of(parts: &DatasetParts) -> Self {
        let mut tasks_by_directive: HashMap<DirectiveId, Vec<usize>> = HashMap::new();
        for (i, t) in parts.tasks.iter().enumerate() {
            tasks_by_directive
                .entry(t.directive.clone())
                .or_default()
                .push(i);
        }
        Index {
            sources: index_of(&parts.sources, |r| &r.id),
            agencies: index_of(&parts.agencies, |r| &r.id),
            groups: index_of(&parts.agency_groups, |r| &r.id),
            officials: index_of(&parts.officials, |r| &r.id),
            meetings: index_of(&parts.meetings, |r| &r.id),
            directives: index_of(&parts.directives, |r| &r.id),
            tasks: index_of(&parts.tasks, |r| &r.id),
            indicators: index_of(&parts.indicators, |r| &r.id),
            projects: index_of(&parts.projects, |r| &r.id),
            tasks_by_directive,
        }
    }
}

/// A dataset: every record, indexed for lookup by id.
///
/// A dataset is built from [`DatasetParts`] and never fails to build: duplicate ids and dangling
/// references are reported by [`Dataset::validate`] instead, so that every problem of a
/// document is listed at once. Lookups resolve a duplicated id to its first record.
///
/// ```
/// use chidao_model::{Agency, AgencyKind, AgencyLevel, Dataset, DatasetParts, Text};
/// let mut parts = DatasetParts::new();
/// parts.agencies.push(Agency::new(
///     "so-khdt".parse()?,
///     Text::new("Sở Kế hoạch và Đầu tư", "Department of Planning and Investment"),
///     AgencyKind::Department,
///     AgencyLevel::Province,
/// ));
/// let dataset = Dataset::new(parts);
/// assert_eq!(dataset.agency("so-khdt").unwrap().name.vi, "Sở Kế hoạch và Đầu tư");
/// assert!(dataset.validate().is_empty());
/// # Ok::<(), chidao_model::IdError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Dataset {
    parts: DatasetParts,
    index: Index,
}

impl PartialEq for Dataset {
    fn eq(&self, other: &Self) -> bool {
        self.parts == other.parts
    }
}

impl Eq for Dataset {}

impl Default for Dataset {
    fn default() -> Self {
        Dataset::new(DatasetParts::new())
    }
}

impl Serialize for Dataset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.parts.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Dataset {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        DatasetParts::deserialize(d).map(Dataset::new)
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Dataset {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Dataset".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        DatasetParts::json_schema(generator)
    }
}

impl From<DatasetParts> for Dataset {
    fn from(parts: DatasetParts) -> Self {
        Dataset::new(parts)
    }
}

impl Dataset {
    /// Indexes `parts` into a dataset.
    pub fn new(parts: DatasetParts) -> Self {
        let index = Index::of(&parts);
        Dataset { parts, index }
    }

    /// The records as plain data.
    pub fn parts(&self) -> &DatasetParts {
        &self.parts
    }

    /// Gives the records back as plain data, to change them and index them again.
    pub fn into_parts(self) -> DatasetParts {
        self.parts
    }

    /// The format version the document declared.
    pub fn format_version(&self) -> &str {
        &self.parts.format_version
    }

    /// What the dataset covers.
    pub fn title(&self) -> Option<&Text> {
        self.parts.title.as_ref()
    }

    /// Source documents.
    pub fn sources(&self) -> &[Source] {
        &self.parts.sources
    }
    /// Agencies.
    pub fn agencies(&self) -> &[Agency] {
        &self.parts.agencies
    }
    /// Agency groups.
    pub fn agency_groups(&self) -> &[AgencyGroup] {
        &self.parts.agency_groups
    }
    /// Officials.
    pub fn officials(&self) -> &[Official] {
        &self.parts.officials
    }
    /// Meetings.
    pub fn meetings(&self) -> &[Meeting] {
        &self.parts.meetings
    }
    /// Directives.
    pub fn directives(&self) -> &[Directive] {
        &self.parts.directives
    }
    /// Tasks.
    pub fn tasks(&self) -> &[Task] {
        &self.parts.tasks
    }
    /// Indicators.
    pub fn indicators(&self) -> &[Indicator] {
        &self.parts.indicators
    }
    /// Projects.
    pub fn projects(&self) -> &[Project] {
        &self.parts.projects
    }

    /// The source with `id`.
    pub fn source<Q>(&self, id: &Q) -> Option<&Source>
    where
        SourceId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index.sources.get(id).map(|&i| &self.parts.sources[i])
    }
    /// The agency with `id` (not a group: see [`Dataset::assignee`]).
    pub fn agency<Q>(&self, id: &Q) -> Option<&Agency>
    where
        AgencyId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .agencies
            .get(id)
            .map(|&i| &self.parts.agencies[i])
    }
    /// The position in `agencies` of the agency with `id` (the first, when two share it).
    pub(crate) fn index_of_agency(&self, id: &str) -> Option<usize> {
        self.index.agencies.get(id).copied()
    }
    /// The position in `agency_groups` of the group with `id`.
    pub(crate) fn index_of_agency_group(&self, id: &str) -> Option<usize> {
        self.index.groups.get(id).copied()
    }
    /// The agency group with `id`.
    pub fn agency_group<Q>(&self, id: &Q) -> Option<&AgencyGroup>
    where
        AgencyId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .groups
            .get(id)
            .map(|&i| &self.parts.agency_groups[i])
    }
    /// The agency or agency group with `id`.
    pub fn assignee<Q>(&self, id: &Q) -> Option<Assignee<'_>>
    where
        AgencyId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.agency(id)
            .map(Assignee::Agency)
            .or_else(|| self.agency_group(id).map(Assignee::Group))
    }
    /// The official with `id`.
    pub fn official<Q>(&self, id: &Q) -> Option<&Official>
    where
        OfficialId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .officials
            .get(id)
            .map(|&i| &self.parts.officials[i])
    }
    /// The meeting with `id`.
    pub fn meeting<Q>(&self, id: &Q) -> Option<&Meeting>
    where
        MeetingId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .meetings
            .get(id)
            .map(|&i| &self.parts.meetings[i])
    }
    /// The directive with `id`.
    pub fn directive<Q>(&self, id: &Q) -> Option<&Directive>
    where
        DirectiveId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .directives
            .get(id)
            .map(|&i| &self.parts.directives[i])
    }
    /// The task with `id`, given as a `&TaskId` or a `&str` (every lookup takes its own id
    /// type or text, as `HashMap::get` does).
    ///
    /// ```
    /// use chidao_model::{Dataset, DatasetParts, TaskId};
    /// let ds = Dataset::new(DatasetParts::new());
    /// let id: TaskId = "t-1".parse()?;
    /// assert!(ds.task(&id).is_none());
    /// assert!(ds.task("t-1").is_none());
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    ///
    /// An id of another kind does not look up a task:
    ///
    /// ```compile_fail
    /// use chidao_model::{AgencyId, Dataset, DatasetParts};
    /// let ds = Dataset::new(DatasetParts::new());
    /// let agency: AgencyId = "so-khdt".parse().unwrap();
    /// let _ = ds.task(&agency);
    /// ```
    pub fn task<Q>(&self, id: &Q) -> Option<&Task>
    where
        TaskId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index.tasks.get(id).map(|&i| &self.parts.tasks[i])
    }
    /// The indicator with `id`.
    pub fn indicator<Q>(&self, id: &Q) -> Option<&Indicator>
    where
        IndicatorId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .indicators
            .get(id)
            .map(|&i| &self.parts.indicators[i])
    }
    /// The project with `id`.
    pub fn project<Q>(&self, id: &Q) -> Option<&Project>
    where
        ProjectId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .projects
            .get(id)
            .map(|&i| &self.parts.projects[i])
    }

    /// The tasks a directive assigns, in document order.
    pub fn tasks_of<Q>(&self, directive: &Q) -> impl Iterator<Item = &Task> + '_
    where
        DirectiveId: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.index
            .tasks_by_directive
            .get(directive)
            .into_iter()
            .flatten()
            .map(|&i| &self.parts.tasks[i])
    }

    /// The directives that follow a meeting.
    pub fn directives_of<'a>(&'a self, meeting: &'a str) -> impl Iterator<Item = &'a Directive> {
        self.parts
            .directives
            .iter()
            .filter(move |d| d.meeting.as_ref().is_some_and(|m| m.as_str() == meeting))
    }

    /// The day a task was assigned: its own date, else its directive's date, else the date of
    /// the directive's meeting.
    pub fn assigned_on(&self, task: &Task) -> Option<NaiveDate> {
        task.assigned_on.or_else(|| {
            let directive = self.directive(task.directive.as_str())?;
            directive.date.or_else(|| {
                directive
                    .meeting
                    .as_ref()
                    .and_then(|m| self.meeting(m.as_str()))
                    .map(|m| m.date)
            })
        })
    }

    /// The status of `task` as of `as_of`, knowing when it was assigned: `None` when the task
    /// did not exist yet on that day (its [assignment day](Dataset::assigned_on) comes after
    /// `as_of`), else what [`StatusPolicy::default`] says. A task whose assignment day is
    /// unknown is judged as [`Task::status`] judges it.
    ///
    /// ```
    /// use chidao_model::*;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let mut parts = DatasetParts::new();
    /// let mut notice = Directive::new("tb".parse()?, DocumentType::Notice, "ubnd".parse()?,
    ///     Text::vi("Kết luận"));
    /// notice.date = Some(day(2024, 1, 15));
    /// parts.directives.push(notice);
    /// parts.tasks.push(Task::new("t".parse()?, "tb".parse()?, "1", Text::vi("Việc")));
    /// let ds = Dataset::new(parts);
    /// let task = ds.task("t").unwrap();
    /// assert_eq!(ds.status(task, day(2023, 12, 1)), None);
    /// assert_eq!(ds.status(task, day(2024, 1, 15)), Some(TaskStatus::NoDeadline));
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn status(&self, task: &Task, as_of: NaiveDate) -> Option<TaskStatus> {
        self.status_with(&StatusPolicy::default(), task, as_of)
    }

    /// As [`Dataset::status`], under `policy`.
    pub fn status_with(
        &self,
        policy: &StatusPolicy,
        task: &Task,
        as_of: NaiveDate,
    ) -> Option<TaskStatus> {
        match self.assigned_on(task) {
            Some(assigned) if assigned > as_of => None,
            _ => Some(policy.status(task, as_of)),
        }
    }

    /// The agencies a group stands for: its listed members that are agencies, then every agency
    /// meeting its criteria, each once, in dataset order after the listed ones. Members that
    /// are groups are expanded in turn (each group once, so cycles end).
    pub fn expand_group(&self, group: &str) -> Vec<&Agency> {
        let mut out: Vec<&Agency> = Vec::new();
        let mut seen_groups: Vec<&str> = Vec::new();
        self.expand_into(group, &mut out, &mut seen_groups);
        out
    }

    fn expand_into<'a>(&'a self, group: &str, out: &mut Vec<&'a Agency>, seen: &mut Vec<&'a str>) {
        let Some(g) = self.agency_group(group) else {
            return;
        };
        if seen.contains(&g.id.as_str()) {
            return;
        }
        seen.push(g.id.as_str());
        let push = |a: &'a Agency, out: &mut Vec<&'a Agency>| {
            if !out.iter().any(|x| x.id == a.id) {
                out.push(a);
            }
        };
        for m in &g.members {
            if let Some(a) = self.agency(m.as_str()) {
                push(a, out);
            } else {
                self.expand_into(m.as_str(), out, seen);
            }
        }
        if let Some(criteria) = &g.criteria {
            for a in &self.parts.agencies {
                if criteria.matches(a) {
                    push(a, out);
                }
            }
        }
    }

    /// The agency or group whose name, abbreviation or alias matches `name`, whatever its
    /// Unicode form (NFC or NFD), tone-mark placement ("hoà"/"hòa"), letter case or spacing.
    ///
    /// ```
    /// use chidao_model::{Agency, AgencyKind, AgencyLevel, Dataset, DatasetParts, Text};
    /// let mut parts = DatasetParts::new();
    /// let mut a = Agency::new("so-khdt".parse()?, Text::vi("Sở Kế hoạch và Đầu tư"),
    ///     AgencyKind::Department, AgencyLevel::Province);
    /// a.abbreviation = Some("Sở KH&ĐT".into());
    /// parts.agencies.push(a);
    /// let ds = Dataset::new(parts);
    /// assert!(ds.find_assignee_by_name("sở kế hoạch  và đầu tư").is_some());
    /// assert!(ds.find_assignee_by_name("Sở KH&ĐT").is_some());
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn find_assignee_by_name(&self, name: &str) -> Option<Assignee<'_>> {
        let key = match_key(name);
        let hit = |vi: &str, abbr: Option<&String>, aliases: &[String]| {
            match_key(vi) == key
                || abbr.is_some_and(|a| match_key(a) == key)
                || aliases.iter().any(|a| match_key(a) == key)
        };
        self.parts
            .agencies
            .iter()
            .find(|a| hit(&a.name.vi, a.abbreviation.as_ref(), &a.aliases))
            .map(Assignee::Agency)
            .or_else(|| {
                self.parts
                    .agency_groups
                    .iter()
                    .find(|g| hit(&g.name.vi, None, &[]))
                    .map(Assignee::Group)
            })
    }
}
