//! The readers of the dataset's records, one function per kind, and of the parts they share
//! (inferences, extensions, reassignments, targets, indicator years).

use chidao_model::{
    Agency, AgencyGroup, Attendee, Baseline, Directive, ExpectedOutput, Extension, Figure,
    GroupCriteria, Halt, Indicator, IndicatorYear, Inference, Meeting, Milestone, Official,
    Position, ProgressUpdate, Project, Reassignment, Signature, Source, Target, Task, Text,
    YearMonth, YearSpan,
};

use super::deadline::read_deadline;
use super::{Elem, ErrorCategory, Parser, Result, TextAcc, vocab_code};

pub(super) fn read_source(p: &mut Parser<'_>, mut e: Elem) -> Result<Source> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let published = p.opt_date(&mut e, "published")?;
    p.finish(&e)?;
    let (mut title, mut publisher, mut locator) = (TextAcc::default(), None, None);
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "publisher" => p.plain_once(c, &mut publisher)?,
            "locator" => p.plain_once(c, &mut locator)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut s = Source::new(id, p.req_text(&e, "title", title)?, kind);
    s.publisher = publisher;
    s.published = published;
    s.locator = locator;
    Ok(s)
}

pub(super) fn read_agency(p: &mut Parser<'_>, mut e: Elem) -> Result<Agency> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let level = p.vocab(&mut e, "level")?;
    let parent = p.opt_id(&mut e, "parent")?;
    let code = p
        .attr(&mut e, "code")
        .map(|(v, _)| chidao_model::AgencyCode::lenient(v));
    let established_by = p.opt_id(&mut e, "established-by")?;
    p.finish(&e)?;
    let (mut name, mut abbreviation, mut aliases, mut sources) =
        (TextAcc::default(), None, Vec::new(), Vec::new());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "abbreviation" => p.plain_once(c, &mut abbreviation)?,
            "alias" => aliases.push(p.plain(c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut a = Agency::new(id, p.req_text(&e, "name", name)?, kind, level);
    a.abbreviation = abbreviation;
    a.parent = parent;
    a.established_by = established_by;
    a.code = code;
    a.aliases = aliases;
    a.sources = sources;
    Ok(a)
}

pub(super) fn read_group(p: &mut Parser<'_>, mut e: Elem) -> Result<AgencyGroup> {
    let id = p.id(&mut e, "id")?;
    p.finish(&e)?;
    let (mut name, mut members, mut criteria, mut sources) =
        (TextAcc::default(), Vec::new(), None, Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "member" => members.push(p.reference(c)?),
            "criteria" => {
                p.once(&criteria, &c)?;
                let level = p.opt_vocab(&mut c, "level")?;
                let parent = p.opt_id(&mut c, "parent")?;
                let kinds = p
                    .opt_with(&mut c, "kinds", |v| {
                        v.split_ascii_whitespace()
                            .map(vocab_code)
                            .collect::<Result<Vec<_>, _>>()
                    })?
                    .unwrap_or_default();
                p.finish(&c)?;
                p.end()?;
                let mut k = GroupCriteria::new(kinds, level);
                k.parent = parent;
                criteria = Some(k);
            }
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut g = AgencyGroup::new(id, p.req_text(&e, "name", name)?);
    g.members = members;
    g.criteria = criteria;
    g.sources = sources;
    Ok(g)
}

pub(super) fn read_official(p: &mut Parser<'_>, mut e: Elem) -> Result<Official> {
    let id = p.id(&mut e, "id")?;
    p.finish(&e)?;
    let (mut name, mut positions, mut sources) = (None, Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.plain_once(c, &mut name)?,
            "position" => {
                let agency = p.opt_id(&mut c, "agency")?;
                let from = p.opt_date(&mut c, "from")?;
                let until = p.opt_date(&mut c, "until")?;
                let attested = p.opt_date(&mut c, "attested")?;
                p.finish(&c)?;
                let title = p.lang_children("title")?;
                let mut pos = Position::new(p.req_text(&c, "title", title)?, agency);
                pos.from = from;
                pos.until = until;
                pos.attested = attested;
                positions.push(pos);
            }
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let name = name.ok_or_else(|| {
        p.error(
            ErrorCategory::Data,
            e.start,
            &e.path,
            "missing <name> in <official>",
        )
    })?;
    let mut o = Official::new(id, name);
    o.positions = positions;
    o.sources = sources;
    Ok(o)
}

pub(super) fn read_meeting(p: &mut Parser<'_>, mut e: Elem) -> Result<Meeting> {
    let id = p.id(&mut e, "id")?;
    let kind = p.vocab(&mut e, "kind")?;
    let date = p.date(&mut e, "date")?;
    let end_date = p.opt_date(&mut e, "end-date")?;
    let host = p.opt_id(&mut e, "host")?;
    let chair = p.opt_id(&mut e, "chair")?;
    p.finish(&e)?;
    let mut title = TextAcc::default();
    let mut summary = TextAcc::default();
    let mut theme = TextAcc::default();
    let mut place = None;
    let mut attendees = Vec::new();
    let mut counts = None;
    let mut inferred = Vec::new();
    let mut sources = Vec::new();
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "place" => p.plain_once(c, &mut place)?,
            "attendee" => {
                let mut a = Attendee::default();
                a.official = p.opt_id(&mut c, "official")?;
                a.agency = p.opt_id(&mut c, "agency")?;
                p.finish(&c)?;
                let role = p.lang_children("role")?;
                a.role = p.opt_text(&c, "role", role)?;
                attendees.push(a);
            }
            "counts" => {
                p.once(&counts, &c)?;
                let mut k = chidao_model::MeetingCounts::default();
                k.participants = p.opt_int(&mut c, "participants")?;
                k.connection_points = p.opt_int(&mut c, "connection-points")?;
                k.petitions = p.opt_int(&mut c, "petitions")?;
                k.speakers = p.opt_int(&mut c, "speakers")?;
                p.finish(&c)?;
                p.end()?;
                counts = Some(k);
            }
            "summary" => p.lang_text(c, &mut summary)?,
            "theme" => p.lang_text(c, &mut theme)?,
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut m = Meeting::new(id, p.req_text(&e, "title", title)?, kind, date);
    m.end_date = end_date;
    m.place = place;
    m.host = host;
    m.chair = chair;
    m.attendees = attendees;
    m.counts = counts.unwrap_or_default();
    m.summary = p.opt_text(&e, "summary", summary)?;
    m.theme = p.opt_text(&e, "theme", theme)?;
    m.inferred = inferred;
    m.sources = sources;
    Ok(m)
}

/// `<inferred field="lead"><note xml:lang="vi">…</note></inferred>`: a field whose value is
/// inferred, with what the source does say.
fn read_inference(p: &mut Parser<'_>, mut e: Elem) -> Result<Inference> {
    let (field, _) = p.req(&mut e, "field")?;
    p.finish(&e)?;
    let note = p.lang_children("note")?;
    Ok(Inference::new(field, p.req_text(&e, "note", note)?))
}

fn parse_month(s: &str) -> Result<YearMonth, String> {
    s.parse()
        .map_err(|e: chidao_model::MonthError| e.to_string())
}

pub(super) fn read_directive(p: &mut Parser<'_>, mut e: Elem) -> Result<Directive> {
    let id = p.id(&mut e, "id")?;
    let number = p
        .attr(&mut e, "number")
        .map(|(v, _)| chidao_model::DocumentNumber::lenient(v));
    let document_type = p.vocab(&mut e, "document-type")?;
    let issuer = p.id(&mut e, "issuer")?;
    let date = p.opt_date(&mut e, "date")?;
    let issue_month = p.opt_with(&mut e, "issue-month", parse_month)?;
    let conclusions_of = p.opt_id(&mut e, "conclusions-of")?;
    let meeting = p.opt_id(&mut e, "meeting")?;
    let draft = p.flag(&mut e, "draft")?;
    p.finish(&e)?;
    let mut subject = TextAcc::default();
    let mut place = None;
    let mut signer = None;
    let (mut recipients, mut references, mut projects, mut sources) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut inferred = Vec::new();
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "subject" => p.lang_text(c, &mut subject)?,
            "place" => p.plain_once(c, &mut place)?,
            "signer" => {
                p.once(&signer, &c)?;
                let official = p.id(&mut c, "official")?;
                let authority = p.vocab(&mut c, "authority")?;
                p.finish(&c)?;
                let (mut for_title, mut title) = (TextAcc::default(), TextAcc::default());
                while let Some(t) = p.child()? {
                    match t.name.as_str() {
                        "for-title" => p.lang_text(t, &mut for_title)?,
                        "title" => p.lang_text(t, &mut title)?,
                        _ => return Err(p.unexpected(&t)),
                    }
                }
                let mut s = Signature::new(official, authority, p.req_text(&c, "title", title)?);
                s.for_title = p.opt_text(&c, "for-title", for_title)?;
                signer = Some(s);
            }
            "recipient" => recipients.push(p.reference(c)?),
            "reference" => references.push(p.reference(c)?),
            "project" => projects.push(p.reference(c)?),
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut d = Directive::new(
        id,
        document_type,
        issuer,
        p.req_text(&e, "subject", subject)?,
    );
    d.number = number;
    d.date = date;
    d.issue_month = issue_month;
    d.place = place;
    d.conclusions_of = conclusions_of;
    d.signer = signer;
    d.meeting = meeting;
    d.recipients = recipients;
    d.references = references;
    d.projects = projects;
    d.draft = draft;
    d.inferred = inferred;
    d.sources = sources;
    Ok(d)
}

/// `<extension effective="…" decision="…">`: a deadline in force from a day, with the
/// decision and the reason.
fn read_extension(p: &mut Parser<'_>, mut e: Elem) -> Result<Extension> {
    let effective = p.date(&mut e, "effective")?;
    let decision = p.opt_id(&mut e, "decision")?;
    p.finish(&e)?;
    let (mut deadline, mut as_written, mut reason) = (None, None, TextAcc::default());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "deadline" => {
                p.once(&deadline, &c)?;
                deadline = Some(read_deadline(p, c)?);
            }
            "decision-as-written" => p.plain_once(c, &mut as_written)?,
            "reason" => p.lang_text(c, &mut reason)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut x = Extension::new(effective, deadline.unwrap_or_default());
    x.decision = decision;
    x.decision_as_written = as_written;
    x.reason = p.opt_text(&e, "reason", reason)?;
    Ok(x)
}

/// `<reassignment effective="…" lead="…" decision="…">`: a lead in force from a day.
fn read_reassignment(p: &mut Parser<'_>, mut e: Elem) -> Result<Reassignment> {
    let effective = p.date(&mut e, "effective")?;
    let lead = p.id(&mut e, "lead")?;
    let decision = p.opt_id(&mut e, "decision")?;
    p.finish(&e)?;
    let (mut as_written, mut reason) = (None, TextAcc::default());
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "decision-as-written" => p.plain_once(c, &mut as_written)?,
            "reason" => p.lang_text(c, &mut reason)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut r = Reassignment::new(effective, lead);
    r.decision = decision;
    r.decision_as_written = as_written;
    r.reason = p.opt_text(&e, "reason", reason)?;
    Ok(r)
}

pub(super) fn read_task(p: &mut Parser<'_>, mut e: Elem) -> Result<Task> {
    let id = p.id(&mut e, "id")?;
    let directive = p.id(&mut e, "directive")?;
    let (item, _) = p.req(&mut e, "item")?;
    let lead = p.opt_id(&mut e, "lead")?;
    let assigned_on = p.opt_date(&mut e, "assigned-on")?;
    let completed_on = p.opt_date(&mut e, "completed-on")?;
    p.finish(&e)?;
    let (mut title, mut description) = (TextAcc::default(), TextAcc::default());
    let mut deadline = None;
    let mut output = None;
    let mut halt = None;
    let mut inferred = Vec::new();
    let mut references = Vec::new();
    let mut extensions = Vec::new();
    let mut reassignments = Vec::new();
    let (mut coordinating, mut projects, mut indicators, mut progress, mut sources) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "title" => p.lang_text(c, &mut title)?,
            "description" => p.lang_text(c, &mut description)?,
            "coordinating" => coordinating.push(p.reference(c)?),
            "deadline" => {
                p.once(&deadline, &c)?;
                deadline = Some(read_deadline(p, c)?);
            }
            "extension" => extensions.push(read_extension(p, c)?),
            "reassignment" => reassignments.push(read_reassignment(p, c)?),
            "output" => {
                p.once(&output, &c)?;
                let mut o = ExpectedOutput::new(p.vocab(&mut c, "kind")?);
                o.recipient = p.opt_id(&mut c, "recipient")?;
                p.finish(&c)?;
                let desc = p.lang_children("description")?;
                o.description = p.opt_text(&c, "description", desc)?;
                output = Some(o);
            }
            "project" => projects.push(p.reference(c)?),
            "reference" => references.push(p.reference(c)?),
            "indicator" => indicators.push(p.reference(c)?),
            "progress" => {
                let date = p.date(&mut c, "date")?;
                let percent = p.opt_int(&mut c, "percent")?;
                p.finish(&c)?;
                let note = p.lang_children("note")?;
                progress.push(ProgressUpdate::new(
                    date,
                    percent,
                    p.req_text(&c, "note", note)?,
                ));
            }
            "halt" => {
                p.once(&halt, &c)?;
                let mut h = Halt::new(p.vocab(&mut c, "kind")?, p.opt_date(&mut c, "date")?);
                p.finish(&c)?;
                let reason = p.lang_children("reason")?;
                h.reason = p.opt_text(&c, "reason", reason)?;
                halt = Some(h);
            }
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut t = Task::new(id, directive, item, p.req_text(&e, "title", title)?);
    t.description = p.opt_text(&e, "description", description)?;
    t.lead = lead;
    t.coordinating = coordinating;
    t.assigned_on = assigned_on;
    t.deadline = deadline.unwrap_or_default();
    t.output = output;
    t.projects = projects;
    t.indicators = indicators;
    t.progress = progress;
    t.completed_on = completed_on;
    t.halt = halt;
    t.reassignments = reassignments;
    t.extensions = extensions;
    t.references = references;
    t.inferred = inferred;
    t.sources = sources;
    Ok(t)
}

fn read_target(p: &mut Parser<'_>, mut e: Elem) -> Result<Target> {
    let (kind, off) = p.req(&mut e, "kind")?;
    let target = match kind.as_str() {
        "exact" => Target::Exact {
            value: p.decimal(&mut e, "value")?,
        },
        "range" => Target::Range {
            min: p.decimal(&mut e, "min")?,
            max: p.decimal(&mut e, "max")?,
        },
        "at_least" => Target::AtLeast {
            value: p.decimal(&mut e, "value")?,
        },
        "at_most" => Target::AtMost {
            value: p.decimal(&mut e, "value")?,
        },
        "about" => Target::About {
            value: p.decimal(&mut e, "value")?,
        },
        "qualitative" => {
            p.finish(&e)?;
            let text = p.lang_children("text")?;
            return Ok(Target::Qualitative {
                text: p.req_text(&e, "text", text)?,
            });
        }
        other => {
            return Err(p.attr_error(&e, off, "kind", format!("unknown target kind `{other}`")));
        }
    };
    p.finish(&e)?;
    p.end()?;
    Ok(target)
}

fn read_year(p: &mut Parser<'_>, mut e: Elem) -> Result<IndicatorYear> {
    let mut y = IndicatorYear::new(p.int(&mut e, "year")?);
    y.stated_assessment = p.opt_vocab(&mut e, "stated-assessment")?;
    p.finish(&e)?;
    let (mut qualitative, mut note) = (TextAcc::default(), TextAcc::default());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "target" => {
                p.once(&y.target, &c)?;
                y.target = Some(read_target(p, c)?);
            }
            "target-as-written" => p.plain_once(c, &mut y.target_as_written)?,
            "figure" => {
                p.once(&y.figure, &c)?;
                let kind = p.vocab(&mut c, "kind")?;
                let value = p.decimal(&mut c, "value")?;
                p.finish(&c)?;
                p.end()?;
                y.figure = Some(Figure::new(kind, value));
            }
            "qualitative-result" => p.lang_text(c, &mut qualitative)?,
            "note" => p.lang_text(c, &mut note)?,
            "inferred" => y.inferred.push(read_inference(p, c)?),
            "source" => y.sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    y.qualitative_result = p.opt_text(&e, "qualitative-result", qualitative)?;
    y.note = p.opt_text(&e, "note", note)?;
    Ok(y)
}

pub(super) fn read_indicator(p: &mut Parser<'_>, mut e: Elem) -> Result<Indicator> {
    let id = p.id(&mut e, "id")?;
    let group = p.vocab(&mut e, "group")?;
    let measure = p.vocab(&mut e, "measure")?;
    let unit = p.opt_vocab(&mut e, "unit")?;
    let polarity = p.vocab(&mut e, "polarity")?;
    p.finish(&e)?;
    let mut name = TextAcc::default();
    let (mut baseline, mut years, mut sources) = (None, Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "baseline" => {
                p.once(&baseline, &c)?;
                let year = p.int(&mut c, "year")?;
                let value = p.decimal(&mut c, "value")?;
                p.finish(&c)?;
                p.end()?;
                baseline = Some(Baseline::new(year, value));
            }
            "indicator-year" => years.push(read_year(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut i = Indicator::new(
        id,
        p.req_text(&e, "name", name)?,
        group,
        measure,
        unit,
        polarity,
    );
    i.baseline = baseline;
    i.years = years;
    i.sources = sources;
    Ok(i)
}

pub(super) fn read_project(p: &mut Parser<'_>, mut e: Elem) -> Result<Project> {
    let id = p.id(&mut e, "id")?;
    let sector = p.vocab(&mut e, "sector")?;
    let investment_form = p.opt_vocab(&mut e, "investment-form")?;
    let owner = p.opt_id(&mut e, "owner")?;
    let total = p.opt_int(&mut e, "total-investment-vnd")?;
    let start: Option<i32> = p.opt_int(&mut e, "period-start")?;
    let end: Option<i32> = p.opt_int(&mut e, "period-end")?;
    let phase = p.opt_vocab(&mut e, "phase")?;
    let period = match (start, end) {
        (Some(start), Some(end)) => Some(YearSpan { start, end }),
        (None, None) => None,
        _ => {
            return Err(p.error(
                ErrorCategory::Data,
                e.start,
                &e.path,
                "attributes `period-start` and `period-end` go together",
            ));
        }
    };
    p.finish(&e)?;
    let mut name = TextAcc::default();
    let mut inferred = Vec::new();
    let mut partners = Vec::new();
    let (mut investor, mut locations, mut milestones, mut sources) =
        (None, Vec::new(), Vec::new(), Vec::new());
    while let Some(mut c) = p.child()? {
        match c.name.as_str() {
            "name" => p.lang_text(c, &mut name)?,
            "investor" => p.plain_once(c, &mut investor)?,
            "location" => {
                let en = p.attr(&mut c, "en").map(|(v, _)| v);
                let vi = p.plain(c)?;
                locations.push(Text { vi, en });
            }
            "partner" => partners.push(p.reference(c)?),
            "milestone" => {
                let date = p.opt_date(&mut c, "date")?;
                let reached = p.flag(&mut c, "reached")?;
                p.finish(&c)?;
                let title = p.lang_children("title")?;
                milestones.push(Milestone::new(
                    p.req_text(&c, "title", title)?,
                    date,
                    reached,
                ));
            }
            "inferred" => inferred.push(read_inference(p, c)?),
            "source" => sources.push(p.reference(c)?),
            _ => return Err(p.unexpected(&c)),
        }
    }
    let mut pr = Project::new(id, p.req_text(&e, "name", name)?, sector);
    pr.investment_form = investment_form;
    pr.investor = investor;
    pr.owner = owner;
    pr.locations = locations;
    pr.partners = partners;
    pr.total_investment_vnd = total;
    pr.period = period;
    pr.phase = phase;
    pr.milestones = milestones;
    pr.inferred = inferred;
    pr.sources = sources;
    Ok(pr)
}
