//! `redaction-check`: scan drafts from the command line.

use std::collections::{HashMap, HashSet};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use redaction_check::{
    convert_offsets, Config, Context, Family, Finding, Kind, OffsetUnit, Report, Scanner, Severity,
};

const USAGE: &str = "\
redaction-check: find personal data (s40) and cyber-sensitive detail (s31) in draft FOI responses

Usage:
  redaction-check scan [OPTIONS] PATH...

PATH is a file (.txt, .md, .docx), a folder (scanned recursively for those), or - for standard input.
A .docx is read whole: body, tables (as tab-separated rows), headers, footers and comments;
comments, tracked changes and hidden text are reported as findings of their own.

Options:
  --config FILE        JSON config: publicPeople, publicNumbers, roleMailboxes, allow, deny,
                       disabledKinds, minSeverity
  --format text|json   output format (default text)
  --fail-on LEVEL      high | review | info | never: exit 1 when a finding is at or above LEVEL
                       (default review)
  --out-dir DIR        also write DIR/<file stem>.json = {\"findings\": [...]} for each input
                       (in a folder's subfolders, the same subfolder of DIR; an input never
                       overwrites another's: the later gets <name>.<ext>.json, <name>-2.json...)
  -h, --help           this help
  -V, --version        the version

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 a usage or input error
(other files are still scanned): not UTF-8 text, binary, a damaged .docx, over 256 MiB,
or in a folder a pipe, socket or device (never read: it could wait for ever) or a broken link;
2 too when the results could not all be written to standard output (a full disk, a closed
pipe: the run stops there, unless --out-dir still takes each file's results).
Links in a folder are followed; each folder is walked once.
";

/// A line on standard error. Unlike `eprintln!`, which panics when standard error
/// cannot be written (`2>/dev/full`), a message that cannot be shown is dropped: the
/// exit code still tells.
macro_rules! note {
    ($($arg:tt)*) => {{
        let _ = writeln!(io::stderr(), $($arg)*);
    }};
}

/// Help or the version on standard output: an error writing it is the run's error.
fn say(text: &str) -> Result<(), String> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("standard output: {e}"))
}

struct Options {
    config: Option<PathBuf>,
    json: bool,
    fail_on: Option<Severity>,
    out_dir: Option<PathBuf>,
    paths: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            note!("redaction-check: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("scan") => {}
        Some("-h" | "--help" | "help") => {
            say(USAGE)?;
            return Ok(None);
        }
        Some("-V" | "--version") => {
            say(&format!("redaction-check {}\n", env!("CARGO_PKG_VERSION")))?;
            return Ok(None);
        }
        Some(other) => {
            return Err(format!(
                "unknown command '{other}' (try 'redaction-check --help')"
            ))
        }
        None => return Err("no command given (try 'redaction-check scan --help')".into()),
    }
    let mut o = Options {
        config: None,
        json: false,
        fail_on: Some(Severity::Review),
        out_dir: None,
        paths: Vec::new(),
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--config" => o.config = Some(PathBuf::from(value("--config")?)),
            "--format" => {
                o.json = match value("--format")?.as_str() {
                    "json" => true,
                    "text" => false,
                    other => return Err(format!("--format must be text or json, not '{other}'")),
                }
            }
            "--fail-on" => {
                o.fail_on = match value("--fail-on")?.as_str() {
                    "high" => Some(Severity::High),
                    "review" => Some(Severity::Review),
                    "info" => Some(Severity::Info),
                    "never" => None,
                    other => {
                        return Err(format!(
                            "--fail-on must be high, review, info or never, not '{other}'"
                        ))
                    }
                }
            }
            "--out-dir" => o.out_dir = Some(PathBuf::from(value("--out-dir")?)),
            "-h" | "--help" => {
                say(USAGE)?;
                return Ok(None);
            }
            s if s.starts_with("--") => {
                return Err(format!(
                    "unknown option '{s}' (try 'redaction-check --help')"
                ))
            }
            _ => o.paths.push(arg.clone()),
        }
    }
    if o.paths.is_empty() {
        return Err("no PATH given: name files, folders, or - for standard input".into());
    }
    Ok(Some(o))
}

fn run(args: &[String]) -> Result<u8, String> {
    let Some(o) = parse_args(args)? else {
        return Ok(0);
    };
    let config = match &o.config {
        Some(path) => {
            // Read as an input is (a config of 300 MiB, or /dev/zero, is refused).
            let text = read_bytes(Some(path))
                .and_then(|b| String::from_utf8(b).map_err(|_| "not valid UTF-8".to_string()))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            Config::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => Config::default(),
    };
    let scanner = Scanner::new(config).map_err(|e| e.to_string())?;
    if let Some(dir) = &o.out_dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }

    let mut inputs: Vec<Input> = Vec::new();
    let mut input_error = false;
    for p in &o.paths {
        if p == "-" {
            inputs.push(Input {
                path: None,
                rel: PathBuf::from("stdin"),
            });
            continue;
        }
        let path = PathBuf::from(p);
        if path.is_dir() {
            let mut walk = Walk::default();
            walk.folder(&path);
            for problem in &walk.problems {
                note!("redaction-check: {problem}");
            }
            input_error |= !walk.problems.is_empty();
            walk.files.sort();
            inputs.extend(walk.files.into_iter().map(|file| Input {
                rel: file.strip_prefix(&path).unwrap_or(&file).to_path_buf(),
                path: Some(file),
            }));
        } else {
            inputs.push(Input {
                rel: path.file_name().map_or_else(|| path.clone(), PathBuf::from),
                path: Some(path),
            });
        }
    }
    let mut outputs = Outputs::default();

    let stdout = io::stdout();
    let mut out = Stdout {
        w: io::BufWriter::new(stdout.lock()),
        failed: None,
    };
    let mut worst: Option<Severity> = None;
    // JSON is written a file at a time, as `{"files":[...]}`: a long run keeps no
    // findings but the current file's, and what is done is out if the run is stopped.
    let mut files_written = 0;
    if o.json {
        out.write(|w| write!(w, "{{\"files\":["));
    }
    for input in inputs {
        // Standard output failed (a full disk, a closed pipe): what is left to scan
        // can go only to --out-dir, if there is one.
        if out.failed.is_some() && o.out_dir.is_none() {
            break;
        }
        let name = input
            .path
            .as_ref()
            .map_or("-".to_string(), |p| p.display().to_string());
        let is_docx = input
            .path
            .as_ref()
            .and_then(|p| p.extension())
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        // A bug that panics in the scanner loses this file's result, not the others':
        // it is reported as this file's error and the run goes on (exit code 2).
        let guarded =
            |f: &dyn Fn() -> Result<(String, Report), String>| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
                    Err("internal error while scanning (a bug in redaction-check; please report it)"
                    .to_string())
                })
            };
        let scanned = match input.path.as_deref() {
            Some(path) if is_docx => guarded(&|| {
                read_bytes(Some(path))
                    .and_then(|bytes| scanner.scan_docx(&bytes).map_err(|e| e.to_string()))
                    .map(|d| (d.text, d.report))
            }),
            _ => read_input(input.path.as_deref()).and_then(|t| {
                let r = guarded(&|| Ok((String::new(), scanner.scan(&t))))?.1;
                Ok((t, r))
            }),
        };
        let (text, report) = match scanned {
            Ok(r) => r,
            Err(e) => {
                note!("redaction-check: {name}: {e}");
                input_error = true;
                continue;
            }
        };
        for f in &report.findings {
            worst = worst.max(Some(f.severity));
        }
        let positions = Positions::new(&text, &report.findings);
        if let Some(dir) = &o.out_dir {
            let (file, note) = outputs.place(dir, &input.rel, &name);
            if let Some(note) = note {
                note!("redaction-check: {name}: {note}");
            }
            let written = match file.parent() {
                Some(parent) => std::fs::create_dir_all(parent),
                None => Ok(()),
            }
            .and_then(|()| {
                let mut w = io::BufWriter::new(std::fs::File::create(&file)?);
                w.write_all(b"{\"findings\":")?;
                positions.write_json(&mut w, &report.findings)?;
                w.write_all(b"}\n")?;
                w.flush()
            });
            if let Err(e) = written {
                note!("redaction-check: {}: {e}", file.display());
                input_error = true;
            }
        }
        if o.json {
            // As serde_json writes an object: keys in alphabetical order.
            let comma = if files_written > 0 { "," } else { "" };
            out.write(|w| {
                write!(w, "{comma}{{\"findings\":")?;
                positions.write_json(w, &report.findings)?;
                let path = serde_json::to_string(&name).map_err(io::Error::other)?;
                write!(w, ",\"path\":{path}}}")
            });
            files_written += 1;
        } else {
            out.write(|w| {
                for (i, f) in report.findings.iter().enumerate() {
                    let (line, col) = positions.line_col[i];
                    writeln!(
                        w,
                        "{name}:{line}:{col}: {} {} \"{}\" — {} [{}] ({})",
                        f.severity.as_str(),
                        f.kind.as_str(),
                        f.text.replace('\n', "\\n").replace('\r', "\\r"),
                        f.reason,
                        f.exemption,
                        f.rule
                    )?;
                }
                Ok(())
            });
        }
        out.write(|w| w.flush());
    }
    if o.json {
        out.write(|w| writeln!(w, "]}}"));
    }
    out.write(|w| w.flush());
    if let Some(e) = &out.failed {
        note!(
            "redaction-check: standard output: {}",
            if e.kind() == io::ErrorKind::BrokenPipe {
                "closed before every result was written".to_string()
            } else {
                format!("the results could not all be written ({e})")
            }
        );
        return Ok(2);
    }
    if input_error {
        return Ok(2);
    }
    Ok(match (o.fail_on, worst) {
        (Some(level), Some(w)) if w >= level => 1,
        _ => 0,
    })
}

/// Standard output, and the first error writing to it: once a write fails (a full
/// disk, a pipe whose reader has gone) nothing more is written there, and the run
/// ends with that error (exit 2) instead of as if every result had been delivered.
struct Stdout<W: Write> {
    w: W,
    failed: Option<io::Error>,
}

impl<W: Write> Stdout<W> {
    fn write(&mut self, f: impl FnOnce(&mut W) -> io::Result<()>) {
        if self.failed.is_none() {
            if let Err(e) = f(&mut self.w) {
                self.failed = Some(e);
            }
        }
    }
}

/// One input: a file, or standard input (`path` None); `rel` is where its `--out-dir`
/// JSON goes, relative to that folder (its path inside the folder named, or its name).
struct Input {
    path: Option<PathBuf>,
    rel: PathBuf,
}

/// The drafts in a folder and its subfolders (.txt, .md, .docx), and what could not be
/// read there. Links are followed, each folder walked once (a link back up the tree
/// ends there); a folder that cannot be read is named and the rest still walked.
#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    problems: Vec<String>,
    seen: HashSet<PathBuf>,
}

impl Walk {
    fn folder(&mut self, dir: &Path) {
        match std::fs::canonicalize(dir) {
            Ok(real) => {
                if !self.seen.insert(real) {
                    return;
                }
            }
            Err(e) => return self.problems.push(format!("{}: {e}", dir.display())),
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => return self.problems.push(format!("{}: {e}", dir.display())),
        };
        for entry in entries {
            let path = match entry {
                Ok(entry) => entry.path(),
                Err(e) => {
                    self.problems.push(format!("{}: {e}", dir.display()));
                    continue;
                }
            };
            // "REPLY.TXT" and "Response.DOCX" too, as Windows shares have them.
            let draft = path.extension().is_some_and(|e| {
                ["txt", "md", "docx"]
                    .iter()
                    .any(|d| e.eq_ignore_ascii_case(d))
            });
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => self.folder(&path),
                Ok(m) if m.is_file() => {
                    if draft {
                        self.files.push(path);
                    }
                }
                // A pipe, socket or device: reading it could wait for ever.
                Ok(_) if draft => self.problems.push(format!(
                    "{}: not a regular file (a pipe, socket or device); skipped",
                    path.display()
                )),
                Ok(_) => {}
                // A broken link.
                Err(e) if draft => self.problems.push(format!("{}: {e}", path.display())),
                Err(_) => {}
            }
        }
    }
}

/// Where each input's `--out-dir` JSON goes: `DIR/<its path in the folder, .json for
/// its extension>`; a path taken earlier in the run (a.txt and a.md, or two folders'
/// a.txt) is never overwritten: the later input gets `a.md.json`, then `a-2.json`...
#[derive(Default)]
struct Outputs {
    taken: HashMap<PathBuf, String>,
}

impl Outputs {
    fn place(&mut self, dir: &Path, rel: &Path, name: &str) -> (PathBuf, Option<String>) {
        let plain = dir.join(rel.with_extension("json"));
        let Some(first) = self.taken.get(&plain).cloned() else {
            self.taken.insert(plain.clone(), name.to_string());
            return (plain, None);
        };
        let stem = rel.file_stem().unwrap_or_default().to_string_lossy();
        let with_ext = rel
            .extension()
            .map(|e| format!("{stem}.{}.json", e.to_string_lossy()));
        let file = with_ext
            .into_iter()
            .chain((2..).map(|n| format!("{stem}-{n}.json")))
            .map(|f| dir.join(rel.with_file_name(f)))
            .find(|f| !self.taken.contains_key(f))
            .expect("an unused name");
        self.taken.insert(file.clone(), name.to_string());
        let note = format!(
            "{} holds {first}'s findings; these go to {}",
            plain.display(),
            file.display()
        );
        (file, Some(note))
    }
}

/// Larger than this, an input is no draft (and would take ~14 times its size in memory).
const MAX_INPUT: u64 = 256 << 20;

/// The bytes of a file or of standard input, up to [`MAX_INPUT`].
fn read_bytes(path: Option<&Path>) -> Result<Vec<u8>, String> {
    let too_big = || {
        format!(
            "larger than {} MiB, too big to read (split a long draft into parts)",
            MAX_INPUT >> 20
        )
    };
    let mut bytes = Vec::new();
    let read = match path {
        None => io::stdin()
            .lock()
            .take(MAX_INPUT + 1)
            .read_to_end(&mut bytes),
        Some(p) => {
            let file = std::fs::File::open(p).map_err(|e| e.to_string())?;
            if file
                .metadata()
                .is_ok_and(|m| m.is_file() && m.len() > MAX_INPUT)
            {
                return Err(too_big());
            }
            file.take(MAX_INPUT + 1).read_to_end(&mut bytes)
        }
    };
    read.map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_INPUT {
        return Err(too_big());
    }
    Ok(bytes)
}

fn read_input(path: Option<&Path>) -> Result<String, String> {
    let bytes = read_bytes(path)?;
    if bytes.contains(&0) {
        return Err(
            "looks like a binary file (it contains NUL bytes); give a .txt, .md or .docx draft"
                .into(),
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 (first bad byte at offset {}); save the draft as UTF-8 text",
            e.utf8_error().valid_up_to()
        )
    })
}

/// Code-point offsets and line:column of each finding.
struct Positions {
    starts: Vec<usize>,
    ends: Vec<usize>,
    line_col: Vec<(usize, usize)>,
}

impl Positions {
    fn new(text: &str, findings: &[Finding]) -> Positions {
        let mut marks: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
        marks.sort_unstable();
        marks.dedup();
        let mut table = Vec::with_capacity(marks.len());
        let (mut line, mut col) = (1usize, 1usize);
        let mut iter = text.char_indices().peekable();
        for &m in &marks {
            while let Some(&(i, c)) = iter.peek() {
                if i >= m {
                    break;
                }
                if c == '\n' {
                    line += 1;
                    col = 1;
                } else {
                    col += 1;
                }
                iter.next();
            }
            table.push((m, line, col));
        }
        let find = |b: usize| {
            let i = table
                .binary_search_by_key(&b, |t| t.0)
                .expect("every offset was marked");
            table[i]
        };
        let (starts, ends) = convert_offsets(text, findings, OffsetUnit::CodePoint)
            .into_iter()
            .unzip();
        Positions {
            starts,
            ends,
            line_col: findings
                .iter()
                .map(|f| {
                    let t = find(f.start);
                    (t.1, t.2)
                })
                .collect(),
        }
    }

    /// The findings as a JSON array, one at a time (a file's findings are never all in
    /// memory as JSON values), with code-point offsets.
    fn write_json(&self, w: &mut impl Write, findings: &[Finding]) -> io::Result<()> {
        w.write_all(b"[")?;
        for (i, f) in findings.iter().enumerate() {
            if i > 0 {
                w.write_all(b",")?;
            }
            let out = JsonFinding {
                context: f.context,
                end: self.ends[i],
                exemption: &f.exemption,
                family: f.family,
                kind: f.kind,
                reason: &f.reason,
                rule: &f.rule,
                severity: f.severity,
                start: self.starts[i],
                text: &f.text,
            };
            serde_json::to_writer(&mut *w, &out).map_err(io::Error::other)?;
        }
        w.write_all(b"]")
    }
}

/// A finding in the CLI's JSON: the library's fields, with offsets in code points and
/// the keys in alphabetical order (the order they have always had here).
#[derive(serde::Serialize)]
struct JsonFinding<'a> {
    context: Context,
    end: usize,
    exemption: &'a str,
    family: Family,
    kind: Kind,
    reason: &'a str,
    rule: &'a str,
    severity: Severity,
    start: usize,
    text: &'a str,
}
