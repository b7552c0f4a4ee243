//! What an organisation says is public (or always sensitive) for it.

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::finding::{Kind, Severity};

/// A scanner's configuration; the same JSON for the CLI's `--config` and the JS constructor.
///
/// Every field is optional. Unknown fields are refused, so a typo is an error rather
/// than a silent no-op.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Config {
    /// Names of people the organisation publishes (executives, board members): reported as `info`.
    #[serde(default)]
    pub public_people: Vec<String>,
    /// The organisation's own public phone numbers (switchboards, published department lines).
    #[serde(default)]
    pub public_numbers: Vec<String>,
    /// Extra team or role mailboxes: a whole address (`records@example.gov.uk`) or a local part (`records`).
    #[serde(default)]
    pub role_mailboxes: Vec<String>,
    /// Texts never to flag (an allow list), matched whole and without regard to case.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Extra terms always to flag.
    #[serde(default)]
    pub deny: Vec<DenyTerm>,
    /// Kinds not to report at all.
    #[serde(default)]
    pub disabled_kinds: Vec<Kind>,
    /// The lowest severity to report (default `info`: everything).
    #[serde(default = "default_min_severity")]
    pub min_severity: Severity,
}

/// A term the organisation always wants flagged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DenyTerm {
    /// The text to find (whole words, without regard to ASCII case).
    pub term: String,
    /// The kind to report it as.
    pub kind: Kind,
    /// The severity to report (default `high`).
    #[serde(default = "default_deny_severity")]
    pub severity: Severity,
    /// Why it is sensitive, in one sentence (a default reason is given when absent).
    #[serde(default)]
    pub reason: Option<String>,
}

fn default_min_severity() -> Severity {
    Severity::Info
}

fn default_deny_severity() -> Severity {
    Severity::High
}

impl Config {
    /// Parses a config from JSON, naming the field at fault when it is not valid.
    pub fn from_json(json: &str) -> Result<Config, Error> {
        // serde would take `[]` as a config of no fields; a config is an object.
        let first = json.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if !first.is_empty() && !first.starts_with('{') {
            return Err(Error::config(
                "a config must be a JSON object, such as {\"allow\": [\"TightVNC\"]}",
            ));
        }
        let de = &mut serde_json::Deserializer::from_str(first);
        let config: Config = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if path.is_empty() || path == "." {
                Error::config(inner.to_string())
            } else {
                Error::config(format!("{path}: {inner}"))
            }
        })?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), Error> {
        let lists = [
            ("publicPeople", &self.public_people),
            ("publicNumbers", &self.public_numbers),
            ("roleMailboxes", &self.role_mailboxes),
            ("allow", &self.allow),
        ];
        for (field, list) in lists {
            for (i, item) in list.iter().enumerate() {
                if item.trim().is_empty() {
                    return Err(Error::config(format!("{field}[{i}]: must not be empty")));
                }
            }
        }
        for (i, deny) in self.deny.iter().enumerate() {
            if deny.term.trim().is_empty() {
                return Err(Error::config(format!("deny[{i}].term: must not be empty")));
            }
        }
        for (i, number) in self.public_numbers.iter().enumerate() {
            if number.chars().filter(char::is_ascii_digit).count() < 6 {
                return Err(Error::config(format!(
                    "publicNumbers[{i}]: \"{number}\" is not a phone number (fewer than 6 digits)"
                )));
            }
        }
        Ok(())
    }
}
