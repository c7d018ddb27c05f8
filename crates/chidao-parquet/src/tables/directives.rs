//! Directives, their recipients, the directives they cite and the projects they concern.

use chidao_model::{Directive, ExportError, MeetingId, OfficialId};

use super::{Ctx, link_table, links_of};
use crate::table::Table;

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let directives = Table::<&Directive>::new("directives")
        .id("directive_id", |d| d.id.as_str())
        .opt_text("number", |d| d.number.as_ref().map(|n| n.as_str()))
        .req_vocab("document_type", |d| d.document_type)
        .text("issuer_id", |d| d.issuer.as_str())
        .date("date", |d| d.date)
        .opt_text_owned("issue_month", |d| d.issue_month.map(|m| m.to_string()))
        .opt_text("place", |d| d.place.as_deref())
        .bilingual(["subject_vi", "subject_en"], |d| &d.subject)
        .opt_text("conclusions_of_id", |d| {
            d.conclusions_of.as_ref().map(OfficialId::as_str)
        })
        .opt_text("signer_id", |d| {
            d.signer.as_ref().map(|s| s.official.as_str())
        })
        .vocab("signer_authority", |d| {
            d.signer.as_ref().map(|s| s.authority)
        })
        .opt_bilingual(["signer_for_title_vi", "signer_for_title_en"], |d| {
            d.signer.as_ref().and_then(|s| s.for_title.as_ref())
        })
        .opt_bilingual(["signer_title_vi", "signer_title_en"], |d| {
            d.signer.as_ref().map(|s| &s.title)
        })
        .opt_text("meeting_id", |d| d.meeting.as_ref().map(MeetingId::as_str))
        .boolean("draft", false, |d| Some(d.draft));
    ctx.records(&directives, ds.directives())?;

    let recipients = links_of(ds.directives(), |d| d.id.as_str(), |d| &d.recipients);
    let table = link_table("directive_recipients", "directive_id", "agency_id");
    ctx.links(&table, recipients)?;

    let references = links_of(ds.directives(), |d| d.id.as_str(), |d| &d.references);
    let table = link_table("directive_references", "directive_id", "cited_directive_id");
    ctx.links(&table, references)?;

    let projects = links_of(ds.directives(), |d| d.id.as_str(), |d| &d.projects);
    let table = link_table("directive_projects", "directive_id", "project_id");
    ctx.links(&table, projects)
}
