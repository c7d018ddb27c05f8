//! `chidao-bench OP ARGS…`: runs one benchmark operation in this process and prints its
//! internal timings as one line of JSON. See the crate documentation and `scripts/bench`.

use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

use chidao_bench::{Phases, read_cells, task_rows, write_cells, write_tasks_floor};
use chidao_model::{Dataset, ExportOptions, NaiveDate};

const USAGE: &str = "\
usage: chidao-bench OP ARGS…

ours:
  load-json FILE            read and load a JSON dataset (chidao_json)
  validate FILE             what `chidao validate` does: chidao_validate::check_json
  semantic FILE             load, then the core's semantic rules alone (Dataset::validate)
  write-json FILE OUT       load, then write canonical JSON (chidao_json::to_writer)
  export-xml FILE OUT       load, then write XML (chidao_xml::to_writer)
  export-parquet FILE DIR [AS_OF]  load, then write the Parquet tables into DIR (chidao_parquet)
  read-xml FILE             read an XML dataset back (chidao_xml::from_slice)
  report FILE OUT [AS_OF]   load, then write the Excel report (chidao_xlsx)
  diff OLD NEW OUT [AS_OF]  load both, then diff over the 30 days after AS_OF and write the
                            changes as JSON (chidao_model::diff)
baselines:
  serde-parse FILE          read and parse into serde_json::Value
  serde-write FILE OUT      parse into serde_json::Value, then write it (pretty, as ours)
  xlsx-floor CELLS OUT      write the Tasks sheet cells with bare rust_xlsxwriter
  load-both OLD NEW         load two JSON datasets, one after the other (the diff's baseline)
preparation (not timed against anything):
  tasks-cells FILE OUT [AS_OF]  the Tasks sheet cells of a dataset, as a tab-separated file
  later FILE OUT [AS_OF]    the dataset 30 days after AS_OF (chidao_bench::later_snapshot)

AS_OF defaults to 2025-06-30, the reference day of `chidao sample`.";

type Res = Result<(), Box<dyn std::error::Error>>;

fn as_of(arg: Option<&String>) -> Result<NaiveDate, Box<dyn std::error::Error>> {
    Ok(match arg {
        Some(s) => s.parse()?,
        None => NaiveDate::from_ymd_opt(2025, 6, 30).ok_or("bad default date")?,
    })
}

fn read_text(p: &mut Phases, file: &str) -> Result<String, Box<dyn std::error::Error>> {
    let bytes = p.time("read_file", || std::fs::read(file))?;
    p.fact("input_bytes", bytes.len());
    Ok(p.time("utf8_check", || String::from_utf8(bytes))?)
}

fn load(p: &mut Phases, file: &str) -> Result<Dataset, Box<dyn std::error::Error>> {
    let text = read_text(p, file)?;
    let ds = p.time("parse", || chidao_json::from_str(&text))?;
    p.time("free_text", || drop(text));
    p.fact("tasks", ds.tasks().len());
    Ok(ds)
}

fn create(path: &str) -> std::io::Result<File> {
    File::create(Path::new(path))
}

/// The tables of a Parquet export as files of a directory (no atomic replacement: the
/// benchmark measures the writing).
struct Files<'a>(&'a Path);

impl chidao_model::FileSet for Files<'_> {
    fn create(&mut self, name: &str) -> std::io::Result<Box<dyn Write + Send + '_>> {
        Ok(Box::new(BufWriter::with_capacity(
            1 << 16,
            File::create(self.0.join(name))?,
        )))
    }
}

fn run(args: &[String]) -> Res {
    let op = args.first().map(String::as_str).unwrap_or("");
    let arg = |i: usize| -> Result<&String, Box<dyn std::error::Error>> {
        args.get(i)
            .ok_or_else(|| format!("{op}: missing argument\n{USAGE}").into())
    };
    let mut p = Phases::new(op);
    match op {
        "load-json" => {
            load(&mut p, arg(1)?)?;
        }
        "validate" => {
            // What `chidao validate` does after reading its input (the same library call).
            let text = read_text(&mut p, arg(1)?)?;
            let outcome = p.time("check", || chidao_validate::check_json(&text));
            p.time("free_text", || drop(text));
            p.fact("errors", outcome.errors());
            p.fact("warnings", outcome.warnings());
            p.fact(
                "located",
                outcome.findings.iter().filter(|f| f.line.is_some()).count(),
            );
        }
        "semantic" => {
            let ds = load(&mut p, arg(1)?)?;
            let findings = p.time("validate", || ds.validate());
            p.fact("findings", findings.len());
        }
        "write-json" => {
            let ds = load(&mut p, arg(1)?)?;
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(2)?)?);
                chidao_json::to_writer(&mut w, &ds)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "export-xml" => {
            let ds = load(&mut p, arg(1)?)?;
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(2)?)?);
                chidao_xml::to_writer(&mut w, &ds)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "export-parquet" => {
            let ds = load(&mut p, arg(1)?)?;
            let options = ExportOptions::new(as_of(args.get(3))?);
            let dir = Path::new(arg(2)?);
            std::fs::create_dir_all(dir)?;
            p.time("write", || -> Res {
                let mut files = Files(dir);
                chidao_parquet::to_files(&ds, &options, &mut files)?;
                Ok(())
            })?;
        }
        "read-xml" => {
            let file = arg(1)?;
            let bytes = p.time("read_file", || std::fs::read(file))?;
            p.fact("input_bytes", bytes.len());
            let ds = p.time("parse", || chidao_xml::from_slice(&bytes))?;
            p.fact("tasks", ds.tasks().len());
        }
        "report" => {
            let file = arg(1)?;
            let ds = load(&mut p, file)?;
            let options = ExportOptions::new(as_of(args.get(3))?);
            let exporter = chidao_xlsx::XlsxExporter::builder().source(file).build();
            p.time("report", || -> Res {
                let mut out = create(arg(2)?)?;
                exporter.write(&ds, &options, &mut out)?;
                out.sync_all()?;
                Ok(())
            })?;
        }
        "diff" => {
            let day = as_of(args.get(4))?;
            let old = load(&mut p, arg(1)?)?;
            let new = load(&mut p, arg(2)?)?;
            let period = chidao_model::diff::Period::new(day, day + chrono::Days::new(30))?;
            let changes = p.time("diff", || chidao_model::diff::diff(&old, &new, &period));
            p.fact("changes", changes.len());
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(3)?)?);
                serde_json::to_writer(&mut w, &changes)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "load-both" => {
            load(&mut p, arg(1)?)?;
            load(&mut p, arg(2)?)?;
        }
        "later" => {
            let ds = load(&mut p, arg(1)?)?;
            let day = as_of(args.get(3))?;
            let later = p.time("later", || chidao_bench::later_snapshot(&ds, day, 30));
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(2)?)?);
                chidao_json::to_writer(&mut w, &later)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "serde-parse" => {
            let text = read_text(&mut p, arg(1)?)?;
            let v: serde_json::Value = p.time("parse", || serde_json::from_str(&text))?;
            p.time("free_text", || drop(text));
            p.fact(
                "tasks",
                v.get("tasks")
                    .and_then(serde_json::Value::as_array)
                    .map_or(0, Vec::len),
            );
        }
        "serde-write" => {
            let text = read_text(&mut p, arg(1)?)?;
            let v: serde_json::Value = p.time("parse", || serde_json::from_str(&text))?;
            p.time("free_text", || drop(text));
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(2)?)?);
                serde_json::to_writer_pretty(&mut w, &v)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "xlsx-floor" => {
            let cells = arg(1)?;
            let rows = p.time("read_cells", || -> std::io::Result<_> {
                read_cells(BufReader::with_capacity(1 << 20, File::open(cells)?))
            })?;
            p.fact("rows", rows.len());
            p.time("write", || -> Res {
                let mut out = create(arg(2)?)?;
                write_tasks_floor(rows, &mut out)?;
                out.sync_all()?;
                Ok(())
            })?;
        }
        "tasks-cells" => {
            let ds = load(&mut p, arg(1)?)?;
            let options = ExportOptions::new(as_of(args.get(3))?);
            let rows = p.time("cells", || task_rows(&ds, &options));
            p.time("write", || -> Res {
                let mut w = BufWriter::with_capacity(1 << 20, create(arg(2)?)?);
                write_cells(&mut w, &rows)?;
                w.flush()?;
                Ok(())
            })?;
        }
        "" | "-h" | "--help" | "help" => {
            println!("{USAGE}");
            return Ok(());
        }
        other => return Err(format!("unknown operation `{other}`\n{USAGE}").into()),
    }
    println!("{}", p.to_json());
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chidao-bench: error: {e}");
            ExitCode::FAILURE
        }
    }
}
