//! `redaction-check`: scan drafts from the command line.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use redaction_check::{convert_offsets, Config, Finding, OffsetUnit, Scanner, Severity};

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
  -h, --help           this help
  -V, --version        the version

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 a usage or input error
(other files are still scanned).
";

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
            eprintln!("redaction-check: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("scan") => {}
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return Ok(None);
        }
        Some("-V" | "--version") => {
            println!("redaction-check {}", env!("CARGO_PKG_VERSION"));
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
                print!("{USAGE}");
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
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            Config::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?
        }
        None => Config::default(),
    };
    let scanner = Scanner::new(config).map_err(|e| e.to_string())?;
    if let Some(dir) = &o.out_dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }

    let mut inputs = Vec::new();
    let mut input_error = false;
    for p in &o.paths {
        if p == "-" {
            inputs.push(None);
            continue;
        }
        let path = PathBuf::from(p);
        if path.is_dir() {
            let mut files = Vec::new();
            if let Err(e) = collect(&path, &mut files) {
                eprintln!("redaction-check: {}: {e}", path.display());
                input_error = true;
            }
            files.sort();
            inputs.extend(files.into_iter().map(Some));
        } else {
            inputs.push(Some(path));
        }
    }

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut worst: Option<Severity> = None;
    let mut json_files = Vec::new();
    for input in inputs {
        let name = input
            .as_ref()
            .map_or("-".to_string(), |p| p.display().to_string());
        let is_docx = input
            .as_ref()
            .and_then(|p| p.extension())
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        let scanned = match input.as_deref() {
            Some(path) if is_docx => std::fs::read(path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| scanner.scan_docx(&bytes).map_err(|e| e.to_string()))
                .map(|d| (d.text, d.report)),
            _ => read_input(input.as_deref()).map(|t| {
                let r = scanner.scan(&t);
                (t, r)
            }),
        };
        let (text, report) = match scanned {
            Ok(r) => r,
            Err(e) => {
                eprintln!("redaction-check: {name}: {e}");
                input_error = true;
                continue;
            }
        };
        for f in &report.findings {
            worst = worst.max(Some(f.severity));
        }
        let positions = Positions::new(&text, &report.findings);
        if let Some(dir) = &o.out_dir {
            let stem = input
                .as_ref()
                .and_then(|p| p.file_stem())
                .map_or("stdin".into(), |s| s.to_string_lossy().into_owned());
            let doc = serde_json::json!({ "findings": positions.json(&report.findings) });
            let file = dir.join(format!("{stem}.json"));
            if let Err(e) = std::fs::write(&file, format!("{doc}\n")) {
                eprintln!("redaction-check: {}: {e}", file.display());
                input_error = true;
            }
        }
        if o.json {
            json_files.push(
                serde_json::json!({ "path": name, "findings": positions.json(&report.findings) }),
            );
        } else {
            for (i, f) in report.findings.iter().enumerate() {
                let (line, col) = positions.line_col[i];
                let _ = writeln!(
                    out,
                    "{name}:{line}:{col}: {} {} \"{}\" — {} [{}] ({})",
                    f.severity.as_str(),
                    f.kind.as_str(),
                    f.text.replace('\n', "\\n").replace('\r', "\\r"),
                    f.reason,
                    f.exemption,
                    f.rule
                );
            }
        }
    }
    if o.json {
        let _ = writeln!(out, "{}", serde_json::json!({ "files": json_files }));
    }
    let _ = out.flush();
    if input_error {
        return Ok(2);
    }
    Ok(match (o.fail_on, worst) {
        (Some(level), Some(w)) if w >= level => 1,
        _ => 0,
    })
}

/// Files under `dir` that the scanner reads, recursively.
fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, files)?;
        } else if path
            .extension()
            .is_some_and(|e| e == "txt" || e == "md" || e == "docx")
        {
            files.push(path);
        }
    }
    Ok(())
}

fn read_input(path: Option<&Path>) -> Result<String, String> {
    let mut bytes = Vec::new();
    match path {
        None => io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?,
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| e.to_string())?;
            0
        }
    };
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

    fn json(&self, findings: &[Finding]) -> Vec<serde_json::Value> {
        findings
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let mut v = serde_json::to_value(f).expect("findings serialise");
                v["start"] = self.starts[i].into();
                v["end"] = self.ends[i].into();
                v
            })
            .collect()
    }
}
