//! The one error type of the crate.

use std::fmt;

/// Why a scanner could not be built or an input could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The broad class of an [`Error`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The config was not valid JSON or broke a rule; the message names the field.
    Config,
    /// The input could not be read as a draft (binary, not UTF-8, a corrupt .docx).
    Input,
    /// The built-in rule pack is broken (a defect of this crate, caught by its tests).
    RulePack,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, message)
    }

    /// The class of the error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ErrorKind::Config => "invalid config",
            ErrorKind::Input => "unreadable input",
            ErrorKind::RulePack => "broken rule pack",
        };
        write!(f, "{what}: {}", self.message)
    }
}

impl std::error::Error for Error {}
