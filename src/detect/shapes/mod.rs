//! Hand-written matchers for the detectors' fixed patterns: one function per pattern,
//! giving exactly the match and groups its regular expression gives (leftmost-first,
//! as the `regex` crate), anchored at a start and bounded by a limit. They replace a
//! regex engine in the shipped code: nothing is compiled at start-up or mid-scan, and
//! the .wasm carries no regex parser or compiler. The tests check each matcher against
//! the regular expression, which stays as its specification.
//!
//! One deliberate difference: in Unicode mode, `(?i)` also folds 'ſ' (U+017F) to "s" and
//! the Kelvin sign (U+212A) to "k"; the matchers fold ASCII letters only.

mod company;
mod cyber;
pub(crate) use cyber::PORT_SERVICES;
mod digits;
mod labels;
mod plain;
mod unicode;

/// The street matcher, anchored: the identifiers' pass for streets without a postcode
/// tries it at house numbers only.
pub(crate) use unicode::street_at;

/// The firm's-name matcher, for the tests of the company detector's own driver.
#[cfg(test)]
pub(crate) use company::company_at as company_at_for_tests;

/// A match and its capture groups, as byte ranges of the text: `groups[0]` is the
/// pattern's group 1, `groups[1]` its group 2 (`None`: the group took no part).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Caps {
    pub start: usize,
    pub end: usize,
    pub groups: [Option<(usize, usize)>; 2],
}

impl Caps {
    /// A match with no groups.
    pub(crate) fn span(start: usize, end: usize) -> Caps {
        Caps {
            start,
            end,
            groups: [None, None],
        }
    }

    /// The whole match.
    pub(crate) fn whole(&self) -> Match {
        Match {
            start: self.start,
            end: self.end,
        }
    }

    /// Group `i` (1 or 2), if it took part.
    pub(crate) fn get_group(&self, i: usize) -> Option<Span> {
        let (start, end) = self.groups.get(i.wrapping_sub(1)).copied().flatten()?;
        Some(Span { start, end })
    }
}

/// A whole match's place in the text (read as regex-automata's `Match` is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    start: usize,
    end: usize,
}

impl Match {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

/// A group's place in the text (read as regex-automata's `Span` is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
}

/// An ASCII word byte, as `(?-u:\b)` sees it: `[0-9A-Za-z_]`; every non-ASCII byte is a
/// non-word byte.
#[inline(always)]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Is the byte just before `i` a word byte (false at the start of the text)? Look-arounds
/// see the whole text, also before a search's start.
#[inline(always)]
fn word_before(t: &[u8], i: usize) -> bool {
    i > 0 && is_word(t[i - 1])
}

/// Is the byte at `i` a word byte (false at the end of the text)? Look-arounds see the
/// whole text, also past a search's limit.
#[inline(always)]
fn word_at(t: &[u8], i: usize) -> bool {
    i < t.len() && is_word(t[i])
}

/// One fixed pattern's matcher.
pub(crate) trait Shape {
    /// The regular expression it implements exactly (its tests compare the two).
    #[cfg(test)]
    const PATTERN: &'static str;
    /// Can a match start with this byte? (Scans of a window skip the others.)
    fn can_start(b: u8) -> bool;
    /// The leftmost-first match that starts exactly at `at` and ends at or before
    /// `limit` (`at <= limit <= text.len()`, both on character boundaries), as an
    /// anchored search of `text[at..limit]`; look-arounds see the whole `text`.
    fn at(text: &str, at: usize, limit: usize) -> Option<Caps>;
}

macro_rules! shape {
    ($(#[$doc:meta])* $name:ident, $pattern:path, $at:path, $can_start:expr) => {
        $(#[$doc])*
        pub(crate) struct $name;
        impl Shape for $name {
            #[cfg(test)]
            const PATTERN: &'static str = $pattern;
            #[inline]
            fn can_start(b: u8) -> bool {
                let can_start: fn(u8) -> bool = $can_start;
                can_start(b)
            }
            #[inline]
            fn at(text: &str, at: usize, limit: usize) -> Option<Caps> {
                $at(text, at, limit)
            }
        }
    };
}

/// The reference the matchers' tests compare them with: regex-automata's meta engine,
/// anchored at `at` and bounded by `limit`, as the scanner once ran the patterns.
#[cfg(test)]
pub(crate) mod reference {
    use super::Caps;

    pub(crate) struct Reference {
        re: regex_automata::meta::Regex,
    }

    impl Reference {
        pub(crate) fn new(pattern: &str) -> Reference {
            Reference {
                re: regex_automata::meta::Regex::new(pattern).expect("valid pattern"),
            }
        }

        pub(crate) fn at(&self, text: &str, at: usize, limit: usize) -> Option<Caps> {
            use regex_automata::{Anchored, Input};
            let mut caps = self.re.create_captures();
            let input = Input::new(text).range(at..limit).anchored(Anchored::Yes);
            self.re.search_captures(&input, &mut caps);
            let m = caps.get_match()?;
            let g = |i| caps.get_group(i).map(|s| (s.start, s.end));
            Some(Caps {
                start: m.start(),
                end: m.end(),
                groups: [g(1), g(2)],
            })
        }
    }

    /// Checks `got` against the reference for every start and limit of `text` (short
    /// texts).
    pub(crate) fn check_all(
        reference: &Reference,
        text: &str,
        got: impl Fn(&str, usize, usize) -> Option<Caps>,
    ) {
        let b: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (i, &at) in b.iter().enumerate() {
            for &limit in &b[i..] {
                assert_eq!(
                    got(text, at, limit),
                    reference.at(text, at, limit),
                    "text {text:?} at {at} limit {limit}"
                );
            }
        }
    }

    /// Checks `got` against the reference at every start of `text`, with the limit at
    /// the end and a few characters on (longer texts).
    pub(crate) fn check_starts(
        reference: &Reference,
        text: &str,
        got: impl Fn(&str, usize, usize) -> Option<Caps>,
    ) {
        let b: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (i, &at) in b.iter().enumerate() {
            for &limit in [text.len()].iter().chain(b.get(i + 3)).chain(b.get(i + 11)) {
                assert_eq!(
                    got(text, at, limit),
                    reference.at(text, at, limit),
                    "text {text:?} at {at} limit {limit}"
                );
            }
        }
    }
}

// Digit-led, tried in the windows around a draft's digits.
shape!(
    /// An NHS number: "943 476 5919" (groups: the two separators).
    Nhs, digits::NHS, digits::nhs_at, |b| b.is_ascii_digit()
);
shape!(
    /// A National Insurance number: "AB 12 34 56 C".
    Ni, digits::NI, digits::ni_at, |b| b.is_ascii_uppercase()
);
shape!(
    /// A UK postcode: "SW1A 1AA".
    Postcode, digits::POSTCODE, digits::postcode_at, |b| b.is_ascii_uppercase()
);
shape!(
    /// A vehicle registration: "LD68 YHK".
    Vehicle, digits::VEHICLE, digits::vehicle_at, |b| b.is_ascii_uppercase()
);
shape!(
    /// An IPv4 address, with or without a prefix length: "10.1.2.3/24".
    Ipv4, digits::IPV4, digits::ipv4_at, |b| b.is_ascii_digit()
);

// ASCII shapes, tried where the detectors' own scans say they can start.
shape!(
    /// A date: "14/03/1941", "1st January 2001", "September 21st, 2023".
    Date, plain::DATE, plain::date_at, |b| b.is_ascii_alphanumeric()
);
shape!(
    /// A MAC address: "00:1a:2b:3c:4d:5e", "001a.2b3c.4d5e".
    Mac, plain::MAC, plain::mac_at, |b| b.is_ascii_hexdigit()
);
shape!(
    /// A dotted host name: "fs01.corp.local".
    Fqdn, plain::FQDN, plain::fqdn_at, |b| b.is_ascii_alphanumeric()
);
shape!(
    /// A server's name by its prefix: "srv-fs01", "SVR02".
    BareHost, plain::BARE_HOST, plain::bare_host_at, |b| matches!(b, b's' | b'S')
);
shape!(
    /// Words joined by hyphens, a server's name perhaps: "KMT-PACS-GW02", "avf-dc01".
    Hyphenated, plain::HYPHENATED, plain::hyphenated_at, |b| b.is_ascii_alphanumeric() || b == b'_'
);
shape!(
    /// A word, or words joined by hyphens, a wireless network's name perhaps:
    /// "Caldermere-Guest", "TU-Staff-5G", "Corp_Guest".
    WordChain, plain::WORD_CHAIN, plain::word_chain_at, |b| b.is_ascii_alphanumeric() || b == b'_'
);
shape!(
    /// A UNC path: "\\srv-fs01\share".
    Unc, plain::UNC, plain::unc_at, |b| b == b'\\'
);

// Shapes with Unicode letters or quotes.
shape!(
    /// A house number and street: "12 Acacia Grove", "Flat 3, 4 Heol y Bont".
    Street, unicode::STREET, unicode::street_at, |b| b.is_ascii_digit()
        || matches!(b, b'F' | b'A' | b'U' | b'R')
);
shape!(
    /// A quoted name (an SSID): "“Corp-WiFi”" (group 1: the name).
    Quoted, unicode::QUOTED, unicode::quoted_at, |b| matches!(b, b'"' | b'\'' | 0xE2)
);
shape!(
    /// An IPv6 address: "fe80::1ff:fe23:4567:890a".
    Ipv6, unicode::IPV6, unicode::ipv6_at, |b| b.is_ascii_hexdigit() || b == b':'
);

// After a label word.
shape!(
    /// A police officer's number: "PC 4471", "collar number 4471" (group 1 or 2).
    Collar, labels::COLLAR, labels::collar_at, |b| b.is_ascii_alphabetic()
);
shape!(
    /// Staff, payroll or patient numbers: "payroll no. 30117842" (group 1: the list).
    Numbered, labels::NUMBERED, labels::numbered_at, |b| b.is_ascii_alphabetic()
);
shape!(
    /// A case or complaint reference: "case ref: CR-2023/0412" (group 1: the reference).
    CaseRef, labels::CASE_REF, labels::case_ref_at, |b| b.is_ascii_alphabetic() || b == b'('
);

// Cyber detail after its label.
shape!(
    /// A web address: "https://intranet.example.local/x".
    Url, cyber::URL, cyber::url_at, |b| matches!(b, b'h' | b'H')
);
shape!(
    /// A VLAN and its number: "VLAN 10", "VLANs 10–20".
    Vlan, cyber::VLAN, cyber::vlan_at, |b| matches!(b, b'v' | b'V')
);
shape!(
    /// A port: "port 3389", "TCP/443" (group 1 or 2: the number).
    Port, cyber::PORT, cyber::port_at, |b| b.is_ascii_alphabetic()
);
shape!(
    /// A word that names a secret: "password", "PIN", "pre-shared key".
    SecretCue, cyber::SECRET_CUE, cyber::secret_cue_at, |b| b.is_ascii_alphabetic()
);
shape!(
    /// An account name after its label: "user name j.smith" (group 1: the name).
    AccountCue, cyber::ACCOUNT_CUE, cyber::account_cue_at, |b| b.is_ascii_alphabetic()
);
shape!(
    /// An API key or token: "api_key = …", "sk_live_…".
    Key, cyber::KEY, cyber::key_at, |b| b.is_ascii_alphabetic()
);

shape!(
    /// A firm's name that says it supplies IT, up to its legal ending:
    /// "Kestrel Security Systems Ltd".
    Company, company::COMPANY, company::company_at, |b| b.is_ascii_uppercase()
);
