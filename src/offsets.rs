//! Byte offsets to the units other languages count in: UTF-16 code units (JavaScript)
//! and Unicode code points (the CLI's JSON, Python).

use crate::finding::Finding;

/// What an offset counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes, as inside Rust: no conversion.
    Utf8,
    /// UTF-16 code units, as JavaScript strings count.
    Utf16,
    /// Unicode code points (scalar values), as Python strings count.
    CodePoint,
}

/// The `(start, end)` of each finding in `unit`, in one ascending pass over `text`.
/// `findings` must come from scanning `text` (their offsets fall on character
/// boundaries of it).
pub fn convert_offsets(text: &str, findings: &[Finding], unit: OffsetUnit) -> Vec<(usize, usize)> {
    if unit == OffsetUnit::Utf8 {
        return findings.iter().map(|f| (f.start, f.end)).collect();
    }
    let mut marks: Vec<usize> = findings.iter().flat_map(|f| [f.start, f.end]).collect();
    marks.sort_unstable();
    marks.dedup();
    let mut table = Vec::with_capacity(marks.len());
    let (mut byte, mut units) = (0usize, 0usize);
    for &m in &marks {
        let chunk = &text.as_bytes()[byte..m];
        units += if unit == OffsetUnit::Utf16 {
            utf16_len(chunk)
        } else {
            code_points(chunk)
        };
        byte = m;
        table.push((m, units));
    }
    let at = |b: usize| table[table.binary_search_by_key(&b, |t| t.0).unwrap_or(0)].1;
    findings.iter().map(|f| (at(f.start), at(f.end))).collect()
}

/// Code points in valid UTF-8: every byte but a continuation byte (`10xxxxxx`) starts
/// one. Counted byte by byte, which the compiler turns into vector code (no decoding).
fn code_points(utf8: &[u8]) -> usize {
    utf8.iter().map(|&b| usize::from((b as i8) >= -0x40)).sum()
}

/// UTF-16 code units of valid UTF-8: one per code point, and a second for a code point
/// above U+FFFF (a surrogate pair), whose first byte is `11110xxx`.
fn utf16_len(utf8: &[u8]) -> usize {
    utf8.iter()
        .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
        .sum()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    #[test]
    fn counts_of_astral_accented_and_crlf() {
        let t = "a😀é\r\n€";
        assert_eq!(super::code_points(t.as_bytes()), 6);
        assert_eq!(super::utf16_len(t.as_bytes()), 7);
    }

    proptest! {
        #[test]
        fn counts_match_decoding(text in "\\PC{0,80}") {
            prop_assert_eq!(super::code_points(text.as_bytes()), text.chars().count());
            prop_assert_eq!(
                super::utf16_len(text.as_bytes()),
                text.chars().map(char::len_utf16).sum::<usize>()
            );
        }
    }
}
