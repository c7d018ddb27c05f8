//! Investment projects, their milestones, partners and places.

use chidao_model::{AgencyId, ExportError, Milestone, Project, Text};

use super::{Ctx, link_table, links_of};
use crate::table::Table;

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let projects = Table::<&Project>::new("projects")
        .id("project_id", |p| p.id.as_str())
        .bilingual(["name_vi", "name_en"], |p| &p.name)
        .req_vocab("sector", |p| p.sector)
        .vocab("investment_form", |p| p.investment_form)
        .opt_text("investor", |p| p.investor.as_deref())
        .opt_text("owner_id", |p| p.owner.as_ref().map(AgencyId::as_str))
        .list("locations", |p| {
            p.locations.iter().map(|l| l.vi.as_str()).collect()
        })
        .money("total_investment_vnd", |p| p.total_investment_vnd)
        .int32("period_start", true, |p| p.period.as_ref().map(|s| s.start))
        .int32("period_end", true, |p| p.period.as_ref().map(|s| s.end))
        .vocab("phase", |p| p.phase);
    ctx.records(&projects, ds.projects())?;

    let milestones = Table::<(&Project, usize, &Milestone)>::new("project_milestones")
        .text("project_id", |(p, _, _)| p.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .bilingual(["title_vi", "title_en"], |(_, _, m)| &m.title)
        .date("date", |(_, _, m)| m.date)
        .boolean("reached", false, |(_, _, m)| Some(m.reached));
    let rows = ds
        .projects()
        .iter()
        .flat_map(|p| p.milestones.iter().enumerate().map(move |(i, m)| (p, i, m)));
    ctx.links(&milestones, rows)?;

    let partners = links_of(ds.projects(), |p| p.id.as_str(), |p| &p.partners);
    let table = link_table("project_partners", "project_id", "agency_id");
    ctx.links(&table, partners)?;

    let locations = Table::<(&Project, usize, &Text)>::new("project_locations")
        .text("project_id", |(p, _, _)| p.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .bilingual(["name_vi", "name_en"], |(_, _, l)| l);
    let rows = ds
        .projects()
        .iter()
        .flat_map(|p| p.locations.iter().enumerate().map(move |(i, l)| (p, i, l)));
    ctx.links(&locations, rows)
}
