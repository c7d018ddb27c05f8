//! Values a record holds that its sources do not state.
//!
//! A record made by hand from a news article often carries what its maker worked out rather
//! than read: a lead agency implied by the sentence before, a year pinned from "in the next
//! five years", a document number rebuilt from "Chỉ thị 01 của UBND tỉnh". Such a value is
//! kept, and said to be an inference, field by field: the record's `inferred` list names the
//! field (by its JSON name) and says what the source does say. Validation checks that the
//! field exists and holds a value; the report marks the value and gives the note.

use serde::{Deserialize, Serialize};

use crate::indicator::IndicatorYear;
use crate::lang::Text;
use crate::records::{Directive, Meeting, Project, Task};

/// A field whose value is inferred rather than stated by the record's sources.
///
/// ```
/// use chidao_model::{Inference, Text};
/// let lead = Inference::new("lead", Text::new(
///     "nguồn chỉ nêu nhiệm vụ, cơ quan chủ trì suy ra từ câu trước",
///     "the source states the task only; the lead is taken from the sentence before",
/// ));
/// assert_eq!(lead.field, "lead");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inference {
    /// The field holding the inferred value, by its JSON name (`lead`, `number`, `year`).
    pub field: String,
    /// What the source does say, and how the value was worked out from it.
    pub note: Text,
}

impl Inference {
    /// An inference about `field`.
    pub fn new(field: impl Into<String>, note: Text) -> Self {
        Inference {
            field: field.into(),
            note,
        }
    }
}

/// The inference about `field` in `inferred`, if there is one.
pub fn inferred<'a>(inferred: &'a [Inference], field: &str) -> Option<&'a Inference> {
    inferred.iter().find(|i| i.field == field)
}

/// A record whose fields can be marked as inferred: for each of its fields, by JSON name,
/// whether it holds a value. `None` for a name that is not one of its fields (or is its
/// identifier, its sources or the inference list itself, which cannot be inferred).
pub(crate) trait Fields {
    /// Whether field `name` holds a value; `None` when there is no such field.
    fn has_value(&self, name: &str) -> Option<bool>;
}

impl Fields for Meeting {
    fn has_value(&self, name: &str) -> Option<bool> {
        Some(match name {
            "title" | "kind" | "date" => true,
            "end_date" => self.end_date.is_some(),
            "place" => self.place.is_some(),
            "host" => self.host.is_some(),
            "chair" => self.chair.is_some(),
            "attendees" => !self.attendees.is_empty(),
            "counts" => self.counts != Default::default(),
            "summary" => self.summary.is_some(),
            "theme" => self.theme.is_some(),
            _ => return None,
        })
    }
}

impl Fields for Directive {
    fn has_value(&self, name: &str) -> Option<bool> {
        Some(match name {
            "document_type" | "issuer" | "subject" => true,
            "number" => self.number.is_some(),
            "date" => self.date.is_some(),
            "issue_month" => self.issue_month.is_some(),
            "place" => self.place.is_some(),
            "conclusions_of" => self.conclusions_of.is_some(),
            "signer" => self.signer.is_some(),
            "meeting" => self.meeting.is_some(),
            "recipients" => !self.recipients.is_empty(),
            "references" => !self.references.is_empty(),
            "projects" => !self.projects.is_empty(),
            "draft" => self.draft,
            _ => return None,
        })
    }
}

impl Fields for Task {
    fn has_value(&self, name: &str) -> Option<bool> {
        Some(match name {
            "directive" | "title" => true,
            "item" => !self.item.is_empty(),
            "description" => self.description.is_some(),
            "lead" => self.lead.is_some(),
            "coordinating" => !self.coordinating.is_empty(),
            "assigned_on" => self.assigned_on.is_some(),
            "deadline" => {
                self.deadline.term != crate::DeadlineTerm::None
                    || self.deadline.as_written.is_some()
            }
            "output" => self.output.is_some(),
            "extensions" => !self.extensions.is_empty(),
            "reassignments" => !self.reassignments.is_empty(),
            "projects" => !self.projects.is_empty(),
            "references" => !self.references.is_empty(),
            "indicators" => !self.indicators.is_empty(),
            "progress" => !self.progress.is_empty(),
            "completed_on" => self.completed_on.is_some(),
            "halt" => self.halt.is_some(),
            _ => return None,
        })
    }
}

impl Fields for Project {
    fn has_value(&self, name: &str) -> Option<bool> {
        Some(match name {
            "name" | "sector" => true,
            "investment_form" => self.investment_form.is_some(),
            "investor" => self.investor.is_some(),
            "owner" => self.owner.is_some(),
            "partners" => !self.partners.is_empty(),
            "locations" => !self.locations.is_empty(),
            "total_investment_vnd" => self.total_investment_vnd.is_some(),
            "period" => self.period.is_some(),
            "phase" => self.phase.is_some(),
            "milestones" => !self.milestones.is_empty(),
            _ => return None,
        })
    }
}

impl Fields for IndicatorYear {
    fn has_value(&self, name: &str) -> Option<bool> {
        Some(match name {
            "year" => true,
            "target" => self.target.is_some(),
            "target_as_written" => self.target_as_written.is_some(),
            "figure" => self.figure.is_some(),
            "qualitative_result" => self.qualitative_result.is_some(),
            "stated_assessment" => self.stated_assessment.is_some(),
            "note" => self.note.is_some(),
            _ => return None,
        })
    }
}

#[cfg(all(test, feature = "schemars"))]
mod tests {
    use super::*;

    /// The field names of a record's JSON form, but those that cannot be inferred.
    fn properties<T: schemars::JsonSchema>() -> Vec<String> {
        let schema = schemars::schema_for!(T);
        let mut names: Vec<String> = schema
            .get("properties")
            .and_then(|p| p.as_object())
            .expect("a record schema has properties")
            .keys()
            .filter(|k| !matches!(k.as_str(), "id" | "sources" | "inferred"))
            .cloned()
            .collect();
        names.sort();
        names
    }

    fn check<T: schemars::JsonSchema + Fields>(record: &T) {
        for name in properties::<T>() {
            assert!(
                record.has_value(&name).is_some(),
                "field `{name}` of {} cannot be marked as inferred",
                std::any::type_name::<T>()
            );
        }
        for name in ["id", "sources", "inferred", "no_such_field"] {
            assert_eq!(record.has_value(name), None, "{name}");
        }
    }

    #[test]
    fn every_field_of_every_record_can_be_marked_inferred() {
        let text = Text::vi("x");
        check(&Meeting::new(
            "m".parse().unwrap(),
            text.clone(),
            crate::MeetingKind::Conference,
            chrono::NaiveDate::default(),
        ));
        check(&Directive::new(
            "d".parse().unwrap(),
            crate::DocumentType::Notice,
            "a".parse().unwrap(),
            text.clone(),
        ));
        check(&Task::new(
            "t".parse().unwrap(),
            "d".parse().unwrap(),
            "1",
            text.clone(),
        ));
        check(&Project::new(
            "p".parse().unwrap(),
            text,
            crate::Sector::Transport,
        ));
        check(&IndicatorYear::new(2024));
    }
}
