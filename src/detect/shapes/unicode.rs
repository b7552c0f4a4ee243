//! Shapes with Unicode classes: a house number and street, a quoted name, an IPv6 address.
//!
//! Every matcher works on `text[..limit]` only (none of these patterns has a look-around),
//! never allocates, never recurses and never uses `unsafe`.

use super::Caps;

#[inline]
fn caps(start: usize, end: usize, g1: Option<(usize, usize)>) -> Caps {
    Caps {
        start,
        end,
        groups: [g1, None],
    }
}

// ---------------------------------------------------------------------------------------
// STREET
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const STREET: &str = concat!(
    r"(?:(?:Flat|Apartment|Apt|Unit|Room) [0-9]+[A-Za-z]?,? )?[0-9]{1,4}[A-Za-z]?,? ",
    r"(?:(?:Heol|Stryd|Ffordd|Lôn) (?:(?:y|yr) )?[A-ZŴŶ]",
    r"[0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}\x{1E00}-\x{1EFF}’'-]",
    "+(?: (?:(?:y|yr) )?[A-ZŴŶ]",
    r"[0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}\x{1E00}-\x{1EFF}’'-]",
    "+)*",
    r"|[A-Z]",
    r"[0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}\x{1E00}-\x{1EFF}’'-]",
    "+(?: [A-Z]",
    r"[0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}\x{1E00}-\x{1EFF}’'-]",
    "+)* ",
    r"(?:Street|Road|Avenue|Lane|Close|Grove|Drive|Way|Crescent|Court|Place|Gardens|Terrace|Walk|Mews|Row|Square|Hill|Park|Rise|View|Green|Parade|Vale|Gate|Fields|Meadows|Cottages|Avenue))",
);

/// The word class `[0-9A-Za-z_À-ÖØ-öø-ɏ\x{300}-\x{36F}\x{1E00}-\x{1EFF}’'-]`.
#[inline]
fn is_word_char(c: char) -> bool {
    matches!(c,
        '0'..='9' | 'A'..='Z' | 'a'..='z' | '_' | '\'' | '-'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}'
        | '\u{300}'..='\u{36F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2019}')
}

/// End of the run of word-class chars of `s` starting at `p` (`p` if none).
#[inline]
fn word_run_end(s: &str, mut p: usize) -> usize {
    let b = s.as_bytes();
    while let Some(&c) = b.get(p) {
        if c < 0x80 {
            if c.is_ascii_alphanumeric() || c == b'_' || c == b'\'' || c == b'-' {
                p += 1;
                continue;
            }
            break;
        }
        match s.get(p..).and_then(|r| r.chars().next()) {
            Some(ch) if is_word_char(ch) => p += ch.len_utf8(),
            _ => break,
        }
    }
    p
}

/// `[A-Z]W+` (or `[A-ZŴŶ]W+` when `welsh`) at `p`, taken greedily: its end.
#[inline]
fn cap_word(s: &str, p: usize, welsh: bool) -> Option<usize> {
    let b = s.as_bytes();
    let first = match b.get(p) {
        Some(c) if c.is_ascii_uppercase() => 1,
        // Ŵ = C5 B4, Ŷ = C5 B6
        Some(0xC5) if welsh && matches!(b.get(p + 1), Some(0xB4) | Some(0xB6)) => 2,
        _ => return None,
    };
    let q = p + first;
    let e = word_run_end(s, q);
    if e > q {
        Some(e)
    } else {
        None
    }
}

#[inline]
fn lit(b: &[u8], p: usize, l: &[u8]) -> Option<usize> {
    match b.get(p..p + l.len()) {
        Some(x) if x == l => Some(p + l.len()),
        _ => None,
    }
}

/// The street-type word (a literal, not necessarily a whole word) at `p`: its end.
#[inline]
fn street_type(b: &[u8], p: usize) -> Option<usize> {
    let cands: &[&[u8]] = match b.get(p)? {
        b'S' => &[b"Street", b"Square"],
        b'R' => &[b"Road", b"Row", b"Rise"],
        b'A' => &[b"Avenue"],
        b'L' => &[b"Lane"],
        b'C' => &[b"Close", b"Crescent", b"Court", b"Cottages"],
        b'G' => &[b"Grove", b"Gardens", b"Green", b"Gate"],
        b'D' => &[b"Drive"],
        b'W' => &[b"Way", b"Walk"],
        b'P' => &[b"Place", b"Park", b"Parade"],
        b'T' => &[b"Terrace"],
        b'M' => &[b"Mews", b"Meadows"],
        b'H' => &[b"Hill"],
        b'V' => &[b"View", b"Vale"],
        b'F' => &[b"Fields"],
        _ => return None,
    };
    // No type is a prefix of another, so at most one matches.
    cands.iter().find_map(|l| lit(b, p, l))
}

/// `[0-9]{1,max}[A-Za-z]?,? ` at `p` (deterministic: giving anything back cannot help).
#[inline]
fn number_part(b: &[u8], mut p: usize, max: usize) -> Option<usize> {
    let d = p;
    while p - d < max && b.get(p).is_some_and(u8::is_ascii_digit) {
        p += 1;
    }
    if p == d {
        return None;
    }
    if b.get(p).is_some_and(u8::is_ascii_alphabetic) {
        p += 1;
    }
    if b.get(p) == Some(&b',') {
        p += 1;
    }
    if b.get(p) == Some(&b' ') {
        Some(p + 1)
    } else {
        None
    }
}

/// The leftmost-first match of STREET that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn street_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let s = text.get(..limit)?;
    let b = s.as_bytes();
    let c0 = *b.get(at)?;
    let mut p = at;
    if !c0.is_ascii_digit() {
        // The optional prefix: without it the match must start with a digit.
        let e = match c0 {
            b'F' => lit(b, p, b"Flat"),
            b'A' => lit(b, p, b"Apartment").or_else(|| lit(b, p, b"Apt")),
            b'U' => lit(b, p, b"Unit"),
            b'R' => lit(b, p, b"Room"),
            _ => None,
        }?;
        if b.get(e) != Some(&b' ') {
            return None;
        }
        p = number_part(b, e + 1, usize::MAX)?;
    }
    let r = number_part(b, p, 4)?;

    // Branch 1: Welsh street word, then capitalised words (greedy, no type word).
    let welsh = match b.get(r)? {
        b'H' => lit(b, r, b"Heol"),
        b'S' => lit(b, r, b"Stryd"),
        b'F' => lit(b, r, b"Ffordd"),
        b'L' => lit(b, r, "Lôn".as_bytes()),
        _ => None,
    };
    // (A Welsh article may stand before each word: "Heol y Nant", "Ffordd yr Orsaf".)
    let article = |p: usize| {
        if b[p..].starts_with(b"y ") {
            p + 2
        } else if b[p..].starts_with(b"yr ") {
            p + 3
        } else {
            p
        }
    };
    if let Some(e) = welsh {
        if b.get(e) == Some(&b' ') {
            if let Some(mut e) = cap_word(s, article(e + 1), true) {
                while b.get(e) == Some(&b' ') {
                    match cap_word(s, article(e + 1), true) {
                        Some(e2) => e = e2,
                        None => break,
                    }
                }
                return Some(caps(at, e, None));
            }
        }
    }

    // Branch 2: capitalised words, the last of which (not the first) starts with a
    // street type; the greedy star keeps the most words that still let a type follow.
    let mut e = cap_word(s, r, false)?;
    let mut best = None;
    while b.get(e) == Some(&b' ') {
        match cap_word(s, e + 1, false) {
            Some(e2) => {
                if let Some(t) = street_type(b, e + 1) {
                    best = Some(t);
                }
                e = e2;
            }
            None => break,
        }
    }
    best.map(|end| caps(at, end, None))
}

// ---------------------------------------------------------------------------------------
// QUOTED
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const QUOTED: &str = r#"[“"‘']([A-Za-z0-9][A-Za-z0-9 _.@#!&+-]{0,30})[”"’']"#;

/// The leftmost-first match of QUOTED that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
/// Group 1 is the quoted content.
pub(crate) fn quoted_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes().get(..limit)?;
    // “ = E2 80 9C, ‘ = E2 80 98
    let open = match *b.get(at)? {
        b'"' | b'\'' => 1,
        0xE2 if b.get(at + 1) == Some(&0x80)
            && matches!(b.get(at + 2), Some(0x9C) | Some(0x98)) =>
        {
            3
        }
        _ => return None,
    };
    let cs = at + open;
    if !b.get(cs)?.is_ascii_alphanumeric() {
        return None;
    }
    // No closing quote is in the content class, so the greedy run never gives back.
    let max = cs + 31;
    let mut p = cs + 1;
    while p < max
        && b.get(p).is_some_and(|&c| {
            c.is_ascii_alphanumeric()
                || matches!(
                    c,
                    b' ' | b'_' | b'.' | b'@' | b'#' | b'!' | b'&' | b'+' | b'-'
                )
        })
    {
        p += 1;
    }
    // ” = E2 80 9D, ’ = E2 80 99
    let close = match *b.get(p)? {
        b'"' | b'\'' => 1,
        0xE2 if b.get(p + 1) == Some(&0x80) && matches!(b.get(p + 2), Some(0x9D) | Some(0x99)) => 3,
        _ => return None,
    };
    Some(caps(at, p + close, Some((cs, p))))
}

// ---------------------------------------------------------------------------------------
// IPV6
// ---------------------------------------------------------------------------------------

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const IPV6: &str = r"(?i)[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:/[0-9]{1,3})?";

/// Up to `max` bytes satisfying `f` from `p`: the end.
#[inline]
fn run_max(b: &[u8], mut p: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    let s = p;
    while p - s < max && b.get(p).is_some_and(|&c| f(c)) {
        p += 1;
    }
    p
}

/// The leftmost-first match of IPV6 that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn ipv6_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes().get(..limit)?;
    let c0 = *b.get(at)?;
    if !(c0.is_ascii_hexdigit() || c0 == b':') {
        return None;
    }
    // Giving back hex digits only ever leaves a hex digit where ':' or '/' is needed, so
    // each `{0,4}` is deterministic; the match may end anywhere after two groups.
    let mut p = run_max(b, at, 4, |c| c.is_ascii_hexdigit());
    let mut groups = 0;
    while groups < 7 && b.get(p) == Some(&b':') {
        p = run_max(b, p + 1, 4, |c| c.is_ascii_hexdigit());
        groups += 1;
    }
    if groups < 2 {
        return None;
    }
    if b.get(p) == Some(&b'/') {
        let q = run_max(b, p + 1, 3, |c| c.is_ascii_digit());
        if q > p + 1 {
            p = q;
        }
    }
    Some(caps(at, p, None))
}

// ---------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn street_ref() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(STREET))
    }
    fn quoted_ref() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(QUOTED))
    }
    fn ipv6_ref() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(IPV6))
    }

    const COMMON: &[char] = &[
        ' ', ' ', ' ', '\n', '\t', '\u{a0}', '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}',
        '0', '1', '9', ',', '.', '-',
    ];

    fn alphabet(extra: &[char]) -> Vec<char> {
        let mut v: Vec<char> = extra.to_vec();
        v.extend_from_slice(COMMON);
        v
    }

    fn chars_string(extra: &'static [char], max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(alphabet(extra)), 0..max)
            .prop_map(|v| v.into_iter().collect())
    }

    fn frag_string(frags: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(frags), 0..max).prop_map(|v| v.concat())
    }

    // ----- STREET -----

    const STREET_CASES: &[&str] = &[
        "12 High Street",
        "12 High Streets",
        "12 Roadside Road",
        "12 Foo Roadside",
        "1 Foo Bar Road Baz Lane Qux",
        "1 Foo Road Bar",
        "1 Foo Road Bar baz Lane",
        "12a, Foo Road",
        "12a Foo Road",
        "12, Foo Road",
        "12,Foo Road",
        "12  Foo Road",
        "12345 Foo Road",
        "1234 Foo Road",
        "Flat 3 12 Foo Road",
        "Flat 3b, 12 Foo Road",
        "Flat 3b,12 Foo Road",
        "Apartment 12 4 Park Avenue",
        "Apt 7, 4 Park Avenue",
        "Apartmen 7 4 Park Avenue",
        "Unit 1 2 Ab Way",
        "Room 99999 2 Ab Way",
        "Roomy 1 2 Ab Way",
        "Flat 1 12345 Foo Road",
        "3 Heol y Bont",
        "3 Heol y Nant Fach",
        "3 Ffordd yr Orsaf y Dref",
        "3 Heol y",
        "3 Heol yr",
        "3 Heol yr Bont yr",
        "3 Heol y y Bont",
        "3 Heol Y",
        "3 Heol Ya Bont Road",
        "3 Heol Ŵyn Ŷd",
        "3 Heol Ŵ",
        "3 Lôn Las",
        "3 Lon Las Road",
        "3 Stryd Fawr Ffordd",
        "3 Ffordd Ŵyn",
        "3 Heol",
        "3 Heol foo Road",
        "3 Heol Foo bar",
        "4 O’Brien’s Road",
        "4 O'Brien Road",
        "4 St-John Road",
        "4 Rue Émile Road",
        "4 Émile Road",
        "4 Aé\u{300} Road",
        "4 A\u{1E00}x Cñ Road",
        "4 Foo\u{a0}Road",
        "4 Foo\u{2003}Road",
        "4 Foo Road😀",
        "4 “Foo” Road",
        "4 Foo_1 Road",
        "5 A Road",
        "5 Ab Road",
        "5 Ab Avenue Avenue",
        "5 Ab Meadows Fields Gate Vale Parade Green View Rise Park Hill Square Row Mews",
        "5 Ab Walk Terrace Gardens Place Court Crescent Way Drive Grove Close Lane",
        "5 Ab Ro",
        "5 Ab Parad",
        "5 Ab Rowan",
        "é12 Foo Road",
        "x 12 Foo Road",
    ];

    #[test]
    fn street_table() {
        for t in STREET_CASES {
            check_all(street_ref(), t, street_at);
        }
    }

    #[test]
    fn street_known() {
        let t = "12 Foo Bar Road Baz Lane Qux";
        assert_eq!(street_at(t, 0, t.len()).map(|c| c.end), Some(24));
        // (Welsh articles between the words: "Heol y Bont", "Ffordd yr Orsaf".)
        let t = "3 Heol y Bont, Tawel";
        assert_eq!(street_at(t, 0, t.len()).map(|c| c.end), Some(13));
        let t = "3 Heol Ŵyn Ŷd x";
        assert_eq!(street_at(t, 0, t.len()).map(|c| c.end), Some(t.len() - 2));
    }

    const STREET_CHARS: &[char] = &[
        'A', 'R', 'H', 'L', 'o', 'a', 'd', 'e', 'l', 'n', 'y', '\'', '_', 'Ŷ', 'ô', 'x', '2',
    ];
    const STREET_FRAGS: &[&str] = &[
        "12 ",
        "1",
        "12345",
        "3b",
        "a",
        ",",
        ", ",
        " ",
        " ",
        " ",
        "  ",
        "Flat ",
        "Apartment ",
        "Apt ",
        "Unit ",
        "Room ",
        "Flat",
        "Flat 12345 ",
        "Apt 7a, ",
        "Heol ",
        "Stryd ",
        "Ffordd ",
        "Lôn ",
        "Heol",
        "Ŵyn",
        "Ŷ",
        "y",
        "Foo",
        "Bar",
        "O’Brien",
        "St-John",
        "Émile",
        "e\u{300}",
        "ḁ",
        "\u{a0}",
        "\u{2003}",
        "’",
        "“",
        "😀",
        "Road",
        "Roadside",
        "Avenue",
        "Lane",
        "Street",
        "Park",
        "Parade",
        "Par",
        "Row",
        "Rowan",
        "Meadows",
        "Fields",
        "Way",
        "Walk",
        "Gate",
        "Green",
        "Close",
        "Court",
        "Crescent",
        "X",
        "x",
        "Ab",
        "\n",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn street_chars_all(t in chars_string(STREET_CHARS, 40)) {
            check_all(street_ref(), &t, street_at);
        }

        #[test]
        fn street_frags_all(t in frag_string(STREET_FRAGS, 12)) {
            check_all(street_ref(), &t, street_at);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn street_chars_starts(t in chars_string(STREET_CHARS, 200)) {
            check_starts(street_ref(), &t, street_at);
        }

        #[test]
        fn street_frags_starts(t in frag_string(STREET_FRAGS, 40)) {
            check_starts(street_ref(), &t, street_at);
        }
    }

    // ----- QUOTED -----

    const QUOTED_CASES: &[&str] = &[
        "\"abc\"",
        "'abc'",
        "“abc”",
        "‘abc’",
        "“abc\"",
        "\"abc’",
        "‘abc'",
        "'abc”",
        "“abc“",
        "‘abc‘",
        "”abc”",
        "’abc’",
        "\"\"",
        "\" abc\"",
        "\"a\"",
        "\"a b_c.d@e#f!g&h+i-j\"",
        "\"a,b\"",
        "\"a'b\"",
        "\"abcdefghijklmnopqrstuvwxyz01234\"",
        "\"abcdefghijklmnopqrstuvwxyz012345\"",
        "\"abcdefghijklmnopqrstuvwxyz0123\"",
        "'abcdefghijklmnopqrstuvwxyz01234''",
        "“abcdefghijklmnopqrstuvwxyz01234”",
        "\"é\"",
        "\"aé\"",
        "\"a😀\"",
        "\"a\u{a0}b\"",
        "\"a\u{2003}b\"",
        "\"a\nb\"",
        "x\"abc\"y",
        "\"a\"b\"",
        "'It’s'",
        "“Hello World”.",
    ];

    #[test]
    fn quoted_table() {
        for t in QUOTED_CASES {
            check_all(quoted_ref(), t, quoted_at);
        }
    }

    #[test]
    fn quoted_known() {
        let t = "x“ab c”";
        let c = quoted_at(t, 1, t.len()).unwrap();
        assert_eq!((c.start, c.end, c.groups[0]), (1, t.len(), Some((4, 8))));
    }

    const QUOTED_CHARS: &[char] = &[
        '"', '\'', '“', '”', '‘', '’', 'a', 'Z', '5', ' ', '_', '.', '@', '#', '!', '&', '+', '-',
        'b', 'c',
    ];
    const QUOTED_FRAGS: &[&str] = &[
        "\"",
        "'",
        "“",
        "”",
        "‘",
        "’",
        "a",
        "abc",
        "Hello",
        "0123456789",
        "abcdefghij",
        " ",
        "_.@#!&+-",
        "é",
        "😀",
        "\u{a0}",
        ",",
        "\n",
        "x y",
    ];

    /// An opening quote, 0-35 content-ish chars, a closing quote, some junk around.
    fn quoted_shaped() -> impl Strategy<Value = String> {
        let quote = proptest::sample::select(&["\"", "'", "“", "”", "‘", "’", "x", ""][..]);
        let content = proptest::collection::vec(
            proptest::sample::select(
                &[
                    'a', 'Z', '0', '9', ' ', '_', '.', '@', '#', '!', '&', '+', '-',
                ][..],
            ),
            0..36,
        );
        (
            chars_string(QUOTED_CHARS, 3),
            quote.clone(),
            content,
            quote,
            chars_string(QUOTED_CHARS, 3),
        )
            .prop_map(|(a, o, c, e, z)| {
                format!("{a}{o}{}{e}{z}", c.into_iter().collect::<String>())
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn quoted_chars_all(t in chars_string(QUOTED_CHARS, 40)) {
            check_all(quoted_ref(), &t, quoted_at);
        }

        #[test]
        fn quoted_frags_all(t in frag_string(QUOTED_FRAGS, 12)) {
            check_all(quoted_ref(), &t, quoted_at);
        }

        #[test]
        fn quoted_shaped_all(t in quoted_shaped()) {
            check_all(quoted_ref(), &t, quoted_at);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn quoted_chars_starts(t in chars_string(QUOTED_CHARS, 200)) {
            check_starts(quoted_ref(), &t, quoted_at);
        }

        #[test]
        fn quoted_frags_starts(t in frag_string(QUOTED_FRAGS, 40)) {
            check_starts(quoted_ref(), &t, quoted_at);
        }
    }

    // ----- IPV6 -----

    const IPV6_CASES: &[&str] = &[
        "::",
        "::1",
        ":",
        "a:b",
        "a:b:c",
        "fe80::1",
        "FE80::1%eth0",
        "2001:db8:85a3:0:0:8a2e:370:7334",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334:abcd",
        "2001:db8::/32",
        "2001:db8::/1234",
        "2001:db8::/",
        "2001:db8::/x",
        "::/0",
        "12345::1",
        "1234::1",
        "1:12345:1",
        "1::12345",
        "g::1",
        "aBcD:EfAb:1",
        ":::::::::",
        "1:2:3:4:5:6:7:8:9",
        "1:2:3:4:5:6:7:8/64",
        "10:30",
        "10:30:45",
        "é::1",
        "::é",
        "::1’",
        "“::1”",
        "::\u{a0}1",
        "::\u{2003}",
        "😀::1",
    ];

    #[test]
    fn ipv6_table() {
        for t in IPV6_CASES {
            check_all(ipv6_ref(), t, ipv6_at);
        }
    }

    const IPV6_CHARS: &[char] = &[
        ':', ':', ':', ':', '/', 'a', 'F', 'e', 'B', '0', '3', '7', 'g', 'x', '5', '8',
    ];
    const IPV6_FRAGS: &[&str] = &[
        ":", "::", "1", "12", "123", "1234", "12345", "abcd", "ABCDE", "fe80", "/", "/6", "/64",
        "/128", "/1234", "g", " ", "é", "’", "\u{a0}", ".",
    ];

    /// 0-10 hex groups of 0-6 digits joined by ':', an optional "/digits", junk around.
    fn ipv6_shaped() -> impl Strategy<Value = String> {
        let hex = proptest::sample::select(&['0', '9', 'a', 'f', 'A', 'F', 'e', 'g', '1'][..]);
        let group =
            proptest::collection::vec(hex, 0..7).prop_map(|v| v.into_iter().collect::<String>());
        let groups = proptest::collection::vec(group, 0..11).prop_map(|v| v.join(":"));
        let suffix =
            proptest::sample::select(&["", "", "/", "/6", "/64", "/128", "/1280", "/a", ":"][..]);
        (
            chars_string(IPV6_CHARS, 3),
            groups,
            suffix,
            chars_string(IPV6_CHARS, 3),
        )
            .prop_map(|(a, g, s, z)| format!("{a}{g}{s}{z}"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn ipv6_chars_all(t in chars_string(IPV6_CHARS, 40)) {
            check_all(ipv6_ref(), &t, ipv6_at);
        }

        #[test]
        fn ipv6_frags_all(t in frag_string(IPV6_FRAGS, 16)) {
            check_all(ipv6_ref(), &t, ipv6_at);
        }

        #[test]
        fn ipv6_shaped_all(t in ipv6_shaped()) {
            check_all(ipv6_ref(), &t, ipv6_at);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn ipv6_chars_starts(t in chars_string(IPV6_CHARS, 200)) {
            check_starts(ipv6_ref(), &t, ipv6_at);
        }

        #[test]
        fn ipv6_frags_starts(t in frag_string(IPV6_FRAGS, 60)) {
            check_starts(ipv6_ref(), &t, ipv6_at);
        }
    }
}
