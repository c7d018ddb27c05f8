//! Indicators and their yearly targets, figures and assessments.

use chidao_model::{ExportError, Indicator, IndicatorYear, Target, Text};
use rust_decimal::Decimal;

use super::Ctx;
use crate::table::Table;

/// The kinds of target, as JSON names them.
pub(crate) const TARGET_KINDS: &[&str] = &[
    "exact",
    "range",
    "at_least",
    "at_most",
    "about",
    "qualitative",
];

fn target_kind(t: &Target) -> Option<&'static str> {
    Some(match t {
        Target::Exact { .. } => "exact",
        Target::Range { .. } => "range",
        Target::AtLeast { .. } => "at_least",
        Target::AtMost { .. } => "at_most",
        Target::About { .. } => "about",
        Target::Qualitative { .. } => "qualitative",
        _ => return None,
    })
}

/// The one value of a target that has one (not a range, not words).
fn target_value(t: &Target) -> Option<Decimal> {
    match *t {
        Target::Exact { value }
        | Target::AtLeast { value }
        | Target::AtMost { value }
        | Target::About { value } => Some(value),
        _ => None,
    }
}

fn target_range(t: &Target) -> Option<(Decimal, Decimal)> {
    match *t {
        Target::Range { min, max } => Some((min, max)),
        _ => None,
    }
}

fn target_text(t: &Target) -> Option<&Text> {
    match t {
        Target::Qualitative { text } => Some(text),
        _ => None,
    }
}

pub(crate) fn write(ctx: &mut Ctx<'_, '_>) -> Result<(), ExportError> {
    let ds = ctx.ds;
    let indicators = Table::<&Indicator>::new("indicators")
        .id("indicator_id", |i| i.id.as_str())
        .bilingual(["name_vi", "name_en"], |i| &i.name)
        .req_vocab("indicator_group", |i| i.group)
        .req_vocab("measure", |i| i.measure)
        .vocab("unit", |i| i.unit)
        .req_vocab("polarity", |i| i.polarity)
        .int32("baseline_year", true, |i| {
            i.baseline.as_ref().map(|b| b.year)
        })
        .decimal("baseline_value", |i| i.baseline.as_ref().map(|b| b.value));
    ctx.records(&indicators, ds.indicators())?;

    let years = Table::<(&Indicator, &IndicatorYear)>::new("indicator_years")
        .text("indicator_id", |(i, _)| i.id.as_str())
        .int32("year", false, |(_, y)| Some(y.year))
        .code("target_kind", TARGET_KINDS, true, |(_, y)| {
            y.target.as_ref().and_then(target_kind)
        })
        .decimal("target_value", |(_, y)| {
            y.target.as_ref().and_then(target_value)
        })
        .decimal("target_min", |(_, y)| {
            y.target.as_ref().and_then(target_range).map(|r| r.0)
        })
        .decimal("target_max", |(_, y)| {
            y.target.as_ref().and_then(target_range).map(|r| r.1)
        })
        .opt_bilingual(["target_text_vi", "target_text_en"], |(_, y)| {
            y.target.as_ref().and_then(target_text)
        })
        .opt_text("target_as_written", |(_, y)| y.target_as_written.as_deref())
        .vocab("figure_kind", |(_, y)| y.figure.as_ref().map(|f| f.kind))
        .decimal("figure_value", |(_, y)| y.figure.as_ref().map(|f| f.value))
        .opt_bilingual(
            ["qualitative_result_vi", "qualitative_result_en"],
            |(_, y)| y.qualitative_result.as_ref(),
        )
        .vocab("stated_assessment", |(_, y)| y.stated_assessment)
        .req_vocab("assessment", |(i, y)| y.assessment(i.polarity))
        .decimal("percent_of_target", |(i, y)| {
            y.percent_of_target(i.polarity)
        })
        .opt_bilingual(["note_vi", "note_en"], |(_, y)| y.note.as_ref());
    let rows = ds
        .indicators()
        .iter()
        .flat_map(|i| i.years.iter().map(move |y| (i, y)));
    ctx.links(&years, rows)
}
