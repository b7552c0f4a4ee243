//! Scans ~1 MB of the dev drafts repeatedly: a target for `perf record`.
use redaction_check::{Config, Scanner};

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/dev/docs");
    let mut text = String::new();
    let mut docs: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    docs.sort();
    while text.len() < 1_000_000 {
        for d in &docs {
            text.push_str(&std::fs::read_to_string(d).unwrap());
        }
    }
    let s = Scanner::new(Config::default()).unwrap();
    let n: usize = (0..20).map(|_| s.scan(&text).findings.len()).sum();
    println!("{n}");
}
