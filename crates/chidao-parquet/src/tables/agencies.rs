//! Agencies, agency groups with their members, and officials with their positions.

use chidao_model::{Agency, AgencyGroup, AgencyId, DirectiveId, ExportError, Official, Position};

use super::{Ctx, link_table, links_of};
use crate::table::Table;

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let agencies = Table::<&Agency>::new("agencies")
        .id("agency_id", |a| a.id.as_str())
        .bilingual(["name_vi", "name_en"], |a| &a.name)
        .opt_text("abbreviation", |a| a.abbreviation.as_deref())
        .req_vocab("kind", |a| a.kind)
        .req_vocab("level", |a| a.level)
        .opt_text("parent_id", |a| a.parent.as_ref().map(AgencyId::as_str))
        .opt_text("code", |a| a.code.as_ref().map(|c| c.as_str()))
        .opt_text("established_by_id", |a| {
            a.established_by.as_ref().map(DirectiveId::as_str)
        })
        .list("aliases", |a| {
            a.aliases.iter().map(String::as_str).collect()
        });
    ctx.records(&agencies, ds.agencies())?;

    let groups = Table::<&AgencyGroup>::new("agency_groups")
        .id("group_id", |g| g.id.as_str())
        .bilingual(["name_vi", "name_en"], |g| &g.name)
        .list("criteria_kinds", |g| {
            g.criteria
                .iter()
                .flat_map(|c| c.kinds.iter().map(|k| k.code()))
                .collect()
        })
        .vocab("criteria_level", |g| {
            g.criteria.as_ref().and_then(|c| c.level)
        })
        .opt_text("criteria_parent_id", |g| {
            g.criteria
                .as_ref()
                .and_then(|c| c.parent.as_ref())
                .map(AgencyId::as_str)
        });
    ctx.records(&groups, ds.agency_groups())?;

    let members = links_of(ds.agency_groups(), |g| g.id.as_str(), |g| &g.members);
    let table = link_table("agency_group_members", "group_id", "agency_id");
    ctx.links(&table, members)?;

    let officials = Table::<&Official>::new("officials")
        .id("official_id", |o| o.id.as_str())
        .text("name", |o| o.name.as_str());
    ctx.records(&officials, ds.officials())?;

    let positions = Table::<(&Official, usize, &Position)>::new("official_positions")
        .text("official_id", |(o, _, _)| o.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .bilingual(["title_vi", "title_en"], |(_, _, p)| &p.title)
        .opt_text("agency_id", |(_, _, p)| {
            p.agency.as_ref().map(AgencyId::as_str)
        })
        .date("valid_from", |(_, _, p)| p.from)
        .date("valid_until", |(_, _, p)| p.until)
        .date("attested", |(_, _, p)| p.attested);
    let rows = ds
        .officials()
        .iter()
        .flat_map(|o| o.positions.iter().enumerate().map(move |(i, p)| (o, i, p)));
    ctx.links(&positions, rows)
}
