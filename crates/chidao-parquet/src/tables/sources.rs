//! The sources records cite, which record cites which, and the labels of every vocabulary.

use chidao_model::{
    AgencyKind, AgencyLevel, Assessment, Authority, DayOfWeek, DocumentType, EventRelation,
    ExportError, FigureKind, Frequency, HaltKind, IndicatorGroup, Inference, InvestmentForm, Lang,
    Measure, MeetingKind, OutputKind, PeriodUnit, Polarity, ProjectPhase, Sector, Source, SourceId,
    SourceKind, TaskStatus, Unit, Vocabulary,
};

use super::Ctx;
use crate::table::Table;

/// The kinds of record of `record_sources`.
const RECORD_KINDS: &[&str] = &[
    "agency",
    "agency_group",
    "official",
    "meeting",
    "directive",
    "task",
    "indicator",
    "indicator_year",
    "project",
];

/// One row of `record_sources`.
struct Cited<'a> {
    kind: &'static str,
    id: &'a str,
    year: Option<i32>,
    source: &'a str,
}

fn cited<'a>(
    kind: &'static str,
    id: &'a str,
    year: Option<i32>,
    sources: &'a [SourceId],
) -> impl Iterator<Item = Cited<'a>> + 'a {
    sources.iter().map(move |s| Cited {
        kind,
        id,
        year,
        source: s.as_str(),
    })
}

/// One row of `record_inferences`.
struct Inferred<'a> {
    kind: &'static str,
    id: &'a str,
    year: Option<i32>,
    inference: &'a Inference,
}

fn inferred<'a>(
    kind: &'static str,
    id: &'a str,
    year: Option<i32>,
    inferred: &'a [Inference],
) -> impl Iterator<Item = Inferred<'a>> + 'a {
    inferred.iter().map(move |inference| Inferred {
        kind,
        id,
        year,
        inference,
    })
}

/// `record_inferences`: the fields whose values are inferred rather than stated by the
/// record's sources.
fn inferences(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let table = Table::<Inferred<'_>>::new("record_inferences")
        .code("record_kind", RECORD_KINDS, false, |c| Some(c.kind))
        .text("record_id", |c| c.id)
        .int32("year", true, |c| c.year)
        .text("field", |c| c.inference.field.as_str())
        .bilingual(["note_vi", "note_en"], |c| &c.inference.note);
    let rows = ds
        .meetings()
        .iter()
        .flat_map(|m| inferred("meeting", m.id.as_str(), None, &m.inferred))
        .chain(
            ds.directives()
                .iter()
                .flat_map(|d| inferred("directive", d.id.as_str(), None, &d.inferred)),
        )
        .chain(
            ds.tasks()
                .iter()
                .flat_map(|t| inferred("task", t.id.as_str(), None, &t.inferred)),
        )
        .chain(ds.indicators().iter().flat_map(|i| {
            i.years
                .iter()
                .flat_map(|y| inferred("indicator_year", i.id.as_str(), Some(y.year), &y.inferred))
        }))
        .chain(
            ds.projects()
                .iter()
                .flat_map(|p| inferred("project", p.id.as_str(), None, &p.inferred)),
        );
    ctx.links(&table, rows)
}

/// One row of `vocabularies`.
struct Label {
    vocabulary: &'static str,
    seq: usize,
    code: &'static str,
    vi: &'static str,
    en: &'static str,
}

fn labels<V: Vocabulary>() -> impl Iterator<Item = Label> {
    V::ALL.iter().enumerate().map(|(seq, v)| Label {
        vocabulary: V::NAME,
        seq,
        code: v.code(),
        vi: v.label(Lang::Vi),
        en: v.label(Lang::En),
    })
}

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let sources = Table::<&Source>::new("sources")
        .id("source_id", |s| s.id.as_str())
        .bilingual(["title_vi", "title_en"], |s| &s.title)
        .req_vocab("kind", |s| s.kind)
        .opt_text("publisher", |s| s.publisher.as_deref())
        .date("published", |s| s.published)
        .opt_text("locator", |s| s.locator.as_deref());
    ctx.records(&sources, ds.sources())?;

    let table = Table::<Cited<'_>>::new("record_sources")
        .code("record_kind", RECORD_KINDS, false, |c| Some(c.kind))
        .text("record_id", |c| c.id)
        .int32("year", true, |c| c.year)
        .text("source_id", |c| c.source);
    let rows = ds
        .agencies()
        .iter()
        .flat_map(|a| cited("agency", a.id.as_str(), None, &a.sources))
        .chain(
            ds.agency_groups()
                .iter()
                .flat_map(|g| cited("agency_group", g.id.as_str(), None, &g.sources)),
        )
        .chain(
            ds.officials()
                .iter()
                .flat_map(|o| cited("official", o.id.as_str(), None, &o.sources)),
        )
        .chain(
            ds.meetings()
                .iter()
                .flat_map(|m| cited("meeting", m.id.as_str(), None, &m.sources)),
        )
        .chain(
            ds.directives()
                .iter()
                .flat_map(|d| cited("directive", d.id.as_str(), None, &d.sources)),
        )
        .chain(
            ds.tasks()
                .iter()
                .flat_map(|t| cited("task", t.id.as_str(), None, &t.sources)),
        )
        .chain(ds.indicators().iter().flat_map(|i| {
            cited("indicator", i.id.as_str(), None, &i.sources).chain(
                i.years
                    .iter()
                    .flat_map(|y| cited("indicator_year", i.id.as_str(), Some(y.year), &y.sources)),
            )
        }))
        .chain(
            ds.projects()
                .iter()
                .flat_map(|p| cited("project", p.id.as_str(), None, &p.sources)),
        );
    ctx.links(&table, rows)?;

    inferences(ctx)?;

    let table = Table::<Label>::new("vocabularies")
        .text("vocabulary", |l| l.vocabulary)
        .int32("seq", false, |l| Some(l.seq as i32))
        .text("code", |l| l.code)
        .text("label_vi", |l| l.vi)
        .text("label_en", |l| l.en);
    let rows = labels::<AgencyKind>()
        .chain(labels::<AgencyLevel>())
        .chain(labels::<MeetingKind>())
        .chain(labels::<DocumentType>())
        .chain(labels::<Authority>())
        .chain(labels::<OutputKind>())
        .chain(labels::<HaltKind>())
        .chain(labels::<Frequency>())
        .chain(labels::<PeriodUnit>())
        .chain(labels::<DayOfWeek>())
        .chain(labels::<EventRelation>())
        .chain(labels::<IndicatorGroup>())
        .chain(labels::<Polarity>())
        .chain(labels::<Measure>())
        .chain(labels::<Unit>())
        .chain(labels::<Assessment>())
        .chain(labels::<FigureKind>())
        .chain(labels::<Sector>())
        .chain(labels::<InvestmentForm>())
        .chain(labels::<ProjectPhase>())
        .chain(labels::<SourceKind>())
        .chain(labels::<TaskStatus>());
    ctx.links(&table, rows)
}
