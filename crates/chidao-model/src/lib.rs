//! The typed ontology of direction-and-administration data (chỉ đạo điều hành).
//!
//! A province holds **meetings**; after them it issues **directives** (conclusion notices,
//! instructions, decisions); directives assign **tasks** to **agencies** (or groups of them)
//! with **deadlines**; tasks and directives concern **indicators** and investment **projects**.
//! This crate models that chain, holds it in a [`Dataset`] that cross-checks it
//! ([`Dataset::validate`]), and computes task status as of a date ([`StatusPolicy`]).
//!
//! It does no I/O and knows no file format beyond serde derives: the canonical JSON form lives
//! in `chidao-json`; every output format implements the [`Exporter`] trait defined here and
//! every input format the [`Importer`] trait.
//!
//! ```
//! use chidao_model::*;
//!
//! let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let mut parts = DatasetParts::new();
//! parts.agencies.push(Agency::new(
//!     "ubnd-tinh".parse()?,
//!     Text::new("UBND tỉnh Lạng Sơn", "Lạng Sơn Provincial People's Committee"),
//!     AgencyKind::PeoplesCommittee,
//!     AgencyLevel::Province,
//! ));
//! let mut notice = Directive::new(
//!     "tb-2024".parse()?,
//!     DocumentType::Notice,
//!     "ubnd-tinh".parse()?,
//!     Text::vi("Kết luận hội nghị triển khai nhiệm vụ năm 2024"),
//! );
//! notice.number = Some(DocumentNumber::parse("12/TB-UBND")?);
//! notice.date = Some(day(2024, 1, 12));
//! parts.directives.push(notice);
//!
//! let mut task = Task::new("t-9".parse()?, "tb-2024".parse()?, "9", Text::vi("Xây dựng vị trí việc làm"));
//! task.lead = Some("ubnd-tinh".parse()?);
//! task.deadline = Deadline::parse_vi("trước ngày 31/3/2024").unwrap();
//! parts.tasks.push(task);
//!
//! let dataset = Dataset::new(parts);
//! assert!(dataset.validate().is_empty());
//! let task = dataset.task("t-9").unwrap();
//! assert_eq!(task.status(day(2024, 3, 31)), TaskStatus::DueSoon);
//! assert_eq!(task.status(day(2024, 4, 1)), TaskStatus::Overdue);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod change;
mod codes;
mod dataset;
mod date;
mod deadline;
mod decimal;
pub mod diff;
mod export;
mod id;
mod import;
mod indicator;
mod inferred;
mod lang;
mod month;
mod normalize;
mod records;
mod status;
mod target;
mod validate;
mod vocab;

pub use change::{Extension, Reassignment};
#[doc(no_inline)]
pub use chrono::NaiveDate;
pub use codes::{
    AGENCY_CODE_PATTERN, AgencyCode, AgencyCodeError, AgencyCodeErrorKind, DOCUMENT_NUMBER_PATTERN,
    DocumentNumber, DocumentNumberError, DocumentNumberErrorKind, NumberingStyle,
};
pub use dataset::{Assignee, Dataset, DatasetParts, FORMAT_VERSION, RecordKind, TaskMut};
pub use date::{DateError, DateErrorKind, format_date, parse_date};
pub use deadline::{
    Deadline, DeadlineError, DeadlineErrorKind, DeadlineParseError, DeadlineParseErrorKind,
    DeadlineTerm, RecurrenceAnchor,
};
pub use export::{
    ExportError, ExportErrorKind, ExportOptions, ExportSummary, Exporter, ExporterRegistry,
    FileSet, FormatInfo, NoProgress, Progress, Sink, WriteSeek,
};
pub use id::{
    AgencyId, DirectiveId, ID_PATTERN, IdError, IndicatorId, MAX_ID_LEN, MeetingId, OfficialId,
    ProjectId, SourceId, TaskId,
};
pub use import::{
    ImportError, ImportOptions, ImportProblem, Imported, Importer, ImporterRegistry, Locate, Place,
};
pub use indicator::{Baseline, Figure, Indicator, IndicatorYear, Target};
pub use inferred::{Inference, inferred};
pub use lang::{Lang, ParseEnumError, Text, Vocabulary};
pub use month::{MonthError, YearMonth};
pub use normalize::{cut_for_message, match_key};
pub use records::{
    Agency, AgencyGroup, Attendee, Directive, ExpectedOutput, GroupCriteria, Halt, Meeting,
    MeetingCounts, Milestone, Official, Position, ProgressUpdate, Project, Signature, Source, Task,
    YearSpan,
};
#[doc(no_inline)]
pub use rust_decimal::Decimal;
pub use status::{StatusPolicy, TaskStatus};
pub use target::{TargetParseError, TargetParseErrorKind};
pub use validate::{Finding, Findings, Rule, Severity};
pub use vocab::{
    AgencyKind, AgencyLevel, Assessment, Authority, DayOfWeek, DocumentType, EventRelation,
    FigureKind, Frequency, HaltKind, IndicatorGroup, InvestmentForm, Measure, MeetingKind,
    OutputKind, PeriodUnit, Polarity, ProjectPhase, Sector, SourceKind, Unit,
};
