//! The changes of indicators: added and removed, and per year the figure, the target and the
//! assessment.

use super::matching::{change, compare};
use super::{Change, ChangeCode};
use crate::{Dataset, Figure, Indicator, IndicatorYear, Target};

pub(super) fn indicators(old: &Dataset, new: &Dataset, out: &mut Vec<Change>) {
    let codes = (ChangeCode::IndicatorAdded, ChangeCode::IndicatorRemoved);
    let found = (old.indicators(), new.indicators());
    compare(
        found,
        |id| old.indicator(id),
        |id| new.indicator(id),
        codes,
        years,
        out,
    );
}

/// A change of `code` to the figures of `year`.
fn at(code: ChangeCode, i: &Indicator, year: i32) -> Change {
    let mut c = change(code, i);
    c.year = Some(year);
    c
}

/// The years of both snapshots, in the new one's order, then those of the old one only.
fn years(o: &Indicator, n: &Indicator, out: &mut Vec<Change>) {
    let empty = |year| IndicatorYear::new(year);
    for y in &n.years {
        let was = o.year(y.year).cloned().unwrap_or_else(|| empty(y.year));
        year(o, &was, n, y, out);
    }
    for y in o.years.iter().filter(|y| n.year(y.year).is_none()) {
        year(o, y, n, &empty(y.year), out);
    }
}

fn year(
    oi: &Indicator,
    o: &IndicatorYear,
    ni: &Indicator,
    n: &IndicatorYear,
    out: &mut Vec<Change>,
) {
    let at = |code| at(code, ni, n.year);
    if o.target != n.target || o.target_as_written != n.target_as_written {
        out.push(at(ChangeCode::IndicatorTargetChanged).values(target(o), target(n)));
    }
    let figure = |f: &Option<Figure>| f.as_ref().map(figure_value);
    match (&o.figure, &n.figure) {
        (None, Some(_)) => {
            out.push(at(ChangeCode::IndicatorFigureAdded).values(None, figure(&n.figure)));
        }
        (Some(_), None) => {
            out.push(at(ChangeCode::IndicatorFigureRemoved).values(figure(&o.figure), None));
        }
        (Some(was), Some(is)) if was != is => out.push(
            at(ChangeCode::IndicatorFigureRevised).values(figure(&o.figure), figure(&n.figure)),
        ),
        _ => {}
    }
    let (was, is) = (o.assessment(oi.polarity), n.assessment(ni.polarity));
    if was != is {
        out.push(
            at(ChangeCode::IndicatorAssessmentChanged)
                .values(Some(was.code().to_owned()), Some(is.code().to_owned())),
        );
    }
}

/// A figure as a value: the number and its kind, `7.5 (estimate)`.
fn figure_value(f: &Figure) -> String {
    format!("{} ({})", f.value.normalize(), f.kind.code())
}

/// A target as a value: as written when the source's words are kept, else in symbols.
fn target(y: &IndicatorYear) -> Option<String> {
    if let Some(written) = &y.target_as_written {
        return Some(written.clone());
    }
    Some(match y.target.as_ref()? {
        Target::Exact { value } => format!("= {}", value.normalize()),
        Target::Range { min, max } => format!("{}–{}", min.normalize(), max.normalize()),
        Target::AtLeast { value } => format!("≥ {}", value.normalize()),
        Target::AtMost { value } => format!("≤ {}", value.normalize()),
        Target::About { value } => format!("≈ {}", value.normalize()),
        Target::Qualitative { text } => text.vi.clone(),
    })
}
