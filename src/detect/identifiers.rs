//! UK identifiers: NHS and National Insurance numbers, dates of birth, private postal
//! addresses, and numbers tied to a person (collar, payroll, student, case numbers,
//! vehicle registrations).

use super::cues::{Cue, CueHits, CuedPattern};
use super::shapes;
use super::{has_word, line_before};
use crate::document::Document;
use crate::finding::Context;

/// One detection: the detector name and the span.
pub(crate) type Hit = (&'static str, usize, usize);

pub(crate) struct IdentifierDetector {
    nhs: CuedPattern<shapes::Nhs>,
    ni: CuedPattern<shapes::Ni>,
    date: CuedPattern<shapes::Date>,
    postcode: CuedPattern<shapes::Postcode>,
    street: CuedPattern<shapes::Street>,
    collar: CuedPattern<shapes::Collar>,
    numbered: CuedPattern<shapes::Numbered>,
    case_ref: CuedPattern<shapes::CaseRef>,
    vehicle: CuedPattern<shapes::Vehicle>,
}

const BIRTH_CUES: &[&str] = &[
    "date of birth",
    "dob",
    "d.o.b",
    "d.o.b.",
    "born",
    "birth date",
    "birthdate",
    "dyddiad geni",
    "aged",
];
const ORG_ADDRESS_WORDS: &[&str] = &[
    "house",
    "hospital",
    "offices",
    "office",
    "headquarters",
    "hq",
    "po box",
    "civic",
    "hall",
    "building",
    "commissioner",
    "council",
    "floor",
    "trust",
    "university",
    "centre",
    "station",
    "court",
    "tŷ",
    "unit",
];

impl IdentifierDetector {
    #[inline(never)]
    pub(crate) fn new() -> IdentifierDetector {
        IdentifierDetector {
            // Digit-led patterns: how far a match reaches from its digits, and how many
            // it holds ("AB 12 34 56 C": three bytes before, two after, six digits).
            nhs: CuedPattern::near_digits(1, 10),
            ni: CuedPattern::near_digits(3, 6),
            // Tried at `date_starts`.
            date: CuedPattern::new(),
            // "GIR 0AA": four bytes before its digit.
            postcode: CuedPattern::near_digits(4, 1),
            // Searched in the lines before a postcode.
            street: CuedPattern::new(),
            // Starts with the words of `Cue::Collar`.
            collar: CuedPattern::new(),
            // Starts with the words of `Cue::Numbered`.
            numbered: CuedPattern::new(),
            // Starts with the words of `Cue::CaseRef` (or the bracket before "reference").
            case_ref: CuedPattern::new(),
            vehicle: CuedPattern::near_digits(4, 2),
        }
    }

    /// `cues`: where the cued patterns' words start (see `cues`).
    #[inline(never)]
    pub(crate) fn find(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        // The digit-led patterns are tried only in the windows around the draft's
        // digits that they can reach (see `near_digits` above).
        self.nhs.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let (Some(g1), Some(g2)) = (c.get_group(1), c.get_group(2)) else {
                return;
            };
            let (s1, s2) = (&text[g1.start..g1.end], &text[g2.start..g2.end]);
            if s1 != s2 || !nhs_check_digit_ok(&text[m.start()..m.end()]) {
                return;
            }
            let before = line_before(text, m.start(), 40);
            let glued = text[..m.start()].ends_with(['+', '-', '/', '.'])
                || text[m.end()..].starts_with(['-', '/']);
            let cue = has_word(before, &["nhs", "patient", "no", "number", "chi"]);
            if !glued && (cue || !s1.is_empty()) {
                out.push(("id.nhs", m.start(), m.end()));
            }
        });
        self.ni.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let prefix = &text[m.start()..m.start() + 2];
            if prefix == "QQ" {
                out.push(("id.ni_example", m.start(), m.end()));
            } else if !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].contains(&prefix) {
                out.push(("id.ni", m.start(), m.end()));
            }
        });
        self.date.each(text, &date_starts(text, cues), |c| {
            let m = c.whole();
            let before = line_before(text, m.start(), 30).to_lowercase();
            if has_word(&before, BIRTH_CUES) {
                out.push(("id.dob", m.start(), m.end()));
            }
        });
        self.find_addresses(text, doc, cues, out);
        self.collar.each(text, cues.of(Cue::Collar), |c| {
            if let Some(g) = c.get_group(1).or_else(|| c.get_group(2)) {
                out.push(("id.collar", g.start, g.end));
            }
        });
        self.numbered.each(text, cues.of(Cue::Numbered), |c| {
            let Some(g) = c.get_group(1) else {
                return;
            };
            let list = &text[g.start..g.end];
            let mut pos = g.start;
            for part in list.split([',', '&']).flat_map(|p| p.split(" and ")) {
                let t = part.trim();
                if let Some(i) = text[pos..g.end].find(t) {
                    out.push(("id.staff", pos + i, pos + i + t.len()));
                    pos += i + t.len();
                }
            }
        });
        self.case_ref.each(text, cues.of(Cue::CaseRef), |c| {
            let whole = c.whole();
            let Some(g) = c.get_group(1) else {
                return;
            };
            let group = &text[g.start..g.end];
            let cue = text[whole.start()..whole.end()].to_lowercase();
            // The body's own FOI reference is not tied to a person.
            let before = line_before(text, whole.start(), 20).to_lowercase();
            if before.contains("foi")
                || before.contains("our ")
                || before.contains("your ")
                || group.to_lowercase().contains("foi")
            {
                return;
            }
            if cue.starts_with("reference") && !before.trim_end().ends_with(['(', ',']) {
                return;
            }
            if !group.chars().any(|c| c.is_ascii_digit()) || group.len() < 4 {
                return;
            }
            out.push(("id.case", g.start, g.end));
        });
        self.vehicle.each_near_digits(text, cues, |c| {
            let m = c.whole();
            let before = line_before(text, m.start(), 40);
            let after = super::line_after(text, m.end(), 30);
            if has_word(
                before,
                &[
                    "registration",
                    "reg",
                    "vehicle",
                    "car",
                    "van",
                    "index",
                    "vrm",
                ],
            ) || has_word(after, &["vehicle", "car", "registered"])
            {
                out.push(("id.vehicle", m.start(), m.end()));
            }
        });
        self.find_table_columns(text, doc, out);
    }

    /// A postcode: with a house and street before it (across line breaks) it is a
    /// private address; an organisation's own address is `info` on the postcode alone.
    fn find_addresses(&self, text: &str, doc: &Document, cues: &CueHits, out: &mut Vec<Hit>) {
        let mut postcodes = Vec::new();
        self.postcode.each_near_digits(text, cues, |c| {
            postcodes.extend(Some((c.start, c.end)));
        });
        for pc in postcodes {
            // Up to 4 lines / 160 bytes back.
            let mut from = pc.0.saturating_sub(160);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            // Start of the fourth line back, but no further than `from`.
            let mut window_start = from;
            let mut newlines = 0;
            for (i, b) in text.as_bytes()[from..pc.0].iter().enumerate().rev() {
                if *b == b'\n' {
                    newlines += 1;
                    if newlines == 4 {
                        window_start = from + i + 1;
                        break;
                    }
                }
            }
            let mut street = None;
            self.street.each_in(text, &[(window_start, pc.0)], |c| {
                street = Some(c.whole());
            });
            let context = doc.context_at(pc.0);
            match street {
                Some(st) => {
                    let start = st.start();
                    let between = text[start..pc.0].to_lowercase();
                    let org = has_word(&between, ORG_ADDRESS_WORDS);
                    let letterhead_org =
                        context == Context::Letterhead && !titled_line_above(text, start);
                    if org || letterhead_org {
                        out.push(("address.organisation", pc.0, pc.1));
                    } else {
                        out.push(("address.private", start, pc.1));
                    }
                }
                None => {
                    let before = line_before(text, pc.0, 30).to_lowercase();
                    if has_word(
                        &before,
                        &[
                            "lives at",
                            "living at",
                            "home",
                            "resides",
                            "resident at",
                            "lives in",
                        ],
                    ) {
                        out.push(("address.private", pc.0, pc.1));
                    } else {
                        out.push(("address.organisation", pc.0, pc.1));
                    }
                }
            }
        }
    }

    /// Tables with a payroll, staff, case or registration column: every value in it.
    fn find_table_columns(&self, text: &str, doc: &Document, out: &mut Vec<Hit>) {
        let mut columns: Vec<usize> = Vec::new();
        for line in &doc.lines {
            let s = &text[line.start..line.end];
            // Most lines are no table row: one search for both separators settles them.
            if memchr::memchr2(b'\t', b'|', s.as_bytes()).is_none() {
                columns.clear();
                continue;
            }
            let sep = if s.contains('\t') {
                '\t'
            } else if s.matches('|').count() >= 2 {
                '|'
            } else {
                columns.clear();
                continue;
            };
            let cells: Vec<(usize, &str)> = {
                let mut pos = line.start;
                s.split(sep)
                    .map(|c| {
                        let r = (pos, c);
                        pos += c.len() + sep.len_utf8();
                        r
                    })
                    .collect()
            };
            // Compared without lowercased copies: the words are ASCII, and no other
            // character lowercases to one of their letters.
            let has = |c: &str, w: &str| {
                c.as_bytes()
                    .windows(w.len())
                    .any(|b| b.eq_ignore_ascii_case(w.as_bytes()))
            };
            let header = cells.iter().any(|(_, c)| {
                has(c, "payroll")
                    || has(c, "staff no")
                    || has(c, "employee no")
                    || has(c, "staff number")
            });
            if header {
                columns = cells
                    .iter()
                    .enumerate()
                    .filter(|(_, (_, c))| {
                        let l = c.trim();
                        has(l, "payroll")
                            || has(l, " no")
                            || has(l, "number")
                            || l.eq_ignore_ascii_case("case")
                            || has(l, "reference")
                            || l.eq_ignore_ascii_case("id")
                    })
                    .map(|(i, _)| i)
                    .collect();
                continue;
            }
            for &col in &columns {
                if let Some(&(pos, cell)) = cells.get(col) {
                    let t = cell.trim();
                    if !t.is_empty() && t.chars().any(|c| c.is_ascii_digit()) && t.len() <= 24 {
                        let lead = cell.len() - cell.trim_start().len();
                        out.push(("id.staff", pos + lead, pos + lead + t.len()));
                    }
                }
            }
        }
    }
}

fn titled_line_above(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let prev = before
        .trim_end_matches(['\n', '\r'])
        .rsplit('\n')
        .next()
        .unwrap_or("");
    ["Mr ", "Mrs ", "Ms ", "Miss ", "Mx ", "Dr ", "Prof"]
        .iter()
        .any(|t| prev.trim_start().starts_with(t))
}

/// The NHS number's mod-11 check digit.
pub(crate) fn nhs_check_digit_ok(s: &str) -> bool {
    let d: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != 10 {
        return false;
    }
    let sum: u32 = d[..9]
        .iter()
        .enumerate()
        .map(|(i, v)| v * (10 - i as u32))
        .sum();
    let check = (11 - sum % 11) % 11;
    check != 10 && check == d[9]
}

/// Where a date can start (every match starts at one, in order): a run of digits (the
/// day: "14/03/1941", "1st January 2001"), or the letters before the space before one
/// (the month: "September 21st, 2023").
fn date_starts(text: &str, cues: &CueHits) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for &(start, _) in cues.digit_runs() {
        if start >= 2 && b[start - 1] == b' ' && b[start - 2].is_ascii_alphabetic() {
            let mut s = start - 2;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            out.push(s);
        }
        out.push(start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(text: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        IdentifierDetector::new().find(
            text,
            &Document::parse(text),
            &crate::detect::cues::CueHits::scan(text),
            &mut out,
        );
        out.sort_by_key(|h| h.1);
        out.into_iter().map(|(d, s, e)| (d, &text[s..e])).collect()
    }

    #[test]
    fn nhs_numbers() {
        assert!(nhs_check_digit_ok("943 476 5919"));
        assert!(nhs_check_digit_ok("9908100335"));
        assert!(!nhs_check_digit_ok("5193451450"));
        assert_eq!(
            hits("(NHS number 918 096 7922,"),
            [("id.nhs", "918 096 7922")]
        );
        assert_eq!(hits("patient 934-701-7469."), [("id.nhs", "934-701-7469")]);
        assert_eq!(hits("(NHS No. 9908100335, x"), [("id.nhs", "9908100335")]);
        assert_eq!(hits("invoiced as 402 374 0954; order 5193451450"), []);
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("number JM 55 21 90 A), at", &[("id.ni", "JM 55 21 90 A")]),
            ("number SX408127C) was", &[("id.ni", "SX408127C")]),
            ("date of birth 14/03/1941, of", &[("id.dob", "14/03/1941")]),
            ("(DOB 2 July 1956) waited", &[("id.dob", "2 July 1956")]),
            ("date of birth 02.11.2015, who", &[("id.dob", "02.11.2015")]),
            ("on 2 July 1956 we met", &[]),
            (
                "of 12 Acacia Grove, Kingsmere BS5 9TX) complained",
                &[("address.private", "12 Acacia Grove, Kingsmere BS5 9TX")],
            ),
            (
                "at Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN. Following",
                &[(
                    "address.private",
                    "Flat 2, 14 Heol Dewi Sant, Glanmor CF83 9TN",
                )],
            ),
            // Accented Latin letters, and a combining accent, in the street's words.
            (
                "at 3 Pen-ỳ-Bryn Road, Bangor LL57 2AB. Following",
                &[("address.private", "3 Pen-ỳ-Bryn Road, Bangor LL57 2AB")],
            ),
            (
                "of 27 Hélène Brontë\u{301} Road, Hove BN3 1AA) complained",
                &[(
                    "address.private",
                    "27 Hélène Brontë\u{301} Road, Hove BN3 1AA",
                )],
            ),
            (
                "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF.",
                &[("address.organisation", "SK9 5AF")],
            ),
            (
                "who lives at BD7 4QX, and",
                &[("address.private", "BD7 4QX")],
            ),
            ("provided by PC 4471 Daniel", &[("id.collar", "4471")]),
            (
                "DS Imran Qureshi (collar 2291) in",
                &[("id.collar", "2291")],
            ),
            (
                "(student numbers 21044387 and 21051920) were",
                &[("id.staff", "21044387"), ("id.staff", "21051920")],
            ),
            ("Complaint reference 48213: the", &[("id.case", "48213")]),
            (
                "The case (reference CS/2023/01477) concerned",
                &[("id.case", "CS/2023/01477")],
            ),
            (
                "crime reference 14/88213/24; the",
                &[("id.case", "14/88213/24")],
            ),
            (
                "(tribunal case number 1803344/2024; x",
                &[("id.case", "1803344/2024")],
            ),
            (
                "issued PCN WX40061735 to my car",
                &[("id.case", "WX40061735")],
            ),
            (
                "issued to vehicle LD68 YHK on",
                &[("id.vehicle", "LD68 YHK")],
            ),
            ("Request reference: FOI 5521", &[]),
            ("Our ref: FOI 24-0917", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(hits(text), *want, "{text}");
        }
    }

    #[test]
    fn address_across_lines() {
        let text = "Acme Council\nCivic Hall, Gordon Street\nLeeds LS1 3ED\n\nMr Tomasz Kowalczyk\n27 Moorfield Avenue\nHeadingley\nLeeds\nLS6 3QR\n\nDear Mr Kowalczyk,\n";
        assert_eq!(
            hits(text),
            [
                ("address.organisation", "LS1 3ED"),
                (
                    "address.private",
                    "27 Moorfield Avenue\nHeadingley\nLeeds\nLS6 3QR"
                )
            ]
        );
    }

    #[test]
    fn payroll_column() {
        let text = "Intro line that is long enough to be prose and not any kind of letterhead at all, clearly, for the test.\nCase\tStaff member\tPayroll no.\tRole\nDI-2023-014\tJosé Núñez\t30117842\tSupervisor\n";
        assert_eq!(
            hits(text),
            [("id.staff", "DI-2023-014"), ("id.staff", "30117842")]
        );
    }
}

#[cfg(test)]
mod cued {
    use crate::detect::cues::Cue;

    /// Digits in every shape the digit-led patterns take, at the edges of the text.
    const DIGITS: &str = "943 476 5919 and 943-476-5919x, AB 12 34 56 C; SX408127C. \
        Born 14/03/1941, 1st January 2001, September 21st, 2023, Septemberish 3 2020, \
        SW1A 1AA, GIR 0AA, M1 1AE. LD68 YHK and LD68YHK; 4010 1234 56\nCF10 3NQ";

    #[test]
    fn cued_patterns_find_what_a_whole_text_search_finds() {
        let d = super::IdentifierDetector::new();
        let corpus = crate::detect::test_corpus(200_000);
        for text in [crate::detect::network::cued::TRICKY, DIGITS, &corpus] {
            d.nhs.assert_windows_agree(text);
            d.ni.assert_windows_agree(text);
            d.postcode.assert_windows_agree(text);
            d.vehicle.assert_windows_agree(text);
            let cues = crate::detect::cues::CueHits::scan(text);
            d.date
                .assert_starts_agree(text, &super::date_starts(text, &cues));
            d.collar.assert_whole_text_agrees(Cue::Collar, text);
            d.numbered.assert_whole_text_agrees(Cue::Numbered, text);
            d.case_ref.assert_whole_text_agrees(Cue::CaseRef, text);
        }
    }

    /// See `detect::EVERY_PATTERN`.
    #[test]
    fn the_every_pattern_file_needs_every_pattern() {
        let d = super::IdentifierDetector::new();
        crate::detect::cues::assert_every_pattern_needed(
            |text, doc, cues| d.find(text, doc, cues, &mut Vec::new()),
            &[
                &d.nhs,
                &d.ni,
                &d.date,
                &d.postcode,
                &d.street,
                &d.collar,
                &d.numbered,
                &d.case_ref,
                &d.vehicle,
            ],
        );
    }

    proptest::proptest! {
        /// Any text of the pieces dates are made of: the starts miss no match.
        #[test]
        fn date_starts_miss_no_match(text in crate::detect::texts_of(&[
            "12", "3", "2020", "19", "/", ".", "-", " ", ", ", "st", "Jan", "sept", "ember",
            "x", "é", "_",
        ], 30)) {
            let d = super::IdentifierDetector::new();
            let cues = crate::detect::cues::CueHits::scan(&text);
            d.date.assert_starts_agree(&text, &super::date_starts(&text, &cues));
        }
    }
}
