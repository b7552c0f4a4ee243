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
        let chunk = &text[byte..m];
        units += if chunk.is_ascii() {
            chunk.len()
        } else if unit == OffsetUnit::Utf16 {
            chunk.chars().map(char::len_utf16).sum()
        } else {
            chunk.chars().count()
        };
        byte = m;
        table.push((m, units));
    }
    let at = |b: usize| table[table.binary_search_by_key(&b, |t| t.0).unwrap_or(0)].1;
    findings.iter().map(|f| (at(f.start), at(f.end))).collect()
}
