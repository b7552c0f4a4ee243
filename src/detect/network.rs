//! Network details and credentials: addresses, hosts, paths, SSIDs, VLANs, ports, passwords.

use std::net::Ipv6Addr;

use regex::Regex;

use super::{has_word, on_word_boundary};
use crate::document::Document;

/// One network or credential detection: the detector name and the span.
pub(crate) type Hit = (&'static str, usize, usize);

pub(crate) struct NetworkDetector {
    ipv4: Regex,
    ipv6: Regex,
    mac: Regex,
    fqdn: Regex,
    bare_host: Regex,
    unc: Regex,
    url: Regex,
    quoted: Regex,
    vlan: Regex,
    port: Regex,
    secret_cue: Regex,
    account_cue: Regex,
    key: Regex,
}

/// Top-level labels that only exist inside an organisation's network.
const INTERNAL_TLDS: &[&str] = &[
    "local",
    "internal",
    "lan",
    "corp",
    "intra",
    "intranet",
    "localdomain",
    "home",
    "private",
    "ad",
];

/// First labels that name a server rather than a public website.
const SERVER_PREFIXES: &[&str] = &[
    "srv",
    "svr",
    "server",
    "fs",
    "dc",
    "sql",
    "db",
    "app",
    "vpn",
    "remote",
    "rdp",
    "rds",
    "citrix",
    "gw",
    "gateway",
    "radius",
    "proxy",
    "jump",
    "exch",
    "exchange",
    "owa",
    "adfs",
    "sts",
    "netreg",
    "intranet",
    "nas",
    "san",
    "esx",
    "esxi",
    "vcenter",
    "backup",
    "print",
    "file",
    "files",
    "share",
    "ldap",
    "dns",
    "dhcp",
    "wsus",
    "sccm",
    "mgmt",
    "admin",
    "portal-int",
    "dev",
    "test",
    "uat",
    "staging",
    "cctv",
    "nvr",
];

const SECRET_CUES: &str = r"(?i)(?-u:\b)(?:password|passwords|pw|pwd|passphrase|passcode|pass code|pre-shared[- ]key|psk|wi-?fi key|network key|key|pin|credentials?|login)(?-u:\b)";

impl NetworkDetector {
    pub(crate) fn new() -> NetworkDetector {
        let re = |p: &str| Regex::new(p).expect("network pattern is valid");
        NetworkDetector {
            ipv4: re(
                r"(?-u:\b)(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?",
            ),
            ipv6: re(r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:/[0-9]{1,3})?"),
            mac: re(
                r"(?i)(?-u:\b)[0-9a-f]{2}(?::[0-9a-f]{2}){5}(?-u:\b)|(?-u:\b)[0-9a-f]{2}(?:-[0-9a-f]{2}){5}(?-u:\b)|(?-u:\b)[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}(?-u:\b)",
            ),
            fqdn: re(r"(?i)(?-u:\b)[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+(?-u:\b)"),
            bare_host: re(r"(?i)(?-u:\b)(?:srv|svr)-?[a-z0-9]+(?:-[a-z0-9]+)*(?-u:\b)"),
            unc: re(r"\\\\[A-Za-z0-9._$-]+(?:\\[A-Za-z0-9._$-]*[A-Za-z0-9_$])+"),
            url: re(r#"(?i)(?-u:\b)https?://[^\s<>"'()\[\]]+"#),
            quoted: re(r#"[“"‘']([A-Za-z0-9][A-Za-z0-9 _.@#!&+-]{0,30})[”"’']"#),
            vlan: re(
                r"(?i)(?-u:\b)VLANs?(?:\s+IDs?)?\s+[0-9]{1,4}(?:\s*(?:[–—-]|to)\s*[0-9]{1,4})?",
            ),
            port: re(
                r"(?i)(?-u:\b)(?:(?:TCP|UDP)(?:/|\s+))?ports?\s+([0-9]{2,5})(?-u:\b)|(?-u:\b)(?:TCP|UDP)/([0-9]{2,5})(?-u:\b)",
            ),
            secret_cue: re(SECRET_CUES),
            account_cue: re(
                r"(?i)(?-u:\b)(?:account|user ?name|user id|login|log-in)\s+(?:name\s+)?[“'\x22]?([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+|[a-z]+[0-9]+[a-z0-9]*)(?-u:\b)",
            ),
            key: re(
                r"(?i)(?-u:\b)(?:api[_ -]?key|secret|token|client[_ -]?secret|access[_ -]?key)\s*[:=]\s*[A-Za-z0-9_\-./+=]{12,}|(?-u:\b)(?:sk_live_|ghp_|AKIA|xox[bp]-)[A-Za-z0-9_\-]{12,}",
            ),
        }
    }

    pub(crate) fn find(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        self.find_urls_and_hosts(text, out);
        for m in self.ipv4.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let after2 = text[e..].chars().nth(1);
            if before.is_some_and(|c| c.is_alphanumeric() || c == '.')
                || after.is_some_and(|c| c.is_alphanumeric())
                || (after == Some('.') && after2.is_some_and(|c| c.is_ascii_digit()))
            {
                continue;
            }
            // "version 4.1.2.10" is a version, not an address.
            if has_word(
                super::line_before(text, s, 12),
                &["version", "v", "build", "release"],
            ) {
                continue;
            }
            out.push(("network.ipv4", s, e));
        }
        for m in self.ipv6.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let addr = m.as_str().split('/').next().unwrap_or("");
            if addr.parse::<Ipv6Addr>().is_err() || !addr.contains(|c: char| c.is_ascii_hexdigit())
            {
                continue;
            }
            let before = text[..s].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_hexdigit() || c == ':') {
                continue;
            }
            out.push(("network.ipv6", s, e));
        }
        for m in self.mac.find_iter(text) {
            out.push(("network.mac", m.start(), m.end()));
        }
        for m in self.unc.find_iter(text) {
            out.push(("network.unc", m.start(), m.end()));
        }
        for m in self.vlan.find_iter(text) {
            out.push(("network.vlan", m.start(), m.end()));
        }
        for c in self.port.captures_iter(text) {
            if let Some(n) = c.get(1).or_else(|| c.get(2)) {
                out.push(("network.port", n.start(), n.end()));
            }
        }
        self.find_ssids(text, doc, out);
        self.find_credentials(text, out);
    }

    fn find_urls_and_hosts(&self, text: &str, out: &mut Vec<Hit>) {
        for m in self.url.find_iter(text) {
            let url = m.as_str().trim_end_matches(['.', ',', ';', ':']);
            let host = url
                .split("://")
                .nth(1)
                .unwrap_or("")
                .split(['/', ':', '?', '#'])
                .next()
                .unwrap_or("");
            if is_internal_host(host) || host.parse::<std::net::Ipv4Addr>().is_ok() {
                out.push(("network.url", m.start(), m.start() + url.len()));
            }
        }
        for m in self.fqdn.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let host = m.as_str();
            let before = text[..s].chars().next_back();
            // Part of an email address, a URL's path or a longer dotted token.
            if before.is_some_and(|c| c == '@' || c == '/' || c == '.' || c == '\\')
                || text[e..].starts_with('@')
            {
                continue;
            }
            if host.chars().all(|c| c.is_ascii_digit() || c == '.') {
                continue;
            }
            if is_internal_host(host) {
                out.push(("network.host", s, e));
            }
        }
        for m in self.bare_host.find_iter(text) {
            let dotted = text[m.end()..].starts_with('.')
                && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_alphanumeric());
            if m.as_str().chars().any(|c| c.is_ascii_digit()) && !dotted {
                out.push(("network.host", m.start(), m.end()));
            }
        }
    }

    fn find_ssids(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        // Only the lines that mention wireless: found by a search of the whole text,
        // not a look at every line.
        let lower = text.to_ascii_lowercase();
        let mut lines: Vec<usize> = ["ssid", "wi-fi", "wifi", "wireless"]
            .iter()
            .flat_map(|w| lower.match_indices(w).map(|(i, _)| doc.line_index(i)))
            .collect();
        lines.sort_unstable();
        lines.dedup();
        for k in lines {
            let offset = doc.lines[k].start;
            let line = &text[offset..doc.lines[k].end];
            if !has_word(line, &["ssid", "ssids", "wi-fi", "wifi", "wireless"]) {
                continue;
            }
            for c in self.quoted.captures_iter(line) {
                let g = c.get(1).expect("group 1 always takes part");
                let name = g.as_str();
                if name.split_whitespace().count() > 3
                    || !name.chars().any(|c| {
                        c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '_'
                    })
                {
                    continue;
                }
                out.push(("network.ssid", offset + g.start(), offset + g.end()));
            }
        }
    }

    fn find_credentials(&self, text: &str, out: &mut Vec<Hit>) {
        for cue in self.secret_cue.find_iter(text) {
            // The secret follows the cue within the same clause.
            let window = super::line_after(text, cue.end(), 60);
            let window = window.split(['.', ';']).next().map_or(window, |w| {
                // A full stop inside a token ("Pa55.word") is not the end of the clause.
                if w.len() < window.len()
                    && window[w.len() + 1..].starts_with(|c: char| !c.is_whitespace())
                {
                    window
                } else {
                    w
                }
            });
            let base = cue.end();
            let mut pos = 0;
            for token in window.split([' ', '(', ')', '“', '”', '"', '\'', '‘', '’', ',', ':', '='])
            {
                let s = base + pos;
                pos += token.len()
                    + window[pos + token.len()..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8);
                if looks_like_secret(token) && on_word_boundary(text, s, s + token.len()) {
                    out.push(("credential.password", s, s + token.len()));
                    break;
                }
            }
        }
        for c in self.account_cue.captures_iter(text) {
            let g = c.get(1).expect("group 1 always takes part");
            out.push(("credential.account", g.start(), g.end()));
        }
        for m in self.key.find_iter(text) {
            out.push(("credential.key", m.start(), m.end()));
        }
    }
}

/// A host name that only resolves inside the organisation, or names a server.
fn is_internal_host(host: &str) -> bool {
    let lower = host.to_ascii_lowercase();
    let labels: Vec<&str> = lower.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let tld = labels[labels.len() - 1];
    if INTERNAL_TLDS.contains(&tld) {
        return true;
    }
    // Public names need a known top-level domain to be host names at all.
    if !tld.chars().all(|c| c.is_ascii_alphabetic()) || tld.len() < 2 || labels.len() < 3 {
        return false;
    }
    let first = labels[0];
    if first == "www" {
        return false;
    }
    let stem: String = first
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let has_digit = first.chars().any(|c| c.is_ascii_digit());
    SERVER_PREFIXES.contains(&stem.as_str()) && (has_digit || first.contains('-') || stem == first)
        || (has_digit && first.len() <= 12 && stem.len() >= 2)
}

/// A token that reads as a password: letters with digits or symbols, no spaces,
/// not a date, version, reference or ordinary word.
fn looks_like_secret(token: &str) -> bool {
    let len = token.chars().count();
    if !(6..=64).contains(&len) {
        return false;
    }
    let letters = token.chars().filter(|c| c.is_alphabetic()).count();
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let symbols = token
        .chars()
        .filter(|c| "!#$%&*@^~?+=_".contains(*c))
        .count();
    let upper = token.chars().filter(|c| c.is_uppercase()).count();
    if letters == 0 || token.contains("://") || token.contains('@') && token.contains('.') {
        return false;
    }
    // Mixed case with digits, or any symbol with letters, or letters then digits.
    (digits > 0 && letters > 0 && (upper > 0 || symbols > 0 || digits >= 2))
        || (symbols > 0 && letters >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        NetworkDetector::new().find(text, &Document::parse(text), &mut out);
        out.sort_by_key(|h| h.1);
        out.into_iter().map(|(d, s, e)| (d, &text[s..e])).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("at 10.40.2.11 and", &[("network.ipv4", "10.40.2.11")]),
            (
                "uses 10.64.0.0/14, divided",
                &[("network.ipv4", "10.64.0.0/14")],
            ),
            (
                "range 2001:db8:4a2::/48 and",
                &[("network.ipv6", "2001:db8:4a2::/48")],
            ),
            (
                "gw 2001:db8:4a2:10::25 and",
                &[("network.ipv6", "2001:db8:4a2:10::25")],
            ),
            (
                "(fd12:3456:789a:1::21)",
                &[("network.ipv6", "fd12:3456:789a:1::21")],
            ),
            (
                "MAC 3C:52:82:0A:7F:11 is",
                &[("network.mac", "3C:52:82:0A:7F:11")],
            ),
            (
                "server srv-epr01.trust.local (x)",
                &[("network.host", "srv-epr01.trust.local")],
            ),
            (
                "server, fs02.research.example.ac.uk, at",
                &[("network.host", "fs02.research.example.ac.uk")],
            ),
            (
                "gateway remote.example.gov.uk for",
                &[("network.host", "remote.example.gov.uk")],
            ),
            (
                "at \\\\fs02\\ethics$. Access",
                &[("network.unc", "\\\\fs02\\ethics$")],
            ),
            (
                "page at https://netreg.ad.eastmoor.local/register.",
                &[("network.url", "https://netreg.ad.eastmoor.local/register")],
            ),
            (
                "range VLAN 310–349, and",
                &[("network.vlan", "VLAN 310–349")],
            ),
            ("on VLAN 900.", &[("network.vlan", "VLAN 900")]),
            ("listen on UDP port 1812.", &[("network.port", "1812")]),
            (
                "connect to the SSIDs “EM-Staff” and “EM-Student”",
                &[("network.ssid", "EM-Staff"), ("network.ssid", "EM-Student")],
            ),
            (
                "the temporary password Kestrel#Ops2024 for the shared account cctv-maint, which",
                &[
                    ("credential.password", "Kestrel#Ops2024"),
                    ("credential.account", "cctv-maint"),
                ],
            ),
            (
                "whose key (Mallard!Bay2024) is rotated",
                &[("credential.password", "Mallard!Bay2024")],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    #[test]
    fn not_network() {
        for text in [
            "Section 31(1)(a) applies",
            "in 2023/24 and ISO 27001",
            "version 3.0.26",
            "See www.example.nhs.uk or https://www.legislation.gov.uk/ukpga/2000/36",
            "at 09:14:22 on",
            "Email foi@example.gov.uk",
            "Passwords are changed every 90 days.",
            "The port of Dover",
            "Windows 10 21H2",
            "£4,812.50 paid",
        ] {
            assert_eq!(hits(text), vec![], "{text}");
        }
    }
}

#[cfg(test)]
mod timing {
    /// Times each pattern over ~1 MB of the dev drafts: `cargo test --release
    /// network::timing -- --ignored --nocapture`. For profiling; asserts nothing.
    #[test]
    #[ignore]
    fn each_pattern() {
        let d = super::NetworkDetector::new();
        let text = crate::detect::test_corpus(1_000_000);
        let pats = [
            ("ipv4", &d.ipv4),
            ("ipv6", &d.ipv6),
            ("mac", &d.mac),
            ("fqdn", &d.fqdn),
            ("bare_host", &d.bare_host),
            ("unc", &d.unc),
            ("url", &d.url),
            ("quoted", &d.quoted),
            ("vlan", &d.vlan),
            ("port", &d.port),
            ("secret_cue", &d.secret_cue),
            ("account_cue", &d.account_cue),
            ("key", &d.key),
        ];
        crate::detect::time_patterns(&text, &pats);
    }
}
