//! What every command that writes must respect, whatever path it is given and whatever
//! happens to the process while it writes:
//!
//! - an output is never an input of the same run (same file by any path, hard link or
//!   symbolic link): the run would read the old data and destroy it;
//! - an existing file the user could not write (read-only, or another user's) is not replaced
//!   unless `--force` says so;
//! - the temporary files and directories a run is writing are removed when it is stopped by
//!   SIGINT, SIGTERM or SIGHUP, and the process then ends by that signal, as a shell expects.
//!
//! The state is the process's own (the inputs read, the temporaries being written), kept
//! here so that every writer checks the same things.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// A file's identity on its file system, the same by every path that leads to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    dev: u64,
    ino: u64,
}

#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> Option<FileId> {
    use std::os::unix::fs::MetadataExt;
    Some(FileId {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

#[cfg(not(unix))]
fn file_id(_: &std::fs::Metadata) -> Option<FileId> {
    None
}

/// An input this run has read: its identity, canonical path and name as given.
type Read = (Option<FileId>, Option<PathBuf>, String);

/// The inputs this run has read.
static INPUTS: Mutex<Vec<Read>> = Mutex::new(Vec::new());
/// Whether `--force` was given.
static FORCE: AtomicBool = AtomicBool::new(false);
/// Temporary files and directories being written, removed if a signal stops the run.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
/// Set once a stopping signal arrived: no new temporary may be created.
static STOPPING: AtomicBool = AtomicBool::new(false);

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Records that this run read `path` (whose metadata is `meta`, taken from the open file).
pub fn read_input(path: &Path, meta: &std::fs::Metadata) {
    lock(&INPUTS).push((
        file_id(meta),
        std::fs::canonicalize(path).ok(),
        path.display().to_string(),
    ));
}

/// Says whether `--force` was given.
pub fn set_force(force: bool) {
    FORCE.store(force, Ordering::Relaxed);
}

/// The input that `path` is, if it is one (by any name).
pub fn input_at(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let id = file_id(&meta);
    let canonical = std::fs::canonicalize(path).ok();
    lock(&INPUTS)
        .iter()
        .find(|(i, c, _)| match (i, id) {
            (Some(i), Some(id)) => *i == id,
            _ => c.is_some() && *c == canonical,
        })
        .map(|(_, _, name)| name.clone())
}

/// Why the existing file at `path` may not be replaced, if it may not: it is an input of this
/// run (always refused), or the user could not write it (refused without `--force`).
pub fn refuse_replacing(path: &Path) -> Option<String> {
    if let Some(input) = input_at(path) {
        return Some(if Path::new(&input) == path {
            "is also the input of this command; write the output to another file".to_owned()
        } else {
            format!(
                "is the input of this command ({input}) under another name; write the output to another file"
            )
        });
    }
    if FORCE.load(Ordering::Relaxed) {
        return None;
    }
    let meta = std::fs::metadata(path).ok()?;
    protection(&meta).map(|why| format!("{why}; give --force to replace it"))
}

#[cfg(unix)]
fn protection(meta: &std::fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    refusal(meta.mode(), meta.uid(), me)
}

#[cfg(not(unix))]
fn protection(meta: &std::fs::Metadata) -> Option<String> {
    meta.permissions()
        .readonly()
        .then(|| "is read-only".to_owned())
}

/// The rule of [`refuse_replacing`] for a file of `mode` owned by `owner`, for the user `me`.
/// Replacing means renaming a new file over it, which the directory allows whatever the file's
/// own permissions say; so chidao asks what writing into it would need. Another user's file is
/// refused even where its mode would let us write, because a replaced file changes owner.
fn refusal(mode: u32, owner: u32, me: u32) -> Option<String> {
    if owner != me {
        Some(format!("belongs to another user (uid {owner})"))
    } else if mode & 0o200 == 0 {
        Some(format!("is read-only (mode {:04o})", mode & 0o7777))
    } else {
        None
    }
}

/// A temporary file or directory being written, removed if a signal stops the run; dropping
/// it stops watching (the writer has then renamed or removed it itself).
pub struct Watched(PathBuf);

impl Drop for Watched {
    fn drop(&mut self) {
        let mut temps = lock(&TEMPS);
        if let Some(i) = temps.iter().rposition(|p| *p == self.0) {
            temps.swap_remove(i);
        }
    }
}

/// Creates a temporary file or directory with `create` and watches it, both while holding the
/// list of temporaries: a signal that comes while it is being created waits for it to be on the
/// list, so it is removed too (created first and listed after, it could be left behind). An
/// error when the run is already being stopped, or when `create` fails.
pub fn create_watched<T>(
    create: impl FnOnce() -> std::io::Result<T>,
    path_of: impl Fn(&T) -> &Path,
) -> std::io::Result<(T, Watched)> {
    let mut temps = lock(&TEMPS);
    if STOPPING.load(Ordering::SeqCst) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::Interrupted,
            "the run is being stopped",
        ));
    }
    let created = create()?;
    let path = path_of(&created).to_owned();
    temps.push(path.clone());
    Ok((created, Watched(path)))
}

/// The prefix of a temporary name beside `file_name`: `.NAME.`, with the name cut so that the
/// whole temporary name (prefix, six random characters and a suffix of at most four) stays
/// within the 255 bytes a file name may have wherever the name itself fits.
pub fn temp_prefix(file_name: &str) -> String {
    const KEEP: usize = 200;
    let mut cut = file_name.len().min(KEEP);
    while !file_name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(".{}.", &file_name[..cut])
}

/// Removes every watched temporary, then ends the process by `signal`.
fn stop(signal: i32) -> ! {
    let temps: Vec<PathBuf> = {
        STOPPING.store(true, Ordering::SeqCst);
        std::mem::take(&mut *lock(&TEMPS))
    };
    for path in temps {
        // A directory may still be gaining files from the writer: try a few times.
        for _ in 0..5 {
            let removed = match std::fs::symlink_metadata(&path) {
                Ok(m) if m.is_dir() => std::fs::remove_dir_all(&path),
                Ok(_) => std::fs::remove_file(&path),
                Err(_) => Ok(()),
            };
            if removed.is_ok() {
                break;
            }
        }
    }
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    // The default action of these signals ends the process; if it did not, end it the way a
    // shell reports a death by signal.
    std::process::exit(128 + signal)
}

/// Starts the thread that removes the run's temporaries on SIGINT, SIGTERM or SIGHUP. Without
/// it (if the handlers cannot be installed) a stopped run may leave a `.NAME.*.tmp` behind;
/// the output itself is never touched either way.
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                stop(signal);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_owner_with_write_permission_may_replace_without_force() {
        assert_eq!(refusal(0o100644, 1000, 1000), None);
        assert_eq!(refusal(0o100600, 1000, 1000), None);
        assert_eq!(
            refusal(0o100444, 1000, 1000).as_deref(),
            Some("is read-only (mode 0444)")
        );
        // Group or other write permission does not make another user's file ours to replace.
        assert_eq!(
            refusal(0o100666, 1001, 1000).as_deref(),
            Some("belongs to another user (uid 1001)")
        );
        // Nor does being root.
        assert_eq!(
            refusal(0o100644, 1000, 0).as_deref(),
            Some("belongs to another user (uid 1000)")
        );
        assert_eq!(
            refusal(0o100400, 0, 0).as_deref(),
            Some("is read-only (mode 0400)")
        );
    }

    #[test]
    fn temporary_names_fit_whatever_the_length_of_the_name() {
        let long = "á".repeat(127); // 254 bytes
        let prefix = temp_prefix(&long);
        assert!(prefix.len() + 6 + ".tmp".len() <= 255, "{}", prefix.len());
        assert!(prefix.starts_with(".á"));
        assert_eq!(temp_prefix("report.xlsx"), ".report.xlsx.");
    }
}
