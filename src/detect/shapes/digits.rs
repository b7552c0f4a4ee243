//! Digit-led identifiers: NHS and National Insurance numbers, postcodes, vehicle
//! registrations, IPv4 addresses.
//!
//! Every pattern here is pure ASCII, so matching works on bytes: an ASCII byte never
//! occurs inside a multi-byte UTF-8 sequence, and every non-ASCII byte is a non-word
//! byte for `(?-u:\b)`.

use super::{word_at, word_before, Caps};

#[inline(always)]
fn digit(t: &[u8], limit: usize, p: usize) -> bool {
    p < limit && t[p].is_ascii_digit()
}

#[inline(always)]
fn upper(t: &[u8], limit: usize, p: usize) -> bool {
    p < limit && t[p].is_ascii_uppercase()
}

#[inline(always)]
fn byte_is(t: &[u8], limit: usize, p: usize, b: u8) -> bool {
    p < limit && t[p] == b
}

// ---------------------------------------------------------------------------------------
// NHS

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const NHS: &str = r"(?-u:\b)[0-9]{3}([ -]?)[0-9]{3}([ -]?)[0-9]{4}(?-u:\b)";

/// The leftmost-first match of NHS that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// Every step is forced: a `[ -]?` that skips a present separator would need a digit
/// where the separator is, so the greedy choice is the only one that can succeed.
pub(crate) fn nhs_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if !digit(t, limit, at) || word_before(t, at) {
        return None;
    }
    if !(digit(t, limit, at + 1) && digit(t, limit, at + 2)) {
        return None;
    }
    let mut p = at + 3;
    let g1s = p;
    if p < limit && (t[p] == b' ' || t[p] == b'-') {
        p += 1;
    }
    let g1 = (g1s, p);
    if !(digit(t, limit, p) && digit(t, limit, p + 1) && digit(t, limit, p + 2)) {
        return None;
    }
    p += 3;
    let g2s = p;
    if p < limit && (t[p] == b' ' || t[p] == b'-') {
        p += 1;
    }
    let g2 = (g2s, p);
    if !(digit(t, limit, p)
        && digit(t, limit, p + 1)
        && digit(t, limit, p + 2)
        && digit(t, limit, p + 3))
    {
        return None;
    }
    p += 4;
    // The last byte is a digit (a word byte): `\b` needs a non-word byte (or the end) next.
    if word_at(t, p) {
        return None;
    }
    Some(Caps {
        start: at,
        end: p,
        groups: [Some(g1), Some(g2)],
    })
}

// ---------------------------------------------------------------------------------------
// NI

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const NI: &str = r"(?-u:\b)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ) ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?-u:\b)";

/// `[A-CEGHJ-PR-TW-Z]`
#[inline(always)]
fn ni_first(b: u8) -> bool {
    matches!(b, b'A'..=b'C' | b'E' | b'G' | b'H' | b'J'..=b'P' | b'R'..=b'T' | b'W'..=b'Z')
}

/// `[A-CEGHJ-NPR-TW-Z]`
#[inline(always)]
fn ni_second(b: u8) -> bool {
    matches!(b, b'A'..=b'C' | b'E' | b'G' | b'H' | b'J'..=b'N' | b'P' | b'R'..=b'T' | b'W'..=b'Z')
}

/// The leftmost-first match of NI that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// Every ` ?` is followed by a digit or a letter, so taking a present space is forced.
/// "QQ", never issued, is HMRC's example prefix ("QQ 12 34 56 C"): drafts put it where a
/// real number goes.
pub(crate) fn ni_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if at + 1 >= limit || word_before(t, at) {
        return None;
    }
    let (a, b) = (t[at], t[at + 1]);
    if !((ni_first(a) && ni_second(b)) || (a == b'Q' && b == b'Q')) {
        return None;
    }
    let mut p = at + 2;
    for _ in 0..3 {
        if byte_is(t, limit, p, b' ') {
            p += 1;
        }
        if !(digit(t, limit, p) && digit(t, limit, p + 1)) {
            return None;
        }
        p += 2;
    }
    if byte_is(t, limit, p, b' ') {
        p += 1;
    }
    if !(p < limit && matches!(t[p], b'A'..=b'D')) {
        return None;
    }
    p += 1;
    if word_at(t, p) {
        return None;
    }
    Some(Caps::span(at, p))
}

// ---------------------------------------------------------------------------------------
// POSTCODE

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const POSTCODE: &str =
    r"(?-u:\b)(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)(?-u:\b)";

/// The rest of the first alternative after `[A-Z]{1,2}`, from `p`:
/// `[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?-u:\b)`, in backtracking order. Returns the end.
#[inline]
fn postcode_rest(t: &[u8], limit: usize, p: usize) -> Option<usize> {
    if !digit(t, limit, p) {
        return None;
    }
    let p = p + 1;
    // `[A-Z0-9]?`: greedy, take first.
    let can_take = upper(t, limit, p) || digit(t, limit, p);
    for take in [true, false] {
        if take && !can_take {
            continue;
        }
        let q = p + take as usize;
        // ` ?`: greedy, take first.
        let has_space = byte_is(t, limit, q, b' ');
        for sp in [true, false] {
            if sp && !has_space {
                continue;
            }
            let r = q + sp as usize;
            if digit(t, limit, r)
                && upper(t, limit, r + 1)
                && upper(t, limit, r + 2)
                && !word_at(t, r + 3)
            {
                return Some(r + 3);
            }
        }
    }
    None
}

/// The leftmost-first match of POSTCODE that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn postcode_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if !upper(t, limit, at) || word_before(t, at) {
        return None;
    }
    let done = |end: usize| {
        Some(Caps {
            start: at,
            end,
            groups: [None, None],
        })
    };
    // First alternative: `[A-Z]{1,2}` greedy (two letters first, then one).
    if upper(t, limit, at + 1) {
        if let Some(end) = postcode_rest(t, limit, at + 2) {
            return done(end);
        }
    }
    if let Some(end) = postcode_rest(t, limit, at + 1) {
        return done(end);
    }
    // Second alternative: `GIR ?0AA`.
    if byte_is(t, limit, at, b'G')
        && byte_is(t, limit, at + 1, b'I')
        && byte_is(t, limit, at + 2, b'R')
    {
        let mut p = at + 3;
        if byte_is(t, limit, p, b' ') {
            p += 1;
        }
        if byte_is(t, limit, p, b'0')
            && byte_is(t, limit, p + 1, b'A')
            && byte_is(t, limit, p + 2, b'A')
            && !word_at(t, p + 3)
        {
            return done(p + 3);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// VEHICLE

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const VEHICLE: &str = r"(?-u:\b)[A-Z]{2}[0-9]{2} ?[A-Z]{3}(?-u:\b)";

/// The leftmost-first match of VEHICLE that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn vehicle_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if !upper(t, limit, at) || word_before(t, at) {
        return None;
    }
    if !(upper(t, limit, at + 1) && digit(t, limit, at + 2) && digit(t, limit, at + 3)) {
        return None;
    }
    let mut p = at + 4;
    if byte_is(t, limit, p, b' ') {
        p += 1;
    }
    if !(upper(t, limit, p) && upper(t, limit, p + 1) && upper(t, limit, p + 2)) {
        return None;
    }
    p += 3;
    if word_at(t, p) {
        return None;
    }
    Some(Caps::span(at, p))
}

// ---------------------------------------------------------------------------------------
// IPV4

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const IPV4: &str = r"(?-u:\b)(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}(?:/(?:3[0-2]|[12]?[0-9]))?";

/// The lengths an octet `(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])` can match at
/// `p`, in priority order (0 = no such candidate). The three-digit alternatives exclude
/// each other, then `[1-9][0-9]` (greedy `?`), then `[0-9]`.
#[inline(always)]
fn octet_lens(t: &[u8], limit: usize, p: usize) -> [usize; 3] {
    if !digit(t, limit, p) {
        return [0, 0, 0];
    }
    let two = digit(t, limit, p + 1);
    let three = two
        && digit(t, limit, p + 2)
        && match (t[p], t[p + 1], t[p + 2]) {
            (b'2', b'5', c) => c <= b'5',
            (b'2', b, _) => b <= b'4',
            (b'1', _, _) => true,
            _ => false,
        };
    [
        if three { 3 } else { 0 },
        if two && t[p] != b'0' { 2 } else { 0 },
        1,
    ]
}

/// An octet at `p` that is followed by `.` (inside `limit`): returns the dot's position.
/// At most one candidate length can be followed by a dot (the longer ones are all digits
/// where the shorter one would need the dot), so there is no deeper backtracking.
#[inline(always)]
fn octet_dot(t: &[u8], limit: usize, p: usize) -> Option<usize> {
    for len in octet_lens(t, limit, p) {
        if len != 0 && byte_is(t, limit, p + len, b'.') {
            return Some(p + len);
        }
    }
    None
}

/// The leftmost-first match of IPV4 that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn ipv4_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if !digit(t, limit, at) || word_before(t, at) {
        return None;
    }
    let mut p = at;
    for _ in 0..3 {
        p = octet_dot(t, limit, p)? + 1;
    }
    // The last octet: nothing after it can fail (the prefix is optional, and there is no
    // trailing `\b`), so its first candidate wins.
    let lens = octet_lens(t, limit, p);
    let len = lens.into_iter().find(|&l| l != 0)?;
    p += len;
    // `(?:/(?:3[0-2]|[12]?[0-9]))?`
    if byte_is(t, limit, p, b'/') && digit(t, limit, p + 1) {
        let d = t[p + 1];
        let d2 = digit(t, limit, p + 2);
        // "3" takes a second digit only up to "32"; "1" and "2" take any.
        let two = d2 && (d == b'3' && t[p + 2] <= b'2' || d == b'1' || d == b'2');
        let plen = if two { 2 } else { 1 };
        p += 1 + plen;
    }
    Some(Caps::span(at, p))
}

// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};

    type Matcher = fn(&str, usize, usize) -> Option<Caps>;

    fn table(pattern: &str, f: Matcher, cases: &[&str]) {
        let r = Reference::new(pattern);
        for text in cases {
            check_all(&r, text, f);
        }
    }

    /// Characters shared by every alphabet: whitespace, Unicode, punctuation.
    const EXTRA: &[char] = &[
        ' ', '\n', '\t', '\u{a0}', '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}', '.', ',',
        '-', '_', '/', '(', ')', ':',
    ];

    fn runner(cases: u32) -> TestRunner {
        TestRunner::new(Config {
            cases,
            failure_persistence: None,
            ..Config::default()
        })
    }

    /// Random strings over `alphabet` (weighted 3:1 against `EXTRA`).
    fn chars_strategy(alphabet: &'static [char], max: usize) -> impl Strategy<Value = String> {
        let pick = prop_oneof![
            3 => proptest::sample::select(alphabet),
            1 => proptest::sample::select(EXTRA),
        ];
        proptest::collection::vec(pick, 0..=max).prop_map(|v| v.into_iter().collect::<String>())
    }

    fn frags_strategy(frags: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(frags), 0..=max).prop_map(|v| v.concat())
    }

    fn prop_chars(pattern: &str, f: Matcher, alphabet: &'static [char], cases: u32) {
        let r = Reference::new(pattern);
        runner(cases)
            .run(&chars_strategy(alphabet, 40), |s| {
                check_all(&r, &s, f);
                Ok(())
            })
            .unwrap();
        runner(cases / 4)
            .run(&chars_strategy(alphabet, 200), |s| {
                check_starts(&r, &s, f);
                Ok(())
            })
            .unwrap();
    }

    fn prop_frags(pattern: &str, f: Matcher, frags: &'static [&'static str], cases: u32) {
        let r = Reference::new(pattern);
        runner(cases)
            .run(&frags_strategy(frags, 10), |s| {
                check_all(&r, &s, f);
                Ok(())
            })
            .unwrap();
        runner(cases / 4)
            .run(&frags_strategy(frags, 60), |s| {
                check_starts(&r, &s, f);
                Ok(())
            })
            .unwrap();
    }

    /// A slot of a near-match: a good option (weight 12) or a bad one (weight 1).
    type Slot = (&'static [&'static str], &'static [&'static str]);

    /// One near-match: one option per slot, concatenated.
    fn shape(slots: &'static [Slot]) -> impl Strategy<Value = String> + Clone {
        slots
            .iter()
            .map(|&(good, bad)| {
                prop_oneof![12 => proptest::sample::select(good), 1 => proptest::sample::select(bad)]
            })
            .collect::<Vec<_>>()
            .prop_map(|v| v.concat())
    }

    /// Near-matches, one to `max` of them in a row, with `check_all` (short) and
    /// `check_starts` (longer).
    fn prop_shapes<S: Strategy<Value = String> + Clone>(
        pattern: &str,
        f: Matcher,
        one: S,
        cases: u32,
    ) {
        let r = Reference::new(pattern);
        runner(cases)
            .run(
                &proptest::collection::vec(one.clone(), 1..=2).prop_map(|v| v.concat()),
                |s| {
                    check_all(&r, &s, f);
                    Ok(())
                },
            )
            .unwrap();
        runner(cases / 4)
            .run(
                &proptest::collection::vec(one, 1..=8).prop_map(|v| v.concat()),
                |s| {
                    check_starts(&r, &s, f);
                    Ok(())
                },
            )
            .unwrap();
    }

    /// Context around a near-match: mostly non-word, sometimes a word char.
    const CTX: Slot = (
        &[
            "", "", "", " ", "é", "’", "“", "\u{a0}", "\u{2003}", "😀", "-", ".", "\n", "\u{300}",
            ",", "/",
        ],
        &["a", "Z", "_", "1"],
    );

    const CASES: u32 = 10_000;

    // ----- NHS

    #[test]
    fn nhs_table() {
        table(
            NHS,
            nhs_at,
            &[
                "123 456 7890",
                "123-456-7890",
                "1234567890",
                "123 4567890",
                "123456-7890",
                "123 456-7890",
                "123-456 7890",
                "12345678901",
                "a1234567890",
                "1234567890a",
                "_1234567890",
                "1234567890_",
                "x 123 456 7890 y",
                "123  456 7890",
                "123 456  7890",
                "123--456-7890",
                "123 456 789",
                "123 456 789 0",
                "12 3456 7890",
                "é1234567890é",
                "’123-456-7890’",
                "“123 456 7890”",
                "1234567890😀",
                "😀1234567890",
                "\u{a0}123 456 7890\u{a0}",
                "123\u{a0}456\u{a0}7890",
                "123\u{2003}456\u{2003}7890",
                "123 456 7890 123 456 7890",
                "0000000000.",
                "-123-456-7890-",
                "１２３4567890",
                "123 456 7890\u{300}",
                "1234567890\n9876543210",
            ],
        );
    }

    const NHS_ALPHA: &[char] = &[
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '-', 'a', 'Z',
    ];
    const NHS_FRAGS: &[&str] = &[
        "123",
        "456",
        "7890",
        "12",
        "1",
        "9",
        "0",
        "12345",
        "1234567890",
        " ",
        "-",
        " ",
        "-",
        "  ",
        "a",
        "_",
        "é",
        "’",
        "\u{a0}",
        "\u{2003}",
        "😀",
        ".",
        "\n",
    ];

    #[test]
    fn nhs_prop_chars() {
        prop_chars(NHS, nhs_at, NHS_ALPHA, CASES);
    }

    #[test]
    fn nhs_prop_frags() {
        prop_frags(NHS, nhs_at, NHS_FRAGS, CASES);
    }

    const DIGITS: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    const NHS_D: Slot = (DIGITS, &["a", "", "12", " ", "-", "é"]);
    const NHS_SEP: Slot = (
        &["", " ", "-"],
        &["  ", "\u{a0}", "--", " -", "\u{2003}", "_"],
    );
    const NHS_SHAPE: &[Slot] = &[
        CTX, NHS_D, NHS_D, NHS_D, NHS_SEP, NHS_D, NHS_D, NHS_D, NHS_SEP, NHS_D, NHS_D, NHS_D,
        NHS_D, CTX,
    ];

    #[test]
    fn nhs_prop_shapes() {
        prop_shapes(NHS, nhs_at, shape(NHS_SHAPE), CASES);
    }

    // ----- NI

    #[test]
    fn ni_table() {
        table(
            NI,
            ni_at,
            &[
                "AB123456C",
                "AB 12 34 56 C",
                "AB12 34 56C",
                "AB 123456 D",
                "AB123456A",
                "AB123456B",
                "AB123456E",
                "AB123456CD",
                "AB123456C1",
                "AB123456C_",
                "xAB123456C",
                "1AB123456C",
                "_AB123456C",
                "QQ123456C",
                "QQ 12 34 56 C",
                "QQ123456E",
                "QA123456C",
                "AQ123456C",
                "xQQ123456C",
                "QQQ123456C",
                "DA123456A",
                "FA123456A",
                "IA123456A",
                "UA123456A",
                "VA123456A",
                "AO123456A",
                "OA123456A",
                "AD123456A",
                "ZZ123456A",
                "WY 98 76 54 B",
                "AB  12 34 56 C",
                "AB 12 34 56  C",
                "AB12345C",
                "AB1234567C",
                "ab123456c",
                "Ab123456C",
                "ÉAB123456C",
                "AB123456C’",
                "’AB 12 34 56 C’",
                "“AB123456C”",
                "AB123456C😀",
                "\u{a0}AB123456C\u{a0}",
                "AB\u{a0}12\u{a0}34\u{a0}56\u{a0}C",
                "AB\u{2003}123456C",
                "AB123456C\u{300}",
                "JK 12 34 56 A and MN 65 43 21 D",
            ],
        );
    }

    const NI_ALPHA: &[char] = &[
        'A', 'B', 'C', 'D', 'E', 'F', 'O', 'Q', 'Z', 'J', 'a', '1', '2', '3', '0', '9', ' ', ' ',
    ];
    const NI_FRAGS: &[&str] = &[
        "AB",
        "QQ",
        "OA",
        "AO",
        "JK",
        "ZY",
        "D",
        "F",
        "12",
        "34",
        "56",
        "5",
        "1",
        " ",
        " ",
        "  ",
        "A",
        "C",
        "D",
        "E",
        "x",
        "ab",
        "_",
        "’",
        "é",
        "\u{a0}",
        "😀",
        "AB123456C",
        "AB 12 34 56 ",
    ];

    #[test]
    fn ni_prop_chars() {
        prop_chars(NI, ni_at, NI_ALPHA, CASES);
    }

    #[test]
    fn ni_prop_frags() {
        prop_frags(NI, ni_at, NI_FRAGS, CASES);
    }

    const NI_F: Slot = (
        &[
            "A", "B", "C", "E", "G", "H", "J", "K", "L", "M", "N", "O", "P", "R", "S", "T", "W",
            "X", "Y", "Z",
        ],
        &["D", "F", "I", "Q", "U", "V", "a", "1", "", "AB"],
    );
    const NI_S: Slot = (
        &[
            "A", "B", "C", "E", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W", "X",
            "Y", "Z",
        ],
        &["O", "D", "F", "I", "Q", "U", "V", "a", "1", ""],
    );
    const NI_SP: Slot = (&["", " "], &["  ", "\u{a0}", "\u{2003}", "-"]);
    const NI_D: Slot = (DIGITS, &["A", "", "12", " ", "é"]);
    const NI_L: Slot = (&["A", "B", "C", "D"], &["E", "Z", "a", "1", "", "AB"]);
    const NI_SHAPE: &[Slot] = &[
        CTX, NI_F, NI_S, NI_SP, NI_D, NI_D, NI_SP, NI_D, NI_D, NI_SP, NI_D, NI_D, NI_SP, NI_L, CTX,
    ];

    #[test]
    fn ni_prop_shapes() {
        prop_shapes(NI, ni_at, shape(NI_SHAPE), CASES);
    }

    // ----- POSTCODE

    #[test]
    fn postcode_table() {
        table(
            POSTCODE,
            postcode_at,
            &[
                "SW1A 1AA",
                "SW1A1AA",
                "M1 1AE",
                "M11AE",
                "B33 8TH",
                "CR2 6XH",
                "DN55 1PT",
                "W1A 0AX",
                "EC1A 1BB",
                "A12 3BC",
                "A123BC",
                "A12BC",
                "AB12CD",
                "A1B2CD",
                "A1 23CD",
                "A1  2CD",
                "AB1 1A",
                "AB1 1A1",
                "ABC1 1AA",
                "AB12 3CDE",
                "AB12 3CD4",
                "AB12 3CD_",
                "xAB12 3CD",
                "1AB12 3CD",
                "sw1a 1aa",
                "Sw1A 1AA",
                "M1 1AEx",
                "GIR 0AA",
                "GIR0AA",
                "GIR  0AA",
                "GIR 0AAB",
                "GIR 0AB",
                "GIRO 0AA",
                "XGIR 0AA",
                "GI1 0AA",
                "G1R 0AA",
                "GIR 0AA’",
                "’SW1A 1AA’",
                "“M1 1AE”",
                "ÉM1 1AE",
                "M1 1AEé",
                "M1 1AE😀",
                "M1\u{a0}1AE",
                "\u{a0}M1 1AE\u{a0}",
                "M1\u{2003}1AE",
                "M1 1AE\u{300}",
                "M1 1AE M2 2BF",
            ],
        );
    }

    const POSTCODE_ALPHA: &[char] = &[
        'A', 'B', 'G', 'I', 'R', 'M', 'S', 'W', 'a', '0', '1', '2', '3', '9', ' ', ' ',
    ];
    const POSTCODE_FRAGS: &[&str] = &[
        "SW", "1A", "M", "1", "2", "33", " ", " ", "  ", "1AA", "AE", "AA", "A", "B", "GIR", "GI",
        "G", "IR", "0AA", "0A", "0", "x", "é", "_", "’", "\u{a0}", "😀", "SW1A 1AA", "GIR 0AA",
    ];

    #[test]
    fn postcode_prop_chars() {
        prop_chars(POSTCODE, postcode_at, POSTCODE_ALPHA, CASES);
    }

    #[test]
    fn postcode_prop_frags() {
        prop_frags(POSTCODE, postcode_at, POSTCODE_FRAGS, CASES);
    }

    const PC_U: Slot = (
        &["A", "B", "M", "S", "W", "Z", "G", "I", "R"],
        &["", "a", "1", "AB", "é"],
    );
    const PC_U1: Slot = (
        &["", "", "A", "B", "M", "W", "G", "I"],
        &["a", "1", "AB", "é"],
    );
    const PC_D: Slot = (DIGITS, &["A", "", "12", "é", " "]);
    const PC_UD: Slot = (
        &["", "", "", "A", "W", "1", "9", "0"],
        &["a", " ", "AB", "12", "é"],
    );
    const PC_SP: Slot = (&["", " "], &["  ", "\u{a0}", "\u{2003}", "-"]);
    const PC_SHAPE: &[Slot] = &[CTX, PC_U, PC_U1, PC_D, PC_UD, PC_SP, PC_D, PC_U, PC_U, CTX];
    const GIR_G: Slot = (&["GIR"], &["GI", "G", "GIRO", "gir", "AGIR", "GIR1"]);
    const GIR_0: Slot = (&["0"], &["O", "1", "", "00"]);
    const GIR_A: Slot = (&["AA"], &["A", "AAB", "AB", "aa", "AA1"]);
    const GIR_SHAPE: &[Slot] = &[CTX, GIR_G, PC_SP, GIR_0, GIR_A, CTX];

    #[test]
    fn postcode_prop_shapes() {
        prop_shapes(
            POSTCODE,
            postcode_at,
            prop_oneof![3 => shape(PC_SHAPE), 1 => shape(GIR_SHAPE)],
            CASES,
        );
    }

    // ----- VEHICLE

    #[test]
    fn vehicle_table() {
        table(
            VEHICLE,
            vehicle_at,
            &[
                "AB12 CDE",
                "AB12CDE",
                "AB12  CDE",
                "ab12 cde",
                "Ab12 CDE",
                "AB1 CDE",
                "A12 CDE",
                "AB123 CDE",
                "AB12 CD",
                "AB12 CDEF",
                "AB12 CDE1",
                "AB12 CDE_",
                "XAB12CDE",
                "1AB12CDE",
                "_AB12CDE",
                "AB12 CDE’",
                "“AB12 CDE”",
                "ÀAB12CDE",
                "AB12CDEÀ",
                "AB12CDE😀",
                "AB12\u{a0}CDE",
                "\u{a0}AB12 CDE\u{a0}",
                "AB12\u{2003}CDE",
                "AB12 CDE\u{300}",
                "AB12 CDE XY34FGH",
            ],
        );
    }

    const VEHICLE_ALPHA: &[char] = &['A', 'B', 'C', 'X', 'Z', 'a', '0', '1', '2', '9', ' ', ' '];
    const VEHICLE_FRAGS: &[&str] = &[
        "AB", "XY", "A", "12", "34", "1", "CDE", "CD", "E", " ", " ", "  ", "a", "_", "’", "é",
        "\u{a0}", "😀", "AB12 CDE",
    ];

    #[test]
    fn vehicle_prop_chars() {
        prop_chars(VEHICLE, vehicle_at, VEHICLE_ALPHA, CASES);
    }

    #[test]
    fn vehicle_prop_frags() {
        prop_frags(VEHICLE, vehicle_at, VEHICLE_FRAGS, CASES);
    }

    const VEH_U: Slot = (&["A", "B", "C", "X", "Y", "Z"], &["", "a", "1", "AB", "é"]);
    const VEH_D: Slot = (DIGITS, &["", "A", "12", " ", "é"]);
    const VEH_SP: Slot = (&["", " "], &["  ", "\u{a0}", "\u{2003}", "-"]);
    const VEH_SHAPE: &[Slot] = &[
        CTX, VEH_U, VEH_U, VEH_D, VEH_D, VEH_SP, VEH_U, VEH_U, VEH_U, CTX,
    ];

    #[test]
    fn vehicle_prop_shapes() {
        prop_shapes(VEHICLE, vehicle_at, shape(VEH_SHAPE), CASES);
    }

    // ----- IPV4

    #[test]
    fn ipv4_table() {
        table(
            IPV4,
            ipv4_at,
            &[
                "192.168.0.1",
                "255.255.255.255",
                "0.0.0.0",
                "256.1.1.1",
                "1.256.1.1",
                "1.2.3.256",
                "1.2.3.260",
                "1.2.3.300",
                "1.2.3.999",
                "999.1.1.1",
                "300.1.1.1",
                "249.250.251.252",
                "199.100.99.9",
                "200.209.240.249",
                "25.5.2.55",
                "01.2.3.4",
                "1.02.3.4",
                "1.2.3.04",
                "1.2.3.4",
                "1.2.3",
                "1.2.3.",
                "1.2.3.4.5",
                "1..2.3.4",
                "a1.2.3.4",
                "_1.2.3.4",
                "1.2.3.4a",
                ".1.2.3.4",
                "10.0.0.1/24",
                "10.0.0.1/32",
                "10.0.0.1/33",
                "10.0.0.1/30",
                "10.0.0.1/3",
                "10.0.0.1/4",
                "10.0.0.1/0",
                "10.0.0.1/9x",
                "10.0.0.1/19",
                "10.0.0.1/29",
                "10.0.0.1/299",
                "10.0.0.1/1x",
                "10.0.0.1/2",
                "10.0.0.1/",
                "10.0.0.1/x",
                "10.0.0.1//24",
                "1.2.3.4/24/8",
                "1.2.3.255/32",
                "1.2.3.25/5",
                "é1.2.3.4é",
                "’1.2.3.4’",
                "“10.0.0.1/8”",
                "1.2.3.4😀",
                "\u{a0}1.2.3.4\u{a0}",
                "1.2.3.4\u{2003}",
                "1\u{a0}.2.3.4",
                "1.2.3.4\u{300}",
                "１.2.3.4",
                "1.2.3.4 and 5.6.7.8/16",
            ],
        );
    }

    const IPV4_ALPHA: &[char] = &[
        '0', '1', '2', '3', '4', '5', '6', '9', '.', '.', '.', '/', 'a',
    ];
    const IPV4_FRAGS: &[&str] = &[
        "192", "168", "0", "1", "2", "5", "9", "25", "255", "256", "24", "249", "250", "10", "01",
        "99", "100", "199", "300", "3", ".", ".", ".", ".", "/", "/24", "/32", "/33", "/3", "/1",
        "a", " ", "é", "_", "’", "\u{a0}", "😀", "1.2.3.4",
    ];

    #[test]
    fn ipv4_prop_chars() {
        prop_chars(IPV4, ipv4_at, IPV4_ALPHA, CASES);
    }

    #[test]
    fn ipv4_prop_frags() {
        prop_frags(IPV4, ipv4_at, IPV4_FRAGS, CASES);
    }

    const IP_O: Slot = (
        &[
            "0", "1", "9", "25", "255", "256", "249", "250", "199", "100", "10", "2", "24", "260",
            "5", "55", "99", "200", "209", "240", "251", "254",
        ],
        &["01", "300", "1000", "", "2555", "a", "00"],
    );
    const IP_DOT: Slot = (&["."], &["", "..", "a", " ", "/"]);
    const IP_PFX: Slot = (
        &[
            "", "", "", "/24", "/32", "/33", "/3", "/1", "/2", "/19", "/29", "/299", "/4", "/0",
            "/30", "/35", "/9",
        ],
        &["/", "/x", "/08", "//8", "/1a", "/ 8", ".5", "0"],
    );
    const IP_SHAPE: &[Slot] = &[
        CTX, IP_O, IP_DOT, IP_O, IP_DOT, IP_O, IP_DOT, IP_O, IP_PFX, CTX,
    ];

    #[test]
    fn ipv4_prop_shapes() {
        prop_shapes(IPV4, ipv4_at, shape(IP_SHAPE), CASES);
    }
}
