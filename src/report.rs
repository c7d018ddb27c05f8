//! `chidao report`: the Excel workbook of a dataset, with a progress bar on a terminal.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use chidao_model::{ExportOptions, Lang, NaiveDate, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The file written when no `-o` is given.
const DEFAULT_OUTPUT: &str = "chidao-report.xlsx";

/// The language of the report, as the command line names it.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LangArg {
    /// Vietnamese
    Vi,
    /// English
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Vi => Lang::Vi,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Input dataset (.json or .xml); the bundled Lạng Sơn dataset when absent
    #[arg(short, long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Output workbook
    #[arg(short, long, value_name = "FILE", default_value = DEFAULT_OUTPUT)]
    output: PathBuf,
    /// The day task statuses are computed for (YYYY-MM-DD); today when absent
    #[arg(long, value_name = "DATE", value_parser = crate::date_arg)]
    as_of: Option<NaiveDate>,
    /// Language of sheet names, headers and labels
    #[arg(long, value_enum, default_value = "vi")]
    lang: LangArg,
    /// Write the report even when the dataset has errors (dangling references, duplicate ids
    /// …), printing them as warnings; without it a dataset with errors is refused
    #[arg(long)]
    allow_errors: bool,
    /// Report on a period as well: an earlier snapshot of the dataset (a file), or a day
    /// (YYYY-MM-DD) to read the period from the dates the dataset records. Adds a changes
    /// sheet, period columns in the by-agency table and the period on the overview
    #[arg(long, value_name = "OLD|DATE")]
    since: Option<String>,
}

/// A progress bar on standard error, drawn only when it is a terminal.
pub struct Bar(ProgressBar);

impl Bar {
    pub fn new() -> Self {
        let target = if std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        let bar = ProgressBar::with_draw_target(None, target);
        bar.set_style(
            ProgressStyle::with_template("{msg:12} [{bar:40}] {pos}/{len} ({eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, message: &str, total: u64) {
        self.0.reset();
        self.0.set_length(total);
        self.0.set_message(message.to_owned());
    }
    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

pub fn run(args: Args) -> ExitCode {
    let (input, dataset) = match crate::load_or_exit(args.input.as_deref()) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if let Err(code) = crate::validate::refuse_if_invalid(&input, &dataset, args.allow_errors) {
        return code;
    }
    let as_of = args.as_of.unwrap_or_else(crate::today);
    let lang: Lang = args.lang.into();
    let period = match args
        .since
        .as_deref()
        .map(|s| period_changes(s, &dataset, as_of, lang))
    {
        None => None,
        Some(Ok(p)) => Some(p),
        Some(Err(code)) => return code,
    };
    let options = ExportOptions::new(as_of)
        .with_lang(args.lang.into())
        .with_progress(Arc::new(Bar::new()));
    // The task sheets go through temporary files: beside the output, so that the report needs
    // room on one file system, the one the person chose.
    let beside = match args.output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    // The bundled dataset is named in words on the overview, not by its path in the sources.
    let source = if input.name == crate::input::BUNDLED_NAME {
        bundled_source(lang).to_owned()
    } else {
        input.name
    };
    let mut builder = chidao_xlsx::XlsxExporter::builder()
        .source(source)
        .tempdir(beside);
    if let Some(p) = period {
        builder = builder.period(p);
    }
    let exporter = builder.build();
    let code = crate::run_export(&exporter, &dataset, &options, Some(&args.output));
    if code == ExitCode::SUCCESS {
        eprintln!(
            "wrote {}: {} tasks, as of {as_of}",
            args.output.display(),
            dataset.tasks().len()
        );
    }
    code
}

/// How the overview names the bundled dataset.
fn bundled_source(lang: Lang) -> &'static str {
    match lang {
        Lang::Vi => "Bộ dữ liệu mẫu Lạng Sơn 2019–2024 (kèm theo chidao)",
        Lang::En => "Lạng Sơn sample dataset 2019–2024 (bundled with chidao)",
    }
}

/// The changes of the period `--since` names: from an earlier snapshot (a file), or from the
/// dataset as it stood on a day. On failure prints why and gives exit code 2.
fn period_changes(
    since: &str,
    dataset: &chidao_model::Dataset,
    as_of: NaiveDate,
    lang: Lang,
) -> Result<chidao_xlsx::PeriodChanges, ExitCode> {
    let fail = |e: String| {
        eprintln!("error: {e}");
        ExitCode::from(crate::EXIT_INPUT)
    };
    // A day in the one date grammar; anything else is a file.
    let looks_like_day =
        since.len() == 10 && since.as_bytes()[4] == b'-' && since.as_bytes()[7] == b'-';
    if looks_like_day {
        let day = crate::date_arg(since).map_err(|e| fail(format!("--since {since}: {e}")))?;
        let period = chidao_model::diff::Period::new(day, as_of)
            .map_err(|e| fail(format!("--since: {e}")))?;
        let earlier = dataset.as_known_on(day);
        let changes = chidao_model::diff::diff(&earlier, dataset, &period);
        let compared = match lang {
            Lang::Vi => format!(
                "cùng bộ dữ liệu, như đã biết đến ngày {}",
                day.format("%d/%m/%Y")
            ),
            Lang::En => format!("the same dataset as known on {day}"),
        };
        return Ok(chidao_xlsx::PeriodChanges::new(period, compared, changes));
    }
    let (input, old) = crate::load_or_exit(Some(std::path::Path::new(since)))?;
    let (period, _) = crate::diff::period(&old, None, as_of).map_err(fail)?;
    let changes = chidao_model::diff::diff(&old, dataset, &period);
    Ok(chidao_xlsx::PeriodChanges::new(period, input.name, changes))
}
