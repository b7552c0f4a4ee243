//! Network details and credentials: addresses, hosts, paths, SSIDs, VLANs, ports, passwords.

use super::{is_alnum, is_letter, starts_with_ignore_ascii_case};
use std::collections::{HashMap, HashSet};
use std::net::Ipv6Addr;

use super::cues::{Cue, CueHits, CuedPattern};
use super::shapes;
use super::{has_word, line_before, on_word_boundary};
use crate::document::Document;

/// One network or credential detection: the detector name and the span.
pub(crate) type Hit = (&'static str, usize, usize);

pub(crate) struct NetworkDetector {
    ipv4: CuedPattern<shapes::Ipv4>,
    ipv6: CuedPattern<shapes::Ipv6>,
    mac: CuedPattern<shapes::Mac>,
    fqdn: CuedPattern<shapes::Fqdn>,
    bare_host: CuedPattern<shapes::BareHost>,
    site_host: CuedPattern<shapes::Hyphenated>,
    unc: CuedPattern<shapes::Unc>,
    url: CuedPattern<shapes::Url>,
    quoted: CuedPattern<shapes::Quoted>,
    ssid_word: CuedPattern<shapes::WordChain>,
    vlan: CuedPattern<shapes::Vlan>,
    port: CuedPattern<shapes::Port>,
    secret_cue: CuedPattern<shapes::SecretCue>,
    account_cue: CuedPattern<shapes::AccountCue>,
    key: CuedPattern<shapes::Key>,
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

/// Is `tld` (any case) one of [`INTERNAL_TLDS`]?
pub(crate) fn is_internal_tld(tld: &str) -> bool {
    INTERNAL_TLDS.iter().any(|t| t.eq_ignore_ascii_case(tld))
}

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
    // Sign-in and proxy services: an identity provider's or EZproxy's own host.
    "idp",
    "sso",
    "shib",
    "shibboleth",
    "ezproxy",
    // File transfer with partners and suppliers ("sftp.archives.example.gov.uk"): an
    // endpoint for the few, not the public. (Not "ftp.", a public archive's as often.)
    "sftp",
    "mft",
    // Tools that map or watch the network from inside it.
    "netbox",
    "nagios",
    "zabbix",
    "librenms",
    "observium",
    "prtg",
    "grafana",
    "kibana",
];

/// Roles that end a server's name ("KMT-PACS-GW02", "GLN-SQL-03", "HQ-WEB01") besides
/// `SERVER_PREFIXES`. Kept apart from those because as the first label of a dotted
/// name they are public too ("web.", "mail.", "ns.").
const SERVER_ROLES: &[&str] = &[
    "ad", "ap", "wap", "wlc", "fw", "sw", "rtr", "prn", "prt", "ex", "hv", "hyp", "vm", "vdi",
    "web", "mail", "mx", "smtp", "ftp", "sftp", "ns", "ntp", "nps", "lb", "bak", "bkp", "mon",
    "siem", "ca", "pki", "kms", "mecm", "pbx", "sbc", "ups", "jmp", "ctx", "pacs", "imm", "pc",
    "ws", "wks",
    // End devices named as the network names them: a laptop, tablet, kiosk or an
    // appliance's mobile data terminal ("KST-LT-0412", "AVFRS-MDT-031").
    "lt", "lap", "laptop", "tab", "tablet", "kiosk", "mdt",
    // Environments, tiers and management roles ("VC-PRD-01", "HQ-CORE-SW1",
    // "PUMP-MGR-01", "MOB-CTRL-04"), a mailbox server ("MBX"), a recorder ("NVR").
    "prd", "prod", "uat", "mgmt", "mgr", "core", "dist", "edge", "ctrl", "mbx", "nvr", "cad",
    // A cluster's nodes ("hpc-login1", "hpc-gpu02").
    "login", "compute", "gpu",
    // A network camera and its recorder ("KBY-CAM-0217", "AV-CAM-K12", "HQ-DVR-02").
    "cam", "cctv", "dvr",
];

/// Is `word` a server's role ("DC", "sql", "GW")?
fn is_server_role(word: &str) -> bool {
    SERVER_PREFIXES
        .iter()
        .chain(SERVER_ROLES)
        .any(|r| r.eq_ignore_ascii_case(word))
}

impl NetworkDetector {
    #[inline(never)]
    pub(crate) fn new() -> NetworkDetector {
        NetworkDetector {
            // Digits and dots only: tried in the windows around the digits.
            ipv4: CuedPattern::near_digits(1, 4),
            // Tried at `ipv6_starts`.
            ipv6: CuedPattern::new(),
            // Tried at `mac_starts`.
            mac: CuedPattern::new(),
            // Tried at `host_starts`.
            fqdn: CuedPattern::new(),
            // Starts with a prefix of `Cue::Host`.
            bare_host: CuedPattern::new(),
            // Tried at `hyphen_starts`.
            site_host: CuedPattern::new(),
            // Tried at `unc_starts`.
            unc: CuedPattern::new(),
            // Starts with the words of `Cue::Url`.
            url: CuedPattern::new(),
            // Searched in the lines about wireless networks.
            quoted: CuedPattern::new(),
            // Searched near the words about wireless networks.
            ssid_word: CuedPattern::new(),
            // Starts with the words of `Cue::Vlan`.
            vlan: CuedPattern::new(),
            // Starts with the words of `Cue::Port`.
            port: CuedPattern::new(),
            // Starts with the words of `Cue::Secret`.
            secret_cue: CuedPattern::new(),
            // Starts with the words of `Cue::Account`.
            account_cue: CuedPattern::new(),
            // Starts with the words and prefixes of `Cue::Key`.
            key: CuedPattern::new(),
        }
    }

    /// `cues`: where the cued patterns' words start (see `cues`).
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        self.find_urls_and_hosts(text, cues, out);
        self.ipv4.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let (s, e) = (m.start(), m.end());
            let before = text[..s].chars().next_back();
            let after = text[e..].chars().next();
            let after2 = text[e..].chars().nth(1);
            if before.is_some_and(|c| is_alnum(c) || c == '.')
                || after.is_some_and(is_alnum)
                || (after == Some('.') && after2.is_some_and(|c| c.is_ascii_digit()))
            {
                return;
            }
            // "version 4.1.2.10" is a version, not an address.
            if !super::versions::after_version_word(text, s) {
                out.push(("network.ipv4", s, e));
                // "10.50.3.21:3389": the port after the address.
                if let Some(p) = digits_after(text, e, b':') {
                    out.push(("network.port", e + 1, p));
                } else if let Some(p) = port_on(text, e) {
                    // "… at 192.168.40.10 on 5060.": the port the address listens on.
                    out.push(("network.port", e + 4, p));
                }
            }
        });
        find_partial_ranges(text, cues, out);
        find_plain_hosts(text, cues, out);
        find_apn_hosts(text, out);
        find_ae_titles(text, out);
        // An IPv6 address has at least two colons.
        if text.contains(':') {
            self.ipv6.each(text, &ipv6_starts(text), |c| {
                let m = c.whole();
                let (s, e) = (m.start(), m.end());
                let addr = text[s..e].split('/').next().unwrap_or("");
                if addr.parse::<Ipv6Addr>().is_err()
                    || !addr.contains(|c: char| c.is_ascii_hexdigit())
                {
                    return;
                }
                let before = text[..s].chars().next_back();
                if !before.is_some_and(|c| c.is_ascii_hexdigit() || c == ':') {
                    out.push(("network.ipv6", s, e));
                }
            });
        }
        self.mac.each(text, &mac_starts(text), |c| {
            out.extend(Some(("network.mac", c.start, c.end)));
        });
        // A UNC path starts with two backslashes.
        if text.contains("\\\\") {
            self.unc.each(text, &unc_starts(text), |c| {
                out.push(("network.unc", c.start, c.end));
            });
        }
        self.vlan.each(text, cues.of(Cue::Vlan), |c| {
            let m = c.whole();
            out.push(("network.vlan", m.start(), m.end()));
        });
        self.find_ports(text, cues, out);
        find_config_ports(text, cues, out);
        find_interfaces(text, out);
        Self::find_service_ports(text, cues, out);
        self.find_ssids(text, doc, cues, out);
        self.find_credentials(text, doc, cues, out);
    }

    #[inline(never)]
    fn find_urls_and_hosts(&self, text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
        self.url.each(text, cues.of(Cue::Url), |c| {
            let m = c.whole();
            let url = text[m.start()..m.end()].trim_end_matches(['.', ',', ';', ':']);
            // The authority, "host:port" or "user@host" (up to the path, query or
            // fragment), and its host.
            let authority = url
                .split("://")
                .nth(1)
                .unwrap_or("")
                .split(['/', '?', '#'])
                .next()
                .unwrap_or("");
            let host = authority.split(':').next().unwrap_or("");
            // A port other than the web's own says a service, not a public page
            // ("https://ezproxy.lib.example.ac.uk:2048").
            let port = authority
                .rsplit_once(':')
                .map(|(_, p)| p)
                .filter(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
            let odd_port = port.is_some_and(|p| p != "80" && p != "443");
            // A host of one label ("http://intranet/hr", "https://srv-app01/"): only an
            // internal network resolves it.
            // (A machine's name with a digit, or an intranet's usual name: "http://foo",
            // "http://host:port" are documentation's placeholders.)
            let single_label = host.len() >= 3
                && !host.contains('.')
                && !authority.contains('@')
                && host.starts_with(|c: char| c.is_ascii_alphabetic())
                && !host.ends_with('-')
                && !host.starts_with("xn--")
                && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && (host.bytes().any(|b| b.is_ascii_digit())
                    || [
                        "intranet",
                        "sharepoint",
                        "portal",
                        "helpdesk",
                        "servicedesk",
                        "wiki",
                        "jira",
                        "confluence",
                        "hr",
                        "payroll",
                        "timesheets",
                        "staffnet",
                        "insite",
                    ]
                    .iter()
                    .any(|w| host.eq_ignore_ascii_case(w)));
            // A way in that the draft says staff or engineers sign in through
            // ("engineers sign in through https://rs.example.gov.uk/elec").
            let entry = || {
                let before = super::line_before(text, m.start(), 80).to_ascii_lowercase();
                [
                    "sign in through ",
                    "signs in through ",
                    "sign in via ",
                    "signs in via ",
                    "log in through ",
                    "logs in through ",
                    "log in via ",
                    "logs in via ",
                    "log on through ",
                    "log on via ",
                    "connect through ",
                    "connects through ",
                    "connect via ",
                    "connects via ",
                ]
                .iter()
                .any(|w| before.ends_with(w))
                    && host.split('.').next() != Some("www")
            };
            if is_internal_host(host)
                || odd_port
                || single_label
                || entry()
                || host.parse::<std::net::Ipv4Addr>().is_ok()
                || admin_path(url)
                || admin_host(host)
                || service_url(url, host)
            {
                out.push(("network.url", m.start(), m.start() + url.len()));
            }
        });
        self.fqdn.each(text, &host_starts(text), |c| {
            let m = c.whole();
            let (s, e) = (m.start(), m.end());
            let host = &text[s..e];
            let before = text[..s].chars().next_back();
            // The host of a URL of another scheme ("redis://:secret@cache01.x.internal",
            // "ldap://dc01.corp.local"), or of a Kerberos service ("HTTP/sso.x.internal"):
            // read as a host (an http URL is the URL pattern's).
            // (A look back of a line's last 256 bytes at most: a long line with no space
            // would make the look at each name a walk to the line's start.)
            let token = line_before(text, s, 256)
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            let other_scheme = token.contains("://")
                && !token.starts_with("http://")
                && !token.starts_with("https://")
                && (token.ends_with("://") || token.ends_with('@'));
            let service = token.strip_suffix('/').is_some_and(|t| {
                (3..=10).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_uppercase())
            });
            // Part of an email address, a URL's path or a longer dotted token.
            if !(other_scheme || service)
                && before.is_some_and(|c| c == '@' || c == '/' || c == '.' || c == '\\')
                || text[e..].starts_with('@')
                || host.chars().all(|c| c.is_ascii_digit() || c == '.')
            {
                return;
            }
            if is_internal_host(host) {
                out.push(("network.host", s, e));
            } else if let Some(path_end) = admin_path_end(text, e) {
                // A public site's own sign-in for its staff: "example-tc.gov.uk/bt-admin".
                out.push(("network.url", s, path_end));
            }
        });
        // The bare hosts, in order, and whether a longer name holds each.
        let mut bare: Vec<(usize, usize)> = Vec::new();
        self.bare_host.each(text, cues.of(Cue::Host), |c| {
            let m = c.whole();
            let dotted = text[m.end()..].starts_with('.')
                && text[m.end() + 1..].starts_with(|c: char| c.is_ascii_alphanumeric());
            let name = &text[m.start()..m.end()];
            // "SVR4", "SVr4": Unix System V's releases.
            let system_v = name.len() == 4 && name[3..].bytes().all(|b| (b'1'..=b'4').contains(&b));
            if name.chars().any(|c| c.is_ascii_digit()) && !dotted && !system_v {
                bare.push((m.start(), m.end()));
            }
        });
        let mut held = vec![false; bare.len()];
        if text.contains('-') {
            self.site_host.each(text, &hyphen_starts(text), |c| {
                let s = c.start;
                // "fw-hq-01/02": a pair or range of hosts, one name; "kvh-epr-db01/02.kvh.local"
                // with its domain.
                let e = host_range_end(text, c.end);
                let e = host_domain_end(text, s, e);
                if !stands_alone(text, s, e) {
                    return;
                }
                let name = &text[s..c.end];
                let cued =
                    after_host_word(text, s) || address_follows(text, e) || reached_by(text, s);
                // The bare hosts inside the name (found once each: a binary search, not a
                // walk over all of them for each name).
                let from = bare.partition_point(|&(fs, _)| fs < s);
                let to = from + bare[from..].partition_point(|&(fs, _)| fs < e);
                // "WIN-SRV-2019": the bare host "SRV-2019" is part of a longer name.
                let holds_bare = bare[from..to]
                    .iter()
                    .any(|&(fs, fe)| fe <= e && (fs, fe) != (s, e))
                    && one_case(name);
                if is_server_name(name, cued) || holds_bare {
                    // The whole name, not the "SRV-APP2" the bare host found in
                    // "WIN-SRV-APP2"; a name found once.
                    for k in from..to {
                        if bare[k].1 <= e {
                            held[k] = true;
                        }
                    }
                    out.push(("network.host", s, e));
                    // The range's last host, named by its last part ("SAL-VMS-REC01 to
                    // REC04").
                    if let Some(end) = range_last_host(text, &text[s..e], e) {
                        out.push(("network.host", end.0, end.1));
                    }
                    // The next of a list, the same name but its number ("sp-onprem01 and
                    // sp-onprem02"), when the pass does not find it itself.
                    let mut last = (s, e);
                    while let Some(next) = listed_next_host(text, &text[last.0..last.1], last.1) {
                        if !is_server_name(&text[next.0..next.1], false) {
                            out.push(("network.host", next.0, next.1));
                        }
                        last = next;
                    }
                }
            });
        }
        out.extend(
            bare.iter()
                .zip(&held)
                .filter(|(_, &h)| !h)
                .map(|(&(s, e), _)| ("network.host", s, e)),
        );
    }

    /// Ports with the word or protocol that says so ("port 3389", "TCP 3389", "TCP/443",
    /// "ports 1024-65535"), each port of a list ("ports 80 and 443": "ports 80", "443"),
    /// a port given after its service ("RDP (3389)": "3389") or before its protocol
    /// ("3389/tcp").
    #[inline(never)]
    fn find_ports(&self, text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
        let from = out.len();
        self.port.each(text, cues.of(Cue::Port), |c| {
            match c.get_group(1).or_else(|| c.get_group(2)) {
                Some(n) => {
                    // "TCP 10.2": a version; "64-bit"; "ports" ending a line, a list's
                    // "15." or a date starting the next.
                    let b = text.as_bytes();
                    if decimal_after(text, n.end)
                        || b.get(n.end) == Some(&b'-')
                            && b.get(n.end + 1).is_some_and(u8::is_ascii_alphabetic)
                        || text[c.start..n.start].contains('\n')
                    {
                        return;
                    }
                    let e = port_end(text, n.end);
                    out.push(("network.port", c.start, e));
                    port_list(text, e, out);
                }
                None => {
                    // "RDP (3389)": the number in the brackets; not a year ("SMB (2019)").
                    let n = &text[c.start..c.end - 1];
                    let open = c.start + n.rfind('(').map_or(0, |k| k + 1);
                    let digits = &text[open..c.end - 1];
                    if !(digits.len() == 4
                        && (digits.starts_with("19") || digits.starts_with("20")))
                    {
                        out.push(("network.port", open, c.end - 1));
                    }
                }
            }
        });
        // "3389/tcp", "53/UDP": the number before the protocol, if no port found there.
        let b = text.as_bytes();
        for &at in cues.of(Cue::Port) {
            if at < 3 || b[at - 1] != b'/' || !(lit3(b, at, b"tcp") || lit3(b, at, b"udp")) {
                continue;
            }
            let mut s = at - 1;
            while s > 0 && b[s - 1].is_ascii_digit() && at - 1 - s < 6 {
                s -= 1;
            }
            let n = at - 1 - s;
            let glued = s > 0
                && (b[s - 1].is_ascii_alphanumeric()
                    || matches!(b[s - 1], b'.' | b'/' | b'_' | b'-'));
            if (2..=5).contains(&n)
                && !glued
                && !out[from..].iter().any(|&(_, fs, fe)| fs < at + 3 && s < fe)
            {
                out.push(("network.port", s, at + 3));
            }
        }
    }

    /// A port after its service's name and a space or colon ("HTTP 8080", "SSH: 2222",
    /// "HTTPS 443"): a number from 1024 up (not a year), or the service's usual port
    /// below it. Not "HTTP 404", "SMB 3.1" or "SSH 2019".
    #[inline(never)]
    fn find_service_ports(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
        let mut taken = crate::detect::Taken::new(out);
        const USUAL: [u32; 16] = [
            21, 22, 23, 25, 53, 80, 161, 389, 443, 445, 636, 990, 993, 995, 3389, 5900,
        ];
        let b = text.as_bytes();
        for &at in cues.of(Cue::Port) {
            let w = text[at..]
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(text.len() - at);
            let word = &text[at..at + w];
            if !shapes::PORT_SERVICES
                .iter()
                .any(|n| n.eq_ignore_ascii_case(word.as_bytes()))
                || at > 0 && (b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'/')
            {
                continue;
            }
            let mut d = at + w;
            d += [": ", ":", " "]
                .iter()
                .find(|sep| text[d..].starts_with(**sep))
                .map_or(0, |s| s.len());
            let n = b[d.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if d == at + w || !(2..=5).contains(&n) {
                continue;
            }
            let e = d + n;
            if b.get(e).is_some_and(|&c| {
                c.is_ascii_alphanumeric()
                    || c == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_digit)
            }) || taken.overlaps(out, d, e)
            {
                continue;
            }
            let Ok(port) = text[d..e].parse::<u32>() else {
                continue;
            };
            let year = n == 4 && (text[d..].starts_with("19") || text[d..].starts_with("20"));
            if (1024..=65535).contains(&port) && !year || USUAL.contains(&port) {
                out.push(("network.port", at, e));
            }
        }
    }

    #[inline(never)]
    fn find_ssids(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        // The quoted names found, each once (a line may be searched twice).
        let mut quoted = HashSet::new();
        // Only the lines that mention wireless, from where the words stand.
        let mut lines: Vec<usize> = cues
            .of(Cue::Wireless)
            .iter()
            .map(|&at| doc.line_index(at))
            .collect();
        lines.dedup();
        for k in lines {
            let offset = doc.lines[k].start;
            let line = &text[offset..doc.lines[k].end];
            if !has_word(line, &["ssid", "ssids", "wi-fi", "wifi", "wireless"]) {
                continue;
            }
            self.quoted_ssids(text, (offset, offset + line.len()), &mut quoted, out);
        }
        // A quoted name said to be a network: "connect to the “TU-Staff-5G” network".
        for &at in cues.of(Cue::Secret) {
            let after = super::line_after(text, at, 9);
            if !(after.len() >= 8 && after.as_bytes()[..7].eq_ignore_ascii_case(b"network")) {
                continue;
            }
            let before = super::line_before(text, at, 40).trim_end();
            if !before.ends_with(['"', '”', '\'']) {
                continue;
            }
            let from = at - super::line_before(text, at, 40).len();
            self.quoted_ssids(text, (from, at), &mut quoted, out);
        }
        // A quoted name that people connect to ("Visitors connect to “RavensdaleFree”"),
        // or that is put on a VLAN ("Staff use “RNPA-Corp” on VLAN 20").
        for &at in cues.of(Cue::Wireless) {
            if let Some(q) = quote_after_connect(text, at) {
                let end = q + super::line_after(text, q, 40).len();
                self.quoted_ssids(text, (q, end), &mut quoted, out);
            }
        }
        for &at in cues.of(Cue::Vlan) {
            let before = line_before(text, at, 48);
            let lead = before
                .trim_end()
                .trim_end_matches(['(', ',', '–', '-'])
                .trim_end();
            let lead = lead.strip_suffix(" on").unwrap_or(lead);
            if lead.ends_with(['"', '”', '\'', '’']) {
                self.quoted_ssids(text, (at - before.len(), at), &mut quoted, out);
            }
        }
        // "GovWifi": a public service's name.
        for &at in cues.of(Cue::Wireless) {
            let e = at + 7;
            if text.len() >= e
                && text.as_bytes()[at..e].eq_ignore_ascii_case(b"govwifi")
                && on_word_boundary(text, at, e)
                && quoted.insert((at, e))
            {
                out.push(("network.ssid_public", at, e));
            }
        }
        let from = out.len();
        self.named_ssids(text, cues, &mut quoted, out);
        self.find_unquoted_ssids(text, doc, cues, &quoted, out);
        quoted.extend(out[from..].iter().map(|&(_, s, e)| (s, e)));
        self.later_mentions(text, &quoted, out);
    }

    /// A name written just after "SSID" ("the guest SSID is RavensdaleFree", "SSID:
    /// GuestNet"), in one word with capitals inside it or a digit: a name that the
    /// unquoted pass, which wants a hyphen or a digit, does not take.
    fn named_ssids(
        &self,
        text: &str,
        cues: &CueHits,
        found: &mut HashSet<(usize, usize)>,
        out: &mut Vec<Hit>,
    ) {
        let b = text.as_bytes();
        for &at in cues.of(Cue::Wireless) {
            let n = if b.len() >= at + 5 && b[at..at + 5].eq_ignore_ascii_case(b"ssids") {
                5
            } else if b.len() >= at + 4 && b[at..at + 4].eq_ignore_ascii_case(b"ssid") {
                4
            } else {
                continue;
            };
            let rest = super::line_after(text, at + n, 24);
            let mut k = 0;
            for lead in [" is ", " are ", ": ", " - ", " – ", " = ", " "] {
                if rest.starts_with(lead) {
                    k = lead.len();
                    break;
                }
            }
            if k == 0 {
                continue;
            }
            let s = at + n + k;
            let e = s + b[s..]
                .iter()
                .take(33)
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_'))
                .count();
            let name = &text[s..e];
            if e > s && stands_alone(text, s, e) && camel_name(name) && found.insert((s, e)) {
                out.push((ssid_detector(name), s, e));
            }
        }
    }

    /// The other places a network's name found so far (`found`) stands in the draft:
    /// "Devices on Caldermere-IoT are placed on VLAN 612", sentences after the list that
    /// named it.
    fn later_mentions(&self, text: &str, found: &HashSet<(usize, usize)>, out: &mut Vec<Hit>) {
        let mut names: Vec<&str> = found
            .iter()
            .map(|&(s, e)| &text[s..e])
            // A name of its own shape: "EM-Staff", "RavensdaleFree"; not "Guest".
            .filter(|n| {
                n.len() >= 4
                    && !n.contains(' ')
                    && (n
                        .bytes()
                        .any(|b| b == b'-' || b == b'_' || b.is_ascii_digit())
                        || camel_name(n))
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        let b = text.as_bytes();
        let edge = |c: Option<&u8>| {
            c.is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
        };
        for name in names.into_iter().take(32) {
            for s in memchr::memmem::find_iter(b, name.as_bytes()) {
                let e = s + name.len();
                if found.contains(&(s, e))
                    || edge(s.checked_sub(1).and_then(|i| b.get(i)))
                    || edge(b.get(e))
                    || !stands_alone(text, s, e)
                {
                    continue;
                }
                out.push((ssid_detector(name), s, e));
            }
        }
    }

    /// The quoted names in `text[window.0..window.1]` that look like a network's, each
    /// once: `quoted` holds those found so far.
    fn quoted_ssids(
        &self,
        text: &str,
        window: (usize, usize),
        quoted: &mut HashSet<(usize, usize)>,
        out: &mut Vec<Hit>,
    ) {
        self.quoted.each_in(text, &[window], |c| {
            let Some(g) = c.get_group(1) else {
                return;
            };
            let name = &text[g.start..g.end];
            // (Not a word quoted in passing, "treat it like a \"Yes\"", nor a sentence
            // quoted, "\"The college's perimeter firewall …": its first word is no
            // network's, and its "quote" an apostrophe.)
            let first = name.split_whitespace().next().unwrap_or("");
            let passing = matches!(
                first,
                "Yes"
                    | "No"
                    | "None"
                    | "N/A"
                    | "The"
                    | "This"
                    | "That"
                    | "A"
                    | "An"
                    | "Our"
                    | "We"
                    | "It"
                    | "Its"
                    | "Their"
                    | "Your"
            ) || ["'", "’"].iter().any(|q| {
                text[g.end..]
                    .strip_prefix(q)
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
            });
            if name.split_whitespace().count() <= 3
                && !passing
                && name
                    .chars()
                    .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '_')
                && quoted.insert((g.start, g.end))
            {
                out.push((ssid_detector(name), g.start, g.end));
            }
        });
    }

    /// Network names written without quotes, near the words that say they are
    /// wireless networks' names: "The staff SSID is Caldermere-Staff", "SSIDs: BLT-Staff,
    /// BLT-Pupil", "the network names are TU-Staff-5G and TU-Guest".
    #[inline(never)]
    fn find_unquoted_ssids(
        &self,
        text: &str,
        doc: &Document,
        cues: &CueHits,
        quoted: &HashSet<(usize, usize)>,
        out: &mut Vec<Hit>,
    ) {
        let words = ["ssid", "ssids", "wi-fi", "wifi", "wireless"];
        // "network name(s)", "three networks are broadcast": "network" starts a
        // secret's cue ("network key") too. (A name must still look like a wireless
        // network's, with an audience or a band: see `is_ssid`.)
        let named = cues
            .of(Cue::Secret)
            .iter()
            .chain(cues.of(Cue::Wireless))
            .filter(|&&at| {
                // "networks", or "network" before what names it ("network name(s)",
                // "network is", "network called"); not "network namespace".
                let after = super::line_after(text, at, 18);
                let b = after.as_bytes();
                b.len() >= 8
                    && b[..7].eq_ignore_ascii_case(b"network")
                    && (b[7].eq_ignore_ascii_case(&b's')
                        && !b.get(8).is_some_and(u8::is_ascii_alphanumeric)
                        || b[7] == b' '
                            && after[8..].split(' ').next().is_some_and(|w| {
                                let w = w.trim_end_matches([':', ',']).to_ascii_lowercase();
                                ["name", "names", "is", "called", "named"].contains(&w.as_str())
                            })
                        // "join the corporate network NMV-CLIN": a name in capitals
                        // right after it ("a separate hidden network, CB-LIB-IOT"), or
                        // one with a capital and a hyphen ("staff network FNPA-Staff",
                        // which `is_ssid` still asks for an audience or a band).
                        || (b[7] == b' ' || b[7] == b',' && b.get(8) == Some(&b' '))
                            && after[if b[7] == b',' { 9 } else { 8 }..]
                                .split([' ', ',', '.', ')'])
                                .next()
                                .is_some_and(|w| {
                                w.len() >= 5
                                    && w.contains('-')
                                    && w.bytes().all(|c| {
                                        c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'-'
                                    })
                            })
                        || b[7] == b' ' && {
                            // ("staff network FNPA-Staff": in mixed case, a name whose
                            // last part says who it is for.)
                            let w = super::line_after(text, at + 8, 40)
                                .split([' ', ',', '.', ')', ';'])
                                .next()
                                .unwrap_or("");
                            w.len() >= 5
                                && w.starts_with(|c: char| c.is_ascii_uppercase())
                                && w.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                                && w.rsplit_once('-').is_some_and(|(_, last)| {
                                    // ("UoE-LabIoT": or the word that ends it.)
                                    let last = last.to_ascii_lowercase();
                                    SSID_AUDIENCES
                                        .iter()
                                        .any(|a| a.len() >= 3 && last.ends_with(a) || last == *a)
                                })
                        })
                    || {
                        // "use the CB-Guest network": a name of its own shape right before it.
                        let before = line_before(text, at, 40);
                        b.len() >= 8
                            && b[..7].eq_ignore_ascii_case(b"network")
                            && !b[7].is_ascii_alphanumeric()
                            && before.ends_with(' ')
                            && before.trim_end().rsplit(' ').next().is_some_and(|w| {
                                w.len() >= 5
                                    && w.contains('-')
                                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                                    && w.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                            })
                    }
            })
            .copied();
        // "Wi-Fi", not "wi" alone.
        let mut at: Vec<usize> = cues
            .of(Cue::Wireless)
            .iter()
            .copied()
            .filter(|&at| has_word(super::line_after(text, at, 8), &words))
            .chain(named)
            // "Staff use RNPA-Corp on VLAN 20".
            .chain(cues.of(Cue::Vlan).iter().copied())
            .collect();
        at.sort_unstable();
        let mut by_line: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
        for at in at {
            let k = doc.line_index(at);
            let (ls, le) = (doc.lines[k].start, doc.lines[k].end);
            let w = near(text, ls, le, at);
            match by_line.last_mut() {
                Some((line, windows)) if *line == k => match windows.last_mut() {
                    Some(last) if w.0 <= last.1 => last.1 = last.1.max(w.1),
                    _ => windows.push(w),
                },
                _ => by_line.push((k, vec![w])),
            }
        }
        // A list under the line that names them: "There are three networks in each
        // school:" then "• BLT-Staff – staff devices" on the lines below.
        let mut listed = Vec::new();
        for (k, _) in &by_line {
            let line = &text[doc.lines[*k].start..doc.lines[*k].end];
            if !line.trim_end().ends_with(':') {
                continue;
            }
            for (j, l) in doc.lines.iter().enumerate().skip(k + 1).take(8) {
                let item = text[l.start..l.end].trim_start();
                if !item.starts_with(['•', '-', '*', '–']) {
                    break;
                }
                let mut end = l.end.min(l.start + 120);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                listed.push((j, vec![(l.start, end)]));
            }
        }
        by_line.extend(listed);
        for (_, mut windows) in by_line {
            // A name has a hyphen, an underscore or a digit ("BLT-Staff", "StaffNet5G"):
            // a window with none holds none.
            windows.retain(|&(s, e)| {
                text.as_bytes()[s..e]
                    .iter()
                    .any(|&b| b == b'-' || b == b'_' || b.is_ascii_digit())
            });
            let mut names: Vec<(usize, usize)> = Vec::new();
            self.ssid_word.each_in(text, &windows, |c| {
                let word = &text[c.start..c.end];
                if word
                    .bytes()
                    .any(|b| b == b'-' || b == b'_' || b.is_ascii_digit())
                    && stands_alone(text, c.start, c.end)
                    && ssid_parts(word).is_some()
                {
                    names.push((c.start, c.end));
                }
            });
            // Networks named alike: "GCC-Ysgolion and GCC-Disgyblion". For each first
            // part, one name with it and whether another differs (one pass, not each
            // name against every other: a line may hold thousands).
            fn first(n: &str) -> &str {
                n.split(['-', '_']).next().unwrap_or("")
            }
            let mut alike: HashMap<&str, (&str, bool)> = HashMap::new();
            for &(s, e) in &names {
                let name = &text[s..e];
                alike
                    .entry(first(name))
                    .and_modify(|(seen, two)| *two |= *seen != name)
                    .or_insert((name, false));
            }
            for &(s, e) in &names {
                let name = &text[s..e];
                let sibling = alike.get(first(name)).is_some_and(|&(_, two)| two);
                // Right after its label, a name needs no audience or band: "(SSID
                // HDC-FLEET-SEC)", "the custody SSID is FMC-CUSTODY-SEC".
                let labelled = || {
                    let before = line_before(text, s, 16).trim_end_matches([' ', ':', '(']);
                    let before = before
                        .strip_suffix(" is")
                        .or_else(|| before.strip_suffix(" was"))
                        .unwrap_or(before);
                    // ("laptops join the corporate network NMV-CLIN", "depot Wi-Fi
                    // HDC-DEPOT-FLEET".)
                    [
                        "SSID",
                        "SSIDs",
                        "ssid",
                        " network",
                        "Wi-Fi",
                        "WiFi",
                        "wifi",
                        " wireless",
                    ]
                    .iter()
                    .any(|l| before.ends_with(l))
                };
                // Or in brackets right after "Wi-Fi", in capitals: "the station Wi-Fi
                // (SFRS-CREW)"; not "(WPA2-Enterprise)".
                let bracketed = || {
                    text[..s].ends_with('(')
                        && text[e..].starts_with(')')
                        && !name.bytes().any(|c| c.is_ascii_lowercase())
                        && {
                            let b = text[..s - 1].trim_end();
                            ["Wi-Fi", "WiFi", "Wifi", "wifi", "wi-fi", "wireless"]
                                .iter()
                                .any(|l| b.ends_with(l))
                        }
                };
                // Or a name in capitals with its VLAN after it: "on CSHF-OPS (VLAN 30)";
                // or in brackets after its VLAN's number: "on VLAN 212 (LIB-KIOSK)".
                let vlan_after = || {
                    !name.bytes().any(|c| c.is_ascii_lowercase())
                        && ([" (VLAN ", " on VLAN ", " - VLAN ", " – VLAN "]
                            .iter()
                            .any(|v| text[e..].starts_with(v))
                            || text[..s].strip_suffix(" (").is_some_and(|h| {
                                let d = h.bytes().rev().take_while(u8::is_ascii_digit).count();
                                (1..=4).contains(&d)
                                    && h[..h.len() - d].to_ascii_lowercase().ends_with("vlan ")
                            }) && text[e..].starts_with(')'))
                };
                // Or a name in capitals right before the words for a wireless network,
                // perhaps after one word of whose it is: "connect to the DC-FLEET-DIAG
                // workshop wireless network", "the NMV-GUEST Wi-Fi".
                // (Right after the name, or after one word: the word skipped may be the
                // first of the words themselves, "the NMU-LOAN wireless network".)
                let network_after = || {
                    !name.bytes().any(|c| c.is_ascii_lowercase()) && {
                        let after = super::line_after(text, e, 48);
                        let after = after.strip_prefix(' ').unwrap_or("");
                        let past_word = match after.split_once(' ') {
                            Some((w, rest))
                                if w.bytes().all(|c| c.is_ascii_lowercase()) && !w.is_empty() =>
                            {
                                rest
                            }
                            _ => "",
                        };
                        [
                            "wireless network",
                            "Wi-Fi",
                            "WiFi",
                            "wifi network",
                            "wi-fi network",
                        ]
                        .iter()
                        .any(|w| after.starts_with(w) || past_word.starts_with(w))
                    }
                };
                if !quoted.contains(&(s, e))
                    && (is_ssid(name, sibling)
                        || labelled()
                        || bracketed()
                        || vlan_after()
                        || network_after())
                {
                    out.push(("network.ssid", s, e));
                }
            }
        }
    }

    #[inline(never)]
    fn find_credentials(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        self.secret_cue.each(text, cues.of(Cue::Secret), |c| {
            let cue = c.whole();
            // "NI PW 58 21 93 C": a National Insurance number's prefix, not a password.
            if &text[cue.start()..cue.end()] == "PW"
                && text[cue.end()..].starts_with(' ')
                && text[cue.end() + 1..].starts_with(|c: char| c.is_ascii_digit())
            {
                return;
            }
            // "NMC PIN 12A3456E": a nurse's registration number, found as such.
            if text[..cue.start()].trim_end().ends_with("NMC") {
                return;
            }
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
            // "the shared PIN 4417", "passcode: 190472": digits alone, next to the cue.
            // (Not "Chip and PIN 2019 terminals": a year is no PIN.)
            let cue_word = &text[cue.start()..cue.end()];
            // (Compared in place: not a lowercased copy of the draft before the cue.)
            let head = text[..cue.start()].trim_end().as_bytes();
            let pin = ["pin", "passcode", "pass code"]
                .iter()
                .any(|w| cue_word.eq_ignore_ascii_case(w))
                && !head
                    .get(head.len().saturating_sub(8)..)
                    .is_some_and(|t| t.eq_ignore_ascii_case(b"chip and"));
            // A passphrase of plain words, quoted or ending its clause.
            if cue_word.len() > 3
                && !cue_word.eq_ignore_ascii_case("key")
                && !cue_word.eq_ignore_ascii_case("login")
                && !cue_word.to_ascii_lowercase().starts_with("credential")
            {
                if let Some((s, e)) = super::secrets::passphrase_after(base, window) {
                    out.push(("credential.password", s, e));
                    return;
                }
            }
            let year = |t: &str| t.len() == 4 && (t.starts_with("19") || t.starts_with("20"));
            let password_word = ["pass", "pw", "pwd", "psk", "pin"]
                .iter()
                .any(|w| starts_with_ignore_ascii_case(cue_word, w));
            // A value in quotes right after a password's word ("the vendor service
            // password \"service\""): whatever it is, it is the password.
            let lead = window.len() - window.trim_start().len();
            let quoted = || {
                window[lead..]
                    .strip_prefix(['"', '“', '\'', '‘'])
                    .and_then(|r| {
                        let k = r.find(['"', '”', '\'', '’'])?;
                        let v = &r[..k];
                        ((3..=32).contains(&v.len()) && !v.contains(char::is_whitespace))
                            .then_some(v)
                    })
            };
            if let Some(v) = quoted().filter(|_| password_word) {
                let s = base + lead + window[lead..].chars().next().map_or(1, char::len_utf8);
                if !super::secrets::placeholder(v) {
                    out.push(("credential.password", s, s + v.len()));
                    return;
                }
            }
            // ("the installer login with the factory password 1000", "factory default pw
            // trend1"): after "factory" or "default", digits alone or a word with a digit.
            // (Read only for such a value: most cues have none.)
            let defaulted = || {
                let before = super::line_before(text, cue.start(), 32).to_ascii_lowercase();
                before.contains("factory") || before.contains("default")
            };
            let default_value = |v: &str| {
                (4..=12).contains(&v.len())
                    && v.bytes().all(|c| c.is_ascii_alphanumeric())
                    && (v.bytes().all(|c| c.is_ascii_digit()) && !year(v)
                        || v.bytes().any(|c| c.is_ascii_digit())
                            && v.bytes().any(|c| c.is_ascii_lowercase()))
            };
            // ("logs in automatically as pacsview with the password pacsview": the user
            // name again, as the password.)
            let echoed = |v: &str| {
                (4..=24).contains(&v.len())
                    && v.bytes()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                    && {
                        // (The user name after its own word: "as", "user", "login".)
                        let line = super::line_before(text, cue.start(), 160);
                        line.match_indices(v).any(|(k, _)| {
                            let after = line[k + v.len()..].chars().next();
                            let word = line[..k]
                                .trim_end_matches([' ', ':'])
                                .rsplit([' ', '(', ','])
                                .next()
                                .unwrap_or("");
                            line[..k].ends_with([' ', ':'])
                                && !after.is_some_and(char::is_alphanumeric)
                                && ["as", "user", "username", "login", "logon", "account"]
                                    .iter()
                                    .any(|w| word.eq_ignore_ascii_case(w))
                        })
                    }
            };
            let mut pos = 0;
            // (A tab ends a table's cell: "Midland Key Housing CIC<TAB>£2,905,114" is no
            // password after "Key".)
            for token in window.split([
                ' ', '\t', '(', ')', '“', '”', '"', '\'', '‘', '’', ',', ':', '=',
            ]) {
                let s = base + pos;
                // ("Handset PIN for the iPhone is 482913", "admin PIN is still 7731".)
                let said = || {
                    let between = &window[..s - base];
                    between.ends_with(" is ")
                        || between.ends_with(" is still ")
                        || between.ends_with(" was ")
                };
                // ("… override PIN for the group rooms is 4471#": a keypad's enter key
                // typed after it.)
                let keyed = token.trim_end_matches(['#', '*', '.']);
                let end =
                    s + keyed.len() + usize::from(token[keyed.len()..].starts_with(['#', '*']));
                if pin
                    && (s - base <= 6 || s - base <= 40 && said())
                    && (4..=8).contains(&keyed.len())
                    && keyed.bytes().all(|b| b.is_ascii_digit())
                    && !year(keyed)
                    && on_word_boundary(text, s, end)
                {
                    out.push(("credential.password", s, end));
                    break;
                }
                pos += token.len()
                    + window[pos + token.len()..]
                        .chars()
                        .next()
                        .map_or(0, char::len_utf8);
                // "PIN 12I4471E": a nurse's NMC PIN, found as such.
                if cue_word.eq_ignore_ascii_case("pin") && super::identifiers::nmc_pin_shape(token)
                {
                    break;
                }
                if password_word
                    && !pin
                    && s - base <= 8
                    && default_value(keyed)
                    && on_word_boundary(text, s, end)
                    && defaulted()
                {
                    out.push(("credential.password", s, end));
                    break;
                }
                let word = token.trim_end_matches('.');
                if s - base <= 1
                    && password_word
                    && echoed(word)
                    && on_word_boundary(text, s, s + word.len())
                {
                    out.push(("credential.password", s, s + word.len()));
                    break;
                }
                if looks_like_secret(token) && on_word_boundary(text, s, s + token.len()) {
                    out.push(("credential.password", s, s + token.len()));
                    break;
                }
            }
        });
        self.account_cue.each(text, cues.of(Cue::Account), |c| {
            // ("rent account HAV-RA-0048217", "council tax account …": a person's record
            // with the body, read as such by the identifier pass; no login.)
            let before = super::line_before(text, c.whole().start(), 24).trim_end();
            let word = before
                .rsplit(|ch: char| !ch.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            if RECORD_ACCOUNTS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
                return;
            }
            if let Some(g) = c.get_group(1) {
                // ("(berth account BH-00731)": a record's number in capitals and digits,
                // after no word for a sign-in, is the holder's record with the body.)
                let value = &text[g.start..g.end];
                let record = value.bytes().filter(u8::is_ascii_digit).count() >= 4
                    && value.starts_with(|c: char| c.is_ascii_uppercase())
                    && value
                        .bytes()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
                    && !LOGIN_ACCOUNTS.iter().any(|w| w.eq_ignore_ascii_case(word));
                let detector = if record {
                    "id.person_number"
                } else if person_login(value, word) {
                    "id.staff"
                } else {
                    "credential.account"
                };
                out.push((detector, g.start, g.end));
            }
        });
        let first_key = out.len();
        self.key.each(text, cues.of(Cue::Key), |c| {
            let m = c.whole();
            out.push(("credential.key", m.start(), m.end()));
        });
        let keys: Vec<(usize, usize)> = out[first_key..].iter().map(|h| (h.1, h.2)).collect();
        find_spaced_keys(text, cues.of(Cue::Key), &keys, out);
        find_account_pairs(text, out);
        find_domain_accounts(text, out);
        find_service_accounts(text, out);
        find_remote_support_ids(text, out);
        super::settings::find(text, doc.settings(text), out);
        super::secrets::find_secret_shapes(text, cues.of(Cue::Shape), out);
        super::secrets::find_url_passwords(text, out);
        super::secrets::find_paired_passwords(text, out);
        super::secrets::find_password_shapes(text, out);
        {
            let mut at: Vec<usize> = cues.of(Cue::Secret).to_vec();
            at.extend_from_slice(cues.of(Cue::Access));
            at.sort_unstable();
            super::secrets::find_password_columns(text, &at, out);
        }
        super::secrets::find_access_codes(text, cues.of(Cue::Access), out);
        super::secrets::find_snmp_communities(text, out);
        super::secrets::find_recovery_codes(text, out);
        super::secrets::find_hash_dumps(text, out);
        super::secrets::find_one_time_codes(text, cues.of(Cue::Access), out);
    }
}

/// A token or a secret written after its word and one space, with no colon or equals
/// sign ("Auth Token 9b4e2f7a…", "with secret Wm8s/Kq2R…", "API token arb_tok_9fK2…"):
/// the value alone, twelve characters or more of a key's, letters and digits both
/// (not "a token ring network", "Top secret 2024"). `starts`: where the words of
/// `Cue::Key` start; `keys`: the keys found with their colon, in order, which these
/// leave alone.
fn find_spaced_keys(text: &str, starts: &[usize], keys: &[(usize, usize)], out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let key_char =
        |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'/' | b'+' | b'=');
    for &at in starts {
        let Some(word) = ["token", "secret"].into_iter().find(|w| {
            text.get(at..at + w.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
        }) else {
            continue;
        };
        let r = at + word.len() + 1;
        if b.get(r - 1) != Some(&b' ') {
            continue;
        }
        let mut e = r;
        while e < b.len() && e - r < 256 && key_char(b[e]) {
            e += 1;
        }
        // (A sentence's full stop after it is not the value's.)
        while e > r && b[e - 1] == b'.' {
            e -= 1;
        }
        let value = &b[r..e];
        if value.len() >= 12
            && value.iter().any(u8::is_ascii_digit)
            && value.iter().any(u8::is_ascii_alphabetic)
            && !b
                .get(e)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80)
            && !keys
                .get(keys.partition_point(|k| k.1 <= r))
                .is_some_and(|k| k.0 < e)
        {
            out.push(("credential.key", r, e));
        }
    }
}

/// Words before "account" that make it a person's record with the body, not a login:
/// "rent account", "tax account", "customer account".
const RECORD_ACCOUNTS: &[&str] = &[
    "rent", "tax", "rates", "customer", "tenancy", "benefit", "bank", "mortgage", "loan", "water",
    "housing", "arrears", "garage",
    // A prepaid or payment card's account ("Card account DP-PC-0045123").
    "card",
];

/// Is an account's name after "account" one person's own sign-in, which identifies
/// them ("under account rsk.mkim02", "his account dylan.cambrianit", "account
/// j.hughes failed"): a name's parts joined by a dot, in lowercase, not a service's or
/// a shared one ("service account svc.backup", "shared account cctv.maint").
fn person_login(value: &str, word_before: &str) -> bool {
    const SHARED: &[&str] = &[
        "service",
        "shared",
        "vendor",
        "generic",
        "admin",
        "administrator",
        "guest",
        "local",
        "supplier",
        "system",
        "kiosk",
        "test",
        "domain",
        "functional",
        "team",
        "group",
    ];
    const MACHINE: &[&str] = &[
        "svc", "srv", "service", "admin", "adm", "sa", "app", "sys", "test", "kiosk", "guest",
        "scan", "backup", "shared", "sql", "db", "web", "api", "root", "ops", "noreply",
    ];
    let Some((a, b)) = value.split_once('.') else {
        return false;
    };
    let part = |p: &str| {
        (1..=20).contains(&p.len())
            && p.starts_with(|c: char| c.is_ascii_lowercase())
            && p.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    part(a)
        && part(b)
        && b.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
        && !MACHINE.contains(&a)
        && !MACHINE.contains(&b.trim_end_matches(|c: char| c.is_ascii_digit()))
        && !SHARED.iter().any(|w| w.eq_ignore_ascii_case(word_before))
}

/// Words before "account" that make it a sign-in's: "user account ADM-00412".
const LOGIN_ACCOUNTS: &[&str] = &[
    "user",
    "service",
    "admin",
    "administrator",
    "domain",
    "ad",
    "network",
    "email",
    "mail",
    "windows",
    "local",
    "guest",
    "shared",
    "generic",
    "system",
    "test",
    "root",
    "sql",
    "svc",
    "login",
    "logon",
    "privileged",
    "machine",
    "computer",
    "vpn",
    "cloud",
    "azure",
    "microsoft",
];

/// The ID a remote-support tool gives a machine ("TeamViewer ID 1 234 567 890",
/// "AnyDesk address 123 456 789"): with its password, anyone can connect to it.
fn find_remote_support_ids(text: &str, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    for tool in ["TeamViewer", "AnyDesk", "RustDesk"] {
        for k in memchr::memmem::find_iter(b, tool.as_bytes()) {
            let rest = &text[k + tool.len()..];
            // Right after the tool's name, or its "ID" later on the line ("TeamViewer
            // 15.51 on the plant room laptop. ID 1 482 906 337").
            let after = [" ID", " id", " address", " Address", " number"]
                .iter()
                .find_map(|l| rest.strip_prefix(l))
                .or_else(|| {
                    let line = super::line_after(text, k + tool.len(), 160);
                    let i = memchr::memmem::find(line.as_bytes(), b" ID ")
                        .or_else(|| memchr::memmem::find(line.as_bytes(), b" ID: "))?;
                    Some(&rest[i + 3..])
                });
            let Some(after) = after else {
                continue;
            };
            let lead = after.len() - after.trim_start_matches([' ', ':', '-']).len();
            let s = text.len() - after.len() + lead;
            // Digits in groups of up to four, 9 or 10 in all.
            let mut e = s;
            let mut digits = 0;
            while e < b.len()
                && (b[e].is_ascii_digit()
                    || b[e] == b' ' && b.get(e + 1).is_some_and(u8::is_ascii_digit))
            {
                digits += usize::from(b[e].is_ascii_digit());
                e += 1;
            }
            if (9..=10).contains(&digits)
                && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
                && !taken.overlaps(out, s, e)
            {
                out.push(("credential.account", s, e));
            }
        }
    }
}

/// A service account by its name's own prefix, wherever it stands ("a dedicated
/// account, svc_sip2_kiosk", "| svc_pcs_broker |"): "svc_", "svc-" or "svc." and three
/// characters or more of a name, in lowercase.
#[inline(never)]
fn find_service_accounts(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"svc") {
        if k > 0
            && (b[k - 1].is_ascii_alphanumeric()
                || matches!(b[k - 1], b'_' | b'.' | b'\\' | b'/' | b'@' | b'-'))
        {
            continue;
        }
        if !matches!(b.get(k + 3), Some(b'_' | b'-' | b'.')) {
            continue;
        }
        let mut e = k + 4;
        while e < b.len()
            && (b[e].is_ascii_lowercase()
                || b[e].is_ascii_digit()
                || matches!(b[e], b'_' | b'-' | b'.'))
        {
            e += 1;
        }
        let e = text[..e].trim_end_matches(['.', '-', '_']).len();
        // (Not a file's or a host's: "svc.log", "svc-01.corp.local/x", "svc_x@…".)
        if e < k + 7
            || matches!(b.get(e), Some(b'@' | b'/' | b'\\' | b'('))
            || b.get(e).is_some_and(u8::is_ascii_alphanumeric)
            || text[k..e].matches('.').count() > 1
        {
            continue;
        }
        // (With an account's words on the line, or in a table's cell: not a program's
        // function, "svc_getcaller_netbuf".)
        let before = super::line_before(text, k, 80);
        let after = super::line_after(text, e, 80);
        let cell =
            before.trim_end().ends_with(['|', '\t']) && after.trim_start().starts_with(['|', '\t']);
        let line = format!("{before} {after}").to_ascii_lowercase();
        if !cell
            && ![
                "account",
                "user",
                "login",
                "log in",
                "logon",
                "sign in",
                "signs in",
                "runs as",
                "service",
                "credential",
            ]
            .iter()
            .any(|w| line.contains(w))
        {
            continue;
        }
        out.push(("credential.account", k, e));
    }
}

/// A Windows account written with its domain ("HARTMOOR\jsmith2", "CORP\svc-backup"):
/// the domain in capitals, one backslash, the account name. Not a UNC path ("\\srv").
#[inline(never)]
fn find_domain_accounts(text: &str, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    // A text that writes escapes ("\\n", "\\t") has "WORD\\nword" by the dozen.
    let mut escapes: Option<bool> = None;
    for k in memchr::memchr_iter(b'\\', b) {
        if k == 0 || b[k - 1] == b'\\' || b.get(k + 1) == Some(&b'\\') {
            continue;
        }
        if matches!(b.get(k + 1), Some(b'n' | b't' | b'r'))
            && *escapes
                .get_or_insert_with(|| memchr::memmem::find_iter(b, b"\\n").take(4).count() >= 4)
        {
            continue;
        }
        let mut s = k;
        while s > 0
            && (b[s - 1].is_ascii_uppercase() || b[s - 1].is_ascii_digit() || b[s - 1] == b'-')
        {
            s -= 1;
        }
        let mut e = k + 1;
        while e < b.len()
            && (b[e].is_ascii_alphanumeric() || matches!(b[e], b'.' | b'_' | b'-' | b'$'))
        {
            e += 1;
        }
        let e = text[..e].trim_end_matches(['.', '-']).len();
        let domain = &text[s..k];
        let user = &text[k + 1..e];
        if (2..=15).contains(&domain.len())
            && domain.as_bytes()[0].is_ascii_uppercase()
            && (s == 0 || !(b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'\\' | b'/' | b':' | b'.')))
            && (2..=32).contains(&user.len())
            && user.as_bytes()[0].is_ascii_lowercase()
            && !b.get(e).is_some_and(|&c| c == b'\\' || c == b'/')
            && !taken.overlaps(out, s, e)
            // (With an account's words on the line: not an escape, "ASCII\nforward".)
            && {
                let line = format!(
                    "{} {}",
                    super::line_before(text, s, 80),
                    super::line_after(text, e, 80)
                )
                .to_ascii_lowercase();
                ["account", "user", "login", "log in", "logon", "log on", "sign in", "signs in", "domain", "admin", "credential", "runs as", "service"]
                    .iter()
                    .any(|w| line.contains(w))
            }
        {
            out.push(("credential.account", s, e));
        }
    }
}

/// An account and its password written as a pair, "scan-admin / Vellum#2023": the
/// account a machine's name (lowercase, with a hyphen, underscore, dot or backslash),
/// the password mixing letters, digits and a symbol. Not a path ("and/or", "TCP/IP"),
/// a fraction or a date.
#[inline(never)]
fn find_account_pairs(text: &str, out: &mut Vec<Hit>) {
    for k in memchr::memmem::find_iter(text.as_bytes(), " / ") {
        // (After the character that ends the word before, whatever its length: "“".)
        let left_start = text[..k]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“' | ','))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let account = &text[left_start..k];
        // ("user dp.edt / password Bluebell#44": the password's own label between.)
        let from = [
            "password: ",
            "password ",
            "pass: ",
            "pwd: ",
            "pwd ",
            "pw: ",
            "pw ",
        ]
        .iter()
        .find(|l| super::starts_with_ignore_ascii_case(&text[k + 3..], l))
        .map_or(k + 3, |l| k + 3 + l.len());
        let right_end = text[from..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '"' | '”' | ','))
            .map_or(text.len(), |i| from + i);
        let password = text[from..right_end].trim_end_matches(['.', ';', ':']);
        let machine_name = (3..=32).contains(&account.len())
            && account.bytes().all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || matches!(b, b'-' | b'_' | b'.' | b'\\')
            })
            && account
                .bytes()
                .any(|b| matches!(b, b'-' | b'_' | b'.' | b'\\'))
            && account.bytes().any(|b| b.is_ascii_lowercase());
        let strong = password.len() >= 8
            && password.bytes().any(|b| b.is_ascii_alphabetic())
            && password.bytes().any(|b| b.is_ascii_digit())
            && password.bytes().any(|b| b"!#$%&*@^~?+=".contains(&b))
            && looks_like_secret(password);
        // "Login:    admin / Harwood2019!": after a label that says it is an account, a
        // plain word is the account too.
        let labelled = || {
            (3..=24).contains(&account.len())
                && account
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                && account.bytes().any(|b| b.is_ascii_lowercase())
                && {
                    let l = super::line_before(text, left_start, 40)
                        .trim_end()
                        .trim_end_matches(':')
                        .trim_end()
                        .to_ascii_lowercase();
                    [
                        "login",
                        "log-in",
                        "logon",
                        "username",
                        "user name",
                        "user",
                        "credentials",
                        "account",
                    ]
                    .iter()
                    .any(|w| {
                        l.strip_suffix(w)
                            .is_some_and(|h| h.is_empty() || h.ends_with([' ', '(', '\t']))
                    })
                }
        };
        if strong && (machine_name || labelled()) {
            out.push(("credential.account", left_start, k));
            if !out
                .iter()
                .any(|h| h.0 == "credential.password" && h.1 == from)
            {
                out.push(("credential.password", from, from + password.len()));
            }
        }
    }
}

/// The detector for a network's name: a public roaming service's ("GovWifi") is for
/// review.
fn ssid_detector(name: &str) -> &'static str {
    if name.eq_ignore_ascii_case("govwifi") {
        "network.ssid_public"
    } else {
        "network.ssid"
    }
}

/// After "connect to" (the word at `at` is "connect", "connects", "connected" or
/// "connecting"), with "the" perhaps: where the quote that opens a name stands.
fn quote_after_connect(text: &str, at: usize) -> Option<usize> {
    let rest = super::line_after(text, at, 40);
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next()?;
    if !["connect", "connects", "connected", "connecting"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return None;
    }
    let after = rest[word.len()..].strip_prefix(" to ")?;
    let after = after.strip_prefix("the ").unwrap_or(after);
    after
        .starts_with(['"', '“', '\'', '‘'])
        .then(|| at + rest.len() - after.len())
}

/// One word written as a name: letters and digits (hyphens and underscores between),
/// starting with a capital, with another capital or a digit after the first letter
/// ("RavensdaleFree", "GuestNet", "BLT-Staff"); not a standard or setting ("WPA2", "WPA3-Personal").
fn camel_name(name: &str) -> bool {
    let b = name.as_bytes();
    (4..=32).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b.iter().any(u8::is_ascii_lowercase)
        && b[1..]
            .iter()
            .any(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && !name
            .split(['-', '_'])
            .any(|p| WIRELESS_TERMS.iter().any(|t| t.eq_ignore_ascii_case(p)) || p.is_empty())
}

/// Are the three bytes at `at` `lit` (lower case), ASCII case folded?
fn lit3(b: &[u8], at: usize, lit: &[u8; 3]) -> bool {
    b.get(at..at + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(lit))
}

/// Does a decimal point and a digit follow `at` ("10.2")?
fn decimal_after(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    b.get(at) == Some(&b'.') && b.get(at + 1).is_some_and(u8::is_ascii_digit)
}

/// The digits of a port, 2 to 5, from `at` and standing alone: their end.
fn port_number(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let n = b[at..]
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let e = at + n;
    let glued = b
        .get(e)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
    ((2..=5).contains(&n) && !glued && !decimal_after(text, e)).then_some(e)
}

/// The end of a port whose number ends at `e`, with the rest of its range ("1024-65535",
/// "5060–5061", "8000 to 8100") and its protocol after it ("3389/tcp").
fn port_end(text: &str, e: usize) -> usize {
    let rest = &text[e..];
    let mut end = e;
    let first = text[..e]
        .rsplit(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|d| d.parse::<u32>().ok());
    for sep in ["-", "–", " to "] {
        let Some(n) = rest
            .strip_prefix(sep)
            .and_then(|_| port_number(text, e + sep.len()))
        else {
            continue;
        };
        // Up to a higher port: "2016-03" is a date's.
        let to = text[e + sep.len()..n].parse::<u32>().ok();
        if to > first {
            end = n;
        }
        break;
    }
    let b = text.as_bytes();
    if b.get(end) == Some(&b'/')
        && (lit3(b, end + 1, b"tcp") || lit3(b, end + 1, b"udp"))
        && !b.get(end + 4).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        end += 4;
    }
    end
}

/// The further ports of a list after a port ending at `e` ("ports 80, 443 and 8443",
/// "TCP 80/443"), each its own hit. An item that is not the last must be followed by
/// another separator or the end of the clause ("port 443, 10 servers": not "10").
fn port_list(text: &str, mut e: usize, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for _ in 0..16 {
        let rest = &text[e..];
        let sep = [
            ", and ", ", or ", " and ", " or ", " & ", ", ", ",", "/", " / ",
        ]
        .iter()
        .find(|s| rest.starts_with(**s));
        let Some(sep) = sep else {
            return;
        };
        let s = e + sep.len();
        let Some(n) = port_number(text, s) else {
            return;
        };
        let end = port_end(text, n);
        // "80, 10 servers": a comma alone may go on to something else.
        let last = sep.trim() != ",";
        let closes = match b.get(end) {
            None => true,
            Some(&c) => {
                matches!(c, b',' | b'/' | b')' | b'.' | b';' | b':' | b'\n' | b'\r')
                    || text[end..].starts_with(" and ")
                    || text[end..].starts_with(" or ")
            }
        };
        if !(last || closes) {
            return;
        }
        out.push(("network.port", s, end));
        e = end;
    }
}

/// Where a MAC address can start (every match starts at one, in order): two hex
/// digits before a ":" or "-" ("00:1a:…", "00-1A-…"), four before a "." ("001a.2b3c.…"),
/// with a hex digit after it. One memchr pass: a whole-text search tried every byte.
fn mac_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let hex = |i: usize| b.get(i).is_some_and(u8::is_ascii_hexdigit);
    let mut out = Vec::new();
    for p in memchr::memchr3_iter(b':', b'-', b'.', b) {
        if p < 2 || !hex(p - 2) || !hex(p - 1) || !hex(p + 1) {
            continue;
        }
        if b[p] != b'.' {
            out.push(p - 2);
        } else if p >= 4 && hex(p - 4) && hex(p - 3) {
            out.push(p - 4);
        }
    }
    out
}

/// Where an IPv6 address can start, in order (every match starts at one): a match
/// holds a colon, and its first colon comes after at most four hex digits. So each
/// colon adds itself and the hex digits just before it, from the first of them.
fn ipv6_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out: Vec<usize> = Vec::new();
    for p in memchr::memchr_iter(b':', b) {
        let mut from = p;
        while from > 0 && p - from < 4 && b[from - 1].is_ascii_hexdigit() {
            from -= 1;
        }
        let next = out.last().map_or(0, |&last| last + 1);
        out.extend(from.max(next)..=p);
    }
    out
}

/// Where a UNC path can start, in order: at two backslashes.
fn unc_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    memchr::memchr_iter(b'\\', b)
        .filter(|&p| b.get(p + 1) == Some(&b'\\'))
        .collect()
}

/// Where a dotted host name can start (every match starts at one, in order): the
/// first word start (an ASCII letter or digit after no word character) in the run of
/// letters, digits and hyphens just before a "." that a letter or digit follows.
/// Only the first: a match from a later start in the same run would end where one
/// from the first does (the run holds no dot, so both cross it at the same "."), so
/// it finds nothing the first does not; and trying each start of a long run
/// ("a-a-a-…-a.b_") would read the run again for each. Each byte is walked back over
/// at most once (a run ends at the dot before it).
fn host_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let in_label = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
    let mut out = Vec::new();
    for p in memchr::memchr_iter(b'.', b) {
        if !b.get(p + 1).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        let mut s = p;
        while s > 0 && in_label(b[s - 1]) {
            s -= 1;
        }
        let word_start = |k: usize| {
            b[k].is_ascii_alphanumeric()
                && !(k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'_'))
        };
        if let Some(k) = (s..p).find(|&k| word_start(k)) {
            out.push(k);
        }
    }
    out
}

/// Where a run of words joined by hyphens can start, in order (every match of
/// `Hyphenated` starts at one): at the first word of each run ("KMT" of
/// "KMT-PACS-GW02"). A match from there takes the whole run, so the later words of a
/// run are no starts. Each word is walked back over once, from the hyphen after it.
fn hyphen_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let word = |i: usize| b[i].is_ascii_alphanumeric() || b[i] == b'_';
    let mut out = Vec::new();
    for p in memchr::memchr_iter(b'-', b) {
        if p == 0 || !word(p - 1) || !b.get(p + 1).is_some_and(|_| word(p + 1)) {
            continue;
        }
        let mut s = p - 1;
        while s > 0 && word(s - 1) {
            s -= 1;
        }
        if !(s >= 2 && b[s - 1] == b'-' && word(s - 2)) {
            out.push(s);
        }
    }
    out
}

/// Is `text[s..e]` a name on its own, not part of a path, address, option or file name
/// ("/KMT-GW02/", "--avf-dc01", "kmt-gw02@…", "AVF-DC01.log")?
fn stands_alone(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let mut after = text[e..].chars();
    let (next, next2) = (after.next(), after.next());
    // ("~~HTH-OH-APP01 / 10.0.0.1~~": struck through as Markdown writes it, not a path.)
    let struck = text[..s].ends_with("~~");
    let glued = before.is_some_and(|c| "./\\@=$%#&~+:-".contains(c)) && !struck
        || next.is_some_and(|c| "/\\@=".contains(c))
        || (next == Some('.') && next2.is_some_and(|c| c.is_ascii_alphanumeric()));
    !glued
}

/// Hosts named by the same convention as a host found in `out` ("EM-AV-MSB-G04" and
/// "EM-AV-TC-112" in a column beside "EM-AV-RFLT1-CAP"): the found name's first two
/// parts, then as many parts as it has, in the same case, a digit in the last part,
/// standing alone ("EM-AV-2024" is a reference). A prefix of six characters at least
/// ("EM-AV-"), each part of letters; each prefix looked for once.
#[inline(never)]
pub(crate) fn find_host_siblings(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    add_hosts_named_like(
        text,
        out,
        |name| {
            let mut parts = name.splitn(3, '-');
            let (a, b) = (parts.next()?, parts.next()?);
            parts.next()?;
            let prefix = &name[..a.len() + b.len() + 2];
            (prefix.len() >= 6
                && [a, b]
                    .iter()
                    .all(|p| p.len() >= 2 && p.bytes().all(|c| c.is_ascii_alphabetic())))
            .then_some((prefix, name.split('-').count()))
        },
        |k, prefix, parts| {
            let upper = prefix.bytes().any(|c| c.is_ascii_uppercase());
            let len = b[k..]
                .iter()
                .take(40)
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
                .count();
            let mut e = k + len;
            while e > k && b[e - 1] == b'-' {
                e -= 1;
            }
            // ("EM-AV- " or "EM-AV--": the prefix alone, its hyphen trimmed.)
            if e <= k + prefix.len() {
                return None;
            }
            let name = &text[k..e];
            let rest = &name[prefix.len()..];
            let last = rest.rsplit('-').next().unwrap_or("");
            (name.split('-').count() == parts
                && last.bytes().any(|c| c.is_ascii_digit())
                && !rest.split('-').any(str::is_empty)
                && !(upper && name.bytes().any(|c| c.is_ascii_lowercase()))
                && (upper || !name.bytes().any(|c| c.is_ascii_uppercase())))
            .then_some(e)
        },
    );
}

/// Hosts numbered as a host found is ("nmu-rad02" after "nmu-rad01 /"): the found
/// name up to the digits that end it, a hyphen in it and six characters at least, then
/// as many digits, standing alone; each stem looked for once.
pub(crate) fn find_numbered_hosts(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    add_hosts_named_like(
        text,
        out,
        |name| {
            let stem = name.trim_end_matches(|c: char| c.is_ascii_digit());
            let digits = name.len() - stem.len();
            (stem.len() >= 6
                && (1..=4).contains(&digits)
                && stem.contains('-')
                && !stem.ends_with('-')
                && stem.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-'))
            .then_some((stem, digits))
        },
        |k, stem, digits| {
            let e = k + stem.len() + digits;
            (e <= b.len()
                && b[k + stem.len()..e].iter().all(u8::is_ascii_digit)
                && !b
                    .get(e)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-'))
            .then_some(e)
        },
    );
}

/// A port found with its protocol or label ("TCP 4911"), named again by its number
/// alone beside a word of networks ("Inbound NAT for 4911", "the 4911 NAT rule"): four
/// or five digits, not a year's, standing alone.
#[inline(never)]
pub(crate) fn find_port_repeats(text: &str, out: &mut Vec<Hit>) {
    let mut keys: Vec<&str> = out
        .iter()
        .filter(|h| h.0 == "network.port")
        .filter_map(|h| {
            let t = &text[h.1..h.2];
            let digits = t.trim_start_matches(|c: char| !c.is_ascii_digit());
            let n: u32 = digits.parse().ok()?;
            ((4..=5).contains(&digits.len())
                && (1024..=65535).contains(&n)
                && !(1900..=2100).contains(&n))
            .then_some(digits)
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.truncate(16);
    if keys.is_empty() {
        return;
    }
    const NETWORK_WORDS: [&str; 9] = [
        "nat",
        "port",
        "rule",
        "inbound",
        "outbound",
        "firewall",
        "forward",
        "open",
        "listening",
    ];
    let b = text.as_bytes();
    let mut found = Vec::new();
    for key in keys {
        for k in memchr::memmem::find_iter(b, key.as_bytes()) {
            let e = k + key.len();
            let glued = |c: Option<&u8>| {
                c.is_some_and(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, b'.' | b':' | b'/' | b'-' | b',')
                })
            };
            if glued(k.checked_sub(1).map(|p| &b[p]))
                || glued(b.get(e)) && !text[e..].starts_with(". ") && !text[e..].starts_with(", ")
            {
                continue;
            }
            // A network's word among the three words either side.
            let lo = text[..k]
                .char_indices()
                .rev()
                .take(24)
                .last()
                .map_or(k, |(p, _)| p);
            let hi = text[e..]
                .char_indices()
                .take(24)
                .last()
                .map_or(e, |(p, _)| e + p);
            let around = text[lo..hi].to_ascii_lowercase();
            if around
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| NETWORK_WORDS.contains(&w))
            {
                found.push((k, e));
            }
        }
    }
    push_untaken(out, found, "network.port");
}

/// Pushes each of `found` with `rule`, in order, that overlaps nothing in `out` (what
/// was there before, or pushed here).
fn push_untaken(out: &mut Vec<Hit>, mut found: Vec<(usize, usize)>, rule: &'static str) {
    let mut taken = crate::detect::Taken::new(out);
    found.sort_unstable();
    for (s, e) in found {
        if !taken.overlaps(out, s, e) {
            out.push((rule, s, e));
        }
    }
}

/// A host found by its full name, named again by its last part ("the SUP02 node" after
/// "EST-BMS-SUP02"): letters then digits, four characters or more, after a hyphen.
pub(crate) fn find_host_tails(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    add_hosts_named_like(
        text,
        out,
        |name| {
            let (_, tail) = name.rsplit_once('-')?;
            let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
            (tail.len() >= 4
                && letters >= 2
                && letters < tail.len()
                && tail.bytes().skip(letters).all(|c| c.is_ascii_digit())
                && tail.bytes().take(letters).any(|c| c.is_ascii_uppercase()))
            .then_some((tail, ()))
        },
        |k, tail, ()| {
            let e = k + tail.len();
            (!b.get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-'))
            .then_some(e)
        },
    );
}

/// Hosts named as hosts in `out` are: each found host's name gives a key (`key`: the
/// part to look for, and what else `end` needs), and where a key stands, not glued to a
/// word before it, `end` says where a host named by it ends, if one does; each such host
/// standing alone and not found already is added. (A pass over the draft for each key: a
/// paste of thousands of hosts named in as many ways looks for the first 64 keys only,
/// and stays linear.)
fn add_hosts_named_like<'t, K: Ord + Copy>(
    text: &'t str,
    out: &mut Vec<Hit>,
    key: impl Fn(&'t str) -> Option<(&'t str, K)>,
    end: impl Fn(usize, &'t str, K) -> Option<usize>,
) {
    let mut keys: Vec<(&'t str, K)> = out
        .iter()
        .filter(|h| h.0 == "network.host")
        .filter_map(|h| key(&text[h.1..h.2]))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.truncate(64);
    if keys.is_empty() {
        return;
    }
    let b = text.as_bytes();
    let mut found = Vec::new();
    for (part, extra) in keys {
        for k in memchr::memmem::find_iter(b, part.as_bytes()) {
            if k > 0 && (b[k - 1].is_ascii_alphanumeric() || b[k - 1] == b'-') {
                continue;
            }
            if let Some(e) = end(k, part, extra).filter(|&e| stands_alone(text, k, e)) {
                found.push((k, e));
            }
        }
    }
    push_untaken(out, found, "network.host");
}

/// After a host's name ending at `e`: "/02" or "/2" (another host of the pair, "fw-hq-01/02";
/// not a date's "/02/2024"), the end that takes it in; else `e`.
fn host_range_end(text: &str, e: usize) -> usize {
    let b = text.as_bytes();
    if b.get(e) != Some(&b'/') {
        return e;
    }
    let n = b[e + 1..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let next = b.get(e + 1 + n).copied();
    if (1..=3).contains(&n)
        && b[e - 1].is_ascii_digit()
        && !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'/' || c == b'_' || c == b'-')
    {
        e + 1 + n
    } else {
        e
    }
}

/// After a pair of hosts ("kvh-epr-db01/02", from `s` to `e`), the internal domain they
/// are in (".kvh.local"), taken into the name: the end after it; else `e`.
fn host_domain_end(text: &str, s: usize, e: usize) -> usize {
    let b = text.as_bytes();
    if !text[s..e].contains('/') || b.get(e) != Some(&b'.') {
        return e;
    }
    let n = b[e..]
        .iter()
        .take(64)
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-'))
        .count();
    let domain = text[e..e + n].trim_end_matches(['.', '-']);
    let first = &text[s..text[s..e].find('/').map_or(e, |k| s + k)];
    if domain.len() > 1 && is_internal_host(&format!("{first}{domain}")) {
        e + domain.len()
    } else {
        e
    }
}

/// Words just before a name that say it is a host's: "the jump host NCH-JMP-01", "the
/// bucket kvmh-imm-01", "a VM called Ledger-01".
const HOST_WORDS: &[&str] = &[
    "host",
    "hostname",
    "hostnames",
    "server",
    "bucket",
    "vm",
    "appliance",
    "node",
    "named",
    "called",
    "box",
    "instance",
    "controller",
    // A machine the name is given to ("on PCs BFC-ELEC-PV01", "laptop kvh-lt-0417").
    "servers",
    "hosts",
    "vms",
    "nodes",
    "pc",
    "pcs",
    "laptop",
    "laptops",
    "workstation",
    "workstations",
    "desktop",
    "desktops",
    "machine",
    "machines",
    "concentrator",
    "recorder",
    "recorders",
    "nvr",
    "gateway",
    "cluster",
    // A database's listener: "listener CADLSN01".
    "listener",
];

/// The name that follows one of `leads` right after `e` (a run of letters, digits and
/// hyphens): where it starts, and the name.
fn name_after_lead<'t>(text: &'t str, e: usize, leads: &[&str]) -> Option<(usize, &'t str)> {
    let rest = &text[e..];
    let lead = leads.iter().find(|l| rest.starts_with(**l))?;
    let start = e + lead.len();
    let token_len = text[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(text.len() - start);
    Some((start, &text[start..start + token_len]))
}

/// The last host of a range written as "NAME01 to NAME04" after a host's `name` ending
/// at `e`: the second name, its last part's letters and as many digits.
fn range_last_host(text: &str, name: &str, e: usize) -> Option<(usize, usize)> {
    let (start, token) = name_after_lead(text, e, &[" to ", " - ", "–", " – "])?;
    let token_len = token.len();
    let last = name.rsplit('-').next()?;
    let (letters, digits) = letters_then_digits(last);
    let (t_letters, t_digits) = letters_then_digits(token);
    (!digits.is_empty()
        && t_letters == letters
        && t_digits.len() == digits.len()
        && t_letters.len() + t_digits.len() == token.len()
        && token != last)
        .then_some((start, start + token_len))
}

/// The next host of a list after a host's `name` ending at `e` (", ", " and ", " or ",
/// " & "): the same name up to its last digits, and as many digits, differing.
fn listed_next_host(text: &str, name: &str, e: usize) -> Option<(usize, usize)> {
    let (start, token) = name_after_lead(text, e, &[", ", " and ", " or ", " & "])?;
    let token_len = token.len();
    let stem = name.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = name.len() - stem.len();
    (digits > 0
        && token.len() == name.len()
        && token != name
        && token.starts_with(stem)
        && token[stem.len()..].bytes().all(|b| b.is_ascii_digit())
        && stands_alone(text, start, start + token_len))
    .then_some((start, start + token_len))
}

/// The end of a port number of one to five digits (at most 65535) right after `sep` at
/// `at`, standing alone ("…:3389", "=636").
fn digits_after(text: &str, at: usize, sep: u8) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(at) != Some(&sep) {
        return None;
    }
    let n = b[at + 1..]
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let e = at + 1 + n;
    ((1..=5).contains(&n)
        && text[at + 1..e]
            .parse::<u32>()
            .is_ok_and(|p| (1..=65535).contains(&p))
        && !b
            .get(e)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(*c, b':' | b'.' | b'/')))
    .then_some(e)
}

/// A switch's or router's interface by its name and numbers, as Cisco and Juniper
/// write them ("Port Gi1/0/14 on GS-CUST-SW01", "Te1/1/1", "ge-0/0/3",
/// "GigabitEthernet0/1"): the short name glued to two or three numbers joined by "/".
/// Not a date ("Gi 1/0/14" apart, "Fri1/2") nor a word that merely ends so.
#[inline(never)]
fn find_interfaces(text: &str, out: &mut Vec<Hit>) {
    const NAMES: &[&str] = &[
        "GigabitEthernet",
        "TenGigabitEthernet",
        "FastEthernet",
        "Ethernet",
        "Gi",
        "Te",
        "Fa",
        "Tw",
        "Fo",
        "Hu",
        "Eth",
        "ge-",
        "xe-",
        "et-",
    ];
    let b = text.as_bytes();
    // (Each interface has a "/" between its numbers: one search finds every place.)
    let mut last_end = 0;
    for slash in memchr::memchr_iter(b'/', b) {
        if slash < last_end || slash == 0 || !b[slash - 1].is_ascii_digit() {
            continue;
        }
        // Back over the first number (three digits at most) to the name.
        let mut k = slash - 1;
        while k > 0 && slash - k < 3 && b[k - 1].is_ascii_digit() {
            k -= 1;
        }
        let Some(name) = NAMES
            .iter()
            .find(|n| k >= n.len() && text.as_bytes()[k - n.len()..k] == *n.as_bytes())
        else {
            continue;
        };
        let start = k - name.len();
        if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'-') {
            continue;
        }
        // Then "/" and a number, once or twice more.
        let mut e = slash;
        let mut groups = 1;
        while groups < 4 && b.get(e) == Some(&b'/') && b.get(e + 1).is_some_and(u8::is_ascii_digit)
        {
            e += 1;
            let from = e;
            while e < b.len() && e - from < 3 && b[e].is_ascii_digit() {
                e += 1;
            }
            groups += 1;
        }
        if groups < 2
            || b.get(e)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'/')
        {
            continue;
        }
        out.push(("network.interface", start, e));
        last_end = e;
    }
}

/// Ports as settings, logs and access lists give them: a key that ends in "port" with
/// "=" or ":" ("port: 1812", "auth_ldap_port = 636", "--dport 22"), a firewall log's
/// destination port ("DPT=22"), an access list's "eq 443" or "eq www" on a permit or
/// deny line.
#[inline(never)]
fn find_config_ports(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let mut taken = crate::detect::Taken::new(out);
    let b = text.as_bytes();
    // A setting's key ending in "_port" ("auth_ldap_port", "DB_PORT") is no word of its own.
    let mut starts: Vec<usize> = cues.of(Cue::Port).to_vec();
    if memchr::memchr(b'_', b).is_some() {
        for key in [&b"_port"[..], b"_PORT", b"_Port"] {
            starts.extend(
                memchr::memmem::find_iter(b, key)
                    .map(|k| k + 1)
                    .filter(|&k| !b.get(k + 4).is_some_and(u8::is_ascii_alphanumeric)),
            );
        }
    }
    for at in starts {
        let word_len = b[at..]
            .iter()
            .take(6)
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let word = &b[at..at + word_len];
        let port_key = word.eq_ignore_ascii_case(b"port")
            || word.eq_ignore_ascii_case(b"dpt")
            || word.eq_ignore_ascii_case(b"dport");
        if port_key {
            let e = at + word_len;
            // The separator, with spaces either side of "=" or ":" (a setting), or a
            // space alone after "--dport".
            let rest = &text[e..];
            let lead = rest.len() - rest.trim_start_matches(' ').len();
            let sep = b.get(e + lead).copied();
            // (A colon only on a "Port: 1812" line of its own: not "The port: 12 ships".)
            let own_line = || {
                line_before(text, at, 40)
                    .trim_start_matches([' ', '\t', '-', '•', '*'])
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.')
            };
            let (sep_at, sep_byte) = match sep {
                Some(b'=') => (e + lead, b'='),
                Some(b':') if own_line() => (e + lead, b':'),
                _ if word.eq_ignore_ascii_case(b"dport") && lead == 1 => (e, b' '),
                _ => continue,
            };
            let after = &text[sep_at + 1..];
            let gap = after.len() - after.trim_start_matches(' ').len();
            let from = sep_at + gap;
            // (The digits start after the spaces: read them as after a separator.)
            if let Some(end) = digits_after(text, from, if gap > 0 { b' ' } else { sep_byte }) {
                if !taken.overlaps(out, from + 1, end) {
                    out.push(("network.port", from + 1, end));
                }
            }
        } else if word.eq_ignore_ascii_case(b"eq") && word_len == 2 {
            let line = line_before(text, at, 120).to_ascii_lowercase();
            if !(line.contains("permit") || line.contains("deny")) || b.get(at + 2) != Some(&b' ') {
                continue;
            }
            let from = at + 3;
            let n = b[from..]
                .iter()
                .take(8)
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            let value = &text[from..from + n];
            let service = [
                "www", "http", "https", "ssh", "telnet", "smtp", "domain", "snmp", "ftp", "ntp",
                "ldap", "bootps", "tftp",
            ]
            .iter()
            .any(|s| value.eq_ignore_ascii_case(s));
            let number = (1..=5).contains(&n)
                && value.bytes().all(|c| c.is_ascii_digit())
                && value.parse::<u32>().is_ok_and(|p| p <= 65535);
            if (service || number) && !b.get(from + n).is_some_and(|c| c.is_ascii_alphanumeric()) {
                out.push(("network.port", from, from + n));
            }
        }
    }
}

/// The first two parts of a private address range, written with wildcards ("10.40.x.x",
/// "192.168.*"): an address range, high; or before "range", "subnet" or "network"
/// ("the 172.16 range"): for review, as it says less.
#[inline(never)]
fn find_partial_ranges(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    let runs = cues.digit_runs();
    for k in 0..runs.len().saturating_sub(1) {
        let ((s, e1), (s2, e)) = (runs[k], runs[k + 1]);
        if b.get(e1) != Some(&b'.')
            || s2 != e1 + 1
            || s > 0 && (b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'.')
        {
            continue;
        }
        let (Ok(a), Ok(second)) = (text[s..e1].parse::<u32>(), text[s2..e].parse::<u32>()) else {
            continue;
        };
        let private = a == 10 && second <= 255
            || a == 172 && (16..=31).contains(&second)
            || a == 192 && second == 168;
        if !private {
            continue;
        }
        // Wildcards after: ".x", ".x.x", ".*".
        let mut end = e;
        let mut wilds = 0;
        while let [b'.', b'x' | b'X' | b'*', ..] = b[end..] {
            end += 2;
            wilds += 1;
        }
        // A third part in digits: a whole address or a version is another detector's.
        if wilds == 0 && matches!(b[end..], [b'.', d, ..] if d.is_ascii_digit())
            || b.get(end).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        // ("10.5.x" is as often a release series: a "10." range needs both parts, or
        // the word "range" after it, as below: "the 10.42.x range".)
        if wilds > 0 && (a != 10 || wilds >= 2) {
            out.push(("network.ipv4", s, end));
            continue;
        }
        // (The longest word and the byte after it only: the rest of a long paste is not
        // copied for each prefix.)
        let after =
            super::line_after(text[end..].trim_start_matches(' '), 0, 14).to_ascii_lowercase();
        let ranged = [
            "range",
            "subnet",
            "network",
            "block",
            "addresses",
            "address space",
        ]
        .iter()
        .any(|w| {
            after.starts_with(w)
                && !after[w.len()..].starts_with(|c: char| c.is_ascii_alphanumeric())
        });
        if ranged && wilds > 0 {
            out.push(("network.ipv4", s, end));
        } else if ranged && end > e1 + 1 && text[..s].ends_with(' ') {
            out.push(("network.partial_range", s, end));
        }
    }
}

/// Is an internal address given for the name just after `e`: "AKL-NET2-01
/// (192.168.20.14)", "cpf-fgt01 on 10.208.14.1"?
fn address_follows(text: &str, e: usize) -> bool {
    let rest = &text[e..];
    let Some(rest) = [" (", " on ", " at ", " = ", ": "]
        .iter()
        .find_map(|lead| rest.strip_prefix(lead))
    else {
        return false;
    };
    let token = rest
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .unwrap_or("");
    token
        .trim_end_matches('.')
        .parse::<std::net::Ipv4Addr>()
        .is_ok_and(|ip| ip.is_private())
}

/// Does one of `HOST_WORDS` stand just before `s` (across a space, an opening bracket or
/// quote, a colon)?
fn after_host_word(text: &str, s: usize) -> bool {
    let before =
        line_before(text, s, 32).trim_end_matches([' ', '(', '"', '“', '\'', '‘', ':', ',']);
    // ("the reporting server, cca-rpt-02,", "the database cluster is wdas-cad-sql",
    // "hostnames are RAD-RPT-01 to …": the word, then a comma or "is".)
    let before = [" is", " was", " are", " were", " =", " now"]
        .iter()
        .find_map(|c| before.strip_suffix(c))
        .unwrap_or(before)
        .trim_end();
    ends_with_host_word(before)
}

/// Is `s` the machine a remote session reaches: after "to" or "into" and a remote
/// tool or a verb of connecting ("get in with AnyDesk to HH-NET2-01", "RDP into
/// BFC-APP-01", "connects to …")?
fn reached_by(text: &str, s: usize) -> bool {
    let before = line_before(text, s, 40).trim_end();
    let Some(rest) = before
        .strip_suffix(" to")
        .or_else(|| before.strip_suffix(" into"))
        .or_else(|| before.strip_suffix(" onto"))
    else {
        return false;
    };
    let word = rest
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    [
        "anydesk",
        "teamviewer",
        "rdp",
        "ssh",
        "vnc",
        "splashtop",
        "screenconnect",
        "connect",
        "connects",
        "connected",
        "connecting",
        "connection",
        "connections",
        "remote",
        "remotes",
        "session",
        "sessions",
        "log",
        "logs",
        "logged",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// Does an IPv4 address (the `network.ipv4` shape) start at `at`, that no further digit
/// or dot runs on from ("1.2.3.4.5")?
fn ipv4_starts_at(text: &str, at: usize) -> bool {
    use super::shapes::Shape;
    let b = text.as_bytes();
    shapes::Ipv4::at(text, at, text.len()).is_some_and(|c| match b.get(c.end) {
        Some(d) if d.is_ascii_digit() => false,
        Some(b'.') => !b.get(c.end + 1).is_some_and(u8::is_ascii_digit),
        _ => true,
    })
}

/// Is the last word of `before` one of `HOST_WORDS` ("server", "PC", "called")?
fn ends_with_host_word(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    HOST_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A machine's name of one word, capitals then digits ("BBPRINT01", "WMBCAPP01",
/// "PAYSRV3"), right after a word that says it is one, perhaps with "is", "name" or
/// "was" between ("Badge printer PC is BBPRINT01", "Server name: PAYSRV3", "on server
/// WMBCAPP01"), or a server's role with a padded number ("NVR01", "SQL01"); and the
/// names after it in a list ("NVR01/NVR02"). Hyphenated names are `is_server_name`'s.
#[inline(never)]
fn find_plain_hosts(text: &str, cues: &CueHits, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // The end of the last list walked: its names are found already.
    let mut listed_to = 0;
    for &(ds, de) in cues.digit_runs() {
        if ds < listed_to {
            continue;
        }
        if !(1..=3).contains(&(de - ds))
            || b.get(de)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-')
        {
            continue;
        }
        // A name in small letters given with its address: "omnicenter01 / 10.72.30.11",
        // "omnicenter01 (10.72.30.11)".
        let mut l = ds;
        while l > 0 && b[l - 1].is_ascii_lowercase() && ds - l <= 16 {
            l -= 1;
        }
        if ds - l >= 4
            && (l == 0 || matches!(b[l - 1], b' ' | b'\t' | b'(' | b'\n'))
            && [" / ", " ("]
                .iter()
                .find(|sep| text[de..].starts_with(**sep))
                .is_some_and(|sep| ipv4_starts_at(text, de + sep.len()))
        {
            out.push(("network.host", l, de));
            continue;
        }
        let mut s = ds;
        while s > 0 && b[s - 1].is_ascii_uppercase() && ds - s <= 12 {
            s -= 1;
        }
        // A server's role of three letters or more and a padded number need no word
        // before them: "NVR02", "SQL01", "APP01"; one of two letters needs one ("server
        // FS01"; "Form FS01" is a form). Not "PC01", "SW05": models and codes use those.
        let role = ds - s >= 2
            && de - ds >= 2
            && b[ds] == b'0'
            && is_server_role(&text[s..ds])
            && !WEAK_ROLES
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&text[s..ds]));
        if ds - s < 2
            || ds - s == 2 && !role
            || de - s < 5 && !role
            || s > 0
                && (b[s - 1].is_ascii_alphanumeric()
                    || matches!(b[s - 1], b'-' | b'.' | b'_' | b'/' | b'\\'))
            || b.get(de) == Some(&b'.') && b.get(de + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        let before =
            line_before(text, s, 40).trim_end_matches([' ', ':', '"', '“', '\'', '‘', '=', '(']);
        let before = ["is", "was", "name", "called", "named"]
            .iter()
            .find_map(|w| {
                before
                    .strip_suffix(w)
                    .filter(|r| r.ends_with(' '))
                    .map(|r| r.trim_end_matches([' ', ':']))
            })
            .unwrap_or(before);
        let cued = ends_with_host_word(before);
        if (role && ds - s >= 3 || cued)
            && !NOT_HOST_PREFIXES
                .iter()
                .any(|p| text[s..ds].eq_ignore_ascii_case(p))
        {
            out.push(("network.host", s, de));
            // The next of a list, its letters the same: "NVR01/NVR02", "SQL01 and SQL02".
            let mut e = de;
            while let Some(rest) = ["/", " and ", ", ", " & ", " or "]
                .iter()
                .find_map(|sep| text[e..].strip_prefix(sep))
            {
                let next = e + (text[e..].len() - rest.len());
                let n = rest.as_bytes();
                let letters = ds - s;
                let digits = n
                    .iter()
                    .skip(letters)
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if !(n.len() > letters
                    && n[..letters] == b[s..ds]
                    && (1..=3).contains(&digits)
                    && !n
                        .get(letters + digits)
                        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'-'))
                {
                    break;
                }
                e = next + letters + digits;
                out.push(("network.host", next, e));
            }
            listed_to = e;
        }
    }
}

/// Written all in capitals or all in lowercase, as hosts' names are.
fn one_case(name: &str) -> bool {
    !name.bytes().any(|b| b.is_ascii_lowercase()) || !name.bytes().any(|b| b.is_ascii_uppercase())
}

/// First parts of products, standards and references that a word before them may call a
/// name ("a variant called COVID-19", "the standard named ISO-27001").
const NOT_HOST_PREFIXES: &[&str] = &[
    "covid", "sha", "md", "iso", "iec", "cve", "foi", "utf", "rfc", "windows", "win", "office",
    "ms", "en", "bs", "inc", "ref", "req", "pas", "ieee", "h", "ipv", "tls", "ssl", "wpa", "x",
    "ucs", "ntfs", "fat", "usb", "pci", "ddr", "cat", "ip", "ver", "v", "rm",
];

/// A server's own name, outside a domain name: a site or organisation prefix, a role
/// and a number, in any order the name puts them ("KMT-PACS-GW02", "AVF-DC01",
/// "GLN-SQL-03", "WIN-SRV-APP2", "NCH-JMP-01", "CTX-RDS01-04", "fw-hq-01", "avf-dc01").
/// Written all in capitals or all in lowercase, as such names are; not a product,
/// standard or reference ("COVID-19", "PA-3220", "ISO-27001", "SHA-256", "HMAC-SHA256",
/// "FW-NWSSP-2021-17", "INC-2023-14471"), whose last part is a bare number or not a
/// server's role, or which holds a year or a long number. After a word that says it is
/// a host's (`cued`: "the bucket kvmh-imm-01"), a name needs no role.
fn is_server_name(name: &str, cued: bool) -> bool {
    let parts: Vec<&str> = name.split('-').collect();
    if parts.len() > 5 || name.len() > 40 || name.contains('_') {
        return false;
    }
    let upper = !name.bytes().any(|b| b.is_ascii_lowercase());
    let lower = !name.bytes().any(|b| b.is_ascii_uppercase());
    // A site prefix (or the role): two to eight letters, perhaps a number ("LON1").
    let (site, site_no) = letters_then_digits(parts[0]);
    if !(upper || lower || cued)
        || !(2..=8).contains(&site.len())
        || site_no.len() > 2
        || site.len() + site_no.len() != parts[0].len()
    {
        return false;
    }
    // A year ("FW-NWSSP-2021-17", "WIN-APP-2019"), a long number ("INC-2023-14471"), a
    // bare number inside ("CA-24-001"): a reference, a version or a product's.
    let year = |p: &str| p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
    let middle = &parts[1..parts.len() - 1];
    // (An asset's padded number of five digits after a device's role is a machine's:
    // "SMP-LT-04417", a laptop.)
    let asset = |i: usize, p: &str| {
        i == parts.len() - 1
            && p.len() == 5
            && p.starts_with('0')
            && p.bytes().all(|b| b.is_ascii_digit())
            && middle.iter().any(|r| {
                [
                    "lt", "lap", "laptop", "pc", "ws", "wks", "tab", "tablet", "mdt", "kiosk",
                ]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(r))
            })
    };
    if parts.iter().enumerate().any(|(i, p)| {
        let (_, n) = letters_then_digits(p);
        let digits = p.bytes().filter(u8::is_ascii_digit).count();
        year(n) || year(p) || digits >= 5 && !asset(i, p)
    }) || middle.iter().any(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    // Lowercase words joined by hyphens are common in other text ("key-file1",
    // "libxcb-sync0"): only a padded number ("01") says server there.
    let padded = |n: &str| n.len() >= 2 && n.starts_with('0');
    let numbered = |n: &str| (1..=3).contains(&n.len()) && (upper || padded(n));
    // ("CBC-REVDB-02": a role glued to what the server is for, "REV" and "DB"; in
    // capitals, a site before it and a padded number after.)
    let glued = |letters: &str| {
        upper
            && (4..=8).contains(&letters.len())
            && ["DB", "SQL", "APP", "SRV", "SVR", "WEB"]
                .iter()
                .any(|r| letters.ends_with(r) && letters.len() - r.len() >= 2)
    };
    let role_of = |p: &str| {
        let (letters, n) = letters_then_digits(p);
        letters.len() + n.len() == p.len() && (is_server_role(letters) || glued(letters))
    };
    let last = parts[parts.len() - 1];
    // "the primary server CWSCADA-PRI": in capitals after a word that says it is a
    // machine, a name needs no number.
    if cued
        && upper
        && name.len() >= 6
        && parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
        && parts
            .iter()
            .any(|p| p.bytes().any(|b| b.is_ascii_alphabetic()) && p.len() >= 3)
        && !NOT_HOST_PREFIXES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(site))
    {
        return true;
    }
    let (role, n) = letters_then_digits(last);
    // ("the database cluster is wdas-cad-sql": after a word that says it is a machine,
    // three parts or more ending in a server's role need no number.)
    if cued
        && parts.len() >= 3
        && n.is_empty()
        && ["sql", "db", "app", "web", "srv", "svr"]
            .iter()
            .any(|r| role.eq_ignore_ascii_case(r))
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return true;
    }
    // A bare number may have four digits if padded: a desktop's "EOC-PC-0417".
    let bare = role.is_empty() && (n.len() == 4 && padded(n) || asset(parts.len() - 1, last));
    // ("the login nodes (hpc-login1, hpc-login2)": after a word that says it is a
    // machine, a role's number needs no padding.)
    let cued_role = cued && !n.is_empty() && n.len() <= 2 && is_server_role(role);
    if n.len() + role.len() != last.len() || !(numbered(n) || bare || cued_role) {
        return false;
    }
    // "the bucket kvmh-imm-01", "a VM called Ledger-01"; not "named XC-QUERY-1". (A name
    // with a role needs no cue: "servers (PAS-DB-01 …)".)
    if cued
        && !NOT_HOST_PREFIXES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(site))
        && (upper || lower || padded(n))
        && (n.len() >= 2 || parts.iter().any(|p| role_of(p)))
    {
        return true;
    }
    if !(upper || lower) {
        return false;
    }
    if role.is_empty() {
        // "GLN-SQL-03", "CTX-RDS01-04": the role, then its number; "fw-hq-01": the role
        // first, then the site. A role and a number alone ("DB-25", "MX-204", "AD-05")
        // are a connector's, a model's or a code, unless the role is a longer word and
        // the number padded ("SQL-01").
        middle.iter().any(|r| role_of(r))
            || site_no.is_empty()
                && is_server_role(site)
                && (parts.len() > 2 || site.len() >= 3 && padded(n))
    } else {
        // "DC01", "SQL03"; "WIN-SRV-APP2"; "KMT-PACS01" (a system, numbered "01").
        // IBM's database is "DB2"; a desktop's role ("PC2") needs a padded number, or
        // two digits after a site and a team in capitals ("NMNS-RES-PC14").
        (is_server_role(role)
            && !last.eq_ignore_ascii_case("db2")
            && (padded(n)
                || upper && parts.len() >= 3 && n.len() == 2
                || !WEAK_ROLES.iter().any(|w| w.eq_ignore_ascii_case(role))))
            || middle.iter().any(|r| role_of(r))
            || (upper && role.len() >= 3 && padded(n))
    }
}

/// The end of a port given after an address with "on" ("192.168.40.10 on 5060"): two to
/// five digits, not a year nor a number with a unit or a decimal after it ("on 2024",
/// "on 20 May", "on 12.5").
/// A mobile network's access point name after "APN": "a private APN
/// (wcc-ceo.apn.example)", "private APN nmas.vfl.example": the name the devices' SIMs
/// dial into the organisation's network by, as internal as a host's.
fn find_apn_hosts(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for k in memchr::memmem::find_iter(b, b"APN") {
        if k > 0 && b[k - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut s = k + 3;
        // "APN (", "APN: ", "APN is ".
        let gap = b[s..]
            .iter()
            .take(4)
            .take_while(|c| matches!(c, b' ' | b'(' | b':'))
            .count();
        if gap == 0 {
            continue;
        }
        s += gap;
        for w in ["is ", "name ", "name: ", "name is "] {
            if text[s..].starts_with(w) {
                s += w.len();
                break;
            }
        }
        let n = b[s..]
            .iter()
            .take(80)
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_'))
            .count();
        let name = text[s..s + n].trim_end_matches(['.', '-', '_']);
        // A name of two labels or more, letters in it, not a word ("APN settings").
        if name.contains('.')
            && name.bytes().any(|c| c.is_ascii_lowercase())
            && name.split('.').all(|l| !l.is_empty())
        {
            out.push(("network.host", s, s + name.len()));
        }
    }
}

/// A DICOM node's application entity title, which imaging systems address each other
/// by ("sends to AE title MHFT_PACS_01", "AET: RADPACS1"): capitals, digits, '_' or
/// '-', up to 16, with a digit or '_' in it, or all capitals.
#[inline(never)]
fn find_ae_titles(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    for (lit, len) in [
        (&b"AE title"[..], 8),
        (&b"AE Title"[..], 8),
        (&b"AET"[..], 3),
    ] {
        for k in memchr::memmem::find_iter(b, lit) {
            if k > 0 && b[k - 1].is_ascii_alphanumeric()
                || b.get(k + len).is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            let mut s = k + len;
            let gap = b[s..]
                .iter()
                .take(4)
                .take_while(|c| matches!(c, b' ' | b':' | b'=' | b'"' | b'\'' | b'('))
                .count();
            // ("AET" alone is a firm's too: "AET JCOP cards"; a colon or "=" then.)
            if gap == 0 || len == 3 && !b[s..s + gap].iter().any(|c| matches!(c, b':' | b'=')) {
                continue;
            }
            s += gap;
            if text[s..].starts_with("is ") {
                s += 3;
            }
            let n = b[s..]
                .iter()
                .take(17)
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'))
                .count();
            let name = text[s..s + n].trim_end_matches(['-', '_']);
            let ends = !b
                .get(s + n)
                .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-'));
            if (3..=16).contains(&name.len())
                && ends
                && name.starts_with(|c: char| c.is_ascii_uppercase())
                && !name.bytes().any(|c| c.is_ascii_lowercase())
                && (name.bytes().any(|c| c.is_ascii_digit() || c == b'_')
                    || name.bytes().all(|c| c.is_ascii_uppercase()))
            {
                out.push(("network.host", s, s + name.len()));
            }
        }
    }
}

fn port_on(text: &str, e: usize) -> Option<usize> {
    let rest = text[e..].strip_prefix(" on ")?;
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year = n == 4 && (rest.starts_with("19") || rest.starts_with("20"));
    // (What follows ends the clause: not "on 20 May", "on 12.5", "on 8080 today".)
    let ends = match rest.as_bytes().get(n) {
        None => true,
        Some(b'.') => !rest.as_bytes().get(n + 1).is_some_and(u8::is_ascii_digit),
        Some(c) => matches!(c, b',' | b';' | b')' | b'\n' | b'\r'),
    };
    ((2..=5).contains(&n) && !year && !rest.starts_with('0') && ends).then_some(e + 4 + n)
}

/// Does a URL's path lead to a site's administration page ("/wp-admin",
/// "/opcc-admin-7731", "/administrator"), which even a public site's address should not
/// give away? The path's first segment, its words an admin word and short codes or
/// numbers only: not "/news/admin-changes-2024", "/admin-changes-2024".
fn admin_path(url: &str) -> bool {
    let Some(path) = url
        .split("://")
        .nth(1)
        .and_then(|r| r.split_once('/'))
        .map(|(_, p)| p)
    else {
        return false;
    };
    // (The first segment: an admin page sits at a site's root; "github.com/nodejs/admin"
    // is a project's page.)
    path.split(['/', '?', '#']).take(1).any(|segment| {
        let words: Vec<&str> = segment
            .split(['-', '_', '.'])
            .filter(|w| !w.is_empty())
            .collect();
        words.iter().any(|w| {
            ["admin", "administrator", "cpanel", "phpmyadmin", "webmin"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        }) && words.iter().all(|w| {
            w.len() <= 5
                || w.bytes().all(|b| b.is_ascii_digit())
                || w.eq_ignore_ascii_case("administrator")
                || w.eq_ignore_ascii_case("phpmyadmin")
        })
    })
}

/// Is a URL a way in to a body's own service, by its host's first label or its path's
/// first segment: a sign-in page, a VPN or remote gateway, webmail, an intranet, a
/// SharePoint site ("https://cwa.lvmtrust.hscni.net/vpn", "https://x.broadcare.cloud/login",
/// "https://kmfrs.sharepoint.example/sites/ITSec")? Not on a public platform's own site
/// ("https://login.microsoftonline.com"). (Not "api" nor "wiki": projects publish
/// theirs, "https://wiki.gnome.org/…", "https://iojs.org/api/fs.html".)
fn service_url(url: &str, host: &str) -> bool {
    const PUBLIC: &[&str] = &[
        "github.com",
        "githubusercontent.com",
        "gitlab.com",
        "microsoft.com",
        "microsoftonline.com",
        "live.com",
        "office.com",
        "office365.com",
        "windows.net",
        "google.com",
        "googleapis.com",
        "apple.com",
        "amazon.com",
        "amazonaws.com",
        "mozilla.org",
        "python.org",
        "pypi.org",
        "readthedocs.io",
        "readthedocs.org",
        "debian.org",
        "ubuntu.com",
        "wikipedia.org",
        "wikimedia.org",
        "npmjs.com",
        "npmjs.org",
        "nodejs.org",
        "rust-lang.org",
        "crates.io",
        "docs.rs",
        "gnu.org",
        "kernel.org",
        "sourceforge.net",
        "stackoverflow.com",
        "apache.org",
        "atlassian.com",
        "atlassian.net",
        "salesforce.com",
        "zoom.us",
        "slack.com",
        "dropbox.com",
        "box.com",
        "okta.com",
        "duosecurity.com",
    ];
    let host_l = host.to_ascii_lowercase();
    // (A council's or a trust's own "vpn.example.gov.uk" is the body's; GOV.UK's
    // services are everyone's.)
    let public = |p: &str| {
        host_l
            .strip_suffix(p)
            .is_some_and(|r| r.is_empty() || r.ends_with('.'))
    };
    if !host_l.contains('.')
        || PUBLIC.iter().any(|p| public(p))
        || host_l == "www.gov.uk"
        || public("service.gov.uk")
    {
        return false;
    }
    let label = host_l.split('.').next().unwrap_or("");
    let by_host = [
        "vpn", "remote", "citrix", "owa", "webmail", "rdweb", "rds", "sso", "adfs", "intranet",
        "vdi", "myapps", "gateway",
    ]
    .contains(&label)
        || host_l.contains(".sharepoint.");
    let segment = url
        .split("://")
        .nth(1)
        .and_then(|r| r.split_once('/'))
        .map_or("", |(_, p)| p.split(['/', '?', '#']).next().unwrap_or(""))
        .to_ascii_lowercase();
    let by_path = [
        "login", "signin", "sign-in", "logon", "vpn", "remote", "citrix", "owa", "ecp", "rdweb",
        "sso", "adfs",
    ]
    .contains(&segment.as_str());
    by_host || by_path
}

/// Is a host a site's administration server by its first label ("admin.example.gov.uk",
/// "hbc-licensing-admin.example.gov.uk"), whose address even a public site should not
/// give away? An admin word among the label's words, not "admin-changes".
fn admin_host(host: &str) -> bool {
    let label = host.split('.').next().unwrap_or("");
    host.contains('.')
        && label.split(['-', '_']).next_back().is_some_and(|w| {
            ["admin", "administrator", "cpanel", "webmin", "backoffice"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
        || label.eq_ignore_ascii_case("admin")
}

/// Roles that model names and codes use too ("GB-PC2", "Switch SW5"): with their number
/// padded ("PC01") only.
const WEAK_ROLES: &[&str] = &["pc", "ws", "sw", "ap", "lt", "tab"];

/// The letters a word starts with, and the digits after them.
fn letters_then_digits(word: &str) -> (&str, &str) {
    let k = word
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(word.len());
    let rest = &word[k..];
    let d = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    (&word[..k], &rest[..d])
}

/// The part of the line from `ls` to `le` near the word at `at`: from the start of its
/// sentence (at most 150 bytes back) to the end of the next one (at most 300 bytes on).
fn near(text: &str, ls: usize, le: usize, at: usize) -> (usize, usize) {
    let b = text.as_bytes();
    let ends_sentence = |i: usize| {
        matches!(b[i], b'.' | b'!' | b'?')
            && (i + 1 == le || matches!(b[i + 1], b' ' | b'\t' | b'\r' | b'\n'))
    };
    let mut s = at;
    while s > ls && at - s < 150 && !ends_sentence(s - 1) {
        s -= 1;
    }
    let mut e = at;
    let mut sentences = 0;
    while e < le && e - at < 300 {
        if ends_sentence(e) {
            sentences += 1;
            if sentences == 2 {
                break;
            }
        }
        e += 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    (s, e)
}

/// Who a wireless network is for, as its name says ("BLT-Staff", "Caldermere-Guest",
/// "GCC-Disgyblion"), in English and Welsh.
const SSID_AUDIENCES: &[&str] = &[
    "staff",
    "guest",
    "guests",
    "student",
    "students",
    "pupil",
    "pupils",
    "visitor",
    "visitors",
    "public",
    "corp",
    "corporate",
    "admin",
    "mgmt",
    "iot",
    "byod",
    "secure",
    "internal",
    "members",
    "patient",
    "patients",
    "office",
    "learner",
    "learners",
    "learn",
    "teacher",
    "teachers",
    "contractor",
    "contractors",
    "devices",
    "mobile",
    "voice",
    // (A free public network: "HarrowdenLibraries-Free", "Cairnmoor-Free-WiFi".)
    "free",
    // (Crews and drivers' networks at stations and depots: "NFRS-CREW", "Depot-Drivers".)
    "crew",
    "crews",
    "driver",
    "drivers",
    "ops",
    // (Clinicians' and lent devices' networks: "NSMH-Clinical", "Library-Loan".)
    "clinical",
    "clinicians",
    "medical",
    "loan",
    "loans",
    "gwestai",
    "disgyblion",
    "myfyrwyr",
    "ymwelwyr",
    "cyhoeddus",
];

/// Parts of a name that only say it is a wireless network ("Caldermere-WiFi").
const SSID_WIRELESS: &[&str] = &["wifi", "wlan", "net"];

/// Standards and settings written like names on the same lines ("WPA2-Enterprise",
/// "EAP-TLS", "PEAP-MSCHAPv2", "Wireless-AC"): no part of a network's name.
const WIRELESS_TERMS: &[&str] = &[
    "wpa",
    "wpa2",
    "wpa3",
    "wep",
    "eap",
    "peap",
    "tls",
    "ttls",
    "leap",
    "mschap",
    "mschapv2",
    "psk",
    "sae",
    "owe",
    "ieee",
    "ghz",
    "enterprise",
    "personal",
    "radius",
    "ssid",
    "ssids",
    "vlan",
    "dhcp",
    "dns",
    "ip",
    "ipv4",
    "ipv6",
    "mac",
    "tcp",
    "udp",
    "http",
    "https",
    "nac",
    "wireless",
];

/// A band a network's name may end with: "5G", "2G", "24G".
fn is_band(part: &str) -> bool {
    let (digits, rest) = part.split_at(
        part.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(part.len()),
    );
    (1..=2).contains(&digits.len()) && rest.eq_ignore_ascii_case("g")
}

/// The parts of a token that is written as a network's name is: words joined by
/// hyphens or underscores, each capitalised or a band ("Caldermere-Staff", "TU-Staff-5G",
/// "MFRS-CORP"), or one capitalised word with a number ("StaffNet5G"); not a standard,
/// setting or ordinary hyphenated word ("Wi-Fi", "WPA2-Enterprise", "Anti-virus",
/// "eduroam", "COVID-19").
fn ssid_parts(name: &str) -> Option<Vec<&str>> {
    if !(4..=32).contains(&name.len()) || !name.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut from = 0;
    for (i, c) in name.char_indices() {
        if c == '-' || c == '_' {
            parts.push(&name[from..i]);
            from = i + 1;
        }
    }
    parts.push(&name[from..]);
    // "Wi-Fi" is one word.
    let mut k = 0;
    while k + 1 < parts.len() {
        if parts[k].eq_ignore_ascii_case("wi") && parts[k + 1].eq_ignore_ascii_case("fi") {
            let s = parts[k].as_ptr() as usize - name.as_ptr() as usize;
            let e = parts[k + 1].as_ptr() as usize - name.as_ptr() as usize + 2;
            parts[k] = &name[s..e];
            parts.remove(k + 1);
        }
        k += 1;
    }
    let ok = |p: &&str| {
        p.len() >= 2
            && (p.starts_with(|c: char| c.is_ascii_uppercase()) || is_band(p))
            && !WIRELESS_TERMS.iter().any(|t| t.eq_ignore_ascii_case(p))
    };
    (parts.iter().all(ok)).then_some(parts)
}

/// Does the name say it is a wireless network's: who it is for, its band, "WiFi"
/// beside another word, or a network named alike on the same line (`sibling`)?
fn is_ssid(name: &str, sibling: bool) -> bool {
    let Some(parts) = ssid_parts(name) else {
        return false;
    };
    let is = |list: &[&str], p: &str| list.iter().any(|w| w.eq_ignore_ascii_case(p));
    if parts.len() == 1 {
        // One word: "StaffNet5G", "Guest24"; not "Wi-Fi", "GovWifi", "FortiWiFi60F".
        let word = parts[0];
        let words: Vec<&str> = camel_words(word).collect();
        let band = matches!(words[..], [.., w, n, "G" | "g"] if w.starts_with(|c: char| c.is_ascii_alphabetic()) && is_band(&format!("{n}G")));
        return word.bytes().any(|b| b.is_ascii_digit())
            && word.bytes().any(|b| b.is_ascii_lowercase())
            && (band || words.iter().any(|w| is(SSID_AUDIENCES, w)));
    }
    // Names all in capitals are often constants or models ("FIF_ALLMULTI", "RX-NSS",
    // "WIFI-CF"): they need to say who the network is for, or its band.
    let capitals = !name.bytes().any(|b| b.is_ascii_lowercase());
    parts.iter().any(|p| is(SSID_AUDIENCES, p) || is_band(p))
        || (!capitals && (sibling || parts.iter().any(|p| is(SSID_WIRELESS, p))))
}

/// The capitalised words and numbers of a word written in CamelCase: "Staff", "Net",
/// "5", "G" of "StaffNet5G".
fn camel_words(word: &str) -> impl Iterator<Item = &str> {
    let b = word.as_bytes();
    let mut cuts = vec![0];
    for i in 1..b.len() {
        let (x, y) = (b[i - 1], b[i]);
        if (x.is_ascii_lowercase() && y.is_ascii_uppercase())
            || (x.is_ascii_digit() != y.is_ascii_digit())
        {
            cuts.push(i);
        }
    }
    cuts.push(b.len());
    (0..cuts.len() - 1).map(move |k| &word[cuts[k]..cuts[k + 1]])
}

/// A host name that only resolves inside the organisation, or names a server.
fn is_internal_host(host: &str) -> bool {
    let lower = host.to_ascii_lowercase();
    let labels: Vec<&str> = lower.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    let tld = labels[labels.len() - 1];
    if is_internal_tld(tld) {
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
    // A dynamic DNS name, which reaches a site's own equipment from outside:
    // "site-nvr.hikddns.example.com", "depot.dyndns.org".
    // (Only under a short top-level domain: "remotes.not-origin.tagopt" is a setting.)
    let short_tld = tld.len() <= 3;
    if short_tld
        && labels
            .iter()
            .any(|l| l.contains("ddns") || l.contains("dyndns") || *l == "no-ip")
    {
        return true;
    }
    // A remote-access entry point, whatever else its first label says:
    // "radremote.example.nhs.uk", "staffvpn.example.ac.uk".
    if short_tld && (first.contains("remote") || first.contains("vpn")) {
        return true;
    }
    if TENANT_DOMAINS.iter().any(|d| {
        lower
            .strip_suffix(d)
            .is_some_and(|t| t.ends_with('.') && t.len() > 1)
    }) {
        return true;
    }
    // An Active Directory or internal zone inside the name: "db02.ad.example.ac.uk",
    // "fs1.corp.example.com".
    if labels[1..labels.len() - 2].iter().any(|l| {
        matches!(
            *l,
            "ad" | "corp" | "internal" | "int" | "intra" | "lan" | "local"
                // (A cluster's or a management network's zone: "repo.hpc.example.ac.uk",
                // "ilo01.mgmt.example.nhs.uk".)
                | "hpc" | "mgmt" | "mgt" | "oob" | "dmz" | "infra"
        )
    }) {
        return true;
    }
    // A test, development or integration environment's name, which the public is not
    // meant to reach: "pvcr-int.example.nhs.uk", "uat.portal.example.gov.uk".
    if first.split('-').any(|p| ENVIRONMENTS.contains(&p)) {
        return true;
    }
    let stem: String = first
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    let has_digit = first.chars().any(|c| c.is_ascii_digit());
    // A server's name of parts, one of them a role with a number: "hol-sits-db02".
    let role_part = || {
        first.len() <= 30
            && first.split('-').skip(1).any(|part| {
                let (letters, digits) = letters_then_digits(part);
                !digits.is_empty()
                    && (SERVER_PREFIXES.contains(&letters) || SERVER_ROLES.contains(&letters))
            })
    };
    SERVER_PREFIXES.contains(&stem.as_str()) && (has_digit || first.contains('-') || stem == first)
        || (has_digit && first.len() <= 12 && stem.len() >= 2)
        || has_digit && first.contains('-') && role_part()
}

/// The names of environments other than the live one, in a host's first label.
const ENVIRONMENTS: &[&str] = &[
    "int", "internal", "dev", "test", "uat", "staging", "stg", "preprod", "sandbox", "qa", "sit",
];

/// Cloud services whose first label names the organisation's own tenant, which
/// attackers aim sign-in and password-spraying at: "example.onmicrosoft.com",
/// "exampletenants.b2clogin.com", "example.okta.com".
const TENANT_DOMAINS: &[&str] = &[
    "onmicrosoft.com",
    "b2clogin.com",
    "sharepoint.com",
    "okta.com",
    "oktapreview.com",
    "okta-emea.com",
    "my.salesforce.com",
    "service-now.com",
    "awsapps.com",
    "auth0.com",
    "zendesk.com",
    "atlassian.net",
    "duosecurity.com",
];

/// After a public host ending at `e`, a path to its administrators' or staff's sign-in
/// ("/wp-admin", "/bt-admin", "/owa", "/ecp"): the end of the path.
fn admin_path_end(text: &str, e: usize) -> Option<usize> {
    let rest = text[e..].strip_prefix('/')?;
    let len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ')' | ',' | ';' | '"' | '\'' | '>'))
        .unwrap_or(rest.len());
    let path = rest[..len].trim_end_matches(['.', ':']);
    let first = path.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    const WORDS: [&str; 11] = [
        "admin",
        "administrator",
        "login",
        "signin",
        "cpanel",
        "phpmyadmin",
        "webmail",
        "owa",
        "ecp",
        "rdweb",
        "vpn",
    ];
    // The segment is the word, ends with it ("bt-admin") or is its page ("login.php");
    // not a page about it ("admin-fees").
    let stem = first.split('.').next().unwrap_or("");
    let admin = WORDS.iter().any(|w| {
        stem == *w
            || stem
                .strip_suffix(w)
                .is_some_and(|p| p.len() > 1 && p.ends_with(['-', '_']))
    });
    let path = path.trim_end_matches('?');
    admin.then_some(e + 1 + path.len())
}

/// A token that reads as a password: letters with digits or symbols, no spaces,
/// not a date, version, reference or ordinary word.
pub(crate) fn looks_like_secret(token: &str) -> bool {
    let len = token.chars().count();
    if !(6..=64).contains(&len) {
        return false;
    }
    let letters = token.chars().filter(|&c| is_letter(c)).count();
    let digits = token.chars().filter(char::is_ascii_digit).count();
    let symbols = token
        .chars()
        .filter(|c| "!#$%&*@^~?+=_".contains(*c))
        .count();
    let upper = token.chars().filter(|c| c.is_uppercase()).count();
    // (Nor a mailbox written without its domain, the account a password is for:
    // "pw for complaintreviews@ is …".)
    if letters == 0
        || token.contains("://")
        || token.contains('@') && token.contains('.')
        || token.ends_with('@')
            && token[..token.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b))
    {
        return false;
    }
    // A standard's name and part ("PKCS#12").
    if let Some((name, part)) = token.split_once('#') {
        if name.bytes().all(|b| b.is_ascii_uppercase()) && part.bytes().all(|b| b.is_ascii_digit())
        {
            return false;
        }
    }
    // A word that ends a question or an exclamation ("password manager?", "staff!").
    if token
        .trim_end_matches(['?', '!', '.'])
        .chars()
        .all(|c| is_letter(c) || c == '-')
    {
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
        NetworkDetector::new().find(
            text,
            &Document::parse(text),
            &crate::detect::cues::CueHits::scan(text),
            &mut out,
        );
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
            // An AD zone inside a public name; a server's name of parts with a role;
            // a sign-in service's host; a URL with a port other than the web's.
            (
                "the server is hol-sits-db02.ad.example.ac.uk.",
                &[("network.host", "hol-sits-db02.ad.example.ac.uk")],
            ),
            (
                "we retired idp.example.ac.uk but",
                &[("network.host", "idp.example.ac.uk")],
            ),
            (
                "EZproxy at https://ezproxy.lib.example.ac.uk:2048. Our site is https://www.example.ac.uk:443/foi and www.example.gov.uk",
                &[("network.url", "https://ezproxy.lib.example.ac.uk:2048")],
            ),
            ("the NI PW 58 21 93 C, claim HB/2023/04471, of", &[]),
            (
                "Network inventory: https://netbox.its.example.ac.uk/dcim/devices/",
                &[("network.url", "https://netbox.its.example.ac.uk/dcim/devices/")],
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
            (
                "listen on UDP port 1812.",
                &[("network.port", "UDP port 1812")],
            ),
            (
                "connect to the SSIDs “EM-Staff” and “EM-Student”",
                &[("network.ssid", "EM-Staff"), ("network.ssid", "EM-Student")],
            ),
            // A name given its private address ("AKL-NET2-01 (192.168.20.14)", "cpf-fgt01
            // on 10.208.14.1") is a host's; the last host of a range; a network's name
            // right after "SSID"; a tenant's cloud sign-in; a public site's admin path.
            (
                "machine AKL-NET2-01 (192.168.20.14), our concentrator is cpf-fgt01 on 10.208.14.1",
                &[
                    ("network.host", "AKL-NET2-01"),
                    ("network.ipv4", "192.168.20.14"),
                    ("network.host", "cpf-fgt01"),
                    ("network.ipv4", "10.208.14.1"),
                ],
            ),
            (
                "servers SAL-VMS-REC01 to REC04; the depot wifi (SSID HDC-FLEET-SEC) is hidden",
                &[
                    ("network.host", "SAL-VMS-REC01"),
                    ("network.host", "REC04"),
                    ("network.ssid", "HDC-FLEET-SEC"),
                ],
            ),
            (
                "tenant is kvhtenants.b2clogin.com; login at kvh-tc.gov.uk/bt-admin. See kvh-tc.gov.uk/admin-fees and www.kvh.gov.uk/login",
                &[
                    ("network.host", "kvhtenants.b2clogin.com"),
                    ("network.url", "kvh-tc.gov.uk/bt-admin"),
                    ("network.url", "www.kvh.gov.uk/login"),
                ],
            ),
            // An account and its password as a pair; not a path or a choice.
            (
                "Capture PCs still log on as scan-admin / Vellum#2023, can you raise it? Use TCP / IP and/or staff / visitors. “a / b” \u{2003}x / y",
                &[
                    ("credential.account", "scan-admin"),
                    ("credential.password", "Vellum#2023"),
                ],
            ),
            // A question's last word is no password.
            ("Which password manager is used by IT staff? Is the key in PKCS#12 form?", &[]),
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
            // A tab ends a table's cell: a firm's name after "Key" and the next cell's
            // sum are no password.
            ("Midland Key Housing CIC\t£2,905,114\t121", &[]),
            ("Wi-Fi key\tGull!Reach42", &[("credential.password", "Gull!Reach42")]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    /// A server's own name, outside a domain name: found whole, and only the name.
    #[test]
    fn server_names() {
        let cases: &[(&str, &[&str])] = &[
            (
                "PACS images pass through KMT-PACS-GW02 to the archive.",
                &["KMT-PACS-GW02"],
            ),
            (
                "The domain controllers AVF-DC01 and AVF-DC02 replicate.",
                &["AVF-DC01", "AVF-DC02"],
            ),
            (
                "Finance runs on GLN-SQL03; files on GLN-FS02.",
                &["GLN-SQL03", "GLN-FS02"],
            ),
            (
                "Footage is held on MFRS-CCTV01 (Hikvision).",
                &["MFRS-CCTV01"],
            ),
            ("The app server WIN-SRV-APP2 hosts it.", &["WIN-SRV-APP2"]),
            ("a cluster, GLN-SQL-03, in the", &["GLN-SQL-03"]),
            (
                "printers LON1-PRN04 and HQ-NAS1",
                &["LON1-PRN04", "HQ-NAS1"],
            ),
            (
                "Exchange runs on BCC-EX01, hosted on BCC-HV03 and BCC-ESX02.",
                &["BCC-EX01", "BCC-HV03", "BCC-ESX02"],
            ),
            ("the system KMT-PACS01 stores", &["KMT-PACS01"]),
            ("log on to avf-dc01 first", &["avf-dc01"]),
            ("“AVF-DC01’s disk”", &["AVF-DC01"]),
            // The "srv-" names are the bare hosts': found once.
            ("and SRV-APP02 too", &["SRV-APP02"]),
            // A number alone at the end, after the role.
            (
                "RDP only from the jump host NCH-JMP-01 on port 3389.",
                &["NCH-JMP-01"],
            ),
            ("Scans from EOC-PC-0417 at", &["EOC-PC-0417"]),
            // The role first, then the site; a pair or range of hosts as one name.
            (
                "our firewall (FortiGate 600E pair, fw-hq-01/02) sits",
                &["fw-hq-01/02"],
            ),
            ("Citrix runs on CTX-RDS01-04 for", &["CTX-RDS01-04"]),
            (
                "The EPR server is kvh-epr-db01/02.kvh.local (10.21.30.11–12);",
                &["kvh-epr-db01/02.kvh.local"],
            ),
            (
                "a role and a padded number: SQL-01, sql-02.",
                &["SQL-01", "sql-02"],
            ),
            // A bare host inside a longer name: the whole name.
            ("The host WIN-SRV-2019 runs it.", &["WIN-SRV-2019"]),
            // After a word that says it is a host's, a name needs no role.
            (
                "copies go to the Wasabi bucket kvmh-imm-01 nightly",
                &["kvmh-imm-01"],
            ),
            (
                "a VM called Ledger-01 and the node \"KV-APP-7\"",
                &["Ledger-01", "KV-APP-7"],
            ),
            ("the appliance: LHB-EDGE-02.", &["LHB-EDGE-02"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.host")
                .map(|h| h.1)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        for text in [
            "During COVID-19 the PA-3220 firewall met ISO-27001.",
            "Case SG-23-1187 and CE/2024/00781 are closed.",
            "A-Z of Wi-Fi, UTF-8, SHA-256, MP4, 4G, H.264 and Windows-10.",
            "We use HMAC-SHA256, RC4-MD5, CHACHA20-POLY1305 and AMX-FP16.",
            "IBM-DB2 and SQL-2019, WIN-APP-2019, OFFICE-365 and MS-SQL2019.",
            "Read key-file1, libxcb-sync0, python-dev2 and tests-mx32.",
            "Request FOI-2024-03311 and UoE-FOI-2024-412 (KUL-FOI-24-0988).",
            "Mixed Kmt-Gw02 case, G101ICE-L01 and DAC-BJ01 boards.",
            "Paths /KMT-GW02/x, \\\\AVF-DC01\\share, --avf-dc01, kmt-gw02@example.org, AVF-DC01.log.",
            // References, years, dates, models and products.
            "See CVE-2024-1234, FOI-25-118, INC-2023-14471 and FW-NWSSP-2021-17 (a framework).",
            "On 2024-05-01 the DS-7732NI-K4 recorder, Covid-19 and SG-2024-00417 came up.",
            "Parts DB-25, MX-204, AP-515, EX-4300, CA-24-001, SW-2 and ap-northeast-1.",
            "Dates fw-hq-01/02/2024, DC-01/2x and the host (a variant called COVID-19).",
            "the server named Windows-10 and the box called SHA-256 or the host ISO-27001",
            "a pair fw-hq-1/2 in lowercase, web-app-2019 and 0044-20-7946",
            "Models SW5-017, GB-PC2, EUC-JISX0213 and codes AD-05; x86-svr4, SVr4 and SVR4.",
            "a method named \"XC-QUERY-SECURITY-1\" here",
        ] {
            let got: Vec<_> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.host")
                .collect();
            assert_eq!(got, vec![], "{text}");
        }
    }

    /// Wireless networks' names written without quotes, near the words about them.
    #[test]
    fn unquoted_ssids() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The staff SSID is Caldermere-Staff and the guest network is Caldermere-Guest.",
                &["Caldermere-Staff", "Caldermere-Guest"],
            ),
            ("SSIDs: BLT-Staff, BLT-Pupil, BLT-Guest", &["BLT-Staff", "BLT-Pupil", "BLT-Guest"]),
            ("Wi-Fi networks MFRS-CORP and MFRS-Visitor are", &["MFRS-CORP", "MFRS-Visitor"]),
            ("our Welsh SSIDs GCC-Ysgolion and GCC-Cymuned", &["GCC-Ysgolion", "GCC-Cymuned"]),
            (
                "The wireless service is run by IT. Staff connect to TU-Staff-5G (WPA2-Enterprise, EAP-TLS).",
                &["TU-Staff-5G"],
            ),
            ("Visitors use the wireless network Corp_Guest or StaffNet5G.", &["Corp_Guest", "StaffNet5G"]),
            ("The network names are HBC-Members and HBC-Public.", &["HBC-Members", "HBC-Public"]),
            ("Wi-Fi: Caldermere-WiFi (guest)", &["Caldermere-WiFi"]),
            // Quoted names are found once.
            ("the SSIDs “EM-Staff” and EM-Guest", &["EM-Staff", "EM-Guest"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.ssid")
                .map(|h| h.1)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        for text in [
            "Staff use eduroam, Wi-Fi 6 and WPA2-Enterprise with PEAP-MSCHAPv2 over 802.1X.",
            "Our wireless access points are Cisco Meraki MR46 and Aruba AP-515 (TP-Link at home).",
            "The Wi-Fi contract (VM-Series, ArubaOS-CX) was let in 2023 during COVID-19.",
            "Mr Tudor-Evans leads the wireless project with Anti-virus and Multi-Factor work.",
            "wifi: mt76: drop TXRX_NOTIFY on non-mmio buses and FIF_ALLMULTI, P2P_GO",
            "- wifi: mac80211: fix # of MSDU in A-MSDU and RX-NSS on SO-F",
            "GovWifi and FortiWiFi60F are on the wireless list; Wireless-AC 1550 cards too.",
            "wireless: support for B450M DS3H WIFI-CF boards",
            // "network namespace" is no network's name; a cue word before "é".
            "Set the PIN éé, then the network namespace BLT-Staff.",
            // Not near the words.
            "BLT-Staff is a team. The building has two floors. Wi-Fi is available.",
            // A name with the words on another line.
            "Staff use BLT-Staff.\nThe wireless network is fast.",
        ] {
            let got: Vec<_> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.ssid")
                .collect();
            assert_eq!(got, vec![], "{text}");
        }
    }

    /// Networks' names by what people do with them, by what the draft says of them, and
    /// wherever else they stand; a public service's for review.
    #[test]
    fn more_ssids() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            (
                "Visitors connect to \"RavensdaleFree\". Staff use \"RNPA-Corp\" on VLAN 20.",
                &[
                    ("network.ssid", "RavensdaleFree"),
                    ("network.ssid", "RNPA-Corp"),
                ],
            ),
            (
                "Guests connected to the “Hall Guest” and",
                &[("network.ssid", "Hall Guest")],
            ),
            (
                "Staff use RNPA-Corp on VLAN 20 and pupils RNPA-Pupil.",
                &[("network.ssid", "RNPA-Corp"), ("network.ssid", "RNPA-Pupil")],
            ),
            (
                "The guest SSID is RavensdaleFree; SSID: GuestNet.",
                &[
                    ("network.ssid", "RavensdaleFree"),
                    ("network.ssid", "GuestNet"),
                ],
            ),
            (
                "Three networks are broadcast: eduroam, Caldermere-Staff and Caldermere-IoT.\nDevices on Caldermere-IoT are placed on a VLAN of their own.",
                &[
                    ("network.ssid", "Caldermere-Staff"),
                    ("network.ssid", "Caldermere-IoT"),
                    ("network.ssid", "Caldermere-IoT"),
                ],
            ),
            (
                "Visitors may use GovWifi; the SSID “GovWiFi” is broadcast.",
                &[
                    ("network.ssid_public", "GovWifi"),
                    ("network.ssid_public", "GovWiFi"),
                ],
            ),
            // A name of one plain word is not looked for elsewhere.
            (
                "the SSID “Guest” is open. Guest access is logged.",
                &[("network.ssid", "Guest")],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<(&str, &str)> = hits(text)
                .into_iter()
                .filter(|h| h.0.starts_with("network.ssid"))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        for text in [
            "Staff and students use eduroam across all campuses.",
            "The SSID is hidden; SSIDs are broadcast; SSID Broadcast is off; SSID WPA3-Personal.",
            "Users connect to the VPN, then connect to \"shared\" drives.",
            "The “Staff Forum” met; Forum-Staff is a team. We connect to partners.",
            "Mr Tudor-Evans moved VLAN 30; PCI-DSS VLAN 40 and Windows-10 VLAN 50.",
        ] {
            let got: Vec<_> = hits(text)
                .into_iter()
                .filter(|h| h.0.starts_with("network.ssid"))
                .collect();
            assert_eq!(got, vec![], "{text}");
        }
    }

    /// Ports with the word or protocol that says so, each of a list, after a service.
    #[test]
    fn ports() {
        let cases: &[(&str, &[&str])] = &[
            ("open on port 3389.", &["port 3389"]),
            ("RDP on TCP 3389 from", &["TCP 3389"]),
            ("IKE uses UDP 500 and", &["UDP 500"]),
            ("ports 80 and 443 only", &["ports 80", "443"]),
            ("ports 80, 443 and 8443.", &["ports 80", "443", "8443"]),
            ("on TCP/443, and", &["TCP/443"]),
            ("TCP 80/443 to the DMZ", &["TCP 80", "443"]),
            ("TCP port 22 (SSH)", &["TCP port 22"]),
            ("ports 49152-65535 and", &["ports 49152-65535"]),
            ("ports 5060–5061 for SIP", &["ports 5060–5061"]),
            ("port 8000 to 8100", &["port 8000 to 8100"]),
            ("port 3389/tcp is", &["port 3389/tcp"]),
            ("allow 3389/tcp and 53/UDP in", &["3389/tcp", "53/UDP"]),
            ("RDP (3389) is still open", &["3389"]),
            ("SSH (22), HTTPS (443)", &["22", "443"]),
            ("port 443, 10 servers", &["port 443"]),
            ("port 2016-03 and port 80-79", &["port 2016", "port 80"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.port")
                .map(|h| h.1)
                .collect();
            assert_eq!(got, *want, "{text}");
        }
        for text in [
            "TCP 10.2 and UDP 1.3 are versions; port 1 is not.",
            "SMB (2019) and SQL (2016), port of Dover, a file x3389/tcp, v1.3389/tcp",
            "tcpdump 3389/tcpx, RDP (3), RDP(123456)",
            "the VMS port\n\n2016-03-25 and WIN32 ports\n15. Then no port 64-bit defines",
        ] {
            let got: Vec<_> = hits(text)
                .into_iter()
                .filter(|h| h.0 == "network.port")
                .collect();
            assert_eq!(got, vec![], "{text}");
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
pub(crate) mod cued {
    use crate::detect::cues::Cue;

    /// A draft with every cue word, in several cases and shapes.
    pub(crate) const TRICKY: &str = r#"
Password: Tr0ub4dor&3, PIN 4471; pass code 9911. Pre-shared key "Kx9-Lm2p". wi-fi key: Wifi2024! WiFi key = Hx7! network key abc12345
Login admin01, log-in j.smith, log-in: j.smith, user name j_bloggs2, username sysadm1n, User ID ops-77, account "svc.backup".
api_key: ABCDEFGHIJKLMNOP1234, API key = sk-abcdefghijklmnopq, client_secret=abcdefghijklmnop1, access-key: AAAABBBBCCCCDDDD
sk_live_abcdefghijklmnop1234 ghp_abcdefghijklmnop1234 AKIAABCDEFGHIJKLMNOP xoxb-123456789012-abc token: abcdefabcdef123
Staff number 12345678, payroll no. 87654321 and 11223344, Patient ID: AB1234567, pupil references 1234567 & 7654321.
Case reference CR/2023/001, PCN AB12345678, (reference 99-1234), complaint ref. C12345, crime number 41/12345/23, Tribunal case number 1234567/2023, incident number INC0012345, claim no. 55555.
PC 4471 Smith, PCSO. 1234, Sgt 55555, collar number 1234, Warrant no. 99887, shoulder 4321, Dogcollar 1234.
VLAN 10, VLANs 20-30, VLAN ID 100 to 200, vlan
 40, port 3389, ports 80, TCP/443, UDP port 161, tcp 22. RDP (3389), https (443), WinRM(5985), 3389/tcp.
https://intranet.example.local/path, http://10.1.2.3:8080/x, HTTPS://Portal.corp/login.
"#;

    #[test]
    fn cued_patterns_find_what_a_whole_text_search_finds() {
        let d = super::NetworkDetector::new();
        let corpus = crate::detect::test_corpus(200_000);
        for text in [TRICKY, &corpus] {
            d.ipv4.assert_windows_agree(text);
            d.bare_host.assert_whole_text_agrees(Cue::Host, text);
            d.url.assert_whole_text_agrees(Cue::Url, text);
            d.vlan.assert_whole_text_agrees(Cue::Vlan, text);
            d.port.assert_whole_text_agrees(Cue::Port, text);
            d.secret_cue.assert_whole_text_agrees(Cue::Secret, text);
            d.account_cue.assert_whole_text_agrees(Cue::Account, text);
            d.key.assert_whole_text_agrees(Cue::Key, text);
            d.ipv6.assert_starts_agree(text, &super::ipv6_starts(text));
            d.unc.assert_starts_agree(text, &super::unc_starts(text));
            d.mac.assert_starts_agree(text, &super::mac_starts(text));
            d.fqdn.assert_starts_agree(text, &super::host_starts(text));
            d.site_host
                .assert_starts_agree(text, &super::hyphen_starts(text));
        }
        for text in [
            "00:1a:2B:3c:4d:5e 00-1A-2B-3C-4D-5E 001a.2b3c.4d5e x00:1a:2b:3c:4d:5e",
            "0:00:1a:2b:3c:4d:5e:6f 001a.2b3c.4d5e.6f7a a.b:cd:ef:01:23:45",
            "srv01.corp.local, a-b.example x_y.z -a.b a..b .a a. é.b éa.b 4.5 ab.c-d.e",
            "mail.example.org@x, /srv.a.b, 'srv-fs01.ad.example.local'.",
        ] {
            d.mac.assert_starts_agree(text, &super::mac_starts(text));
            d.fqdn.assert_starts_agree(text, &super::host_starts(text));
            d.site_host
                .assert_starts_agree(text, &super::hyphen_starts(text));
        }
        for text in [
            "KMT-PACS-GW02 a--b-c -x-y é-a-b x_-y_z- -- a- -b a-b-",
            "x-y-é-z_1-2 GLN-SQL-03, avf-dc01.",
        ] {
            d.site_host
                .assert_starts_agree(text, &super::hyphen_starts(text));
        }
    }

    /// A long run of hyphenated words before a dot is tried once, from its first word,
    /// not from each (which read the run again for each: quadratic on a long paste).
    #[test]
    fn one_host_start_per_run() {
        let text = format!("{}a.b_ x", "a-".repeat(10_000));
        assert_eq!(super::host_starts(&text), [0]);
        assert_eq!(super::host_starts("see a-b.c and -x-y.z"), [4, 15]);
    }

    /// A list of role-named hosts ("NVR01 and NVR02 and …") is walked once: each name
    /// found once, not each again from every name before it (quadratic, and thousands
    /// of findings for each name of a long paste).
    #[test]
    fn a_list_of_hosts_is_walked_once() {
        let text = "NVR01 and ".repeat(500);
        let cues = crate::detect::cues::CueHits::scan(&text);
        let mut out = Vec::new();
        super::find_plain_hosts(&text, &cues, &mut out);
        assert_eq!(out.len(), 500);
        let mut spans: Vec<_> = out.iter().map(|h| (h.1, h.2)).collect();
        spans.dedup();
        assert_eq!(spans.len(), 500);
    }

    /// Thousands of networks' names and servers' names on one line: each name is
    /// compared with the others through one table (by first part), and each server's
    /// name finds the bare hosts inside it by a binary search; not each against all.
    #[test]
    fn many_names_on_one_line() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!(
                "SSID Guest{i}Net, \"Net-Guest\" on VLAN 3, WIN-SRV-{:02} ",
                i % 99
            ));
        }
        let mut out = Vec::new();
        super::NetworkDetector::new().find(
            &text,
            &crate::document::Document::parse(&text),
            &crate::detect::cues::CueHits::scan(&text),
            &mut out,
        );
        let count = |d: &str| out.iter().filter(|h| h.0 == d).count();
        assert_eq!(count("network.host"), 20_000);
        assert_eq!(count("network.vlan"), 20_000);
        assert_eq!(count("network.ssid"), 40_000);
    }

    /// A long run of hyphenated words is one start: the later words are inside the
    /// first one's match.
    #[test]
    fn one_hyphen_start_per_run() {
        let text = format!("{}a x", "a-".repeat(10_000));
        assert_eq!(super::hyphen_starts(&text), [0]);
        assert_eq!(super::hyphen_starts("see a-b-c and --x-y_z"), [4, 16]);
    }

    /// See `detect::EVERY_PATTERN`.
    #[test]
    fn the_every_pattern_file_needs_every_pattern() {
        let d = super::NetworkDetector::new();
        crate::detect::cues::assert_every_pattern_needed(
            |text, doc, cues| d.find(text, doc, cues, &mut Vec::new()),
            &[
                &d.ipv4,
                &d.ipv6,
                &d.mac,
                &d.fqdn,
                &d.bare_host,
                &d.site_host,
                &d.unc,
                &d.url,
                &d.quoted,
                &d.ssid_word,
                &d.vlan,
                &d.port,
                &d.secret_cue,
                &d.account_cue,
                &d.key,
            ],
        );
    }

    proptest::proptest! {
        /// Any text of the characters these patterns turn on: the starts miss no match.
        #[test]
        fn mac_and_host_starts_miss_no_match(text in crate::detect::texts_of(
            &["a", "F", "0", "9", "g", "-", ".", ":", "_", " ", "é", "K", "ab", "1f"], 40)) {
            let d = super::NetworkDetector::new();
            d.mac.assert_starts_agree(&text, &super::mac_starts(&text));
            d.fqdn.assert_starts_agree(&text, &super::host_starts(&text));
            d.site_host.assert_starts_agree(&text, &super::hyphen_starts(&text));
        }
    }
}
