//! Cyber detail after its label: URLs, VLANs, ports, secrets, account names, API keys.
//!
//! Every matcher gives exactly the leftmost-first anchored match of its pattern over
//! `text[at..limit]`, with `(?-u:\b)` looking at the whole `text`. No allocation, no
//! recursion, no `unsafe`; the work is linear in the text examined.
//! Case-insensitivity is ASCII only (the regex also folds 'ſ' and the Kelvin sign).

use super::{is_word, Caps};

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const URL: &str = r#"(?i)(?-u:\b)https?://[^\s<>"'()\[\]]+"#;
/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const VLAN: &str =
    r"(?i)(?-u:\b)VLANs?(?:\s+IDs?)?\s+[0-9]{1,4}(?:\s*(?:[–—-]|to)\s*[0-9]{1,4})?";
/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const PORT: &str = r"(?i)(?-u:\b)(?:(?:TCP|UDP)(?:/|\s+))?ports?\s+([0-9]{2,5})(?-u:\b)|(?-u:\b)(?:TCP|UDP)(?:/|\s+)([0-9]{2,5})(?-u:\b)|(?-u:\b)(?:RDP|SSH|SMB|HTTPS|HTTP|LDAPS|LDAP|SNMP|SMTP|DNS|VNC|WinRM|Telnet|SFTP|FTP)\s*\([0-9]{2,5}\)";
/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const SECRET_CUE: &str = r"(?i)(?-u:\b)(?:password|passwords|pw|pwd|passphrase|passcode|pass code|pre-shared[- ]key|psk|wi-?fi key|network key|key|pin|credentials?|login|client secret|shared secret)(?-u:\b)";
/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const ACCOUNT_CUE: &str = r"(?i)(?-u:\b)(?:account|user ?name|user id|login|log-in)\s+(?:name\s+)?[“'\x22]?([a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+|[a-z]+[0-9]+[a-z0-9]*)(?-u:\b)";
/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const KEY: &str = r"(?i)(?-u:\b)(?:api[_ -]?key|secret|token|client[_ -]?secret|access[_ -]?key)\s*[:=]\s*[A-Za-z0-9_\-./+=]{12,}|(?-u:\b)(?:sk_live_|ghp_|AKIA|xox[bp]-)[A-Za-z0-9_\-]{12,}";

// ---------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------

/// `(?-u:\b)` before a word byte at `at`: the byte before must be a non-word byte (or
/// the start of the text).
#[inline]
fn boundary_before_word(t: &[u8], at: usize) -> bool {
    at == 0 || !is_word(t[at - 1])
}

/// `(?-u:\b)` after a word byte ending at `end`: the byte at `end` (whole text) must be
/// a non-word byte (or the end of the text).
#[inline]
fn boundary_after_word(t: &[u8], end: usize) -> bool {
    match t.get(end) {
        Some(&b) => !is_word(b),
        None => true,
    }
}

/// First-byte check shared by every matcher: validates the preconditions cheaply and
/// returns the first byte lower-cased (ASCII), or `None` when nothing can match.
#[inline]
fn first_lower(t: &[u8], at: usize, limit: usize) -> Option<u8> {
    if at >= limit || limit > t.len() {
        return None;
    }
    Some(t[at] | 0x20)
}

/// ASCII case-insensitive literal `lit` (given lower-case; non-letters exact) at `pos`,
/// ending at or before `limit`.
#[inline]
fn lit_ci(t: &[u8], pos: usize, limit: usize, lit: &[u8]) -> bool {
    match pos.checked_add(lit.len()) {
        Some(end) if end <= limit => t[pos..end]
            .iter()
            .zip(lit)
            .all(|(&a, &b)| a.to_ascii_lowercase() == b),
        _ => false,
    }
}

/// Greedy `\s*` (Unicode White_Space) from `pos`, stopping at `limit`.
#[inline]
fn skip_ws(text: &str, mut pos: usize, limit: usize) -> usize {
    let t = text.as_bytes();
    while pos < limit {
        let b = t[pos];
        if b < 0x80 {
            if (b as char).is_whitespace() {
                pos += 1;
            } else {
                break;
            }
        } else {
            match text.get(pos..limit).and_then(|s| s.chars().next()) {
                Some(c) if c.is_whitespace() => pos += c.len_utf8(),
                _ => break,
            }
        }
    }
    pos
}

/// Greedy run of bytes satisfying `f` from `pos`, at most `max` of them, before `limit`.
#[inline]
fn run(t: &[u8], mut pos: usize, limit: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    let stop = limit.min(pos.saturating_add(max));
    while pos < stop && f(t[pos]) {
        pos += 1;
    }
    pos
}

#[inline]
fn digit_at(t: &[u8], pos: usize, limit: usize) -> bool {
    pos < limit && t[pos].is_ascii_digit()
}

#[inline]
fn caps(start: usize, end: usize, g1: Option<(usize, usize)>, g2: Option<(usize, usize)>) -> Caps {
    Caps {
        start,
        end,
        groups: [g1, g2],
    }
}

// ---------------------------------------------------------------------------------------
// URL
// ---------------------------------------------------------------------------------------

/// The leftmost-first match of [`URL`] that starts exactly at `at` and ends at or before
/// `limit`.
pub(crate) fn url_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if first_lower(t, at, limit)? != b'h'
        || !lit_ci(t, at, limit, b"http")
        || !boundary_before_word(t, at)
    {
        return None;
    }
    // `s?` is greedy; without it the `:` would have to be where the `s` is.
    let mut p = at + 4;
    if lit_ci(t, p, limit, b"s") {
        p += 1;
    }
    if !lit_ci(t, p, limit, b"://") {
        return None;
    }
    p += 3;
    let start = p;
    for c in text.get(p..limit)?.chars() {
        if c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']') {
            break;
        }
        p += c.len_utf8();
    }
    if p == start {
        return None;
    }
    Some(caps(at, p, None, None))
}

// ---------------------------------------------------------------------------------------
// VLAN
// ---------------------------------------------------------------------------------------

/// The leftmost-first match of [`VLAN`] that starts exactly at `at` and ends at or before
/// `limit`.
pub(crate) fn vlan_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if first_lower(t, at, limit)? != b'v'
        || !lit_ci(t, at, limit, b"vlan")
        || !boundary_before_word(t, at)
    {
        return None;
    }
    let mut p = at + 4;
    // `s?`: a following `s` can never start `\s`, so taking it is the only option.
    if lit_ci(t, p, limit, b"s") {
        p += 1;
    }
    let w1 = skip_ws(text, p, limit);
    if w1 == p {
        return None;
    }
    // `(?:\s+IDs?)?` first (it needs `\s+` then a digit after it), else straight digits.
    let mut digits = None;
    if lit_ci(t, w1, limit, b"id") {
        let mut q = w1 + 2;
        if lit_ci(t, q, limit, b"s") {
            q += 1;
        }
        let w2 = skip_ws(text, q, limit);
        if w2 > q && digit_at(t, w2, limit) {
            digits = Some(w2);
        }
    }
    let d = match digits {
        Some(d) => d,
        None if digit_at(t, w1, limit) => w1,
        None => return None,
    };
    // `[0-9]{1,4}` greedy: fewer digits leave a digit where the tail needs `\s`/dash/`to`.
    let mut end = run(t, d, limit, 4, |b| b.is_ascii_digit());
    // Optional tail `\s*(?:[–—-]|to)\s*[0-9]{1,4}`.
    let q = skip_ws(text, end, limit);
    let r = if lit_ci(t, q, limit, b"-") {
        Some(q + 1)
    } else if lit_ci(t, q, limit, "–".as_bytes()) || lit_ci(t, q, limit, "—".as_bytes()) {
        Some(q + 3)
    } else if lit_ci(t, q, limit, b"to") {
        Some(q + 2)
    } else {
        None
    };
    if let Some(r) = r {
        let r2 = skip_ws(text, r, limit);
        if digit_at(t, r2, limit) {
            end = run(t, r2, limit, 4, |b| b.is_ascii_digit());
        }
    }
    Some(caps(at, end, None, None))
}

// ---------------------------------------------------------------------------------------
// PORT
// ---------------------------------------------------------------------------------------

/// `([0-9]{2,5})(?-u:\b)`: only the greedy count can be followed by a boundary (fewer
/// digits are followed by a digit).
#[inline]
fn port_digits(t: &[u8], d: usize, limit: usize) -> Option<usize> {
    let e = run(t, d, limit, 5, |b| b.is_ascii_digit());
    if e - d >= 2 && boundary_after_word(t, e) {
        Some(e)
    } else {
        None
    }
}

/// The services whose port the third branch of [`PORT`] gives in brackets ("RDP
/// (3389)"), in the pattern's order (lower case); the network detector also reads a
/// port after them ("HTTP 8080").
pub(crate) const PORT_SERVICES: [&[u8]; 15] = [
    b"rdp", b"ssh", b"smb", b"https", b"http", b"ldaps", b"ldap", b"snmp", b"smtp", b"dns", b"vnc",
    b"winrm", b"telnet", b"sftp", b"ftp",
];

/// The leftmost-first match of [`PORT`] that starts exactly at `at` and ends at or before
/// `limit`. Group 1 is the port of the first branch, group 2 that of the second; the
/// third ("RDP (3389)") has no group: its port is in the brackets at its end.
pub(crate) fn port_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    let c = first_lower(t, at, limit)?;
    if !boundary_before_word(t, at) {
        return None;
    }
    let proto = lit_ci(t, at, limit, b"tcp") || lit_ci(t, at, limit, b"udp");
    // `(?:/|\s+)` after "TCP" or "UDP": where it ends.
    let after_proto = || {
        let q = at + 3;
        if lit_ci(t, q, limit, b"/") {
            Some(q + 1)
        } else {
            let w = skip_ws(text, q, limit);
            (w > q).then_some(w)
        }
    };
    // Branch 1: optional `(?:TCP|UDP)(?:/|\s+)` (starts with t/u, "port" with p).
    let ports_start = if c == b'p' {
        Some(at)
    } else if proto {
        after_proto()
    } else {
        None
    };
    if let Some(p) = ports_start {
        if lit_ci(t, p, limit, b"port") {
            let mut q = p + 4;
            if lit_ci(t, q, limit, b"s") {
                q += 1;
            }
            let w = skip_ws(text, q, limit);
            if w > q {
                if let Some(e) = port_digits(t, w, limit) {
                    return Some(caps(at, e, Some((w, e)), None));
                }
            }
        }
    }
    // Branch 2: `(?:TCP|UDP)(?:/|\s+)([0-9]{2,5})\b`.
    if proto {
        if let Some(d) = after_proto() {
            if let Some(e) = port_digits(t, d, limit) {
                return Some(caps(at, e, None, Some((d, e))));
            }
        }
    }
    // Branch 3: a service, then its port in brackets. `[0-9]{2,5}\)`: only the greedy
    // count can be followed by the bracket (fewer digits are followed by a digit).
    for name in PORT_SERVICES {
        if name[0] == c && lit_ci(t, at, limit, name) {
            let b = skip_ws(text, at + name.len(), limit);
            if !lit_ci(t, b, limit, b"(") {
                continue;
            }
            let e = run(t, b + 1, limit, 5, |x| x.is_ascii_digit());
            if e - (b + 1) >= 2 && lit_ci(t, e, limit, b")") {
                return Some(caps(at, e + 1, None, None));
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// SECRET_CUE
// ---------------------------------------------------------------------------------------

/// The alternatives in pattern order (classes and optional parts expanded in the order
/// the backtracker tries them). Each ends in a letter, so the trailing `\b` needs a
/// non-word byte after it.
const SECRET_ALTS: [&[u8]; 20] = [
    b"password",
    b"passwords",
    b"pw",
    b"pwd",
    b"passphrase",
    b"passcode",
    b"pass code",
    b"pre-shared-key",
    b"pre-shared key",
    b"psk",
    b"wi-fi key",
    b"wifi key",
    b"network key",
    b"key",
    b"pin",
    b"credentials",
    b"credential",
    b"login",
    b"client secret",
    b"shared secret",
];

/// The leftmost-first match of [`SECRET_CUE`] that starts exactly at `at` and ends at or
/// before `limit`.
pub(crate) fn secret_cue_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    let c = first_lower(t, at, limit)?;
    if !matches!(c, b'p' | b'w' | b'n' | b'k' | b'c' | b'l' | b's') || !boundary_before_word(t, at)
    {
        return None;
    }
    for alt in SECRET_ALTS.iter() {
        if alt[0] == c && lit_ci(t, at, limit, alt) && boundary_after_word(t, at + alt.len()) {
            return Some(caps(at, at + alt.len(), None, None));
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// ACCOUNT_CUE
// ---------------------------------------------------------------------------------------

#[inline]
fn alnum_run(t: &[u8], pos: usize, limit: usize) -> usize {
    run(t, pos, limit, usize::MAX, |b| b.is_ascii_alphanumeric())
}

/// `[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+` then `\b`: every alphanumeric run is taken whole
/// (a shorter one leaves an alphanumeric that is neither a separator nor a boundary), so
/// the backtracker's answer is the end of the last repetition followed by a boundary.
fn account_alt_a(t: &[u8], s: usize, limit: usize) -> Option<usize> {
    if !(s < limit && t[s].is_ascii_alphabetic()) {
        return None;
    }
    let mut e = alnum_run(t, s + 1, limit);
    let mut best = None;
    while e < limit && matches!(t[e], b'-' | b'_' | b'.') {
        let f = alnum_run(t, e + 1, limit);
        if f == e + 1 {
            break;
        }
        e = f;
        if boundary_after_word(t, e) {
            best = Some(e);
        }
    }
    best
}

/// `[a-z]+[0-9]+[a-z0-9]*` then `\b`: letters, at least one digit, then the whole
/// alphanumeric run; no shorter split can end on a boundary.
fn account_alt_b(t: &[u8], s: usize, limit: usize) -> Option<usize> {
    if !(s < limit && t[s].is_ascii_alphabetic()) {
        return None;
    }
    let l = run(t, s, limit, usize::MAX, |b| b.is_ascii_alphabetic());
    if !digit_at(t, l, limit) {
        return None;
    }
    let e = alnum_run(t, l, limit);
    if boundary_after_word(t, e) {
        Some(e)
    } else {
        None
    }
}

/// `[“'\x22]?(group)\b` at `p`; returns the group's span.
fn account_tail(t: &[u8], p: usize, limit: usize) -> Option<(usize, usize)> {
    let s = if lit_ci(t, p, limit, b"'") || lit_ci(t, p, limit, b"\"") {
        p + 1
    } else if lit_ci(t, p, limit, "“".as_bytes()) {
        p + 3
    } else {
        p
    };
    let e = account_alt_a(t, s, limit).or_else(|| account_alt_b(t, s, limit))?;
    Some((s, e))
}

/// The leftmost-first match of [`ACCOUNT_CUE`] that starts exactly at `at` and ends at or
/// before `limit`. Group 1 is the account name.
pub(crate) fn account_cue_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    let c = first_lower(t, at, limit)?;
    if !matches!(c, b'a' | b'u' | b'l') || !boundary_before_word(t, at) {
        return None;
    }
    // At most one cue alternative can match at a position.
    let cue_end = match c {
        b'a' if lit_ci(t, at, limit, b"account") => at + 7,
        b'u' if lit_ci(t, at, limit, b"username") => at + 8,
        b'u' if lit_ci(t, at, limit, b"user name") => at + 9,
        b'u' if lit_ci(t, at, limit, b"user id") => at + 7,
        b'l' if lit_ci(t, at, limit, b"login") => at + 5,
        b'l' if lit_ci(t, at, limit, b"log-in") => at + 6,
        _ => return None,
    };
    let w1 = skip_ws(text, cue_end, limit);
    if w1 == cue_end {
        return None;
    }
    // `(?:name\s+)?` is greedy: with it first, then without (the name may be the id).
    if lit_ci(t, w1, limit, b"name") {
        let q = w1 + 4;
        let w2 = skip_ws(text, q, limit);
        if w2 > q {
            if let Some((s, e)) = account_tail(t, w2, limit) {
                return Some(caps(at, e, Some((s, e)), None));
            }
        }
    }
    let (s, e) = account_tail(t, w1, limit)?;
    Some(caps(at, e, Some((s, e)), None))
}

// ---------------------------------------------------------------------------------------
// KEY
// ---------------------------------------------------------------------------------------

/// `[_ -]?word` at `p` (greedy separator; without it `word` must start at `p`).
#[inline]
fn opt_sep_then(t: &[u8], p: usize, limit: usize, word: &[u8]) -> Option<usize> {
    if p < limit && matches!(t[p], b'_' | b' ' | b'-') && lit_ci(t, p + 1, limit, word) {
        Some(p + 1 + word.len())
    } else if lit_ci(t, p, limit, word) {
        Some(p + word.len())
    } else {
        None
    }
}

#[inline]
fn key_class1(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'/' | b'+' | b'=')
}

#[inline]
fn key_class2(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')
}

/// The leftmost-first match of [`KEY`] that starts exactly at `at` and ends at or before
/// `limit`.
pub(crate) fn key_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    let c = first_lower(t, at, limit)?;
    if !matches!(c, b'a' | b's' | b't' | b'c' | b'g' | b'x') || !boundary_before_word(t, at) {
        return None;
    }
    // Branch 1: cue, `\s*[:=]\s*`, `{12,}` greedy.
    let cue_end = match c {
        b'a' if lit_ci(t, at, limit, b"api") => opt_sep_then(t, at + 3, limit, b"key"),
        b'a' if lit_ci(t, at, limit, b"access") => opt_sep_then(t, at + 6, limit, b"key"),
        b's' if lit_ci(t, at, limit, b"secret") => Some(at + 6),
        b't' if lit_ci(t, at, limit, b"token") => Some(at + 5),
        b'c' if lit_ci(t, at, limit, b"client") => opt_sep_then(t, at + 6, limit, b"secret"),
        _ => None,
    };
    if let Some(p) = cue_end {
        let q = skip_ws(text, p, limit);
        if q < limit && matches!(t[q], b':' | b'=') {
            let r = skip_ws(text, q + 1, limit);
            let e = run(t, r, limit, usize::MAX, key_class1);
            if e - r >= 12 {
                return Some(caps(at, e, None, None));
            }
        }
    }
    // Branch 2: token prefixes, `{12,}` greedy.
    let pre_end = match c {
        b's' if lit_ci(t, at, limit, b"sk_live_") => at + 8,
        b'g' if lit_ci(t, at, limit, b"ghp_") => at + 4,
        b'a' if lit_ci(t, at, limit, b"akia") => at + 4,
        b'x' if lit_ci(t, at, limit, b"xoxb-") || lit_ci(t, at, limit, b"xoxp-") => at + 5,
        _ => return None,
    };
    let e = run(t, pre_end, limit, usize::MAX, key_class2);
    if e - pre_end >= 12 {
        Some(caps(at, e, None, None))
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;

    type Matcher = fn(&str, usize, usize) -> Option<Caps>;

    fn table(pattern: &str, f: Matcher, cases: &[&str], hits: &[&str]) {
        let r = Reference::new(pattern);
        for text in cases.iter().chain(hits) {
            check_all(&r, text, f);
        }
        // The hits must really hit somewhere, so the table is not vacuous.
        let misses: Vec<&&str> = hits
            .iter()
            .filter(|text| {
                !(0..text.len())
                    .any(|at| text.is_char_boundary(at) && r.at(text, at, text.len()).is_some())
            })
            .collect();
        assert!(misses.is_empty(), "expected hits: {misses:?}");
    }

    /// Characters shared by every alphabet: separators, Unicode around the matches.
    const NOISE: &[&str] = &[
        " ", " ", "\n", "\t", "\u{a0}", "\u{2003}", "\u{85}", "\u{3000}", "\u{200b}", "é", "Ŵ",
        "’", "“", "”", "😀", "\u{300}", "0", "1", "9", "_", ".", "-", ",", ":", "/", "=", "x", "X",
    ];

    fn from_pieces(pieces: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(pieces), 0..max).prop_map(|v| v.concat())
    }

    fn shaped(slots: &'static [&'static [&'static str]]) -> impl Strategy<Value = String> {
        prop::collection::vec(any::<usize>(), slots.len()).prop_map(move |v| {
            slots
                .iter()
                .zip(v)
                .map(|(s, i)| s[i % s.len()])
                .collect::<String>()
        })
    }

    fn alphabet(extra: &'static [&'static str]) -> &'static [&'static str] {
        let mut v: Vec<&'static str> = NOISE.to_vec();
        v.extend_from_slice(extra);
        Box::leak(v.into_boxed_slice())
    }

    fn bias(pieces: &'static [&'static str]) -> &'static [&'static str] {
        // Pieces plus a little noise, so fragments are glued in many ways.
        let mut v: Vec<&'static str> = pieces.to_vec();
        v.extend_from_slice(&[" ", "\u{a0}", "x", "1", "_", "-", ".", "é", "’", "😀"]);
        Box::leak(v.into_boxed_slice())
    }

    /// Runs the four property checks for one pattern; prints how many texts, calls and
    /// matches (with group 2 / group 1 set) were checked.
    fn props(
        pattern: &'static str,
        f: Matcher,
        chars: &'static [&'static str],
        frags: &'static [&'static str],
        slots: &'static [&'static [&'static str]],
        cases: u32,
    ) {
        use std::cell::Cell;
        let r = Reference::new(pattern);
        let chars = alphabet(chars);
        let frags = bias(frags);
        let (texts, calls, hits) = (Cell::new(0u64), Cell::new(0u64), Cell::new(0u64));
        let g = |text: &str, at: usize, limit: usize| {
            calls.set(calls.get() + 1);
            let m = f(text, at, limit);
            if m.is_some() {
                hits.set(hits.get() + 1);
            }
            m
        };
        let cfg = ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        };
        let runs: [(&'static [&'static str], usize, bool, u32); 4] = [
            (chars, 40, true, cases),
            (chars, 200, false, cases / 4),
            (frags, 9, true, cases),
            (frags, 40, false, cases / 2),
        ];
        for (pieces, max, all, n) in runs {
            let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
                cases: n,
                ..cfg.clone()
            });
            runner
                .run(&from_pieces(pieces, max), |s| {
                    texts.set(texts.get() + 1);
                    if all {
                        check_all(&r, &s, g);
                    } else {
                        check_starts(&r, &s, g);
                    }
                    Ok(())
                })
                .unwrap();
        }
        // Shaped texts: one choice per slot of a realistic match (or near miss).
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases: cases * 2,
            ..cfg.clone()
        });
        runner
            .run(&shaped(slots), |s| {
                texts.set(texts.get() + 1);
                check_all(&r, &s, g);
                Ok(())
            })
            .unwrap();
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases: cases / 2,
            ..cfg
        });
        runner
            .run(
                &prop::collection::vec(shaped(slots), 1..6).prop_map(|v| v.concat()),
                |s| {
                    texts.set(texts.get() + 1);
                    check_starts(&r, &s, g);
                    Ok(())
                },
            )
            .unwrap();
        eprintln!(
            "{pattern}: {} texts, {} calls, {} matches",
            texts.get(),
            calls.get(),
            hits.get()
        );
    }

    const CASES: u32 = 8000;

    // --- URL -----------------------------------------------------------------------------

    #[test]
    fn url_table() {
        table(
            URL,
            url_at,
            &[
                "",
                "http",
                "http:/",
                "http://",
                "https://",
                "http:// x",
                "xhttp://a",
                "_http://a",
                "9http://a",
                "éhttp://a",
                "’http://a",
                "httpx://a",
                "httpss://a",
                "https:/a",
                "http://<a",
                "http://\"a",
                "http://\u{a0}a",
                "http://\u{2003}a",
                "ftp://a.b",
                "htt://a",
                "hTtP\u{2003}://a",
            ],
            &[
                "http://example.com",
                "https://example.com/path?q=1&r=2#frag",
                "HTTPS://EXAMPLE.COM",
                "HtTp://a",
                "http://a b",
                "http://a\nb",
                "http://a\u{a0}b",
                "http://a\u{2003}b",
                "http://a\u{85}b",
                "http://é.com/ñ😀’“”\u{300}x",
                "http://a<b>",
                "http://a(b)",
                "http://a[b]",
                "http://a'b",
                "http://a\"b",
                "https://x.y/z.",
                "http://:::",
                "http://\u{200b}",
                "(http://a.b)",
                " https://a.b, next",
                "“https://a.b”",
            ],
        );
    }

    #[test]
    fn url_props() {
        props(
            URL,
            url_at,
            &[
                "h", "t", "p", "s", "H", "T", "P", "S", ":", "/", "<", ">", "\"", "'", "(", ")",
                "[", "]", "a", "http", "https",
            ],
            &[
                "http",
                "HTTP",
                "https",
                "Https",
                "://",
                ":/",
                "/",
                "http://",
                "https://",
                "example.com",
                "/path",
                "?q=1",
                "(",
                ")",
                "<",
                ">",
                "\"",
                "'",
                "[",
                "]",
                "“",
                "\u{2003}",
                "\u{85}",
                "\n",
                "s",
                "\u{200b}",
            ],
            &[
                &["", "x", " ", "(", "_", "é", "9", "“"],
                &["http", "HTTPS", "https", "htt", "hTtPs", "httpss", "h"],
                &["://", ":/", "", "://", ":", "//"],
                &["", "a", "é", "x.y/z", "😀", "\u{300}", ":"],
                &[
                    "", " ", ")", "\u{a0}", "\"", "]", "\u{2003}", "<", "'", "\n",
                ],
                &["", "b", "c/d", "’"],
            ],
            CASES,
        );
    }

    // --- VLAN ----------------------------------------------------------------------------

    #[test]
    fn vlan_table() {
        table(
            VLAN,
            vlan_at,
            &[
                "VLAN Idaho 10",
                "",
                "VLAN",
                "VLAN ",
                "VLAN10",
                "VLANs10",
                "xVLAN 10",
                "_VLAN 10",
                "1VLAN 10",
                "VLAN Idaho",
                "VLAN ID",
                "VLAN ID ",
                "VLAN IDs",
                "VLAN ID10",
                "VLAN IDS10",
                "VLANss 10",
                "VLAN s 10",
                "VLAN ID x",
                "VLAN ID ID 10",
            ],
            &[
                "VLAN 10",
                "vlan 1",
                "Vlans 100",
                "VLAN 12345",
                "VLAN 1234567",
                "VLAN ID 10",
                "VLAN IDs 10 and",
                "VLANs IDS\u{a0}10",
                "VLAN\u{a0}\u{2003}\t10",
                "VLAN ID\u{2003}10",
                "VLAN 10-20",
                "VLAN 10 - 20",
                "VLAN 10–20",
                "VLAN 10 — 20",
                "VLAN 10 to 20",
                "VLAN 10TO20",
                "VLAN 10 to",
                "VLAN 10 - x",
                "VLAN 10 -",
                "VLAN 10 -- 20",
                "VLAN 10 − 20",
                "VLAN 10 - 12345",
                "VLAN 1010 to 2020 to 3030",
                "é VLAN 10",
                "’VLAN 10’",
                "VLAN 10😀",
                "VLAN ids 7 to\u{2003}9",
            ],
        );
    }

    #[test]
    fn vlan_props() {
        props(
            VLAN,
            vlan_at,
            &[
                "V", "L", "A", "N", "v", "l", "a", "n", "s", "S", "I", "D", "i", "d", "t", "o",
                "–", "—", "2", "5", "VLAN", "ID",
            ],
            &[
                "VLAN", "vlan", "Vlan", "VLANs", "vlans", "ID", "Id", "IDs", "ids", "Idaho", " ",
                "  ", "\u{2003}", "\t", "10", "1234", "5", "12345", "-", "–", "—", "to", "TO", "t",
                " - ", " to ", "s",
            ],
            &[
                &["", " ", "x", "_", "é", "1"],
                &["VLAN", "vlans", "Vlan", "VLANS", "VLA", "vlanss"],
                &["", " ", "\u{a0}", "  ", "\u{2003}\t"],
                &["", "ID", "ids", "Id", "IDS", "Idaho", "I"],
                &["", " ", "\u{a0}", "\n"],
                &["", "1", "12", "1234", "12345", "x"],
                &["", " ", "\u{2003}"],
                &["", "-", "–", "—", "to", "TO", "−", "t", "--"],
                &["", " ", "\u{a0}"],
                &["", "2", "20", "4094", "40945", "x"],
                &["", " ", "_", "é", "-"],
            ],
            CASES,
        );
    }

    // --- PORT ----------------------------------------------------------------------------

    #[test]
    fn port_table() {
        table(
            PORT,
            port_at,
            &[
                "tcp/port x",
                "tcp port x",
                "tcp port 1",
                "tcp/port 1",
                "",
                "port",
                "port 1",
                "port 123456",
                "port 80x",
                "port 80_",
                "port80",
                "xport 80",
                "_port 80",
                "tcp/1",
                "tcp/123456",
                "tcp/80a",
                "tcp80",
                "tcpport 80",
                "tcp 1",
                "tcp 123456",
                "rdp 3389",
                "rdp (1)",
                "rdp (123456)",
                "rdp (3389",
                "rdp ( 3389)",
                "xrdp (3389)",
                "rdpx (3389)",
                "http s(443)",
                "ftps (21)",
                "tcp//80",
                "tcp//port 80",
                "udpx/80",
                "xtcp/80",
                "portss 80",
                "ports80",
                "tcp /80",
                "tcp\u{a0}/80",
            ],
            &[
                "port 80",
                "ports 8080",
                "PORT 65535",
                "Port 12345.",
                "port 80é",
                "port\u{a0}80",
                "port\u{2003}\t443",
                "TCP port 22",
                "udp  ports 53",
                "tcp\u{2003}port 22",
                "TCP/port 22",
                "tcp/22",
                "UDP/53",
                "Tcp/65535-",
                "tcp/443’",
                "é tcp/22",
                "(port 80)",
                "port 80😀",
                "tcp 80",
                "TCP 3389",
                "udp\u{2003}500.",
                "TCP  443.",
                "RDP (3389)",
                "rdp(3389)x",
                "SSH  (22)",
                "HTTPS (443)",
                "http (8080)",
                "LDAPS (636)",
                "ldap (389)",
                "WinRM (5985)",
                "SFTP (22)",
                "ftp (21)",
                "sftp\u{a0}(22)",
            ],
        );
    }

    #[test]
    fn port_props() {
        props(
            PORT,
            port_at,
            &[
                "p", "o", "r", "t", "s", "P", "T", "c", "u", "d", "C", "U", "D", "tcp", "udp",
                "port", "ports", "8", "2", "3", "4", "5", "(", ")", "h", "f", "S", "rdp", "ssh",
                "http", "https", "ftp", "sftp", "ldap", "ldaps", "winrm",
            ],
            &[
                "port",
                "PORT",
                "ports",
                "Ports",
                "tcp",
                "TCP",
                "udp",
                "Udp",
                "/",
                " ",
                "  ",
                "\u{2003}",
                "\t",
                "80",
                "443",
                "8080",
                "65535",
                "123456",
                "1",
                "_",
                "a",
                "s",
                "tcp/",
                "udp ",
                "tcp port ",
                " port ",
                "RDP",
                "rdp",
                "SSH",
                "HTTPS",
                "HTTP",
                "http",
                "FTP",
                "SFTP",
                "LDAP",
                "LDAPS",
                "(",
                ")",
                " (",
                "(3389)",
            ],
            &[
                &["", " ", "x", "_", "é", "1"],
                &[
                    "", "tcp", "UDP", "Tcp", "tc", "udpx", "RDP", "https", "Http", "sftp", "ldaps",
                ],
                &["", "/", " ", "\u{2003}", "  ", "//"],
                &["", "port", "PORTS", "ports", "por", "portss", "(", " ("],
                &["", " ", "\u{a0}", "\t"],
                &["1", "80", "443", "8080", "65535", "123456", ""],
                &["", " ", "_", "x", "é", "-", "1", ".", ")", "))"],
            ],
            CASES,
        );
    }

    // --- SECRET_CUE ----------------------------------------------------------------------

    #[test]
    fn secret_cue_table() {
        table(
            SECRET_CUE,
            secret_cue_at,
            &[
                "",
                "pass",
                "passwordx",
                "passwordss",
                "password_",
                "password1",
                "xpassword",
                "_key",
                "1key",
                "keys",
                "pass  code",
                "pass\u{a0}code",
                "pre-shared  key",
                "pre-sharedkey",
                "pre_shared key",
                "wi--fi key",
                "wi fi key",
                "wifi  key",
                "wifi keys",
                "network  key",
                "networkkey",
                "credentialx",
                "credentialss",
                "loginx",
                "pins",
                "pwds",
                "psks",
                "passphrases",
            ],
            &[
                "password",
                "passwords",
                "PASSWORD:",
                "Passwords.",
                "pw",
                "PW=",
                "pwd",
                "pwd é",
                "passphrase",
                "passcode",
                "pass code",
                "PASS CODE",
                "pre-shared key",
                "pre-shared-key",
                "Pre-Shared Key",
                "psk",
                "wi-fi key",
                "wifi key",
                "Wi-Fi Key:",
                "network key",
                "key",
                "key-value",
                "key.",
                "pin",
                "PIN’",
                "credentials",
                "credential",
                "Credential-",
                "login",
                "login😀",
                "password\u{a0}",
                "key\u{2003}",
            ],
        );
    }

    #[test]
    fn secret_cue_props() {
        props(
            SECRET_CUE,
            secret_cue_at,
            &[
                "p", "a", "s", "w", "o", "r", "d", "k", "e", "y", "i", "n", "c", "l", "g", "P",
                "S", "K", "W", "f", "h",
            ],
            &[
                "password",
                "Password",
                "passwords",
                "pw",
                "PWD",
                "passphrase",
                "passcode",
                "pass",
                "pass code",
                "code",
                "pre-shared",
                "pre-shared-key",
                "pre-shared key",
                "psk",
                "wi-fi",
                "wifi",
                "wi-fi key",
                "wifi key",
                "Wi",
                "-",
                "network",
                "network key",
                "key",
                "KEY",
                "keys",
                "pin",
                "credential",
                "credentials",
                "login",
                "Login",
                "s",
                " ",
            ],
            &[
                &["", " ", "x", "_", "é", "1", "’"],
                &[
                    "password",
                    "passwords",
                    "PW",
                    "pwd",
                    "passphrase",
                    "passcode",
                    "pass code",
                    "pre-shared key",
                    "pre-shared-key",
                    "Pre-Shared_key",
                    "psk",
                    "wi-fi key",
                    "wifi key",
                    "wi--fi key",
                    "network key",
                    "network  key",
                    "key",
                    "pin",
                    "credential",
                    "credentials",
                    "Login",
                    "pass",
                    "pas",
                    "passwordss",
                ],
                &["", " ", "s", "_", "x", ".", "é", "1", "-", "ss"],
            ],
            CASES,
        );
    }

    // --- ACCOUNT_CUE ---------------------------------------------------------------------

    #[test]
    fn account_cue_table() {
        table(
            ACCOUNT_CUE,
            account_cue_at,
            &[
                "account a1_b_",
                "account ab12_",
                "account a.b_1_",
                "account a.b_",
                "account a.b_c_",
                "UserName: x",
                "account name foo",
                "",
                "account",
                "account ",
                "account foo",
                "account name foo",
                "accountfoo.bar",
                "accounts foo.bar",
                "xaccount foo.bar",
                "_account foo.bar",
                "account 1foo.bar",
                "account foo.",
                "account foo_",
                "account foo-",
                "account foo._bar",
                "account a_b_",
                "account abc_",
                "account abc1_",
                "account ‘foo.bar",
                "account ’foo.bar",
                "user  name foo.bar",
                "user_name foo.bar",
                "userid foo.bar",
                "log in foo.bar",
                "login é.b",
                "login fooé",
                "login foo1é",
                "account name",
                "account name ",
                "account “",
                "account '1a",
            ],
            &[
                "account foo.bar",
                "ACCOUNT Foo.Bar",
                "account name foo.bar",
                "account name1",
                "account name name1",
                "account name  x.y",
                "account names1",
                "account name\u{a0}foo.bar",
                "account\u{2003}a-b_c.d",
                "user name j.smith",
                "username j_smith",
                "user id jsmith42",
                "login \"bob.smith\"",
                "log-in 'bob99'",
                "login “bob.smith”",
                "account a.b-",
                "account a.b_c-d_",
                "account a_b.c_d_",
                "account ab12",
                "account ab12cd",
                "account ab12.cd",
                "account ab12cd.",
                "account a1.b",
                "account a.b.é",
                "account a.bé",
                "account a1é",
                "account a.b😀",
                "account a.b’s",
            ],
        );
    }

    #[test]
    fn account_cue_props() {
        props(
            ACCOUNT_CUE,
            account_cue_at,
            &[
                "a", "b", "c", "n", "m", "e", "u", "s", "r", "l", "o", "g", "i", "'", "\"", "A",
                "N", "account", "login", "name", "user",
            ],
            &[
                "account",
                "Account",
                "user",
                "username",
                "user name",
                "User Name",
                "user id",
                "login",
                "log-in",
                "name",
                "Name",
                " ",
                "  ",
                "\u{2003}",
                "'",
                "\"",
                "“",
                "foo",
                "bar",
                "j",
                "a",
                "smith",
                "42",
                "7",
                ".",
                "_",
                "-",
                "s",
                "é",
                "name1",
            ],
            &[
                &["", " ", "x", "_", "é"],
                &[
                    "account",
                    "username",
                    "user name",
                    "user id",
                    "login",
                    "log-in",
                    "User  name",
                    "accounts",
                    "Log In",
                ],
                &["", " ", "\u{a0}", "  ", "\u{2003}"],
                &["", "name", "Name", "names", "nam"],
                &["", " ", "\u{a0}"],
                &["", "'", "\"", "“", "’"],
                &["", "a", "j", "bob", "1", "B"],
                &["", "1", "42", "x9"],
                &["", ".", "_", "-", ".."],
                &["", "b", "smith", "7", "é"],
                &["", ".", "_", "-", "__"],
                &["", "c", "9", "é"],
                &["", " ", "_", "-", ".", "é", "”", "'", "😀", "1"],
            ],
            CASES,
        );
    }

    // --- KEY -----------------------------------------------------------------------------

    #[test]
    fn key_table() {
        table(
            KEY,
            key_at,
            &[
                "",
                "api",
                "api_key=",
                "api_key=abcdefghijk",
                "api__key=abcdefghijkl",
                "api key : abcdefghijk é",
                "apikey abcdefghijkl",
                "xapi_key=abcdefghijkl",
                "_secret=abcdefghijkl",
                "secrets=abcdefghijkl",
                "tokens: abcdefghijkl",
                "client  secret=abcdefghijkl",
                "access-keys=abcdefghijkl",
                "sk_live_abcdefghijk",
                "sk_test_abcdefghijkl",
                "ghp_abcdefghijk",
                "ghp abcdefghijkl",
                "xoxa-abcdefghijkl",
                "xoxb-abcdefghijk",
                "xAKIAabcdefghijkl",
                "AKIA abcdefghijkl",
                "token=:abcdefghijkl",
                "token:",
            ],
            &[
                "api_key=abcdefghijkl",
                "API-KEY: abcdefghijklmnop",
                "api key = abc/def+ghi=jk.l-m_n",
                "apikey:abcdefghijkl",
                "secret\u{a0}:\u{2003}abcdefghijkl",
                "Secret=abcdefghijkl é",
                "token: ==========abcd",
                "token = abcdefghijkl😀",
                "client_secret=abcdefghijkl",
                "client secret: abcdefghijkl",
                "ClientSecret=abcdefghijkl",
                "access_key=AKIAabcdefghijkl",
                "access-key: abcdefghijkl’",
                "accesskey=abcdefghijkl",
                "sk_live_abcdefghijkl",
                "SK_LIVE_abc-def_ghijkl.x",
                "ghp_abcdefghijklmnopqrstuvwxyz0123456789",
                "GHP_abcdefghijkl",
                "AKIAABCDEFGHIJKL",
                "akiaabcdefghijkl/x",
                "xoxb-1234567890-abcdef",
                "xoxp-123456789012",
                "XOXP-123456789012",
                "(token=abcdefghijkl)",
            ],
        );
    }

    #[test]
    fn key_props() {
        props(
            KEY,
            key_at,
            &[
                "a",
                "p",
                "i",
                "k",
                "e",
                "y",
                "s",
                "c",
                "r",
                "t",
                "o",
                "n",
                "l",
                "g",
                "h",
                "x",
                "b",
                "A",
                "K",
                "I",
                "=",
                "+",
                "/",
                "abcdefghij",
            ],
            &[
                "api", "API", "_", " ", "-", "key", "KEY", "secret", "Secret", "token", "client",
                "access", ":", "=", " : ", "abcdef", "ABCDEF", "123456", "a/b+c", ".", "sk_live_",
                "SK_LIVE_", "ghp_", "AKIA", "akia", "xoxb-", "xoxp-", "xox", "\u{2003}", "é",
                "api_key=", "token: ",
            ],
            &[
                &["", " ", "x", "_", "é"],
                &[
                    "api", "API", "access", "client", "secret", "token", "sk_live_", "ghp_",
                    "AKIA", "xoxb-", "xoxp-", "xoxa-", "akia", "sk_", "acces",
                ],
                &["", "_", " ", "-", "__"],
                &["", "key", "secret", "KEY", "Secret"],
                &["", " ", "\u{a0}"],
                &["", ":", "=", "::"],
                &["", " ", "\u{2003}"],
                &[
                    "",
                    "abcdefghijk",
                    "abc",
                    "a/b+c=d.e-f_g",
                    "ABCDEFGHIJKLMNOP",
                    "12345678901",
                ],
                &["", "l", "1", "xyz", "é", " ", "==", "/"],
                &["", " ", "é", ":", "_"],
            ],
            CASES,
        );
    }
}
