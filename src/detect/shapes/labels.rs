//! Identifiers after a label (collar numbers, staff/patient numbers, case references).
//!
//! Hand-written anchored matchers that agree exactly with regex-automata's leftmost-first
//! anchored search of `text[at..limit]` (look-arounds see the whole text). ASCII case
//! folding only: 'ſ' (U+017F) and 'K' (U+212A) are deliberately not folded.
use super::{word_at, word_before, Caps};

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const COLLAR: &str = r"(?-u:\b)(?:PC|PCSO|DC|DS|Sgt|SGT|Insp|INSP|DI|PS|SC|CEO)(?: |\. )([0-9]{3,5})(?-u:\b)|(?-u:\b)(?i:collar|warrant|shoulder|badge)(?: numbers?| nos?\.?)?(?: is| was)? ([0-9]{3,6})(?-u:\b)";
/// The pattern (exactly as given), for the reference tests. "mosaic": the social care
/// case system many councils use, whose ID is a person's, as are those of the patient
/// and case record systems after it (RiO, a PAS, Liquidlogic's LAS, Carenotes,
/// SystmOne, EMIS: "RiO ID 1048823"); up to 12 digits after a letter:
/// a unique pupil number ("K801200312045").
#[cfg(test)]
pub(crate) const NUMBERED: &str = r"(?i)(?-u:\b)(?:(?:payroll|staff|employee|personnel|student|pupil|patient|hospital|badge|warrant|pension|membership|mosaic|rio|pas|las|carenotes|liquidlogic|systmone|emis) (?:numbers?|nos?\.?|ids?|references?)|payroll)[ :(]*((?:[A-Z]{0,3}-?[0-9]{5,12})(?:(?:,| and| &) [A-Z]{0,3}-?[0-9]{5,12})*)";
/// The pattern (exactly as given), for the reference tests. A reference may be written
/// with letters, a space and digits ("CMS 24/0915": the letters in capitals), with two
/// groups of letters ("HSG/DM/2023/08812", "W-INC-88214"), and its hyphens may be
/// Unicode ones (U+2010, the non-breaking U+2011) that word processors put in. "Datix":
/// the incident reporting system most NHS bodies use, whose references are incidents'
/// ("Datix 78112", "the Datix for this is INC-2023-14471", "on Datix as W214733").
#[cfg(test)]
pub(crate) const CASE_REF: &str = r"(?i)(?-u:\b)(?:pcn|penalty charge notice|parking charge notice|tribunal case number|\(reference|(?:complaint|case|crime|claim|appeal|referral|tenancy|permit|incident|enforcement|enquiry|application|occurrence|inquest)(?: reference| ref\.?| number| no\.?| id| account| acct\.?| log)?|datix(?: for (?:this|it))?(?: reference| ref\.?| number| no\.?| id)?(?: is| was| as)?|reference|ref\.?)[ :(]*((?-i:[A-Z]{2,4}) [0-9][A-Z0-9]*(?:(?:[/-]|\x{2010}|\x{2011})[A-Z0-9]+)*|[A-Z]{0,4}(?:(?:[/-]|\x{2010}|\x{2011})[A-Z]{1,4})?(?:[/-]|\x{2010}|\x{2011})?[0-9][A-Z0-9]*(?:(?:[/-]|\x{2010}|\x{2011})[A-Z0-9]+)*)";

// ---------------------------------------------------------------------------------------
// Shared helpers. All reads of the pattern's consumed text stay below `limit`; only the
// word-boundary tests look at the whole text.

/// Exact literal `lit` at `p`, ending at or before `limit`.
#[inline]
fn lit(t: &[u8], p: usize, limit: usize, lit: &[u8]) -> bool {
    p + lit.len() <= limit && &t[p..p + lit.len()] == lit
}

/// ASCII case-insensitive literal at `p` (`lit` is lower case), ending at or before `limit`.
#[inline]
fn lit_ci(t: &[u8], p: usize, limit: usize, lit: &[u8]) -> bool {
    p + lit.len() <= limit
        && t[p..p + lit.len()]
            .iter()
            .zip(lit)
            .all(|(&a, &b)| a.to_ascii_lowercase() == b)
}

/// Number of bytes from `p` (below `limit`, at most `max`) satisfying `pred`.
#[inline]
fn run(t: &[u8], p: usize, limit: usize, max: usize, pred: impl Fn(u8) -> bool) -> usize {
    let end = limit.min(p.saturating_add(max));
    let mut i = p;
    while i < end && pred(t[i]) {
        i += 1;
    }
    i - p
}

/// `[ :(]*` (greedy; the items after it never start with one of these bytes, so only the
/// longest run can lead to a match).
#[inline]
fn skip_seps(t: &[u8], p: usize, limit: usize) -> usize {
    p + run(t, p, limit, usize::MAX, |b| matches!(b, b' ' | b':' | b'('))
}

// ---------------------------------------------------------------------------------------
// COLLAR

/// `[0-9]{min,max}(?-u:\b)` at `p`: digits are word bytes, so only the longest run can be
/// followed by a boundary (a shorter one is followed by a digit). Returns the end.
#[inline]
fn digits_then_boundary(t: &[u8], p: usize, limit: usize, min: usize, max: usize) -> Option<usize> {
    let n = run(t, p, limit, max, |b| b.is_ascii_digit());
    let e = p + n;
    if n >= min && !word_at(t, e) {
        Some(e)
    } else {
        None
    }
}

/// The leftmost-first match of COLLAR that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn collar_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if at >= limit || limit > t.len() {
        return None;
    }
    // First bytes of both branches: P D S I (case-sensitive) / c w s b (any case).
    if !matches!(
        t[at],
        b'P' | b'D' | b'S' | b'I' | b'C' | b'c' | b'W' | b'w' | b's' | b'B' | b'b'
    ) {
        return None;
    }
    // Both branches start with (?-u:\b) before a letter.
    if word_before(t, at) {
        return None;
    }
    // Branch 1: case-sensitive rank, then " " or ". ", then 3-5 digits and a boundary.
    // ("CEO 117": a civil enforcement officer's number, as parking services write it.)
    const RANKS: [&[u8]; 12] = [
        b"PC", b"PCSO", b"DC", b"DS", b"Sgt", b"SGT", b"Insp", b"INSP", b"DI", b"PS", b"SC", b"CEO",
    ];
    for rank in RANKS {
        if !lit(t, at, limit, rank) {
            continue;
        }
        let p = at + rank.len();
        for sep in [&b" "[..], &b". "[..]] {
            if lit(t, p, limit, sep) {
                let q = p + sep.len();
                if let Some(e) = digits_then_boundary(t, q, limit, 3, 5) {
                    return Some(Caps {
                        start: at,
                        end: e,
                        groups: [Some((q, e)), None],
                    });
                }
            }
        }
    }
    // Branch 2: (?i:collar|warrant|shoulder|badge), optional " number"/" no."/" no"
    // (case-sensitive), " ", 3-6 digits and a boundary.
    const WORDS: [&[u8]; 4] = [b"collar", b"warrant", b"shoulder", b"badge"];
    for word in WORDS {
        if !lit_ci(t, at, limit, word) {
            continue;
        }
        let p = at + word.len();
        for opt in [
            &b" numbers"[..],
            &b" number"[..],
            &b" nos."[..],
            &b" nos"[..],
            &b" no."[..],
            &b" no"[..],
            &b""[..],
        ] {
            if !lit(t, p, limit, opt) {
                continue;
            }
            // Then an optional " is" / " was" (case-insensitive): "collar number is 4127".
            for verb in [&b" is"[..], &b" was"[..], &b""[..]] {
                if !lit_ci(t, p + opt.len(), limit, verb) {
                    continue;
                }
                let q = p + opt.len() + verb.len();
                if lit(t, q, limit, b" ") {
                    if let Some(e) = digits_then_boundary(t, q + 1, limit, 3, 6) {
                        return Some(Caps {
                            start: at,
                            end: e,
                            groups: [None, Some((q + 1, e))],
                        });
                    }
                }
            }
        }
        // The words are not prefixes of one another: at most one can match.
        break;
    }
    None
}

// ---------------------------------------------------------------------------------------
// NUMBERED

/// `[A-Z]{0,3}-?[0-9]{5,12}` (case-insensitive) at `p`. Fewer letters than the longest
/// run (at most 3) leave a letter where a hyphen or a digit is needed; skipping a
/// present hyphen leaves a hyphen where a digit is needed; and the list after an item
/// may always stop, so the greedy choice is the leftmost-first one. Returns the end.
#[inline]
fn num_item(t: &[u8], p: usize, limit: usize) -> Option<usize> {
    let mut r = p + run(t, p, limit, 3, |b| b.is_ascii_alphabetic());
    if lit(t, r, limit, b"-") {
        r += 1;
    }
    let d = run(t, r, limit, 12, |b| b.is_ascii_digit());
    if d >= 5 {
        Some(r + d)
    } else {
        None
    }
}

/// `item(?:(?:,| and| &) item)*` at `p`. Returns the end.
#[inline]
fn num_list(t: &[u8], p: usize, limit: usize) -> Option<usize> {
    let mut e = num_item(t, p, limit)?;
    loop {
        // The three separators differ in their first two bytes: at most one matches.
        let s = if lit(t, e, limit, b",") {
            e + 1
        } else if lit_ci(t, e, limit, b" and") {
            e + 4
        } else if lit(t, e, limit, b" &") {
            e + 2
        } else {
            break;
        };
        if !lit(t, s, limit, b" ") {
            break;
        }
        match num_item(t, s + 1, limit) {
            Some(e2) => e = e2,
            None => break,
        }
    }
    Some(e)
}

/// The leftmost-first match of NUMBERED that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
pub(crate) fn numbered_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if at >= limit || limit > t.len() {
        return None;
    }
    if !matches!(
        t[at] | 0x20,
        b'p' | b's' | b'e' | b'h' | b'b' | b'w' | b'm' | b'r' | b'l' | b'c'
    ) {
        return None;
    }
    if word_before(t, at) {
        return None;
    }
    const LABELS: [&[u8]; 20] = [
        b"payroll",
        b"staff",
        b"employee",
        b"personnel",
        b"student",
        b"pupil",
        b"patient",
        b"hospital",
        b"badge",
        b"warrant",
        b"pension",
        b"membership",
        b"mosaic",
        b"rio",
        b"pas",
        b"las",
        b"carenotes",
        b"liquidlogic",
        b"systmone",
        b"emis",
    ];
    // No label is a prefix of another: at most one matches.
    let label = LABELS.iter().find(|l| lit_ci(t, at, limit, l))?;
    let after_label = at + label.len();
    // The first branch: a label, a space and a word for a number.
    let p = after_label + 1;
    let spaced = lit(t, after_label, limit, b" ");
    // `(?:numbers?|nos?\.?|ids?|references?)` expanded in priority order.
    const SUFFIXES: [&[u8]; 10] = [
        b"numbers",
        b"number",
        b"nos.",
        b"nos",
        b"no.",
        b"no",
        b"ids",
        b"id",
        b"references",
        b"reference",
    ];
    for suf in SUFFIXES {
        if !spaced || !lit_ci(t, p, limit, suf) {
            continue;
        }
        let q = skip_seps(t, p + suf.len(), limit);
        if let Some(e) = num_list(t, q, limit) {
            return Some(Caps {
                start: at,
                end: e,
                groups: [Some((q, e)), None],
            });
        }
    }
    // The second branch: "payroll" alone before the number ("(payroll AMB004417)").
    if label.eq_ignore_ascii_case(b"payroll") {
        let q = skip_seps(t, after_label, limit);
        if let Some(e) = num_list(t, q, limit) {
            return Some(Caps {
                start: at,
                end: e,
                groups: [Some((q, e)), None],
            });
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// CASE_REF

#[inline]
fn is_alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// `(?:[/-]|\x{2010}|\x{2011})` at `p`: its length in bytes, or 0.
#[inline]
fn case_sep(t: &[u8], p: usize, limit: usize) -> usize {
    if p < limit && matches!(t[p], b'-' | b'/') {
        1
    } else if lit(t, p, limit, "\u{2010}".as_bytes()) || lit(t, p, limit, "\u{2011}".as_bytes()) {
        3
    } else {
        0
    }
}

/// `[0-9][A-Z0-9]*(?:SEP[A-Z0-9]+)*` at `p` (case-insensitive). Nothing follows it in the
/// pattern, so the greedy path is the leftmost-first one. Returns the end.
#[inline]
fn case_digits(t: &[u8], p: usize, limit: usize) -> Option<usize> {
    if !(p < limit && t[p].is_ascii_digit()) {
        return None;
    }
    let mut r = p + 1;
    r += run(t, r, limit, usize::MAX, is_alnum);
    loop {
        let n = case_sep(t, r, limit);
        if n == 0 || !(r + n < limit && is_alnum(t[r + n])) {
            return Some(r);
        }
        r += n;
        r += run(t, r, limit, usize::MAX, is_alnum);
    }
}

/// The reference group at `p`: `(?-i:[A-Z]{2,4}) ` then the digits, else
/// `[A-Z]{0,4}(?:SEP[A-Z]{1,4})?SEP?` then the digits. In the first branch a shorter run
/// of capitals leaves a capital where the space is needed; in the second, fewer letters
/// in either run leave a letter where a separator or a digit is needed, and skipping a
/// present separator leaves a byte that is not a digit; the second group of letters,
/// when a separator and a letter stand there, leaves no way without it (the letter
/// after the separator is no digit). Returns the end.
#[inline]
fn case_group(t: &[u8], p: usize, limit: usize) -> Option<usize> {
    let caps = run(t, p, limit, 5, |b| b.is_ascii_uppercase());
    if (2..=4).contains(&caps) && lit(t, p + caps, limit, b" ") {
        if let Some(e) = case_digits(t, p + caps + 1, limit) {
            return Some(e);
        }
    }
    let alpha = |b: u8| b.is_ascii_alphabetic();
    let r = p + run(t, p, limit, 4, alpha);
    let n = case_sep(t, r, limit);
    if n > 0 {
        let m = run(t, r + n, limit, 4, alpha);
        if m > 0 {
            let q = r + n + m;
            return case_digits(t, q + case_sep(t, q, limit), limit);
        }
    }
    case_digits(t, r + n, limit)
}

/// `[ :(]*(group)` after a label ending at `p`.
#[inline]
fn case_tail(t: &[u8], at: usize, p: usize, limit: usize) -> Option<Caps> {
    let q = skip_seps(t, p, limit);
    let e = case_group(t, q, limit)?;
    Some(Caps {
        start: at,
        end: e,
        groups: [Some((q, e)), None],
    })
}

/// The words a record's reference follows, with or without a suffix (`CASE_SUFFIXES`).
/// None is a prefix of another: at most one matches.
const CASE_WORDS: [&[u8]; 14] = [
    b"complaint",
    b"case",
    b"crime",
    b"claim",
    b"appeal",
    b"referral",
    b"tenancy",
    b"permit",
    b"incident",
    b"enforcement",
    // A safeguarding or care enquiry's ("Safeguarding enquiry SG-2023-04417").
    b"enquiry",
    // An application's ("Householder application 23/01478/HOUS", "Right to Buy
    // application RTB/23/0091").
    b"application",
    // A police occurrence's ("occurrence FM-24-000318"), as forces' records call
    // incidents.
    b"occurrence",
    // An inquest's, a dead person's ("inquest INQ-2023-0412").
    b"inquest",
];

/// `(?: reference| ref\.?| number| no\.?| id| account| acct\.?| log)?` expanded in
/// priority order ("Tenancy acct: TEN-004417-02", "incident log IR-2024-0817-03").
const CASE_SUFFIXES: [&[u8]; 12] = [
    b" reference",
    b" ref.",
    b" ref",
    b" number",
    b" no.",
    b" no",
    b" id",
    b" account",
    b" acct.",
    b" acct",
    b" log",
    b"",
];

/// The leftmost-first match of CASE_REF that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
/// The labels are tried in the pattern's order; each that is present is tried with the
/// rest of the pattern until one leads to a match.
pub(crate) fn case_ref_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let t = text.as_bytes();
    if at >= limit || limit > t.len() {
        return None;
    }
    if t[at] == b'(' {
        // (?-u:\b) before a non-word byte: the byte before must be a word byte.
        if !word_before(t, at) || !lit_ci(t, at, limit, b"(reference") {
            return None;
        }
        return case_tail(t, at, at + 10, limit);
    }
    if !matches!(
        t[at] | 0x20,
        b'p' | b'c' | b'r' | b't' | b'i' | b'a' | b'e' | b'd' | b'o'
    ) || word_before(t, at)
    {
        return None;
    }
    let tail_after = |label: &[u8]| {
        if lit_ci(t, at, limit, label) {
            case_tail(t, at, at + label.len(), limit)
        } else {
            None
        }
    };
    for label in [
        &b"pcn"[..],
        b"penalty charge notice",
        b"parking charge notice",
        b"tribunal case number",
    ] {
        if let Some(c) = tail_after(label) {
            return Some(c);
        }
    }
    if let Some(word) = CASE_WORDS.iter().find(|w| lit_ci(t, at, limit, w)) {
        let p = at + word.len();
        for suf in CASE_SUFFIXES {
            if lit_ci(t, p, limit, suf) {
                if let Some(c) = case_tail(t, at, p + suf.len(), limit) {
                    return Some(c);
                }
            }
        }
    }
    // `datix(?: for (?:this|it))?(?:SUFFIX)?(?: is| was| as)?`, each optional part present
    // first.
    if lit_ci(t, at, limit, b"datix") {
        for bridge in [&b" for this"[..], b" for it", b""] {
            let p = at + 5;
            if !lit_ci(t, p, limit, bridge) {
                continue;
            }
            let p = p + bridge.len();
            for suf in CASE_SUFFIXES {
                if !lit_ci(t, p, limit, suf) {
                    continue;
                }
                let p = p + suf.len();
                // ("… is on Datix as W214733")
                for verb in [&b" is"[..], b" was", b" as", b""] {
                    if lit_ci(t, p, limit, verb) {
                        if let Some(c) = case_tail(t, at, p + verb.len(), limit) {
                            return Some(c);
                        }
                    }
                }
            }
        }
    }
    for label in [&b"reference"[..], b"ref.", b"ref"] {
        if let Some(c) = tail_after(label) {
            return Some(c);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn r_collar() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(COLLAR))
    }
    fn r_numbered() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(NUMBERED))
    }
    fn r_case_ref() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(CASE_REF))
    }

    /// A few sanity checks that the reference and the table do find matches (so that the
    /// tables are not vacuous).
    #[test]
    fn table_hits() {
        let hit =
            |r: &Reference, s: &str, at: usize| assert!(r.at(s, at, s.len()).is_some(), "{s:?}");
        hit(r_collar(), "PC 1234", 0);
        hit(r_collar(), "PCSO 12345.", 0);
        hit(r_collar(), "collar number 123456", 0);
        hit(r_numbered(), "staff ids12345", 0);
        hit(r_numbered(), "Patient No.: AB12345, CD67890 and 1234567", 0);
        hit(r_case_ref(), "case reference: AB-12/34", 0);
        hit(r_case_ref(), "x(reference 9", 1);
        assert_eq!(
            collar_at("Sgt. 1234 x", 0, 11),
            Some(Caps {
                start: 0,
                end: 9,
                groups: [Some((5, 9)), None]
            })
        );
        assert_eq!(
            collar_at("Shoulder no. 12345", 0, 18),
            Some(Caps {
                start: 0,
                end: 18,
                groups: [None, Some((13, 18))]
            })
        );
    }

    const COLLAR_TABLE: &[&str] = &[
        "PC 123",
        "PC 1234",
        "PC 12345",
        "PC 123456",
        "PC 12",
        "PC. 123",
        "PC.123",
        "PC  123",
        "PCSO 1234",
        "PCSO. 1234",
        "PCS 123",
        "pc 123",
        "Pc 123",
        "DC 4567",
        "DS 890",
        "DI 111",
        "PS 2222",
        "Sgt 3333",
        "Sgt. 33333",
        "SGT 123",
        "Insp 5555",
        "Insp. 5555",
        "INSP 123",
        "xPC 123",
        "_PC 123",
        "1PC 123",
        "éPC 123",
        "’PC 123",
        " PC 123 ",
        "(PC 123)",
        "PC 123x",
        "PC 123_",
        "PC 123é",
        "PC 123’",
        "PC 123.",
        "PC 123\u{a0}",
        "PC 12345678",
        "collar 123",
        "Collar 123456",
        "COLLAR 1234567",
        "collar number 1234",
        "collar Number 1234",
        "collar no 123",
        "collar no. 123",
        "collar no.123",
        "collar no  123",
        "collar  123",
        "warrant 987",
        "Warrant number 98765",
        "WARRANT no. 123456",
        "shoulder 123",
        "Shoulder no 4444",
        "SHOULDER NO 4444",
        "shoulder number123",
        "shoulders 123",
        "badge 2207",
        "(badge 2207)",
        "Badge number 12345",
        "BADGE no. 1234567",
        "badges 123",
        "xcollar 123",
        "collar 12",
        "collar 123x",
        "collar 123😀",
        "collar\u{a0}123",
        "collar\u{2003}123",
        "a PC 123, DC 456 and collar no. 789.",
        "PC 123 collar 456",
        "Collar number 12345 ",
        "“PC 123”",
        "PC 0000",
        "PC 12 345",
        "collar no. 12",
        "collar n 123",
        "collar numbe 123",
        "coll 123",
        "P",
        "",
        "PC ",
        "collar no. ",
    ];

    #[test]
    fn collar_table() {
        for s in COLLAR_TABLE {
            check_all(r_collar(), s, collar_at);
        }
    }

    const NUMBERED_TABLE: &[&str] = &[
        "staff number 12345",
        "Staff Numbers 1234567890123",
        "staff numbers12345",
        "staff numberss12345",
        "staff nos 12345",
        "staff nos. 12345",
        "staff no 12345",
        "staff no. 12345",
        "staff no.: 12345",
        "staff nos.(12345",
        "staff nosx12345",
        "staff nos.x12345",
        "staff ids12345",
        "staff ids 12345",
        "staff id 12345",
        "staff idx12345",
        "staff idsab12345",
        "staff idsabc12345",
        "staff idsabcd12345",
        "staff references 12345",
        "staff reference AB12345",
        "staff referencess12345",
        "payroll number 12345",
        "employee no: 123456",
        "personnel id  ::((  ABC1234567",
        "student number 1234",
        "pupil number 12345678901",
        "patient no. A12345, B23456",
        "hospital number 12345 and 23456 & 34567",
        "badge number 12345 AND XY99999",
        "warrant number 12345,12345",
        "pension number 12345, 1234",
        "membership no 12345 & ab",
        "membership no 12345 and ABCD12345",
        "Mosaic ID 2284791",
        "mosaic number 12345",
        "RiO ID 1048823",
        "PAS number 4410937",
        "LAS ID 3308176",
        "rios id 12345",
        "mosaics id 12345",
        "pupil number K801200312045",
        "pupil number K8012003120456",
        "pupil number K80120031204, K12345",
        "STAFF NO 12345 And 67890",
        "staff  number 12345",
        "staffnumber 12345",
        "xstaff number 12345",
        "_staff number 12345",
        "éstaff number 12345",
        "’staff number 12345",
        "staff number\u{a0}12345",
        "staff number 12345é",
        "staff number 1234é5",
        "staff number ’12345",
        "staff number “12345”",
        "staff number 12345, 23456, 34567 and 45678 & 56789",
        "staff number 12345 ,23456",
        "staff number 12345,  23456",
        "staff number 12345 and",
        "staff number AB12345 and CD 23456",
        "staff no. staff no. 12345",
        "Employee no. AV-30716",
        "employee no. AV--30716",
        "employee no. ABCD-30716",
        "staff number -12345",
        "staff number A-1234",
        "staff number AB-12345, C-23456 and 34567",
        "patient number: (ABC)12345",
        "badge id 98765😀",
        "stafF Nos. 00000",
        "staff numbe 12345",
        "staff num 12345",
        "staff",
        "",
        "staff number",
    ];

    #[test]
    fn numbered_table() {
        for s in NUMBERED_TABLE {
            check_all(r_numbered(), s, numbered_at);
        }
    }

    const CASE_REF_TABLE: &[&str] = &[
        "pcn 12345",
        "PCN: AB123456",
        "pcnAB12",
        "pcn1",
        "pcnumber 123",
        "pcnabcd1",
        "pcnabcde1",
        "penalty charge notice AB12345678",
        "Penalty Charge Notice: 1",
        "penalty charge 123",
        "complaint reference 123",
        "complaint ref. 12/34",
        "incident log IR-2024-0817-03",
        "case log 12",
        "incident lo 12",
        "complaint ref 12-34-AB",
        "complaint ref:1",
        "complaint number 5",
        "complaint no. 6",
        "complaint no 7",
        "complaint 123",
        "complaint reference: REF-123",
        "complaint referenceAB1",
        "complaint ref.erence 1",
        "case reference 1",
        "case ref. 1",
        "case refer1",
        "case reference1234",
        "case number CR/2024/001",
        "case no. 2024-01",
        "case no.: (ABCD-1234)",
        "case no 1",
        "CASE NO 1/2/3",
        "case nos 12",
        "case 123",
        "crime reference 12/3456/24",
        "crime ref AB/1234/24",
        "Crime Number: 1234/24",
        "crime no. 9",
        "claim reference 1",
        "claim number ABC123",
        "claim no X1",
        "claim ref.1",
        "tribunal case number 1234567/2024",
        "Tribunal Case Number: 1",
        "tribunal case 1",
        "incident reference 1",
        "incident number 42",
        "incident no 42",
        "incident ref 42",
        "reference 1",
        "reference: ABCD/1234",
        "Reference (AB-1)",
        "reference ABCDE1",
        "reference A-1",
        "reference A/1",
        "reference A--1",
        "reference -1",
        "reference /1",
        "reference //1",
        "reference 1/",
        "reference 1//2",
        "reference 1/-2",
        "reference 1-",
        "reference 1-a-b/c",
        "reference 1é",
        "reference 1’s",
        "x(reference 1",
        "a(Reference: 12",
        "_(reference 1",
        " (reference 1",
        "((reference 1",
        "(reference 1",
        "é(reference 1",
        "xreference 1",
        "éreference 1",
        "’reference 1",
        "“reference 1”",
        "reference\u{a0}1",
        "reference\u{2003}1",
        "reference  ::(( 12",
        "references 1",
        "case reference case ref 1",
        "reference 😀1",
        "",
        "(",
        "reference",
        // The words added for records tied to a person, bare or with a suffix.
        "enforcement case ENF/23/0412",
        "disciplinary case HR/23/0418",
        "appeal reference APP/24/0117",
        "appeal 2023",
        "tenancy reference TEN/0098124",
        "tenancy ref. T-1",
        "safeguarding referral SG-23-1187",
        "referral no 1",
        "referrals 1",
        "claim AV-30716",
        "claim id 12",
        "case ID: X12",
        "incident INC0012345",
        "permit RP\u{2011}0047713",
        "permit RP\u{2010}0047713\u{2011}A",
        "permit RP\u{2011}\u{2011}1",
        "permit RP\u{2013}1",
        "permit 1\u{2011}",
        "permit 1\u{2011}é",
        "permit 1\u{2011}\u{2010}2",
        "permits 1",
        "enforcement no. 5",
        "ref 1",
        "Ref: AB/1",
        "ref.1",
        "ref.: 12",
        "REFERS 12",
        "refer 12",
        // Capitals, a space, then digits.
        "case management system reference CMS 24/0915",
        "reference CMS 24/0915",
        "reference AB 1",
        "reference A 1",
        "reference ABCD 1",
        "reference ABCDE 1",
        "reference ABC  1",
        "reference ABC x",
        "reference Abc 1",
        "reference aBC 1",
        "reference ABC 1/X-2",
        "reference ABC\u{a0}1",
        "reference AB 1\u{2011}2",
        "reference AB-1 2",
        "case ON 12 May",
        // Two groups of letters; Datix.
        "case ref HSG/DM/2023/08812",
        "Datix W-INC-88214",
        "datix ref: W/INC/1",
        "Datix 78112",
        "DATIX id 12",
        "datixx 12",
        "xdatix 12",
        "the Datix for this is INC-2023-14471",
        "Datix for it was 1",
        "Datix for this reference is X-1",
        "datix for this  is 1",
        "datix for thisis 1",
        "datix is: 12",
        "datix was(1",
        "datix for 12",
        "datix for this 12",
        "datix isx 12",
        "on Datix as W214733",
        "Datix as a system",
        "datix as: 12",
        "Datix asx 12",
        "reference A-B-1",
        "reference A-BC1",
        "reference A-BCDE-1",
        "reference A-BCDEF-1",
        "reference ABCD/ABCD/1",
        "reference ABCDE/AB/1",
        "reference A--B-1",
        "reference A-B--1",
        "reference A-B",
        "reference A-B-",
        "reference A-B-x",
        "reference A\u{2011}B\u{2010}1",
        "reference A/B1/2",
        "reference -AB-1",
    ];

    #[test]
    fn case_ref_table() {
        for s in CASE_REF_TABLE {
            check_all(r_case_ref(), s, case_ref_at);
        }
    }

    /// Strings of `n` chars from `alphabet`.
    fn chars_from(
        alphabet: &'static [char],
        n: std::ops::Range<usize>,
    ) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(alphabet), n)
            .prop_map(|v| v.into_iter().collect())
    }

    /// Strings concatenated from `frags`.
    fn frags_from(
        frags: &'static [&'static str],
        n: std::ops::Range<usize>,
    ) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(frags), n).prop_map(|v| v.concat())
    }

    const OTHER: [char; 20] = [
        ' ', ' ', '\n', '\t', '\u{a0}', '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}', '0',
        '1', '9', '.', '_', 'İ', 'ı',
    ];

    const COLLAR_ALPHA: &[char] = &[
        'P', 'C', 'S', 'O', 'D', 'g', 't', 'I', 'n', 's', 'p', 'c', 'o', 'l', 'a', 'r', 'w', 'h',
        'u', 'd', 'e', 'm', 'b', 'N', '.', ' ', ' ', '1', '2', '3', '0', '5', '9', '7', ' ', '\n',
        '\t', '\u{a0}', '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}', '_', ',', 'x',
    ];
    const COLLAR_FRAGS: &[&str] = &[
        "PC",
        "PCSO",
        "DC",
        "DS",
        "Sgt",
        "Insp",
        "DI",
        "PS",
        "pc",
        "sgt",
        "P",
        "collar",
        "Collar",
        "COLLAR",
        "warrant",
        "Warrant",
        "shoulder",
        "SHOULDER",
        "shoulders",
        "badge",
        "Badge",
        " number",
        " Number",
        " no",
        " no.",
        " No.",
        " numbe",
        ".",
        ". ",
        " ",
        " ",
        "123",
        "1234",
        "12345",
        "123456",
        "1234567",
        "12",
        "0",
        "9",
        "x",
        "_",
        "é",
        "’",
        "\u{a0}",
        "-",
        "\n",
        ",",
        "(",
        "😀",
    ];

    const NUMBERED_ALPHA: &[char] = &[
        's', 't', 'a', 'f', 'n', 'u', 'm', 'b', 'e', 'r', 'o', 'i', 'd', 'S', 'N', 'I', 'D', 'A',
        'B', 'x', '.', ':', '(', ',', '&', ' ', ' ', ' ', '1', '2', '3', '4', '5', '0', '9', '\n',
        '-', '\u{a0}', '\u{2003}', 'é', '’', '“', '😀', '\u{300}', '_',
    ];
    const NUMBERED_FRAGS: &[&str] = &[
        "RiO",
        "pas",
        "LAS",
        "payroll",
        "staff",
        "Staff",
        "employee",
        "personnel",
        "student",
        "pupil",
        "patient",
        "PATIENT",
        "hospital",
        "badge",
        "warrant",
        "pension",
        "membership",
        "mosaic",
        "Mosaic",
        " ",
        " ",
        " ",
        "number",
        "numbers",
        "Number",
        "nos",
        "no",
        "NO",
        ".",
        "ids",
        "id",
        "ID",
        "references",
        "reference",
        "refer",
        ":",
        "(",
        " :(",
        "A",
        "AB",
        "ABC",
        "abcd",
        "x",
        "12345",
        "1234",
        "123456789",
        "12345678901",
        "123456789012",
        "1234567890123",
        "99999",
        "0",
        ",",
        ", ",
        " and",
        " AND",
        " &",
        " & ",
        "and",
        "&",
        "é",
        "’",
        "\u{a0}",
        "_",
        "😀",
    ];

    const CASE_ALPHA: &[char] = &[
        'p', 'c', 'n', 'r', 'e', 'f', 'a', 's', 'o', 'u', 'm', 'b', 'i', 'l', 't', 'd', 'R', 'E',
        'C', 'A', 'Z', '(', ':', '-', '/', '.', ' ', ' ', ' ', '1', '2', '0', '9', '\n', '\u{a0}',
        '\u{2003}', 'é', 'Ŵ', '’', '“', '😀', '\u{300}', '_', ')', 'M', 'S', 'y', 'g', 'v',
        '\u{2011}', '\u{2010}', '\u{2013}',
    ];
    const CASE_FRAGS: &[&str] = &[
        "pcn",
        "PCN",
        "penalty charge notice",
        "Penalty Charge Notice",
        "parking charge notice",
        "penalty charge",
        "complaint",
        "case",
        "CASE",
        "crime",
        "claim",
        "tribunal case number",
        "tribunal case",
        "incident",
        "datix",
        "Datix",
        " for this",
        " for it",
        " is",
        " was",
        "appeal",
        "referral",
        "tenancy",
        "permit",
        "enforcement",
        "enquiry",
        "application",
        "occurrence",
        "inquest",
        "inquest INQ-2023-0412",
        "the inquest 2023",
        " id",
        " ID",
        "reference",
        "Reference",
        "(reference",
        "(Reference",
        " reference",
        " ref",
        " ref.",
        " Ref",
        " number",
        " no",
        " no.",
        " No",
        "ref",
        "erence",
        "x",
        "(",
        ":",
        " ",
        " ",
        "AB",
        "ABCD",
        "ABCDE",
        "abc",
        "CMS",
        "CM",
        "C",
        "-",
        "/",
        "--",
        "\u{2011}",
        "\u{2010}",
        "\u{2013}",
        "1",
        "23",
        "2024",
        "A1",
        "/B2",
        "-9",
        "é",
        "’",
        "_",
        "\u{a0}",
        "😀",
        ".",
        "s",
    ];

    fn sel(items: &'static [&'static str]) -> BoxedStrategy<String> {
        prop::sample::select(items).prop_map(String::from).boxed()
    }

    /// The concatenation of one value of each part.
    fn cat(parts: Vec<BoxedStrategy<String>>) -> BoxedStrategy<String> {
        parts.prop_map(|v| v.concat()).boxed()
    }

    /// Realistic records (mostly) and noise fragments, concatenated.
    fn records(
        rec: BoxedStrategy<String>,
        noise: &'static [&'static str],
        n: usize,
    ) -> BoxedStrategy<String> {
        prop::collection::vec(prop_oneof![3 => rec, 2 => sel(noise)], 0..n)
            .prop_map(|v| v.concat())
            .boxed()
    }

    const NOISE: &[&str] = &[
        " ", " ", "x", "_", "é", "’", "“", "\u{a0}", "\u{2003}", "😀", "\u{300}", "\n", "(", ".",
        ",", "0", "Ŵ", "-", "/", ":",
    ];

    fn collar_record() -> BoxedStrategy<String> {
        cat(vec![
            sel(&[
                "PC",
                "PCSO",
                "DC",
                "DS",
                "Sgt",
                "Insp",
                "DI",
                "PS",
                "pc",
                "PCS",
                "SGT",
                "collar",
                "Collar",
                "COLLAR",
                "warrant",
                "Warrant",
                "shoulder",
                "SHOULDER",
                "shoulders",
                "badge",
                "BADGE",
                "coll",
            ]),
            sel(&[
                " ", ". ", ".", "  ", "", " number ", " Number ", " no. ", " no ", " no.", " No ",
                " numbe ", " number", " no  ",
            ]),
            sel(&[
                "12", "123", "1234", "12345", "123456", "1234567", "", "0000",
            ]),
            sel(&["", "", " ", "x", ".", "_", "é", "0", "’", "\u{a0}"]),
        ])
    }

    fn numbered_item() -> BoxedStrategy<String> {
        cat(vec![
            sel(&["", "", "A", "AB", "abc", "ABCD", "é"]),
            sel(&["", "", "-", "--", "/"]),
            sel(&[
                "1234",
                "12345",
                "1234567",
                "1234567890",
                "123456789012",
                "",
                "12 345",
            ]),
        ])
    }

    fn numbered_record() -> BoxedStrategy<String> {
        cat(vec![
            sel(&[
                "payroll",
                "staff",
                "Staff",
                "employee",
                "personnel",
                "student",
                "pupil",
                "patient",
                "PATIENT",
                "hospital",
                "badge",
                "warrant",
                "pension",
                "membership",
                "mosaic",
                "Mosaic",
                "staf",
                "xstaff",
            ]),
            sel(&[" ", " ", " ", "  ", "", "\u{a0}"]),
            sel(&[
                "number",
                "numbers",
                "Number",
                "NUMBERS",
                "nos",
                "nos.",
                "no.",
                "no",
                "NO",
                "ids",
                "id",
                "ID",
                "references",
                "reference",
                "Reference",
                "num",
                "numberss",
                "idss",
                "no..",
            ]),
            sel(&["", " ", ": ", " (", "(", ".", " :( ", "::", "s", "x"]),
            numbered_item(),
            prop::collection::vec(
                cat(vec![
                    sel(&[
                        ",", " and", " AND", " &", ", ", " and ", " & ", ",  ", "and ", " ,",
                    ]),
                    numbered_item(),
                ]),
                0..4,
            )
            .prop_map(|v| v.concat())
            .boxed(),
            sel(&["", "", " ", "x", ".", "_", "é", "0", ",", " and", " & "]),
        ])
    }

    fn case_record() -> BoxedStrategy<String> {
        cat(vec![
            sel(&[
                "pcn",
                "PCN",
                "penalty charge notice",
                "Penalty Charge Notice",
                "penalty charge",
                "complaint reference",
                "complaint ref.",
                "complaint ref",
                "complaint number",
                "complaint no.",
                "complaint no",
                "complaint",
                "case reference",
                "Case Ref.",
                "case ref",
                "case number",
                "CASE NO.",
                "case no",
                "case",
                "case refer",
                "(reference",
                "(Reference",
                "x(reference",
                "crime reference",
                "crime ref.",
                "Crime Number",
                "crime no",
                "claim reference",
                "claim ref",
                "claim number",
                "claim no.",
                "tribunal case number",
                "tribunal case",
                "incident reference",
                "incident number",
                "incident no",
                "incident",
                "appeal reference",
                "appeal",
                "referral",
                "Referral No.",
                "tenancy reference",
                "permit",
                "enforcement case",
                "claim",
                "case ID",
                "reference",
                "Reference",
                "references",
                "ref",
                "Ref.",
                "REF",
                "Datix",
                "datix ref",
                "Datix ID",
                "Datix for this is",
                "datix for it was",
                "Datix for this number",
                "datix is",
                "Datix for",
                "datix was",
            ]),
            sel(&["", " ", ": ", " (", "(", ".", " :( ", "  ", "-"]),
            sel(&[
                "", "", "A", "AB", "abc", "ABCD", "ABCDE", "CMS ", "AB ", "A ", "ABCDE ",
            ]),
            // A second group of letters: "HSG/DM/2023", "W-INC-88214".
            sel(&[
                "",
                "",
                "/DM",
                "-INC",
                "/ab",
                "-ABCD",
                "-ABCDE",
                "/",
                "\u{2011}X",
            ]),
            sel(&["", "", "-", "/", "--", "\u{2011}", "\u{2010}"]),
            sel(&["", "1", "12", "2024", "0"]),
            sel(&["", "", "AB", "x1", "é"]),
            prop::collection::vec(
                cat(vec![
                    sel(&[
                        "/", "-", "//", "/-", "-", "\u{2011}", "\u{2010}", "\u{2013}",
                    ]),
                    sel(&["", "1", "AB", "x", "24"]),
                ]),
                0..4,
            )
            .prop_map(|v| v.concat())
            .boxed(),
            sel(&["", "", " ", ".", "_", "é", "’", ")"]),
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn collar_chars_short(s in chars_from(COLLAR_ALPHA, 0..40)) {
            check_all(r_collar(), &s, collar_at);
        }
        #[test]
        fn collar_chars_long(s in chars_from(COLLAR_ALPHA, 0..200)) {
            check_starts(r_collar(), &s, collar_at);
        }
        #[test]
        fn collar_frags_short(s in frags_from(COLLAR_FRAGS, 0..12)) {
            check_all(r_collar(), &s, collar_at);
        }
        #[test]
        fn collar_frags_long(s in frags_from(COLLAR_FRAGS, 0..60)) {
            check_starts(r_collar(), &s, collar_at);
        }
        #[test]
        fn collar_records_short(s in records(collar_record(), NOISE, 3)) {
            check_all(r_collar(), &s, collar_at);
        }
        #[test]
        fn collar_records_long(s in records(collar_record(), NOISE, 12)) {
            check_starts(r_collar(), &s, collar_at);
        }

        #[test]
        fn numbered_chars_short(s in chars_from(NUMBERED_ALPHA, 0..40)) {
            check_all(r_numbered(), &s, numbered_at);
        }
        #[test]
        fn numbered_chars_long(s in chars_from(NUMBERED_ALPHA, 0..200)) {
            check_starts(r_numbered(), &s, numbered_at);
        }
        #[test]
        fn numbered_frags_short(s in frags_from(NUMBERED_FRAGS, 0..14)) {
            check_all(r_numbered(), &s, numbered_at);
        }
        #[test]
        fn numbered_frags_long(s in frags_from(NUMBERED_FRAGS, 0..60)) {
            check_starts(r_numbered(), &s, numbered_at);
        }
        #[test]
        fn numbered_records_short(s in records(numbered_record(), NOISE, 2)) {
            check_all(r_numbered(), &s, numbered_at);
        }
        #[test]
        fn numbered_records_long(s in records(numbered_record(), NOISE, 8)) {
            check_starts(r_numbered(), &s, numbered_at);
        }

        #[test]
        fn case_ref_chars_short(s in chars_from(CASE_ALPHA, 0..40)) {
            check_all(r_case_ref(), &s, case_ref_at);
        }
        #[test]
        fn case_ref_chars_long(s in chars_from(CASE_ALPHA, 0..200)) {
            check_starts(r_case_ref(), &s, case_ref_at);
        }
        #[test]
        fn case_ref_frags_short(s in frags_from(CASE_FRAGS, 0..12)) {
            check_all(r_case_ref(), &s, case_ref_at);
        }
        #[test]
        fn case_ref_frags_long(s in frags_from(CASE_FRAGS, 0..60)) {
            check_starts(r_case_ref(), &s, case_ref_at);
        }
        #[test]
        fn case_ref_records_short(s in records(case_record(), NOISE, 3)) {
            check_all(r_case_ref(), &s, case_ref_at);
        }
        #[test]
        fn case_ref_records_long(s in records(case_record(), NOISE, 10)) {
            check_starts(r_case_ref(), &s, case_ref_at);
        }

        /// Any mix of the other characters with all the fragments of all three patterns.
        #[test]
        fn all_mixed(s in prop::collection::vec(prop_oneof![
            prop::sample::select(COLLAR_FRAGS),
            prop::sample::select(NUMBERED_FRAGS),
            prop::sample::select(CASE_FRAGS),
        ], 0..30).prop_map(|v| v.concat()), c in prop::sample::select(&OTHER[..])) {
            let s = format!("{c}{s}");
            check_starts(r_collar(), &s, collar_at);
            check_starts(r_numbered(), &s, numbered_at);
            check_starts(r_case_ref(), &s, case_ref_at);
        }
    }

    /// The record proptests do reach the deep paths: count hits over a fixed sample.
    #[test]
    fn records_reach_matches() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let mut hits = [0usize; 3];
        let strategies = [
            records(collar_record(), NOISE, 12),
            records(numbered_record(), NOISE, 8),
            records(case_record(), NOISE, 10),
        ];
        type MatchAt = fn(&str, usize, usize) -> Option<Caps>;
        let fns: [MatchAt; 3] = [collar_at, numbered_at, case_ref_at];
        for (i, st) in strategies.iter().enumerate() {
            for _ in 0..300 {
                let s = st.new_tree(&mut runner).unwrap().current();
                for at in (0..s.len()).filter(|&a| s.is_char_boundary(a)) {
                    if fns[i](&s, at, s.len()).is_some() {
                        hits[i] += 1;
                    }
                }
            }
        }
        eprintln!("record matches found (collar, numbered, case_ref): {hits:?}");
        assert!(hits.iter().all(|&h| h > 20), "{hits:?}");
    }
}
