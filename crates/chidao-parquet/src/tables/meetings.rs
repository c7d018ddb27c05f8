//! Meetings and who attended them.

use chidao_model::{AgencyId, Attendee, ExportError, Meeting, OfficialId};

use super::Ctx;
use crate::table::Table;

fn count(n: Option<u32>) -> Option<i64> {
    n.map(i64::from)
}

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let meetings = Table::<&Meeting>::new("meetings")
        .id("meeting_id", |m| m.id.as_str())
        .bilingual(["title_vi", "title_en"], |m| &m.title)
        .req_vocab("kind", |m| m.kind)
        .req_date("date", |m| m.date)
        .date("end_date", |m| m.end_date)
        .opt_text("place", |m| m.place.as_deref())
        .opt_text("host_id", |m| m.host.as_ref().map(AgencyId::as_str))
        .opt_text("chair_id", |m| m.chair.as_ref().map(OfficialId::as_str))
        .int64("participants", true, |m| count(m.counts.participants))
        .int64("connection_points", true, |m| {
            count(m.counts.connection_points)
        })
        .int64("petitions", true, |m| count(m.counts.petitions))
        .int64("speakers", true, |m| count(m.counts.speakers))
        .opt_bilingual(["summary_vi", "summary_en"], |m| m.summary.as_ref())
        .opt_bilingual(["theme_vi", "theme_en"], |m| m.theme.as_ref());
    ctx.records(&meetings, ds.meetings())?;

    let attendees = Table::<(&Meeting, usize, &Attendee)>::new("meeting_attendees")
        .text("meeting_id", |(m, _, _)| m.id.as_str())
        .int32("seq", false, |(_, i, _)| Some(*i as i32))
        .opt_text("official_id", |(_, _, a)| {
            a.official.as_ref().map(OfficialId::as_str)
        })
        .opt_text("agency_id", |(_, _, a)| {
            a.agency.as_ref().map(AgencyId::as_str)
        })
        .opt_bilingual(["role_vi", "role_en"], |(_, _, a)| a.role.as_ref());
    let rows = ds
        .meetings()
        .iter()
        .flat_map(|m| m.attendees.iter().enumerate().map(move |(i, a)| (m, i, a)));
    ctx.links(&attendees, rows)
}
