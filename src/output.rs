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
    /// Standard output is a pipe whose reader has gone (`| head`): the run ends quietly.
    pub closed_pipe: bool,
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
        closed_pipe: false,
    }
}

/// Writes to `path` through `write`, atomically: the bytes go to a temporary file in the same
/// directory, which replaces `path` only if `write` succeeds.
pub fn write_atomically<E: fmt::Display>(
    path: &Path,
    write: impl FnOnce(&mut tempfile::NamedTempFile) -> Result<(), E>,
) -> Result<(), OutputError> {
    prepare(path, write)?.commit()
}

/// Writes several files, all or none: each is written to its temporary first, and only when
/// every one was written do they take their places (renames in the same directory, which do
/// not run out of space).
pub fn write_all_atomically(files: &[(&Path, &[u8])]) -> Result<(), OutputError> {
    let prepared = files
        .iter()
        .map(|(path, bytes)| prepare(path, |tmp| tmp.write_all(bytes)))
        .collect::<Result<Vec<_>, _>>()?;
    prepared.into_iter().try_for_each(Prepared::commit)
}

/// An output written whole to its temporary, waiting to take its place.
pub struct Prepared {
    tmp: tempfile::NamedTempFile,
    path: PathBuf,
    _watched: crate::guard::Watched,
}

impl Prepared {
    /// Renames the temporary over the output.
    pub fn commit(self) -> Result<(), OutputError> {
        let Prepared { tmp, path, .. } = self;
        tmp.persist(&path)
            .map_err(|e| out_err(&path, format!("cannot replace the file: {}", e.error)))?;
        Ok(())
    }
}

/// Writes the output of `path` through `write` into a temporary beside it, checked, flushed,
/// synced and given the permissions it will have.
fn prepare<E: fmt::Display>(
    path: &Path,
    write: impl FnOnce(&mut tempfile::NamedTempFile) -> Result<(), E>,
) -> Result<Prepared, OutputError> {
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
    if let Some(why) = crate::guard::refuse_replacing(path) {
        return Err(out_err(path, why));
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (mut tmp, watched) = crate::guard::create_watched(
        || {
            with_mode(
                tempfile::Builder::new()
                    .prefix(&crate::guard::temp_prefix(&file_name))
                    .suffix(".tmp"),
                0o666,
            )
            .tempfile_in(&dir)
            .map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot create a file in {}: {e}", dir.display()),
                )
            })
        },
        |t| t.path(),
    )
    .map_err(|e| out_err(path, e.to_string()))?;
    write(&mut tmp).map_err(|e| out_err(path, e.to_string()))?;
    tmp.as_file_mut()
        .flush()
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| out_err(path, format!("cannot write: {e}")))?;
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions())
            .map_err(|e| out_err(path, format!("cannot set permissions: {e}")))?;
    }
    Ok(Prepared {
        tmp,
        path: path.to_owned(),
        _watched: watched,
    })
}

/// Creates temporaries with `mode` (less the umask, as the system applies it) rather than the
/// 0600 or 0700 of temporary files, so that a new output gets the permissions the user's umask
/// gives new files (`0o666`) or directories (`0o777`).
#[cfg(unix)]
pub fn with_mode<'a, 'b, 'c>(
    builder: &'c mut tempfile::Builder<'a, 'b>,
    mode: u32,
) -> &'c mut tempfile::Builder<'a, 'b> {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
pub fn with_mode<'a, 'b, 'c>(
    builder: &'c mut tempfile::Builder<'a, 'b>,
    _: u32,
) -> &'c mut tempfile::Builder<'a, 'b> {
    builder
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
                &info.extension,
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
            if !stdout_is_open() {
                return Err(out_err(
                    name,
                    "standard output is closed; give -o FILE or redirect it",
                ));
            }
            let mut out = PipeWatch {
                inner: std::io::stdout().lock(),
                closed: false,
            };
            let result = exporter
                .export(dataset, options, Sink::Stream(&mut out))
                .map_err(|e| e.to_string())
                .and_then(|summary| out.flush().map(|()| summary).map_err(|e| e.to_string()));
            result.map_err(|message| OutputError {
                closed_pipe: out.closed,
                ..out_err(name, message)
            })
        }
    }
}

/// Standard output, noting whether its reader has gone.
struct PipeWatch<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> PipeWatch<W> {
    fn note<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            self.closed = true;
        }
        r
    }
}

impl<W: Write> Write for PipeWatch<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.note(r)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let r = self.inner.write_all(buf);
        self.note(r)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.note(r)
    }
}

/// Whether standard output was closed when the process started.
///
/// Rust's runtime, before `main`, opens `/dev/null` read-write on a standard descriptor the
/// process was started without, so that no file opened later takes its number; what is written
/// then vanishes, and an export would seem to succeed. So standard output counts as closed when
/// it is `/dev/null` opened read-write: a shell's `>/dev/null` opens it write-only, and stays a
/// valid choice. (Only `1<>/dev/null` is mistaken for a closed one.)
#[cfg(unix)]
pub fn stdout_is_open() -> bool {
    // SAFETY: fstat and stat fill the zeroed structs given; fcntl F_GETFL only reads flags.
    unsafe {
        let mut out: libc::stat = std::mem::zeroed();
        let mut null: libc::stat = std::mem::zeroed();
        if libc::fstat(1, &mut out) != 0 {
            return false;
        }
        let is_null = (out.st_mode & libc::S_IFMT) == libc::S_IFCHR
            && libc::stat(c"/dev/null".as_ptr(), &mut null) == 0
            && out.st_rdev == null.st_rdev;
        let flags = libc::fcntl(1, libc::F_GETFL);
        !(is_null && flags != -1 && flags & libc::O_ACCMODE == libc::O_RDWR)
    }
}

#[cfg(not(unix))]
pub fn stdout_is_open() -> bool {
    true
}

/// Prints `text` to standard output. A reader that has gone (`| head`) is not an error; a
/// closed standard output or any other failure is.
///
/// # Errors
///
/// The message to print, naming standard output.
pub fn print(text: &str) -> Result<(), String> {
    if !stdout_is_open() {
        return Err("<stdout>: standard output is closed; give -o FILE or redirect it".into());
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(format!("<stdout>: {e}")),
        _ => Ok(()),
    }
}
