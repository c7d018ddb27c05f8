//! The tables of an export, one module per family of records. Each module says what its
//! columns hold; [`crate::table`] writes them.

mod agencies;
mod directives;
mod indicators;
mod meetings;
mod projects;
mod sources;
mod tasks;

use chidao_model::{Dataset, ExportError, ExportOptions, FileSet};

use crate::table::{self, FileMeta, Table};

/// What the table modules write with.
pub(crate) struct Ctx<'a, 'f> {
    pub(crate) ds: &'a Dataset,
    pub(crate) options: &'a ExportOptions,
    files: &'f mut dyn FileSet,
    meta: FileMeta,
    pub(crate) warnings: Vec<String>,
    pub(crate) tables: Vec<&'static str>,
}

impl<'a, 'f> Ctx<'a, 'f> {
    /// Writes a table of records, reporting progress as it goes.
    pub(crate) fn records<R>(
        &mut self,
        table: &Table<'_, R>,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<(), ExportError> {
        let progress = self.options.progress.clone();
        let notes = table::write(self.files, &self.meta, table, rows, &|n| {
            progress.advance(n)
        })?;
        self.warnings.extend(notes.warnings(table.name()));
        self.tables.push(table.name());
        Ok(())
    }

    /// Writes a table of links or parts of records (not counted in the progress).
    pub(crate) fn links<R>(
        &mut self,
        table: &Table<'_, R>,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<(), ExportError> {
        let notes = table::write(self.files, &self.meta, table, rows, &|_| {})?;
        self.warnings.extend(notes.warnings(table.name()));
        self.tables.push(table.name());
        Ok(())
    }
}

/// One row of a link table: a record, what it links to, and the link's place in its list.
pub(crate) struct Link<'a> {
    from: &'a str,
    to: &'a str,
    seq: usize,
}

impl<'a> Link<'a> {
    pub(crate) fn new(from: &'a str, to: &'a str, seq: usize) -> Self {
        Link { from, to, seq }
    }
}

/// A link table of two id columns and the link's place in the record's list (`seq`, from 0).
pub(crate) fn link_table<'a>(
    name: &'static str,
    from: &'static str,
    to: &'static str,
) -> Table<'a, Link<'a>> {
    Table::new(name)
        .text(from, |l: &Link<'_>| l.from)
        .text(to, |l: &Link<'_>| l.to)
        .int32("seq", false, |l| Some(l.seq as i32))
}

/// The links of every record to the ids of one of its lists ("the recipients of each
/// directive"), each with its place in the list.
pub(crate) fn links_of<'a, R, I: AsRef<str> + 'a>(
    records: &'a [R],
    id: fn(&'a R) -> &'a str,
    list: fn(&'a R) -> &'a [I],
) -> impl Iterator<Item = Link<'a>> + 'a {
    records.iter().flat_map(move |r| {
        let from = id(r);
        list(r)
            .iter()
            .enumerate()
            .map(move |(i, to)| Link::new(from, to.as_ref(), i))
    })
}

/// Writes every table of `dataset` into `files`; gives the warnings and the tables written.
pub(crate) fn write_all(
    dataset: &Dataset,
    options: &ExportOptions,
    files: &mut dyn FileSet,
    meta: FileMeta,
) -> Result<(Vec<String>, Vec<&'static str>), ExportError> {
    let records = dataset.sources().len()
        + dataset.agencies().len()
        + dataset.agency_groups().len()
        + dataset.officials().len()
        + dataset.meetings().len()
        + dataset.directives().len()
        + dataset.tasks().len()
        + dataset.indicators().len()
        + dataset.projects().len();
    options
        .progress
        .start("writing Parquet tables", records as u64);
    let mut ctx = Ctx {
        ds: dataset,
        options,
        files,
        meta,
        warnings: Vec::new(),
        tables: Vec::new(),
    };
    agencies::write(&mut ctx)?;
    meetings::write(&mut ctx)?;
    directives::write(&mut ctx)?;
    tasks::write(&mut ctx)?;
    indicators::write(&mut ctx)?;
    projects::write(&mut ctx)?;
    sources::write(&mut ctx)?;
    options.progress.finish();
    Ok((ctx.warnings, ctx.tables))
}
