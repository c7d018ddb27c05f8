//! The layout of the workbook: its sheets, their columns, and what each column holds.
//!
//! Every column is a path into the record's JSON form (`deadline.as_written`, `title.vi`),
//! so the writer flattens a record and the reader builds it back by the same table, and a
//! field missing from the table is caught by the round-trip tests.

use std::sync::OnceLock;

mod sheets;

use chidao_model::{Lang, Vocabulary};

/// The records a reference column names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum RefKind {
    /// An agency or an agency group, written by name.
    Agency,
    Source,
    Official,
    Meeting,
    Directive,
    Task,
    Indicator,
    Project,
}

impl RefKind {
    pub(crate) const ALL: [RefKind; 8] = [
        RefKind::Agency,
        RefKind::Source,
        RefKind::Official,
        RefKind::Meeting,
        RefKind::Directive,
        RefKind::Task,
        RefKind::Indicator,
        RefKind::Project,
    ];

    /// The name of the defined name holding the list of this kind's values.
    pub(crate) fn range_name(self) -> &'static str {
        match self {
            RefKind::Agency => "ds_agency",
            RefKind::Source => "ds_source",
            RefKind::Official => "ds_official",
            RefKind::Meeting => "ds_meeting",
            RefKind::Directive => "ds_directive",
            RefKind::Task => "ds_task",
            RefKind::Indicator => "ds_indicator",
            RefKind::Project => "ds_project",
        }
    }

    /// What the value names, for messages.
    pub(crate) fn noun(self, lang: Lang) -> &'static str {
        let (vi, en) = match self {
            RefKind::Agency => ("cơ quan", "agency"),
            RefKind::Source => ("nguồn", "source"),
            RefKind::Official => ("cán bộ", "official"),
            RefKind::Meeting => ("cuộc họp", "meeting"),
            RefKind::Directive => ("văn bản", "directive"),
            RefKind::Task => ("nhiệm vụ", "task"),
            RefKind::Indicator => ("chỉ tiêu", "indicator"),
            RefKind::Project => ("dự án", "project"),
        };
        pick(lang, vi, en)
    }
}

/// A closed vocabulary: its name and, per value, the code and both labels.
#[derive(Debug)]
pub(crate) struct Vocab {
    pub name: &'static str,
    pub values: Vec<(&'static str, &'static str, &'static str)>,
}

fn vocab<V: Vocabulary>() -> Vocab {
    Vocab {
        name: V::NAME,
        values: V::ALL
            .iter()
            .map(|v| (v.code(), v.label(Lang::Vi), v.label(Lang::En)))
            .collect(),
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Kind {
    /// Free text, kept exactly as written.
    Text,
    /// A code or a name: surrounding white space is dropped.
    Code,
    /// A whole number.
    Int,
    /// A decimal number.
    Decimal,
    /// A day.
    Date,
    /// Yes or no.
    Bool,
    /// A value of a closed vocabulary (index into [`Layout::vocabs`]).
    Vocab(usize),
    /// The id of a record.
    Ref(RefKind),
    /// A JSON value, for the parts a clerk does not type (a deadline's term, inference notes).
    Json,
}

/// One column of a sheet (or, for a repeated column, a run of them: `coordinating.1`,
/// `coordinating.2` …).
#[derive(Debug)]
pub(crate) struct Column {
    /// The path of the value in the record's JSON form, dot-separated.
    pub code: &'static str,
    pub vi: &'static str,
    pub en: &'static str,
    pub kind: Kind,
    /// A list of values, one column each.
    pub repeat: bool,
    /// Must be filled on every row.
    pub required: bool,
}

impl Column {
    pub(crate) fn header(&self, lang: Lang) -> &'static str {
        pick(lang, self.vi, self.en)
    }
}

/// A sheet: the records of a collection, or the elements of a list inside them.
#[derive(Debug)]
pub(crate) struct Sheet {
    /// The collection of the dataset document (`tasks`), or `""` for the document's own
    /// fields.
    pub collection: &'static str,
    /// For a sheet of list elements: the list's field in the parent record (`progress`).
    pub list: Option<&'static str>,
    pub vi: &'static str,
    pub en: &'static str,
    pub columns: Vec<Column>,
}

impl Sheet {
    pub(crate) fn name(&self, lang: Lang) -> &'static str {
        pick(lang, self.vi, self.en)
    }

    /// The sheet's stable code: the collection, and the list for a sheet of elements.
    pub(crate) fn code(&self) -> String {
        match self.list {
            Some(list) => format!("{}.{list}", self.collection),
            None if self.collection.is_empty() => "dataset".to_owned(),
            None => self.collection.to_owned(),
        }
    }
}

/// The whole workbook's layout.
#[derive(Debug)]
pub(crate) struct Layout {
    pub sheets: Vec<Sheet>,
    pub vocabs: Vec<Vocab>,
}

pub(crate) fn pick(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

/// The code of the column that names a list element's parent record.
pub(crate) const PARENT: &str = "parent_id";

/// The layout, built once.
pub(crate) fn layout() -> &'static Layout {
    static LAYOUT: OnceLock<Layout> = OnceLock::new();
    LAYOUT.get_or_init(sheets::build)
}
