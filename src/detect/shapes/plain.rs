//! ASCII shapes: dates, MAC addresses, dotted host names, server names, UNC paths.
//!
//! Every matcher is anchored at `at`, consumes only bytes of `text[..limit]`, and looks
//! at the whole `text` for `\b`. None of these patterns has capture groups, so `groups`
//! is always `[None, None]`.

use super::{is_word, word_at, word_before, Caps};

/// ASCII `\b` at `i` of the whole text.
#[inline]
fn boundary(b: &[u8], i: usize) -> bool {
    word_before(b, i) != word_at(b, i)
}

#[inline]
fn hit(start: usize, end: usize) -> Option<Caps> {
    Some(Caps {
        start,
        end,
        groups: [None, None],
    })
}

#[inline]
fn digit(t: &[u8], i: usize) -> bool {
    i < t.len() && t[i].is_ascii_digit()
}

/// Up to two candidate end positions, in priority order.
#[derive(Clone, Copy)]
struct Opts {
    v: [usize; 2],
    n: usize,
}

impl Opts {
    #[inline]
    fn new() -> Opts {
        Opts { v: [0; 2], n: 0 }
    }
    #[inline]
    fn push(&mut self, e: usize) {
        self.v[self.n] = e;
        self.n += 1;
    }
    #[inline]
    fn iter(self) -> impl Iterator<Item = usize> {
        self.v.into_iter().take(self.n)
    }
}

// ---------------------------------------------------------------------------------------
// DATE
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const DATE: &str = r"(?i-u)\b(?:[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)?[0-9]{2}|[0-3]?[0-9](?:st|nd|rd|th)?[ /-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[ /-](?:19|20)[0-9]{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* [0-3]?[0-9](?:st|nd|rd|th)?,? (?:19|20)[0-9]{2})\b";

/// `[lo-3]?[0-9]` with `lo_max` the top of the optional first digit class
/// (`b'3'` for days, `b'1'` for months).
#[inline]
fn opt_two_digits(t: &[u8], i: usize, first_max: u8) -> Opts {
    let mut o = Opts::new();
    if i + 1 < t.len() && (b'0'..=first_max).contains(&t[i]) && t[i + 1].is_ascii_digit() {
        o.push(i + 2);
    }
    if digit(t, i) {
        o.push(i + 1);
    }
    o
}

/// `[/.-]`
#[inline]
fn date_sep(t: &[u8], i: usize) -> Option<usize> {
    match t.get(i) {
        Some(b'/' | b'.' | b'-') => Some(i + 1),
        _ => None,
    }
}

/// `(?:19|20)` followed by `[0-9]{2}`.
#[inline]
fn century_year(t: &[u8], i: usize) -> Option<usize> {
    if i + 4 <= t.len()
        && matches!((t[i], t[i + 1]), (b'1', b'9') | (b'2', b'0'))
        && t[i + 2].is_ascii_digit()
        && t[i + 3].is_ascii_digit()
    {
        Some(i + 4)
    } else {
        None
    }
}

/// `(?:19|20)?[0-9]{2}`
#[inline]
fn opt_century_year(t: &[u8], i: usize) -> Opts {
    let mut o = Opts::new();
    if let Some(e) = century_year(t, i) {
        o.push(e);
    }
    if digit(t, i) && digit(t, i + 1) {
        o.push(i + 2);
    }
    o
}

/// `(?:st|nd|rd|th)?` (case-insensitive).
#[inline]
fn opt_ordinal(t: &[u8], i: usize) -> Opts {
    let mut o = Opts::new();
    if i + 2 <= t.len() {
        let a = t[i].to_ascii_lowercase();
        let b = t[i + 1].to_ascii_lowercase();
        if matches!(
            (a, b),
            (b's', b't') | (b'n', b'd') | (b'r', b'd') | (b't', b'h')
        ) {
            o.push(i + 2);
        }
    }
    o.push(i);
    o
}

/// `(?:jan|...|sep|sept|...|dec)[a-z]* ` (case-insensitive): the position after the space.
/// `[a-z]*` must be followed by a space, so giving back letters never helps, and `sept`
/// can only lead to the same end as `sep` followed by `[a-z]*`.
#[inline]
fn month_space(t: &[u8], i: usize) -> Option<usize> {
    month_then(t, i, b" ")
}

/// `(?:jan|...|dec)[a-z]*` then one of `seps`: the position after it.
#[inline]
fn month_then(t: &[u8], i: usize, seps: &[u8]) -> Option<usize> {
    if i + 3 > t.len() {
        return None;
    }
    let m = [
        t[i].to_ascii_lowercase(),
        t[i + 1].to_ascii_lowercase(),
        t[i + 2].to_ascii_lowercase(),
    ];
    let ok = matches!(
        &m,
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"may"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
    );
    if !ok {
        return None;
    }
    let mut j = i + 3;
    while j < t.len() && t[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < t.len() && seps.contains(&t[j]) {
        Some(j + 1)
    } else {
        None
    }
}

/// `\b` after a match that ends in a word byte.
#[inline]
fn end_boundary(b: &[u8], e: usize) -> bool {
    e == b.len() || !is_word(b[e])
}

/// `[0-3]?[0-9][/.-][01]?[0-9][/.-](?:19|20)?[0-9]{2}` then `\b`.
fn date_numeric(b: &[u8], t: &[u8], at: usize) -> Option<usize> {
    for d in opt_two_digits(t, at, b'3').iter() {
        let Some(s1) = date_sep(t, d) else { continue };
        for m in opt_two_digits(t, s1, b'1').iter() {
            let Some(s2) = date_sep(t, m) else { continue };
            for y in opt_century_year(t, s2).iter() {
                if end_boundary(b, y) {
                    return Some(y);
                }
            }
        }
    }
    None
}

/// `[0-3]?[0-9](?:st|nd|rd|th)?[ /-]MONTH[a-z]*[ /-](?:19|20)[0-9]{2}` then `\b`
/// ("2 July 1956", "03-Feb-1941").
fn date_day_month(b: &[u8], t: &[u8], at: usize) -> Option<usize> {
    for d in opt_two_digits(t, at, b'3').iter() {
        for s in opt_ordinal(t, d).iter() {
            if !matches!(t.get(s), Some(b' ' | b'/' | b'-')) {
                continue;
            }
            let Some(y0) = month_then(t, s + 1, b" /-") else {
                continue;
            };
            if let Some(y) = century_year(t, y0) {
                if end_boundary(b, y) {
                    return Some(y);
                }
            }
        }
    }
    None
}

/// `MONTH[a-z]* [0-3]?[0-9](?:st|nd|rd|th)?,? (?:19|20)[0-9]{2}` then `\b`.
fn date_month_day(b: &[u8], t: &[u8], at: usize) -> Option<usize> {
    let p = month_space(t, at)?;
    for d in opt_two_digits(t, p, b'3').iter() {
        for s in opt_ordinal(t, d).iter() {
            let mut commas = Opts::new();
            if t.get(s) == Some(&b',') {
                commas.push(s + 1);
            }
            commas.push(s);
            for c in commas.iter() {
                if t.get(c) != Some(&b' ') {
                    continue;
                }
                if let Some(y) = century_year(t, c + 1) {
                    if end_boundary(b, y) {
                        return Some(y);
                    }
                }
            }
        }
    }
    None
}

/// The leftmost-first match of DATE that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn date_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes();
    let t = &b[..limit];
    let c = *t.get(at)?;
    let end = if c.is_ascii_digit() {
        if word_before(b, at) {
            return None;
        }
        date_numeric(b, t, at).or_else(|| date_day_month(b, t, at))
    } else if matches!(
        c | 0x20,
        b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd'
    ) {
        if word_before(b, at) {
            return None;
        }
        date_month_day(b, t, at)
    } else {
        None
    }?;
    hit(at, end)
}

// ---------------------------------------------------------------------------------------
// MAC
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const MAC: &str = r"(?i-u)\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b|\b[0-9a-f]{2}(?:-[0-9a-f]{2}){5}\b|\b[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}\b";

/// The leftmost-first match of MAC that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn mac_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes();
    let t = &b[..limit];
    let c = *t.get(at)?;
    if !c.is_ascii_hexdigit() || word_before(b, at) {
        return None;
    }
    // Alternatives 1 and 2: `xx` then five times `:xx` (or `-xx`), 17 bytes.
    if at + 17 <= t.len() && t[at + 1].is_ascii_hexdigit() && matches!(t[at + 2], b':' | b'-') {
        let sep = t[at + 2];
        let ok = (0..5).all(|k| {
            let p = at + 2 + 3 * k;
            t[p] == sep && t[p + 1].is_ascii_hexdigit() && t[p + 2].is_ascii_hexdigit()
        });
        if ok && end_boundary(b, at + 17) {
            return hit(at, at + 17);
        }
    }
    // Alternative 3: `xxxx.xxxx.xxxx`, 14 bytes.
    if at + 14 <= t.len() {
        let ok = (0..14).all(|k| {
            let x = t[at + k];
            if k == 4 || k == 9 {
                x == b'.'
            } else {
                x.is_ascii_hexdigit()
            }
        });
        if ok && end_boundary(b, at + 14) {
            return hit(at, at + 14);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// FQDN
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const FQDN: &str = r"(?i-u)\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\b";

/// End of the greedy `[a-z0-9-]*` run starting at `i`.
#[inline]
fn label_run(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && (t[i].is_ascii_alphanumeric() || t[i] == b'-') {
        i += 1;
    }
    i
}

/// `\.[a-z0-9]` at `i`.
#[inline]
fn dot_label(t: &[u8], i: usize) -> bool {
    i + 1 < t.len() && t[i] == b'.' && t[i + 1].is_ascii_alphanumeric()
}

/// The leftmost-first match of FQDN that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// Every label but the last must run to its greedy end (otherwise no `.` follows), so
/// the backtracking order of the candidate ends is: every position from the greedy end
/// of the last label down to one past the first dot, except positions right after a dot
/// (empty label); the first with a `\b` wins.
pub(crate) fn fqdn_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes();
    let t = &b[..limit];
    let c = *t.get(at)?;
    if !c.is_ascii_alphanumeric() || word_before(b, at) {
        return None;
    }
    let mut e = label_run(t, at + 1);
    if !dot_label(t, e) {
        return None;
    }
    let first = e + 1; // start of the first label after a dot
    e = label_run(t, e + 2);
    while dot_label(t, e) {
        e = label_run(t, e + 2);
    }
    let mut p = e;
    while p > first {
        if t[p - 1] != b'.' && boundary(b, p) {
            return hit(at, p);
        }
        p -= 1;
    }
    None
}

// ---------------------------------------------------------------------------------------
// BARE_HOST
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const BARE_HOST: &str = r"(?i)(?-u:\b)(?:srv|svr)-?[a-z0-9]+(?:-[a-z0-9]+)*(?-u:\b)";

#[inline]
fn alnum_run(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && t[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The leftmost-first match of BARE_HOST that starts exactly at `at` and ends at or
/// before `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// (ASCII case folding only: the regex also lets 'ſ' match `s` and 'K' (Kelvin) match `k`.)
///
/// Giving back letters of a `[a-z0-9]+` run never helps (a word byte would follow, so no
/// `\b`, and no `-`), so the candidate ends are the greedy ends of the segments, last
/// first; an end followed by `-` always has a `\b`.
pub(crate) fn bare_host_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes();
    let t = &b[..limit];
    if at + 4 > t.len() || t[at] | 0x20 != b's' {
        return None;
    }
    let (c1, c2) = (t[at + 1] | 0x20, t[at + 2] | 0x20);
    if !((c1 == b'r' && c2 == b'v') || (c1 == b'v' && c2 == b'r')) || word_before(b, at) {
        return None;
    }
    let mut p = at + 3;
    if t[p] == b'-' {
        p += 1;
    }
    if !(p < t.len() && t[p].is_ascii_alphanumeric()) {
        return None;
    }
    let mut e = alnum_run(t, p + 1);
    let mut prev = None;
    while e + 1 < t.len() && t[e] == b'-' && t[e + 1].is_ascii_alphanumeric() {
        prev = Some(e);
        e = alnum_run(t, e + 2);
    }
    if boundary(b, e) {
        return hit(at, e);
    }
    match prev {
        Some(e) if boundary(b, e) => hit(at, e),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// HYPHENATED, WORD_CHAIN
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const HYPHENATED: &str = r"(?-u:\b)[0-9A-Za-z_]+(?:-[0-9A-Za-z_]+)+(?-u:\b)";

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const WORD_CHAIN: &str = r"(?-u:\b)[0-9A-Za-z_]+(?:-[0-9A-Za-z_]+)*(?-u:\b)";

/// End of the greedy `[0-9A-Za-z_]*` run starting at `i`.
#[inline]
fn word_run(t: &[u8], mut i: usize) -> usize {
    while i < t.len() && is_word(t[i]) {
        i += 1;
    }
    i
}

/// A run of words joined by single hyphens from `at`, with at least `min` words: the
/// leftmost-first match of HYPHENATED (`min` 2) or WORD_CHAIN (`min` 1).
///
/// Giving back bytes of a word never helps (a word byte would follow, so no `\b`), so
/// the candidate ends are the greedy ends of the words, last first; the end of any word
/// but the last is followed by `-`, so it has a `\b`. Only the last can lack one (when
/// `limit` cuts a word).
fn chain_at(text: &str, at: usize, limit: usize, min: usize) -> Option<Caps> {
    let b = text.as_bytes();
    let t = &b[..limit];
    if !(at < t.len() && is_word(t[at])) || word_before(b, at) {
        return None;
    }
    let mut e = word_run(t, at + 1);
    let (mut words, mut prev) = (1, None);
    while e + 1 < t.len() && t[e] == b'-' && is_word(t[e + 1]) {
        prev = Some(e);
        words += 1;
        e = word_run(t, e + 2);
    }
    if !word_at(b, e) && words >= min {
        return hit(at, e);
    }
    match prev {
        Some(e) if words > min => hit(at, e),
        _ => None,
    }
}

/// The leftmost-first match of HYPHENATED that starts exactly at `at` and ends at or
/// before `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn hyphenated_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    chain_at(text, at, limit, 2)
}

/// The leftmost-first match of WORD_CHAIN that starts exactly at `at` and ends at or
/// before `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn word_chain_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    chain_at(text, at, limit, 1)
}

// ---------------------------------------------------------------------------------------
// UNC
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const UNC: &str = r"\\\\[A-Za-z0-9._$-]+(?:\\[A-Za-z0-9._$-]*[A-Za-z0-9_$])+";

/// `[A-Za-z0-9._$-]`
#[inline]
fn unc_char(x: u8) -> bool {
    x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'$' | b'-')
}

/// `[A-Za-z0-9_$]`
#[inline]
fn unc_last(x: u8) -> bool {
    x.is_ascii_alphanumeric() || matches!(x, b'_' | b'$')
}

/// The leftmost-first match of UNC that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// Each `\` element ends greedily after the last `[A-Za-z0-9_$]` of its run; only when
/// that is the end of the run can another element follow. An element with no such byte
/// fails, falling back to the end of the previous element.
pub(crate) fn unc_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = &text.as_bytes()[..limit];
    if at + 2 > t.len() || t[at] != b'\\' || t[at + 1] != b'\\' {
        return None;
    }
    let mut pos = at + 2;
    while pos < t.len() && unc_char(t[pos]) {
        pos += 1;
    }
    if pos == at + 2 {
        return None;
    }
    let mut end = None;
    while pos < t.len() && t[pos] == b'\\' {
        let mut i = pos + 1;
        let mut last = None;
        while i < t.len() && unc_char(t[i]) {
            if unc_last(t[i]) {
                last = Some(i + 1);
            }
            i += 1;
        }
        match last {
            Some(e) => {
                end = Some(e);
                if e != i {
                    break;
                }
                pos = i;
            }
            None => break,
        }
    }
    end.and_then(|e| hit(at, e))
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;
    use proptest::sample::select;
    use std::sync::OnceLock;

    type Matcher = fn(&str, usize, usize) -> Option<Caps>;

    fn reference(pattern: &'static str) -> &'static Reference {
        static REFS: OnceLock<std::sync::Mutex<Vec<(&'static str, &'static Reference)>>> =
            OnceLock::new();
        let m = REFS.get_or_init(|| std::sync::Mutex::new(Vec::new()));
        let mut v = m.lock().unwrap();
        if let Some(&(_, r)) = v.iter().find(|(p, _)| *p == pattern) {
            return r;
        }
        let r: &'static Reference = Box::leak(Box::new(Reference::new(pattern)));
        v.push((pattern, r));
        r
    }

    fn table(pattern: &'static str, f: Matcher, cases: &[&str], must_hit: &[&str]) {
        let r = reference(pattern);
        for text in cases.iter().chain(must_hit) {
            check_all(r, text, f);
        }
        // Make sure the table does reach real hits.
        for text in must_hit {
            assert!(
                r.at(text, 0, text.len()).is_some(),
                "expected a hit for {text:?}"
            );
        }
    }

    const EXTRA: &[char] = &[
        ' ', '\n', '\t', '\u{a0}', '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}', '_', ',',
        ';', '/', '(', '!',
    ];

    fn alphabet(specific: &'static [char]) -> Vec<char> {
        let mut v: Vec<char> = Vec::new();
        // Weight the pattern's own characters three times.
        for _ in 0..3 {
            v.extend_from_slice(specific);
        }
        v.extend_from_slice(EXTRA);
        v
    }

    fn chars_string(specific: &'static [char], max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(select(alphabet(specific)), 0..max)
            .prop_map(|v| v.into_iter().collect())
    }

    fn frag_string(frags: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(select(frags), 0..max).prop_map(|v| v.concat())
    }

    // ----- DATE -----

    const DATE_CHARS: &[char] = &[
        '0', '1', '2', '3', '9', '5', '/', '.', '-', ' ', ',', 's', 't', 'n', 'd', 'r', 'h', 'J',
        'a', 'e', 'p', 'M', 'y', 'c', 'o', 'v', 'u', 'g', 'b', 'l', 'F', 'S', 'x',
    ];
    const DATE_FRAGS: &[&str] = &[
        "1",
        "12",
        "31",
        "3",
        "0",
        "4",
        "2019",
        "1999",
        "20",
        "19",
        "99",
        "201",
        "/",
        ".",
        "-",
        " ",
        " ",
        ",",
        ", ",
        "st",
        "nd",
        "rd",
        "th",
        "ST",
        "Jan",
        "feb",
        "MAR",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "Sept",
        "september",
        "oct",
        "nov",
        "DEC",
        "x",
        "_",
        "é",
        "’",
        "\u{a0}",
        "a",
    ];

    #[test]
    fn date_table() {
        table(
            DATE,
            date_at,
            &[
                "1/2/201",
                "12/31/19999",
                "a12/31/1999",
                "12/31/1999a",
                "12/31/1999_",
                "_1/2/03",
                "12/31/1999",
                "12/311/1999",
                "39.19.2020",
                "44/1/2020",
                "1/22/2020",
                "Dec 25,2020",
                "Sep 31, 1899",
                "4th  May 2020",
                "33rd jan 1920x",
                "12\u{a0}Mar 2020",
                "Mar\u{2003}3 2020",
                "é12/31/1999",
                "12/31/1999é",
                "Sepx 1 2020",
                "Jux 1 2020",
                "1st Mya 2020",
                "1 sep 2019_",
                "may 4, 2020x",
                "may 44 2020",
                "3/1/20 12/1/2020",
                "1/2/1920",
                "1/2/20201",
                "2020-01-02",
                "Set 1 2020",
                "1/2/200",
            ],
            &[
                "31/12/1999",
                "1.2.03",
                "31-12-2020",
                "01/01/19",
                "3 mar 1999",
                "21st Sept 2020",
                "21st September 2020",
                "1 sep 2019",
                "May 4th, 2020",
                "may 4 2020",
                "January 31st, 1999",
                "SEPT 1ST, 2001",
                "Mayday 5 2020",
                "Febr 29th 2000",
                "1/1/2020😀",
                "4.19.20",
                "4.19.2020.",
                "09-1-99",
                "1/2/1999/3",
                "3RD DEC 1901",
                "oct 3rd, 2020",
                "Nov 30 1999, 2",
            ],
        );
        let r = reference(DATE);
        for text in [
            "on 3rd March 2021.",
            "’3 Mar 2020’",
            "“Jan 5, 2021”",
            "was 12/31/1999 and",
            "x 1/2/03 y",
        ] {
            check_all(r, text, date_at);
        }
    }

    // ----- MAC -----

    const MAC_CHARS: &[char] = &[
        '0', '1', '9', 'a', 'b', 'f', 'A', 'F', 'g', ':', '-', '.', 'e', 'c', 'd',
    ];
    const MAC_FRAGS: &[&str] = &[
        "00",
        "1a",
        "FF",
        "b",
        "c3d4",
        "1a2b",
        "0",
        ":",
        "-",
        ".",
        "g",
        "_",
        " ",
        "é",
        ":1a",
        "-ff",
        "12:34:56:78:9a",
        "12-34-56-78-9a",
        "abcd.",
        "abcd.ef01",
    ];

    #[test]
    fn mac_table() {
        table(
            MAC,
            mac_at,
            &[
                "00:1a:2b:3c:4d",
                "00:1a:2b-3c:4d:5e",
                "00:1a:2b:3c:4d:5eg",
                "x00:1a:2b:3c:4d:5e",
                "g0:1a:2b:3c:4d:5e",
                "001A.2B3C.4D5EZ",
                "AA-BB-CC-DD-EE-FF_",
                "001a.2b3c.4d5",
                "001a.2b3c-4d5e",
                "0:1a:2b:3c:4d:5e",
                "001:a2:b3:c4:d5:e6",
                "_00:1a:2b:3c:4d:5e",
                "00:1a:2b:3c:4d:5e0",
                "00:1a:2b:3c:4d:5\u{a0}",
            ],
            &[
                "00:1A:2b:3C:4d:5E",
                "00-1a-2b-3c-4d-5e",
                "001a.2b3c.4d5e",
                "00:1a:2b:3c:4d:5e:6f",
                "001a.2b3c.4d5e.6f7a",
                "00-11-22-33-44-55’",
                "aa:bb:cc:dd:ee:ff😀",
                "ab:cd:ef:01:23:45-",
                "ab-cd-ef-01-23-45\u{2003}",
            ],
        );
        let r = reference(MAC);
        for text in [
            "é00-11-22-33-44-55’",
            "“aa:bb:cc:dd:ee:ff”",
            "mac 00:1a:2b:3c:4d:5e.",
        ] {
            check_all(r, text, mac_at);
        }
    }

    // ----- FQDN -----

    const FQDN_CHARS: &[char] = &['a', 'b', 'Z', '0', '9', '-', '.', '.', '_', 'x'];
    const FQDN_FRAGS: &[&str] = &[
        "a", "ex", "com", "1", "-", "--", ".", ".", "..", "_", " ", "é", "/", "Z9", "www.", "-a",
        "a-", ".-", "’",
    ];

    #[test]
    fn fqdn_table() {
        table(
            FQDN,
            fqdn_at,
            &[
                "a-.b",
                "-a.b",
                "a..b",
                "a.",
                ".a.b",
                "a.-b",
                "a.b_",
                "a_b.c",
                "café.com",
                "é.com",
                "ab",
                "a.b_c.d",
                "a.bé",
                "foo.bar_baz",
            ],
            &[
                "example.com",
                "a.b",
                "a.b-",
                "a.b-c_",
                "foo.bar.baz.",
                "foo.bar-_baz",
                "foo.bar.baz_",
                "x.y-z.w--",
                "sub-domain.Example.ORG/path",
                "a.b.c.d.e.f_",
                "1.2.3.4",
                "host.local’s",
                "a.b-.c",
                "www.example.com\u{a0}x",
                "a.b😀",
                "a.b.c-_",
                "a.b-c-_",
                "a.b--c.d--e_",
                "a-b.c-d",
            ],
        );
        let r = reference(FQDN);
        for text in [
            "“www.x.org”",
            "see host.example.com.",
            "x_a.b c.d",
            "ésub.ex.com",
        ] {
            check_all(r, text, fqdn_at);
        }
    }

    // ----- BARE_HOST -----

    const HOST_CHARS: &[char] = &[
        's', 'r', 'v', 'S', 'R', 'V', '-', '-', 'a', '0', '1', '_', '.', 'x',
    ];
    const HOST_FRAGS: &[&str] = &[
        "srv", "SVR", "svr", "Srv", "sr", "-", "-", "--", "a", "01", "_", " ", "é", ".", "x",
        "web", "-db", "’",
    ];

    #[test]
    fn bare_host_table() {
        table(
            BARE_HOST,
            bare_host_at,
            &[
                "srv-", "srv", "srv_a", "xsrv01", "_srv01", "srv01_", "srv01é", "svr--a", "srvé",
                "rsv01", "sr-v01", "srv-_", "srv0_", "svrx",
            ],
            &[
                "srv01",
                "SRV-web-01",
                "svr-db",
                "srvweb",
                "srv-a-",
                "srv-a--b",
                "srv-a-b_",
                "srv-01-ab-cd.example",
                "srv01’s",
                "srv-a-b😀",
                "Srv-A-b-",
                "srv-a-bc_d",
                "sVr9",
                "srv-a\u{a0}",
            ],
        );
        let r = reference(BARE_HOST);
        for text in ["ésrv01", "“srv-a”", "see srv-web-1, srv2.", "x srv-a-b_c-d"] {
            check_all(r, text, bare_host_at);
        }
    }

    // ----- HYPHENATED, WORD_CHAIN -----

    const CHAIN_CHARS: &[char] = &['a', 'Z', '0', '9', '-', '-', '_', '.', 'G'];
    const CHAIN_FRAGS: &[&str] = &[
        "KMT", "gw02", "-", "-", "--", "_", "a", "01", " ", "é", ".", "Staff", "-5G", "’", "x-",
    ];

    #[test]
    fn chain_table() {
        let misses: &[&str] = &["-", "a-", "-a", "_", "é", "a--b", "a-é", "x--a-b"];
        let hits: &[&str] = &[
            "KMT-PACS-GW02",
            "avf-dc01.",
            "a-b-",
            "a-b_c-d",
            "a_-_b",
            "a-b😀",
            "TU-Staff-5G’s",
            "a-b\u{a0}",
        ];
        table(HYPHENATED, hyphenated_at, misses, hits);
        table(WORD_CHAIN, word_chain_at, misses, hits);
        table(
            WORD_CHAIN,
            word_chain_at,
            &[],
            &["a", "Staff", "_", "a-", "x a"],
        );
        for (pattern, f) in [
            (HYPHENATED, hyphenated_at as Matcher),
            (WORD_CHAIN, word_chain_at),
        ] {
            let r = reference(pattern);
            for text in ["éKMT-GW02", "“BLT-Staff”", "see a-b-c, d-e.", "x a-b-c_d-e"] {
                check_all(r, text, f);
            }
        }
    }

    // ----- UNC -----

    const UNC_CHARS: &[char] = &['\\', '\\', '\\', 'a', 'Z', '0', '.', '_', '$', '-', 's'];
    const UNC_FRAGS: &[&str] = &[
        "\\\\", "\\", "\\", "srv", "a", ".", "-", "$", "_", "..", "é", " ", "x1", "share$", "-.",
        "’",
    ];

    #[test]
    fn unc_table() {
        table(
            UNC,
            unc_at,
            &[
                r"\\server\",
                r"\\server\.",
                r"\\server\-.-",
                r"\\\share",
                r"\\s",
                r"\\s\\a",
                r"\\é\x",
                r"\\h\é",
                r"\h\a",
                r"\\h a\b",
                "\\\\h\u{a0}\\a",
            ],
            &[
                r"\\server\share",
                r"\\server\share\dir\file.txt",
                r"\\server\a.",
                r"\\server\a.\b",
                r"\\server\a.\.",
                r"\\s\$",
                r"\\s\a\\b",
                r"\\host.dom\share$\x y",
                r"\\h\aé",
                r"\\h\a-b-.c-\d",
                "\\\\h\\a’",
                r"\\h\a\-\b.",
                r"\\h\a\b-\-",
                r"\\-\_",
            ],
        );
        let r = reference(UNC);
        for text in ["“\\\\h\\a”", "see \\\\srv\\share\\x.", "é\\\\h\\a😀"] {
            check_all(r, text, unc_at);
        }
    }

    // ----- structured strings: realistic matches and near misses -----

    const PRE: &[&str] = &["", "", "", " ", "x", "_", "é", "’", "1", "/", "-", "."];
    const POST: &[&str] = &[
        "", "", "", " ", ".", "x", "_", "é", "’", "0", "/1", "😀", "-", "\u{a0}",
    ];

    fn sel(xs: &'static [&'static str]) -> BoxedStrategy<&'static str> {
        select(xs).boxed()
    }

    fn date_shape() -> BoxedStrategy<String> {
        const DAYS: &[&str] = &[
            "1", "12", "31", "3", "0", "4", "07", "29", "1", "12", "31", "3", "39", "44", "123", "",
        ];
        const SEPS: &[&str] = &["/", ".", "-", "/", ".", "-", " ", "x"];
        const MONS: &[&str] = &["1", "12", "09", "2", "10", "13", "21", ""];
        const YEARS: &[&str] = &[
            "2019", "1999", "20", "19", "99", "2020", "1901", "2019", "1999", "2020", "201",
            "20201", "2", "200", "1899", "19x",
        ];
        const ORD: &[&str] = &["", "", "st", "nd", "rd", "th", "ST", "Th", "x", "s"];
        const SP: &[&str] = &[" ", " ", " ", " ", " ", " ", " ", "  ", "\u{a0}", ""];
        const MONTH: &[&str] = &[
            "Jan",
            "feb",
            "MAR",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "Sept",
            "september",
            "oct",
            "nov",
            "DEC",
            "January",
            "Mayday",
            "Jan",
            "feb",
            "MAR",
            "apr",
            "may",
            "jun",
            "jul",
            "aug",
            "sep",
            "Sept",
            "Jux",
            "se",
            "Set",
            "",
        ];
        const COMMA: &[&str] = &["", "", ",", ",", ";"];
        let numeric = (
            sel(PRE),
            sel(DAYS),
            sel(SEPS),
            sel(MONS),
            sel(SEPS),
            sel(YEARS),
            sel(POST),
        )
            .prop_map(|(a, b, c, d, e, f, g)| [a, b, c, d, e, f, g].concat());
        let day_month = (
            sel(PRE),
            sel(DAYS),
            sel(ORD),
            sel(SP),
            sel(MONTH),
            sel(SP),
            sel(YEARS),
            sel(POST),
        )
            .prop_map(|(a, b, c, d, e, f, g, h)| [a, b, c, d, e, f, g, h].concat());
        let month_day = (
            sel(PRE),
            sel(MONTH),
            sel(SP),
            sel(DAYS),
            sel(ORD),
            sel(COMMA),
            sel(SP),
            sel(YEARS),
            sel(POST),
        )
            .prop_map(|(a, b, c, d, e, f, g, h, i)| [a, b, c, d, e, f, g, h, i].concat());
        prop_oneof![numeric, day_month, month_day].boxed()
    }

    fn mac_shape() -> BoxedStrategy<String> {
        const HEX2: &[&str] = &[
            "00", "1a", "FF", "e9", "4D", "00", "1a", "FF", "e9", "4D", "b", "abc", "0g", "",
        ];
        const HEX4: &[&str] = &[
            "001a", "2B3C", "ffff", "9e0d", "001a", "2B3C", "abc", "abcde", "0g00", "",
        ];
        const SEP: &[&str] = &[":", "-", ":", "-", "."];
        let sep_form = (
            sel(PRE),
            sel(SEP),
            proptest::collection::vec(sel(HEX2), 4..=7),
            sel(POST),
        )
            .prop_map(|(a, sep, parts, z)| [a, &parts.join(sep), z].concat());
        let dot_form = (
            sel(PRE),
            proptest::collection::vec(sel(HEX4), 2..=4),
            sel(POST),
        )
            .prop_map(|(a, parts, z)| [a, &parts.join("."), z].concat());
        prop_oneof![sep_form, dot_form].boxed()
    }

    fn fqdn_shape() -> BoxedStrategy<String> {
        const LABEL: &[&str] = &[
            "a", "ex", "com", "1", "-a", "a-", "a--b", "Z9", "www", "", "_x", "é", "x_", "b-",
        ];
        const DOT: &[&str] = &[".", ".", ".", ".", "..", "-", " ", "_"];
        (
            sel(PRE),
            proptest::collection::vec((sel(LABEL), sel(DOT)), 1..6),
            sel(LABEL),
            sel(POST),
        )
            .prop_map(|(a, parts, last, z)| {
                let mut s = String::from(a);
                for (l, d) in parts {
                    s.push_str(l);
                    s.push_str(d);
                }
                s.push_str(last);
                s.push_str(z);
                s
            })
            .boxed()
    }

    fn host_shape() -> BoxedStrategy<String> {
        const HEAD: &[&str] = &["srv", "SVR", "svr", "Srv", "sVr", "sr", "svrr", "rsv"];
        const DASH: &[&str] = &["", "", "-", "-", "--"];
        const SEG: &[&str] = &["a", "01", "web", "DB2", "a", "01", "_", "é", ""];
        const JOIN: &[&str] = &["-", "-", "-", "--", "", "_", "."];
        (
            sel(PRE),
            sel(HEAD),
            sel(DASH),
            proptest::collection::vec((sel(SEG), sel(JOIN)), 0..4),
            sel(SEG),
            sel(POST),
        )
            .prop_map(|(a, h, d, parts, last, z)| {
                let mut s = [a, h, d].concat();
                for (x, j) in parts {
                    s.push_str(x);
                    s.push_str(j);
                }
                s.push_str(last);
                s.push_str(z);
                s
            })
            .boxed()
    }

    fn unc_shape() -> BoxedStrategy<String> {
        const START: &[&str] = &["\\\\", "\\\\", "\\\\", "\\", "\\\\\\"];
        const HOST: &[&str] = &["srv", "a", "host.dom", "-", "$", ".", "x_1", "", "a b", "é"];
        const SLASH: &[&str] = &["\\", "\\", "\\", "\\\\", " "];
        const SEG: &[&str] = &[
            "share", "a.", "-", "$", ".", "a-b", "", "x_", "..", "a.b-", "share$", "é", "a.-",
            "-$", "f.txt",
        ];
        (
            sel(PRE),
            sel(START),
            sel(HOST),
            proptest::collection::vec((sel(SLASH), sel(SEG)), 0..5),
            sel(POST),
        )
            .prop_map(|(a, st, h, parts, z)| {
                let mut s = [a, st, h].concat();
                for (x, g) in parts {
                    s.push_str(x);
                    s.push_str(g);
                }
                s.push_str(z);
                s
            })
            .boxed()
    }

    /// Several shapes in a row, optionally separated, for the longer texts.
    fn many(
        shape: fn() -> BoxedStrategy<String>,
        n: std::ops::Range<usize>,
    ) -> impl Strategy<Value = String> {
        proptest::collection::vec((shape(), select(&[" ", "", ", ", "\n", "é"][..])), n)
            .prop_map(|v| v.into_iter().map(|(a, b)| a + b).collect())
    }

    // ----- proptest -----

    fn run_short(pattern: &'static str, f: Matcher, s: &str) {
        check_all(reference(pattern), s, f);
    }

    fn run_long(pattern: &'static str, f: Matcher, s: &str) {
        check_starts(reference(pattern), s, f);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn date_chars_short(s in chars_string(DATE_CHARS, 40)) { run_short(DATE, date_at, &s); }
        #[test]
        fn date_chars_long(s in chars_string(DATE_CHARS, 200)) { run_long(DATE, date_at, &s); }
        #[test]
        fn mac_chars_short(s in chars_string(MAC_CHARS, 40)) { run_short(MAC, mac_at, &s); }
        #[test]
        fn mac_chars_long(s in chars_string(MAC_CHARS, 200)) { run_long(MAC, mac_at, &s); }
        #[test]
        fn fqdn_chars_short(s in chars_string(FQDN_CHARS, 40)) { run_short(FQDN, fqdn_at, &s); }
        #[test]
        fn fqdn_chars_long(s in chars_string(FQDN_CHARS, 200)) { run_long(FQDN, fqdn_at, &s); }
        #[test]
        fn host_chars_short(s in chars_string(HOST_CHARS, 40)) { run_short(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn host_chars_long(s in chars_string(HOST_CHARS, 200)) { run_long(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn hyphenated_chars_short(s in chars_string(CHAIN_CHARS, 40)) { run_short(HYPHENATED, hyphenated_at, &s); }
        #[test]
        fn hyphenated_chars_long(s in chars_string(CHAIN_CHARS, 200)) { run_long(HYPHENATED, hyphenated_at, &s); }
        #[test]
        fn word_chain_chars_short(s in chars_string(CHAIN_CHARS, 40)) { run_short(WORD_CHAIN, word_chain_at, &s); }
        #[test]
        fn unc_chars_short(s in chars_string(UNC_CHARS, 40)) { run_short(UNC, unc_at, &s); }
        #[test]
        fn unc_chars_long(s in chars_string(UNC_CHARS, 200)) { run_long(UNC, unc_at, &s); }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn date_frags_short(s in frag_string(DATE_FRAGS, 12)) { run_short(DATE, date_at, &s); }
        #[test]
        fn date_frags_long(s in frag_string(DATE_FRAGS, 60)) { run_long(DATE, date_at, &s); }
        #[test]
        fn mac_frags_short(s in frag_string(MAC_FRAGS, 10)) { run_short(MAC, mac_at, &s); }
        #[test]
        fn mac_frags_long(s in frag_string(MAC_FRAGS, 40)) { run_long(MAC, mac_at, &s); }
        #[test]
        fn fqdn_frags_short(s in frag_string(FQDN_FRAGS, 14)) { run_short(FQDN, fqdn_at, &s); }
        #[test]
        fn fqdn_frags_long(s in frag_string(FQDN_FRAGS, 60)) { run_long(FQDN, fqdn_at, &s); }
        #[test]
        fn host_frags_short(s in frag_string(HOST_FRAGS, 14)) { run_short(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn host_frags_long(s in frag_string(HOST_FRAGS, 60)) { run_long(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn hyphenated_frags_short(s in frag_string(CHAIN_FRAGS, 14)) { run_short(HYPHENATED, hyphenated_at, &s); }
        #[test]
        fn hyphenated_frags_long(s in frag_string(CHAIN_FRAGS, 60)) { run_long(HYPHENATED, hyphenated_at, &s); }
        #[test]
        fn word_chain_frags_short(s in frag_string(CHAIN_FRAGS, 14)) { run_short(WORD_CHAIN, word_chain_at, &s); }
        #[test]
        fn unc_frags_short(s in frag_string(UNC_FRAGS, 14)) { run_short(UNC, unc_at, &s); }
        #[test]
        fn unc_frags_long(s in frag_string(UNC_FRAGS, 60)) { run_long(UNC, unc_at, &s); }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10000))]

        #[test]
        fn date_shapes_short(s in many(date_shape, 1..3)) { run_short(DATE, date_at, &s); }
        #[test]
        fn date_shapes_long(s in many(date_shape, 1..8)) { run_long(DATE, date_at, &s); }
        #[test]
        fn mac_shapes_short(s in many(mac_shape, 1..3)) { run_short(MAC, mac_at, &s); }
        #[test]
        fn mac_shapes_long(s in many(mac_shape, 1..8)) { run_long(MAC, mac_at, &s); }
        #[test]
        fn fqdn_shapes_short(s in many(fqdn_shape, 1..3)) { run_short(FQDN, fqdn_at, &s); }
        #[test]
        fn fqdn_shapes_long(s in many(fqdn_shape, 1..8)) { run_long(FQDN, fqdn_at, &s); }
        #[test]
        fn host_shapes_short(s in many(host_shape, 1..3)) { run_short(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn host_shapes_long(s in many(host_shape, 1..8)) { run_long(BARE_HOST, bare_host_at, &s); }
        #[test]
        fn unc_shapes_short(s in many(unc_shape, 1..3)) { run_short(UNC, unc_at, &s); }
        #[test]
        fn unc_shapes_long(s in many(unc_shape, 1..8)) { run_long(UNC, unc_at, &s); }
    }
}
