//! `chidao diff OLD NEW`: what changed between two snapshots of a dataset, for people (text)
//! or machines (JSON with a stable code per change).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use chidao_model::diff::{Change, Period, diff};
use chidao_model::{Dataset, Lang, NaiveDate};
use serde::Serialize;

use crate::report::LangArg;
use crate::{EXIT_INPUT, EXIT_OUTPUT};

#[derive(Clone, Copy, Default, clap::ValueEnum)]
pub enum DiffFormat {
    /// Lines for people, grouped by kind of change
    #[default]
    Text,
    /// One JSON document for machines
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// The earlier snapshot (.json or .xml)
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The later snapshot (.json or .xml)
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// The day of the new snapshot: tasks overdue on it count as newly overdue; today when
    /// absent
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    as_of: Option<NaiveDate>,
    /// The day of the old snapshot, from which a task falls overdue; the latest day OLD records
    /// (a completion, progress report, extension, directive …) when absent
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    since: Option<NaiveDate>,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
    /// Language of the text's labels
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
    /// Write to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Where the first day of a period came from, as the output says it.
#[derive(Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SinceFrom {
    /// Given on the command line.
    Given,
    /// The latest day the old snapshot records.
    LatestInOld,
    /// The old snapshot records no day on or before the end: the end itself.
    End,
}

/// The period of a comparison: `since` when given, else the latest day `old` records (when it
/// is not after `as_of`), else `as_of`.
///
/// # Errors
///
/// The message when `since` comes after `as_of`.
pub fn period(
    old: &Dataset,
    since: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Result<(Period, SinceFrom), String> {
    let (since, from) = match since {
        Some(d) => (d, SinceFrom::Given),
        None => match old.latest_date().filter(|d| *d <= as_of) {
            Some(d) => (d, SinceFrom::LatestInOld),
            None => (as_of, SinceFrom::End),
        },
    };
    let period = Period::new(since, as_of).map_err(|e| format!("--since: {e}"))?;
    Ok((period, from))
}

#[derive(Serialize)]
struct JsonDiff<'a> {
    old: &'a str,
    new: &'a str,
    #[serde(with = "date")]
    since: NaiveDate,
    since_from: SinceFrom,
    #[serde(with = "date")]
    as_of: NaiveDate,
    counts: BTreeMap<&'static str, usize>,
    changes: &'a [Change],
}

mod date {
    pub fn serialize<S: serde::Serializer>(
        d: &chidao_model::NaiveDate,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&d.to_string())
    }
}

pub fn run(args: Args) -> ExitCode {
    // The two snapshots load side by side: each is a whole parse of a possibly large file.
    // Only their names are kept of the inputs' texts, freed as soon as each is parsed.
    let load = |path: &std::path::Path| {
        crate::input::load(Some(path)).map(|(input, dataset)| (input.name, dataset))
    };
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| load(&args.old));
        let new = load(&args.new);
        (old.join().expect("loading does not panic"), new)
    });
    let ((old_name, old), (new_name, new)) = match (old, new) {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => {
            for e in [o.err(), n.err()].into_iter().flatten() {
                e.print();
            }
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let as_of = args.as_of.unwrap_or_else(crate::today);
    let (period, from) = match period(&old, args.since, as_of) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_INPUT);
        }
    };
    let changes = diff(&old, &new, &period);
    let body = match args.format {
        DiffFormat::Text => text(
            &changes,
            &old_name,
            &new_name,
            &period,
            from,
            args.lang.into(),
        ),
        DiffFormat::Json => {
            let doc = JsonDiff {
                old: &old_name,
                new: &new_name,
                since: period.since(),
                since_from: from,
                as_of: period.as_of(),
                counts: counts(&changes),
                changes: &changes,
            };
            let mut s = serde_json::to_string_pretty(&doc).expect("a diff serializes");
            s.push('\n');
            s
        }
    };
    let written = match args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        Some(path) => crate::output::write_all_atomically(&[(path, body.as_bytes())])
            .map_err(|e| e.to_string()),
        None => crate::output::print(&body),
    };
    if let Err(e) = written {
        eprintln!("error: {e}");
        return ExitCode::from(EXIT_OUTPUT);
    }
    ExitCode::SUCCESS
}

/// How many changes of each code, by code.
fn counts(changes: &[Change]) -> BTreeMap<&'static str, usize> {
    let mut counts = BTreeMap::new();
    for c in changes {
        *counts.entry(c.code.code()).or_default() += 1;
    }
    counts
}

/// One change in words: `nhiệm vụ t-2: 2024-03-31 → 2024-07-31, ngày 2024-06-01, theo tb-1`.
pub fn describe(c: &Change, lang: Lang) -> String {
    let mut s = format!("{} {}", c.record.label(lang), c.id);
    if let Some(y) = c.year {
        let year = if lang == Lang::Vi { "năm" } else { "year" };
        let _ = write!(s, " {year} {y}");
    }
    let label = |v: &Option<String>| v.as_deref().map(|v| c.value_text(v, lang));
    match (label(&c.old), label(&c.new)) {
        (Some(o), Some(n)) => {
            let _ = write!(s, ": {o} → {n}");
        }
        (Some(o), None) => {
            let _ = write!(s, ": {o}");
        }
        (None, Some(n)) => {
            let _ = write!(s, ": {n}");
        }
        (None, None) => {}
    }
    if let Some(d) = c.date {
        let _ = write!(s, ", {} {d}", if lang == Lang::Vi { "ngày" } else { "on" });
    }
    if let Some(d) = &c.decision {
        let _ = write!(s, ", {} {d}", if lang == Lang::Vi { "theo" } else { "by" });
    }
    s
}

fn text(
    changes: &[Change],
    old: &str,
    new: &str,
    period: &Period,
    from: SinceFrom,
    lang: Lang,
) -> String {
    let (since, as_of) = (period.since(), period.as_of());
    let mut s = match lang {
        Lang::Vi => format!("Thay đổi từ {old} đến {new}, trong kỳ từ {since} đến {as_of}\n"),
        Lang::En => format!("Changes from {old} to {new}, over {since} to {as_of}\n"),
    };
    let note = match (from, lang) {
        (SinceFrom::Given, _) => None,
        (SinceFrom::LatestInOld, Lang::Vi) => {
            Some("đầu kỳ là ngày muộn nhất ghi trong bản cũ; chọn ngày khác bằng --since")
        }
        (SinceFrom::LatestInOld, Lang::En) => Some(
            "the start is the latest day the old snapshot records; choose another with --since",
        ),
        (SinceFrom::End, Lang::Vi) => Some(
            "bản cũ không ghi ngày nào trước cuối kỳ, nên đầu kỳ là cuối kỳ; chọn ngày bằng --since",
        ),
        (SinceFrom::End, Lang::En) => Some(
            "the old snapshot records no day before the end, so the period starts there; choose a start with --since",
        ),
    };
    if let Some(note) = note {
        let _ = writeln!(s, "({note})");
    }
    if changes.is_empty() {
        s += match lang {
            Lang::Vi => "\nKhông có thay đổi.\n",
            Lang::En => "\nNo changes.\n",
        };
        return s;
    }
    // Codes order as they are declared (the order of `ChangeCode::ALL`); the sort is stable, so
    // each group keeps the diff's order.
    let mut sorted: Vec<&Change> = changes.iter().collect();
    sorted.sort_by_key(|c| c.code);
    for of in sorted.chunk_by(|a, b| a.code == b.code) {
        let code = of[0].code;
        let _ = writeln!(s, "\n{} ({}) [{}]", code.label(lang), of.len(), code.code());
        for c in of {
            let _ = writeln!(s, "  {}", describe(c, lang));
        }
    }
    s
}
