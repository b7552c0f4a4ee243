//! Any config JSON: a config or a clear error, never a panic; a valid one builds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redaction_check::{Config, Scanner};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    match Config::from_json(json) {
        Ok(config) => {
            let scanner = Scanner::new(config).expect("a valid config builds a scanner");
            let _ = scanner.scan("Dear Sir\n\nCall Jo on 07700 900123; we use TightVNC.");
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
