//! A firm's name that says it supplies IT, up to its legal ending ("Kestrel Security
//! Systems Ltd"). The text from a start reads as a chain of words, each followed by one
//! space (or no-break space), so each word is scanned at most once per call.

use super::{word_at, Caps};

/// The pattern (exactly as given), for the reference tests.
#[cfg(test)]
pub(crate) const COMPANY: &str = r"(?:[A-Z][A-Za-z&'-]*[ \u{a0}]){0,4}(?:Security|Systems|Technology|Technologies|Networks|Networking|Telecom|Telecoms|Telecommunications|Telematics|Communications|Solutions|IT|ICT|Digital|Data|Computers?|Computing|Software|Cyber|Cloud|Infrastructure|Comms|Connect|Fibre|AV|Audiovisual)(?:[ \u{a0}][A-Z][A-Za-z&'-]*){0,3}[ \u{a0}](?:Ltd|Limited|plc|PLC|LLP|Inc|Group|UK|Cyf)(?-u:\b)";

/// Length of the space between a name's words at `p` (a space or a no-break space), if it
/// lies wholly before `limit`. Not a tab or a line break: a firm's name does not run
/// across a table's cells or lines ("Microsoft Azure<TAB>Phoenix Software Ltd").
#[inline]
fn ws_len(text: &str, p: usize, limit: usize) -> Option<usize> {
    let b = text.as_bytes();
    if p >= limit {
        return None;
    }
    match *b.get(p)? {
        b' ' => Some(1),
        0xc2 if p + 2 <= limit && b.get(p + 1) == Some(&0xa0) => Some(2),
        _ => None,
    }
}

/// `[A-Za-z&'-]`
#[inline]
fn is_word_tail(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'&' || c == b'\'' || c == b'-'
}

/// One word `[A-Z][A-Za-z&'-]*` at `s` followed by one `\s`: the position after the `\s`.
/// The greedy tail can only be followed by `\s` at its maximal extent (no tail char is
/// white space), so a word is deterministic.
#[inline]
fn word(text: &str, s: usize, limit: usize) -> Option<usize> {
    let b = text.as_bytes();
    if s >= limit || !b.get(s)?.is_ascii_uppercase() {
        return None;
    }
    let mut e = s + 1;
    while e < limit && is_word_tail(b[e]) {
        e += 1;
    }
    ws_len(text, e, limit).map(|l| e + l)
}

/// A keyword at `s` followed by one `\s`: the position after the `\s`. At most one
/// keyword can be followed by white space (when one is a prefix of another, the longer one
/// continues with a letter), so the order of the alternation does not matter.
#[inline]
fn keyword(text: &str, s: usize, limit: usize) -> Option<usize> {
    let b = text.as_bytes();
    let rest = b.get(s..limit)?;
    let cands: &[&[u8]] = match *rest.first()? {
        b'S' => &[b"Security", b"Systems", b"Solutions", b"Software"],
        b'T' => &[
            b"Technology",
            b"Technologies",
            b"Telecom",
            b"Telecoms",
            b"Telecommunications",
            // Vehicle tracking: in-cab units and their platform.
            b"Telematics",
        ],
        b'N' => &[b"Networks", b"Networking"],
        b'C' => &[
            b"Communications",
            b"Computers",
            b"Computer",
            b"Computing",
            b"Cyber",
            b"Cloud",
            b"Comms",
            b"Connect",
        ],
        b'I' => &[b"IT", b"ICT", b"Infrastructure"],
        b'D' => &[b"Digital", b"Data"],
        b'F' => &[b"Fibre"],
        // Audio-visual: lecture capture, CCTV and meeting-room installers.
        b'A' => &[b"AV", b"Audiovisual"],
        _ => return None,
    };
    for k in cands {
        if rest.starts_with(k) {
            if let Some(l) = ws_len(text, s + k.len(), limit) {
                return Some(s + k.len() + l);
            }
        }
    }
    None
}

/// `(?:Ltd|Limited|plc|PLC|LLP|Inc|Group|UK|Cyf)(?-u:\b)` at `c`: the end of the match.
/// The `\b` looks at the whole text (also at or past `limit`).
#[inline]
fn closer(b: &[u8], c: usize, limit: usize) -> Option<usize> {
    let rest = b.get(c..limit)?;
    let k: &[u8] = match *rest.first()? {
        b'L' => match rest.get(1) {
            Some(b't') => b"Ltd",
            Some(b'i') => b"Limited",
            Some(b'L') => b"LLP",
            _ => return None,
        },
        b'p' => b"plc",
        b'P' => b"PLC",
        b'I' => b"Inc",
        b'G' => b"Group",
        b'U' => b"UK",
        // (Welsh "Cyf", short for "Cyfyngedig": Ltd.)
        b'C' => b"Cyf",
        _ => return None,
    };
    if !rest.starts_with(k) {
        return None;
    }
    let end = c + k.len();
    (!word_at(b, end)).then_some(end)
}

/// The leftmost-first match of COMPANY that starts exactly at `at` and ends at or before
/// `limit`, as regex-automata's anchored search of `Input::new(text).range(at..limit)`.
///
/// The text from `at` is a chain of tokens `[A-Z][A-Za-z&'-]*`, each followed by one `\s`;
/// `s[k]` is where token k starts. The match is `i` leading words (i <= 4, most first), a
/// keyword as token `i`, `j` trailing words (j <= 3, most first), then the closer at
/// `s[i + 1 + j]`. Each token is scanned at most once per call.
pub(crate) fn company_at(text: &str, at: usize, limit: usize) -> Option<Caps> {
    let b = text.as_bytes();
    if at >= limit || limit > b.len() || !b[at].is_ascii_uppercase() {
        return None;
    }
    let mut s = [0usize; 9];
    s[0] = at;
    // Tokens 0..known are words followed by `\s` (so s[0..=known] are set); if `failed`,
    // token `known` is not.
    let mut known = 0usize;
    let mut failed = false;
    while known < 4 {
        match word(text, s[known], limit) {
            Some(next) => {
                s[known + 1] = next;
                known += 1;
            }
            None => {
                failed = true;
                break;
            }
        }
    }
    let n = known;
    for i in (0..=n).rev() {
        if i == known && failed {
            // Not a word followed by `\s`, so not a keyword followed by `\s` either.
            continue;
        }
        let Some(next) = keyword(text, s[i], limit) else {
            continue;
        };
        if i == known {
            s[i + 1] = next;
            known += 1;
        }
        // Trailing words: tokens i+1 ..= i+3 (a word not followed by `\s` cannot be
        // followed by the closer or another word, so it is not counted).
        let mut m = 0usize;
        while m < 3 {
            let k = i + 1 + m;
            if k < known {
                m += 1;
                continue;
            }
            if failed {
                break;
            }
            match word(text, s[k], limit) {
                Some(next) => {
                    s[k + 1] = next;
                    known += 1;
                    m += 1;
                }
                None => {
                    failed = true;
                    break;
                }
            }
        }
        for j in (0..=m).rev() {
            if let Some(end) = closer(b, s[i + 1 + j], limit) {
                return Some(Caps {
                    start: at,
                    end,
                    groups: [None, None],
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::shapes::reference::{check_all, check_starts, Reference};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn reference() -> &'static Reference {
        static R: OnceLock<Reference> = OnceLock::new();
        R.get_or_init(|| Reference::new(COMPANY))
    }

    #[test]
    fn table() {
        let cases: &[&str] = &[
            // real hits, every keyword and closer
            "Acme Security Ltd",
            "BT Systems Limited",
            "Global Technology plc",
            "Big Technologies PLC",
            "Core Networks LLP",
            "Smart Networking Inc",
            "Vodafone Telecom Group",
            "Zen Telecoms UK",
            "Kcom Telecommunications Ltd",
            "Unified Communications Limited",
            "Best Solutions plc",
            "Acme IT Ltd",
            "Acme ICT Ltd",
            "Wow Digital Ltd",
            "Big Data Ltd",
            "Acme Computer Ltd",
            "Acme Computers Ltd",
            "Acme Computing Ltd",
            "Sage Software Group",
            "Acme Cyber UK",
            "Acme Cloud Inc",
            "National Infrastructure Ltd",
            "Acme Comms Ltd",
            "Acme Connect Ltd",
            "City Fibre Ltd",
            "Data Ltd",
            "IT Ltd",
            "Security Group",
            // leading words: 0..=5, trailing words 0..=4
            "A B C D Data Ltd",
            "A B C D E Data Ltd",
            "One Two Three Four Five Cloud Ltd",
            "Cloud A B C Ltd",
            "Cloud A B C D Ltd",
            "Cloud Services UK Ltd",
            "Cloud Services UK Limited.",
            "Data Ltd Ltd",
            "Data Ltd Ltd Ltd Ltd",
            "Data Data Data Data Data Data Ltd",
            "IT IT IT IT IT IT IT IT IT Ltd",
            "Data Systems Ltd",
            "Data Systems UK Ltd",
            "Data UK",
            "Data UK Ltd x",
            "A Data B Data C Ltd",
            "Cloud A B C Ltd Ltd",
            "Cloud Ltd A B Ltdx",
            // word characters & ' -
            "O'Brien & Sons-Smith Software Ltd",
            "B&Q Data Ltd",
            "A-B C'D E&F G- Data Ltd",
            "Acme Data H&M Ltd",
            // near misses
            "Acme Datax Ltd",
            "Acme Data Ltdx",
            "Acme Data Ltd_",
            "Acme Data Ltd9",
            "Acme Data ltd",
            "Acme Data Plc",
            "Acme Data  Ltd",
            "Acme  Data Ltd",
            "acme Data Ltd",
            "Acme data Ltd",
            "Acme Telecomm Ltd",
            "Acme Telecommunication Ltd",
            "Acme Computerss Ltd",
            "Acme Technolog Ltd",
            "Acme ICTT Ltd",
            "Acme I Ltd",
            "Acme Data x Ltd",
            "Acme Data 2 Ltd",
            "Acme Data, Ltd",
            "Acme Data Ltd.",
            "Acme Data Limite",
            "Acme Data Lt",
            "Acme Data LLC",
            "Acme Data Ltd-Group",
            "Acme Data Ltd'",
            "Acme Data Ltd&",
            "Acme.Data Ltd",
            "ACME DATA LTD",
            // Unicode around and inside
            "Acme\u{a0}Data\u{a0}Ltd",
            "Acme\u{2003}Data\u{2003}Ltd",
            "Acme\nData\tLtd\n",
            "Acme\u{2028}Data\u{85}Ltd",
            "Acme Data Ltdé",
            "Acme Data Ltd’s",
            "“Acme Data Ltd”",
            "Acmé Data Ltd",
            "Ŵacme Data Ltd",
            "Acme Ŵ Data Ltd",
            "Acme Data Ŵ Ltd",
            "😀 Acme Data Ltd 😀",
            "Acme Data\u{300} Ltd",
            "Acme Data Ltd\u{300}",
            "Acme Data\u{200b}Ltd",
            "é Data Ltd",
            "xData Ltd",
            "Data\u{3000}Ltd",
        ];
        for t in cases {
            check_all(reference(), t, company_at);
        }
        // A few direct checks of the reference's choices.
        let r = |t: &str| company_at(t, 0, t.len()).map(|c| (c.start, c.end));
        assert_eq!(r("Cloud Ltd A B Ltdx"), Some((0, 9)));
        assert_eq!(r("Data Ltd Ltd Ltd Ltd"), Some((0, 20)));
        assert_eq!(r("Acme Data Ltd’s"), Some((0, 13)));
        assert_eq!(r("Acme Datax Ltd"), None);
    }

    #[test]
    fn long_words_and_chains() {
        let long = "A".repeat(300);
        let texts = [
            format!("{long} Data Ltd"),
            format!("Data {long} Ltd"),
            format!("Data {long} {long} {long} {long} Ltd"),
            "Data Data Data Data Data Data Data Data Data Data Data Data Ltd".to_string(),
            "Ab Cd Ef Gh Ij Kl Mn Op Qr Data St Uv Wx Yz Ltd Ltd Ltd".to_string(),
        ];
        for t in &texts {
            check_starts(reference(), t, company_at);
        }
    }

    const ALPHABET: &[char] = &[
        'A', 'B', 'C', 'D', 'I', 'L', 'T', 'U', 'K', 'S', 'P', 'G', 'a', 't', 'd', 'e', 'o', 'm',
        'p', 'l', 'c', 's', 'x', '&', '\'', '-', '_', ' ', ' ', ' ', '\n', '\t', '\u{a0}',
        '\u{2003}', 'é', 'Ŵ', '’', '“', '”', '😀', '\u{300}', '0', '7', '.', ',',
    ];

    const FRAGMENTS: &[&str] = &[
        "Security",
        "Systems",
        "Technology",
        "Technologies",
        "Networks",
        "Networking",
        "Telecom",
        "Telecoms",
        "Telecommunications",
        "Communications",
        "Telematics",
        "Solutions",
        "IT",
        "ICT",
        "Digital",
        "Data",
        "Computer",
        "Computers",
        "Computing",
        "Software",
        "Cyber",
        "Cloud",
        "Infrastructure",
        "Comms",
        "Connect",
        "Fibre",
        "AV",
        "Audiovisual",
        "Ltd",
        "Limited",
        "plc",
        "PLC",
        "LLP",
        "Inc",
        "Group",
        "UK",
        "Acme",
        "B&Q",
        "O'Brien",
        "Smith-Jones",
        "The",
        "and",
        "of",
        "Tele",
        "Comput",
        "Technolog",
        "Lt",
        "Limite",
        "I",
        "U",
        "A",
        "x",
        "s",
        "_",
        " ",
        " ",
        " ",
        " ",
        " ",
        " ",
        " ",
        " ",
        " ",
        "\n",
        "\t",
        "\u{a0}",
        "\u{2003}",
        "  ",
        "é",
        "’",
        "“",
        "😀",
        ".",
        ",",
        "-",
        "'",
        "&",
        "123",
        "7",
    ];

    fn from_alphabet(max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(ALPHABET), 0..=max)
            .prop_map(|v| v.into_iter().collect())
    }

    /// Fragments, each followed by a separator that is usually one space.
    fn from_fragments(max: usize) -> impl Strategy<Value = String> {
        let seps: &[&str] = &[" ", " ", " ", " ", "", "", "\u{a0}", "\n", "\u{2003}"];
        prop::collection::vec(
            (prop::sample::select(FRAGMENTS), prop::sample::select(seps)),
            0..=max,
        )
        .prop_map(|v| v.into_iter().map(|(f, s)| format!("{f}{s}")).collect())
    }

    /// Single characters of the alphabet mixed with fragments.
    fn mixed(max: usize) -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            3 => prop::sample::select(ALPHABET).prop_map(String::from),
            2 => prop::sample::select(FRAGMENTS).prop_map(String::from),
        ];
        prop::collection::vec(piece, 0..=max).prop_map(|v| v.concat())
    }

    /// Word-ish fragments joined by mostly single spaces, so chains of words are common.
    fn chains(max: usize) -> impl Strategy<Value = String> {
        let words: &[&str] = &[
            "Data",
            "IT",
            "ICT",
            "Cloud",
            "Telecom",
            "Telecoms",
            "Computers",
            "Computer",
            "Ltd",
            "Limited",
            "plc",
            "PLC",
            "LLP",
            "Inc",
            "Group",
            "UK",
            "Acme",
            "B&Q",
            "A",
            "Zz",
            "x",
            "Ltdx",
            "Ltd_",
            "Ltdé",
            "UK’s",
        ];
        let seps: &[&str] = &[" ", " ", " ", " ", " ", "\u{a0}", "\n", "  ", "", "-", "é"];
        prop::collection::vec(
            (prop::sample::select(words), prop::sample::select(seps)),
            0..=max,
        )
        .prop_map(|v| v.into_iter().map(|(w, s)| format!("{w}{s}")).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn alphabet_short(t in from_alphabet(40)) {
            check_all(reference(), &t, company_at);
        }

        #[test]
        fn alphabet_long(t in from_alphabet(200)) {
            check_starts(reference(), &t, company_at);
        }

        #[test]
        fn fragments_short(t in from_fragments(10)) {
            check_all(reference(), &t, company_at);
        }

        #[test]
        fn fragments_long(t in from_fragments(60)) {
            check_starts(reference(), &t, company_at);
        }

        #[test]
        fn mixed_short(t in mixed(14)) {
            check_all(reference(), &t, company_at);
        }

        #[test]
        fn mixed_long(t in mixed(80)) {
            check_starts(reference(), &t, company_at);
        }

        #[test]
        fn chains_short(t in chains(9)) {
            check_all(reference(), &t, company_at);
        }

        #[test]
        fn chains_long(t in chains(30)) {
            check_starts(reference(), &t, company_at);
        }
    }
}
