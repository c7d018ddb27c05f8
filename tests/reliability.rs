//! What the command line guarantees whatever the machine does: outputs that are inputs by
//! another name, protected files, a full disk, signals, the umask, closed and broken standard
//! output, and inputs whose cost must grow no faster than their size. The cases that need
//! something the bad-input corpus cannot set up (a link, a mode, a resource limit, a signal)
//! live here; each is named in SECURITY.md.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const BASE: &str = include_str!("conformance/valid/base.json");

fn chidao(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_chidao"));
    c.current_dir(dir);
    c
}

fn run(dir: &Path, args: &[&str]) -> Output {
    chidao(dir).args(args).output().expect("chidao runs")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

fn with_base(dir: &Path) {
    std::fs::write(dir.join("data.json"), BASE).unwrap();
}

#[test]
fn an_output_that_is_the_input_by_a_link_is_refused_and_the_input_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    with_base(dir);
    std::fs::hard_link(dir.join("data.json"), dir.join("hard.json")).unwrap();
    std::os::unix::fs::symlink("data.json", dir.join("soft.json")).unwrap();
    for (args, said) in [
        (
            &["report", "-i", "data.json", "-o", "hard.json"][..],
            "hard.json: is the input of this command (data.json) under another name",
        ),
        (
            &[
                "export",
                "--to",
                "xml",
                "-i",
                "data.json",
                "-o",
                "soft.json",
            ][..],
            "soft.json: is the input of this command (data.json) under another name",
        ),
        (
            &[
                "export",
                "--to",
                "json",
                "-i",
                "soft.json",
                "-o",
                "data.json",
            ][..],
            "data.json: is the input of this command (soft.json) under another name",
        ),
    ] {
        let out = run(dir, args);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(said), "{args:?}: {}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(dir.join("data.json")).unwrap(),
            BASE
        );
    }
    assert_eq!(names(dir), ["data.json", "hard.json", "soft.json"]);
}

#[test]
fn a_read_only_output_is_kept_unless_forced_and_then_keeps_its_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let out_file = dir.join("out.json");
    std::fs::write(&out_file, "old\n").unwrap();
    std::fs::set_permissions(&out_file, std::fs::Permissions::from_mode(0o444)).unwrap();

    let out = run(dir, &["export", "--to", "json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        "error: out.json: is read-only (mode 0444); give --force to replace it\n"
    );
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), "old\n");

    let out = run(
        dir,
        &["export", "--to", "json", "-o", "out.json", "--force"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(std::fs::read_to_string(&out_file).unwrap().starts_with('{'));
    let mode = std::fs::metadata(&out_file).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o444);
    assert_eq!(names(dir), ["out.json"]);
}

#[test]
fn another_users_file_is_not_replaced_without_force() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        // Only root can give a file to another user; the rule itself is unit-tested in
        // src/guard.rs for every user.
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let theirs = dir.join("theirs.json");
    std::fs::write(&theirs, "theirs\n").unwrap();
    std::os::unix::fs::chown(&theirs, Some(65534), Some(65534)).unwrap();
    let out = run(dir, &["export", "--to", "json", "-o", "theirs.json"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        "error: theirs.json: belongs to another user (uid 65534); give --force to replace it\n"
    );
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "theirs\n");
}

/// Runs chidao with files limited to `bytes` (RLIMIT_FSIZE): a write past the limit fails as
/// on a full disk (EFBIG instead of ENOSPC), without root and without a small file system.
fn with_file_size_limit(cmd: &mut Command, bytes: u64) -> Output {
    // SAFETY: between fork and exec only async-signal-safe calls (setrlimit, signal).
    unsafe {
        cmd.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: bytes,
                rlim_max: bytes,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // A write past the limit then fails with EFBIG instead of killing the process.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    cmd.output().expect("chidao runs")
}

#[test]
fn a_full_disk_is_an_error_never_a_panic_and_leaves_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let sample = run(dir, &["sample", "--tasks", "3000", "-o", "s.json"]);
    assert!(sample.status.success());
    std::fs::write(dir.join("out.xlsx"), "earlier\n").unwrap();
    // The task sheets' temporary files outgrow 64 KiB long before the workbook is done; a
    // smaller limit stops the workbook itself.
    for limit in [64 * 1024, 16 * 1024] {
        let out = with_file_size_limit(
            chidao(dir).args([
                "report",
                "-i",
                "s.json",
                "-o",
                "out.xlsx",
                "--as-of",
                "2024-06-30",
            ]),
            limit,
        );
        let said = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{limit}: {said}");
        assert!(!said.contains("panicked"), "{said}");
        assert!(!said.contains("ZipWriter"), "{said}");
        assert_eq!(said.lines().count(), 1, "one plain line: {said}");
        assert!(said.contains("file too large"), "{said}");
        assert_eq!(names(dir), ["out.xlsx", "s.json"]);
        assert_eq!(
            std::fs::read_to_string(dir.join("out.xlsx")).unwrap(),
            "earlier\n"
        );
    }
}

#[test]
fn the_schemas_are_written_all_or_none() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Room for the small schemas, not for the shared definitions.
    let out = with_file_size_limit(chidao(dir).args(["schema", "-o", "schemas"]), 8 * 1024);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(names(&dir.join("schemas")), Vec::<String>::new());
    let out = run(dir, &["schema", "-o", "schemas"]);
    assert!(out.status.success());
    // The dataset's, the nine records' and the shared definitions (defs.schema.json).
    assert_eq!(names(&dir.join("schemas")).len(), 11);
}

/// Starts `chidao export` of a large sample to `out.json`, sends `signal` once its temporary
/// file exists, and returns how it ended.
fn export_stopped_by(dir: &Path, signal: i32) -> std::process::ExitStatus {
    let mut child = chidao(dir)
        .args(["export", "--to", "json", "-i", "big.json", "-o", "out.json"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    // Polls for the temporary file the run is writing (a condition, not a fixed wait).
    while !names(dir).iter().any(|n| n.ends_with(".tmp")) {
        assert!(Instant::now() < deadline, "no temporary file appeared");
        assert!(
            child.try_wait().unwrap().is_none(),
            "the export ended first"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    // SAFETY: kill sends a signal to our own child.
    assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
    child.wait().unwrap()
}

#[test]
fn a_signal_removes_the_temporary_file_and_ends_the_run_by_that_signal() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    assert!(
        run(dir, &["sample", "--tasks", "150000", "-o", "big.json"])
            .status
            .success()
    );
    std::fs::write(dir.join("out.json"), "earlier\n").unwrap();
    for signal in [libc::SIGINT, libc::SIGTERM, libc::SIGHUP] {
        let status = export_stopped_by(dir, signal);
        assert_eq!(status.signal(), Some(signal), "{status:?}");
        assert_eq!(names(dir), ["big.json", "out.json"], "signal {signal}");
        assert_eq!(
            std::fs::read_to_string(dir.join("out.json")).unwrap(),
            "earlier\n"
        );
    }
}

#[test]
fn new_outputs_follow_the_umask() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut cmd = chidao(dir);
    cmd.args(["export", "--to", "json", "-o", "private.json"]);
    // SAFETY: umask is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0o077);
            Ok(())
        });
    }
    assert!(cmd.output().unwrap().status.success());
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.join("private.json")), 0o600);

    let mut cmd = chidao(dir);
    cmd.args(["export", "--to", "parquet", "-o", "tables"]);
    // SAFETY: as above.
    unsafe {
        cmd.pre_exec(|| {
            libc::umask(0o027);
            Ok(())
        });
    }
    assert!(cmd.output().unwrap().status.success());
    assert_eq!(mode(&dir.join("tables")), 0o750);
    assert_eq!(mode(&dir.join("tables/tasks.parquet")), 0o640);
}

#[test]
fn standard_output_closed_is_an_error_and_a_reader_gone_is_a_quiet_end() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut cmd = chidao(dir);
    cmd.args(["export", "--to", "json"]);
    // SAFETY: close is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        stderr(&out),
        "error: <stdout>: standard output is closed; give -o FILE or redirect it\n"
    );

    // `> /dev/null` is a choice, not a closed output.
    let null = std::fs::File::create("/dev/null").unwrap();
    let out = chidao(dir)
        .args(["export", "--to", "json"])
        .stdout(null)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // `chidao sample | head -c 100`: the reader leaves after a few bytes.
    let mut child = chidao(dir)
        .args(["sample", "--tasks", "20000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_dash_reads_the_dataset_from_standard_input() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut child = chidao(dir)
        .args(["export", "--to", "xml", "-i", "-", "-o", "out.xml"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), BASE.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xml = std::fs::read_to_string(dir.join("out.xml")).unwrap();
    assert_eq!(
        chidao_xml::from_str(&xml).unwrap(),
        chidao_json::from_str(BASE).unwrap()
    );

    let mut child = chidao(dir)
        .args(["validate", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        &mut child.stdin.take().unwrap(),
        b"{\"format_version\": \"1.2\", \"tasks\": 5}",
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("<stdin>:1:36: error[type] tasks"));
}

#[test]
fn a_message_quoting_a_huge_name_stays_short() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let name = "a".repeat(10 << 20);
    std::fs::write(
        dir.join("x.xml"),
        format!("<dataset xmlns=\"urn:chidao:dataset:1\"><{name}/></dataset>"),
    )
    .unwrap();
    let out = run(dir, &["validate", "x.xml"]);
    assert_eq!(out.status.code(), Some(2));
    let said = stderr(&out);
    assert!(said.len() < 4096, "{} bytes", said.len());
    assert!(said.contains("more bytes)"), "{said}");
    let json = format!("{{\"{name}\": 1}}");
    std::fs::write(dir.join("x.json"), json).unwrap();
    let out = run(dir, &["export", "--to", "json", "-i", "x.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).len() < 4096, "{} bytes", stderr(&out).len());
}

/// Peak resident memory of one run, in KiB, as the system counts it for that process alone.
// The child is waited for by wait4, which std does not know of.
#[allow(clippy::zombie_processes)]
fn peak_kib(cmd: &mut Command) -> i64 {
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for our own child, which std has
    // not waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32);
    usage.ru_maxrss
}

#[test]
fn a_wrong_shape_costs_memory_of_the_order_of_its_size() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // 32 MB of `{"format_version":"1.2","sources":[[0,0,…]]}`: as a tree of values it would
    // take about 1.3 GB.
    let zeros = format!(
        "{{\"format_version\": \"1.2\", \"sources\": [[{}0]]}}",
        "0,".repeat(16 << 20)
    );
    std::fs::write(dir.join("zeros.json"), &zeros).unwrap();
    let peak = peak_kib(chidao(dir).args(["validate", "zeros.json"]));
    let size_kib = (zeros.len() / 1024) as i64;
    assert!(
        peak < 4 * size_kib,
        "peak {peak} KiB for an input of {size_kib} KiB"
    );
}

/// The shortest times of five runs each of `small` and `large` in `dir`, taken in turn so
/// that whatever else the machine is doing (other tests run beside this one) weighs on both
/// alike, and the shortest is the least disturbed.
fn times(dir: &Path, small: &[&str], large: &[&str]) -> (Duration, Duration) {
    let once = |args: &[&str]| {
        let start = Instant::now();
        let out = run(dir, args);
        assert!(!stderr(&out).contains("panicked"));
        start.elapsed()
    };
    (0..5).fold((Duration::MAX, Duration::MAX), |(s, l), _| {
        (s.min(once(small)), l.min(once(large)))
    })
}

/// Fails when four times the input takes more than eight times as long: a linear cost takes
/// four times as long (less, with the process's start), a quadratic one sixteen times. The
/// margin is wide so that a loaded machine does not fail a linear cost.
fn assert_linear((small, large): (Duration, Duration), what: &str) {
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-3);
    assert!(
        ratio < 8.0,
        "{what}: {small:?} at n, {large:?} at 4n (×{ratio:.1})"
    );
}

#[test]
fn findings_in_one_long_group_and_attributes_of_one_element_cost_linear_time() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut base: serde_json::Value = serde_json::from_str(BASE).unwrap();
    let mut group = |n: usize, file: &str| {
        let members: Vec<String> = (0..n).map(|i| format!("khong-co-{i}")).collect();
        base["agency_groups"][0]["members"] = serde_json::json!(members);
        std::fs::write(dir.join(file), serde_json::to_string_pretty(&base).unwrap()).unwrap();
    };
    group(10_000, "g1.json");
    group(40_000, "g2.json");
    let attrs = |n: usize, file: &str| {
        let attrs: String = (0..n).map(|i| format!(" a{i}=\"1\"")).collect();
        std::fs::write(
            dir.join(file),
            format!("<dataset xmlns=\"urn:chidao:dataset:1\"{attrs}/>"),
        )
        .unwrap();
    };
    attrs(25_000, "a1.xml");
    attrs(100_000, "a2.xml");
    assert_linear(
        times(dir, &["validate", "g1.json"], &["validate", "g2.json"]),
        "validate, dangling members of one group",
    );
    assert_linear(
        times(dir, &["validate", "a1.xml"], &["validate", "a2.xml"]),
        "validate, attributes of one element",
    );
}
