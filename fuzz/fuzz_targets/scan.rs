//! Any text: no panic, no hang, every finding on character boundaries, inside the
//! text, sorted, and the same on a second scan.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use redaction_check::{Config, Scanner};

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(Config::default()).expect("default config builds"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let report = scanner().scan(&text);
    let mut last = (0, 0, String::new().into());
    for f in &report.findings {
        assert!(f.start < f.end && f.end <= text.len(), "span {}..{} in {}", f.start, f.end, text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert_eq!(&text[f.start..f.end], f.text);
        let key = (f.start, f.end, f.rule.clone());
        assert!(key >= last, "findings sorted");
        last = key;
    }
    assert_eq!(scanner().scan(&text), report, "deterministic");
});
