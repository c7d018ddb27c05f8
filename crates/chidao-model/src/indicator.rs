//! Indicators (chỉ tiêu): targets and results per year, and their assessment.
//!
//! Values are [`Decimal`]s, not floating point: "7 % against a target of 7 %" must compare equal
//! exactly, and ratios such as "100.9 % of the estimate" must not pick up binary rounding.
//! In JSON they are plain numbers.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::{
    Assessment, FigureKind, IndicatorGroup, IndicatorId, Measure, Polarity, SourceId, Text, Unit,
};

/// The planned target of an indicator for a year.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Target {
    /// Exactly this value ("7 %").
    Exact {
        /// The value.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        value: Decimal,
    },
    /// A range, both ends included ("7,5–8,0 %").
    Range {
        /// Lower end.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        min: Decimal,
        /// Upper end.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        max: Decimal,
    },
    /// At least this value ("trên 60 %", "ít nhất").
    AtLeast {
        /// The value.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        value: Decimal,
    },
    /// At most this value ("dưới 3 %").
    AtMost {
        /// The value.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        value: Decimal,
    },
    /// About this value ("khoảng 4"); assessed as [`Target::Exact`].
    About {
        /// The value.
        #[serde(with = "crate::decimal::required")]
        #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
        value: Decimal,
    },
    /// A target in words ("PCI in the fairly good group").
    Qualitative {
        /// The target.
        text: Text,
    },
}

impl Target {
    /// The reference values `(lower, upper)` an assessment compares a figure with; `None` for
    /// a qualitative target. A one-sided target gives its value on both sides, so that a
    /// figure beyond it counts as exceeding it: an "at least 60" is `(Some(60), Some(60))`, and
    /// 61 exceeds it. (Both sides are always `Some` for a numeric target; the values a target
    /// admits, with an open side `None`, are [`Target::admitted`].)
    pub fn bounds(&self) -> Option<(Option<Decimal>, Option<Decimal>)> {
        Some(match *self {
            Target::Exact { value } | Target::About { value } => (Some(value), Some(value)),
            Target::Range { min, max } => (Some(min), Some(max)),
            Target::AtLeast { value } => (Some(value), Some(value)),
            Target::AtMost { value } => (Some(value), Some(value)),
            Target::Qualitative { .. } => return None,
        })
    }

    /// Whether the target is a number or range rather than words.
    pub fn is_numeric(&self) -> bool {
        !matches!(self, Target::Qualitative { .. })
    }
}

/// A figure reported for a year: an estimate or the final result.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Figure {
    /// Estimate or final.
    pub kind: FigureKind,
    /// The value, in the indicator's unit.
    #[serde(with = "crate::decimal::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
    pub value: Decimal,
}

impl Figure {
    /// A figure.
    pub fn new(kind: FigureKind, value: Decimal) -> Self {
        Figure { kind, value }
    }
}

/// A baseline value the targets are set against.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Baseline {
    /// The year of the baseline, 0 to 9999.
    #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
    pub year: i32,
    /// The value.
    #[serde(with = "crate::decimal::required")]
    #[cfg_attr(feature = "schemars", schemars(with = "f64"))]
    pub value: Decimal,
}

impl Baseline {
    /// A baseline.
    pub fn new(year: i32, value: Decimal) -> Self {
        Baseline { year, value }
    }
}

/// An indicator's plan and outcome for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IndicatorYear {
    /// The year, 0 to 9999.
    #[cfg_attr(feature = "schemars", schemars(range(min = 0, max = 9999)))]
    pub year: i32,
    /// The planned target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The target as the plan writes it ("7,5–8,0").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_as_written: Option<String>,
    /// The estimate or final result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// The result in words, for qualitative indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualitative_result: Option<Text>,
    /// The assessment the source states, when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_assessment: Option<Assessment>,
    /// A remark (change on the previous year, how the figure was obtained).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Fields whose values are inferred rather than stated by the sources (see
    /// [`Inference`](crate::Inference)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inferred: Vec<crate::Inference>,
    /// The sources of the figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl IndicatorYear {
    /// A year with nothing recorded yet.
    pub fn new(year: i32) -> Self {
        IndicatorYear {
            year,
            target: None,
            target_as_written: None,
            figure: None,
            qualitative_result: None,
            stated_assessment: None,
            note: None,
            inferred: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// The assessment computed from the target and the figure, with no regard to a stated one.
    ///
    /// With `lo..=hi` the target's bounds and `v` the figure (estimate or final):
    /// - higher is better: `v > hi` exceeded; `v ≥ lo` met; else missed. An "at most" target
    ///   has no lower bound, so it is met whenever not exceeded.
    /// - lower is better: `v < lo` exceeded; `v ≤ hi` met; else missed. An "at least" target
    ///   has no upper bound, so it is met whenever not exceeded.
    /// - no numeric target or no figure: not assessable.
    ///
    /// Comparisons are exact decimal comparisons: 7 against a target of 7 is met.
    pub fn computed_assessment(&self, polarity: Polarity) -> Assessment {
        let (Some(target), Some(figure)) = (&self.target, &self.figure) else {
            return Assessment::NotAssessable;
        };
        let Some((lo, hi)) = target.bounds() else {
            return Assessment::NotAssessable;
        };
        let v = figure.value;
        let (lo, hi) = match (target, polarity) {
            (Target::AtMost { .. }, Polarity::HigherIsBetter) => (None, hi),
            (Target::AtLeast { .. }, Polarity::LowerIsBetter) => (lo, None),
            _ => (lo, hi),
        };
        match polarity {
            Polarity::HigherIsBetter => {
                if hi.is_some_and(|h| v > h) {
                    Assessment::Exceeded
                } else if lo.is_none_or(|l| v >= l) {
                    Assessment::Met
                } else {
                    Assessment::Missed
                }
            }
            Polarity::LowerIsBetter => {
                if lo.is_some_and(|l| v < l) {
                    Assessment::Exceeded
                } else if hi.is_none_or(|h| v <= h) {
                    Assessment::Met
                } else {
                    Assessment::Missed
                }
            }
        }
    }

    /// The assessment of the year: the computed one when it can be computed, otherwise the one
    /// the source states, otherwise not assessable.
    pub fn assessment(&self, polarity: Polarity) -> Assessment {
        match self.computed_assessment(polarity) {
            Assessment::NotAssessable => {
                self.stated_assessment.unwrap_or(Assessment::NotAssessable)
            }
            a => a,
        }
    }

    /// The figure as a percentage of the target's reference value (the value itself, or for a
    /// range its lower end when higher is better and its upper end when lower is better).
    /// `None` without a numeric target and a figure, when the reference is zero, or when the
    /// ratio is too large for a decimal.
    pub fn percent_of_target(&self, polarity: Polarity) -> Option<Decimal> {
        let figure = self.figure.as_ref()?;
        let (lo, hi) = self.target.as_ref()?.bounds()?;
        let reference = match polarity {
            Polarity::HigherIsBetter => lo.or(hi)?,
            Polarity::LowerIsBetter => hi.or(lo)?,
        };
        if reference.is_zero() {
            return None;
        }
        let percent = figure
            .value
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(reference)?;
        Some(percent.round_dp(2))
    }
}

/// A main socio-economic indicator tracked year by year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Indicator {
    /// Identifier.
    pub id: IndicatorId,
    /// Name.
    pub name: Text,
    /// Economy, society or environment.
    pub group: IndicatorGroup,
    /// How it is measured.
    pub measure: Measure,
    /// The unit of its values; none for qualitative indicators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// Whether more is better.
    pub polarity: Polarity,
    /// The baseline, if one is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Plan and outcome per year, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<IndicatorYear>,
    /// The sources naming it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceId>,
}

impl Indicator {
    /// An indicator with the required fields and no years yet.
    pub fn new(
        id: IndicatorId,
        name: Text,
        group: IndicatorGroup,
        measure: Measure,
        unit: Option<Unit>,
        polarity: Polarity,
    ) -> Self {
        Indicator {
            id,
            name,
            group,
            measure,
            unit,
            polarity,
            baseline: None,
            years: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// The record for `year`, if any.
    pub fn year(&self, year: i32) -> Option<&IndicatorYear> {
        self.years.iter().find(|y| y.year == year)
    }

    /// The assessment for `year` (see [`IndicatorYear::assessment`]).
    pub fn assess(&self, year: i32) -> Assessment {
        self.year(year)
            .map_or(Assessment::NotAssessable, |y| y.assessment(self.polarity))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros_free::dec;

    mod rust_decimal_macros_free {
        macro_rules! dec {
            ($s:literal) => {
                stringify!($s).parse::<rust_decimal::Decimal>().unwrap()
            };
        }
        pub(crate) use dec;
    }

    fn year(target: Target, value: Decimal) -> IndicatorYear {
        let mut y = IndicatorYear::new(2023);
        y.target = Some(target);
        y.figure = Some(Figure::new(FigureKind::Estimate, value));
        y
    }

    #[test]
    fn assessment_table() {
        use Assessment::*;
        use Polarity::*;
        let exact = |v| Target::Exact { value: v };
        let range = |a, b| Target::Range { min: a, max: b };
        let cases = [
            (exact(dec!(7)), dec!(7), HigherIsBetter, Met),
            (exact(dec!(7)), dec!(7.0), HigherIsBetter, Met),
            (exact(dec!(7)), dec!(7.01), HigherIsBetter, Exceeded),
            (exact(dec!(7)), dec!(6.99), HigherIsBetter, Missed),
            (range(dec!(7.5), dec!(8)), dec!(7.5), HigherIsBetter, Met),
            (range(dec!(7.5), dec!(8)), dec!(8), HigherIsBetter, Met),
            (
                range(dec!(7.5), dec!(8)),
                dec!(8.1),
                HigherIsBetter,
                Exceeded,
            ),
            (range(dec!(7.5), dec!(8)), dec!(7.4), HigherIsBetter, Missed),
            (
                Target::AtLeast { value: dec!(100) },
                dec!(100.9),
                HigherIsBetter,
                Exceeded,
            ),
            (
                Target::AtLeast { value: dec!(100) },
                dec!(100),
                HigherIsBetter,
                Met,
            ),
            (
                Target::AtMost { value: dec!(3) },
                dec!(3),
                LowerIsBetter,
                Met,
            ),
            (
                Target::AtMost { value: dec!(3) },
                dec!(2.5),
                LowerIsBetter,
                Exceeded,
            ),
            (
                Target::AtMost { value: dec!(3) },
                dec!(3.2),
                LowerIsBetter,
                Missed,
            ),
            (
                Target::AtMost { value: dec!(3) },
                dec!(1),
                HigherIsBetter,
                Met,
            ),
            (
                Target::AtMost { value: dec!(3) },
                dec!(4),
                HigherIsBetter,
                Exceeded,
            ),
            (
                Target::AtLeast { value: dec!(3) },
                dec!(9),
                LowerIsBetter,
                Met,
            ),
            (
                Target::About { value: dec!(4) },
                dec!(4),
                LowerIsBetter,
                Met,
            ),
            (range(dec!(2), dec!(3)), dec!(1.5), LowerIsBetter, Exceeded),
            (range(dec!(2), dec!(3)), dec!(3.5), LowerIsBetter, Missed),
        ];
        for (target, value, polarity, expected) in cases {
            let y = year(target.clone(), value);
            assert_eq!(
                y.computed_assessment(polarity),
                expected,
                "{target:?} {value} {polarity:?}"
            );
        }
    }

    #[test]
    fn not_assessable_and_stated() {
        let mut y = IndicatorYear::new(2020);
        assert_eq!(
            y.assessment(Polarity::HigherIsBetter),
            Assessment::NotAssessable
        );
        y.stated_assessment = Some(Assessment::Met);
        assert_eq!(y.assessment(Polarity::HigherIsBetter), Assessment::Met);
        y.target = Some(Target::Qualitative {
            text: Text::vi("nhóm khá"),
        });
        y.figure = Some(Figure::new(FigureKind::Actual, dec!(1)));
        assert_eq!(
            y.computed_assessment(Polarity::HigherIsBetter),
            Assessment::NotAssessable
        );
    }

    #[test]
    fn percent_of_target_is_exact() {
        let y = year(Target::AtLeast { value: dec!(100) }, dec!(100.9));
        assert_eq!(
            y.percent_of_target(Polarity::HigherIsBetter),
            Some(dec!(100.9))
        );
        let y = year(Target::Exact { value: dec!(7) }, dec!(7));
        assert_eq!(
            y.percent_of_target(Polarity::HigherIsBetter),
            Some(dec!(100))
        );
        let y = year(Target::Exact { value: dec!(0) }, dec!(7));
        assert_eq!(y.percent_of_target(Polarity::HigherIsBetter), None);
        // Too large for a decimal: no percentage rather than a panic.
        let y = year(
            Target::Exact {
                value: dec!(0.0001),
            },
            Decimal::MAX,
        );
        assert_eq!(y.percent_of_target(Polarity::HigherIsBetter), None);
    }
}
