//! # redaction-check
//!
//! Finds what a UK public body must consider withholding before it publishes a
//! Freedom of Information response: personal data (FOIA section 40(2): staff names,
//! emails, phone numbers, identifiers) and cyber-sensitive detail (section 31(1)(a):
//! security products, remote-access tools, authentication protocols, device models,
//! versions, network details, IT suppliers).
//!
//! - [`Config`] says what is public for an organisation (its executives, switchboards,
//!   team mailboxes) and what to always flag.
//! - [`Scanner`] is built once from a config and scans many drafts.
//! - [`Report`] holds the [`Finding`]s of one scan, each with its span, [`Kind`],
//!   [`Severity`], exemption, rule id, reason and [`Context`].
//!
//! ```
//! use redaction_check::{Config, Scanner, Severity};
//!
//! let scanner = Scanner::new(Config::default()).unwrap();
//! let report = scanner.scan("Our engineers use TightVNC. Call Jo on 07700 900123.");
//! assert!(report.findings.iter().any(|f| f.text == "TightVNC" && f.severity == Severity::High));
//! assert!(report.findings.iter().any(|f| f.text == "07700 900123" && f.rule == "phone.uk.mobile"));
//! ```
//!
//! Offsets are byte offsets into the scanned `&str`; the JS binding converts them to
//! UTF-16 code units and the command-line tool to code points.
#![deny(missing_docs)]

mod compose;
mod compose_table;
mod config;
mod detect;
mod document;
mod docx;
mod error;
mod finding;
mod offsets;
mod pack;
mod policy;
mod scanner;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use config::{Config, DenyTerm};
pub use error::{Error, ErrorKind};
pub use finding::{Context, Family, Finding, Kind, Report, Severity};
pub use offsets::{convert_offsets, OffsetUnit};
pub use scanner::{DocxScan, Scanner};
