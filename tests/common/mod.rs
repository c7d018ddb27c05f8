//! Helpers shared by the end-to-end tests: running the `chidao` binary and reading its output.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `chidao` with `args` in the current directory.
#[allow(dead_code)]
pub fn chidao(args: &[&str]) -> Output {
    chidao_in(Path::new("."), args)
}

/// Runs `chidao` with `args` in `dir`.
pub fn chidao_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chidao"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("chidao runs")
}

/// The standard error of a run, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
