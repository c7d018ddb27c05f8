//! The streaming writer: one pass over the dataset, events straight to the output, no tree.

use std::fmt::Write as _;

use std::io::Write;

use chidao_model::{
    Agency, AgencyGroup, Dataset, Deadline, DeadlineTerm, Decimal, Directive, ExportError,
    ExportErrorKind, Indicator, IndicatorYear, Inference, Meeting, NaiveDate, Official, Project,
    Source, Target, Task, Text,
};
use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::name::QName;

use crate::NAMESPACE;

type Res = Result<(), ExportError>;

/// Whether `c` is a character XML 1.0 allows (production `Char`).
pub(crate) fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Text content: `&`, `<`, `>` as entities, carriage returns as character references so that
/// they survive end-of-line normalisation.
fn escape_text(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
}

/// Attribute values: also `"`, and tab, line feed and carriage return as character references
/// so that they survive attribute-value normalisation.
fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn format_decimal(d: Decimal) -> String {
    d.normalize().to_string()
}

/// One step of the path to the field being written, for error messages.
#[derive(Clone, Copy)]
enum Seg {
    Name(&'static str),
    Item(&'static str, usize),
}

/// Attributes of one start tag, escaped as they are added.
#[derive(Default)]
struct Attrs(Vec<(&'static str, String)>, Option<String>);

impl Attrs {
    fn new() -> Self {
        Attrs::default()
    }
    fn add(&mut self, key: &'static str, value: impl AsRef<str>) -> &mut Self {
        self.0.push((key, escape_attr(value.as_ref())));
        self
    }
    fn opt(&mut self, key: &'static str, value: Option<impl AsRef<str>>) -> &mut Self {
        if let Some(v) = value {
            self.add(key, v);
        }
        self
    }
    /// A date in the one grammar of [`chidao_model::parse_date`]; a date it cannot write (a
    /// year past 9999) is kept as the attributes' error, reported when they are written.
    fn date(&mut self, key: &'static str, value: Option<NaiveDate>) -> &mut Self {
        match value.map(chidao_model::format_date) {
            Some(Ok(text)) => self.add(key, text),
            Some(Err(e)) => {
                self.1.get_or_insert(format!("{key}: {e}"));
                self
            }
            None => self,
        }
    }
    fn num(&mut self, key: &'static str, value: Option<impl ToString>) -> &mut Self {
        self.opt(key, value.map(|v| v.to_string()))
    }
}

pub(crate) struct XmlWriter<W: Write> {
    out: quick_xml::Writer<W>,
    depth: usize,
    record: String,
    path: Vec<Seg>,
    scratch: String,
}

impl<W: Write> XmlWriter<W> {
    pub(crate) fn new(inner: W) -> Self {
        XmlWriter {
            out: quick_xml::Writer::new(inner),
            depth: 0,
            record: String::new(),
            path: Vec::new(),
            scratch: String::new(),
        }
    }

    pub(crate) fn into_inner(self) -> W {
        self.out.into_inner()
    }

    fn event(&mut self, event: Event<'_>) -> Res {
        self.out.write_event(event).map_err(ExportError::io)
    }

    fn newline(&mut self) -> Res {
        self.scratch.clear();
        self.scratch.push('\n');
        for _ in 0..self.depth {
            self.scratch.push_str("  ");
        }
        let text = std::mem::take(&mut self.scratch);
        let r = self.event(Event::Text(BytesText::from_escaped(text.as_str())));
        self.scratch = text;
        r
    }

    /// Refuses attributes that hold a value the reader could not read back.
    fn check_attrs(&self, attrs: &Attrs) -> Res {
        match &attrs.1 {
            None => Ok(()),
            Some(why) => Err(ExportError::new(
                ExportErrorKind::InvalidData,
                format!("{} attribute {why}", self.record),
            )),
        }
    }

    fn start_tag<'a>(name: &'a str, attrs: &'a Attrs) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for (k, v) in &attrs.0 {
            start.push_attribute(Attribute {
                key: QName(k),
                value: v.as_str().into(),
            });
        }
        start
    }

    /// Opens an element with element content.
    fn open(&mut self, name: &str, attrs: &Attrs) -> Res {
        self.check_attrs(attrs)?;
        self.newline()?;
        self.event(Event::Start(Self::start_tag(name, attrs)))?;
        self.depth += 1;
        Ok(())
    }

    fn close(&mut self, name: &str) -> Res {
        self.depth -= 1;
        self.newline()?;
        self.event(Event::End(BytesEnd::new(name)))
    }

    fn empty(&mut self, name: &str, attrs: &Attrs) -> Res {
        self.check_attrs(attrs)?;
        self.newline()?;
        self.event(Event::Empty(Self::start_tag(name, attrs)))
    }

    /// An element holding only text; the text is checked against XML 1.0 under `field`.
    fn leaf(&mut self, name: &str, attrs: &Attrs, field: &str, text: &str) -> Res {
        self.check_attrs(attrs)?;
        self.check(field, text)?;
        self.newline()?;
        self.event(Event::Start(Self::start_tag(name, attrs)))?;
        let mut escaped = String::with_capacity(text.len());
        escape_text(text, &mut escaped);
        self.event(Event::Text(BytesText::from_escaped(escaped)))?;
        self.event(Event::End(BytesEnd::new(name)))
    }

    /// Refuses text holding a character XML 1.0 forbids, or longer than the reader accepts
    /// ([`MAX_TEXT_LEN`](crate::MAX_TEXT_LEN)), naming the record and field.
    fn check(&self, field: &str, value: &str) -> Res {
        let too_long = value.len() > crate::MAX_TEXT_LEN;
        let bad = value.chars().find(|&c| !is_xml_char(c));
        if !too_long && bad.is_none() {
            return Ok(());
        }
        let mut parts: Vec<String> = self
            .path
            .iter()
            .map(|seg| match seg {
                Seg::Name(n) => (*n).to_owned(),
                Seg::Item(n, i) => format!("{n}[{i}]"),
            })
            .collect();
        if !field.is_empty() {
            parts.push(field.to_owned());
        }
        let path = parts.join(".");
        let why = match bad {
            Some(bad) => format!("character U+{:04X} is not allowed in XML 1.0", bad as u32),
            None => format!(
                "text of {} bytes is over the limit of {} bytes the XML reader accepts",
                value.len(),
                crate::MAX_TEXT_LEN
            ),
        };
        Err(ExportError::new(
            ExportErrorKind::InvalidData,
            format!("{} field {path}: {why}", self.record),
        ))
    }

    fn with<T>(
        &mut self,
        seg: Seg,
        f: impl FnOnce(&mut Self) -> Result<T, ExportError>,
    ) -> Result<T, ExportError> {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    /// Bilingual text: one element per language, each with `xml:lang`.
    fn text(&mut self, name: &'static str, field: &'static str, text: &Text) -> Res {
        self.with(Seg::Name(field), |w| {
            let mut vi = Attrs::new();
            vi.add("xml:lang", "vi");
            w.leaf(name, &vi, "vi", &text.vi)?;
            if let Some(en) = &text.en {
                let mut a = Attrs::new();
                a.add("xml:lang", "en");
                w.leaf(name, &a, "en", en)?;
            }
            Ok(())
        })
    }

    fn opt_text(&mut self, name: &'static str, field: &'static str, text: Option<&Text>) -> Res {
        match text {
            Some(t) => self.text(name, field, t),
            None => Ok(()),
        }
    }

    fn plain(&mut self, name: &'static str, field: &'static str, text: Option<&str>) -> Res {
        match text {
            Some(t) => self.leaf(name, &Attrs::new(), field, t),
            None => Ok(()),
        }
    }

    /// The fields of a record whose values are inferred, each with its note.
    fn inferred(&mut self, inferred: &[Inference]) -> Res {
        for (i, inference) in inferred.iter().enumerate() {
            self.with(Seg::Item("inferred", i), |w| {
                let mut a = Attrs::new();
                a.add("field", &inference.field);
                w.open("inferred", &a)?;
                w.text("note", "note", &inference.note)?;
                w.close("inferred")
            })?;
        }
        Ok(())
    }

    fn refs<'a, I: AsRef<str> + 'a>(
        &mut self,
        name: &str,
        ids: impl IntoIterator<Item = &'a I>,
    ) -> Res {
        for id in ids {
            let mut a = Attrs::new();
            a.add("ref", id.as_ref());
            self.empty(name, &a)?;
        }
        Ok(())
    }

    fn begin_record(&mut self, list: &str, index: usize, id: &str) {
        self.record.clear();
        let _ = write!(self.record, "{list}[{index}] (id {id})");
        self.path.clear();
    }

    /// Writes the whole document.
    pub(crate) fn dataset(&mut self, ds: &Dataset) -> Res {
        self.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        self.record.clear();
        self.record.push_str("dataset");
        self.check("format_version", ds.format_version())?;
        let mut a = Attrs::new();
        a.add("xmlns", NAMESPACE)
            .add("format-version", ds.format_version());
        self.open("dataset", &a)?;
        self.opt_text("title", "title", ds.title())?;
        self.list("sources", ds.sources(), Self::source, |r| r.id.as_str())?;
        self.list("agencies", ds.agencies(), Self::agency, |r| r.id.as_str())?;
        self.list("agency-groups", ds.agency_groups(), Self::group, |r| {
            r.id.as_str()
        })?;
        self.list("officials", ds.officials(), Self::official, |r| {
            r.id.as_str()
        })?;
        self.list("meetings", ds.meetings(), Self::meeting, |r| r.id.as_str())?;
        self.list("directives", ds.directives(), Self::directive, |r| {
            r.id.as_str()
        })?;
        self.list("tasks", ds.tasks(), Self::task, |r| r.id.as_str())?;
        self.list("indicators", ds.indicators(), Self::indicator, |r| {
            r.id.as_str()
        })?;
        self.list("projects", ds.projects(), Self::project, |r| r.id.as_str())?;
        self.close("dataset")?;
        self.event(Event::Text(BytesText::from_escaped("\n")))
    }

    fn list<T>(
        &mut self,
        container: &'static str,
        records: &[T],
        mut write: impl FnMut(&mut Self, &T) -> Res,
        id: impl Fn(&T) -> &str,
    ) -> Res {
        if records.is_empty() {
            return Ok(());
        }
        let field = container.replace('-', "_");
        self.open(container, &Attrs::new())?;
        for (i, r) in records.iter().enumerate() {
            self.begin_record(&field, i, id(r));
            write(self, r)?;
        }
        self.close(container)
    }

    fn source(&mut self, s: &Source) -> Res {
        let mut a = Attrs::new();
        a.add("id", &s.id)
            .add("kind", s.kind.code())
            .date("published", s.published);
        self.open("source", &a)?;
        self.text("title", "title", &s.title)?;
        self.plain("publisher", "publisher", s.publisher.as_deref())?;
        self.plain("locator", "locator", s.locator.as_deref())?;
        self.close("source")
    }

    fn agency(&mut self, r: &Agency) -> Res {
        if let Some(code) = &r.code {
            self.check("code", code.as_str())?;
        }
        let mut a = Attrs::new();
        a.add("id", &r.id)
            .add("kind", r.kind.code())
            .add("level", r.level.code())
            .opt("parent", r.parent.as_ref())
            .opt("code", r.code.as_ref().map(|c| c.as_str()))
            .opt("established-by", r.established_by.as_ref());
        self.open("agency", &a)?;
        self.text("name", "name", &r.name)?;
        self.plain("abbreviation", "abbreviation", r.abbreviation.as_deref())?;
        for (i, alias) in r.aliases.iter().enumerate() {
            self.with(Seg::Item("aliases", i), |w| {
                w.leaf("alias", &Attrs::new(), "", alias)
            })?;
        }
        self.refs("source", &r.sources)?;
        self.close("agency")
    }

    fn group(&mut self, g: &AgencyGroup) -> Res {
        let mut a = Attrs::new();
        a.add("id", &g.id);
        self.open("agency-group", &a)?;
        self.text("name", "name", &g.name)?;
        self.refs("member", &g.members)?;
        if let Some(c) = &g.criteria {
            let mut a = Attrs::new();
            a.opt("level", c.level.map(|l| l.code()))
                .opt("parent", c.parent.as_ref());
            if !c.kinds.is_empty() {
                let kinds: Vec<&str> = c.kinds.iter().map(|k| k.code()).collect();
                a.add("kinds", kinds.join(" "));
            }
            self.empty("criteria", &a)?;
        }
        self.refs("source", &g.sources)?;
        self.close("agency-group")
    }

    fn official(&mut self, o: &Official) -> Res {
        let mut a = Attrs::new();
        a.add("id", &o.id);
        self.open("official", &a)?;
        self.leaf("name", &Attrs::new(), "name", &o.name)?;
        for (i, p) in o.positions.iter().enumerate() {
            self.with(Seg::Item("positions", i), |w| {
                let mut a = Attrs::new();
                a.opt("agency", p.agency.as_ref())
                    .date("from", p.from)
                    .date("until", p.until)
                    .date("attested", p.attested);
                w.open("position", &a)?;
                w.text("title", "title", &p.title)?;
                w.close("position")
            })?;
        }
        self.refs("source", &o.sources)?;
        self.close("official")
    }

    fn meeting(&mut self, m: &Meeting) -> Res {
        let mut a = Attrs::new();
        a.add("id", &m.id)
            .add("kind", m.kind.code())
            .date("date", Some(m.date))
            .date("end-date", m.end_date)
            .opt("host", m.host.as_ref())
            .opt("chair", m.chair.as_ref());
        self.open("meeting", &a)?;
        self.text("title", "title", &m.title)?;
        self.plain("place", "place", m.place.as_deref())?;
        for (i, at) in m.attendees.iter().enumerate() {
            self.with(Seg::Item("attendees", i), |w| {
                let mut a = Attrs::new();
                a.opt("official", at.official.as_ref())
                    .opt("agency", at.agency.as_ref());
                match &at.role {
                    Some(role) => {
                        w.open("attendee", &a)?;
                        w.text("role", "role", role)?;
                        w.close("attendee")
                    }
                    None => w.empty("attendee", &a),
                }
            })?;
        }
        if !m.counts.is_empty() {
            let c = &m.counts;
            let mut a = Attrs::new();
            a.num("participants", c.participants)
                .num("connection-points", c.connection_points)
                .num("petitions", c.petitions)
                .num("speakers", c.speakers);
            self.empty("counts", &a)?;
        }
        self.opt_text("summary", "summary", m.summary.as_ref())?;
        self.opt_text("theme", "theme", m.theme.as_ref())?;
        self.inferred(&m.inferred)?;
        self.refs("source", &m.sources)?;
        self.close("meeting")
    }

    fn directive(&mut self, d: &Directive) -> Res {
        if let Some(n) = &d.number {
            self.check("number", n.as_str())?;
        }
        let mut a = Attrs::new();
        a.add("id", &d.id)
            .opt("number", d.number.as_ref().map(|n| n.as_str()))
            .add("document-type", d.document_type.code())
            .add("issuer", &d.issuer)
            .date("date", d.date)
            .opt("issue-month", d.issue_month.map(|m| m.to_string()))
            .opt("conclusions-of", d.conclusions_of.as_ref())
            .opt("meeting", d.meeting.as_ref());
        if d.draft {
            a.add("draft", "true");
        }
        self.open("directive", &a)?;
        self.text("subject", "subject", &d.subject)?;
        self.plain("place", "place", d.place.as_deref())?;
        if let Some(s) = &d.signer {
            self.with(Seg::Name("signer"), |w| {
                let mut a = Attrs::new();
                a.add("official", &s.official)
                    .add("authority", s.authority.code());
                w.open("signer", &a)?;
                w.opt_text("for-title", "for_title", s.for_title.as_ref())?;
                w.text("title", "title", &s.title)?;
                w.close("signer")
            })?;
        }
        self.refs("recipient", &d.recipients)?;
        self.refs("reference", &d.references)?;
        self.refs("project", &d.projects)?;
        self.inferred(&d.inferred)?;
        self.refs("source", &d.sources)?;
        self.close("directive")
    }

    fn deadline(&mut self, d: &Deadline) -> Res {
        if d.term == DeadlineTerm::None && d.as_written.is_none() && d.stated_due.is_none() {
            return Ok(());
        }
        let mut a = Attrs::new();
        let mut event = None;
        match &d.term {
            DeadlineTerm::OnDate { date } => {
                a.add("kind", "on_date").date("date", Some(*date));
            }
            DeadlineTerm::Month { year, month } => {
                a.add("kind", "month")
                    .num("year", Some(year))
                    .num("month", Some(month));
            }
            DeadlineTerm::Quarter { year, quarter } => {
                a.add("kind", "quarter")
                    .num("year", Some(year))
                    .num("quarter", Some(quarter));
            }
            DeadlineTerm::HalfYear { year, half } => {
                a.add("kind", "half_year")
                    .num("year", Some(year))
                    .num("half", Some(half));
            }
            DeadlineTerm::Year { year } => {
                a.add("kind", "year").num("year", Some(year));
            }
            DeadlineTerm::Within {
                amount,
                unit,
                start,
            } => {
                a.add("kind", "within")
                    .num("amount", Some(amount))
                    .add("unit", unit.code())
                    .date("start", *start);
            }
            DeadlineTerm::None => {
                a.add("kind", "none");
            }
            DeadlineTerm::Recurring { frequency, anchor } => {
                a.add("kind", "recurring")
                    .add("frequency", frequency.code());
                if let Some(anchor) = anchor {
                    a.num("day", anchor.day)
                        .num("month", anchor.month)
                        .opt("weekday", anchor.weekday.map(|w| w.code()));
                }
            }
            DeadlineTerm::Urgent => {
                a.add("kind", "urgent");
            }
            DeadlineTerm::Conditional { relation, event: e } => {
                a.add("kind", "conditional")
                    .add("relation", relation.code());
                event = Some(e);
            }
            other => {
                return Err(ExportError::new(
                    ExportErrorKind::InvalidData,
                    format!(
                        "{} field deadline: unsupported deadline term {other:?}",
                        self.record
                    ),
                ));
            }
        }
        a.date("due", d.written_due());
        self.with(Seg::Name("deadline"), |w| {
            if event.is_none() && d.as_written.is_none() {
                return w.empty("deadline", &a);
            }
            w.open("deadline", &a)?;
            w.plain("event", "event", event.map(String::as_str))?;
            w.plain("as-written", "as_written", d.as_written.as_deref())?;
            w.close("deadline")
        })
    }

    fn task(&mut self, t: &Task) -> Res {
        self.check("item", &t.item)?;
        let mut a = Attrs::new();
        a.add("id", &t.id)
            .add("directive", &t.directive)
            .add("item", &t.item)
            .opt("lead", t.lead.as_ref())
            .date("assigned-on", t.assigned_on)
            .date("completed-on", t.completed_on);
        self.open("task", &a)?;
        self.text("title", "title", &t.title)?;
        self.opt_text("description", "description", t.description.as_ref())?;
        self.refs("coordinating", &t.coordinating)?;
        self.deadline(&t.deadline)?;
        for (i, e) in t.extensions.iter().enumerate() {
            self.with(Seg::Item("extensions", i), |w| {
                let mut a = Attrs::new();
                a.date("effective", Some(e.effective))
                    .opt("decision", e.decision.as_ref());
                w.open("extension", &a)?;
                w.deadline(&e.deadline)?;
                w.plain(
                    "decision-as-written",
                    "decision_as_written",
                    e.decision_as_written.as_deref(),
                )?;
                w.opt_text("reason", "reason", e.reason.as_ref())?;
                w.close("extension")
            })?;
        }
        for (i, r) in t.reassignments.iter().enumerate() {
            self.with(Seg::Item("reassignments", i), |w| {
                let mut a = Attrs::new();
                a.date("effective", Some(r.effective))
                    .add("lead", &r.lead)
                    .opt("decision", r.decision.as_ref());
                w.open("reassignment", &a)?;
                w.plain(
                    "decision-as-written",
                    "decision_as_written",
                    r.decision_as_written.as_deref(),
                )?;
                w.opt_text("reason", "reason", r.reason.as_ref())?;
                w.close("reassignment")
            })?;
        }
        if let Some(o) = &t.output {
            self.with(Seg::Name("output"), |w| {
                let mut a = Attrs::new();
                a.add("kind", o.kind.code())
                    .opt("recipient", o.recipient.as_ref());
                match &o.description {
                    Some(d) => {
                        w.open("output", &a)?;
                        w.text("description", "description", d)?;
                        w.close("output")
                    }
                    None => w.empty("output", &a),
                }
            })?;
        }
        self.refs("project", &t.projects)?;
        self.refs("reference", &t.references)?;
        self.refs("indicator", &t.indicators)?;
        for (i, p) in t.progress.iter().enumerate() {
            self.with(Seg::Item("progress", i), |w| {
                let mut a = Attrs::new();
                a.date("date", Some(p.date)).num("percent", p.percent);
                w.open("progress", &a)?;
                w.text("note", "note", &p.note)?;
                w.close("progress")
            })?;
        }
        if let Some(h) = &t.halt {
            self.with(Seg::Name("halt"), |w| {
                let mut a = Attrs::new();
                a.add("kind", h.kind.code()).date("date", h.date);
                match &h.reason {
                    Some(r) => {
                        w.open("halt", &a)?;
                        w.text("reason", "reason", r)?;
                        w.close("halt")
                    }
                    None => w.empty("halt", &a),
                }
            })?;
        }
        self.inferred(&t.inferred)?;
        self.refs("source", &t.sources)?;
        self.close("task")
    }

    fn target(&mut self, t: &Target) -> Res {
        let mut a = Attrs::new();
        let dec = |d: &Decimal| format_decimal(*d);
        match t {
            Target::Exact { value } => {
                a.add("kind", "exact").add("value", dec(value));
            }
            Target::Range { min, max } => {
                a.add("kind", "range")
                    .add("min", dec(min))
                    .add("max", dec(max));
            }
            Target::AtLeast { value } => {
                a.add("kind", "at_least").add("value", dec(value));
            }
            Target::AtMost { value } => {
                a.add("kind", "at_most").add("value", dec(value));
            }
            Target::About { value } => {
                a.add("kind", "about").add("value", dec(value));
            }
            Target::Qualitative { text } => {
                a.add("kind", "qualitative");
                self.open("target", &a)?;
                self.with(Seg::Name("target"), |w| w.text("text", "text", text))?;
                return self.close("target");
            }
            other => {
                return Err(ExportError::new(
                    ExportErrorKind::InvalidData,
                    format!("{} field target: unsupported target {other:?}", self.record),
                ));
            }
        }
        self.empty("target", &a)
    }

    fn year(&mut self, y: &IndicatorYear) -> Res {
        let mut a = Attrs::new();
        a.num("year", Some(y.year))
            .opt("stated-assessment", y.stated_assessment.map(|s| s.code()));
        self.open("indicator-year", &a)?;
        if let Some(t) = &y.target {
            self.target(t)?;
        }
        self.plain(
            "target-as-written",
            "target_as_written",
            y.target_as_written.as_deref(),
        )?;
        if let Some(f) = &y.figure {
            let mut a = Attrs::new();
            a.add("kind", f.kind.code())
                .add("value", format_decimal(f.value));
            self.empty("figure", &a)?;
        }
        self.opt_text(
            "qualitative-result",
            "qualitative_result",
            y.qualitative_result.as_ref(),
        )?;
        self.opt_text("note", "note", y.note.as_ref())?;
        self.inferred(&y.inferred)?;
        self.refs("source", &y.sources)?;
        self.close("indicator-year")
    }

    fn indicator(&mut self, ind: &Indicator) -> Res {
        let mut a = Attrs::new();
        a.add("id", &ind.id)
            .add("group", ind.group.code())
            .add("measure", ind.measure.code())
            .opt("unit", ind.unit.map(|u| u.code()))
            .add("polarity", ind.polarity.code());
        self.open("indicator", &a)?;
        self.text("name", "name", &ind.name)?;
        if let Some(b) = &ind.baseline {
            let mut a = Attrs::new();
            a.num("year", Some(b.year))
                .add("value", format_decimal(b.value));
            self.empty("baseline", &a)?;
        }
        for (i, y) in ind.years.iter().enumerate() {
            self.with(Seg::Item("years", i), |w| w.year(y))?;
        }
        self.refs("source", &ind.sources)?;
        self.close("indicator")
    }

    fn project(&mut self, p: &Project) -> Res {
        let mut a = Attrs::new();
        a.add("id", &p.id)
            .add("sector", p.sector.code())
            .opt("investment-form", p.investment_form.map(|f| f.code()))
            .opt("owner", p.owner.as_ref())
            .num("total-investment-vnd", p.total_investment_vnd)
            .num("period-start", p.period.map(|s| s.start))
            .num("period-end", p.period.map(|s| s.end))
            .opt("phase", p.phase.map(|f| f.code()));
        self.open("project", &a)?;
        self.text("name", "name", &p.name)?;
        self.plain("investor", "investor", p.investor.as_deref())?;
        self.refs("partner", &p.partners)?;
        // A place: its Vietnamese name as the content, its English name, where written, in
        // `en` (a place of format 1.1 has no `en`).
        for (i, l) in p.locations.iter().enumerate() {
            self.with(Seg::Item("locations", i), |w| {
                let mut a = Attrs::new();
                a.opt("en", l.en.as_deref());
                w.leaf("location", &a, "vi", &l.vi)
            })?;
        }
        for (i, m) in p.milestones.iter().enumerate() {
            self.with(Seg::Item("milestones", i), |w| {
                let mut a = Attrs::new();
                a.date("date", m.date);
                if m.reached {
                    a.add("reached", "true");
                }
                w.open("milestone", &a)?;
                w.text("title", "title", &m.title)?;
                w.close("milestone")
            })?;
        }
        self.inferred(&p.inferred)?;
        self.refs("source", &p.sources)?;
        self.close("project")
    }
}
