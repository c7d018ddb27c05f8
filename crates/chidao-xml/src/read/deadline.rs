//! Reading a `<deadline>`: its term by `kind`, the stated due date, the event of a conditional
//! deadline and the phrase as written.

use chidao_model::{Deadline, DeadlineTerm, EventRelation, RecurrenceAnchor};

use super::{Elem, ErrorCategory, Parser, Result};

pub(super) fn read_deadline(p: &mut Parser<'_>, mut e: Elem) -> Result<Deadline> {
    let (kind, off) = p.req(&mut e, "kind")?;
    let mut relation = None;
    let term = match kind.as_str() {
        "on_date" => DeadlineTerm::OnDate {
            date: p.date(&mut e, "date")?,
        },
        "month" => DeadlineTerm::Month {
            year: p.int(&mut e, "year")?,
            month: p.int(&mut e, "month")?,
        },
        "quarter" => DeadlineTerm::Quarter {
            year: p.int(&mut e, "year")?,
            quarter: p.int(&mut e, "quarter")?,
        },
        "half_year" => DeadlineTerm::HalfYear {
            year: p.int(&mut e, "year")?,
            half: p.int(&mut e, "half")?,
        },
        "year" => DeadlineTerm::Year {
            year: p.int(&mut e, "year")?,
        },
        "within" => DeadlineTerm::Within {
            amount: p.int(&mut e, "amount")?,
            unit: p.vocab(&mut e, "unit")?,
            start: p.opt_date(&mut e, "start")?,
        },
        "none" => DeadlineTerm::None,
        "recurring" => {
            let frequency = p.vocab(&mut e, "frequency")?;
            let mut anchor = RecurrenceAnchor::default();
            anchor.day = p.opt_int(&mut e, "day")?;
            anchor.month = p.opt_int(&mut e, "month")?;
            anchor.weekday = p.opt_vocab(&mut e, "weekday")?;
            DeadlineTerm::Recurring {
                frequency,
                anchor: (anchor != RecurrenceAnchor::default()).then_some(anchor),
            }
        }
        "urgent" => DeadlineTerm::Urgent,
        "conditional" => {
            relation = Some(p.vocab::<EventRelation>(&mut e, "relation")?);
            DeadlineTerm::None
        }
        other => {
            return Err(p.attr_error(&e, off, "kind", format!("unknown deadline kind `{other}`")));
        }
    };
    let due = p.opt_date(&mut e, "due")?;
    p.finish(&e)?;
    let mut as_written = None;
    let mut event = None;
    while let Some(c) = p.child()? {
        match c.name.as_str() {
            "event" if relation.is_some() => p.plain_once(c, &mut event)?,
            "as-written" => p.plain_once(c, &mut as_written)?,
            _ => return Err(p.unexpected(&c)),
        }
    }
    let term = match relation {
        Some(relation) => DeadlineTerm::Conditional {
            relation,
            event: event.ok_or_else(|| {
                p.error(
                    ErrorCategory::Data,
                    e.start,
                    &e.path,
                    "a conditional <deadline> needs its <event>",
                )
            })?,
        },
        None => term,
    };
    let mut d = Deadline::new(term).with_stated_due(due);
    d.as_written = as_written;
    Ok(d)
}
