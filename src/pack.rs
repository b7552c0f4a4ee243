//! The built-in rule pack: lexicon rules (`src/rules/cyber/*.toml`) and pattern
//! rules (`src/rules/patterns.toml`), converted to JSON by `build.rs` and loaded here.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::finding::{Kind, Severity};

#[cfg(not(test))]
static RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rules.json"));
/// The tests read each rule's examples too (build.rs leaves them out of the other).
#[cfg(test)]
static RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/rules_with_examples.json"));

/// How a version number after a term is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum VersionMode {
    /// The version joins the span; the kind stays (`SAML 2.0`).
    Join,
    /// The version joins the span and the finding becomes a software version.
    Software,
    /// The term fires only with a version, as a software version (`Windows 10`).
    Required,
}

/// Text each rule must fire on (`hit`) and must not (`miss`); run by the pack's tests.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Examples {
    #[serde(default)]
    pub hit: Vec<String>,
    #[serde(default)]
    pub miss: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LexiconRule {
    pub id: String,
    pub kind: Kind,
    pub severity: Severity,
    pub exemption: String,
    pub reason: String,
    #[serde(default)]
    pub version: Option<VersionMode>,
    #[serde(default)]
    pub models: bool,
    pub terms: Vec<String>,
    #[serde(default)]
    pub guarded: Vec<String>,
    #[serde(default)]
    pub cues: Vec<String>,
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: Examples,
    /// The file the rule came from (added by build.rs), for messages about the pack.
    #[cfg_attr(not(test), allow(dead_code))]
    pub file: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PatternRule {
    pub id: String,
    pub detector: String,
    pub kind: Kind,
    pub severity: Severity,
    pub exemption: String,
    pub reason: String,
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    pub examples: Examples,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulePack {
    pub lexicon: Vec<LexiconRule>,
    pub patterns: Vec<PatternRule>,
}

impl RulePack {
    /// The pack, parsed and checked once per process.
    pub(crate) fn builtin() -> Result<&'static RulePack, Error> {
        static PACK: OnceLock<Result<RulePack, Error>> = OnceLock::new();
        PACK.get_or_init(|| {
            let pack: RulePack = serde_json::from_str(RULES_JSON)
                .map_err(|e| Error::new(ErrorKind::RulePack, e.to_string()))?;
            pack.check()?;
            Ok(pack)
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// The pattern rule a detector's outcome maps to.
    pub(crate) fn pattern(&self, detector: &str) -> &PatternRule {
        self.patterns
            .iter()
            .find(|p| p.detector == detector)
            // `check` refuses a pack that lacks a rule for any of `DETECTORS`.
            .unwrap_or_else(|| panic!("rule pack has no rule for detector {detector}"))
    }

    fn check(&self) -> Result<(), Error> {
        let bad = |m: String| Err(Error::new(ErrorKind::RulePack, m));
        let mut ids = std::collections::BTreeSet::new();
        for id in self
            .lexicon
            .iter()
            .map(|r| &r.id)
            .chain(self.patterns.iter().map(|r| &r.id))
        {
            if !ids.insert(id.as_str()) {
                return bad(format!("rule id {id} is used twice"));
            }
        }
        for r in &self.lexicon {
            if r.terms.is_empty() && r.guarded.is_empty() {
                return bad(format!("rule {} has no terms", r.id));
            }
            if !r.guarded.is_empty() && r.cues.is_empty() {
                return bad(format!("rule {} has guarded terms but no cues", r.id));
            }
        }
        for d in Self::DETECTORS {
            if !self.patterns.iter().any(|p| p.detector == *d) {
                return bad(format!("no pattern rule for detector {d}"));
            }
        }
        Ok(())
    }

    /// Detector names the engine emits; each must have a pattern rule.
    pub(crate) const DETECTORS: &'static [&'static str] = &[
        "email.personal",
        "email.unclassified",
        "email.executive",
        "email.role",
        "email.request_alias",
        "phone.mobile",
        "phone.direct",
        "phone.switchboard_as_contact",
        "phone.public",
        "phone.international",
        "phone.extension",
        "network.ipv4",
        "network.partial_range",
        "network.ipv6",
        "network.mac",
        "network.host",
        "network.unc",
        "network.url",
        "network.ssid",
        "network.ssid_public",
        "device.table_model",
        "device.model_named",
        "person.with_birth_date",
        "network.vlan",
        "network.port",
        "network.interface",
        "credential.password",
        "credential.password_shape",
        "credential.account",
        "credential.key",
        "cyber.confirmation",
        "config.deny",
        "person.private",
        "person.senior",
        "person.board",
        "id.nhs",
        "id.nhs_unchecked",
        "id.ni",
        "id.dob",
        "id.birth_year",
        "address.private",
        "address.organisation",
        "address.street",
        "address.street_postcode",
        "address.postcode",
        "address.grid_reference",
        "id.collar",
        "id.staff",
        "id.case",
        "id.case_review",
        "id.application_review",
        "id.ref_review",
        "id.upn",
        "id.upn_uncued",
        "id.uln",
        "id.person_number",
        "id.prison_number",
        "id.bank",
        "id.passport",
        "id.driving_licence",
        "id.card_ending",
        "id.masked_number",
        "id.social_handle",
        "id.vehicle",
        "id.vehicle_uncued",
        "id.ni_example",
        "id.table",
        "id.beside_name",
        "id.asset_tag",
        "id.orcid",
        "docx.comment",
        "docx.insertion",
        "docx.deletion",
        "docx.hidden",
        "supplier.company",
        "supplier.table_column",
        "supplier.named_app",
        "version.table_product",
        "version.number",
        "version.table",
        "version.cve",
        "device.model_sibling",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Config, Scanner};

    /// Every rule fires on each of its `hit` examples and on none of its `miss` examples.
    #[test]
    fn every_rule_keeps_its_examples() {
        let pack = RulePack::builtin().expect("the built-in pack loads");
        let scanner = Scanner::new(Config::default()).unwrap();
        let mut failures = Vec::new();
        let rules = pack
            .lexicon
            .iter()
            .map(|r| (r.id.as_str(), r.file.as_str(), &r.examples))
            .chain(
                pack.patterns
                    .iter()
                    .map(|r| (r.id.as_str(), "patterns.toml", &r.examples)),
            );
        for (id, file, examples) in rules {
            for hit in &examples.hit {
                let report = scanner.scan(hit);
                if !report.findings.iter().any(|f| f.rule == id) {
                    let got: Vec<String> = report
                        .findings
                        .iter()
                        .map(|f| format!("{} {:?}", f.rule, f.text))
                        .collect();
                    failures.push(format!("{file}: {id} should fire on {hit:?}; got {got:?}"));
                }
            }
            for miss in &examples.miss {
                let report = scanner.scan(miss);
                if let Some(f) = report.findings.iter().find(|f| f.rule == id) {
                    failures.push(format!(
                        "{file}: {id} should not fire on {miss:?}; fired on {:?}",
                        f.text
                    ));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} example failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn no_term_is_in_two_rules() {
        let pack = RulePack::builtin().unwrap();
        let mut seen = std::collections::BTreeMap::new();
        for r in &pack.lexicon {
            for t in r.terms.iter().chain(&r.guarded) {
                if let Some(other) = seen.insert(t.to_lowercase(), r.id.clone()) {
                    panic!("term {t:?} is in both {other} and {}", r.id);
                }
            }
        }
    }
}
