//! Any bytes as a .docx: a result or a clear error, never a panic or a hang; findings
//! index into the text read.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use redaction_check::{Config, Scanner};

fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| Scanner::new(Config::default()).expect("default config builds"))
}

fuzz_target!(|data: &[u8]| {
    if let Ok(scan) = scanner().scan_docx(data) {
        for f in &scan.report.findings {
            assert!(f.end <= scan.text.len() && scan.text.is_char_boundary(f.start) && scan.text.is_char_boundary(f.end));
        }
    }
});
