//! Inputs the fuzzers (`scripts/fuzz.sh`) or the property test once crashed on, kept as
//! tests: each file in
//! `tests/data/fuzz/` is scanned as the `scan` target scans it (bytes read as UTF-8
//! with replacement characters), with the target's checks.

use redaction_check::{Config, Scanner};

#[test]
fn fuzz_crashes_stay_fixed() {
    let scanner = Scanner::new(Config::default()).expect("default config builds");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).expect("tests/data/fuzz is there") {
        let path = entry.expect("a readable entry").path();
        let data = std::fs::read(&path).expect("a readable file");
        let text = String::from_utf8_lossy(&data);
        let report = scanner.scan(&text);
        for f in &report.findings {
            assert!(
                f.start < f.end && f.end <= text.len(),
                "{}: span {}..{}",
                path.display(),
                f.start,
                f.end
            );
            assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            assert_eq!(&text[f.start..f.end], f.text);
        }
        assert_eq!(
            scanner.scan(&text),
            report,
            "{}: deterministic",
            path.display()
        );
        seen += 1;
    }
    assert!(seen > 0, "no inputs in {dir}");
}
