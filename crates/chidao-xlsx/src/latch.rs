//! The output of the workbook, keeping its first failure.
//!
//! When a write fails (a full disk), the spreadsheet library returns the error, and then the
//! ZIP writer it drops tries to finish the archive, fails again and prints a debug line to
//! standard error. After a first failure this writer therefore keeps the error and accepts
//! everything else without writing it: the output is lost anyway (its writer is told so by the
//! error), and what the person sees is the one failure, said once.

use std::io::{self, Seek, SeekFrom, Write};

/// A writer that stops writing at its first failure and keeps it.
pub(crate) struct Latch<W> {
    inner: W,
    error: Option<io::Error>,
}

impl<W> Latch<W> {
    pub(crate) fn new(inner: W) -> Self {
        Latch { inner, error: None }
    }

    /// The first failure, if there was one.
    pub(crate) fn into_error(self) -> Option<io::Error> {
        self.error
    }

    fn keep<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        match result {
            Err(e) if e.kind() != io::ErrorKind::Interrupted => {
                // Report this failure to the caller once; later calls are accepted unwritten.
                let shown = io::Error::new(e.kind(), e.to_string());
                self.error = Some(e);
                Err(shown)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for Latch<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.error.is_some() {
            return Ok(buf.len());
        }
        let r = self.inner.write(buf);
        self.keep(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.error.is_some() {
            return Ok(());
        }
        let r = self.inner.flush();
        self.keep(r)
    }
}

impl<W: Seek> Seek for Latch<W> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        if self.error.is_some() {
            return Ok(0);
        }
        let r = self.inner.seek(pos);
        self.keep(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Accepts `room` bytes, then fails like a full disk.
    struct Full {
        room: usize,
        written: Vec<u8>,
    }

    impl Write for Full {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.written.len() + buf.len() > self.room {
                return Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"));
            }
            self.written.extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_first_failure_is_kept_and_nothing_is_written_after_it() {
        let mut w = Latch::new(Full {
            room: 4,
            written: Vec::new(),
        });
        w.write_all(b"abc").unwrap();
        let e = w.write_all(b"defg").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::StorageFull);
        // What comes after is accepted and dropped, so a writer finishing on drop stays quiet.
        w.write_all(b"xyz").unwrap();
        w.flush().unwrap();
        assert_eq!(w.inner.written, b"abc");
        assert_eq!(w.into_error().unwrap().kind(), io::ErrorKind::StorageFull);
    }
}
