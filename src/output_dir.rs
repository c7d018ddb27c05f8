//! Writing a set of files (one per table) as a directory, atomically: the files go to a
//! temporary directory beside the target, which takes the target's place only when every file
//! was written. A failed run leaves no partial directory and never replaces a good one.
//!
//! An existing target is replaced only when it holds nothing but files of the format's
//! extension (an earlier export), so that `-o .` or `-o ~` can never delete a person's files.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chidao_model::FileSet;

use crate::output::{OutputError, out_err};

/// Files created in a temporary directory; the first error of closing any of them.
struct DirFiles {
    dir: PathBuf,
    names: Vec<String>,
    error: Arc<Mutex<Option<io::Error>>>,
}

/// A file of [`DirFiles`]: buffered; flushed and synced when dropped, recording a failure.
struct TrackedFile {
    inner: Option<BufWriter<File>>,
    error: Arc<Mutex<Option<io::Error>>>,
}

impl Write for TrackedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.as_mut().map_or(Ok(0), |w| w.write(buf))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.inner.as_mut().map_or(Ok(()), |w| w.write_all(buf))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.as_mut().map_or(Ok(()), |w| w.flush())
    }
}

impl Drop for TrackedFile {
    fn drop(&mut self) {
        let Some(w) = self.inner.take() else { return };
        let result = w
            .into_inner()
            .map_err(io::IntoInnerError::into_error)
            .and_then(|f| f.sync_all());
        if let Err(e) = result {
            let mut slot = self.error.lock().unwrap_or_else(|p| p.into_inner());
            slot.get_or_insert(e);
        }
    }
}

impl FileSet for DirFiles {
    fn create(&mut self, name: &str) -> io::Result<Box<dyn Write + Send + '_>> {
        let plain = !name.is_empty()
            && name != "."
            && name != ".."
            && !name.contains(['/', '\\', '\0'])
            && Path::new(name).file_name() == Some(OsStr::new(name));
        if !plain {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{name}` is not a plain file name"),
            ));
        }
        if self.names.iter().any(|n| n == name) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{name}` was already written"),
            ));
        }
        let file = File::create_new(self.dir.join(name))?;
        self.names.push(name.to_owned());
        Ok(Box::new(TrackedFile {
            inner: Some(BufWriter::with_capacity(1 << 16, file)),
            error: Arc::clone(&self.error),
        }))
    }
}

/// Why an existing `path` may not be replaced by an export, if it may not.
fn refuse_existing(path: &Path, extension: &str) -> Result<bool, OutputError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(out_err(path, format!("cannot read: {e}"))),
    };
    if !meta.is_dir() {
        return Err(out_err(
            path,
            "exists and is not a directory; this format writes a directory of files, give a new or empty directory",
        ));
    }
    if let Some(why) = crate::guard::refuse_replacing(path) {
        return Err(out_err(path, why));
    }
    let entries =
        std::fs::read_dir(path).map_err(|e| out_err(path, format!("cannot read: {e}")))?;
    for entry in entries {
        let entry = entry.map_err(|e| out_err(path, format!("cannot read: {e}")))?;
        let name = entry.file_name();
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        let ours = Path::new(&name).extension() == Some(OsStr::new(extension));
        if let Some(input) = crate::guard::input_at(&entry.path()) {
            return Err(out_err(
                path,
                format!("holds the input of this command ({input}); write the output elsewhere"),
            ));
        }
        if !(is_file && ours) {
            return Err(out_err(
                path,
                format!(
                    "holds `{}`, which is not a .{extension} file of an earlier export; give a new or empty directory",
                    name.to_string_lossy()
                ),
            ));
        }
    }
    Ok(true)
}

/// Writes a set of files into the directory `path` through `write`, atomically.
pub fn write_dir_atomically<E: std::fmt::Display>(
    path: &Path,
    extension: &str,
    write: impl FnOnce(&mut dyn FileSet) -> Result<(), E>,
) -> Result<(), OutputError> {
    let replaces = refuse_existing(path, extension)?;
    let parent: PathBuf = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    if !parent.is_dir() {
        return Err(out_err(
            path,
            format!("directory {} does not exist", parent.display()),
        ));
    }
    let base = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    let (tmp, watched) = crate::guard::create_watched(
        || {
            crate::output::with_mode(
                tempfile::Builder::new()
                    .prefix(&crate::guard::temp_prefix(&base))
                    .suffix(".tmp"),
                0o777,
            )
            .tempdir_in(&parent)
            .map_err(|e| {
                std::io::Error::new(
                    e.kind(),
                    format!("cannot create a directory in {}: {e}", parent.display()),
                )
            })
        },
        |t| t.path(),
    )
    .map_err(|e| out_err(path, e.to_string()))?;
    let mut files = DirFiles {
        dir: tmp.path().to_owned(),
        names: Vec::new(),
        error: Arc::new(Mutex::new(None)),
    };
    write(&mut files).map_err(|e| out_err(path, e.to_string()))?;
    if let Some(e) = files.error.lock().unwrap_or_else(|p| p.into_inner()).take() {
        return Err(out_err(path, format!("cannot write: {e}")));
    }
    set_dir_permissions(tmp.path(), path, replaces)
        .map_err(|e| out_err(path, format!("cannot set permissions: {e}")))?;
    sync_dir(tmp.path()).map_err(|e| out_err(path, format!("cannot write: {e}")))?;
    let tmp_path = tmp.keep();
    let placed = if replaces {
        replace_dir(&tmp_path, path, &parent, &base)
    } else {
        std::fs::rename(&tmp_path, path).map_err(|e| format!("cannot create the directory: {e}"))
    };
    if let Err(why) = placed {
        let _ = std::fs::remove_dir_all(&tmp_path);
        return Err(out_err(path, why));
    }
    drop(watched);
    let _ = sync_dir(&parent);
    Ok(())
}

/// Puts `new` in the place of the directory `path`: `path` moves aside to an empty directory
/// made for it, `new` takes its name, and the old one is removed. If the second step fails,
/// the old directory goes back.
fn replace_dir(new: &Path, path: &Path, parent: &Path, base: &str) -> Result<(), String> {
    let aside = tempfile::Builder::new()
        .prefix(&crate::guard::temp_prefix(base))
        .suffix(".old")
        .tempdir_in(parent)
        .map_err(|e| format!("cannot create a directory in {}: {e}", parent.display()))?
        .keep();
    // Renaming a directory onto an empty one replaces it.
    if let Err(e) = std::fs::rename(path, &aside) {
        let _ = std::fs::remove_dir(&aside);
        return Err(format!("cannot move the earlier export aside: {e}"));
    }
    if let Err(e) = std::fs::rename(new, path) {
        let _ = std::fs::rename(&aside, path);
        return Err(format!("cannot replace the directory: {e}"));
    }
    let _ = std::fs::remove_dir_all(&aside);
    Ok(())
}

/// Gives the new directory the permissions of the one it replaces; a new one keeps those it
/// was created with (0777 less the umask), and its files those of ordinary new files.
fn set_dir_permissions(tmp: &Path, target: &Path, replaces: bool) -> io::Result<()> {
    if replaces {
        std::fs::set_permissions(tmp, std::fs::metadata(target)?.permissions())?;
    }
    Ok(())
}

/// Makes a directory's entries durable.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_: &Path) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    fn write_two(files: &mut dyn FileSet) -> io::Result<()> {
        files.create("a.parquet")?.write_all(b"new a")?;
        files.create("b.parquet")?.write_all(b"new b")
    }

    #[test]
    fn a_failure_midway_keeps_the_earlier_export_and_leaves_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("export");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("a.parquet"), b"earlier").unwrap();
        let err = write_dir_atomically(&target, "parquet", |files| -> Result<(), String> {
            files
                .create("a.parquet")
                .unwrap()
                .write_all(b"half")
                .unwrap();
            Err("disk on fire".to_owned())
        })
        .unwrap_err();
        assert_eq!(err.message, "disk on fire");
        assert_eq!(names(&target), ["a.parquet"]);
        assert_eq!(std::fs::read(target.join("a.parquet")).unwrap(), b"earlier");
        assert_eq!(
            names(tmp.path()),
            ["export"],
            "the temporary directory is removed"
        );
    }

    #[test]
    fn success_replaces_the_earlier_export_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("export");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("gone.parquet"), b"earlier").unwrap();
        write_dir_atomically(&target, "parquet", write_two).unwrap();
        assert_eq!(names(&target), ["a.parquet", "b.parquet"]);
        assert_eq!(std::fs::read(target.join("b.parquet")).unwrap(), b"new b");
        assert_eq!(names(tmp.path()), ["export"]);
    }

    #[test]
    fn names_that_are_not_plain_file_names_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("export");
        let err = write_dir_atomically(&target, "parquet", |files| -> Result<(), String> {
            for bad in ["", ".", "..", "../escape.parquet", "sub/x.parquet"] {
                let e = files.create(bad).err().expect("refused");
                assert_eq!(e.kind(), io::ErrorKind::InvalidInput, "{bad:?}");
            }
            files.create("x.parquet").map_err(|e| e.to_string())?;
            let e = files.create("x.parquet").err().expect("a second x.parquet");
            Err(e.to_string())
        })
        .unwrap_err();
        assert_eq!(err.message, "`x.parquet` was already written");
        assert!(!target.exists());
        assert_eq!(names(tmp.path()), Vec::<String>::new());
    }
}
