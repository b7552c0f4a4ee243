//! Telephone numbers in the forms people type, and what range each is in.

use super::is_alnum;

/// The range a number is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberClass {
    /// 07 (not 070 personal numbering or 076 pagers, which count as geographic-like direct lines).
    Mobile,
    /// 01, 02: a geographic line.
    Geographic,
    /// 03, 084, 087, 09: non-geographic.
    NonGeographic,
    /// 080, 0500.
    Freephone,
    /// A national short code or helpline (111, 101).
    International,
    /// A bare internal extension ("ext. 4418").
    Extension,
}

/// One number found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PhoneMatch {
    pub start: usize,
    pub end: usize,
    /// National form, digits only ("07700900123"); for international, "+" and digits.
    pub digits: String,
    pub class: NumberClass,
    /// An extension follows the number ("… ext 1234").
    pub has_extension: bool,
}

/// Finds every phone number in `text`; `extensions` are where the words "ext" and
/// "extension…" start (see `cues`).
#[inline(never)]
pub(crate) fn find(text: &str, extensions: &[usize]) -> Vec<PhoneMatch> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next byte that can start a number (ASCII, so a char boundary).
        match super::next_digit(bytes, i, true) {
            Some(at) => i = at,
            None => break,
        }
        let glued = i > 0 && {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            is_alnum(prev)
                || prev == '.'
                || prev == '/'
                || prev == ':'
                || prev == '-'
                || prev == '£'
                || prev == '$'
        };
        if glued {
            i += 1;
            continue;
        }
        match number_at(text, i) {
            Some(m) => {
                i = m.end;
                out.push(m);
            }
            None => {
                // Skip the whole run of digits so a long number is not re-read from inside.
                i += 1;
                while i < bytes.len() && (bytes[i].is_ascii_digit()) {
                    i += 1;
                }
            }
        }
    }
    find_bare_extensions(text, extensions, &mut out);
    out.sort_by_key(|m| m.start);
    out
}

/// Reads the longest valid number starting at `start`.
fn number_at(text: &str, start: usize) -> Option<PhoneMatch> {
    let bytes = text.as_bytes();
    // Collect the run: digits with single separators (space, hyphen, dot) and brackets.
    let mut j = start;
    // (byte end after a digit group, digit count): at most 17 groups, as the run stops
    // after 16 digits.
    let mut ends = [(0usize, 0usize); 17];
    let mut groups = 0;
    let mut digits = 0;
    let mut last_sep = true;
    let mut plus = false;
    while j < bytes.len() {
        let c = bytes[j];
        if c.is_ascii_digit() {
            digits += 1;
            last_sep = false;
            j += 1;
            if j >= bytes.len() || !bytes[j].is_ascii_digit() {
                ends[groups] = (j, digits);
                groups += 1;
            }
        } else if c == b'+' && j == start {
            plus = true;
            j += 1;
        } else if (c == b' ' || c == b'-' || c == b'.' || c == b'(' || c == b')')
            && !(last_sep && c != b'(' && c != b')')
        {
            last_sep = c != b')';
            j += 1;
        } else {
            break;
        }
        if digits > 16 {
            break;
        }
    }
    // Try the longest digit-group boundary first.
    for (g, &(end, count)) in ends[..groups].iter().enumerate().rev() {
        let raw = &text[start..end];
        // Pairs of digits ("02 03 04 05 06": bytes in a dump, a sequence) are no UK
        // number's grouping. (Five groups or more and ten digits: asked of few runs.)
        if g >= 4 && count >= 10 && !plus {
            let pairs = raw
                .split([' ', '-', '.', '(', ')'])
                .filter(|g| !g.is_empty())
                .all(|g| g.len() <= 2);
            if pairs {
                continue;
            }
        }
        if let Some((national, class)) = normalise(raw, plus, count) {
            let (end, has_extension) = extension_after(text, end);
            // A number glued to a following letter or digit is something else (a code, a reference).
            if text[end..].chars().next().is_some_and(is_alnum) {
                continue;
            }
            // An opening bracket the number does not close is the text's, not the
            // number's: "(07700 900361)", "(020 7946 0781)".
            let start = if bytes[start] == b'(' && !raw.contains(')') {
                start + 1
            } else {
                start
            };
            return Some(PhoneMatch {
                start,
                end,
                digits: national,
                class,
                has_extension,
            });
        }
    }
    None
}

/// The national digits and range of a candidate, or `None` when it is not a phone number.
fn normalise(raw: &str, plus: bool, count: usize) -> Option<(String, NumberClass)> {
    // `count` is the digits in `raw`. Without a "+", a UK number has 10 or 11 national
    // digits (or "00 44" and 10 or 11 more): most runs (years, amounts) are turned
    // away here, before any copy is made.
    if !plus && count < 10 {
        return None;
    }
    if raw.matches('(').count() != raw.matches(')').count() && !raw.starts_with('(') {
        return None;
    }
    // Dotted runs are numbers only when every group is long ("020.7946.0000"), not dates
    // or versions (nor a line of IP addresses, whose every start is tried: these tests
    // come before the digits are copied).
    if raw.contains('.') && raw.split('.').any(|g| g.trim().len() < 3) {
        return None;
    }
    let all: String = raw.chars().filter(char::is_ascii_digit).collect();
    let trunk_in_brackets = raw.contains("(0)");
    let national = if plus || all.starts_with("00") {
        let intl = if plus {
            all.clone()
        } else {
            all[2..].to_string()
        };
        if let Some(rest) = intl.strip_prefix("44") {
            let rest = if trunk_in_brackets {
                rest.strip_prefix('0').unwrap_or(rest)
            } else {
                rest
            };
            format!("0{rest}")
        } else {
            if plus && (8..=15).contains(&count) && !intl.starts_with('0') {
                return Some((format!("+{intl}"), NumberClass::International));
            }
            return None;
        }
    } else {
        all
    };
    let len = national.len();
    if !national.starts_with('0') || !(10..=11).contains(&len) {
        return None;
    }
    // A number typed with spaces in odd places is still a number; one that is a
    // run of a single digit or a date-like run is not.
    if national.chars().skip(1).all(|c| c == '0') {
        return None;
    }
    let class = match national.as_bytes()[1] {
        b'7' if len == 11 && !national.starts_with("070") && !national.starts_with("076") => {
            NumberClass::Mobile
        }
        // (No area code starts "010": "CHI 0101801234" is a patient's number.)
        b'1' if national.starts_with("010") => return None,
        b'1' | b'2' => NumberClass::Geographic,
        b'3' | b'9' => NumberClass::NonGeographic,
        b'8' if national.starts_with("080") => NumberClass::Freephone,
        b'8' => NumberClass::NonGeographic,
        b'5' if national.starts_with("0500") => NumberClass::Freephone,
        b'5' | b'7' => NumberClass::NonGeographic,
        _ => return None,
    };
    Some((national, class))
}

/// Extends over "ext 1234", "Ext. 1234", "x1234", "extension 1234" after a number.
fn extension_after(text: &str, end: usize) -> (usize, bool) {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches([' ', ',', '(']);
    let lower: String = trimmed
        .chars()
        .take(12)
        .collect::<String>()
        .to_ascii_lowercase();
    for word in ["extension", "ext.", "ext", "x"] {
        if let Some(after) = lower.strip_prefix(word) {
            let after_trim = after.trim_start_matches([' ', ':', '.']);
            let skipped = after.len() - after_trim.len();
            let n = after_trim.chars().take_while(char::is_ascii_digit).count();
            if (2..=6).contains(&n) && (word != "x" || skipped == 0) {
                let start_of_word = end + (rest.len() - trimmed.len());
                let mut e = start_of_word + word.len() + skipped + n;
                if trimmed.len() < rest.len()
                    && rest.trim_start_matches([' ', ',']).starts_with('(')
                    && text[e..].starts_with(')')
                {
                    e += 1;
                }
                if text[e..].chars().next().is_some_and(is_alnum) {
                    return (end, false);
                }
                return (e, true);
            }
        }
    }
    (end, false)
}

/// "ext. 4418", "Extension 4418", "Bleep 2217" standing on their own, at the starts of
/// the words "ext", "extension…" and "bleep" (`starts`, in order).
fn find_bare_extensions(text: &str, starts: &[usize], out: &mut Vec<PhoneMatch>) {
    // The numbers found so far, in order and not overlapping.
    let numbers = out.len();
    for &s in starts {
        let before = out[..numbers].partition_point(|m| m.start <= s);
        if before > 0 && s < out[before - 1].end {
            continue;
        }
        // The word is ASCII ("ext", "extension"): what follows starts on a char boundary.
        let word = &text.as_bytes()[s..];
        // "x6347" after a comma, a bracket, a cell's start or "on", "Tel": not "x264".
        // (Lowercase: "X25519", "X0208" are a curve's and a standard's names; nor the
        // curve written "x25519".)
        if word.first() == Some(&b'x') {
            let prev = text[..s].trim_end_matches(' ');
            let n = word[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            let placed = prev.is_empty()
                || prev.ends_with([',', '(', '\t', '|', ':', ';', '\n'])
                || prev.ends_with(" on")
                || prev.ends_with(" or")
                || prev.ends_with("Tel")
                || prev.ends_with("tel");
            if placed
                && (4..=5).contains(&n)
                && &word[1..1 + n] != b"25519"
                && !word.get(1 + n).is_some_and(u8::is_ascii_alphanumeric)
            {
                out.push(PhoneMatch {
                    start: s,
                    end: s + 1 + n,
                    digits: text[s + 1..s + 1 + n].to_string(),
                    class: NumberClass::Extension,
                    has_extension: true,
                });
            }
            continue;
        }
        // (A hospital's pager, "Bleep 2217", reaches its holder as an extension does.)
        let word_len = if word.len() >= 9 && word[..9].eq_ignore_ascii_case(b"extension") {
            9
        } else if word.len() >= 5 && word[..5].eq_ignore_ascii_case(b"bleep") {
            5
        } else {
            3
        };
        let Some(after) = text.get(s + word_len..) else {
            continue;
        };
        let mut after_trim = after.trim_start_matches(['.', ' ', ':']);
        if word_len != 9 && !after.starts_with(['.', ' ', ':']) {
            continue;
        }
        // ("My extension is 2417.": the number alone; not a year, "is 2024 compliant".)
        let mut said = false;
        if let Some(r) = after_trim.strip_prefix("is ") {
            after_trim = r.trim_start_matches(' ');
            said = true;
            let year = after_trim.len() >= 4
                && (after_trim.starts_with("19") || after_trim.starts_with("20"))
                && after_trim.as_bytes()[..4].iter().all(u8::is_ascii_digit);
            if year {
                continue;
            }
        }
        let gap = after.len() - after_trim.len();
        let n = after_trim.chars().take_while(char::is_ascii_digit).count();
        if !(3..=6).contains(&n) {
            continue;
        }
        let e = s + word_len + gap + n;
        if text[e..].chars().next().is_some_and(is_alnum) {
            continue;
        }
        out.push(PhoneMatch {
            start: if said { e - n } else { s },
            end: e,
            digits: after_trim[..n].to_string(),
            class: NumberClass::Extension,
            has_extension: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run reads at most 17 groups of digits (it stops after 16 digits): runs of
    /// one-digit groups, with every separator, longer than that.
    #[test]
    fn long_runs_of_short_groups() {
        for sep in [" ", "-", ".", "(", ")", " (", ") "] {
            let text = format!("Call {} now", vec!["7"; 40].join(sep));
            assert!(find(&text, &[]).is_empty(), "{text}");
        }
        let text = format!("{} 07700 900123", vec!["1"; 30].join(" "));
        assert_eq!(find(&text, &[]).len(), 1, "{text}");
    }

    #[test]
    fn bare_extensions_at_the_words_ext_and_extension() {
        let text = "Call ext. 4418 or Extension 4419, extension4420; EXT: 4421. \
                    The text 1234, next 5678, external 9999, ext4422, ext. 12.";
        let found: Vec<&str> = find(
            text,
            crate::detect::cues::CueHits::scan(text).of(crate::detect::cues::Cue::Extension),
        )
        .into_iter()
        .filter(|m| m.class == NumberClass::Extension)
        .map(|m| &text[m.start..m.end])
        .collect();
        assert_eq!(
            found,
            ["ext. 4418", "Extension 4419", "extension4420", "EXT: 4421"]
        );
    }

    fn spans(text: &str) -> Vec<(&str, NumberClass)> {
        find(
            text,
            crate::detect::cues::CueHits::scan(text).of(crate::detect::cues::Cue::Extension),
        )
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.class))
        .collect()
    }

    #[test]
    fn forms() {
        use NumberClass::*;
        let cases: &[(&str, &[(&str, NumberClass)])] = &[
            ("call 07700 900123.", &[("07700 900123", Mobile)]),
            ("call 07700900123.", &[("07700900123", Mobile)]),
            ("on +44 7700 900 318.", &[("+44 7700 900 318", Mobile)]),
            ("on +44 (0)7700-900-123", &[("+44 (0)7700-900-123", Mobile)]),
            ("gave (0)7700-900-123 as", &[("(0)7700-900-123", Mobile)]),
            ("Tel: 020 7946 0000", &[("020 7946 0000", Geographic)]),
            ("Tel: (020) 7946 0000", &[("(020) 7946 0000", Geographic)]),
            // (A bracket the number does not close is the sentence's.)
            ("mobile (07700 900361) or", &[("07700 900361", Mobile)]),
            ("line (020 7946 0781).", &[("020 7946 0781", Geographic)]),
            (
                "Tel: 0044 20 7946 0000",
                &[("0044 20 7946 0000", Geographic)],
            ),
            (
                "Tel: 01632 960 000 ext 1234|",
                &[("01632 960 000 ext 1234", Geographic)],
            ),
            (
                "Tel: 01632 960000 x1234.",
                &[("01632 960000 x1234", Geographic)],
            ),
            ("Tel: 020.7946.0000", &[("020.7946.0000", Geographic)]),
            ("freephone 0808 157 0123", &[("0808 157 0123", Freephone)]),
            ("Tel 0300 131 4500", &[("0300 131 4500", NonGeographic)]),
            (
                "01632 960123 / 07700 900123",
                &[("01632 960123", Geographic), ("07700 900123", Mobile)],
            ),
            ("Analyst | ext. 4418 | 07700", &[("ext. 4418", Extension)]),
            ("+1 415 555 0132", &[("+1 415 555 0132", International)]),
        ];
        for (text, want) in cases {
            assert_eq!(spans(text), *want, "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "in 2023/24 we",
            "Section 31(1)(a)",
            "10.150.4.21",
            "NHS 943 476 5919",
            "£1,234,567",
            "on 12.03.2024",
            "version 3.0.26",
            "ref 2024/FOI/01877",
            "ISO 27001",
            "0000000000",
            "ORD01234567890",
            "CHI 0101801234",
            "Buffer 01 02 03 04 05 06 07 08",
            "0 104.330002",
        ] {
            assert_eq!(spans(text), vec![], "{text}");
        }
    }
}
