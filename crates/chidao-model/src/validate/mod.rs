//! Semantic validation of a dataset: every finding at once, each with a severity, a stable
//! rule code, a path and a message.

use std::collections::HashMap;

use chrono::NaiveDate;

mod changes;
mod cycles;
mod deadline;
mod finding;
mod inferred;

use crate::{
    Assessment, Dataset, FORMAT_VERSION, Measure, Polarity, RecordKind, Target, Text, Unit,
};
use changes::check_changes;
use deadline::check_deadline;
pub use finding::{Finding, Findings, Rule, Severity};
use inferred::{check_inferred, check_issue_month};

struct Checker<'a> {
    ds: &'a Dataset,
    out: Vec<Finding>,
}

/// The kind of record a reference must name.
#[derive(Clone, Copy)]
enum Kind {
    Source,
    Assignee,
    Agency,
    Official,
    Meeting,
    Directive,
    Indicator,
    Project,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Assignee => "agency or agency group",
            Kind::Agency => "agency",
            Kind::Official => "official",
            Kind::Meeting => "meeting",
            Kind::Directive => "directive",
            Kind::Indicator => "indicator",
            Kind::Project => "project",
        }
    }
}

/// A path given to a check, built only when there is a finding to report: most checks find
/// nothing, and formatting every path of a million tasks costs more than the checks.
trait LazyPath {
    fn build(self) -> String;
}

impl LazyPath for String {
    fn build(self) -> String {
        self
    }
}

impl<F: FnOnce() -> String> LazyPath for F {
    fn build(self) -> String {
        self()
    }
}

impl Checker<'_> {
    fn push(&mut self, rule: Rule, path: impl Into<String>, message: impl Into<String>) {
        let path = path.into();
        let mut finding = Finding::new(rule, String::new(), message);
        if let Some((kind, id)) = self.record_at(&path) {
            finding = finding.in_record(kind, id);
        }
        finding.path = path;
        self.out.push(finding);
    }

    /// The record a path such as `tasks[3].lead` points into: its kind and id.
    fn record_at(&self, path: &str) -> Option<(RecordKind, String)> {
        let (collection, rest) = path.split_once('[')?;
        let index: usize = rest.split_once(']')?.0.parse().ok()?;
        let kind = RecordKind::from_collection(collection)?;
        let p = self.ds.parts();
        let id = match kind {
            RecordKind::Source => p.sources.get(index)?.id.as_str(),
            RecordKind::Agency => p.agencies.get(index)?.id.as_str(),
            RecordKind::AgencyGroup => p.agency_groups.get(index)?.id.as_str(),
            RecordKind::Official => p.officials.get(index)?.id.as_str(),
            RecordKind::Meeting => p.meetings.get(index)?.id.as_str(),
            RecordKind::Directive => p.directives.get(index)?.id.as_str(),
            RecordKind::Task => p.tasks.get(index)?.id.as_str(),
            RecordKind::Indicator => p.indicators.get(index)?.id.as_str(),
            RecordKind::Project => p.projects.get(index)?.id.as_str(),
        };
        Some((kind, id.to_owned()))
    }

    fn exists(&self, kind: Kind, id: &str) -> bool {
        let ds = self.ds;
        match kind {
            Kind::Source => ds.source(id).is_some(),
            Kind::Assignee => ds.assignee(id).is_some(),
            Kind::Agency => ds.agency(id).is_some(),
            Kind::Official => ds.official(id).is_some(),
            Kind::Meeting => ds.meeting(id).is_some(),
            Kind::Directive => ds.directive(id).is_some(),
            Kind::Indicator => ds.indicator(id).is_some(),
            Kind::Project => ds.project(id).is_some(),
        }
    }

    fn dangling(&mut self, kind: Kind, id: &str, path: String) {
        let hint = if matches!(kind, Kind::Agency) && self.ds.agency_group(id).is_some() {
            " (it is an agency group, which cannot be used here)"
        } else {
            ""
        };
        self.push(
            Rule::DanglingReference,
            path,
            format!("no {} has id `{id}`{hint}", kind.name()),
        );
    }

    /// Agencies that are their own ancestors, each said once.
    fn parent_cycles(&mut self) {
        let agencies = &self.ds.parts().agencies;
        let next: Vec<Option<usize>> = agencies
            .iter()
            .map(|a| self.ds.index_of_agency(a.parent.as_ref()?.as_str()))
            .collect();
        let on_cycle = cycles::on_successor_cycles(&next);
        for (i, a) in agencies.iter().enumerate() {
            if on_cycle[i] {
                self.push(
                    Rule::ParentCycle,
                    format!("agencies[{i}].parent"),
                    format!("agency `{}` is its own ancestor", a.id),
                );
            }
        }
    }

    /// Groups that list themselves, directly or through other groups: each cycle said once, at
    /// its first group.
    fn group_cycles(&mut self) {
        let groups = &self.ds.parts().agency_groups;
        let edges: Vec<Vec<usize>> = groups
            .iter()
            .map(|g| {
                g.members
                    .iter()
                    .filter_map(|m| self.ds.index_of_agency_group(m.as_str()))
                    .collect()
            })
            .collect();
        for cycle in cycles::cycles(&edges) {
            let first = cycle[0];
            let message = if cycle.len() == 1 {
                format!("group `{}` lists itself as a member", groups[first].id)
            } else {
                let names: Vec<String> = cycle
                    .iter()
                    .chain(std::iter::once(&first))
                    .map(|&g| format!("`{}`", groups[g].id))
                    .collect();
                format!(
                    "group `{}` contains itself through other groups: {}",
                    groups[first].id,
                    names.join(" → ")
                )
            };
            self.push(
                Rule::GroupCycle,
                format!("agency_groups[{first}].members"),
                message,
            );
        }
    }

    fn reference(&mut self, kind: Kind, id: &str, path: impl LazyPath) {
        if !self.exists(kind, id) {
            self.dangling(kind, id, path.build());
        }
    }

    fn refs<'b, I: AsRef<str> + 'b>(
        &mut self,
        kind: Kind,
        ids: impl IntoIterator<Item = &'b I>,
        path: impl LazyPath,
    ) {
        let mut path = Some(path);
        let mut base = String::new();
        for (i, id) in ids.into_iter().enumerate() {
            let id = id.as_ref();
            if self.exists(kind, id) {
                continue;
            }
            if let Some(p) = path.take() {
                base = p.build();
            }
            self.dangling(kind, id, format!("{base}[{i}]"));
        }
    }

    fn text(&mut self, text: &Text, path: impl LazyPath) {
        let vi_nfc = unicode_normalization::is_nfc(&text.vi);
        let en_nfc = text.en.as_deref().is_none_or(unicode_normalization::is_nfc);
        if text.is_blank() || !vi_nfc || !en_nfc {
            let path = path.build();
            if text.is_blank() {
                self.push(Rule::EmptyText, format!("{path}.vi"), "text is empty");
            }
            for (ok, lang) in [(vi_nfc, "vi"), (en_nfc, "en")] {
                if !ok {
                    self.push(
                        Rule::TextNotNfc,
                        format!("{path}.{lang}"),
                        "text is not in Unicode NFC (letters written with combining marks); \
                         write it precomposed",
                    );
                }
            }
        }
    }

    fn plain(&mut self, text: &str, path: impl LazyPath) {
        if text.trim().is_empty() {
            self.push(Rule::EmptyText, path.build(), "text is empty");
        }
    }

    fn span(
        &mut self,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        path: impl LazyPath,
        what: &str,
    ) {
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            self.push(
                Rule::EndBeforeStart,
                path.build(),
                format!("{what} {e} is before the start {s}"),
            );
        }
    }

    fn duplicates<'b>(&mut self, collection: &str, ids: impl Iterator<Item = &'b str>) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            if let Some(&j) = first.get(id) {
                self.push(
                    Rule::DuplicateId,
                    format!("{collection}[{i}].id"),
                    format!("id `{id}` is already used by {collection}[{j}]"),
                );
            } else {
                first.insert(id, i);
            }
        }
    }
}

impl Dataset {
    /// Checks the dataset against every rule of [`Rule`] and returns all findings, in document
    /// order. Never panics, whatever the data.
    ///
    /// ```
    /// use chidao_model::{Dataset, DatasetParts, Rule, Task, Text};
    /// let mut parts = DatasetParts::new();
    /// parts.tasks.push(Task::new("t1".parse()?, "no-such-directive".parse()?, "1", Text::vi("Rà soát")));
    /// let findings = Dataset::new(parts).validate();
    /// let f = findings.iter().next().unwrap();
    /// assert_eq!((f.rule, f.path.as_str()), (Rule::DanglingReference, "tasks[0].directive"));
    /// # Ok::<(), chidao_model::IdError>(())
    /// ```
    pub fn validate(&self) -> Findings {
        let mut c = Checker {
            ds: self,
            out: Vec::new(),
        };
        let p = self.parts();
        let supported = FORMAT_VERSION.split('.').next();
        if p.format_version.split('.').next() != supported {
            c.push(
                Rule::UnsupportedFormatVersion,
                "format_version",
                format!(
                    "format version `{}` is not supported; this tool reads {FORMAT_VERSION}",
                    p.format_version
                ),
            );
        }

        c.duplicates("sources", p.sources.iter().map(|r| r.id.as_str()));
        c.duplicates("agencies", p.agencies.iter().map(|r| r.id.as_str()));
        c.duplicates(
            "agency_groups",
            p.agency_groups.iter().map(|r| r.id.as_str()),
        );
        for (i, g) in p.agency_groups.iter().enumerate() {
            if self.agency(g.id.as_str()).is_some() {
                c.push(
                    Rule::DuplicateId,
                    format!("agency_groups[{i}].id"),
                    format!("id `{}` is already used by an agency", g.id),
                );
            }
        }
        c.duplicates("officials", p.officials.iter().map(|r| r.id.as_str()));
        c.duplicates("meetings", p.meetings.iter().map(|r| r.id.as_str()));
        c.duplicates("directives", p.directives.iter().map(|r| r.id.as_str()));
        c.duplicates("tasks", p.tasks.iter().map(|r| r.id.as_str()));
        c.duplicates("indicators", p.indicators.iter().map(|r| r.id.as_str()));
        c.duplicates("projects", p.projects.iter().map(|r| r.id.as_str()));

        for (i, s) in p.sources.iter().enumerate() {
            c.text(&s.title, || format!("sources[{i}].title"));
        }

        for (i, a) in p.agencies.iter().enumerate() {
            let at = format!("agencies[{i}]");
            c.text(&a.name, || format!("{at}.name"));
            if let Some(parent) = &a.parent {
                c.reference(Kind::Agency, parent.as_str(), || format!("{at}.parent"));
            }
            if let Some(d) = &a.established_by {
                c.reference(Kind::Directive, d.as_str(), || {
                    format!("{at}.established_by")
                });
            }
            if let Some(code) = &a.code
                && let Err(e) = code.check()
            {
                c.push(
                    Rule::MalformedAgencyCode,
                    format!("{at}.code"),
                    e.to_string(),
                );
            }
            c.refs(Kind::Source, &a.sources, || format!("{at}.sources"));
        }
        c.parent_cycles();

        for (i, g) in p.agency_groups.iter().enumerate() {
            let at = format!("agency_groups[{i}]");
            c.text(&g.name, || format!("{at}.name"));
            c.refs(Kind::Assignee, &g.members, || format!("{at}.members"));
            if let Some(parent) = g.criteria.as_ref().and_then(|c| c.parent.as_ref()) {
                c.reference(Kind::Agency, parent.as_str(), || {
                    format!("{at}.criteria.parent")
                });
            }
            if g.members.is_empty() && g.criteria.is_none() {
                c.push(
                    Rule::EmptyGroup,
                    at.clone(),
                    format!("group `{}` has no members and no criteria", g.id),
                );
            }
            c.refs(Kind::Source, &g.sources, || format!("{at}.sources"));
        }
        c.group_cycles();

        for (i, o) in p.officials.iter().enumerate() {
            let at = format!("officials[{i}]");
            c.plain(&o.name, || format!("{at}.name"));
            for (j, pos) in o.positions.iter().enumerate() {
                let pat = format!("{at}.positions[{j}]");
                c.text(&pos.title, || format!("{pat}.title"));
                if let Some(agency) = &pos.agency {
                    c.reference(Kind::Assignee, agency.as_str(), || format!("{pat}.agency"));
                }
                c.span(
                    pos.from,
                    pos.until,
                    || format!("{pat}.until"),
                    "end of term",
                );
            }
            c.refs(Kind::Source, &o.sources, || format!("{at}.sources"));
        }

        for (i, m) in p.meetings.iter().enumerate() {
            let at = format!("meetings[{i}]");
            c.text(&m.title, || format!("{at}.title"));
            c.span(
                Some(m.date),
                m.end_date,
                || format!("{at}.end_date"),
                "end date",
            );
            if let Some(host) = &m.host {
                c.reference(Kind::Assignee, host.as_str(), || format!("{at}.host"));
            }
            if let Some(chair) = &m.chair {
                c.reference(Kind::Official, chair.as_str(), || format!("{at}.chair"));
            }
            for (j, a) in m.attendees.iter().enumerate() {
                let pat = format!("{at}.attendees[{j}]");
                if a.official.is_none() && a.agency.is_none() {
                    c.push(
                        Rule::EmptyAttendee,
                        pat.clone(),
                        "attendee names neither an official nor an agency",
                    );
                }
                if let Some(o) = &a.official {
                    c.reference(Kind::Official, o.as_str(), || format!("{pat}.official"));
                }
                if let Some(ag) = &a.agency {
                    c.reference(Kind::Assignee, ag.as_str(), || format!("{pat}.agency"));
                }
            }
            c.refs(Kind::Source, &m.sources, || format!("{at}.sources"));
            check_inferred(&mut c, m, &m.inferred, &at);
        }

        for (i, d) in p.directives.iter().enumerate() {
            let at = format!("directives[{i}]");
            if let Some(number) = &d.number {
                match number.check() {
                    Err(e) => c.push(
                        Rule::MalformedDocumentNumber,
                        format!("{at}.number"),
                        e.to_string(),
                    ),
                    Ok(()) => {
                        if number.number().is_none() {
                            c.push(
                                Rule::UnassignedDocumentNumber,
                                format!("{at}.number"),
                                format!("document `{number}` has no number yet"),
                            );
                        }
                        if let Some(t) = number.document_type()
                            && t != d.document_type
                        {
                            c.push(
                                Rule::DocumentTypeMismatch,
                                format!("{at}.document_type"),
                                format!(
                                    "number `{number}` is that of a {} but the type is {}",
                                    t.code(),
                                    d.document_type.code()
                                ),
                            );
                        }
                    }
                }
            }
            c.reference(Kind::Assignee, d.issuer.as_str(), || format!("{at}.issuer"));
            c.text(&d.subject, || format!("{at}.subject"));
            if let Some(o) = &d.conclusions_of {
                c.reference(Kind::Official, o.as_str(), || {
                    format!("{at}.conclusions_of")
                });
            }
            if let Some(s) = &d.signer {
                c.reference(Kind::Official, s.official.as_str(), || {
                    format!("{at}.signer.official")
                });
                c.text(&s.title, || format!("{at}.signer.title"));
            }
            if let Some(m) = &d.meeting {
                c.reference(Kind::Meeting, m.as_str(), || format!("{at}.meeting"));
                if let (Some(date), Some(meeting)) = (d.date, self.meeting(m.as_str()))
                    && date < meeting.date
                {
                    c.push(
                        Rule::EndBeforeStart,
                        format!("{at}.date"),
                        format!(
                            "the directive is dated {date}, before its meeting on {}",
                            meeting.date
                        ),
                    );
                }
            }
            c.refs(Kind::Assignee, &d.recipients, || format!("{at}.recipients"));
            c.refs(Kind::Directive, &d.references, || {
                format!("{at}.references")
            });
            c.refs(Kind::Project, &d.projects, || format!("{at}.projects"));
            c.refs(Kind::Source, &d.sources, || format!("{at}.sources"));
            check_issue_month(&mut c, d, &at);
            check_inferred(&mut c, d, &d.inferred, &at);
        }

        for (i, t) in p.tasks.iter().enumerate() {
            check_task(&mut c, i, t);
        }

        for (i, ind) in p.indicators.iter().enumerate() {
            check_indicator(&mut c, i, ind);
        }

        for (i, pr) in p.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            c.text(&pr.name, || format!("{at}.name"));
            check_inferred(&mut c, pr, &pr.inferred, &at);
            if let Some(owner) = &pr.owner {
                c.reference(Kind::Assignee, owner.as_str(), || format!("{at}.owner"));
            }
            c.refs(Kind::Assignee, &pr.partners, || format!("{at}.partners"));
            if let Some(span) = pr.period
                && span.end < span.start
            {
                c.push(
                    Rule::EndBeforeStart,
                    format!("{at}.period.end"),
                    format!("end year {} is before start year {}", span.end, span.start),
                );
            }
            for (j, m) in pr.milestones.iter().enumerate() {
                c.text(&m.title, || format!("{at}.milestones[{j}].title"));
            }
            c.refs(Kind::Source, &pr.sources, || format!("{at}.sources"));
        }

        let mut out = c.out;
        out.sort_by_cached_key(|f| location_key(&f.path));
        Findings::from(out)
    }
}

/// The order of a path in the document: top-level section, then record index; findings within
/// one record keep the order they were checked in (field order).
fn location_key(path: &str) -> (usize, usize) {
    const HEAD: [&str; 2] = ["format_version", "title"];
    let head = path.split(['.', '[']).next().unwrap_or("");
    let section = HEAD
        .iter()
        .chain(crate::DatasetParts::COLLECTIONS.iter())
        .position(|s| *s == head)
        .unwrap_or(HEAD.len() + crate::DatasetParts::COLLECTIONS.len());
    let index = path
        .strip_prefix(head)
        .and_then(|rest| rest.strip_prefix('['))
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    (section, index)
}

fn check_task(c: &mut Checker<'_>, i: usize, t: &crate::Task) {
    let ds = c.ds;
    let at = format!("tasks[{i}]");
    check_inferred(c, t, &t.inferred, &at);
    c.plain(&t.item, || format!("{at}.item"));
    c.text(&t.title, || format!("{at}.title"));
    c.reference(Kind::Directive, t.directive.as_str(), || {
        format!("{at}.directive")
    });
    if let Some(lead) = &t.lead {
        c.reference(Kind::Assignee, lead.as_str(), || format!("{at}.lead"));
        if let Some(j) = t.coordinating.iter().position(|x| x == lead) {
            c.push(
                Rule::LeadAlsoCoordinating,
                format!("{at}.coordinating[{j}]"),
                format!("`{lead}` leads the task and is also listed as coordinating"),
            );
        }
    }
    c.refs(Kind::Assignee, &t.coordinating, || {
        format!("{at}.coordinating")
    });
    c.refs(Kind::Project, &t.projects, || format!("{at}.projects"));
    c.refs(Kind::Directive, &t.references, || {
        format!("{at}.references")
    });
    c.refs(Kind::Indicator, &t.indicators, || {
        format!("{at}.indicators")
    });
    c.refs(Kind::Source, &t.sources, || format!("{at}.sources"));
    if let Some(out) = &t.output
        && let Some(r) = &out.recipient
    {
        c.reference(Kind::Assignee, r.as_str(), || {
            format!("{at}.output.recipient")
        });
    }

    check_deadline(c, &at, t);
    check_changes(c, &at, t);

    let assigned = ds.assigned_on(t);
    if let (Some(assigned), Some(done)) = (assigned, t.completed_on)
        && done < assigned
    {
        c.push(
            Rule::CompletedBeforeAssigned,
            format!("{at}.completed_on"),
            format!("completed on {done}, before it was assigned on {assigned}"),
        );
    }
    for (j, u) in t.progress.iter().enumerate() {
        if u.percent.is_some_and(|p| p > 100) {
            c.push(
                Rule::ProgressOutOfRange,
                format!("{at}.progress[{j}].percent"),
                format!("progress is {} %, more than 100 %", u.percent.unwrap_or(0)),
            );
        }
        c.text(&u.note, || format!("{at}.progress[{j}].note"));
    }
}

/// A numeric target in words, for messages.
fn describe_target(t: &Target) -> String {
    match t {
        Target::Exact { value } => format!("exactly {value}"),
        Target::Range { min, max } => format!("{min} to {max}"),
        Target::AtLeast { value } => format!("at least {value}"),
        Target::AtMost { value } => format!("at most {value}"),
        Target::About { value } => format!("about {value}"),
        Target::Qualitative { text } => format!("`{}`", text.vi),
    }
}

fn check_indicator(c: &mut Checker<'_>, i: usize, ind: &crate::Indicator) {
    let at = format!("indicators[{i}]");
    c.text(&ind.name, || format!("{at}.name"));
    c.refs(Kind::Source, &ind.sources, || format!("{at}.sources"));
    match (ind.measure, ind.unit) {
        (Measure::Percentage, Some(u)) if !u.is_percent() => c.push(
            Rule::UnitMeasureMismatch,
            format!("{at}.unit"),
            format!("a percentage indicator cannot be measured in {}", u.code()),
        ),
        (Measure::Percentage, None) => c.push(
            Rule::UnitMeasureMismatch,
            format!("{at}.unit"),
            "a percentage indicator needs the unit percent",
        ),
        (Measure::Number, Some(Unit::Percent)) => c.push(
            Rule::UnitMeasureMismatch,
            format!("{at}.unit"),
            "a number indicator cannot be measured in percent; use the measure percentage",
        ),
        (Measure::Number, None) => c.push(
            Rule::UnitMeasureMismatch,
            format!("{at}.unit"),
            "a number indicator needs a unit",
        ),
        (Measure::Qualitative, Some(u)) => c.push(
            Rule::UnitMeasureMismatch,
            format!("{at}.unit"),
            format!(
                "a qualitative indicator has no unit, but {} is given",
                u.code()
            ),
        ),
        _ => {}
    }
    let mut seen: HashMap<i32, usize> = HashMap::new();
    for (j, y) in ind.years.iter().enumerate() {
        let yat = format!("{at}.years[{j}]");
        check_inferred(c, y, &y.inferred, &yat);
        if let Some(&k) = seen.get(&y.year) {
            c.push(
                Rule::DuplicateYear,
                format!("{yat}.year"),
                format!("year {} is already given at {at}.years[{k}]", y.year),
            );
        } else {
            seen.insert(y.year, j);
        }
        c.refs(Kind::Source, &y.sources, || format!("{yat}.sources"));
        if let (Some(target), Some(written)) = (&y.target, &y.target_as_written)
            && let Ok(read) = Target::parse_vi(written)
            && read != *target
        {
            c.push(
                Rule::TargetPhraseMismatch,
                format!("{yat}.target_as_written"),
                format!(
                    "`{written}` reads as {}, but the target recorded is {}",
                    describe_target(&read),
                    describe_target(target)
                ),
            );
        }
        let qualitative = ind.measure == Measure::Qualitative;
        if let Some(target) = &y.target {
            if qualitative && target.is_numeric() {
                c.push(
                    Rule::UnitMeasureMismatch,
                    format!("{yat}.target"),
                    "a qualitative indicator cannot have a numeric target",
                );
            }
            if !qualitative && !target.is_numeric() {
                c.push(
                    Rule::UnitMeasureMismatch,
                    format!("{yat}.target"),
                    format!("a {} indicator needs a numeric target", ind.measure.code()),
                );
            }
            if let Target::Range { min, max } = target
                && min > max
            {
                c.push(
                    Rule::InvertedRange,
                    format!("{yat}.target"),
                    format!("range {min}–{max} has its lower end above its upper end"),
                );
            }
            let against = match (target, ind.polarity) {
                (Target::AtMost { .. }, Polarity::HigherIsBetter) => Some("at most"),
                (Target::AtLeast { .. }, Polarity::LowerIsBetter) => Some("at least"),
                _ => None,
            };
            if let Some(bound) = against {
                c.push(
                    Rule::TargetPolarityMismatch,
                    format!("{yat}.target"),
                    format!(
                        "an \"{bound}\" target on an indicator where {}",
                        ind.polarity.label(crate::Lang::En).to_lowercase()
                    ),
                );
            }
        }
        if qualitative && y.figure.is_some() {
            c.push(
                Rule::UnitMeasureMismatch,
                format!("{yat}.figure"),
                "a qualitative indicator cannot have a numeric figure; use qualitative_result",
            );
        }
        if let Some(stated) = y.stated_assessment {
            let computed = y.computed_assessment(ind.polarity);
            if computed != Assessment::NotAssessable && computed != stated {
                c.push(
                    Rule::AssessmentMismatch,
                    format!("{yat}.stated_assessment"),
                    format!(
                        "the source says {} but the figures give {}",
                        stated.code(),
                        computed.code()
                    ),
                );
            }
        }
    }
}
