//! What a scan reports: one [`Finding`] per risky span.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// What kind of detail a finding is (the kinds of `../shared/eval/LABELS.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A named living individual.
    PersonName,
    /// An email address.
    Email,
    /// A telephone, mobile or fax number.
    Phone,
    /// A private individual's address or postcode.
    PostalAddress,
    /// A 10-digit NHS number with a valid check digit.
    NhsNumber,
    /// A National Insurance number.
    NiNumber,
    /// A date of birth.
    DateOfBirth,
    /// A staff or payroll number, vehicle registration or case number tied to a person.
    OtherIdentifier,
    /// Anti-virus, firewall, password manager, MFA, SIEM, e-mail security or backup product.
    SecurityProduct,
    /// A remote support or access tool, or a VPN product.
    RemoteAccess,
    /// An authentication protocol or mechanism.
    AuthProtocol,
    /// The make or model of a device.
    DeviceMakeModel,
    /// An operating system or software version.
    SoftwareVersion,
    /// IP addresses, host names, MAC addresses, SSIDs, VLANs, ports, internal URLs.
    NetworkDetail,
    /// An IT or telephony supplier or named system.
    ItSupplier,
    /// A password, key or token.
    Credential,
    /// Comments, tracked changes or hidden text carried inside a document file.
    HiddenContent,
}

impl Kind {
    /// Every kind, in a stable order.
    pub const ALL: [Kind; 17] = [
        Kind::PersonName,
        Kind::Email,
        Kind::Phone,
        Kind::PostalAddress,
        Kind::NhsNumber,
        Kind::NiNumber,
        Kind::DateOfBirth,
        Kind::OtherIdentifier,
        Kind::SecurityProduct,
        Kind::RemoteAccess,
        Kind::AuthProtocol,
        Kind::DeviceMakeModel,
        Kind::SoftwareVersion,
        Kind::NetworkDetail,
        Kind::ItSupplier,
        Kind::Credential,
        Kind::HiddenContent,
    ];

    /// The family the kind belongs to.
    pub fn family(self) -> Family {
        match self {
            Kind::PersonName
            | Kind::Email
            | Kind::Phone
            | Kind::PostalAddress
            | Kind::NhsNumber
            | Kind::NiNumber
            | Kind::DateOfBirth
            | Kind::OtherIdentifier
            | Kind::HiddenContent => Family::Personal,
            _ => Family::Cyber,
        }
    }

    /// The snake_case name used in JSON and config.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::PersonName => "person_name",
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::PostalAddress => "postal_address",
            Kind::NhsNumber => "nhs_number",
            Kind::NiNumber => "ni_number",
            Kind::DateOfBirth => "date_of_birth",
            Kind::OtherIdentifier => "other_identifier",
            Kind::SecurityProduct => "security_product",
            Kind::RemoteAccess => "remote_access",
            Kind::AuthProtocol => "auth_protocol",
            Kind::DeviceMakeModel => "device_make_model",
            Kind::SoftwareVersion => "software_version",
            Kind::NetworkDetail => "network_detail",
            Kind::ItSupplier => "it_supplier",
            Kind::Credential => "credential",
            Kind::HiddenContent => "hidden_content",
        }
    }
}

/// Personal data (s40) or cyber-sensitive detail (s31).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Personal data, section 40(2).
    Personal,
    /// Cyber-sensitive detail, section 31(1)(a).
    Cyber,
}

impl Family {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Personal => "personal",
            Family::Cyber => "cyber",
        }
    }
}

/// How urgently an officer must act on a finding. Ordered: `Info < Review < High`.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Shown, no action needed (a team mailbox, a switchboard, a board member).
    #[default]
    Info,
    /// A decision is needed.
    Review,
    /// Withhold unless there is a reason to release.
    High,
}

impl Severity {
    /// The lowercase name used in JSON and config.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Review => "review",
            Severity::High => "high",
        }
    }
}

/// Where in the response a finding stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    /// The body's own heading: its address, switchboard, website, board names.
    Letterhead,
    /// The requester's own words, restated.
    Request,
    /// The body's answer (the default).
    Answer,
    /// The sign-off and the block under it.
    Signature,
    /// Hidden parts of a document file: comments, tracked changes, hidden text.
    Hidden,
}

impl Context {
    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Context::Letterhead => "letterhead",
            Context::Request => "request",
            Context::Answer => "answer",
            Context::Signature => "signature",
            Context::Hidden => "hidden",
        }
    }
}

/// One risky span of the scanned text.
///
/// `start` and `end` are byte offsets into the scanned `&str` (end exclusive); the
/// JS API converts them to UTF-16 code units and the CLI to code points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Start of the span (byte offset).
    pub start: usize,
    /// End of the span, exclusive.
    pub end: usize,
    /// The matched text.
    pub text: String,
    /// What kind of detail it is.
    pub kind: Kind,
    /// Personal or cyber.
    pub family: Family,
    /// How urgently to act.
    pub severity: Severity,
    /// The FOIA exemption it would fall under, e.g. `s40(2)`.
    pub exemption: Cow<'static, str>,
    /// The stable id of the rule that fired.
    pub rule: Cow<'static, str>,
    /// One plain-English sentence an officer understands.
    pub reason: Cow<'static, str>,
    /// Where in the response it stands.
    pub context: Context,
}

/// The result of one scan: findings sorted by `(start, end, rule)`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The findings, sorted by `(start, end, rule)`.
    pub findings: Vec<Finding>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` gives the name JSON gives (the JS binding sends `as_str`).
    #[test]
    fn names_are_the_json_names() {
        let json = |v: serde_json::Value| v.as_str().expect("a string").to_string();
        for k in Kind::ALL {
            assert_eq!(k.as_str(), json(serde_json::to_value(k).unwrap()));
            assert_eq!(
                k.family().as_str(),
                json(serde_json::to_value(k.family()).unwrap())
            );
        }
        for s in [Severity::Info, Severity::Review, Severity::High] {
            assert_eq!(s.as_str(), json(serde_json::to_value(s).unwrap()));
        }
        for c in [
            Context::Letterhead,
            Context::Request,
            Context::Answer,
            Context::Signature,
            Context::Hidden,
        ] {
            assert_eq!(c.as_str(), json(serde_json::to_value(c).unwrap()));
        }
    }
}
