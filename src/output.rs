//! Writing outputs safely: to a temporary file beside the target, renamed over it only when the
//! whole output was written, so that a failed run leaves no partial file and never clobbers a
//! good one.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use chidao_model::{Dataset, ExportError, ExportOptions, ExportSummary, Exporter, Sink};

/// Why an output could not be written: exit code 3.
#[derive(Debug)]
pub struct OutputError {
    pub file: String,
    pub message: String,
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for OutputError {}

pub fn out_err(path: &Path, message: impl Into<String>) -> OutputError {
    OutputError {
        file: path.display().to_string(),
        message: message.into(),
    }
}

/// Writes to `path` through `write`, atomically: the bytes go to a temporary file in the same
/// directory, which replaces `path` only if `write` succeeds.
pub fn write_atomically<E: fmt::Display>(
    path: &Path,
    write: impl FnOnce(&mut tempfile::NamedTempFile) -> Result<(), E>,
) -> Result<(), OutputError> {
    if path.is_dir() {
        return Err(out_err(path, "is a directory; give a file name"));
    }
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
        // A device, pipe or socket: renaming a file over it would replace it, not write to it.
        return Err(out_err(
            path,
            "is not a regular file (a device, pipe or socket); give a file name",
        ));
    }
    let dir: PathBuf = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        let why = if dir.exists() {
            format!("{} is a file, not a directory", dir.display())
        } else {
            format!("directory {} does not exist", dir.display())
        };
        return Err(out_err(path, why));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| {
            out_err(
                path,
                format!("cannot create a file in {}: {e}", dir.display()),
            )
        })?;
    write(&mut tmp).map_err(|e| out_err(path, e.to_string()))?;
    tmp.as_file_mut()
        .flush()
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| out_err(path, format!("cannot write: {e}")))?;
    match std::fs::metadata(path) {
        Ok(meta) => std::fs::set_permissions(tmp.path(), meta.permissions()),
        Err(_) => set_new_file_permissions(tmp.path()),
    }
    .map_err(|e| out_err(path, format!("cannot set permissions: {e}")))?;
    tmp.persist(path)
        .map_err(|e| out_err(path, format!("cannot replace the file: {}", e.error)))?;
    Ok(())
}

/// Gives a new output file the permissions of an ordinary new file (temporary files are 0600).
#[cfg(unix)]
fn set_new_file_permissions(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_new_file_permissions(_: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Runs `exporter` into `path` (atomically) or to standard output when `path` is `None` or
/// `-`.
pub fn export_to(
    exporter: &dyn Exporter,
    dataset: &Dataset,
    options: &ExportOptions,
    path: Option<&Path>,
) -> Result<ExportSummary, OutputError> {
    let info = exporter.info();
    match path.filter(|p| p.as_os_str() != "-") {
        Some(path) if info.files => {
            let mut summary = ExportSummary::default();
            crate::output_dir::write_dir_atomically(
                path,
                info.extension,
                |files| -> Result<(), ExportError> {
                    summary = exporter.export(dataset, options, Sink::Files(files))?;
                    Ok(())
                },
            )?;
            Ok(summary)
        }
        Some(path) => {
            let mut summary = ExportSummary::default();
            write_atomically(path, |tmp| -> Result<(), ExportError> {
                summary = exporter.export(dataset, options, Sink::Seekable(tmp.as_file_mut()))?;
                Ok(())
            })?;
            Ok(summary)
        }
        None => {
            let name = Path::new("<stdout>");
            if info.files {
                return Err(out_err(
                    name,
                    format!(
                        "the {} format writes a directory of files, one per table; give -o DIR",
                        info.name
                    ),
                ));
            }
            if info.needs_seek {
                return Err(out_err(
                    name,
                    format!(
                        "the {} format cannot be written to standard output; give -o FILE",
                        info.name
                    ),
                ));
            }
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            let summary = exporter
                .export(dataset, options, Sink::Stream(&mut lock))
                .map_err(|e| out_err(name, e.to_string()))?;
            lock.flush().map_err(|e| out_err(name, e.to_string()))?;
            Ok(summary)
        }
    }
}
