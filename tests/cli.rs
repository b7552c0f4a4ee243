//! The real `redaction-check` binary: outputs, exit codes, bad files among good ones.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_redaction-check"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(cmd: &mut Command) -> (i32, String, String) {
    run_output(cmd.output().expect("binary runs"))
}

/// `scan --config CFG -` with nothing on standard input: what the config alone does.
fn scan_stdin_with_config(cfg: &Path) -> (i32, String, String) {
    run(bin()
        .args(["scan", "--config"])
        .arg(cfg)
        .arg("-")
        .stdin(Stdio::null()))
}

const DRAFT: &str = "Dear Sir\n\n👍 Call Jo on 07700 900123 or foi@example.gov.uk.\n";

#[test]
fn text_output_is_one_line_per_finding_like_a_compiler() {
    let dir = scratch("text");
    let f = dir.join("draft.txt");
    std::fs::write(&f, DRAFT).unwrap();
    let (code, out, err) = run(bin().arg("scan").arg(&f));
    assert_eq!(
        code, 1,
        "a high finding fails at the default --fail-on review; stderr: {err}"
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    let p = f.display();
    assert_eq!(
        lines[0],
        format!("{p}:3:14: high phone \"07700 900123\" — A mobile number, which reaches an individual directly. [s40(2)] (phone.uk.mobile)")
    );
    assert!(
        lines[1].starts_with(&format!("{p}:3:30: info email \"foi@example.gov.uk\"")),
        "{}",
        lines[1]
    );
}

#[test]
fn json_output_counts_code_points() {
    let mut child = bin()
        .args(["scan", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(DRAFT.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["path"], "-");
    let f = &files[0]["findings"][0];
    let chars: Vec<char> = DRAFT.chars().collect();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(chars[s..e].iter().collect::<String>(), "07700 900123");
    assert_eq!(f["kind"], "phone");
    assert_eq!(f["family"], "personal");
    assert_eq!(f["context"], "answer");
}

#[test]
fn fail_on_levels_set_the_exit_code() {
    let dir = scratch("failon");
    let info_only = dir.join("info.txt");
    std::fs::write(&info_only, "Dear Sir\n\nWrite to foi@example.gov.uk.\n").unwrap();
    assert_eq!(run(bin().arg("scan").arg(&info_only)).0, 0);
    assert_eq!(
        run(bin().args(["scan", "--fail-on", "info"]).arg(&info_only)).0,
        1
    );
    let high = dir.join("high.txt");
    std::fs::write(&high, DRAFT).unwrap();
    assert_eq!(
        run(bin().args(["scan", "--fail-on", "never"]).arg(&high)).0,
        0
    );
    assert_eq!(
        run(bin().args(["scan", "--fail-on", "high"]).arg(&high)).0,
        1
    );
}

#[test]
fn a_bad_file_among_good_ones_is_named_and_the_rest_scanned() {
    let dir = scratch("mixed");
    std::fs::write(dir.join("a.txt"), DRAFT).unwrap();
    std::fs::write(dir.join("b.txt"), [0xff, 0xfe, b'h', b'i']).unwrap();
    std::fs::write(dir.join("c.md"), "Ring 07700 900456.\n").unwrap();
    std::fs::write(dir.join("d.txt"), b"bin\0ary").unwrap();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("skip.pdf"), "not read").unwrap();
    std::fs::write(dir.join("SHOUT.TXT"), "Ring 07700 900789.\n").unwrap();
    let out_dir = dir.join("out");
    let (code, out, err) = run(bin().args(["scan", "--out-dir"]).arg(&out_dir).arg(&dir));
    assert_eq!(code, 2, "an unreadable file makes the run an input error");
    assert!(
        err.contains("b.txt") && err.contains("not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("d.txt") && err.contains("binary"), "{err}");
    assert!(out.contains("a.txt:3:14: high phone"), "{out}");
    assert!(out.contains("c.md:1:6: high phone"), "{out}");
    assert!(!out.contains("skip.pdf"));
    // An extension in capitals is a draft's extension too.
    assert!(out.contains("SHOUT.TXT:1:6: high phone"), "{out}");
    // --out-dir: one {"findings": [...]} per readable input, as score.py reads.
    let a: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("a.json")).unwrap()).unwrap();
    assert_eq!(a["findings"].as_array().unwrap().len(), 2);
    let empty: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("empty.json")).unwrap())
            .unwrap();
    assert_eq!(empty["findings"].as_array().unwrap().len(), 0);
    assert!(!out_dir.join("b.json").exists());
}

#[test]
fn usage_and_config_errors_exit_2_with_a_message() {
    let dir = scratch("errors");
    let (code, _, err) = run(bin().arg("scan"));
    assert_eq!(code, 2);
    assert!(err.contains("no PATH given"), "{err}");
    let (code, _, err) = run(bin().args(["scan", "--format", "xml", "x"]));
    assert_eq!(
        (code, err.contains("--format must be text or json")),
        (2, true),
        "{err}"
    );
    let (code, _, err) = run(bin().args(["frobnicate"]));
    assert_eq!((code, err.contains("unknown command")), (2, true));
    let missing = dir.join("missing.txt");
    let (code, _, err) = run(bin().arg("scan").arg(&missing));
    assert_eq!(code, 2);
    assert!(err.contains("missing.txt"), "{err}");

    let cfg = dir.join("bad.json");
    std::fs::write(&cfg, r#"{"minSeverity": "urgent"}"#).unwrap();
    let (code, _, err) = scan_stdin_with_config(&cfg);
    assert_eq!(code, 2);
    assert!(
        err.contains("minSeverity") && err.contains("urgent"),
        "{err}"
    );
    std::fs::write(&cfg, r#"{"allowList": []}"#).unwrap();
    let (_, _, err) = scan_stdin_with_config(&cfg);
    assert!(err.contains("allowList"), "{err}");
    std::fs::write(&cfg, r#"{"publicNumbers": "0113"}"#).unwrap();
    let (_, _, err) = scan_stdin_with_config(&cfg);
    assert!(err.contains("publicNumbers"), "{err}");
    std::fs::write(&cfg, "{not json").unwrap();
    let (code, _, err) = scan_stdin_with_config(&cfg);
    assert_eq!(code, 2);
    assert!(err.contains("bad.json"), "{err}");
}

#[test]
fn config_file_is_applied() {
    let dir = scratch("config");
    let cfg = dir.join("org.json");
    std::fs::write(&cfg, r#"{"allow": ["07700 900123"], "deny": [{"term": "Project Kestrel", "kind": "it_supplier"}]}"#).unwrap();
    let f = dir.join("d.txt");
    std::fs::write(&f, "Dear Sir\n\nCall 07700 900123 about Project Kestrel.\n").unwrap();
    let (code, out, _) = run(bin().args(["scan", "--config"]).arg(&cfg).arg(&f));
    assert_eq!(code, 1);
    assert!(!out.contains("07700"), "{out}");
    assert!(
        out.contains("high it_supplier \"Project Kestrel\""),
        "{out}"
    );
    assert!(out.contains("(config.deny)"), "{out}");
}

/// Big inputs: a 50 MB file of many lines and a single 5 MB line, each with a mobile
/// number at the very end; both are found at the right line and column.
#[test]
fn a_50_mb_file_and_a_5_mb_line_are_scanned_whole() {
    let dir = scratch("big");
    let para = "The Trust's estates team reviewed the car park survey results in May.\n";
    let mut big = para.repeat(50_000_000 / para.len());
    big.push_str("Ring 07700 900123.\n");
    let lines = big.lines().count();
    std::fs::write(dir.join("big.txt"), &big).unwrap();
    let mut line = "word ".repeat(1_000_000);
    line.push_str("07700 900456");
    std::fs::write(dir.join("line.txt"), &line).unwrap();
    let (code, out, err) = run(bin().arg("scan").arg(&dir));
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains(&format!("big.txt:{lines}:6: high phone \"07700 900123\"")),
        "{out}"
    );
    assert!(
        out.contains("line.txt:1:5000001: high phone \"07700 900456\""),
        "{out}"
    );
}

/// A config of the wrong shape or types is refused with the field named.
#[test]
fn configs_of_the_wrong_shape_exit_2() {
    let dir = scratch("shapes");
    let cfg = dir.join("c.json");
    for (json, says) in [
        ("[]", "JSON object"),
        ("42", "JSON object"),
        ("null", "JSON object"),
        (r#"{"allow": "TightVNC"}"#, "allow"),
        (r#"{"minSeverity": 3}"#, "minSeverity"),
        (
            r#"{"deny": [{"term": "Falcon", "kind": 7}]}"#,
            "deny[0].kind",
        ),
        (r#"{"disabledKinds": [null]}"#, "disabledKinds[0]"),
    ] {
        std::fs::write(&cfg, json).unwrap();
        let (code, _, err) = scan_stdin_with_config(&cfg);
        assert_eq!(code, 2, "{json}");
        assert!(err.contains(says), "{json}: {err}");
    }
    // A config that is not UTF-8, or that never ends, is refused like an input.
    std::fs::write(&cfg, b"{\"allow\": [\"\xff\"]}").unwrap();
    let (code, _, err) = scan_stdin_with_config(&cfg);
    assert_eq!(code, 2);
    assert!(err.contains("c.json: not valid UTF-8"), "{err}");
    #[cfg(unix)]
    {
        let (code, _, err) = scan_stdin_with_config(Path::new("/dev/zero"));
        assert_eq!(code, 2);
        assert!(err.contains("/dev/zero: larger than 256 MiB"), "{err}");
    }
    // A byte-order mark, as Windows editors write, is fine.
    std::fs::write(&cfg, "\u{feff}{\"allow\": [\"x\"]}").unwrap();
    let (code, _, err) = scan_stdin_with_config(&cfg);
    assert_eq!(code, 0, "{err}");
}

/// Runs `cmd`, killing it and failing the test if it has not ended within a minute
/// (a run that waits for ever on a pipe must fail here, not hang the suite).
fn run_within_a_minute(cmd: &mut Command) -> (i32, String, String) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the run had not ended after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    run_output(child.wait_with_output().unwrap())
}

fn run_output(out: Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A folder walk is not stopped by what is not a draft: a named pipe (reading it would
/// wait for ever), a link back up the tree, a broken link. Each that looks like a draft
/// is named; every draft is scanned once.
#[cfg(unix)]
#[test]
fn a_pipe_or_a_link_loop_in_a_folder_does_not_stop_the_run() {
    use std::os::unix::fs::symlink;
    let dir = scratch("walk");
    let sub = dir.join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(dir.join("a.txt"), DRAFT).unwrap();
    std::fs::write(sub.join("b.txt"), "Ring 07700 900456.\n").unwrap();
    symlink("..", sub.join("up")).unwrap();
    symlink("missing.txt", dir.join("broken.txt")).unwrap();
    symlink("../a.txt", sub.join("linked.txt")).unwrap();
    let made = Command::new("mkfifo")
        .arg(dir.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(made.success());
    let (code, out, err) = run_within_a_minute(bin().args(["scan"]).arg(&dir));
    assert_eq!(code, 2, "{out}\n{err}");
    assert!(
        err.contains("pipe.txt: not a regular file (a pipe, socket or device); skipped"),
        "{err}"
    );
    assert!(err.contains("broken.txt: No such file"), "{err}");
    // Each draft once; the link to a file is read as the file.
    assert_eq!(out.matches("a.txt:3:14: high phone").count(), 1, "{out}");
    assert_eq!(out.matches("b.txt:1:6: high phone").count(), 1, "{out}");
    assert_eq!(
        out.matches("linked.txt:3:14: high phone").count(),
        1,
        "{out}"
    );
}

/// `--out-dir` keeps a folder's subfolders, and never overwrites one input's JSON with
/// another's: a.txt and a.md, or two folders' a.txt, each keep their findings.
#[test]
fn out_dir_keeps_every_input_apart() {
    let dir = scratch("outdir");
    let (one, two) = (dir.join("one"), dir.join("two"));
    std::fs::create_dir_all(one.join("sub")).unwrap();
    std::fs::create_dir_all(&two).unwrap();
    std::fs::write(one.join("a.txt"), "Ring 07700 900001.\n").unwrap();
    std::fs::write(one.join("a.md"), "Ring 07700 900002 or 07700 900003.\n").unwrap();
    std::fs::write(one.join("sub").join("a.txt"), "No findings here.\n").unwrap();
    std::fs::write(two.join("a.txt"), "Email jo.bloggs@example.org.\n").unwrap();
    let out_dir = dir.join("out");
    let (code, _, err) = run(bin()
        .args(["scan", "--fail-on", "never", "--out-dir"])
        .arg(&out_dir)
        .arg(&one)
        .arg(&two));
    assert_eq!(code, 0, "{err}");
    let texts = |file: &str| -> Vec<String> {
        let path = out_dir.join(file);
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["text"].as_str().unwrap().to_string())
            .collect()
    };
    // Inputs are taken in order: one/a.md, one/a.txt, one/sub/a.txt, two/a.txt.
    assert_eq!(texts("a.json"), ["07700 900002", "07700 900003"]);
    assert_eq!(texts("a.txt.json"), ["07700 900001"]);
    assert_eq!(texts("sub/a.json"), Vec::<String>::new());
    assert_eq!(texts("a-2.json"), ["jo.bloggs@example.org"]);
    assert!(
        err.contains("a.txt.json") && err.contains("a-2.json"),
        "{err}"
    );
}

/// An input too big to be a draft (a huge file, or an endless stream on standard input)
/// is refused with a plain message, without reading it all; the other inputs are scanned.
#[cfg(unix)]
#[test]
fn an_input_too_big_for_a_draft_is_refused() {
    let dir = scratch("huge");
    let huge = std::fs::File::create(dir.join("huge.txt")).unwrap();
    huge.set_len(300 << 20).unwrap(); // sparse: no disk used
    std::fs::write(dir.join("small.txt"), "Ring 07700 900123.\n").unwrap();
    let (code, out, err) = run(bin().arg("scan").arg(&dir));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("huge.txt: larger than 256 MiB"), "{err}");
    assert!(out.contains("small.txt:1:6: high phone"), "{out}");
    let zeros = std::fs::File::open("/dev/zero").unwrap();
    let (code, _, err) = run(bin().args(["scan", "-"]).stdin(zeros));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("-: larger than 256 MiB"), "{err}");
}

/// JSON output is one document, file by file; with no readable file it is still one.
#[test]
fn json_output_is_one_document_whatever_is_read() {
    let dir = scratch("jsonfiles");
    std::fs::write(dir.join("a.txt"), DRAFT).unwrap();
    std::fs::write(dir.join("b.txt"), "Nothing to see.\n").unwrap();
    std::fs::write(dir.join("c.txt"), b"\xff").unwrap();
    let (code, out, _) = run(bin().args(["scan", "--format", "json"]).arg(&dir));
    assert_eq!(code, 2);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["findings"].as_array().unwrap().len(), 2);
    assert_eq!(files[1]["findings"].as_array().unwrap().len(), 0);
    let (code, out, _) = run(bin()
        .args(["scan", "--format", "json"])
        .arg(dir.join("c.txt")));
    assert_eq!(code, 2);
    assert_eq!(out, "{\"files\":[]}\n");
}

/// Results that cannot be written out (a full disk, a reader that has gone) are an
/// error: named on standard error, exit 2, not an exit as if every result had been
/// delivered; the drafts' `--out-dir` files are still all written.
#[cfg(target_os = "linux")]
#[test]
fn results_that_cannot_be_written_are_an_error() {
    let dir = scratch("unwritten");
    let drafts = dir.join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    for i in 0..3 {
        std::fs::write(drafts.join(format!("d{i}.txt")), DRAFT).unwrap();
    }
    for format in ["text", "json"] {
        let full = std::fs::File::create("/dev/full").unwrap();
        let out = dir.join(format!("out-{format}"));
        let (code, _, err) = run_output(
            bin()
                .args(["scan", "--format", format, "--out-dir"])
                .arg(&out)
                .arg(&drafts)
                .stdout(full)
                .output()
                .unwrap(),
        );
        assert_eq!(code, 2, "{format}: {err}");
        assert!(
            err.contains("standard output") && err.contains("No space left"),
            "{err}"
        );
        for i in 0..3 {
            assert!(
                out.join(format!("d{i}.json")).is_file(),
                "{format}: d{i}.json"
            );
        }
    }

    // Nor does standard error that cannot be written make a panic (exit 101).
    for args in [&["scan", "/no/such/draft.txt"][..], &["--help"], &["-V"]] {
        let status = bin()
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .stderr(std::fs::File::create("/dev/full").unwrap())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(2), "{args:?}");
    }

    // A reader that has gone before the first result: more output than a pipe holds.
    let big = dir.join("big.txt");
    std::fs::write(&big, "Email jo.bloggs@example.com today.\n".repeat(20_000)).unwrap();
    let mut child = bin()
        .arg("scan")
        .arg(&big)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let (code, _, err) = run_output(child.wait_with_output().unwrap());
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("standard output: closed before every result"),
        "{err}"
    );
}
